#include "extract/nlp/parser.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <random>

#include "extract/nlp/feature_hash.hpp"
#include "extract/nlp/projectivize.hpp"
#include "extract/text/errors.hpp"
#include "extract/text/word_features.hpp"

namespace kg::nlp {

using text::lowercase;
using text::normalize_form;
namespace {

// Feature template ids: stable numbers, as they are part of the model.
enum Tmpl : uint32_t {
  kS0w = 1,
  kS0p,
  kS0wp,
  kS1w,
  kS1p,
  kS1wp,
  kB0w,
  kB0p,
  kB0wp,
  kB1w,
  kB1p,
  kB1wp,
  kB2w,
  kB2p,
  kS2w,
  kS2p,
  kS0wpB0wp,
  kS0wpB0w,
  kS0wB0wp,
  kS0wpB0p,
  kS0pB0wp,
  kS0wB0w,
  kS0pB0p,
  kS0wpS1wp,
  kS0wpS1w,
  kS0wS1wp,
  kS0wpS1p,
  kS0pS1wp,
  kS0wS1w,
  kS0pS1p,
  kB0pB1p,
  kB0wB1w,
  kB0pB1pB2p,
  kS0pB0pB1p,
  kS1pS0pB0p,
  kS2pS1pS0p,
  kS1pS0pB1p,
  kS0pS0LpB0p,
  kS0pS0RpB0p,
  kS0pB0pB0Lp,
  kS1pS0pS0Lp,
  kS1pS0pS0Rp,
  kS1pS1RpS0p,
  kS0pS0LpS0L2p,
  kS0pS0RpS0R2p,
  kB0pB0LpB0L2p,
  kS1pS1RpS1R2p,
  kDistS0w,
  kDistS0p,
  kDistB0w,
  kDistB0p,
  kDistS0wB0w,
  kDistS0pB0p,
  kDist1S0pS1p,
  kDist1S0w,
  kDist1S1w,
  kS0wVr,
  kS0pVr,
  kS0wVl,
  kS0pVl,
  kS1wVr,
  kS1pVr,
  kS1wVl,
  kS1pVl,
  kB0wVl,
  kB0pVl,
  kS0Lw,
  kS0Lp,
  kS0Ll,
  kS0Rw,
  kS0Rp,
  kS0Rl,
  kS1Rw,
  kS1Rp,
  kS1Rl,
  kS1Lw,
  kS1Lp,
  kS1Ll,
  kB0Lw,
  kB0Lp,
  kB0Ll,
  kS0L2w,
  kS0L2p,
  kS0L2l,
  kS0R2w,
  kS0R2p,
  kS0R2l,
  kB0L2w,
  kB0L2p,
  kB0L2l,
  kS0wLs,
  kS0pLs,
  kS0wRs,
  kS0pRs,
  kB0wLs,
  kB0pLs,
  kS1wRs,
  kS1pRs,
  kS0uB0u,
  kS0uS1u,
  kS0uB0uB1u,
  kStackSize,
  kS0pS0LlS0Rl,
  kB0pB0LlS0p,
  kS0wB0p2,
  kBias,
  kS0c,
  kB0c,
  kS1c,
  kB1c,
  kS0cB0c,
  kS0pB0c,
  kS0cB0p,
  kS0cS1c,
  kS1cS0p,
  kS1pS0c,
  kS0wB0c,
  kS0cB0w,
  kS0l,
  kB0l,
  kS1l,
  kS0lB0l,
  kS0lS1l,
  kS0cB0cB1p,
  kS0RcB0c,
  kB0LcS0c,
  kS1cS0cB0c,
};

uint64_t distance_bucket(int a, int b) {
  if (a < 0 || b < 0) return 99;
  const int d = std::abs(a - b);
  if (d <= 4) return static_cast<uint64_t>(d);
  if (d <= 6) return 5;
  if (d <= 10) return 6;
  return 7;
}

}  // namespace

TrainingTrees training_trees(std::span<const ParserExample> examples, int min_lifted_label) {
  TrainingTrees t;
  std::vector<std::vector<std::string>> labels(examples.size());
  t.heads.resize(examples.size());
  for (size_t s = 0; s < examples.size(); ++s) {
    t.heads[s] = examples[s].heads;
    labels[s] = examples[s].labels;
    if (!is_projective(t.heads[s])) {
      projectivize(t.heads[s], labels[s]);
      ++t.lifted;
    }
  }
  t.moves = MoveSet::from_labels(labels, min_lifted_label);
  t.labels.resize(examples.size());
  for (size_t s = 0; s < examples.size(); ++s)
    for (const auto& l : labels[s]) t.labels[s].push_back(t.moves.id(l));
  return t;
}

std::pair<double, double> attachment_scores(
    std::span<const ParserExample> gold,
    const std::function<ParseResult(std::span<const ParserInput>)>& parse) {
  size_t total = 0, uas = 0, las = 0;
  std::vector<ParserInput> in;
  for (const auto& ex : gold) {
    in.clear();
    for (size_t i = 0; i < ex.forms.size(); ++i)
      in.push_back({ex.forms[i], ex.lemmas[i], ex.xpos[i], ex.upos[i]});
    const ParseResult r = parse(in);
    for (size_t i = 0; i < ex.forms.size(); ++i) {
      ++total;
      if (r.heads[i] == ex.heads[i]) {
        ++uas;
        las += r.labels[i] == ex.labels[i];
      }
    }
  }
  const double t = total ? static_cast<double>(total) : 1.0;
  return {static_cast<double>(uas) / t, static_cast<double>(las) / t};
}

std::pair<size_t, size_t> best_moves(std::span<const float> scores, std::span<const int> costs) {
  size_t pred = 0, gold = 0;
  float pred_score = -std::numeric_limits<float>::infinity(), gold_score = pred_score;
  int min_cost = std::numeric_limits<int>::max();
  for (size_t a = 0; a < scores.size(); ++a) {
    if (costs[a] < 0) continue;
    min_cost = std::min(min_cost, costs[a]);
    if (scores[a] > pred_score) pred = a, pred_score = scores[a];
  }
  for (size_t a = 0; a < scores.size(); ++a)
    if (costs[a] == min_cost && scores[a] > gold_score) gold = a, gold_score = scores[a];
  return {pred, gold};
}

void Parser::prepare(std::span<const ParserInput> words, const Lexicon& lexicon,
                     std::vector<WordInfo>& out) {
  out.resize(words.size() + 2);
  for (size_t i = 0; i < words.size(); ++i) {
    WordInfo& x = out[i];
    x.w = hash_string(normalize_form(words[i].form));
    x.p = hash_string(words[i].xpos, 7);
    x.u = hash_string(words[i].upos, 8);
    x.wp = mix64(x.w ^ (x.p * 31));
    const std::string lemma = lowercase(words[i].lemma);
    x.l = hash_string(lemma, 9);
    // WordNet supersense for nouns and verbs ("noun.person", "verb.communication"),
    // the tag for everything else: lets rare words share what frequent ones learnt.
    uint8_t sense = 0;
    const std::string_view u = words[i].upos;
    if (u == "NOUN" || u == "PROPN")
      sense = lexicon.noun_sense(lemma);
    else if (u == "VERB")
      sense = lexicon.verb_sense(lemma);
    x.c = sense ? mix64(x.u * 131 + sense) : x.p;
  }
  // words.size(): the root; words.size() + 1: nothing.
  out[words.size()] = {11, 12, 13, 14, 15, 16};
  out[words.size() + 1] = {21, 22, 23, 24, 25, 26};
}

void Parser::features(const ParseState& st, const std::vector<WordInfo>& info,
                      std::vector<uint64_t>& f) const {
  const int n = st.words();
  const int none = n + 1;
  auto at = [&](int i) -> const WordInfo& { return info[static_cast<size_t>(i < 0 ? none : i)]; };
  auto lab = [&](int i) -> uint64_t { return i < 0 || i >= n ? 0 : st.label(i) + 1u; };
  const int s0 = st.stack(0), s1 = st.stack(1), s2 = st.stack(2);
  const int b0 = st.buffer(0), b1 = st.buffer(1), b2 = st.buffer(2);
  const int s0l = st.left_child(s0, 0), s0l2 = st.left_child(s0, 1);
  const int s0r = st.right_child(s0, 0), s0r2 = st.right_child(s0, 1);
  const int s1l = st.left_child(s1, 0);
  const int s1r = st.right_child(s1, 0), s1r2 = st.right_child(s1, 1);
  const int b0l = st.left_child(b0, 0), b0l2 = st.left_child(b0, 1);
  const WordInfo &S0 = at(s0), &S1 = at(s1), &S2 = at(s2), &B0 = at(b0), &B1 = at(b1), &B2 = at(b2);
  const WordInfo &S0L = at(s0l), &S0L2 = at(s0l2), &S0R = at(s0r), &S0R2 = at(s0r2);
  const WordInfo &S1L = at(s1l), &S1R = at(s1r), &S1R2 = at(s1r2), &B0L = at(b0l), &B0L2 = at(b0l2);
  const uint64_t d = distance_bucket(s0, b0 >= n ? -1 : b0);
  const uint64_t d1 = distance_bucket(s0, s1);
  const uint64_t s0vl = static_cast<uint64_t>(st.left_count(s0)),
                 s0vr = static_cast<uint64_t>(st.right_count(s0));
  const uint64_t s1vl = static_cast<uint64_t>(st.left_count(s1)),
                 s1vr = static_cast<uint64_t>(st.right_count(s1));
  const uint64_t b0vl = static_cast<uint64_t>(b0 >= 0 && b0 < n ? st.left_count(b0) : 0);
  f.clear();
  f.push_back(feature_key(kBias, 0));
  f.push_back(feature_key(kS0w, S0.w));
  f.push_back(feature_key(kS0p, S0.p));
  f.push_back(feature_key(kS0wp, S0.wp));
  f.push_back(feature_key(kS1w, S1.w));
  f.push_back(feature_key(kS1p, S1.p));
  f.push_back(feature_key(kS1wp, S1.wp));
  f.push_back(feature_key(kB0w, B0.w));
  f.push_back(feature_key(kB0p, B0.p));
  f.push_back(feature_key(kB0wp, B0.wp));
  f.push_back(feature_key(kB1w, B1.w));
  f.push_back(feature_key(kB1p, B1.p));
  f.push_back(feature_key(kB1wp, B1.wp));
  f.push_back(feature_key(kB2w, B2.w));
  f.push_back(feature_key(kB2p, B2.p));
  f.push_back(feature_key(kS2w, S2.w));
  f.push_back(feature_key(kS2p, S2.p));
  f.push_back(feature_key(kS0wpB0wp, S0.wp, B0.wp));
  f.push_back(feature_key(kS0wpB0w, S0.wp, B0.w));
  f.push_back(feature_key(kS0wB0wp, S0.w, B0.wp));
  f.push_back(feature_key(kS0wpB0p, S0.wp, B0.p));
  f.push_back(feature_key(kS0pB0wp, S0.p, B0.wp));
  f.push_back(feature_key(kS0wB0w, S0.w, B0.w));
  f.push_back(feature_key(kS0pB0p, S0.p, B0.p));
  f.push_back(feature_key(kS0wpS1wp, S0.wp, S1.wp));
  f.push_back(feature_key(kS0wpS1w, S0.wp, S1.w));
  f.push_back(feature_key(kS0wS1wp, S0.w, S1.wp));
  f.push_back(feature_key(kS0wpS1p, S0.wp, S1.p));
  f.push_back(feature_key(kS0pS1wp, S0.p, S1.wp));
  f.push_back(feature_key(kS0wS1w, S0.w, S1.w));
  f.push_back(feature_key(kS0pS1p, S0.p, S1.p));
  f.push_back(feature_key(kB0pB1p, B0.p, B1.p));
  f.push_back(feature_key(kB0wB1w, B0.w, B1.w));
  f.push_back(feature_key(kB0pB1pB2p, B0.p, B1.p, B2.p));
  f.push_back(feature_key(kS0pB0pB1p, S0.p, B0.p, B1.p));
  f.push_back(feature_key(kS1pS0pB0p, S1.p, S0.p, B0.p));
  f.push_back(feature_key(kS2pS1pS0p, S2.p, S1.p, S0.p));
  f.push_back(feature_key(kS1pS0pB1p, S1.p, S0.p, B1.p));
  f.push_back(feature_key(kS0pS0LpB0p, S0.p, S0L.p, B0.p));
  f.push_back(feature_key(kS0pS0RpB0p, S0.p, S0R.p, B0.p));
  f.push_back(feature_key(kS0pB0pB0Lp, S0.p, B0.p, B0L.p));
  f.push_back(feature_key(kS1pS0pS0Lp, S1.p, S0.p, S0L.p));
  f.push_back(feature_key(kS1pS0pS0Rp, S1.p, S0.p, S0R.p));
  f.push_back(feature_key(kS1pS1RpS0p, S1.p, S1R.p, S0.p));
  f.push_back(feature_key(kS0pS0LpS0L2p, S0.p, S0L.p, S0L2.p));
  f.push_back(feature_key(kS0pS0RpS0R2p, S0.p, S0R.p, S0R2.p));
  f.push_back(feature_key(kB0pB0LpB0L2p, B0.p, B0L.p, B0L2.p));
  f.push_back(feature_key(kS1pS1RpS1R2p, S1.p, S1R.p, S1R2.p));
  f.push_back(feature_key(kDistS0w, S0.w, d));
  f.push_back(feature_key(kDistS0p, S0.p, d));
  f.push_back(feature_key(kDistB0w, B0.w, d));
  f.push_back(feature_key(kDistB0p, B0.p, d));
  f.push_back(feature_key(kDistS0wB0w, S0.w, B0.w, d));
  f.push_back(feature_key(kDistS0pB0p, S0.p, B0.p, d));
  f.push_back(feature_key(kDist1S0pS1p, S0.p, S1.p, d1));
  f.push_back(feature_key(kDist1S0w, S0.w, d1));
  f.push_back(feature_key(kDist1S1w, S1.w, d1));
  f.push_back(feature_key(kS0wVr, S0.w, s0vr));
  f.push_back(feature_key(kS0pVr, S0.p, s0vr));
  f.push_back(feature_key(kS0wVl, S0.w, s0vl));
  f.push_back(feature_key(kS0pVl, S0.p, s0vl));
  f.push_back(feature_key(kS1wVr, S1.w, s1vr));
  f.push_back(feature_key(kS1pVr, S1.p, s1vr));
  f.push_back(feature_key(kS1wVl, S1.w, s1vl));
  f.push_back(feature_key(kS1pVl, S1.p, s1vl));
  f.push_back(feature_key(kB0wVl, B0.w, b0vl));
  f.push_back(feature_key(kB0pVl, B0.p, b0vl));
  f.push_back(feature_key(kS0Lw, S0L.w));
  f.push_back(feature_key(kS0Lp, S0L.p));
  f.push_back(feature_key(kS0Ll, lab(s0l)));
  f.push_back(feature_key(kS0Rw, S0R.w));
  f.push_back(feature_key(kS0Rp, S0R.p));
  f.push_back(feature_key(kS0Rl, lab(s0r)));
  f.push_back(feature_key(kS1Rw, S1R.w));
  f.push_back(feature_key(kS1Rp, S1R.p));
  f.push_back(feature_key(kS1Rl, lab(s1r)));
  f.push_back(feature_key(kS1Lw, S1L.w));
  f.push_back(feature_key(kS1Lp, S1L.p));
  f.push_back(feature_key(kS1Ll, lab(s1l)));
  f.push_back(feature_key(kB0Lw, B0L.w));
  f.push_back(feature_key(kB0Lp, B0L.p));
  f.push_back(feature_key(kB0Ll, lab(b0l)));
  f.push_back(feature_key(kS0L2w, S0L2.w));
  f.push_back(feature_key(kS0L2p, S0L2.p));
  f.push_back(feature_key(kS0L2l, lab(s0l2)));
  f.push_back(feature_key(kS0R2w, S0R2.w));
  f.push_back(feature_key(kS0R2p, S0R2.p));
  f.push_back(feature_key(kS0R2l, lab(s0r2)));
  f.push_back(feature_key(kB0L2w, B0L2.w));
  f.push_back(feature_key(kB0L2p, B0L2.p));
  f.push_back(feature_key(kB0L2l, lab(b0l2)));
  f.push_back(feature_key(kS0wLs, S0.w, st.left_labels(s0)));
  f.push_back(feature_key(kS0pLs, S0.p, st.left_labels(s0)));
  f.push_back(feature_key(kS0wRs, S0.w, st.right_labels(s0)));
  f.push_back(feature_key(kS0pRs, S0.p, st.right_labels(s0)));
  f.push_back(feature_key(kB0wLs, B0.w, st.left_labels(b0)));
  f.push_back(feature_key(kB0pLs, B0.p, st.left_labels(b0)));
  f.push_back(feature_key(kS1wRs, S1.w, st.right_labels(s1)));
  f.push_back(feature_key(kS1pRs, S1.p, st.right_labels(s1)));
  f.push_back(feature_key(kS0uB0u, S0.u, B0.u));
  f.push_back(feature_key(kS0uS1u, S0.u, S1.u));
  f.push_back(feature_key(kS0uB0uB1u, S0.u, B0.u, B1.u));
  f.push_back(feature_key(kStackSize, std::min<uint64_t>(st.stack_size(), 4), B0.p));
  f.push_back(feature_key(kS0pS0LlS0Rl, S0.p, lab(s0l), lab(s0r)));
  f.push_back(feature_key(kB0pB0LlS0p, B0.p, lab(b0l), S0.p));
  f.push_back(feature_key(kS0wB0p2, S0.w, B0.p, B1.p));
  f.push_back(feature_key(kS0c, S0.c));
  f.push_back(feature_key(kB0c, B0.c));
  f.push_back(feature_key(kS1c, S1.c));
  f.push_back(feature_key(kB1c, B1.c));
  f.push_back(feature_key(kS0cB0c, S0.c, B0.c));
  f.push_back(feature_key(kS0pB0c, S0.p, B0.c));
  f.push_back(feature_key(kS0cB0p, S0.c, B0.p));
  f.push_back(feature_key(kS0cS1c, S0.c, S1.c));
  f.push_back(feature_key(kS1cS0p, S1.c, S0.p));
  f.push_back(feature_key(kS1pS0c, S1.p, S0.c));
  f.push_back(feature_key(kS0wB0c, S0.w, B0.c));
  f.push_back(feature_key(kS0cB0w, S0.c, B0.w));
  f.push_back(feature_key(kS0l, S0.l));
  f.push_back(feature_key(kB0l, B0.l));
  f.push_back(feature_key(kS1l, S1.l));
  f.push_back(feature_key(kS0lB0l, S0.l, B0.l));
  f.push_back(feature_key(kS0lS1l, S0.l, S1.l));
  f.push_back(feature_key(kS0cB0cB1p, S0.c, B0.c, B1.p));
  f.push_back(feature_key(kS0RcB0c, S0R.c, B0.c));
  f.push_back(feature_key(kB0LcS0c, B0L.c, S0.c));
  f.push_back(feature_key(kS1cS0cB0c, S1.c, S0.c, B0.c));
}

ParseResult Parser::parse(std::span<const ParserInput> words, const Lexicon& lexicon) const {
  thread_local std::vector<WordInfo> info;
  thread_local std::vector<uint64_t> feats;
  thread_local std::vector<float> scores;
  const int n = static_cast<int>(words.size());
  if (n == 0) return {};
  prepare(words, lexicon, info);
  ParseState st(n);
  scores.resize(moves_.size());
  while (!st.terminal()) {
    features(st, info, feats);
    std::fill(scores.begin(), scores.end(), 0.0f);
    weights_.score(feats, scores);
    moves_.apply_best(st, scores);
  }
  return finished_tree(st, moves_, n);
}

ParseResult finished_tree(const ParseState& st, const MoveSet& moves, int words) {
  ParseResult r;
  r.heads.resize(static_cast<size_t>(words));
  r.labels.resize(static_cast<size_t>(words));
  for (int i = 0; i < words; ++i) {
    r.heads[static_cast<size_t>(i)] = st.head(i);
    r.labels[static_cast<size_t>(i)] = moves.label(st.label(i));
  }
  deprojectivize(r.heads, r.labels);
  return r;
}

std::pair<double, double> Parser::attachment(std::span<const ParserExample> gold,
                                             const Lexicon& lexicon) const {
  return attachment_scores(gold,
                           [&](std::span<const ParserInput> in) { return parse(in, lexicon); });
}

Parser Parser::train(std::span<const ParserExample> train, std::span<const ParserExample> dev,
                     const Lexicon& lexicon, const ParserTrainOptions& options) {
  Parser p;
  TrainingTrees gold = training_trees(train, options.min_lifted_label);
  p.moves_ = gold.moves;
  if (options.log)
    options.log("parser: " + std::to_string(train.size()) + " sentences (" +
                std::to_string(gold.lifted) + " made projective), " +
                std::to_string(p.moves_.label_count()) + " labels");
  std::vector<std::vector<WordInfo>> info(train.size());
  std::vector<ParserInput> in;
  for (size_t s = 0; s < train.size(); ++s) {
    in.clear();
    for (size_t i = 0; i < train[s].forms.size(); ++i)
      in.push_back({train[s].forms[i], train[s].lemmas[i], train[s].xpos[i], train[s].upos[i]});
    prepare(in, lexicon, info[s]);
  }

  PerceptronTrainer trainer(p.moves_.size());
  std::mt19937_64 rng(options.seed);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  std::vector<size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<uint64_t> feats;
  std::vector<float> scores(p.moves_.size());
  std::vector<int> cost;
  double best_las = -1;
  WeightTable best;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    const bool explore = epoch > options.explore_after;
    size_t moves = 0, mistakes = 0;
    for (size_t idx : order) {
      const int n = static_cast<int>(gold.heads[idx].size());
      if (n == 0) continue;
      ParseState st(n);
      while (!st.terminal()) {
        p.features(st, info[idx], feats);
        std::fill(scores.begin(), scores.end(), 0.0f);
        trainer.score(feats, scores);
        p.moves_.costs(st, gold.heads[idx], gold.labels[idx], cost);
        const auto [pred, oracle] = best_moves(scores, cost);
        ++moves;
        if (cost[pred] > cost[oracle]) {
          ++mistakes;
          trainer.update(feats, oracle, pred);
        }
        trainer.tick();
        const Transition act =
            p.moves_.action(explore && coin(rng) < options.explore ? pred : oracle);
        st.apply(act.move, act.label);
      }
    }
    p.weights_ = trainer.average();
    const auto [uas, las] = dev.empty() ? std::pair{0.0, 0.0} : p.attachment(dev, lexicon);
    if (options.log)
      options.log("parser epoch " + std::to_string(epoch) + ": " +
                  std::to_string(100.0 * static_cast<double>(mistakes) / static_cast<double>(moves))
                      .substr(0, 5) +
                  "% wrong moves, dev UAS " + std::to_string(100 * uas).substr(0, 5) + " LAS " +
                  std::to_string(100 * las).substr(0, 5) + ", " +
                  std::to_string(p.weights_.features()) + " features");
    if (dev.empty() || las > best_las) {
      best_las = las;
      best = p.weights_;
    }
  }
  p.weights_ = std::move(best);
  return p;
}

void Parser::save(ModelWriter& out) const {
  out.section("parser");
  moves_.save(out);
  weights_.save(out);
}

Parser Parser::load(ModelReader& in) {
  in.section("parser");
  Parser p;
  p.moves_ = MoveSet::load(in);
  p.weights_ = WeightTable::load(in);
  if (p.weights_.classes() != p.moves_.size()) in.fail("parser weights do not match its labels");
  return p;
}

}  // namespace kg::nlp
