// kg segment: raw text in, sentences and words out as CoNLL-U.
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "extract/nlp/conllu.hpp"
#include "extract/text/errors.hpp"
#include "extract/text/segmenter.hpp"
#include "extract/text/text_normalizer.hpp"
#include "tools/command.hpp"
#include "tools/input_text.hpp"

namespace kg::tools {
namespace {

class SegmentCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description(
        "Splits plain text into sentences and words (UD English conventions) and prints\n"
        "CoNLL-U: '# sent_id', '# text', and ID/FORM columns, with multiword tokens such as\n"
        "'don't' (do + n't) as ranges and SpaceAfter=No where no space follows.\n"
        "A blank line in the input is a paragraph boundary.");
    app.add_option("file", file_, "text file to segment, or - for stdin")->type_name("FILE|-");
    app.add_flag("--keep-repeats", keep_repeats_,
                 "segment verbatim repeated paragraphs again instead of skipping them");
  }

  int run() override {
    const std::string text = read_input_text(file_);
    text::Segmenter segmenter({.skip_repeated_paragraphs = !keep_repeats_});
    const text::Document doc = segmenter.segment(text);
    uint32_t last_paragraph = UINT32_MAX;
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
      nlp::ConlluSentence c = nlp::sentence_to_conllu(doc, s);
      std::vector<std::string> header;
      if (s == 0) header.push_back("newdoc");
      if (doc.sentences[s].paragraph != last_paragraph) header.push_back("newpar");
      last_paragraph = doc.sentences[s].paragraph;
      header.push_back("sent_id = " + std::to_string(s + 1));
      c.comments.insert(c.comments.begin(), header.begin(), header.end());
      nlp::write_conllu(std::cout, c);
    }
    return kExitOk;
  }

 private:
  std::string file_ = "-";
  bool keep_repeats_ = false;
};

}  // namespace

std::unique_ptr<Command> make_segment_command() {
  return std::make_unique<SegmentCommand>();
}

}  // namespace kg::tools
