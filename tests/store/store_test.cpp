#include <doctest/doctest.h>
#include <sqlite3.h>

#include "extract/text/segmenter.hpp"
#include "store/store.hpp"
#include "tests/test_util.hpp"

using namespace kg;
using kg::test::TempDir;

namespace {

store::ArticleRecord record(const std::string& title, const std::string& text) {
  store::ArticleRecord r;
  r.article.title = title;
  r.article.text = text;
  r.article.origin = "test";
  r.content_hash = r.article.content_hash();
  r.doc = text::Segmenter().segment(text);
  return r;
}

void set_user_version(const std::filesystem::path& p, int v) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(p.string().c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, ("PRAGMA user_version = " + std::to_string(v)).c_str(), nullptr, nullptr,
                       nullptr) == SQLITE_OK);
  sqlite3_close(db);
}

}  // namespace

TEST_CASE("a new database gets the schema, WAL mode and the schema version") {
  TempDir dir;
  const auto path = dir / "kg.sqlite";
  { store::Store s(path, store::OpenMode::ReadWrite); }
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.string().c_str(), &db) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, nullptr);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) == "wal");
  sqlite3_finalize(st);
  sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  CHECK(sqlite3_column_int(st, 0) == store::kSchemaVersion);
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST_CASE("articles are written with sentences and duplicates are reported, not stored") {
  TempDir dir;
  store::Store s(dir / "kg.sqlite", store::OpenMode::ReadWrite);
  std::vector<store::ArticleRecord> batch{record("A", "China spoke. The U.S. listened."),
                                          record("B", "Other news."),
                                          record("A", "China spoke. The U.S. listened.")};
  const auto out = s.write_articles(batch);
  REQUIRE(out.size() == 3);
  CHECK_FALSE(out[0].duplicate);
  CHECK_FALSE(out[1].duplicate);
  CHECK(out[2].duplicate);
  CHECK(out[2].document_id == out[0].document_id);
  CHECK(s.contains(batch[0].content_hash));
  const auto again =
      s.write_articles(std::vector<store::ArticleRecord>{record("B", "Other news.")});
  CHECK(again[0].duplicate);
  const auto stats = s.stats();
  CHECK(stats.documents == 2);
  CHECK(stats.sentences == 3);
  const auto doc = s.document(out[0].document_id);
  REQUIRE(doc);
  REQUIRE(doc->sentences.size() == 2);
  CHECK(doc->text.substr(doc->sentences[1].bytes.begin,
                         doc->sentences[1].bytes.end - doc->sentences[1].bytes.begin) ==
        "The U.S. listened.");
}

TEST_CASE("document listing filters by source, dates and title") {
  TempDir dir;
  store::Store s(dir / "kg.sqlite", store::OpenMode::ReadWrite);
  auto a = record("Alpha talks", "One.");
  a.article.date = "2013-05-01";
  a.article.source = "Reuters";
  auto b = record("Beta row", "Two.");
  b.article.date = "2013-07-01";
  b.article.source = "Xinhua";
  s.write_articles(std::vector<store::ArticleRecord>{a, b});
  store::DocumentFilter f;
  f.source = "Xinhua";
  CHECK(s.documents(f).size() == 1);
  f = {};
  f.since = "2013-06-01";
  REQUIRE(s.documents(f).size() == 1);
  CHECK(s.documents(f)[0].title == "Beta row");
  f = {};
  f.title_contains = "alpha";
  CHECK(s.documents(f).size() == 1);
  f = {};
  f.title_contains = "%";
  CHECK(s.documents(f).empty());
}

TEST_CASE("a database of another schema version is refused with both versions named") {
  TempDir dir;
  const auto path = dir / "kg.sqlite";
  { store::Store s(path, store::OpenMode::ReadWrite); }
  set_user_version(path, store::kSchemaVersion + 1);
  CHECK_THROWS_WITH_AS(
      store::Store(path, store::OpenMode::ReadWrite),
      doctest::Contains(("schema version " + std::to_string(store::kSchemaVersion + 1)).c_str()),
      store::StoreError);
  CHECK_THROWS_WITH_AS(store::Store(path, store::OpenMode::ReadOnly), doctest::Contains("newer"),
                       store::StoreError);
}

TEST_CASE("a file that is not a kg database is refused") {
  TempDir dir;
  kg::test::write_file(dir / "junk.sqlite", "this is not sqlite at all, just text padding........");
  CHECK_THROWS_AS(store::Store(dir / "junk.sqlite", store::OpenMode::ReadWrite), store::StoreError);
}

TEST_CASE("opening a missing database read-only or in a missing folder fails clearly") {
  TempDir dir;
  CHECK_THROWS_WITH_AS(store::Store(dir / "none.sqlite", store::OpenMode::ReadOnly),
                       doctest::Contains("no such database"), store::StoreError);
  CHECK_THROWS_WITH_AS(store::Store(dir / "no" / "kg.sqlite", store::OpenMode::ReadWrite),
                       doctest::Contains("does not exist"), store::StoreError);
}
