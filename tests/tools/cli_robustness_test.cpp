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

}  // namespace

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

