// Dates written in article text, for kg ingest --date-from-text.
#include <doctest/doctest.h>

#include "extract/text/text_date.hpp"
#include "tests/test_util.hpp"

using kg::text::date_in_text;

TEST_CASE("the first full date written in the text") {
  CHECK(date_in_text("LONDON, March 18, 1987 - The bank said.") == "1987-03-18");
  CHECK(date_in_text("Talks ended on 5 May 2005 without a deal.") == "2005-05-05");
  CHECK(date_in_text("The vote of Sept. 3 1987 was close.") == "1987-09-03");
  CHECK(date_in_text("Published 2004-11-02. Ministers met.") == "2004-11-02");
  // No year, no date; impossible dates and far-off years are not dates.
  CHECK(date_in_text("MANILA, March 18 - Rebels attacked.").empty());
  CHECK(date_in_text("On February 30, 2005 nothing happened.").empty());
  CHECK(date_in_text("In May 12 1066 ships sailed.").empty());
  CHECK(date_in_text("Prices may 12 2005 levels.").empty());  // the verb, not the month
}

TEST_CASE("kg ingest --date-from-text dates undated articles from their text") {
  kg::test::TempDir dir;
  kg::test::write_file(dir / "a.txt",
                       "Title: Talks\n\nLONDON, March 18, 1987 - Britain and France met.\n");
  const std::string db = (dir / "kg.sqlite").string();
  auto r = kg::test::run_kg({"ingest", (dir / "a.txt").string(), "--db", db, "--quiet"});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.err.find("try --date-from-text") != std::string::npos);
  kg::test::write_file(dir / "b.txt",
                       "Title: More talks\n\nLONDON, March 19, 1987 - Britain and Spain met.\n");
  r = kg::test::run_kg(
      {"ingest", (dir / "b.txt").string(), "--db", db, "--quiet", "--date-from-text"});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.err.find("1 article took the date written in the text") != std::string::npos);
  r = kg::test::run_kg({"docs", "--db", db});
  CHECK(r.out.find("1987-03-19") != std::string::npos);
}
