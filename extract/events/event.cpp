#include "extract/events/event.hpp"

#include <array>

namespace kg::events {
namespace {
constexpr std::array<std::string_view, 6> kTypes = {"PERSON", "ORG",   "GPE",
                                                    "GROUP",  "OTHER", "CLAUSE"};
}

std::string_view to_string(EntityType t) {
  return kTypes[static_cast<size_t>(t)];
}

std::optional<EntityType> parse_entity_type(std::string_view s) {
  for (size_t i = 0; i < kTypes.size(); ++i)
    if (kTypes[i] == s) return static_cast<EntityType>(i);
  return std::nullopt;
}

void clear_code(Action& a) {
  a.code.clear();
  a.label.clear();
  a.goldstein = 0;
  a.quad_class = 0;
}

std::string_view to_string(Polarity p) {
  return p == Polarity::Negated ? "negated" : "affirmative";
}

std::string_view to_string(Modality m) {
  switch (m) {
    case Modality::Asserted:
      return "asserted";
    case Modality::Hedged:
      return "hedged";
    case Modality::Hypothetical:
      return "hypothetical";
    case Modality::Planned:
      return "planned";
    case Modality::Question:
      return "question";
  }
  return "asserted";
}

}  // namespace kg::events
