// Issue 12: what the relation outputs say. The sample corpus (examples/) holds a
// denial ("Moscow denied attacking Ukrainian forces"), a hypothetical accusation
// ("If Beijing wanted to accuse Tokyo ...") and a planned consultation; drawings,
// tables and every export must say so, and show only asserted relations by default.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "tests/test_util.hpp"
#include "tests/tools/json_rows.hpp"

using kg::test::jsonl;
using kg::test::relation;
using kg::test::run_kg;
using kg::test::TempDir;

namespace {

struct DemoDb {
  TempDir dir;
  std::string path = (dir / "kg.sqlite").string();

  DemoDb() {
    const auto r =
        run({"ingest", (kg::test::source_dir() / "examples" / "articles").string(), "--quiet"});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  }
  kg::test::RunResult run(std::vector<std::string> args) const {
    args.insert(args.begin() + 1, {"--db", path});
    return run_kg(args);
  }
  std::string out(std::vector<std::string> args) const {
    const auto r = run(std::move(args));
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    return r.out;
  }
};

// The DOT edge statement whose label starts with `label` ("" when there is none).
std::string dot_edge(const std::string& dot, const std::string& label) {
  const auto at = dot.find("[label=\"" + label);
  if (at == std::string::npos) return "";
  const auto begin = dot.rfind('\n', at) + 1;
  return dot.substr(begin, dot.find('\n', at) - begin);
}

}  // namespace

TEST_CASE("issue 12: DOT draws the demo's denial, hypothetical and plan as what they are") {
  DemoDb db;
  const std::string all = db.out({"export", "--format", "dot", "--top", "40", "--modality", "all"});
  // "Moscow denied attacking Ukrainian forces": Russia's claim, negated.
  const std::string denial =
      dot_edge(all, "NOT use conventional military force\\n(claimed by Russia)");
  CAPTURE(all);
  REQUIRE(!denial.empty());
  CHECK(denial.find("style=dotted") != std::string::npos);
  CHECK(denial.find("color=\"#a0a0a0\"") != std::string::npos);
  // "If Beijing wanted to accuse Tokyo of provocation, ... a Japanese official said."
  const std::string hypothetical = dot_edge(all, "if accuse\\n(claimed by Japan government)");
  REQUIRE(!hypothetical.empty());
  CHECK(hypothetical.find("style=dotted") != std::string::npos);
  // The consultations China and the United States plan.
  const std::string plan = dot_edge(all, "plans to consult");
  REQUIRE(!plan.empty());
  CHECK(plan.find("style=dotted") != std::string::npos);
  CHECK(plan.find("planned") != std::string::npos);  // the tooltip says so too
  // None of them is drawn as a plain fact.
  CHECK(dot_edge(all, "use conventional military force\\n(claimed by Russia)").empty());
  CHECK(dot_edge(all, "accuse\\n(claimed by Japan government)").empty());
  CHECK(dot_edge(all, "consult\"").empty());
  // The legend explains the styles.
  for (const char* words :
       {"dotted grey", "negated (NOT)", "hypothetical (if)", "planned (plans to)"})
    CHECK(all.find(words) != std::string::npos);

  // By default only asserted (and hedged) relations are drawn.
  const std::string asserted = db.out({"export", "--format", "dot", "--top", "40"});
  CHECK(dot_edge(asserted, "NOT ").empty());
  CHECK(dot_edge(asserted, "if ").empty());
  CHECK(dot_edge(asserted, "plans to ").empty());
  CHECK(asserted.find("style=dotted") == std::string::npos);
  CHECK(!dot_edge(asserted, "accuse").empty());
}

TEST_CASE("issue 12: colours follow the code's QuadClass; a denial is never cooperation") {
  DemoDb db;
  const std::string dot = db.out({"export", "--format", "dot", "--all"});
  const std::string deny = dot_edge(dot, "deny responsibility");  // CAMEO 016
  REQUIRE(!deny.empty());
  CHECK(deny.find("#2ca02c") == std::string::npos);  // not verbal-cooperation green
  CHECK(deny.find("#9467bd") != std::string::npos);  // statement purple
  CHECK(dot.find("purple = statement") != std::string::npos);
  CHECK(dot_edge(dot, "accuse").find("#ff7f0e") != std::string::npos);  // verbal conflict
  CHECK(dot_edge(dot, "praise or endorse").find("#2ca02c") != std::string::npos);
}

TEST_CASE("issue 12: every export and table carries polarity and modality per relation") {
  DemoDb db;
  const auto rows = jsonl(db.out({"query", "--format", "jsonl", "--modality", "all"}));
  const auto* denial = relation(rows, "Russia", "190", "Ukraine");
  REQUIRE(denial);
  CHECK((*denial)["polarity"] == "negated");
  CHECK((*denial)["modality"] == "negated");
  CHECK((*denial)["negated"] == 1);
  CHECK((*denial)["claimed_by"] == "Russia");
  const auto* hypothetical = relation(rows, "China", "112", "Japan");
  REQUIRE(hypothetical);
  CHECK((*hypothetical)["modality"] == "hypothetical");
  CHECK((*hypothetical)["polarity"] == "affirmative");
  const auto* accuse = relation(rows, "China", "112", "United States");
  REQUIRE(accuse);
  CHECK((*accuse)["modality"] == "asserted");

  // By default: asserted and hedged only; --modality picks others.
  const auto asserted = jsonl(db.out({"query", "--format", "jsonl", "--limit", "0"}));
  CHECK_FALSE(relation(asserted, "Russia", "190", "Ukraine"));
  CHECK_FALSE(relation(asserted, "China", "112", "Japan"));
  CHECK(relation(asserted, "China", "112", "United States"));
  for (const auto& r : asserted) CHECK((r["modality"] == "asserted" || r["modality"] == "hedged"));
  const auto planned = jsonl(db.out({"query", "--format", "jsonl", "--modality", "planned"}));
  REQUIRE(!planned.empty());
  for (const auto& r : planned) CHECK(r["modality"] == "planned");
  const auto unreal =
      jsonl(db.out({"query", "--format", "jsonl", "--modality", "negated,hypothetical"}));
  CHECK(relation(unreal, "Russia", "190", "Ukraine"));
  CHECK(relation(unreal, "China", "112", "Japan"));
  for (const auto& r : unreal)
    CHECK((r["modality"] == "negated" || r["modality"] == "hypothetical"));

  // The table says it in words (at a width where no action is cut: the counts
  // of articles, mentions and sources take 15 of the 160 columns a pipe gets).
  const std::string table =
      run_kg({"query", "--db", db.path, "--modality", "all", "--limit", "0"}, "", {"COLUMNS=200"})
          .out;
  CHECK(table.find("NOT use conventional military force") != std::string::npos);
  CHECK(table.find("hypothetical") != std::string::npos);
  CHECK(table.find("plans to consult") != std::string::npos);

  // JSON, CSV and GraphML exports.
  const auto json =
      nlohmann::json::parse(db.out({"export", "--format", "json", "--modality", "all"}));
  bool seen = false;
  for (const auto& e : json["edges"])
    if (e["code"] == "190" && e["claimed_by"] == "Russia") {
      seen = true;
      CHECK(e["modality"] == "negated");
      CHECK(e["polarity"] == "negated");
    }
  CHECK(seen);
  const std::string csv = db.out({"export", "--format", "csv", "--modality", "all"});
  CHECK(csv.find(",polarity,modality,") != std::string::npos);
  CHECK(csv.find(",negated,negated,") != std::string::npos);
  const std::string graphml = db.out({"export", "--format", "graphml", "--modality", "all"});
  CHECK(graphml.find("attr.name=\"modality\"") != std::string::npos);
  CHECK(graphml.find(">hypothetical<") != std::string::npos);
}

TEST_CASE("issue 12: evidence highlights the right characters in any UTF-8 text") {
  TempDir dir;
  const std::string db = (dir / "kg.sqlite").string();
  // Accents and curly quotes before and inside the sentences: byte offsets must stay bytes.
  const std::string article =
      R"({"id":"u1","title":"Ünïcode","date":"2015-05-01","text":"Les “Élysée” réunions à )"
      R"(Zürich continuèrent. François Hollande criticized Germany’s government on Monday. )"
      R"(“We reject this,” said José Müller, before Ángela Núñez accused Russia."})"
      "\n";
  REQUIRE(run_kg({"ingest", "-", "--db", db, "--quiet"}, article).exit_code == 0);
  const auto rows = jsonl(run_kg({"query", "--db", db, "--format", "jsonl"}).out);
  REQUIRE(rows.size() == 2);
  std::string text;
  for (const auto& r : rows)
    text += run_kg({"evidence", r["id"].get<std::string>(), "--db", db, "--color", "never"}).out;
  CHECK(text.find("  [François Hollande] {criticized} <Germany’s government> on Monday.\n") !=
        std::string::npos);
  CHECK(text.find("  “We reject this,” said José Müller, before [Ángela Núñez] {accused} "
                  "<Russia>.\n") != std::string::npos);
  const auto ev = jsonl(
      run_kg({"evidence", rows[0]["id"].get<std::string>(), "--db", db, "--format", "jsonl"}).out);
  REQUIRE(ev.size() == 1);
  const std::string sentence = ev[0]["sentence"];
  CHECK((sentence == "François Hollande criticized Germany’s government on Monday." ||
         sentence == "“We reject this,” said José Müller, before Ángela Núñez accused Russia."));
  CHECK(run_kg({"search", "Hollande", "--db", db})
            .out.find("François Hollande criticized Germany’s government on Monday.") !=
        std::string::npos);
}

TEST_CASE("issue 12: an undated corpus is reported once by ingest and explained by stats") {
  TempDir dir;
  const std::string db = (dir / "kg.sqlite").string();
  const std::string undated = R"({"id":"n1","text":"China criticized Japan."})"
                              "\n"
                              R"({"id":"n2","text":"Japan criticized China."})"
                              "\n";
  const auto r = run_kg({"ingest", "-", "--db", db, "--quiet"}, undated);
  REQUIRE(r.exit_code == 0);
  CHECK(kg::test::count_lines_with(r.err, "no date") == 1);
  CHECK(r.err.find("2 of 2 articles read had no date") != std::string::npos);
  CHECK(run_kg({"timeline", "China", "--db", db}).out.find("without a date") != std::string::npos);
  const auto stats = run_kg({"stats", "--db", db});
  CHECK(stats.out.find("dates      none: no article has a date") != std::string::npos);

  const auto dated = run_kg({"ingest", "-", "--db", db, "--quiet"},
                            R"({"id":"d1","date":"2015-01-02","text":"Russia praised Iran."})"
                            "\n");
  CHECK(dated.err.find("no date") == std::string::npos);
  CHECK(run_kg({"stats", "--db", db})
            .out.find("dates      2015-01-02 .. 2015-01-02 (2 articles without a date)") !=
        std::string::npos);
}

namespace {

std::vector<std::vector<std::string>> tsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> cells;
    size_t begin = 0;
    for (size_t tab; (tab = line.find('\t', begin)) != std::string::npos; begin = tab + 1)
      cells.push_back(line.substr(begin, tab - begin));
    cells.push_back(line.substr(begin));
    rows.push_back(std::move(cells));
  }
  return rows;
}

}  // namespace

TEST_CASE("issue 12: the demo corpus as GDELT 2.0 event and mentions tables") {
  DemoDb db;
  const auto events = tsv(db.out({"export", "--format", "gdelt"}));
  REQUIRE(events.size() >= 15);
  std::set<std::string> ids;
  for (const auto& row : events) {
    REQUIRE(row.size() == 61);
    ids.insert(row[0]);
    CHECK(!row[26].empty());                // EventCode
    CHECK(row[26].rfind(row[28], 0) == 0);  // EventRootCode is its prefix
    CHECK(row[34].empty());                 // AvgTone: kg does not measure tone
    CHECK(row[1].size() == 8);              // Day YYYYMMDD
  }
  // China accuses the United States (article 1).
  bool accuse = false;
  for (const auto& row : events)
    if (row[5] == "CHN" && row[26] == "112" && row[17] == "USA") {
      accuse = true;
      CHECK(row[1] == "20130605");
      CHECK(row[2] == "201306");
      CHECK(row[3] == "2013");
      CHECK(row[7] == "CHN");
      CHECK(row[29] == "3");   // verbal conflict
      CHECK(row[30] == "-2");  // Goldstein
      CHECK(row[33] == "1");
      CHECK(row[60] == "https://news.example.org/2013/06/05/china-accuses-us");
    }
  CHECK(accuse);
  // The Pentagon: actor type MIL of country USA.
  bool pentagon = false;
  for (const auto& row : events)
    if (row[5] == "USAMIL") pentagon = pentagon || (row[7] == "USA" && row[12] == "MIL");
  CHECK(pentagon);
  // GDELT has no negation: the denied attack is no event, even when asked for.
  for (const auto& row : tsv(db.out({"export", "--format", "gdelt", "--modality", "all"})))
    CHECK_FALSE((row[5] == "RUS" && row[26] == "190"));

  const auto mentions = tsv(db.out({"export", "--format", "gdelt-mentions"}));
  REQUIRE(mentions.size() >= events.size());
  for (const auto& row : mentions) {
    REQUIRE(row.size() == 16);
    CHECK(ids.count(row[0]) == 1);
    CHECK(std::stoi(row[6]) >= 1);  // SentenceID, from 1
  }
}

TEST_CASE("issue 12: PLOVER event types beside CAMEO codes in every output") {
  DemoDb db;
  const auto rows = jsonl(db.out({"query", "--format", "jsonl", "--limit", "0"}));
  const auto* accuse = relation(rows, "China", "112", "United States");
  REQUIRE(accuse);
  CHECK((*accuse)["plover"] == "ACCUSE");
  CHECK((*accuse)["goldstein"] == -2.0);
  CHECK((*accuse)["quad_class"] == 3);
  CHECK((*accuse)["lemma"] == "accuse");
  CHECK((*accuse)["actor_country"] == "CHN");
  CHECK((*accuse)["target_code"] == "USA");
  CHECK((*accuse)["evidence"].size() == 1);
  CHECK(db.out({"query"}).find("(112 ACCUSE)") != std::string::npos);
  CHECK(db.out({"export", "--format", "dot"}).find("PLOVER ACCUSE") != std::string::npos);
  CHECK(db.out({"export", "--format", "csv"}).find(",ACCUSE,") != std::string::npos);
  CHECK(db.out({"export", "--format", "graphml"}).find(">ACCUSE<") != std::string::npos);
  const auto json = nlohmann::json::parse(db.out({"export", "--format", "json"}));
  bool consult = false;
  for (const auto& e : json["edges"]) consult = consult || e["plover"] == "CONSULT";
  CHECK(consult);
}

TEST_CASE("issue 12: evidence and entity rows carry ids, code parts, lemma and code facts") {
  DemoDb db;
  const auto rows = jsonl(db.out({"query", "--format", "jsonl", "--limit", "0"}));
  const auto* accuse = relation(rows, "China", "112", "United States");
  REQUIRE(accuse);
  CHECK((*accuse)["actor_id"].is_number());
  CHECK((*accuse)["target_id"].is_number());
  CHECK((*accuse)["first"] == "2013-06-05");
  const auto* pentagon = relation(rows, "Pentagon", "112", "China");
  REQUIRE(pentagon);
  CHECK((*pentagon)["actor_code"] == "USAMIL");
  CHECK((*pentagon)["actor_country"] == "USA");
  CHECK((*pentagon)["actor_agent"] == "MIL");

  const auto ev =
      jsonl(db.out({"evidence", (*accuse)["id"].get<std::string>(), "--format", "jsonl"}));
  REQUIRE(ev.size() == 1);
  CHECK(ev[0]["event"] == (*accuse)["evidence"][0]);
  CHECK(ev[0]["actor_id"] == (*accuse)["actor_id"]);
  CHECK(ev[0]["target_code"] == "USA");
  CHECK(ev[0]["actor_country"] == "CHN");
  CHECK(ev[0]["lemma"] == "accuse");
  CHECK(ev[0]["quad_class"] == 3);
  CHECK(ev[0]["goldstein"] == -2.0);
  CHECK(ev[0]["plover"] == "ACCUSE");
  CHECK(ev[0]["polarity"] == "affirmative");
  const std::string csv =
      db.out({"evidence", (*accuse)["id"].get<std::string>(), "--format", "csv"});
  CHECK(csv.rfind("event,relation,document,", 0) == 0);
  CHECK(csv.find(",actor_id,actor_code,actor_country,actor_agent,") != std::string::npos);

  const std::string entity = db.out({"entity", "Pentagon", "--format", "jsonl"});
  const auto e = nlohmann::json::parse(entity.substr(0, entity.find('\n')));
  CHECK(e["country"] == "USA");
  CHECK(e["agent"] == "MIL");
  const auto relations = jsonl(entity.substr(entity.find('\n') + 1));
  REQUIRE(!relations.empty());
  for (const auto& r : relations) {
    CHECK(r.contains("modality"));
    CHECK(r.contains("evidence"));
  }
  const auto near = jsonl(db.out({"neighbors", "China", "--format", "jsonl"}));
  REQUIRE(!near.empty());
  CHECK(near[0].contains("goldstein"));
}

TEST_CASE("issue 12: useful by default: coded relations between entities, strongest first") {
  DemoDb db;
  const auto useful = jsonl(db.out({"query", "--format", "jsonl", "--limit", "0"}));
  const auto every =
      jsonl(db.out({"query", "--format", "jsonl", "--limit", "0", "--all", "--modality", "all"}));
  CHECK(every.size() > useful.size());
  for (const auto& r : useful) CHECK(!r["code"].is_null());  // "be director of" is left out
  bool director = false;
  for (const auto& r : every) director = director || r["action"] == "be director of";
  CHECK(director);
  // Most articles first, then the larger |Goldstein|.
  for (size_t i = 1; i < useful.size(); ++i) {
    const auto &a = useful[i - 1], &b = useful[i];
    CAPTURE(a.dump());
    CAPTURE(b.dump());
    CHECK(a["articles"].get<int>() >= b["articles"].get<int>());
    if (a["articles"] == b["articles"])
      CHECK(std::abs(a["goldstein"].get<double>()) >= std::abs(b["goldstein"].get<double>()));
  }
  // neighbors and rank leave out the uncoded affiliation, --all brings it back.
  CHECK(db.out({"neighbors", "Huang Chengqing"}).find("(no rows)") != std::string::npos);
  CHECK(db.out({"neighbors", "Huang Chengqing", "--all"}).find("be director of") !=
        std::string::npos);
  CHECK(db.out({"rank", "--top", "100"}).find("Huang Chengqing") == std::string::npos);
  CHECK(db.out({"rank", "--top", "100", "--all"}).find("Huang Chengqing") != std::string::npos);
  // export --top keeps the strongest coded relations.
  const auto top = nlohmann::json::parse(db.out({"export", "--format", "json", "--top", "3"}));
  REQUIRE(top["edges"].size() == 3);
  for (const auto& e : top["edges"]) CHECK(!e["code"].is_null());
  // An actor code of unknown country reads as its agent. The demo articles name
  // their countries, so an article without one gives the agent-only code.
  TempDir dir;
  kg::test::write_file(dir / "a.txt", "General Tarkon attacked the rebels on Monday.\n");
  const auto ingest = db.run({"ingest", (dir / "a.txt").string(), "--quiet"});
  REQUIRE_MESSAGE(ingest.exit_code == 0, ingest.err);
  CHECK(db.out({"entity", "---MIL"}).find("military (country unknown)") != std::string::npos);
}

TEST_CASE("issue 12: kg extract gives the PLOVER type beside the CAMEO code") {
  const auto r =
      run_kg({"extract", "-"}, "China accused the United States of launching attacks.\n");
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  bool accuse = false;
  for (const auto& e : jsonl(r.out))
    if (e["action"]["code"] == "112") accuse = e["action"]["plover"] == "ACCUSE";
  CHECK(accuse);
}
