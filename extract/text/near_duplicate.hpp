#pragma once
// Near-duplicate articles: a MinHash signature over the 5-word shingles of an
// article's text, its LSH band keys, and the similarity two signatures
// estimate (the Jaccard similarity of the shingle sets). The same story under
// a new title, with a changed sentence or another outlet's dateline shares
// most shingles; two stories on one topic share almost none. This file only
// computes; store/ keeps signatures and links duplicates to their originals.
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace kg::text {

inline constexpr size_t kShingleWords = 5;
inline constexpr size_t kMinHashes = 120;
// 40 bands of 3 hashes: two articles become candidates when one band agrees,
// which happens with probability 1-(1-J^3)^40: 0.9998 at J = 0.6, 0.995 at
// J = 0.5, 0.04 at J = 0.1.
inline constexpr size_t kBandRows = 3;
inline constexpr size_t kBands = kMinHashes / kBandRows;
// Estimated Jaccard similarity at or above which an article is a near-duplicate
// (docs/graph.md). A reprint or retitled story scores 0.7-1.0, a story with one
// of six paragraphs rewritten about 0.7; different stories on one topic stay
// below 0.1. At 0.5 Reuters-21578 linked different companies' templated
// notices ("Qtly div six cts vs six cts prior", contract awards).
inline constexpr double kNearDuplicateThreshold = 0.6;
// Texts of fewer words get no signature: a dividend notice of 15-25 words
// cannot be told from another one made from the same template (Reuters-21578
// linked them even at 0.6).
inline constexpr size_t kMinWords = 30;

using MinHash = std::array<uint32_t, kMinHashes>;

// Words are lowercased letter and digit runs (other UTF-8 characters count as
// letters), so punctuation, case and spacing do not matter. Returns nothing
// for a text of fewer than kMinWords words.
std::optional<MinHash> minhash_of(std::string_view text);

// The signature's 40 band keys: 64-bit hashes of each band's 3 values and its index.
std::array<int64_t, kBands> band_keys(const MinHash& signature);

// The share of equal positions: an estimate of the shingle sets' Jaccard similarity.
double similarity(const MinHash& a, const MinHash& b);

// Signatures are stored as little-endian bytes (4 per hash).
std::array<unsigned char, kMinHashes * 4> to_bytes(const MinHash& signature);
// Requires: bytes.size() == kMinHashes * 4, else returns nothing.
std::optional<MinHash> from_bytes(std::span<const unsigned char> bytes);

}  // namespace kg::text
