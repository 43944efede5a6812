// Issue 13: damaged, hostile or odd inputs are rejected or read without
// crashing, each problem named with its file (and line).
#include <doctest/doctest.h>

#include <fstream>

#include "extract/text/article_reader.hpp"
#include "extract/text/errors.hpp"
#include "tests/test_util.hpp"
#include "tests/text/article_reader_test_util.hpp"

using namespace kg::text;
using kg::test::Collected;
using kg::test::gzip;
using kg::test::read_paths;
using kg::test::TempDir;
using kg::test::write_file;

TEST_CASE("issue 13: a deeply nested JSON line is rejected with file:line, the rest is read") {
  TempDir dir;
  const std::string deep =
      "{\"text\": \"x\", \"meta\": " + std::string(60000, '[') + std::string(60000, ']') + "}";
  write_file(dir / "n.jsonl", "{\"text\": \"first\"}\n" + deep + "\n{\"text\": \"third\"}\n");
  const Collected c = read_paths({(dir / "n.jsonl").string()});
  REQUIRE(c.articles.size() == 2);
  CHECK(c.articles[1].text == "third");
  REQUIRE(c.problems.size() == 1);
  CHECK(c.problems[0].where == (dir / "n.jsonl").string() + ":2");
  CHECK(c.problems[0].message.find("nested deeper") != std::string::npos);
  // Brackets inside strings are text, not nesting.
  CHECK(parse_json_article("{\"text\": \"" + std::string(1000, '[') + "\"}", "x").text.size() ==
        1000);
  CHECK_NOTHROW(parse_json_article("{\"text\": \"t\", \"m\": [[[[{\"a\": [1]}]]]]}", "x"));
}

TEST_CASE("issue 13: a truncated gzip file is an error naming it, and nothing of it is stored") {
  TempDir dir;
  std::string lines;
  for (int i = 0; i < 200; ++i)
    lines += "{\"text\": \"Article number " + std::to_string(i) + " is here.\"}\n";
  const std::string whole = gzip(lines);
  // Cut inside the deflate data and just before the 8-byte trailer.
  for (const size_t cut : {whole.size() / 2, whole.size() - 8, whole.size() - 1}) {
    CAPTURE(cut);
    write_file(dir / "cut.jsonl.gz", whole.substr(0, cut));
    const Collected c = read_paths({(dir / "cut.jsonl.gz").string()});
    CHECK(c.articles.empty());
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems[0].where == (dir / "cut.jsonl.gz").string());
    CHECK(c.problems[0].message.find("truncated gzip") != std::string::npos);
    CHECK(c.problems[0].rejected);
  }
  const std::string text = gzip("Title: Cut\n\n" + std::string(5000, 'a') + " end.\n");
  write_file(dir / "cut.txt.gz", text.substr(0, text.size() - 8));
  const Collected t = read_paths({(dir / "cut.txt.gz").string()});
  CHECK(t.articles.empty());
  REQUIRE(t.problems.size() == 1);
  CHECK(t.problems[0].message.find("truncated gzip") != std::string::npos);
  // The intact file is read whole.
  write_file(dir / "whole.jsonl.gz", whole);
  CHECK(read_paths({(dir / "whole.jsonl.gz").string()}).articles.size() == 200);
}

TEST_CASE("issue 13: a UTF-8 byte order mark before a text header is ignored") {
  TempDir dir;
  write_file(dir / "bom.txt", "\xEF\xBB\xBFTitle: With BOM\nDate: 2013-06-08\n\nBody text.\n");
  const Collected c = read_paths({(dir / "bom.txt").string()});
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].title == "With BOM");
  CHECK(c.articles[0].date == "2013-06-08");
  CHECK(c.articles[0].text == "Body text.");
}

TEST_CASE("issue 13: a symlink loop in a folder is skipped with a warning, the rest is read") {
  TempDir dir;
  std::filesystem::create_directory(dir / "in");
  write_file(dir / "in" / "a.txt", "An article.\n");
  std::filesystem::create_symlink("loop.txt", dir / "in" / "loop.txt");
  std::filesystem::create_symlink(dir / "in", dir / "in" / "self");
  const Collected c = read_paths({(dir / "in").string()});
  REQUIRE(c.articles.size() == 1);
  REQUIRE(c.problems.size() == 1);
  CHECK(c.problems[0].where == (dir / "in" / "loop.txt").string());
  CHECK_FALSE(c.problems[0].rejected);
}

TEST_CASE("issue 13: an endless input stops at the article size limit") {
  const Collected c = read_paths({"/dev/zero"});
  CHECK(c.articles.empty());
  REQUIRE(c.problems.size() == 1);
  CHECK(c.problems[0].message.find("MiB") != std::string::npos);
  TempDir dir;
  // A JSON line without end: the file is abandoned at the limit, with its line number.
  {
    std::ofstream f(dir / "long.jsonl", std::ios::binary);
    f << "{\"text\": \"ok\"}\n{\"text\": \"";
    const std::string chunk(1 << 20, 'a');
    for (size_t i = 0; i <= (kMaxArticleBytes >> 20); ++i) f << chunk;
  }
  const Collected l = read_paths({(dir / "long.jsonl").string()});
  CHECK(l.articles.size() == 1);
  REQUIRE(l.problems.size() == 1);
  CHECK(l.problems[0].message.find("line 2 is longer than") != std::string::npos);
}

TEST_CASE("issue 13: impossible calendar dates are not stored") {
  CHECK(is_calendar_date(2012, 2, 29));
  CHECK(is_calendar_date(2000, 2, 29));
  CHECK_FALSE(is_calendar_date(2013, 2, 29));
  CHECK_FALSE(is_calendar_date(1900, 2, 29));
  CHECK_FALSE(is_calendar_date(2013, 4, 31));
  CHECK_FALSE(is_calendar_date(2013, 13, 1));
  const Article a = parse_json_article(R"({"text": "t", "date": "2013-02-31"})", "x");
  CHECK(a.date.empty());
  CHECK(a.metadata_json == R"({"date_raw":"2013-02-31"})");
  CHECK(parse_json_article(R"({"text": "t", "date": "2012-02-29"})", "x").date == "2012-02-29");
  CHECK(parse_text_article("Date: 2013-02-30\n\nBody.", "x", "x").date.empty());
}
