#include "tools/gdelt.hpp"

#include <fmt/format.h>

#include <array>
#include <cmath>
#include <set>

#include "graph/cameo.hpp"
#include "store/queries.hpp"

namespace kg::tools {
namespace {

// A TSV cell: no tabs or line breaks inside.
std::string cell(std::string v) {
  for (char& c : v)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return v;
}

std::string upper_ascii(std::string v) {
  for (char& c : v)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return v;
}

// "2013-06-05" -> "20130605"; "" when not a date.
std::string day_of(const std::string& date) {
  if (date.size() < 10) return "";
  return date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2);
}

// GDELT's FractionDate: the year plus the fraction of it completed by that day.
std::string fraction_date(const std::string& date) {
  if (date.size() < 10) return "";
  const int year = std::stoi(date.substr(0, 4)), month = std::stoi(date.substr(5, 2)),
            day = std::stoi(date.substr(8, 2));
  static constexpr int kBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int yday = kBefore[std::clamp(month, 1, 12) - 1] + day + (leap && month > 2 ? 1 : 0);
  return fmt::format("{:.4f}", year + (yday - 1) / (leap ? 366.0 : 365.0));
}

// "2024-01-02T03:04:05Z" -> "20240102030405".
std::string timestamp_of(const std::string& iso) {
  std::string out;
  for (char c : iso)
    if (c >= '0' && c <= '9') out += c;
  return out.size() >= 14 ? out.substr(0, 14) : out;
}

// The events GDELT may count: affirmative, asserted or hedged.
std::vector<store::RelationMention> factual_mentions(store::Store& db, int64_t relation) {
  auto all = store::relation_mentions(db, relation);
  std::erase_if(all, [](const store::RelationMention& m) {
    return m.polarity != "affirmative" || (m.modality != "asserted" && m.modality != "hedged");
  });
  return all;
}

// Actor columns: code, name, country, known group, ethnic, religion 1-2, type 1-3.
void actor_columns(std::vector<std::string>& row, const graph::Node& n) {
  const graph::ActorCodeParts p = graph::split_actor_code(n.code);
  row.push_back(cell(n.code));
  row.push_back(cell(upper_ascii(n.name)));
  row.push_back(p.country);
  row.push_back(p.known_group);
  row.push_back("");  // ethnic code
  row.push_back("");  // religion 1
  row.push_back("");  // religion 2
  for (size_t i = 0; i < 3; ++i) row.push_back(i < p.types.size() ? p.types[i] : "");
}

void write_row(std::ostream& out, const std::vector<std::string>& row) {
  for (size_t i = 0; i < row.size(); ++i) out << (i ? "\t" : "") << row[i];
  out << '\n';
}

template <typename Fn>
void for_each_coded_edge(const graph::KnowledgeGraph& g, Fn&& fn) {
  const graph::Graph& gr = g.graph();
  std::vector<graph::Graph::edge_descriptor> edges;
  for (auto [e, end] = boost::edges(gr); e != end; ++e)
    if (!graph::relation_code(gr[*e]).empty()) edges.push_back(*e);
  std::sort(edges.begin(), edges.end(),
            [&](const auto& a, const auto& b) { return gr[a].id < gr[b].id; });
  for (const auto& e : edges) fn(gr[e], gr[boost::source(e, gr)], gr[boost::target(e, gr)]);
}

}  // namespace

void write_gdelt_events(std::ostream& out, store::Store& db, const graph::KnowledgeGraph& g) {
  for_each_coded_edge(g, [&](const graph::Edge& e, const graph::Node& a, const graph::Node& t) {
    const auto mentions = factual_mentions(db, e.id);
    if (mentions.empty()) return;
    std::set<int64_t> articles;
    std::set<std::string> sources;
    std::string first_date, url, added;
    bool root = false;
    for (const auto& m : mentions) {
      articles.insert(m.original_id);  // near-duplicates count once with their original
      if (!m.source.empty()) sources.insert(m.source);
      if (!m.date.empty() && (first_date.empty() || m.date < first_date)) first_date = m.date;
      if (url.empty()) url = m.url;
      if (added.empty() || m.ingested_at < added) added = m.ingested_at;
      root = root || m.paragraph == 0;
    }
    if (url.empty()) url = mentions.front().origin;
    const std::string code(graph::relation_code(e));
    const std::string day = day_of(first_date);
    std::vector<std::string> row;
    row.reserve(kGdeltEventColumns);
    row.push_back(std::to_string(e.id));                             // 0 GlobalEventID
    row.push_back(day);                                              // 1 Day
    row.push_back(day.empty() ? "" : day.substr(0, 6));              // 2 MonthYear
    row.push_back(day.empty() ? "" : day.substr(0, 4));              // 3 Year
    row.push_back(fraction_date(first_date));                        // 4 FractionDate
    actor_columns(row, a);                                           // 5-14 Actor1
    actor_columns(row, t);                                           // 15-24 Actor2
    row.push_back(root ? "1" : "0");                                 // 25 IsRootEvent
    row.push_back(code);                                             // 26 EventCode
    row.push_back(code.substr(0, 3));                                // 27 EventBaseCode
    row.push_back(code.substr(0, 2));                                // 28 EventRootCode
    row.push_back(std::to_string(graph::quad_class_of_code(code)));  // 29 QuadClass
    const auto goldstein = graph::goldstein_of(code);
    row.push_back(goldstein ? fmt::format("{:g}", *goldstein) : "");  // 30 GoldsteinScale
    row.push_back(std::to_string(mentions.size()));                   // 31 NumMentions
    row.push_back(std::to_string(sources.size()));                    // 32 NumSources
    row.push_back(std::to_string(articles.size()));                   // 33 NumArticles
    row.resize(59);                                                   // 34 AvgTone .. 58: empty
    row.push_back(timestamp_of(added));                               // 59 DATEADDED
    row.push_back(cell(url));                                         // 60 SOURCEURL
    write_row(out, row);
  });
}

void write_gdelt_mentions(std::ostream& out, store::Store& db, const graph::KnowledgeGraph& g) {
  for_each_coded_edge(g, [&](const graph::Edge& e, const graph::Node&, const graph::Node&) {
    const auto mentions = factual_mentions(db, e.id);
    std::string added;
    for (const auto& m : mentions)
      if (added.empty() || m.ingested_at < added) added = m.ingested_at;
    for (const auto& m : mentions) {
      const std::string day = day_of(m.date);
      std::vector<std::string> row;
      row.reserve(kGdeltMentionColumns);
      row.push_back(std::to_string(e.id));                                        // GlobalEventID
      row.push_back(timestamp_of(added));                                         // EventTimeDate
      row.push_back(day.empty() ? timestamp_of(m.ingested_at) : day + "000000");  // MentionTimeDate
      row.push_back(m.url.empty() ? "2" : "1");               // MentionType: WEB, CITATIONONLY
      row.push_back(cell(m.source));                          // MentionSourceName
      row.push_back(cell(m.url.empty() ? m.origin : m.url));  // MentionIdentifier
      row.push_back(std::to_string(m.sentence + 1));          // SentenceID
      row.push_back(std::to_string(m.actor_char));            // Actor1CharOffset
      row.push_back(std::to_string(m.target_char));           // Actor2CharOffset
      row.push_back(std::to_string(m.action_char));           // ActionCharOffset
      row.push_back("1");                                     // InRawText
      row.push_back(std::to_string(std::lround(m.confidence * 100)));  // Confidence
      row.push_back(std::to_string(m.doc_chars));                      // MentionDocLen
      row.resize(kGdeltMentionColumns);  // MentionDocTone, TranslationInfo, Extras: empty
      write_row(out, row);
    }
  });
}

}  // namespace kg::tools
