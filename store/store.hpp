#pragma once
// The kg database: opening (creating from the embedded schema.sql, checking
// PRAGMA user_version), batched article writes, and the document queries of
// `kg stats`, `kg docs` and `kg show`. SQLiteCpp stays behind this header.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "extract/events/event.hpp"
#include "extract/text/article.hpp"
#include "extract/text/document.hpp"
#include "store/store_error.hpp"

namespace kg::store {

// Version 2 added the indexes on foreign keys that version 1 lacked; version 3
// the near-duplicate links and signatures. Opening an older database migrates it.
inline constexpr int kSchemaVersion = 3;

// The schema text compiled into the binary.
std::string_view schema_sql();

enum class OpenMode { ReadOnly, ReadWrite };

// A segmented (and, when extracted, analyzed) article ready to be written.
struct ArticleRecord {
  text::Article article;
  text::Document doc;
  std::string content_hash;
  bool extracted = false;
  std::vector<events::EntityMention> mentions;
  std::vector<events::Event> events;
};

struct WriteOutcome {
  int64_t document_id = 0;  // the new row, or the stored one it duplicates
  bool duplicate = false;
  int64_t near_duplicate_of = 0;  // the original a new article near-duplicates, 0 when none
};

// An original article and the near-duplicates linked to it (kg docs --duplicates).
struct DuplicateGroup;

struct StoreStats {
  int64_t documents = 0, sentences = 0, sources = 0;
  int64_t extracted = 0, entities = 0, events = 0, relations = 0, claimed_relations = 0,
          mentions = 0;
  std::optional<std::string> first_date, last_date;
  int64_t undated = 0;  // documents without a date
  int64_t bytes_of_text = 0;
};

struct DocumentFilter {
  std::string source;        // exact match when non-empty
  std::string since, until;  // YYYY-MM-DD bounds, inclusive
  std::string title_contains;
  int64_t limit = 50;
  int64_t offset = 0;
};

struct DocumentSummary {
  int64_t id = 0;
  std::string external_id, title, date, source, url, origin;
  int64_t sentences = 0;
};

struct DuplicateGroup {
  DocumentSummary original;
  struct Copy {
    DocumentSummary doc;
    double similarity = 0;  // estimated shingle Jaccard similarity to the group
  };
  std::vector<Copy> copies;  // by id
};

struct StoredSentence {
  int64_t id = 0;
  int index = 0;
  int paragraph = 0;
  text::ByteSpan bytes;
  int words = 0;
};

struct StoredDocument {
  DocumentSummary summary;
  std::string metadata_json, text, content_hash, ingested_at;
  int paragraphs = 0, repeated_paragraphs = 0;
  std::vector<StoredSentence> sentences;
};

class Store {
 public:
  // ReadWrite creates the file (and schema) when missing. Throws StoreError.
  Store(const std::filesystem::path& path, OpenMode mode);
  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

  const std::filesystem::path& path() const;

  // True when an article with this content hash is stored.
  bool contains(std::string_view content_hash);

  // Writes all records in one transaction (all or nothing). Duplicates,
  // including duplicates within the batch, are reported and not written.
  std::vector<WriteOutcome> write_articles(std::span<const ArticleRecord> records);

  StoreStats stats();
  std::vector<DocumentSummary> documents(const DocumentFilter& filter);
  std::optional<StoredDocument> document(int64_t id);
  // Groups of near-duplicates, by original id; `filter` selects the originals
  // (source, dates, title) and pages through the groups (limit, offset).
  std::vector<DuplicateGroup> duplicate_groups(const DocumentFilter& filter);

  // For code in store/ that adds its own queries (graph tables).
  struct Impl;
  Impl& impl();

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::store
