#include "tools/relation_table.hpp"

#include <unordered_map>

#include "graph/cameo.hpp"
#include "graph/graph_writers.hpp"
#include "tools/options.hpp"

namespace kg::tools {
namespace {

graph::Node node_of(const store::EntityRow& e) {
  return {e.id, e.name, e.type, e.code, e.mentions, e.label};
}

// The action as the brief table shows it: modality words, then code and PLOVER type.
std::string brief_action(const store::RelationRow& r) {
  std::string action = graph::relation_action_text(r);
  if (graph::relation_polarity(r) == "mixed") action += " [" + std::to_string(r.negated) + " NOT]";
  const std::string_view code = graph::relation_code(r);
  if (!code.empty()) {
    const std::string plover = graph::plover_of(code);
    action += " (" + std::string(code) + (plover.empty() ? "" : " " + plover) + ")";
  }
  return action;
}

}  // namespace

Table relation_table(store::Store& db, const std::vector<store::RelationRow>& rows, bool brief) {
  std::unordered_map<int64_t, graph::Node> nodes;
  auto node = [&](int64_t id) -> const graph::Node& {
    auto it = nodes.find(id);
    if (it == nodes.end())
      it = nodes.emplace(id, node_of(store::entity_by_id(db, id).value_or(store::EntityRow{})))
               .first;
    return it->second;
  };
  if (brief) {
    Table t({{"id", false, false},
             {"actor", false, true, false, kEntityColumnWidth},
             {"action", false, true},
             {"target", false, true, false, kEntityColumnWidth},
             {"claimed_by", false, true, false, kEntityColumnWidth},
             {"modality", false, false},
             {"art", true, false},
             {"men", true, false},
             {"src", true, false},
             {"first", false, false}});
    for (const auto& r : rows)
      t.add({relation_ref(r.id), node(r.actor).label, brief_action(r), node(r.target).label,
             r.claimer, std::string(graph::relation_modality(r)), std::to_string(r.articles),
             std::to_string(r.mentions), std::to_string(r.sources), r.first_date});
    return t;
  }
  // Every field, as `kg export` writes them (graph::relation_fields, docs/cli.md).
  std::vector<store::RelationRow> detailed = rows;
  store::add_relation_details(db, detailed);
  std::vector<Column> columns;
  for (const auto& f : graph::relation_fields(graph::Edge{}, graph::Node{}, graph::Node{}))
    columns.push_back(
        {f.name, f.kind == graph::Field::Kind::Number, true, f.kind == graph::Field::Kind::List});
  Table t(std::move(columns));
  for (const auto& r : detailed) {
    std::vector<std::string> cells;
    for (auto& f : graph::relation_fields(r, node(r.actor), node(r.target)))
      cells.push_back(std::move(f.value));
    t.add(std::move(cells));
  }
  return t;
}

void print_relations(std::ostream& out, store::Store& db,
                     const std::vector<store::RelationRow>& rows, const std::string& format) {
  relation_table(db, rows, format == "table").print(out, format);
}

}  // namespace kg::tools
