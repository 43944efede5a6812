#pragma once
// Reads articles from the paths a user names: .txt files (one article each,
// with an optional "Title:/Date:/Source:/URL:" header), JSON Lines
// (.jsonl/.ndjson, one article per line), the same gzip-compressed (.gz),
// directories (recursively, hidden entries skipped) and "-" for stdin.
// Problems are reported per file or line and reading continues.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "extract/text/article.hpp"

namespace kg::text {

struct ReadProblem {
  std::string where;  // "FILE", "FILE:LINE" or "FILE: byte N"
  std::string message;
  bool rejected = true;  // false: a warning, the article was still read
};

class ArticleReader {
 public:
  using ArticleSink = std::function<void(Article&&)>;
  using ProblemSink = std::function<void(const ReadProblem&)>;

  // Throws InputError when a path does not exist (before anything is read).
  explicit ArticleReader(std::vector<std::string> paths);

  // Reads everything, in the order given; directories in sorted order.
  void read(const ArticleSink& on_article, const ProblemSink& on_problem);

  uint64_t total_bytes() const { return total_bytes_; }  // 0 when unknown (stdin)
  uint64_t bytes_read() const { return bytes_read_; }
  size_t files() const { return files_.size(); }

 private:
  struct Input {
    std::string path;  // "-" for stdin
    uint64_t size = 0;
  };
  void read_text_file(const Input& in, const ArticleSink&, const ProblemSink&);
  void read_jsonl_file(const Input& in, const ArticleSink&, const ProblemSink&);

  std::vector<Input> files_;
  std::vector<ReadProblem> expansion_problems_;
  uint64_t total_bytes_ = 0;
  uint64_t bytes_read_ = 0;
};

// Limits on input, so a damaged or endless input is an error, not a crash or
// an exhausted memory: bytes of one .txt article or one JSON line, and the
// nesting depth of a JSON line.
inline constexpr size_t kMaxArticleBytes = size_t{64} << 20;
inline constexpr size_t kMaxJsonDepth = 64;
inline constexpr size_t kMaxStdinBytes = size_t{1} << 30;  // stdin is read whole

// Parses one JSON Lines record into an article. Throws InputError with the reason.
Article parse_json_article(std::string_view line, std::string origin);

// True when year-month-day is a day of the Gregorian calendar (leap years included).
bool is_calendar_date(int year, int month, int day);

// Parses a .txt article: optional header lines, a blank line, the body.
Article parse_text_article(std::string text, std::string origin, std::string fallback_id);

}  // namespace kg::text
