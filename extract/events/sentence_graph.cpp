#include "extract/events/sentence_graph.hpp"

#include <algorithm>

#include "extract/text/word_features.hpp"

namespace kg::events {
using text::lowercase;

using nlp::ParsedSentence;
using nlp::ParsedToken;
using nlp::Upos;
using text::ByteSpan;
using text::Document;

SentenceGraph::SentenceGraph(const Document& doc, const ParsedSentence& sentence)
    : doc_(doc), s_(sentence), children_(sentence.tokens.size()) {
  for (size_t i = 0; i < sentence.tokens.size(); ++i) {
    const int h = sentence.tokens[i].head;
    if (h >= 0 && h < static_cast<int>(sentence.tokens.size()))
      children_[static_cast<size_t>(h)].push_back(static_cast<int>(i));
  }
}

std::string SentenceGraph::lemma(int i) const {
  return lowercase(tok(i).lemma);
}

int SentenceGraph::child(int i, std::string_view r, bool any_subtype) const {
  for (int c : children(i))
    if (rel(c) == r || (any_subtype && r.find(':') == std::string_view::npos && base(c) == r))
      return c;
  return -1;
}

std::vector<int> SentenceGraph::children_with(int i, std::string_view r, bool any_subtype) const {
  std::vector<int> out;
  for (int c : children(i))
    if (rel(c) == r || (any_subtype && r.find(':') == std::string_view::npos && base(c) == r))
      out.push_back(c);
  return out;
}

bool SentenceGraph::has_child_lemma(int i, std::string_view r, std::string_view l) const {
  for (int c : children(i))
    if ((rel(c) == r || base(c) == r) && lemma(c) == l) return true;
  return false;
}

std::vector<int> SentenceGraph::subtree(int i, const std::vector<std::string_view>& exclude) const {
  std::vector<int> out;
  std::vector<int> stack{i};
  while (!stack.empty()) {
    const int x = stack.back();
    stack.pop_back();
    out.push_back(x);
    for (int c : children(x)) {
      const bool skip = std::any_of(exclude.begin(), exclude.end(), [&](std::string_view e) {
        return rel(c) == e || base(c) == e;
      });
      if (!skip) stack.push_back(c);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<int> SentenceGraph::with_conjuncts(int i) const {
  std::vector<int> out{i};
  for (size_t k = 0; k < out.size(); ++k)
    for (int c : children(out[k]))
      if (base(c) == "conj" && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  return out;
}

namespace {
bool is_edge_punct(const ParsedToken& t) {
  return t.upos == Upos::PUNCT && t.form != "%" && t.form != "$";
}
}  // namespace

ByteSpan SentenceGraph::span(const std::vector<int>& words) const {
  if (words.empty()) return {};
  size_t b = 0, e = words.size();
  while (b < e && is_edge_punct(tok(words[b]))) ++b;
  while (e > b && is_edge_punct(tok(words[e - 1]))) --e;
  if (b == e) return tok(words.front()).bytes;
  return {tok(words[b]).bytes.begin, tok(words[e - 1]).bytes.end};
}

std::string SentenceGraph::text(const std::vector<int>& words) const {
  if (words.empty()) return {};
  // Words need not be contiguous (a subtree without its relative clause):
  // join the contiguous runs with a space.
  std::vector<int> w = words;
  size_t b = 0, e = w.size();
  while (b < e && is_edge_punct(tok(w[b]))) ++b;
  while (e > b && is_edge_punct(tok(w[e - 1]))) --e;
  if (b == e) return std::string(form(w.front()));
  std::string out;
  for (size_t k = b; k < e; ++k) {
    const ByteSpan s = tok(w[k]).bytes;
    if (k > b) {
      const bool adjacent = w[k] == w[k - 1] + 1;
      const ByteSpan prev = tok(w[k - 1]).bytes;
      if (adjacent && s.begin > prev.end)
        out += ' ';
      else if (!adjacent)
        out += ' ';
    }
    if (s.end > s.begin && s.end <= doc_.text.size())
      out.append(doc_.text, s.begin, s.size());
    else
      out += tok(w[k]).form;
  }
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

}  // namespace kg::events
