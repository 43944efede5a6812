#include "tests/events/event_test_util.hpp"

#include <doctest/doctest.h>

#include <memory>

namespace kg::test {
using namespace kg::events;

const Extractor& extractor() {
  static const std::unique_ptr<Extractor> e = std::make_unique<Extractor>(ExtractorConfig{});
  return *e;
}

std::vector<Event> events_of(const std::string& text, const std::string& date) {
  return extractor().run(text, date).events;
}

std::string code(const std::optional<Participant>& p) {
  return p ? p->code : "-";
}

const Event* find(const std::vector<Event>& events, const std::string& actor,
                  const std::string& action, const std::string& target) {
  for (const auto& e : events) {
    if (!actor.empty() && code(e.actor) != actor) continue;
    if (!target.empty() && code(e.target) != target) continue;
    if (!action.empty() && e.action.code.rfind(action, 0) != 0) continue;
    return &e;
  }
  return nullptr;
}

void check_finds(std::span<const Expected> cases) {
  for (const auto& [s, actor, code, target] : cases) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    CHECK(find(ev, actor, code, target));
  }
}

std::string dump(const std::vector<Event>& events) {
  std::string out;
  for (const auto& e : events)
    out += code(e.actor) + " " + e.action.lemma + "(" + e.action.code + ") " + code(e.target) +
           " [" + std::string(to_string(e.modality)) + "/" + std::string(to_string(e.polarity)) +
           "]\n";
  return out;
}

}  // namespace kg::test
