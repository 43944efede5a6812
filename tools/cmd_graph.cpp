// kg path, kg neighbors, kg rank, kg timeline: the graph algorithms.
#include <fmt/core.h>

#include <algorithm>
#include <iostream>
#include <cstdio>
#include <numeric>
#include <optional>

#include "extract/text/errors.hpp"
#include "graph/cameo.hpp"
#include "graph/knowledge_graph.hpp"
#include "store/queries.hpp"
#include "tools/command.hpp"
#include "tools/options.hpp"
#include "tools/relation_table.hpp"
#include "tools/table.hpp"

namespace kg::tools {
namespace {

class PathCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description(
        "Finds a shortest chain of relations linking two entities (directions ignored).");
    add_db_option(app, db_);
    app.add_option("a", a_, "first entity")->required();
    app.add_option("b", b_, "second entity")->required();
    app.add_option("--max-len", max_len_, "longest chain to look for (default 6)")
        ->check(CLI::Range(1, 20));
    add_format_option(app, format_);
  }
  int run() override {
    store::Store db(db_, store::OpenMode::ReadOnly);
    const auto a = resolve_entity(db, a_), b = resolve_entity(db, b_);
    store::RelationFilter near;
    near.among = store::entities_within(db, a.id, max_len_, b.id);
    const auto g = store::load_graph(db, near);
    const auto path = g.shortest_path(a.id, b.id, max_len_);
    // No chain is an answer, not a failure: "(no rows)" and exit 0, as for
    // every query-like command (docs/cli.md, "No answer").
    if (!path)
      std::cerr << fmt::format("note: no chain of at most {} relations links {} and {}\n", max_len_,
                               a.name, b.name);
    print_relations(std::cout, db, path.value_or(std::vector<graph::Edge>{}), format_);
    return kExitOk;
  }

 private:
  std::string db_, a_, b_, format_ = "table";
  int max_len_ = 6;
};

class NeighborsCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description(
        "Lists the relations among an entity and everything within --depth steps of it.");
    add_db_option(app, db_);
    app.add_option("entity", x_, "the entity")->required();
    app.add_option("--depth", depth_, "steps (default 1)")->check(CLI::Range(1, 5));
    app.add_option("--limit", limit_, "at most N rows (default 50; 0 for all)");
    add_relation_scope(app, near_);
    add_format_option(app, format_);
  }
  int run() override {
    store::Store db(db_, store::OpenMode::ReadOnly);
    const auto x = resolve_entity(db, x_);
    store::RelationFilter near = near_;
    near.among = store::entities_within(db, x.id, depth_);
    const auto g = store::load_graph(db, near).neighbourhood(x.id, depth_);
    std::vector<store::RelationRow> rows;
    for (auto [e, end] = boost::edges(g.graph()); e != end; ++e) rows.push_back(g.graph()[*e]);
    std::sort(rows.begin(), rows.end(), graph::stronger);
    if (limit_ > 0 && rows.size() > limit_) rows.resize(limit_);
    print_relations(std::cout, db, rows, format_);
    return kExitOk;
  }

 private:
  std::string db_, x_, format_ = "table";
  int depth_ = 1;
  size_t limit_ = 50;
  store::RelationFilter near_;
};

class RankCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description(
        "Ranks entities by PageRank (default), degree or betweenness over the relation\n"
        "graph. The score column:\n"
        "  pagerank     the entity's share of the PageRank of the whole graph: all\n"
        "               entities sum to 1, so 0.05 is 5% (damping 0.85)\n"
        "  degree       relations in and out\n"
        "  betweenness  shortest paths between other entities through it (direction\n"
        "               ignored; estimated from 256 sources on large graphs)");
    add_db_option(app, db_);
    app.add_option("--by", by_, "pagerank, degree or betweenness")
        ->check(CLI::IsMember({"pagerank", "degree", "betweenness"}));
    app.add_option("--top", top_, "entities to list (default 20)");
    add_relation_scope(app, filter_);
    add_format_option(app, format_);
  }
  int run() override {
    store::Store db(db_, store::OpenMode::ReadOnly);
    const auto g = store::load_graph(db, filter_);
    const auto by = by_ == "degree"        ? graph::KnowledgeGraph::Ranking::Degree
                    : by_ == "betweenness" ? graph::KnowledgeGraph::Ranking::Betweenness
                                           : graph::KnowledgeGraph::Ranking::PageRank;
    const auto score = g.rank(by);
    std::vector<size_t> order(score.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return score[a] > score[b]; });
    Table t({{"rank", true, false},
             {"id", true, false},
             {"entity", false, true, false, kEntityColumnWidth},
             {"type", false, false},
             {"code", false, false},
             {by_, true, false}});
    for (size_t i = 0; i < order.size() && i < top_; ++i) {
      const auto& n = g.graph()[order[i]];
      t.add({std::to_string(i + 1), std::to_string(n.id), n.name, n.type,
             format_ == "table" ? graph::readable_actor_code(n.code) : n.code,
             by_ == "degree" ? fmt::format("{:.0f}", score[order[i]])
                             : fmt::format("{:.4g}", score[order[i]])});
    }
    if (format_ == "table" && by_ == "pagerank")
      std::cout << fmt::format("pagerank: share of the whole graph's PageRank ({} entities sum to 1)\n",
                               score.size());
    t.print(std::cout, format_);
    return kExitOk;
  }

 private:
  std::string db_, by_ = "pagerank", format_ = "table";
  size_t top_ = 20;
  store::RelationFilter filter_;
};

// The months from the first to the last of `months` ("YYYY-MM", ascending),
// those without events given 0, so the sparkline's axis is linear in time.
std::vector<std::pair<std::string, int64_t>> every_month(
    const std::vector<std::pair<std::string, int64_t>>& months) {
  std::vector<std::pair<std::string, int64_t>> out;
  std::optional<int> previous;  // year * 12 + month - 1 of the last month written
  for (const auto& [m, n] : months) {
    int year = 0, month = 0;
    if (std::sscanf(m.c_str(), "%d-%d", &year, &month) != 2 || month < 1 || month > 12) {
      out.emplace_back(m, n);  // not a month kg wrote; kept as it is
      continue;
    }
    const int index = year * 12 + month - 1;
    for (int k = previous.value_or(index) + 1; k < index; ++k)
      out.emplace_back(fmt::format("{:04}-{:02}", k / 12, k % 12 + 1), 0);
    out.emplace_back(m, n);
    previous = index;
  }
  return out;
}

class TimelineCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description(
        "Events per month in which the entity is actor or target, with a sparkline.\n"
        "Every month from the first to the last is listed, those without events as 0\n"
        "(a blank in the sparkline), so the axis is linear in time.");
    add_db_option(app, db_);
    app.add_option("entity", x_, "the entity")->required();
    add_format_option(app, format_);
  }
  int run() override {
    store::Store db(db_, store::OpenMode::ReadOnly);
    const auto x = resolve_entity(db, x_);
    const auto dated = store::timeline(db, x.id);
    const auto months = every_month(dated);
    if (format_ != "table") {
      Table t({{"month", false, false}, {"events", true, false}});
      for (const auto& [m, n] : months) t.add({m, std::to_string(n)});
      t.print(std::cout, format_);
      return kExitOk;
    }
    static const char* kBars[] = {"\xE2\x96\x81", "\xE2\x96\x82", "\xE2\x96\x83", "\xE2\x96\x84",
                                  "\xE2\x96\x85", "\xE2\x96\x86", "\xE2\x96\x87", "\xE2\x96\x88"};
    int64_t top = 1;
    for (const auto& [m, n] : months) top = std::max(top, n);
    std::string spark;
    for (const auto& [m, n] : months)
      spark += n == 0 ? " " : kBars[std::min<int64_t>(7, n * 8 / (top + 1))];
    std::cout << fmt::format("{} (id {}): {} months with events\n", x.name, x.id, dated.size());
    if (months.empty())
      std::cout << "(events in articles without a date are not counted; 'kg stats' shows how "
                   "many articles have one)\n";
    if (!months.empty())
      std::cout << months.front().first << " " << spark << " " << months.back().first << "\n\n";
    for (const auto& [m, n] : months) std::cout << fmt::format("{}  {:>6}\n", m, n);
    return kExitOk;
  }

 private:
  std::string db_, x_, format_ = "table";
};

}  // namespace

std::unique_ptr<Command> make_path_command() {
  return std::make_unique<PathCommand>();
}
std::unique_ptr<Command> make_neighbors_command() {
  return std::make_unique<NeighborsCommand>();
}
std::unique_ptr<Command> make_rank_command() {
  return std::make_unique<RankCommand>();
}
std::unique_ptr<Command> make_timeline_command() {
  return std::make_unique<TimelineCommand>();
}

}  // namespace kg::tools
