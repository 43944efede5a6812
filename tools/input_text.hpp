#pragma once
// Reads a whole text input (a file or "-" for stdin) and normalizes it,
// warning once on stderr about replaced invalid UTF-8.
#include <string>

namespace kg::tools {

// Throws InputError naming the file when it is missing, unreadable or binary.
std::string read_input_text(const std::string& file);

}  // namespace kg::tools
