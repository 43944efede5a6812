// Ingest throughput (articles/s, MB/s) of the news corpora into a fresh
// database per run: reading JSON Lines, normalizing, hashing, segmenting and
// committing. Usage: ingest_bench [NEWS_DIR] [RUNS]
#include <cstdio>
#include <filesystem>

#include "bench/bench_util.hpp"
#include "extract/text/article_reader.hpp"
#include "store/ingester.hpp"
#include "store/store.hpp"

static int run(int argc, char** argv) {
  namespace fs = std::filesystem;
  const std::string dir = argc > 1 ? argv[1] : kg::bench::default_news_dir();
  const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
  std::vector<std::string> files;
  uint64_t bytes = 0;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".jsonl" && e.path().filename().string().rfind("sample", 0) != 0) {
      files.push_back(e.path().string());
      bytes += fs::file_size(e.path());
    }
  std::sort(files.begin(), files.end());
  const fs::path tmp = fs::temp_directory_path() / "kg-ingest-bench";
  fs::create_directories(tmp);
  std::vector<double> times;
  int64_t articles = 0;
  for (int r = 0; r < runs; ++r) {
    const fs::path db_path = tmp / "bench.sqlite";
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db_path.string() + suffix);
    kg::store::IngestCounts counts;
    times.push_back(kg::bench::seconds_of([&] {
      kg::store::Store db(db_path, kg::store::OpenMode::ReadWrite);
      kg::store::Ingester ingester(db, nullptr);
      kg::text::ArticleReader reader(files);
      reader.read([&](kg::text::Article&& a) { ingester.add(std::move(a)); },
                  [](const kg::text::ReadProblem&) {});
      ingester.flush();
      counts = ingester.counts();
    }));
    articles = counts.new_articles + counts.duplicates;
    std::printf("  run %d: %.3f s, %lld new + %lld duplicate articles, %.0f articles/s\n", r + 1,
                times.back(), static_cast<long long>(counts.new_articles),
                static_cast<long long>(counts.duplicates), articles / times.back());
  }
  fs::remove_all(tmp);
  const double med = kg::bench::median(times);
  std::printf("median: %.3f s = %.0f articles/s, %.1f MB/s of input (%lld articles, %.1f MB)\n",
              med, articles / med, bytes / 1e6 / med, static_cast<long long>(articles),
              bytes / 1e6);
  return 0;
}

int main(int argc, char** argv) {
  return kg::bench::guarded("ingest_bench", [&] { return run(argc, argv); });
}
