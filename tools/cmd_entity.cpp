// kg entity, kg merge-entities, kg split-entity: entities and their corrections.
#include <fmt/core.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "graph/cameo.hpp"
#include "store/queries.hpp"
#include "tools/command.hpp"
#include "tools/options.hpp"
#include "tools/relation_table.hpp"

namespace kg::tools {
namespace {

class EntityCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description(
        "Shows an entity: type, CAMEO code, aliases, roles, and its strongest relations\n"
        "out and in. NAME is a name, alias, id or code prefix. With --format jsonl the first\n"
        "line is the entity (aliases and roles with counts), then one line per relation.");
    add_db_option(app, db_);
    app.add_option("name", name_, "the entity")->required();
    app.add_option("--top", top_, "relations to show each way (default 10)");
    add_format_option(app, format_);
  }

  int run() override {
    store::Store db(db_, store::OpenMode::ReadOnly);
    const auto e = resolve_entity(db, name_);
    const auto d = store::entity_detail(db, e.id, top_);
    if (format_ == "table") {
      std::cout << fmt::format("{} (id {})\n", d.entity.name, d.entity.id);
      std::cout << fmt::format(
          "type      {}\ncode      {}\nmentions  {}\n", d.entity.type,
          d.entity.code.empty() ? "-" : graph::readable_actor_code(d.entity.code),
          d.entity.mentions);
      std::string aliases;
      for (const auto& [a, n] : d.aliases)
        aliases += (aliases.empty() ? "" : "; ") + a + " (" + std::to_string(n) + ")";
      std::cout << "aliases   " << (aliases.empty() ? "-" : aliases) << '\n';
      std::string roles;
      for (const auto& [r, n] : d.roles) roles += (roles.empty() ? "" : "; ") + r;
      std::cout << "roles     " << (roles.empty() ? "-" : roles) << "\n\nas actor:\n";
    } else if (format_ == "jsonl") {
      // The entity itself first, then its relations (out, then in), one per line.
      nlohmann::json j = {{"id", d.entity.id},
                          {"name", d.entity.name},
                          {"type", d.entity.type},
                          {"code", d.entity.code},
                          {"country", graph::split_actor_code(d.entity.code).country},
                          {"agent", graph::split_actor_code(d.entity.code).agent()},
                          {"mentions", d.entity.mentions},
                          {"aliases", nlohmann::json::array()},
                          {"roles", nlohmann::json::array()}};
      for (const auto& [a, n] : d.aliases) j["aliases"].push_back({{"alias", a}, {"count", n}});
      for (const auto& [r, n] : d.roles) j["roles"].push_back({{"role", r}, {"count", n}});
      std::cout << j.dump() << '\n';
    }
    print_relations(std::cout, db, d.outgoing, format_);
    if (format_ == "table") std::cout << "\nas target:\n";
    print_relations(std::cout, db, d.incoming, format_);
    return kExitOk;
  }

 private:
  std::string db_, name_, format_ = "table";
  size_t top_ = 10;
};

class MergeCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description(
        "Merges entity B into entity A (aliases, mentions, events, relations). The\n"
        "correction is stored and replayed by later ingests and rebuilds.");
    add_db_option(app, db_);
    app.add_option("a", a_, "the entity to keep")->required();
    app.add_option("b", b_, "the entity merged into it")->required();
  }
  int run() override {
    store::Store db(db_, store::OpenMode::ReadWrite);
    const auto a = resolve_entity(db, a_), b = resolve_entity(db, b_);
    store::merge_entities(db, a.id, b.id);
    std::cout << fmt::format("merged {} (id {}) into {} (id {})\n", b.name, b.id, a.name, a.id);
    return kExitOk;
  }

 private:
  std::string db_, a_, b_;
};

class SplitCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description(
        "Splits the mentions of ENTITY written as ALIAS off into a new entity (when two\n"
        "people or organizations were merged wrongly). The correction is stored and\n"
        "replayed by later ingests and rebuilds.");
    add_db_option(app, db_);
    app.add_option("entity", entity_, "the entity to split")->required();
    app.add_option("--alias", alias_, "the name whose mentions become the new entity")->required();
  }
  int run() override {
    store::Store db(db_, store::OpenMode::ReadWrite);
    const auto e = resolve_entity(db, entity_);
    const int64_t id = store::split_entity(db, e.id, alias_);
    std::cout << fmt::format("split '{}' off {} (id {}) as new entity id {}\n", alias_, e.name,
                             e.id, id);
    return kExitOk;
  }

 private:
  std::string db_, entity_, alias_;
};

}  // namespace

std::unique_ptr<Command> make_entity_command() {
  return std::make_unique<EntityCommand>();
}
std::unique_ptr<Command> make_merge_command() {
  return std::make_unique<MergeCommand>();
}
std::unique_ptr<Command> make_split_command() {
  return std::make_unique<SplitCommand>();
}

}  // namespace kg::tools
