#include "store/ingester.hpp"

#include <atomic>
#include <exception>
#include <thread>

namespace kg::store {

Ingester::Ingester(Store& store, const events::Extractor* extractor, IngestOptions options)
    : store_(store),
      extractor_(extractor),
      options_(options),
      batch_started_(std::chrono::steady_clock::now()) {}

Ingester::~Ingester() {
  try {
    flush();
  } catch (...) {
    // The destructor runs during unwinding too; the caller saw the first error.
  }
}

void Ingester::add(text::Article&& article) {
  std::string hash = article.content_hash();
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

void Ingester::analyze_batch() {
  // Each article is independent; workers take the next index until none is left.
  std::atomic<size_t> next{0};
  std::exception_ptr error;
  std::atomic<bool> failed{false};
  auto work = [&] {
    try {
      for (size_t i = next++; i < batch_.size() && !failed; i = next++) {
        ArticleRecord& r = batch_[i];
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
  analyze_batch();
  const auto outcomes = store_.write_articles(batch_);
  for (size_t i = 0; i < outcomes.size(); ++i) {
    if (outcomes[i].duplicate) {
      ++counts_.duplicates;
    } else {
      ++counts_.new_articles;
      counts_.sentences += static_cast<int64_t>(batch_[i].doc.sentences.size());
      counts_.events += static_cast<int64_t>(batch_[i].events.size());
      counts_.bytes += static_cast<int64_t>(batch_[i].doc.text.size());
    }
  }
  batch_.clear();
  batch_bytes_ = 0;
}

}  // namespace kg::store
