#pragma once
// The analyzed form of a sentence that the event extractor consumes: each
// word with its offsets, tags, lemma and dependency head and relation. Value
// types only; produced by Analyzer (tagger + lemmatizer + parser).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text/document.hpp"

namespace kg::nlp {

// The 17 universal part-of-speech tags of UD v2.
enum class Upos : uint8_t {
  ADJ,
  ADP,
  ADV,
  AUX,
  CCONJ,
  DET,
  INTJ,
  NOUN,
  NUM,
  PART,
  PRON,
  PROPN,
  PUNCT,
  SCONJ,
  SYM,
  VERB,
  X
};
inline constexpr size_t kUposCount = 17;

std::string_view to_string(Upos u);
std::optional<Upos> parse_upos(std::string_view s);

struct ParsedToken {
  text::ByteSpan bytes;  // into Document::text
  std::string form;
  std::string lemma;
  Upos upos = Upos::X;
  std::string xpos;    // Penn Treebank tag as in EWT
  std::string feats;   // UD features ("Number=Sing|..."), "_" when none
  int head = -1;       // sentence-relative index of the head word, -1 = root
  std::string deprel;  // UD relation with subtype ("nsubj:pass")
  bool space_after = true;
  uint8_t mwt_words = 0;  // >1 on the first word of a multiword token

  // The relation without its subtype: "nsubj" for "nsubj:pass".
  std::string_view base_rel() const {
    const auto colon = deprel.find(':');
    return std::string_view(deprel).substr(0, colon);
  }
};

struct ParsedSentence {
  uint32_t index = 0;  // position in the Document
  text::ByteSpan bytes;
  std::vector<ParsedToken> tokens;
};

}  // namespace kg::nlp
