#pragma once
// Internal to store/: writes one article's mentions and events inside the
// caller's transaction. Resolves participants to entities (graph/entity_key,
// analyst corrections, acronyms and surnames already known), records aliases
// and roles, files each event under its merged relation and recomputes the
// aggregates of the relations it touched.
#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#include "extract/events/event.hpp"

namespace kg::store {

class EventWriter {
 public:
  explicit EventWriter(SQLite::Database& db);

  // sentence_ids[i] is the row of the document's sentence i.
  void write(int64_t document_id, const std::vector<int64_t>& sentence_ids,
             const std::vector<events::EntityMention>& mentions,
             const std::vector<events::Event>& events);

  // Recomputes the aggregates of every relation touched since construction.
  void finish();

  // Files the stored events matching the SQL condition `where` under the
  // relations their current entity ids give (after merges and splits).
  void refile(const std::string& where);

  // The entity for a participant, creating it when new; nullopt when the
  // participant is not an entity.
  std::optional<int64_t> entity_for(const events::Participant& p);

 private:
  // The entity stored under exactly this key (followed through merges), if any.
  std::optional<int64_t> by_key(const std::string& key);
  std::optional<int64_t> resolve(const std::string& key, const std::string& alias_norm,
                                 events::EntityType type);
  int64_t create_entity(const std::string& key, const events::Participant& p);
  void add_alias(int64_t entity, const std::string& alias);
  int64_t relation_for(int64_t actor, const events::Action& action, int64_t target,
                       int64_t claimed_by);
  void load_corrections();

  SQLite::Database& db_;
  SQLite::Statement find_entity_, insert_entity_, find_alias_, upsert_alias_, bump_mentions_,
      add_role_, insert_mention_, insert_event_, set_claim_, find_relation_, insert_relation_,
      find_surname_;
  std::unordered_map<std::string, int64_t> entity_cache_;
  std::unordered_map<std::string, std::string> merges_;  // from_key -> to_key
  std::unordered_map<std::string, std::unordered_map<std::string, std::string>>
      splits_;  // key -> alias -> key
  std::set<int64_t> touched_;
};

}  // namespace kg::store
