#pragma once
// Recomputes what was derived from stored articles: sentences, mentions,
// entities, events and relations, after a model or dictionary change, or for
// articles ingested with --no-extract. Analyst corrections are kept and
// replayed. Documents are processed in id order, in committed batches, so an
// interrupted rebuild can be continued.
#include <cstdint>
#include <functional>

#include "extract/events/extractor.hpp"
#include "store/store.hpp"

namespace kg::store {

struct RebuildOptions {
  bool only_pending = false;  // keep what is there; extract documents not yet extracted
  unsigned threads = 1;
  size_t batch = 64;
  std::function<void(int64_t done, int64_t total)> progress;
};

struct RebuildCounts {
  int64_t documents = 0, sentences = 0, events = 0;
};

RebuildCounts rebuild(Store& store, const events::Extractor& extractor,
                      const RebuildOptions& options);

}  // namespace kg::store
