// Fuzzes the JSON Lines article reader through ArticleReader on a .jsonl file:
// line splitting, JSON parsing with its depth limit, fields, dates, metadata.
// Problems must be reported per line, never crash.
#include <cstddef>
#include <cstdint>

#include "extract/text/article_reader.hpp"
#include "extract/text/errors.hpp"
#include "fuzz/fuzz_util.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto path = kg::fuzz::write_scratch(".jsonl", data, size);
  try {
    kg::text::ArticleReader reader({path.string()});
    reader.read([](kg::text::Article&&) {}, [](const kg::text::ReadProblem&) {});
  } catch (const kg::Error&) {
  }
  return 0;
}
