// The parser's foundations: the transition system and its oracle, pseudo-
// projective lifting, the model file format, training a tiny model, and the
// shipped model's accuracy on EWT dev (when ../shared/data is present).
#include <doctest/doctest.h>

#include <fstream>
#include <numeric>
#include <random>
#include <regex>

#include "extract/nlp/analyzer.hpp"
#include "extract/nlp/conllu.hpp"
#include "extract/nlp/model_file.hpp"
#include "extract/nlp/model_trainer.hpp"
#include "extract/nlp/parse_eval.hpp"
#include "extract/nlp/projectivize.hpp"
#include "extract/nlp/transition_system.hpp"
#include "extract/text/errors.hpp"
#include "tests/test_util.hpp"

using namespace kg::text;
using namespace kg::nlp;
using kg::ModelError;

namespace {

// A random projective tree over n words (-1 = root): each span picks a head
// and splits the rest into independent left and right spans.
void random_projective(std::mt19937& rng, int lo, int hi, int head, std::vector<int>& heads) {
  if (lo > hi) return;
  const int h = std::uniform_int_distribution<int>(lo, hi)(rng);
  heads[static_cast<size_t>(h)] = head;
  random_projective(rng, lo, h - 1, h, heads);
  random_projective(rng, h + 1, hi, h, heads);
}

// A random tree, projective or not: each word after the first attaches to an
// earlier-placed word of a random permutation.
std::vector<int> random_tree(std::mt19937& rng, int n) {
  std::vector<int> order(static_cast<size_t>(n));
  std::iota(order.begin(), order.end(), 0);
  std::shuffle(order.begin(), order.end(), rng);
  std::vector<int> heads(static_cast<size_t>(n), -1);
  for (int k = 1; k < n; ++k)
    heads[static_cast<size_t>(order[static_cast<size_t>(k)])] =
        order[static_cast<size_t>(std::uniform_int_distribution<int>(0, k - 1)(rng))];
  return heads;
}

// Follows zero-cost moves from the start; returns the heads built.
std::vector<int> follow_oracle(const std::vector<int>& gold) {
  ParseState st(static_cast<int>(gold.size()));
  while (!st.terminal()) {
    const ParseState::Costs c = st.costs(gold);
    if (st.can_left() && c.left == 0)
      st.apply(Move::Left, 0);
    else if (st.can_right() && c.right == 0)
      st.apply(Move::Right, 0);
    else if (st.can_shift() && c.shift == 0)
      st.apply(Move::Shift, 0);
    else
      FAIL("no zero-cost move");
  }
  std::vector<int> heads(gold.size());
  for (size_t i = 0; i < gold.size(); ++i) {
    const int h = st.head(static_cast<int>(i));
    heads[i] = h == static_cast<int>(gold.size()) ? -1 : h;
  }
  return heads;
}

std::vector<int> heads_of(const ConlluSentence& s) {
  std::vector<int> h;
  for (const auto& w : s.words) h.push_back(w.head);
  return h;
}

std::filesystem::path tiny_conllu() {
  return kg::test::fixtures_dir() / "parser" / "tiny.conllu";
}

// Training on the tiny treebank, with it as dev too; one fold and thread.
ModelTrainConfig tiny_training(const std::filesystem::path& output, const std::string& parser,
                               int tagger_epochs, int parser_epochs) {
  ModelTrainConfig config;
  config.train = {tiny_conllu()};
  config.dev = tiny_conllu();
  config.output = output;
  config.parser = parser;
  config.tagger_epochs = tagger_epochs;
  config.parser_epochs = parser_epochs;
  config.folds = 1;
  config.threads = 1;
  return config;
}

}  // namespace

TEST_CASE("the dynamic oracle reproduces every projective tree") {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 500; ++trial) {
    const int n = std::uniform_int_distribution<int>(1, 30)(rng);
    std::vector<int> gold(static_cast<size_t>(n), -2);
    random_projective(rng, 0, n - 1, -1, gold);
    REQUIRE(is_projective(gold));
    CHECK(follow_oracle(gold) == gold);
  }
  for (const auto& s : read_conllu_file(tiny_conllu().string()))
    CHECK(follow_oracle(heads_of(s)) == heads_of(s));
}

TEST_CASE("the parser state never leaves a word unattached, whatever the moves") {
  std::mt19937 rng(3);
  for (int trial = 0; trial < 300; ++trial) {
    const int n = std::uniform_int_distribution<int>(1, 20)(rng);
    ParseState st(n);
    while (!st.terminal()) {
      std::vector<Move> legal;
      for (Move m : {Move::Shift, Move::Left, Move::Right})
        if (st.legal(m)) legal.push_back(m);
      REQUIRE(!legal.empty());
      st.apply(legal[std::uniform_int_distribution<size_t>(0, legal.size() - 1)(rng)], 0);
    }
    int roots = 0;
    for (int w = 0; w < n; ++w) {
      CHECK(st.head(w) != -2);
      roots += st.head(w) == -1;
    }
    CHECK(roots == 1);
  }
}

TEST_CASE("projectivize makes trees projective and deprojectivize undoes it") {
  // "A hearing is scheduled on the issue today": the classic non-projective arc.
  std::vector<int> heads = {1, 3, 3, -1, 6, 6, 1, 3, 3};
  std::vector<std::string> labels = {"det", "nsubj:pass", "aux:pass", "root", "case",
                                     "det", "nmod",       "obl:tmod", "punct"};
  REQUIRE_FALSE(is_projective(heads));
  const auto orig_heads = heads;
  const auto orig_labels = labels;
  projectivize(heads, labels);
  CHECK(is_projective(heads));
  CHECK(labels[6].find(std::string(kLiftSeparator)) != std::string::npos);
  deprojectivize(heads, labels);
  CHECK(heads == orig_heads);
  CHECK(labels == orig_labels);

  // Random trees: always projective after lifting, and nearly always recovered.
  std::mt19937 rng(11);
  int recovered = 0, nonprojective = 0;
  for (int trial = 0; trial < 400; ++trial) {
    const int n = std::uniform_int_distribution<int>(2, 15)(rng);
    std::vector<int> h = random_tree(rng, n);
    if (is_projective(h)) continue;
    ++nonprojective;
    std::vector<std::string> l(h.size());
    for (size_t i = 0; i < l.size(); ++i) l[i] = "l" + std::to_string(i);  // distinct labels
    const auto h0 = h;
    projectivize(h, l);
    REQUIRE(is_projective(h));
    deprojectivize(h, l);
    recovered += h == h0;
  }
  REQUIRE(nonprojective > 100);
  // With distinct labels the head encoding is unambiguous.
  CHECK(recovered == nonprojective);
}

TEST_CASE("model files round-trip values and refuse damaged files clearly") {
  kg::test::TempDir dir;
  const auto path = dir / "m.kgm";
  ModelWriter w;
  w.section("test");
  w.u8(7);
  w.u16(65000);
  w.u32(4000000000u);
  w.u64(1ull << 60);
  w.f32(-1.5f);
  w.str("héllo");
  w.array(std::vector<int16_t>{1, -2, 3});
  w.save(path);
  {
    ModelReader r(path);
    r.section("test");
    CHECK(r.u8() == 7);
    CHECK(r.u16() == 65000);
    CHECK(r.u32() == 4000000000u);
    CHECK(r.u64() == (1ull << 60));
    CHECK(r.f32() == -1.5f);
    CHECK(r.str() == "héllo");
    CHECK(r.array<int16_t>() == std::vector<int16_t>{1, -2, 3});
    CHECK(r.at_end());
    CHECK_THROWS_AS(r.u8(), ModelError);  // reading past the end
  }
  const std::string good = kg::test::read_file(path);
  auto expect_error = [&](const std::string& bytes, const std::string& what) {
    kg::test::write_file(dir / "bad.kgm", bytes);
    CHECK_THROWS_WITH_AS(ModelReader(dir / "bad.kgm"), doctest::Contains("bad.kgm"), ModelError);
    CHECK_THROWS_WITH_AS(ModelReader(dir / "bad.kgm"), doctest::Contains(what.c_str()), ModelError);
    // The analyzer says the same, never crashes.
    CHECK_THROWS_AS(Analyzer::load(dir / "bad.kgm"), ModelError);
  };
  CHECK_THROWS_WITH_AS(ModelReader(dir / "missing.kgm"), doctest::Contains("missing.kgm"),
                       ModelError);
  expect_error(good.substr(0, good.size() / 2), "");  // truncated
  expect_error(good.substr(0, 10), "");               // truncated header
  std::string corrupt = good;
  corrupt[corrupt.size() - 3] ^= 0x5A;
  expect_error(corrupt, "");  // checksum
  std::string version = good;
  version[8] = 99;
  expect_error(version, "version");
  expect_error("not a model at all, just text that is long enough to have a header", "");
  // The section check names what was expected.
  ModelReader r(path);
  CHECK_THROWS_AS(r.section("other"), ModelError);
}

TEST_CASE("a tiny model trained on a few sentences parses them back") {
  kg::test::TempDir dir;
  ModelTrainConfig config = tiny_training(dir / "tiny.kgm", "perceptron", 10, 15);
  const ModelTrainReport report = train_model(config);
  CHECK(report.train_sentences == 10);
  const Analyzer analyzer = Analyzer::load(config.output);
  const auto gold = read_conllu_file(tiny_conllu().string());
  const ParseScores scores = evaluate_parsing(gold, analyzer, false);
  CHECK(scores.upos.f1() >= 0.99);
  CHECK(scores.uas.f1() >= 0.99);
  CHECK(scores.las.f1() >= 0.99);
  // Training is deterministic for a seed.
  config.output = dir / "again.kgm";
  train_model(config);
  CHECK(kg::test::read_file(dir / "tiny.kgm") == kg::test::read_file(dir / "again.kgm"));
}

TEST_CASE("the shipped model keeps its EWT dev accuracy") {
  KG_REQUIRE_SHARED_DATA(data);
  const auto dev = data / "ud-english" / "ewt" / "dev.conllu";
  if (!std::filesystem::exists(dev)) {
    kg::test::skip_test_case(dev.string() + " not found");
    return;
  }
  // The figure the model README promises.
  const std::string readme =
      kg::test::read_file(kg::test::source_dir() / "data" / "models" / "README.md");
  std::smatch m;
  REQUIRE(std::regex_search(readme, m, std::regex(R"(\| EWT dev[^\n]*\| ([0-9.]+) \|\s*\n)")));
  const double promised = std::stod(m[1].str());
  const Analyzer analyzer = Analyzer::load(Analyzer::default_model_path());
  const ParseScores scores = evaluate_parsing(read_conllu_file(dev.string()), analyzer, false);
  MESSAGE("EWT dev LAS " << 100 * scores.las.f1() << " (README: " << promised << ")");
  CHECK(100 * scores.las.f1() >= promised - 1.0);
}

TEST_CASE("parsing sentences in a batch gives the trees of parsing them one by one") {
  const Analyzer analyzer = Analyzer::load(Analyzer::default_model_path());
  std::vector<std::vector<std::string_view>> sentences = {
      {"China", "accused", "the", "United", "States", "of", "hacking", "."},
      {},
      {"Yes", "."},
      {"!", "?", "...", ","},
      {"The", "Pentagon", ",", "which", "denied", "it", ",", "said", "on", "Monday", "that", "the",
       "attacks", "came", "from", "Beijing", "."},
      {"Officials"}};
  std::vector<std::string_view>& long_one = sentences.emplace_back();
  for (int i = 0; i < 100; ++i)
    for (std::string_view w : {"they", "said", "that"}) long_one.push_back(w);
  long_one.push_back(".");
  const std::vector<Analyzer::Words> views(sentences.begin(), sentences.end());
  const auto batch = analyzer.analyze_words(views);
  REQUIRE(batch.size() == sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    CAPTURE(s);
    const auto single = analyzer.analyze_words(views[s]);
    REQUIRE(batch[s].size() == sentences[s].size());
    REQUIRE(single.size() == sentences[s].size());
    int roots = 0;
    for (size_t i = 0; i < single.size(); ++i) {
      CHECK(batch[s][i].head == single[i].head);
      CHECK(batch[s][i].deprel == single[i].deprel);
      CHECK(batch[s][i].head < static_cast<int>(single.size()));
      roots += batch[s][i].head < 0;
    }
    if (!single.empty()) CHECK(roots == 1);
  }
  // A batch's result does not depend on what else is in it.
  const auto reversed_views = std::vector<Analyzer::Words>(views.rbegin(), views.rend());
  const auto reversed = analyzer.analyze_words(reversed_views);
  for (size_t s = 0; s < sentences.size(); ++s)
    for (size_t i = 0; i < sentences[s].size(); ++i)
      CHECK(reversed[sentences.size() - 1 - s][i].head == batch[s][i].head);
}

TEST_CASE("kg eval parse writes its analysis of the gold words and scores without punctuation") {
  kg::test::TempDir dir;
  const auto out = dir / "system.conllu";
  const auto r = kg::test::run_kg(
      {"eval", "parse", "--gold", tiny_conllu().string(), "--output", out.string()});
  REQUIRE(r.exit_code == 0);
  const auto gold = read_conllu_file(tiny_conllu().string());
  const auto system = read_conllu_file(out.string());
  REQUIRE(system.size() == gold.size());
  size_t words = 0, heads = 0, non_punct = 0, non_punct_heads = 0;
  for (size_t s = 0; s < gold.size(); ++s) {
    REQUIRE(system[s].words.size() == gold[s].words.size());
    for (size_t i = 0; i < gold[s].words.size(); ++i) {
      const ConlluWord& g = gold[s].words[i];
      CHECK(system[s].words[i].form == g.form);
      ++words;
      heads += system[s].words[i].head == g.head;
      if (g.deprel != "punct") {
        ++non_punct;
        non_punct_heads += system[s].words[i].head == g.head;
      }
    }
  }
  // The printed counts are those of the written analysis.
  auto row = [&](const std::string& metric) {
    std::smatch m;
    REQUIRE(std::regex_search(r.out, m,
                              std::regex("\\n" + metric +
                                         " +[0-9.]+ +[0-9.]+ +[0-9.]+ +([0-9]+) +"
                                         "[0-9]+ +([0-9]+)")));
    return std::pair{std::stoul(m[1].str()), std::stoul(m[2].str())};
  };
  CHECK(row("UAS") == std::pair{words, heads});
  CHECK(row("UAS-nopunct") == std::pair{non_punct, non_punct_heads});
  CHECK(non_punct < words);
  // An output file that cannot be written is the user's to fix (exit 3), and named.
  const auto unwritable = kg::test::run_kg({"eval", "parse", "--gold", tiny_conllu().string(),
                                            "--output", (dir / "missing" / "x.conllu").string()});
  CHECK(unwritable.exit_code == 3);
  CHECK(unwritable.err.find("x.conllu: cannot write") != std::string::npos);
  // From raw text the words are kg's own, so there is nothing to write.
  CHECK(kg::test::run_kg(
            {"eval", "parse", "--raw", "--gold", tiny_conllu().string(), "--output", out.string()})
            .exit_code == 2);
}

TEST_CASE("a neural model trains deterministically and parses alike before saving and after") {
  kg::test::TempDir dir;
  const auto gold = read_conllu_file(tiny_conllu().string());
  std::vector<std::string> models;
  for (unsigned threads : {1u, 2u}) {
    CAPTURE(threads);
    ModelTrainConfig config = tiny_training(dir / "tiny.kgm", "neural", 5, 3);
    config.parser_threads = threads;
    const ModelTrainReport report = train_model(config);
    const Analyzer analyzer = Analyzer::load(config.output);
    const ParseScores scores = evaluate_parsing(gold, analyzer, false);
    // Training scored dev with the tags of its own tagger, as evaluation does.
    CHECK(100 * scores.uas.f1() == doctest::Approx(report.dev_uas * 100).epsilon(1e-9));
    CHECK(100 * scores.las_full.f1() == doctest::Approx(report.dev_las * 100).epsilon(1e-9));
    models.push_back(kg::test::read_file(config.output));
    config.output = dir / "again.kgm";
    train_model(config);
    CHECK(kg::test::read_file(config.output) == models.back());
  }
  // Threads share the batches differently from one thread: another model.
  CHECK(models[0] != models[1]);
}
