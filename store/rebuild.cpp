#include "store/rebuild.hpp"

#include <atomic>
#include <thread>

#include "store/event_writer.hpp"
#include "store/store_impl.hpp"

namespace kg::store {

RebuildCounts rebuild(Store& store, const events::Extractor& extractor,
                      const RebuildOptions& options) {
  return guarded(store.path(), [&] {
    SQLite::Database& db = *store.impl().db;
    if (!options.only_pending) {
      SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
      db.exec(
          "DELETE FROM events; DELETE FROM mentions; DELETE FROM relations; DELETE FROM roles;"
          "DELETE FROM aliases; DELETE FROM entities; DELETE FROM sentence_fts; DELETE FROM "
          "sentences;"
          "UPDATE documents SET extracted = 0;");
      tx.commit();
    }
    const int64_t total =
        db.execAndGet("SELECT count(*) FROM documents WHERE extracted = 0").getInt64();
    RebuildCounts counts;
    const text::Segmenter segmenter;
    struct Item {
      int64_t id;
      std::string text, date;
      events::ExtractedDocument result;
    };
    int64_t last_id = 0;
    while (true) {
      std::vector<Item> batch;
      {
        SQLite::Statement q(
            db,
            "SELECT id, text, coalesce(date, '') FROM documents WHERE extracted = 0 AND id > ? "
            "ORDER BY id LIMIT ?");
        q.bind(1, last_id);
        q.bind(2, static_cast<int64_t>(options.batch));
        while (q.executeStep())
          batch.push_back({q.getColumn(0).getInt64(),
                           q.getColumn(1).getString(),
                           q.getColumn(2).getString(),
                           {}});
      }
      if (batch.empty()) break;
      last_id = batch.back().id;
      std::atomic<size_t> next{0};
      auto work = [&] {
        for (size_t i = next++; i < batch.size(); i = next++)
          batch[i].result =
              extractor.run_document(segmenter.segment(std::move(batch[i].text)), batch[i].date);
      };
      std::vector<std::thread> pool;
      for (unsigned t = 1; t < std::max(1u, options.threads); ++t) pool.emplace_back(work);
      work();
      for (auto& t : pool) t.join();

      SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
      SQLite::Statement del_fts(db,
                                "DELETE FROM sentence_fts WHERE rowid IN (SELECT id FROM sentences "
                                "WHERE document_id = ?)");
      SQLite::Statement del_sentences(db, "DELETE FROM sentences WHERE document_id = ?");
      SQLite::Statement insert_sentence(db, R"(
        INSERT INTO sentences (document_id, idx, paragraph, byte_begin, byte_end, words) VALUES (?, ?, ?, ?, ?, ?))");
      SQLite::Statement insert_fts(db, "INSERT INTO sentence_fts (rowid, text) VALUES (?, ?)");
      SQLite::Statement mark(db, "UPDATE documents SET extracted = 1 WHERE id = ?");
      EventWriter writer(db);
      for (const Item& item : batch) {
        // Events and mentions of the old sentences go with them (ON DELETE CASCADE).
        del_fts.reset();
        del_fts.bind(1, item.id);
        del_fts.exec();
        del_sentences.reset();
        del_sentences.bind(1, item.id);
        del_sentences.exec();
        const auto ids = write_sentences(db, item.id, item.result.doc, insert_sentence, insert_fts);
        writer.write(item.id, ids, item.result.mentions, item.result.events);
        mark.reset();
        mark.bind(1, item.id);
        mark.exec();
        ++counts.documents;
        counts.sentences += static_cast<int64_t>(ids.size());
        counts.events += static_cast<int64_t>(item.result.events.size());
      }
      writer.finish();
      tx.commit();
      if (options.progress) options.progress(counts.documents, total);
    }
    return counts;
  });
}

}  // namespace kg::store
