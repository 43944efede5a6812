// One test per construction the extractor handles, end to end through the
// shipped model and dictionaries, with sentences written for these tests.
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>

#include "extract/events/extractor.hpp"
#include "extract/text/errors.hpp"
#include "tests/events/event_test_util.hpp"
#include "tests/test_util.hpp"

using namespace kg::text;
using namespace kg::nlp;
using namespace kg::events;
using namespace kg::test;

TEST_CASE("active clause: actor, CAMEO action and target are coded") {
  const auto ev = events_of("China accused the United States of launching cyber attacks.");
  CAPTURE(dump(ev));
  const Event* e = find(ev, "CHN", "112", "USA");
  REQUIRE(e);
  CHECK(e->action.label == "accuse");
  CHECK(e->action.goldstein == doctest::Approx(-2.0));
  CHECK(e->action.quad_class == 3);
  CHECK(e->modality == Modality::Asserted);
  CHECK(e->polarity == Polarity::Affirmative);
  CHECK(e->actor->type == EntityType::Gpe);
}

TEST_CASE("passive voice: the agent acts, the one things are pinned on is the target") {
  const auto ev = events_of("The attacks were attributed to Beijing by the Pentagon.");
  CAPTURE(dump(ev));
  CHECK(find(ev, "USAMIL", "112", "CHN"));
}

TEST_CASE("coordinated actors of a symmetric verb meet each other") {
  const auto ev = events_of("The United States, Russia and Switzerland met on Monday.");
  CAPTURE(dump(ev));
  for (const char* a : {"USA", "RUS", "CHE"})
    for (const char* b : {"USA", "RUS", "CHE"})
      if (std::string(a) != b) CHECK(find(ev, a, "040", b));
}

TEST_CASE("coordination of actors and targets gives every pair") {
  const auto ev = events_of("Russia and China criticized Japan and South Korea.");
  CAPTURE(dump(ev));
  for (const char* a : {"RUS", "CHN"})
    for (const char* t : {"JPN", "KOR"}) CHECK(find(ev, a, "111", t));
}

TEST_CASE("a participial clause takes the main clause's subject") {
  const auto ev =
      events_of("Chinese officials met the Japanese envoy, calling for greater cooperation.");
  CAPTURE(dump(ev));
  CHECK(find(ev, "CHNGOV", "040", "JPNGOV"));
  const Event* call = find(ev, "CHNGOV", "02", "");
  REQUIRE(call);
  CHECK(call->action.lemma == "call for");
}

TEST_CASE("a relative clause's subject is the noun it modifies") {
  const auto ev = events_of("The rebels who attacked the town were arrested by the police.");
  CAPTURE(dump(ev));
  const Event* attack = find(ev, "", "19", "");
  REQUIRE(attack);
  CHECK(attack->actor->text == "The rebels");
}

TEST_CASE("nominal events: the meeting between two leaders") {
  const auto ev = events_of("The meeting between Obama and Xi lasted two hours.", "2013-06-08");
  CAPTURE(dump(ev));
  CHECK(find(ev, "USAGOV", "040", "CHNGOV"));
}

TEST_CASE("an event noun as object: the sanctions are imposed on their target") {
  const auto ev = events_of("The European Union imposed sanctions on Russia.");
  CAPTURE(dump(ev));
  const Event* e = find(ev, "IGOEUREEC", "163", "RUS");
  REQUIRE(e);
  CHECK(e->action.text == "imposed sanctions on");
}

TEST_CASE("a reported claim carries its speaker and its carrier") {
  const auto ev =
      events_of("Huang said, as reported by Reuters, that the United States attacked China.");
  CAPTURE(dump(ev));
  const Event* attack = find(ev, "USA", "19", "CHN");
  REQUIRE(attack);
  REQUIRE(attack->speaker);
  CHECK(attack->speaker->text == "Huang");
  REQUIRE(attack->carrier);
  CHECK(attack->carrier->text == "Reuters");
  REQUIRE(attack->claim_of);
  const auto said =
      std::find_if(ev.begin(), ev.end(), [&](const Event& e) { return e.id == *attack->claim_of; });
  REQUIRE(said != ev.end());
  CHECK(said->action.lemma == "say");
}

TEST_CASE("direct quotes, also across sentences, are attributed to their speaker") {
  const auto one = events_of("\"We will not accept this,\" Merkel said.");
  CAPTURE(dump(one));
  const auto accept = std::find_if(one.begin(), one.end(),
                                   [](const Event& e) { return e.action.lemma == "accept"; });
  REQUIRE(accept != one.end());
  REQUIRE(accept->speaker);
  CHECK(accept->speaker->code == "DEUGOV");

  const auto two = events_of(
      "\"Russia attacked our troops. China supplied the weapons,\" Poroshenko said.", "2014-07-14");
  CAPTURE(dump(two));
  const Event* attack = find(two, "RUS", "19", "");
  REQUIRE(attack);
  REQUIRE(attack->speaker);
  CHECK(attack->speaker->code == "UKRGOV");
}

TEST_CASE("according to X records the carrier") {
  const auto ev = events_of("Chinese officials called for talks, according to Xinhua.");
  CAPTURE(dump(ev));
  const Event* e = find(ev, "CHNGOV", "026", "");
  REQUIRE(e);
  REQUIRE(e->carrier);
  CHECK(e->carrier->code == "CHNMED");
}

TEST_CASE("negation: did not accuse, denied attacking") {
  auto ev = events_of("The Pentagon did not accuse China.");
  CAPTURE(dump(ev));
  const Event* e = find(ev, "USAMIL", "112", "CHN");
  REQUIRE(e);
  CHECK(e->polarity == Polarity::Negated);
  CHECK(e->action.text == "did not accuse");

  ev = events_of("Moscow denied attacking Ukrainian forces.");
  CAPTURE(dump(ev));
  CHECK(find(ev, "RUS", "016", ""));
  const Event* attack = find(ev, "RUS", "19", "");
  REQUIRE(attack);
  CHECK(attack->polarity == Polarity::Negated);
}

TEST_CASE("a hypothetical accusation is not a plain accusation") {
  const auto ev = events_of("If Beijing wanted to accuse Tokyo, it would need evidence.");
  CAPTURE(dump(ev));
  const Event* e = find(ev, "CHN", "112", "JPN");
  REQUIRE(e);
  CHECK(e->modality == Modality::Hypothetical);
}

TEST_CASE("future and plans are planned; reportedly is hedged; questions are questions") {
  auto ev = events_of("Obama will meet Putin next month.", "2013-06-01");
  CAPTURE(dump(ev));
  const Event* meet = find(ev, "USAGOV", "040", "RUSGOV");
  REQUIRE(meet);
  CHECK(meet->modality == Modality::Planned);

  ev = events_of("China reportedly threatened Vietnam.");
  CAPTURE(dump(ev));
  const Event* threat = find(ev, "CHN", "13", "VNM");
  REQUIRE(threat);
  CHECK(threat->modality == Modality::Hedged);

  ev = events_of("Did Iran attack Israel?");
  CAPTURE(dump(ev));
  const Event* q = find(ev, "IRN", "19", "ISR");
  REQUIRE(q);
  CHECK(q->modality == Modality::Question);
}

TEST_CASE("what should, must or can be done has not happened") {
  for (const char* s : {"Spain should recall its ambassador from Mexico.",
                        "Spain must recall its ambassador from Mexico.",
                        "Spain can recall its ambassador from Mexico."}) {
    const auto ev = events_of(s);
    CAPTURE(std::string(s));
    CAPTURE(dump(ev));
    REQUIRE_FALSE(ev.empty());
    CHECK(ev.front().modality == Modality::Hypothetical);
  }
  const auto done = events_of("Spain recalled its ambassador from Mexico.");
  REQUIRE_FALSE(done.empty());
  CHECK(done.front().modality == Modality::Asserted);
}

TEST_CASE("what one urges another to do has not happened") {
  const auto ev = events_of("Congress asked Obama to help Iran.", "2013-01-01");
  CAPTURE(dump(ev));
  const Event* help = find(ev, "USAGOV", "07", "IRN");
  REQUIRE(help);
  CHECK(help->modality == Modality::Hypothetical);
}

TEST_CASE("copular statements are events too") {
  const auto ev = events_of("The United States is the real hacking empire.");
  CAPTURE(dump(ev));
  REQUIRE(!ev.empty());
  CHECK(code(ev[0].actor) == "USA");
  CHECK(ev[0].action.lemma == "be");
  CHECK(ev[0].target->text == "the real hacking empire");
}

TEST_CASE("open extraction: uncoded clauses keep their text and never get a code") {
  const auto ev = events_of("The Zorblax Consortium accused Qwertania of fraud.");
  CAPTURE(dump(ev));
  REQUIRE(!ev.empty());
  CHECK(ev[0].actor->text == "The Zorblax Consortium");
  CHECK(ev[0].actor->code.empty());
  CHECK(ev[0].target->code.empty());
  CHECK(ev[0].actor->type == EntityType::Org);
  CHECK(ev[0].action.code == "112");
}

TEST_CASE("people are coded by the role they held on the article's date") {
  CHECK(find(events_of("Obama criticized Russia.", "2013-05-01"), "USAGOV", "111", "RUS"));
  CHECK(find(events_of("Obama criticized Russia.", "2006-05-01"), "USALEG", "111", "RUS"));
}

TEST_CASE("appositions give roles and acronyms; surnames and acronyms resolve") {
  const auto d = extractor().run(
      "Huang Chengqing, the director of the National Computer Network Emergency Response Technical "
      "Team "
      "Coordination Center of China (CNCERT), accused the United States. Huang called for talks. "
      "CNCERT "
      "denied the report.",
      "2013-06-05");
  CAPTURE(dump(d.events));
  const auto huang = std::find_if(d.mentions.begin(), d.mentions.end(), [](const EntityMention& m) {
    return m.text == "Huang Chengqing";
  });
  REQUIRE(huang != d.mentions.end());
  REQUIRE(!huang->roles.empty());
  CHECK(huang->roles[0].find("director") != std::string::npos);
  const Event* call = find(d.events, "", "026", "");
  REQUIRE(call);
  CHECK(call->actor->entity == "Huang Chengqing");
  const auto center = std::find_if(d.mentions.begin(), d.mentions.end(),
                                   [](const EntityMention& m) { return m.acronym == "CNCERT"; });
  CHECK(center != d.mentions.end());
}

TEST_CASE("pronouns and definite descriptions resolve to earlier entities") {
  auto ev = events_of("Angela Merkel met Barack Obama. She criticized the spying.", "2013-10-24");
  CAPTURE(dump(ev));
  const Event* crit = find(ev, "", "111", "");
  REQUIRE(crit);
  CHECK(crit->actor->code == "DEUGOV");
  CHECK(crit->actor->entity == "Angela Merkel");

  ev = events_of("Japan protested on Tuesday. The country accused China of provocation.");
  CAPTURE(dump(ev));
  CHECK(find(ev, "JPN", "112", "CHN"));
}

TEST_CASE("unclear pronouns stay unresolved") {
  const auto ev = events_of("They accused the government.");
  CAPTURE(dump(ev));
  REQUIRE(!ev.empty());
  CHECK(ev[0].actor->code.empty());
  CHECK(ev[0].actor->entity.empty());
}

TEST_CASE("receiving from: the giver is the actor") {
  const auto ev = events_of("Georgian rebels received weapons from the Russian government.");
  CAPTURE(dump(ev));
  CHECK(find(ev, "RUSGOV", "072", "GEOREB"));
}

TEST_CASE("user dictionaries add actors and verb patterns") {
  kg::test::TempDir dir;
  kg::test::write_file(dir / "actors.tsv", "# test\nZZZGOV\tORG\tZorblax Consortium|Zorblax\n");
  kg::test::write_file(dir / "verbs.tsv", "# test\n173\tglorp\n");
  ExtractorConfig config;
  config.user_actors.push_back(dir / "actors.tsv");
  config.user_verbs.push_back(dir / "verbs.tsv");
  const Extractor custom(config);
  const auto ev = custom.run("The Zorblax Consortium accused Russia.", "").events;
  CAPTURE(dump(ev));
  CHECK(find(ev, "ZZZGOV", "112", "RUS"));
  // A user entry overrides a shipped name of the same length.
  kg::test::write_file(dir / "override.tsv", "RUSOPP\tORG\tRussia\n");
  config.user_actors = {dir / "override.tsv"};
  CHECK(find(Extractor(config).run("The Zorblax Consortium accused Russia.", "").events, "", "112",
             "RUSOPP"));
  kg::test::write_file(dir / "bad.tsv", "ZZZ\tNOTATYPE\tName\n");
  config.user_actors = {dir / "bad.tsv"};
  CHECK_THROWS_WITH_AS(Extractor{config}, doctest::Contains("bad.tsv:1"), kg::InputError);
}

TEST_CASE("every event has byte spans that cut the evidence out of the text") {
  const std::string text = "Kiev blamed Russia for the attack. Moscow denied it.";
  const auto d = extractor().run(text, "");
  REQUIRE(!d.events.empty());
  for (const auto& e : d.events) {
    CHECK(d.doc.text.substr(e.action.span.begin, e.action.span.size()).size() > 0);
    if (e.actor)
      CHECK(d.doc.text.substr(e.actor->span.begin, e.actor->span.size()) == e.actor->text);
    CHECK(e.sentence_span.end <= d.doc.text.size());
  }
}

TEST_CASE("dictionary names that end in a period match anywhere in a sentence") {
  // "U.S." at the end of a dictionary line once lost its period to the tokenizer.
  CHECK(find(events_of("The U.S. accused China."), "USA", "112", "CHN"));
  CHECK(find(events_of("Germany summoned the U.S. ambassador."), "DEU", "114", "USAGOV"));
}

TEST_CASE("a title parsed as the head still codes the person it names") {
  const auto ev = events_of(
      "Merkel told President Obama in a phone call that spying was unacceptable.", "2013-10-24");
  CAPTURE(dump(ev));
  const Event* told = find(ev, "DEUGOV", "", "USAGOV");
  REQUIRE(told);
  CHECK(told->target->entity == "Barack Obama");
}

TEST_CASE("unnamed coded actors are labelled by what their code means") {
  const auto ev = events_of("Venezuela expelled a White House official.");
  CAPTURE(dump(ev));
  const Event* e = find(ev, "VEN", "", "USAGOV");
  REQUIRE(e);
  CHECK(e->target->entity.empty());
  CHECK(e->target->label == "United States government");
}

TEST_CASE("denying the accusation answers the accuser") {
  const auto ev =
      events_of("China accused the United States of hacking. The Pentagon denied the accusation.");
  CAPTURE(dump(ev));
  CHECK(find(ev, "USAMIL", "016", "CHN"));
  // Without an earlier accusation there is no one to answer.
  CHECK_FALSE(find(events_of("The Pentagon denied the accusation."), "USAMIL", "016", "CHN"));
}

TEST_CASE("known multi-word names are read as one name even when the tagger splits them") {
  const auto ev = events_of("China accused Japan, the state-run China Daily reported.");
  CAPTURE(dump(ev));
  const Event* e = find(ev, "CHN", "112", "JPN");
  REQUIRE(e);
  REQUIRE(e->carrier);
  CHECK(e->carrier->entity == "China Daily");
  CHECK(e->carrier->code == "CHNMED");
}

TEST_CASE("a verb pattern with alternative prepositions matches each of them") {
  // "call @for|on" in the verb dictionary: both are appeals, neither is a phone call.
  const auto on = events_of("President Barack Obama called on China to stop the attacks.");
  CAPTURE(dump(on));
  const Event* appeal = find(on, "USAGOV", "020", "CHN");
  REQUIRE(appeal);
  CHECK(appeal->action.lemma == "call on");
  const auto phoned = events_of("President Barack Obama called the Chinese president.");
  CAPTURE(dump(phoned));
  CHECK(find(phoned, "USAGOV", "041", "CHNGOV"));
}

TEST_CASE("a long name nested in compounds is kept whole, with its acronym") {
  const auto ev = extractor().run(
      "Huang Chengqing, the director of the National Computer Network Emergency Response "
      "Technical Team Coordination Center of China (CNCERT), criticized the Pentagon.",
      "");
  CAPTURE(dump(ev.events));
  bool whole = false;
  for (const auto& m : ev.mentions)
    if (m.acronym == "CNCERT")
      whole = m.text.starts_with("National Computer Network") && m.text.ends_with("Center");
  CHECK(whole);
}

TEST_CASE(
    "'call' as naming is neither an appeal nor a phone call; an adjunct's preposition is not the "
    "verb's") {
  const auto named =
      events_of("Beijing criticized the Pentagon for what it called groundless charges.");
  CAPTURE(dump(named));
  for (const auto& e : named)
    if (e.action.lemma.starts_with("call")) CHECK(e.action.code.empty());
  const auto phoned = events_of("President Barack Obama called Xi Jinping on Tuesday.");
  CAPTURE(dump(phoned));
  CHECK(find(phoned, "USAGOV", "041", ""));
  CHECK_FALSE(find(phoned, "", "020", ""));
}

TEST_CASE("the charge hung on an accused name is a modifier, not part of the target") {
  const auto ev = events_of("China accused the United States of hacking.");
  CAPTURE(dump(ev));
  const Event* e = find(ev, "CHN", "112", "USA");
  REQUIRE(e);
  CHECK(e->target->text == "the United States");
  CHECK(
      std::ranges::any_of(e->modifiers, [](const Modifier& m) { return m.text == "of hacking"; }));
  // A name's own "of" stays: "the Republic of Korea".
  const auto sued = events_of("The court fined the Republic of Korea.");
  CAPTURE(dump(sued));
  REQUIRE(!sued.empty());
  CHECK(sued.front().target->text == "the Republic of Korea");
}

TEST_CASE("'the country' as a subject continues the country that acted last") {
  const auto ev = events_of("China criticized Japan. The country also warned Tokyo.");
  CAPTURE(dump(ev));
  CHECK(find(ev, "CHN", "012", "JPN"));
  // When the last actor was no country, the last country named is meant.
  const auto other = events_of("The rebels attacked Syria. The country said it would respond.");
  CAPTURE(dump(other));
  CHECK(find(other, "SYR", "010", ""));
}

namespace {
const Event* with_lemma(const std::vector<Event>& events, const std::string& lemma) {
  for (const auto& e : events)
    if (e.action.lemma == lemma) return &e;
  return nullptr;
}
}  // namespace

TEST_CASE("a clause complement is the target of a verb that has no other") {
  const auto meant = events_of("Regulations meant that the lap would be deleted.");
  CAPTURE(dump(meant));
  const Event* mean = with_lemma(meant, "mean");
  REQUIRE(mean);
  REQUIRE(mean->target);
  CHECK(mean->target->type == EntityType::Clause);
  CHECK(mean->target->text == "the lap would be deleted");
  const auto started = events_of("American companies are starting to invest in China.");
  CAPTURE(dump(started));
  const Event* start = with_lemma(started, "start");
  REQUIRE(start);
  REQUIRE(start->target);
  CHECK(start->target->text == "to invest in China");
  CHECK(find(started, "USABUS", "06", "CHN"));  // the complement's own event stays
}

TEST_CASE("an argument inside the target is not repeated as a modifier") {
  const auto ev = events_of("He had never been so lucky in his entire career.");
  CAPTURE(dump(ev));
  REQUIRE(!ev.empty());
  CHECK(ev.front().target->text == "so lucky in his entire career");
  CHECK(ev.front().modifiers.empty());
}

TEST_CASE(
    "a reduced relative's noun is its target without the clause; agents of a meeting do not meet "
    "each other") {
  const auto ev = events_of("Legislation sponsored by Senator Sweeney was signed by the governor.");
  CAPTURE(dump(ev));
  const Event* sponsor = with_lemma(ev, "sponsor");
  REQUIRE(sponsor);
  CHECK(sponsor->actor->text == "Senator Sweeney");
  CHECK(sponsor->target->text == "Legislation");
  // The noun a clause hangs on acts without its preposition, down an xcomp chain too.
  const auto fleet =
      events_of("The fleet sailed upon a German armada preparing to invade England.");
  CAPTURE(dump(fleet));
  const Event* invade = with_lemma(fleet, "invade");
  REQUIRE(invade);
  CHECK(invade->actor->text == "a German armada");
  const auto met = events_of("The workers were addressed at meetings by Jagan, Smith and Brown.");
  CAPTURE(dump(met));
  for (const auto& e : met)
    if (e.action.lemma == "meeting") CHECK_FALSE(e.target);
}

TEST_CASE("coordinated nationalities on one noun are one actor each") {
  const auto ev = events_of("Chinese and American officials met in Beijing.");
  CAPTURE(dump(ev));
  CHECK(find(ev, "CHNGOV", "04", "USAGOV"));
  CHECK(find(ev, "USAGOV", "04", "CHNGOV"));
  const auto signed_ = events_of("The Chinese and Japanese governments signed an agreement.");
  CAPTURE(dump(signed_));
  CHECK(find(signed_, "CHNGOV", "057", ""));
  CHECK(find(signed_, "JPNGOV", "057", ""));
  // One nationality stays one actor.
  const auto one = events_of("Chinese officials met the Japanese envoy.");
  CAPTURE(dump(one));
  CHECK(one.size() == 1);
}

TEST_CASE("an apposition naming an affiliation links the person to the organization") {
  const auto ev =
      events_of("Li Wei, the spokesman of the Chinese Foreign Ministry, criticized Japan.");
  CAPTURE(dump(ev));
  const Event* role = with_lemma(ev, "be spokesman of");
  REQUIRE(role);
  CHECK(role->actor->text == "Li Wei");
  CHECK(role->target->code.rfind("CHN", 0) == 0);
  // A role without a named organization stays a plain description.
  const auto plain = events_of("Tom Smith, a farmer, criticized the European Union.");
  CAPTURE(dump(plain));
  CHECK(with_lemma(plain, "be"));
}

TEST_CASE(
    "an international body's officials and rules are the body; a national office's are its "
    "country's") {
  const auto ev = events_of("EU ministers criticized Russia. New EU rules hurt British farmers.");
  CAPTURE(dump(ev));
  const Event* ministers = find(ev, "IGOEUREEC", "111", "RUS");
  REQUIRE(ministers);
  CHECK(ministers->actor->entity == "European Union");
  for (const auto& e : ev)
    if (e.action.lemma == "hurt") CHECK(e.actor->entity == "European Union");
  const auto white_house = events_of("A White House official criticized Russia.");
  CAPTURE(dump(white_house));
  const Event* official = find(white_house, "USAGOV", "111", "RUS");
  REQUIRE(official);
  CHECK(official->actor->entity.empty());
  CHECK(official->actor->label == "United States government");
}

TEST_CASE("an acronym in parentheses is no apposition; a name split into compounds is one party") {
  const auto gatt = events_of("The Eastern Maritime Safety Bureau (EMSB) ruled on Monday.");
  CAPTURE(dump(gatt));
  CHECK_FALSE(with_lemma(gatt, "be"));
  const auto imf = events_of("Bankers met at the International Monetary Fund meeting.");
  CAPTURE(dump(imf));
  for (const auto& e : imf)
    if (e.action.lemma == "meeting") CHECK_FALSE(e.target);
}

TEST_CASE("a generic office name is its country's; words tagged NNP stay in a name") {
  const auto ev = events_of("The Japanese Foreign Ministry criticized China.");
  CAPTURE(dump(ev));
  const Event* e = find(ev, "JPNGOV", "111", "CHN");
  REQUIRE(e);
  CHECK(e->actor->entity.find("Japan") != std::string::npos);
  const auto inc = events_of("Allegheny International Inc sued Texaco Inc.");
  CAPTURE(dump(inc));
  REQUIRE(!inc.empty());
  CHECK(inc.front().actor->entity == "Allegheny International Inc");
}

TEST_CASE("a title before a name codes the person, whatever the parser made of it") {
  // An unknown name: the title and its nationality give the code.
  const auto ev = events_of("Austrian Chancellor Karl Nehammer criticized Russia.");
  CAPTURE(dump(ev));
  const Event* e = find(ev, "AUTGOV", "111", "RUS");
  REQUIRE(e);
  CHECK(e->actor->entity == "Karl Nehammer");
  // A rarer title is read as part of the name; the named person is the participant and a
  // name after "called" is the one called.
  const auto called = events_of("German Chancellor Angela Merkel called President Barack Obama.");
  CAPTURE(dump(called));
  const Event* c = find(called, "DEUGOV", "041", "USAGOV");
  REQUIRE(c);
  CHECK(c->actor->entity == "Angela Merkel");
}

TEST_CASE("a possessive pronoun gives its owner's country to an unnamed official") {
  const auto ev = events_of(
      "Japanese Prime Minister Taro Sato visited Seoul. His spokesman criticized North Korea.");
  CAPTURE(dump(ev));
  CHECK(find(ev, "JPNGOV", "111", "PRK"));
}

TEST_CASE("a judging word in a predicate noun's adjective or conjunct judges its subject") {
  const Expected cases[] = {
      {"The Kenyan president said Uganda had been a valued colleague and a trusted friend.",
       "KENGOV", "051", "UGA"},
      {"The Kenyan president said the Ugandan government was a disaster.", "KENGOV", "111",
       "UGAGOV"},
      {"Kenya said the Ugandan president was a liar.", "KEN", "111", "UGAGOV"}};
  check_finds(cases);
}

TEST_CASE("a donation or gift made to someone is economic aid") {
  const Expected cases[] = {
      {"The Sultan of Brunei made a donation to the Nicaraguan rebels.", "", "071", "NICREB"},
      {"Saudi Arabia gave a gift of 10 million dollars to Pakistan.", "SAU", "07", "PAK"}};
  check_finds(cases);
}
