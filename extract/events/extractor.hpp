#pragma once
// The whole extract/ stage as one call: text in, segmented and analyzed
// sentences, entity mentions and events out. Owns the loaded model and
// dictionaries; const after loading, so one Extractor serves many threads.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "extract/events/actor_dictionary.hpp"
#include "extract/events/discards.hpp"
#include "extract/events/event_extractor.hpp"
#include "extract/events/verb_dictionary.hpp"
#include "extract/nlp/analyzer.hpp"
#include "extract/text/segmenter.hpp"

namespace kg::events {

struct ExtractorConfig {
  std::filesystem::path model;                     // empty: Analyzer::default_model_path()
  std::filesystem::path data;                      // empty: data_dir()
  std::vector<std::filesystem::path> user_actors;  // --actors FILE (kg TSV or PETRARCH
                                                   // .actors/.agents/discards)
  std::vector<std::filesystem::path> user_verbs;   // --verbs FILE (kg TSV or PETRARCH verbs)
  bool petrarch = true;  // merge data/petrarch2 (false: --no-petrarch, kg's own files only)
};

struct ExtractedDocument {
  text::Document doc;
  std::vector<nlp::ParsedSentence> sentences;
  std::vector<EntityMention> mentions;
  std::vector<Event> events;
};

class Extractor {
 public:
  explicit Extractor(const ExtractorConfig& config);
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // `date` is the article's date (YYYY-MM-DD) or empty.
  ExtractedDocument run(std::string text, std::string_view date) const;
  // Each line is one sentence.
  ExtractedDocument run_lines(std::string text, std::string_view date) const;
  // An already segmented document (from the store).
  ExtractedDocument run_document(text::Document doc, std::string_view date) const;

  const nlp::Analyzer& analyzer() const { return analyzer_; }
  const VerbDictionary& verbs() const { return verbs_; }
  const ActorDictionary& actors() const { return actors_; }
  const DiscardList& discards() const { return discards_; }

 private:
  // Clears the event codes of a story or its sentences that match a discard phrase.
  void apply_discards(ExtractedDocument& out) const;

  nlp::Analyzer analyzer_;
  ActorDictionary actors_;
  VerbDictionary verbs_;
  DiscardList discards_;
  text::Segmenter segmenter_;
  EventExtractor events_;
};

}  // namespace kg::events
