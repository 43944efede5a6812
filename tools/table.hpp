#pragma once
// Query results as rows, printed as an aligned table (fits 80 columns by
// truncating the widest cells), JSON Lines or CSV. Every query command prints
// through this, so --format means the same everywhere.
#include <CLI/CLI.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace kg::tools {

struct Column {
  std::string name;
  bool numeric = false;  // printed as a JSON number and right-aligned
  bool shrink = true;    // may be cut to fit the terminal (numbers and dates are not)
  bool list = false;     // space-separated values, printed as a JSON array
  size_t max_width = 0;  // table cells longer than this are cut with "…" (0: no limit);
                         // JSON Lines and CSV keep the whole value
};

// The widest an entity name gets in a table ("International Atomic Energy A…").
inline constexpr size_t kEntityColumnWidth = 32;

class Table {
 public:
  explicit Table(std::vector<Column> columns);
  Table(std::initializer_list<const char*> names);
  void add(std::vector<std::string> row);
  size_t size() const { return rows_.size(); }
  // format: table, jsonl or csv. Table width: $COLUMNS, else 80.
  void print(std::ostream& out, const std::string& format) const;

 private:
  void print_table(std::ostream& out) const;
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

void add_format_option(CLI::App& app, std::string& format);

// Display width in terminal cells (code points; good enough for news text).
size_t display_width(std::string_view s);
// Cuts s to at most `width` cells, ending with "…" when cut.
std::string truncate_to(std::string_view s, size_t width);

}  // namespace kg::tools
