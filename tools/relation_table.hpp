#pragma once
// Relations as a table (kg query, kg entity): one row per relation with the
// id kg evidence takes.
#include <vector>

#include "store/queries.hpp"
#include "tools/table.hpp"

namespace kg::tools {

// `brief`: the columns that fit an 80-column terminal (for --format table).
Table relation_table(store::Store& db, const std::vector<store::RelationRow>& rows,
                     bool brief = false);

// kg's relation listings: brief on a table, every field in jsonl and csv.
void print_relations(std::ostream& out, store::Store& db,
                     const std::vector<store::RelationRow>& rows, const std::string& format);

}  // namespace kg::tools
