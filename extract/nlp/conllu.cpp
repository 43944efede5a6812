#include "extract/nlp/conllu.hpp"

#include <charconv>
#include <fstream>

namespace kg::nlp {

using text::Document;
using text::Sentence;
using text::Token;
namespace {

bool misc_has_no_space(const std::string& misc) {
  size_t p = 0;
  while (p <= misc.size()) {
    const size_t bar = misc.find('|', p);
    const std::string_view item =
        std::string_view(misc).substr(p, bar == std::string::npos ? std::string::npos : bar - p);
    if (item == "SpaceAfter=No") return true;
    if (bar == std::string::npos) break;
    p = bar + 1;
  }
  return false;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t p = 0;
  while (true) {
    const size_t t = line.find('\t', p);
    cols.push_back(line.substr(p, t == std::string_view::npos ? std::string_view::npos : t - p));
    if (t == std::string_view::npos) break;
    p = t + 1;
  }
  return cols;
}

std::optional<int> parse_int(std::string_view s) {
  int v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

bool ConlluWord::space_after() const {
  return !misc_has_no_space(misc);
}
bool ConlluMultiword::space_after() const {
  return !misc_has_no_space(misc);
}

std::optional<std::string> ConlluSentence::comment(std::string_view key) const {
  for (const std::string& c : comments) {
    if (c.size() > key.size() && c.compare(0, key.size(), key) == 0) {
      std::string_view rest = std::string_view(c).substr(key.size());
      while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
      if (!rest.empty() && rest.front() == '=') {
        rest.remove_prefix(1);
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        return std::string(rest);
      }
    }
  }
  return std::nullopt;
}

bool ConlluSentence::starts_document() const {
  for (const std::string& c : comments)
    if (c.rfind("newdoc", 0) == 0) return true;
  return false;
}

bool ConlluSentence::starts_paragraph() const {
  for (const std::string& c : comments)
    if (c.rfind("newpar", 0) == 0) return true;
  return starts_document();
}

ConlluReader::ConlluReader(std::istream& in, std::string name) : in_(in), name_(std::move(name)) {}

void ConlluReader::fail(const std::string& reason) const {
  throw ConlluError(name_ + ":" + std::to_string(line_) + ": " + reason);
}

std::optional<ConlluSentence> ConlluReader::next() {
  ConlluSentence s;
  std::string line;
  std::vector<int> heads_1based;
  while (std::getline(in_, line)) {
    ++line_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (s.words.empty() && s.comments.empty()) continue;
      break;
    }
    if (s.line == 0) s.line = line_;
    if (line[0] == '#') {
      std::string_view c = std::string_view(line).substr(1);
      if (!c.empty() && c.front() == ' ') c.remove_prefix(1);
      s.comments.emplace_back(c);
      continue;
    }
    const auto cols = split_tabs(line);
    if (cols.size() != 10)
      fail("expected 10 tab-separated columns, found " + std::to_string(cols.size()));
    const std::string_view id = cols[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    const auto dash = id.find('-');
    if (dash != std::string_view::npos) {
      const auto a = parse_int(id.substr(0, dash));
      const auto b = parse_int(id.substr(dash + 1));
      if (!a || !b || *a < 1 || *b < *a)
        fail("bad multiword token range '" + std::string(id) + "'");
      s.multiwords.push_back({*a - 1, *b - 1, std::string(cols[1]), std::string(cols[9])});
      continue;
    }
    const auto n = parse_int(id);
    if (!n || *n != static_cast<int>(s.words.size()) + 1)
      fail("word id '" + std::string(id) + "' out of sequence");
    ConlluWord w;
    w.form = cols[1];
    w.lemma = cols[2];
    w.upos = cols[3];
    w.xpos = cols[4];
    w.feats = cols[5];
    int head = -1;
    if (cols[6] != "_") {
      const auto h = parse_int(cols[6]);
      if (!h || *h < 0) fail("bad head '" + std::string(cols[6]) + "'");
      head = *h;
    }
    heads_1based.push_back(head);
    w.deprel = cols[7];
    w.deps = cols[8];
    w.misc = cols[9];
    s.words.push_back(std::move(w));
  }
  if (s.words.empty()) {
    if (!s.comments.empty()) fail("sentence without words");
    return std::nullopt;
  }
  for (size_t i = 0; i < s.words.size(); ++i) {
    const int h = heads_1based[i];
    if (h > static_cast<int>(s.words.size()))
      throw ConlluError(name_ + ":" + std::to_string(s.line) + ": head " + std::to_string(h) +
                        " of word " + std::to_string(i + 1) + " is outside the sentence");
    s.words[i].head = h <= 0 ? -1 : h - 1;
  }
  return s;
}

std::vector<ConlluSentence> read_conllu_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw ConlluError(path + ": cannot open file");
  ConlluReader reader(in, path);
  std::vector<ConlluSentence> out;
  while (auto s = reader.next()) out.push_back(std::move(*s));
  return out;
}

void write_conllu(std::ostream& out, const ConlluSentence& s) {
  for (const std::string& c : s.comments) out << "# " << c << '\n';
  size_t mw = 0;
  for (size_t i = 0; i < s.words.size(); ++i) {
    while (mw < s.multiwords.size() && s.multiwords[mw].first < static_cast<int>(i)) ++mw;
    if (mw < s.multiwords.size() && s.multiwords[mw].first == static_cast<int>(i)) {
      const ConlluMultiword& m = s.multiwords[mw];
      out << m.first + 1 << '-' << m.last + 1 << '\t' << m.form << "\t_\t_\t_\t_\t_\t_\t_\t"
          << (m.misc.empty() ? "_" : m.misc) << '\n';
    }
    const ConlluWord& w = s.words[i];
    auto col = [](const std::string& v) -> const std::string& {
      static const std::string underscore = "_";
      return v.empty() ? underscore : v;
    };
    out << i + 1 << '\t' << w.form << '\t' << col(w.lemma) << '\t' << col(w.upos) << '\t'
        << col(w.xpos) << '\t' << col(w.feats) << '\t';
    if (w.deprel.empty() || w.deprel == "_")
      out << '_';
    else
      out << w.head + 1;
    out << '\t' << col(w.deprel) << '\t' << col(w.deps) << '\t' << col(w.misc) << '\n';
  }
  out << '\n';
}

ConlluSentence sentence_to_conllu(const Document& doc, size_t s) {
  ConlluSentence out;
  const Sentence& sent = doc.sentences[s];
  std::string text(doc.text_of(sent.bytes));
  for (char& c : text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  out.comments.push_back("text = " + text);
  const auto tokens = doc.sentence_tokens(s);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.mwt_words > 1) {
      const Token& last = tokens[i + t.mwt_words - 1];
      ConlluMultiword m;
      m.first = static_cast<int>(i);
      m.last = static_cast<int>(i + t.mwt_words - 1);
      m.form = doc.text.substr(t.bytes.begin, last.bytes.end - t.bytes.begin);
      m.misc = last.space_after || i + t.mwt_words == tokens.size() ? "_" : "SpaceAfter=No";
      out.multiwords.push_back(std::move(m));
    }
    ConlluWord w;
    w.form = doc.form(t);
    const bool in_mwt =
        !out.multiwords.empty() && out.multiwords.back().last >= static_cast<int>(i);
    w.misc = (!t.space_after && !in_mwt && i + 1 < tokens.size()) ? "SpaceAfter=No" : "_";
    out.words.push_back(std::move(w));
  }
  return out;
}

}  // namespace kg::nlp
