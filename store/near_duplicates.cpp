#include "store/near_duplicates.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <span>
#include <string>
#include <vector>

namespace kg::store {
namespace {

constexpr size_t kMaxCompared = 32;

}  // namespace

DuplicateFinder::DuplicateFinder(SQLite::Database& db)
    : candidates_(db, R"(
        SELECT b.document_id, coalesce(d.duplicate_of, d.id)
        FROM signature_bands b JOIN documents d ON d.id = b.document_id WHERE b.key = ?
        ORDER BY b.document_id LIMIT 64)"),
      signature_(db, "SELECT minhash FROM document_signatures WHERE document_id = ?"),
      insert_signature_(
          db, "INSERT OR REPLACE INTO document_signatures (document_id, minhash) VALUES (?, ?)"),
      insert_band_(db,
                   "INSERT OR IGNORE INTO signature_bands (key, document_id) VALUES (?, ?)") {}

DuplicateLink DuplicateFinder::find(const text::MinHash& signature) {
  // Per document: its group's original and the number of bands it shares.
  std::map<int64_t, std::pair<int64_t, int>> shared;
  for (int64_t key : text::band_keys(signature)) {
    candidates_.reset();
    candidates_.bind(1, key);
    while (candidates_.executeStep()) {
      auto& [original, bands] = shared[candidates_.getColumn(0).getInt64()];
      original = candidates_.getColumn(1).getInt64();
      ++bands;
    }
  }
  // Articles of one template (earnings tables, sports results) share bands
  // without being copies; comparing only the candidates that share most bands
  // keeps an ingest of many of them linear. The per-band LIMIT above does the
  // same for the lookups.
  std::vector<std::tuple<int, int64_t, int64_t>> candidates;  // -bands, document, original
  for (const auto& [doc, found] : shared) candidates.emplace_back(-found.second, doc, found.first);
  std::sort(candidates.begin(), candidates.end());
  if (candidates.size() > kMaxCompared) candidates.resize(kMaxCompared);
  DuplicateLink best;
  for (const auto& [minus_bands, doc, original] : candidates) {
    signature_.reset();
    signature_.bind(1, doc);
    if (!signature_.executeStep()) continue;
    const SQLite::Column blob = signature_.getColumn(0);
    const auto stored = text::from_bytes(std::span<const unsigned char>(
        static_cast<const unsigned char*>(blob.getBlob()), static_cast<size_t>(blob.getBytes())));
    if (!stored) continue;
    const double sim = text::similarity(signature, *stored);
    if (sim < text::kNearDuplicateThreshold) continue;
    if (best.original == 0 || sim > best.similarity ||
        (sim == best.similarity && original < best.original))
      best = DuplicateLink{original, sim};
  }
  return best;
}

void DuplicateFinder::record(int64_t document_id, const text::MinHash& signature,
                             bool is_copy) {
  const auto bytes = text::to_bytes(signature);
  insert_signature_.reset();
  insert_signature_.bind(1, document_id);
  insert_signature_.bind(2, bytes.data(), static_cast<int>(bytes.size()));
  insert_signature_.exec();
  // A copy is found through its original's bands: fewer rows, fewer candidates.
  if (is_copy) return;
  for (int64_t key : text::band_keys(signature)) {
    insert_band_.reset();
    insert_band_.bind(1, key);
    insert_band_.bind(2, document_id);
    insert_band_.exec();
  }
}

void sign_unsigned_documents(SQLite::Database& db) {
  DuplicateFinder finder(db);
  // A page of texts at a time: a large database's texts do not fit in memory.
  SQLite::Statement docs(db, R"(
    SELECT id, text FROM documents
    WHERE id > ? AND id NOT IN (SELECT document_id FROM document_signatures)
    ORDER BY id LIMIT 256)");
  SQLite::Statement link(
      db, "UPDATE documents SET duplicate_of = ?, duplicate_similarity = ? WHERE id = ?");
  int64_t after = 0;
  for (bool more = true; more;) {
    std::vector<std::pair<int64_t, std::string>> page;
    docs.reset();
    docs.bind(1, after);
    while (docs.executeStep())
      page.emplace_back(docs.getColumn(0).getInt64(), docs.getColumn(1).getString());
    more = !page.empty();
    for (const auto& [id, text] : page) {
      after = id;
      const auto signature = text::minhash_of(text);
      if (!signature) continue;
      const DuplicateLink found = finder.find(*signature);
      if (found.original != 0) {
        link.reset();
        link.bind(1, found.original);
        link.bind(2, found.similarity);
        link.bind(3, id);
        link.exec();
      }
      finder.record(id, *signature, found.original != 0);
    }
  }
}

}  // namespace kg::store
