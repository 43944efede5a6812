// Issue 12: near-duplicate articles by MinHash over 5-word shingles. Pairs that
// tell the same story (new title, a changed sentence, another outlet's header)
// reach the threshold and share an LSH band; two stories on one topic do not.
#include "extract/text/near_duplicate.hpp"

#include <doctest/doctest.h>

#include <string>

#include "tests/text/near_duplicate_fixtures.hpp"

using namespace kg;
using namespace kg::test::stories;

namespace {

double sim(const std::string& a, const std::string& b) {
  const auto x = text::minhash_of(a);
  const auto y = text::minhash_of(b);
  REQUIRE(x);
  REQUIRE(y);
  return text::similarity(*x, *y);
}

bool share_a_band(const std::string& a, const std::string& b) {
  const auto x = text::band_keys(*text::minhash_of(a));
  const auto y = text::band_keys(*text::minhash_of(b));
  for (size_t i = 0; i < x.size(); ++i)
    if (x[i] == y[i]) return true;
  return false;
}

}  // namespace

TEST_CASE(
    "issue 12: the same story with a changed sentence or another outlet's header is a "
    "near-duplicate") {
  CHECK(sim(kStory, kStory) == 1.0);
  CHECK(sim(kStory, kChangedSentence) >= text::kNearDuplicateThreshold);
  CHECK(sim(kStory, kReprint) >= text::kNearDuplicateThreshold);
  CHECK(share_a_band(kStory, kChangedSentence));
  CHECK(share_a_band(kStory, kReprint));
  // Case, punctuation and spacing are not words.
  CHECK(sim(kStory, "  " + std::string(kStory) + "\n\n") == 1.0);
}

TEST_CASE("issue 12: two different stories on the same topic are not near-duplicates") {
  CHECK(sim(kStory, kOtherStory) < 0.2);
  CHECK(sim(kChangedSentence, kOtherStory) < 0.2);
}

TEST_CASE(
    "issue 12: texts under thirty words have no signature, and signatures round-trip as bytes") {
  CHECK_FALSE(
      text::minhash_of("TORONTO, March 3 - Qtly div six cts vs six cts prior. Pay April one"));
  const auto sig = text::minhash_of(kStory);
  REQUIRE(sig);
  const auto bytes = text::to_bytes(*sig);
  CHECK(text::from_bytes(bytes) == sig);
  CHECK_FALSE(text::from_bytes(std::span<const unsigned char>(bytes.data(), 7)));
}
