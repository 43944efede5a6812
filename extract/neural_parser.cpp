#include "neural_parser.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "annotation.hpp"
#include "feature_hash.hpp"
#include "projectivize.hpp"
#include "word_features.hpp"

namespace kg::extract {
namespace {

constexpr size_t kSuffixBuckets = 4096;
constexpr size_t kShapeBuckets = 512;
constexpr size_t kClassBuckets = 160;
constexpr size_t kPrefixBuckets = 2048;
constexpr size_t kSlots = 5;  // s2, s1, s0, b0, b1

// Slot word for the MLP: -1 (nothing) maps to the "none" row n + 1.
inline size_t slot_row(int w, size_t n) {
  return w < 0 ? n + 1 : static_cast<size_t>(w);
}

}  // namespace

struct NeuralParser::Inputs {
  std::vector<uint32_t> word, tag, upos, suffix, prefix, shape, cls;
};

struct NeuralParser::Workspace {
  size_t n = 0;
  std::vector<float> x;                // n x D
  std::vector<float> fg, fc, fh, ftc;  // forward LSTM: gates n x 4H, c, h, tanh(c) n x H
  std::vector<float> bg, bc, bh, btc;  // backward LSTM
  std::vector<float> v;                // (n + 2) x 2H: words, root, none
  std::vector<float> p;                // (n + 2) x 4M: first layer per slot
  std::vector<float> dp, dv, dx;       // gradients
  std::vector<float> xh, z, dz, dxh;   // scratch
  std::vector<float> x_mask, v_mask;   // dropout masks (training), already scaled
  bool inference = false;              // encoded with the precomputed tables
};

NeuralParser::NeuralParser() = default;

void NeuralParser::build(const NeuralParserOptions& o, size_t words, size_t tags, size_t upos,
                         std::mt19937_64* rng) {
  word_dim_ = o.word_dim;
  tag_dim_ = o.tag_dim;
  upos_dim_ = o.upos_dim;
  suffix_dim_ = o.suffix_dim;
  prefix_dim_ = o.prefix_dim;
  shape_dim_ = o.shape_dim;
  class_dim_ = o.class_dim;
  input_dim_ =
      word_dim_ + tag_dim_ + upos_dim_ + suffix_dim_ + prefix_dim_ + shape_dim_ + class_dim_;
  lstm_ = o.lstm;
  mlp_ = o.mlp;
  const size_t H = lstm_, D = input_dim_, M = mlp_, C = action_count();
  word_emb_ = nn::Param("word", words, word_dim_, true);
  tag_emb_ = nn::Param("tag", tags, tag_dim_, true);
  upos_emb_ = nn::Param("upos", upos, upos_dim_, true);
  suffix_emb_ = nn::Param("suffix", kSuffixBuckets, suffix_dim_, true);
  prefix_emb_ = nn::Param("prefix", kPrefixBuckets, prefix_dim_, true);
  shape_emb_ = nn::Param("shape", kShapeBuckets, shape_dim_, true);
  class_emb_ = nn::Param("class", kClassBuckets, class_dim_, true);
  fwd_w_ = nn::Param("lstm.fwd.w", 4 * H, D + H);
  fwd_b_ = nn::Param("lstm.fwd.b", 4 * H, 1);
  bwd_w_ = nn::Param("lstm.bwd.w", 4 * H, D + H);
  bwd_b_ = nn::Param("lstm.bwd.b", 4 * H, 1);
  special_ = nn::Param("special", 2, 2 * H);
  w1_ = nn::Param("mlp.w1", kSlots * M, 2 * H);
  b1_ = nn::Param("mlp.b1", M, 1);
  w2_ = nn::Param("mlp.w2", C, M);
  b2_ = nn::Param("mlp.b2", C, 1);
  if (!rng) return;
  word_emb_.init_normal(*rng, 0.1f);
  tag_emb_.init_normal(*rng, 0.1f);
  upos_emb_.init_normal(*rng, 0.1f);
  suffix_emb_.init_normal(*rng, 0.1f);
  prefix_emb_.init_normal(*rng, 0.1f);
  shape_emb_.init_normal(*rng, 0.1f);
  class_emb_.init_normal(*rng, 0.1f);
  const float lstm_scale = std::sqrt(6.0f / static_cast<float>(4 * H + D + H));
  fwd_w_.init_uniform(*rng, lstm_scale);
  bwd_w_.init_uniform(*rng, lstm_scale);
  for (size_t h = H; h < 2 * H; ++h) fwd_b_.w[h] = bwd_b_.w[h] = 1.0f;  // forget gate
  special_.init_normal(*rng, 0.1f);
  w1_.init_uniform(*rng, std::sqrt(6.0f / static_cast<float>(M + kSlots * 2 * H)));
  w2_.init_uniform(*rng, std::sqrt(6.0f / static_cast<float>(C + M)));
}

void NeuralParser::precompute() {
  const size_t H = lstm_, D = input_dim_;
  const nn::Param* embs[] = {&word_emb_,   &tag_emb_,   &upos_emb_, &suffix_emb_,
                             &prefix_emb_, &shape_emb_, &class_emb_};
  projected_.clear();
  size_t offset = 0;
  for (const nn::Param* e : embs) {
    std::vector<float> table(e->rows * 8 * H, 0.0f);
    nn::gemm(fwd_w_.w.data() + offset, 4 * H, e->cols, D + H, e->w.data(), e->cols, e->rows,
             table.data(), 8 * H);
    nn::gemm(bwd_w_.w.data() + offset, 4 * H, e->cols, D + H, e->w.data(), e->cols, e->rows,
             table.data() + 4 * H, 8 * H);
    projected_.push_back(std::move(table));
    offset += e->cols;
  }
  fwd_rec_t_ = nn::transpose(fwd_w_.w.data() + D, 4 * H, H, D + H);
  bwd_rec_t_ = nn::transpose(bwd_w_.w.data() + D, 4 * H, H, D + H);
  w1_t_ = nn::transpose(w1_.w.data(), w1_.rows, w1_.cols, w1_.cols);
  w2_t_ = nn::transpose(w2_.w.data(), w2_.rows, w2_.cols, w2_.cols);
}

std::vector<nn::Param*> NeuralParser::params() {
  return {&word_emb_,  &tag_emb_, &upos_emb_, &suffix_emb_, &prefix_emb_, &shape_emb_,
          &class_emb_, &fwd_w_,   &fwd_b_,    &bwd_w_,      &bwd_b_,      &special_,
          &w1_,        &b1_,      &w2_,       &b2_};
}

Transition NeuralParser::action(size_t index) const {
  return moves_.action(index);
}
bool NeuralParser::legal(const ParseState& st, size_t index) const {
  return moves_.legal(st, index);
}

NeuralParser::Inputs NeuralParser::inputs(std::span<const ParserInput> words,
                                          const Lexicon& lexicon) const {
  Inputs in;
  for (const ParserInput& w : words) {
    const std::string norm = normalize_form(w.form);
    const auto wi = word_index_.find(hash_string(norm));
    in.word.push_back(wi == word_index_.end() ? 0 : wi->second);
    const auto ti = tag_index_.find(hash_string(w.xpos));
    in.tag.push_back(ti == tag_index_.end() ? 0 : ti->second);
    const auto ui = upos_index_.find(hash_string(w.upos));
    in.upos.push_back(ui == upos_index_.end() ? 0 : ui->second);
    const std::string_view suf =
        std::string_view(norm).substr(norm.size() > 3 ? norm.size() - 3 : 0);
    in.suffix.push_back(static_cast<uint32_t>(hash_string(suf, 3) % kSuffixBuckets));
    in.prefix.push_back(static_cast<uint32_t>(hash_string(std::string_view(norm).substr(0, 3), 5) %
                                              kPrefixBuckets));
    in.shape.push_back(static_cast<uint32_t>(hash_string(word_shape(w.form), 4) % kShapeBuckets));
    const std::string lemma = lowercase(w.lemma);
    uint32_t cls = 0;
    if (w.upos == "NOUN" || w.upos == "PROPN")
      cls = lexicon.noun_sense(lemma);
    else if (w.upos == "VERB")
      cls = 64u + lexicon.verb_sense(lemma);
    in.cls.push_back(cls % kClassBuckets);
  }
  return in;
}

void NeuralParser::encode(const Inputs& in, Workspace& ws, float dropout,
                          std::mt19937_64* rng) const {
  const size_t n = in.word.size(), D = input_dim_, H = lstm_, M = mlp_;
  ws.n = n;
  ws.x.assign(n * D, 0.0f);
  for (size_t i = 0; i < n; ++i) {
    float* x = &ws.x[i * D];
    std::copy_n(word_emb_.row(in.word[i]), word_dim_, x);
    x += word_dim_;
    std::copy_n(tag_emb_.row(in.tag[i]), tag_dim_, x);
    x += tag_dim_;
    std::copy_n(upos_emb_.row(in.upos[i]), upos_dim_, x);
    x += upos_dim_;
    std::copy_n(suffix_emb_.row(in.suffix[i]), suffix_dim_, x);
    x += suffix_dim_;
    std::copy_n(prefix_emb_.row(in.prefix[i]), prefix_dim_, x);
    x += prefix_dim_;
    std::copy_n(shape_emb_.row(in.shape[i]), shape_dim_, x);
    x += shape_dim_;
    std::copy_n(class_emb_.row(in.cls[i]), class_dim_, x);
  }
  auto make_mask = [&](std::vector<float>& mask, size_t size) {
    mask.assign(size, 1.0f);
    if (dropout <= 0 || !rng) return;
    std::bernoulli_distribution keep(1.0 - dropout);
    const float scale = 1.0f / (1.0f - dropout);
    for (float& m : mask) m = keep(*rng) ? scale : 0.0f;
  };
  make_mask(ws.x_mask, n * D);
  if (dropout > 0 && rng)
    for (size_t i = 0; i < n * D; ++i) ws.x[i] *= ws.x_mask[i];
  const bool use_tables = !projected_.empty() && !(dropout > 0 && rng);
  ws.xh.resize(D + H);
  auto run = [&](const nn::Param& W, const nn::Param& B, std::vector<float>& g,
                 std::vector<float>& c, std::vector<float>& h, std::vector<float>& tc,
                 bool forward) {
    g.assign(n * 4 * H, 0.0f);
    c.assign(n * H, 0.0f);
    h.assign(n * H, 0.0f);
    tc.assign(n * H, 0.0f);
    // Input part for all words at once (W[:, :D] x_t), then the recurrent part per step.
    if (use_tables) {
      const size_t half = forward ? 0 : 4 * H;
      const std::vector<uint32_t>* ids[] = {&in.word,   &in.tag,   &in.upos, &in.suffix,
                                            &in.prefix, &in.shape, &in.cls};
      // One pass per word over its table rows, not one read-modify-write per table.
      std::vector<const float*> rows(projected_.size());
      for (size_t t = 0; t < n; ++t) {
        for (size_t k = 0; k < projected_.size(); ++k)
          rows[k] = &projected_[k][(*ids[k])[t] * 8 * H + half];
        nn::sum_rows(rows.data(), rows.size(), 4 * H, &g[t * 4 * H]);
      }
    } else {
      nn::gemm(W.w.data(), 4 * H, D, D + H, ws.x.data(), D, n, g.data(), 4 * H);
    }
    for (size_t step = 0; step < n; ++step) {
      const size_t t = forward ? step : n - 1 - step;
      const float* h_prev = step == 0 ? nullptr : &h[(forward ? t - 1 : t + 1) * H];
      const float* c_prev = step == 0 ? nullptr : &c[(forward ? t - 1 : t + 1) * H];
      float* z = &g[t * 4 * H];
      nn::axpy(4 * H, 1.0f, B.w.data(), z);
      if (h_prev) {
        ws.z.resize(4 * H);
        if (use_tables)
          nn::gemm_t(forward ? fwd_rec_t_.data() : bwd_rec_t_.data(), 4 * H, H, h_prev, H, 1,
                     ws.z.data(), 4 * H);
        else
          nn::gemm(W.w.data() + D, 4 * H, H, D + H, h_prev, H, 1, ws.z.data(), 4 * H);
        nn::axpy(4 * H, 1.0f, ws.z.data(), z);
      }
      nn::sigmoid(z, 3 * H);   // gates i, f, o
      nn::tanh(z + 3 * H, H);  // candidate g
      float* ct = &c[t * H];
      float* tct = &tc[t * H];
      for (size_t k = 0; k < H; ++k)
        ct[k] = z[H + k] * (c_prev ? c_prev[k] : 0.0f) + z[k] * z[3 * H + k];
      std::copy_n(ct, H, tct);
      nn::tanh(tct, H);
      for (size_t k = 0; k < H; ++k) h[t * H + k] = z[2 * H + k] * tct[k];
    }
  };
  run(fwd_w_, fwd_b_, ws.fg, ws.fc, ws.fh, ws.ftc, true);
  run(bwd_w_, bwd_b_, ws.bg, ws.bc, ws.bh, ws.btc, false);
  ws.v.assign((n + 2) * 2 * H, 0.0f);
  for (size_t i = 0; i < n; ++i) {
    std::copy_n(&ws.fh[i * H], H, &ws.v[i * 2 * H]);
    std::copy_n(&ws.bh[i * H], H, &ws.v[i * 2 * H + H]);
  }
  make_mask(ws.v_mask, n * 2 * H);
  if (dropout > 0 && rng)
    for (size_t i = 0; i < n * 2 * H; ++i) ws.v[i] *= ws.v_mask[i];
  std::copy_n(special_.row(0), 2 * H, &ws.v[n * 2 * H]);
  std::copy_n(special_.row(1), 2 * H, &ws.v[(n + 1) * 2 * H]);
  ws.p.assign((n + 2) * kSlots * M, 0.0f);
  if (use_tables)
    nn::gemm_t(w1_t_.data(), kSlots * M, 2 * H, ws.v.data(), 2 * H, n + 2, ws.p.data(), kSlots * M);
  else
    nn::gemm(w1_.w.data(), kSlots * M, 2 * H, 2 * H, ws.v.data(), 2 * H, n + 2, ws.p.data(),
             kSlots * M);
  ws.inference = use_tables;
}

void NeuralParser::score(const ParseState& st, Workspace& ws, float* hidden, float* scores) const {
  const size_t M = mlp_, n = ws.n;
  const size_t rows[kSlots] = {slot_row(st.stack(2), n), slot_row(st.stack(1), n),
                               slot_row(st.stack(0), n), slot_row(st.buffer(0), n),
                               slot_row(st.buffer(1), n)};
  const float* parts[kSlots + 1] = {b1_.w.data()};
  for (size_t k = 0; k < kSlots; ++k) parts[k + 1] = &ws.p[(rows[k] * kSlots + k) * M];
  nn::sum_rows(parts, kSlots + 1, M, hidden);
  nn::tanh(hidden, M);
  if (ws.inference) {
    nn::gemm_t(w2_t_.data(), action_count(), M, hidden, M, 1, scores, action_count());
    nn::axpy(action_count(), 1.0f, b2_.w.data(), scores);
  } else {
    std::copy(b2_.w.begin(), b2_.w.end(), scores);
    nn::gemv(w2_.w.data(), action_count(), M, hidden, scores, true);
  }
}

void NeuralParser::encode_backward(const Inputs& in, Workspace& ws) {
  const size_t n = ws.n, D = input_dim_, H = lstm_, M = mlp_;
  // First layer: weights and the BiLSTM vectors.
  ws.dv.assign((n + 2) * 2 * H, 0.0f);
  for (size_t i = 0; i < n + 2; ++i) {
    const float* dp = &ws.dp[i * kSlots * M];
    if (std::all_of(dp, dp + kSlots * M, [](float x) { return x == 0.0f; })) continue;
    nn::ger(w1_.g.data(), kSlots * M, 2 * H, dp, &ws.v[i * 2 * H]);
    nn::gemv_t(w1_.w.data(), kSlots * M, 2 * H, dp, &ws.dv[i * 2 * H]);
  }
  for (size_t i = 0; i < n * 2 * H; ++i) ws.dv[i] *= ws.v_mask[i];
  nn::axpy(2 * H, 1.0f, &ws.dv[n * 2 * H], special_.g.data());
  nn::axpy(2 * H, 1.0f, &ws.dv[(n + 1) * 2 * H], special_.g.data() + 2 * H);
  ws.dx.assign(n * D, 0.0f);
  ws.dz.resize(4 * H);
  ws.dxh.resize(D + H);
  auto back = [&](nn::Param& W, nn::Param& B, const std::vector<float>& g,
                  const std::vector<float>& c, const std::vector<float>& h,
                  const std::vector<float>& tc, size_t offset, bool forward) {
    std::vector<float> dh_next(H, 0.0f), dc_next(H, 0.0f);
    for (size_t step = n; step-- > 0;) {
      const size_t t = forward ? step : n - 1 - step;
      const bool first = step == 0;
      const size_t prev = forward ? t - 1 : t + 1;
      const float* gt = &g[t * 4 * H];
      for (size_t k = 0; k < H; ++k) {
        const float i_ = gt[k], f_ = gt[H + k], o_ = gt[2 * H + k], g_ = gt[3 * H + k];
        const float dh = ws.dv[t * 2 * H + offset + k] + dh_next[k];
        const float t_c = tc[t * H + k];
        const float d_o = dh * t_c;
        const float dc = dh * o_ * (1 - t_c * t_c) + dc_next[k];
        const float c_prev = first ? 0.0f : c[prev * H + k];
        ws.dz[k] = dc * g_ * i_ * (1 - i_);
        ws.dz[H + k] = dc * c_prev * f_ * (1 - f_);
        ws.dz[2 * H + k] = d_o * o_ * (1 - o_);
        ws.dz[3 * H + k] = dc * i_ * (1 - g_ * g_);
        dc_next[k] = dc * f_;
      }
      nn::axpy(4 * H, 1.0f, ws.dz.data(), B.g.data());
      std::copy_n(&ws.x[t * D], D, ws.xh.data());
      if (first)
        std::fill_n(ws.xh.data() + D, H, 0.0f);
      else
        std::copy_n(&h[prev * H], H, ws.xh.data() + D);
      nn::ger(W.g.data(), 4 * H, D + H, ws.dz.data(), ws.xh.data());
      std::fill(ws.dxh.begin(), ws.dxh.end(), 0.0f);
      nn::gemv_t(W.w.data(), 4 * H, D + H, ws.dz.data(), ws.dxh.data());
      nn::axpy(D, 1.0f, ws.dxh.data(), &ws.dx[t * D]);
      std::copy_n(ws.dxh.data() + D, H, dh_next.data());
    }
  };
  back(fwd_w_, fwd_b_, ws.fg, ws.fc, ws.fh, ws.ftc, 0, true);
  back(bwd_w_, bwd_b_, ws.bg, ws.bc, ws.bh, ws.btc, H, false);
  for (size_t i = 0; i < n * D; ++i) ws.dx[i] *= ws.x_mask[i];
  for (size_t i = 0; i < n; ++i) {
    const float* dx = &ws.dx[i * D];
    nn::axpy(word_dim_, 1.0f, dx, word_emb_.grad_row(in.word[i]));
    dx += word_dim_;
    nn::axpy(tag_dim_, 1.0f, dx, tag_emb_.grad_row(in.tag[i]));
    dx += tag_dim_;
    nn::axpy(upos_dim_, 1.0f, dx, upos_emb_.grad_row(in.upos[i]));
    dx += upos_dim_;
    nn::axpy(suffix_dim_, 1.0f, dx, suffix_emb_.grad_row(in.suffix[i]));
    dx += suffix_dim_;
    nn::axpy(prefix_dim_, 1.0f, dx, prefix_emb_.grad_row(in.prefix[i]));
    dx += prefix_dim_;
    nn::axpy(shape_dim_, 1.0f, dx, shape_emb_.grad_row(in.shape[i]));
    dx += shape_dim_;
    nn::axpy(class_dim_, 1.0f, dx, class_emb_.grad_row(in.cls[i]));
  }
}

ParseResult NeuralParser::parse(std::span<const ParserInput> words, const Lexicon& lexicon) const {
  thread_local Workspace ws;
  thread_local std::vector<float> hidden, scores;
  const int n = static_cast<int>(words.size());
  if (n == 0) return {};
  encode(inputs(words, lexicon), ws);
  hidden.resize(mlp_);
  scores.resize(action_count());
  ParseState st(n);
  while (!st.terminal()) {
    score(st, ws, hidden.data(), scores.data());
    moves_.apply_best(st, scores);
  }
  return finished_tree(st, moves_, n);
}

std::pair<double, double> NeuralParser::attachment(std::span<const ParserExample> gold,
                                                   const Lexicon& lexicon) const {
  return attachment_scores(gold,
                           [&](std::span<const ParserInput> in) { return parse(in, lexicon); });
}

NeuralParser NeuralParser::train(std::span<const ParserExample> train,
                                 std::span<const ParserExample> dev, const Lexicon& lexicon,
                                 const NeuralParserOptions& o) {
  NeuralParser p;
  TrainingTrees gold = training_trees(train, o.min_lifted_label);
  p.moves_ = gold.moves;
  // Vocabularies.
  std::unordered_map<uint64_t, uint32_t> counts;
  for (const auto& ex : train)
    for (const auto& f : ex.forms) ++counts[hash_string(normalize_form(f))];
  std::vector<std::pair<uint64_t, uint32_t>> frequent;
  for (const auto& [h, c] : counts)
    if (c >= static_cast<uint32_t>(o.min_word_count)) frequent.emplace_back(h, c);
  std::sort(frequent.begin(), frequent.end());
  p.word_count_.assign(1, 0);
  for (const auto& [h, c] : frequent) {
    p.word_index_[h] = static_cast<uint32_t>(p.word_count_.size());
    p.word_count_.push_back(c);
  }
  std::vector<std::string> tags;
  for (const auto& ex : train)
    for (const auto& t : ex.xpos) tags.push_back(t);
  std::sort(tags.begin(), tags.end());
  tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
  for (const auto& t : tags)
    p.tag_index_[hash_string(t)] = static_cast<uint32_t>(p.tag_index_.size() + 1);
  for (size_t u = 0; u < kUposCount; ++u)
    p.upos_index_[hash_string(to_string(static_cast<Upos>(u)))] = static_cast<uint32_t>(u + 1);
  std::mt19937_64 rng(o.seed);
  p.build(o, p.word_count_.size(), tags.size() + 1, kUposCount + 1, &rng);
  if (o.log)
    o.log("neural parser: " + std::to_string(train.size()) + " sentences (" +
          std::to_string(gold.lifted) + " made projective), " +
          std::to_string(p.moves_.label_count()) + " labels, " +
          std::to_string(p.word_count_.size()) + " words, BiLSTM " + std::to_string(o.lstm) +
          "x2, MLP " + std::to_string(o.mlp));

  std::vector<Inputs> inputs(train.size());
  std::vector<ParserInput> in;
  for (size_t s = 0; s < train.size(); ++s) {
    in.clear();
    for (size_t i = 0; i < train[s].forms.size(); ++i)
      in.push_back({train[s].forms[i], train[s].lemmas[i], train[s].xpos[i], train[s].upos[i]});
    inputs[s] = p.inputs(in, lexicon);
  }

  nn::Adam adam(o.learning_rate);
  const auto params = p.params();
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  std::vector<size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  Workspace ws;
  const size_t C = p.action_count(), M = p.mlp_;
  std::vector<float> hidden(M), scores(C), d(C), dh(M);
  std::vector<int> cost;
  double best_las = -1;
  std::vector<std::vector<float>> best_weights;
  // A running average of the weights generalizes better than the last
  // weights Adam left (Polyak averaging); it is what is evaluated and kept.
  std::vector<std::vector<float>> averaged;
  for (const nn::Param* q : params) averaged.push_back(q->w);
  auto step = [&](float scale) {
    adam.step(params, scale);
    for (size_t i = 0; i < params.size(); ++i) {
      float* avg = averaged[i].data();
      const float* w = params[i]->w.data();
      const size_t n = averaged[i].size();
      for (size_t k = 0; k < n; ++k) avg[k] = o.average * avg[k] + (1 - o.average) * w[k];
    }
  };
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    const bool explore = epoch > o.explore_after;
    size_t moves = 0, mistakes = 0, batch_moves = 0, batch_sentences = 0;
    double loss = 0;
    for (size_t idx : order) {
      const int n = static_cast<int>(gold.heads[idx].size());
      if (n == 0) continue;
      // Word and tag dropout: rare words learn to stand in for unknown ones.
      Inputs x = inputs[idx];
      for (auto& w : x.word)
        if (w &&
            coin(rng) < o.word_dropout / (o.word_dropout + static_cast<float>(p.word_count_[w])))
          w = 0;
      for (auto& t : x.tag)
        if (coin(rng) < o.tag_dropout) t = 0;
      p.encode(x, ws, o.dropout, &rng);
      ws.dp.assign((static_cast<size_t>(n) + 2) * kSlots * M, 0.0f);
      ParseState st(n);
      while (!st.terminal()) {
        p.score(st, ws, hidden.data(), scores.data());
        p.moves_.costs(st, gold.heads[idx], gold.labels[idx], cost);
        const auto [pred, oracle] = best_moves(scores, cost);
        // Softmax over the legal moves; the oracle's move is the target.
        float mx = -std::numeric_limits<float>::infinity();
        for (size_t a = 0; a < C; ++a)
          if (cost[a] >= 0) mx = std::max(mx, scores[a]);
        float z = 0;
        for (size_t a = 0; a < C; ++a) {
          d[a] = cost[a] >= 0 ? std::exp(scores[a] - mx) : 0.0f;
          z += d[a];
        }
        for (size_t a = 0; a < C; ++a) d[a] /= z;
        loss -= std::log(std::max(d[oracle], 1e-12f));
        d[oracle] -= 1.0f;
        // Backward through the MLP.
        nn::ger(p.w2_.g.data(), C, M, d.data(), hidden.data());
        nn::axpy(C, 1.0f, d.data(), p.b2_.g.data());
        std::fill(dh.begin(), dh.end(), 0.0f);
        nn::gemv_t(p.w2_.w.data(), C, M, d.data(), dh.data());
        for (size_t j = 0; j < M; ++j) dh[j] *= 1 - hidden[j] * hidden[j];
        nn::axpy(M, 1.0f, dh.data(), p.b1_.g.data());
        const size_t rows[kSlots] = {slot_row(st.stack(2), static_cast<size_t>(n)),
                                     slot_row(st.stack(1), static_cast<size_t>(n)),
                                     slot_row(st.stack(0), static_cast<size_t>(n)),
                                     slot_row(st.buffer(0), static_cast<size_t>(n)),
                                     slot_row(st.buffer(1), static_cast<size_t>(n))};
        for (size_t k = 0; k < kSlots; ++k)
          nn::axpy(M, 1.0f, dh.data(), &ws.dp[(rows[k] * kSlots + k) * M]);
        ++moves;
        ++batch_moves;
        mistakes += cost[pred] > cost[oracle];
        const Transition act = p.action(explore && coin(rng) < o.explore ? pred : oracle);
        st.apply(act.move, act.label);
      }
      p.encode_backward(x, ws);
      if (++batch_sentences == o.batch) {
        step(1.0f / static_cast<float>(batch_moves));
        batch_moves = batch_sentences = 0;
      }
    }
    if (batch_sentences) step(1.0f / static_cast<float>(batch_moves));
    for (size_t i = 0; i < params.size(); ++i) std::swap(params[i]->w, averaged[i]);
    const auto [uas, las] = dev.empty() ? std::pair{0.0, 0.0} : p.attachment(dev, lexicon);
    if (o.log)
      o.log("neural parser epoch " + std::to_string(epoch) + ": loss " +
            std::to_string(loss / static_cast<double>(moves)).substr(0, 6) + ", " +
            std::to_string(100.0 * static_cast<double>(mistakes) / static_cast<double>(moves))
                .substr(0, 5) +
            "% wrong moves, dev UAS " + std::to_string(100 * uas).substr(0, 5) + " LAS " +
            std::to_string(100 * las).substr(0, 5));
    if (dev.empty() || las > best_las) {
      best_las = las;
      best_weights.clear();
      for (const nn::Param* q : params) best_weights.push_back(q->w);
    }
    for (size_t i = 0; i < params.size(); ++i) std::swap(params[i]->w, averaged[i]);
  }
  for (size_t i = 0; i < params.size(); ++i) {
    params[i]->w = std::move(best_weights[i]);
    params[i]->g.clear();
    params[i]->m.clear();
    params[i]->v.clear();
  }
  p.word_count_.clear();
  p.precompute();
  return p;
}

void NeuralParser::save(ModelWriter& out) const {
  out.section("neural-parser");
  moves_.save(out);
  for (uint64_t v : {word_dim_, tag_dim_, upos_dim_, suffix_dim_, prefix_dim_, shape_dim_,
                     class_dim_, lstm_, mlp_})
    out.u64(v);
  auto save_index = [&](const std::unordered_map<uint64_t, uint32_t>& m) {
    std::vector<std::pair<uint64_t, uint32_t>> v(m.begin(), m.end());
    std::sort(v.begin(), v.end());
    out.u64(v.size());
    for (const auto& [k, i] : v) {
      out.u64(k);
      out.u32(i);
    }
  };
  save_index(word_index_);
  save_index(tag_index_);
  save_index(upos_index_);
  for (const nn::Param* q : const_cast<NeuralParser*>(this)->params()) q->save(out);
}

NeuralParser NeuralParser::load(ModelReader& in) {
  in.section("neural-parser");
  NeuralParser p;
  p.moves_ = MoveSet::load(in);
  NeuralParserOptions o;
  size_t* dims[] = {&o.word_dim,  &o.tag_dim,   &o.upos_dim, &o.suffix_dim, &o.prefix_dim,
                    &o.shape_dim, &o.class_dim, &o.lstm,     &o.mlp};
  for (size_t* dim : dims) {
    *dim = in.u64();
    if (*dim == 0 || *dim > 4096) in.fail("bad network size");
  }
  auto load_index = [&](std::unordered_map<uint64_t, uint32_t>& m, size_t& rows) {
    const uint64_t n = in.u64();
    m.reserve(n);
    rows = 1;
    for (uint64_t i = 0; i < n; ++i) {
      const uint64_t k = in.u64();
      const uint32_t r = in.u32();
      m.emplace(k, r);
      rows = std::max<size_t>(rows, r + 1);
    }
  };
  size_t words = 0, tags = 0, upos = 0;
  load_index(p.word_index_, words);
  load_index(p.tag_index_, tags);
  load_index(p.upos_index_, upos);
  p.build(o, words, tags, upos, nullptr);
  for (nn::Param* q : p.params()) q->load(in);
  p.precompute();
  return p;
}

}  // namespace kg::extract
