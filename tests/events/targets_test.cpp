// Whom an act is aimed at when the phrase after the verb names no actor itself: the
// doer of an act named by a noun ("an admission by Moscow"), the purpose of a protest
// ("staged a strike to demand the resignation of X"), the recipient of what is given.
// Every sentence was written for these tests.
#include <doctest/doctest.h>

#include "extract/events/extractor.hpp"
#include "tests/events/event_test_util.hpp"

using namespace kg::events;
using namespace kg::test;

TEST_CASE("an act named by a noun is aimed at whoever does it") {
  const Expected cases[] = {
      {"Poland's parliament demanded an admission of guilt by Moscow.", "POLLEG", "10", "RUS"},
      {"Egypt condemned the bombing of the embassy by Israeli jets.", "EGY", "11", "ISR"},
      {"The opposition criticised the occupation of the square by the army.", "", "11", "---MIL"},
      {"Chile welcomed Peru's withdrawal from the disputed zone.", "CHL", "", "PER"}};
  check_finds(cases);
  // The owner of the act is its target, not a country only mentioned in it.
  const auto ev = events_of("Kenya rejected the plan by Somalia for talks in Nairobi.");
  CAPTURE(dump(ev));
  CHECK(find(ev, "KEN", "12", "SOM"));
}

TEST_CASE("a protest is aimed at whom its purpose or its 'in defiance of' phrase names") {
  const Expected cases[] = {
      {"Teachers in Lagos began a hunger strike to demand the resignation of the Nigerian "
       "education minister.",
       "", "14", "NGA"},
      {"Students blocked roads in Manila in defiance of the Philippine government.", "", "14",
       "PHLGOV"},
      {"Farmers marched in Delhi in protest at the arrests of their leaders by the police.", "",
       "14", "---COP"},
      {"Workers staged a strike to press their demands on the Pakistani government.", "", "14",
       "PAKGOV"}};
  check_finds(cases);
  // With no purpose naming anyone, the place stays the target it was.
  const auto ev = events_of("Thousands of students demonstrated in Manila on Friday.");
  CAPTURE(dump(ev));
  CHECK(find(ev, "", "14", "PHL"));
}

TEST_CASE("a relation two actors make, mend or call theirs is with each other") {
  const Expected cases[] = {
      {"Czechia and Albania upgraded their diplomatic ties.", "CZE", "050", "ALB"},
      {"India and Pakistan signed an agreement on trade.", "PAK", "057", "IND"},
      {"Egypt and Iran restored diplomatic relations.", "IRN", "050", "EGY"}};
  check_finds(cases);
  // A relation with someone named is with that one; a stance on it is no relation.
  const auto with = events_of("India and Pakistan signed an agreement with Nepal.");
  CAPTURE(dump(with));
  CHECK(find(with, "IND", "057", "NPL"));
  CHECK_FALSE(find(with, "IND", "057", "PAK"));
  const auto welcomed = events_of("India and Pakistan welcomed the agreement.");
  CAPTURE(dump(welcomed));
  CHECK_FALSE(find(welcomed, "IND", "", "PAK"));
}

TEST_CASE("a threat is aimed at whom its condition names") {
  const Expected cases[] = {
      {"Druze villagers threatened to hold a general strike unless Israel rescinded the law.", "",
       "13", "ISR"},
      {"Russia threatened to stop the talks if the United States deployed the missiles.", "RUS",
       "13", "USA"},
      {"Iran will attack the bases unless the sanctions on Iran are lifted by Washington.", "IRN",
       "13", ""}};
  check_finds(cases);
}

TEST_CASE("what would be cut off unless a condition is met is the threat to cut it off") {
  const Expected cases[] = {
      {"Nigeria said it will withdraw its peacekeeping force from Chad unless President Habre "
       "arranged a ceasefire.",
       "NGA", "136", "TCD"},
      {"Kenya will withdraw its troops from Somalia unless the Somali government pays them.", "KEN",
       "136", ""},
      {"Iran said it would suspend talks with the EU if the sanctions were renewed.", "IRN", "134",
       "IGOEUREEC"},
      {"Norway may halt its mediation if the attacks on civilians continue.", "NOR", "13", ""}};
  check_finds(cases);
  // Withdrawing when something happens can as well be an offer.
  const auto offer = events_of("Kenya will withdraw its troops from Somalia if the talks succeed.");
  CAPTURE(dump(offer));
  CHECK_FALSE(find(offer, "KEN", "13", ""));
}

TEST_CASE("one's own forces or envoys are withdrawn; the place left is the target") {
  const Expected cases[] = {
      {"The UN withdrew its peacekeepers from Somalia.", "IGOUNO", "166", "SOM"},
      {"France recalled its ambassador from Libya.", "FRA", "161", "LBY"},
      {"Ghana withdrew its troops from Liberia.", "GHA", "087", "LBR"}};
  check_finds(cases);
}

TEST_CASE("an arrest, attack or inquiry 'of' someone is done to them") {
  const Expected cases[] = {
      {"The police ordered the arrest of Kenyan opposition leaders.", "---COP", "173", "KENOPP"},
      {"NATO said it would tighten the naval blockade of Serbia.", "IGOWSTNAT", "191", "SRB"},
      {"The court ordered an investigation of the Kenyan police.", "", "090", "KENCOP"},
      {"Italy announced a suspension of air links with Serbia.", "ITA", "16", "SRB"}};
  check_finds(cases);
}

TEST_CASE("claiming an act of one's own is claiming responsibility for it, aimed at its target") {
  const Expected cases[] = {
      {"The rebels claimed they had shot down a Sudanese army helicopter.", "---REB", "015",
       "SDNMIL"},
      {"Al-Shabab claimed responsibility for the attack on the mall in Nairobi.", "", "015", "KEN"},
      {"Tuareg rebels claimed responsibility for an attack targeting Malian soldiers.", "---REB",
       "015", "MLIMIL"}};
  check_finds(cases);
  // Claiming that someone else did it is no responsibility taken.
  const auto other = events_of("Iran claimed Iraq had attacked the ships.");
  CAPTURE(dump(other));
  CHECK_FALSE(find(other, "", "015", ""));
}

TEST_CASE("hitting back by saying something is aimed at whom what is said is about") {
  const Expected cases[] = {
      {"Labour hit back by saying the Conservatives had wrecked the economy.", "GBRPTY", "111",
       "GBRPTY"},
      {"The Kenyan minister hit back by saying the Ugandan plans were a threat.", "KENGOV", "111",
       "UGA"}};
  check_finds(cases);
}

TEST_CASE("anger, frustration or objection is disapproval by its owner of what it is with") {
  const Expected cases[] = {
      {"Kenya was told of the U.S. lawmakers' frustration with Japan's rice policy.", "USALEG",
       "110", "JPN"},
      {"The Chinese government's anger at Japan grew.", "CHNGOV", "110", "JPN"}};
  check_finds(cases);
}

TEST_CASE("force is aimed where its purpose says; a visit cancelled is aimed where it was to go") {
  const Expected cases[] = {
      {"Egyptian police opened fire to disperse Moslem fundamentalist demonstrators.", "EGYCOP",
       "190", "---CVL"},
      {"A French minister has cancelled a planned visit to Haiti.", "FRAGOV", "16", "HTI"},
      {"China made a visit to Japan.", "CHN", "042", "JPN"},
      // A condition may hang on the act that serves the threatened one.
      {"Russia threatened to stop talks to reduce missiles if the United States deployed new "
       "weapons.",
       "RUS", "13", "USA"}};
  check_finds(cases);
}

TEST_CASE("who a pledge commits is no target of it") {
  const auto ev =
      events_of("The Kenyan minister pledged that the Kenyan army would protect Uganda.");
  CAPTURE(dump(ev));
  CHECK_FALSE(find(ev, "KENGOV", "03", "KENMIL"));
}

TEST_CASE("what one firm alleges of another is aimed at the other, though both are business") {
  const auto r = extractor().run(
      "Mobil Corp denied the report on Monday. Exxon Corp has alleged Mobil violated the rule.",
      "1987-03-02");
  CAPTURE(dump(r.events));
  const Event* e = find(r.events, "---BUS", "112", "---BUS");
  REQUIRE(e);
  REQUIRE(e->target);
  CHECK(e->target->text == "Mobil");
}

TEST_CASE("a named recipient under the thing given is the target, though no dictionary knows it") {
  const auto ev = events_of("The Conservative Party repaid £500,000 to Lord Ashcroft.");
  CAPTURE(dump(ev));
  const Event* e = find(ev, "GBRPTY", "061", "");
  REQUIRE(e);
  REQUIRE(e->target);
  CHECK(e->target->text == "Lord Ashcroft");
}
