#include "extract/nlp/tagger.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <random>

#include "extract/nlp/feature_hash.hpp"
#include "extract/text/errors.hpp"
#include "extract/text/word_features.hpp"

namespace kg::nlp {

using text::lowercase;
using text::normalize_form;
using text::word_shape;

struct Tagger::TokenInfo {
  uint64_t norm = 0, form = 0, shape = 0, amb = 0, wn = 0, flags = 0;
  uint64_t pre[3] = {0, 0, 0};
  uint64_t suf[4] = {0, 0, 0, 0};
};

namespace {

// Feature template ids: stable numbers, as they are part of the model.
enum Tmpl : uint32_t {
  kBias,
  kNorm,
  kForm,
  kSuf1,
  kSuf2,
  kSuf3,
  kSuf4,
  kPre1,
  kPre2,
  kPre3,
  kShape,
  kPrev1,
  kPrev12,
  kNormM1,
  kNormM2,
  kNormP1,
  kNormP2,
  kSuf3M1,
  kSuf3P1,
  kPrev1Norm,
  kNormM1Norm,
  kNormNormP1,
  kAmb,
  kAmbP1,
  kAmbM1,
  kWn,
  kWnP1,
  kFlags,
  kShapeP1,
  kShapeM1,
  kPrev1Amb,
  kPrev1Suf3,
  kNormP1P2,
  kPrev12Norm,
  kAmbM1Amb,
  kAmbAmbP1,
  kShapeFlags,
  kSuf2Prev1,
  kNormM2M1,
  kNormFlags,
};

constexpr uint16_t kStart = 0xFFFE;  // history before the sentence

std::string class_key(std::string_view upos, std::string_view xpos) {
  return std::string(upos) + "\t" + std::string(xpos);
}

uint64_t suffix_hash(const std::string& s, size_t n, uint32_t salt) {
  if (s.size() < n) return hash_string(s, salt);
  return hash_string(std::string_view(s).substr(s.size() - n), salt);
}

}  // namespace

void Tagger::prepare(std::span<const std::string_view> forms, const Lexicon& lexicon,
                     std::vector<TokenInfo>& out) const {
  out.assign(forms.size(), {});
  // Headlines and signatures are written in Title Case or CAPITALS, where a
  // capital says little about proper nouns; tell the model which case it is.
  size_t alpha = 0, capitalized = 0, upper_words = 0;
  for (const std::string_view f : forms) {
    if (f.empty() || !std::isalpha(static_cast<unsigned char>(f[0]))) continue;
    ++alpha;
    capitalized += f[0] >= 'A' && f[0] <= 'Z';
    upper_words += f.size() > 1 &&
                   std::none_of(f.begin(), f.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  }
  const uint64_t sentence_case = alpha >= 3 && upper_words * 10 >= alpha * 7   ? 64u
                                 : alpha >= 3 && capitalized * 10 >= alpha * 6 ? 32u
                                                                               : 0u;
  for (size_t i = 0; i < forms.size(); ++i) {
    const std::string_view f = forms[i];
    const std::string norm = normalize_form(f);
    TokenInfo& t = out[i];
    t.norm = hash_string(norm);
    t.form = hash_string(f, 1);
    t.shape = hash_string(word_shape(f), 2);
    for (size_t k = 0; k < 3; ++k)
      t.pre[k] =
          hash_string(std::string_view(norm).substr(0, std::min(norm.size(), k + 1)), 10 + k);
    for (size_t k = 0; k < 4; ++k)
      t.suf[k] = suffix_hash(norm, k + 1, static_cast<uint32_t>(20 + k));
    const auto amb = ambiguity_.find(t.norm);
    t.amb = amb == ambiguity_.end() ? 0 : amb->second;
    // WordNet is a cue for words the training data did not settle.
    t.wn = amb == ambiguity_.end() ? lexicon.inflection_bits(lowercase(f)) + 1 : 0;
    const bool cap = !f.empty() && f[0] >= 'A' && f[0] <= 'Z';
    const bool upper =
        std::all_of(f.begin(), f.end(), [](char c) { return !(c >= 'a' && c <= 'z'); });
    const bool digit = std::any_of(f.begin(), f.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool hyphen = f.find('-') != std::string_view::npos;
    t.flags = (i == 0 ? 1u : 0u) | (cap ? 2u : 0u) | (upper ? 4u : 0u) | (digit ? 8u : 0u) |
              (hyphen ? 16u : 0u) | sentence_case;
  }
}

void Tagger::features(const std::vector<TokenInfo>& toks, size_t i, const uint16_t* prev,
                      std::vector<uint64_t>& f) {
  static const TokenInfo kPad{1, 1, 1, 1, 1, 1, {1, 1, 1}, {1, 1, 1, 1}};
  const TokenInfo& w = toks[i];
  const TokenInfo& m1 = i >= 1 ? toks[i - 1] : kPad;
  const TokenInfo& m2 = i >= 2 ? toks[i - 2] : kPad;
  const TokenInfo& p1 = i + 1 < toks.size() ? toks[i + 1] : kPad;
  const TokenInfo& p2 = i + 2 < toks.size() ? toks[i + 2] : kPad;
  const uint64_t t1 = i >= 1 ? prev[i - 1] : kStart;
  const uint64_t t2 = i >= 2 ? prev[i - 2] : kStart;
  f.clear();
  f.push_back(feature_key(kBias, 0));
  f.push_back(feature_key(kNorm, w.norm));
  f.push_back(feature_key(kForm, w.form));
  f.push_back(feature_key(kSuf1, w.suf[0]));
  f.push_back(feature_key(kSuf2, w.suf[1]));
  f.push_back(feature_key(kSuf3, w.suf[2]));
  f.push_back(feature_key(kSuf4, w.suf[3]));
  f.push_back(feature_key(kPre1, w.pre[0]));
  f.push_back(feature_key(kPre2, w.pre[1]));
  f.push_back(feature_key(kPre3, w.pre[2]));
  f.push_back(feature_key(kShape, w.shape));
  f.push_back(feature_key(kPrev1, t1));
  f.push_back(feature_key(kPrev12, t1, t2));
  f.push_back(feature_key(kNormM1, m1.norm));
  f.push_back(feature_key(kNormM2, m2.norm));
  f.push_back(feature_key(kNormP1, p1.norm));
  f.push_back(feature_key(kNormP2, p2.norm));
  f.push_back(feature_key(kSuf3M1, m1.suf[2]));
  f.push_back(feature_key(kSuf3P1, p1.suf[2]));
  f.push_back(feature_key(kPrev1Norm, t1, w.norm));
  f.push_back(feature_key(kNormM1Norm, m1.norm, w.norm));
  f.push_back(feature_key(kNormNormP1, w.norm, p1.norm));
  f.push_back(feature_key(kAmb, w.amb));
  f.push_back(feature_key(kAmbP1, p1.amb));
  f.push_back(feature_key(kAmbM1, m1.amb));
  f.push_back(feature_key(kWn, w.wn));
  f.push_back(feature_key(kWnP1, p1.wn));
  f.push_back(feature_key(kFlags, w.flags));
  f.push_back(feature_key(kShapeP1, p1.shape));
  f.push_back(feature_key(kShapeM1, m1.shape));
  f.push_back(feature_key(kPrev1Amb, t1, w.amb));
  f.push_back(feature_key(kPrev1Suf3, t1, w.suf[2]));
  f.push_back(feature_key(kNormP1P2, p1.norm, p2.norm));
  f.push_back(feature_key(kPrev12Norm, t1, t2, w.norm));
  f.push_back(feature_key(kAmbM1Amb, m1.amb, w.amb));
  f.push_back(feature_key(kAmbAmbP1, w.amb, p1.amb));
  f.push_back(feature_key(kShapeFlags, w.shape, w.flags));
  f.push_back(feature_key(kSuf2Prev1, w.suf[1], t1));
  f.push_back(feature_key(kNormM2M1, m2.norm, m1.norm));
  f.push_back(feature_key(kNormFlags, w.norm, w.flags));
}

std::vector<uint16_t> Tagger::tag(std::span<const std::string_view> forms,
                                  const Lexicon& lexicon) const {
  thread_local std::vector<TokenInfo> toks;
  thread_local std::vector<uint64_t> feats;
  thread_local std::vector<float> scores;
  prepare(forms, lexicon, toks);
  std::vector<uint16_t> tags(forms.size(), 0);
  scores.resize(classes_.size());
  for (size_t i = 0; i < forms.size(); ++i) {
    features(toks, i, tags.data(), feats);
    std::fill(scores.begin(), scores.end(), 0.0f);
    weights_.score(feats, scores);
    tags[i] =
        static_cast<uint16_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
  }
  return tags;
}

const std::string& Tagger::feats(std::string_view form, uint16_t cls) const {
  const auto it = word_feats_.find(feature_key(0, hash_string(normalize_form(form)), cls));
  return it != word_feats_.end() ? it->second : class_feats_[cls];
}

std::vector<uint16_t> Tagger::gold_classes(const ConlluSentence& s) const {
  std::vector<uint16_t> out;
  out.reserve(s.words.size());
  for (const auto& w : s.words) {
    const auto it = class_index_.find(class_key(w.upos, w.xpos));
    out.push_back(it == class_index_.end() ? uint16_t{0xFFFF} : it->second);
  }
  return out;
}

double Tagger::accuracy(std::span<const ConlluSentence> gold, const Lexicon& lexicon) const {
  size_t total = 0, right = 0;
  std::vector<std::string_view> forms;
  for (const auto& s : gold) {
    forms.clear();
    for (const auto& w : s.words) forms.push_back(w.form);
    const auto pred = tag(forms, lexicon);
    for (size_t i = 0; i < s.words.size(); ++i) {
      ++total;
      const TagClass& c = classes_[pred[i]];
      right += to_string(c.upos) == s.words[i].upos && c.xpos == s.words[i].xpos;
    }
  }
  return total ? static_cast<double>(right) / static_cast<double>(total) : 0.0;
}

Tagger Tagger::train(std::span<const ConlluSentence> train, std::span<const ConlluSentence> dev,
                     const Lexicon& lexicon, const TaggerTrainOptions& options) {
  Tagger t;
  // Classes, tag dictionary and feature tables from the training data.
  std::map<std::string, size_t> class_counts;
  for (const auto& s : train)
    for (const auto& w : s.words) ++class_counts[class_key(w.upos, w.xpos)];
  for (const auto& [key, n] : class_counts) {
    const auto tab = key.find('\t');
    const auto upos = parse_upos(key.substr(0, tab));
    if (!upos) throw InputError("unknown UPOS tag '" + key.substr(0, tab) + "' in training data");
    t.class_index_[key] = static_cast<uint16_t>(t.classes_.size());
    t.classes_.push_back({*upos, key.substr(tab + 1)});
  }
  std::unordered_map<uint64_t, std::map<uint16_t, size_t>> word_tags;
  std::unordered_map<uint64_t, std::map<std::string, size_t>> word_class_feats;
  std::vector<std::map<std::string, size_t>> class_feat_counts(t.classes_.size());
  for (const auto& s : train) {
    const auto gold = t.gold_classes(s);
    for (size_t i = 0; i < s.words.size(); ++i) {
      const uint64_t h = hash_string(normalize_form(s.words[i].form));
      ++word_tags[h][gold[i]];
      ++word_class_feats[feature_key(0, h, gold[i])][s.words[i].feats];
      ++class_feat_counts[gold[i]][s.words[i].feats];
    }
  }
  for (const auto& [h, tags] : word_tags) {
    size_t n = 0;
    for (const auto& [c, k] : tags) n += k;
    if (n < 2) continue;  // one sighting says little about a word's ambiguity
    uint64_t amb = 0x51ed;
    for (const auto& [c, k] : tags)
      if (k * 20 >= n) amb = mix64(amb ^ (c + 1));  // ignore tags under 5%
    t.ambiguity_[h] = amb;
  }
  for (const auto& [key, counts] : word_class_feats) {
    const auto best =
        std::max_element(counts.begin(), counts.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    t.word_feats_[key] = best->first;
  }
  for (const auto& counts : class_feat_counts) {
    std::string best = "_";
    size_t best_n = 0;
    for (const auto& [f, n] : counts)
      if (n > best_n) best = f, best_n = n;
    t.class_feats_.push_back(best);
  }

  // Averaged perceptron, greedy left-to-right decoding with predicted history.
  PerceptronTrainer trainer(t.classes_.size());
  std::vector<size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(options.seed);
  std::vector<TokenInfo> toks;
  std::vector<uint64_t> feats;
  std::vector<float> scores(t.classes_.size());
  std::vector<std::string_view> forms;
  double best_acc = -1;
  WeightTable best;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t total = 0, right = 0;
    for (size_t idx : order) {
      const auto& s = train[idx];
      forms.clear();
      for (const auto& w : s.words) forms.push_back(w.form);
      t.prepare(forms, lexicon, toks);
      const auto gold = t.gold_classes(s);
      std::vector<uint16_t> pred(s.words.size(), 0);
      for (size_t i = 0; i < s.words.size(); ++i) {
        features(toks, i, pred.data(), feats);
        std::fill(scores.begin(), scores.end(), 0.0f);
        trainer.score(feats, scores);
        const auto guess =
            static_cast<uint16_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        trainer.update(feats, gold[i], guess);
        trainer.tick();
        pred[i] = guess;
        ++total;
        right += guess == gold[i];
      }
    }
    t.weights_ = trainer.average();
    const double acc = dev.empty() ? 0.0 : t.accuracy(dev, lexicon);
    if (options.log)
      options.log("tagger epoch " + std::to_string(epoch) + ": train " +
                  std::to_string(100.0 * static_cast<double>(right) / static_cast<double>(total))
                      .substr(0, 5) +
                  "%, dev " + std::to_string(100 * acc).substr(0, 5) + "%, " +
                  std::to_string(t.weights_.features()) + " features");
    if (dev.empty() || acc > best_acc) {
      best_acc = acc;
      best = t.weights_;
    }
  }
  t.weights_ = std::move(best);
  t.class_index_.clear();
  return t;
}

void Tagger::save(ModelWriter& out) const {
  out.section("tagger");
  out.u64(classes_.size());
  for (const auto& c : classes_) {
    out.u8(static_cast<uint8_t>(c.upos));
    out.str(c.xpos);
  }
  std::vector<std::pair<uint64_t, uint64_t>> amb(ambiguity_.begin(), ambiguity_.end());
  std::sort(amb.begin(), amb.end());
  out.u64(amb.size());
  for (const auto& [k, v] : amb) {
    out.u64(k);
    out.u64(v);
  }
  std::vector<std::pair<uint64_t, std::string>> wf(word_feats_.begin(), word_feats_.end());
  std::sort(wf.begin(), wf.end());
  out.u64(wf.size());
  for (const auto& [k, v] : wf) {
    out.u64(k);
    out.str(v);
  }
  for (const auto& f : class_feats_) out.str(f);
  weights_.save(out);
}

Tagger Tagger::load(ModelReader& in) {
  in.section("tagger");
  Tagger t;
  const uint64_t n = in.u64();
  if (n == 0 || n > 4096) in.fail("bad tag class count");
  for (uint64_t i = 0; i < n; ++i) {
    const uint8_t u = in.u8();
    if (u >= kUposCount) in.fail("bad UPOS value");
    t.classes_.push_back({static_cast<Upos>(u), in.str()});
  }
  const uint64_t namb = in.count(16);  // key and value
  t.ambiguity_.reserve(namb);
  for (uint64_t i = 0; i < namb; ++i) {
    const uint64_t k = in.u64();
    t.ambiguity_.emplace(k, in.u64());
  }
  const uint64_t nwf = in.count(16);  // key and a length-prefixed string
  t.word_feats_.reserve(nwf);
  for (uint64_t i = 0; i < nwf; ++i) {
    const uint64_t k = in.u64();
    t.word_feats_.emplace(k, in.str());
  }
  for (uint64_t i = 0; i < n; ++i) t.class_feats_.push_back(in.str());
  t.weights_ = WeightTable::load(in);
  if (t.weights_.classes() != n) in.fail("tagger weights do not match its classes");
  return t;
}

}  // namespace kg::nlp
