#include "extract/events/extractor.hpp"

#include "extract/events/known_names.hpp"
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
  for (const auto& f : config.user_actors) actors_.add_file(f);
  for (const auto& f : config.user_verbs) verbs_.add_file(f);
}

ExtractedDocument Extractor::run_document(Document doc, std::string_view date) const {
  ExtractedDocument out;
  out.doc = std::move(doc);
  out.sentences = analyzer_.analyze(
      out.doc, [this](std::span<ParsedToken> tokens) { tag_known_names(actors_, tokens); });
  ExtractionResult r = events_.extract(out.doc, out.sentences, date);
  out.mentions = std::move(r.mentions);
  out.events = std::move(r.events);
  return out;
}

ExtractedDocument Extractor::run(std::string text, std::string_view date) const {
  return run_document(segmenter_.segment(std::move(text)), date);
}

ExtractedDocument Extractor::run_lines(std::string text, std::string_view date) const {
  return run_document(segmenter_.segment_lines(std::move(text)), date);
}

}  // namespace kg::events
