// Issue 13: a batch that fails to be written (disk full, any SQLite error)
// leaves nothing behind, and a rerun ingests every article.
#include <doctest/doctest.h>

#include <optional>

#include "store/ingester.hpp"
#include "store/store_impl.hpp"
#include "tests/test_util.hpp"

using namespace kg;
using kg::test::TempDir;

namespace {

text::Article article(int i) {
  text::Article a;
  a.title = "Article " + std::to_string(i);
  a.origin = "test:" + std::to_string(i);
  for (int s = 0; s < 40; ++s)
    a.text += "Officials in city " + std::to_string(i) + " met on day " + std::to_string(s) +
              " to discuss the harbour. ";
  return a;
}

int64_t count(store::Store& s, const std::string& sql) {
  return s.impl().db->execAndGet(sql).getInt64();
}

// Ingests articles 0..n-1 in batches of 4; returns the error message, if any.
std::optional<std::string> ingest(store::Store& s, int n) {
  store::IngestOptions options;
  options.batch_articles = 4;
  options.batch_time = std::chrono::hours(1);
  try {
    store::Ingester ingester(s, nullptr, options);
    for (int i = 0; i < n; ++i) ingester.add(article(i));
    ingester.flush();
  } catch (const store::StoreError& e) {
    return std::string(e.what());
  }
  return std::nullopt;
}

void check_no_partial_documents(store::Store& s) {
  CHECK(count(s, "SELECT count(*) FROM documents WHERE text = ''") == 0);
  CHECK(count(s,
              "SELECT count(*) FROM documents d WHERE NOT EXISTS "
              "(SELECT 1 FROM sentences WHERE document_id = d.id)") == 0);
  // Whole batches only.
  CHECK(count(s, "SELECT count(*) FROM documents") % 4 == 0);
}

}  // namespace

TEST_CASE("issue 13: a disk full during ingest leaves no partial documents and a rerun completes") {
  TempDir dir;
  store::Store s(dir / "kg.sqlite", store::OpenMode::ReadWrite);
  const int64_t pages = count(s, "PRAGMA page_count");
  // A database that cannot grow by more than a few pages: SQLITE_FULL mid-ingest.
  s.impl().db->exec("PRAGMA max_page_count = " + std::to_string(pages + 12));
  const auto error = ingest(s, 40);
  REQUIRE(error);
  CHECK(error->find("disk is full") != std::string::npos);
  check_no_partial_documents(s);
  CHECK(count(s, "SELECT count(*) FROM documents") < 40);

  s.impl().db->exec("PRAGMA max_page_count = 1000000");
  CHECK_FALSE(ingest(s, 40));
  CHECK(count(s, "SELECT count(*) FROM documents") == 40);
  check_no_partial_documents(s);
}

TEST_CASE("issue 13: an SQLite error mid-batch rolls the whole batch back") {
  TempDir dir;
  store::Store s(dir / "kg.sqlite", store::OpenMode::ReadWrite);
  s.impl().db->exec(
      "CREATE TEMP TRIGGER fail BEFORE INSERT ON main.sentences "
      "WHEN (SELECT title FROM documents WHERE id = NEW.document_id) = 'Article 6' "
      "BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
  const auto error = ingest(s, 12);
  REQUIRE(error);
  CHECK(error->find("injected failure") != std::string::npos);
  CHECK(count(s, "SELECT count(*) FROM documents") == 4);  // the first batch only
  check_no_partial_documents(s);

  s.impl().db->exec("DROP TRIGGER fail");
  CHECK_FALSE(ingest(s, 12));
  CHECK(count(s, "SELECT count(*) FROM documents") == 12);
  check_no_partial_documents(s);
}
