#include "extract/nlp/lexicon.hpp"

#include <algorithm>
#include <vector>

#include "extract/nlp/feature_hash.hpp"

namespace kg::nlp {
namespace {

void save_map(ModelWriter& out, const std::unordered_map<std::string, std::string>& m) {
  std::vector<std::pair<std::string, std::string>> v(m.begin(), m.end());
  std::sort(v.begin(), v.end());
  out.u64(v.size());
  for (const auto& [k, val] : v) {
    out.str(k);
    out.str(val);
  }
}

std::unordered_map<std::string, std::string> load_map(ModelReader& in) {
  std::unordered_map<std::string, std::string> m;
  const uint64_t n = in.count(16);  // two length-prefixed strings each
  m.reserve(n);
  for (uint64_t i = 0; i < n; ++i) {
    std::string k = in.str();
    m.emplace(std::move(k), in.str());
  }
  return m;
}

}  // namespace

Lexicon::Lexicon(const WordNetData& wn)
    : verb_exc_(wn.verb_exceptions), noun_exc_(wn.noun_exceptions), adj_exc_(wn.adj_exceptions) {
  pos_.reserve(wn.pos.size());
  for (const auto& [word, bits] : wn.pos) pos_[hash_string(word)] |= bits;
  for (const auto& [word, sense] : wn.noun_sense) senses_[hash_string(word)] |= sense;
  for (const auto& [word, sense] : wn.verb_sense)
    senses_[hash_string(word)] |= static_cast<uint16_t>(sense << 8);
}

uint8_t Lexicon::noun_sense(std::string_view lemma) const {
  const auto it = senses_.find(hash_string(lemma));
  return it == senses_.end() ? 0 : static_cast<uint8_t>(it->second & 0xFF);
}

uint8_t Lexicon::verb_sense(std::string_view lemma) const {
  const auto it = senses_.find(hash_string(lemma));
  return it == senses_.end() ? 0 : static_cast<uint8_t>(it->second >> 8);
}

uint8_t Lexicon::pos_bits(std::string_view lower) const {
  const auto it = pos_.find(hash_string(lower));
  return it == pos_.end() ? 0 : it->second;
}

uint8_t Lexicon::inflection_bits(std::string_view w) const {
  uint8_t stems = 0;
  auto try_stem = [&](std::string_view stem, uint8_t mask) {
    if (stem.size() >= 2) stems |= pos_bits(stem) & mask;
  };
  auto ends = [&](std::string_view suf) { return w.size() > suf.size() + 1 && w.ends_with(suf); };
  if (ends("s")) try_stem(w.substr(0, w.size() - 1), kWnNoun | kWnVerb);
  if (ends("es")) try_stem(w.substr(0, w.size() - 2), kWnNoun | kWnVerb);
  if (ends("ies")) try_stem(std::string(w.substr(0, w.size() - 3)) + "y", kWnNoun | kWnVerb);
  if (ends("ed")) {
    try_stem(w.substr(0, w.size() - 2), kWnVerb);
    try_stem(w.substr(0, w.size() - 1), kWnVerb);
  }
  if (ends("ing")) {
    try_stem(w.substr(0, w.size() - 3), kWnVerb);
    try_stem(std::string(w.substr(0, w.size() - 3)) + "e", kWnVerb);
  }
  if (!irregular(w, 'v').empty()) stems |= kWnVerb;
  return static_cast<uint8_t>(pos_bits(w) | (stems << 4));
}

std::string_view Lexicon::irregular(std::string_view lower, char pos) const {
  const auto& m = pos == 'v' ? verb_exc_ : pos == 'n' ? noun_exc_ : adj_exc_;
  const auto it = m.find(std::string(lower));
  return it == m.end() ? std::string_view() : std::string_view(it->second);
}

void Lexicon::save(ModelWriter& out) const {
  std::vector<std::pair<uint64_t, uint8_t>> v(pos_.begin(), pos_.end());
  std::sort(v.begin(), v.end());
  std::vector<uint64_t> keys;
  std::vector<uint8_t> bits;
  for (const auto& [k, b] : v) {
    keys.push_back(k);
    bits.push_back(b);
  }
  out.array(keys);
  out.array(bits);
  std::vector<std::pair<uint64_t, uint16_t>> sv(senses_.begin(), senses_.end());
  std::sort(sv.begin(), sv.end());
  std::vector<uint64_t> skeys;
  std::vector<uint16_t> svals;
  for (const auto& [key, sense] : sv) {
    skeys.push_back(key);
    svals.push_back(sense);
  }
  out.array(skeys);
  out.array(svals);
  save_map(out, verb_exc_);
  save_map(out, noun_exc_);
  save_map(out, adj_exc_);
}

Lexicon Lexicon::load(ModelReader& in) {
  Lexicon l;
  const auto keys = in.array<uint64_t>();
  const auto bits = in.array<uint8_t>();
  if (keys.size() != bits.size()) in.fail("lexicon sizes differ");
  l.pos_.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) l.pos_.emplace(keys[i], bits[i]);
  const auto skeys = in.array<uint64_t>();
  const auto svals = in.array<uint16_t>();
  if (skeys.size() != svals.size()) in.fail("lexicon sense sizes differ");
  l.senses_.reserve(skeys.size());
  for (size_t i = 0; i < skeys.size(); ++i) l.senses_.emplace(skeys[i], svals[i]);
  l.verb_exc_ = load_map(in);
  l.noun_exc_ = load_map(in);
  l.adj_exc_ = load_map(in);
  return l;
}

}  // namespace kg::nlp
