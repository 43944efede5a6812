#pragma once
// Lemmas for tagged words. Words seen in training get the lemma they had most
// often with that tag; others get WordNet's irregular form ("fled" -> "flee")
// or the first suffix rule ("-ied" -> "-y", "-ing" -> "") whose result
// WordNet knows for that part of speech, falling back to the suffix rule
// learned most often for the tag. Proper nouns and numbers keep their form,
// as in UD English. Const after training or loading; thread-safe.
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/nlp/conllu.hpp"
#include "extract/nlp/lexicon.hpp"
#include "extract/nlp/tagger.hpp"

namespace kg::nlp {

class Lemmatizer {
 public:
  std::string lemma(std::string_view form, const TagClass& tag, const Lexicon& lexicon) const;

  static Lemmatizer train(std::span<const ConlluSentence> train);

  void save(ModelWriter& out) const;
  static Lemmatizer load(ModelReader& in);

 private:
  struct SuffixRule {
    std::string strip, add;
    uint32_t count = 0;
  };
  std::string by_rules(std::string_view lower, const TagClass& tag, const Lexicon& lexicon) const;

  std::unordered_map<std::string, std::string> dictionary_;         // "lower\tXPOS" -> lemma
  std::unordered_map<std::string, std::vector<SuffixRule>> rules_;  // XPOS -> rules, longest first
};

}  // namespace kg::nlp
