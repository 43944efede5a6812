#pragma once
// Small questions about a parsed sentence's tree, shared by the parse repairs
// (parse_repair.cpp, argument_repair.cpp).
#include <cstddef>
#include <vector>

#include "extract/nlp/annotation.hpp"

namespace kg::events::detail {

inline bool is_noun_like(const nlp::ParsedToken& t) {
  return t.upos == nlp::Upos::NOUN || t.upos == nlp::Upos::PROPN || t.upos == nlp::Upos::PRON;
}

// Whether `ancestor` is word `i` or above it. The walk is bounded: a repair may leave
// a cycle for a moment.
inline bool descends_from(const std::vector<nlp::ParsedToken>& t, int i, int ancestor) {
  for (size_t steps = 0; i >= 0 && steps <= t.size(); i = t[static_cast<size_t>(i)].head, ++steps)
    if (i == ancestor) return true;
  return false;
}

}  // namespace kg::events::detail
