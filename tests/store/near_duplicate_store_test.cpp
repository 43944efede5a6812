// Issue 12: near-duplicates are linked to their original at ingest (against the
// stored articles and within one batch), listed as groups, and a version-2
// database is migrated to version 3 with its stored articles signed and linked.
#include <doctest/doctest.h>

#include "extract/text/near_duplicate.hpp"
#include "store/ingester.hpp"
#include "store/store_impl.hpp"
#include "tests/test_util.hpp"
#include "tests/text/near_duplicate_fixtures.hpp"

using namespace kg;
using namespace kg::test::stories;
using kg::test::TempDir;

namespace {

text::Article article(const std::string& title, const std::string& source, const char* body) {
  text::Article a;
  a.title = title;
  a.source = source;
  a.origin = "test:" + title;
  a.text = body;
  return a;
}

std::vector<text::Article> corpus() {
  std::vector<text::Article> out;
  out.push_back(article("Bank of England raises rates", "Reuters", kStory));
  out.push_back(article("Other story", "Reuters", kOtherStory));
  out.push_back(article("UK rates up a quarter point", "Reuters", kStory));  // new title
  out.push_back(article("Bank raises rates (updated)", "Reuters", kChangedSentence));
  out.push_back(article("Bank of England raises rates", "Evening Courier", kReprint));
  return out;
}

int64_t duplicate_of(store::Store& s, int64_t id) {
  SQLite::Statement q(*s.impl().db, "SELECT coalesce(duplicate_of, 0) FROM documents WHERE id = ?");
  q.bind(1, id);
  REQUIRE(q.executeStep());
  return q.getColumn(0).getInt64();
}

void check_links(store::Store& s) {
  CHECK(duplicate_of(s, 1) == 0);
  CHECK(duplicate_of(s, 2) == 0);
  CHECK(duplicate_of(s, 3) == 1);
  CHECK(duplicate_of(s, 4) == 1);
  CHECK(duplicate_of(s, 5) == 1);
  store::DocumentFilter all;
  all.limit = -1;
  const auto groups = s.duplicate_groups(all);
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].original.id == 1);
  REQUIRE(groups[0].copies.size() == 3);
  CHECK(groups[0].copies[0].doc.title == "UK rates up a quarter point");
  CHECK(groups[0].copies[0].similarity == 1.0);
  CHECK(groups[0].copies[1].similarity >= text::kNearDuplicateThreshold);
  CHECK(groups[0].copies[2].doc.source == "Evening Courier");
}

}  // namespace

TEST_CASE("issue 12: near-duplicates are linked to their original, in one batch and across runs") {
  TempDir dir;
  store::Store s(dir / "kg.sqlite", store::OpenMode::ReadWrite);
  store::IngestOptions options;
  SUBCASE("one batch") { options.batch_articles = 100; }
  SUBCASE("one article per batch") { options.batch_articles = 1; }
  store::Ingester ingester(s, nullptr, options);
  for (auto& a : corpus()) ingester.add(std::move(a));
  ingester.flush();
  CHECK(ingester.counts().new_articles == 5);
  CHECK(ingester.counts().near_duplicates == 3);
  check_links(s);
}

TEST_CASE("issue 12: an exact repeat within one run is a duplicate of the input, not already stored") {
  TempDir dir;
  store::Store s(dir / "kg.sqlite", store::OpenMode::ReadWrite);
  store::IngestOptions options;
  options.batch_articles = 1;  // the first copy is stored before the second arrives
  {
    store::Ingester ingester(s, nullptr, options);
    ingester.add(article("A", "Reuters", kStory));
    ingester.add(article("A", "Reuters", kStory));
    ingester.flush();
    CHECK(ingester.counts().repeated_in_input == 1);
    CHECK(ingester.counts().duplicates == 0);
  }
  store::Ingester again(s, nullptr, options);
  again.add(article("A", "Reuters", kStory));
  again.flush();
  CHECK(again.counts().duplicates == 1);
  CHECK(again.counts().repeated_in_input == 0);
}

namespace {

// Removes from `sql` the text from `start` through the next `end`.
void cut(std::string& sql, const std::string& start, const std::string& end) {
  const size_t at = sql.find(start);
  REQUIRE(at != std::string::npos);
  sql.erase(at, sql.find(end, at + start.size()) + end.size() - at);
}

// A version-2 database: schema.sql without what version 3 added.
void make_version_2(const std::filesystem::path& path) {
  std::string sql(store::schema_sql());
  cut(sql, "CREATE TABLE document_signatures", ";");
  cut(sql, "CREATE TABLE signature_bands", ";");
  cut(sql, "CREATE INDEX signature_bands_document", ";");
  cut(sql, "CREATE INDEX documents_duplicate_of", ";");
  cut(sql, ",\n  duplicate_of ", "\n");
  cut(sql, "  duplicate_similarity", "\n");
  SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec(sql);
  REQUIRE_FALSE(db.tableExists("document_signatures"));
  SQLite::Statement insert(db, R"(
    INSERT INTO documents (title, source, origin, text, content_hash, paragraphs,
                           repeated_paragraphs) VALUES (?, ?, 'old', ?, ?, 1, 0))");
  int i = 0;
  for (const auto& a : corpus()) {
    insert.reset();
    insert.bind(1, a.title);
    insert.bind(2, a.source);
    insert.bind(3, a.text);
    insert.bind(4, "h" + std::to_string(++i));
    insert.exec();
  }
  db.exec("PRAGMA user_version = 2");
}

}  // namespace

TEST_CASE("issue 12: a version-2 database is migrated to version 3 and its articles are linked") {
  TempDir dir;
  const auto path = dir / "kg.sqlite";
  make_version_2(path);
  {
    store::Store s(path, store::OpenMode::ReadWrite);
    check_links(s);
    // A later near-duplicate finds the migrated articles through their signatures.
    store::Ingester ingester(s, nullptr);
    ingester.add(article("Late reprint", "Daily Post", kReprint));
    ingester.flush();
    CHECK(ingester.counts().near_duplicates == 1);
    CHECK(duplicate_of(s, 6) == 1);
  }
  SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
  CHECK(db.execAndGet("PRAGMA user_version").getInt() == store::kSchemaVersion);
  CHECK(db.execAndGet("SELECT count(*) FROM document_signatures").getInt() == 6);
}
