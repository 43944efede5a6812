// The genre check that keeps games and plots out of the event data.
#include <doctest/doctest.h>

#include "extract/events/genre.hpp"
#include "tests/events/event_test_util.hpp"

using namespace kg::events;
using namespace kg::test;

TEST_CASE("sports reports and entertainment reviews are told from news") {
  CHECK(story_genre("", "France beat Ireland in the Six Nations. The fly-half kicked well.") ==
        Genre::Sport);
  CHECK(story_genre("Moya through at Wimbledon", "Moya beat Roddick in four sets.") ==
        Genre::Sport);
  CHECK(story_genre("", "The striker scored twice as the Premiership leaders beat Everton.") ==
        Genre::Sport);
  CHECK(story_genre("",
                    "The film topped the box office. The actress won an Oscar for the "
                    "role, and its soundtrack album sold well.") == Genre::Entertainment);
  // Politics with one word of sport in it stays news.
  CHECK(story_genre("", "The minister attacked the plan to fund the football stadium.") ==
        Genre::News);
  CHECK(story_genre("", "China accused Japan of provocation in the East China Sea.") ==
        Genre::News);
}

TEST_CASE("a sports story codes no events: a rugby clash, a tennis win") {
  const auto ev = events_of(
      "France attacked Ireland from the first minute of the Six Nations match in Dublin. "
      "The Ireland fly-half scored a try before half-time.");
  CAPTURE(dump(ev));
  for (const auto& e : ev) CHECK(e.action.code.empty());
  const auto news = events_of("France attacked Ireland's position on the treaty in Dublin.");
  CAPTURE(dump(news));
  bool coded = false;
  for (const auto& e : news) coded = coded || !e.action.code.empty();
  CHECK(coded);
}

TEST_CASE("a competition or ground named once marks a sports report") {
  CHECK(story_genre("",
                    "D'Arcy has been ruled out of Saturday's Six Nations clash against "
                    "Scotland.") == Genre::Sport);
  CHECK(story_genre("", "Henman lost at Wimbledon on Tuesday.") == Genre::Sport);
}

TEST_CASE("an attack by a party, the press or a politician on a political actor is verbal") {
  for (const char* s : {"Labour attacked the Conservatives over taxes.",
                        "The newspaper attacked the government on Monday.",
                        "Opposition leader Tom Harlan attacked Labour."}) {
    const auto ev = events_of(s);
    CAPTURE(s);
    CAPTURE(dump(ev));
    CHECK(find(ev, "", "111", ""));
    CHECK_FALSE(find(ev, "", "19", ""));
  }
  // Armed actors attack with force.
  const auto ev = events_of("Russian troops attacked the rebels.");
  CAPTURE(dump(ev));
  CHECK(find(ev, "", "19", ""));
}
