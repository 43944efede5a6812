#include "extract/events/extractor.hpp"

#include "extract/events/genre.hpp"
#include "extract/events/petrarch_defaults.hpp"
#include "extract/events/tag_repair.hpp"
#include "extract/text/data_paths.hpp"

namespace kg::events {
using text::data_dir;

using nlp::Analyzer;
using nlp::ParsedToken;
using text::Document;
namespace {

std::filesystem::path data_root(const ExtractorConfig& c) {
  return c.data.empty() ? data_dir() : c.data;
}

}  // namespace

Extractor::Extractor(const ExtractorConfig& config)
    : analyzer_(
          Analyzer::load(config.model.empty() ? Analyzer::default_model_path() : config.model)),
      actors_(ActorDictionary::load(data_root(config) / "actors")),
      verbs_(VerbDictionary::load(data_root(config) / "verbs")),
      events_(actors_, verbs_) {
  if (config.petrarch) add_shipped_petrarch(data_root(config), actors_, verbs_, discards_);
  for (const auto& f : config.user_actors) {
    if (detect_format(f) == DictFormat::PetrarchDiscards) {
      std::vector<DictIssue> ignored;
      discards_.add(read_petrarch_discards(f, ignored));
    } else {
      actors_.add_file(f);
    }
  }
  for (const auto& f : config.user_verbs) verbs_.add_file(f);
}

// A discarded sentence or story is still read for who did what (claims, Open IE
// tuples, entities), but none of its events is coded: a rugby "clash" or a
// tennis "beat" is no CAMEO event, and an uncoded event is what kg already emits
// for an act it has no code for.
void Extractor::apply_discards(ExtractedDocument& out) const {
  if (out.events.empty()) return;
  // A sports report or an entertainment review: its clashes and attacks are games
  // and plots (genre.hpp), coded as nothing, like a PETRARCH story discard.
  if (story_genre("", out.doc.text) != Genre::News) {
    for (Event& e : out.events) clear_code(e.action);
    return;
  }
  if (discards_.size() == 0) return;
  if (discards_.match(out.doc.text, true)) {
    for (Event& e : out.events) clear_code(e.action);
    return;
  }
  std::vector<int> discarded(out.doc.sentences.size(), -1);  // -1 unknown, 0 no, 1 yes
  for (Event& e : out.events) {
    if (e.sentence >= discarded.size()) continue;
    int& d = discarded[e.sentence];
    if (d < 0) {
      const auto span = e.sentence_span;
      d = discards_.match(std::string_view(out.doc.text).substr(span.begin, span.end - span.begin),
                          false) != nullptr;
    }
    if (d == 1) clear_code(e.action);
  }
}

ExtractedDocument Extractor::run_document(Document doc, std::string_view date) const {
  ExtractedDocument out;
  out.doc = std::move(doc);
  out.sentences = analyzer_.analyze(out.doc, [this](std::span<ParsedToken> tokens) {
    retag_before_parsing(actors_, verbs_, tokens);
  });
  ExtractionResult r = events_.extract(out.doc, out.sentences, date);
  out.mentions = std::move(r.mentions);
  out.events = std::move(r.events);
  apply_discards(out);
  return out;
}

ExtractedDocument Extractor::run(std::string text, std::string_view date) const {
  return run_document(segmenter_.segment(std::move(text)), date);
}

ExtractedDocument Extractor::run_lines(std::string text, std::string_view date) const {
  return run_document(segmenter_.segment_lines(std::move(text)), date);
}

}  // namespace kg::events
