// kg ingest: articles from files, folders or stdin into the database.
#include <fmt/core.h>

#include <iostream>
#include <thread>

#include "extract/events/extractor.hpp"
#include "extract/text/article_reader.hpp"
#include "extract/text/text_date.hpp"
#include "store/ingester.hpp"
#include "store/store.hpp"
#include "tools/command.hpp"
#include "tools/options.hpp"
#include "tools/progress.hpp"

namespace kg::tools {
namespace {

class IngestCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description(
        "Reads articles and stores them with their sentences. Inputs:\n"
        "  FILE.txt              one article; optional header lines 'Title:', 'Date:',\n"
        "                        'Source:', 'URL:', 'Id:' then a blank line\n"
        "  FILE.jsonl, .ndjson   one JSON object per line: id, title, date, source, url,\n"
        "                        text (other fields are kept as metadata)\n"
        "  FILE.gz               either of the above, gzip-compressed\n"
        "  DIR                   every such file below it (hidden entries skipped)\n"
        "  -                     stdin (JSON Lines if it starts with '{', else one article)\n"
        "An article already stored (same title and text) is skipped, so rerunning an\n"
        "interrupted ingest completes it. Bad lines and files are reported as FILE:LINE:\n"
        "reason and skipped; the exit status is then 1.");
    app.add_option("paths", paths_, "files, folders, or - for stdin")
        ->required()
        ->type_name("PATH");
    add_db_option(app, db_);
    app.add_flag("-q,--quiet", quiet_, "no progress line");
    app.add_flag("--progress", force_progress_, "show progress even when stderr is not a terminal");
    app.add_option("--batch", batch_, "articles per transaction (default 256; 64 when extracting)")
        ->check(CLI::PositiveNumber);
    app.add_flag("--date-from-text", date_from_text_,
                 "an article without a date takes the first full date written near the start "
                 "of its text ('March 18, 1987', '18 March 1987', '1987-03-18')");
    app.add_flag("--no-extract", no_extract_,
                 "store articles and sentences only; run 'kg rebuild' later to extract events");
    app.add_option("--threads", threads_, "analysis threads (default: the number of cores)")
        ->check(CLI::Range(1, 64));
    add_extractor_options(app, config_);
  }

  int run() override {
    text::ArticleReader reader(paths_);  // validates the paths before the database is touched
    std::unique_ptr<events::Extractor> extractor;
    if (!no_extract_) extractor = std::make_unique<events::Extractor>(config_);
    store::Store db(db_, store::OpenMode::ReadWrite);
    store::IngestOptions options;
    options.batch_articles = batch_ ? batch_ : (no_extract_ ? 256 : 64);
    options.threads = threads_ ? threads_ : std::max(1u, std::thread::hardware_concurrency());
    store::Ingester ingester(db, extractor.get(), options);
    Progress progress("articles", !quiet_ && (force_progress_ || Progress::stderr_is_terminal()));
    int64_t seen = 0;
    int64_t rejected = 0;
    int64_t undated = 0;
    int64_t dated_from_text = 0;
    reader.read(
        [&](text::Article&& a) {
          if (a.date.empty() && date_from_text_) {
            a.date = text::date_in_text(a.text);
            if (!a.date.empty()) ++dated_from_text;
          }
          if (a.date.empty()) ++undated;
          ingester.add(std::move(a));
          ++seen;
          progress.update(static_cast<uint64_t>(seen), reader.bytes_read(), reader.total_bytes());
        },
        [&](const text::ReadProblem& p) {
          progress.finish();
          if (p.rejected) ++rejected;
          std::cerr << (p.rejected ? "error: " : "warning: ") << p.where << ": " << p.message
                    << '\n';
        });
    ingester.flush();
    progress.finish();
    const store::IngestCounts& c = ingester.counts();
    const double secs = progress.elapsed_seconds();
    std::cout << fmt::format(
        "{} new article{}, {} already stored, {} rejected; {} sentences, {} events; {} ({:.0f} "
        "articles/s) -> {}\n",
        c.new_articles, c.new_articles == 1 ? "" : "s", c.duplicates, rejected, c.sentences,
        c.events, format_duration(secs), secs > 0 ? static_cast<double>(seen) / secs : 0.0, db_);
    // Repeats are not "already stored": the database did not have them before this run.
    if (c.repeated_in_input > 0)
      std::cout << fmt::format("{} duplicate{} of articles earlier in the same input, skipped\n",
                               c.repeated_in_input, c.repeated_in_input == 1 ? "" : "s");
    if (c.near_duplicates > 0)
      std::cout << fmt::format(
          "{} near-duplicate{} of stored articles (the same story retitled, reworded or "
          "reprinted), linked to the original and counted once with it in relations ('kg docs "
          "--duplicates')\n",
          c.near_duplicates, c.near_duplicates == 1 ? "" : "s");
    if (dated_from_text > 0)
      std::cerr << fmt::format("note: {} article{} took the date written in the text\n",
                               dated_from_text, dated_from_text == 1 ? "" : "s");
    // Once, not per article: dates matter only to --since/--until, timelines and exports.
    if (undated > 0)
      std::cerr << fmt::format(
          "note: {} of {} article{} read had no date ('Date:' header or JSON \"date\"{}); "
          "--since/--until and kg timeline leave them out\n",
          undated, seen, seen == 1 ? "" : "s",
          date_from_text_ ? ", nor a full date in the text" : "; try --date-from-text");
    return rejected > 0 ? kExitPartial : kExitOk;
  }

 private:
  std::vector<std::string> paths_;
  std::string db_;
  bool quiet_ = false;
  bool force_progress_ = false;
  bool no_extract_ = false;
  bool date_from_text_ = false;
  size_t batch_ = 0;
  unsigned threads_ = 0;
  events::ExtractorConfig config_;
};

}  // namespace

std::unique_ptr<Command> make_ingest_command() {
  return std::make_unique<IngestCommand>();
}

}  // namespace kg::tools
