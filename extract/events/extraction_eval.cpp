#include "extract/events/extraction_eval.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "extract/text/errors.hpp"

namespace kg::events {

using nlp::PrfCounts;
namespace {

std::string upper_trim(const std::string& s) {
  std::string r;
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c)))
      r += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return r;
}

GoldEvent normalize(GoldEvent e, bool country_only) {
  e.source = upper_trim(e.source);
  e.target = upper_trim(e.target);
  e.code = upper_trim(e.code);
  if (!e.code.empty() && e.code.size() < 3 &&
      std::all_of(e.code.begin(), e.code.end(), [](char c) { return c >= '0' && c <= '9'; }))
    e.code = std::string(3 - e.code.size(), '0') + e.code;
  if (country_only) {
    e.source = e.source.substr(0, 3);
    e.target = e.target.substr(0, 3);
  }
  return e;
}

std::string root_of(const std::string& code) {
  return code.size() >= 3 ? code.substr(0, 2) : code;
}

// Multiset intersection size.
size_t matches(std::vector<std::string> a, std::vector<std::string> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  std::vector<std::string> common;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
  return common.size();
}

// Lowercase \w+ runs.
std::vector<std::string> word_tokens(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '_' || c >= 0x80) {
      cur += static_cast<char>(std::tolower(c));
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

std::vector<std::string> rel_tokens(const std::string& s) {
  static const std::vector<std::string> kBe = {"be",  "is",   "am",   "are",
                                               "was", "were", "been", "being"};
  auto t = word_tokens(s);
  for (auto& w : t)
    if (std::find(kBe.begin(), kBe.end(), w) != kBe.end()) w = "be";
  return t;
}

size_t overlap(std::vector<std::string> a, std::vector<std::string> b) {
  return matches(std::move(a), std::move(b));
}

struct PairScore {
  double p = 0, r = 0;
};

PairScore pair_score(const OpenTuple& sys, const OpenTuple& gold, bool allow_swap) {
  auto one = [&](const OpenTuple& s) -> PairScore {
    const auto sr = rel_tokens(s.rel), gr = rel_tokens(gold.rel);
    const auto s1 = word_tokens(s.arg1), g1 = word_tokens(gold.arg1);
    const auto s2 = word_tokens(s.arg2), g2 = word_tokens(gold.arg2);
    if (overlap(sr, gr) == 0 || s1.empty() || (!g2.empty() && s2.empty())) return {};
    const double m = static_cast<double>(overlap(sr, gr) + overlap(s1, g1) + overlap(s2, g2));
    const double ns = static_cast<double>(sr.size() + s1.size() + s2.size());
    const double ng = static_cast<double>(gr.size() + g1.size() + g2.size());
    return {ns ? m / ns : 0.0, ng ? m / ng : 0.0};
  };
  PairScore best = one(sys);
  if (allow_swap) {
    const PairScore swapped = one({sys.arg2, sys.rel, sys.arg1});
    auto f = [](PairScore x) { return x.p + x.r > 0 ? 2 * x.p * x.r / (x.p + x.r) : 0.0; };
    if (f(swapped) > f(best)) best = swapped;
  }
  return best;
}

bool said_rel(const std::string& rel) {
  for (const auto& w : word_tokens(rel))
    if (w == "said" || w == "told" || w == "added" || w == "adds" || w == "says") return true;
  return false;
}

}  // namespace

OpenTuple open_tuple(const Event& e) {
  OpenTuple t;
  t.rel = e.action.text.empty() ? e.action.lemma : e.action.text;
  if (e.actor || !e.target) {
    t.arg1 = e.actor ? e.actor->text : "";
    t.arg2 = e.target ? e.target->text : "";
  } else {
    // An agentless passive ("four men were arrested") has its patient as target
    // and no actor; in Open IE the patient is the clause's first argument.
    t.arg1 = e.target->text;
  }
  for (const auto& m : e.modifiers) t.arg2 += (t.arg2.empty() ? "" : " ") + m.text;
  return t;
}

std::vector<GoldRecord> read_gold_records(const std::string& path, GoldMode& mode) {
  std::ifstream in(path);
  if (!in) throw InputError(path + ": cannot open gold file");
  std::vector<GoldRecord> out;
  std::string line;
  int n = 0;
  bool any_events = false, any_tuples = false;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = path + ":" + std::to_string(n);
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error&) {
      throw InputError(where + ": malformed JSON");
    }
    if (!j.is_object() || !j.contains("id") || !j.contains("text") || !j["text"].is_string())
      throw InputError(where + ": expected an object with \"id\" and \"text\"");
    GoldRecord r;
    r.id = j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump();
    r.text = j["text"].get<std::string>();
    if (j.contains("date") && j["date"].is_string()) {
      r.date = j["date"].get<std::string>();
      if (r.date.size() == 8)
        r.date = r.date.substr(0, 4) + "-" + r.date.substr(4, 2) + "-" + r.date.substr(6, 2);
    }
    if (j.contains("expected")) {
      any_events = true;
      for (const auto& e : j["expected"])
        r.events.push_back({e.value("source", ""), e.value("target", ""), e.value("code", "")});
    } else if (j.contains("tuples")) {
      any_tuples = true;
      for (const auto& t : j["tuples"]) {
        OpenTuple o{t.value("arg1", ""), t.value("rel", ""), t.value("arg2", "")};
        if (t.contains("more_args") && t["more_args"].is_array())
          for (const auto& m : t["more_args"])
            if (m.is_string()) o.arg2 += (o.arg2.empty() ? "" : " ") + m.get<std::string>();
        r.tuples.push_back(std::move(o));
      }
    } else {
      throw InputError(where +
                       ": record has neither \"expected\" (events) nor \"tuples\" (Open IE)");
    }
    out.push_back(std::move(r));
  }
  if (any_events == any_tuples)
    throw InputError(path + ": cannot tell event gold from Open IE gold");
  mode = any_events ? GoldMode::Event : GoldMode::Carb;
  return out;
}

EventScores score_events(const std::vector<GoldRecord>& gold,
                         const std::vector<std::vector<Event>>& system, bool country_only) {
  EventScores s;
  s.records = gold.size();
  for (size_t i = 0; i < gold.size(); ++i) {
    std::vector<GoldEvent> g, sy;
    for (const auto& e : gold[i].events) g.push_back(normalize(e, country_only));
    for (const auto& e : system[i]) {
      if (!e.actor || !e.target || e.actor->code.empty() || e.target->code.empty() ||
          e.action.code.empty())
        continue;
      if (e.modality == Modality::Hypothetical || e.modality == Modality::Question) continue;
      if (e.polarity == Polarity::Negated) continue;
      sy.push_back(normalize({e.actor->code, e.target->code, e.action.code}, country_only));
    }
    auto view = [](const std::vector<GoldEvent>& v, int k) {
      std::vector<std::string> out;
      for (const auto& e : v) {
        switch (k) {
          case 0:
            out.push_back(e.source + "/" + e.target + "/" + e.code);
            break;
          case 1:
            out.push_back(e.source + "/" + e.target);
            break;
          case 2:
            out.push_back(e.source + "/" + e.target + "/" + root_of(e.code));
            break;
          case 3:
            out.push_back(e.code);
            break;
          default:
            out.push_back(root_of(e.code));
            break;
        }
      }
      return out;
    };
    PrfCounts* views[] = {&s.exact, &s.dyad, &s.dyad_root, &s.code, &s.root};
    for (int k = 0; k < 5; ++k) {
      views[k]->gold += g.size();
      views[k]->system += sy.size();
      views[k]->correct += matches(view(g, k), view(sy, k));
    }
    auto as_set = [&](const std::vector<GoldEvent>& v) {
      auto x = view(v, 0);
      std::sort(x.begin(), x.end());
      x.erase(std::unique(x.begin(), x.end()), x.end());
      return x;
    };
    s.records_right += as_set(g) == as_set(sy);
  }
  return s;
}

CarbScores score_carb(const std::vector<GoldRecord>& gold,
                      const std::vector<std::vector<Event>>& system) {
  CarbScores s;
  double precision_credit = 0, recall_credit = 0;
  for (size_t i = 0; i < gold.size(); ++i) {
    const auto& g = gold[i].tuples;
    if (g.empty()) continue;
    ++s.sentences;
    std::vector<OpenTuple> sy;
    for (const auto& e : system[i]) sy.push_back(open_tuple(e));
    s.gold_tuples += g.size();
    s.system_tuples += sy.size();
    // scores[a][b]: system a against gold b.
    std::vector<std::vector<PairScore>> sc(sy.size(), std::vector<PairScore>(g.size()));
    for (size_t a = 0; a < sy.size(); ++a)
      for (size_t b = 0; b < g.size(); ++b) sc[a][b] = pair_score(sy[a], g[b], said_rel(g[b].rel));
    for (size_t b = 0; b < g.size(); ++b) {
      double best = 0;
      for (size_t a = 0; a < sy.size(); ++a) best = std::max(best, sc[a][b].r);
      recall_credit += best;
    }
    // Greedy one-to-one by highest precision, ties by recall.
    std::vector<std::tuple<double, double, size_t, size_t>> pairs;
    for (size_t a = 0; a < sy.size(); ++a)
      for (size_t b = 0; b < g.size(); ++b)
        if (sc[a][b].p > 0) pairs.emplace_back(sc[a][b].p, sc[a][b].r, a, b);
    std::sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) {
      if (std::get<0>(x) != std::get<0>(y)) return std::get<0>(x) > std::get<0>(y);
      return std::get<1>(x) > std::get<1>(y);
    });
    std::vector<bool> used_s(sy.size()), used_g(g.size());
    for (const auto& [p, r, a, b] : pairs) {
      if (used_s[a] || used_g[b]) continue;
      used_s[a] = used_g[b] = true;
      precision_credit += p;
    }
  }
  s.precision = s.system_tuples ? precision_credit / static_cast<double>(s.system_tuples) : 0;
  s.recall = s.gold_tuples ? recall_credit / static_cast<double>(s.gold_tuples) : 0;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  return s;
}

}  // namespace kg::events
