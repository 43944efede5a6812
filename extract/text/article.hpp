#pragma once
// One input article with its metadata, as read from a .txt or JSON Lines
// file. Text is already normalized (valid NFC UTF-8). Value type.
#include <string>

namespace kg::text {

struct Article {
  std::string external_id;  // the input's own id, else the file name
  std::string title;
  std::string date;  // YYYY-MM-DD, or empty when unknown
  std::string source;
  std::string url;
  std::string metadata_json = "{}";  // input fields kg has no column for
  std::string origin;                // FILE or FILE:LINE, for messages and provenance
  std::string text;

  // SHA-256 of title and text: two inputs with the same hash are one article.
  std::string content_hash() const;
};

}  // namespace kg::text
