#pragma once
// Read-only views of a parsed sentence for the extraction rules: children by
// relation, subtrees and the text of a set of words. Indices are
// sentence-relative; -1 means none.
#include <string>
#include <string_view>
#include <vector>

#include "extract/nlp/annotation.hpp"
#include "extract/text/document.hpp"

namespace kg::events {

class SentenceGraph {
 public:
  SentenceGraph(const text::Document& doc, const nlp::ParsedSentence& sentence);

  int size() const { return static_cast<int>(s_.tokens.size()); }
  const nlp::ParsedToken& tok(int i) const { return s_.tokens[static_cast<size_t>(i)]; }
  const std::vector<int>& children(int i) const { return children_[static_cast<size_t>(i)]; }
  int head(int i) const { return tok(i).head; }
  std::string_view rel(int i) const { return tok(i).deprel; }
  std::string_view base(int i) const { return tok(i).base_rel(); }
  std::string lemma(int i) const;  // lowercase lemma

  // The first child with relation `rel` (exact, or base relation when `rel`
  // has no subtype and `any_subtype`), or -1.
  int child(int i, std::string_view rel, bool any_subtype = true) const;
  std::vector<int> children_with(int i, std::string_view rel, bool any_subtype = true) const;
  bool has_child_lemma(int i, std::string_view rel, std::string_view lemma) const;

  // Words of i's subtree, skipping the subtrees of children whose relation
  // (base or full) is in `exclude`; sorted.
  std::vector<int> subtree(int i, const std::vector<std::string_view>& exclude = {}) const;
  // i followed by its conjuncts ("A, B and C" -> A B C).
  std::vector<int> with_conjuncts(int i) const;

  // Text of a word set as written: from the first to the last word, with
  // leading/trailing punctuation dropped.
  std::string text(const std::vector<int>& words) const;
  text::ByteSpan span(const std::vector<int>& words) const;
  std::string_view form(int i) const { return tok(i).form; }

  const text::Document& doc() const { return doc_; }
  const nlp::ParsedSentence& sentence() const { return s_; }

 private:
  const text::Document& doc_;
  const nlp::ParsedSentence& s_;
  std::vector<std::vector<int>> children_;
};

}  // namespace kg::events
