#pragma once
// What the query commands ask of the database: merged relations with
// filters, entities and their aliases, the evidence behind a relation or an
// event, the graph for the algorithms and exports, timelines, full-text
// search, and the analyst's corrections (merge and split entities).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"
#include "store/store.hpp"

namespace kg::store {

struct EntityRow {
  int64_t id = 0;
  std::string name, type, code;
  int64_t mentions = 0;
  std::string label;  // short display name: the acronym of a long name, else the name
};

struct RelationFilter {
  std::string actor, action,
      target;  // actor/target: name, alias or code prefix; action: lemma, code prefix or label
  std::string since, until;  // YYYY-MM-DD, on the documents' dates
  // Relation modalities to keep (graph::relation_modality: asserted, hedged, negated,
  // hypothetical, planned, question); empty or "all" keeps all.
  std::vector<std::string> modalities;
  std::string claimed_by;  // an entity (name, alias or code), or "any"
  // GDELT QuadClass: cooperation (1, 2), conflict (3, 4), or one of verbal-cooperation,
  // material-cooperation, verbal-conflict, material-conflict.
  std::string quad;
  int64_t min_articles = 0;
  // Only relations between entities (a PERSON, ORG, GPE or GROUP, or anything with an
  // actor code) whose action has a CAMEO code.
  bool coded_only = false;
  int64_t limit = 50;
  // When not empty, only relations with both ends among these entities.
  std::vector<int64_t> among;
};

// One merged relation; with date filters the numbers count only the events in
// those dates (and its modality is that of those events).
using RelationRow = graph::Edge;

// Strongest first (graph::stronger).
std::vector<RelationRow> query_relations(Store& store, const RelationFilter& filter);

// Fills each row's `lemma` and `events` (graph::Edge) for machine-readable output.
void add_relation_details(Store& store, std::vector<RelationRow>& rows);

// Entities whose name or alias is `text` (case-insensitive), or whose code
// starts with it when it is written in capitals; merged entities resolve to
// the one they were merged into.
std::vector<EntityRow> find_entities(Store& store, const std::string& text);
std::optional<EntityRow> entity_by_id(Store& store, int64_t id);

struct EntityDetail {
  EntityRow entity;
  std::vector<std::pair<std::string, int64_t>> aliases, roles;  // with counts
  std::vector<RelationRow> outgoing, incoming;                  // strongest first
};
EntityDetail entity_detail(Store& store, int64_t id, size_t top);

struct EvidenceRow {
  int64_t event_id = 0, relation_id = 0, document_id = 0;
  std::string title, date, source, url, origin;
  std::string sentence;                  // the sentence as written
  text::ByteSpan actor, action, target;  // relative to the sentence (empty when absent)
  std::string actor_text, action_text, target_text, action_code, action_lemma;
  int64_t actor_id = 0, target_id = 0;  // entities; 0 when not an entity
  std::string actor_code, target_code;  // as coded in this sentence
  std::string speaker, carrier, polarity, modality;
  double confidence = 0;
};
// Evidence of a relation (all its events) or of one event.
std::vector<EvidenceRow> relation_evidence(Store& store, int64_t relation_id);
std::vector<EvidenceRow> event_evidence(Store& store, int64_t event_id);

// One event of a relation with where it sits in its article, for exchange
// formats (GDELT's mentions table). Offsets count characters (code points) of
// the stored text, not bytes; -1 when absent.
struct RelationMention {
  int64_t event_id = 0, relation_id = 0, document_id = 0;
  int64_t original_id = 0;  // document_id, or the original it near-duplicates
  std::string date, source, url, origin, title, ingested_at;  // ingested_at: YYYY-MM-DDTHH:MM:SSZ
  int64_t sentence = 0, paragraph = 0;                        // 0-based in the article
  int64_t actor_char = -1, target_char = -1, action_char = -1, doc_chars = 0;
  std::string polarity, modality;
  double confidence = 0;
};
// The events of a relation, earliest article first.
std::vector<RelationMention> relation_mentions(Store& store, int64_t relation_id);

// The whole graph: entities in at least one relation, and the relations
// (optionally filtered as for query_relations).
graph::KnowledgeGraph load_graph(Store& store, const RelationFilter& filter);

// Entities at most `steps` relations away from `from`, directions ignored,
// found through the relation indexes without loading the graph; the search
// stops after the step that reaches `stop_at`. The graph on these entities
// (RelationFilter::among) holds every path of that length from `from`.
std::vector<int64_t> entities_within(Store& store, int64_t from, int steps,
                                     std::optional<int64_t> stop_at = std::nullopt);

// Events per month ("2013-06") in which the entity is actor or target.
std::vector<std::pair<std::string, int64_t>> timeline(Store& store, int64_t entity_id);

struct SearchHit {
  int64_t sentence_id = 0, document_id = 0;
  std::string title, date, sentence;
  std::vector<std::string> events;  // "E12 China accuse United States"
};
std::vector<SearchHit> search_sentences(Store& store, const std::string& query, int64_t limit);

// Merges entity `from` into `into` (aliases, mentions, events, relations) and
// records the correction so later ingests and rebuilds apply it.
void merge_entities(Store& store, int64_t into, int64_t from);
// Moves the mentions and events of `entity` written as `alias` to a new
// entity (returned) and records the correction.
int64_t split_entity(Store& store, int64_t entity, const std::string& alias);

}  // namespace kg::store
