#include <doctest/doctest.h>

#include "extract/text/text_normalizer.hpp"

using namespace kg::text;

TEST_CASE("invalid UTF-8 is replaced with U+FFFD and the first offset reported") {
  const NormalizedText r =
      normalize_text(std::string("ab\xFF"
                                 "cd\xC3(",
                                 7));
  CHECK(r.text ==
        "ab\xEF\xBF\xBD"
        "cd\xEF\xBF\xBD(");
  CHECK(r.invalid_sequences == 2);
  REQUIRE(r.first_invalid_offset);
  CHECK(*r.first_invalid_offset == 2);
}

TEST_CASE("overlong encodings and surrogates are invalid") {
  CHECK(repair_utf8("\xC0\xAF").invalid_sequences == 2);
  CHECK(repair_utf8("\xED\xA0\x80").invalid_sequences == 3);
  CHECK(repair_utf8("\xF0\x9F\x98\x80").invalid_sequences == 0);
}

TEST_CASE("text is NFC-normalized") {
  // e + combining acute -> precomposed e-acute
  CHECK(normalize_text("Cafe\xCC\x81").text == "Caf\xC3\xA9");
  CHECK(normalize_text("plain ASCII").text == "plain ASCII");
}

TEST_CASE("binary input is rejected") {
  CHECK_THROWS_AS(normalize_text(std::string("PK\x03\x04\0\0\x01", 7)), BinaryInputError);
  std::string noise;
  for (int i = 0; i < 400; ++i) noise += static_cast<char>(0x80 + (i * 7) % 64);
  CHECK(binary_reason(noise).has_value());
  CHECK_FALSE(binary_reason("Ordinary text with an odd byte \xE9 in it.").has_value());
}
