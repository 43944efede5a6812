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
    app.description(
        "Lists stored articles (id, date, source, title), oldest id first.\n"
        "--duplicates lists the groups of near-duplicates instead: each original (the\n"
        "first stored) and the articles linked to it at ingest, which tell the same story\n"
        "with a new title, a changed sentence or another outlet's header. Similarity is\n"
        "the estimated share of 5-word shingles they have in common (0.6 or more; see\n"
        "docs/graph.md). --source, --since, --until, --title, --limit and --offset\n"
        "select and page through the originals.");
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
    app.add_flag("--duplicates", duplicates_,
                 "groups of near-duplicate articles: original first, then its copies");
    add_format_option(app, format_);
  }

  int run() override {
    if (filter_.limit == 0) filter_.limit = -1;
    store::Store db(db_, store::OpenMode::ReadOnly);
    if (duplicates_) return print_duplicates(db);
    Table t({"id", "date", "source", "sentences", "title"});
    for (const auto& d : db.documents(filter_))
      t.add({std::to_string(d.id), d.date, d.source, std::to_string(d.sentences), d.title});
    t.print(std::cout, format_);
    return kExitOk;
  }

 private:
  int print_duplicates(store::Store& db) {
    Table t({"group", "id", "similarity", "date", "source", "sentences", "title"});
    for (const auto& g : db.duplicate_groups(filter_)) {
      const std::string group = std::to_string(g.original.id);
      const auto& o = g.original;
      t.add({group, std::to_string(o.id), "original", o.date, o.source,
             std::to_string(o.sentences), o.title});
      for (const auto& c : g.copies)
        t.add({group, std::to_string(c.doc.id), fmt::format("{:.2f}", c.similarity), c.doc.date,
               c.doc.source, std::to_string(c.doc.sentences), c.doc.title});
    }
    t.print(std::cout, format_);
    return kExitOk;
  }

  bool duplicates_ = false;
  std::string db_;
  store::DocumentFilter filter_;
  std::string format_ = "table";
};

}  // namespace

std::unique_ptr<Command> make_docs_command() {
  return std::make_unique<DocsCommand>();
}

}  // namespace kg::tools
