// Constructions that give an event its target or its code from a word other than
// the main verb: complements ("demanded that X ...", "offered to hand over to X"),
// event nouns after a light or copular verb ("is in talks with", "has an agreement
// with"), company deals, company names with agent words, and PETRARCH's generic verb
// codes between uncoded phrases. Every sentence was written for these tests.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "extract/events/extractor.hpp"
#include "tests/events/event_test_util.hpp"

using namespace kg::events;
using namespace kg::test;

TEST_CASE("a demand's target is the subject of its that-clause") {
  const Expected cases[] = {
      {"Poland demanded that Germany pay compensation.", "POL", "10", "DEU"},
      {"The opposition insisted that the Indian government must resign.", "", "", "INDGOV"},
      {"Egypt urged that Israel halt the raids.", "EGY", "", "ISR"}};
  check_finds(cases);
}

TEST_CASE("a commitment's target is whom its infinitive acts on or gives to") {
  const Expected cases[] = {
      {"Norway promised to send food aid to Ethiopia.", "NOR", "03", "ETH"},
      {"Japan offered to lend money to Brazil.", "JPN", "03", "BRA"},
      {"France agreed to supply weapons to Chad.", "FRA", "03", "TCD"},
      {"Germany refused to extradite the suspects to Turkey.", "DEU", "12", "TUR"}};
  check_finds(cases);
  // A verb without a code of kg's own keeps its complement's event apart.
  const auto want = events_of("The United Nations inspectors want to visit the sites in Iran.");
  CAPTURE(dump(want));
  CHECK_FALSE(find(want, "IGOUNO", "03", "IRN"));
  // A statement keeps what was said as its target.
  const auto said = events_of("Chile said that Peru had closed the border.");
  CAPTURE(dump(said));
  CHECK(find(said, "CHL", "010", "-") == nullptr);
  CHECK(find(said, "CHL", "010", ""));
}

TEST_CASE("an event noun after a light, possessive or copular verb gives the code") {
  const Expected cases[] = {
      {"Toyota Motor Corp said it is in talks with Ford Motor Co.", "", "04", ""},
      {"Iran was at war with Iraq.", "IRN", "19", "IRQ"},
      {"Canada has an agreement with Mexico on trucking.", "CAN", "057", "MEX"},
      {"Spain renewed its pact with Morocco.", "ESP", "057", "MAR"}};
  check_finds(cases);
}

TEST_CASE("a company acquiring, merging with or selling to another cooperates economically") {
  const char* cases[] = {"Allwell Corp said it had acquired Dunmore Industries Inc.",
                         "Brixton Holdings plc agreed to merge with Carfax Ltd.",
                         "Denham Steel Corp sold its mill to Oakvale Inc."};
  for (const char* s : cases) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    CHECK(find(ev, "---BUS", "061", "---BUS"));
  }
}

TEST_CASE("what is given goes to its recipient, the act's target") {
  const Expected cases[] = {
      {"Denham Steel Corp sold its mill to Oakvale Inc.", "---BUS", "061", "---BUS"},
      {"Sweden provided medical supplies to Angola.", "SWE", "07", "AGO"},
      {"Kenya extradited the two suspects to Uganda.", "KEN", "", "UGA"},
      {"Canada delivered food and tents to Haiti.", "CAN", "", "HTI"}};
  check_finds(cases);
}

TEST_CASE("a legal form makes a company whatever agent word its name holds") {
  const char* cases[] = {
      "General Dynamics Corp said profits rose.", "Federal Paper Board Co said profits rose.",
      "Union Textile Ltd said profits rose.", "Police Supply Inc said profits rose."};
  for (const char* s : cases) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    CHECK(find(ev, "---BUS", "010", ""));
  }
}

TEST_CASE("a code between phrases that name no actor is no event") {
  for (const char* s : {"The bonds will yield 7.5 pct.", "The increase helped push up employment.",
                        "Higher prices gave the market a lift."}) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    for (const auto& e : ev) CHECK(e.action.code.empty());
  }
}

TEST_CASE("a verb only PETRARCH codes needs a coded actor or target") {
  // "think" and "increase" are coded by PETRARCH's blocks; between phrases that name
  // no actor they are no events.
  const auto ev = events_of("Some think the prices will increase.");
  CAPTURE(dump(ev));
  for (const auto& e : ev) CHECK(e.action.code.empty());
  // kg's own verbs code as before, actors or not.
  const auto own = events_of("The crowd attacked the building.");
  CAPTURE(dump(own));
  CHECK(find(own, "", "19", ""));
}

TEST_CASE("a phrase read by two rules is one mention") {
  const auto r = extractor().run(
      "Japan urged Brazil to open its markets. Brazil agreed to open its markets to Japan.", "");
  std::set<std::pair<uint32_t, uint32_t>> spans;
  for (const auto& m : r.mentions) {
    CAPTURE(m.text);
    CHECK(spans.insert({m.span.begin, m.span.end}).second);
  }
}

TEST_CASE("a judgement inside what a speaker says is criticism or praise of whom it judges") {
  const Expected cases[] = {
      {"Chile said Argentina should have closed the border.", "CHL", "111", "ARG"},
      {"Norway said the Danish government's plan was flawed.", "NOR", "111", "DNKGOV"},
      {"Peru said the Bolivian proposal was a mistake.", "PER", "111", "BOL"},
      {"Ghana said Nigeria was a reliable partner.", "GHA", "051", "NGA"}};
  check_finds(cases);
  // Negated, about the speaker, or about nobody coded: no stance.
  for (const char* s : {"Chile said Argentina was not wrong.", "Chile said it was wrong.",
                        "Chile said the weather was appalling."}) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    CHECK_FALSE(find(ev, "", "111", ""));
  }
}

TEST_CASE("news agencies have the country they publish from") {
  const std::pair<const char*, const char*> cases[] = {
      {"The minister told Reuters the talks had failed.", "GBRMED"},
      {"The minister told AFP the talks had failed.", "FRAMED"},
      {"The minister told Kyodo News the talks had failed.", "JPNMED"},
      {"The minister told PTI the talks had failed.", "INDMED"}};
  for (const auto& [s, agency] : cases) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    CHECK(find(ev, "", "010", agency));
  }
}

TEST_CASE("undergoing an act: the one it comes from acts on the subject") {
  const Expected cases[] = {
      {"The Kenyan government faced criticism from Uganda.", "UGA", "111", "KENGOV"},
      {"The Dutch plan drew protests from Belgium.", "BEL", "14", ""},
      {"The Dutch government is facing opposition from Belgium.", "BEL", "110", "NLDGOV"}};
  check_finds(cases);
  // Meeting and receiving stay what they were.
  const auto got = events_of("Iran received weapons from Russia.");
  CAPTURE(dump(got));
  CHECK(find(got, "RUS", "", "IRN"));
  CHECK_FALSE(find(got, "RUS", "11", "IRN"));
}

TEST_CASE("attacking an actor's failure or conduct is criticism of the actor") {
  for (const char* s : {"Italy attacked the Greek government's failure to act.",
                        "Italy attacked the Greek government's conduct of the talks."}) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    const Event* e = find(ev, "ITA", "111", "");
    REQUIRE(e);
    CHECK(code(e->target).starts_with("GRC"));
    CHECK_FALSE(find(ev, "", "19", ""));
  }
}

TEST_CASE("rejecting or demanding someone's call, offer or plan is aimed at its owner") {
  const Expected cases[] = {
      {"Chile rejected recent calls by Bolivia for talks.", "CHL", "12", "BOL"},
      {"Rebels dismissed an appeal from Ecuador to lay down their arms.", "", "12", "ECU"},
      {"Cuba rejected a US offer to host a summit.", "CUB", "12", "USA"},
      {"Greece rejected the Turkish plan.", "GRC", "12", "TUR"}};
  check_finds(cases);
}

TEST_CASE("an infinitive after an adjunct is still the complement that gives the target") {
  const auto ev = events_of("Armenia threatened on Monday to cut its ties with Iran.");
  CAPTURE(dump(ev));
  CHECK(find(ev, "ARM", "13", "IRN"));
  // A verb with its own object has a purpose clause there, not its complement.
  const auto purpose = events_of("Italy sent a team on Monday to help refugees from Libya.");
  CAPTURE(dump(purpose));
  CHECK_FALSE(find(purpose, "ITA", "", "LBY"));
}

TEST_CASE("police action against crowds, and crowds against police, in the words news uses") {
  const Expected cases[] = {
      {"Police lathi-charged the protesters in Patna.", "---COP", "175", ""},
      {"The police baton-charged the strikers.", "---COP", "175", ""},
      {"Police fired tear gas shells at the crowd.", "---COP", "175", ""},
      {"Police used water cannon against the marchers.", "---COP", "175", ""},
      {"Villagers gheraoed the police team.", "", "144", "---COP"},
      {"Students pelted stones at the police.", "", "145", ""},
      {"Opposition workers staged a dharna outside the office.", "", "141", ""},
      {"Maoists ambushed a CRPF patrol.", "---REB", "19", "INDCOP"}};
  check_finds(cases);
  // Artillery is still artillery.
  const auto shells = events_of("The army fired artillery shells at the town.");
  CAPTURE(dump(shells));
  CHECK(find(shells, "", "194", ""));
}

TEST_CASE("lemmas: a consonant-vowel-consonant stem would have doubled, compounds inflect last") {
  const auto r = extractor().run(
      "They staged a protest, were staging rallies and hoped for calm. Police lathi-charged them.",
      "");
  std::map<std::string, std::string> lemma;
  for (const auto& s : r.sentences)
    for (const auto& t : s.tokens) lemma[t.form] = t.lemma;
  CHECK(lemma["staged"] == "stage");
  CHECK(lemma["staging"] == "stage");
  CHECK(lemma["hoped"] == "hope");
  CHECK(lemma["lathi-charged"] == "lathi-charge");
}

TEST_CASE("lemmas: '-ees' is '-ee' plus 's', so refugees and detainees are coded") {
  const auto r = extractor().run(
      "The refugees, detainees and returnees waited while the ministry guarantees food.", "");
  std::map<std::string, std::string> lemma;
  for (const auto& s : r.sentences)
    for (const auto& t : s.tokens) lemma[t.form] = t.lemma;
  CHECK(lemma["refugees"] == "refugee");
  CHECK(lemma["detainees"] == "detainee");
  CHECK(lemma["returnees"] == "returnee");
  CHECK(lemma["guarantees"] == "guarantee");
  const Expected cases[] = {
      {"Refugees crossed into Kenya from Somalia.", "---REF", "", ""},
      {"The Red Cross handed over medicine to the refugees.", "NGOIRC", "073", "---REF"}};
  check_finds(cases);
}

TEST_CASE("a past-tense verb the parser read as a modifier inside a noun phrase is the verb") {
  const Expected cases[] = {
      {"The army fired shells at the town.", "---MIL", "19", ""},
      {"Police detained BJP leaders outside the office.", "---COP", "173", "INDPTY"},
      {"The Kenyan government faced criticism from Uganda.", "UGA", "111", "KENGOV"}};
  check_finds(cases);
  // The subject is the whole phrase before the verb.
  const auto bank = events_of("The Bank of Ruritania raised interest rates.");
  CAPTURE(dump(bank));
  REQUIRE_FALSE(bank.empty());
  REQUIRE(bank.front().actor);
  CHECK(bank.front().actor->text == "The Bank of Ruritania");
  // A participle that does modify ("a state-owned company") is left alone.
  const auto owned = events_of("The state-owned company said profits rose.");
  CAPTURE(dump(owned));
  CHECK(find(owned, "", "010", ""));
}

TEST_CASE("a company named with its legal form is the same company without it") {
  const auto ev = events_of(
      "NEW YORK, March 3 - Harlow Mills Inc said it would buy Denton Paper Co. Later, Harlow "
      "Mills said Denton had rejected the offer.");
  CAPTURE(dump(ev));
  bool found = false;
  for (const auto& e : ev)
    if (e.actor && e.actor->text == "Harlow Mills") {
      CHECK(e.actor->code == "USABUS");
      CHECK(e.actor->entity == "Harlow Mills Inc");
      found = true;
    }
  CHECK(found);
}

TEST_CASE("an unknown name takes the code of the role it is given in apposition") {
  const auto ev = events_of("Amina Bello, a Nigerian police officer, arrested two men.");
  CAPTURE(dump(ev));
  CHECK(find(ev, "NGACOP", "173", ""));
}

TEST_CASE("who acts in protest is the subject of the clause") {
  const auto ev =
      events_of("Polish dockers held a rally in protest against the Polish government.");
  CAPTURE(dump(ev));
  const Event* e = find(ev, "", "14", "POLGOV");
  REQUIRE(e);
  CHECK(code(e->actor).starts_with("POL"));
}

TEST_CASE("a strike is a labour strike after stage or hold, a hunger strike a hunger strike") {
  const std::pair<const char*, const char*> cases[] = {
      {"French dock workers staged a strike on Monday.", "143"},
      {"French prisoners began a hunger strike.", "142"},
      {"French jets launched air strikes on the camp.", "19"}};
  for (const auto& [s, code] : cases) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    CHECK(find(ev, "", code, ""));
  }
}

TEST_CASE("one who speaks or acts for an organization is coded as it") {
  const std::pair<const char*, const char*> cases[] = {
      {"HOUSTON, March 3 - A lawyer for Brantley Oil Corp said the suit was dismissed.", "USABUS"},
      {"A spokesman for the World Bank said the loan was approved.", "IGO"},
      {"An official of the Danish Foreign Ministry said the talks would resume.", "DNKGOV"}};
  for (const auto& [s, actor] : cases) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    const Event* e = find(ev, "", "010", "");
    REQUIRE(e);
    CHECK(code(e->actor).starts_with(actor));
  }
  // "CPC" after "CPC International Inc": the same company.
  const auto short_name = events_of(
      "CHICAGO, May 2 - Varnum International Inc said it had acquired Delwood Corp last week. "
      "Varnum said profits rose.");
  CAPTURE(dump(short_name));
  bool found = false;
  for (const auto& e : short_name)
    if (e.actor && e.actor->text == "Varnum") found = e.actor->code == "USABUS";
  CHECK(found);
}

TEST_CASE("a company name joined by 'and' and ending in a legal form is one company") {
  const char* cases[] = {"Procter and Gamble Co said profits rose.",
                         "Hartley and Sons Ltd said profits rose.",
                         "Dunmore Savings and Loan Association said profits rose.",
                         "Bexley and Poor's Corp said profits rose."};
  for (const char* s : cases) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    REQUIRE_FALSE(ev.empty());
    REQUIRE(ev.front().actor);
    const std::string said = s;
    CHECK(ev.front().actor->text == said.substr(0, said.find(" said")));
    CHECK(find(ev, "", "010", "") == &ev.front());
    int statements = 0;
    for (const auto& e : ev) statements += e.action.code == "010";
    CHECK(statements == 1);
  }
  // Two companies stay two.
  const auto two = events_of("Ford Motor Co and General Motors Corp met the union.");
  CAPTURE(dump(two));
  int meetings = 0;
  for (const auto& e : two) meetings += e.action.code.starts_with("04");
  CHECK(meetings == 2);
}

TEST_CASE("force or punishment held over a condition or announced by its doer is a threat") {
  const Expected cases[] = {
      {"Iran will attack Israel unless the sanctions are lifted.", "IRN", "138", "ISR"},
      {"Greek farmers said they would blockade Athens.", "GRC", "133", ""},
      {"Turkey warned that its army would attack Syria.", "TUR", "138", "SYR"},
      {"Kenya said it would impose sanctions on Uganda if the raids continued.", "KEN", "13",
       "UGA"}};
  for (const auto& [s, actor, threat, target] : cases) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    const Event* e = find(ev, "", threat, target);
    REQUIRE(e);
    CHECK(code(e->actor).starts_with(actor));
    CHECK(e->modality == Modality::Asserted);
  }
  // What another does is no threat by the speaker; what happened is no threat at all.
  for (const char* s : {"Britain said Iran would attack Israel.", "Iran attacked Israel."}) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    CHECK_FALSE(find(ev, "", "13", ""));
  }
}

TEST_CASE("a bomb or a blast is how, not who: the act is a bombing by someone unnamed") {
  const char* cases[] = {"A roadside bomb killed two Iraqi soldiers.",
                         "Two Iraqi soldiers were killed by an explosive device.",
                         "Two Iraqi soldiers were killed in a car bomb explosion."};
  for (const char* s : cases) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    const Event* e = find(ev, "", "183", "IRQMIL");
    REQUIRE(e);
    CHECK_FALSE(e->actor);
  }
  const auto bomber = events_of("A suicide bomber killed two Iraqi soldiers.");
  CAPTURE(dump(bomber));
  const Event* e = find(bomber, "", "183", "IRQMIL");
  REQUIRE(e);
  CHECK(e->actor);
}

TEST_CASE("the subject pronoun of what a speaker says is the speaker") {
  const std::pair<const char*, const char*> cases[] = {
      {"Greek farmers said they would march on Athens.", "GRC"},
      {"The Peruvian government said it had arrested two rebels.", "PERGOV"}};
  for (const auto& [s, actor] : cases) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    bool found = false;
    for (const auto& e : ev)
      if (e.actor && (e.actor->text == "they" || e.actor->text == "it"))
        found = code(e.actor).starts_with(actor);
    CHECK(found);
  }
}

TEST_CASE("blocking roads is protest, holding people as shields or hostages is violence") {
  const std::pair<const char*, const char*> cases[] = {
      {"Bolivian miners blocked roads into La Paz.", "144"},
      {"The Bolivian senate blocked the bill.", "129"},
      {"Bolivian rebels held the villagers as human shields.", "184"},
      {"Bolivian rebels held two Peruvian engineers as hostages.", "181"},
      {"Bolivian guards abused the Peruvian prisoners.", "182"}};
  for (const auto& [s, code] : cases) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    CHECK(find(ev, "", code, ""));
  }
}

TEST_CASE(
    "hitting back and lashing out at a party are words; striking back at an armed group is not") {
  const std::tuple<const char*, const char*, const char*> cases[] = {
      {"Labour hit back at the Conservative Party.", "111", ""},
      {"The Liberal Democrats lashed out at the Conservative Party.", "111", ""},
      {"The Kenyan foreign minister attacked the Kenyan opposition party.", "111", ""},
      {"Israel struck back at Hamas.", "19", ""},
      {"The Ugandan government banned the Ugandan opposition party.", "17", ""},
      {"Egypt tried to persuade Jordan to sign the treaty.", "02", "JOR"},
      {"Canada reiterated its support for the Mexican plan.", "051", "MEX"}};
  for (const auto& [s, code, target] : cases) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    CHECK(find(ev, "", code, target));
  }
}

TEST_CASE("counter-examples a review found: the new rules stay out of these") {
  // Two actors joined by "and", one of them a company of a named country.
  const auto two = events_of("Iran and China's Sinopec Corp signed a deal.");
  CAPTURE(dump(two));
  CHECK(find(two, "IRN", "057", ""));
  // Responsibility for an attack is no praise; facing criticism over a raid is no
  // criticism by the one who faces it; a guess about the past is no criticism.
  for (const char* s : {"Police said Hamas was responsible for the attack.",
                        "Israel faced criticism over its raid on Gaza.",
                        "Police said the rebels must have crossed the border."}) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    CHECK_FALSE(find(ev, "", "051", ""));
    CHECK_FALSE(find(ev, "ISR", "11", ""));
    CHECK_FALSE(find(ev, "", "111", ""));
  }
  // No threat by an opposition speaker with the state's forces, nor by what did not happen.
  for (const char* s :
       {"Iranian opposition leaders said the Revolutionary Guards would attack protesters.",
        "If the police had not arrived, the rebels would have attacked the embassy."}) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    CHECK_FALSE(find(ev, "", "13", ""));
  }
  // A bomb's owner, when named, is the actor.
  const auto owned = events_of("A Taliban bomb killed two Afghan soldiers.");
  CAPTURE(dump(owned));
  const Event* e = find(owned, "", "183", "");
  REQUIRE(e);
  CHECK(e->actor);
}

TEST_CASE("declining to cooperate is a rejection by the one who declines") {
  const std::tuple<const char*, const char*, const char*> cases[] = {
      {"Syria said it will not accept any more Iraqi refugees.", "SYR", "12"},
      {"Chile refused to meet Bolivia.", "CHL", "12"},
      {"Norway would not sign the treaty with Sweden.", "NOR", "12"}};
  for (const auto& [s, actor, code] : cases) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    const Event* e = find(ev, actor, code, "");
    REQUIRE(e);
    CHECK(e->polarity == Polarity::Affirmative);
  }
  // Not attacking is no rejection; a question is no refusal.
  for (const char* s : {"Chile did not attack Bolivia.", "Will Chile not meet Bolivia?",
                        "The Soviets have not purchased Canadian wheat this year."}) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    CHECK_FALSE(find(ev, "", "12", ""));
  }
}

TEST_CASE("a demand or appeal as a noun is aimed at the subject of its that-clause") {
  const Expected cases[] = {
      {"The rebels insisted on their demands that the Burundian government resign.", "", "10",
       "BDIGOV"},
      {"Greece renewed its appeal that Turkey withdraw its troops.", "GRC", "02", "TUR"}};
  check_finds(cases);
  // A warning states; what it warns of stays its content.
  const auto warned = events_of("Greece warned that Turkey would attack.");
  CAPTURE(dump(warned));
  CHECK_FALSE(find(warned, "GRC", "01", "TUR"));
}

TEST_CASE("a territory held or controlled by someone is a place, not that someone") {
  const auto ev = events_of("Insurgents shelled a government-held part of Aleppo in Syria.");
  CAPTURE(dump(ev));
  for (const auto& e : ev) CHECK_FALSE(code(e.target).ends_with("GOV"));
  const auto rebel = events_of("Syrian troops shelled rebel-held areas of Idlib.");
  CAPTURE(dump(rebel));
  for (const auto& e : rebel) CHECK_FALSE(code(e.target).ends_with("REB"));
}

TEST_CASE("striking a state or its forces is force; workers striking is a strike") {
  const auto force = events_of("Turkish jets struck Syria on Monday.");
  CAPTURE(dump(force));
  CHECK(find(force, "", "19", "SYR"));
  const auto labour = events_of("French dock workers struck on Monday.");
  CAPTURE(dump(labour));
  CHECK_FALSE(find(labour, "", "19", ""));
}

TEST_CASE("more counter-examples from reading a sample of derived events") {
  // Facing competition is no meeting; a statement's circumstances are not its target.
  const auto faced = events_of("Brixton Holdings plc faced stiff competition from Carfax Ltd.");
  CAPTURE(dump(faced));
  CHECK_FALSE(find(faced, "", "04", ""));
  const auto said = events_of("The Danish central bank said in a telex that rates would rise.");
  CAPTURE(dump(said));
  for (const auto& e : said)
    if (e.action.code == "010")
      CHECK((!e.target || e.target->text.find("telex") == std::string::npos));
  // An inability is no refusal; nobody demands of their own country.
  for (const char* s : {"Germany could not shield itself from the crisis.",
                        "President Obama said the United States must act."}) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    CHECK_FALSE(find(ev, "", "12", ""));
    CHECK_FALSE(find(ev, "", "10", "USA"));
  }
}

TEST_CASE("taking part in an event is doing it; the passive 'were engaged in' has no victim") {
  const Expected cases[] = {
      {"Serb forces were engaged in fierce fighting with Bosnian troops.", "SRB", "190", "BIHMIL"},
      {"Iran was involved in the bombing of the embassy.", "IRN", "195", ""},
      {"Serb forces took part in the attack on the village.", "SRB", "190", "---CVL"},
      {"Syrian troops participated in the attack on Beirut.", "SYRMIL", "190", "LBN"},
      {"Croatian forces were engaged in ethnic cleansing in the region.", "HRV", "203", ""}};
  check_finds(cases);
  const auto ev = events_of("Serb forces were engaged in fierce fighting with Bosnian troops.");
  CAPTURE(dump(ev));
  CHECK_FALSE(find(ev, "", "", "SRB"));
}

TEST_CASE("a violent deed committed is the act; a crime or suicide committed is none") {
  const Expected cases[] = {
      {"Serb forces committed a massacre in Srebrenica.", "SRB", "202", ""},
      {"The rebels committed an attack on a police post.", "---REB", "190", "---COP"}};
  check_finds(cases);
  const auto ev = events_of("The minister said the rebels committed crimes.");
  CAPTURE(dump(ev));
  CHECK_FALSE(find(ev, "---REB", "03", ""));
}

TEST_CASE("what a statement, communique or resolution says, its issuer says") {
  const Expected cases[] = {
      {"The Foreign Ministry issued a statement condemning the attack on the embassy.", "---GOV",
       "111", ""},
      {"The rebels released a communique demanding the release of prisoners.", "---REB", "105", ""},
      {"The Security Council adopted a resolution condemning Israel.", "IGOUNO", "111", "ISR"}};
  check_finds(cases);
  // Releasing a communique is a statement, not a release of anyone.
  const auto ev = events_of("The rebels released a communique demanding the release of prisoners.");
  CAPTURE(dump(ev));
  CHECK_FALSE(find(ev, "---REB", "084", ""));
}

TEST_CASE(
    "'no longer' negates like 'not': what stops is not done, and refusing it is a rejection") {
  const auto ev = events_of("Japan will no longer buy Iranian oil.");
  CAPTURE(dump(ev));
  const Event* buy = find(ev, "JPN", "061", "IRN");
  REQUIRE(buy);
  CHECK(buy->polarity == Polarity::Negated);
  CHECK(find(ev, "JPN", "12", "IRN"));
  CHECK_FALSE(find(ev, "JPN", "03", ""));
}
