// kg dict check FILE...: reads dictionary files the way --actors/--verbs and
// the shipped defaults do, prints what they hold per kind and every line kg
// cannot read as file:line: reason.
#include <fmt/core.h>

#include <algorithm>
#include <iostream>
#include <map>

#include "extract/events/actor_dictionary.hpp"
#include "extract/events/petrarch_reader.hpp"
#include "extract/events/verb_dictionary.hpp"
#include "extract/text/errors.hpp"
#include "tools/command.hpp"

namespace kg::tools {
namespace {

using events::DictFormat;
using events::DictIssue;

void count(std::string_view what, size_t n) {
  std::cout << fmt::format("  {:<22} {}\n", what, n);
}

void check_actors(const std::filesystem::path& f, std::vector<DictIssue>& issues) {
  const auto records = events::read_petrarch_actors(f, issues);
  size_t countries = 0, people = 0, roles = 0, orgs = 0, names = 0;
  for (const auto& r : records) {
    names += r.names.size();
    const bool country =
        std::any_of(r.codes.begin(), r.codes.end(),
                    [](const events::DatedCode& c) { return events::is_country_code(c.code); });
    size_t dated = 0;
    for (const auto& c : r.codes) dated += !c.from.empty() || !c.to.empty();
    roles += dated;
    if (country)
      ++countries;
    else if (dated > 0)
      ++people;
    else
      ++orgs;
  }
  count("countries", countries);
  count("people", people);
  count("dated roles", roles);
  count("organizations", orgs);
  count("names and synonyms", names);
}

void check_verbs(const std::filesystem::path& f, std::vector<DictIssue>& issues, bool verbose) {
  const auto v = events::read_petrarch_verbs(f, issues);
  count("verbs", v.verbs);
  count("verb forms", v.verb_forms);
  count("synonym sets", v.synsets);
  count("patterns", v.pattern_lines);
  count("patterns kg expresses", v.patterns_kept);
  count("patterns not expressed", v.pattern_lines - v.patterns_kept);
  std::map<std::string, size_t> why;
  for (const auto& n : v.not_expressed) {
    auto reason = n.reason.substr(0, n.reason.find(" in '"));
    ++why[reason];
    if (verbose) std::cout << "  not expressed: " << to_string(n) << '\n';
  }
  for (const auto& [reason, n] : why) std::cout << fmt::format("    {:<44} {}\n", reason, n);
}

void check_kg_file(const std::filesystem::path& f, DictFormat format,
                   std::vector<DictIssue>& issues) {
  // kg's own formats stop at their first bad line, which names file and line.
  try {
    if (format == DictFormat::KgVerbs) {
      events::VerbDictionary d;
      d.add_file(f);
      count("verb pattern files", 1);
    } else {
      events::ActorDictionary d;
      d.add_file(f);
      count("names", d.entries());
    }
  } catch (const InputError& e) {
    const std::string msg = e.what();
    const auto colon = msg.find(": ", f.string().size());
    issues.push_back({f.string(), 0, msg.substr(colon == std::string::npos ? 0 : colon + 2)});
  }
}

class DictCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description(
        "Dictionary tools. 'kg dict check FILE...' reads actor, agent, verb and discard\n"
        "files in kg's TSV formats or PETRARCH's (.actors, .agents, CAMEO.2.0 verbs,\n"
        "discards; told apart by name, else by content), prints counts per kind and every\n"
        "line kg cannot read as FILE:LINE: reason. Exit code 0 when every line was read,\n"
        "3 otherwise.\n"
        "Example: kg dict check data/petrarch2/Phoenix.Countries.actors.txt");
    app.require_subcommand(1);
    auto* check = app.add_subcommand("check", "count a dictionary's entries and list bad lines");
    check->add_option("files", files_, "dictionary files")->required()->check(CLI::ExistingFile);
    check->add_flag("--verbose", verbose_, "also list each verb pattern kg cannot express");
  }

  int run() override {
    std::vector<DictIssue> issues;
    for (const auto& f : files_) {
      const auto first = static_cast<std::ptrdiff_t>(issues.size());
      check(f, issues);
      std::stable_sort(issues.begin() + first, issues.end(),
                       [](const DictIssue& a, const DictIssue& b) { return a.line < b.line; });
    }
    for (const auto& i : issues) std::cout << to_string(i) << '\n';
    std::cout << issues.size() << (issues.size() == 1 ? " line" : " lines") << " not read\n";
    return issues.empty() ? kExitOk : kExitInput;
  }

 private:
  void check(const std::filesystem::path& f, std::vector<DictIssue>& issues) const {
    {
      const DictFormat format = events::detect_format(f);
      std::cout << f.string() << ": " << events::to_string(format) << '\n';
      switch (format) {
        case DictFormat::PetrarchActors:
          check_actors(f, issues);
          break;
        case DictFormat::PetrarchAgents:
          count("agents", events::read_petrarch_agents(f, issues).size());
          break;
        case DictFormat::PetrarchVerbs:
          check_verbs(f, issues, verbose_);
          break;
        case DictFormat::PetrarchDiscards: {
          size_t story = 0, sentence = 0;
          for (const auto& d : events::read_petrarch_discards(f, issues))
            ++(d.story ? story : sentence);
          count("story discards", story);
          count("sentence discards", sentence);
          break;
        }
        case DictFormat::KgActors:
        case DictFormat::KgVerbs:
          check_kg_file(f, format, issues);
          break;
        case DictFormat::Unknown:
          issues.push_back({f.string(), 0, "not a dictionary format kg knows"});
          break;
      }
    }
  }

  std::vector<std::filesystem::path> files_;
  bool verbose_ = false;
};

}  // namespace

std::unique_ptr<Command> make_dict_command() {
  return std::make_unique<DictCommand>();
}

}  // namespace kg::tools
