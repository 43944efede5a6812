// Graph algorithms and writers on a hand-made graph: a chain A -> B -> C, a star
// around B, and an island E -> F.
#include "graph/knowledge_graph.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "graph/graph_writers.hpp"

using kg::graph::Edge;
using kg::graph::KnowledgeGraph;
using kg::graph::Node;

namespace {

KnowledgeGraph sample() {
  std::vector<Node> nodes;
  for (int64_t id = 1; id <= 6; ++id)
    nodes.push_back({id, std::string(1, static_cast<char>('A' + id - 1)), id <= 2 ? "GPE" : "ORG",
                     id <= 2 ? "CHN" : "", 1, ""});
  auto edge = [](int64_t id, int64_t a, int64_t t, int64_t articles, int quad) {
    // A code of the QuadClass: drawings colour by the code.
    static const char* kCodes[] = {"", "051", "061", "112", "190"};
    Edge e;
    e.id = id;
    e.actor = a;
    e.target = t;
    e.action = kCodes[quad];
    e.action_code = kCodes[quad];
    e.label = "accuse";
    e.quad_class = quad;
    e.articles = articles;
    e.mentions = articles;
    return e;
  };
  std::vector<Edge> edges = {edge(1, 1, 2, 5, 3), edge(2, 2, 3, 1, 1), edge(3, 4, 2, 2, 4),
                             edge(4, 5, 6, 1, 2), edge(5, 1, 99, 1, 3)};  // 99: unknown, dropped
  edges[2].claimed_by = 1;
  edges[2].claimer = "A";
  return KnowledgeGraph(std::move(nodes), edges);
}

}  // namespace

TEST_CASE("edges to unknown entities are dropped") {
  const auto g = sample();
  CHECK(g.node_count() == 6);
  CHECK(g.edge_count() == 4);
}

TEST_CASE("shortest paths ignore direction and respect the length limit") {
  const auto g = sample();
  const auto path = g.shortest_path(1, 3, 6);
  REQUIRE(path);
  REQUIRE(path->size() == 2);
  CHECK((*path)[0].id == 1);
  CHECK((*path)[1].id == 2);
  const auto back = g.shortest_path(3, 4, 6);  // C <- B <- D: against the arrows
  REQUIRE(back);
  CHECK(back->size() == 2);
  CHECK_FALSE(g.shortest_path(1, 3, 1));
  CHECK_FALSE(g.shortest_path(1, 6, 6));  // the island
}

TEST_CASE("neighbourhoods grow with depth; top relations keep the strongest") {
  const auto g = sample();
  CHECK(g.neighbourhood(1, 1).node_count() == 2);
  CHECK(g.neighbourhood(1, 2).node_count() == 4);
  const auto top = g.top_relations(1);
  CHECK(top.edge_count() == 1);
  CHECK(top.node_count() == 2);
}

TEST_CASE("rankings: the hub by degree and betweenness, sources last by PageRank") {
  const auto g = sample();
  auto id_of_best = [&](const std::vector<double>& scores) {
    const auto best = std::max_element(scores.begin(), scores.end()) - scores.begin();
    return g.graph()[static_cast<size_t>(best)].id;
  };
  CHECK(id_of_best(g.rank(KnowledgeGraph::Ranking::Degree)) == 2);
  CHECK(id_of_best(g.rank(KnowledgeGraph::Ranking::Betweenness)) == 2);
  // PageRank flows along the arrows: B and C, which receive, outrank A, D and E.
  const auto pr = g.rank(KnowledgeGraph::Ranking::PageRank);
  REQUIRE(pr.size() == 6);
  auto score = [&](int64_t id) { return pr[*g.vertex(id)]; };
  for (int64_t source : {1, 4, 5}) {
    CHECK(score(2) > score(source));
    CHECK(score(3) > score(source));
  }
}

TEST_CASE("DOT styles claimed edges, colours and shapes; GraphML declares its keys") {
  const auto g = sample();
  std::ostringstream dot;
  kg::graph::write_dot(dot, g);
  const std::string d = dot.str();
  CHECK(d.find("style=dashed") != std::string::npos);
  CHECK(d.find(kg::graph::quad_colour(4)) != std::string::npos);
  CHECK(d.find("shape=doubleoctagon") != std::string::npos);
  CHECK(d.find("claimed by A") != std::string::npos);
  std::ostringstream graphml;
  kg::graph::write_graphml(graphml, g);
  const std::string x = graphml.str();
  for (const char* key :
       {"attr.name=\"name\"", "attr.name=\"articles\"", "attr.name=\"claimed_by\""})
    CHECK(x.find(key) != std::string::npos);
  CHECK(std::count(x.begin(), x.end(), '\n') > 20);
  std::ostringstream csv;
  kg::graph::write_csv(csv, g);
  const std::string rows = csv.str();
  CHECK(std::count(rows.begin(), rows.end(), '\n') == 5);  // header + 4 relations
}

TEST_CASE("issue 12: a relation's modality and polarity come from its event counts") {
  Edge e;
  e.label = "accuse";
  e.mentions = 3;
  e.asserted = 1;
  e.negated = 2;
  CHECK(kg::graph::relation_modality(e) == "asserted");  // one asserted event is enough
  CHECK(kg::graph::relation_polarity(e) == "mixed");
  CHECK(kg::graph::relation_action_text(e) == "accuse");
  e.asserted = 0;
  e.negated = 3;
  CHECK(kg::graph::relation_modality(e) == "negated");
  CHECK(kg::graph::relation_polarity(e) == "negated");
  CHECK(kg::graph::relation_action_text(e) == "NOT accuse");
  e.negated = 1;
  e.hypothetical = 1;
  e.planned = 1;
  CHECK(kg::graph::relation_modality(e) == "hypothetical");  // ties: hypothetical first
  CHECK(kg::graph::relation_action_text(e) == "if accuse");
  e.planned = 2;
  CHECK(kg::graph::relation_action_text(e) == "plans to accuse");
  e.hypothetical = e.planned = 0;
  e.hedged = 2;
  CHECK(kg::graph::relation_action_text(e) == "may accuse");
  e.hedged = 0;
  e.question = 2;
  CHECK(kg::graph::relation_action_text(e) == "accuse?");

  // Drawn: a mixed relation says how many of its events deny it.
  Edge mixed;
  mixed.id = 1;
  mixed.actor = 1;
  mixed.target = 2;
  mixed.action = mixed.action_code = "112";
  mixed.label = "accuse";
  mixed.mentions = 3;
  mixed.asserted = 2;
  mixed.negated = 1;
  const KnowledgeGraph g({{1, "A", "GPE", "CHN", 1, ""}, {2, "B", "GPE", "USA", 1, ""}}, {mixed});
  std::ostringstream dot;
  kg::graph::write_dot(dot, g);
  CHECK(dot.str().find("accuse x3 (1 NOT)") != std::string::npos);
}
