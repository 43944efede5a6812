// kg evidence: the sentences behind a relation or an event.
#include <fmt/core.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <iostream>

#include "extract/text/errors.hpp"
#include "graph/cameo.hpp"
#include "store/queries.hpp"
#include "tools/command.hpp"
#include "tools/options.hpp"
#include "tools/table.hpp"

namespace kg::tools {
namespace {

// The sentence with the actor, action and target marked: ANSI colours on a
// terminal, [brackets] otherwise.
std::string highlight(const store::EvidenceRow& r, bool colour) {
  struct Mark {
    text::ByteSpan span;
    const char* open;
    const char* close;
  };
  std::vector<Mark> marks;
  if (r.actor.size())
    marks.push_back({r.actor, colour ? "\x1b[1;34m" : "[", colour ? "\x1b[0m" : "]"});
  if (r.action.size())
    marks.push_back({r.action, colour ? "\x1b[1;31m" : "{", colour ? "\x1b[0m" : "}"});
  if (r.target.size())
    marks.push_back({r.target, colour ? "\x1b[1;32m" : "<", colour ? "\x1b[0m" : ">"});
  std::sort(marks.begin(), marks.end(),
            [](const Mark& a, const Mark& b) { return a.span.begin < b.span.begin; });
  std::string out;
  uint32_t pos = 0;
  for (const Mark& m : marks) {
    if (m.span.begin < pos || m.span.end > r.sentence.size())
      continue;  // overlapping: keep the first
    out.append(r.sentence, pos, m.span.begin - pos);
    out += m.open;
    out.append(r.sentence, m.span.begin, m.span.size());
    out += m.close;
    pos = m.span.end;
  }
  out.append(r.sentence, pos, std::string::npos);
  for (char& c : out)
    if (c == '\n') c = ' ';
  return out;
}

// " 112 ACCUSE": the CAMEO code and its PLOVER type, "" when uncoded.
std::string code_text(const std::string& code) {
  if (code.empty()) return "";
  const std::string plover = graph::plover_of(code);
  return " " + code + (plover.empty() ? "" : " " + plover);
}

// One row per event, every field (docs/cli.md).
Table evidence_table(const std::vector<store::EvidenceRow>& rows) {
  Table t({{"event", false},        {"relation", false},      {"document", true},
           {"title", false},        {"date", false},          {"source", false},
           {"url", false},          {"sentence", false},      {"actor", false},
           {"action", false},       {"code", false},          {"target", false},
           {"speaker", false},      {"carrier", false},       {"polarity", false},
           {"modality", false},     {"confidence", true},     {"actor_id", true},
           {"actor_code", false},   {"actor_country", false}, {"actor_agent", false},
           {"target_id", true},     {"target_code", false},   {"target_country", false},
           {"target_agent", false}, {"lemma", false},         {"quad_class", true},
           {"goldstein", true},     {"plover", false}});
  for (const auto& r : rows) {
    const auto a = graph::split_actor_code(r.actor_code),
               g = graph::split_actor_code(r.target_code);
    const auto goldstein = graph::goldstein_of(r.action_code);
    auto id = [](int64_t v) { return v ? std::to_string(v) : std::string(); };
    t.add({event_ref(r.event_id),
           r.relation_id ? relation_ref(r.relation_id) : "",
           std::to_string(r.document_id),
           r.title,
           r.date,
           r.source,
           r.url,
           r.sentence,
           r.actor_text,
           r.action_text,
           r.action_code,
           r.target_text,
           r.speaker,
           r.carrier,
           r.polarity,
           r.modality,
           fmt::format("{:.2f}", r.confidence),
           id(r.actor_id),
           r.actor_code,
           a.country,
           a.agent(),
           id(r.target_id),
           r.target_code,
           g.country,
           g.agent(),
           r.action_lemma,
           r.action_code.empty() ? "" : std::to_string(graph::quad_class_of_code(r.action_code)),
           goldstein ? fmt::format("{:g}", *goldstein) : "",
           graph::plover_of(r.action_code)});
  }
  return t;
}

class EvidenceCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description(
        "Prints each sentence that supports a relation (R12, or just 12) or one event (E34),\n"
        "with the article's title, date, source and URL, and the actor [brackets],\n"
        "action {braces} and target <angles> marked (in colour on a terminal).");
    add_db_option(app, db_);
    app.add_option("id", id_, "relation id (R12 or 12) or event id (E34)")->required();
    app.add_option("--color", color_,
                   "colour: auto (default: on a terminal, unless NO_COLOR is set), always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    app.add_option("--format", format_, "output format: text (default), jsonl or csv")
        ->check(CLI::IsMember({"text", "jsonl", "csv"}));
  }

  int run() override {
    bool event = false;
    std::string digits = id_;
    if (!digits.empty() && (digits[0] == 'E' || digits[0] == 'e')) event = true;
    if (!digits.empty() &&
        (digits[0] == 'E' || digits[0] == 'e' || digits[0] == 'R' || digits[0] == 'r'))
      digits.erase(0, 1);
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos)
      throw InputError("'" + id_ + "' is not a relation id (R12) or event id (E34)");
    int64_t id = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
    if (ec != std::errc() || end != digits.data() + digits.size())
      throw InputError("no " + std::string(event ? "event E" : "relation R") + digits + " in " +
                       db_ + " (ids have at most 18 digits)");
    store::Store db(db_, store::OpenMode::ReadOnly);
    const auto rows = event ? store::event_evidence(db, id) : store::relation_evidence(db, id);
    if (rows.empty())
      throw InputError("no " + std::string(event ? "event E" : "relation R") + digits + " in " +
                       db_);
    // auto: colour on a terminal unless NO_COLOR is set (no-color.org).
    const char* no_color = std::getenv("NO_COLOR");
    const bool colour = color_ == "always" ||
                        (color_ == "auto" && isatty(STDOUT_FILENO) && !(no_color && *no_color));
    if (format_ != "text") {
      evidence_table(rows).print(std::cout, format_);
      return kExitOk;
    }
    for (const auto& r : rows) {
      std::cout << fmt::format("{}  {}  {}  doc {}\n", event_ref(r.event_id),
                               r.date.empty() ? "(no date)" : r.date,
                               r.source.empty() ? "-" : r.source, r.document_id);
      std::cout << "  " << r.title << (r.url.empty() ? "" : "  " + r.url) << '\n';
      std::cout << "  " << highlight(r, colour) << '\n';
      std::string notes = r.modality + (r.polarity == "negated" ? ", negated" : "");
      if (!r.speaker.empty()) notes += ", claimed by " + r.speaker;
      if (!r.carrier.empty()) notes += ", reported by " + r.carrier;
      std::cout << fmt::format("  [{}] {{{}}}{} <{}>  ({}, confidence {:.2f})\n\n", r.actor_text,
                               r.action_text, code_text(r.action_code), r.target_text, notes,
                               r.confidence);
    }
    return kExitOk;
  }

 private:
  std::string db_, id_, color_ = "auto", format_ = "text";
};

}  // namespace

std::unique_ptr<Command> make_evidence_command() {
  return std::make_unique<EvidenceCommand>();
}

}  // namespace kg::tools
