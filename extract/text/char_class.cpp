#include "extract/text/char_class.hpp"

#include <unicode/uchar.h>

#include <array>

namespace kg::text {

namespace {

constexpr CharClass ascii_class(char32_t cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_') return CharClass::Letter;
  if (cp >= '0' && cp <= '9') return CharClass::Digit;
  if (cp <= 0x20 || cp == 0x7F) return CharClass::Space;  // controls count as space
  return CharClass::Punct;
}

constexpr auto kAsciiClass = [] {
  std::array<CharClass, 128> t{};
  for (char32_t c = 0; c < 128; ++c) t[c] = ascii_class(c);
  return t;
}();

}  // namespace

CharClass classify(char32_t cp) {
  if (cp < 0x80) return kAsciiClass[cp];
  const auto c = static_cast<UChar32>(cp);
  if (u_isUWhiteSpace(c) || cp == 0x200B || cp == 0xFEFF || cp == 0x00AD) return CharClass::Space;
  const int32_t mask = U_GET_GC_MASK(c);
  if (mask & U_GC_ND_MASK) return CharClass::Digit;
  if (mask & (U_GC_P_MASK | U_GC_S_MASK)) return CharClass::Punct;
  if (mask & U_GC_C_MASK) return cp == 0xFFFD ? CharClass::Punct : CharClass::Space;
  return CharClass::Letter;
}

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

bool is_lower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return u_islower(static_cast<UChar32>(cp));
}

bool is_quote(char32_t cp) {
  switch (cp) {
    case '"':
    case '\'':
    case '`':
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2039:
    case 0x203A:
      return true;
    default:
      return false;
  }
}

bool is_opening_quote(char32_t cp) {
  return cp == 0x201C || cp == 0x2018 || cp == 0x00AB || cp == 0x2039 || cp == 0x201E ||
         cp == 0x201A || cp == '`';
}

bool is_dash(char32_t cp) {
  return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}

bool is_apostrophe(char32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == '`';
}

}  // namespace kg::text
