#include "extract/text/segmenter.hpp"

#include <string_view>
#include <unordered_set>

namespace kg::text {
namespace {

bool is_blank_line(std::string_view line) {
  for (char c : line)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') return false;
  return true;
}

std::string_view trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r\n\f\v");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n\f\v");
  return s.substr(b, e - b + 1);
}

}  // namespace

Document Segmenter::segment(std::string text) const {
  Document doc;
  doc.text = std::move(text);
  const std::string_view t = doc.text;
  std::unordered_set<std::string_view> seen_paragraphs;
  std::vector<Token> words;

  size_t para_begin = 0;
  size_t pos = 0;
  auto finish_paragraph = [&](size_t para_end) {
    const std::string_view body = trim(t.substr(para_begin, para_end - para_begin));
    if (body.empty()) return;
    const uint32_t para_index = doc.paragraphs++;
    if (options_.skip_repeated_paragraphs && !seen_paragraphs.insert(body).second) {
      ++doc.repeated_paragraphs;  // sentences of the first copy stand for it
      return;
    }
    const size_t b = static_cast<size_t>(body.data() - t.data());
    words.clear();
    tokenizer_.tokenize(t, b, b + body.size(), words);
    if (words.empty()) return;
    size_t start = 0;
    for (size_t end : splitter_.split(t, words)) {
      Sentence s;
      s.first_token = static_cast<uint32_t>(doc.tokens.size() + start);
      s.last_token = static_cast<uint32_t>(doc.tokens.size() + end);
      s.bytes = {words[start].bytes.begin, words[end - 1].bytes.end};
      s.paragraph = para_index;
      doc.sentences.push_back(s);
      start = end;
    }
    doc.tokens.insert(doc.tokens.end(), words.begin(), words.end());
  };
  // A paragraph ends at a line that holds only whitespace.
  while (pos < t.size()) {
    const size_t nl = t.find('\n', pos);
    const size_t line_end = nl == std::string_view::npos ? t.size() : nl;
    if (is_blank_line(t.substr(pos, line_end - pos))) {
      finish_paragraph(pos);
      para_begin = line_end;
    }
    pos = line_end + 1;
  }
  finish_paragraph(t.size());
  return doc;
}

Document Segmenter::segment_lines(std::string text) const {
  Document doc;
  doc.text = std::move(text);
  const std::string_view t = doc.text;
  size_t pos = 0;
  std::vector<Token> words;
  while (pos <= t.size()) {
    const size_t nl = t.find('\n', pos);
    const size_t end = nl == std::string_view::npos ? t.size() : nl;
    words.clear();
    tokenizer_.tokenize(t, pos, end, words);
    const uint32_t para = doc.paragraphs++;
    if (!words.empty()) {
      Sentence s;
      s.first_token = static_cast<uint32_t>(doc.tokens.size());
      s.last_token = static_cast<uint32_t>(doc.tokens.size() + words.size());
      s.bytes = {words.front().bytes.begin, words.back().bytes.end};
      s.paragraph = para;
      doc.sentences.push_back(s);
      doc.tokens.insert(doc.tokens.end(), words.begin(), words.end());
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return doc;
}

}  // namespace kg::text
