// Segmentation throughput (MB/s, one core) on the news corpora.
// Usage: segment_bench [NEWS_DIR] [RUNS]
#include <cstdio>

#include "bench/bench_util.hpp"
#include "extract/text/segmenter.hpp"

static int run(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : kg::bench::default_news_dir();
  const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
  const auto texts = kg::bench::load_news_texts(dir);
  size_t bytes = 0;
  for (const auto& t : texts) bytes += t.size();
  std::printf("segment_bench: %zu articles, %.1f MB from %s\n", texts.size(), bytes / 1e6,
              dir.c_str());
  const kg::text::Segmenter segmenter;
  std::vector<double> times;
  size_t sentences = 0, words = 0;
  for (int r = 0; r < runs; ++r) {
    sentences = words = 0;
    times.push_back(kg::bench::seconds_of([&] {
      for (const auto& t : texts) {
        const auto doc = segmenter.segment(t);
        sentences += doc.sentences.size();
        words += doc.tokens.size();
      }
    }));
    std::printf("  run %d: %.3f s, %.1f MB/s\n", r + 1, times.back(), bytes / 1e6 / times.back());
  }
  const double med = kg::bench::median(times);
  std::printf(
      "median: %.3f s = %.1f MB/s, %.0f sentences/s, %.0f words/s (%zu sentences, %zu words)\n",
      med, bytes / 1e6 / med, sentences / med, words / med, sentences, words);
  return 0;
}

int main(int argc, char** argv) {
  return kg::bench::guarded("segment_bench", [&] { return run(argc, argv); });
}
