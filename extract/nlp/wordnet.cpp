#include "extract/nlp/wordnet.hpp"

#include <fstream>
#include <sstream>

namespace kg::nlp {
namespace {

// Lexicographer file number of each synset in a data.* file, by offset.
std::unordered_map<std::string, uint8_t> read_lexnames(const std::filesystem::path& file) {
  std::unordered_map<std::string, uint8_t> out;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;
    std::istringstream ss(line);
    std::string offset, lexfile;
    if (ss >> offset >> lexfile) out.emplace(offset, static_cast<uint8_t>(std::stoi(lexfile)));
  }
  return out;
}

void read_index(const std::filesystem::path& file, uint8_t bit, WordNetData& out,
                const std::unordered_map<std::string, uint8_t>* lexnames,
                std::unordered_map<std::string, uint8_t>* senses) {
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // license header lines start with spaces
    std::istringstream ss(line);
    std::string lemma, pos;
    int synsets = 0, pointers = 0;
    ss >> lemma >> pos >> synsets >> pointers;
    for (char& c : lemma)
      if (c == '_') c = ' ';
    out.pos[lemma] |= bit;
    if (!lexnames || !senses) continue;
    std::string skip;
    for (int i = 0; i < pointers; ++i) ss >> skip;
    ss >> skip >> skip;  // sense_cnt, tagsense_cnt
    std::string first;   // offsets follow, most frequent sense first
    if (ss >> first) {
      const auto it = lexnames->find(first);
      if (it != lexnames->end()) (*senses)[lemma] = static_cast<uint8_t>(it->second + 1);
    }
  }
}

void read_exceptions(const std::filesystem::path& file,
                     std::unordered_map<std::string, std::string>& out) {
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream ss(line);
    std::string form, lemma;
    if (ss >> form >> lemma) out.emplace(form, lemma);  // first listed lemma wins
  }
}

}  // namespace

WordNetData load_wordnet(const std::filesystem::path& dir) {
  WordNetData d;
  std::error_code ec;
  if (!std::filesystem::exists(dir / "index.noun", ec)) return d;
  const auto noun_lex = read_lexnames(dir / "data.noun");
  const auto verb_lex = read_lexnames(dir / "data.verb");
  read_index(dir / "index.noun", kWnNoun, d, &noun_lex, &d.noun_sense);
  read_index(dir / "index.verb", kWnVerb, d, &verb_lex, &d.verb_sense);
  read_index(dir / "index.adj", kWnAdj, d, nullptr, nullptr);
  read_index(dir / "index.adv", kWnAdv, d, nullptr, nullptr);
  read_exceptions(dir / "verb.exc", d.verb_exceptions);
  read_exceptions(dir / "noun.exc", d.noun_exceptions);
  read_exceptions(dir / "adj.exc", d.adj_exceptions);
  return d;
}

}  // namespace kg::nlp
