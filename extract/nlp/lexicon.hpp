#pragma once
// Word knowledge the tagger and lemmatizer share: which parts of speech a
// lowercase word can have, and irregular inflections ("said" -> "say"). Built
// from WordNet at training time and stored in the model file.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "extract/nlp/model_file.hpp"
#include "extract/nlp/wordnet.hpp"

namespace kg::nlp {

class Lexicon {
 public:
  Lexicon() = default;
  explicit Lexicon(const WordNetData& wn);

  // WordNetPos bits of a lowercase word (0 when unknown).
  uint8_t pos_bits(std::string_view lower) const;
  // Bits of the word plus, in the upper nibble, bits of stems it could be an
  // inflection of ("sanctioned" -> verb "sanction"): a cue for unknown words.
  uint8_t inflection_bits(std::string_view lower) const;

  // WordNet supersense of the most frequent noun / verb sense of a lowercase
  // lemma, plus one (0 = none): a coarse semantic class for the parser.
  uint8_t noun_sense(std::string_view lemma) const;
  uint8_t verb_sense(std::string_view lemma) const;

  // Irregular lemma for a lowercase form, or "" when none. pos: 'v', 'n' or 'a'.
  std::string_view irregular(std::string_view lower, char pos) const;

  bool empty() const { return pos_.empty(); }
  void save(ModelWriter& out) const;
  static Lexicon load(ModelReader& in);

 private:
  std::unordered_map<uint64_t, uint8_t> pos_;      // hash_string(lower) -> bits
  std::unordered_map<uint64_t, uint16_t> senses_;  // hash_string(lemma) -> noun | verb << 8
  std::unordered_map<std::string, std::string> verb_exc_, noun_exc_, adj_exc_;
};

}  // namespace kg::nlp
