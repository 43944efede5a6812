#pragma once
// Internal to store/: finds the stored original of a new article by its MinHash
// signature (LSH band lookup in signature_bands, then the full signatures
// compared) and records signatures. Used by Store::write_articles and by the
// version 2 -> 3 migration, inside the caller's transaction.
#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>

#include "extract/text/near_duplicate.hpp"

namespace kg::store {

struct DuplicateLink {
  int64_t original = 0;  // the group's original (never itself a near-duplicate)
  double similarity = 0;
};

class DuplicateFinder {
 public:
  explicit DuplicateFinder(SQLite::Database& db);

  // The group whose closest stored article is most similar to `signature`, when
  // that similarity reaches text::kNearDuplicateThreshold; ties go to the
  // oldest original; original == 0 when there is none. Only the 32 candidates
  // sharing most LSH bands are compared. Articles recorded earlier in this
  // transaction count.
  DuplicateLink find(const text::MinHash& signature);
  // A copy (is_copy) keeps its signature but no band keys: later articles reach
  // its group through the original.
  void record(int64_t document_id, const text::MinHash& signature, bool is_copy);

 private:
  SQLite::Statement candidates_;
  SQLite::Statement signature_;
  SQLite::Statement insert_signature_;
  SQLite::Statement insert_band_;
};

// Signs every stored article that has no signature yet, oldest first, and links
// each near-duplicate to its original (the migration to version 3).
void sign_unsigned_documents(SQLite::Database& db);

}  // namespace kg::store
