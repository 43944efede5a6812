#include "extract/nlp/neural_parser.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <thread>

#include "extract/nlp/annotation.hpp"
#include "extract/nlp/feature_hash.hpp"
#include "extract/nlp/projectivize.hpp"
#include "extract/text/word_features.hpp"

namespace kg::nlp {

using text::lowercase;
using text::normalize_form;
using text::word_shape;
namespace {

constexpr size_t kSlots = 5;  // s2, s1, s0, b0, b1

// Per feature: parameter name and, for hashed features, the bucket count
// (0: a vocabulary feature whose rows come from the training data).
struct FeatureSpec {
  const char* name;
  size_t buckets;
};
constexpr FeatureSpec kFeatures[NeuralParser::kFeatureCount] = {
    {"word", 0},      {"tag", 0},     {"upos", 0},   {"suffix", 4096},
    {"prefix", 2048}, {"shape", 512}, {"class", 160}};

uint32_t bucket(std::string_view s, uint64_t salt, size_t buckets) {
  return static_cast<uint32_t>(hash_string(s, salt) % buckets);
}

// Moves the gradient of a replica's parameter into the master's.
void add_gradient(nn::Param& from, nn::Param& to) {
  if (!from.sparse) {
    nn::axpy(from.g.size(), 1.0f, from.g.data(), to.g.data());
    std::fill(from.g.begin(), from.g.end(), 0.0f);
    return;
  }
  for (uint32_t r : from.touched) {  // a row listed twice is zero the second time
    float* row = from.g.data() + r * from.cols;
    nn::axpy(from.cols, 1.0f, row, to.grad_row(r));
    std::fill_n(row, from.cols, 0.0f);
  }
  from.touched.clear();
}

// The rows the MLP reads for s2, s1, s0, b0 and b1 of a sentence of n words:
// a word, the root (row n) or nothing in the slot (the "none" row n + 1).
std::array<size_t, kSlots> slot_rows(const ParseState& st, size_t n) {
  std::array<size_t, kSlots> rows{};
  const int words[kSlots] = {st.stack(2), st.stack(1), st.stack(0), st.buffer(0), st.buffer(1)};
  for (size_t k = 0; k < kSlots; ++k)
    rows[k] = words[k] < 0 ? n + 1 : static_cast<size_t>(words[k]);
  return rows;
}

}  // namespace

struct NeuralParser::Inputs {
  std::vector<uint32_t> ids[kFeatureCount];  // per feature, one row per word
  size_t size() const { return ids[kWord].size(); }
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
};

// Inference over a batch of sentences, k of them, N words in all.
struct NeuralParser::BatchWorkspace {
  std::vector<size_t> order;          // sentences with words, longest first
  std::vector<size_t> start;          // first word of order[j] in the arrays below
  std::vector<float> g;               // N x 8H: forward gates, backward gates
  std::vector<float> v;               // N x 2H: BiLSTM vectors
  std::vector<float> p;               // N x 5M: first MLP layer per slot
  std::vector<float> c, hb, zb;       // k x H cell states, k x H gathered h, k x 4H
  std::vector<float> hidden, scores;  // k x M, k x C
  std::vector<const float*> rows;
};

NeuralParser::NeuralParser() = default;

void NeuralParser::build(const NeuralParserOptions& o, const size_t (&rows)[3],
                         std::mt19937_64* rng) {
  if (o.dims.size() != kFeatureCount)
    throw std::invalid_argument("neural parser: one embedding size per input feature");
  input_dim_ = 0;
  emb_.clear();
  for (size_t f = 0; f < kFeatureCount; ++f) {
    size_t count = kFeatures[f].buckets;
    if (f == kWord) count = rows[0];
    if (f == kXpos) count = rows[1];
    if (f == kUpos) count = rows[2];
    emb_.emplace_back(kFeatures[f].name, count, o.dims[f], true);
    input_dim_ += o.dims[f];
  }
  lstm_ = o.lstm;
  mlp_ = o.mlp;
  const size_t H = lstm_, D = input_dim_, M = mlp_, C = action_count();
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
  for (nn::Param& e : emb_) e.init_normal(*rng, 0.1f);
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
  projected_.clear();
  size_t offset = 0;
  for (const nn::Param& e : emb_) {
    std::vector<float> table(e.rows * 8 * H, 0.0f);
    nn::gemm(fwd_w_.w.data() + offset, 4 * H, e.cols, D + H, e.w.data(), e.cols, e.rows,
             table.data(), 8 * H);
    nn::gemm(bwd_w_.w.data() + offset, 4 * H, e.cols, D + H, e.w.data(), e.cols, e.rows,
             table.data() + 4 * H, 8 * H);
    projected_.push_back(std::move(table));
    offset += e.cols;
  }
  bias_.assign(fwd_b_.w.begin(), fwd_b_.w.end());
  bias_.insert(bias_.end(), bwd_b_.w.begin(), bwd_b_.w.end());
  fwd_rec_t_ = nn::transpose(fwd_w_.w.data() + D, 4 * H, H, D + H);
  bwd_rec_t_ = nn::transpose(bwd_w_.w.data() + D, 4 * H, H, D + H);
  w1_t_ = nn::transpose(w1_.w.data(), w1_.rows, w1_.cols, w1_.cols);
  w2_t_ = nn::transpose(w2_.w.data(), w2_.rows, w2_.cols, w2_.cols);
  special_p_.assign(2 * kSlots * mlp_, 0.0f);
  nn::gemm_t(w1_t_.data(), kSlots * mlp_, 2 * H, special_.w.data(), 2 * H, 2, special_p_.data(),
             kSlots * mlp_);
}

void NeuralParser::drop_tables() {
  for (auto* v : {&bias_, &fwd_rec_t_, &bwd_rec_t_, &w1_t_, &w2_t_, &special_p_}) {
    v->clear();
    v->shrink_to_fit();
  }
  projected_.clear();
}

std::vector<nn::Param*> NeuralParser::params() {
  std::vector<nn::Param*> all;
  for (nn::Param& e : emb_) all.push_back(&e);
  for (nn::Param* q : {&fwd_w_, &fwd_b_, &bwd_w_, &bwd_b_, &special_, &w1_, &b1_, &w2_, &b2_})
    all.push_back(q);
  return all;
}

Transition NeuralParser::action(size_t index) const {
  return moves_.action(index);
}

NeuralParser::Inputs NeuralParser::inputs(std::span<const ParserInput> words,
                                          const Lexicon& lexicon) const {
  Inputs in;
  auto lookup = [](const std::unordered_map<uint64_t, uint32_t>& index, std::string_view key) {
    const auto it = index.find(hash_string(key));
    return it == index.end() ? 0u : it->second;
  };
  for (const ParserInput& w : words) {
    const std::string norm = normalize_form(w.form);
    const std::string_view v(norm);
    const std::string lemma = lowercase(w.lemma);
    uint32_t cls = 0;
    if (w.upos == "NOUN" || w.upos == "PROPN")
      cls = lexicon.noun_sense(lemma);
    else if (w.upos == "VERB")
      cls = 64u + lexicon.verb_sense(lemma);
    const uint32_t all[kFeatureCount] = {
        lookup(word_index_, norm),
        lookup(tag_index_, w.xpos),
        lookup(upos_index_, w.upos),
        bucket(v.substr(v.size() > 3 ? v.size() - 3 : 0), 3, kFeatures[kSuffix3].buckets),
        bucket(v.substr(0, 3), 5, kFeatures[kPrefix3].buckets),
        bucket(word_shape(w.form), 4, kFeatures[kShape].buckets),
        static_cast<uint32_t>(cls % kFeatures[kClass].buckets)};
    for (size_t f = 0; f < kFeatureCount; ++f) in.ids[f].push_back(all[f]);
  }
  return in;
}

void NeuralParser::encode(const Inputs& in, Workspace& ws, float dropout,
                          std::mt19937_64* rng) const {
  const size_t n = in.size(), D = input_dim_, H = lstm_, M = mlp_;
  ws.n = n;
  ws.x.assign(n * D, 0.0f);
  for (size_t i = 0; i < n; ++i) {
    float* x = &ws.x[i * D];
    for (size_t f = 0; f < kFeatureCount; ++f) {
      std::copy_n(emb_[f].row(in.ids[f][i]), emb_[f].cols, x);
      x += emb_[f].cols;
    }
  }
  auto make_mask = [&](std::vector<float>& mask, size_t size) {
    mask.assign(size, 1.0f);
    if (dropout <= 0 || !rng) return;
    std::bernoulli_distribution keep(1.0 - dropout);
    const float scale = 1.0f / (1.0f - dropout);
    for (float& m : mask) m = keep(*rng) ? scale : 0.0f;
  };
  make_mask(ws.x_mask, ws.x.size());
  if (dropout > 0 && rng)
    for (size_t i = 0; i < n * D; ++i) ws.x[i] *= ws.x_mask[i];
  ws.xh.resize(D + H);
  auto run = [&](const nn::Param& W, const nn::Param& B, std::vector<float>& g,
                 std::vector<float>& c, std::vector<float>& h, std::vector<float>& tc,
                 bool forward) {
    g.assign(n * 4 * H, 0.0f);
    c.assign(n * H, 0.0f);
    h.assign(n * H, 0.0f);
    tc.assign(n * H, 0.0f);
    // Input part for all words at once (W[:, :D] x_t), then the recurrent part per step.
    nn::gemm(W.w.data(), 4 * H, D, D + H, ws.x.data(), D, n, g.data(), 4 * H);
    for (size_t step = 0; step < n; ++step) {
      const size_t t = forward ? step : n - 1 - step;
      const float* h_prev = step == 0 ? nullptr : &h[(forward ? t - 1 : t + 1) * H];
      const float* c_prev = step == 0 ? nullptr : &c[(forward ? t - 1 : t + 1) * H];
      float* z = &g[t * 4 * H];
      nn::axpy(4 * H, 1.0f, B.w.data(), z);
      if (h_prev) {
        ws.z.resize(4 * H);
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
  nn::gemm(w1_.w.data(), kSlots * M, 2 * H, 2 * H, ws.v.data(), 2 * H, n + 2, ws.p.data(),
           kSlots * M);
}

void NeuralParser::score(const ParseState& st, Workspace& ws, float* hidden, float* scores) const {
  const size_t M = mlp_, n = ws.n;
  const auto rows = slot_rows(st, n);
  const float* parts[kSlots + 1] = {b1_.w.data()};
  for (size_t k = 0; k < kSlots; ++k) parts[k + 1] = &ws.p[(rows[k] * kSlots + k) * M];
  nn::sum_rows(parts, kSlots + 1, M, hidden);
  nn::tanh(hidden, M);
  std::copy(b2_.w.begin(), b2_.w.end(), scores);
  nn::gemv(w2_.w.data(), action_count(), M, hidden, scores, true);
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
    for (size_t f = 0; f < kFeatureCount; ++f) {
      nn::axpy(emb_[f].cols, 1.0f, dx, emb_[f].grad_row(in.ids[f][i]));
      dx += emb_[f].cols;
    }
  }
}

ParseResult NeuralParser::parse(std::span<const ParserInput> words, const Lexicon& lexicon) const {
  return std::move(parse_batch(std::span(&words, 1), lexicon).front());
}

std::vector<ParseResult> NeuralParser::parse_batch(
    std::span<const std::span<const ParserInput>> sentences, const Lexicon& lexicon) const {
  if (projected_.empty()) throw std::logic_error("neural parser used before precompute()");
  thread_local BatchWorkspace ws;
  std::vector<ParseResult> out(sentences.size());
  const size_t H = lstm_, M = mlp_, C = action_count(), P = kSlots * M;
  auto length = [&](size_t j) { return sentences[ws.order[j]].size(); };
  ws.order.clear();
  for (size_t i = 0; i < sentences.size(); ++i)
    if (!sentences[i].empty()) ws.order.push_back(i);
  // Longest first, so the sentences still running at any step are a prefix.
  std::stable_sort(ws.order.begin(), ws.order.end(),
                   [&](size_t a, size_t b) { return sentences[a].size() > sentences[b].size(); });
  const size_t k = ws.order.size();
  if (k == 0) return out;
  ws.start.assign(k + 1, 0);
  for (size_t j = 0; j < k; ++j) ws.start[j + 1] = ws.start[j] + length(j);
  const size_t N = ws.start[k];

  // Input part of both LSTMs' gates and their biases: a sum of table rows per word.
  ws.g.resize(N * 8 * H);
  ws.rows.resize(projected_.size() + 1);
  for (size_t j = 0; j < k; ++j) {
    const Inputs in = inputs(sentences[ws.order[j]], lexicon);
    for (size_t t = 0; t < in.size(); ++t) {
      for (size_t f = 0; f < projected_.size(); ++f)
        ws.rows[f] = &projected_[f][in.ids[f][t] * 8 * H];
      ws.rows.back() = bias_.data();
      nn::sum_rows(ws.rows.data(), ws.rows.size(), 8 * H, &ws.g[(ws.start[j] + t) * 8 * H]);
    }
  }
  // The recurrences, all sentences in step: one weight pass serves every sentence.
  ws.v.resize(N * 2 * H);
  ws.c.resize(k * H);
  ws.hb.resize(k * H);
  ws.zb.resize(k * 4 * H);
  for (const bool forward : {true, false}) {
    const float* rec = forward ? fwd_rec_t_.data() : bwd_rec_t_.data();
    const size_t gate = forward ? 0 : 4 * H, out_half = forward ? 0 : H;
    size_t active = k;
    for (size_t step = 0; step < length(0); ++step) {
      while (length(active - 1) <= step) --active;
      auto position = [&](size_t j, size_t s) {
        return ws.start[j] + (forward ? s : length(j) - 1 - s);
      };
      if (step > 0) {
        for (size_t j = 0; j < active; ++j)
          std::copy_n(&ws.v[position(j, step - 1) * 2 * H + out_half], H, &ws.hb[j * H]);
        nn::gemm_t(rec, 4 * H, H, ws.hb.data(), H, active, ws.zb.data(), 4 * H);
      }
      for (size_t j = 0; j < active; ++j) {
        const size_t t = position(j, step);
        float* z = &ws.g[t * 8 * H + gate];
        if (step > 0) nn::axpy(4 * H, 1.0f, &ws.zb[j * 4 * H], z);
        nn::sigmoid(z, 3 * H);   // gates i, f, o
        nn::tanh(z + 3 * H, H);  // candidate g
        float* c = &ws.c[j * H];
        float* h = &ws.v[t * 2 * H + out_half];
        for (size_t q = 0; q < H; ++q)
          c[q] = z[H + q] * (step > 0 ? c[q] : 0.0f) + z[q] * z[3 * H + q];
        std::copy_n(c, H, h);
        nn::tanh(h, H);
        for (size_t q = 0; q < H; ++q) h[q] *= z[2 * H + q];
      }
    }
  }
  // First MLP layer for every word and slot at once.
  ws.p.resize(N * P);
  nn::gemm_t(w1_t_.data(), P, 2 * H, ws.v.data(), 2 * H, N, ws.p.data(), P);

  // The transitions, all sentences in step: one output-layer pass per move.
  std::vector<ParseState> states;
  states.reserve(k);
  std::vector<size_t> running;
  for (size_t j = 0; j < k; ++j) {
    states.emplace_back(static_cast<int>(length(j)));
    running.push_back(j);
  }
  ws.hidden.resize(k * M);
  ws.scores.resize(k * C);
  while (!running.empty()) {
    for (size_t r = 0; r < running.size(); ++r) {
      const size_t j = running[r];
      const ParseState& st = states[j];
      const size_t n = length(j);
      const auto rows = slot_rows(st, n);
      const float* parts[kSlots + 1] = {b1_.w.data()};
      for (size_t q = 0; q < kSlots; ++q) {
        // Root and "none" come from the precomputed special rows, words from the batch.
        const float* row =
            rows[q] >= n ? &special_p_[(rows[q] - n) * P] : &ws.p[(ws.start[j] + rows[q]) * P];
        parts[q + 1] = row + q * M;
      }
      nn::sum_rows(parts, kSlots + 1, M, &ws.hidden[r * M]);
      nn::tanh(&ws.hidden[r * M], M);
    }
    nn::gemm_t(w2_t_.data(), C, M, ws.hidden.data(), M, running.size(), ws.scores.data(), C);
    size_t kept = 0;
    for (size_t r = 0; r < running.size(); ++r) {
      const size_t j = running[r];
      float* sc = &ws.scores[r * C];
      nn::axpy(C, 1.0f, b2_.w.data(), sc);
      moves_.apply_best(states[j], std::span<const float>(sc, C));
      if (!states[j].terminal()) running[kept++] = j;
    }
    running.resize(kept);
  }
  for (size_t j = 0; j < k; ++j)
    out[ws.order[j]] = finished_tree(states[j], moves_, static_cast<int>(length(j)));
  return out;
}

std::pair<double, double> NeuralParser::attachment(std::span<const ParserExample> gold,
                                                   const Lexicon& lexicon) const {
  return attachment_scores(gold,
                           [&](std::span<const ParserInput> in) { return parse(in, lexicon); });
}

struct NeuralParser::TrainScratch {
  Workspace ws;
  std::vector<float> hidden, scores, d, dh;
  std::vector<int> cost;
};

void NeuralParser::train_sentence(const Inputs& input, const std::vector<int>& heads,
                                  const std::vector<uint16_t>& labels, const NeuralParserOptions& o,
                                  bool explore, std::mt19937_64& rng, TrainScratch& scratch,
                                  TrainStats& stats) {
  const int n = static_cast<int>(heads.size());
  const size_t C = action_count(), M = mlp_;
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  Workspace& ws = scratch.ws;
  std::vector<float>&hidden = scratch.hidden, &scores = scratch.scores, &d = scratch.d,
  &dh = scratch.dh;
  hidden.resize(M);
  scores.resize(C);
  d.resize(C);
  dh.resize(M);
  std::vector<int>& cost = scratch.cost;
  // Word and tag dropout: rare words learn to stand in for unknown ones.
  Inputs x = input;
  for (auto& w : x.ids[kWord])
    if (w && coin(rng) < o.word_dropout / (o.word_dropout + static_cast<float>(word_count_[w])))
      w = 0;
  for (auto& t : x.ids[kXpos])
    if (coin(rng) < o.tag_dropout) t = 0;
  encode(x, ws, o.dropout, &rng);
  ws.dp.assign((static_cast<size_t>(n) + 2) * kSlots * M, 0.0f);
  ParseState st(n);
  while (!st.terminal()) {
    score(st, ws, hidden.data(), scores.data());
    moves_.costs(st, heads, labels, cost);
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
    stats.loss -= std::log(std::max(d[oracle], 1e-12f));
    d[oracle] -= 1.0f;
    // Backward through the MLP.
    nn::ger(w2_.g.data(), C, M, d.data(), hidden.data());
    nn::axpy(C, 1.0f, d.data(), b2_.g.data());
    std::fill(dh.begin(), dh.end(), 0.0f);
    nn::gemv_t(w2_.w.data(), C, M, d.data(), dh.data());
    for (size_t j = 0; j < M; ++j) dh[j] *= 1 - hidden[j] * hidden[j];
    nn::axpy(M, 1.0f, dh.data(), b1_.g.data());
    const auto rows = slot_rows(st, static_cast<size_t>(n));
    for (size_t k = 0; k < kSlots; ++k)
      nn::axpy(M, 1.0f, dh.data(), &ws.dp[(rows[k] * kSlots + k) * M]);
    ++stats.moves;
    stats.mistakes += cost[pred] > cost[oracle];
    const Transition act = action(explore && coin(rng) < o.explore ? pred : oracle);
    st.apply(act.move, act.label);
  }
  encode_backward(x, ws);
}

NeuralParser NeuralParser::train(std::span<const ParserExample> train,
                                 std::span<const ParserExample> dev, const Lexicon& lexicon,
                                 const NeuralParserOptions& o) {
  NeuralParser p;
  TrainingTrees gold = training_trees(train, o.min_lifted_label);
  p.moves_ = gold.moves;
  // Vocabulary: the words seen at least min_word_count times.
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
  const size_t vocabulary_rows[3] = {p.word_count_.size(), tags.size() + 1, kUposCount + 1};
  p.build(o, vocabulary_rows, &rng);
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
  std::vector<size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  const size_t threads = std::max<size_t>(1, o.threads);
  std::vector<TrainScratch> scratch(threads);
  // Data parallelism: each further thread trains a replica on its share of a
  // batch; their gradients join the master's before each update.
  std::vector<NeuralParser> replicas(threads - 1, p);
  std::vector<std::vector<nn::Param*>> replica_params;
  for (NeuralParser& r : replicas) {
    replica_params.push_back(r.params());
    for (nn::Param* q : replica_params.back()) q->m.clear(), q->v.clear();
  }
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
    for (auto& rp : replica_params)
      for (size_t i = 0; i < params.size(); ++i) rp[i]->w = params[i]->w;
  };
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    const bool explore = epoch > o.explore_after;
    TrainStats stats;
    std::vector<size_t> batch;
    auto train_batch = [&] {
      if (batch.empty()) return;
      const size_t moves_before = stats.moves;
      if (threads == 1) {
        // One random stream through the epoch, as the shipped model was trained.
        for (size_t idx : batch)
          p.train_sentence(inputs[idx], gold.heads[idx], gold.labels[idx], o, explore, rng,
                           scratch[0], stats);
      } else {
        // A random stream per sentence, so the result does not depend on scheduling.
        std::vector<TrainStats> part(threads);
        auto work = [&](size_t t) {
          NeuralParser& model = t == 0 ? p : replicas[t - 1];
          for (size_t j = t; j < batch.size(); j += threads) {
            const size_t idx = batch[j];
            std::seed_seq seq{o.seed, static_cast<uint64_t>(epoch), static_cast<uint64_t>(idx)};
            std::mt19937_64 sentence_rng(seq);
            model.train_sentence(inputs[idx], gold.heads[idx], gold.labels[idx], o, explore,
                                 sentence_rng, scratch[t], part[t]);
          }
        };
        std::vector<std::thread> pool;
        for (size_t t = 1; t < threads; ++t) pool.emplace_back(work, t);
        work(0);
        for (std::thread& t : pool) t.join();
        for (size_t t = 0; t < threads; ++t) {
          stats.moves += part[t].moves;
          stats.mistakes += part[t].mistakes;
          stats.loss += part[t].loss;
        }
        for (auto& rp : replica_params)
          for (size_t i = 0; i < params.size(); ++i) add_gradient(*rp[i], *params[i]);
      }
      step(1.0f / static_cast<float>(stats.moves - moves_before));
      batch.clear();
    };
    for (size_t idx : order) {
      if (gold.heads[idx].empty()) continue;
      batch.push_back(idx);
      if (batch.size() == o.batch) train_batch();
    }
    train_batch();
    const size_t moves = stats.moves, mistakes = stats.mistakes;
    const double loss = stats.loss;
    for (size_t i = 0; i < params.size(); ++i) std::swap(params[i]->w, averaged[i]);
    p.precompute();
    const auto [uas, las] = dev.empty() ? std::pair{0.0, 0.0} : p.attachment(dev, lexicon);
    p.drop_tables();
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
  for (const nn::Param& e : emb_) out.u64(e.cols);
  out.u64(lstm_);
  out.u64(mlp_);
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
  auto dim = [&](size_t& d) {
    d = in.u64();
    if (d == 0 || d > 4096) in.fail("bad network size");
  };
  for (size_t& d : o.dims) dim(d);
  dim(o.lstm);
  dim(o.mlp);
  auto load_index = [&](std::unordered_map<uint64_t, uint32_t>& m, size_t& rows) {
    const uint64_t n = in.count(12);  // key and row
    m.reserve(n);
    rows = 1;
    for (uint64_t i = 0; i < n; ++i) {
      const uint64_t k = in.u64();
      const uint32_t r = in.u32();
      // Rows are 1..n (0 is the unknown word); a larger one would size the
      // embedding table from a corrupt number.
      if (r > n) in.fail("embedding row out of range");
      m.emplace(k, r);
      rows = std::max<size_t>(rows, r + 1);
    }
  };
  size_t rows[3] = {1, 1, 1};
  load_index(p.word_index_, rows[0]);
  load_index(p.tag_index_, rows[1]);
  load_index(p.upos_index_, rows[2]);
  p.build(o, rows, nullptr);
  for (nn::Param* q : p.params()) q->load(in);
  p.precompute();
  return p;
}

}  // namespace kg::nlp
