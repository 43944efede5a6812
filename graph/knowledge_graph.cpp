#include "graph/knowledge_graph.hpp"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/page_rank.hpp>

#include <algorithm>
#include <cmath>
#include <deque>
#include <numeric>
#include <random>
#include <set>

#include "graph/cameo.hpp"

namespace kg::graph {

std::string_view relation_modality(const Edge& e) {
  if (e.asserted > 0) return "asserted";
  if (e.mentions > 0 && e.negated >= e.mentions) return "negated";
  const std::pair<int64_t, std::string_view> kinds[] = {{e.hypothetical, "hypothetical"},
                                                        {e.planned, "planned"},
                                                        {e.hedged, "hedged"},
                                                        {e.question, "question"}};
  const auto* most = &kinds[0];
  for (const auto& k : kinds)
    if (k.first > most->first) most = &k;
  return most->first > 0 ? most->second : "asserted";
}

std::string_view relation_polarity(const Edge& e) {
  if (e.negated == 0) return "affirmative";
  return e.negated >= e.mentions ? "negated" : "mixed";
}

std::string_view relation_code(const Edge& e) {
  if (!e.action_code.empty()) return e.action_code;
  const bool digits = !e.action.empty() && std::all_of(e.action.begin(), e.action.end(),
                                                       [](char c) { return c >= '0' && c <= '9'; });
  return digits ? std::string_view(e.action) : std::string_view();
}

std::string relation_action_text(const Edge& e) {
  const std::string action = e.label.empty() ? e.action : e.label;
  const std::string_view m = relation_modality(e);
  if (m == "negated") return "NOT " + action;
  if (m == "hypothetical") return "if " + action;
  if (m == "planned") return "plans to " + action;
  if (m == "hedged") return "may " + action;
  if (m == "question") return action + "?";
  return action;
}

bool stronger(const Edge& a, const Edge& b) {
  if (a.articles != b.articles) return a.articles > b.articles;
  const double ga = std::abs(goldstein_of(relation_code(a)).value_or(0));
  const double gb = std::abs(goldstein_of(relation_code(b)).value_or(0));
  if (ga != gb) return ga > gb;
  if (a.mentions != b.mentions) return a.mentions > b.mentions;
  return a.id < b.id;
}

KnowledgeGraph::KnowledgeGraph(std::vector<Node> nodes, const std::vector<Edge>& edges) {
  for (auto& n : nodes) {
    const int64_t id = n.id;
    const Vertex v = boost::add_vertex(std::move(n), g_);
    by_id_.emplace(id, v);
  }
  for (const Edge& e : edges) {
    const auto a = by_id_.find(e.actor), t = by_id_.find(e.target);
    if (a == by_id_.end() || t == by_id_.end()) continue;
    boost::add_edge(a->second, t->second, e, g_);
  }
}

std::optional<Vertex> KnowledgeGraph::vertex(int64_t entity_id) const {
  const auto it = by_id_.find(entity_id);
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

namespace {

// Undirected neighbours of v (each relation once per direction it runs).
template <typename Fn>
void for_each_neighbour(const Graph& g, Vertex v, Fn&& fn) {
  for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) fn(boost::target(*e, g), *e);
  for (auto [e, end] = boost::in_edges(v, g); e != end; ++e) fn(boost::source(*e, g), *e);
}

// Brandes' betweenness, from every vertex or (large graphs) from a sample,
// scaled up; directions ignored.
std::vector<double> betweenness(const Graph& g) {
  const size_t n = boost::num_vertices(g);
  std::vector<double> cb(n, 0.0);
  std::vector<size_t> sources(n);
  std::iota(sources.begin(), sources.end(), 0);
  constexpr size_t kMaxSources = 256;
  double scale = 1.0;
  if (n > kMaxSources) {
    std::mt19937_64 rng(42);  // fixed: the same graph ranks the same way
    std::shuffle(sources.begin(), sources.end(), rng);
    sources.resize(kMaxSources);
    scale = static_cast<double>(n) / kMaxSources;
  }
  std::vector<std::vector<size_t>> preds(n);
  std::vector<double> sigma(n), delta(n);
  std::vector<int> dist(n);
  std::vector<size_t> order;
  for (size_t s : sources) {
    for (auto& p : preds) p.clear();
    std::fill(sigma.begin(), sigma.end(), 0.0);
    std::fill(delta.begin(), delta.end(), 0.0);
    std::fill(dist.begin(), dist.end(), -1);
    order.clear();
    sigma[s] = 1;
    dist[s] = 0;
    std::deque<size_t> q{s};
    while (!q.empty()) {
      const size_t v = q.front();
      q.pop_front();
      order.push_back(v);
      for_each_neighbour(g, v, [&](Vertex w, const auto&) {
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          q.push_back(w);
        }
        if (dist[w] == dist[v] + 1) {
          sigma[w] += sigma[v];
          preds[w].push_back(v);
        }
      });
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      const size_t w = *it;
      for (size_t v : preds[w]) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
      if (w != s) cb[w] += delta[w];
    }
  }
  for (double& x : cb) x = x * scale / 2;  // each undirected path counted from both ends
  return cb;
}

}  // namespace

std::vector<double> KnowledgeGraph::rank(Ranking by) const {
  const size_t n = boost::num_vertices(g_);
  std::vector<double> score(n, 0.0);
  if (n == 0) return score;
  switch (by) {
    case Ranking::Degree:
      for (size_t v = 0; v < n; ++v)
        score[v] = static_cast<double>(boost::out_degree(v, g_) + boost::in_degree(v, g_));
      break;
    case Ranking::PageRank: {
      auto map =
          boost::make_iterator_property_map(score.begin(), boost::get(boost::vertex_index, g_));
      boost::graph::page_rank(g_, map, boost::graph::n_iterations(30), 0.85);
      // Boost's scores sum to about the number of vertices (less what dangling
      // entities leak); a share of the whole reads the same on any graph.
      const double total = std::accumulate(score.begin(), score.end(), 0.0);
      if (total > 0)
        for (double& x : score) x /= total;
      break;
    }
    case Ranking::Betweenness:
      score = betweenness(g_);
      break;
  }
  return score;
}

std::optional<std::vector<Edge>> KnowledgeGraph::shortest_path(int64_t from, int64_t to,
                                                               int max_len) const {
  const auto a = vertex(from), b = vertex(to);
  if (!a || !b) return std::nullopt;
  const size_t n = boost::num_vertices(g_);
  std::vector<int> dist(n, -1);
  std::vector<std::optional<Graph::edge_descriptor>> via(n);
  std::deque<Vertex> q{*a};
  dist[*a] = 0;
  while (!q.empty() && dist[*b] < 0) {
    const Vertex v = q.front();
    q.pop_front();
    if (dist[v] >= max_len) continue;
    for_each_neighbour(g_, v, [&](Vertex w, const Graph::edge_descriptor& e) {
      if (dist[w] >= 0) return;
      dist[w] = dist[v] + 1;
      via[w] = e;
      q.push_back(w);
    });
  }
  if (dist[*b] < 0) return std::nullopt;
  std::vector<Edge> path;
  for (Vertex v = *b; v != *a;) {
    const auto e = *via[v];
    path.push_back(g_[e]);
    v = boost::source(e, g_) == v ? boost::target(e, g_) : boost::source(e, g_);
  }
  std::reverse(path.begin(), path.end());
  return path;
}

KnowledgeGraph KnowledgeGraph::neighbourhood(int64_t center, int depth) const {
  std::vector<Node> nodes;
  std::vector<Edge> edges;
  const auto c = vertex(center);
  if (!c) return KnowledgeGraph({}, {});
  std::vector<int> dist(boost::num_vertices(g_), -1);
  std::deque<Vertex> q{*c};
  dist[*c] = 0;
  while (!q.empty()) {
    const Vertex v = q.front();
    q.pop_front();
    nodes.push_back(g_[v]);
    if (dist[v] >= depth) continue;
    for_each_neighbour(g_, v, [&](Vertex w, const auto&) {
      if (dist[w] >= 0) return;
      dist[w] = dist[v] + 1;
      q.push_back(w);
    });
  }
  for (auto [e, end] = boost::edges(g_); e != end; ++e)
    if (dist[boost::source(*e, g_)] >= 0 && dist[boost::target(*e, g_)] >= 0)
      edges.push_back(g_[*e]);
  return KnowledgeGraph(std::move(nodes), edges);
}

KnowledgeGraph KnowledgeGraph::top_relations(size_t n) const {
  std::vector<Edge> edges;
  for (auto [e, end] = boost::edges(g_); e != end; ++e) edges.push_back(g_[*e]);
  std::stable_sort(edges.begin(), edges.end(), stronger);
  if (edges.size() > n) edges.resize(n);
  std::set<int64_t> keep;
  for (const auto& e : edges) keep.insert(e.actor), keep.insert(e.target);
  std::vector<Node> nodes;
  for (auto [v, end] = boost::vertices(g_); v != end; ++v)
    if (keep.count(g_[*v].id)) nodes.push_back(g_[*v]);
  return KnowledgeGraph(std::move(nodes), edges);
}

}  // namespace kg::graph
