// Issue 13 through the kg binary: output that cannot be written, databases
// that keep nothing, ids and dates out of range, mistyped commands and flags,
// and the one rule for questions without an answer.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include "tests/test_util.hpp"

using kg::test::read_file;
using kg::test::run_kg;
using kg::test::run_program;
using kg::test::TempDir;
using kg::test::write_file;

namespace {

const std::string kArticles =
    R"({"id": "a1", "title": "One", "date": "2013-06-01", "source": "Wire", "text": "China accused the United States of hacking. Obama met Xi Jinping in California."})"
    "\n"
    R"({"id": "a2", "title": "Two", "date": "2013-06-02", "source": "Wire", "text": "Tom Smith, a farmer, criticized the European Union."})"
    "\n";

struct Db {
  TempDir dir;
  std::string path = (dir / "kg.sqlite").string();
  Db() {
    const auto r = run_kg({"ingest", "-", "--quiet", "--db", path}, kArticles);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  }
  kg::test::RunResult run(std::vector<std::string> args) const {
    args.insert(args.begin() + 1, {"--db", path});
    return run_kg(args);
  }
  // Runs kg through the shell with stdout sent to `target`.
  kg::test::RunResult run_to(const std::string& args, const std::string& target) const {
    return run_program("/bin/sh", {"-c", "'" + kg::test::kg_binary().string() + "' " + args +
                                             " --db '" + path + "' > " + target});
  }
};

bool one_line(const std::string& err) {
  return !err.empty() && err.find('\n') == err.size() - 1;
}

}  // namespace

TEST_CASE("issue 13: output that cannot be written is an error, and -o leaves no partial file") {
  Db db;
  for (const std::string cmd : {"query", "export --format json", "entity China", "stats"}) {
    CAPTURE(cmd);
    const auto r = db.run_to(cmd, "/dev/full");
    CHECK(r.exit_code == 3);
    CHECK(r.err.find("cannot write to standard output") != std::string::npos);
    CHECK(one_line(r.err));
  }
  write_file(db.dir / "article.txt", "China accused the United States of hacking.\n");
  const auto extract =
      run_program("/bin/sh", {"-c", "'" + kg::test::kg_binary().string() + "' extract '" +
                                        (db.dir / "article.txt").string() + "' > /dev/full"});
  CHECK(extract.exit_code == 3);

  const auto full = db.run({"export", "-o", "/dev/full"});
  CHECK(full.exit_code == 3);
  CHECK(full.err.find("/dev/full: writing failed") != std::string::npos);
  struct stat st {};
  REQUIRE(::stat("/dev/full", &st) == 0);
  CHECK(S_ISCHR(st.st_mode));  // written in place, never replaced

  // Over an old file: the new graph arrives whole, through a temporary file.
  write_file(db.dir / "g.json", "old");
  const auto ok = db.run({"export", "--format", "json", "-o", (db.dir / "g.json").string()});
  REQUIRE_MESSAGE(ok.exit_code == 0, ok.err);
  CHECK(read_file(db.dir / "g.json").find("\"nodes\"") != std::string::npos);
  // A write that fails midway (the file size limit, as a full disk would): the
  // old file stays and no temporary file is left.
  std::string many;
  const std::vector<std::string> countries = {
      "France", "Germany", "Russia", "China", "Japan",  "India",  "Brazil", "Canada",  "Mexico",
      "Italy",  "Spain",   "Egypt",  "Iran",  "Turkey", "Poland", "Kenya",  "Nigeria", "Peru"};
  for (const auto& a : countries) {
    std::string text;
    for (const auto& b : countries)
      if (a != b) text += a + " accused " + b + " of spying. ";
    many += "{\"text\": \"" + text + "\"}\n";
  }
  REQUIRE(run_kg({"ingest", "-", "--quiet", "--db", db.path}, many).exit_code == 0);
  write_file(db.dir / "g.graphml", "old");
  // 200 blocks: room for SQLite's 32 KiB shared-memory file, not for the graph.
  const auto limited = run_program(
      "/bin/sh", {"-c", "trap '' XFSZ; ulimit -f 200; '" + kg::test::kg_binary().string() +
                            "' export --format graphml --db '" + db.path + "' -o '" +
                            (db.dir / "g.graphml").string() + "'"});
  CHECK(limited.exit_code == 3);
  CHECK(limited.err.find("g.graphml: writing failed") != std::string::npos);
  CHECK(one_line(limited.err));
  CHECK(read_file(db.dir / "g.graphml") == "old");
  for (const auto& e : std::filesystem::directory_iterator(db.dir.path()))
    CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("issue 13: a database that keeps nothing is refused") {
  TempDir dir;
  write_file(dir / "a.txt", "Text.\n");
  for (const std::string db : {"", ":memory:", "file:x?mode=memory", "file::memory:"}) {
    CAPTURE(db);
    const auto r = run_kg({"ingest", (dir / "a.txt").string(), "--db", db});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("in-memory database that keeps nothing") != std::string::npos);
    if (!db.empty()) {  // an empty KG_DB counts as unset
      const auto env = run_kg({"stats"}, "", {"KG_DB=" + db});
      CHECK(env.exit_code == 2);
    }
  }
}

TEST_CASE("issue 13: over-long ids, bad model paths and bad searches are the user's fault") {
  Db db;
  const std::string huge = "99999999999999999999";
  for (const std::vector<std::string>& args : {std::vector<std::string>{"evidence", "R" + huge},
                                               {"evidence", "E" + huge},
                                               {"entity", huge},
                                               {"timeline", huge},
                                               {"neighbors", huge},
                                               {"path", huge, "China"},
                                               {"evidence", "R424242"},
                                               {"entity", "Nobody At All"}}) {
    CAPTURE(args);
    const auto r = db.run(args);
    CHECK(r.exit_code == 3);
    CHECK(one_line(r.err));
    CHECK(r.err.find("internal error") == std::string::npos);
  }
  const auto q = db.run({"query", "--actor", huge});
  CHECK(q.exit_code == 0);
  CHECK(q.err.find("internal error") == std::string::npos);

  const auto star = db.run({"search", "*"});
  CHECK(star.exit_code == 3);
  CHECK(star.err.find("cannot search for '*'") != std::string::npos);

  write_file(db.dir / "a.txt", "China accused the United States.\n");
  const auto model_dir =
      run_kg({"extract", (db.dir / "a.txt").string()}, "", {"KG_MODEL=" + db.dir.path().string()});
  CHECK(model_dir.exit_code == 3);
  CHECK(model_dir.err.find("is a directory") != std::string::npos);

  const auto zero = run_kg({"ingest", "/dev/zero", "--no-extract", "--quiet", "--db", db.path});
  CHECK(zero.exit_code == 1);
  CHECK(zero.err.find("/dev/zero: more than 64 MiB") != std::string::npos);
}

TEST_CASE("issue 13: dates outside the calendar are bad command lines") {
  Db db;
  for (const std::string bad : {"2013-13", "2013-02-30", "2013-13-45", "2013-00", "2013-04-31"}) {
    CAPTURE(bad);
    CHECK(db.run({"query", "--since", bad}).exit_code == 2);
    CHECK(db.run({"export", "--until", bad}).exit_code == 2);
    CHECK(db.run({"docs", "--since", bad}).exit_code == 2);
  }
  CHECK(db.run({"query", "--since", "2012-02-29"}).exit_code == 0);
  CHECK(db.run({"query", "--since", "2013-02"}).exit_code == 0);
  CHECK(db.run({"docs", "--since", "2012-02-29"}).exit_code == 0);
}

TEST_CASE("issue 13: a mistyped command or flag gets a suggestion") {
  const auto cmd = run_kg({"qurey"});
  CHECK(cmd.exit_code == 2);
  CHECK(cmd.err.find("Unknown command 'qurey'. Did you mean 'query'?") != std::string::npos);
  CHECK(run_kg({"xyzzy"}).err.find("Did you mean") == std::string::npos);

  const auto flag = run_kg({"query", "--acter", "China"});
  CHECK(flag.exit_code == 2);
  CHECK(flag.err.find("unknown option '--acter'; did you mean --actor?") != std::string::npos);
  CHECK(flag.err.find("not expected") == std::string::npos);
  CHECK(one_line(flag.err));
  const auto eq = run_kg({"ingest", "x.txt", "--qiuet"});
  CHECK(eq.exit_code == 2);
  CHECK(eq.err.find("did you mean --quiet?") != std::string::npos);
  CHECK(run_kg({"stats", "extra"}).err.find("unexpected argument 'extra'") != std::string::npos);
}

TEST_CASE("issue 13: a question without an answer prints (no rows) and exits 0") {
  Db db;
  const std::vector<std::vector<std::string>> empty = {
      {"query", "--actor", "Tom Smith", "--target", "China"},
      {"path", "Xi Jinping", "Tom Smith"},
      {"docs", "--source", "Nobody"},
  };
  for (const auto& args : empty) {
    CAPTURE(args);
    const auto r = db.run(args);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("(no rows)") != std::string::npos);
  }
  const auto search = db.run({"search", "zebra"});
  CHECK(search.exit_code == 0);
  CHECK(search.out.find("(no matches)") != std::string::npos);
  // Something named that does not exist is an input error.
  CHECK(db.run({"entity", "Nobody"}).exit_code == 3);
  CHECK(db.run({"show", "doc", "999"}).exit_code == 3);
  CHECK(db.run({"timeline", "Nobody"}).exit_code == 3);
}
