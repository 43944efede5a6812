#pragma once
// Serializations of a KnowledgeGraph for `kg export`:
//   DOT      styled for reading: node shape by entity type, edge colour by
//            QuadClass, pen width by articles, label "action xN", claimed
//            relations dashed and labelled with who claimed them
//   GraphML  every attribute, for Gephi or yEd
//   JSON     {"nodes": [...], "edges": [...]}
//   CSV      one row per relation
#include <ostream>
#include <string>

#include "graph/knowledge_graph.hpp"

namespace kg::graph {

void write_dot(std::ostream& out, const KnowledgeGraph& g);
void write_graphml(std::ostream& out, const KnowledgeGraph& g);
void write_json(std::ostream& out, const KnowledgeGraph& g);
void write_csv(std::ostream& out, const KnowledgeGraph& g);

// A CSV field, quoted when it holds a comma, quote or newline (RFC 4180).
std::string csv_cell(const std::string& v);
// GraphViz colour of a QuadClass (1 verbal cooperation ... 4 material conflict).
const char* quad_colour(int quad_class);

}  // namespace kg::graph
