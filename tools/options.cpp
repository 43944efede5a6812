#include "tools/options.hpp"

#include <iostream>

#include "extract/text/errors.hpp"

namespace kg::tools {

store::EntityRow resolve_entity(store::Store& db, const std::string& text) {
  const auto found = store::find_entities(db, text);
  if (found.empty())
    throw InputError("no entity named '" + text +
                     "' (try 'kg query' or 'kg search' to find names)");
  if (found.size() > 1) {
    std::cerr << "note: '" << text << "' matches " << found.size() << " entities; using "
              << found[0].name << " (id " << found[0].id << "); others:";
    for (size_t i = 1; i < found.size() && i < 6; ++i)
      std::cerr << " " << found[i].name << " (" << found[i].id << ")";
    std::cerr << '\n';
  }
  return found[0];
}

std::string relation_ref(int64_t id) {
  return "R" + std::to_string(id);
}
std::string event_ref(int64_t id) {
  return "E" + std::to_string(id);
}

}  // namespace kg::tools
