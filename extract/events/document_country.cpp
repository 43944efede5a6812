#include "extract/events/document_country.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/events/word_classes.hpp"
#include "extract/text/split_fields.hpp"
#include "extract/text/word_features.hpp"

namespace kg::embedded {
extern const std::string_view dateline_cities;
}

namespace kg::events {
namespace {

// US state abbreviations and names as Reuters datelines write them
// ("GREENWICH, Conn., March 16"): the city alone is rarely in a dictionary.
bool is_us_state(std::string_view s) {
  return detail::in(
      s, {"ala.",  "ariz.", "ark.",  "calif.", "colo.",  "conn.", "del.",  "fla.",  "ga.",
          "ill.",  "ind.",  "kan.",  "ky.",    "la.",    "mass.", "md.",   "mich.", "minn.",
          "miss.", "mo.",   "mont.", "n.c.",   "n.d.",   "n.h.",  "n.j.",  "n.m.",  "n.y.",
          "neb.",  "nev.",  "okla.", "ore.",   "pa.",    "r.i.",  "s.c.",  "s.d.",  "tenn.",
          "va.",   "vt.",   "wash.", "wis.",   "w.va.",  "wyo.",  "texas", "ohio",  "iowa",
          "utah",  "maine", "idaho", "alaska", "hawaii", "d.c."});
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    const size_t j = s.find(' ', i);
    const std::string_view w = s.substr(i, j == std::string_view::npos ? s.npos : j - i);
    if (!w.empty()) out.push_back(w);
    if (j == std::string_view::npos) break;
    i = j + 1;
  }
  return out;
}

// A country (not a person or an organization) named by `words` as a whole.
std::string place_country(const ActorDictionary& dict, std::string_view part) {
  const std::vector<std::string_view> words = split_words(part);
  if (words.empty()) return {};
  for (const NameMatch& m : dict.find_names(words, ""))
    if (m.begin == 0 && m.end == words.size() && m.kind != NameMatch::Kind::Person &&
        m.kind != NameMatch::Kind::Organization && m.code.size() >= 3)
      return m.code.substr(0, 3);
  return {};
}

// Cities datelines name, beyond the capitals the actor dictionary knows
// (data/actors/dateline_cities.tsv, compiled in): lowercase city -> country.
const std::unordered_map<std::string, std::string>& dateline_cities() {
  static const std::unordered_map<std::string, std::string> cities = [] {
    std::unordered_map<std::string, std::string> out;
    std::string_view data = kg::embedded::dateline_cities;
    while (!data.empty()) {
      const size_t end = std::min(data.find('\n'), data.size());
      const std::string_view line = data.substr(0, end);
      data.remove_prefix(std::min(end + 1, data.size()));
      const size_t tab = line.find('\t');
      if (line.empty() || line.front() == '#' || tab == std::string_view::npos) continue;
      const std::string code(line.substr(0, tab));
      for (const std::string& city : text::split_fields(line.substr(tab + 1), '|'))
        if (!city.empty()) out.emplace(text::lowercase(city), code);
    }
    return out;
  }();
  return cities;
}

bool is_country(const ActorDictionary& dict, std::string_view code) {
  // CAMEO's region codes ("Arab states" ARBGOV) name no one country.
  return code.size() >= 3 && !code.starts_with("---") &&
         !detail::in(code.substr(0, 3), {"ARB", "EUR", "AFR", "ASA", "LAM"}) &&
         !dict.country_name(code.substr(0, 3)).empty();
}

// "the global entertainment industry", "foreign investors", "European banks",
// "people in the developing world", "other governments": a phrase that says it spans countries is
// not of the article's country.
bool beyond_one_country(std::string_view phrase) {
  // "Varnum International Inc", "World Freight Corp": a company's name, not a span.
  const auto words = split_words(phrase);
  if (!words.empty() && is_company_suffix(words.back())) return false;
  bool other = false, states = false;
  for (std::string_view w : words) {
    while (!w.empty() && !std::isalpha(static_cast<unsigned char>(w.back()))) w.remove_suffix(1);
    const std::string l = text::lowercase(w);
    if (detail::in(l, {"global", "international", "world", "worldwide", "foreign", "overseas",
                       "multinational", "european", "western", "asian", "african", "arab",
                       "developing", "emerging", "regional"}))
      return true;
    // "other governments", "rival nations" span countries; "other brokers" in a
    // Manila story are other Manila brokers.
    other = other || detail::in(l, {"other", "rival"});
    states = states || detail::in(l, {"countries", "nations", "governments", "states", "powers",
                                      "capitals", "members", "neighbours", "neighbors"});
  }
  return other && states;
}

bool is_armed_group(std::string_view agent) {
  return agent.starts_with("REB") || agent.starts_with("INS") || agent.starts_with("UAF") ||
         agent.starts_with("SEP");
}

}  // namespace

std::string dateline_country(const ActorDictionary& dict, std::string_view text) {
  std::string_view line = text.substr(0, std::min(text.find('\n'), size_t{160}));
  size_t dash = line.find(" - ");
  if (dash == std::string_view::npos) dash = line.find(" -- ");
  if (dash == std::string_view::npos) dash = line.find(" \xE2\x80\x94 ");  // em dash
  if (dash == std::string_view::npos || dash > 80) return {};
  std::string_view head = trim(line.substr(0, dash));
  if (const size_t paren = head.find(" ("); paren != std::string_view::npos)
    head = trim(head.substr(0, paren));  // "LONDON (Reuters)"
  std::vector<std::string_view> parts;
  for (size_t i = 0; i <= head.size();) {
    const size_t j = std::min(head.find(',', i), head.size());
    parts.push_back(trim(head.substr(i, j - i)));
    i = j + 1;
  }
  if (parts.empty() || parts.front().empty()) return {};
  const std::string_view city = parts.front();
  // Datelines write the place in capitals; a title-case opening is a dateline
  // only when a date follows it ("Manila, March 18 -").
  const bool capitals =
      std::none_of(city.begin(), city.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  const bool dated = parts.size() >= 2 && std::ranges::any_of(parts, [](std::string_view p) {
                       const auto words = split_words(p);
                       const std::string low = text::lowercase(words.empty() ? p : words.front());
                       return detail::is_time_word(low) || low.starts_with("jan") ||
                              low.starts_with("feb") || low.starts_with("mar") ||
                              low.starts_with("apr") || low.starts_with("aug") ||
                              low.starts_with("sep") || low.starts_with("oct") ||
                              low.starts_with("nov") || low.starts_with("dec");
                     });
  if (!capitals && !dated) return {};
  // "BIRMINGHAM, Ala.": the state decides before the city's name does.
  for (size_t k = 1; k < parts.size(); ++k)
    if (is_us_state(text::lowercase(parts[k]))) return "USA";
  for (const std::string_view part : parts) {
    if (std::string c = place_country(dict, part); !c.empty()) return c;
    const auto it = dateline_cities().find(text::lowercase(part));
    if (it != dateline_cities().end()) return it->second;
  }
  return {};
}

namespace detail {

void infer_countries(DocState& st, const ActorDictionary& dict, const ActorCoder& coder,
                     std::string_view text) {
  // Votes for the dominant country: coded mentions, the dateline twice.
  // A phrase can be registered twice (as a verb's argument and an event noun's);
  // it is one vote.
  // "the Georgia Public Service Commission" in a story datelined in the United States is
  // the American state's, not the Caucasian country's.
  const std::string dateline = dateline_country(dict, text);
  if (dateline == "USA") {
    auto state = [](std::string& code, std::string_view phrase) {
      if (code.starts_with("GEO") && phrase.find("Georgia") != std::string_view::npos &&
          phrase.find("Georgian") == std::string_view::npos)
        code.replace(0, 3, "USA");
    };
    for (Event& e : st.events)
      for (auto* p : {&e.actor, &e.target, &e.speaker, &e.carrier})
        if (*p) state((*p)->code, (*p)->text);
    for (EntityMention& m : st.mentions) state(m.code, m.text);
  }
  std::map<std::string, int> votes;
  std::set<std::pair<uint32_t, size_t>> counted;
  int total = 0;
  auto vote = [&](std::string_view code, uint32_t sentence, size_t begin) {
    if (is_country(dict, code) && counted.emplace(sentence, begin).second) {
      ++votes[std::string(code.substr(0, 3))];
      ++total;
    }
  };
  for (const EntityMention& m : st.mentions) vote(m.code, m.sentence, m.span.begin);
  // Coded phrases that are no entity mentions vote too ("the rise in London").
  for (const Event& e : st.events)
    for (const auto* p : {&e.actor, &e.target})
      if (*p) vote((*p)->code, e.sentence, (*p)->span.begin);
  if (!dateline.empty()) {
    votes[dateline] += 2;
    total += 2;
  }
  // Amounts in pounds sterling ("a £10,000 cap", "500 mln stg") say the economy the
  // article is about is Britain's: one vote, two when there are several, as a
  // dateline counts. British political news rarely names Britain otherwise.
  {
    size_t pounds = 0;
    for (size_t at = text.find("\xC2\xA3"); at != std::string_view::npos && pounds < 2;
         at = text.find("\xC2\xA3", at + 2))
      ++pounds;
    for (size_t at = text.find(" stg"); at != std::string_view::npos && pounds < 2;
         at = text.find(" stg", at + 4))
      if (at + 4 >= text.size() || !std::isalpha(static_cast<unsigned char>(text[at + 4])))
        ++pounds;
    if (pounds > 0) {
      votes["GBR"] += static_cast<int>(pounds);
      total += static_cast<int>(pounds);
    }
  }
  std::string dominant;
  if (!votes.empty()) {
    const auto best = std::ranges::max_element(votes, {}, [](const auto& v) { return v.second; });
    if (best->second >= 2 && best->second * 10 >= total * 6) dominant = best->first;
  }
  // Coded actors by sentence, for the same-kind rule.
  auto nearby = [&](uint32_t sentence, std::string_view agent) -> std::string {
    std::string found;
    for (const EntityMention& m : st.mentions) {
      // The sentences before, not the same one: there the other coded actor is
      // usually the counterpart ("The officials accused the French envoy").
      if (m.sentence >= sentence || m.sentence + 2 < sentence) continue;
      if (!is_country(dict, m.code) || m.code.size() < 6 ||
          m.code.substr(3, 3) != agent.substr(0, 3))
        continue;
      if (!found.empty() && found != m.code.substr(0, 3)) return {};  // split
      found = m.code.substr(0, 3);
    }
    return found;
  };
  auto fill = [&](std::string& code, std::string& label, bool has_entity, uint32_t sentence,
                  bool& inferred, std::string_view phrase) {
    if (code.size() <= 3 || !code.starts_with("---") || beyond_one_country(phrase)) return;
    const std::string_view agent = std::string_view(code).substr(3);
    std::string country = nearby(sentence, agent);
    // Armed groups are often foreign to the country an article is mostly about
    // ("the U.S. said ... the militant group that seized parts of Iraq"): only
    // the dateline, where the story happens, speaks for them.
    if (country.empty()) country = is_armed_group(agent) ? dateline : dominant;
    if (country.empty()) return;
    code = country + code.substr(3);
    if (!has_entity) label = coder.label_for_code(code);
    inferred = true;
  };
  // A named person no dictionary knows ("Mr Jack", "Alan Milburn") is of the
  // article's dominant country, with no agent: their role is unknown.
  auto fill_person = [&](std::string& code, EntityType type, bool named, bool& inferred) {
    if (!code.empty() || type != EntityType::Person || !named || dominant.empty()) return;
    code = dominant;
    inferred = true;
  };
  auto fill_participant = [&](std::optional<Participant>& p, uint32_t sentence) {
    if (!p) return;
    fill(p->code, p->label, !p->entity.empty(), sentence, p->country_inferred, p->text);
    fill_person(p->code, p->type, !p->entity.empty(), p->country_inferred);
  };
  for (Event& e : st.events) {
    fill_participant(e.actor, e.sentence);
    fill_participant(e.target, e.sentence);
    fill_participant(e.speaker, e.sentence);
    fill_participant(e.carrier, e.sentence);
  }
  for (EntityMention& m : st.mentions) {
    fill(m.code, m.label, !m.canonical.empty(), m.sentence, m.country_inferred, m.text);
    fill_person(m.code, m.type, !m.canonical.empty(), m.country_inferred);
  }
}

}  // namespace detail
}  // namespace kg::events
