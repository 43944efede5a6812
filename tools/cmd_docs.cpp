// kg docs: list stored articles.
#include <fmt/core.h>

#include <iostream>

#include "store/store.hpp"
#include "tools/command.hpp"
#include "tools/options.hpp"
#include "tools/table.hpp"

namespace kg::tools {
namespace {

class DocsCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description("Lists stored articles (id, date, source, title), oldest id first.");
    add_db_option(app, db_);
    app.add_option("--source", filter_.source, "only articles from this source (exact)");
    app.add_option("--since", filter_.since, "only articles dated on or after DATE")
        ->type_name("YYYY-MM-DD")
        ->check(day_validator());
    app.add_option("--until", filter_.until, "only articles dated on or before DATE")
        ->type_name("YYYY-MM-DD")
        ->check(day_validator());
    app.add_option("--title", filter_.title_contains, "only titles containing TEXT")
        ->type_name("TEXT");
    app.add_option("--limit", filter_.limit, "at most N rows (default 50; 0 for all)");
    app.add_option("--offset", filter_.offset, "skip the first N rows");
    add_format_option(app, format_);
  }

  int run() override {
    if (filter_.limit == 0) filter_.limit = -1;
    store::Store db(db_, store::OpenMode::ReadOnly);
    Table t({"id", "date", "source", "sentences", "title"});
    for (const auto& d : db.documents(filter_))
      t.add({std::to_string(d.id), d.date, d.source, std::to_string(d.sentences), d.title});
    t.print(std::cout, format_);
    return kExitOk;
  }

 private:
  std::string db_;
  store::DocumentFilter filter_;
  std::string format_ = "table";
};

}  // namespace

std::unique_ptr<Command> make_docs_command() {
  return std::make_unique<DocsCommand>();
}

}  // namespace kg::tools
