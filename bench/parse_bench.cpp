// Tagger, lemmatizer and parser throughput (words/s, one core) and model load
// time, on gold-tokenized CoNLL-U (default: UD English EWT test).
// Usage: parse_bench [MODEL] [CONLLU] [RUNS] [BATCH]
#include <sys/resource.h>
#include <algorithm>
#include <cstdio>
#include <span>

#include "bench/bench_util.hpp"
#include "extract/nlp/analyzer.hpp"
#include "extract/nlp/conllu.hpp"

static int run(int argc, char** argv) {
  using namespace kg::text;
  using namespace kg::nlp;
  const std::string model = argc > 1 ? argv[1] : Analyzer::default_model_path().string();
  const std::string conllu =
      argc > 2 ? argv[2]
               : std::string(KG_SOURCE_DIR) + "/../shared/data/ud-english/ewt/test.conllu";
  const int runs = argc > 3 ? std::atoi(argv[3]) : 5;
  std::vector<double> loads;
  for (int r = 0; r < 3; ++r)
    loads.push_back(kg::bench::seconds_of([&] { (void)Analyzer::load(model); }));
  const Analyzer analyzer = Analyzer::load(model);
  const auto sentences = read_conllu_file(conllu);
  std::vector<std::vector<std::string_view>> forms;
  size_t words = 0;
  for (const auto& s : sentences) {
    forms.emplace_back();
    for (const auto& w : s.words) forms.back().push_back(w.form);
    words += s.words.size();
  }
  std::printf("parse_bench: %zu sentences, %zu words from %s\n", sentences.size(), words,
              conllu.c_str());
  std::printf("model load: median %.3f s (%s)\n", kg::bench::median(loads), model.c_str());
  // Batches as Analyzer::analyze parses a document; 1 is sentence by sentence.
  const size_t batch =
      argc > 4 ? static_cast<size_t>(std::atoi(argv[4])) : Analyzer::kBatchSentences;
  std::printf("batches of %zu sentences\n", batch);
  std::vector<Analyzer::Words> views(forms.begin(), forms.end());
  std::vector<double> tag_t, lemma_t, parse_t, all_t;
  for (int r = 0; r < runs; ++r) {
    AnalyzerTimings t;
    all_t.push_back(kg::bench::seconds_of([&] {
      for (size_t first = 0; first < views.size(); first += batch)
        analyzer.analyze_words(
            std::span(views).subspan(first, std::min(batch, views.size() - first)), &t);
    }));
    tag_t.push_back(t.tag);
    lemma_t.push_back(t.lemma);
    parse_t.push_back(t.parse);
    std::printf("  run %d: %.3f s, %.0f words/s (tag %.0f, lemma %.0f, parse %.0f words/s)\n",
                r + 1, all_t.back(), words / all_t.back(), words / t.tag, words / t.lemma,
                words / t.parse);
  }
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  std::printf(
      "median: %.0f words/s all (tagger %.0f, lemmatizer %.0f, parser %.0f words/s); peak RSS %.0f "
      "MB\n",
      words / kg::bench::median(all_t), words / kg::bench::median(tag_t),
      words / kg::bench::median(lemma_t), words / kg::bench::median(parse_t), u.ru_maxrss / 1024.0);
  return 0;
}

int main(int argc, char** argv) {
  return kg::bench::guarded("parse_bench", [&] { return run(argc, argv); });
}
