// Issue 13: damaged, hostile or odd inputs are rejected or read without
// crashing, each problem named with its file (and line).
#include <doctest/doctest.h>

#include "extract/article_reader.hpp"
#include "extract/errors.hpp"
#include "tests/test_util.hpp"

using namespace kg::extract;
using kg::test::TempDir;
using kg::test::write_file;

namespace {

struct Collected {
  std::vector<Article> articles;
  std::vector<ReadProblem> problems;
};

Collected read_paths(std::vector<std::string> paths) {
  Collected c;
  ArticleReader reader(std::move(paths));
  reader.read([&](Article&& a) { c.articles.push_back(std::move(a)); },
              [&](const ReadProblem& p) { c.problems.push_back(p); });
  return c;
}

}  // namespace

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

