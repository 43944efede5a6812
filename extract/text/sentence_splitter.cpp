#include "extract/text/sentence_splitter.hpp"

#include <algorithm>
#include <array>
#include <span>

#include "extract/text/char_class.hpp"
#include "extract/text/utf8.hpp"

namespace kg::text {
namespace {

char32_t first_cp(std::string_view s) {
  size_t len = 0;
  return s.empty() ? 0 : utf8::decode(s, 0, len);
}

bool is_terminal(std::string_view w) {
  if (w.empty()) return false;
  if (w == "\xE2\x80\xA6") return true;  // …
  return std::all_of(w.begin(), w.end(), [](char c) { return c == '.' || c == '!' || c == '?'; });
}

bool is_closing(std::string_view w) {
  if (w == ")" || w == "]" || w == "}" || w == "''") return true;
  const char32_t c = first_cp(w);
  return utf8::length(w) == 1 && is_quote(c) && !is_opening_quote(c);
}

// Capitalized words that open sentences far more often than they continue a
// name, so an abbreviation followed by one of them ends its sentence.
constexpr std::array<std::string_view, 52> kOpeners = {
    "The",  "A",     "An",      "He",        "She",      "It",    "They",  "We",   "I",
    "You",  "This",  "That",    "These",     "Those",    "There", "But",   "And",  "So",
    "Yet",  "Or",    "In",      "On",        "At",       "For",   "If",    "When", "While",
    "As",   "After", "Before",  "Its",       "His",      "Her",   "Their", "Our",  "My",
    "Your", "What",  "Why",     "How",       "Where",    "Who",   "Some",  "Many", "Most",
    "Such", "Then",  "However", "Meanwhile", "Although", "Since", "Both"};

bool is_opener(std::string_view w) {
  return std::find(kOpeners.begin(), kOpeners.end(), w) != kOpeners.end();
}

constexpr std::array<std::string_view, 20> kTitles = {
    "Mr.",  "Mrs.", "Ms.",  "Dr.",  "Prof.", "Gen.", "Lt.", "Col.",  "Maj.", "Capt.",
    "Sgt.", "Adm.", "Gov.", "Sen.", "Rep.",  "Rev.", "St.", "Pres.", "Amb.", "Hon."};

bool is_title(std::string_view w) {
  return std::find(kTitles.begin(), kTitles.end(), w) != kTitles.end();
}

bool looks_like_url_token(std::string_view w) {
  return w.rfind("http://", 0) == 0 || w.rfind("https://", 0) == 0 || w.rfind("www.", 0) == 0;
}

bool can_start_sentence(std::string_view w) {
  const char32_t c = first_cp(w);
  if (is_upper(c) || classify(c) == CharClass::Digit) return true;
  // Reuters writes company names in angle brackets: "<Canuc Resources Inc> said".
  if (is_quote(c) || c == '(' || c == '[' || c == '<' || c == '-' || c == '*' || c == 0x2022)
    return true;
  return looks_like_url_token(w);
}

bool is_dash_token(std::string_view w) {
  return w == "-" || w == "--" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93";
}

bool is_all_caps_word(std::string_view w) {
  size_t letters = 0;
  for (size_t p = 0; p < w.size();) {
    size_t len = 1;
    const char32_t c = utf8::decode(w, p, len);
    if (is_lower(c)) return false;
    letters += is_upper(c);
    p += len;
  }
  return letters >= 2;
}

// "WASHINGTON (CNN) --", "NEW DELHI -", "SALVADOR, Feb 26 -": a dateline
// that opens the paragraph is a sentence of its own, as in EWT.
size_t dateline_end(std::string_view text, std::span<const Token> words, size_t start) {
  if (start >= words.size()) return 0;
  auto form = [&](size_t i) { return text.substr(words[i].bytes.begin, words[i].bytes.size()); };
  // "New York, June 19 -": a place written in capitals and small letters is a dateline
  // only with the month after it.
  const bool caps = is_all_caps_word(form(start));
  if (!caps && !is_upper(first_cp(form(start)))) return 0;
  bool month = false;
  for (size_t i = start + 1; i < words.size() && i < start + 9; ++i) {
    const std::string_view w = form(i);
    if (is_dash_token(w))
      return (caps || month) && i + 1 < words.size() && can_start_sentence(form(i + 1)) ? i + 1 : 0;
    static constexpr std::string_view kMonths[] = {
        "Jan",   "Feb",  "Mar", "Apr",    "May",       "June",    "July",     "Aug",
        "Sep",   "Sept", "Oct", "Nov",    "Dec",       "January", "February", "March",
        "April", "Jun",  "Jul", "August", "September", "October", "November", "December"};
    std::string_view bare = w;
    if (bare.ends_with('.')) bare.remove_suffix(1);
    month = month || std::ranges::find(kMonths, bare) != std::end(kMonths);
    const char32_t c = first_cp(w);
    const bool ok = is_upper(c) || classify(c) == CharClass::Digit || w == "," || w == "(" ||
                    w == ")" || w == "/";
    if (!ok) return 0;
  }
  return 0;
}

}  // namespace

std::vector<size_t> SentenceSplitter::split(std::string_view text,
                                            std::vector<Token>& words) const {
  std::vector<size_t> ends;
  auto form = [&](size_t i) { return text.substr(words[i].bytes.begin, words[i].bytes.size()); };
  size_t start = 0;
  size_t i = 0;
  while (i < words.size()) {
    const size_t n = words.size();
    const std::string_view w = form(i);
    size_t end = 0;  // 0: no boundary after word i
    if (i == start && start == 0) {
      if (const size_t d = dateline_end(text, words, start)) {
        ends.push_back(d);
        start = i = d;
        continue;
      }
    }
    if (is_terminal(w)) {
      size_t j = i + 1;
      // Closing quotes and brackets belong to the sentence they close. A quote
      // glued to the next word but not to the period opens the next sentence.
      while (j < n && is_closing(form(j))) {
        const bool opens_next = words[j - 1].space_after && !words[j].space_after;
        if (opens_next && is_quote(first_cp(form(j)))) break;
        ++j;
      }
      // A lowercase word after the period still starts a sentence (web text
      // often skips capitals), unless a quote closed before it ("Why?" he
      // asked) or the mark is an ellipsis ("... and then").
      const bool ellipsis = w.size() >= 2 && w.find_first_not_of('.') == std::string_view::npos;
      const bool quoted = j > i + 1;
      if (j >= n || can_start_sentence(form(j)) ||
          (!ellipsis && !quoted && is_lower(first_cp(form(j))) && w != "\xE2\x80\xA6"))
        end = j;
    } else if (looks_like_url_token(w) && i + 1 < n &&
               (looks_like_url_token(form(i + 1)) || is_upper(first_cp(form(i + 1))))) {
      end = i + 1;
    } else if (w.size() > 1 && w.back() == '.' && i + 1 < n && !is_title(w)) {
      const std::string_view next = form(i + 1);
      const bool initial = w.size() == 2 && is_upper(first_cp(w));
      if (!initial && (is_opener(next) || is_opening_quote(first_cp(next)))) {
        // The abbreviation's period doubles as the sentence's: make it a word.
        Token period = words[i];
        period.bytes.begin = period.bytes.end - 1;
        words[i].bytes.end -= 1;
        words[i].space_after = false;
        words.insert(words.begin() + static_cast<long>(i) + 1, period);
        end = i + 2;
      }
    }
    if (end == 0 && i + 1 - start >= kMaxWords && words[i].mwt_words == 0) end = i + 1;
    if (end != 0) {
      ends.push_back(end);
      start = end;
      i = end;
    } else {
      i += std::max<size_t>(1, words[i].mwt_words);
    }
  }
  if (!words.empty() && (ends.empty() || ends.back() != words.size())) ends.push_back(words.size());
  return ends;
}

}  // namespace kg::text
