#pragma once
// Helpers shared by the article reader tests: reading paths into lists of
// articles and problems, and writing gzip files.
#include <doctest/doctest.h>
#include <zlib.h>

#include <filesystem>
#include <string>
#include <vector>

#include "extract/text/article_reader.hpp"
#include "tests/test_util.hpp"

namespace kg::test {

struct Collected {
  std::vector<text::Article> articles;
  std::vector<text::ReadProblem> problems;
};

inline Collected read_paths(std::vector<std::string> paths) {
  Collected c;
  text::ArticleReader reader(std::move(paths));
  reader.read([&](text::Article&& a) { c.articles.push_back(std::move(a)); },
              [&](const text::ReadProblem& p) { c.problems.push_back(p); });
  return c;
}

inline void write_gz(const std::filesystem::path& p, const std::string& content) {
  gzFile f = gzopen(p.string().c_str(), "wb");
  REQUIRE(f);
  gzwrite(f, content.data(), static_cast<unsigned>(content.size()));
  gzclose(f);
}

// The gzip-compressed bytes of `content`.
inline std::string gzip(const std::string& content) {
  TempDir dir;
  write_gz(dir / "x.gz", content);
  return read_file(dir / "x.gz");
}

}  // namespace kg::test
