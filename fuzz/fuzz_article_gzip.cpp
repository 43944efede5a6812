// Fuzzes the gzip path of the article reader: the input is written as a
// .jsonl.gz (first byte even) or .txt.gz (odd) file and read back, so damaged,
// truncated and concatenated gzip streams reach zlib and the readers behind it.
#include <cstddef>
#include <cstdint>

#include "extract/text/article_reader.hpp"
#include "extract/text/errors.hpp"
#include "fuzz/fuzz_util.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const bool jsonl = (data[0] & 1) == 0;
  const auto path = kg::fuzz::write_scratch(jsonl ? ".jsonl.gz" : ".txt.gz", data + 1, size - 1);
  try {
    kg::text::ArticleReader reader({path.string()});
    reader.read([](kg::text::Article&&) {}, [](const kg::text::ReadProblem&) {});
  } catch (const kg::Error&) {
  }
  return 0;
}
