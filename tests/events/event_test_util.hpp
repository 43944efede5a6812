#pragma once
// Helpers for the extraction tests: the shipped pipeline loaded once, and
// finding an event by its actor, action and target codes.
#include <optional>
#include <span>
#include <string>
#include <tuple>
#include <vector>

#include "extract/events/extractor.hpp"

namespace kg::test {

const events::Extractor& extractor();
std::vector<events::Event> events_of(const std::string& text, const std::string& date = "");
std::string code(const std::optional<events::Participant>& p);
// The first event with these codes ("" matches anything; the action code by prefix).
const events::Event* find(const std::vector<events::Event>& events, const std::string& actor,
                          const std::string& action, const std::string& target);
// A sentence and the actor, action and target codes one of its events must have
// ("" matches anything, as for find()).
using Expected = std::tuple<const char*, const char*, const char*, const char*>;
// Checks each sentence has such an event; a failure shows the sentence and its events.
void check_finds(std::span<const Expected> cases);
// One line per event: "ACTOR lemma(code) TARGET [modality/polarity]".
std::string dump(const std::vector<events::Event>& events);

}  // namespace kg::test
