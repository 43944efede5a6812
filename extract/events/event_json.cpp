#include "extract/events/event_json.hpp"

namespace kg::events {

using text::ByteSpan;
namespace {

nlohmann::json span_json(ByteSpan s) {
  return nlohmann::json::array({s.begin, s.end});
}
nlohmann::json or_null(const std::string& s) {
  return s.empty() ? nlohmann::json() : nlohmann::json(s);
}

}  // namespace

nlohmann::json participant_json(const Participant& p) {
  nlohmann::json j = {{"text", p.text},
                      {"head", p.head},
                      {"span", span_json(p.span)},
                      {"entity", or_null(p.entity)},
                      {"type", to_string(p.type)},
                      {"code", or_null(p.code)}};
  if (p.country_inferred) j["inferred"] = true;
  return j;
}

nlohmann::json event_json(const Event& e, const std::string& doc, int id_offset) {
  nlohmann::json j;
  j["id"] = e.id + id_offset;
  j["doc"] = doc;
  j["sentence"] = e.sentence;
  j["span"] = span_json(e.sentence_span);
  j["actor"] = e.actor ? participant_json(*e.actor) : nlohmann::json();
  j["action"] = {
      {"text", e.action.text},
      {"lemma", e.action.lemma},
      {"span", span_json(e.action.span)},
      {"code", or_null(e.action.code)},
      {"label", or_null(e.action.label)},
      {"goldstein", e.action.code.empty() ? nlohmann::json() : nlohmann::json(e.action.goldstein)},
      {"quad_class",
       e.action.code.empty() ? nlohmann::json() : nlohmann::json(e.action.quad_class)}};
  j["target"] = e.target ? participant_json(*e.target) : nlohmann::json();
  nlohmann::json mods = nlohmann::json::array();
  for (const auto& m : e.modifiers)
    mods.push_back({{"role", m.role}, {"text", m.text}, {"span", span_json(m.span)}});
  j["modifiers"] = mods;
  j["speaker"] = e.speaker ? participant_json(*e.speaker) : nlohmann::json();
  j["carrier"] = e.carrier ? participant_json(*e.carrier) : nlohmann::json();
  j["claim_of"] = e.claim_of ? nlohmann::json(*e.claim_of + id_offset) : nlohmann::json();
  j["polarity"] = to_string(e.polarity);
  j["modality"] = to_string(e.modality);
  j["confidence"] = std::round(e.confidence * 100) / 100;
  return j;
}

}  // namespace kg::events
