#pragma once
// Small UTF-8 helpers shared by the segmenter and the feature extractors.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace kg::text::utf8 {

// Decodes the code point at s[p]; sets `len` to its byte length. Input is
// assumed valid (text_normalizer has run); a stray byte decodes as itself.
inline char32_t decode(std::string_view s, size_t p, size_t& len) {
  const auto c = static_cast<unsigned char>(s[p]);
  if (c < 0x80) {
    len = 1;
    return c;
  }
  auto cont = [&](size_t i) {
    return p + i < s.size() ? static_cast<char32_t>(static_cast<unsigned char>(s[p + i]) & 0x3F)
                            : 0;
  };
  if ((c & 0xE0) == 0xC0) {
    len = 2;
    return (static_cast<char32_t>(c & 0x1F) << 6) | cont(1);
  }
  if ((c & 0xF0) == 0xE0) {
    len = 3;
    return (static_cast<char32_t>(c & 0x0F) << 12) | (cont(1) << 6) | cont(2);
  }
  if ((c & 0xF8) == 0xF0) {
    len = 4;
    return (static_cast<char32_t>(c & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
  }
  len = 1;
  return c;
}

// Byte offset of the code point that ends just before s[p].
inline size_t previous(std::string_view s, size_t p) {
  if (p == 0) return 0;
  size_t q = p - 1;
  while (q > 0 && (static_cast<unsigned char>(s[q]) & 0xC0) == 0x80) --q;
  return q;
}

inline void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Number of code points.
inline size_t length(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace kg::text::utf8
