// Entry point: dispatches to the command table and is the only place that
// turns exceptions into exit codes.
#include <fmt/core.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>

#include "extract/text/errors.hpp"
#include "store/store_error.hpp"
#include "tools/command.hpp"
#include "tools/output_file.hpp"
#include "tools/suggest.hpp"

namespace {

using kg::tools::command_table;

constexpr std::string_view kExitCodesHelp =
    "Exit codes:\n"
    "  0  success (an empty answer too: '(no rows)')\n"
    "  1  finished, but some inputs were rejected (each is named on stderr)\n"
    "  2  bad command line\n"
    "  3  an input, model or dictionary file is missing or malformed, a named entity or id\n"
    "     does not exist, or output could not be written\n"
    "  4  the database cannot be opened or written, is locked, or has another schema version\n"
    "  5  internal error\n";

void print_command_list(std::ostream& out) {
  out << "kg " << KG_VERSION << " - builds an event and claim knowledge graph from news text\n\n"
      << "Usage: kg <command> [options] [arguments]\n\nCommands:\n";
  for (const auto& c : command_table()) out << fmt::format("  {:<12} {}\n", c.name, c.summary);
  out << "\nRun 'kg <command> --help' or 'kg help <command>' for a command's options.\n"
      << "The database is kg.sqlite in the current directory unless --db or KG_DB says "
         "otherwise.\n\n"
      << kExitCodesHelp;
}

// "kg query: unknown option '--acter'; did you mean --actor?", exit 2.
int report_extras(const kg::tools::CommandInfo& info, CLI::App& app) {
  const std::vector<std::string> extras = app.remaining();
  const auto flag = std::find_if(extras.begin(), extras.end(),
                                 [](const std::string& a) { return a.size() > 1 && a[0] == '-'; });
  std::cerr << "kg " << info.name << ": ";
  if (flag == extras.end()) {
    std::cerr << "unexpected argument '" << extras.front() << "'";
  } else {
    const std::string typed = flag->substr(0, flag->find('='));
    std::vector<std::string> names;
    for (const CLI::Option* o : app.get_options()) {
      for (const auto& n : o->get_lnames()) names.push_back("--" + n);
      for (const auto& n : o->get_snames()) names.push_back("-" + n);
    }
    std::cerr << "unknown option '" << typed << "'";
    if (const auto near = kg::tools::closest(typed, names))
      std::cerr << "; did you mean " << *near << "?";
  }
  std::cerr << " (see 'kg help " << info.name << "')\n";
  return kg::tools::kExitUsage;
}

int run_kg(const std::vector<std::string>& args) {
  if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
    if (args.size() >= 2 && args[0] == "help") {
      // `kg help CMD` is `kg CMD --help`.
      std::vector<std::string> rewritten(args.begin() + 1, args.end());
      rewritten.push_back("--help");
      return run_kg(rewritten);
    }
    print_command_list(std::cout);
    return kg::tools::kExitOk;
  }
  if (args[0] == "--version" || args[0] == "-V") {
    std::cout << "kg " << KG_VERSION << '\n';
    return 0;
  }
  // `kg --db FILE CMD ...` reads naturally too: hand the option to the command.
  if (args.size() >= 3 && args[0] == "--db") {
    std::vector<std::string> moved{args[2], args[0], args[1]};
    moved.insert(moved.end(), args.begin() + 3, args.end());
    return run_kg(moved);
  }
  if (args.size() >= 2 && args[0].starts_with("--db=")) {
    std::vector<std::string> moved{args[1], args[0]};
    moved.insert(moved.end(), args.begin() + 2, args.end());
    return run_kg(moved);
  }
  const kg::tools::CommandInfo* info = nullptr;
  for (const auto& c : command_table())
    if (c.name == args[0]) info = &c;
  if (!info) {
    std::vector<std::string> names;
    for (const auto& c : command_table()) names.emplace_back(c.name);
    std::cerr << "Unknown command '" << args[0] << "'.";
    if (const auto near = kg::tools::closest(args[0], names))
      std::cerr << " Did you mean '" << *near << "'?";
    std::cerr << " Try 'kg help'.\n";
    return kg::tools::kExitUsage;
  }

  CLI::App app{std::string(info->summary), "kg " + std::string(info->name)};
  app.footer(std::string(kExitCodesHelp));
  app.set_version_flag("--version", std::string("kg ") + KG_VERSION);
  auto command = info->make();
  try {
    command->setup(app);
    std::vector<std::string> rest(args.begin() + 1, args.end());
    std::reverse(rest.begin(), rest.end());  // CLI11 takes a reversed vector
    // Extras are collected, not thrown, so the unknown flag can be named first
    // with a suggestion instead of "The following arguments were not expected".
    app.allow_extras();
    app.parse(rest);
    if (!app.remaining().empty()) return report_extras(*info, app);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kg::tools::kExitOk : kg::tools::kExitUsage;
  }
  try {
    const int code = command->run();
    kg::tools::check_stdout();  // output that was lost is an error, not success
    return code;
  } catch (const kg::store::StoreError& e) {
    std::cerr << "kg " << info->name << ": " << e.what() << '\n';
    return kg::tools::kExitDatabase;
  } catch (const kg::InputError& e) {
    std::cerr << "kg " << info->name << ": " << e.what() << '\n';
    return kg::tools::kExitInput;
  } catch (const kg::ModelError& e) {
    std::cerr << "kg " << info->name << ": " << e.what() << '\n';
    return kg::tools::kExitInput;
  } catch (const CLI::ParseError& e) {
    std::cerr << "kg " << info->name << ": " << e.what() << '\n';
    return kg::tools::kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "kg " << info->name << ": internal error: " << e.what() << '\n';
    return kg::tools::kExitInternal;
  }
}
}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  return run_kg(std::vector<std::string>(argv + 1, argv + argc));
}
