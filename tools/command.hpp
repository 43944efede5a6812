#pragma once
// A `kg` subcommand: setup() declares its options on a CLI11 subcommand and
// opens nothing; run() does the work after all arguments were validated, so a
// bad flag never leaves a half-written database (osmium's setup/run split).
#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace kg::tools {

// Exit codes, documented in `kg help` and docs/cli.md.
enum ExitCode : int {
  kExitOk = 0,
  kExitPartial = 1,   // finished, but some inputs were rejected (see stderr)
  kExitUsage = 2,     // bad command line
  kExitInput = 3,     // an input, model or dictionary file is missing or malformed; output
                      // that cannot be written; a named entity or id that does not exist
  kExitDatabase = 4,  // the database cannot be opened, is locked, or is of another version
  kExitInternal = 5,  // a bug: please report it with the message
};

class Command {
 public:
  virtual ~Command() = default;
  virtual void setup(CLI::App& app) = 0;
  virtual int run() = 0;
};

struct CommandInfo {
  std::string_view name;
  std::string_view summary;
  std::function<std::unique_ptr<Command>()> make;
};

// The registry: one row per command, in the order `kg help` lists them.
const std::vector<CommandInfo>& command_table();

}  // namespace kg::tools
