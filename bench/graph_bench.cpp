// Graph and query speed at scale. Builds (once, then reuses) a database from
// the news corpora with the full pipeline, replicates it with changed ids
// (documents, sentences, entities, relations, events: each copy is its own
// disjoint world, so entity counts grow too) until it holds at least TARGET
// events, then times what an analyst runs: filtered queries, entity details,
// evidence, timelines, paths, neighbourhoods, ranking and whole-graph exports.
// Baseline in the same session: one full scan of the events table.
// Usage: graph_bench [DB] [TARGET_EVENTS] [NEWS_DIR] [RUNS]
#include <SQLiteCpp/SQLiteCpp.h>
#include <sys/resource.h>

#include <cstdio>
#include <fstream>
#include <thread>

#include "bench/bench_util.hpp"
#include "extract/text/article_reader.hpp"
#include "graph/graph_writers.hpp"
#include "store/ingester.hpp"
#include "store/queries.hpp"
#include "store/store.hpp"

namespace {

namespace fs = std::filesystem;

int64_t scalar(SQLite::Database& db, const std::string& sql) {
  return db.execAndGet(sql).getInt64();
}

void build_base(const fs::path& db_path, const std::string& news_dir) {
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(news_dir))
    if (e.path().extension() == ".jsonl" && e.path().filename().string().rfind("sample", 0) != 0)
      files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  std::printf("building %s from %zu news files (full pipeline, %u threads)...\n", db_path.c_str(),
              files.size(), std::max(1u, std::thread::hardware_concurrency()));
  std::fflush(stdout);
  const kg::events::Extractor extractor{kg::events::ExtractorConfig{}};
  const double t = kg::bench::seconds_of([&] {
    kg::store::Store db(db_path, kg::store::OpenMode::ReadWrite);
    kg::store::IngestOptions options;
    options.threads = std::max(1u, std::thread::hardware_concurrency());
    kg::store::Ingester ingester(db, &extractor, options);
    kg::text::ArticleReader reader(files);
    reader.read([&](kg::text::Article&& a) { ingester.add(std::move(a)); },
                [](const kg::text::ReadProblem&) {});
    ingester.flush();
    const auto& c = ingester.counts();
    std::printf("  %lld articles, %lld sentences, %lld events\n",
                static_cast<long long>(c.new_articles), static_cast<long long>(c.sentences),
                static_cast<long long>(c.events));
  });
  std::printf("  built in %.1f s\n", t);
}

// Copies every row of the original data once more with ids shifted by `copy`
// times the original maximum: a disjoint replica of the whole graph.
void replicate(SQLite::Database& db, int copy) {
  const std::string c = std::to_string(copy);
  auto max_of = [&](const char* table) {
    return std::to_string(scalar(db, std::string("SELECT coalesce(max(id), 0) FROM ") + table +
                                         " WHERE id <= (SELECT v FROM bench_base WHERE k = '" +
                                         table + "')"));
  };
  const std::string d = max_of("documents"), s = max_of("sentences"), e = max_of("entities"),
                    r = max_of("relations"), v = max_of("events");
  auto off = [&](const std::string& m) { return "(" + c + " * " + m + ")"; };
  SQLite::Transaction tx(db);
  db.exec(
      "INSERT INTO documents (id, external_id, title, date, source, url, origin, metadata, text,"
      " content_hash, paragraphs, repeated_paragraphs, extracted) SELECT id + " +
      off(d) + ", external_id || '#" + c +
      "', title, date, source, url, origin, metadata, text,"
      " content_hash || '#" +
      c +
      "', paragraphs, repeated_paragraphs, extracted FROM documents"
      " WHERE id <= " +
      d);
  db.exec("INSERT INTO sentences SELECT id + " + off(s) + ", document_id + " + off(d) +
          ", idx, paragraph, byte_begin, byte_end, words FROM sentences WHERE id <= " + s);
  db.exec("INSERT INTO entities SELECT id + " + off(e) + ", key || '#" + c + "', name || ' #" + c +
          "', type, code, mentions, merged_into + " + off(e) + " FROM entities WHERE id <= " + e);
  db.exec("INSERT INTO aliases SELECT entity_id + " + off(e) +
          ", alias, norm, count FROM aliases"
          " WHERE entity_id <= " +
          e);
  db.exec("INSERT INTO relations SELECT id + " + off(r) + ", actor_id + " + off(e) +
          ", action, action_code, action_label, quad_class, target_id + " + off(e) +
          ", CASE WHEN claimed_by = 0 THEN 0 ELSE claimed_by + " + off(e) +
          " END, mentions, articles, sources, first_date, last_date, asserted, negated, hedged,"
          " hypothetical, planned, question, confidence, speakers FROM relations WHERE id <= " +
          r);
  db.exec(
      "INSERT INTO events SELECT id + " + off(v) + ", document_id + " + off(d) +
      ", sentence_id + " + off(s) + ", actor_entity_id + " + off(e) +
      ", actor_text, actor_begin, actor_end, actor_code, action_text, action_lemma, action_code,"
      " action_begin, action_end, target_entity_id + " +
      off(e) +
      ", target_text, target_begin, target_end, target_code, modifiers, speaker_entity_id + " +
      off(e) + ", speaker_text, carrier_entity_id + " + off(e) + ", carrier_text, claim_of + " +
      off(v) + ", polarity, modality, confidence, relation_id + " + off(r) +
      " FROM events WHERE id <= " + v);
  tx.commit();
}

struct Timing {
  std::string what;
  double median_ms;
  size_t rows;
};

}  // namespace

static int run(int argc, char** argv) {
  const fs::path db_path =
      argc > 1 ? argv[1] : (fs::temp_directory_path() / "kg-graph-bench.sqlite");
  const int64_t target = argc > 2 ? std::atoll(argv[2]) : 1'000'000;
  const std::string news = argc > 3 && *argv[3] ? argv[3] : kg::bench::default_news_dir();
  const int runs = argc > 4 ? std::atoi(argv[4]) : 5;

  if (!fs::exists(db_path)) build_base(db_path, news);
  {
    SQLite::Database db(db_path.string(), SQLite::OPEN_READWRITE);
    db.exec("CREATE TABLE IF NOT EXISTS bench_base (k TEXT PRIMARY KEY, v INTEGER)");
    if (scalar(db, "SELECT count(*) FROM bench_base") == 0)
      for (const char* t : {"documents", "sentences", "entities", "relations", "events"})
        db.exec(std::string("INSERT INTO bench_base VALUES ('") + t + "', (SELECT max(id) FROM " +
                t + "))");
    const int64_t base_events = scalar(db, "SELECT v FROM bench_base WHERE k = 'events'");
    int copies = static_cast<int>(scalar(db, "SELECT count(*) FROM events") /
                                  std::max<int64_t>(1, base_events));
    while (copies * base_events < target) {
      const double t = kg::bench::seconds_of([&] { replicate(db, copies); });
      ++copies;
      std::printf("replica %d written in %.1f s\n", copies, t);
      std::fflush(stdout);
    }
    db.exec("ANALYZE");
  }

  kg::store::Store store(db_path, kg::store::OpenMode::ReadOnly);
  SQLite::Database raw(db_path.string(), SQLite::OPEN_READONLY);
  std::printf(
      "database: %lld documents, %lld sentences, %lld events, %lld entities, %lld relations, %.0f "
      "MB\n",
      static_cast<long long>(scalar(raw, "SELECT count(*) FROM documents")),
      static_cast<long long>(scalar(raw, "SELECT count(*) FROM sentences")),
      static_cast<long long>(scalar(raw, "SELECT count(*) FROM events")),
      static_cast<long long>(scalar(raw, "SELECT count(*) FROM entities")),
      static_cast<long long>(scalar(raw, "SELECT count(*) FROM relations")),
      fs::file_size(db_path) / 1e6);

  std::vector<Timing> timings;
  auto time = [&](const std::string& what, const std::function<size_t()>& fn) {
    std::vector<double> ms;
    size_t rows = 0;
    for (int r = 0; r < runs; ++r) ms.push_back(1000 * kg::bench::seconds_of([&] { rows = fn(); }));
    timings.push_back({what, kg::bench::median(ms), rows});
    std::printf("  %-58s %9.1f ms  (%zu rows)\n", what.c_str(), timings.back().median_ms, rows);
    std::fflush(stdout);
  };

  time("baseline: full scan of the events table", [&] {
    return static_cast<size_t>(scalar(raw, "SELECT count(*) FROM events WHERE confidence >= 0"));
  });
  auto query = [&](kg::store::RelationFilter f) {
    return [&store, f] { return kg::store::query_relations(store, f).size(); };
  };
  kg::store::RelationFilter f;
  f.target = "USA";
  f.action = "112";
  time("kg query --target USA --action 112", query(f));
  f = {};
  f.actor = "China";
  time("kg query --actor China", query(f));
  f = {};
  f.target = "United States";
  f.action = "accuse";
  f.since = "1987-01-01";
  f.until = "1987-12-31";
  time("kg query --target 'United States' --action accuse --since/--until", query(f));
  f = {};
  f.action = "19";
  f.min_articles = 2;
  time("kg query --action 19 --min-articles 2", query(f));
  f = {};
  f.quad = "conflict";
  f.claimed_by = "any";
  time("kg query --quad conflict --claimed-by any", query(f));
  const auto china = kg::store::find_entities(store, "China");
  const int64_t china_id = china.empty() ? 1 : china.front().id;
  time("kg entity China", [&] {
    const auto d = kg::store::entity_detail(store, china_id, 10);
    return d.outgoing.size() + d.incoming.size();
  });
  f = {};
  f.actor = "China";
  f.limit = 1;
  const auto top = kg::store::query_relations(store, f);
  if (!top.empty())
    time("kg evidence (China's strongest relation)",
         [&] { return kg::store::relation_evidence(store, top.front().id).size(); });
  time("kg timeline China", [&] { return kg::store::timeline(store, china_id).size(); });
  const auto japan = kg::store::find_entities(store, "Japan");
  const int64_t japan_id = japan.empty() ? 2 : japan.front().id;
  // As the commands do: the graph on the entities within reach, not the whole graph.
  time("kg path China Japan", [&] {
    kg::store::RelationFilter near;
    near.among = kg::store::entities_within(store, china_id, 6, japan_id);
    const auto p = kg::store::load_graph(store, near).shortest_path(china_id, japan_id, 6);
    return p ? p->size() : 0;
  });
  for (int depth : {1, 2})
    time("kg neighbors China --depth " + std::to_string(depth), [&] {
      kg::store::RelationFilter near;
      near.among = kg::store::entities_within(store, china_id, depth);
      return kg::store::load_graph(store, near).neighbourhood(china_id, depth).edge_count();
    });

  std::unique_ptr<kg::graph::KnowledgeGraph> graph;
  time("load the whole graph", [&] {
    graph = std::make_unique<kg::graph::KnowledgeGraph>(kg::store::load_graph(store, {}));
    return graph->edge_count();
  });
  std::printf("graph: %zu entities, %zu relations\n", graph->node_count(), graph->edge_count());
  time("kg rank --by pagerank (ranking only)",
       [&] { return graph->rank(kg::graph::KnowledgeGraph::Ranking::PageRank).size(); });
  time("kg rank --by degree (ranking only)",
       [&] { return graph->rank(kg::graph::KnowledgeGraph::Ranking::Degree).size(); });
  time("shortest path China Japan on the loaded graph", [&] {
    const auto p = graph->shortest_path(china_id, japan_id, 6);
    return p ? p->size() : 0;
  });
  const fs::path out = fs::temp_directory_path() / "kg-graph-bench.export";
  for (const std::string format : {"dot", "graphml", "json", "csv"})
    time("kg export --format " + format + " (whole graph, load + write)", [&] {
      const auto g = kg::store::load_graph(store, {});
      std::ofstream o(out);
      if (format == "dot")
        kg::graph::write_dot(o, g);
      else if (format == "graphml")
        kg::graph::write_graphml(o, g);
      else if (format == "json")
        kg::graph::write_json(o, g);
      else
        kg::graph::write_csv(o, g);
      return g.edge_count();
    });
  fs::remove(out);
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  std::printf("peak RSS %.0f MB; medians of %d runs\n", u.ru_maxrss / 1024.0, runs);
  return 0;
}

int main(int argc, char** argv) {
  return kg::bench::guarded("graph_bench", [&] { return run(argc, argv); });
}
