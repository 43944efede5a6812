#include "tools/relation_table.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <iterator>
#include <unordered_map>

#include "tools/options.hpp"

namespace kg::tools {

Table relation_table(store::Store& db, const std::vector<store::RelationRow>& rows, bool brief) {
  Table t = brief ? Table({{"id", false, false},
                           {"actor", false, true},
                           {"action", false, true},
                           {"target", false, true},
                           {"claimed_by", false, true},
                           {"art", true, false},
                           {"first", false, false}})
                  : Table({{"id", false, false},
                           {"actor", false, true},
                           {"action", false, true},
                           {"code", false, false},
                           {"target", false, true},
                           {"claimed_by", false, true},
                           {"articles", true, false},
                           {"mentions", true, false},
                           {"first", false, false},
                           {"last", false, false},
                           {"sources", true, false},
                           {"asserted", true, false},
                           {"negated", true, false},
                           {"hedged", true, false},
                           {"hypothetical", true, false},
                           {"planned", true, false},
                           {"question", true, false},
                           {"confidence", true, false},
                           {"speakers", false, true}});
  std::unordered_map<int64_t, std::string> names;
  auto name = [&](int64_t id) -> const std::string& {
    auto it = names.find(id);
    if (it == names.end())
      it = names.emplace(id, store::entity_by_id(db, id).value_or(store::EntityRow{}).label).first;
    return it->second;
  };
  for (const auto& r : rows) {
    std::string action = r.label.empty() ? r.action : r.label;
    if (r.negated == r.mentions && r.mentions > 0) action = "NOT " + action;
    if (brief) {
      if (!r.action_code.empty()) action += " (" + r.action_code + ")";
      // Nothing asserted: say what kind of statement the evidence makes.
      if (r.asserted == 0 && r.negated < r.mentions) {
        const std::pair<int64_t, const char*> kinds[] = {{r.hypothetical, "hypothetical"},
                                                         {r.planned, "planned"},
                                                         {r.hedged, "hedged"},
                                                         {r.question, "question"}};
        const auto* most =
            std::max_element(std::begin(kinds), std::end(kinds),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
        if (most->first > 0) action += std::string(" [") + most->second + "]";
      }
      t.add({relation_ref(r.id), name(r.actor), action, name(r.target), r.claimer,
             std::to_string(r.articles), r.first_date});
    } else {
      t.add({relation_ref(r.id), name(r.actor), action, r.action_code, name(r.target), r.claimer,
             std::to_string(r.articles), std::to_string(r.mentions), r.first_date, r.last_date,
             std::to_string(r.sources), std::to_string(r.asserted), std::to_string(r.negated),
             std::to_string(r.hedged), std::to_string(r.hypothetical), std::to_string(r.planned),
             std::to_string(r.question), fmt::format("{:.2f}", r.confidence), r.speakers});
    }
  }
  return t;
}

void print_relations(std::ostream& out, store::Store& db,
                     const std::vector<store::RelationRow>& rows, const std::string& format) {
  relation_table(db, rows, format == "table").print(out, format);
}

}  // namespace kg::tools
