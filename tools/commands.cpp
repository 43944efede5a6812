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

const std::vector<CommandInfo>& command_table() {
  static const std::vector<CommandInfo> table = {
      {"ingest", "read articles into the database (txt, JSON Lines, .gz, folders, stdin)",
       make_ingest_command},
      {"stats", "count what the database holds", make_stats_command},
      {"docs", "list stored articles, with filters", make_docs_command},
      {"show", "show one stored article: metadata and sentences", make_show_command},
      {"segment", "split text into sentences and words, printed as CoNLL-U", make_segment_command},
      {"parse", "tag, lemmatize and parse text, printed as CoNLL-U", make_parse_command},
      {"extract", "print the events and claims in text as JSON Lines (no database)", make_extract_command},
      {"train", "train the tagger, lemmatizer and parser model on CoNLL-U", make_train_command},
      {"eval", "score segmentation, parsing or extraction against gold data", make_eval_command},
  };
  return table;
}

}  // namespace kg::tools
