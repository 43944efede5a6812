#include "tools/input_text.hpp"

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "extract/text/errors.hpp"
#include "extract/text/text_normalizer.hpp"

namespace kg::tools {

std::string read_input_text(const std::string& file) {
  std::string raw;
  const std::string name = file == "-" ? "<stdin>" : file;
  if (file == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    raw = ss.str();
  } else {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(file + ": cannot open (no such file or not readable)");
    raw.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  try {
    text::NormalizedText norm = text::normalize_text(raw);
    if (norm.first_invalid_offset)
      std::cerr << "warning: " << name << ": byte " << *norm.first_invalid_offset
                << ": invalid UTF-8 replaced with U+FFFD (" << norm.invalid_sequences
                << " sequences)\n";
    return std::move(norm.text);
  } catch (const text::BinaryInputError& e) {
    throw InputError(name + ": " + e.what() + "; not a text file");
  }
}

}  // namespace kg::tools
