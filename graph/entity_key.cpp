#include "graph/entity_key.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace kg::graph {

std::string normalize_name(std::string_view name) {
  std::string out;
  bool space = false;
  for (char c : name) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  for (std::string_view article : {"the ", "a ", "an "})
    if (out.rfind(article, 0) == 0) out.erase(0, article.size());
  for (std::string_view poss : {" 's", "'s", "\xE2\x80\x99s"})
    if (out.size() > poss.size() && out.compare(out.size() - poss.size(), poss.size(), poss) == 0)
      out.erase(out.size() - poss.size());
  return out;
}

namespace {

// CAMEO agent codes: on their own ("MED" for an international news agency) they
// name a sector, not a country or an organization.
bool is_agent_only(std::string_view code) {
  static constexpr std::string_view kAgents[] = {
      "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI",
      "IGO", "IMG", "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "NGM", "NGO",
      "OPP", "PTY", "RAD", "REB", "REF", "REL", "SEP", "SPY", "UAF", "UIS"};
  return code.size() == 3 &&
         std::find(std::begin(kAgents), std::end(kAgents), code) != std::end(kAgents);
}

}  // namespace

std::optional<std::string> entity_key(const events::Participant& p) {
  using events::EntityType;
  if (p.type == EntityType::Clause) return std::nullopt;
  const bool country_known =
      p.code.size() >= 3 && p.code.rfind("---", 0) != 0 && !is_agent_only(p.code);
  // A bare country, however it was written ("China", "Beijing", "the Chinese", "the
  // country"), is the country: one entity per country code.
  const bool bare_country = country_known && p.code.size() == 3 && p.type != EntityType::Person &&
                            p.type != EntityType::Org;
  if (bare_country) return "code:" + p.code;
  if (!p.entity.empty()) {
    // Markup and stray symbols ("^M", "--") name no one.
    const std::string norm = normalize_name(p.entity);
    const unsigned char first = norm.empty() ? 0 : static_cast<unsigned char>(norm.front());
    if (first < 0x80 && !std::isalnum(first))
      return country_known ? std::optional<std::string>("code:" + p.code) : std::nullopt;
    return "name:" + norm;
  }
  if (country_known) return "code:" + p.code;
  return std::nullopt;
}

bool is_country_key(std::string_view key) {
  return key.size() == 8 && key.rfind("code:", 0) == 0 && key.substr(5) != "---" &&
         !is_agent_only(key.substr(5));
}

std::string display_name(const events::Participant& p) {
  std::string name = !p.entity.empty() ? p.entity : !p.label.empty() ? p.label : p.text;
  // "An IMF mission", "the Kremlin": an entity is named without its article.
  for (std::string_view article : {"a ", "an ", "the ", "A ", "An ", "The "})
    if (name.size() > article.size() && name.starts_with(article)) {
      name.erase(0, article.size());
      break;
    }
  return name;
}

std::string action_key(const events::Action& a) {
  return a.code.empty() ? a.lemma : a.code;
}

}  // namespace kg::graph
