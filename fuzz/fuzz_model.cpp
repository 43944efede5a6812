// Fuzzes the model-file reader. First byte even: the input is the whole file
// (header checks, CRC, zstd). Odd: the rest is a payload wrapped in a valid
// header, so the section readers of the lexicon, tagger, lemmatizer and parsers
// see it. Any input must load or give a ModelError, never crash or exhaust memory.
#include <cstddef>
#include <cstdint>

#include "extract/nlp/analyzer.hpp"
#include "extract/nlp/model_file.hpp"
#include "extract/text/errors.hpp"
#include "fuzz/fuzz_util.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const bool wrap = (data[0] & 1) != 0;
  std::filesystem::path path;
  if (wrap) {
    kg::nlp::ModelWriter writer;
    writer.bytes(data + 1, size - 1);
    path = kg::fuzz::scratch_path(".kgm");
    writer.save(path, 1);
  } else {
    path = kg::fuzz::write_scratch(".kgm", data + 1, size - 1);
  }
  try {
    (void)kg::nlp::Analyzer::load(path);
  } catch (const kg::Error&) {
  }
  return 0;
}
