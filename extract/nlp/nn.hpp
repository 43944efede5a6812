#pragma once
// The little linear algebra the neural parser needs: dense float matrices,
// matrix-vector kernels (AVX2/FMA when the CPU has it, chosen at run time, so
// the binary still runs on any x86-64), parameters with gradients, and Adam.
#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <vector>

#include "extract/nlp/model_file.hpp"

namespace kg::nlp::nn {

// y = W x (+ y when accumulate). W is rows x cols, row-major.
void gemv(const float* w, size_t rows, size_t cols, const float* x, float* y, bool accumulate);
// Y[j] = W X[j] for k vectors: W is rows x cols with row stride ldw, X[j]
// starts at x + j * ldx, Y[j] at y + j * ldy. Reads W once per four vectors.
void gemm(const float* w, size_t rows, size_t cols, size_t ldw, const float* x, size_t ldx,
          size_t k, float* y, size_t ldy);
// Y[j] = W X[j] with W given transposed: wt is cols x rows (row c holds
// column c of W). Broadcast-and-add with no horizontal sums: the fast form
// for inference, where the transposed copy is made once.
void gemm_t(const float* wt, size_t rows, size_t cols, const float* x, size_t ldx, size_t k,
            float* y, size_t ldy);
// The transpose of a rows x cols matrix.
std::vector<float> transpose(const float* w, size_t rows, size_t cols, size_t ldw);
// y += W^T x, x has `rows` entries, y has `cols`.
void gemv_t(const float* w, size_t rows, size_t cols, const float* x, float* y);
// W += a b^T (a: rows, b: cols).
void ger(float* w, size_t rows, size_t cols, const float* a, const float* b);
// y += alpha x
void axpy(size_t n, float alpha, const float* x, float* y);
// y = rows[0] + rows[1] + ... (n floats each), added in that order.
void sum_rows(const float* const* rows, size_t count, size_t n, float* y);
// In place, vectorized (AVX2 when available; same results to ~1e-7 either way).
void sigmoid(float* x, size_t n);
void tanh(float* x, size_t n);

// A parameter tensor with its gradient and Adam moments.
struct Param {
  std::string name;
  size_t rows = 0, cols = 1;
  std::vector<float> w, g, m, v;
  std::vector<uint32_t> touched;  // rows with a gradient (embeddings), when sparse
  bool sparse = false;

  Param() = default;
  Param(std::string n, size_t r, size_t c, bool is_sparse = false);
  float* row(size_t r) { return w.data() + r * cols; }
  const float* row(size_t r) const { return w.data() + r * cols; }
  float* grad_row(size_t r);  // marks the row touched for sparse params
  void init_uniform(std::mt19937_64& rng, float scale);
  void init_normal(std::mt19937_64& rng, float sd);
  void save(ModelWriter& out) const;
  void load(ModelReader& in);  // checks name and shape
};

class Adam {
 public:
  Adam(float lr, float beta1 = 0.9f, float beta2 = 0.9f, float eps = 1e-8f)
      : lr_(lr), b1_(beta1), b2_(beta2), eps_(eps) {}
  // Applies and clears the gradients, scaled by `scale` (1 / batch size).
  void step(std::span<Param* const> params, float scale, float clip = 5.0f);
  void set_lr(float lr) { lr_ = lr; }
  float lr() const { return lr_; }

 private:
  float lr_, b1_, b2_, eps_;
  int64_t t_ = 0;
};

}  // namespace kg::nlp::nn
