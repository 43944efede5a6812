#include "extract/nlp/lemmatizer.hpp"

#include <algorithm>
#include <map>

#include "extract/text/word_features.hpp"

namespace kg::nlp {

using text::lowercase;
namespace {

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Candidate lemmas for an inflected word, most specific first.
std::vector<std::string> candidates(std::string_view w, std::string_view xpos) {
  std::vector<std::string> c;
  auto strip = [&](std::string_view suf, std::string_view add = "") {
    if (w.size() > suf.size() + 1 && w.ends_with(suf))
      c.push_back(std::string(w.substr(0, w.size() - suf.size())) + std::string(add));
  };
  auto undouble = [&](std::string_view suf) {
    // "stopped" -> "stop", "bigger" -> "big"
    if (w.size() > suf.size() + 2 && w.ends_with(suf)) {
      const std::string_view stem = w.substr(0, w.size() - suf.size());
      if (stem[stem.size() - 1] == stem[stem.size() - 2] && !is_vowel(stem.back()))
        c.push_back(std::string(stem.substr(0, stem.size() - 1)));
    }
  };
  // A stem ending consonant-vowel-consonant would have doubled its consonant ("stag" ->
  // "stagged"), so "staged" and "staging" come from "stage", not "stag"; the "e" form
  // goes first. Longer stems do not always double ("visited"), but "visite" is no word.
  auto cvc = [&](std::string_view suf) {
    if (w.size() < suf.size() + 3 || !w.ends_with(suf)) return false;
    const std::string_view st = w.substr(0, w.size() - suf.size());
    const char a = st[st.size() - 3], b = st[st.size() - 2], z = st.back();
    return !is_vowel(a) && is_vowel(b) && !is_vowel(z) && z != 'w' && z != 'x' && z != 'y';
  };
  if (xpos == "VBD" || xpos == "VBN") {
    strip("ied", "y");
    undouble("ed");
    if (cvc("ed")) strip("ed", "e");
    strip("ed");
    strip("ed", "e");
    strip("d");
  } else if (xpos == "VBG") {
    strip("ying", "ie");
    undouble("ing");
    if (cvc("ing")) strip("ing", "e");
    strip("ing");
    strip("ing", "e");
  } else if (xpos == "VBZ") {
    strip("ies", "y");
    // "-ees" is always "-ee" + "s" ("agrees", "frees"; "refugees", "detainees"), never
    // "-e" + "es": "refugees" is no plural of "refuge".
    if (w.ends_with("ees")) strip("s");
    strip("es");
    strip("s");
  } else if (xpos == "NNS" || xpos == "NNPS") {
    strip("ies", "y");
    strip("ves", "f");
    strip("ves", "fe");
    if (w.ends_with("ees")) strip("s");
    strip("es");
    strip("s");
  } else if (xpos == "JJR" || xpos == "RBR") {
    strip("ier", "y");
    undouble("er");
    strip("er");
    strip("er", "e");
  } else if (xpos == "JJS" || xpos == "RBS") {
    strip("iest", "y");
    undouble("est");
    strip("est");
    strip("est", "e");
  }
  return c;
}

uint8_t wordnet_pos_for(std::string_view xpos) {
  if (xpos.starts_with("VB")) return kWnVerb;
  if (xpos.starts_with("NN")) return kWnNoun;
  if (xpos.starts_with("JJ")) return kWnAdj;
  if (xpos.starts_with("RB")) return kWnAdv | kWnAdj;
  return 0;
}

char exception_pos(std::string_view xpos) {
  if (xpos.starts_with("VB")) return 'v';
  if (xpos.starts_with("NN")) return 'n';
  if (xpos.starts_with("JJ") || xpos.starts_with("RB")) return 'a';
  return 0;
}

std::string dict_key(std::string_view lower, std::string_view xpos) {
  std::string k(lower);
  k += '\t';
  k += xpos;
  return k;
}

}  // namespace

std::string Lemmatizer::by_rules(std::string_view lower, const TagClass& tag,
                                 const Lexicon& lexicon) const {
  if (const char pos = exception_pos(tag.xpos)) {
    const std::string_view irr = lexicon.irregular(lower, pos);
    if (!irr.empty()) return std::string(irr);
  }
  const uint8_t want = wordnet_pos_for(tag.xpos);
  const auto cands = candidates(lower, tag.xpos);
  if (want)
    for (const auto& c : cands)
      if (lexicon.pos_bits(c) & want) return c;
  const auto it = rules_.find(tag.xpos);
  if (it != rules_.end())
    for (const SuffixRule& r : it->second)
      if (lower.size() > r.strip.size() && lower.ends_with(r.strip))
        return std::string(lower.substr(0, lower.size() - r.strip.size())) + r.add;
  return cands.empty() ? std::string(lower) : cands.back();
}

std::string Lemmatizer::lemma(std::string_view form, const TagClass& tag,
                              const Lexicon& lexicon) const {
  const std::string lower = lowercase(form);
  const auto it = dictionary_.find(dict_key(lower, tag.xpos));
  if (it != dictionary_.end()) {
    // Proper nouns keep the case they were written with ("US", "Bush"), but
    // take real normalizations from training ("Sept." -> "September").
    if (tag.upos != Upos::PROPN || lowercase(it->second) != lower) return it->second;
    return std::string(form);
  }
  switch (tag.upos) {
    case Upos::PROPN:
      if (tag.xpos == "NNPS" && form.size() > 3 && form.back() == 's')
        return std::string(form.substr(0, form.size() - (form.ends_with("ies") ? 3 : 1))) +
               (form.ends_with("ies") ? "y" : "");
      return std::string(form);
    case Upos::NUM:
    case Upos::PUNCT:
    case Upos::SYM:
    case Upos::X:
      return std::string(form);
    default:
      break;
  }
  if (tag.xpos == "VB" || tag.xpos == "VBP" || tag.xpos == "NN" || tag.xpos == "JJ" ||
      tag.xpos == "RB")
    return lower;
  // A hyphenated compound inflects at its last part: "lathi-charged" -> "lathi-charge".
  if (const auto dash = lower.rfind('-');
      dash != std::string::npos && dash > 0 && lower.size() - dash > 3) {
    const std::string_view last = std::string_view(lower).substr(dash + 1);
    if (std::all_of(last.begin(), last.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      return lower.substr(0, dash + 1) + lemma(last, tag, lexicon);
  }
  return by_rules(lower, tag, lexicon);
}

Lemmatizer Lemmatizer::train(std::span<const ConlluSentence> train) {
  Lemmatizer l;
  std::unordered_map<std::string, std::map<std::string, size_t>> seen;
  std::map<std::string, std::map<std::pair<std::string, std::string>, uint32_t>> rule_counts;
  for (const auto& s : train)
    for (const auto& w : s.words) {
      if (w.lemma.empty() || w.lemma == "_") continue;
      const std::string lower = lowercase(w.form);
      ++seen[dict_key(lower, w.xpos)][w.lemma];
      const std::string lemma_lower = lowercase(w.lemma);
      size_t common = 0;
      while (common < lower.size() && common < lemma_lower.size() &&
             lower[common] == lemma_lower[common])
        ++common;
      if (common >= 2 && lower.size() - common <= 4)
        ++rule_counts[w.xpos][{lower.substr(common), lemma_lower.substr(common)}];
    }
  for (auto& [key, lemmas] : seen) {
    const auto best =
        std::max_element(lemmas.begin(), lemmas.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    l.dictionary_.emplace(key, best->first);
  }
  for (auto& [xpos, counts] : rule_counts) {
    std::vector<SuffixRule> rules;
    for (const auto& [rule, n] : counts)
      if (n >= 3 && !rule.first.empty()) rules.push_back({rule.first, rule.second, n});
    // Longest suffix first; among equals, the most frequent.
    std::sort(rules.begin(), rules.end(), [](const SuffixRule& a, const SuffixRule& b) {
      if (a.strip.size() != b.strip.size()) return a.strip.size() > b.strip.size();
      if (a.count != b.count) return a.count > b.count;
      return a.strip + a.add < b.strip + b.add;
    });
    l.rules_[xpos] = std::move(rules);
  }
  return l;
}

void Lemmatizer::save(ModelWriter& out) const {
  out.section("lemmatizer");
  std::vector<std::pair<std::string, std::string>> d(dictionary_.begin(), dictionary_.end());
  std::sort(d.begin(), d.end());
  out.u64(d.size());
  for (const auto& [k, v] : d) {
    out.str(k);
    out.str(v);
  }
  std::map<std::string, std::vector<SuffixRule>> r(rules_.begin(), rules_.end());
  out.u64(r.size());
  for (const auto& [xpos, rules] : r) {
    out.str(xpos);
    out.u64(rules.size());
    for (const auto& rule : rules) {
      out.str(rule.strip);
      out.str(rule.add);
      out.u32(rule.count);
    }
  }
}

Lemmatizer Lemmatizer::load(ModelReader& in) {
  in.section("lemmatizer");
  Lemmatizer l;
  const uint64_t n = in.count(16);  // two length-prefixed strings each
  l.dictionary_.reserve(n);
  for (uint64_t i = 0; i < n; ++i) {
    std::string k = in.str();
    l.dictionary_.emplace(std::move(k), in.str());
  }
  const uint64_t nr = in.u64();
  for (uint64_t i = 0; i < nr; ++i) {
    const std::string xpos = in.str();
    const uint64_t count = in.u64();
    std::vector<SuffixRule> rules;
    for (uint64_t k = 0; k < count; ++k) {
      SuffixRule r;
      r.strip = in.str();
      r.add = in.str();
      r.count = in.u32();
      rules.push_back(std::move(r));
    }
    l.rules_[xpos] = std::move(rules);
  }
  return l;
}

}  // namespace kg::nlp
