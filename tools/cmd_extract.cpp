// kg extract: text in, events and claims out as JSON Lines (no database).
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "extract/events/event_json.hpp"
#include "extract/events/extractor.hpp"
#include "extract/text/article_reader.hpp"
#include "extract/text/errors.hpp"
#include "extract/text/text_normalizer.hpp"
#include "graph/cameo.hpp"
#include "tools/command.hpp"
#include "tools/input_text.hpp"
#include "tools/options.hpp"
#include "tools/progress.hpp"

namespace kg::tools {
namespace {

class ExtractCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description(
        "Runs segmentation, parsing and event extraction on text and prints one JSON object\n"
        "per event (actor, action, target with CAMEO codes, modifiers, speaker, carrier,\n"
        "claim links, polarity, modality). Nothing is stored. The format is documented in\n"
        "docs/extract-format.md. Input: a text file (one document), or with --jsonl one\n"
        "{\"id\", \"text\"[, \"date\"]} object per line, or with --one-per-line one sentence\n"
        "per line (its id is the line number).");
    app.add_option("file", file_, "input file, or - for stdin (default)")->type_name("FILE|-");
    auto* lines = app.add_flag("--one-per-line", one_per_line_, "each input line is one sentence");
    app.add_flag("--jsonl", jsonl_, "input is JSON Lines with id and text")->excludes(lines);
    app.add_option("--date", date_, "article date for people's roles (YYYY-MM-DD)");
    add_extractor_options(app, config_);
    app.add_flag("-q,--quiet", quiet_, "no progress line");
  }

  int run() override {
    const std::string text = read_input_text(file_);
    if (!one_per_line_ && (file_.ends_with(".jsonl") || file_.ends_with(".ndjson"))) jsonl_ = true;
    const events::Extractor extractor(config_);
    Progress progress("sentences", !quiet_ && Progress::stderr_is_terminal());
    int offset = 0;
    uint64_t sentences = 0;
    int bad = 0;
    auto emit = [&](const events::ExtractedDocument& d, const std::string& id) {
      int max_id = 0;
      for (const auto& e : d.events) {
        nlohmann::json j = events::event_json(e, id, offset);
        // PLOVER's event type beside the CAMEO code (data/plover crosswalk).
        const std::string plover = e.action.code.empty() ? "" : graph::plover_of(e.action.code);
        j["action"]["plover"] = plover.empty() ? nlohmann::json() : nlohmann::json(plover);
        std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        max_id = std::max(max_id, e.id);
      }
      offset += max_id;
      sentences += d.sentences.size();
      progress.update(sentences);
    };
    const std::string name = file_ == "-" ? "stdin" : file_;
    // Calls fn(line, number) for each non-blank line; numbers count blank lines too.
    auto each_line = [&text](const auto& fn) {
      std::istringstream in(text);
      std::string line;
      int n = 0;
      while (std::getline(in, line)) {
        ++n;
        if (line.find_first_not_of(" \t\r") != std::string::npos) fn(line, n);
      }
    };
    if (jsonl_) {
      each_line([&](const std::string& line, int n) {
        try {
          const auto j = nlohmann::json::parse(line);
          if (!j.is_object() || !j.contains("text") || !j["text"].is_string())
            throw InputError("expected an object with a string \"text\"");
          std::string id = std::to_string(n);
          if (j.contains("id"))
            id = j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump();
          const std::string date =
              j.contains("date") && j["date"].is_string() ? j["date"].get<std::string>() : date_;
          emit(extractor.run(text::normalize_text(j["text"].get<std::string>()).text,
                             normalize_date(date)),
               id);
        } catch (const std::exception& e) {
          progress.finish();
          std::cerr << "error: " << name << ":" << n << ": " << e.what() << '\n';
          ++bad;
        }
      });
    } else if (one_per_line_) {
      each_line([&](const std::string& line, int n) {
        emit(extractor.run_lines(line, date_), std::to_string(n));
      });
    } else {
      // A .txt article may start with "Title:/Date:" header lines, as for kg ingest.
      text::Article a = text::parse_text_article(text, name, name);
      emit(extractor.run(a.text, date_.empty() ? a.date : date_), name);
    }
    progress.finish();
    return bad ? kExitPartial : kExitOk;
  }

 private:
  // "20080806" -> "2008-08-06"; dates already in ISO form pass through.
  static std::string normalize_date(const std::string& d) {
    if (d.size() == 8 && d.find_first_not_of("0123456789") == std::string::npos)
      return d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2);
    return d.substr(0, 10);
  }

  std::string file_ = "-";
  bool one_per_line_ = false;
  bool jsonl_ = false;
  bool quiet_ = false;
  std::string date_;
  events::ExtractorConfig config_;
};

}  // namespace

std::unique_ptr<Command> make_extract_command() {
  return std::make_unique<ExtractCommand>();
}

}  // namespace kg::tools
