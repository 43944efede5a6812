#pragma once
// Ingest bookkeeping: takes articles one at a time, skips those already
// stored (by content hash), segments the rest and, when given an extractor,
// parses them and extracts their events on worker threads, then commits them
// in batches in input order. A killed run loses at most the open batch; a
// rerun completes the job without duplicates.
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

#include "extract/events/extractor.hpp"
#include "extract/text/article.hpp"
#include "extract/text/segmenter.hpp"
#include "store/store.hpp"

namespace kg::store {

struct IngestCounts {
  int64_t new_articles = 0;
  int64_t duplicates = 0;        // already stored before this run
  int64_t repeated_in_input = 0; // exact copies of an article read earlier in this run
  int64_t near_duplicates = 0;   // new articles linked to a stored original
  int64_t sentences = 0;
  int64_t events = 0;
  int64_t bytes = 0;  // text bytes of new articles
};

struct IngestOptions {
  size_t batch_articles = 256;
  size_t batch_bytes = 8 << 20;
  std::chrono::milliseconds batch_time{1000};
  unsigned threads = 1;  // analysis threads when extracting
};

class Ingester {
 public:
  // `extractor` may be null: articles are then only segmented (kg ingest --no-extract).
  Ingester(Store& store, const events::Extractor* extractor, IngestOptions options = {});
  // Flushes, unless an exception is unwinding (the open batch is then dropped);
  // errors are only reported by an explicit flush().
  ~Ingester();

  void add(text::Article&& article);
  // Analyzes and writes the open batch in one transaction. Ensures: the batch
  // is gone afterwards even when this throws, so a failed batch leaves nothing
  // in the database and is never retried with its texts already moved out.
  void flush();

  const IngestCounts& counts() const { return counts_; }

 private:
  void analyze_batch(std::vector<ArticleRecord>& batch);

  Store& store_;
  const events::Extractor* extractor_;
  IngestOptions options_;
  text::Segmenter segmenter_;
  std::vector<ArticleRecord> batch_;
  size_t batch_bytes_ = 0;
  std::chrono::steady_clock::time_point batch_started_;
  IngestCounts counts_;
  // Content hashes read in this run: a repeat is a duplicate within the input,
  // not an article that was "already stored" (issue 12).
  std::unordered_set<std::string> seen_;
  int uncaught_at_start_ = 0;
};

}  // namespace kg::store
