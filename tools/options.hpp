#pragma once
// Options several commands share, declared once so their help reads the same.
#include <CLI/CLI.hpp>

#include <cctype>
#include <string>

#include "extract/events/extractor.hpp"
#include "extract/text/article_reader.hpp"
#include "store/queries.hpp"

namespace kg::tools {

// Refuses databases that would keep nothing (issue 13): '', ':memory:' and
// in-memory URIs open a temporary database that vanishes when kg exits.
inline const CLI::Validator& db_file_validator() {
  static const CLI::Validator v(
      [](const std::string& s) -> std::string {
        std::string lower = s;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const bool memory =
            s.empty() || s == ":memory:" ||
            (lower.starts_with("file:") && (lower.find("mode=memory") != std::string::npos ||
                                            lower.starts_with("file::memory:")));
        return memory ? "'" + s +
                            "' is a temporary in-memory database that keeps nothing; name a "
                            "database file"
                      : std::string();
      },
      "FILE");
  return v;
}

inline void add_db_option(CLI::App& app, std::string& db) {
  db = "kg.sqlite";
  app.add_option("--db", db, "SQLite database file (default: kg.sqlite, or $KG_DB)")
      ->envname("KG_DB")
      ->type_name("FILE")
      ->check(db_file_validator());
}

// A date, a month or a year: 2013-06-05, 2013-06, 2013.
inline const CLI::Validator& date_validator() {
  static const CLI::Validator v(
      [](const std::string& s) -> std::string {
        auto digits = [&](size_t from, size_t n) {
          for (size_t i = from; i < from + n; ++i)
            if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
          return true;
        };
        auto number = [&](size_t from, size_t n) { return std::stoi(s.substr(from, n)); };
        // Calendar dates only (issue 13): 2013-13 and 2013-02-30 are refused.
        const bool ok =
            (s.size() == 4 && digits(0, 4)) ||
            (s.size() == 7 && digits(0, 4) && s[4] == '-' && digits(5, 2) && number(5, 2) >= 1 &&
             number(5, 2) <= 12) ||
            (s.size() == 10 && digits(0, 4) && s[4] == '-' && digits(5, 2) && s[7] == '-' &&
             digits(8, 2) && text::is_calendar_date(number(0, 4), number(5, 2), number(8, 2)));
        return ok ? std::string()
                  : "'" + s + "' is not a date of the calendar (YYYY-MM-DD, YYYY-MM or YYYY)";
      },
      "DATE");
  return v;
}

// A full calendar date, YYYY-MM-DD (kg docs compares whole dates).
inline const CLI::Validator& day_validator() {
  static const CLI::Validator v(
      [](const std::string& s) -> std::string {
        if (s.size() == 10 && date_validator()(s).empty()) return {};
        return "'" + s + "' is not a date of the calendar (YYYY-MM-DD)";
      },
      "YYYY-MM-DD");
  return v;
}

// The analyzer model and user dictionaries, for the commands that extract events.
inline void add_extractor_options(CLI::App& app, events::ExtractorConfig& config) {
  app.add_option("--model", config.model, "analyzer model (default: data/models/en-ewt.kgm)");
  app.add_option("--actors", config.user_actors,
                 "extra actor dictionary (repeatable): kg TSV, or PETRARCH .actors, .agents or\n"
                 "discards file (told apart by name, else by content; see 'kg dict check')")
      ->check(CLI::ExistingFile);
  app.add_option("--verbs", config.user_verbs,
                 "extra verb patterns (repeatable): kg TSV or a PETRARCH verb file (CAMEO.2.0)")
      ->check(CLI::ExistingFile);
  app.add_flag(
      "--no-petrarch", [&config](int64_t) { config.petrarch = false; },
      "use kg's own dictionaries only, without the shipped data/petrarch2");
}

// Which relations the graph commands show (kg query, export, neighbors, rank):
// by default those between entities with a coded action (--all: every one), and
// asserted or hedged ones (--modality: others, or all).
inline void add_relation_scope(CLI::App& app, store::RelationFilter& f) {
  f.modalities = {"asserted", "hedged"};
  f.coded_only = true;
  app.add_option("--modality", f.modalities,
                 "only relations of these modalities, comma-separated: asserted, hedged,\n"
                 "negated, hypothetical, planned, question, or all (default: asserted,hedged)")
      ->delimiter(',')
      ->check(CLI::IsMember(
          {"asserted", "hedged", "negated", "hypothetical", "planned", "question", "all"}));
  app.add_flag_callback(
      "--all", [&f] { f.coded_only = false; },
      "also relations with an uncoded action or an end that is no entity (a time, an\n"
      "unclassified name)");
}

// Filters shared by kg query and kg export.
inline void add_relation_filter(CLI::App& app, store::RelationFilter& f) {
  app.add_option("--actor", f.actor,
                 "actor: a name, alias, id, or code prefix in capitals (USA, USAGOV)");
  app.add_option("--action", f.action,
                 "action: a lemma (accuse), CAMEO code prefix (11, 112) or label text");
  app.add_option("--target", f.target, "target: as --actor");
  app.add_option("--since", f.since,
                 "only events in articles dated on or after DATE (2013-06-05, 2013-06 or 2013)")
      ->type_name("DATE")
      ->check(date_validator());
  app.add_option("--until", f.until,
                 "only events in articles dated on or before DATE (a month or year: all of it)")
      ->type_name("DATE")
      ->check(date_validator());
  add_relation_scope(app, f);
  app.add_option(
         "--quad", f.quad,
         "only this kind of action (GDELT QuadClass): cooperation, conflict, verbal-cooperation,\n"
         "material-cooperation, verbal-conflict, material-conflict")
      ->check(CLI::IsMember({"cooperation", "conflict", "verbal-cooperation",
                             "material-cooperation", "verbal-conflict", "material-conflict"}));
  app.add_option("--min-articles", f.min_articles,
                 "only relations reported in at least N articles");
  app.add_option(
      "--claimed-by", f.claimed_by,
      "only relations claimed by this entity ('any' for all claimed, 'none' for asserted)");
}

// The entity an argument names: the most mentioned match, with a note on
// stderr when the name is ambiguous. Throws InputError when nothing matches.
store::EntityRow resolve_entity(store::Store& db, const std::string& text);

// "R12" / "E34" / "12": the id a row shows, as kg evidence takes it.
std::string relation_ref(int64_t id);
std::string event_ref(int64_t id);

}  // namespace kg::tools
