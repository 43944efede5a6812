// kg rebuild: recompute sentences, entities, events and relations from the stored articles.
#include <fmt/core.h>

#include <iostream>
#include <thread>

#include "extract/events/extractor.hpp"
#include "store/rebuild.hpp"
#include "tools/command.hpp"
#include "tools/options.hpp"
#include "tools/progress.hpp"

namespace kg::tools {
namespace {

class RebuildCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description(
        "Recomputes everything derived from the stored articles (sentences, mentions,\n"
        "entities, events, relations) with the current model and dictionaries, in article\n"
        "order. Analyst corrections (merge-entities, split-entity) are replayed.\n"
        "--continue only extracts articles not extracted yet: those ingested with\n"
        "--no-extract, or left by an interrupted rebuild.");
    add_db_option(app, db_);
    app.add_flag("--continue", options_.only_pending, "keep what is there; extract the rest");
    app.add_option("--threads", threads_, "analysis threads (default: the number of cores)")
        ->check(CLI::Range(1, 64));
    add_extractor_options(app, config_);
    app.add_flag("-q,--quiet", quiet_, "no progress line");
  }

  int run() override {
    const events::Extractor extractor(config_);
    store::Store db(db_, store::OpenMode::ReadWrite);
    Progress progress("articles", !quiet_ && Progress::stderr_is_terminal());
    options_.threads = threads_ ? threads_ : std::max(1u, std::thread::hardware_concurrency());
    options_.progress = [&](int64_t done, int64_t total) {
      progress.update(static_cast<uint64_t>(done), static_cast<uint64_t>(done),
                      static_cast<uint64_t>(total));
    };
    const auto c = store::rebuild(db, extractor, options_);
    progress.finish();
    std::cout << fmt::format("rebuilt {} articles: {} sentences, {} events in {}\n", c.documents,
                             c.sentences, c.events, format_duration(progress.elapsed_seconds()));
    return kExitOk;
  }

 private:
  std::string db_;
  unsigned threads_ = 0;
  bool quiet_ = false;
  store::RebuildOptions options_;
  events::ExtractorConfig config_;
};

}  // namespace

std::unique_ptr<Command> make_rebuild_command() {
  return std::make_unique<RebuildCommand>();
}

}  // namespace kg::tools
