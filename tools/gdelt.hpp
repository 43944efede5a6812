#pragma once
// kg export --format gdelt | gdelt-mentions: the relation graph as GDELT 2.0's
// event table (61 tab-separated columns, no header, one row per coded relation)
// and its mentions table (16 columns, one row per supporting event). GDELT has no
// column for negation or modality, so only affirmative asserted and hedged
// events count: a relation without one is not written. Columns kg cannot fill
// (geography, tone, ethnic and religion codes, translation) are empty; the list
// is in docs/cli.md.
#include <ostream>

#include "graph/knowledge_graph.hpp"
#include "store/store.hpp"

namespace kg::tools {

inline constexpr size_t kGdeltEventColumns = 61;
inline constexpr size_t kGdeltMentionColumns = 16;

void write_gdelt_events(std::ostream& out, store::Store& db, const graph::KnowledgeGraph& g);
void write_gdelt_mentions(std::ostream& out, store::Store& db, const graph::KnowledgeGraph& g);

}  // namespace kg::tools
