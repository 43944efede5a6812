// kg query: merged relations, filtered.
#include <iostream>

#include "store/queries.hpp"
#include "tools/command.hpp"
#include "tools/options.hpp"
#include "tools/relation_table.hpp"

namespace kg::tools {
namespace {

class QueryCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description(
        "Lists merged relations (actor -[action]-> target), most articles first, then the\n"
        "largest |Goldstein|. By default only asserted and hedged relations between entities\n"
        "with a coded action: --modality all (or negated, hypothetical, planned ...) and --all\n"
        "show the rest. Each row's id (R12) is what 'kg evidence' takes. Examples:\n"
        "  kg query --target USA --action accuse --since 2013-01-01 --until 2013-12-31\n"
        "  kg query --actor CHN --action 19        (CAMEO root 19: fight)\n"
        "  kg query --claimed-by Pentagon");
    add_db_option(app, db_);
    add_relation_filter(app, filter_);
    app.add_option("--limit", filter_.limit, "at most N rows (default 50; 0 for all)");
    add_format_option(app, format_);
  }

  int run() override {
    store::Store db(db_, store::OpenMode::ReadOnly);
    const auto rows = store::query_relations(db, filter_);
    print_relations(std::cout, db, rows, format_);
    return kExitOk;
  }

 private:
  std::string db_;
  store::RelationFilter filter_;
  std::string format_ = "table";
};

}  // namespace

std::unique_ptr<Command> make_query_command() {
  return std::make_unique<QueryCommand>();
}

}  // namespace kg::tools
