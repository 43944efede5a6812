#pragma once
// Ingest bookkeeping: takes articles one at a time, skips those already
// stored (by content hash), segments the rest and commits them in batches, so
// a killed run loses at most the open batch and a rerun completes the job
// without duplicates.
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "extract/article.hpp"
#include "extract/segmenter.hpp"
#include "store/store.hpp"

namespace kg::store {

struct IngestCounts {
  int64_t new_articles = 0;
  int64_t duplicates = 0;  // already stored, or repeated within this run
  int64_t rejected = 0;    // counted by the caller's reader; kept here for the summary
  int64_t sentences = 0;
  int64_t bytes = 0;       // text bytes of new articles
};

struct IngestOptions {
  size_t batch_articles = 256;
  size_t batch_bytes = 8 << 20;
  std::chrono::milliseconds batch_time{1000};
};

class Ingester {
 public:
  Ingester(Store& store, IngestOptions options = {});
  ~Ingester();  // flushes; errors are only reported by an explicit flush()

  void add(extract::Article&& article);
  void flush();

  IngestCounts& counts() { return counts_; }
  // Called for every duplicate with its origin and the stored document id.
  std::function<void(const extract::Article&, int64_t)> on_duplicate;

 private:
  Store& store_;
  IngestOptions options_;
  extract::Segmenter segmenter_;
  std::vector<ArticleRecord> batch_;
  size_t batch_bytes_ = 0;
  std::chrono::steady_clock::time_point batch_started_;
  IngestCounts counts_;
};

}  // namespace kg::store
