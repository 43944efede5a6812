#include "store/ingester.hpp"

namespace kg::store {

Ingester::Ingester(Store& store, IngestOptions options)
    : store_(store), options_(options), batch_started_(std::chrono::steady_clock::now()) {}

Ingester::~Ingester() {
  try {
    flush();
  } catch (...) {
    // The destructor runs during unwinding too; the caller saw the first error.
  }
}

void Ingester::add(extract::Article&& article) {
  std::string hash = article.content_hash();
  if (store_.contains(hash)) {
    ++counts_.duplicates;
    if (on_duplicate) on_duplicate(article, 0);
    return;
  }
  if (batch_.empty()) batch_started_ = std::chrono::steady_clock::now();
  extract::Document doc = segmenter_.segment(article.text);
  batch_bytes_ += doc.text.size();
  article.text.clear();  // the Document holds the text now
  batch_.push_back({std::move(article), std::move(doc), std::move(hash)});
  if (batch_.size() >= options_.batch_articles || batch_bytes_ >= options_.batch_bytes ||
      std::chrono::steady_clock::now() - batch_started_ >= options_.batch_time)
    flush();
}

void Ingester::flush() {
  if (batch_.empty()) return;
  const auto outcomes = store_.write_articles(batch_);
  for (size_t i = 0; i < outcomes.size(); ++i) {
    if (outcomes[i].duplicate) {
      ++counts_.duplicates;
      if (on_duplicate) on_duplicate(batch_[i].article, outcomes[i].document_id);
    } else {
      ++counts_.new_articles;
      counts_.sentences += static_cast<int64_t>(batch_[i].doc.sentences.size());
      counts_.bytes += static_cast<int64_t>(batch_[i].doc.text.size());
    }
  }
  batch_.clear();
  batch_bytes_ = 0;
}

}  // namespace kg::store
