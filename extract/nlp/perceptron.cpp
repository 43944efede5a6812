#include "extract/nlp/perceptron.hpp"

#include <algorithm>
#include <cmath>

namespace kg::nlp {
namespace {

inline uint64_t nonzero(uint64_t key) {
  return key ? key : 1;
}
inline uint32_t tag_of(uint64_t key) {
  const auto t = static_cast<uint32_t>(key >> 32);
  return t ? t : 1;
}

}  // namespace

// ---------------------------------------------------------------- WeightTable

void WeightTable::score(std::span<const uint64_t> features, std::span<float> scores) const {
  if (slots_.empty()) return;
  // Look up all home slots first so the cache misses overlap.
  constexpr size_t kBatch = 256;
  uint64_t keys[kBatch];
  const size_t n = std::min(features.size(), kBatch);
  for (size_t i = 0; i < n; ++i) {
    keys[i] = nonzero(features[i]);
    __builtin_prefetch(&slots_[keys[i] & mask_]);
  }
  thread_local std::vector<int32_t> acc;
  acc.assign(classes_, 0);
  for (size_t i = 0; i < n; ++i) {
    const uint32_t tag = tag_of(keys[i]);
    for (uint64_t slot = keys[i] & mask_;; slot = (slot + 1) & mask_) {
      const Slot& s = slots_[slot];
      if (s.tag == 0) break;
      if (s.tag == tag) {
        const uint32_t e = end_[slot];
        for (uint32_t k = s.first; k < e; ++k) acc[cls_[k]] += q_[k];
        break;
      }
    }
  }
  for (size_t c = 0; c < classes_; ++c) scores[c] += static_cast<float>(acc[c]) * scale_;
  if (features.size() > kBatch) score(features.subspan(kBatch), scores);
}

void WeightTable::save(ModelWriter& out) const {
  out.u64(classes_);
  out.u64(used_);
  out.u64(mask_);
  out.f32(scale_);
  // Stored as used slots only (index, tag, pair count): empty slots cost nothing.
  std::vector<uint32_t> index, tags;
  std::vector<uint16_t> counts;
  for (size_t s = 0; s < slots_.size(); ++s) {
    if (!slots_[s].tag) continue;
    index.push_back(static_cast<uint32_t>(s));
    tags.push_back(slots_[s].tag);
    counts.push_back(static_cast<uint16_t>(end_[s] - slots_[s].first));
  }
  out.array(index);
  out.array(tags);
  out.array(counts);
  out.array(cls_);
  out.array(q_);
}

WeightTable WeightTable::load(ModelReader& in) {
  WeightTable t;
  t.classes_ = in.u64();
  t.used_ = in.u64();
  t.mask_ = in.u64();
  t.scale_ = in.f32();
  const auto index = in.array<uint32_t>();
  const auto tags = in.array<uint32_t>();
  const auto counts = in.array<uint16_t>();
  t.cls_ = in.array<uint16_t>();
  t.q_ = in.array<int16_t>();
  const uint64_t slots = t.mask_ + 1;
  if ((slots & t.mask_) != 0 || slots > (uint64_t{1} << 32) || index.size() != tags.size() ||
      index.size() != counts.size() || t.cls_.size() != t.q_.size() || index.size() != t.used_)
    in.fail("inconsistent weight table");
  t.slots_.assign(slots, WeightTable::Slot{0, 0});
  t.end_.assign(slots, 0);
  uint64_t next = 0;
  for (size_t i = 0; i < index.size(); ++i) {
    if (index[i] >= slots || tags[i] == 0 || (i > 0 && index[i] <= index[i - 1]))
      in.fail("weight table slot out of order");
    t.slots_[index[i]] = {tags[i], static_cast<uint32_t>(next)};
    next += counts[i];
    t.end_[index[i]] = static_cast<uint32_t>(next);
  }
  if (next != t.cls_.size()) in.fail("weight table pair count mismatch");
  for (uint16_t c : t.cls_)
    if (c >= t.classes_) in.fail("weight table class out of range");
  return t;
}

// ---------------------------------------------------------- PerceptronTrainer

PerceptronTrainer::PerceptronTrainer(size_t classes) : classes_(classes) {
  keys_.assign(1 << 16, 0);
  index_.assign(1 << 16, 0);
}

int64_t PerceptronTrainer::find(uint64_t key) const {
  const uint64_t mask = keys_.size() - 1;
  for (uint64_t slot = key & mask;; slot = (slot + 1) & mask) {
    if (keys_[slot] == 0) return -1;
    if (keys_[slot] == key) return index_[slot];
  }
}

void PerceptronTrainer::grow() {
  std::vector<uint64_t> old_keys(keys_.size() * 2, 0);
  std::vector<uint32_t> old_index(index_.size() * 2, 0);
  old_keys.swap(keys_);
  old_index.swap(index_);
  const uint64_t mask = keys_.size() - 1;
  for (size_t i = 0; i < old_keys.size(); ++i) {
    if (!old_keys[i]) continue;
    uint64_t slot = old_keys[i] & mask;
    while (keys_[slot]) slot = (slot + 1) & mask;
    keys_[slot] = old_keys[i];
    index_[slot] = old_index[i];
  }
}

uint32_t PerceptronTrainer::find_or_add(uint64_t key) {
  if ((keys_used_ + 1) * 2 > keys_.size()) grow();
  const uint64_t mask = keys_.size() - 1;
  uint64_t slot = key & mask;
  for (;; slot = (slot + 1) & mask) {
    if (keys_[slot] == key) return index_[slot];
    if (keys_[slot] == 0) break;
  }
  keys_[slot] = key;
  index_[slot] = static_cast<uint32_t>(entries_.size());
  entries_.emplace_back();
  ++keys_used_;
  return index_[slot];
}

void PerceptronTrainer::score(std::span<const uint64_t> features, std::span<float> scores) const {
  for (const uint64_t f : features) {
    const int64_t i = find(nonzero(f));
    if (i < 0) continue;
    for (const Entry& e : entries_[static_cast<size_t>(i)]) scores[e.cls] += e.w;
  }
}

void PerceptronTrainer::update(std::span<const uint64_t> features, size_t truth, size_t guess) {
  if (truth == guess) return;
  const auto stamp = static_cast<uint32_t>(now_);
  for (const uint64_t f : features) {
    auto& list = entries_[find_or_add(nonzero(f))];
    for (const auto& [cls, delta] : {std::pair{truth, 1.0f}, std::pair{guess, -1.0f}}) {
      // A copy, not the binding: clang 14 (the fuzzing build) cannot capture
      // structured bindings in a lambda.
      const auto wanted = cls;
      auto it =
          std::find_if(list.begin(), list.end(), [&](const Entry& e) { return e.cls == wanted; });
      if (it == list.end()) {
        list.push_back({static_cast<uint32_t>(cls), stamp, 0.0f, 0.0});
        it = list.end() - 1;
      }
      it->total += static_cast<double>(it->w) * (stamp - it->stamp);
      it->stamp = stamp;
      it->w += delta;
    }
  }
}

WeightTable PerceptronTrainer::average(float prune) const {
  // Averaged weight of every pair; keep features with at least one kept pair.
  struct Kept {
    uint64_t key;
    std::vector<std::pair<uint16_t, float>> pairs;
  };
  std::vector<Kept> kept;
  float max_abs = 0;
  for (size_t slot = 0; slot < keys_.size(); ++slot) {
    if (!keys_[slot]) continue;
    Kept k{keys_[slot], {}};
    for (const Entry& e : entries_[index_[slot]]) {
      const double total =
          e.total + static_cast<double>(e.w) * (static_cast<double>(now_) - e.stamp);
      const auto avg = static_cast<float>(total / static_cast<double>(now_));
      if (avg != 0.0f) k.pairs.emplace_back(static_cast<uint16_t>(e.cls), avg);
      max_abs = std::max(max_abs, std::fabs(avg));
    }
    if (!k.pairs.empty()) kept.push_back(std::move(k));
  }
  // Weights this small next to the largest one round to zero in 16 bits anyway.
  const float threshold = std::max(prune * max_abs, max_abs / 32767.0f);
  for (Kept& k : kept)
    std::erase_if(k.pairs, [&](const auto& p) { return std::fabs(p.second) < threshold; });
  std::erase_if(kept, [](const Kept& k) { return k.pairs.empty(); });
  WeightTable t;
  t.classes_ = classes_;
  t.used_ = kept.size();
  size_t slots = 16;
  while (slots < kept.size() * 2) slots *= 2;
  t.mask_ = slots - 1;
  t.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  t.slots_.assign(slots, WeightTable::Slot{0, 0});
  t.end_.assign(slots, 0);
  // Insert in key order so the layout (and the file) is deterministic; pairs
  // are then laid out in slot order, so neighbouring slots share cache lines.
  // Two keys with equal upper halves in one probe run would shadow each other;
  // at our table sizes that is a handful of rare features.
  std::sort(kept.begin(), kept.end(), [](const Kept& a, const Kept& b) { return a.key < b.key; });
  std::vector<const Kept*> by_slot(slots, nullptr);
  for (const Kept& k : kept) {
    uint64_t slot = k.key & t.mask_;
    while (t.slots_[slot].tag) slot = (slot + 1) & t.mask_;
    t.slots_[slot].tag = tag_of(k.key);
    by_slot[slot] = &k;
  }
  for (size_t s = 0; s < slots; ++s) {
    if (!by_slot[s]) continue;
    t.slots_[s].first = static_cast<uint32_t>(t.cls_.size());
    t.end_[s] = static_cast<uint32_t>(t.cls_.size() + by_slot[s]->pairs.size());
    for (const auto& [cls, w] : by_slot[s]->pairs) {
      t.cls_.push_back(cls);
      t.q_.push_back(static_cast<int16_t>(std::lround(w / t.scale_)));
    }
  }
  return t;
}

}  // namespace kg::nlp
