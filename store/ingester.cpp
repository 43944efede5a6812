#include "store/ingester.hpp"

#include <atomic>
#include <exception>
#include <thread>
#include <utility>

namespace kg::store {

Ingester::Ingester(Store& store, const events::Extractor* extractor, IngestOptions options)
    : store_(store),
      extractor_(extractor),
      options_(options),
      batch_started_(std::chrono::steady_clock::now()),
      uncaught_at_start_(std::uncaught_exceptions()) {}

Ingester::~Ingester() {
  // While an exception unwinds (a failed read or write) the open batch is
  // dropped, not written: the caller reports the error and a rerun adds the
  // articles again. Issue 13: a second write of a failed batch stored empty
  // texts marked extracted, which no rerun or rebuild could repair.
  if (std::uncaught_exceptions() > uncaught_at_start_) return;
  try {
    flush();
  } catch (...) {
    // Errors are only reported by an explicit flush().
  }
}

void Ingester::add(text::Article&& article) {
  std::string hash = article.content_hash();
  if (!seen_.insert(hash).second) {
    ++counts_.repeated_in_input;
    return;
  }
  if (store_.contains(hash)) {
    ++counts_.duplicates;
    return;
  }
  if (batch_.empty()) batch_started_ = std::chrono::steady_clock::now();
  ArticleRecord r;
  batch_bytes_ += article.text.size();
  r.content_hash = std::move(hash);
  r.article = std::move(article);
  batch_.push_back(std::move(r));
  if (batch_.size() >= options_.batch_articles || batch_bytes_ >= options_.batch_bytes ||
      std::chrono::steady_clock::now() - batch_started_ >= options_.batch_time)
    flush();
}

void Ingester::analyze_batch(std::vector<ArticleRecord>& batch) {
  // Each article is independent; workers take the next index until none is left.
  std::atomic<size_t> next{0};
  std::exception_ptr error;
  std::atomic<bool> failed{false};
  auto work = [&] {
    try {
      for (size_t i = next++; i < batch.size() && !failed; i = next++) {
        ArticleRecord& r = batch[i];
        text::Document doc = segmenter_.segment(std::move(r.article.text));
        r.article.text.clear();
        if (extractor_) {
          events::ExtractedDocument ex = extractor_->run_document(std::move(doc), r.article.date);
          r.doc = std::move(ex.doc);
          r.mentions = std::move(ex.mentions);
          r.events = std::move(ex.events);
          r.extracted = true;
        } else {
          r.doc = std::move(doc);
        }
      }
    } catch (...) {
      if (!failed.exchange(true)) error = std::current_exception();
    }
  };
  const unsigned threads = extractor_ ? std::max(1u, options_.threads) : 1u;
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  if (error) std::rethrow_exception(error);
}

void Ingester::flush() {
  if (batch_.empty()) return;
  // The batch leaves the ingester before it is analyzed (which moves the texts
  // out): whether the write succeeds or throws, it is never written twice.
  std::vector<ArticleRecord> batch = std::move(batch_);
  batch_.clear();
  batch_bytes_ = 0;
  analyze_batch(batch);
  const auto outcomes = store_.write_articles(batch);
  for (size_t i = 0; i < outcomes.size(); ++i) {
    if (outcomes[i].duplicate) {
      ++counts_.duplicates;
    } else {
      ++counts_.new_articles;
      if (outcomes[i].near_duplicate_of != 0) ++counts_.near_duplicates;
      counts_.sentences += static_cast<int64_t>(batch[i].doc.sentences.size());
      counts_.events += static_cast<int64_t>(batch[i].events.size());
      counts_.bytes += static_cast<int64_t>(batch[i].doc.text.size());
    }
  }
}

}  // namespace kg::store
