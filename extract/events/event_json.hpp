#pragma once
// The JSON form of events, as printed by `kg extract` (one object per line;
// docs/extract-format.md documents every field).
#include <nlohmann/json.hpp>
#include <string>

#include "extract/events/event.hpp"

namespace kg::events {

nlohmann::json participant_json(const Participant& p);
// `id_offset` shifts the document's event ids (and claim_of) into the id
// space of the whole output.
nlohmann::json event_json(const Event& e, const std::string& doc, int id_offset);

}  // namespace kg::events
