#pragma once
// Scores extracted events against the gold formats of ../shared/data/eval-dev:
//   event mode (PETRARCH-style {"id","text","expected":[{source,target,code}]}):
//     P/R/F1 of (source, target, code), the dyad, dyad + CAMEO root, code and
//     root, micro-averaged over multiset matches per record, and the share of
//     records coded exactly right; --country-only keeps 3-letter actor codes.
//   carb mode (Open IE {"id","text","tuples":[{arg1,rel,arg2,more_args}]}): the
//     CaRB-like lenient token-overlap P/R/F1 (CaRB, Bhardwaj et al. 2019).
// System events become items as the eval adapter does: coded, not negated,
// not hypothetical or questions (event mode); every event (carb mode).
#include <string>
#include <vector>

#include "extract/events/event.hpp"
#include "extract/nlp/evaluation.hpp"

namespace kg::events {

struct GoldEvent {
  std::string source, target, code;
};
struct OpenTuple {
  std::string arg1, rel, arg2;  // arg2 includes the further arguments
};

struct GoldRecord {
  std::string id, text, date;
  std::vector<GoldEvent> events;  // event mode
  std::vector<OpenTuple> tuples;  // carb mode
};

enum class GoldMode { Event, Carb };

// Reads a gold JSON Lines file; the mode is detected from the records.
// Throws InputError naming file and line on malformed records.
std::vector<GoldRecord> read_gold_records(const std::string& path, GoldMode& mode);

struct EventScores {
  nlp::PrfCounts exact, dyad, dyad_root, code, root;
  size_t records = 0, records_right = 0;
};

// system[i] are the events extracted from gold[i].text.
EventScores score_events(const std::vector<GoldRecord>& gold,
                         const std::vector<std::vector<Event>>& system, bool country_only);

struct CarbScores {
  double precision = 0, recall = 0, f1 = 0;
  size_t gold_tuples = 0, system_tuples = 0, sentences = 0;
};

CarbScores score_carb(const std::vector<GoldRecord>& gold,
                      const std::vector<std::vector<Event>>& system);

// The open tuple an event stands for (actor | action | target + modifiers).
OpenTuple open_tuple(const Event& e);

}  // namespace kg::events
