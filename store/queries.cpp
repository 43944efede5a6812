#include "store/queries.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <sstream>

#include "extract/text/errors.hpp"
#include "graph/cameo.hpp"
#include "graph/entity_key.hpp"
#include "store/event_writer.hpp"
#include "store/store_impl.hpp"

namespace kg::store {
namespace {

SQLite::Database& db_of(Store& s) {
  return *s.impl().db;
}

std::string id_list(const std::vector<int64_t>& ids) {
  std::string out;
  for (int64_t id : ids) out += (out.empty() ? "" : ",") + std::to_string(id);
  return out.empty() ? "-1" : out;
}

bool all_caps(const std::string& s) {
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    letter = letter || (c >= 'A' && c <= 'Z');
  }
  return letter;
}

// A long name is shown by its acronym when it has one ("CNCERT"); the full name stays in
// `name` for detail views and exports.
constexpr const char* kEntityColumns =
    "id, name, type, coalesce(code, ''), mentions, CASE WHEN length(name) > 40 THEN coalesce("
    "(SELECT a.alias FROM aliases a WHERE a.entity_id = entities.id AND a.alias = upper(a.alias) "
    "AND length(a.alias) BETWEEN 2 AND 12 AND a.alias GLOB '[A-Z]*' ORDER BY a.count DESC, a.alias "
    "LIMIT 1), name) ELSE name END";

EntityRow entity_from(SQLite::Statement& q, int first) {
  EntityRow e;
  e.id = q.getColumn(first).getInt64();
  e.name = q.getColumn(first + 1).getString();
  e.type = q.getColumn(first + 2).getString();
  e.code = q.getColumn(first + 3).getString();
  e.mentions = q.getColumn(first + 4).getInt64();
  e.label = q.getColumn(first + 5).getString();
  return e;
}

// Columns shared by both relation queries, in the order relation_from reads them.
constexpr const char* kRelationColumns = R"(
  r.id AS id, r.actor_id AS actor_id, a.name AS actor_name, r.action AS action,
  coalesce(r.action_code, '') AS action_code, coalesce(r.action_label, '') AS label,
  coalesce(r.quad_class, 0) AS quad_class, r.target_id AS target_id, t.name AS target_name,
  r.claimed_by AS claimed_by,
  coalesce(c.name, CASE r.claimed_by WHEN -1 THEN 'unnamed source' ELSE '' END) AS claimer)";

RelationRow relation_from(SQLite::Statement& q) {
  RelationRow r;
  r.id = q.getColumn(0).getInt64();
  r.actor = q.getColumn(1).getInt64();
  r.action = q.getColumn(3).getString();
  r.action_code = q.getColumn(4).getString();
  r.label = q.getColumn(5).getString();
  r.quad_class = q.getColumn(6).getInt();
  r.target = q.getColumn(7).getInt64();
  r.claimed_by = q.getColumn(9).getInt64();
  r.claimer = q.getColumn(10).getString();
  r.mentions = q.getColumn(11).getInt64();
  r.articles = q.getColumn(12).getInt64();
  r.sources = q.getColumn(13).getInt64();
  r.first_date = q.getColumn(14).getString();
  r.last_date = q.getColumn(15).getString();
  r.asserted = q.getColumn(16).getInt64();
  r.negated = q.getColumn(17).getInt64();
  r.hedged = q.getColumn(18).getInt64();
  r.hypothetical = q.getColumn(19).getInt64();
  r.planned = q.getColumn(20).getInt64();
  r.question = q.getColumn(21).getInt64();
  r.confidence = q.getColumn(22).getDouble();
  r.speakers = q.getColumn(23).getString();
  return r;
}

}  // namespace

namespace {

// Ids of the entities `text` names: a name or alias, a numeric id, or a code prefix.
std::set<int64_t> entity_ids(SQLite::Database& db, const std::string& text) {
  std::set<int64_t> ids;
  const std::string norm = graph::normalize_name(text);
  SQLite::Statement by_alias(db, R"(
      SELECT DISTINCT coalesce(e.merged_into, e.id) FROM aliases a JOIN entities e ON e.id = a.entity_id
      WHERE a.norm = ?1
      UNION SELECT coalesce(merged_into, id) FROM entities WHERE name = ?2 COLLATE NOCASE)");
  by_alias.bind(1, norm);
  by_alias.bind(2, text);
  while (by_alias.executeStep()) ids.insert(by_alias.getColumn(0).getInt64());
  // Digits are numeric ids ("42"); capitals are code prefixes ("USA", "CHNMIL").
  if (!text.empty() &&
      std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    // Too many digits for an id names no entity (issue 13: it was an internal error).
    int64_t id = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec == std::errc() && end == text.data() + text.size()) ids.insert(id);
  } else if (all_caps(text)) {
    SQLite::Statement by_code(
        // A range, not LIKE, so the code index answers it.
        db, "SELECT coalesce(merged_into, id) FROM entities WHERE code >= ?1 AND code < ?1 || '~'");
    by_code.bind(1, text);
    while (by_code.executeStep()) ids.insert(by_code.getColumn(0).getInt64());
  }
  return ids;
}

}  // namespace

std::vector<EntityRow> find_entities(Store& store, const std::string& text) {
  return guarded(store.path(), [&] {
    SQLite::Database& db = db_of(store);
    const std::set<int64_t> ids = entity_ids(db, text);
    std::vector<EntityRow> out;
    SQLite::Statement get(db,
                          std::string("SELECT ") + kEntityColumns + " FROM entities WHERE id = ?");
    for (int64_t id : ids) {
      get.reset();
      get.bind(1, id);
      if (get.executeStep()) out.push_back(entity_from(get, 0));
    }
    std::sort(out.begin(), out.end(),
              [](const EntityRow& a, const EntityRow& b) { return a.mentions > b.mentions; });
    return out;
  });
}

std::optional<EntityRow> entity_by_id(Store& store, int64_t id) {
  return guarded(store.path(), [&]() -> std::optional<EntityRow> {
    SQLite::Statement get(db_of(store),
                          std::string("SELECT ") + kEntityColumns + " FROM entities WHERE id = ?");
    get.bind(1, id);
    if (!get.executeStep()) return std::nullopt;
    return entity_from(get, 0);
  });
}

namespace {

// graph::relation_modality in SQL, over the count columns of `x`.
constexpr const char* kModalitySql = R"(CASE
  WHEN x.asserted > 0 THEN 'asserted'
  WHEN x.mentions > 0 AND x.negated >= x.mentions THEN 'negated'
  WHEN x.hypothetical > 0 AND x.hypothetical >= max(x.planned, x.hedged, x.question) THEN 'hypothetical'
  WHEN x.planned > 0 AND x.planned >= max(x.hedged, x.question) THEN 'planned'
  WHEN x.hedged > 0 AND x.hedged >= x.question THEN 'hedged'
  WHEN x.question > 0 THEN 'question'
  ELSE 'asserted' END)";

// kg_goldstein(code): the Goldstein weight of an event code, 0 when unknown (ranking).
void goldstein_function(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const unsigned char* code = sqlite3_value_text(argv[0]);
  const auto weight =
      code ? graph::goldstein_of(reinterpret_cast<const char*>(code)) : std::optional<double>();
  sqlite3_result_double(ctx, weight.value_or(0.0));
}

std::string modality_clause(const std::vector<std::string>& modalities) {
  static const std::set<std::string, std::less<>> kKnown = {"asserted",     "hedged",  "negated",
                                                            "hypothetical", "planned", "question"};
  if (modalities.empty() || std::count(modalities.begin(), modalities.end(), "all")) return "";
  std::string in;
  for (const auto& m : modalities) {
    if (!kKnown.count(m))
      throw kg::InputError("unknown modality '" + m +
                           "' (asserted, hedged, negated, hypothetical, planned, question, all)");
    in += (in.empty() ? "'" : ", '") + m + "'";
  }
  return std::string(" AND ") + kModalitySql + " IN (" + in + ")";
}

}  // namespace

std::vector<RelationRow> query_relations(Store& store, const RelationFilter& f) {
  return guarded(store.path(), [&] {
    SQLite::Database& db = db_of(store);
    std::string where = " WHERE 1";
    auto entity_clause = [&](const std::string& text, const char* column) {
      if (text.empty()) return;
      const std::set<int64_t> found = entity_ids(db, text);
      const std::vector<int64_t> ids(found.begin(), found.end());
      where += std::string(" AND ") + column + " IN (" + id_list(ids) + ")";
    };
    entity_clause(f.actor, "r.actor_id");
    entity_clause(f.target, "r.target_id");
    if (!f.among.empty()) {
      const std::string ids = id_list(f.among);
      where += " AND r.actor_id IN (" + ids + ") AND r.target_id IN (" + ids + ")";
    }
    if (f.claimed_by == "any")
      where += " AND r.claimed_by != 0";
    else if (f.claimed_by == "none")
      where += " AND r.claimed_by = 0";
    else
      entity_clause(f.claimed_by, "r.claimed_by");
    if (f.coded_only)
      where +=
          " AND r.action_code IS NOT NULL"
          " AND (a.type IN ('PERSON', 'ORG', 'GPE', 'GROUP') OR coalesce(a.code, '') != '')"
          " AND (t.type IN ('PERSON', 'ORG', 'GPE', 'GROUP') OR coalesce(t.code, '') != '')";
    // Digits are a CAMEO code prefix, looked up by range on the action index; words are a
    // lemma or words of the label.
    const bool action_is_code =
        !f.action.empty() &&
        std::all_of(f.action.begin(), f.action.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (action_is_code)
      where += " AND r.action >= :action AND r.action < :action || '~'";
    else if (!f.action.empty())
      where += " AND (r.action = lower(:action) OR r.action_label LIKE '%' || :action || '%')";
    if (!f.quad.empty()) {
      static const std::map<std::string, std::string, std::less<>> kQuads = {
          {"cooperation", "1, 2"},       {"conflict", "3, 4"},     {"verbal-cooperation", "1"},
          {"material-cooperation", "2"}, {"verbal-conflict", "3"}, {"material-conflict", "4"}};
      const auto it = kQuads.find(f.quad);
      if (it == kQuads.end())
        throw kg::InputError("unknown action kind '" + f.quad +
                             "' (cooperation, conflict, verbal-cooperation, material-cooperation, "
                             "verbal-conflict, material-conflict)");
      where += " AND r.quad_class IN (" + it->second + ")";
    }
    // The relations with their numbers (`x`), counted from the events in the dates when
    // there are date filters; then the modality and article filters and the ranking.
    const bool by_events = !f.since.empty() || !f.until.empty();
    std::string inner;
    if (by_events) {
      std::string ev = "";
      if (!f.since.empty()) ev += " AND d.date >= :since";
      if (!f.until.empty()) ev += " AND d.date <= :until";
      inner = std::string("SELECT ") + kRelationColumns + R"(,
          count(*) AS mentions, count(DISTINCT coalesce(d.duplicate_of, d.id)) AS articles,
          count(DISTINCT d.source) AS sources, coalesce(min(d.date), '') AS first_date,
          coalesce(max(d.date), '') AS last_date,
          coalesce(sum(e.modality = 'asserted' AND e.polarity = 'affirmative'), 0) AS asserted,
          coalesce(sum(e.polarity = 'negated'), 0) AS negated,
          coalesce(sum(e.modality = 'hedged'), 0) AS hedged,
          coalesce(sum(e.modality = 'hypothetical'), 0) AS hypothetical,
          coalesce(sum(e.modality = 'planned'), 0) AS planned,
          coalesce(sum(e.modality = 'question'), 0) AS question,
          coalesce(avg(e.confidence), 0) AS confidence, r.speakers AS speakers
        FROM relations r JOIN events e ON e.relation_id = r.id JOIN documents d ON d.id = e.document_id
          JOIN entities a ON a.id = r.actor_id JOIN entities t ON t.id = r.target_id
          LEFT JOIN entities c ON c.id = r.claimed_by)" +
              where + ev + " GROUP BY r.id";
    } else {
      inner = std::string("SELECT ") + kRelationColumns + R"(,
          r.mentions AS mentions, r.articles AS articles, r.sources AS sources,
          coalesce(r.first_date, '') AS first_date, coalesce(r.last_date, '') AS last_date,
          r.asserted AS asserted, r.negated AS negated, r.hedged AS hedged,
          r.hypothetical AS hypothetical, r.planned AS planned, r.question AS question,
          r.confidence AS confidence, r.speakers AS speakers
        FROM relations r JOIN entities a ON a.id = r.actor_id JOIN entities t ON t.id = r.target_id
          LEFT JOIN entities c ON c.id = r.claimed_by)" +
              where;
    }
    db.createFunction("kg_goldstein", 1, true, nullptr, goldstein_function);
    const std::string sql = "SELECT x.* FROM (" + inner + ") x WHERE x.articles >= :min" +
                            modality_clause(f.modalities) +
                            " ORDER BY x.articles DESC, abs(kg_goldstein(x.action_code)) DESC, "
                            "x.mentions DESC, x.id LIMIT :limit";
    SQLite::Statement q(db, sql);
    if (!f.action.empty()) q.bind(":action", f.action);
    if (!f.since.empty()) q.bind(":since", f.since);
    // "--until 2013-06" includes all of June: '~' sorts after every digit.
    if (!f.until.empty()) q.bind(":until", f.until.size() < 10 ? f.until + "~" : f.until);
    q.bind(":min", f.min_articles);
    q.bind(":limit", f.limit <= 0 ? int64_t{-1} : f.limit);
    std::vector<RelationRow> out;
    while (q.executeStep()) out.push_back(relation_from(q));
    return out;
  });
}

void add_relation_details(Store& store, std::vector<RelationRow>& rows) {
  guarded(store.path(), [&] {
    SQLite::Statement q(db_of(store),
                        "SELECT id, action_lemma FROM events WHERE relation_id = ? ORDER BY id");
    for (RelationRow& r : rows) {
      q.reset();
      q.bind(1, r.id);
      std::map<std::string, int> lemmas;
      r.events.clear();
      while (q.executeStep()) {
        if (r.events.size() < graph::Edge::kMaxEventIds)
          r.events.push_back(q.getColumn(0).getInt64());
        ++lemmas[q.getColumn(1).getString()];
      }
      int best = 0;
      for (const auto& [lemma, n] : lemmas)
        if (n > best) best = n, r.lemma = lemma;
    }
  });
}

EntityDetail entity_detail(Store& store, int64_t id, size_t top) {
  return guarded(store.path(), [&] {
    SQLite::Database& db = db_of(store);
    EntityDetail d;
    d.entity = entity_by_id(store, id).value_or(EntityRow{});
    SQLite::Statement aliases(
        db,  // merge_entities moves the aliases of a merged entity to the one it joins.
        R"(SELECT alias, count FROM aliases WHERE entity_id = ? ORDER BY count DESC, alias LIMIT 20)");
    aliases.bind(1, id);
    while (aliases.executeStep())
      d.aliases.emplace_back(aliases.getColumn(0).getString(), aliases.getColumn(1).getInt64());
    SQLite::Statement roles(
        db, "SELECT role, count FROM roles WHERE entity_id = ? ORDER BY count DESC LIMIT 10");
    roles.bind(1, id);
    while (roles.executeStep())
      d.roles.emplace_back(roles.getColumn(0).getString(), roles.getColumn(1).getInt64());
    RelationFilter f;
    f.limit = static_cast<int64_t>(top);
    f.actor = std::to_string(id);
    d.outgoing = query_relations(store, f);
    f.actor.clear();
    f.target = std::to_string(id);
    d.incoming = query_relations(store, f);
    return d;
  });
}

namespace {

// Sentences are cut from the text as a BLOB: offsets are bytes, and substr() of TEXT
// counts characters, which shifted sentences and highlights after any non-ASCII text.
std::vector<EvidenceRow> evidence(Store& store, const std::string& where, int64_t id) {
  return guarded(store.path(), [&] {
    SQLite::Statement q(db_of(store), R"(
      SELECT e.id, coalesce(e.relation_id, 0), d.id, coalesce(d.title, ''), coalesce(d.date, ''),
             coalesce(d.source, ''), coalesce(d.url, ''), d.origin,
             substr(CAST(d.text AS BLOB), s.byte_begin + 1, s.byte_end - s.byte_begin), s.byte_begin,
             coalesce(e.actor_begin, -1), coalesce(e.actor_end, -1), e.action_begin, e.action_end,
             coalesce(e.target_begin, -1), coalesce(e.target_end, -1),
             coalesce(e.actor_text, ''), e.action_text, coalesce(e.target_text, ''), coalesce(e.action_code, ''),
             coalesce(e.speaker_text, ''), coalesce(e.carrier_text, ''), e.polarity, e.modality, e.confidence,
             e.action_lemma, coalesce(e.actor_entity_id, 0), coalesce(e.target_entity_id, 0),
             coalesce(e.actor_code, ''), coalesce(e.target_code, '')
      FROM events e JOIN sentences s ON s.id = e.sentence_id JOIN documents d ON d.id = e.document_id
      WHERE )" + where + " ORDER BY d.date, d.id, e.id LIMIT 500");
    q.bind(1, id);
    std::vector<EvidenceRow> out;
    while (q.executeStep()) {
      EvidenceRow r;
      r.event_id = q.getColumn(0).getInt64();
      r.relation_id = q.getColumn(1).getInt64();
      r.document_id = q.getColumn(2).getInt64();
      r.title = q.getColumn(3).getString();
      r.date = q.getColumn(4).getString();
      r.source = q.getColumn(5).getString();
      r.url = q.getColumn(6).getString();
      r.origin = q.getColumn(7).getString();
      r.sentence = q.getColumn(8).getString();
      const int64_t base = q.getColumn(9).getInt64();
      auto rel = [&](int b, int e) -> text::ByteSpan {
        const int64_t x = q.getColumn(b).getInt64(), y = q.getColumn(e).getInt64();
        if (x < base || y < x || y - base > static_cast<int64_t>(r.sentence.size())) return {};
        return {static_cast<uint32_t>(x - base), static_cast<uint32_t>(y - base)};
      };
      r.actor = rel(10, 11);
      r.action = rel(12, 13);
      r.target = rel(14, 15);
      r.actor_text = q.getColumn(16).getString();
      r.action_text = q.getColumn(17).getString();
      r.target_text = q.getColumn(18).getString();
      r.action_code = q.getColumn(19).getString();
      r.speaker = q.getColumn(20).getString();
      r.carrier = q.getColumn(21).getString();
      r.polarity = q.getColumn(22).getString();
      r.modality = q.getColumn(23).getString();
      r.confidence = q.getColumn(24).getDouble();
      r.action_lemma = q.getColumn(25).getString();
      r.actor_id = q.getColumn(26).getInt64();
      r.target_id = q.getColumn(27).getInt64();
      r.actor_code = q.getColumn(28).getString();
      r.target_code = q.getColumn(29).getString();
      out.push_back(std::move(r));
    }
    return out;
  });
}

}  // namespace

std::vector<EvidenceRow> relation_evidence(Store& store, int64_t relation_id) {
  return evidence(store, "e.relation_id = ?", relation_id);
}

std::vector<EvidenceRow> event_evidence(Store& store, int64_t event_id) {
  return evidence(store, "e.id = ?", event_id);
}

std::vector<RelationMention> relation_mentions(Store& store, int64_t relation_id) {
  return guarded(store.path(), [&] {
    // Characters before a byte offset: the length of the text up to it, as TEXT.
    auto chars = [](const char* column) {
      return std::string("CASE WHEN ") + column +
             " IS NULL THEN -1 ELSE length(CAST(substr(CAST(d.text AS BLOB), 1, " + column +
             ") AS TEXT)) END";
    };
    SQLite::Statement q(db_of(store),
                        "SELECT e.id, d.id, coalesce(d.date, ''), "
                        "coalesce(d.source, ''), coalesce(d.url, ''), d.origin, "
                        "coalesce(d.title, ''), d.ingested_at, s.idx, s.paragraph, " +
                            chars("e.actor_begin") + ", " + chars("e.target_begin") + ", " +
                            chars("e.action_begin") +
                            ", length(d.text), e.polarity, e.modality, "
                            "e.confidence, coalesce(d.duplicate_of, d.id) "
                            "FROM events e JOIN documents d ON d.id = "
                            "e.document_id JOIN sentences s ON s.id = e.sentence_id "
                            "WHERE e.relation_id = ? ORDER BY d.date, d.id, e.id");
    q.bind(1, relation_id);
    std::vector<RelationMention> out;
    while (q.executeStep()) {
      RelationMention m;
      m.event_id = q.getColumn(0).getInt64();
      m.relation_id = relation_id;
      m.document_id = q.getColumn(1).getInt64();
      m.date = q.getColumn(2).getString();
      m.source = q.getColumn(3).getString();
      m.url = q.getColumn(4).getString();
      m.origin = q.getColumn(5).getString();
      m.title = q.getColumn(6).getString();
      m.ingested_at = q.getColumn(7).getString();
      m.sentence = q.getColumn(8).getInt64();
      m.paragraph = q.getColumn(9).getInt64();
      m.actor_char = q.getColumn(10).getInt64();
      m.target_char = q.getColumn(11).getInt64();
      m.action_char = q.getColumn(12).getInt64();
      m.doc_chars = q.getColumn(13).getInt64();
      m.polarity = q.getColumn(14).getString();
      m.modality = q.getColumn(15).getString();
      m.confidence = q.getColumn(16).getDouble();
      m.original_id = q.getColumn(17).getInt64();
      out.push_back(std::move(m));
    }
    return out;
  });
}

graph::KnowledgeGraph load_graph(Store& store, const RelationFilter& filter) {
  RelationFilter f = filter;
  if (f.limit == 50) f.limit = 0;  // the default page size is for tables, not graphs
  auto edges = query_relations(store, f);
  return guarded(store.path(), [&] {
    std::set<int64_t> ids;
    for (const auto& e : edges) ids.insert(e.actor), ids.insert(e.target);
    std::vector<graph::Node> nodes;
    // A subgraph reads its entities by id; the whole graph scans them all.
    SQLite::Statement q(
        db_of(store),
        std::string("SELECT ") + kEntityColumns + " FROM entities WHERE merged_into IS NULL" +
            (f.among.empty() ? std::string() : " AND id IN (" + id_list(f.among) + ")") +
            " ORDER BY id");
    while (q.executeStep()) {
      const int64_t id = q.getColumn(0).getInt64();
      if (!ids.count(id)) continue;
      nodes.push_back({id, q.getColumn(1).getString(), q.getColumn(2).getString(),
                       q.getColumn(3).getString(), q.getColumn(4).getInt64(),
                       q.getColumn(5).getString()});
    }
    return graph::KnowledgeGraph(std::move(nodes), edges);
  });
}

std::vector<int64_t> entities_within(Store& store, int64_t from, int steps,
                                     std::optional<int64_t> stop_at) {
  return guarded(store.path(), [&] {
    std::set<int64_t> seen = {from};
    std::vector<int64_t> frontier = {from};
    // At least one step, so that `from` itself comes with its relations.
    for (int step = 0; step < steps && !frontier.empty(); ++step) {
      if (step > 0 && stop_at && seen.count(*stop_at)) break;
      const std::string ids = id_list(frontier);
      SQLite::Statement q(db_of(store), "SELECT target_id FROM relations WHERE actor_id IN (" +
                                            ids +
                                            ") UNION SELECT actor_id FROM relations WHERE "
                                            "target_id IN (" +
                                            ids + ")");
      frontier.clear();
      while (q.executeStep()) {
        const int64_t id = q.getColumn(0).getInt64();
        if (seen.insert(id).second) frontier.push_back(id);
      }
    }
    return std::vector<int64_t>(seen.begin(), seen.end());
  });
}

std::vector<std::pair<std::string, int64_t>> timeline(Store& store, int64_t entity_id) {
  return guarded(store.path(), [&] {
    SQLite::Statement q(db_of(store), R"(
      SELECT substr(d.date, 1, 7) AS month, count(*) FROM events e JOIN documents d ON d.id = e.document_id
      WHERE (e.actor_entity_id = ?1 OR e.target_entity_id = ?1) AND d.date IS NOT NULL
      GROUP BY month ORDER BY month)");
    q.bind(1, entity_id);
    std::vector<std::pair<std::string, int64_t>> out;
    while (q.executeStep()) out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getInt64());
    return out;
  });
}

std::vector<SearchHit> search_sentences(Store& store, const std::string& query, int64_t limit) {
  return guarded(store.path(), [&] {
    SQLite::Database& db = db_of(store);
    SQLite::Statement q(db, R"(
      SELECT s.id, d.id, coalesce(d.title, ''), coalesce(d.date, ''),
             substr(CAST(d.text AS BLOB), s.byte_begin + 1, s.byte_end - s.byte_begin)
      FROM sentence_fts f JOIN sentences s ON s.id = f.rowid JOIN documents d ON d.id = s.document_id
      WHERE sentence_fts MATCH ? ORDER BY rank LIMIT ?)");
    q.bind(1, query);
    q.bind(2, limit);
    SQLite::Statement ev(db, R"(
      SELECT e.id, coalesce(e.actor_text, '-'), e.action_lemma, coalesce(e.action_code, ''), coalesce(e.target_text, '-')
      FROM events e WHERE e.sentence_id = ? ORDER BY e.id)");
    std::vector<SearchHit> out;
    while (q.executeStep()) {
      SearchHit h;
      h.sentence_id = q.getColumn(0).getInt64();
      h.document_id = q.getColumn(1).getInt64();
      h.title = q.getColumn(2).getString();
      h.date = q.getColumn(3).getString();
      h.sentence = q.getColumn(4).getString();
      ev.reset();
      ev.bind(1, h.sentence_id);
      while (ev.executeStep()) {
        std::string code = ev.getColumn(3).getString();
        const std::string plover = graph::plover_of(code);
        if (!plover.empty()) code += " " + plover;
        h.events.push_back("E" + std::to_string(ev.getColumn(0).getInt64()) + " " +
                           ev.getColumn(1).getString() + " | " + ev.getColumn(2).getString() +
                           (code.empty() ? "" : " (" + code + ")") + " | " +
                           ev.getColumn(4).getString());
      }
      out.push_back(std::move(h));
    }
    return out;
  });
}

namespace {

// Re-files the given events under their relations after entity ids changed,
// deleting relations left without events.
void refile_events(SQLite::Database& db, const std::string& event_where) {
  EventWriter writer(db);
  std::vector<int64_t> old_relations;
  {
    SQLite::Statement q(
        db, "SELECT DISTINCT relation_id FROM events WHERE relation_id IS NOT NULL AND (" +
                event_where + ")");
    while (q.executeStep()) old_relations.push_back(q.getColumn(0).getInt64());
  }
  writer.refile(event_where);
  db.exec("DELETE FROM relations WHERE id IN (" + id_list(old_relations) +
          ") AND NOT EXISTS (SELECT 1 FROM events e WHERE e.relation_id = relations.id)");
  writer.finish();
}

std::string key_of(SQLite::Database& db, int64_t id) {
  SQLite::Statement q(db, "SELECT key FROM entities WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) throw StoreError("no entity with id " + std::to_string(id));
  return q.getColumn(0).getString();
}

}  // namespace

void merge_entities(Store& store, int64_t into, int64_t from) {
  guarded(store.path(), [&] {
    SQLite::Database& db = db_of(store);
    if (into == from) throw StoreError("cannot merge an entity into itself");
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    const std::string into_key = key_of(db, into), from_key = key_of(db, from);
    SQLite::Statement rec(
        db, "INSERT INTO corrections (kind, from_key, to_key) VALUES ('merge', ?, ?)");
    rec.bind(1, from_key);
    rec.bind(2, into_key);
    rec.exec();
    const std::string a = std::to_string(into), b = std::to_string(from);
    db.exec("UPDATE entities SET merged_into = " + a + " WHERE id = " + b +
            " OR merged_into = " + b);
    db.exec("UPDATE entities SET mentions = mentions + (SELECT mentions FROM entities WHERE id = " +
            b + ") WHERE id = " + a);
    db.exec("INSERT INTO aliases (entity_id, alias, norm, count) SELECT " + a +
            ", alias, norm, count FROM aliases WHERE entity_id = " + b +
            " ON CONFLICT (entity_id, norm) DO UPDATE SET count = aliases.count + excluded.count");
    db.exec("DELETE FROM aliases WHERE entity_id = " + b);
    db.exec("UPDATE mentions SET entity_id = " + a + " WHERE entity_id = " + b);
    for (const char* col :
         {"actor_entity_id", "target_entity_id", "speaker_entity_id", "carrier_entity_id"})
      db.exec(std::string("UPDATE events SET ") + col + " = " + a + " WHERE " + col + " = " + b);
    refile_events(db, "actor_entity_id = " + a + " OR target_entity_id = " + a +
                          " OR speaker_entity_id = " + a);
    tx.commit();
  });
}

namespace {

// Points the rows of `table` whose `text_col`, normalized, is `norm` from entity `from`
// to entity `to`; returns how many moved.
int64_t move_written_as(SQLite::Database& db, const std::string& table, const std::string& id_col,
                        const std::string& text_col, int64_t from, int64_t to,
                        const std::string& norm) {
  SQLite::Statement find(db,
                         "SELECT id, " + text_col + " FROM " + table + " WHERE " + id_col + " = ?");
  find.bind(1, from);
  std::vector<int64_t> rows;
  while (find.executeStep())
    if (graph::normalize_name(find.getColumn(1).getString()) == norm)
      rows.push_back(find.getColumn(0).getInt64());
  SQLite::Statement move(db, "UPDATE " + table + " SET " + id_col + " = ? WHERE id = ?");
  for (int64_t row : rows) {
    move.reset();
    move.bind(1, to);
    move.bind(2, row);
    move.exec();
  }
  return static_cast<int64_t>(rows.size());
}

}  // namespace

int64_t split_entity(Store& store, int64_t entity, const std::string& alias) {
  return guarded(store.path(), [&] {
    SQLite::Database& db = db_of(store);
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    const std::string key = key_of(db, entity);
    const std::string norm = graph::normalize_name(alias);
    const std::string new_key = "split:" + key + "|" + norm;
    SQLite::Statement rec(
        db, "INSERT INTO corrections (kind, from_key, alias, to_key) VALUES ('split', ?, ?, ?)");
    rec.bind(1, key);
    rec.bind(2, norm);
    rec.bind(3, new_key);
    rec.exec();
    SQLite::Statement info(db, "SELECT type, code FROM entities WHERE id = ?");
    info.bind(1, entity);
    info.executeStep();
    SQLite::Statement add(db, "INSERT INTO entities (key, name, type, code) VALUES (?, ?, ?, ?)");
    add.bind(1, new_key);
    add.bind(2, alias);
    add.bind(3, info.getColumn(0).getString());
    if (info.getColumn(1).isNull())
      add.bind(4);
    else
      add.bind(4, info.getColumn(1).getString());
    add.exec();
    const int64_t id = db.getLastInsertRowid();
    const std::string a = std::to_string(entity), b = std::to_string(id);
    SQLite::Statement move_alias(
        db, "UPDATE aliases SET entity_id = ? WHERE entity_id = ? AND norm = ?");
    move_alias.bind(1, id);
    move_alias.bind(2, entity);
    move_alias.bind(3, norm);
    move_alias.exec();
    // Mentions and events written exactly with that name, as ingest replays it, move to the
    // new entity: "Obama" moves, "President Barack Obama" stays.
    const int64_t moved = move_written_as(db, "mentions", "entity_id", "text", entity, id, norm);
    db.exec("UPDATE entities SET mentions = " + std::to_string(moved) + " WHERE id = " + b);
    db.exec("UPDATE entities SET mentions = max(0, mentions - " + std::to_string(moved) +
            ") WHERE id = " + a);
    for (const std::string col : {"actor", "target", "speaker", "carrier"})
      move_written_as(db, "events", col + "_entity_id", col + "_text", entity, id, norm);
    refile_events(db, "actor_entity_id IN (" + a + "," + b + ") OR target_entity_id IN (" + a +
                          "," + b + ") OR speaker_entity_id IN (" + a + "," + b + ")");
    tx.commit();
    return id;
  });
}

}  // namespace kg::store
