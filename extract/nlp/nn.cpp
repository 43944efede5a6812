#include "extract/nlp/nn.hpp"

#include <immintrin.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace kg::nlp::nn {
namespace {

bool have_avx2() {
  static const bool yes = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  return yes;
}

__attribute__((target("avx2,fma"))) float dot_avx2(const float* a, const float* b, size_t n) {
  __m256 s0 = _mm256_setzero_ps(), s1 = _mm256_setzero_ps();
  size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
    s1 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 8), _mm256_loadu_ps(b + i + 8), s1);
  }
  for (; i + 8 <= n; i += 8)
    s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
  s0 = _mm256_add_ps(s0, s1);
  __m128 lo = _mm256_castps256_ps128(s0), hi = _mm256_extractf128_ps(s0, 1);
  lo = _mm_add_ps(lo, hi);
  lo = _mm_hadd_ps(lo, lo);
  lo = _mm_hadd_ps(lo, lo);
  float s = _mm_cvtss_f32(lo);
  for (; i < n; ++i) s += a[i] * b[i];
  return s;
}

__attribute__((target("avx2,fma"))) void axpy_avx2(size_t n, float alpha, const float* x,
                                                   float* y) {
  const __m256 a = _mm256_set1_ps(alpha);
  size_t i = 0;
  for (; i + 8 <= n; i += 8)
    _mm256_storeu_ps(y + i, _mm256_fmadd_ps(a, _mm256_loadu_ps(x + i), _mm256_loadu_ps(y + i)));
  for (; i < n; ++i) y[i] += alpha * x[i];
}

__attribute__((target("avx2,fma"))) void sum_rows_avx2(const float* const* rows, size_t count,
                                                       size_t n, float* y) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    __m256 acc = _mm256_loadu_ps(rows[0] + i);
    for (size_t k = 1; k < count; ++k) acc = _mm256_add_ps(acc, _mm256_loadu_ps(rows[k] + i));
    _mm256_storeu_ps(y + i, acc);
  }
  for (; i < n; ++i) {
    float acc = rows[0][i];
    for (size_t k = 1; k < count; ++k) acc += rows[k][i];
    y[i] = acc;
  }
}

__attribute__((target("avx2,fma"))) void gemv_avx2(const float* w, size_t rows, size_t cols,
                                                   const float* x, float* y, bool acc, size_t ldw) {
  // Four rows at a time share the loads of x.
  size_t r = 0;
  for (; r + 4 <= rows; r += 4) {
    const float* w0 = w + r * ldw;
    const float* w1 = w0 + ldw;
    const float* w2 = w1 + ldw;
    const float* w3 = w2 + ldw;
    __m256 s0 = _mm256_setzero_ps(), s1 = _mm256_setzero_ps(), s2 = _mm256_setzero_ps(),
           s3 = _mm256_setzero_ps();
    size_t i = 0;
    for (; i + 8 <= cols; i += 8) {
      const __m256 xv = _mm256_loadu_ps(x + i);
      s0 = _mm256_fmadd_ps(_mm256_loadu_ps(w0 + i), xv, s0);
      s1 = _mm256_fmadd_ps(_mm256_loadu_ps(w1 + i), xv, s1);
      s2 = _mm256_fmadd_ps(_mm256_loadu_ps(w2 + i), xv, s2);
      s3 = _mm256_fmadd_ps(_mm256_loadu_ps(w3 + i), xv, s3);
    }
    // Horizontal sums of the four accumulators.
    const __m256 t01 = _mm256_hadd_ps(s0, s1);
    const __m256 t23 = _mm256_hadd_ps(s2, s3);
    const __m256 t = _mm256_hadd_ps(t01, t23);
    const __m128 sum = _mm_add_ps(_mm256_castps256_ps128(t), _mm256_extractf128_ps(t, 1));
    float out[4];
    _mm_storeu_ps(out, sum);
    for (; i < cols; ++i) {
      out[0] += w0[i] * x[i];
      out[1] += w1[i] * x[i];
      out[2] += w2[i] * x[i];
      out[3] += w3[i] * x[i];
    }
    for (int k = 0; k < 4; ++k) y[r + k] = acc ? y[r + k] + out[k] : out[k];
  }
  for (; r < rows; ++r) {
    const float s = dot_avx2(w + r * ldw, x, cols);
    y[r] = acc ? y[r] + s : s;
  }
}

__attribute__((target("avx2,fma"))) inline float hsum(__m256 v) {
  __m128 lo = _mm256_castps256_ps128(v), hi = _mm256_extractf128_ps(v, 1);
  lo = _mm_add_ps(lo, hi);
  lo = _mm_hadd_ps(lo, lo);
  lo = _mm_hadd_ps(lo, lo);
  return _mm_cvtss_f32(lo);
}

// Two rows of W against four vectors: eight accumulators, six loads per step.
__attribute__((target("avx2,fma"))) void gemm_avx2(const float* w, size_t rows, size_t cols,
                                                   size_t ldw, const float* x, size_t ldx, size_t k,
                                                   float* y, size_t ldy) {
  size_t j = 0;
  for (; j + 4 <= k; j += 4) {
    const float* x0 = x + j * ldx;
    const float* x1 = x0 + ldx;
    const float* x2 = x1 + ldx;
    const float* x3 = x2 + ldx;
    size_t r = 0;
    for (; r + 2 <= rows; r += 2) {
      const float* wa = w + r * ldw;
      const float* wb = wa + ldw;
      __m256 a0 = _mm256_setzero_ps(), a1 = a0, a2 = a0, a3 = a0, b0 = a0, b1 = a0, b2 = a0,
             b3 = a0;
      size_t c = 0;
      for (; c + 8 <= cols; c += 8) {
        const __m256 va = _mm256_loadu_ps(wa + c), vb = _mm256_loadu_ps(wb + c);
        const __m256 v0 = _mm256_loadu_ps(x0 + c), v1 = _mm256_loadu_ps(x1 + c);
        const __m256 v2 = _mm256_loadu_ps(x2 + c), v3 = _mm256_loadu_ps(x3 + c);
        a0 = _mm256_fmadd_ps(va, v0, a0);
        a1 = _mm256_fmadd_ps(va, v1, a1);
        a2 = _mm256_fmadd_ps(va, v2, a2);
        a3 = _mm256_fmadd_ps(va, v3, a3);
        b0 = _mm256_fmadd_ps(vb, v0, b0);
        b1 = _mm256_fmadd_ps(vb, v1, b1);
        b2 = _mm256_fmadd_ps(vb, v2, b2);
        b3 = _mm256_fmadd_ps(vb, v3, b3);
      }
      float sa[4] = {hsum(a0), hsum(a1), hsum(a2), hsum(a3)};
      float sb[4] = {hsum(b0), hsum(b1), hsum(b2), hsum(b3)};
      for (; c < cols; ++c) {
        sa[0] += wa[c] * x0[c], sa[1] += wa[c] * x1[c], sa[2] += wa[c] * x2[c],
            sa[3] += wa[c] * x3[c];
        sb[0] += wb[c] * x0[c], sb[1] += wb[c] * x1[c], sb[2] += wb[c] * x2[c],
            sb[3] += wb[c] * x3[c];
      }
      for (size_t q = 0; q < 4; ++q) {
        y[(j + q) * ldy + r] = sa[q];
        y[(j + q) * ldy + r + 1] = sb[q];
      }
    }
    for (; r < rows; ++r)
      for (size_t q = 0; q < 4; ++q)
        y[(j + q) * ldy + r] = dot_avx2(w + r * ldw, x + (j + q) * ldx, cols);
  }
  for (; j < k; ++j) gemv_avx2(w, rows, cols, x + j * ldx, y + j * ldy, false, ldw);
}

// exp(x) for 8 floats: Cephes' polynomial after range reduction by ln 2.
__attribute__((target("avx2,fma"))) inline __m256 exp8(__m256 x) {
  x = _mm256_min_ps(_mm256_max_ps(x, _mm256_set1_ps(-87.3f)), _mm256_set1_ps(88.3f));
  __m256 fx = _mm256_fmadd_ps(x, _mm256_set1_ps(1.44269504088896341f), _mm256_set1_ps(0.5f));
  fx = _mm256_floor_ps(fx);
  x = _mm256_fnmadd_ps(fx, _mm256_set1_ps(0.693359375f), x);
  x = _mm256_fnmadd_ps(fx, _mm256_set1_ps(-2.12194440e-4f), x);
  __m256 y = _mm256_set1_ps(1.9875691500e-4f);
  y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(1.3981999507e-3f));
  y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(8.3334519073e-3f));
  y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(4.1665795894e-2f));
  y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(1.6666665459e-1f));
  y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(5.0000001201e-1f));
  y = _mm256_fmadd_ps(y, _mm256_mul_ps(x, x), _mm256_add_ps(x, _mm256_set1_ps(1.0f)));
  const __m256i n =
      _mm256_slli_epi32(_mm256_add_epi32(_mm256_cvttps_epi32(fx), _mm256_set1_epi32(127)), 23);
  return _mm256_mul_ps(y, _mm256_castsi256_ps(n));
}

__attribute__((target("avx2,fma"))) void sigmoid_avx2(float* x, size_t n) {
  size_t i = 0;
  const __m256 one = _mm256_set1_ps(1.0f);
  for (; i + 8 <= n; i += 8) {
    const __m256 e = exp8(_mm256_sub_ps(_mm256_setzero_ps(), _mm256_loadu_ps(x + i)));
    _mm256_storeu_ps(x + i, _mm256_div_ps(one, _mm256_add_ps(one, e)));
  }
  for (; i < n; ++i) x[i] = 1.0f / (1.0f + std::exp(-x[i]));
}

__attribute__((target("avx2,fma"))) void tanh_avx2(float* x, size_t n) {
  size_t i = 0;
  const __m256 one = _mm256_set1_ps(1.0f), two = _mm256_set1_ps(2.0f);
  for (; i + 8 <= n; i += 8) {
    // tanh(x) = 1 - 2 / (1 + exp(2x))
    const __m256 e = exp8(_mm256_mul_ps(two, _mm256_loadu_ps(x + i)));
    _mm256_storeu_ps(x + i, _mm256_sub_ps(one, _mm256_div_ps(two, _mm256_add_ps(one, e))));
  }
  for (; i < n; ++i) x[i] = std::tanh(x[i]);
}

// Q vectors (at j) against rows in tiles of 16 (two registers): 2Q accumulators. With
// Q = 6, twelve accumulators, two weight loads and one broadcast fill the sixteen
// registers and each weight row is read once per six vectors.
template <int Q>
__attribute__((target("avx2,fma"))) inline void gemm_t_block(const float* wt, size_t rows,
                                                             size_t cols, const float* x0,
                                                             size_t ldx, float* y0, size_t ldy) {
  size_t r = 0;
  for (; r + 16 <= rows; r += 16) {
    __m256 a[Q][2];
    for (auto& v : a) v[0] = v[1] = _mm256_setzero_ps();
    for (size_t c = 0; c < cols; ++c) {
      const __m256 w0 = _mm256_loadu_ps(wt + c * rows + r),
                   w1 = _mm256_loadu_ps(wt + c * rows + r + 8);
      for (int q = 0; q < Q; ++q) {
        const __m256 xv = _mm256_broadcast_ss(x0 + q * ldx + c);
        a[q][0] = _mm256_fmadd_ps(w0, xv, a[q][0]);
        a[q][1] = _mm256_fmadd_ps(w1, xv, a[q][1]);
      }
    }
    for (int q = 0; q < Q; ++q) {
      _mm256_storeu_ps(y0 + q * ldy + r, a[q][0]);
      _mm256_storeu_ps(y0 + q * ldy + r + 8, a[q][1]);
    }
  }
  // Eight-row blocks and then single rows, as the one-vector kernel does, so a
  // vector gets the same result whichever kernel multiplies it.
  for (; r + 8 <= rows; r += 8)
    for (int q = 0; q < Q; ++q) {
      __m256 acc = _mm256_setzero_ps();
      for (size_t c = 0; c < cols; ++c)
        acc = _mm256_fmadd_ps(_mm256_loadu_ps(wt + c * rows + r),
                              _mm256_broadcast_ss(x0 + q * ldx + c), acc);
      _mm256_storeu_ps(y0 + q * ldy + r, acc);
    }
  for (; r < rows; ++r)
    for (int q = 0; q < Q; ++q) {
      float s = 0;
      for (size_t c = 0; c < cols; ++c) s += wt[c * rows + r] * x0[q * ldx + c];
      y0[q * ldy + r] = s;
    }
}

__attribute__((target("avx2,fma"))) void gemm_t_avx2(const float* wt, size_t rows, size_t cols,
                                                     const float* x, size_t ldx, size_t k, float* y,
                                                     size_t ldy) {
  size_t j = 0;
  for (; j + 6 <= k; j += 6) gemm_t_block<6>(wt, rows, cols, x + j * ldx, ldx, y + j * ldy, ldy);
  for (; j + 4 <= k; j += 4) gemm_t_block<4>(wt, rows, cols, x + j * ldx, ldx, y + j * ldy, ldy);
  for (; j < k; ++j) {
    const float* xv = x + j * ldx;
    float* yv = y + j * ldy;
    size_t r = 0;
    // Eight independent accumulators keep both FMA units busy despite their latency;
    // each output still sums over c in order, so results do not change.
    for (; r + 64 <= rows; r += 64) {
      __m256 a[8];
      for (auto& v : a) v = _mm256_setzero_ps();
      for (size_t c = 0; c < cols; ++c) {
        const __m256 b = _mm256_broadcast_ss(xv + c);
        const float* w = wt + c * rows + r;
        for (int q = 0; q < 8; ++q) a[q] = _mm256_fmadd_ps(_mm256_loadu_ps(w + 8 * q), b, a[q]);
      }
      for (int q = 0; q < 8; ++q) _mm256_storeu_ps(yv + r + 8 * q, a[q]);
    }
    for (; r + 32 <= rows; r += 32) {
      __m256 a0 = _mm256_setzero_ps(), a1 = a0, a2 = a0, a3 = a0;
      for (size_t c = 0; c < cols; ++c) {
        const __m256 b = _mm256_broadcast_ss(xv + c);
        const float* w = wt + c * rows + r;
        a0 = _mm256_fmadd_ps(_mm256_loadu_ps(w), b, a0);
        a1 = _mm256_fmadd_ps(_mm256_loadu_ps(w + 8), b, a1);
        a2 = _mm256_fmadd_ps(_mm256_loadu_ps(w + 16), b, a2);
        a3 = _mm256_fmadd_ps(_mm256_loadu_ps(w + 24), b, a3);
      }
      _mm256_storeu_ps(yv + r, a0);
      _mm256_storeu_ps(yv + r + 8, a1);
      _mm256_storeu_ps(yv + r + 16, a2);
      _mm256_storeu_ps(yv + r + 24, a3);
    }
    for (; r + 8 <= rows; r += 8) {
      __m256 a0 = _mm256_setzero_ps();
      for (size_t c = 0; c < cols; ++c)
        a0 = _mm256_fmadd_ps(_mm256_loadu_ps(wt + c * rows + r), _mm256_broadcast_ss(xv + c), a0);
      _mm256_storeu_ps(yv + r, a0);
    }
    for (; r < rows; ++r) {
      float s = 0;
      for (size_t c = 0; c < cols; ++c) s += wt[c * rows + r] * xv[c];
      yv[r] = s;
    }
  }
}

float dot_plain(const float* a, const float* b, size_t n) {
  float s = 0;
  for (size_t i = 0; i < n; ++i) s += a[i] * b[i];
  return s;
}

}  // namespace

void axpy(size_t n, float alpha, const float* x, float* y) {
  if (have_avx2()) return axpy_avx2(n, alpha, x, y);
  for (size_t i = 0; i < n; ++i) y[i] += alpha * x[i];
}

void sum_rows(const float* const* rows, size_t count, size_t n, float* y) {
  if (count == 0) {
    std::fill_n(y, n, 0.0f);
    return;
  }
  if (have_avx2()) return sum_rows_avx2(rows, count, n, y);
  for (size_t i = 0; i < n; ++i) {
    float acc = rows[0][i];
    for (size_t k = 1; k < count; ++k) acc += rows[k][i];
    y[i] = acc;
  }
}

void gemv(const float* w, size_t rows, size_t cols, const float* x, float* y, bool accumulate) {
  if (have_avx2()) return gemv_avx2(w, rows, cols, x, y, accumulate, cols);
  for (size_t r = 0; r < rows; ++r) {
    const float s = dot_plain(w + r * cols, x, cols);
    y[r] = accumulate ? y[r] + s : s;
  }
}

void sigmoid(float* x, size_t n) {
  if (have_avx2()) return sigmoid_avx2(x, n);
  for (size_t i = 0; i < n; ++i) x[i] = 1.0f / (1.0f + std::exp(-x[i]));
}

void tanh(float* x, size_t n) {
  if (have_avx2()) return tanh_avx2(x, n);
  for (size_t i = 0; i < n; ++i) x[i] = std::tanh(x[i]);
}

void gemm(const float* w, size_t rows, size_t cols, size_t ldw, const float* x, size_t ldx,
          size_t k, float* y, size_t ldy) {
  if (have_avx2()) return gemm_avx2(w, rows, cols, ldw, x, ldx, k, y, ldy);
  for (size_t j = 0; j < k; ++j)
    for (size_t r = 0; r < rows; ++r) y[j * ldy + r] = dot_plain(w + r * ldw, x + j * ldx, cols);
}

void gemm_t(const float* wt, size_t rows, size_t cols, const float* x, size_t ldx, size_t k,
            float* y, size_t ldy) {
  if (have_avx2()) return gemm_t_avx2(wt, rows, cols, x, ldx, k, y, ldy);
  for (size_t j = 0; j < k; ++j)
    for (size_t r = 0; r < rows; ++r) {
      float s = 0;
      for (size_t c = 0; c < cols; ++c) s += wt[c * rows + r] * x[j * ldx + c];
      y[j * ldy + r] = s;
    }
}

std::vector<float> transpose(const float* w, size_t rows, size_t cols, size_t ldw) {
  std::vector<float> t(rows * cols);
  for (size_t r = 0; r < rows; ++r)
    for (size_t c = 0; c < cols; ++c) t[c * rows + r] = w[r * ldw + c];
  return t;
}

void gemv_t(const float* w, size_t rows, size_t cols, const float* x, float* y) {
  for (size_t r = 0; r < rows; ++r)
    if (x[r] != 0.0f) axpy(cols, x[r], w + r * cols, y);
}

void ger(float* w, size_t rows, size_t cols, const float* a, const float* b) {
  for (size_t r = 0; r < rows; ++r)
    if (a[r] != 0.0f) axpy(cols, a[r], b, w + r * cols);
}

Param::Param(std::string n, size_t r, size_t c, bool is_sparse)
    : name(std::move(n)),
      rows(r),
      cols(c),
      w(r * c, 0.0f),
      g(r * c, 0.0f),
      m(r * c, 0.0f),
      v(r * c, 0.0f),
      sparse(is_sparse) {}

float* Param::grad_row(size_t r) {
  if (sparse) touched.push_back(static_cast<uint32_t>(r));
  return g.data() + r * cols;
}

void Param::init_uniform(std::mt19937_64& rng, float scale) {
  std::uniform_real_distribution<float> d(-scale, scale);
  for (float& x : w) x = d(rng);
}

void Param::init_normal(std::mt19937_64& rng, float sd) {
  std::normal_distribution<float> d(0.0f, sd);
  for (float& x : w) x = d(rng);
}

void Param::save(ModelWriter& out) const {
  out.str(name);
  out.u64(rows);
  out.u64(cols);
  out.array(w);
}

void Param::load(ModelReader& in) {
  const std::string n = in.str();
  const uint64_t r = in.u64(), c = in.u64();
  if (n != name || r != rows || c != cols)
    in.fail("parameter " + n + " does not match the network (" + std::to_string(r) + "x" +
            std::to_string(c) + ")");
  w = in.array<float>();
  if (w.size() != rows * cols) in.fail("parameter " + n + " has the wrong size");
  g.clear();
  m.clear();
  v.clear();
}

void Adam::step(std::span<Param* const> params, float scale, float clip) {
  ++t_;
  const float c1 = 1.0f - std::pow(b1_, static_cast<float>(t_));
  const float c2 = 1.0f - std::pow(b2_, static_cast<float>(t_));
  const float step = lr_ * std::sqrt(c2) / c1;
  auto update = [&](Param& p, size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      const float gi = std::clamp(p.g[i] * scale, -clip, clip);
      p.m[i] = b1_ * p.m[i] + (1 - b1_) * gi;
      p.v[i] = b2_ * p.v[i] + (1 - b2_) * gi * gi;
      p.w[i] -= step * p.m[i] / (std::sqrt(p.v[i]) + eps_);
      p.g[i] = 0.0f;
    }
  };
  for (Param* p : params) {
    if (!p->sparse) {
      update(*p, 0, p->w.size());
      continue;
    }
    // Embeddings: only the rows seen in this batch (lazy Adam).
    std::sort(p->touched.begin(), p->touched.end());
    p->touched.erase(std::unique(p->touched.begin(), p->touched.end()), p->touched.end());
    for (uint32_t r : p->touched) update(*p, r * p->cols, (r + 1) * p->cols);
    p->touched.clear();
  }
}

}  // namespace kg::nlp::nn
