#pragma once
// Options several commands share, declared once so their help reads the same.
#include <CLI/CLI.hpp>

#include <string>

namespace kg::tools {

inline void add_db_option(CLI::App& app, std::string& db) {
  db = "kg.sqlite";
  app.add_option("--db", db, "SQLite database file (default: kg.sqlite, or $KG_DB)")
      ->envname("KG_DB")
      ->type_name("FILE");
}

}  // namespace kg::tools
