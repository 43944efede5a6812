#include "extract/text/text_normalizer.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <algorithm>

namespace kg::text {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

bool all_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string to_nfc(std::string text) {
  if (all_ascii(text)) return text;  // ASCII is always NFC; skip ICU entirely
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normalizer is unavailable");
  icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return text;
  status = U_ZERO_ERROR;
  std::string out;
  out.reserve(text.size());
  icu::StringByteSink<std::string> sink(&out);
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_FAILURE(status)) throw std::runtime_error("NFC normalization failed");
  return out;
}

}  // namespace

size_t valid_utf8_length(std::string_view s, size_t p) {
  const auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char c = b(p);
  if (c < 0x80) return 1;
  size_t n;
  uint32_t min;
  uint32_t cp;
  if ((c & 0xE0) == 0xC0) {
    n = 2;
    min = 0x80;
    cp = c & 0x1Fu;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3;
    min = 0x800;
    cp = c & 0x0Fu;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4;
    min = 0x10000;
    cp = c & 0x07u;
  } else
    return 0;
  if (p + n > s.size()) return 0;
  for (size_t i = 1; i < n; ++i) {
    if ((b(p + i) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(p + i) & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

NormalizedText repair_utf8(std::string_view bytes) {
  NormalizedText r;
  r.text.reserve(bytes.size());
  size_t p = 0;
  while (p < bytes.size()) {
    // Fast path over ASCII runs, which is nearly all news text.
    size_t q = p;
    while (q < bytes.size() && static_cast<unsigned char>(bytes[q]) < 0x80) ++q;
    r.text.append(bytes.substr(p, q - p));
    p = q;
    if (p >= bytes.size()) break;
    const size_t n = valid_utf8_length(bytes, p);
    if (n == 0) {
      if (!r.first_invalid_offset) r.first_invalid_offset = p;
      ++r.invalid_sequences;
      r.text.append(kReplacement);
      ++p;
    } else {
      r.text.append(bytes.substr(p, n));
      p += n;
    }
  }
  return r;
}

std::optional<std::string> binary_reason(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 64 * 1024);
  const auto nul = head.find('\0');
  if (nul != std::string_view::npos)
    return "binary data (NUL byte at offset " + std::to_string(nul) + ")";
  size_t control = 0;
  size_t invalid = 0;
  for (size_t p = 0; p < head.size();) {
    const auto c = static_cast<unsigned char>(head[p]);
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
    const size_t n = valid_utf8_length(head, p);
    if (n == 0) {
      ++invalid;
      ++p;
    } else {
      p += n;
    }
  }
  // Real text in a legacy encoding has a few invalid bytes; binary has many.
  if (head.size() >= 16 && (control + invalid) * 10 > head.size() * 3)
    return "binary data (" + std::to_string(control + invalid) + " of the first " +
           std::to_string(head.size()) + " bytes are control bytes or invalid UTF-8)";
  return std::nullopt;
}

NormalizedText normalize_text(std::string_view bytes) {
  if (auto reason = binary_reason(bytes)) throw BinaryInputError(*reason);
  NormalizedText r = repair_utf8(bytes);
  r.text = to_nfc(std::move(r.text));
  return r;
}

}  // namespace kg::text
