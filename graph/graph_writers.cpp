#include "graph/graph_writers.hpp"

#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "graph/cameo.hpp"

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
  std::string label = relation_action_text(e);
  if (e.mentions > 1) label += " x" + std::to_string(e.mentions);
  // Some of its events deny it: say how many.
  if (relation_polarity(e) == "mixed") label += " (" + std::to_string(e.negated) + " NOT)";
  if (e.claimed_by != 0) label += "\n(claimed by " + e.claimer + ")";
  return label;
}

// Negated, hypothetical, planned and question relations are not facts: drawn dotted grey.
bool drawn_as_fact(const Edge& e) {
  const std::string_view m = relation_modality(e);
  return m == "asserted" || m == "hedged";
}

std::string edge_tooltip(const Edge& e) {
  const std::string_view code = relation_code(e);
  std::string t = "relation R" + std::to_string(e.id) + ": ";
  if (!code.empty()) {
    t += "CAMEO " + std::string(code);
    const std::string plover = plover_of(code);
    if (!plover.empty()) t += ", PLOVER " + plover;
    if (const auto g = goldstein_of(code)) t += fmt::format(", Goldstein {:g}", *g);
    t += "; ";
  }
  t += std::string(relation_modality(e)) + ", " + std::to_string(e.articles) + " articles, " +
       e.first_date + " .. " + e.last_date;
  return t;
}

std::string number(double v) {
  return fmt::format("{:g}", v);
}

}  // namespace

const char* action_colour(std::string_view code) {
  switch (action_class(code)) {
    case ActionClass::Statement:
      return "#9467bd";  // purple: a statement, neither cooperation nor conflict
    case ActionClass::Uncoded:
      return quad_colour(0);
    default:
      return quad_colour(quad_class_of_code(code));
  }
}

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

std::vector<Field> relation_fields(const Edge& e, const Node& a, const Node& t) {
  using K = Field::Kind;
  const std::string_view code = relation_code(e);
  const auto goldstein = goldstein_of(code);
  const ActorCodeParts ap = split_actor_code(a.code), tp = split_actor_code(t.code);
  std::string evidence;
  for (int64_t id : e.events) evidence += (evidence.empty() ? "E" : " E") + std::to_string(id);
  auto n = [](int64_t v) { return std::to_string(v); };
  auto name_of = [](const Node& x) { return x.label.empty() ? x.name : x.label; };
  return {
      {"id", "R" + n(e.id), K::Text},
      {"actor", name_of(a), K::Text},
      {"action", e.label.empty() ? e.action : e.label, K::Text},
      {"code", std::string(code), K::Text},
      {"target", name_of(t), K::Text},
      {"claimed_by", e.claimed_by != 0 ? e.claimer : "", K::Text},
      {"articles", n(e.articles), K::Number},
      {"mentions", n(e.mentions), K::Number},
      {"first", e.first_date, K::Text},
      {"last", e.last_date, K::Text},
      {"sources", n(e.sources), K::Number},
      {"polarity", std::string(relation_polarity(e)), K::Text},
      {"modality", std::string(relation_modality(e)), K::Text},
      {"asserted", n(e.asserted), K::Number},
      {"negated", n(e.negated), K::Number},
      {"hedged", n(e.hedged), K::Number},
      {"hypothetical", n(e.hypothetical), K::Number},
      {"planned", n(e.planned), K::Number},
      {"question", n(e.question), K::Number},
      {"confidence", fmt::format("{:.2f}", e.confidence), K::Number},
      {"speakers", e.speakers, K::Text},
      {"actor_id", n(a.id), K::Number},
      {"actor_name", a.name, K::Text},
      {"actor_code", a.code, K::Text},
      {"actor_country", ap.country, K::Text},
      {"actor_agent", ap.agent(), K::Text},
      {"target_id", n(t.id), K::Number},
      {"target_name", t.name, K::Text},
      {"target_code", t.code, K::Text},
      {"target_country", tp.country, K::Text},
      {"target_agent", tp.agent(), K::Text},
      {"claimed_by_id", e.claimed_by > 0 ? n(e.claimed_by) : "", K::Number},
      {"lemma", e.lemma.empty() && code.empty() ? e.action : e.lemma, K::Text},
      {"quad_class", code.empty() ? "" : n(quad_class_of_code(code)), K::Number},
      {"goldstein", goldstein ? number(*goldstein) : "", K::Number},
      {"plover", plover_of(code), K::Text},
      {"evidence", evidence, K::List},
  };
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
    if (!n.code.empty()) label += "\n" + readable_actor_code(n.code);
    o << "[label=" << dot_quote(label) << ", shape=" << shape_of(n.type) << ", tooltip="
      << dot_quote(n.name + " (" + n.type + "), " + std::to_string(n.mentions) + " mentions, id " +
                   std::to_string(n.id))
      << "]";
  };
  auto edge_writer = [&](std::ostream& o, const Graph::edge_descriptor& ed) {
    const Edge& e = g[ed];
    const double width = 1.0 + std::log2(static_cast<double>(std::max<int64_t>(1, e.articles)));
    const bool fact = drawn_as_fact(e);
    const char* colour = fact ? action_colour(relation_code(e)) : "#a0a0a0";
    o << "[label=" << dot_quote(edge_label(e)) << ", color=\"" << colour << "\", fontcolor=\""
      << colour << "\", penwidth=" << width;
    if (!fact)
      o << ", style=dotted";
    else if (e.claimed_by != 0 || relation_modality(e) == "hedged")
      o << ", style=dashed";
    o << ", tooltip=" << dot_quote(edge_tooltip(e)) << "]";
  };
  auto graph_writer = [](std::ostream& o) {
    o << "graph [rankdir=LR, fontname=\"Helvetica\", overlap=false, splines=true, "
         "label=\"kg: green/blue = cooperation (verbal/material), orange/red = conflict "
         "(verbal/material), purple = statement, grey = uncoded; dashed = claimed by someone or "
         "hedged (may); dotted grey = not a fact: negated (NOT), hypothetical (if), planned "
         "(plans to) or question (?)\", labelloc=b, fontsize=10];\n"
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
  dp.property("asserted", boost::get(&Edge::asserted, g));
  dp.property("question", boost::get(&Edge::question, g));
  dp.property("confidence", boost::get(&Edge::confidence, g));
  dp.property("lemma", boost::get(&Edge::lemma, g));
  using ED = Graph::edge_descriptor;
  using VD = Graph::vertex_descriptor;
  auto edge_text = [&](auto fn) {
    return boost::make_function_property_map<ED, std::string>(
        [&g, fn](ED e) { return std::string(fn(g[e])); });
  };
  dp.property("polarity", edge_text([](const Edge& e) { return relation_polarity(e); }));
  dp.property("modality", edge_text([](const Edge& e) { return relation_modality(e); }));
  dp.property("plover", edge_text([](const Edge& e) { return plover_of(relation_code(e)); }));
  dp.property("goldstein", boost::make_function_property_map<ED, double>([&g](ED e) {
                return goldstein_of(relation_code(g[e])).value_or(0.0);
              }));
  dp.property("evidence", edge_text([](const Edge& e) {
                std::string ids;
                for (int64_t id : e.events) ids += (ids.empty() ? "E" : " E") + std::to_string(id);
                return ids;
              }));
  dp.property("country", boost::make_function_property_map<VD, std::string>(
                             [&g](VD v) { return split_actor_code(g[v].code).country; }));
  dp.property("agent", boost::make_function_property_map<VD, std::string>(
                           [&g](VD v) { return split_actor_code(g[v].code).agent(); }));
  boost::write_graphml(out, g, boost::get(boost::vertex_index, g), dp, true);
}

namespace {

nlohmann::json field_json(const Field& f) {
  switch (f.kind) {
    case Field::Kind::Number:
      if (f.value.empty()) return nullptr;
      if (f.value.find_first_of(".eE") == std::string::npos) return std::stoll(f.value);
      return std::stod(f.value);
    case Field::Kind::List: {
      nlohmann::json list = nlohmann::json::array();
      for (size_t i = 0; i < f.value.size();) {
        const size_t sp = std::min(f.value.find(' ', i), f.value.size());
        list.push_back(f.value.substr(i, sp - i));
        i = sp + 1;
      }
      return list;
    }
    default:
      return f.value.empty() ? nlohmann::json() : nlohmann::json(f.value);
  }
}

}  // namespace

nlohmann::json fields_json(const std::vector<Field>& fields) {
  nlohmann::json j = nlohmann::json::object();
  for (const Field& f : fields) j[f.name] = field_json(f);
  return j;
}

void write_json(std::ostream& out, const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  nlohmann::json nodes = nlohmann::json::array(), edges = nlohmann::json::array();
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    const Node& n = g[*v];
    const ActorCodeParts p = split_actor_code(n.code);
    nodes.push_back({{"id", n.id},
                     {"name", n.name},
                     {"type", n.type},
                     {"code", n.code},
                     {"country", p.country},
                     {"agent", p.agent()},
                     {"mentions", n.mentions}});
  }
  for (auto [e, end] = boost::edges(g); e != end; ++e)
    edges.push_back(
        fields_json(relation_fields(g[*e], g[boost::source(*e, g)], g[boost::target(*e, g)])));
  out << nlohmann::json{{"nodes", nodes}, {"edges", edges}}.dump(
             1, ' ', false, nlohmann::json::error_handler_t::replace)
      << '\n';
}

void write_csv(std::ostream& out, const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  bool header = true;
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const auto fields = relation_fields(g[*e], g[boost::source(*e, g)], g[boost::target(*e, g)]);
    if (header) {
      for (size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << fields[i].name;
      out << '\n';
      header = false;
    }
    for (size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << csv_cell(fields[i].value);
    out << '\n';
  }
  if (header) {  // no relations: the header alone
    const auto fields = relation_fields(Edge{}, Node{}, Node{});
    for (size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << fields[i].name;
    out << '\n';
  }
}

}  // namespace kg::graph
