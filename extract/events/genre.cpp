#include "extract/events/genre.hpp"

#include <algorithm>
#include <array>
#include <span>
#include <string>

#include "extract/text/word_features.hpp"

namespace kg::events {
namespace {

// Terms that hardly occur outside their genre. Matched as whole words in the
// lower-cased text; a multiword term as the phrase.
constexpr std::array<std::string_view, 54> kSport = {"rugby",
                                                     "football",
                                                     "soccer",
                                                     "tennis",
                                                     "cricket",
                                                     "golf",
                                                     "athletics",
                                                     "olympic",
                                                     "olympics",
                                                     "striker",
                                                     "midfielder",
                                                     "goalkeeper",
                                                     "fly-half",
                                                     "scrum",
                                                     "wicket",
                                                     "wickets",
                                                     "innings",
                                                     "batsman",
                                                     "bowler",
                                                     "wimbledon",
                                                     "six nations",
                                                     "premiership",
                                                     "champions league",
                                                     "world cup",
                                                     "grand slam",
                                                     "grand prix",
                                                     "formula one",
                                                     "boxing",
                                                     "sprinter",
                                                     "hurdles",
                                                     "semi-final",
                                                     "quarter-final",
                                                     "touchdown",
                                                     "top seed",
                                                     "defending champion",
                                                     "fa cup",
                                                     "test match",
                                                     "the ashes",
                                                     "lions tour",
                                                     "try-line",
                                                     "hat-trick",
                                                     "penalty shoot-out",
                                                     "match point",
                                                     "set point",
                                                     "tie-break",
                                                     "centre-back",
                                                     "full-back",
                                                     "winger",
                                                     "premier league",
                                                     "championship title",
                                                     "marathon",
                                                     "medal",
                                                     "relay",
                                                     "heavyweight"};
constexpr std::array<std::string_view, 24> kEntertainment = {
    "box office", "album",  "albums",     "oscar",         "oscars",        "grammy",
    "grammys",    "bafta",  "baftas",     "film festival", "soundtrack",    "hollywood",
    "actress",    "sitcom", "screenplay", "box-office",    "chart-topping", "blockbuster",
    "singer",     "rapper", "starring",   "the film's",    "sequel",        "west end"};

// Terms one of which marks a sports report on its own: competitions, grounds
// and positions with no other meaning.
constexpr std::array<std::string_view, 16> kSportDecisive = {
    "six nations",    "fly-half",       "scrum-half",  "wimbledon",  "champions league",
    "premier league", "fa cup",         "formula one", "hat-trick",  "murrayfield",
    "twickenham",     "lansdowne road", "the ashes",   "grand prix", "world cup qualifier",
    "davis cup"};

// Distinct terms of `terms` that occur in `low` as whole words.
size_t distinct_terms(std::string_view low, std::span<const std::string_view> terms) {
  auto word_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  };
  size_t n = 0;
  for (std::string_view t : terms) {
    for (size_t at = low.find(t); at != std::string_view::npos; at = low.find(t, at + 1)) {
      const bool start = at == 0 || !word_char(low[at - 1]);
      const size_t end = at + t.size();
      if (start && (end == low.size() || !word_char(low[end]))) {
        ++n;
        break;
      }
    }
  }
  return n;
}

}  // namespace

Genre story_genre(std::string_view title, std::string_view text) {
  const std::string low_title = text::lowercase(title);
  const std::string low = text::lowercase(text.substr(0, std::min<size_t>(text.size(), 4000)));
  if (distinct_terms(low_title, kSport) >= 1 || distinct_terms(low, kSport) >= 2 ||
      distinct_terms(low, kSportDecisive) >= 1)
    return Genre::Sport;
  if (distinct_terms(low_title + " " + low, kEntertainment) >= 3) return Genre::Entertainment;
  return Genre::News;
}

}  // namespace kg::events
