#include "extract/text/article_reader.hpp"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

#include "extract/text/errors.hpp"
#include "extract/text/sha256.hpp"
#include "extract/text/text_normalizer.hpp"
#include "extract/text/word_features.hpp"

namespace kg::text {
namespace fs = std::filesystem;

std::string Article::content_hash() const {
  Sha256 h;
  h.update(title);
  h.update(std::string_view("\n\x1f\n", 3));  // a separator no title contains
  h.update(text);
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string r;
  for (uint8_t b : h.finish()) {
    r += kDigits[b >> 4];
    r += kDigits[b & 15];
  }
  return r;
}

namespace {

enum class Format { Text, JsonLines, Unknown };

Format format_of(const std::string& path) {
  std::string p = lowercase(path);
  if (p.size() > 3 && p.ends_with(".gz")) p.resize(p.size() - 3);
  if (p.ends_with(".jsonl") || p.ends_with(".ndjson")) return Format::JsonLines;
  if (p.ends_with(".txt") || p.ends_with(".text")) return Format::Text;
  return Format::Unknown;
}

// Reads a plain file, a gzip file or stdin, owning the handle.
class ByteSource {
 public:
  explicit ByteSource(const std::string& path) : path_(path) {
    if (path == "-") {
      stdin_ = true;
      return;
    }
    gz_ = gzopen(path.c_str(), "rb");
    if (!gz_) throw InputError(path + ": cannot open (" + std::strerror(errno) + ")");
    gzbuffer(gz_, 1 << 17);
  }
  ~ByteSource() {
    if (gz_) gzclose(gz_);
  }
  ByteSource(const ByteSource&) = delete;
  ByteSource& operator=(const ByteSource&) = delete;

  size_t read(char* buf, size_t n) {
    if (stdin_) return std::fread(buf, 1, n, stdin);
    const int got = gzread(gz_, buf, static_cast<unsigned>(n));
    int err = Z_OK;
    const char* msg = gzerror(gz_, &err);
    if (got < 0) throw InputError(path_ + ": read error (" + (msg ? msg : "unknown") + ")");
    // zlib returns what it could inflate and flags a stream cut before its
    // trailer with Z_BUF_ERROR; without this check a cut file read as complete.
    if (err == Z_BUF_ERROR)
      throw InputError(path_ +
                       ": truncated gzip file (it ends before the gzip trailer); nothing from "
                       "it was stored");
    return static_cast<size_t>(got);
  }
  // True for a gzip file (false for a plain file read through zlib, and stdin).
  bool compressed() const { return gz_ && !gzdirect(gz_); }
  // Bytes of the file consumed so far (compressed bytes for .gz), for progress.
  uint64_t position() const { return gz_ ? static_cast<uint64_t>(gzoffset(gz_)) : 0; }

 private:
  std::string path_;
  gzFile gz_ = nullptr;
  bool stdin_ = false;
};

// The whole input, at most `limit` bytes. Throws InputError when there is more.
std::string read_all(ByteSource& src, const std::string& name, size_t limit) {
  std::string data;
  std::vector<char> buf(1 << 17);
  while (size_t n = src.read(buf.data(), buf.size())) {
    data.append(buf.data(), n);
    if (data.size() > limit)
      throw InputError(name + ": more than " + std::to_string(limit >> 20) +
                       " MiB; an article may hold at most that (kg's limit), skipped");
  }
  return data;
}

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r\n\f\v");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n\f\v");
  return std::string(s.substr(b, e - b + 1));
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

bool is_calendar_date(int year, int month, int day) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

namespace {

// "2013-05-07", "2013-05-07T10:00Z" and "20130507" become "2013-05-07".
std::optional<std::string> normalize_date(std::string_view s) {
  if (s.size() >= 10 && is_digit(s[0]) && is_digit(s[1]) && is_digit(s[2]) && is_digit(s[3]) &&
      s[4] == '-' && is_digit(s[5]) && is_digit(s[6]) && s[7] == '-' && is_digit(s[8]) &&
      is_digit(s[9]) && (s.size() == 10 || s[10] == 'T' || s[10] == ' ')) {
    const int year = std::stoi(std::string(s.substr(0, 4)));
    const int month = (s[5] - '0') * 10 + (s[6] - '0');
    const int day = (s[8] - '0') * 10 + (s[9] - '0');
    if (is_calendar_date(year, month, day)) return std::string(s.substr(0, 10));
  }
  if (s.size() == 8 && std::all_of(s.begin(), s.end(), is_digit))
    return normalize_date(std::string(s.substr(0, 4)) + "-" + std::string(s.substr(4, 2)) + "-" +
                          std::string(s.substr(6, 2)));
  return std::nullopt;
}

std::string clean_field(const std::string& s) {
  std::string r = normalize_text(s).text;
  for (char& c : r)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return trim(r);
}

// Issue 13: a line nested 60k levels deep crashed kg (the recursive copy and
// dump of nested values). Depth is counted before parsing, outside strings.
void check_json_depth(std::string_view line) {
  size_t depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > kMaxJsonDepth)
        throw InputError("JSON nested deeper than " + std::to_string(kMaxJsonDepth) +
                         " levels (kg's limit)");
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    }
  }
}

}  // namespace

Article parse_json_article(std::string_view line, std::string origin) {
  check_json_depth(line);
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) {
    // parse_error, and out_of_range for a number too large for a double
    // ("1e999", found by fuzz_article_gzip): both mean the line is not usable.
    std::string what = e.what();
    const auto colon = what.find("] ");
    throw InputError("malformed JSON: " +
                     (colon == std::string::npos ? what : what.substr(colon + 2)));
  }
  if (!j.is_object()) throw InputError("expected a JSON object with a \"text\" field");
  Article a;
  a.origin = std::move(origin);
  auto field = [&](const char* name) -> std::string {
    auto it = j.find(name);
    if (it == j.end() || it->is_null()) return {};
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return std::to_string(it->get<long long>());
    throw InputError(std::string("field \"") + name + "\" must be a string");
  };
  auto text_it = j.find("text");
  if (text_it == j.end() || text_it->is_null()) throw InputError("missing \"text\" field");
  if (!text_it->is_string()) throw InputError("field \"text\" must be a string");
  try {
    a.text = trim(normalize_text(text_it->get_ref<const std::string&>()).text);
  } catch (const BinaryInputError& e) {
    throw InputError(std::string("field \"text\" holds ") + e.what());
  }
  if (a.text.empty()) throw InputError("field \"text\" is empty");
  a.external_id = clean_field(field("id"));
  a.title = clean_field(field("title"));
  a.source = clean_field(field("source"));
  a.url = clean_field(field("url"));
  nlohmann::json meta = nlohmann::json::object();
  const std::string raw_date = trim(field("date"));
  if (!raw_date.empty()) {
    if (auto d = normalize_date(raw_date))
      a.date = *d;
    else
      meta["date_raw"] = raw_date;  // kept, but not usable for time filters
  }
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& k = it.key();
    if (k != "id" && k != "title" && k != "date" && k != "source" && k != "url" && k != "text")
      meta[k] = it.value();
  }
  a.metadata_json = meta.dump();
  return a;
}

Article parse_text_article(std::string text, std::string origin, std::string fallback_id) {
  // A UTF-8 byte order mark would otherwise hide a "Title:" header (issue 13).
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  Article a;
  a.origin = std::move(origin);
  a.external_id = std::move(fallback_id);
  // Optional header: "Key: value" lines up to the first blank line, keys from
  // a fixed set, so ordinary first lines are never mistaken for headers.
  static const std::vector<std::string> kKeys = {"title", "date", "source", "url", "id"};
  size_t pos = 0;
  size_t header_end = 0;
  std::vector<std::pair<std::string, std::string>> header;
  while (pos < text.size()) {
    const size_t nl = text.find('\n', pos);
    const std::string line = trim(
        std::string_view(text).substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
    const size_t next = nl == std::string::npos ? text.size() : nl + 1;
    if (line.empty()) {
      if (!header.empty()) header_end = next;
      break;
    }
    const auto colon = line.find(':');
    if (colon == std::string::npos) break;
    const std::string key = lowercase(trim(std::string_view(line).substr(0, colon)));
    if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end()) break;
    header.emplace_back(key, trim(std::string_view(line).substr(colon + 1)));
    pos = next;
  }
  if (header_end == 0) header.clear();
  for (auto& [k, v] : header) {
    if (k == "title")
      a.title = v;
    else if (k == "date")
      a.date = normalize_date(v).value_or("");
    else if (k == "source")
      a.source = v;
    else if (k == "url")
      a.url = v;
    else if (k == "id")
      a.external_id = v;
  }
  a.text = trim(std::string_view(text).substr(header_end));
  if (a.title.empty()) {
    const std::string body = trim(a.text);
    const std::string first = trim(std::string_view(body).substr(0, body.find('\n')));
    if (first.size() <= 200) a.title = first;
  }
  return a;
}

ArticleReader::ArticleReader(std::vector<std::string> paths) {
  for (const std::string& p : paths) {
    if (p == "-") {
      files_.push_back({p, 0});
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(p, ec);
    if (ec || !fs::exists(status)) throw InputError(p + ": no such file or directory");
    if (fs::is_directory(status)) {
      std::vector<std::string> found;
      const size_t problems_before = expansion_problems_.size();
      auto it =
          fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
      if (ec) throw InputError(p + ": cannot read directory (" + ec.message() + ")");
      for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const std::string name = it->path().filename().string();
        std::error_code entry_ec;
        if (!name.empty() && name[0] == '.') {
          if (it->is_directory(entry_ec)) it.disable_recursion_pending();
          continue;
        }
        // A symlink loop or dangling link is skipped with a warning, not fatal.
        const bool regular = it->is_regular_file(entry_ec);
        if (entry_ec) {
          expansion_problems_.push_back(
              {it->path().string(), "skipped (" + entry_ec.message() + ")", false});
          continue;
        }
        if (regular && format_of(name) != Format::Unknown) found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      if (found.empty() && expansion_problems_.size() == problems_before)
        expansion_problems_.push_back(
            {p, "directory holds no .txt, .jsonl or .ndjson files (hidden entries are skipped)",
             true});
      for (auto& f : found) {
        const auto size = fs::file_size(f, ec);
        files_.push_back({f, ec ? 0 : size});
      }
    } else {
      const auto size = fs::file_size(p, ec);
      files_.push_back({p, ec ? 0 : size});
    }
  }
  for (const auto& f : files_) total_bytes_ += f.size;
}

namespace {

// Turns JSON Lines, one line at a time, into articles and problems.
class JsonLinesParser {
 public:
  JsonLinesParser(std::string name, const ArticleReader::ArticleSink& on_article,
                  const ArticleReader::ProblemSink& on_problem)
      : name_(std::move(name)), on_article_(on_article), on_problem_(on_problem) {}

  void line(std::string_view line) {
    ++line_no_;
    const uint64_t offset = offset_;
    offset_ += line.size() + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty()) return;
    any_ = true;
    const std::string where = name_ + ":" + std::to_string(line_no_);
    NormalizedText repaired = repair_utf8(line);
    if (repaired.first_invalid_offset)
      on_problem_({name_ + ": byte " + std::to_string(offset + *repaired.first_invalid_offset),
                   "line " + std::to_string(line_no_) + ": invalid UTF-8 replaced with U+FFFD",
                   false});
    try {
      on_article_(parse_json_article(repaired.text, where));
    } catch (const InputError& e) {
      on_problem_({where, e.what(), true});
    }
  }
  void all(std::string_view data) {
    size_t pos = 0;
    while (pos < data.size()) {
      const size_t nl = data.find('\n', pos);
      if (nl == std::string_view::npos) {
        line(data.substr(pos));
        break;
      }
      line(data.substr(pos, nl - pos));
      pos = nl + 1;
    }
  }
  bool any() const { return any_; }
  size_t lines() const { return line_no_; }

 private:
  std::string name_;
  const ArticleReader::ArticleSink& on_article_;
  const ArticleReader::ProblemSink& on_problem_;
  size_t line_no_ = 0;
  uint64_t offset_ = 0;
  bool any_ = false;
};

void read_text_content(const std::string& raw, const std::string& name, const std::string& id,
                       const ArticleReader::ArticleSink& on_article,
                       const ArticleReader::ProblemSink& on_problem) {
  if (trim(raw).empty()) {
    on_problem({name, "empty file, nothing to ingest", true});
    return;
  }
  NormalizedText norm;
  try {
    norm = normalize_text(raw);
  } catch (const BinaryInputError& e) {
    on_problem({name, std::string(e.what()) + "; not a text file, skipped", true});
    return;
  }
  if (norm.first_invalid_offset)
    on_problem({name + ": byte " + std::to_string(*norm.first_invalid_offset),
                "invalid UTF-8 replaced with U+FFFD (" + std::to_string(norm.invalid_sequences) +
                    " sequence" + (norm.invalid_sequences == 1 ? "" : "s") + ")",
                false});
  Article a = parse_text_article(std::move(norm.text), name, id);
  if (trim(a.text).empty()) {
    on_problem({name, "no article text after the header", true});
    return;
  }
  on_article(std::move(a));
}

}  // namespace

void ArticleReader::read(const ArticleSink& on_article, const ProblemSink& on_problem) {
  for (const auto& p : expansion_problems_) on_problem(p);
  for (const Input& in : files_) {
    try {
      if (in.path == "-") {
        // stdin: JSON Lines if the first non-blank byte is '{', else one article.
        ByteSource src(in.path);
        const std::string data = read_all(src, "<stdin>", kMaxStdinBytes);
        const auto first = data.find_first_not_of(" \t\r\n");
        if (first != std::string::npos && data[first] == '{') {
          JsonLinesParser parser("<stdin>", on_article, on_problem);
          parser.all(data);
        } else {
          read_text_content(data, "<stdin>", "stdin", on_article, on_problem);
        }
      } else if (format_of(in.path) == Format::JsonLines) {
        read_jsonl_file(in, on_article, on_problem);
      } else {
        read_text_file(in, on_article, on_problem);
      }
    } catch (const InputError& e) {
      on_problem({in.path, e.what(), true});
    }
  }
}

void ArticleReader::read_text_file(const Input& in, const ArticleSink& on_article,
                                   const ProblemSink& on_problem) {
  ByteSource src(in.path);
  const std::string raw = read_all(src, in.path, kMaxArticleBytes);
  bytes_read_ += in.size;
  read_text_content(raw, in.path, fs::path(in.path).filename().string(), on_article, on_problem);
}

void ArticleReader::read_jsonl_file(const Input& in, const ArticleSink& on_article,
                                    const ProblemSink& on_problem) {
  ByteSource src(in.path);
  // From a gzip file nothing is passed on before its end was read intact: a
  // cut file is an error and none of its articles are stored (issue 13).
  std::vector<Article> held_articles;
  std::vector<ReadProblem> held_problems;
  bool hold = false;
  const ArticleSink keep_article = [&](Article&& a) {
    if (hold)
      held_articles.push_back(std::move(a));
    else
      on_article(std::move(a));
  };
  const ProblemSink keep_problem = [&](const ReadProblem& p) {
    if (hold)
      held_problems.push_back(p);
    else
      on_problem(p);
  };
  JsonLinesParser parser(in.path, keep_article, keep_problem);
  std::vector<char> buf(1 << 17);
  std::string pending;
  bool checked_binary = false;
  const uint64_t start_bytes = bytes_read_;
  while (size_t n = src.read(buf.data(), buf.size())) {
    if (!checked_binary) {
      checked_binary = true;
      hold = src.compressed();
      if (std::string_view(buf.data(), n).find('\0') != std::string_view::npos) {
        on_problem({in.path, "binary data (NUL byte); not a JSON Lines file, skipped", true});
        bytes_read_ = start_bytes + in.size;
        return;
      }
    }
    const size_t scan_from = pending.size();  // a long line is not searched again
    pending.append(buf.data(), n);
    size_t pos = 0;
    for (size_t nl = pending.find('\n', scan_from); nl != std::string::npos;
         nl = pending.find('\n', pos)) {
      parser.line(std::string_view(pending).substr(pos, nl - pos));
      pos = nl + 1;
    }
    pending.erase(0, pos);
    if (pending.size() > kMaxArticleBytes)
      throw InputError(in.path + ": line " + std::to_string(parser.lines() + 1) +
                       " is longer than " + std::to_string(kMaxArticleBytes >> 20) +
                       " MiB (kg's limit); the rest of the file is skipped");
    bytes_read_ = start_bytes + std::min<uint64_t>(src.position(), in.size);
  }
  if (!pending.empty()) parser.line(pending);
  bytes_read_ = start_bytes + in.size;
  for (auto& a : held_articles) on_article(std::move(a));
  for (const auto& p : held_problems) on_problem(p);
  if (!parser.any()) on_problem({in.path, "empty file, nothing to ingest", true});
}

}  // namespace kg::text
