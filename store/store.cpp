#include "store/store.hpp"

#include <chrono>
#include <thread>

#include "store/event_writer.hpp"
#include "store/near_duplicates.hpp"
#include "store/store_impl.hpp"

namespace kg::embedded {
extern const std::string_view schema;
}

namespace kg::store {
namespace fs = std::filesystem;

std::string_view schema_sql() {
  return kg::embedded::schema;
}

namespace {

constexpr int kBusyTimeoutMs = 120'000;
constexpr int kOldestMigratable = 1;

int user_version(SQLite::Database& db) {
  return db.execAndGet("PRAGMA user_version").getInt();
}

bool has_tables(SQLite::Database& db) {
  return db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").getInt() > 0;
}

void check_version(const fs::path& path, int version) {
  if (version == kSchemaVersion) return;
  if (version > kSchemaVersion)
    throw StoreError(path.string() + ": database has schema version " + std::to_string(version) +
                     ", newer than this kg (version " + std::to_string(kSchemaVersion) +
                     "); use a newer kg or another --db");
  throw StoreError(path.string() + ": database has schema version " + std::to_string(version) +
                   ", older than this kg (version " + std::to_string(kSchemaVersion) +
                   "); re-ingest into a new --db");
}

// The `CREATE INDEX name ON ...;` statements of schema.sql, by name.
std::vector<std::pair<std::string, std::string>> schema_indexes() {
  std::vector<std::pair<std::string, std::string>> out;
  const std::string_view sql = schema_sql();
  constexpr std::string_view kCreate = "CREATE INDEX ";
  for (size_t at = sql.find(kCreate); at != std::string_view::npos;
       at = sql.find(kCreate, at + 1)) {
    if (at > 0 && sql[at - 1] != '\n') continue;  // only statements at the start of a line
    const size_t name_end = sql.find(' ', at + kCreate.size());
    const size_t end = sql.find(';', at);
    out.emplace_back(std::string(sql.substr(at + kCreate.size(), name_end - at - kCreate.size())),
                     std::string(sql.substr(at, end - at)));
  }
  return out;
}

// Version 1 -> 2: the indexes schema.sql now has on every foreign key. Index
// additions are taken from schema.sql itself, so it stays the one definition.
void add_missing_indexes(SQLite::Database& db) {
  SQLite::Statement exists(db, "SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?");
  for (const auto& [name, create] : schema_indexes()) {
    exists.reset();
    exists.bind(1, name);
    if (!exists.executeStep()) db.exec(create);
  }
}

// The text of schema.sql from `start` up to and including `end` (a statement or
// a column definition); schema.sql stays the one place tables are written down.
std::string schema_piece(std::string_view start, std::string_view end) {
  const std::string_view sql = schema_sql();
  const size_t at = sql.find(start);
  const size_t stop = at == std::string_view::npos ? at : sql.find(end, at + start.size());
  if (stop == std::string_view::npos)
    throw StoreError("schema.sql has no '" + std::string(start) + "' (a build error)");
  return std::string(sql.substr(at, stop + end.size() - at));
}

bool has_column(SQLite::Database& db, const std::string& table, const std::string& column) {
  SQLite::Statement q(db, "SELECT 1 FROM pragma_table_info(?) WHERE name = ?");
  q.bind(1, table);
  q.bind(2, column);
  return q.executeStep();
}

// Version 2 -> 3: near-duplicate links and signatures, and the signatures of
// the stored articles, so new articles find their copies among them. Each part
// is skipped when present, so a database of any earlier shape arrives here.
void add_near_duplicates(SQLite::Database& db) {
  for (const char* column : {"duplicate_of", "duplicate_similarity"}) {
    if (has_column(db, "documents", column)) continue;
    std::string def = schema_piece(std::string("\n  ") + column + " ", "\n");
    def = def.substr(0, def.find("--"));
    while (!def.empty() && (def.back() == ' ' || def.back() == ',' || def.back() == '\n'))
      def.pop_back();
    db.exec("ALTER TABLE documents ADD COLUMN " + def.substr(3));
  }
  for (const char* table : {"document_signatures", "signature_bands"})
    if (!db.tableExists(table)) db.exec(schema_piece(std::string("CREATE TABLE ") + table, ";"));
  add_missing_indexes(db);
  sign_unsigned_documents(db);
}

// Brings a database of an older schema version up to kSchemaVersion, one
// numbered step at a time, inside the caller's transaction.
void migrate(SQLite::Database& db, int from) {
  for (int version = from; version < kSchemaVersion; ++version) {
    switch (version) {
      case 1:
        add_missing_indexes(db);
        break;
      case 2:
        add_near_duplicates(db);
        break;
    }
    db.exec("PRAGMA user_version = " + std::to_string(version + 1));
  }
}

void create_or_check_schema(const fs::path& path, SQLite::Database& db) {
  SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
  const int version = user_version(db);
  if (version == 0) {
    if (has_tables(db))
      throw StoreError(path.string() +
                       ": not a kg database (it has tables but no kg schema version)");
    db.exec(std::string(schema_sql()));
    db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
  } else if (version < kSchemaVersion && version >= kOldestMigratable) {
    migrate(db, version);
  } else {
    check_version(path, version);
  }
  tx.commit();
}

bool contains_hash(SQLite::Statement& find_doc, const std::string& hash) {
  find_doc.reset();
  find_doc.bind(1, hash);
  const bool found = find_doc.executeStep();
  find_doc.reset();
  return found;
}

}  // namespace

std::vector<int64_t> write_sentences(SQLite::Database& db, int64_t doc_id,
                                     const text::Document& doc, SQLite::Statement& insert_sentence,
                                     SQLite::Statement& insert_fts) {
  std::vector<int64_t> ids;
  ids.reserve(doc.sentences.size());
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const text::Sentence& sent = doc.sentences[s];
    insert_sentence.reset();
    insert_sentence.bind(1, doc_id);
    insert_sentence.bind(2, static_cast<int64_t>(s));
    insert_sentence.bind(3, static_cast<int64_t>(sent.paragraph));
    insert_sentence.bind(4, static_cast<int64_t>(sent.bytes.begin));
    insert_sentence.bind(5, static_cast<int64_t>(sent.bytes.end));
    insert_sentence.bind(6, static_cast<int64_t>(sent.last_token - sent.first_token));
    insert_sentence.exec();
    ids.push_back(db.getLastInsertRowid());
    insert_fts.reset();
    insert_fts.bind(1, ids.back());
    insert_fts.bind(2, std::string(doc.text_of(sent.bytes)));
    insert_fts.exec();
  }
  return ids;
}

Store::Store(const fs::path& path, OpenMode mode) : impl_(std::make_unique<Impl>()) {
  impl_->path = path;
  impl_->mode = mode;
  std::error_code ec;
  if (mode == OpenMode::ReadOnly && !fs::exists(path, ec))
    throw StoreError(path.string() +
                     ": no such database (create it with 'kg ingest', or pass --db)");
  if (mode == OpenMode::ReadWrite) {
    const fs::path parent = path.has_parent_path() ? path.parent_path() : fs::path(".");
    if (!fs::is_directory(parent, ec))
      throw StoreError(path.string() + ": folder " + parent.string() + " does not exist");
  }
  guarded(path, [&] {
    const int flags = mode == OpenMode::ReadOnly ? SQLite::OPEN_READONLY
                                                 : SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE;
    impl_->db = std::make_unique<SQLite::Database>(path.string(), flags, kBusyTimeoutMs);
    SQLite::Database& db = *impl_->db;
    db.exec("PRAGMA foreign_keys = ON");
    if (mode == OpenMode::ReadWrite) {
      // Switching to WAL needs a moment without other writers; retry while busy.
      for (int attempt = 0;; ++attempt) {
        try {
          db.exec("PRAGMA journal_mode = WAL");
          break;
        } catch (const SQLite::Exception& e) {
          if (e.getErrorCode() != SQLITE_BUSY || attempt > 200) throw;
          std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
      }
      db.exec("PRAGMA synchronous = NORMAL");
      create_or_check_schema(path, db);
    } else {
      const int version = user_version(db);
      if (version == 0) throw StoreError(path.string() + ": not a kg database");
      if (version >= kOldestMigratable && version < kSchemaVersion) {
        // Migrate through a short read-write connection. A file kg may not
        // write is read as it is when it has the columns queries need (a
        // version-2 file without duplicate_of then fails with a message).
        impl_->db.reset();
        try {
          Store migrated(path, OpenMode::ReadWrite);
        } catch (const StoreError&) {
        }
        impl_->db = std::make_unique<SQLite::Database>(path.string(), flags, kBusyTimeoutMs);
        impl_->db->exec("PRAGMA foreign_keys = ON");
      } else {
        check_version(path, version);
      }
    }
  });
}

Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

const fs::path& Store::path() const {
  return impl_->path;
}
Store::Impl& Store::impl() {
  return *impl_;
}

bool Store::contains(std::string_view content_hash) {
  return guarded(impl_->path, [&] {
    SQLite::Statement q(*impl_->db, "SELECT 1 FROM documents WHERE content_hash = ?");
    q.bind(1, std::string(content_hash));
    return q.executeStep();
  });
}

std::vector<WriteOutcome> Store::write_articles(std::span<const ArticleRecord> records) {
  return guarded(impl_->path, [&] {
    SQLite::Database& db = *impl_->db;
    std::vector<WriteOutcome> out;
    out.reserve(records.size());
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement insert_doc(db, R"(
      INSERT INTO documents (external_id, title, date, source, url, origin, metadata, text,
                             content_hash, paragraphs, repeated_paragraphs, duplicate_of,
                             duplicate_similarity)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (content_hash) DO NOTHING
      RETURNING id)");
    SQLite::Statement find_doc(db, "SELECT id FROM documents WHERE content_hash = ?");
    SQLite::Statement insert_sentence(db, R"(
      INSERT INTO sentences (document_id, idx, paragraph, byte_begin, byte_end, words)
      VALUES (?, ?, ?, ?, ?, ?))");
    SQLite::Statement insert_fts(db, "INSERT INTO sentence_fts (rowid, text) VALUES (?, ?)");
    SQLite::Statement mark_extracted(db, "UPDATE documents SET extracted = 1 WHERE id = ?");
    EventWriter events(db);
    DuplicateFinder duplicates(db);
    auto bind_text_or_null = [](SQLite::Statement& s, int i, const std::string& v) {
      if (v.empty())
        s.bind(i);
      else
        s.bind(i, v);
    };
    for (const ArticleRecord& r : records) {
      const text::Article& a = r.article;
      insert_doc.reset();
      bind_text_or_null(insert_doc, 1, a.external_id);
      bind_text_or_null(insert_doc, 2, a.title);
      bind_text_or_null(insert_doc, 3, a.date);
      bind_text_or_null(insert_doc, 4, a.source);
      bind_text_or_null(insert_doc, 5, a.url);
      insert_doc.bind(6, a.origin);
      insert_doc.bind(7, a.metadata_json);
      insert_doc.bind(8, r.doc.text);
      insert_doc.bind(9, r.content_hash);
      insert_doc.bind(10, static_cast<int64_t>(r.doc.paragraphs));
      insert_doc.bind(11, static_cast<int64_t>(r.doc.repeated_paragraphs));
      // Exact duplicates are known by hash before this; a near-duplicate is
      // stored and linked to its group's original.
      const auto signature = contains_hash(find_doc, r.content_hash)
                                 ? std::nullopt
                                 : text::minhash_of(r.doc.text);
      const DuplicateLink link = signature ? duplicates.find(*signature) : DuplicateLink{};
      if (link.original != 0) {
        insert_doc.bind(12, link.original);
        insert_doc.bind(13, link.similarity);
      } else {
        insert_doc.bind(12);
        insert_doc.bind(13);
      }
      if (!insert_doc.executeStep()) {
        find_doc.reset();
        find_doc.bind(1, r.content_hash);
        find_doc.executeStep();
        out.push_back({find_doc.getColumn(0).getInt64(), true});
        continue;
      }
      const int64_t doc_id = insert_doc.getColumn(0).getInt64();
      while (insert_doc.executeStep()) {
      }
      if (signature) duplicates.record(doc_id, *signature, link.original != 0);
      const std::vector<int64_t> sentence_ids =
          write_sentences(db, doc_id, r.doc, insert_sentence, insert_fts);
      if (r.extracted) {
        events.write(doc_id, sentence_ids, r.mentions, r.events);
        mark_extracted.reset();
        mark_extracted.bind(1, doc_id);
        mark_extracted.exec();
      }
      out.push_back({doc_id, false, link.original});
    }
    events.finish();
    tx.commit();
    return out;
  });
}

StoreStats Store::stats() {
  return guarded(impl_->path, [&] {
    SQLite::Database& db = *impl_->db;
    StoreStats s;
    SQLite::Statement q(db, R"(
      SELECT count(*), count(DISTINCT source), min(date), max(date), coalesce(sum(length(text)), 0),
             count(*) - count(date)
      FROM documents)");
    q.executeStep();
    s.documents = q.getColumn(0).getInt64();
    s.sources = q.getColumn(1).getInt64();
    if (!q.getColumn(2).isNull()) s.first_date = q.getColumn(2).getString();
    if (!q.getColumn(3).isNull()) s.last_date = q.getColumn(3).getString();
    s.bytes_of_text = q.getColumn(4).getInt64();
    s.undated = q.getColumn(5).getInt64();
    s.sentences = db.execAndGet("SELECT count(*) FROM sentences").getInt64();
    s.extracted = db.execAndGet("SELECT count(*) FROM documents WHERE extracted = 1").getInt64();
    s.entities =
        db.execAndGet("SELECT count(*) FROM entities WHERE merged_into IS NULL").getInt64();
    s.mentions = db.execAndGet("SELECT count(*) FROM mentions").getInt64();
    s.events = db.execAndGet("SELECT count(*) FROM events").getInt64();
    s.relations = db.execAndGet("SELECT count(*) FROM relations").getInt64();
    s.claimed_relations =
        db.execAndGet("SELECT count(*) FROM relations WHERE claimed_by != 0").getInt64();
    return s;
  });
}

namespace {

DocumentSummary summary_from(SQLite::Statement& q) {
  DocumentSummary d;
  d.id = q.getColumn(0).getInt64();
  d.external_id = q.getColumn(1).getString();
  d.title = q.getColumn(2).getString();
  d.date = q.getColumn(3).getString();
  d.source = q.getColumn(4).getString();
  d.url = q.getColumn(5).getString();
  d.origin = q.getColumn(6).getString();
  d.sentences = q.getColumn(7).getInt64();
  return d;
}

constexpr const char* kSummaryColumns = R"(
  d.id, coalesce(d.external_id, ''), coalesce(d.title, ''), coalesce(d.date, ''),
  coalesce(d.source, ''), coalesce(d.url, ''), d.origin,
  (SELECT count(*) FROM sentences s WHERE s.document_id = d.id))";

}  // namespace

namespace {

// `SELECT ... FROM documents d WHERE 1 [filters] [extra] ORDER BY d.id LIMIT OFFSET`, bound.
SQLite::Statement filtered_documents(SQLite::Database& db, const DocumentFilter& f,
                                     const std::string& extra) {
  std::string sql = std::string("SELECT ") + kSummaryColumns + " FROM documents d WHERE 1";
  if (!f.source.empty()) sql += " AND d.source = :source";
  if (!f.since.empty()) sql += " AND d.date >= :since";
  if (!f.until.empty()) sql += " AND d.date <= :until";
  if (!f.title_contains.empty()) sql += " AND d.title LIKE :title ESCAPE '\\'";
  sql += extra + " ORDER BY d.id LIMIT :limit OFFSET :offset";
  SQLite::Statement q(db, sql);
  if (!f.source.empty()) q.bind(":source", f.source);
  if (!f.since.empty()) q.bind(":since", f.since);
  if (!f.until.empty()) q.bind(":until", f.until);
  if (!f.title_contains.empty()) {
    std::string pattern;
    for (char c : f.title_contains) {
      if (c == '%' || c == '_' || c == '\\') pattern += '\\';
      pattern += c;
    }
    q.bind(":title", "%" + pattern + "%");
  }
  q.bind(":limit", f.limit < 0 ? int64_t{-1} : f.limit);
  q.bind(":offset", f.offset);
  return q;
}

}  // namespace

std::vector<DocumentSummary> Store::documents(const DocumentFilter& f) {
  return guarded(impl_->path, [&] {
    SQLite::Statement q = filtered_documents(*impl_->db, f, "");
    std::vector<DocumentSummary> out;
    while (q.executeStep()) out.push_back(summary_from(q));
    return out;
  });
}

std::vector<DuplicateGroup> Store::duplicate_groups(const DocumentFilter& f) {
  return guarded(impl_->path, [&] {
    SQLite::Database& db = *impl_->db;
    SQLite::Statement q = filtered_documents(
        db, f, " AND EXISTS (SELECT 1 FROM documents c WHERE c.duplicate_of = d.id)");
    std::vector<DuplicateGroup> out;
    while (q.executeStep()) out.push_back({summary_from(q), {}});
    SQLite::Statement copies(db, std::string("SELECT ") + kSummaryColumns +
                                     ", coalesce(d.duplicate_similarity, 0) FROM documents d "
                                     "WHERE d.duplicate_of = ? ORDER BY d.id");
    for (DuplicateGroup& g : out) {
      copies.reset();
      copies.bind(1, g.original.id);
      while (copies.executeStep())
        g.copies.push_back({summary_from(copies), copies.getColumn(8).getDouble()});
    }
    return out;
  });
}

std::optional<StoredDocument> Store::document(int64_t id) {
  return guarded(impl_->path, [&]() -> std::optional<StoredDocument> {
    SQLite::Database& db = *impl_->db;
    SQLite::Statement q(db,
                        std::string("SELECT ") + kSummaryColumns +
                            ", d.metadata, d.text, d.content_hash, d.ingested_at, "
                            "d.paragraphs, d.repeated_paragraphs FROM documents d WHERE d.id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    StoredDocument d;
    d.summary = summary_from(q);
    d.metadata_json = q.getColumn(8).getString();
    d.text = q.getColumn(9).getString();
    d.content_hash = q.getColumn(10).getString();
    d.ingested_at = q.getColumn(11).getString();
    d.paragraphs = q.getColumn(12).getInt();
    d.repeated_paragraphs = q.getColumn(13).getInt();
    SQLite::Statement s(db, R"(
      SELECT id, idx, paragraph, byte_begin, byte_end, words
      FROM sentences WHERE document_id = ? ORDER BY idx)");
    s.bind(1, id);
    while (s.executeStep()) {
      StoredSentence st;
      st.id = s.getColumn(0).getInt64();
      st.index = s.getColumn(1).getInt();
      st.paragraph = s.getColumn(2).getInt();
      st.bytes = {static_cast<uint32_t>(s.getColumn(3).getInt64()),
                  static_cast<uint32_t>(s.getColumn(4).getInt64())};
      st.words = s.getColumn(5).getInt();
      d.sentences.push_back(st);
    }
    return d;
  });
}

}  // namespace kg::store
