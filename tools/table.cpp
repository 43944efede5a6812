#include "tools/table.hpp"

#include "graph/graph_writers.hpp"

#include <sys/ioctl.h>
#include <unistd.h>
#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <numeric>

namespace kg::tools {

size_t display_width(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string truncate_to(std::string_view s, size_t width) {
  if (display_width(s) <= width) return std::string(s);
  if (width == 0) return {};
  std::string out;
  size_t cells = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool starts = (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    if (starts && ++cells > width - 1) break;
    out += s[i];
  }
  return out + "\xE2\x80\xA6";
}

Table::Table(std::vector<Column> columns) : columns_(std::move(columns)) {}

Table::Table(std::initializer_list<const char*> names) {
  for (const char* n : names) columns_.push_back({n, false, true});
}

void Table::add(std::vector<std::string> row) {
  row.resize(columns_.size());
  for (auto& cell : row)
    std::replace_if(
        cell.begin(), cell.end(), [](char c) { return c == '\n' || c == '\t' || c == '\r'; }, ' ');
  rows_.push_back(std::move(row));
}

void add_format_option(CLI::App& app, std::string& format) {
  app.add_option("--format", format, "output format: table (default), jsonl or csv")
      ->check(CLI::IsMember({"table", "jsonl", "csv"}));
}

void Table::print(std::ostream& out, const std::string& format) const {
  if (format == "jsonl") {
    for (const auto& row : rows_) {
      nlohmann::json j = nlohmann::json::object();
      for (size_t i = 0; i < columns_.size(); ++i) {
        const std::string& v = row[i];
        if (columns_[i].list) {
          nlohmann::json list = nlohmann::json::array();
          for (size_t b = 0; b < v.size();) {
            const size_t sp = std::min(v.find(' ', b), v.size());
            if (sp > b) list.push_back(v.substr(b, sp - b));
            b = sp + 1;
          }
          j[columns_[i].name] = list;
          continue;
        }
        if (columns_[i].numeric && !v.empty()) {
          char* end = nullptr;
          const double d = std::strtod(v.c_str(), &end);
          if (end && *end == '\0') {
            if (v.find_first_of(".eE") == std::string::npos)
              j[columns_[i].name] = std::strtoll(v.c_str(), nullptr, 10);
            else
              j[columns_[i].name] = d;
            continue;
          }
        }
        j[columns_[i].name] = v.empty() ? nlohmann::json() : nlohmann::json(v);
      }
      out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
    return;
  }
  if (format == "csv") {
    const auto cell = [](const std::string& v) { return graph::csv_cell(v); };
    for (size_t i = 0; i < columns_.size(); ++i) out << (i ? "," : "") << cell(columns_[i].name);
    out << '\n';
    for (const auto& row : rows_) {
      for (size_t i = 0; i < row.size(); ++i) out << (i ? "," : "") << cell(row[i]);
      out << '\n';
    }
    return;
  }
  print_table(out);
}

void Table::print_table(std::ostream& out) const {
  // A terminal's own width; piped output gets room for long names and is cut only
  // where a line would become unreadable.
  size_t total = 160;
  winsize ws{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40)
    total = ws.ws_col;
  if (const char* c = std::getenv("COLUMNS")) {
    const long v = std::strtol(c, nullptr, 10);
    if (v >= 40) total = static_cast<size_t>(v);
  }
  const size_t n = columns_.size();
  std::vector<size_t> width(n);
  for (size_t i = 0; i < n; ++i) {
    width[i] = display_width(columns_[i].name);
    for (const auto& row : rows_) width[i] = std::max(width[i], display_width(row[i]));
    if (columns_[i].max_width > 0)
      width[i] = std::min(width[i], std::max(columns_[i].max_width, display_width(columns_[i].name)));
  }
  // Shrink the widest text column until the line fits (two spaces between columns).
  auto line_width = [&] {
    return std::accumulate(width.begin(), width.end(), size_t{0}) + 2 * (n - 1);
  };
  while (n > 0 && line_width() > total) {
    size_t widest = n;
    for (size_t i = 0; i < n; ++i)
      if (columns_[i].shrink && !columns_[i].numeric && (widest == n || width[i] > width[widest]))
        widest = i;
    if (widest == n || width[widest] <= 6) break;
    --width[widest];
  }
  auto print_row = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (size_t i = 0; i < n; ++i) {
      const std::string v = truncate_to(cells[i], width[i]);
      const std::string pad(width[i] - display_width(v), ' ');
      if (i + 1 == n && !columns_[i].numeric) {
        line += v;
      } else {
        line += columns_[i].numeric ? pad + v : v + pad;
      }
      if (i + 1 < n) line += "  ";
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  };
  std::vector<std::string> header;
  for (const auto& c : columns_) header.push_back(c.name);
  print_row(header);
  if (rows_.empty()) out << "(no rows)\n";
  for (const auto& row : rows_) print_row(row);
}

}  // namespace kg::tools
