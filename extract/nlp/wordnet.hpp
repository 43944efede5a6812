#pragma once
// WordNet's word lists and irregular-form exception lists (Debian package
// wordnet-base, /usr/share/wordnet), read when training. The tagger uses which
// parts of speech a word can have; the lemmatizer uses the exceptions
// ("said" -> "say") and checks candidate lemmas against the word lists. What
// the model needs is copied into it, so kg does not read WordNet at run time.
#include <cstdint>
#include <filesystem>
#include <string>
#include <unordered_map>

namespace kg::nlp {

enum WordNetPos : uint8_t { kWnNoun = 1, kWnVerb = 2, kWnAdj = 4, kWnAdv = 8 };

struct WordNetData {
  std::unordered_map<std::string, uint8_t> pos;  // lowercase lemma -> WordNetPos bits
  // Lexicographer file (supersense, 0-44: noun.person, verb.communication ...)
  // of the most frequent noun and verb sense of a lemma, plus one; 0 = none.
  std::unordered_map<std::string, uint8_t> noun_sense, verb_sense;
  // Irregular forms per part of speech: "said" -> "say" (verb), "mice" -> "mouse" (noun).
  std::unordered_map<std::string, std::string> verb_exceptions, noun_exceptions, adj_exceptions;

  bool empty() const { return pos.empty(); }
};

// Reads the WordNet database in `dir`; returns empty data when it is absent.
WordNetData load_wordnet(const std::filesystem::path& dir = "/usr/share/wordnet");

}  // namespace kg::nlp
