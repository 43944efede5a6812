#pragma once
// Text in, Document out: paragraphs (split at blank lines, and at line ends
// when every line of a block ends a sentence; verbatim repeats skipped), words (Tokenizer) and sentences (SentenceSplitter). The one call the
// rest of kg uses to segment an article. Const after construction; thread-safe.
#include <string>

#include "extract/text/document.hpp"
#include "extract/text/sentence_splitter.hpp"
#include "extract/text/tokenizer.hpp"

namespace kg::text {

struct SegmenterOptions {
  // Articles often repeat a paragraph (a pull quote, a boilerplate line); the
  // second copy adds no evidence. Evaluation on treebanks turns this off, and
  // with it the splitting of one-paragraph-per-line blocks into paragraphs.
  bool skip_repeated_paragraphs = true;
};

class Segmenter {
 public:
  explicit Segmenter(SegmenterOptions options = {}) : options_(options) {}

  // Requires: text is valid UTF-8 (see normalize_text).
  Document segment(std::string text) const;
  // Each non-blank line is one sentence (pre-split input, one sentence per line).
  Document segment_lines(std::string text) const;

 private:
  SegmenterOptions options_;
  Tokenizer tokenizer_;
  SentenceSplitter splitter_;
};

}  // namespace kg::text
