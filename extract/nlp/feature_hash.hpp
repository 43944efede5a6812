#pragma once
// 64-bit hashing for sparse features: a string is hashed once per token, and
// a feature key mixes a template id with one or more such hashes. Collisions
// between 64-bit keys are negligible at our model sizes.
#include <cstdint>
#include <string_view>

namespace kg::nlp {

inline uint64_t mix64(uint64_t x) {
  // splitmix64 finalizer
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

inline uint64_t hash_string(std::string_view s, uint64_t seed = 0x9e3779b97f4a7c15ULL) {
  // FNV-1a over bytes, then mixed; strings here are short.
  uint64_t h = 0xcbf29ce484222325ULL ^ seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return mix64(h);
}

inline uint64_t feature_key(uint32_t tmpl, uint64_t a) {
  return mix64(a + 0x9e3779b97f4a7c15ULL * (tmpl + 1));
}
inline uint64_t feature_key(uint32_t tmpl, uint64_t a, uint64_t b) {
  return mix64(feature_key(tmpl, a) ^ (b * 0xc2b2ae3d27d4eb4fULL));
}
inline uint64_t feature_key(uint32_t tmpl, uint64_t a, uint64_t b, uint64_t c) {
  return mix64(feature_key(tmpl, a, b) ^ (c * 0x165667b19e3779f9ULL));
}
inline uint64_t feature_key(uint32_t tmpl, uint64_t a, uint64_t b, uint64_t c, uint64_t d) {
  return mix64(feature_key(tmpl, a, b, c) ^ (d * 0x27d4eb2f165667c5ULL));
}

}  // namespace kg::nlp
