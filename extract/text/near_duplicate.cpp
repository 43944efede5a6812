#include "extract/text/near_duplicate.hpp"

#include <string>
#include <vector>

namespace kg::text {
namespace {

// Stable across runs and machines (signatures are stored): FNV-1a and splitmix64.
constexpr uint64_t kFnvOffset = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

uint64_t fnv1a(std::string_view s, uint64_t h = kFnvOffset) {
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= kFnvPrime;
  }
  return h;
}

uint64_t splitmix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

bool is_word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

std::vector<uint64_t> word_hashes(std::string_view text) {
  std::vector<uint64_t> out;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) out.push_back(fnv1a(word));
    word.clear();
  };
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (!is_word_byte(c)) {
      flush();
      continue;
    }
    word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : ch;
  }
  flush();
  return out;
}

}  // namespace

std::optional<MinHash> minhash_of(std::string_view text) {
  const std::vector<uint64_t> words = word_hashes(text);
  if (words.size() < kMinWords || words.size() < kShingleWords) return std::nullopt;
  MinHash sig;
  sig.fill(UINT32_MAX);
  for (size_t i = 0; i + kShingleWords <= words.size(); ++i) {
    uint64_t shingle = kFnvOffset;
    for (size_t w = i; w < i + kShingleWords; ++w) shingle = splitmix(shingle ^ words[w]);
    // Hash k is the shingle hash under the k-th of kMinHashes independent mixes.
    for (size_t k = 0; k < kMinHashes; ++k) {
      const auto h = static_cast<uint32_t>(splitmix(shingle + k * 0x632be59bd9b4e019ull) >> 32);
      if (h < sig[k]) sig[k] = h;
    }
  }
  return sig;
}

std::array<int64_t, kBands> band_keys(const MinHash& signature) {
  std::array<int64_t, kBands> keys{};
  for (size_t b = 0; b < kBands; ++b) {
    uint64_t h = splitmix(b);
    for (size_t r = 0; r < kBandRows; ++r) h = splitmix(h ^ signature[b * kBandRows + r]);
    keys[b] = static_cast<int64_t>(h);
  }
  return keys;
}

double similarity(const MinHash& a, const MinHash& b) {
  size_t same = 0;
  for (size_t k = 0; k < kMinHashes; ++k) same += a[k] == b[k];
  return static_cast<double>(same) / static_cast<double>(kMinHashes);
}

std::array<unsigned char, kMinHashes * 4> to_bytes(const MinHash& signature) {
  std::array<unsigned char, kMinHashes * 4> out{};
  for (size_t k = 0; k < kMinHashes; ++k)
    for (size_t i = 0; i < 4; ++i)
      out[k * 4 + i] = static_cast<unsigned char>(signature[k] >> (8 * i));
  return out;
}

std::optional<MinHash> from_bytes(std::span<const unsigned char> bytes) {
  if (bytes.size() != kMinHashes * 4) return std::nullopt;
  MinHash sig;
  for (size_t k = 0; k < kMinHashes; ++k) {
    uint32_t v = 0;
    for (size_t i = 0; i < 4; ++i) v |= static_cast<uint32_t>(bytes[k * 4 + i]) << (8 * i);
    sig[k] = v;
  }
  return sig;
}

}  // namespace kg::text
