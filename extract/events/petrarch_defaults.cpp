#include "extract/events/petrarch_defaults.hpp"

#include <fstream>

#include "extract/text/errors.hpp"
#include "extract/text/split_fields.hpp"
#include "extract/text/word_features.hpp"

namespace kg::events {

PetrarchSkip read_petrarch_skip(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw ModelError(path.string() + ": cannot open (it ships with kg in data/)");
  PetrarchSkip skip;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    const auto cols = text::split_fields(line, '\t');
    const std::string where = path.string() + ":" + std::to_string(n);
    if (cols.size() < 2 || cols[1].empty())
      throw ModelError(where + ": expected KIND<TAB>ENTRY<TAB>WHY");
    if (cols[0] == "actor")
      skip.actors.insert(text::lowercase(cols[1]));
    else if (cols[0] == "agent")
      skip.agents.insert(text::lowercase(cols[1]));
    else if (cols[0] == "discard")
      skip.discards.insert(cols[1]);
    else
      throw ModelError(where + ": kind '" + cols[0] + "' is not actor, agent or discard");
  }
  return skip;
}

void add_shipped_petrarch(const std::filesystem::path& data_dir, ActorDictionary& actors,
                          VerbDictionary& verbs, DiscardList& discards) {
  const auto dir = data_dir / "petrarch2";
  if (!std::filesystem::is_directory(dir))
    throw ModelError(dir.string() +
                     ": the PETRARCH2 dictionaries are missing (they ship with kg in data/)");
  const PetrarchSkip skip = read_petrarch_skip(data_dir / "petrarch_skip.tsv");
  std::vector<DictIssue> ignored;  // `kg dict check` reports them; loading goes on without them
  for (const char* f : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                        "Phoenix.MilNonState.actors.txt"})
    actors.add_petrarch_actors(read_petrarch_actors(dir / f, ignored), skip.actors, false);
  actors.add_petrarch_agents(read_petrarch_agents(dir / "Phoenix.agents.txt", ignored),
                             skip.agents);
  verbs.add_petrarch(read_petrarch_verbs(dir / "CAMEO.2.0.txt", ignored), false);
  discards.add(read_petrarch_discards(dir / "Phoenix.discards.txt", ignored), skip.discards);
}

}  // namespace kg::events
