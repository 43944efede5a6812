#pragma once
// The text of one article and its segmentation: words with byte offsets into
// the text, grouped into sentences. Types only, no logic beyond accessors.
// All ranges are half-open [begin, end). Offsets are bytes into Document::text,
// which is the article text after UTF-8 repair and NFC normalization, so the
// evidence for anything downstream can be cut out of it exactly.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kg::text {

struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool operator==(const ByteSpan&) const = default;
};

// A syntactic word. A surface token holding several words ("don't" = "do" +
// "n't", as in UD English) is marked on its first word with mwt_words > 1; the
// byte spans of its words are consecutive pieces of the surface token.
struct Token {
  ByteSpan bytes;
  bool space_after = true;  // whitespace follows in the text (CoNLL-U SpaceAfter)
  uint8_t mwt_words = 0;    // >1 on the first word of a multiword token
};

// Requires: first_token <= last_token <= Document::tokens.size().
struct Sentence {
  uint32_t first_token = 0;
  uint32_t last_token = 0;  // one past the last word
  ByteSpan bytes;           // from the first word's begin to the last word's end
  uint32_t paragraph = 0;   // index of the paragraph (blank-line separated block)
};

struct Document {
  std::string text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  uint32_t paragraphs = 0;           // paragraphs in the text, repeated ones included
  uint32_t repeated_paragraphs = 0;  // verbatim repeats that were not segmented again

  std::string_view form(const Token& t) const {
    return std::string_view(text).substr(t.bytes.begin, t.bytes.size());
  }
  std::string_view text_of(ByteSpan s) const {
    return std::string_view(text).substr(s.begin, s.size());
  }
  std::span<const Token> sentence_tokens(size_t s) const {
    const Sentence& sent = sentences[s];
    return std::span<const Token>(tokens).subspan(sent.first_token,
                                                  sent.last_token - sent.first_token);
  }
};

}  // namespace kg::text
