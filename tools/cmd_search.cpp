// kg search: full-text search over sentences, with the events found in them.
#include <fmt/core.h>

#include <iostream>

#include "extract/text/errors.hpp"
#include "store/queries.hpp"
#include "tools/command.hpp"
#include "tools/options.hpp"
#include "tools/table.hpp"

namespace kg::tools {
namespace {

class SearchCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description(
        "Searches the sentences of all stored articles (SQLite FTS5: words, \"exact phrases\",\n"
        "AND / OR / NOT, prefix*) and shows the events extracted from each match.");
    add_db_option(app, db_);
    app.add_option("query", query_,
                   "what to look for, e.g. 'cyber attack*' or '\"as reported by\"'")
        ->required();
    app.add_option("--limit", limit_, "at most N sentences (default 20)");
    add_format_option(app, format_);
  }

  int run() override {
    store::Store db(db_, store::OpenMode::ReadOnly);
    std::vector<store::SearchHit> hits;
    try {
      hits = store::search_sentences(db, query_, limit_);
    } catch (const store::StoreError& e) {
      const std::string what = e.what();
      // SQLite reports a malformed FTS5 query in these words; anything else is the database's.
      const bool bad_query = what.find("fts5") != std::string::npos ||
                             what.find("syntax") != std::string::npos ||
                             what.find("unterminated") != std::string::npos ||
                             what.find("unknown special query") != std::string::npos ||
                             what.find("no such column") != std::string::npos;
      if (bad_query) throw InputError("cannot search for '" + query_ + "': " + what);
      throw;
    }
    if (format_ == "table") {
      for (const auto& h : hits) {
        std::cout << fmt::format("doc {}  {}  {}\n  {}\n", h.document_id,
                                 h.date.empty() ? "(no date)" : h.date, h.title, h.sentence);
        for (const auto& e : h.events) std::cout << "    " << e << '\n';
        std::cout << '\n';
      }
      if (hits.empty()) std::cout << "(no matches)\n";
      return kExitOk;
    }
    Table t({{"sentence_id", true, false},
             {"document", true, false},
             {"date", false, false},
             {"title", false, true},
             {"sentence", false, true},
             {"events", false, true}});
    for (const auto& h : hits) {
      std::string events;
      for (const auto& e : h.events) events += (events.empty() ? "" : "; ") + e;
      t.add({std::to_string(h.sentence_id), std::to_string(h.document_id), h.date, h.title,
             h.sentence, events});
    }
    t.print(std::cout, format_);
    return kExitOk;
  }

 private:
  std::string db_, query_, format_ = "table";
  int64_t limit_ = 20;
};

}  // namespace

std::unique_ptr<Command> make_search_command() {
  return std::make_unique<SearchCommand>();
}

}  // namespace kg::tools
