#pragma once
// Serializations of a KnowledgeGraph for `kg export`:
//   DOT      styled for reading: node shape by entity type, edge colour by
//            the action's class (QuadClass, statements apart), pen width by
//            articles, label "action xN" with its modality ("NOT", "if",
//            "plans to", "may"), claimed relations dashed and labelled with
//            who claimed them, negated/hypothetical/planned/question dotted grey
//   GraphML  every attribute, for Gephi or yEd
//   JSON     {"nodes": [...], "edges": [...]}
//   CSV      one row per relation
// JSON edges, CSV rows and the JSONL/CSV rows of the query commands share one
// record of fields per relation (relation_fields), documented in docs/cli.md.
#include <nlohmann/json_fwd.hpp>

#include <ostream>
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kg::graph {

void write_dot(std::ostream& out, const KnowledgeGraph& g);
void write_graphml(std::ostream& out, const KnowledgeGraph& g);
void write_json(std::ostream& out, const KnowledgeGraph& g);
void write_csv(std::ostream& out, const KnowledgeGraph& g);

// One field of a relation's record. Lists are space-separated in `value`.
struct Field {
  enum class Kind { Text, Number, List };
  std::string name, value;
  Kind kind = Kind::Text;
};
// Every field of a relation, in the documented order; `actor` and `target` are its ends.
std::vector<Field> relation_fields(const Edge& e, const Node& actor, const Node& target);

// The record as a JSON object: numbers as numbers, lists as arrays, empty as null.
nlohmann::json fields_json(const std::vector<Field>& fields);

// A CSV field, quoted when it holds a comma, quote or newline (RFC 4180).
std::string csv_cell(const std::string& v);
// GraphViz colour of a QuadClass (1 verbal cooperation ... 4 material conflict).
const char* quad_colour(int quad_class);
// GraphViz colour of an event code: its QuadClass's, purple for a neutral or
// negative statement (CAMEO 01: comment, deny responsibility), grey when uncoded.
const char* action_colour(std::string_view event_code);

}  // namespace kg::graph
