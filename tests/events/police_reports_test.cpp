// The language of police and security reports (much of it Indian English news): deaths
// "in police firing", crowds dispersed, cases registered, party workers. Every sentence
// was written for these tests.
#include <doctest/doctest.h>

#include "extract/events/extractor.hpp"
#include "tests/events/event_test_util.hpp"

using namespace kg::events;
using namespace kg::test;

TEST_CASE("killed in police firing: the doer is in the gerund the model read as a verb") {
  const Expected cases[] = {
      {"Two persons were killed in police firing in Jharkhand.", "---COP", "19", ""},
      {"Three villagers were injured in the shelling by Pakistani troops.", "PAKMIL", "18",
       "---CVL"},
      {"A student died in army firing near the border.", "---MIL", "", ""}};
  check_finds(cases);
}

TEST_CASE("police dispersing crowds, and cases registered against people") {
  const Expected cases[] = {
      {"The police resorted to a lathicharge to disperse the mob.", "---COP", "175", "---CVL"},
      {"Police used force to disperse the protesters.", "---COP", "175", ""},
      {"The police registered a case against the MLA.", "---COP", "112", ""},
      {"The villagers lodged an FIR against the contractor.", "---CVL", "112", ""}};
  check_finds(cases);
  // A complaint or a lawsuit is still what it was.
  const auto ev = events_of("The union lodged a complaint against the management.");
  CAPTURE(dump(ev));
  CHECK(find(ev, "---LAB", "114", ""));
}

TEST_CASE("workers, activists and supporters of a named party are the party's") {
  const Expected cases[] = {{"BJP workers attacked the police station.", "INDPTY", "19", "---COP"},
                            {"Hamas supporters stoned the soldiers.", "PSEREBHMS", "", ""},
                            {"Labour Party members criticised the plan.", "GBRPTY", "11", ""}};
  check_finds(cases);
  // Workers of no named party are labour.
  const auto ev = events_of("Union workers went on strike.");
  CAPTURE(dump(ev));
  CHECK(find(ev, "---LAB", "14", ""));
}

TEST_CASE("a strike is a labour strike unless a state or armed force strikes, or is hit") {
  const Expected cases[] = {
      {"The seafarers' strike against the shipowners entered its second week.", "---LAB", "143",
       ""},
      {"Brazil's 40,000 seafarers went on strike on Friday.", "BRALAB", "143", ""},
      {"US strikes against Syria killed 20 soldiers.", "USA", "19", "SYR"}};
  check_finds(cases);
  const auto ev =
      events_of("The seafarers' strike against the shipowners entered its second week.");
  CAPTURE(dump(ev));
  CHECK_FALSE(find(ev, "", "19", ""));
}

TEST_CASE("being on strike or on alert is the strike or the alert") {
  const Expected cases[] = {
      {"Thousands of civil servants were on strike across Wales on Friday.", "", "143", ""},
      {"Indian troops are on high alert along the border.", "INDMIL", "15", ""}};
  check_finds(cases);
  const auto ev = events_of("Thousands of civil servants were on strike on Friday.");
  CAPTURE(dump(ev));
  for (const auto& e : ev) CHECK_FALSE((e.target && e.target->text == "Friday"));
}

TEST_CASE("remaining, being put or staying on alert or on strike is that state's event") {
  const Expected cases[] = {
      {"Israeli troops remained on alert in the West Bank.", "ISRMIL", "15", ""},
      {"Pakistan put its troops on high alert.", "PAK", "15", ""},
      {"The Nigerian oil workers stayed on strike for a month.", "", "143", ""}};
  check_finds(cases);
  // A holiday is no event.
  const auto ev = events_of("The Nigerian president went on holiday.");
  CAPTURE(dump(ev));
  for (const auto& e : ev) CHECK(e.action.code.empty());
}
