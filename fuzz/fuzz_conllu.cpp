// Fuzzes the CoNLL-U reader: every input gives sentences or a ConlluError
// naming the line; read sentences are written back out.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "extract/nlp/conllu.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::ostringstream out;
  try {
    kg::nlp::ConlluReader reader(in, "fuzz.conllu");
    while (auto sentence = reader.next()) kg::nlp::write_conllu(out, *sentence);
  } catch (const kg::nlp::ConlluError&) {
  }
  return 0;
}
