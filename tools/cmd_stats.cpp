// kg stats: what the database holds.
#include <fmt/core.h>

#include <iostream>

#include "store/store.hpp"
#include "tools/command.hpp"
#include "tools/options.hpp"

namespace kg::tools {
namespace {

class StatsCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description("Prints counts of what the database holds.");
    add_db_option(app, db_);
  }

  int run() override {
    store::Store db(db_, store::OpenMode::ReadOnly);
    const store::StoreStats s = db.stats();
    std::cout << fmt::format("database   {}\n", db_);
    std::cout << fmt::format("articles   {}\n", s.documents);
    std::cout << fmt::format("sentences  {}\n", s.sentences);
    std::cout << fmt::format("extracted  {} articles\n", s.extracted);
    std::cout << fmt::format("entities   {} ({} mentions)\n", s.entities, s.mentions);
    std::cout << fmt::format("events     {}\n", s.events);
    std::cout << fmt::format("relations  {} ({} claimed by someone)\n", s.relations,
                             s.claimed_relations);
    std::cout << fmt::format("sources    {}\n", s.sources);
    if (!s.first_date)
      std::cout << (s.documents == 0 ? std::string("dates      -\n")
                                     : "dates      none: no article has a date ('Date:' header or "
                                       "JSON \"date\"), so --since/--until and kg timeline find "
                                       "nothing\n");
    else
      std::cout << fmt::format("dates      {} .. {}{}\n", *s.first_date, s.last_date.value_or("-"),
                               s.undated == 0 ? std::string()
                                              : fmt::format(" ({} article{} without a date)",
                                                            s.undated, s.undated == 1 ? "" : "s"));
    std::cout << fmt::format("text       {:.1f} MB\n", static_cast<double>(s.bytes_of_text) / 1e6);
    return kExitOk;
  }

 private:
  std::string db_;
};

}  // namespace

std::unique_ptr<Command> make_stats_command() {
  return std::make_unique<StatsCommand>();
}

}  // namespace kg::tools
