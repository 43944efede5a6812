#include "graph/graph_writers.hpp"

#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/dynamic_property_map.hpp>

#include <cmath>
#include <nlohmann/json.hpp>

namespace kg::graph {
namespace {

std::string dot_quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

const char* shape_of(const std::string& type) {
  if (type == "PERSON") return "ellipse";
  if (type == "ORG") return "box";
  if (type == "GPE") return "doubleoctagon";
  if (type == "GROUP") return "hexagon";
  return "note";
}

std::string edge_label(const Edge& e) {
  std::string label = e.label.empty() ? e.action : e.label;
  if (e.mentions > 1) label += " x" + std::to_string(e.mentions);
  if (e.claimed_by != 0) label += "\n(claimed by " + e.claimer + ")";
  return label;
}

}  // namespace

const char* quad_colour(int q) {
  switch (q) {
    case 1:
      return "#2ca02c";  // verbal cooperation: green
    case 2:
      return "#1f77b4";  // material cooperation: blue
    case 3:
      return "#ff7f0e";  // verbal conflict: orange
    case 4:
      return "#d62728";  // material conflict: red
    default:
      return "#7f7f7f";
  }
}

std::string csv_cell(const std::string& v) {
  if (v.find_first_of(",\"\n") == std::string::npos) return v;
  std::string q = "\"";
  for (char c : v) {
    if (c == '"') q += '"';
    q += c;
  }
  return q + "\"";
}

void write_dot(std::ostream& out, const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  auto vertex_writer = [&](std::ostream& o, Vertex v) {
    const Node& n = g[v];
    std::string label = n.label.empty() ? n.name : n.label;
    if (!n.code.empty()) label += "\n" + n.code;
    o << "[label=" << dot_quote(label) << ", shape=" << shape_of(n.type) << ", tooltip="
      << dot_quote(n.name + " (" + n.type + "), " + std::to_string(n.mentions) + " mentions, id " +
                   std::to_string(n.id))
      << "]";
  };
  auto edge_writer = [&](std::ostream& o, const Graph::edge_descriptor& ed) {
    const Edge& e = g[ed];
    const double width = 1.0 + std::log2(static_cast<double>(std::max<int64_t>(1, e.articles)));
    o << "[label=" << dot_quote(edge_label(e)) << ", color=\"" << quad_colour(e.quad_class)
      << "\", fontcolor=\"" << quad_colour(e.quad_class) << "\", penwidth=" << width;
    if (e.claimed_by != 0) o << ", style=dashed";
    o << ", tooltip="
      << dot_quote("relation R" + std::to_string(e.id) + ": " + std::to_string(e.articles) +
                   " articles, " + e.first_date + " .. " + e.last_date)
      << "]";
  };
  auto graph_writer = [](std::ostream& o) {
    o << "graph [rankdir=LR, fontname=\"Helvetica\", overlap=false, splines=true, "
         "label=\"kg: green/blue = cooperation (verbal/material), orange/red = conflict "
         "(verbal/material), dashed = claimed\", labelloc=b, fontsize=10];\n"
      << "node [fontname=\"Helvetica\", fontsize=11, style=filled, fillcolor=\"#f7f7f7\"];\n"
      << "edge [fontname=\"Helvetica\", fontsize=9];\n";
  };
  boost::write_graphviz(out, g, vertex_writer, edge_writer, graph_writer);
}

void write_graphml(std::ostream& out, const KnowledgeGraph& kg) {
  Graph& g =
      const_cast<Graph&>(kg.graph());  // dynamic_properties wants mutable maps; nothing is written
  boost::dynamic_properties dp;
  dp.property("entity_id", boost::get(&Node::id, g));
  dp.property("name", boost::get(&Node::name, g));
  dp.property("type", boost::get(&Node::type, g));
  dp.property("code", boost::get(&Node::code, g));
  dp.property("mentions", boost::get(&Node::mentions, g));
  dp.property("relation_id", boost::get(&Edge::id, g));
  dp.property("action", boost::get(&Edge::action, g));
  dp.property("action_code", boost::get(&Edge::action_code, g));
  dp.property("label", boost::get(&Edge::label, g));
  dp.property("quad_class", boost::get(&Edge::quad_class, g));
  dp.property("claimed_by", boost::get(&Edge::claimer, g));
  dp.property("speakers", boost::get(&Edge::speakers, g));
  dp.property("edge_mentions", boost::get(&Edge::mentions, g));
  dp.property("articles", boost::get(&Edge::articles, g));
  dp.property("sources", boost::get(&Edge::sources, g));
  dp.property("first_date", boost::get(&Edge::first_date, g));
  dp.property("last_date", boost::get(&Edge::last_date, g));
  dp.property("negated", boost::get(&Edge::negated, g));
  dp.property("hedged", boost::get(&Edge::hedged, g));
  dp.property("hypothetical", boost::get(&Edge::hypothetical, g));
  dp.property("planned", boost::get(&Edge::planned, g));
  dp.property("confidence", boost::get(&Edge::confidence, g));
  boost::write_graphml(out, g, boost::get(boost::vertex_index, g), dp, true);
}

void write_json(std::ostream& out, const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  nlohmann::json nodes = nlohmann::json::array(), edges = nlohmann::json::array();
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    const Node& n = g[*v];
    nodes.push_back({{"id", n.id},
                     {"name", n.name},
                     {"type", n.type},
                     {"code", n.code},
                     {"mentions", n.mentions}});
  }
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const Edge& r = g[*e];
    edges.push_back(
        {{"id", r.id},
         {"actor", r.actor},
         {"target", r.target},
         {"action", r.action},
         {"action_code", r.action_code},
         {"label", r.label},
         {"quad_class", r.quad_class},
         {"claimed_by", r.claimed_by == 0 ? nlohmann::json() : nlohmann::json(r.claimer)},
         {"mentions", r.mentions},
         {"articles", r.articles},
         {"sources", r.sources},
         {"first_date", r.first_date},
         {"last_date", r.last_date},
         {"modality",
          {{"asserted", r.asserted},
           {"negated", r.negated},
           {"hedged", r.hedged},
           {"hypothetical", r.hypothetical},
           {"planned", r.planned},
           {"question", r.question}}},
         {"confidence", r.confidence}});
  }
  out << nlohmann::json{{"nodes", nodes}, {"edges", edges}}.dump(
             1, ' ', false, nlohmann::json::error_handler_t::replace)
      << '\n';
}

void write_csv(std::ostream& out, const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  out << "relation_id,actor_id,actor,actor_code,action,action_code,label,quad_class,target_id,"
         "target,"
         "target_code,claimed_by,mentions,articles,sources,first_date,last_date,confidence\n";
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const Edge& r = g[*e];
    const Node& a = g[boost::source(*e, g)];
    const Node& t = g[boost::target(*e, g)];
    out << r.id << ',' << a.id << ',' << csv_cell(a.name) << ',' << a.code << ','
        << csv_cell(r.action) << ',' << r.action_code << ',' << csv_cell(r.label) << ','
        << r.quad_class << ',' << t.id << ',' << csv_cell(t.name) << ',' << t.code << ','
        << csv_cell(r.claimer) << ',' << r.mentions << ',' << r.articles << ',' << r.sources << ','
        << r.first_date << ',' << r.last_date << ',' << r.confidence << '\n';
  }
}

}  // namespace kg::graph
