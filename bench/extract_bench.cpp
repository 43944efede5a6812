// Throughput of the whole `kg extract` pipeline (segment, tag, lemmatize,
// parse, extract events) on one core, in sentences/s, on news articles.
// Baseline in the same session: segmentation alone on the same texts, so the
// ratio stays meaningful on a shared, noisy machine.
// Usage: extract_bench [NEWS_DIR] [ARTICLES] [RUNS]
#include <sys/resource.h>

#include <cstdio>

#include "bench/bench_util.hpp"
#include "extract/events/extractor.hpp"
#include "extract/text/segmenter.hpp"

static int run(int argc, char** argv) {
  const std::string dir = argc > 1 && *argv[1] ? argv[1] : kg::bench::default_news_dir();
  const size_t limit = argc > 2 ? static_cast<size_t>(std::atol(argv[2])) : 1000;
  const int runs = argc > 3 ? std::atoi(argv[3]) : 3;
  const auto texts = kg::bench::load_news_texts(dir, limit);
  if (texts.empty()) {
    std::fprintf(stderr, "extract_bench: no articles in %s (set KG_NEWS_DIR)\n", dir.c_str());
    return 3;
  }
  std::vector<double> load;
  std::unique_ptr<kg::events::Extractor> extractor;
  load.push_back(kg::bench::seconds_of(
      [&] { extractor = std::make_unique<kg::events::Extractor>(kg::events::ExtractorConfig{}); }));
  const kg::text::Segmenter segmenter;

  size_t sentences = 0, words = 0, events = 0, bytes = 0;
  std::vector<double> seg_t, all_t;
  for (int r = 0; r < runs; ++r) {
    size_t s = 0, w = 0;
    seg_t.push_back(kg::bench::seconds_of([&] {
      for (const auto& t : texts) {
        const auto doc = segmenter.segment(t);
        s += doc.sentences.size();
        w += doc.tokens.size();
      }
    }));
    size_t e = 0;
    all_t.push_back(kg::bench::seconds_of([&] {
      for (const auto& t : texts) e += extractor->run(t, "").events.size();
    }));
    sentences = s, words = w, events = e;
    std::printf("  run %d: extract %.2f s (%.0f sentences/s), segment only %.3f s\n", r + 1,
                all_t.back(), s / all_t.back(), seg_t.back());
  }
  for (const auto& t : texts) bytes += t.size();
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  const double all = kg::bench::median(all_t), seg = kg::bench::median(seg_t);
  std::printf("extract_bench: %zu articles, %.1f MB, %zu sentences, %zu words, %zu events\n",
              texts.size(), bytes / 1e6, sentences, words, events);
  std::printf("startup (model and dictionaries): %.2f s\n", load.front());
  std::printf(
      "median of %d: %.0f sentences/s, %.0f words/s, %.0f events/s; segmentation alone %.0f "
      "sentences/s (whole pipeline = %.1f%% of its speed); peak RSS %.0f MB\n",
      runs, sentences / all, words / all, events / all, sentences / seg, 100.0 * seg / all,
      u.ru_maxrss / 1024.0);
  return 0;
}

int main(int argc, char** argv) {
  return kg::bench::guarded("extract_bench", [&] { return run(argc, argv); });
}
