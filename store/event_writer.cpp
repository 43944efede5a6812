#include "store/event_writer.hpp"

#include <nlohmann/json.hpp>

#include "extract/events/verb_dictionary.hpp"
#include "graph/entity_key.hpp"

namespace kg::store {
namespace {

constexpr int64_t kUnnamedSource = -1;  // claimed by someone who is not an entity ("a spokesman")

void bind_text(SQLite::Statement& s, int i, const std::string& v) {
  if (v.empty())
    s.bind(i);
  else
    s.bind(i, v);
}

void bind_id(SQLite::Statement& s, int i, const std::optional<int64_t>& v) {
  if (v)
    s.bind(i, *v);
  else
    s.bind(i);
}

}  // namespace

EventWriter::EventWriter(SQLite::Database& db)
    : db_(db),
      find_entity_(db, "SELECT id, merged_into FROM entities WHERE key = ?"),
      insert_entity_(db, "INSERT INTO entities (key, name, type, code) VALUES (?, ?, ?, ?)"),
      find_alias_(db, R"(SELECT DISTINCT coalesce(e.merged_into, e.id), e.type, e.key
                         FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.norm = ? LIMIT 3)"),
      upsert_alias_(db, R"(INSERT INTO aliases (entity_id, alias, norm, count) VALUES (?, ?, ?, 1)
                           ON CONFLICT (entity_id, norm) DO UPDATE SET count = count + 1)"),
      bump_mentions_(db, "UPDATE entities SET mentions = mentions + 1 WHERE id = ?"),
      add_role_(db, R"(INSERT INTO roles (entity_id, role, count) VALUES (?, ?, 1)
                       ON CONFLICT (entity_id, role) DO UPDATE SET count = count + 1)"),
      insert_mention_(
          db,
          R"(INSERT INTO mentions (document_id, sentence_id, entity_id, byte_begin, byte_end, text)
                             VALUES (?, ?, ?, ?, ?, ?))"),
      insert_event_(db,
                    R"(INSERT INTO events (document_id, sentence_id, actor_entity_id, actor_text,
        actor_begin, actor_end, actor_code, action_text, action_lemma, action_code, action_begin,
        action_end, target_entity_id, target_text, target_begin, target_end, target_code, modifiers,
        speaker_entity_id, speaker_text, carrier_entity_id, carrier_text, polarity, modality,
        confidence, relation_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"),
      set_claim_(db, "UPDATE events SET claim_of = ? WHERE id = ?"),
      find_relation_(db, R"(SELECT id FROM relations
                            WHERE actor_id = ? AND action = ? AND target_id = ? AND claimed_by = ?)"),
      insert_relation_(
          db, R"(INSERT INTO relations (actor_id, action, action_code, action_label, quad_class,
                              target_id, claimed_by) VALUES (?, ?, ?, ?, ?, ?, ?))"),
      find_surname_(db, R"(SELECT coalesce(merged_into, id) FROM entities
                           WHERE type = 'PERSON' AND name LIKE '% ' || ? LIMIT 3)") {
  load_corrections();
}

void EventWriter::load_corrections() {
  SQLite::Statement q(
      db_, "SELECT kind, from_key, coalesce(alias, ''), to_key FROM corrections ORDER BY id");
  while (q.executeStep()) {
    const std::string kind = q.getColumn(0).getString();
    if (kind == "merge")
      merges_[q.getColumn(1).getString()] = q.getColumn(3).getString();
    else
      splits_[q.getColumn(1).getString()][q.getColumn(2).getString()] = q.getColumn(3).getString();
  }
}

std::optional<int64_t> EventWriter::by_key(const std::string& key) {
  auto it = entity_cache_.find(key);
  if (it != entity_cache_.end()) return it->second;
  find_entity_.reset();
  find_entity_.bind(1, key);
  if (!find_entity_.executeStep()) return std::nullopt;
  int64_t id = find_entity_.getColumn(0).getInt64();
  if (!find_entity_.getColumn(1).isNull()) id = find_entity_.getColumn(1).getInt64();
  entity_cache_[key] = id;
  return id;
}

std::optional<int64_t> EventWriter::resolve(const std::string& key, const std::string& alias_norm,
                                            events::EntityType type) {
  if (auto id = by_key(key)) return id;
  // A surname or an acronym already known for exactly one entity: "Huang"
  // after "Huang Chengqing", "CNCERT" after the center's full name.
  const bool single_word = alias_norm.find(' ') == std::string::npos;
  if (single_word && (type == events::EntityType::Person || type == events::EntityType::Org ||
                      type == events::EntityType::Other)) {
    find_alias_.reset();
    find_alias_.bind(1, alias_norm);
    std::optional<int64_t> only;
    int n = 0;
    while (find_alias_.executeStep()) {
      ++n;
      only = find_alias_.getColumn(0).getInt64();
    }
    if (n == 1) {
      entity_cache_[key] = *only;
      return only;
    }
    if (n == 0 && type == events::EntityType::Person) {
      // The surname of exactly one person known by full name.
      find_surname_.reset();
      find_surname_.bind(1, alias_norm);
      std::set<int64_t> ids;
      while (find_surname_.executeStep()) ids.insert(find_surname_.getColumn(0).getInt64());
      if (ids.size() == 1) {
        entity_cache_[key] = *ids.begin();
        return *ids.begin();
      }
    }
  }
  return std::nullopt;
}

int64_t EventWriter::create_entity(const std::string& key, const events::Participant& p) {
  insert_entity_.reset();
  insert_entity_.bind(1, key);
  insert_entity_.bind(2, graph::display_name(p));
  events::EntityType type =
      p.type == events::EntityType::Clause ? events::EntityType::Other : p.type;
  if (graph::is_country_key(key)) type = events::EntityType::Gpe;
  // An entity gathered by code ("United States government" from "a White House
  // official", "U.S. diplomats") is the institution or group, never one person.
  if (key.starts_with("code:") && type == events::EntityType::Person) {
    const std::string_view agent = std::string_view(key).substr(std::min<size_t>(key.size(), 8), 3);
    const bool institution = agent == "GOV" || agent == "MIL" || agent == "JUD" || agent == "LEG" ||
                             agent == "COP" || agent == "MED" || agent == "BUS" || agent == "SPY";
    type = institution ? events::EntityType::Org : events::EntityType::Group;
  }
  insert_entity_.bind(3, std::string(events::to_string(type)));
  bind_text(insert_entity_, 4, p.code);
  insert_entity_.exec();
  const int64_t id = db_.getLastInsertRowid();
  entity_cache_[key] = id;
  return id;
}

void EventWriter::add_alias(int64_t entity, const std::string& alias) {
  const std::string norm = graph::normalize_name(alias);
  if (norm.empty()) return;
  upsert_alias_.reset();
  upsert_alias_.bind(1, entity);
  upsert_alias_.bind(2, alias);
  upsert_alias_.bind(3, norm);
  upsert_alias_.exec();
}

std::optional<int64_t> EventWriter::entity_for(const events::Participant& p) {
  std::optional<std::string> key = graph::entity_key(p);
  if (!key) return std::nullopt;
  const std::string alias_norm = graph::normalize_name(p.entity.empty() ? p.text : p.entity);
  // Analyst corrections first: splits by the written name, then merges.
  const auto split = splits_.find(*key);
  if (split != splits_.end()) {
    const auto s = split->second.find(graph::normalize_name(p.text));
    if (s != split->second.end()) {
      // The split-off entity is named as written, as `kg split-entity` named it.
      events::Participant written = p;
      written.entity = p.text;
      // Only the split's own key: the surname fallback would lead straight back.
      if (auto id = by_key(s->second)) return id;
      return create_entity(s->second, written);
    }
  }
  for (int guard = 0; guard < 16; ++guard) {
    const auto m = merges_.find(*key);
    if (m == merges_.end()) break;
    key = m->second;
  }
  if (auto id = resolve(*key, alias_norm, p.type)) return id;
  return create_entity(*key, p);
}

int64_t EventWriter::relation_for(int64_t actor, const events::Action& action, int64_t target,
                                  int64_t claimed_by) {
  const std::string key = graph::action_key(action);
  find_relation_.reset();
  find_relation_.bind(1, actor);
  find_relation_.bind(2, key);
  find_relation_.bind(3, target);
  find_relation_.bind(4, claimed_by);
  if (find_relation_.executeStep()) return find_relation_.getColumn(0).getInt64();
  insert_relation_.reset();
  insert_relation_.bind(1, actor);
  insert_relation_.bind(2, key);
  bind_text(insert_relation_, 3, action.code);
  bind_text(insert_relation_, 4, action.label.empty() ? action.lemma : action.label);
  if (action.quad_class)
    insert_relation_.bind(5, action.quad_class);
  else
    insert_relation_.bind(5);
  insert_relation_.bind(6, target);
  insert_relation_.bind(7, claimed_by);
  insert_relation_.exec();
  return db_.getLastInsertRowid();
}

void EventWriter::write(int64_t document_id, const std::vector<int64_t>& sentence_ids,
                        const std::vector<events::EntityMention>& mentions,
                        const std::vector<events::Event>& events) {
  auto sentence_row = [&](uint32_t s) {
    return s < sentence_ids.size() ? sentence_ids[s] : sentence_ids.back();
  };
  if (sentence_ids.empty()) return;
  // Mentions: the entity each names, with its alias and roles.
  for (const auto& m : mentions) {
    events::Participant p;
    p.text = m.text;
    p.entity = m.canonical;
    p.label = m.label;
    p.type = m.type;
    p.code = m.code;
    const auto id = entity_for(p);
    if (!id) continue;
    bump_mentions_.reset();
    bump_mentions_.bind(1, *id);
    bump_mentions_.exec();
    add_alias(*id, m.text);
    if (!m.acronym.empty()) add_alias(*id, m.acronym);
    for (const auto& r : m.roles) {
      add_role_.reset();
      add_role_.bind(1, *id);
      add_role_.bind(2, r);
      add_role_.exec();
    }
    insert_mention_.reset();
    insert_mention_.bind(1, document_id);
    insert_mention_.bind(2, sentence_row(m.sentence));
    insert_mention_.bind(3, *id);
    insert_mention_.bind(4, static_cast<int64_t>(m.span.begin));
    insert_mention_.bind(5, static_cast<int64_t>(m.span.end));
    insert_mention_.bind(6, m.text);
    insert_mention_.exec();
  }
  // Events; claim links are set once every event of the document has its row.
  std::unordered_map<int, int64_t> row_of;
  for (const auto& e : events) {
    std::optional<int64_t> actor, target, speaker, carrier;
    if (e.actor) actor = entity_for(*e.actor);
    // "Blair has been the staunchest backer of Turkish accession" describes Blair; the
    // description is no entity, even when a country adjective gives it a code.
    const bool description =
        e.action.lemma == "be" && e.action.code.empty() && e.target && e.target->entity.empty();
    if (e.target && !description) target = entity_for(*e.target);
    if (e.speaker) speaker = entity_for(*e.speaker);
    if (e.carrier) carrier = entity_for(*e.carrier);
    std::optional<int64_t> relation;
    if (actor && target && *actor != *target) {  // no relation of an entity with itself
      const int64_t claimed = e.speaker ? speaker.value_or(kUnnamedSource) : 0;
      relation = relation_for(*actor, e.action, *target, claimed);
      touched_.insert(*relation);
    }
    nlohmann::json mods = nlohmann::json::array();
    for (const auto& m : e.modifiers)
      mods.push_back({{"role", m.role}, {"text", m.text}, {"span", {m.span.begin, m.span.end}}});
    auto& s = insert_event_;
    s.reset();
    s.bind(1, document_id);
    s.bind(2, sentence_row(e.sentence));
    bind_id(s, 3, actor);
    if (e.actor) {
      s.bind(4, e.actor->text);
      s.bind(5, static_cast<int64_t>(e.actor->span.begin));
      s.bind(6, static_cast<int64_t>(e.actor->span.end));
      bind_text(s, 7, e.actor->code);
    } else {
      s.bind(4), s.bind(5), s.bind(6), s.bind(7);
    }
    s.bind(8, e.action.text);
    s.bind(9, e.action.lemma);
    bind_text(s, 10, e.action.code);
    s.bind(11, static_cast<int64_t>(e.action.span.begin));
    s.bind(12, static_cast<int64_t>(e.action.span.end));
    bind_id(s, 13, target);
    if (e.target) {
      s.bind(14, e.target->text);
      s.bind(15, static_cast<int64_t>(e.target->span.begin));
      s.bind(16, static_cast<int64_t>(e.target->span.end));
      bind_text(s, 17, e.target->code);
    } else {
      s.bind(14), s.bind(15), s.bind(16), s.bind(17);
    }
    s.bind(18, mods.dump());
    bind_id(s, 19, speaker);
    if (e.speaker)
      s.bind(20, e.speaker->text);
    else
      s.bind(20);
    bind_id(s, 21, carrier);
    if (e.carrier)
      s.bind(22, e.carrier->text);
    else
      s.bind(22);
    s.bind(23, std::string(events::to_string(e.polarity)));
    s.bind(24, std::string(events::to_string(e.modality)));
    s.bind(25, e.confidence);
    bind_id(s, 26, relation);
    s.exec();
    row_of[e.id] = db_.getLastInsertRowid();
  }
  for (const auto& e : events) {
    if (!e.claim_of) continue;
    const auto it = row_of.find(*e.claim_of);
    if (it == row_of.end()) continue;
    set_claim_.reset();
    set_claim_.bind(1, it->second);
    set_claim_.bind(2, row_of[e.id]);
    set_claim_.exec();
  }
}

void EventWriter::refile(const std::string& where) {
  SQLite::Statement q(db_,
                      R"(SELECT id, actor_entity_id, target_entity_id, coalesce(action_code, ''),
                                     action_lemma, speaker_entity_id, speaker_text IS NOT NULL
                              FROM events WHERE )" +
                          where);
  SQLite::Statement label(db_, "SELECT action_label FROM relations WHERE action = ? LIMIT 1");
  SQLite::Statement set(db_, "UPDATE events SET relation_id = ? WHERE id = ?");
  std::vector<std::pair<int64_t, std::optional<int64_t>>> updates;
  while (q.executeStep()) {
    const int64_t event = q.getColumn(0).getInt64();
    if (q.getColumn(1).isNull() || q.getColumn(2).isNull() ||
        q.getColumn(1).getInt64() == q.getColumn(2).getInt64()) {
      updates.emplace_back(event, std::nullopt);
      continue;
    }
    events::Action a;
    a.code = q.getColumn(3).getString();
    a.lemma = q.getColumn(4).getString();
    a.quad_class = events::quad_class_of(a.code);
    label.reset();
    label.bind(1, graph::action_key(a));
    a.label = label.executeStep() ? label.getColumn(0).getString() : a.lemma;
    const int64_t claimed = q.getColumn(6).getInt() == 0 ? 0
                            : q.getColumn(5).isNull()    ? kUnnamedSource
                                                         : q.getColumn(5).getInt64();
    const int64_t r =
        relation_for(q.getColumn(1).getInt64(), a, q.getColumn(2).getInt64(), claimed);
    touched_.insert(r);
    updates.emplace_back(event, r);
  }
  for (const auto& [event, relation] : updates) {
    set.reset();
    bind_id(set, 1, relation);
    set.bind(2, event);
    set.exec();
  }
}

void EventWriter::finish() {
  if (touched_.empty()) return;
  SQLite::Statement update(db_, R"(
    UPDATE relations SET (mentions, articles, sources, first_date, last_date, asserted, negated,
                          hedged, hypothetical, planned, question, confidence, speakers) =
      (SELECT count(*), count(DISTINCT coalesce(d.duplicate_of, d.id)), count(DISTINCT d.source),
              min(d.date),
              max(d.date),
              coalesce(sum(e.modality = 'asserted' AND e.polarity = 'affirmative'), 0),
              coalesce(sum(e.polarity = 'negated'), 0), coalesce(sum(e.modality = 'hedged'), 0),
              coalesce(sum(e.modality = 'hypothetical'), 0), coalesce(sum(e.modality = 'planned'), 0),
              coalesce(sum(e.modality = 'question'), 0), coalesce(avg(e.confidence), 0),
              coalesce((SELECT group_concat(t, '; ') FROM
                          (SELECT DISTINCT e2.speaker_text AS t FROM events e2
                           WHERE e2.relation_id = relations.id AND e2.speaker_text IS NOT NULL
                           LIMIT 8)), '')
       FROM events e JOIN documents d ON d.id = e.document_id WHERE e.relation_id = relations.id)
    WHERE id = ?)");
  for (int64_t id : touched_) {
    update.reset();
    update.bind(1, id);
    update.exec();
  }
  touched_.clear();
}

}  // namespace kg::store
