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

