// The CAMEO.2.0 verb file of PETRARCH2 (dictionaries.rst, "Verb Dictionary"),
// reduced to kg's pattern model: lemma, particle, one preposition and one set
// of object nouns. What does not reduce (words before the verb, two nouns,
// two prepositional phrases, `$`/`+`/`^` source and target markers,
// transformations `~`) is counted with its reason, never guessed at.
#include <algorithm>
#include <map>

#include "extract/events/petrarch_lines.hpp"
#include "extract/events/petrarch_reader.hpp"
#include "extract/text/word_features.hpp"

namespace kg::events {
using text::lowercase;
namespace {

// Words that, first after the verb and outside parentheses, are its particle ("SET OUT VIEWS").
bool is_particle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"UP",    "DOWN",    "OFF",   "OUT",
                                                    "BACK",  "AWAY",    "ASIDE", "FORWARD",
                                                    "ALONG", "THROUGH", "APART", "OVER"};
  return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
}

// "[042:043]" -> "042" (the code for the verb's own subject and object; the second
// is the reverse event, which kg does not emit), "[---]" -> "" (null code).
std::string parse_verb_code(std::string_view inside, std::string& code) {
  std::string_view first = inside.substr(0, inside.find(':'));
  if (first == "---") {
    code.clear();
    return {};
  }
  if (first.empty()) return "only a reverse-direction code";  // not expressed, not malformed
  const bool digits =
      std::all_of(first.begin(), first.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || first.size() < 2 || first.size() > 4)
    return "'[" + std::string(inside) + "]' is not a CAMEO code";
  code = first;
  return {};
}

// A noun position of a pattern: a word, a {PHRASE} or an &SET, as lowercase alternatives.
struct Element {
  enum class Kind { Noun, Prep, Marker } kind = Kind::Noun;
  std::vector<std::string> words;  // Noun: the phrase's words; Prep: preposition first
  std::vector<Element> nouns;      // Prep: its nouns
};

// Splits the part after '*' into words, {phrases} and (prep ...) groups.
std::string parse_elements(std::string_view s, std::vector<Element>& out, bool in_prep = false) {
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == ' ' || c == '\t') {
      ++i;
    } else if (c == '(') {
      if (in_prep) return "'(' inside a prepositional phrase";
      const auto close = s.find(')', i);
      if (close == std::string_view::npos) return "missing ')'";
      const auto inner = split_words(s.substr(i + 1, close - i - 1));
      if (inner.empty()) return "empty '()'";
      Element e;
      e.kind = Element::Kind::Prep;
      e.words = {inner[0]};
      const std::string_view rest = s.substr(i + 1, close - i - 1);
      const auto after_prep = rest.find(inner[0]) + inner[0].size();
      if (auto r = parse_elements(rest.substr(after_prep), e.nouns, true); !r.empty()) return r;
      out.push_back(std::move(e));
      i = close + 1;
    } else if (c == '{') {
      const auto close = s.find('}', i);
      if (close == std::string_view::npos) return "missing '}'";
      out.push_back({Element::Kind::Noun, split_words(s.substr(i + 1, close - i - 1)), {}});
      i = close + 1;
    } else if (c == ')' || c == '}') {
      return std::string("unmatched '") + c + "'";
    } else {
      const auto end = s.find_first_of(" \t({)}", i);
      std::string w(s.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i));
      const bool marker = w == "+" || w == "$" || w == "^" || w == "%" || w[0] == '$';
      out.push_back({marker ? Element::Kind::Marker : Element::Kind::Noun, {w}, {}});
      i = end == std::string_view::npos ? s.size() : end;
    }
  }
  return {};
}

struct Reader {
  PetrarchVerbs out;
  std::vector<DictIssue>& issues;
  std::string file;
  std::map<std::string, std::vector<std::string>, std::less<>> synsets;  // "&CURRENCY" -> phrases
  std::string current_set;  // while reading a synset's '+' lines
  bool set_no_plural = false;

  struct Verb {
    int line;
    std::string lemma, particle, code;
  };
  std::string block_code;
  std::vector<Verb> verbs;
  std::vector<VerbPatternRecord> block_patterns;  // lemma filled in per verb at block end

  void issue(int n, std::string why) { issues.push_back({file, n, std::move(why)}); }
  void not_expressed(int n, std::string why) {
    out.not_expressed.push_back({file, n, std::move(why)});
  }

  void flush_block() {
    if (verbs.empty()) {
      block_patterns.clear();
      return;
    }
    VerbBlock b;
    for (const Verb& v : verbs) {
      // A multi-word verb's second word may be a particle or a preposition
      // ("come upon"): kg's "@word" matches either.
      if (!v.code.empty() || !v.particle.empty())
        b.verbs.push_back({v.line, v.lemma, {}, v.particle, {}, v.code});
      if (v.particle.empty()) b.lemmas.push_back(v.lemma);  // patterns are for one-word verbs
    }
    b.patterns = std::move(block_patterns);
    out.blocks.push_back(std::move(b));
    verbs.clear();
    block_patterns.clear();
  }

  // Lowercase alternatives of a noun element ("&WEAPON" -> its phrases).
  bool expand(int n, const Element& e, std::vector<std::string>& alts) {
    std::vector<std::string> acc = {""};
    for (const auto& w : e.words) {
      std::vector<std::string> options;
      if (w[0] == '&') {
        const auto it = synsets.find(w);
        if (it == synsets.end()) {
          issue(n, "undefined synonym set '" + w + "' (define it before the pattern)");
          return false;
        }
        options = it->second;
      } else {
        options = {lowercase(w)};
      }
      std::vector<std::string> next;
      for (const auto& a : acc)
        for (const auto& o : options) next.push_back(a.empty() ? o : a + " " + o);
      acc = std::move(next);
    }
    alts.insert(alts.end(), acc.begin(), acc.end());
    return true;
  }

  void read_pattern(int n, std::string_view body) {
    ++out.pattern_lines;
    const auto open = body.rfind('[');
    const auto close = body.find(']', open == std::string_view::npos ? 0 : open);
    if (open == std::string_view::npos || close == std::string_view::npos)
      return issue(n, "pattern without a [CODE]");
    VerbPatternRecord p;
    p.line = n;
    if (auto r = parse_verb_code(body.substr(open + 1, close - open - 1), p.code); !r.empty())
      return r.starts_with("only") ? not_expressed(n, r) : issue(n, r);
    const std::string_view pat = body.substr(0, open);
    const auto star = pat.find('*');
    if (star == std::string_view::npos) return issue(n, "pattern without '*' for the verb");
    std::vector<Element> before, after;
    if (auto r = parse_elements(pat.substr(0, star), before); !r.empty()) return issue(n, r);
    if (auto r = parse_elements(pat.substr(star + 1), after); !r.empty()) return issue(n, r);
    if (!before.empty()) return not_expressed(n, "words before the verb");
    if (!after.empty() && after[0].kind == Element::Kind::Noun && after[0].words.size() == 1 &&
        is_particle(after[0].words[0])) {
      p.particle = lowercase(after[0].words[0]);
      after.erase(after.begin());
    }
    const Element* noun = nullptr;
    const Element* prep = nullptr;
    for (const Element& e : after) {
      if (e.kind == Element::Kind::Marker) return not_expressed(n, "a source or target marker");
      const Element*& slot = e.kind == Element::Kind::Prep ? prep : noun;
      if (slot)
        return not_expressed(n, e.kind == Element::Kind::Prep ? "two prepositional phrases"
                                                              : "two nouns after the verb");
      slot = &e;
    }
    if (prep) {
      p.prep = lowercase(prep->words[0]);
      if (prep->nouns.size() > 1) return not_expressed(n, "two nouns in a prepositional phrase");
      if (!prep->nouns.empty()) {
        if (noun) return not_expressed(n, "an object noun and a prepositional noun");
        noun = &prep->nouns[0];
        if (noun->kind == Element::Kind::Marker)
          return not_expressed(n, "a source or target marker");
      }
    }
    if (noun && (noun->kind != Element::Kind::Noun || !expand(n, *noun, p.nouns))) return;
    ++out.patterns_kept;
    block_patterns.push_back(std::move(p));
  }

  void read_verb(int n, std::string_view t) {
    std::string code = block_code;
    std::string_view main = t;
    if (const auto open = t.find('['); open != std::string_view::npos) {
      const auto close = t.find(']', open);
      if (close == std::string_view::npos) return issue(n, "missing ']' after the code");
      if (auto r = parse_verb_code(t.substr(open + 1, close - open - 1), code); !r.empty())
        return r.starts_with("only") ? not_expressed(n, r) : issue(n, r);
      main = t.substr(0, open);
    }
    size_t forms = 3;  // S, ED, ING made from the stem
    if (const auto brace = main.find('{'); brace != std::string_view::npos) {
      const auto end = main.find('}', brace);
      if (end == std::string_view::npos) return issue(n, "missing '}' after the verb forms");
      forms = split_words(main.substr(brace + 1, end - brace - 1)).size();
      main = main.substr(0, brace);
    }
    const auto words = split_words(main);
    if (words.size() != 1) return issue(n, "expected one verb (join multi-word verbs with '_')");
    ++out.verbs;
    out.verb_forms += forms;
    const std::string& w = words[0];
    Verb v{n, lowercase(w), {}, code};
    if (w.find('_') != std::string::npos || w.find('+') != std::string::npos) {
      const auto parts = split_any(w, "_");
      if (parts[0].empty() || parts[0][0] != '+') {
        if (w.find('+') == std::string::npos)
          return issue(n, "multi-word verb '" + w + "' needs '+' before its verb word");
        return not_expressed(n, "words before the verb in '" + w + "'");
      }
      if (parts.size() > 2 || (parts.size() == 2 && parts[1].empty()))
        return not_expressed(n, "more than one word after the verb in '" + w + "'");
      v.lemma = lowercase(std::string_view(parts[0]).substr(1));
      if (parts.size() == 2) v.particle = lowercase(parts[1]);
    }
    verbs.push_back(std::move(v));
  }

  void read_synset_member(int n, std::string_view t) {
    std::string phrase = trim(t.substr(1));
    const bool no_plural = set_no_plural || (!phrase.empty() && phrase.back() == '_');
    phrase = lowercase(join_words(phrase));
    if (phrase.empty()) return issue(n, "empty synonym");
    auto& list = synsets[current_set];
    list.push_back(phrase);
    if (!no_plural) {
      const char last = phrase.back();
      list.push_back(last == 'y'   ? phrase.substr(0, phrase.size() - 1) + "ies"
                     : last == 's' ? phrase + "es"
                                   : phrase + "s");
    }
  }

  void line(int n, std::string_view raw) {
    const std::string t = trim(raw);
    if (t[0] == '+' && !current_set.empty()) return read_synset_member(n, t);
    current_set.clear();
    if (t.starts_with("---")) {  // --- NAME [CODE] ---
      flush_block();
      block_code.clear();
      const auto open = t.find('['), close = t.find(']');
      if (open != std::string::npos && close != std::string::npos && close > open)
        if (auto r =
                parse_verb_code(std::string_view(t).substr(open + 1, close - open - 1), block_code);
            !r.empty()) {
          // "[:110]": the block's verbs code only the reverse event; on their own, nothing.
          block_code.clear();
          r.starts_with("only") ? not_expressed(n, r) : issue(n, r);
        }
    } else if (t[0] == '-') {
      read_pattern(n, std::string_view(t).substr(1));
    } else if (t[0] == '&') {
      flush_block();
      current_set = t;
      set_no_plural = t.back() == '_';
      if (set_no_plural) current_set.pop_back();
      ++out.synsets;
    } else if (t[0] == '~') {
      not_expressed(n, "a transformation");
    } else {
      read_verb(n, t);
    }
  }
};

}  // namespace

std::vector<VerbPatternRecord> PetrarchVerbs::flat() const {
  std::vector<VerbPatternRecord> out;
  for (const VerbBlock& b : blocks) {
    out.insert(out.end(), b.verbs.begin(), b.verbs.end());
    for (const auto& lemma : b.lemmas)
      for (VerbPatternRecord p : b.patterns) {
        p.lemma = lemma;
        out.push_back(std::move(p));
      }
  }
  return out;
}

PetrarchVerbs read_petrarch_verbs(const std::filesystem::path& path,
                                  std::vector<DictIssue>& issues) {
  Reader r{{}, issues, path.string(), {}, {}, false, {}, {}, {}};
  for_each_line(path, "verb dictionary", [&](int n, std::string_view s) { r.line(n, s); });
  r.flush_block();
  return std::move(r.out);
}

}  // namespace kg::events
