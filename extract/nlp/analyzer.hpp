#pragma once
// The trained NLP pipeline in one object: segmented sentences in, tagged,
// lemmatized and parsed sentences out. Loads one model file (data/models/
// en-ewt.kgm by default) holding the lexicon, tagger, lemmatizer and parser.
// Const after loading; analyze() may be called from several threads.
#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/nlp/annotation.hpp"
#include "extract/nlp/lemmatizer.hpp"
#include "extract/nlp/lexicon.hpp"
#include "extract/nlp/neural_parser.hpp"
#include "extract/nlp/parser.hpp"
#include "extract/nlp/tagger.hpp"
#include "extract/text/document.hpp"

#include <variant>

namespace kg::nlp {

// Seconds spent in each stage, accumulated (for the benchmarks).
struct AnalyzerTimings {
  double tag = 0, lemma = 0, parse = 0;
};

struct ModelInfo {
  std::string description;  // JSON: training data, seed, dev scores
};

class Analyzer {
 public:
  // Throws ModelError when the file is missing, truncated, corrupt or of
  // another version.
  static Analyzer load(const std::filesystem::path& path);
  // The shipped model: $KG_MODEL, else data/models/en-ewt.kgm under data_dir().
  static std::filesystem::path default_model_path();

  // Called between tagging and parsing with the sentence's tagged tokens; may
  // correct tags from outside knowledge (known multi-word names) so the parser
  // sees them.
  using TagFixer = std::function<void(std::span<ParsedToken>)>;

  ParsedSentence analyze(const text::Document& doc, size_t sentence,
                         const TagFixer& fix = {}) const;
  std::vector<ParsedSentence> analyze(const text::Document& doc, const TagFixer& fix = {}) const;
  // Sentences [first, last) of `doc`.
  std::vector<ParsedSentence> analyze(const text::Document& doc, size_t first, size_t last,
                                      const TagFixer& fix = {}) const;

  // Analysis of given words (gold tokenization); bytes are left empty.
  std::vector<ParsedToken> analyze_words(std::span<const std::string_view> forms,
                                         AnalyzerTimings* timings = nullptr,
                                         const TagFixer& fix = {}) const;
  // The same for several sentences at once, which parses faster than one by one.
  // kBatchSentences at a time is as fast as more and bounds the parser's working
  // memory (about 8 KB per word).
  static constexpr size_t kBatchSentences = 32;
  using Words = std::span<const std::string_view>;
  std::vector<std::vector<ParsedToken>> analyze_words(std::span<const Words> sentences,
                                                      AnalyzerTimings* timings = nullptr,
                                                      const TagFixer& fix = {}) const;

  const ModelInfo& info() const { return info_; }

  // Either parser kind can sit behind the tagger and lemmatizer.
  using AnyParser = std::variant<Parser, NeuralParser>;

  // Writes a model file. Used by training.
  static void save(const std::filesystem::path& path, const ModelInfo& info, const Lexicon& lexicon,
                   const Tagger& tagger, const Lemmatizer& lemmatizer, const AnyParser& parser);

 private:
  ModelInfo info_;
  Lexicon lexicon_;
  Tagger tagger_;
  Lemmatizer lemmatizer_;
  AnyParser parser_;
};

}  // namespace kg::nlp
