#include "extract/text/tokenizer.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_map>

#include "extract/text/char_class.hpp"
#include "extract/text/utf8.hpp"
#include "extract/text/word_features.hpp"

namespace kg::embedded {
extern const std::string_view abbreviations;
}

namespace kg::text {

struct Tokenizer::Cp {
  char32_t c;
  uint32_t off;
  uint8_t len;
  CharClass cls;
  uint32_t end() const { return off + len; }
  bool alnum() const { return cls == CharClass::Letter || cls == CharClass::Digit; }
};

namespace {

using Cps = std::vector<Tokenizer::Cp>;

char lower_ascii(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

bool equals_lower(std::string_view s, std::string_view lower_word) {
  if (s.size() != lower_word.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (lower_ascii(s[i]) != lower_word[i]) return false;
  return true;
}

// Prefixes that EWT keeps attached before a hyphen ("e-mail", "non-stop").
constexpr std::array<std::string_view, 30> kHyphenPrefixes = {
    "e",  "non",  "co",   "post",  "pre",   "over",  "pro",     "ex",    "multi",  "mid",
    "re", "anti", "semi", "neo",   "sub",   "cross", "counter", "socio", "micro",  "intra",
    "un", "arch", "vice", "inter", "trans", "ultra", "mini",    "macro", "self-e", "bi"};
constexpr std::array<std::string_view, 3> kHyphenSuffixes = {"wise", "esque", "ish"};

bool is_hyphen_prefix(std::string_view part) {
  if (part.size() == 1) return part[0] == 'e' || part[0] == 'E';  // "e-mail", not "T-shirt"
  return std::any_of(kHyphenPrefixes.begin(), kHyphenPrefixes.end(),
                     [&](std::string_view p) { return equals_lower(part, p); });
}

// Police verbs written with a hyphen ("lathi-charged", "baton-charging", "tear-gassed")
// stay one word: split, the parser reads "lathi" as the subject's head.
bool is_hyphenated_verb(std::string_view first, std::string_view second) {
  const bool charge = second.size() >= 5 && equals_lower(second.substr(0, 5), "charg");
  const bool gas = second.size() >= 3 && equals_lower(second.substr(0, 3), "gas");
  return (charge && (equals_lower(first, "lathi") || equals_lower(first, "baton") ||
                     equals_lower(first, "cane"))) ||
         (gas && equals_lower(first, "tear") && second.size() > 3);
}

bool is_hyphen_suffix(std::string_view part) {
  return std::any_of(kHyphenSuffixes.begin(), kHyphenSuffixes.end(),
                     [&](std::string_view p) { return equals_lower(part, p); });
}

constexpr std::array<std::string_view, 24> kEmoticons = {
    ":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P",  ":-P", ":p", ":-p",
    ":/", ":-/", "=)", "^_^", "<3", ":o",  ":O", "XD",  ":'(", "-_-", "^^", ":|"};

bool is_emoticon(std::string_view s) {
  return std::find(kEmoticons.begin(), kEmoticons.end(), s) != kEmoticons.end();
}

bool starts_with_lower(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && equals_lower(s.substr(0, prefix.size()), prefix);
}

constexpr std::array<std::string_view, 20> kTlds = {
    ".com", ".org", ".net", ".edu", ".gov", ".mil", ".int", ".info", ".biz", ".io",
    ".uk",  ".de",  ".fr",  ".cn",  ".jp",  ".ru",  ".ca",  ".au",   ".us",  ".eu"};

bool looks_like_url(std::string_view s) {
  if (starts_with_lower(s, "http://") || starts_with_lower(s, "https://") ||
      starts_with_lower(s, "ftp://") || starts_with_lower(s, "www."))
    return s.size() > 7;
  if (s.find("://") != std::string_view::npos) return true;
  // Bare domains: "example.com", "bbc.co.uk/news".
  const auto slash = s.find('/');
  const std::string_view host = s.substr(0, slash);
  if (host.find('.') == std::string_view::npos || host.front() == '.') return false;
  for (char c : host)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-')) return false;
  return std::any_of(kTlds.begin(), kTlds.end(), [&](std::string_view t) {
    return host.size() > t.size() && equals_lower(host.substr(host.size() - t.size()), t);
  });
}

bool looks_like_email(std::string_view s) {
  const auto at = s.find('@');
  if (at == std::string_view::npos || at == 0) return false;
  const auto dot = s.find('.', at);
  if (dot == std::string_view::npos || dot == at + 1 || dot + 1 >= s.size()) return false;
  for (char c : s)
    if (static_cast<unsigned char>(c) < 0x80 &&
        !(std::isalnum(static_cast<unsigned char>(c)) || std::strchr("@._-+%'", c)))
      return false;
  return true;
}

bool is_closing_punct(char32_t c) {
  return c == ')' || c == ']' || c == '}' || c == '>' || c == ',' || c == ';' || c == ':' ||
         c == '%' || c == '*' || is_quote(c) || c == 0x2026;
}

// Informal contractions EWT writes as multiword tokens: whole word -> split point.
struct Informal {
  std::string_view word;
  size_t split;
};
constexpr std::array<Informal, 30> kInformal = {{
    {"kinda", 4},   {"sorta", 4},    {"lotta", 3},  {"outta", 3},  {"gimme", 3},  {"lemme", 3},
    {"cannot", 3},  {"gonna", 3},    {"wanna", 3},  {"gotta", 3},  {"dont", 2},   {"didnt", 3},
    {"doesnt", 4},  {"isnt", 2},     {"wasnt", 3},  {"arent", 3},  {"werent", 4}, {"couldnt", 5},
    {"wouldnt", 5}, {"shouldnt", 6}, {"havent", 4}, {"hasnt", 3},  {"hadnt", 3},  {"cant", 2},
    {"wont", 2},    {"ive", 1},      {"youre", 3},  {"theyre", 4}, {"thats", 4},  {"aint", 2},
}};

// Units written right after a number ("65k", "5pm", "13.9M"), split off as EWT does.
constexpr std::array<std::string_view, 34> kUnits = {
    "k",  "K",  "m",  "M",  "MM",  "mm",  "bn",   "b",   "B",  "pm", "am", "PM",
    "AM", "kg", "km", "cm", "g",   "lb",  "lbs",  "mph", "mg", "ml", "GB", "MB",
    "KB", "kb", "ft", "hr", "hrs", "min", "mins", "sec", "yr", "yrs"};

bool is_unit(std::string_view s) {
  return std::find(kUnits.begin(), kUnits.end(), s) != kUnits.end();
}

constexpr std::array<std::string_view, 28> kNumberWords = {
    "one",     "two",     "three",     "four",     "five",     "six",      "seven",
    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",   "thirty",
    "forty",   "fifty",   "sixty",     "seventy",  "eighty",   "ninety",   "hundred"};

bool is_number_word(std::string_view s) {
  return std::any_of(kNumberWords.begin(), kNumberWords.end(),
                     [&](std::string_view w) { return equals_lower(s, w); });
}

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

Tokenizer::Tokenizer() {
  std::string_view data = kg::embedded::abbreviations;
  while (!data.empty()) {
    const auto nl = data.find('\n');
    std::string_view line = data.substr(0, nl);
    data = nl == std::string_view::npos ? std::string_view() : data.substr(nl + 1);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (line.front() == '!')
      numeric_abbreviations_.emplace(line.substr(1));
    else
      abbreviations_.emplace(line);
  }
}

bool Tokenizer::is_abbreviation(std::string_view word, bool number_follows) const {
  if (word.size() < 2 || word.back() != '.') return false;
  const std::string w(word);
  if (abbreviations_.count(w)) return true;
  if (number_follows && numeric_abbreviations_.count(w)) return true;
  // Capitalized at a sentence start: "Etc." matches "etc.".
  if (w[0] >= 'A' && w[0] <= 'Z') {
    std::string l = w;
    l[0] = lower_ascii(l[0]);
    if (abbreviations_.count(l)) return true;
  }
  // Letter-period sequences: "U.S.", "a.m.", "J.", "Ph.D.".
  size_t parts = 0;
  size_t longest = 0;
  size_t run = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (c == '.') {
      if (run == 0) return false;
      ++parts;
      longest = std::max(longest, run);
      run = 0;
    } else if (std::isalpha(static_cast<unsigned char>(c)) ||
               static_cast<unsigned char>(c) >= 0x80) {
      ++run;
    } else {
      return false;
    }
  }
  return longest == 1 || (parts >= 2 && longest <= 3);
}

void Tokenizer::emit_word(std::string_view text, size_t b, size_t e,
                          std::vector<Token>& out) const {
  const std::string_view w = text.substr(b, e - b);
  auto push = [&](size_t pb, size_t pe) {
    Token t;
    t.bytes = {static_cast<uint32_t>(pb), static_cast<uint32_t>(pe)};
    t.space_after = false;
    out.push_back(t);
  };
  auto push_split = [&](size_t at) {
    push(b, at);
    out.back().mwt_words = 2;
    push(at, e);
  };
  // Number followed by a unit: two tokens ("65k" -> 65 k).
  {
    size_t i = 0;
    while (i < w.size() &&
           (std::isdigit(static_cast<unsigned char>(w[i])) ||
            ((w[i] == '.' || w[i] == ',' || w[i] == ':') && i > 0 && i + 1 < w.size() &&
             std::isdigit(static_cast<unsigned char>(w[i + 1])))))
      ++i;
    if (i > 0 && i < w.size() && is_unit(w.substr(i))) {
      push(b, b + i);
      push(b + i, e);
      return;
    }
  }
  // n't (straight or curly apostrophe)
  if (w.size() > 3 && equals_lower(w.substr(w.size() - 3), "n't")) return push_split(e - 3);
  if (w.size() > 5 && (w[w.size() - 5] == 'n' || w[w.size() - 5] == 'N') &&
      w.substr(w.size() - 4, 3) == "\xE2\x80\x99" && (w.back() == 't' || w.back() == 'T'))
    return push_split(e - 5);
  // 's 're 've 'll 'd 'm after a letter; a lone apostrophe after s (plural possessive).
  for (size_t i = w.size(); i-- > 1;) {
    size_t alen = 0;
    if (w[i] == '\'' || w[i] == '`')
      alen = 1;
    else if (i + 3 <= w.size() && w.substr(i, 3) == "\xE2\x80\x99")
      alen = 3;
    if (alen == 0) continue;
    const std::string_view clitic = w.substr(i + alen);
    const char before = w[i - 1];
    const bool letter_before = std::isalpha(static_cast<unsigned char>(before)) ||
                               static_cast<unsigned char>(before) >= 0x80;
    const bool known = equals_lower(clitic, "s") || equals_lower(clitic, "re") ||
                       equals_lower(clitic, "ve") || equals_lower(clitic, "ll") ||
                       equals_lower(clitic, "d") || equals_lower(clitic, "m");
    if (letter_before && (known || (clitic.empty() && (before == 's' || before == 'S'))))
      return push_split(b + i);
    break;  // only the last apostrophe can start a clitic
  }
  if (w.size() >= 2 && w.size() <= 8) {
    if (w == "im" || w == "Im") return push_split(b + 1);
    char buf[8];
    for (size_t i = 0; i < w.size(); ++i) buf[i] = lower_ascii(w[i]);
    static const std::unordered_map<std::string_view, size_t> informal = [] {
      std::unordered_map<std::string_view, size_t> m;
      for (const Informal& inf : kInformal) m.emplace(inf.word, inf.split);
      return m;
    }();
    const auto it = informal.find(std::string_view(buf, w.size()));
    if (it != informal.end()) return push_split(b + it->second);
  }
  push(b, e);
}

void Tokenizer::tokenize_chunk(std::string_view text, Cps& cps, const ChunkContext& ctx,
                               std::vector<Token>& out) const {
  const size_t n = cps.size();
  const auto chunk_text = [&](size_t i, size_t j) {
    return text.substr(cps[i].off, cps[j - 1].end() - cps[i].off);
  };
  const auto push_piece = [&](size_t i, size_t j) {
    Token t;
    t.bytes = {cps[i].off, cps[j - 1].end()};
    t.space_after = false;
    out.push_back(t);
  };
  // End of the run of punctuation starting at i that forms one token: repeated
  // characters ("...", "--", "!!!", "’’", ">>") and mixed ?! runs.
  const auto run_end = [&](size_t i, size_t hi) {
    const char32_t c = cps[i].c;
    size_t j = i + 1;
    if (c == '!' || c == '?') {
      while (j < hi && (cps[j].c == '!' || cps[j].c == '?')) ++j;
    } else if (c == ',' || c == ';' || c == ':' || c == '(' || c == '[' || c == '{') {
      // single
    } else if (c == '=' || c == '-' || c == '*' || c == '_' || c == '~' || c == '#') {
      while (j < hi && (cps[j].c == '=' || cps[j].c == '-' || cps[j].c == '*' || cps[j].c == '_' ||
                        cps[j].c == '~' || cps[j].c == '#'))
        ++j;
    } else if (c == 0x2018 || c == 0x2019) {
      while (j < hi && (cps[j].c == 0x2018 || cps[j].c == 0x2019)) ++j;
    } else {
      while (j < hi && cps[j].c == c) ++j;
    }
    return j;
  };
  if (n <= 3 && (cps[0].cls == CharClass::Punct || cps[0].c == 'X') &&
      is_emoticon(chunk_text(0, n)))
    return push_piece(0, n);
  // List markers: "(a)", "(2)", and "1." opening a paragraph.
  if (n >= 3 && n <= 4 && cps[0].c == '(' && cps[n - 1].c == ')' &&
      std::all_of(cps.begin() + 1, cps.end() - 1, [](const Cp& c) { return c.alnum(); }))
    return push_piece(0, n);
  if (ctx.first_in_paragraph && n >= 2 && n <= 3 && cps[n - 1].c == '.' &&
      is_digits(chunk_text(0, n - 1)))
    return push_piece(0, n);

  size_t lo = 0;
  size_t hi = n;
  std::vector<std::pair<size_t, size_t>> trailing;  // pieces peeled from the end, reversed

  // Leading punctuation.
  while (lo < hi && cps[lo].cls == CharClass::Punct) {
    const char32_t c = cps[lo].c;
    const bool next_alnum = lo + 1 < hi && cps[lo + 1].alnum();
    const bool next_digit = lo + 1 < hi && cps[lo + 1].cls == CharClass::Digit;
    if (is_apostrophe(c) && next_alnum) {
      const std::string rest = lowercase(chunk_text(lo + 1, hi));
      const bool year = std::all_of(rest.begin(), rest.end(), [](char ch) {
        return std::isdigit(static_cast<unsigned char>(ch)) || ch == 's';
      });
      if (year || rest == "s" || rest == "re" || rest == "ve" || rest == "ll" || rest == "d" ||
          rest == "m" || rest == "em" || rest == "t" || rest == "n" || rest == "tis" ||
          rest == "twas" || rest == "cause" || rest == "til")
        break;
    }
    if ((c == '-' || c == '+' || c == '.') && next_digit) break;
    if ((c == '.' || c == '@' || c == '#') && next_alnum && cps[lo + 1].cls == CharClass::Letter)
      break;
    const size_t run = run_end(lo, hi);
    push_piece(lo, run);
    lo = run;
  }
  if (lo < hi && cps[lo].cls != CharClass::Punct) {
    // URLs and e-mail addresses, without the punctuation that closes a sentence.
    size_t core_hi = hi;
    while (core_hi > lo + 1 && cps[core_hi - 1].cls == CharClass::Punct &&
           cps[core_hi - 1].c != '/' && is_closing_punct(cps[core_hi - 1].c))
      --core_hi;
    while (core_hi > lo + 1 &&
           (cps[core_hi - 1].c == '.' || cps[core_hi - 1].c == '!' || cps[core_hi - 1].c == '?'))
      --core_hi;
    const std::string_view core = chunk_text(lo, core_hi);
    const bool maybe = core.size() > 4 && core.find_first_of(".:@") != std::string_view::npos;
    if (maybe && (looks_like_url(core) || looks_like_email(core))) {
      push_piece(lo, core_hi);
      for (size_t i = core_hi; i < hi;) {
        const size_t r = run_end(i, hi);
        push_piece(i, r);
        i = r;
      }
      return;
    }
  }

  // Trailing punctuation.
  bool truncated = false;
  while (hi > lo && cps[hi - 1].cls == CharClass::Punct) {
    const char32_t c = cps[hi - 1].c;
    size_t r = hi - 1;
    if (c == '.' || c == '!' || c == '?') {
      while (r > lo && (cps[r - 1].c == '.' || cps[r - 1].c == '!' || cps[r - 1].c == '?')) --r;
      // An abbreviation keeps its period, except at the end of a paragraph,
      // where EWT splits it off as the sentence's final punctuation.
      if (hi - r == 1 && c == '.' && r > lo && !ctx.last_in_paragraph &&
          is_abbreviation(chunk_text(lo, hi), ctx.number_follows))
        break;
      trailing.emplace_back(r, hi);
      hi = r;
      continue;
    }
    if (c == '+' && r > lo + 1 && cps[r - 1].c == '+' && cps[r - 2].cls == CharClass::Letter)
      break;  // C++
    // Plural possessive: "workers'" is one token of two words, as in EWT.
    if ((c == '\'' || c == 0x2019) && r > lo + 1 && (cps[r - 1].c == 's' || cps[r - 1].c == 'S') &&
        cps[r - 2].cls == CharClass::Letter && hi == n)
      break;
    // A word cut off mid-way ("th- ", "understan- ") keeps its hyphen.
    if (c == '-' && r > lo && cps[r - 1].cls == CharClass::Letter && hi == n &&
        !ctx.last_in_paragraph && (r < 2 || cps[r - 2].c != '-') && r - lo <= 3 &&
        std::all_of(cps.begin() + static_cast<long>(lo), cps.begin() + static_cast<long>(r),
                    [](const Cp& x) { return x.cls == CharClass::Letter; })) {
      truncated = true;
      break;
    }
    size_t start_run = r;
    while (start_run > lo && cps[start_run - 1].c == c) --start_run;
    trailing.emplace_back(start_run, hi);
    hi = start_run;
  }

  if (truncated) {
    push_piece(lo, hi);
    return;
  }
  // The core: split at punctuation that is not word-internal.
  size_t start = lo;
  size_t i = lo;
  while (i < hi) {
    const Cp& c = cps[i];
    if (c.cls != CharClass::Punct) {
      ++i;
      continue;
    }
    const Cp* prev = i > start ? &cps[i - 1] : nullptr;
    const Cp* next = i + 1 < hi ? &cps[i + 1] : nullptr;
    bool internal = false;
    switch (c.c) {
      case '.':
        if (i + 1 == hi) {  // the trailing-punctuation pass kept it: an abbreviation
          internal = true;
          break;
        }
        if (prev && next && prev->cls == CharClass::Letter && next->cls == CharClass::Digit &&
            abbreviations_.count(std::string(chunk_text(start, i + 1)))) {
          push_piece(start, i + 1);  // "Nov.28"
          start = i + 1;
          ++i;
          continue;
        }
        internal = prev && next && prev->alnum() && next->alnum();
        // "service.There": a missing space after a sentence, not "U.S" or "e.g".
        if (internal && is_lower(prev->c) && is_upper(next->c) && i >= start + 2 &&
            cps[i - 2].cls == CharClass::Letter && i + 2 < hi && is_lower(cps[i + 2].c))
          internal = false;
        if (!internal && prev && prev->cls == CharClass::Letter &&
            is_abbreviation(chunk_text(start, i + 1), false)) {
          push_piece(start, i + 1);  // "U.S.-China": the abbreviation keeps its period
          start = i + 1;
          ++i;
          continue;
        }
        break;
      case ',':
        // Thousands separators: "1,000" but not "3,4".
        internal = prev && prev->cls == CharClass::Digit && i + 3 < hi &&
                   cps[i + 1].cls == CharClass::Digit && cps[i + 2].cls == CharClass::Digit &&
                   cps[i + 3].cls == CharClass::Digit &&
                   (i + 4 >= hi || cps[i + 4].cls != CharClass::Digit);
        break;
      case ':':
        internal = prev && next && prev->cls == CharClass::Digit && next->cls == CharClass::Digit;
        break;
      case '/': {
        // Dates "3/4/2005" and short forms "s/he", "w/o", "l/c" stay whole; "and/or" splits.
        size_t right = i + 1;
        while (right < hi && cps[right].cls == CharClass::Letter) ++right;
        internal =
            prev && next &&
            ((prev->cls == CharClass::Digit && next->cls == CharClass::Digit) ||
             (i - start <= 2 && prev->cls == CharClass::Letter && next->cls == CharClass::Letter &&
              right - i - 1 <= 2 && (right >= hi || !cps[right].alnum())));
        break;
      }
      case '-':
        if (prev && next && prev->alnum() && next->alnum()) {
          size_t part_end = i + 1;
          while (part_end < hi && cps[part_end].alnum()) ++part_end;
          size_t part_begin = i;
          while (part_begin > start && cps[part_begin - 1].alnum()) --part_begin;
          const std::string_view first = chunk_text(part_begin, i);
          const std::string_view second = chunk_text(i + 1, part_end);
          // Phone numbers and codes stay whole ("345-9945", "77415-0027", "1-800-555-1234");
          // ranges split ("1970 - 1971", "3 - 4"), as in EWT.
          size_t groups = 1;
          for (size_t k = start; k < hi && (cps[k].cls == CharClass::Digit || cps[k].c == '-'); ++k)
            groups += cps[k].c == '-';
          const bool digits =
              prev->cls == CharClass::Digit && next->cls == CharClass::Digit && is_digits(first) &&
              is_digits(second) &&
              (groups >= 3 || ((first.size() == 3 || first.size() == 5) && second.size() == 4));
          const bool letters = prev->cls == CharClass::Letter && next->cls == CharClass::Letter;
          internal = digits || (letters && (is_hyphen_prefix(first) || is_hyphen_suffix(second) ||
                                            is_hyphenated_verb(first, second) ||
                                            (is_number_word(first) && is_number_word(second))));
        }
        break;
      case '$':
        // Currency prefixes written with letters: "US$", "HK$".
        if (prev && i - start <= 3 &&
            std::all_of(cps.begin() + static_cast<long>(start), cps.begin() + static_cast<long>(i),
                        [](const Cp& x) { return x.c >= 'A' && x.c <= 'Z'; })) {
          push_piece(start, i + 1);
          start = i + 1;
          ++i;
          continue;
        }
        break;
      case '&':
      case '*':
        internal = prev && next && prev->alnum() && next->alnum();
        break;
      case '\'':
      case 0x2019:
      case '`':
        internal = (next && next->alnum() && (prev ? prev->alnum() : i == lo)) ||
                   (i + 1 == hi && prev && (prev->c == 's' || prev->c == 'S'));  // "workers'"
        break;
      case '+':
        internal = (prev && prev->c == '+') ||
                   (next && next->c == '+' && prev && prev->cls == CharClass::Letter);
        break;
      case '#':
      case '@':
        // Hashtags and handles: "#audiobooks", "@user".
        internal = (i == start && next && next->cls == CharClass::Letter) ||
                   (c.c == '@' && prev && next && prev->alnum() && next->alnum());
        break;
      default:
        break;
    }
    if (internal) {
      ++i;
      continue;
    }
    if (i > start) emit_word(text, cps[start].off, cps[i - 1].end(), out);
    const size_t run = run_end(i, hi);
    push_piece(i, run);
    start = run;
    i = run;
  }
  if (start < hi) emit_word(text, cps[start].off, cps[hi - 1].end(), out);
  for (auto it = trailing.rbegin(); it != trailing.rend(); ++it) push_piece(it->first, it->second);
}

void Tokenizer::tokenize(std::string_view text, size_t begin, size_t end,
                         std::vector<Token>& out) const {
  thread_local Cps cps;
  const size_t first_new = out.size();
  size_t p = begin;
  bool first = true;
  while (p < end) {
    size_t len = 1;
    char32_t c = utf8::decode(text, p, len);
    if (classify(c) == CharClass::Space) {
      p += len;
      continue;
    }
    cps.clear();
    size_t q = p;
    while (q < end) {
      c = utf8::decode(text, q, len);
      const CharClass cls = classify(c);
      if (cls == CharClass::Space) break;
      cps.push_back({c, static_cast<uint32_t>(q), static_cast<uint8_t>(len), cls});
      q += len;
    }
    size_t r = q;
    while (r < end && classify(utf8::decode(text, r, len)) == CharClass::Space) r += len;
    ChunkContext ctx;
    ctx.number_follows = r < end && std::isdigit(static_cast<unsigned char>(text[r]));
    ctx.first_in_paragraph = first;
    ctx.last_in_paragraph = r >= end;
    tokenize_chunk(text, cps, ctx, out);
    first = false;
    p = q;
  }
  for (size_t i = first_new; i < out.size(); ++i) {
    const uint32_t e = out[i].bytes.end;
    size_t len = 1;
    out[i].space_after =
        e >= text.size() || classify(utf8::decode(text, e, len)) == CharClass::Space;
  }
}

}  // namespace kg::text
