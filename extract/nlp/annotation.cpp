#include "extract/nlp/annotation.hpp"

namespace kg::nlp {
namespace {

constexpr std::array<std::string_view, kUposCount> kUposNames = {
    "ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

}  // namespace

std::string_view to_string(Upos u) {
  return kUposNames[static_cast<size_t>(u)];
}

std::optional<Upos> parse_upos(std::string_view s) {
  for (size_t i = 0; i < kUposNames.size(); ++i)
    if (kUposNames[i] == s) return static_cast<Upos>(i);
  return std::nullopt;
}

}  // namespace kg::nlp
