// Issue 12: independent sources. A reprint counts once with its original in a
// relation's articles (and sources still count each outlet), exact repeats in
// one input are reported as such, and kg docs --duplicates lists the groups.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "tests/test_util.hpp"

using kg::test::run_kg;
using kg::test::TempDir;
using kg::test::write_file;

namespace {

const std::string kStory =
    "China accused the United States of cyber attacks on Monday. Officials in Beijing said "
    "the attacks had targeted government networks and several large companies over the "
    "past two years. A foreign ministry spokesman called on Washington to stop the "
    "attacks and to explain its programme to the world. The White House declined to "
    "comment on the accusation, which came a week before talks between the two countries.";

std::string line(const std::string& id, const std::string& title, const std::string& source,
                 const std::string& text) {
  return nlohmann::json{{"id", id},
                        {"title", title},
                        {"date", "2013-06-03"},
                        {"source", source},
                        {"text", text}}
             .dump() +
         "\n";
}

std::string corpus() {
  return line("a", "China accuses US", "Reuters", "BEIJING (Reuters) - " + kStory) +
         line("b", "Beijing blames Washington for hacking", "Daily Post",
              "By Staff Writers\n\n" + kStory + "\n\nCopyright Daily Post.") +
         line("c", "Spying row", "BBC",
              "China accused the United States of espionage. The two countries will hold "
              "talks about trade in July, a spokesman for the ministry of commerce said.");
}

nlohmann::json accuse_relation(const std::string& db) {
  const auto r = run_kg({"query", "--db", db, "--action", "accuse", "--format", "jsonl"});
  REQUIRE(r.exit_code == 0);
  for (size_t at = 0, nl; (nl = r.out.find('\n', at)) != std::string::npos; at = nl + 1) {
    const auto j = nlohmann::json::parse(r.out.substr(at, nl - at));
    if (j["actor"] == "China") return j;
  }
  FAIL("no China -[accuse]-> relation in: " << r.out);
  return {};
}

}  // namespace

TEST_CASE(
    "issue 12: a reprint counts once in a relation's articles; its outlet counts as a source") {
  TempDir dir;
  write_file(dir / "c.jsonl", corpus());
  const std::string db = (dir / "kg.sqlite").string();
  const auto r = run_kg({"ingest", (dir / "c.jsonl").string(), "--db", db, "--quiet"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("1 near-duplicate of stored articles") != std::string::npos);
  const auto rel = accuse_relation(db);
  CHECK(rel["mentions"] == 3);
  CHECK(rel["articles"] == 2);
  CHECK(rel["sources"] == 3);
  // The date-filtered count agrees, and the table shows all three numbers.
  CHECK(accuse_relation(db)["articles"] == 2);
  const auto dated =
      run_kg({"query", "--db", db, "--action", "accuse", "--since", "2013", "--format", "csv"});
  CHECK(dated.out.find(",2,3,2013-06-03,2013-06-03,3,") !=
        std::string::npos);  // articles, mentions, .., sources
  const auto table = run_kg({"query", "--db", db, "--action", "accuse"});
  CHECK(table.out.find("men") != std::string::npos);
  CHECK(table.out.find("src") != std::string::npos);
  // GDELT: NumMentions, NumSources, NumArticles.
  const auto gdelt = run_kg({"export", "--db", db, "--format", "gdelt", "--action", "accuse"});
  CHECK(gdelt.out.find("\t3\t3\t2\t") != std::string::npos);
}

TEST_CASE("issue 12: kg docs --duplicates lists each original with its near-duplicates") {
  TempDir dir;
  write_file(dir / "c.jsonl", corpus());
  const std::string db = (dir / "kg.sqlite").string();
  REQUIRE(run_kg({"ingest", (dir / "c.jsonl").string(), "--db", db, "--quiet", "--no-extract"})
              .exit_code == 0);
  const auto r = run_kg({"docs", "--db", db, "--duplicates", "--format", "jsonl"});
  CHECK(r.exit_code == 0);
  CHECK(kg::test::count_lines_with(r.out, "\"group\"") == 2);
  CHECK(r.out.find("\"title\":\"China accuses US\"") != std::string::npos);
  CHECK(r.out.find("\"title\":\"Beijing blames Washington for hacking\"") != std::string::npos);
  CHECK(r.out.find("Spying row") == std::string::npos);
  CHECK(r.out.find("\"similarity\":\"original\"") != std::string::npos);
}

TEST_CASE(
    "issue 12: exact repeats inside one input are duplicates of that input, not already stored") {
  TempDir dir;
  const std::string story = line("a", "China accuses US", "Reuters", kStory);
  write_file(dir / "c.jsonl", story + line("x", "Other", "BBC", "Talks begin in July.") + story);
  const std::string db = (dir / "kg.sqlite").string();
  const auto r =
      run_kg({"ingest", (dir / "c.jsonl").string(), "--db", db, "--no-extract", "--batch", "1"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("2 new articles, 0 already stored") != std::string::npos);
  CHECK(r.out.find("1 duplicate of articles earlier in the same input") != std::string::npos);
  const auto again = run_kg({"ingest", (dir / "c.jsonl").string(), "--db", db, "--no-extract"});
  CHECK(again.out.find("0 new articles, 2 already stored") != std::string::npos);
  CHECK(again.out.find("1 duplicate of articles earlier in the same input") != std::string::npos);
}
