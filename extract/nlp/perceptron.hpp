#pragma once
// Averaged perceptron over hashed sparse features (64-bit keys) and a fixed
// number of classes, as used by the tagger and the parser.
//   PerceptronTrainer  mutable weights with lazy averaging (training only)
//   WeightTable        the averaged, pruned, quantized weights used to predict;
//                      const after construction, safe to share between threads
#include <cstdint>
#include <span>
#include <vector>

#include "extract/nlp/model_file.hpp"

namespace kg::nlp {

class WeightTable {
 public:
  WeightTable() = default;

  // Adds the weights of every known feature to scores[class].
  // Requires: scores.size() == classes().
  void score(std::span<const uint64_t> features, std::span<float> scores) const;

  size_t classes() const { return classes_; }
  size_t features() const { return used_; }
  size_t weights() const { return cls_.size(); }

  void save(ModelWriter& out) const;
  static WeightTable load(ModelReader& in);

 private:
  friend class PerceptronTrainer;
  // Open addressing with linear probing; a slot holds the key's upper 32 bits
  // (the lower bits pick the home slot) and where its run of (class, weight)
  // pairs starts. A slot's pairs end where the next used slot's begin.
  struct Slot {
    uint32_t tag;    // key >> 32, 0 = empty (tags are made non-zero)
    uint32_t first;  // index of the slot's first pair
  };
  size_t classes_ = 0;
  size_t used_ = 0;
  uint64_t mask_ = 0;
  float scale_ = 1.0f;  // weight = q * scale_
  std::vector<Slot> slots_;
  std::vector<uint32_t> end_;  // end of each slot's pairs
  std::vector<uint16_t> cls_;
  std::vector<int16_t> q_;
};

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(size_t classes);

  // Scores with the current (not averaged) weights.
  void score(std::span<const uint64_t> features, std::span<float> scores) const;
  // One mistake: +1 for `truth`, -1 for `guess` on every feature.
  void update(std::span<const uint64_t> features, size_t truth, size_t guess);
  // Advances the clock; call once per training instance so averaging is right.
  void tick() { ++now_; }

  // Averaged weights; pairs with |weight| below `prune` times the largest
  // weight are dropped (they cannot change a decision).
  WeightTable average(float prune = 1e-3f) const;
  size_t features() const { return keys_used_; }

 private:
  struct Entry {
    uint32_t cls;
    uint32_t stamp;
    float w;
    double total;
  };
  int64_t find(uint64_t key) const;
  uint32_t find_or_add(uint64_t key);
  void grow();

  size_t classes_;
  uint64_t now_ = 1;
  std::vector<uint64_t> keys_;  // 0 = empty
  std::vector<uint32_t> index_;
  size_t keys_used_ = 0;
  std::vector<std::vector<Entry>> entries_;
};

}  // namespace kg::nlp
