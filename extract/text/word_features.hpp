#pragma once
// How the tagger and parser see a word: a normalized form (lowercase, digits
// as 0, curly quotes and long dashes as their ASCII forms) and a shape
// ("Xxxx", "dd.d", "X.X."), hashed once per token.
#include <cstdint>
#include <string>
#include <string_view>

namespace kg::text {

std::string normalize_form(std::string_view form);  // lowercase, digits -> 0, quotes/dashes ASCII
std::string word_shape(std::string_view form);      // runs of one class cut at 2: "Xxx", "dd"
std::string lowercase(std::string_view s);          // ASCII lowercase, other bytes kept

}  // namespace kg::text
