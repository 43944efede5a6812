// kg export: the graph as DOT, GraphML, JSON or CSV, optionally rendered by graphviz.
#include <fmt/core.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <optional>

#include "extract/text/errors.hpp"
#include "graph/graph_writers.hpp"
#include "store/queries.hpp"
#include "tools/command.hpp"
#include "tools/gdelt.hpp"
#include "tools/options.hpp"
#include "tools/output_file.hpp"

namespace kg::tools {
namespace {

// Runs graphviz's dot without a shell; throws InputError when it fails.
void render(const std::string& dot_file, const std::string& format, const std::string& out) {
  const pid_t pid = fork();
  if (pid == 0) {
    const std::string flag = "-T" + format;
    execlp("dot", "dot", flag.c_str(), dot_file.c_str(), "-o", out.c_str(),
           static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) == 127)
    throw InputError("cannot run graphviz 'dot' to render " + out +
                     " (install the graphviz package)");
  if (WEXITSTATUS(status) != 0) throw InputError("graphviz 'dot' failed to render " + out);
}

// The graph with each relation's lemma and event ids (for the formats that carry them).
graph::KnowledgeGraph with_details(store::Store& db, const graph::KnowledgeGraph& g) {
  std::vector<graph::Node> nodes;
  std::vector<store::RelationRow> edges;
  for (auto [v, end] = boost::vertices(g.graph()); v != end; ++v) nodes.push_back(g.graph()[*v]);
  for (auto [e, end] = boost::edges(g.graph()); e != end; ++e) edges.push_back(g.graph()[*e]);
  store::add_relation_details(db, edges);
  return graph::KnowledgeGraph(std::move(nodes), edges);
}

class ExportCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description(
        "Writes the relation graph. DOT is styled for reading (shape by entity type, colour\n"
        "by QuadClass: green/blue cooperation, orange/red conflict, purple statements; width by\n"
        "articles; claimed relations dashed; negated, hypothetical and planned ones dotted grey,\n"
        "labelled NOT, if, plans to); GraphML carries every attribute for Gephi or yEd. By\n"
        "default only asserted and hedged relations between entities with a coded action\n"
        "(--modality all, --all for the rest). Filters as for\n"
        "'kg query'; with --depth, --actor picks the centre of a neighbourhood instead.\n"
        "Examples:\n"
        "  kg export --format dot --actor China --depth 1 -o china.dot --render svg\n"
        "  kg export --format graphml --top 500 -o graph.graphml\n"
        "  kg export --format gdelt -o events.tsv; kg export --format gdelt-mentions -o m.tsv");
    add_db_option(app, db_);
    app.add_option("--format", format_,
                   "dot (default), graphml, json, csv, gdelt (GDELT 2.0 event table) or\n"
                   "gdelt-mentions (its mentions table)")
        ->check(CLI::IsMember({"dot", "graphml", "json", "csv", "gdelt", "gdelt-mentions"}));
    add_relation_filter(app, filter_);
    app.add_option("--depth", depth_, "with --actor: entities within N steps of it")
        ->check(CLI::Range(1, 5));
    app.add_option("--top", top_, "keep the N relations with most articles (readable pictures)");
    app.add_option("-o,--output", output_, "file to write (default: stdout)");
    app.add_option("--render", render_, "also run graphviz: svg or png next to the DOT file")
        ->check(CLI::IsMember({"svg", "png"}));
  }

  int run() override {
    if (!render_.empty() && (format_ != "dot" || output_.empty()))
      throw CLI::ValidationError("--render needs --format dot and -o FILE");
    store::Store db(db_, store::OpenMode::ReadOnly);
    std::string centre;
    if (depth_ > 0) {
      if (filter_.actor.empty()) throw CLI::ValidationError("--depth needs --actor");
      centre = filter_.actor;
      filter_.actor.clear();
    }
    graph::KnowledgeGraph g = store::load_graph(db, filter_);
    if (!centre.empty()) g = g.neighbourhood(resolve_entity(db, centre).id, depth_);
    if (top_ > 0) g = g.top_relations(top_);
    if (format_ == "graphml" || format_ == "json" || format_ == "csv") g = with_details(db, g);
    std::optional<OutputFile> file;
    if (!output_.empty()) file.emplace(output_);
    std::ostream& out = file ? file->stream() : std::cout;
    if (format_ == "dot")
      graph::write_dot(out, g);
    else if (format_ == "graphml")
      graph::write_graphml(out, g);
    else if (format_ == "json")
      graph::write_json(out, g);
    else if (format_ == "gdelt")
      write_gdelt_events(out, db, g);
    else if (format_ == "gdelt-mentions")
      write_gdelt_mentions(out, db, g);
    else
      graph::write_csv(out, g);
    if (file) {
      file->commit();
      std::cerr << fmt::format("wrote {} entities and {} relations to {}\n", g.node_count(),
                               g.edge_count(), output_);
    }
    if (!render_.empty()) {
      std::string picture = output_;
      if (picture.size() > 4 && picture.ends_with(".dot")) picture.resize(picture.size() - 4);
      picture += "." + render_;
      render(output_, render_, picture);
      std::cerr << "rendered " << picture << '\n';
    }
    return kExitOk;
  }

 private:
  std::string db_, format_ = "dot", output_, render_;
  store::RelationFilter filter_;
  int depth_ = 0;
  size_t top_ = 0;
};

}  // namespace

std::unique_ptr<Command> make_export_command() {
  return std::make_unique<ExportCommand>();
}

}  // namespace kg::tools
