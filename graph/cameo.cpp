#include "graph/cameo.hpp"

#include "extract/events/verb_dictionary.hpp"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <map>
#include <sstream>

namespace kg::embedded {
extern const std::string_view cameo_codes;
extern const std::string_view cameo_plover;
}  // namespace kg::embedded

namespace kg::graph {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

template <typename Fn>
void for_each_line(std::string_view text, Fn&& fn) {
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    fn(text.substr(0, nl));
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
}

// data/verbs/cameo_codes.tsv: code <tab> goldstein <tab> label.
const std::map<std::string, double, std::less<>>& goldstein_table() {
  static const auto table = [] {
    std::map<std::string, double, std::less<>> t;
    for_each_line(embedded::cameo_codes, [&](std::string_view line) {
      if (line.empty() || line[0] == '#') return;
      const size_t tab = line.find('\t');
      const size_t tab2 = line.find('\t', tab + 1);
      if (tab == std::string_view::npos) return;
      const std::string weight(line.substr(tab + 1, tab2 - tab - 1));
      t.emplace(std::string(line.substr(0, tab)), std::stod(weight));
    });
    return t;
  }();
  return table;
}

// data/plover/CAMEO2PLOVER-2021.txt: "CODE: TYPE, MODE, CONTEXT # description";
// a two-digit CODE heads a root section. The first line for a code wins.
const std::map<std::string, std::string, std::less<>>& plover_table() {
  static const auto table = [] {
    std::map<std::string, std::string, std::less<>> t;
    for_each_line(embedded::cameo_plover, [&](std::string_view line) {
      const size_t colon = line.find(':');
      if (line.empty() || line[0] < '0' || line[0] > '9' || colon == std::string_view::npos) return;
      const std::string_view code = trim(line.substr(0, colon));
      std::string_view rest = line.substr(colon + 1);
      rest = rest.substr(0, rest.find_first_of(",#"));
      const std::string_view type = trim(rest);
      if (!type.empty()) t.emplace(std::string(code), std::string(type));
    });
    return t;
  }();
  return table;
}

constexpr std::pair<std::string_view, std::string_view> kAgents[] = {
    {"AGR", "agriculture"},
    {"BUS", "business"},
    {"COP", "police"},
    {"CRM", "criminals"},
    {"CVL", "civilians"},
    {"DEV", "development"},
    {"EDU", "education"},
    {"ELI", "elites"},
    {"ENV", "environmental"},
    {"GOV", "government"},
    {"HLH", "health"},
    {"HRI", "human rights"},
    {"IGO", "international organization"},
    {"IMG", "international militarized group"},
    {"INS", "insurgents"},
    {"JUD", "judiciary"},
    {"LAB", "labour"},
    {"LEG", "legislature"},
    {"MED", "media"},
    {"MIL", "military"},
    {"MNC", "multinational corporation"},
    {"MOD", "moderates"},
    {"NGM", "non-governmental movement"},
    {"NGO", "non-governmental organization"},
    {"OPP", "opposition"},
    {"PTY", "political party"},
    {"RAD", "radicals"},
    {"REB", "rebels"},
    {"REF", "refugees"},
    {"REL", "religious"},
    {"SEP", "separatists"},
    {"SPY", "intelligence"},
    {"UAF", "armed forces"},
    {"UIS", "unidentified state actor"}};

}  // namespace

std::optional<double> goldstein_of(std::string_view code) {
  const auto& t = goldstein_table();
  const auto it = t.find(code);
  if (it == t.end()) return std::nullopt;
  return it->second;
}

int quad_class_of_code(std::string_view code) {
  return events::quad_class_of(code);
}

std::string plover_of(std::string_view code) {
  const auto& t = plover_table();
  for (std::string_view c = code; c.size() >= 2; c.remove_suffix(1)) {
    const auto it = t.find(c);
    if (it != t.end()) return it->second;
  }
  return {};
}

ActionClass action_class(std::string_view code) {
  switch (quad_class_of_code(code)) {
    case 1:
      return code.starts_with("01") && goldstein_of(code).value_or(0) <= 0
                 ? ActionClass::Statement
                 : ActionClass::VerbalCooperation;
    case 2:
      return ActionClass::MaterialCooperation;
    case 3:
      return ActionClass::VerbalConflict;
    case 4:
      return ActionClass::MaterialConflict;
    default:
      return ActionClass::Uncoded;
  }
}

std::string agent_name(std::string_view agent) {
  for (const auto& [code, name] : kAgents)
    if (code == agent) return std::string(name);
  return {};
}

ActorCodeParts split_actor_code(std::string_view code) {
  ActorCodeParts p;
  auto is_type = [](std::string_view c) {
    return std::any_of(std::begin(kAgents), std::end(kAgents),
                       [&](const auto& a) { return a.first == c; });
  };
  if (code.size() < 3) return p;
  const std::string_view first = code.substr(0, 3);
  if (is_type(first))
    p.types.emplace_back(first);
  else if (first != "---")
    p.country = std::string(first);
  for (size_t i = 3; i < code.size(); i += 3) {
    const std::string_view chunk = code.substr(i, 3), rest = code.substr(i);
    if (is_type(chunk)) {
      if (p.types.size() < 3) p.types.emplace_back(chunk);
      continue;
    }
    // The most specific group wins (IGOEUREEC: EEC, not EUR); a group name that is not
    // cut in threes ("ASNASEAN") is kept whole.
    p.known_group = std::string(rest.size() % 3 == 0 ? chunk : rest);
    if (rest.size() % 3 != 0) break;
  }
  return p;
}

std::string readable_actor_code(std::string_view code) {
  if (!code.starts_with("---")) return std::string(code);
  const std::string name = agent_name(code.substr(3, 3));
  return (name.empty() ? std::string(code) : name) + " (country unknown)";
}

}  // namespace kg::graph
