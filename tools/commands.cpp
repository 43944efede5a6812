#include "tools/command.hpp"

namespace kg::tools {

std::unique_ptr<Command> make_ingest_command();
std::unique_ptr<Command> make_segment_command();
std::unique_ptr<Command> make_stats_command();
std::unique_ptr<Command> make_docs_command();
std::unique_ptr<Command> make_show_command();
std::unique_ptr<Command> make_eval_command();
std::unique_ptr<Command> make_train_command();
std::unique_ptr<Command> make_parse_command();
std::unique_ptr<Command> make_extract_command();
std::unique_ptr<Command> make_query_command();
std::unique_ptr<Command> make_entity_command();
std::unique_ptr<Command> make_evidence_command();
std::unique_ptr<Command> make_path_command();
std::unique_ptr<Command> make_neighbors_command();
std::unique_ptr<Command> make_rank_command();
std::unique_ptr<Command> make_timeline_command();
std::unique_ptr<Command> make_search_command();
std::unique_ptr<Command> make_export_command();
std::unique_ptr<Command> make_rebuild_command();
std::unique_ptr<Command> make_merge_command();
std::unique_ptr<Command> make_split_command();
std::unique_ptr<Command> make_dict_command();

const std::vector<CommandInfo>& command_table() {
  static const std::vector<CommandInfo> table = {
      {"ingest", "read articles into the database (txt, JSON Lines, .gz, folders, stdin)",
       make_ingest_command},
      {"query", "list merged relations: who did what to whom, with filters", make_query_command},
      {"entity", "show an entity: aliases, code, roles, top relations", make_entity_command},
      {"evidence", "show the sentences behind a relation or event", make_evidence_command},
      {"path", "find a chain of relations linking two entities", make_path_command},
      {"neighbors", "list the relations around an entity", make_neighbors_command},
      {"rank", "rank entities by PageRank, degree or betweenness", make_rank_command},
      {"timeline", "events per month for an entity", make_timeline_command},
      {"search", "full-text search over sentences, with their events", make_search_command},
      {"export", "write the graph as DOT (and SVG/PNG), GraphML, JSON or CSV", make_export_command},
      {"rebuild", "recompute entities, events and relations from stored articles",
       make_rebuild_command},
      {"merge-entities", "merge two entities (kept across re-ingests)", make_merge_command},
      {"split-entity", "split an alias off an entity (kept across re-ingests)", make_split_command},
      {"stats", "count what the database holds", make_stats_command},
      {"docs", "list stored articles, with filters", make_docs_command},
      {"show", "show one stored article: metadata and sentences", make_show_command},
      {"segment", "split text into sentences and words, printed as CoNLL-U", make_segment_command},
      {"parse", "tag, lemmatize and parse text, printed as CoNLL-U", make_parse_command},
      {"extract", "print the events and claims in text as JSON Lines (no database)",
       make_extract_command},
      {"train", "train the tagger, lemmatizer and parser model on CoNLL-U", make_train_command},
      {"eval", "score segmentation, parsing or extraction against gold data", make_eval_command},
      {"dict", "check actor, agent, verb and discard dictionaries (kg's or PETRARCH's)",
       make_dict_command},
  };
  return table;
}

}  // namespace kg::tools
