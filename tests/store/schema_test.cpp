// Issue 13: every foreign key of schema.sql has an index, and a version-1
// database (without those indexes) is migrated when opened.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "store/store_impl.hpp"
#include "tests/test_util.hpp"

using namespace kg;
using kg::test::TempDir;

namespace {

std::vector<std::string> column_strings(SQLite::Database& db, const std::string& sql, int col) {
  SQLite::Statement q(db, sql);
  std::vector<std::string> out;
  while (q.executeStep()) out.push_back(q.getColumn(col).getString());
  return out;
}

// Foreign keys (as "table(col, ...)") with no index whose leading columns are them.
std::vector<std::string> unindexed_foreign_keys(SQLite::Database& db) {
  std::vector<std::string> missing;
  for (const std::string& table : column_strings(
           db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'",
           0)) {
    // pragma foreign_key_list: id, seq, table, from, ...; one row per column.
    std::map<int, std::vector<std::string>> keys;
    SQLite::Statement fk(db,
                         "SELECT id, \"from\" FROM pragma_foreign_key_list(?) ORDER BY id, seq");
    fk.bind(1, table);
    while (fk.executeStep()) keys[fk.getColumn(0).getInt()].push_back(fk.getColumn(1).getString());
    std::vector<std::vector<std::string>> indexes;
    for (const std::string& index :
         column_strings(db, "SELECT name FROM pragma_index_list('" + table + "')", 0))
      indexes.push_back(column_strings(
          db, "SELECT name FROM pragma_index_info('" + index + "') ORDER BY seqno", 0));
    for (const auto& [id, cols] : keys) {
      bool covered = false;
      for (const auto& index_cols : indexes)
        covered = covered || (index_cols.size() >= cols.size() &&
                              std::equal(cols.begin(), cols.end(), index_cols.begin()));
      if (!covered) {
        std::string name = table + "(";
        for (size_t i = 0; i < cols.size(); ++i) name += (i ? ", " : "") + cols[i];
        missing.push_back(name + ")");
      }
    }
  }
  return missing;
}

const std::vector<std::string> kIndexesAddedInVersion2 = {
    "entities_merged_into", "mentions_sentence", "events_sentence",
    "events_speaker",       "events_carrier",    "events_claim_of"};

// A version-1 database: the current schema without the indexes version 2 added.
void make_version_1(const std::filesystem::path& path) {
  { store::Store s(path, store::OpenMode::ReadWrite); }
  SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
  for (const auto& index : kIndexesAddedInVersion2) db.exec("DROP INDEX " + index);
  db.exec(
      "INSERT INTO documents (origin, text, content_hash, paragraphs, repeated_paragraphs) "
      "VALUES ('old', 'Old text.', 'h1', 1, 0)");
  db.exec("PRAGMA user_version = 1");
}

}  // namespace

TEST_CASE("issue 13: every foreign key in schema.sql has an index") {
  store::Store s(":memory:", store::OpenMode::ReadWrite);
  CHECK(unindexed_foreign_keys(*s.impl().db) == std::vector<std::string>{});
  // The one kg rebuild was quadratic on: events.claim_of -> events.
  const auto plan = column_strings(
      *s.impl().db, "EXPLAIN QUERY PLAN SELECT id FROM events WHERE claim_of = 1", 3);
  REQUIRE(plan.size() == 1);
  CHECK(plan[0].find("events_claim_of") != std::string::npos);
}

TEST_CASE("issue 13: a version-1 database is migrated to version 2 when opened") {
  TempDir dir;
  const auto path = dir / "kg.sqlite";
  make_version_1(path);
  {
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    CHECK(unindexed_foreign_keys(db).size() == kIndexesAddedInVersion2.size());
  }
  SUBCASE("read-write") {
    store::Store s(path, store::OpenMode::ReadWrite);
    CHECK(s.stats().documents == 1);
  }
  SUBCASE("read-only") {
    store::Store s(path, store::OpenMode::ReadOnly);
    CHECK(s.stats().documents == 1);
  }
  SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
  CHECK(db.execAndGet("PRAGMA user_version").getInt() == store::kSchemaVersion);
  CHECK(unindexed_foreign_keys(db) == std::vector<std::string>{});
  CHECK(db.execAndGet("SELECT text FROM documents").getString() == "Old text.");
}
