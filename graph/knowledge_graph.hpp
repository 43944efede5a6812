#pragma once
// The merged graph an analyst questions, on Boost.Graph:
//
//   vertex (V)  one canonical entity: id, name, type, CAMEO code, mentions
//   edge   (E)  one merged relation actor -[action]-> target, with the
//               evidence aggregated over its events (articles, sources,
//               dates, modality counts, who claimed it, confidence)
//
// Built from rows the store hands over; vertices are never removed (vecS);
// filtered views are new graphs. Algorithms: PageRank, degree, betweenness
// (Brandes, sampled on large graphs), shortest paths and neighbourhoods
// (breadth-first, directions ignored).
#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace kg::graph {

struct Node {
  int64_t id = 0;  // entities.id
  std::string name, type, code;
  int64_t mentions = 0;
  std::string label;  // short display name for drawings ("CNCERT"); empty means `name`
};

struct Edge {
  int64_t id = 0;  // relations.id
  int64_t actor = 0, target = 0;
  std::string action, action_code, label;
  int quad_class = 0;  // 0 unknown, 1..4 GDELT QuadClass
  int64_t claimed_by = 0;
  std::string claimer, speakers;
  int64_t mentions = 0, articles = 0, sources = 0;
  std::string first_date, last_date;
  int64_t asserted = 0, negated = 0, hedged = 0, hypothetical = 0, planned = 0, question = 0;
  double confidence = 0;
  // Filled on request (store::add_relation_details): the most frequent lemma of its
  // events' actions, and its event ids in order (the first kMaxEventIds).
  std::string lemma;
  std::vector<int64_t> events;
  static constexpr size_t kMaxEventIds = 100;
};

// A relation's modality in one word, from its event counts: "asserted" when one of
// its events is affirmative and asserted (by the article, or by whoever claimed it);
// "negated" when every event is negated; else the most frequent of "hypothetical",
// "planned", "hedged", "question" (ties in that order). store/queries.cpp filters
// with the same rule in SQL.
std::string_view relation_modality(const Edge& e);
// "affirmative", "negated" (every event) or "mixed".
std::string_view relation_polarity(const Edge& e);
// The action as a reader should take it: "NOT accuse", "if accuse", "plans to consult",
// "may accuse", "accuse?" (modality), from the label or, uncoded, the action.
std::string relation_action_text(const Edge& e);
// The event code of a relation ("" when uncoded).
std::string_view relation_code(const Edge& e);
// Strongest first: more articles (each article counts once however often it repeats
// the event), then larger |Goldstein|, then more mentions, then lower id.
bool stronger(const Edge& a, const Edge& b);

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, Edge>;
using Vertex = Graph::vertex_descriptor;

class KnowledgeGraph {
 public:
  // Edges whose actor or target is not among `nodes` are dropped.
  KnowledgeGraph(std::vector<Node> nodes, const std::vector<Edge>& edges);

  const Graph& graph() const { return g_; }
  size_t node_count() const { return boost::num_vertices(g_); }
  size_t edge_count() const { return boost::num_edges(g_); }
  std::optional<Vertex> vertex(int64_t entity_id) const;

  enum class Ranking { PageRank, Degree, Betweenness };
  // One score per vertex, in vertex order. PageRank (damping 0.85, 30
  // iterations): each entity's share, summing to 1 over the graph. Degree:
  // relations in and out. Betweenness: shortest paths between other entities
  // that pass through it (direction ignored; estimated from 256 sources on
  // larger graphs).
  std::vector<double> rank(Ranking by) const;

  // Relations on a shortest path (ignoring direction), or nullopt.
  std::optional<std::vector<Edge>> shortest_path(int64_t from, int64_t to, int max_len) const;

  // Entities within `depth` steps and the relations among them.
  KnowledgeGraph neighbourhood(int64_t center, int depth) const;
  // The `n` strongest relations (see `stronger`) and their entities.
  KnowledgeGraph top_relations(size_t n) const;

 private:
  Graph g_;
  std::unordered_map<int64_t, Vertex> by_id_;
};

}  // namespace kg::graph
