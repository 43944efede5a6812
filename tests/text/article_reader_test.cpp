#include <doctest/doctest.h>

#include "extract/text/article_reader.hpp"
#include "extract/text/errors.hpp"
#include "tests/test_util.hpp"
#include "tests/text/article_reader_test_util.hpp"

using namespace kg::text;
using kg::test::Collected;
using kg::test::read_paths;
using kg::test::TempDir;
using kg::test::write_file;
using kg::test::write_gz;

TEST_CASE("JSON Lines records become articles; unknown fields are kept as metadata") {
  TempDir dir;
  write_file(
      dir / "a.jsonl",
      R"({"id": "n1", "title": "T", "date": "2013-05-07T10:00:00Z", "source": "Xinhua", "url": "http://x", "text": "China spoke.", "lang": "en"})"
      "\n\n"
      R"({"id": 7, "text": "Second."})"
      "\n");
  const Collected c = read_paths({(dir / "a.jsonl").string()});
  REQUIRE(c.articles.size() == 2);
  CHECK(c.problems.empty());
  const Article& a = c.articles[0];
  CHECK(a.external_id == "n1");
  CHECK(a.date == "2013-05-07");
  CHECK(a.source == "Xinhua");
  CHECK(a.metadata_json == R"({"lang":"en"})");
  CHECK(a.origin == (dir / "a.jsonl").string() + ":1");
  CHECK(c.articles[1].external_id == "7");
  CHECK(c.articles[1].origin == (dir / "a.jsonl").string() + ":3");
}

TEST_CASE("a malformed JSON line is reported as file:line and the others are read") {
  TempDir dir;
  write_file(dir / "b.jsonl",
             "{\"text\": \"ok one\"}\n{\"text\": broken\n[1,2]\n{\"title\": \"no text\"}\n"
             "{\"text\": 5}\n{\"text\": \"ok two\"}\n");
  const Collected c = read_paths({(dir / "b.jsonl").string()});
  CHECK(c.articles.size() == 2);
  REQUIRE(c.problems.size() == 4);
  const std::string f = (dir / "b.jsonl").string();
  CHECK(c.problems[0].where == f + ":2");
  CHECK(c.problems[0].message.find("malformed JSON") != std::string::npos);
  CHECK(c.problems[1].where == f + ":3");
  CHECK(c.problems[2].message.find("missing \"text\"") != std::string::npos);
  CHECK(c.problems[3].message.find("must be a string") != std::string::npos);
  for (const auto& p : c.problems) CHECK(p.rejected);
}

TEST_CASE("text files take an optional header and the first line as title") {
  TempDir dir;
  write_file(dir / "h.txt",
             "Title: Talks fail\nDate: 2013-06-08\nSource: Reuters\n\nBody text here.\n");
  write_file(dir / "plain.txt", "Headline line\n\nBody follows.\n");
  const Collected c = read_paths({(dir / "h.txt").string(), (dir / "plain.txt").string()});
  REQUIRE(c.articles.size() == 2);
  CHECK(c.articles[0].title == "Talks fail");
  CHECK(c.articles[0].date == "2013-06-08");
  CHECK(c.articles[0].source == "Reuters");
  CHECK(c.articles[0].text == "Body text here.");
  CHECK(c.articles[1].title == "Headline line");
  CHECK(c.articles[1].text == "Headline line\n\nBody follows.");
  CHECK(c.articles[1].external_id == "plain.txt");
}

TEST_CASE("gzip-compressed inputs are read like the plain ones") {
  TempDir dir;
  write_gz(dir / "c.jsonl.gz", "{\"text\": \"zipped one\"}\n{\"text\": \"zipped two\"}\n");
  write_gz(dir / "d.txt.gz", "Zipped text article.\n");
  const Collected c = read_paths({(dir / "c.jsonl.gz").string(), (dir / "d.txt.gz").string()});
  REQUIRE(c.articles.size() == 3);
  CHECK(c.articles[0].text == "zipped one");
  CHECK(c.articles[2].text == "Zipped text article.");
}

TEST_CASE("directories are read recursively and hidden entries skipped") {
  TempDir dir;
  std::filesystem::create_directories(dir / "sub" / ".hidden");
  write_file(dir / "one.txt", "One.");
  write_file(dir / "sub" / "two.jsonl", "{\"text\": \"Two.\"}\n");
  write_file(dir / "sub" / ".secret.txt", "Hidden.");
  write_file(dir / "sub" / ".hidden" / "three.txt", "Hidden too.");
  write_file(dir / "notes.pdf", "ignored");
  const Collected c = read_paths({dir.path().string()});
  REQUIRE(c.articles.size() == 2);
  CHECK(c.articles[0].text == "One.");
  CHECK(c.articles[1].text == "Two.");
}

TEST_CASE("bad inputs: empty file, empty directory, binary file, missing path") {
  TempDir dir;
  write_file(dir / "empty.txt", "  \n");
  std::filesystem::create_directories(dir / "nothing");
  write_file(dir / "bin.txt", std::string("\x7f"
                                          "ELF\0\0\0\x02",
                                          8));
  const Collected c = read_paths(
      {(dir / "empty.txt").string(), (dir / "nothing").string(), (dir / "bin.txt").string()});
  CHECK(c.articles.empty());
  REQUIRE(c.problems.size() == 3);
  CHECK(c.problems[0].message.find("holds no .txt") != std::string::npos);
  CHECK(c.problems[1].message.find("empty file") != std::string::npos);
  CHECK(c.problems[2].message.find("binary data") != std::string::npos);
  CHECK_THROWS_AS(ArticleReader({(dir / "missing.txt").string()}), kg::InputError);
}

TEST_CASE("invalid UTF-8 is repaired with a warning naming the byte offset") {
  TempDir dir;
  write_file(dir / "latin1.txt", "Caf\xE9 talks.");
  write_file(dir / "l.jsonl", "{\"text\": \"ok\"}\n{\"text\": \"Caf\xE9\"}\n");
  const Collected c = read_paths({(dir / "latin1.txt").string(), (dir / "l.jsonl").string()});
  REQUIRE(c.articles.size() == 3);
  CHECK(c.articles[0].text == "Caf\xEF\xBF\xBD talks.");
  REQUIRE(c.problems.size() == 2);
  CHECK_FALSE(c.problems[0].rejected);
  CHECK(c.problems[0].where == (dir / "latin1.txt").string() + ": byte 3");
  CHECK(c.problems[1].where == (dir / "l.jsonl").string() + ": byte 28");
}

TEST_CASE("content hash depends on title and text only") {
  Article a;
  a.title = "T";
  a.text = "X";
  Article b = a;
  b.external_id = "other";
  b.source = "other";
  CHECK(a.content_hash() == b.content_hash());
  b.text = "Y";
  CHECK(a.content_hash() != b.content_hash());
}

TEST_CASE("issue 13: a JSON number too large for a double rejects its line, not the reader") {
  // fuzz_article_gzip's crasher (crash-d32ef522, the file after its mode byte):
  // nlohmann::json throws out_of_range, not parse_error, for "777777e777777777777777".
  const std::string crasher(
      "777777e777777777777777\xc9"
      "\xc8"
      "\xc8"
      "\xcd"
      "738888\x18"
      "\xc9"
      "\xc8"
      "\xc8"
      "\xc8"
      "'4\xc8"
      "\xc8"
      "\xc8"
      "\xc3"
      "\xd4"
      "\xf7"
      "\x22"
      "\xd4"
      "!\xf7"
      "\x22"
      "\x22"
      "\xdd"
      "\x22"
      "\xdd"
      "\xdd"
      "\xdd"
      "",
      56);
  TempDir dir;
  write_file(dir / "crash.jsonl.gz", crasher);
  const auto c = read_paths({(dir / "crash.jsonl.gz").string()});
  CHECK(c.articles.empty());
  REQUIRE(!c.problems.empty());
  INFO(c.problems.back().message);
  CHECK(c.problems.back().message.find("malformed JSON") != std::string::npos);

  write_file(dir / "big.jsonl",
             "{\"text\": \"China spoke.\", \"n\": 1e999}\n{\"text\": \"Russia spoke.\"}\n");
  const auto big = read_paths({(dir / "big.jsonl").string()});
  REQUIRE(big.articles.size() == 1);
  CHECK(big.articles[0].text == "Russia spoke.");
  REQUIRE(big.problems.size() == 1);
  CHECK(big.problems[0].where.find("big.jsonl:1") != std::string::npos);
  CHECK_THROWS_AS(parse_json_article("{\"text\": \"x\", \"n\": -1e999}", "x"), kg::InputError);
}
