#include "extract/text/segmenter.hpp"

#include <string_view>
#include <unordered_set>
#include <vector>

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

// True when a line ends like a paragraph: sentence-final punctuation, maybe
// inside closing quotes or brackets. Hard-wrapped text breaks lines mid-sentence.
bool ends_sentence(std::string_view line) {
  while (!line.empty()) {
    const char c = line.back();
    if (c == '.' || c == '!' || c == '?') return true;
    if (c == '"' || c == '\'' || c == ')') {
      line.remove_suffix(1);
      continue;
    }
    // Closing curly quotes (U+201D, U+2019) end in 0x9D and 0x99 after E2 80.
    if (line.size() >= 3 && static_cast<unsigned char>(line[line.size() - 3]) == 0xE2 &&
        static_cast<unsigned char>(line[line.size() - 2]) == 0x80 &&
        (static_cast<unsigned char>(c) == 0x9D || static_cast<unsigned char>(c) == 0x99)) {
      line.remove_suffix(3);
      continue;
    }
    return false;
  }
  return false;
}

// The paragraphs of a block without blank lines: each line when every line ends
// a sentence (one paragraph per line, as many feeds print articles), else the
// whole block (hard-wrapped text).
std::vector<std::string_view> block_paragraphs(std::string_view block) {
  std::vector<std::string_view> lines;
  for (size_t pos = 0; pos < block.size();) {
    size_t nl = block.find('\n', pos);
    if (nl == std::string_view::npos) nl = block.size();
    const std::string_view line = trim(block.substr(pos, nl - pos));
    if (!line.empty()) lines.push_back(line);
    pos = nl + 1;
  }
  for (std::string_view line : lines)
    if (!ends_sentence(line)) return {block};
  return lines;
}

// Reuters marks company names and tickers with angle brackets ("<Canuc Resources Inc>
// said", "NEC Corp <NIPN.T> will supply"). The brackets are markup, not words: they are
// left out of the words (the text keeps them), and so is a ticker inside them, so the
// parser reads "Canuc Resources Inc said" and "NEC Corp will supply".
void drop_angle_bracket_markup(std::string_view t, std::vector<Token>& words) {
  auto form = [&](size_t i) { return t.substr(words[i].bytes.begin, words[i].bytes.size()); };
  auto is_ticker = [](std::string_view w) {
    if (w.empty() || w.size() > 10) return false;
    for (char c : w)
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.')) return false;
    return true;
  };
  std::vector<bool> drop(words.size(), false);
  for (size_t i = 0; i < words.size(); ++i) {
    if (form(i) != "<") continue;
    size_t j = i + 1;
    while (j < words.size() && j <= i + 12 && form(j) != ">" && form(j) != "<") ++j;
    if (j >= words.size() || j > i + 12 || form(j) != ">" || j == i + 1) continue;
    drop[i] = drop[j] = true;
    if (j == i + 2 && is_ticker(form(i + 1))) drop[i + 1] = true;
    i = j;
  }
  size_t k = 0;
  for (size_t i = 0; i < words.size(); ++i)
    if (!drop[i]) words[k++] = words[i];
  words.resize(k);
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
  auto add_paragraph = [&](std::string_view body) {
    body = trim(body);
    if (body.empty()) return;
    const uint32_t para_index = doc.paragraphs++;
    if (options_.skip_repeated_paragraphs && !seen_paragraphs.insert(body).second) {
      ++doc.repeated_paragraphs;  // sentences of the first copy stand for it
      return;
    }
    const size_t b = static_cast<size_t>(body.data() - t.data());
    words.clear();
    tokenizer_.tokenize(t, b, b + body.size(), words);
    drop_angle_bracket_markup(t, words);
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
  // A lead printed twice is a repeat whether paragraphs are separated by blank
  // lines or each is one line (issue 12), so such lines are paragraphs too.
  auto finish_paragraph = [&](size_t para_end) {
    const std::string_view block = t.substr(para_begin, para_end - para_begin);
    if (!options_.skip_repeated_paragraphs) return add_paragraph(block);
    for (std::string_view body : block_paragraphs(block)) add_paragraph(body);
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
    drop_angle_bracket_markup(t, words);
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
