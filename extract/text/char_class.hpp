#pragma once
// Character classes the tokenizer and sentence splitter reason with. ASCII is
// decided by table; other code points by their Unicode general category (ICU).
#include <cstdint>

namespace kg::text {

enum class CharClass : uint8_t {
  Space,
  Letter,  // letters, marks and any code point not classified otherwise
  Digit,
  Punct,  // punctuation and symbols: each is a token boundary candidate
};

CharClass classify(char32_t cp);
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);

// Quote and dash variants the tokenizer treats like their ASCII forms.
bool is_quote(char32_t cp);          // " ' ` and curly/angle quotes
bool is_opening_quote(char32_t cp);  // “ ‘ « ‹ „ and ``
bool is_dash(char32_t cp);           // - and U+2010..U+2015, U+2212
bool is_apostrophe(char32_t cp);     // ' ’ `

}  // namespace kg::text
