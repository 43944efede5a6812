#include "extract/events/verb_dictionary.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "extract/text/errors.hpp"
#include "extract/text/split_fields.hpp"

namespace kg::events {

using text::split_fields;
namespace {

template <typename Fn>
void for_each_row(const std::filesystem::path& path, Fn&& fn) {
  std::ifstream in(path);
  if (!in) throw InputError(path.string() + ": cannot open verb dictionary");
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    if (tab == std::string::npos)
      throw InputError(path.string() + ":" + std::to_string(n) + ": expected CODE<tab>PATTERN");
    fn(n, line.substr(0, tab), line.substr(tab + 1));
  }
}

bool valid_code(std::string_view c) {
  if (c.size() < 3 || c.size() > 4) return false;
  for (char ch : c)
    if (ch < '0' || ch > '9') return false;
  return true;
}

}  // namespace

int quad_class_of(std::string_view code) {
  if (code.size() < 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9') return 0;
  const int root = (code[0] - '0') * 10 + (code[1] - '0');
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 9) return 2;
  if (root >= 10 && root <= 14) return 3;
  if (root >= 15 && root <= 20) return 4;
  return 0;
}

void VerbDictionary::read_patterns(const std::filesystem::path& path) {
  for_each_row(path, [&](int line, const std::string& code, const std::string& rest) {
    const std::string where = path.string() + ":" + std::to_string(line);
    // "---" is the null code, as in PETRARCH: the lemma is listed and codes nothing.
    if (code != "---" && !valid_code(code))
      throw InputError(where + ": '" + code + "' is not a CAMEO code (or --- for none)");
    std::istringstream ss(rest);
    std::string lemmas, part;
    ss >> lemmas;
    Pattern p;
    p.code = code == "---" ? "" : code;
    std::string nouns;
    while (ss >> part) {
      if (part[0] == '+')
        p.particle = part.substr(1);
      else if (part[0] == '@')
        p.prep = p.prep.empty() ? part.substr(1) : p.prep;
      else if (part[0] == '#')
        nouns = part.substr(1);
      else if (!nouns.empty())
        nouns += " " + part;  // multi-word nouns: "#air strike|raid"
      else
        throw InputError(where + ": unexpected '" + part + "' (use +PARTICLE, @PREP, #NOUNS)");
    }
    for (const auto& n : split_fields(nouns, '|'))
      if (!n.empty()) p.nouns.push_back(n);
    if (lemmas.empty()) throw InputError(where + ": missing verb lemma");
    // "@for|on" lists alternative prepositions: one pattern for each.
    std::vector<std::string> preps;
    for (const auto& pr : split_fields(p.prep, '|'))
      if (!pr.empty()) preps.emplace_back(pr);
    if (preps.empty()) preps.emplace_back();
    for (const auto& l : split_fields(lemmas, '|'))
      for (const auto& pr : preps)
        if (!l.empty()) {
          Pattern one = p;
          one.prep = pr;
          patterns_[l].push_back(std::move(one));
        }
  });
}

VerbDictionary VerbDictionary::load(const std::filesystem::path& dir) {
  VerbDictionary d;
  for_each_row(
      dir / "cameo_codes.tsv", [&](int line, const std::string& code, const std::string& rest) {
        const auto tab = rest.find('\t');
        if (!valid_code(code) || tab == std::string::npos)
          throw InputError((dir / "cameo_codes.tsv").string() + ":" + std::to_string(line) +
                           ": expected CODE<tab>GOLDSTEIN<tab>LABEL");
        d.codes_[code] = {code, rest.substr(tab + 1), std::stod(rest.substr(0, tab)),
                          quad_class_of(code)};
      });
  d.read_patterns(dir / "cameo_verbs.tsv");
  for_each_row(dir / "nominal_events.tsv",
               [&](int, const std::string& code, const std::string& rest) {
                 for (const auto& n : split_fields(rest, '|'))
                   if (!n.empty()) d.nominal_.emplace(n, code);
               });
  if (std::filesystem::exists(dir / "evaluations.tsv"))
    for_each_row(dir / "evaluations.tsv",
                 [&](int, const std::string& code, const std::string& rest) {
                   for (const auto& n : split_fields(rest, '|'))
                     if (!n.empty()) d.evaluation_.emplace(n, code);
                 });
  return d;
}

VerbDictionary::Pattern VerbDictionary::from_record(const VerbPatternRecord& r) {
  Pattern p;
  p.code = r.code;
  p.particle = r.particle;
  p.prep = r.prep;
  for (const auto& n : r.nouns) {
    p.nouns.push_back(n);
    // The extractor joins modifier lemmas to the head: {ARMS SHIPMENT} is "arm shipment".
    const auto space = n.rfind(' ');
    if (space == std::string::npos) continue;
    std::string lemmas;
    for (const auto& w : split_fields(std::string_view(n).substr(0, space), ' '))
      lemmas +=
          (w.size() > 3 && w.back() == 's' && !w.ends_with("ss") ? w.substr(0, w.size() - 1) : w) +
          " ";
    if (lemmas + n.substr(space + 1) != n) p.nouns.push_back(lemmas + n.substr(space + 1));
  }
  return p;
}

void VerbDictionary::add_petrarch(const PetrarchVerbs& verbs, bool user) {
  if (user) {  // few: straight into the lemma's list, first, so they win ties
    for (const auto& r : verbs.flat()) {
      auto& mine = patterns_[r.lemma];
      mine.insert(mine.begin(), from_record(r));
    }
    return;
  }
  for (const VerbBlock& b : verbs.blocks) {
    auto shared = std::make_shared<std::vector<Pattern>>();
    for (const auto& r : b.patterns) shared->push_back(from_record(r));
    for (const auto& r : b.verbs)
      if (!patterns_.contains(r.lemma)) petrarch_[r.lemma].own.push_back(from_record(r));
    if (shared->empty()) continue;
    for (const auto& lemma : b.lemmas)
      if (!patterns_.contains(lemma)) petrarch_[lemma].blocks.push_back(shared);  // kg's lemma wins
  }
}

void VerbDictionary::add_file(const std::filesystem::path& path) {
  const DictFormat format = detect_format(path);
  if (format == DictFormat::PetrarchVerbs) {
    std::vector<DictIssue> ignored;
    add_petrarch(read_petrarch_verbs(path, ignored), true);
    return;
  }
  if (format != DictFormat::KgVerbs && format != DictFormat::Unknown)
    throw InputError(path.string() + ": a " + std::string(to_string(format)) +
                     " file is not a verb dictionary (give it to --actors, or check it with "
                     "'kg dict check')");
  // User patterns go first, so they win over shipped ones of equal specificity.
  VerbDictionary user;
  user.read_patterns(path);
  for (auto& [lemma, list] : user.patterns_) {
    auto& mine = patterns_[lemma];
    mine.insert(mine.begin(), list.begin(), list.end());
  }
}

std::string VerbDictionary::code_for(const PredicateShape& p) const {
  const std::string lemma(p.lemma);
  std::vector<const std::vector<Pattern>*> lists;
  if (const auto it = patterns_.find(lemma); it != patterns_.end()) {
    lists.push_back(&it->second);
  } else if (const auto pt = petrarch_.find(lemma); pt != petrarch_.end()) {
    lists.push_back(&pt->second.own);
    for (const auto& b : pt->second.blocks) lists.push_back(b.get());
  }
  const Pattern* best = nullptr;
  size_t best_words = 0;
  for (const auto* list : lists)
    for (const Pattern& pat : *list) {
      if (!pat.particle.empty() && pat.particle != p.particle) continue;
      if (pat.particle.empty() && !p.particle.empty() && pat.nouns.empty() &&
          pat.prep != p.particle) {
        // "call off" is not "call"; only a bare pattern for the particle verb matches.
        continue;
      }
      // "@off" matches a preposition or a particle: parsers disagree on which "off" is.
      if (!pat.prep.empty() && pat.prep != p.particle &&
          std::find(p.preps.begin(), p.preps.end(), pat.prep) == p.preps.end())
        continue;
      size_t words = 0;
      if (!pat.nouns.empty()) {
        bool hit = false;
        for (const auto& n : pat.nouns)
          if (std::find(p.object_phrases.begin(), p.object_phrases.end(), n) !=
              p.object_phrases.end()) {
            hit = true;
            words = std::max<size_t>(words,
                                     1 + static_cast<size_t>(std::count(n.begin(), n.end(), ' ')));
          }
        if (!hit) continue;
      }
      if (!best || pat.specificity() > best->specificity() ||
          (pat.specificity() == best->specificity() && words > best_words)) {
        best = &pat;
        best_words = words;
      }
    }
  return best ? best->code : std::string();
}

std::string VerbDictionary::nominal_code(std::string_view lemma) const {
  const auto it = nominal_.find(std::string(lemma));
  return it == nominal_.end() ? std::string() : it->second;
}

std::string VerbDictionary::evaluation_code(std::string_view lemma) const {
  const auto it = evaluation_.find(std::string(lemma));
  return it == evaluation_.end() ? std::string() : it->second;
}

const EventCodeInfo* VerbDictionary::info(std::string_view code) const {
  const auto it = codes_.find(std::string(code));
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace kg::events
