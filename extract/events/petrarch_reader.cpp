#include "extract/events/petrarch_reader.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>

#include "extract/events/petrarch_lines.hpp"
#include "extract/text/errors.hpp"
#include "extract/text/word_features.hpp"

namespace kg::events {
using text::lowercase;
namespace {

bool is_code_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '!';
}

bool valid_actor_code(std::string_view c) {
  return !c.empty() && std::all_of(c.begin(), c.end(), is_code_char);
}

// "[GBRGOV 070627-20100711]", "[ARM >911221]", "[AFG]" -> a DatedCode, or a reason why not.
std::string parse_code_group(std::string_view inside, DatedCode& out) {
  auto words = split_words(inside);
  if (words.size() == 3 && (words[1] == "<" || words[1] == ">")) {  // "[EGYGOV > 140608]"
    words[1] += words[2];
    words.pop_back();
  }
  if (words.empty()) return "empty code '[]'";
  if (words.size() > 2)
    return "expected [CODE] or [CODE DATES], got '[" + std::string(inside) + "]'";
  out.code = words[0];
  if (!valid_actor_code(out.code)) return "'" + out.code + "' is not an actor code (A-Z, 0-9)";
  if (words.size() == 1) return {};
  const std::string& d = words[1];
  auto date = [&](std::string_view s, std::string& into) -> std::string {
    into = petrarch_date(s);
    return into.empty() ? "'" + std::string(s) + "' is not a date (YYMMDD or YYYYMMDD)" : "";
  };
  if (d[0] == '<') return date(std::string_view(d).substr(1), out.to);
  if (d[0] == '>') return date(std::string_view(d).substr(1), out.from);
  const auto dash = d.find('-');
  if (dash == std::string::npos)
    return "date restriction '" + d + "' needs <DATE, >DATE or DATE-DATE";
  if (auto r = date(std::string_view(d).substr(0, dash), out.from); !r.empty()) return r;
  return date(std::string_view(d).substr(dash + 1), out.to);
}

// Every "[...]" group of `s` (from `from` on); the text before the first one goes to `name`.
std::string read_codes(std::string_view s, std::string& name, std::vector<DatedCode>& codes) {
  const auto first = s.find('[');
  name = join_words(s.substr(0, first));
  for (size_t p = first; p != std::string_view::npos; p = s.find('[', p)) {
    const auto close = s.find(']', p);
    if (close == std::string_view::npos)
      return "missing ']' after '" + std::string(s.substr(p)) + "'";
    DatedCode c;
    if (auto r = parse_code_group(s.substr(p + 1, close - p - 1), c); !r.empty()) return r;
    codes.push_back(std::move(c));
    p = close + 1;
  }
  return {};
}

std::string plural_of(const std::string& s) {
  if (s.empty()) return s;
  if (s.back() == 'Y') return s.substr(0, s.size() - 1) + "IES";
  if (s.back() == 'S') return s + "ES";
  return s + "S";
}

}  // namespace

std::string to_string(const DictIssue& issue) {
  return issue.file + ":" + std::to_string(issue.line) + ": " + issue.reason;
}

std::string_view to_string(DictFormat f) {
  switch (f) {
    case DictFormat::KgActors:
      return "kg actors (TSV)";
    case DictFormat::KgVerbs:
      return "kg verb patterns (TSV)";
    case DictFormat::PetrarchActors:
      return "PETRARCH actors";
    case DictFormat::PetrarchAgents:
      return "PETRARCH agents";
    case DictFormat::PetrarchVerbs:
      return "PETRARCH verbs (CAMEO.2.0)";
    case DictFormat::PetrarchDiscards:
      return "PETRARCH discards";
    case DictFormat::Unknown:
      break;
  }
  return "unknown";
}

bool is_country_code(std::string_view code) {
  // CAMEO's 3-letter codes that are not countries: sectors, religions, kinds of body.
  static constexpr std::string_view kOthers[] = {
      "AGR", "ALE", "AMN", "BAH", "BUD", "BUS", "CHR", "CON", "COP", "CRM", "CTH", "CVL", "DEV",
      "DOX", "EDU", "ELI", "ENV", "GOV", "HIN", "HLH", "HRI", "IGO", "IMG", "INS", "IRC", "ITH",
      "JAN", "JEW", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "MOS", "NGM", "NGO", "OPP",
      "PTY", "RAD", "REB", "REF", "REL", "SEP", "SHI", "SIK", "SPY", "UAF", "UIS", "WEU", "ZRO"};
  return code.size() == 3 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
         std::find(std::begin(kOthers), std::end(kOthers), code) == std::end(kOthers);
}

std::string petrarch_date(std::string_view s) {
  // PETRARCH reads 8 or more characters as YYYYMMDD and fewer as YYMMDD, ignoring the rest.
  if (s.size() > 7)
    s = s.substr(0, 8);
  else if (s.size() >= 6)
    s = s.substr(0, 6);
  else
    return {};
  if (!std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) return {};
  auto num = [&](size_t at, size_t n) { return std::stoi(std::string(s.substr(at, n))); };
  int year = 0;
  size_t at = 0;
  if (s.size() == 8) {
    year = num(0, 4);
    at = 4;
  } else {
    year = num(0, 2);
    year += year <= 30 ? 2000 : 1900;
    at = 2;
  }
  const int month = num(at, 2), day = num(at + 2, 2);
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return {};
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

DictFormat detect_format(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw InputError(path.string() + ": cannot open dictionary file");
  const std::string name = lowercase(path.filename().string());
  // kg's own formats are .tsv whatever the rest of the name says; the others go by name.
  if (!name.ends_with(".tsv")) {
    if (name.find(".actors") != std::string::npos) return DictFormat::PetrarchActors;
    if (name.find(".agents") != std::string::npos) return DictFormat::PetrarchAgents;
    if (name.find("discard") != std::string::npos) return DictFormat::PetrarchDiscards;
    if (name.find(".verbs") != std::string::npos || name.starts_with("cameo."))
      return DictFormat::PetrarchVerbs;
  }
  // By content: the first lines that are not comments.
  std::string line;
  for (int seen = 0; seen < 200 && std::getline(in, line);) {
    const std::string s = strip_comment(line);
    if (trim(s).empty()) continue;
    ++seen;
    const std::string t = trim(s);
    if (t.starts_with("---") || t[0] == '&' || t.starts_with("- "))
      return DictFormat::PetrarchVerbs;
    if (const auto tab = line.find('\t'); tab != std::string::npos && tab > 0 && line[0] != '\t') {
      const std::string first = line.substr(0, tab);
      if (std::all_of(first.begin(), first.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return DictFormat::KgVerbs;
      if (first.find('[') == std::string::npos) return DictFormat::KgActors;
    }
    if (t.find("[~") != std::string::npos || t.find("~]") != std::string::npos)
      return DictFormat::PetrarchAgents;
    if (t.find('[') != std::string::npos || t[0] == '+') return DictFormat::PetrarchActors;
  }
  return DictFormat::Unknown;
}

std::vector<ActorRecord> read_petrarch_actors(const std::filesystem::path& path,
                                              std::vector<DictIssue>& issues) {
  std::vector<ActorRecord> out;
  const std::string file = path.string();
  auto close_record = [&] {
    if (out.empty() || !out.back().codes.empty()) return;
    issues.push_back({file, out.back().line,
                      "'" + out.back().names[0] + "' has no code (a synonym missing its '+'?)"});
    out.pop_back();
  };
  for_each_line(path, "actor dictionary", [&](int n, std::string_view raw) {
    const std::string t = trim(raw);
    std::string name;
    std::vector<DatedCode> codes;
    const std::string problem =
        read_codes(t[0] == '+' ? std::string_view(t).substr(1) : t, name, codes);
    if (!problem.empty()) {
      issues.push_back({file, n, problem});
      return;
    }
    if (t[0] == '[') {  // date restrictions of the record above
      if (out.empty()) {
        issues.push_back({file, n, "a code line before any name"});
        return;
      }
      out.back().codes.insert(out.back().codes.end(), codes.begin(), codes.end());
      return;
    }
    if (name.empty()) {
      issues.push_back({file, n, "missing name"});
      return;
    }
    if (t[0] == '+') {
      if (out.empty()) {
        issues.push_back({file, n, "a '+' synonym before any name"});
        return;
      }
      out.back().names.push_back(name);
      out.back().codes.insert(out.back().codes.end(), codes.begin(), codes.end());
      return;
    }
    close_record();
    out.push_back({n, {name}, std::move(codes)});
  });
  close_record();
  return out;
}

std::vector<AgentRecord> read_petrarch_agents(const std::filesystem::path& path,
                                              std::vector<DictIssue>& issues) {
  std::vector<AgentRecord> out;
  std::map<std::string, std::vector<std::string>, std::less<>> markers;  // PERSON -> MAN, MEN ...
  const std::string file = path.string();
  for_each_line(path, "agent dictionary", [&](int n, std::string_view raw) {
    const std::string t = trim(raw);
    auto issue = [&](std::string why) { issues.push_back({file, n, std::move(why)}); };
    if (t[0] == '!' && t.find('=') != std::string::npos) {  // !PERSON! = MAN, MEN, ...
      const auto close = t.find('!', 1);
      if (close == std::string::npos || close > t.find('='))
        return issue("substitution marker needs the form !NAME! = A, B, C");
      auto& list = markers[t.substr(1, close - 1)];
      for (auto part : split_any(std::string_view(t).substr(t.find('=') + 1), ","))
        if (!trim(part).empty()) list.push_back(trim(part));
      return;
    }
    const auto open = t.find('[');
    if (open == std::string::npos) return issue("agent without a [code]");
    const auto close = t.find(']', open);
    if (close == std::string::npos) return issue("missing ']' after the code");
    std::string code = trim(std::string_view(t).substr(open + 1, close - open - 1));
    bool before = false;
    if (code.size() >= 2 && code.front() == '~') {
      code.erase(0, 1);
    } else if (code.size() >= 2 && code.back() == '~') {
      code.pop_back();
      before = true;
    } else {
      return issue("agent code '" + code + "' needs '~' before it (or after, for a prefix)");
    }
    if (!valid_actor_code(code)) return issue("'" + code + "' is not an agent code (A-Z, 0-9)");
    std::string phrase = trim(std::string_view(t).substr(0, open));
    std::vector<std::string> forms;
    if (const auto brace = phrase.find('{'); brace != std::string::npos) {
      const auto end = phrase.find('}', brace);
      if (end == std::string::npos) return issue("missing '}' after the plural");
      const std::string plural = trim(std::string_view(phrase).substr(brace + 1, end - brace - 1));
      phrase = trim(std::string_view(phrase).substr(0, brace));
      forms = {phrase};
      if (!plural.empty()) forms.push_back(plural);
    } else if (const auto bang = phrase.find('!'); bang != std::string::npos) {
      const auto end = phrase.find('!', bang + 1);
      if (end == std::string::npos) return issue("substitution marker needs a closing '!'");
      const auto it = markers.find(std::string_view(phrase).substr(bang + 1, end - bang - 1));
      if (it == markers.end())
        return issue("substitution marker '" + phrase.substr(bang, end - bang + 1) +
                     "' is not defined above");
      for (const auto& s : it->second)
        forms.push_back(phrase.substr(0, bang) + s + phrase.substr(end + 1));
    } else {
      forms = {phrase, plural_of(phrase)};
    }
    for (const auto& f : forms) {
      const std::string term = lowercase(join_words(f));
      if (term.empty()) return issue("missing agent phrase");
      out.push_back({n, term, code, before});
    }
  });
  return out;
}

std::vector<DiscardPhrase> read_petrarch_discards(const std::filesystem::path& path,
                                                  std::vector<DictIssue>& issues) {
  std::vector<DiscardPhrase> out;
  for_each_line(path, "discard list", [&](int n, std::string_view raw) {
    std::string t = trim(raw);
    DiscardPhrase d;
    d.line = n;
    if (t[0] == '+') {
      d.story = true;
      t = trim(std::string_view(t).substr(1));
    }
    d.whole_word = !t.empty() && t.back() == '_';
    std::string words;
    for (const auto& w : split_words(t)) words += (words.empty() ? "" : " ") + w;
    if (d.whole_word) words.pop_back();
    for (char& c : words)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (trim(words).empty()) {
      issues.push_back({path.string(), n, "empty discard phrase"});
      return;
    }
    d.text = trim(words);
    out.push_back(std::move(d));
  });
  return out;
}

}  // namespace kg::events
