// End to end through the kg binary: articles in, merged relations, entities,
// evidence, graph questions and exports out. The articles are written for these
// tests; each test builds its own database in a temporary folder.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>

#include "graph/knowledge_graph.hpp"
#include "store/queries.hpp"
#include "store/store.hpp"
#include "tests/test_util.hpp"
#include "tests/tools/json_rows.hpp"

using kg::test::jsonl;
using kg::test::read_file;
using kg::test::relation;
using kg::test::run_kg;
using kg::test::TempDir;
using kg::test::write_file;

namespace {

std::string article(const std::string& id, const std::string& date, const std::string& source,
                    const std::string& text) {
  nlohmann::json j = {{"id", id},
                      {"title", "Story " + id},
                      {"date", date},
                      {"source", source},
                      {"url", "https://news.example.org/" + id},
                      {"text", text}};
  return j.dump() + "\n";
}

// Two wires report the same accusation; a third article carries the Pentagon's claim.
const std::string kFirst =
    article("a1", "2013-06-01", "Wire A",
            "China accused the United States of hacking. President Barack Obama met Chinese "
            "President Xi Jinping in California.") +
    article("a2", "2013-06-02", "Wire B",
            "China accused the United States of espionage. Obama criticized Beijing on Monday.") +
    article("a3", "2013-07-01", "Wire A",
            "The Pentagon claimed that China attacked the United States.");
// Two different people called Smith, in different articles.
const std::string kSecond =
    article("a4", "2014-01-01", "Wire C",
            "Tom Smith, a farmer, criticized the European Union. Smith also praised Germany.") +
    article("a5", "2014-01-02", "Wire C",
            "Anna Smith, a lawyer, criticized Russia. Smith later met Russian officials.");

struct Db {
  TempDir dir;
  std::string path = (dir / "kg.sqlite").string();

  kg::test::RunResult run(std::vector<std::string> args, const std::string& input = "") const {
    args.insert(args.begin() + 1, {"--db", path});
    return run_kg(args, input);
  }
  void ingest(const std::string& jsonl) const {
    const auto r = run({"ingest", "-", "--quiet"}, jsonl);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  }
  // Relations as CSV rows without their ids, sorted: comparable across databases.
  std::string relations() const {
    const auto r = run({"query", "--format", "csv", "--limit", "0"});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    std::istringstream in(r.out);
    std::vector<std::string> rows;
    for (std::string line; std::getline(in, line);) rows.push_back(line.substr(line.find(',') + 1));
    std::sort(rows.begin(), rows.end());
    std::string out;
    for (const auto& row : rows) out += row + "\n";
    return out;
  }
};

bool have(const char* program) {
  return std::system((std::string("command -v ") + program + " >/dev/null 2>&1").c_str()) == 0;
}

}  // namespace

TEST_CASE("one event in two articles from two sources is one relation with both counted") {
  Db db;
  db.ingest(kFirst);
  const auto r = db.run({"query", "--action", "accuse", "--format", "jsonl"});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto rows = jsonl(r.out);
  const auto* accuse = relation(rows, "China", "112", "United States");
  REQUIRE(accuse);
  CHECK((*accuse)["articles"] == 2);
  CHECK((*accuse)["mentions"] == 2);
  CHECK((*accuse)["sources"] == 2);
  CHECK((*accuse)["first"] == "2013-06-01");
  CHECK((*accuse)["last"] == "2013-06-02");
  CHECK((*accuse)["claimed_by"].is_null());

  // Its evidence: both sentences, with their documents.
  const auto ev = db.run({"evidence", (*accuse)["id"].get<std::string>(), "--format", "jsonl"});
  REQUIRE_MESSAGE(ev.exit_code == 0, ev.err);
  const auto sentences = jsonl(ev.out);
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0]["sentence"] == "China accused the United States of hacking.");
  CHECK(sentences[0]["source"] == "Wire A");
  CHECK(sentences[1]["url"] == "https://news.example.org/a2");
  // An event id works as well as a relation id.
  const auto one = db.run({"evidence", sentences[1]["event"].get<std::string>()});
  CHECK(one.exit_code == 0);
  CHECK(one.out.find("espionage") != std::string::npos);
}

TEST_CASE("a claim is its own relation, marked with who claimed it") {
  Db db;
  db.ingest(kFirst);
  const auto all = jsonl(db.run({"query", "--format", "jsonl", "--limit", "0"}).out);
  const auto* attack = relation(all, "China", "190", "United States");
  REQUIRE(attack);
  CHECK((*attack)["claimed_by"] == "Pentagon");
  CHECK(relation(all, "China", "112", "United States"));

  const auto claimed =
      jsonl(db.run({"query", "--claimed-by", "Pentagon", "--format", "jsonl"}).out);
  REQUIRE(claimed.size() == 1);
  CHECK(claimed[0]["code"] == "190");
  const auto asserted = jsonl(db.run({"query", "--claimed-by", "none", "--format", "jsonl"}).out);
  CHECK_FALSE(relation(asserted, "China", "190", "United States"));

  // Drawn dashed and labelled with its claimer.
  const auto dot = db.run({"export", "--format", "dot"});
  REQUIRE(dot.exit_code == 0);
  const auto line = dot.out.find("claimed by Pentagon");
  REQUIRE(line != std::string::npos);
  const auto end = dot.out.find('\n', line);
  CHECK(dot.out.substr(line, end - line).find("style=dashed") != std::string::npos);
}

TEST_CASE("name variants of one person merge; different people sharing a surname do not") {
  Db db;
  db.ingest(kFirst + kSecond);
  const auto obama = db.run({"entity", "Obama", "--format", "jsonl"});
  REQUIRE_MESSAGE(obama.exit_code == 0, obama.err);
  const auto o = nlohmann::json::parse(obama.out.substr(0, obama.out.find('\n')));
  CHECK(o["name"] == "Barack Obama");
  CHECK(o["code"] == "USAGOV");
  std::vector<std::string> aliases;
  for (const auto& a : o["aliases"]) aliases.push_back(a["alias"]);
  CHECK(std::ranges::count(aliases, "Obama") == 1);
  CHECK(std::ranges::count(aliases, "Barack Obama") == 1);
  // "Obama met Xi" (article 1) and "Obama criticized Beijing" (article 2): one actor.
  const auto rel = jsonl(db.run({"query", "--actor", "Barack Obama", "--format", "jsonl"}).out);
  CHECK(rel.size() == 2);

  const auto tom = jsonl(db.run({"query", "--actor", "Tom Smith", "--format", "jsonl"}).out);
  const auto anna = jsonl(db.run({"query", "--actor", "Anna Smith", "--format", "jsonl"}).out);
  CHECK(tom.size() == 2);   // criticized the EU, praised Germany ("Smith" in its own article)
  CHECK(anna.size() == 2);  // criticized Russia, met Russian officials
  // The bare surname names two people in this corpus: kg says so.
  const auto smith = db.run({"entity", "Smith"});
  CHECK(smith.err.find("matches 2 entities") != std::string::npos);
}

TEST_CASE("an acronym defined in one article names the same entity in another") {
  Db db;
  db.ingest(article("b1", "2015-03-01", "Wire D",
                    "The Eastern Maritime Safety Coordination Bureau (EMSCB) criticized Japan on "
                    "Monday.") +
            article("b2", "2015-03-05", "Wire D", "EMSCB praised Vietnam."));
  const auto rows = jsonl(db.run({"query", "--format", "jsonl"}).out);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0]["actor"] == rows[1]["actor"]);
  const auto e = db.run({"entity", "EMSCB"});
  CHECK(e.out.find("Eastern Maritime Safety Coordination Bureau") != std::string::npos);
}

TEST_CASE("incremental ingest, one-shot ingest and rebuild give the same relations") {
  Db one_shot, incremental;
  one_shot.ingest(kFirst + kSecond);
  incremental.ingest(kFirst);
  incremental.ingest(kSecond);
  const std::string expected = one_shot.relations();
  CHECK(expected.find("China,accuse,112,United States") != std::string::npos);
  CHECK(incremental.relations() == expected);

  const auto rebuilt = one_shot.run({"rebuild", "--quiet"});
  REQUIRE_MESSAGE(rebuilt.exit_code == 0, rebuilt.err);
  CHECK(one_shot.relations() == expected);

  // Re-ingesting changes nothing and says so.
  const auto again = incremental.run({"ingest", "-"}, kFirst + kSecond);
  CHECK(again.exit_code == 0);
  CHECK((again.out + again.err).find("0 new articles, 5 already stored") != std::string::npos);
  CHECK(incremental.relations() == expected);
}

TEST_CASE("an analyst's merge and split survive re-ingest and rebuild") {
  Db db;
  db.ingest(kFirst + kSecond);
  const auto merged = db.run({"merge-entities", "Tom Smith", "Anna Smith"});
  REQUIRE_MESSAGE(merged.exit_code == 0, merged.err);
  CHECK(jsonl(db.run({"query", "--actor", "Tom Smith", "--format", "jsonl"}).out).size() == 4);

  const auto split = db.run({"split-entity", "Barack Obama", "--alias", "Obama"});
  REQUIRE_MESSAGE(split.exit_code == 0, split.err);
  CHECK(jsonl(db.run({"query", "--actor", "Barack Obama", "--format", "jsonl"}).out).size() == 1);

  const std::string before = db.relations();
  db.ingest(article("a6", "2014-02-01", "Wire C", "Anna Smith praised France."));
  REQUIRE(db.run({"rebuild", "--quiet"}).exit_code == 0);
  const auto smiths = jsonl(db.run({"query", "--actor", "Tom Smith", "--format", "jsonl"}).out);
  CHECK(smiths.size() == 5);  // the new article's Anna Smith joins the merged entity
  CHECK(jsonl(db.run({"query", "--actor", "Barack Obama", "--format", "jsonl"}).out).size() == 1);
  CHECK(db.relations().size() > before.size());
}

TEST_CASE("query filters: codes, lemmas, labels, dates, modality, article counts, QuadClass") {
  Db db;
  db.ingest(kFirst + kSecond);
  auto count = [&](std::vector<std::string> args) {
    args.insert(args.begin(), "query");
    args.insert(args.end(), {"--format", "jsonl", "--limit", "0"});
    const auto r = db.run(args);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    return jsonl(r.out).size();
  };
  const size_t all = count({});
  CHECK(all >= 7);
  CHECK(count({"--target", "USA"}) == 2);            // code prefix
  CHECK(count({"--target", "United States"}) == 2);  // name
  CHECK(count({"--actor", "USAGOV"}) == 2);          // Obama's relations
  CHECK(count({"--action", "11"}) == 4);             // CAMEO prefix: accuse, 3x criticize
  CHECK(count({"--action", "criticize"}) == 3);      // lemma
  CHECK(count({"--action", "denounce"}) == 3);       // label words
  CHECK(count({"--since", "2014-01-01"}) == 4);
  CHECK(count({"--until", "2013-06-01"}) == 2);
  CHECK(count({"--until", "2013-06"}) == 3);  // a month means all of it
  CHECK(count({"--since", "2014"}) == 4);
  CHECK(count({"--min-articles", "2"}) == 1);
  CHECK(count({"--quad", "cooperation"}) == 3);        // meet, praise, meet
  CHECK(count({"--quad", "material-conflict"}) == 1);  // the claimed attack
  CHECK(count({"--modality", "negated"}) == 0);
  CHECK(count({"--actor", "Nobody At All"}) == 0);

  // Table output fits 80 columns and every row carries an id kg evidence accepts.
  const auto table = db.run({"query"}, "");
  std::istringstream in(table.out);
  std::string line;
  std::getline(in, line);
  CHECK(line.rfind("id", 0) == 0);
  while (std::getline(in, line)) {
    CHECK(line.rfind('R', 0) == 0);
    CHECK(line.size() <= 160);
  }
  const auto csv = db.run({"query", "--format", "csv"});
  CHECK(csv.out.rfind("id,actor,action,code,target,claimed_by,articles,mentions,first,last", 0) ==
        0);
  CHECK(db.run({"query", "--since", "June 2013"}).exit_code == 2);
}

TEST_CASE("entity, path, neighbors, rank, timeline and search answer from the graph") {
  Db db;
  db.ingest(kFirst + kSecond);
  const auto path = db.run({"path", "Xi Jinping", "United States", "--format", "jsonl"});
  REQUIRE_MESSAGE(path.exit_code == 0, path.err);
  const auto steps = jsonl(path.out);
  REQUIRE(steps.size() == 3);  // Xi - Obama - China - United States
  CHECK(steps[0]["target"] == "Xi Jinping");
  CHECK(steps[2]["target"] == "United States");
  const auto none = db.run({"path", "Xi Jinping", "Tom Smith"});
  CHECK(none.err.find("no chain") != std::string::npos);
  CHECK(none.out.find("(no rows)") != std::string::npos);
  CHECK(none.exit_code == 0);  // no answer is an answer (docs/cli.md)
  CHECK(db.run({"path", "Xi Jinping", "Nobody"}).exit_code == 3);

  const auto near = jsonl(db.run({"neighbors", "China", "--format", "jsonl"}).out);
  CHECK(near.size() == 3);
  const auto far =
      jsonl(db.run({"neighbors", "Xi Jinping", "--depth", "2", "--format", "jsonl"}).out);
  CHECK(far.size() == 2);  // Obama met Xi; Obama criticized China

  const auto rank = jsonl(db.run({"rank", "--by", "degree", "--format", "jsonl"}).out);
  REQUIRE(!rank.empty());
  CHECK(rank[0]["entity"] == "China");
  for (const char* by : {"pagerank", "betweenness"})
    CHECK(db.run({"rank", "--by", by}).exit_code == 0);

  const auto timeline = db.run({"timeline", "China"});
  CHECK(timeline.out.find("2013-06") != std::string::npos);
  CHECK(timeline.out.find("2013-07") != std::string::npos);

  const auto search = db.run({"search", "espionage"});
  REQUIRE(search.exit_code == 0);
  CHECK(search.out.find("China accused the United States of espionage.") != std::string::npos);
  CHECK(search.out.find("accuse") != std::string::npos);
}

TEST_CASE("path and neighbors read only the entities near the question, with the same answers") {
  Db db;
  db.ingest(kFirst + kSecond);
  kg::store::Store store(db.path, kg::store::OpenMode::ReadOnly);
  const auto whole = kg::store::load_graph(store, {});
  std::vector<int64_t> ids;
  for (auto [v, end] = boost::vertices(whole.graph()); v != end; ++v)
    ids.push_back(whole.graph()[*v].id);
  REQUIRE(ids.size() >= 8);
  auto edge_ids = [](const kg::graph::KnowledgeGraph& g) {
    std::vector<int64_t> out;
    for (auto [e, end] = boost::edges(g.graph()); e != end; ++e) out.push_back(g.graph()[*e].id);
    std::sort(out.begin(), out.end());
    return out;
  };
  for (int64_t a : ids) {
    for (int depth = 1; depth <= 3; ++depth) {
      kg::store::RelationFilter near;
      near.among = kg::store::entities_within(store, a, depth);
      CHECK(near.among.size() < ids.size() + 1);
      CHECK(edge_ids(kg::store::load_graph(store, near).neighbourhood(a, depth)) ==
            edge_ids(whole.neighbourhood(a, depth)));
    }
    for (int64_t b : ids)
      for (int max_len : {1, 2, 6}) {
        kg::store::RelationFilter near;
        near.among = kg::store::entities_within(store, a, max_len, b);
        const auto expected = whole.shortest_path(a, b, max_len);
        const auto found = kg::store::load_graph(store, near).shortest_path(a, b, max_len);
        REQUIRE(found.has_value() == expected.has_value());
        if (!found) continue;
        REQUIRE(found->size() == expected->size());
        for (size_t i = 0; i < found->size(); ++i) CHECK((*found)[i].id == (*expected)[i].id);
      }
  }
  // The search stops at the step that reaches the other entity, and a
  // disconnected part of the graph is never read.
  const int64_t xi = kg::store::find_entities(store, "Xi Jinping").at(0).id;
  const int64_t obama = kg::store::find_entities(store, "Barack Obama").at(0).id;
  const int64_t tom = kg::store::find_entities(store, "Tom Smith").at(0).id;
  const auto to_obama = kg::store::entities_within(store, xi, 6, obama);
  CHECK(std::count(to_obama.begin(), to_obama.end(), obama) == 1);
  const auto all_near_xi = kg::store::entities_within(store, xi, 6);
  CHECK(all_near_xi.size() > to_obama.size());
  CHECK(std::count(all_near_xi.begin(), all_near_xi.end(), tom) == 0);
}

TEST_CASE("exports: DOT that graphviz reads, well-formed GraphML with its keys, JSON, CSV") {
  Db db;
  db.ingest(kFirst + kSecond);
  const auto dot_file = db.dir / "g.dot";
  REQUIRE(db.run({"export", "--format", "dot", "-o", dot_file.string()}).exit_code == 0);
  const std::string dot = read_file(dot_file);
  CHECK(dot.rfind("digraph", 0) == 0);
  CHECK(dot.find("shape=doubleoctagon") != std::string::npos);  // countries
  if (have("dot")) {
    CHECK(std::system(("dot -Tcanon " + dot_file.string() + " >/dev/null").c_str()) == 0);
  } else {
    MESSAGE("graphviz 'dot' not installed: DOT output not parsed back");
  }

  const auto graphml_file = db.dir / "g.graphml";
  REQUIRE(db.run({"export", "--format", "graphml", "-o", graphml_file.string()}).exit_code == 0);
  if (have("python3")) {
    const auto check = db.dir / "check.py";
    write_file(
        check,
        "import sys, xml.etree.ElementTree as ET\n"
        "ns = {'g': 'http://graphml.graphdrawing.org/xmlns'}\n"
        "root = ET.parse(sys.argv[1]).getroot()\n"
        "keys = {k.get('id') for k in root.findall('g:key', ns)}\n"
        "names = {k.get('attr.name') for k in root.findall('g:key', ns)}\n"
        "used = {d.get('key') for d in root.iter('{http://graphml.graphdrawing.org/xmlns}data')}\n"
        "assert used <= keys, used - keys\n"
        "for n in ('name', 'code', 'type', 'articles', 'claimed_by', 'quad_class'):\n"
        "    assert n in names, n\n"
        "assert len(root.findall('g:graph/g:edge', ns)) >= 7\n");
    CHECK(std::system(("python3 " + check.string() + " " + graphml_file.string()).c_str()) == 0);
  } else {
    MESSAGE("python3 not installed: GraphML not parsed back");
  }

  const auto json = db.run({"export", "--format", "json"});
  const auto j = nlohmann::json::parse(json.out);
  CHECK(j["nodes"].size() >= 8);
  CHECK(j["edges"].size() >= 7);

  const auto csv = db.run({"export", "--format", "csv", "--actor", "China", "--depth", "1"});
  REQUIRE(csv.exit_code == 0);
  CHECK(kg::test::count_lines_with(csv.out, "Smith") == 0);
  CHECK(kg::test::count_lines_with(csv.out, "United States") >= 2);

  const auto top = db.run({"export", "--format", "json", "--top", "1"});
  CHECK(nlohmann::json::parse(top.out)["edges"].size() == 1);
}

TEST_CASE("from the bundled sample articles to an expected relation with its evidence") {
  Db db;
  const auto r =
      db.run({"ingest", (kg::test::source_dir() / "examples" / "articles").string(), "--quiet"});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto rows =
      jsonl(db.run({"query", "--actor", "China", "--action", "accuse", "--target", "USA", "--since",
                    "2013-01-01", "--until", "2013-12-31", "--format", "jsonl"})
                .out);
  REQUIRE(rows.size() == 1);
  const auto ev = db.run({"evidence", rows[0]["id"].get<std::string>()});
  CHECK(ev.out.find("China accuses United States of cyber attacks") != std::string::npos);
  CHECK(ev.out.find("China Daily") != std::string::npos);  // who carried it
  const auto path = db.run({"path", "CNCERT", "Pentagon"});
  CHECK(path.exit_code == 0);
  CHECK(path.out.find("criticize") != std::string::npos);
}

TEST_CASE("a country is one entity however it is written, and always a GPE") {
  Db db;
  db.ingest(article("c1", "2015-01-01", "Wire E",
                    "China criticized Japan on Monday. The country also warned Tokyo.") +
            article("c2", "2015-01-02", "Wire E", "Beijing accused Tokyo of provocations."));
  const auto rows = jsonl(db.run({"query", "--format", "jsonl", "--limit", "0"}).out);
  REQUIRE(rows.size() == 3);
  for (const auto& r : rows) {
    CHECK(r["actor"] == "China");
    CHECK(r["target"] == "Japan");
  }
  const auto china = db.run({"entity", "CHN", "--format", "jsonl"});
  const auto e = nlohmann::json::parse(china.out.substr(0, china.out.find('\n')));
  CHECK(e["type"] == "GPE");
  CHECK(china.err.find("matches") == std::string::npos);  // one entity, no ambiguity note
}

TEST_CASE("descriptions, self-references and times make no relations") {
  Db db;
  db.ingest(article("d1", "2015-02-01", "Wire F",
                    "Tony Blair has been the staunchest backer of Turkish membership. China "
                    "criticized Beijing. Monday's meeting of the European Union ended early."));
  const auto rows = jsonl(db.run({"query", "--format", "jsonl", "--limit", "0"}).out);
  CAPTURE(db.run({"query"}).out);
  CHECK(rows.empty());
  // The events are still stored, with their text.
  CHECK(db.run({"search", "staunchest"}).out.find("backer") != std::string::npos);
}

TEST_CASE("a malformed search is the query's fault, not the database's") {
  Db db;
  db.ingest(kFirst);
  for (const char* bad : {"\"unbalanced", "foo:bar", "AND"}) {
    const auto r = db.run({"search", bad});
    CAPTURE(bad);
    CHECK(r.exit_code == 3);
    CHECK(r.err.find("cannot search for") != std::string::npos);
  }
}

TEST_CASE("an entity gathered by code is an institution or group, not a person") {
  Db db;
  db.ingest(article("g1", "2015-03-01", "Wire G",
                    "A White House official criticized Russia. Russian rebels attacked Ukraine."));
  const auto gov = db.run({"entity", "USAGOV", "--format", "jsonl"});
  REQUIRE_MESSAGE(gov.exit_code == 0, gov.err);
  CHECK(nlohmann::json::parse(gov.out.substr(0, gov.out.find('\n')))["type"] == "ORG");
  const auto rebels = db.run({"entity", "RUSREB", "--format", "jsonl"});
  REQUIRE_MESSAGE(rebels.exit_code == 0, rebels.err);
  CHECK(nlohmann::json::parse(rebels.out.substr(0, rebels.out.find('\n')))["type"] != "PERSON");
}

TEST_CASE("issue 13: kg rank --by pagerank gives shares that sum to 1, and says so") {
  Db db;
  db.ingest(kFirst + kSecond);
  const auto rank = jsonl(db.run({"rank", "--top", "1000", "--format", "jsonl"}).out);
  REQUIRE(rank.size() > 2);
  double total = 0;
  for (const auto& r : rank) total += r["pagerank"].get<double>();
  CHECK(total == doctest::Approx(1.0).epsilon(0.01));
  CHECK(db.run({"rank"}).out.find("sum to 1") != std::string::npos);
  CHECK(run_kg({"help", "rank"}).out.find("sum to 1") != std::string::npos);
}

TEST_CASE("issue 13: kg timeline lists the months without events, so its axis is linear") {
  Db db;
  db.ingest(article("t1", "2013-06-01", "Wire A", "China accused the United States of hacking.") +
            article("t2", "2013-09-03", "Wire B", "China criticized Japan."));
  const auto table = db.run({"timeline", "China"});
  REQUIRE(table.exit_code == 0);
  CHECK(table.out.find("2 months with events") != std::string::npos);
  CHECK(table.out.find("2013-07       0") != std::string::npos);
  CHECK(table.out.find("2013-08       0") != std::string::npos);
  const auto months = jsonl(db.run({"timeline", "China", "--format", "jsonl"}).out);
  REQUIRE(months.size() == 4);
  CHECK(months[0]["month"] == "2013-06");
  CHECK(months[1]["month"] == "2013-07");
  CHECK(months[1]["events"] == 0);
  CHECK(months[3]["month"] == "2013-09");
}

TEST_CASE(
    "issue 13: long entity names are cut with an ellipsis in tables, whole in JSONL and CSV") {
  Db db;
  const std::string name = "Northern Pacific Independent Tanker Owners Association Secretariat";
  write_file(db.dir / "actors.tsv", "IGOASS\tORG\t" + name + "\n");
  const auto r =
      db.run({"ingest", "-", "--quiet", "--actors", (db.dir / "actors.tsv").string()},
             article("l1", "2013-06-01", "Wire A", "The " + name + " accused China of piracy."));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto rows = jsonl(db.run({"query", "--format", "jsonl", "--all"}).out);
  REQUIRE(!rows.empty());
  CHECK(rows[0]["actor_name"] == name);
  CHECK(db.run({"query", "--format", "csv", "--all"}).out.find(name) != std::string::npos);
  for (const auto& args :
       {std::vector<std::string>{"query", "--all"}, std::vector<std::string>{"rank", "--all"}}) {
    const auto table = db.run(args);
    INFO(table.out);
    CHECK(table.out.find(name) == std::string::npos);
    CHECK(table.out.find("Northern Pacific Independent Ta\xE2\x80\xA6") != std::string::npos);
  }
}
