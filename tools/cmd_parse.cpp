// kg parse: raw text in, tagged, lemmatized and parsed CoNLL-U out.
#include <algorithm>
#include <iostream>
#include <optional>

#include "extract/events/actor_dictionary.hpp"
#include "extract/events/tag_repair.hpp"
#include "extract/events/verb_dictionary.hpp"
#include "extract/nlp/analyzer.hpp"
#include "extract/nlp/conllu.hpp"
#include "extract/text/data_paths.hpp"
#include "extract/text/segmenter.hpp"
#include "tools/command.hpp"
#include "tools/input_text.hpp"

namespace kg::tools {
namespace {

class ParseCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description(
        "Segments, tags, lemmatizes and parses plain text and prints CoNLL-U with all ten\n"
        "columns (UD English conventions). A blank line in the input is a paragraph\n"
        "boundary. Multi-word names from the actor dictionary are tagged as proper nouns\n"
        "and a subjunctive after a word of demanding ('demanded that the government end\n"
        "curbs') as a verb before parsing, as 'kg extract' does; --no-names shows the model\n"
        "alone. (kg extract also repairs some trees after parsing; those are not shown.)");
    app.add_option("file", file_, "text file, or - for stdin (default)")->type_name("FILE|-");
    app.add_flag("--no-names", no_names_,
                 "do not retag known multi-word names or subjunctives (the model alone)");
    app.add_option("--model", model_, "model file (default: data/models/en-ewt.kgm, or $KG_MODEL)");
  }

  int run() override {
    const std::string text = read_input_text(file_);
    const auto analyzer = nlp::Analyzer::load(model_.empty() ? nlp::Analyzer::default_model_path()
                                                             : std::filesystem::path(model_));
    nlp::Analyzer::TagFixer fix;
    std::optional<events::ActorDictionary> names;
    std::optional<events::VerbDictionary> verbs;
    if (!no_names_) {
      names = events::ActorDictionary::load(text::data_dir() / "actors");
      verbs = events::VerbDictionary::load(text::data_dir() / "verbs");
      verbs->add_file(text::data_dir() / "petrarch2" / "CAMEO.2.0.txt");
      fix = [&names, &verbs](std::span<nlp::ParsedToken> tokens) {
        events::retag_before_parsing(*names, *verbs, tokens);
      };
    }
    const text::Segmenter segmenter({.skip_repeated_paragraphs = false});
    const text::Document doc = segmenter.segment(text);
    uint32_t paragraph = UINT32_MAX;
    // Batches parse faster than single sentences; output still streams.
    constexpr size_t kBatch = nlp::Analyzer::kBatchSentences;
    std::vector<nlp::ParsedSentence> batch;
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
      if (s % kBatch == 0)
        batch = analyzer.analyze(doc, s, std::min(s + kBatch, doc.sentences.size()), fix);
      nlp::ConlluSentence c = nlp::sentence_to_conllu(doc, s);
      const nlp::ParsedSentence& parsed = batch[s % kBatch];
      for (size_t i = 0; i < c.words.size(); ++i) {
        const auto& t = parsed.tokens[i];
        auto& w = c.words[i];
        w.lemma = t.lemma;
        w.upos = std::string(nlp::to_string(t.upos));
        w.xpos = t.xpos;
        w.feats = t.feats;
        w.head = t.head;
        w.deprel = t.deprel;
      }
      std::vector<std::string> header;
      if (s == 0) header.push_back("newdoc");
      if (doc.sentences[s].paragraph != paragraph) header.push_back("newpar");
      paragraph = doc.sentences[s].paragraph;
      header.push_back("sent_id = " + std::to_string(s + 1));
      c.comments.insert(c.comments.begin(), header.begin(), header.end());
      nlp::write_conllu(std::cout, c);
    }
    return kExitOk;
  }

 private:
  std::string file_ = "-";
  std::string model_;
  bool no_names_ = false;
};

}  // namespace

std::unique_ptr<Command> make_parse_command() {
  return std::make_unique<ParseCommand>();
}

}  // namespace kg::tools
