// Fuzzes the text normalizer (UTF-8 repair, NFC, binary detection), then the
// segmenter (tokenizer and sentence splitter) on its output, and checks the
// tokenizer's contract: token spans are non-empty, ascending, inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/text/segmenter.hpp"
#include "extract/text/text_normalizer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const kg::text::Segmenter segmenter;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  kg::text::NormalizedText normalized;
  try {
    normalized = kg::text::normalize_text(bytes);
  } catch (const kg::text::BinaryInputError&) {
    normalized = kg::text::repair_utf8(bytes);  // the tokenizer still gets valid UTF-8
  }
  const size_t length = normalized.text.size();
  const auto doc = segmenter.segment(std::move(normalized.text));
  size_t previous_end = 0;
  for (const auto& token : doc.tokens) {
    const auto span = token.bytes;
    if (span.begin >= span.end || span.end > length || span.begin < previous_end) std::abort();
    previous_end = span.end;
  }
  return 0;
}
