#pragma once
// Turns the bytes of an input into the text kg stores: valid UTF-8 (invalid
// sequences become U+FFFD), NFC-normalized, with binary input rejected. Knows
// nothing about files; callers name the input in messages they build from the
// returned report.
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kg::text {

// Thrown for input that is not text at all (NUL bytes, mostly control bytes).
class BinaryInputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct NormalizedText {
  std::string text;
  size_t invalid_sequences = 0;                // how many were replaced by U+FFFD
  std::optional<size_t> first_invalid_offset;  // byte offset in the input
};

// Requires: nothing. Ensures: result.text is valid NFC UTF-8.
// Throws BinaryInputError when `bytes` does not look like text.
NormalizedText normalize_text(std::string_view bytes);

// True when `bytes` holds a NUL or is mostly control or invalid bytes.
// Only the first 64 KiB are looked at, so huge inputs cost nothing extra.
std::optional<std::string> binary_reason(std::string_view bytes);

// Replaces invalid UTF-8 with U+FFFD; no normalization.
NormalizedText repair_utf8(std::string_view bytes);

// Length of the UTF-8 sequence starting at `p` if it is valid, else 0.
size_t valid_utf8_length(std::string_view s, size_t p);

}  // namespace kg::text
