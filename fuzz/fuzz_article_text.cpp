// Fuzzes the .txt article parser: the optional Title:/Date:/Source:/URL:
// header, the blank line and the body. Any input must give an article or an
// InputError, never a crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract/text/article_reader.hpp"
#include "extract/text/errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const auto article = kg::text::parse_text_article(std::move(text), "fuzz.txt", "fuzz");
    (void)article;
  } catch (const kg::Error&) {
  }
  return 0;
}
