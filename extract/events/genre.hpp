#pragma once
// Genre of a story, beyond PETRARCH's discard phrases (which name particular
// events and teams): a sports report or an entertainment review codes no
// political events, since its "clash", "beat", "attack" and "defeat" are games
// and plots. Decided from words only those genres use, counted once each.
#include <string_view>

namespace kg::events {

enum class Genre { News, Sport, Entertainment };

// Sport when the text uses at least two distinct sport-only terms ("rugby",
// "wicket", "striker"), one that names a competition or ground ("Six Nations",
// "Wimbledon", "Twickenham"), or its title uses one; entertainment
// when it uses at least three of that genre's ("box office", "album", "Oscar").
Genre story_genre(std::string_view title, std::string_view text);

}  // namespace kg::events
