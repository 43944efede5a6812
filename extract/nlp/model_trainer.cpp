#include "extract/nlp/model_trainer.hpp"

#include <atomic>
#include <chrono>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "extract/nlp/analyzer.hpp"
#include "extract/nlp/conllu.hpp"
#include "extract/nlp/wordnet.hpp"
#include "extract/text/errors.hpp"
#include "extract/text/sha256.hpp"

namespace kg::nlp {

using text::Sha256;
namespace {

std::vector<ConlluSentence> read_treebank(const std::filesystem::path& path) {
  try {
    auto s = read_conllu_file(path.string());
    if (s.empty()) throw InputError(path.string() + ": no sentences");
    return s;
  } catch (const ConlluError& e) {
    throw InputError(e.what());
  }
}

std::string file_sha256(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return Sha256::hex(ss.str());
}

// Tags and lemmatizes sentences (gold trees kept) the way the pipeline will.
std::vector<ParserExample> to_examples(const std::vector<ConlluSentence>& sentences,
                                       const Tagger& tagger, const Lemmatizer& lemmatizer,
                                       const Lexicon& lexicon) {
  std::vector<ParserExample> out;
  out.reserve(sentences.size());
  std::vector<std::string_view> forms;
  for (const auto& s : sentences) {
    ParserExample e;
    forms.clear();
    for (const auto& w : s.words) forms.push_back(w.form);
    const auto tags = tagger.tag(forms, lexicon);
    for (size_t i = 0; i < s.words.size(); ++i) {
      const TagClass& c = tagger.tag_class(tags[i]);
      e.forms.push_back(s.words[i].form);
      e.lemmas.push_back(lemmatizer.lemma(s.words[i].form, c, lexicon));
      e.xpos.push_back(c.xpos);
      e.upos.emplace_back(to_string(c.upos));
      e.heads.push_back(s.words[i].head);
      e.labels.push_back(s.words[i].deprel);
    }
    out.push_back(std::move(e));
  }
  return out;
}

size_t word_count(const std::vector<ConlluSentence>& s) {
  size_t n = 0;
  for (const auto& x : s) n += x.words.size();
  return n;
}

}  // namespace

ModelTrainReport train_model(const ModelTrainConfig& config) {
  const auto start = std::chrono::steady_clock::now();
  auto log = [&](const std::string& m) {
    if (config.log) config.log(m);
  };
  ModelTrainReport report;
  if (config.train.empty()) throw InputError("no training files given");
  std::vector<ConlluSentence> train;
  nlohmann::json train_files = nlohmann::json::array();
  for (const auto& path : config.train) {
    auto part = read_treebank(path);
    train_files.push_back({{"file", path.filename().string()},
                           {"sentences", part.size()},
                           {"words", word_count(part)},
                           {"sha256", file_sha256(path)}});
    train.insert(train.end(), std::make_move_iterator(part.begin()),
                 std::make_move_iterator(part.end()));
  }
  const std::vector<ConlluSentence> dev =
      config.dev.empty() ? std::vector<ConlluSentence>{} : read_treebank(config.dev);
  report.train_sentences = train.size();
  report.train_words = word_count(train);
  log("training on " + std::to_string(train.size()) + " sentences (" +
      std::to_string(report.train_words) + " words), dev " + std::to_string(dev.size()) +
      " sentences");

  const WordNetData wordnet = load_wordnet();
  if (wordnet.empty())
    log("warning: WordNet not found in /usr/share/wordnet; unknown words will suffer");
  const Lexicon lexicon(wordnet);

  TaggerTrainOptions tagger_options;
  tagger_options.epochs = config.tagger_epochs;
  tagger_options.seed = config.seed;
  tagger_options.log = config.log;
  log("tagger: training on all training data");
  const Tagger tagger = Tagger::train(train, dev, lexicon, tagger_options);
  const Lemmatizer lemmatizer = Lemmatizer::train(train);
  report.dev_tag_accuracy = dev.empty() ? 0.0 : tagger.accuracy(dev, lexicon);

  // Jackknifing: the parser trains on tags from taggers that did not see the sentence.
  std::vector<ParserExample> parser_train(train.size());
  if (config.folds > 1) {
    TaggerTrainOptions fold_options = tagger_options;
    fold_options.log = nullptr;
    // Folds are independent; each writes only its own sentences, so threads
    // cannot change the result.
    std::atomic<int> next_fold{0};
    std::mutex log_mutex;
    auto worker = [&] {
      for (int k = next_fold++; k < config.folds; k = next_fold++) {
        std::vector<ConlluSentence> in, held;
        std::vector<size_t> held_index;
        for (size_t i = 0; i < train.size(); ++i) {
          if (static_cast<int>(i % static_cast<size_t>(config.folds)) == k) {
            held.push_back(train[i]);
            held_index.push_back(i);
          } else {
            in.push_back(train[i]);
          }
        }
        const Tagger fold_tagger = Tagger::train(in, {}, lexicon, fold_options);
        const Lemmatizer fold_lemmatizer = Lemmatizer::train(in);
        auto examples = to_examples(held, fold_tagger, fold_lemmatizer, lexicon);
        for (size_t j = 0; j < held_index.size(); ++j)
          parser_train[held_index[j]] = std::move(examples[j]);
        const std::lock_guard<std::mutex> lock(log_mutex);
        log("jackknifing: fold " + std::to_string(k + 1) + " of " + std::to_string(config.folds) +
            " tagged");
      }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < std::max(1u, config.threads); ++t) threads.emplace_back(worker);
    worker();
    for (auto& t : threads) t.join();
  } else {
    for (size_t i = 0; i < train.size(); ++i) {
      ParserExample e;
      for (const auto& w : train[i].words) {
        e.forms.push_back(w.form);
        e.lemmas.push_back(w.lemma);
        e.xpos.push_back(w.xpos);
        e.upos.push_back(w.upos);
        e.heads.push_back(w.head);
        e.labels.push_back(w.deprel);
      }
      parser_train[i] = std::move(e);
    }
  }
  const auto parser_dev = to_examples(dev, tagger, lemmatizer, lexicon);
  Analyzer::AnyParser parser;
  if (config.parser == "perceptron") {
    ParserTrainOptions options;
    options.epochs = config.parser_epochs;
    options.seed = config.seed;
    options.log = config.log;
    parser = Parser::train(parser_train, parser_dev, lexicon, options);
  } else if (config.parser == "neural") {
    NeuralParserOptions options;
    options.epochs = config.parser_epochs;
    options.seed = config.seed;
    options.threads = config.parser_threads;
    options.log = config.log;
    parser = NeuralParser::train(parser_train, parser_dev, lexicon, options);
  } else {
    throw InputError("unknown parser kind '" + config.parser + "' (perceptron or neural)");
  }
  if (!dev.empty())
    std::tie(report.dev_uas, report.dev_las) =
        std::visit([&](const auto& p) { return p.attachment(parser_dev, lexicon); }, parser);

  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  nlohmann::json meta = {
      {"format", "kg analyzer model"},
      {"train", train_files},
      {"dev",
       config.dev.empty() ? nlohmann::json() : nlohmann::json(config.dev.filename().string())},
      {"seed", config.seed},
      {"tagger_epochs", config.tagger_epochs},
      {"parser", config.parser},
      {"parser_epochs", config.parser_epochs},
      {"jackknife_folds", config.folds},
      {"parser_threads", config.parser_threads},
      {"wordnet", !wordnet.empty()},
      {"dev_scores",
       {{"tag_accuracy", report.dev_tag_accuracy},
        {"uas", report.dev_uas},
        {"las", report.dev_las}}},
  };
  Analyzer::save(config.output, {meta.dump()}, lexicon, tagger, lemmatizer, parser);
  log("model written to " + config.output.string());
  return report;
}

}  // namespace kg::nlp
