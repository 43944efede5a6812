#include "extract/nlp/evaluation.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <tuple>

#include "extract/text/char_class.hpp"
#include "extract/text/utf8.hpp"
#include "extract/text/word_features.hpp"

namespace kg::nlp {
using text::classify;
using text::lowercase;

using text::CharClass;
using text::Document;
using text::Sentence;
using text::Token;
namespace {

bool is_space_cp(char32_t c) {
  return classify(c) == CharClass::Space;
}

// Non-whitespace code points in s.
size_t visible_length(std::string_view s) {
  size_t n = 0;
  for (size_t p = 0; p < s.size();) {
    size_t len = 1;
    const char32_t c = text::utf8::decode(s, p, len);
    n += !is_space_cp(c);
    p += len;
  }
  return n;
}

size_t count_matches(std::vector<SpanUnit> a, std::vector<SpanUnit> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++n, ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return n;
}

}  // namespace

bool SpanUnit::operator<(const SpanUnit& o) const {
  return std::tie(begin, end, part, form) < std::tie(o.begin, o.end, o.part, o.form);
}
bool SpanUnit::operator==(const SpanUnit& o) const {
  return begin == o.begin && end == o.end && part == o.part && form == o.form;
}

std::string rebuild_text(const std::vector<ConlluSentence>& gold) {
  std::string text;
  bool glue = false;  // previous sentence ended with SpaceAfter=No
  for (size_t i = 0; i < gold.size(); ++i) {
    const ConlluSentence& s = gold[i];
    if (i > 0) {
      if (s.starts_paragraph())
        text += "\n\n";
      else if (!glue)
        text += ' ';
    }
    auto t = s.comment("text");
    if (!t) {
      // No "# text": rebuild it from the forms and SpaceAfter.
      std::string built;
      size_t mw = 0;
      for (size_t w = 0; w < s.words.size(); ++w) {
        while (mw < s.multiwords.size() && s.multiwords[mw].last < static_cast<int>(w)) ++mw;
        if (mw < s.multiwords.size() && s.multiwords[mw].first <= static_cast<int>(w)) {
          const ConlluMultiword& m = s.multiwords[mw];
          built += m.form;
          if (m.space_after() && m.last + 1 < static_cast<int>(s.words.size())) built += ' ';
          w = static_cast<size_t>(m.last);
          continue;
        }
        built += s.words[w].form;
        if (s.words[w].space_after() && w + 1 < s.words.size()) built += ' ';
      }
      t = built;
    }
    text += *t;
    glue = false;
    if (!s.words.empty()) {
      const bool in_mwt =
          !s.multiwords.empty() && s.multiwords.back().last == static_cast<int>(s.words.size()) - 1;
      glue = in_mwt ? !s.multiwords.back().space_after() : !s.words.back().space_after();
    }
  }
  return text;
}

SegmentationUnits gold_units(const std::vector<ConlluSentence>& gold) {
  SegmentationUnits u;
  size_t pos = 0;
  for (const ConlluSentence& s : gold) {
    const size_t sentence_begin = pos;
    size_t mw = 0;
    for (size_t w = 0; w < s.words.size(); ++w) {
      while (mw < s.multiwords.size() && s.multiwords[mw].last < static_cast<int>(w)) ++mw;
      if (mw < s.multiwords.size() && s.multiwords[mw].first == static_cast<int>(w)) {
        const ConlluMultiword& m = s.multiwords[mw];
        const size_t len = visible_length(m.form);
        u.tokens.push_back({pos, pos + len, -1, {}});
        for (int k = m.first; k <= m.last; ++k)
          u.words.push_back({pos, pos + len, k - m.first, lowercase(s.words[k].form)});
        pos += len;
        w = static_cast<size_t>(m.last);
        continue;
      }
      const size_t len = visible_length(s.words[w].form);
      u.tokens.push_back({pos, pos + len, -1, {}});
      u.words.push_back({pos, pos + len, -1, {}});
      pos += len;
    }
    u.sentences.push_back({sentence_begin, pos, -1, {}});
  }
  return u;
}

SegmentationUnits system_units(const Document& doc) {
  // visible[b] = non-whitespace code points before byte b.
  std::vector<size_t> visible(doc.text.size() + 1, 0);
  size_t n = 0;
  for (size_t p = 0; p < doc.text.size();) {
    size_t len = 1;
    const char32_t c = text::utf8::decode(doc.text, p, len);
    for (size_t k = 0; k < len && p + k <= doc.text.size(); ++k) visible[p + k] = n;
    n += !is_space_cp(c);
    p += len;
  }
  visible[doc.text.size()] = n;
  SegmentationUnits u;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    if (t.mwt_words > 1) {
      const Token& last = doc.tokens[i + t.mwt_words - 1];
      const size_t b = visible[t.bytes.begin], e = visible[last.bytes.end];
      u.tokens.push_back({b, e, -1, {}});
      for (int k = 0; k < t.mwt_words; ++k)
        u.words.push_back({b, e, k, lowercase(doc.form(doc.tokens[i + static_cast<size_t>(k)]))});
      i += t.mwt_words - 1;
      continue;
    }
    u.tokens.push_back({visible[t.bytes.begin], visible[t.bytes.end], -1, {}});
    u.words.push_back({visible[t.bytes.begin], visible[t.bytes.end], -1, {}});
  }
  for (const Sentence& s : doc.sentences)
    u.sentences.push_back({visible[s.bytes.begin], visible[s.bytes.end], -1, {}});
  return u;
}

SegmentationScores score_segmentation(const SegmentationUnits& gold,
                                      const SegmentationUnits& system) {
  const size_t gold_len = gold.tokens.empty() ? 0 : gold.tokens.back().end;
  const size_t sys_len = system.tokens.empty() ? 0 : system.tokens.back().end;
  if (gold_len != sys_len)
    throw std::runtime_error("the gold and system texts differ (" + std::to_string(gold_len) +
                             " vs " + std::to_string(sys_len) + " non-space characters)");
  SegmentationScores r;
  r.tokens = {gold.tokens.size(), system.tokens.size(), count_matches(gold.tokens, system.tokens)};
  r.words = {gold.words.size(), system.words.size(), count_matches(gold.words, system.words)};
  r.sentences = {gold.sentences.size(), system.sentences.size(),
                 count_matches(gold.sentences, system.sentences)};
  return r;
}

std::vector<int> align_words(const SegmentationUnits& gold, const SegmentationUnits& system) {
  std::map<SpanUnit, int> index;
  for (size_t i = 0; i < gold.words.size(); ++i) index.emplace(gold.words[i], static_cast<int>(i));
  std::vector<int> out(system.words.size(), -1);
  for (size_t i = 0; i < system.words.size(); ++i) {
    auto it = index.find(system.words[i]);
    if (it != index.end()) out[i] = it->second;
  }
  return out;
}

}  // namespace kg::nlp
