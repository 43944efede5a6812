#include "extract/text/word_features.hpp"

#include "extract/text/char_class.hpp"
#include "extract/text/utf8.hpp"

namespace kg::text {

std::string lowercase(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return r;
}

std::string normalize_form(std::string_view form) {
  std::string r;
  r.reserve(form.size());
  for (size_t p = 0; p < form.size();) {
    const auto c = static_cast<unsigned char>(form[p]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z')
        r += static_cast<char>(c + 32);
      else if (c >= '0' && c <= '9')
        r += '0';
      else
        r += static_cast<char>(c);
      ++p;
      continue;
    }
    size_t len = 1;
    const char32_t cp = utf8::decode(form, p, len);
    switch (cp) {
      case 0x2018:
      case 0x2019:
      case 0x201A:
      case 0x201B:
        r += '\'';
        break;
      case 0x201C:
      case 0x201D:
      case 0x201E:
      case 0x201F:
      case 0x00AB:
      case 0x00BB:
        r += '"';
        break;
      case 0x2013:
      case 0x2014:
      case 0x2015:
        r += "--";
        break;
      case 0x2010:
      case 0x2011:
      case 0x2212:
        r += '-';
        break;
      case 0x2026:
        r += "...";
        break;
      default:
        r.append(form.substr(p, len));
    }
    p += len;
  }
  return r;
}

std::string word_shape(std::string_view form) {
  std::string r;
  char last = 0;
  int run = 0;
  for (size_t p = 0; p < form.size();) {
    size_t len = 1;
    const char32_t cp = utf8::decode(form, p, len);
    p += len;
    char k;
    if (is_upper(cp))
      k = 'X';
    else if (is_lower(cp))
      k = 'x';
    else if (classify(cp) == CharClass::Digit)
      k = 'd';
    else if (cp < 0x80)
      k = static_cast<char>(cp);
    else
      k = classify(cp) == CharClass::Letter ? 'x' : '*';
    if (k == last) {
      if (++run > 2) continue;
    } else {
      run = 1;
      last = k;
    }
    r += k;
  }
  return r;
}

}  // namespace kg::text
