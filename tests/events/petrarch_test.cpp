// PETRARCH2 dictionaries: the readers on fixture files written for these
// tests (tests/fixtures/petrarch), the merge with kg's own dictionaries, dated
// roles, discards, case-blind names, and `kg dict check`.
#include <doctest/doctest.h>

#include <algorithm>
#include <iostream>
#include <memory>

#include "extract/events/extractor.hpp"
#include "extract/events/known_names.hpp"
#include "extract/events/petrarch_defaults.hpp"
#include "extract/text/data_paths.hpp"
#include "tests/test_util.hpp"

using namespace kg::events;
namespace fs = std::filesystem;

namespace {

fs::path fixture(const char* name) {
  return kg::test::fixtures_dir() / "petrarch" / name;
}

std::vector<std::string> reasons(const std::vector<DictIssue>& issues) {
  std::vector<std::string> out;
  for (const auto& i : issues) out.push_back(to_string(i).substr(i.file.size()));
  std::sort(out.begin(), out.end());
  return out;
}

const ActorRecord* record(const std::vector<ActorRecord>& rs, std::string_view name) {
  for (const auto& r : rs)
    if (r.names[0] == name) return &r;
  return nullptr;
}

std::string code_of(const ActorDictionary& d, std::vector<std::string_view> words,
                    std::string_view date = "") {
  const auto m = d.find_names(words, date);
  return m.size() == 1 && m[0].begin == 0 && m[0].end == words.size() ? m[0].code : "(none)";
}

const Extractor& extractor() {
  static const std::unique_ptr<Extractor> e = std::make_unique<Extractor>(ExtractorConfig{});
  return *e;
}

// "actor code|action code|target code" of the coded events of `text`.
std::vector<std::string> coded(const std::string& text, const std::string& date = "") {
  std::vector<std::string> out;
  for (const Event& e : extractor().run(text, date).events)
    if (!e.action.code.empty())
      out.push_back((e.actor ? e.actor->code : "-") + "|" + e.action.code + "|" +
                    (e.target ? e.target->code : "-"));
  return out;
}

bool has_actor(const std::vector<Event>& events, std::string_view code) {
  return std::any_of(events.begin(), events.end(), [&](const Event& e) {
    return (e.actor && e.actor->code == code) || (e.target && e.target->code == code);
  });
}

}  // namespace

TEST_CASE("PETRARCH actors: names, synonyms, dated roles, one-line codes, null codes") {
  std::vector<DictIssue> issues;
  const auto rs = read_petrarch_actors(fixture("mini.actors.txt"), issues);
  const ActorRecord* freedonia = record(rs, "FREEDONIA");
  REQUIRE(freedonia);
  CHECK(freedonia->names == std::vector<std::string>{"FREEDONIA", "FREEDONIAN", "FREEDONIA CITY"});
  REQUIRE(freedonia->codes.size() == 1);
  CHECK(freedonia->codes[0].code == "FRD");
  const ActorRecord* firefly = record(rs, "RUFUS T. FIREFLY");
  REQUIRE(firefly);
  REQUIRE(firefly->codes.size() == 3);
  CHECK(firefly->codes[0].from == "2020-01-01");  // YY 00-30 is 20YY
  CHECK(firefly->codes[0].to == "2004-12-31");
  CHECK(firefly->codes[1].from == "2005-01-01");
  CHECK(firefly->codes[2].from.empty());
  const ActorRecord* envoy = record(rs, "SYLVANIA ENVOY");
  REQUIRE(envoy);
  REQUIRE(envoy->codes.size() == 2);
  CHECK(envoy->codes[0].to == "2005-12-31");
  CHECK(envoy->codes[1].from == "2006-01-01");
  CHECK(record(rs, "CHICOLINI")->names[1] == "CHICO LINI");
  CHECK(record(rs, "ZEPPO")->codes[0].code == "FRDGOV");  // ';' starts a comment
  CHECK(record(rs, "THE DUCK SOUP")->codes[0].code == "---");
}

TEST_CASE("PETRARCH actors: malformed lines are reported as file:line: reason") {
  std::vector<DictIssue> issues;
  read_petrarch_actors(fixture("mini.actors.txt"), issues);
  CHECK(reasons(issues) ==
        std::vector<std::string>{":17: 'PINKY' has no code (a synonym missing its '+'?)",
                                 ":18: '991301' is not a date (YYMMDD or YYYYMMDD)",
                                 ":19: 'MISSING CODE' has no code (a synonym missing its '+'?)",
                                 ":21: missing ']' after '[FRDGOV'",
                                 ":22: '0101' is not a date (YYMMDD or YYYYMMDD)",
                                 ":23: 'frdgov' is not an actor code (A-Z, 0-9)"});
}

TEST_CASE("PETRARCH dates: YYMMDD and YYYYMMDD, checked as PETRARCH checks them") {
  CHECK(petrarch_date("070627") == "2007-06-27");
  CHECK(petrarch_date("310101") == "1931-01-01");
  CHECK(petrarch_date("20100711") == "2010-07-11");
  CHECK(petrarch_date("201005011") == "2010-05-01");  // PETRARCH ignores what follows 8 digits
  CHECK(petrarch_date("100231").empty());
  CHECK(petrarch_date("0101").empty());
}

TEST_CASE("PETRARCH agents: substitution sets, plurals, prefix codes, malformed lines") {
  std::vector<DictIssue> issues;
  const auto agents = read_petrarch_agents(fixture("mini.agents.txt"), issues);
  std::vector<std::string> terms;
  for (const auto& a : agents)
    terms.push_back(a.term + "=" + a.code + (a.before_country ? "~" : ""));
  CHECK(terms == std::vector<std::string>{"foreign minister=GOV", "foreign ministry=GOV",
                                          "congressman=LEG", "congresswoman=LEG",
                                          "attorney general=GOVATG", "attorneys general=GOVATG",
                                          "police=COP", "party=PTY", "parties=PTY",
                                          "human rights group=NGO~", "human rights groups=NGO~"});
  CHECK(reasons(issues) ==
        std::vector<std::string>{":10: agent without a [code]", ":11: missing '}' after the plural",
                                 ":12: substitution marker '!MONEY!' is not defined above"});
}

TEST_CASE("PETRARCH verbs: forms, codes, synonym sets, patterns kg can and cannot express") {
  std::vector<DictIssue> issues;
  const PetrarchVerbs v = read_petrarch_verbs(fixture("mini.verbs.txt"), issues);
  CHECK(v.verbs == 5);
  CHECK(v.synsets == 2);
  CHECK(v.pattern_lines == 12);
  CHECK(v.patterns_kept == 5);
  CHECK(v.not_expressed.size() == 6);
  std::vector<std::string> got;
  for (const auto& p : v.flat()) {
    std::string nouns;
    for (const auto& n : p.nouns) nouns += (nouns.empty() ? "#" : "|") + n;
    got.push_back(p.lemma + (p.particle.empty() ? "" : " +" + p.particle) +
                  (p.prep.empty() ? "" : " @" + p.prep) + (nouns.empty() ? "" : " " + nouns) +
                  " [" + p.code + "]");
  }
  CHECK(std::find(got.begin(), got.end(), "send [070]") != got.end());
  CHECK(std::find(got.begin(), got.end(), "ferry @off [071]") != got.end());
  CHECK(std::find(got.begin(), got.end(), "dispatch #aid|humanitarian assistance [073]") !=
        got.end());
  CHECK(std::find(got.begin(), got.end(), "send #arms shipment [072]") != got.end());
  CHECK(std::find(got.begin(), got.end(), "send @to [042]") != got.end());     // 043 is the reverse
  CHECK(std::find(got.begin(), got.end(), "send +off @for []") != got.end());  // null code
  CHECK(std::find(got.begin(), got.end(), "send @to #rifle|rifles [194]") != got.end());
  CHECK(std::none_of(got.begin(), got.end(),
                     [](const std::string& s) { return s.starts_with("waffle ["); }));
  CHECK(reasons(issues) ==
        std::vector<std::string>{
            ":26: undefined synonym set '&POLICY' (define it before the pattern)",
            ":27: missing ')'", ":28: '[08x]' is not a CAMEO code"});
}

TEST_CASE("PETRARCH verbs in kg's model: a lemma kg has keeps kg's patterns, others code") {
  VerbDictionary d = VerbDictionary::load(kg::text::data_dir() / "verbs");
  std::vector<DictIssue> issues;
  d.add_petrarch(read_petrarch_verbs(fixture("mini.verbs.txt"), issues), false);
  PredicateShape dispatch{
      .lemma = "dispatch", .particle = "", .preps = {}, .object_phrases = {"aid"}};
  CHECK(d.code_for(dispatch) == "073");
  dispatch.object_phrases = {"arm shipment"};  // the extractor's modifier lemmas
  CHECK(d.code_for(dispatch) == "072");
  dispatch.object_phrases = {"letter"};
  CHECK(d.code_for(dispatch) == "070");  // dispatch's bare code: the block's
  PredicateShape send{
      .lemma = "send", .particle = "", .preps = {"to"}, .object_phrases = {"rifle"}};
  CHECK(d.code_for(send) == "070");  // kg's own file has "send": its entry wins over "194"
  PredicateShape ferry{.lemma = "ferry", .particle = "off", .preps = {}, .object_phrases = {}};
  CHECK(d.code_for(ferry) == "071");
}

TEST_CASE("PETRARCH discards: story and sentence phrases, stems and whole words") {
  std::vector<DictIssue> issues;
  DiscardList d;
  d.add(read_petrarch_discards(fixture("mini.discards.txt"), issues));
  CHECK(d.size() == 3);
  CHECK(issues.size() == 1);
  CHECK(d.match("France won the World Cup.", true) != nullptr);
  CHECK(d.match("France won the World Cup.", false) == nullptr);  // a story phrase only
  CHECK(d.match("The rugby final", false) != nullptr);
  CHECK(d.match("Ruggedness matters", false) == nullptr);
  CHECK(d.match("the RUGBYBALL", false) != nullptr);  // a stem
  CHECK(d.match("a test match, then", false) != nullptr);
  CHECK(d.match("a test matches", false) == nullptr);  // '_': a whole word
}

TEST_CASE("merge: kg's own names win over PETRARCH's, user files over both") {
  ActorDictionary d = ActorDictionary::load(kg::text::data_dir() / "actors");
  ActorRecord obama{1, {"BARACK OBAMA"}, {{"ZZZGOV", "", ""}}};
  ActorRecord firefly{2, {"RUFUS T. FIREFLY", "FIREFLY"}, {{"FRDGOV", "", ""}}};
  ActorRecord skipped{3, {"GROUCHO"}, {{"FRDGOV", "", ""}}};
  const std::vector<ActorRecord> records{obama, firefly, skipped};
  d.add_petrarch_actors(records, {"groucho"}, false);
  CHECK(code_of(d, {"Barack", "Obama"}, "2013-05-01") == "USAGOV");
  CHECK(code_of(d, {"Firefly"}) == "FRDGOV");
  CHECK(code_of(d, {"Groucho"}) == "(none)");
  const std::vector<ActorRecord> user{obama};
  d.add_petrarch_actors(user, {}, true);
  CHECK(code_of(d, {"Barack", "Obama"}, "2013-05-01") == "ZZZGOV");
}

TEST_CASE("dated roles: a PETRARCH person codes by the article's date") {
  ActorDictionary d;
  std::vector<DictIssue> issues;
  d.add_petrarch_actors(read_petrarch_actors(fixture("mini.actors.txt"), issues), {}, false);
  CHECK(code_of(d, {"Rufus", "T.", "Firefly"}, "2003-06-01") == "FRDELI");
  CHECK(code_of(d, {"Firefly"}, "2007-06-01") == "FRDGOV");
  CHECK(code_of(d, {"Firefly"}, "2015-06-01") == "FRDELI");  // the default role
  CHECK(code_of(d, {"Sylvania", "Envoy"}, "2004-01-01") == "SYLGOV");
  CHECK(code_of(d, {"Sylvania", "Envoy"}, "2010-01-01") == "IGOUNO");
  CHECK(code_of(d, {"Chico", "Lini"}) == "FRDCRM");
  CHECK(code_of(d, {"Freedonia", "City"}) == "FRD");
}

// kg's people.tsv has Gordon Brown in government 1997-2010 and Kofi Annan at the UN
// 1997-2006; PETRARCH's roles fill the other dates.
TEST_CASE("dated roles in the shipped dictionaries: Gordon Brown is GBRGOV in 2005, not in 1990") {
  const ActorDictionary& d = extractor().actors();
  CHECK(code_of(d, {"Gordon", "Brown"}, "2005-03-01") == "GBRGOV");
  CHECK(code_of(d, {"Gordon", "Brown"}, "1990-03-01") == "GBRELI");
  CHECK(code_of(d, {"Kofi", "Annan"}, "2001-03-01") == "IGOUNO");
  CHECK(code_of(d, {"Kofi", "Annan"}, "2010-03-01") == "ELI");
}

TEST_CASE("shipped PETRARCH entries that would hurt news coding are left out") {
  const ActorDictionary& d = extractor().actors();
  CHECK(code_of(d, {"Youth"}) == "(none)");
  CHECK(code_of(d, {"Zero"}) == "(none)");
  CHECK(code_of(d, {"Maldives"}) == "MDV");
  CHECK(extractor().discards().match("The deal was signed in 1987.", false) == nullptr);
  CHECK(extractor().discards().match("Rugby fans cheered.", false) != nullptr);
}

TEST_CASE("names match whatever their case in all-capital and all-lower-case sentences") {
  using V = std::vector<std::string_view>;
  CHECK(ActorDictionary::is_caseless(V{"CHINA", "ACCUSED", "THE", "US"}));
  CHECK(ActorDictionary::is_caseless(V{"china", "accused", "the", "us"}));
  CHECK_FALSE(ActorDictionary::is_caseless(V{"China", "accused", "the", "US"}));
  CHECK_FALSE(ActorDictionary::is_caseless(V{"us", "too"}));  // too short to tell
  const ActorDictionary& d = extractor().actors();
  CHECK(code_of(d, {"us"}) == "(none)");  // as written, "us" is the pronoun
  const auto m = d.find_names(V{"us"}, "", true);
  REQUIRE(m.size() == 1);
  CHECK(m[0].code == "USA");
  CHECK(has_actor(extractor().run("china accused the us of hacking.", "").events, "USA"));
  CHECK(has_actor(extractor().run("china accused the us of hacking.", "").events, "CHN"));
  CHECK(has_actor(extractor().run("RUSSIA CRITICIZED GERMANY ON MONDAY.", "").events, "DEU"));
  CHECK(has_actor(
      extractor().run("president obama met angela merkel in berlin.", "2013-06-01").events,
      "USAGOV"));
  // Mixed case keeps the rule: "us" is not the United States.
  CHECK_FALSE(
      has_actor(extractor().run("They told us that Germany would help.", "").events, "USA"));
  // All lower case, a pronoun stays a pronoun.
  CHECK_FALSE(
      has_actor(extractor().run("they told us that germany would help.", "").events, "USA"));
}

TEST_CASE("discards: sports and entertainment sentences and stories code no events") {
  CHECK_FALSE(
      coded("Iraq attacked Kuwait in 1990.", "2013-01-01").empty());  // years are not discards
  CHECK(coded("The All Blacks will clash with France in the rugby semi-final.").empty());
  CHECK(coded("Serena Williams beat Maria Sharapova in Melbourne.").empty());  // a story discard
  CHECK(coded("France criticized Germany. Germany later won the World Cup.").empty());
  CHECK_FALSE(coded("France criticized Germany on Monday.").empty());
  // Who did what is still read: the event stays, uncoded.
  const auto events =
      extractor().run("The All Blacks will clash with France in the rugby final.", "").events;
  CHECK_FALSE(events.empty());
}

TEST_CASE("--actors and --verbs take PETRARCH files; their format is told by name or content") {
  CHECK(detect_format(fixture("mini.actors.txt")) == DictFormat::PetrarchActors);
  CHECK(detect_format(fixture("mini.agents.txt")) == DictFormat::PetrarchAgents);
  CHECK(detect_format(fixture("mini.verbs.txt")) == DictFormat::PetrarchVerbs);
  CHECK(detect_format(fixture("mini.discards.txt")) == DictFormat::PetrarchDiscards);
  CHECK(detect_format(kg::text::data_dir() / "actors" / "people.tsv") == DictFormat::KgActors);
  CHECK(detect_format(kg::text::data_dir() / "verbs" / "cameo_verbs.tsv") == DictFormat::KgVerbs);
  kg::test::TempDir dir;
  kg::test::write_file(dir / "renamed.txt", "FREEDONIA_  [FRD]\n+FREEDONIAN_\n");
  CHECK(detect_format(dir / "renamed.txt") == DictFormat::PetrarchActors);
  kg::test::write_file(dir / "renamed2.txt", "--- SEND [070] ---\nSEND\n");
  CHECK(detect_format(dir / "renamed2.txt") == DictFormat::PetrarchVerbs);
  const auto r = kg::test::run_kg({"extract", "-", "--actors", fixture("mini.actors.txt").string()},
                                  "Freedonia criticized Germany.\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("\"FRD\"") != std::string::npos);
}

TEST_CASE("kg dict check: counts per kind, file:line for bad lines, exit 0 or 3") {
  auto r = kg::test::run_kg({"dict", "check", fixture("mini.actors.txt").string()});
  CHECK(r.exit_code == 3);
  CHECK(r.out.find("people                 2") != std::string::npos);
  CHECK(r.out.find("mini.actors.txt:21: missing ']'") != std::string::npos);
  kg::test::TempDir dir;
  kg::test::write_file(dir / "good.agents.txt", "PRESIDENT [~GOV]\nPOLICE {} [~COP]\n");
  r = kg::test::run_kg({"dict", "check", (dir / "good.agents.txt").string()});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("agents                 3") != std::string::npos);
  r = kg::test::run_kg(
      {"dict", "check", (kg::text::data_dir() / "actors" / "people.tsv").string()});
  CHECK(r.exit_code == 0);
  CHECK(kg::test::run_kg({"dict", "check"}).exit_code == 2);
}

TEST_CASE("data/petrarch2 is the PETRARCH2 files unchanged (needs ../shared)") {
  KG_REQUIRE_SHARED_DATA(shared);
  for (const char* f : {"CAMEO.2.0.txt", "LICENSE", "Phoenix.Countries.actors.txt",
                        "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt",
                        "Phoenix.agents.txt", "Phoenix.discards.txt", "dictionaries.rst"})
    CHECK_MESSAGE(kg::test::read_file(kg::text::data_dir() / "petrarch2" / f) ==
                      kg::test::read_file(shared / "dictionaries" / "petrarch2" / f),
                  f);
}

TEST_CASE("PETRARCH's companies read as country first, BUS, and are known without legal form") {
  ActorDictionary d;
  const std::vector<ActorRecord> records{{1, {"ACME WIDGETS"}, {{"MNCFRD", "", ""}}},
                                         {2, {"ACME NEWS"}, {{"MNCFRDMED", "", ""}}},
                                         {3, {"GLOBAL SPROCKETS"}, {{"MNC", "", ""}}},
                                         {4, {"HARBOUR TRADING"}, {{"MNCCHNHKG", "", ""}}},
                                         {5, {"SYLVANIA BANK"}, {{"SYLBUS", "", ""}}},
                                         {6, {"GRAND FENWICK MOTOR COMPANY"}, {{"MNCFRD", "", ""}}},
                                         {7, {"FENWICK INC"}, {{"MNCFRD", "", ""}}},
                                         {8, {"OLD REPUBLIC FRONT"}, {{"USRREB", "", ""}}},
                                         {9, {"ANGOLAN FRONT"}, {{"ANGREB", "", ""}}}};
  d.add_petrarch_actors(records, {}, false);
  // News names a company without its legal form, when two words or more remain.
  CHECK(code_of(d, {"Grand", "Fenwick", "Motor"}) == "FRDBUS");
  CHECK(code_of(d, {"Grand", "Fenwick", "Motor", "Company"}) == "FRDBUS");
  CHECK(code_of(d, {"Fenwick"}) == "(none)");
  // Codes PETRARCH writes apart from its own usage: USR is its SUN, ANG its AGO.
  CHECK(code_of(d, {"Old", "Republic", "Front"}) == "SUNREB");
  CHECK(code_of(d, {"Angolan", "Front"}) == "AGOREB");
  CHECK(code_of(d, {"Acme", "Widgets"}) == "FRDBUS");
  CHECK(code_of(d, {"Acme", "News"}) == "FRDMED");
  CHECK(code_of(d, {"Global", "Sprockets"}) == "---BUS");  // the article may give its country
  CHECK(code_of(d, {"Harbour", "Trading"}) == "CHNHKGBUS");
  CHECK(code_of(d, {"Sylvania", "Bank"}) == "SYLBUS");  // not a company code: as written
  // In an article, a company with no home country takes the dateline's.
  const auto ev = extractor()
                      .run("NEW YORK, March 3 - Texaco said it sued the government.", "1987-03-03")
                      .events;
  CHECK(has_actor(ev, "USABUS"));
  CHECK_FALSE(has_actor(ev, "MNC"));
}
