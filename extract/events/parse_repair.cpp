// See parse_repair.hpp. The pattern is narrow on purpose: a sentence with no verbal
// root, whose noun root has a VBD/VBN modifier right after a noun or pronoun and
// before the root; that is never a well-formed reading of a whole news sentence.
#include "extract/events/parse_repair.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "extract/events/actor_coder.hpp"
#include "extract/events/parse_tree.hpp"
#include "extract/events/tag_repair.hpp"
#include "extract/events/word_classes.hpp"
#include "extract/text/word_features.hpp"

namespace kg::events {
using detail::descends_from;
using detail::is_noun_like;
using nlp::ParsedSentence;
using nlp::ParsedToken;
using nlp::Upos;

namespace {

// The sentence's root word, or -1.
int root_of(const std::vector<ParsedToken>& t) {
  int root = -1;
  for (size_t i = 0; i < t.size(); ++i)
    if (t[i].head < 0) root = static_cast<int>(i);
  return root;
}

// Whether word `v` has an object among the words after it and before `end`: a passive
// participle never has one, so a participle that has one is a verb in its own right.
bool has_object_before(const std::vector<ParsedToken>& t, int v, int end) {
  for (int i = v + 1; i < end; ++i)
    if (t[static_cast<size_t>(i)].head == v && t[static_cast<size_t>(i)].base_rel() == "obj")
      return true;
  return false;
}

}  // namespace

void repair_verb_read_as_modifier(ParsedSentence& sentence) {
  const auto& tok = sentence.tokens;
  const int n = static_cast<int>(tok.size());
  const int root = root_of(tok);
  if (root < 0 || (tok[static_cast<size_t>(root)].upos != Upos::NOUN &&
                   tok[static_cast<size_t>(root)].upos != Upos::PROPN))
    return;
  int verb = -1;
  for (int i = 1; i < root; ++i) {
    const ParsedToken& t = tok[static_cast<size_t>(i)];
    if (t.head == root && t.base_rel() == "amod" && (t.xpos == "VBD" || t.xpos == "VBN") &&
        is_noun_like(tok[static_cast<size_t>(i - 1)]) && t.form.find('-') == std::string::npos) {
      verb = i;
      break;
    }
  }
  if (verb < 0) {
    // "Liberian riot police used tear gas to disperse ...": the noun root with a
    // participle right after it that has an object, which a reduced relative (passive)
    // never has. The participle is the verb, the root its subject.
    const int v = root + 1;
    if (v >= n || tok[static_cast<size_t>(v)].head != root ||
        tok[static_cast<size_t>(v)].base_rel() != "acl" ||
        (tok[static_cast<size_t>(v)].xpos != "VBN" && tok[static_cast<size_t>(v)].xpos != "VBD"))
      return;
    if (!has_object_before(tok, v, n)) return;
    auto& t = sentence.tokens;
    for (int i = root + 1; i < n; ++i)  // what followed the noun is the verb's
      if (t[static_cast<size_t>(i)].head == root && i != v) t[static_cast<size_t>(i)].head = v;
    ParsedToken& vt = t[static_cast<size_t>(v)];
    vt.head = -1;
    vt.deprel = "root";
    vt.xpos = "VBD";
    vt.feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
    t[static_cast<size_t>(root)].head = v;
    t[static_cast<size_t>(root)].deprel = "nsubj";
    return;
  }
  // The subject is the noun right before the verb: it was the root's compound (or hung
  // off the verb); its own phrase is everything before the verb that hung off the root.
  // "The Bank of England raised rates": the noun right before the verb may sit inside
  // the subject phrase; its highest ancestor before the verb heads the subject.
  int subj = verb - 1;
  for (int h = tok[static_cast<size_t>(subj)].head; h >= 0 && h < verb && h != root;
       h = tok[static_cast<size_t>(subj)].head)
    subj = h;
  auto& t = sentence.tokens;
  auto at = [&](int i) -> ParsedToken& { return t[static_cast<size_t>(i)]; };
  for (int i = 0; i < n; ++i) {
    if (i == verb || i == subj) continue;
    if (at(i).head == root && i < verb)
      at(i).head = subj;  // "The" of "The army"
    else if (at(i).head == root && i > root && at(i).base_rel() == "nmod" &&
             at(i).deprel != "nmod:poss") {
      at(i).head = verb;  // "at the town": the verb's
      at(i).deprel = "obl";
    } else if (at(i).head == root && i > root && at(i).base_rel() == "punct") {
      at(i).head = verb;
    }
  }
  at(subj).head = verb;
  at(subj).deprel = "nsubj";
  at(verb).head = -1;
  at(verb).deprel = "root";
  at(verb).upos = Upos::VERB;
  at(verb).xpos = "VBD";
  at(verb).feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
  at(root).head = verb;
  at(root).deprel = "obj";
}

void repair_content_before_reporting_clause(ParsedSentence& sentence) {
  auto& t = sentence.tokens;
  const int n = static_cast<int>(t.size());
  auto at = [&](int i) -> ParsedToken& { return t[static_cast<size_t>(i)]; };
  const int root = root_of(t);
  if (root < 0 || at(root).upos != Upos::VERB || !detail::is_reporting(at(root).lemma)) return;
  // The two subjects: the first before a comma, the second the reporting clause's own.
  int first = -1;
  int second = -1;
  for (int i = 0; i < root; ++i)
    if (at(i).head == root && at(i).base_rel() == "nsubj") {
      if (first < 0)
        first = i;
      else
        second = i;
    }
  if (first < 0 || second < 0) return;
  // A reporting verb with its content after it ("A statement delivered by the president,
  // the minister, said the talks would go on") has its content already.
  for (int i = root + 1; i < n; ++i)
    if (at(i).head == root && detail::in(at(i).base_rel(), {"ccomp", "xcomp", "obj", "parataxis"}))
      return;
  int comma = -1;
  for (int i = first + 1; i < second; ++i)
    if (at(i).form == ",") comma = i;
  if (comma < 0) return;
  for (int i = comma + 1; i < second; ++i)  // the reporting subject's phrase follows the comma
    for (int h = i; h != second; h = at(h).head)
      if (h < 0 || h <= comma) return;
  // The content's verb: the first past or present verb of the first subject's phrase,
  // read as a modifier of one of its nouns.
  int verb = -1;
  for (int i = 1; i < comma && verb < 0; ++i) {
    const ParsedToken& v = at(i);
    if (v.upos != Upos::VERB || !descends_from(t, i, first) ||
        v.form.find('-') != std::string::npos || at(i - 1).form == ",")
      continue;
    // Before its noun ("extradited ... Haroon") the tagger's VBN is a slip too; after it,
    // a participle is a reduced relative ("the goods intercepted at the border") unless
    // it has an object, which a passive participle has not ("costs posed risks").
    const bool finite = v.xpos == "VBD" || v.xpos == "VBZ" || v.xpos == "VBP";
    const bool has_object = has_object_before(t, i, comma);
    if ((v.base_rel() == "amod" && v.head > i && (finite || v.xpos == "VBN") &&
         is_noun_like(at(i - 1))) ||
        (v.base_rel() == "acl" && v.head < i && (finite || (v.xpos == "VBN" && has_object))))
      verb = i;
  }
  if (verb < 0) return;
  const int noun = at(verb).head;
  int subj = first;
  if (noun > verb) {
    // "extradited [suspected British militant] Haroon", "[Kenyan police] arrested
    // [opposition leader] Kamau": the noun after the verb it was read to modify is its
    // object. When that noun headed the first subject, the subject is the phrase right
    // before the verb; the words before the verb belong to the subject either way.
    if (noun == first) {
      subj = verb - 1;
      for (int h = at(subj).head; h >= 0 && h < verb; h = at(subj).head) subj = h;
      if (!is_noun_like(at(subj))) return;
    }
    for (int i = 0; i < verb; ++i)
      if (i != subj && (at(i).head == noun || at(i).head == verb)) at(i).head = subj;
    at(noun).head = verb;
    at(noun).deprel = "obj";
  }
  at(verb).head = root;
  at(verb).deprel = "ccomp";
  at(subj).head = verb;
  at(subj).deprel = "nsubj";
}

void repair_subjunctive_read_as_noun(ParsedSentence& sentence) {
  auto& t = sentence.tokens;
  const int n = static_cast<int>(t.size());
  auto at = [&](int i) -> ParsedToken& { return t[static_cast<size_t>(i)]; };
  for (int v = 3; v + 1 < n; ++v) {
    if (at(v).xpos != "VB" || detail::in(at(v).base_rel(), {"root", "ccomp", "xcomp", "advcl",
                                                            "conj", "acl", "csubj", "parataxis"}))
      continue;
    // "that", heading the clause, right after the word of demanding.
    int that = -1;
    for (int k = v - 2; k >= 1 && that < 0; --k)
      if (text::lowercase(at(k).form) == "that" && is_mandative(at(k - 1).lemma) &&
          at(k).head == k - 1)
        that = k;
    if (that < 0) continue;
    // The clause is what hung under "that", read before any head changes.
    std::vector<bool> under(static_cast<size_t>(n), false);
    for (int i = 0; i < n; ++i) under[static_cast<size_t>(i)] = descends_from(t, i, that);
    auto under_that = [&](int i) { return under[static_cast<size_t>(i)]; };
    if (!under_that(v) || !is_noun_like(at(v - 1))) continue;
    int subj = v - 1;
    for (int h = at(subj).head; h > that && h < v; h = at(subj).head) subj = h;
    int obj = -1;
    for (int i = v + 1; i < n && under_that(i); ++i)
      if (at(i).head <= v || at(i).head == that) {
        if (obj < 0 && is_noun_like(at(i))) obj = i;
      }
    at(v).head = that - 1;
    at(v).deprel = at(that).deprel == "mark" ? "ccomp" : at(that).deprel;
    for (int i = that + 1; i < n; ++i) {
      if (i == v || i == subj || i == obj || !under_that(i)) continue;
      if (i < v && (at(i).head <= that || at(i).head >= v)) at(i).head = subj;
      if (i > v && (at(i).head < v || at(i).head == that)) at(i).head = obj >= 0 ? obj : v;
    }
    at(that).head = v;
    at(that).deprel = "mark";
    at(subj).head = v;
    at(subj).deprel = "nsubj";
    if (obj >= 0) {
      at(obj).head = v;
      at(obj).deprel = "obj";
    }
    return;
  }
}

void repair_gerund_read_as_verb(ParsedSentence& sentence) {
  auto& t = sentence.tokens;
  const int n = static_cast<int>(t.size());
  for (int v = 0; v < n; ++v) {
    ParsedToken& g = t[static_cast<size_t>(v)];
    if (g.xpos != "VBG" || g.head < 0 || (g.base_rel() != "advcl" && g.base_rel() != "acl"))
      continue;
    bool has_case = false;
    bool nominal_modifier = false;
    bool verbal_dependent = false;
    for (int c = 0; c < n; ++c) {
      const ParsedToken& d = t[static_cast<size_t>(c)];
      if (d.head != v) continue;
      const std::string_view r = d.base_rel();
      if (r == "case" && c < v) has_case = true;
      if ((r == "compound" || r == "det" || r == "amod" || r == "nmod") && c < v)
        nominal_modifier = true;
      if (r == "obj" || r == "nsubj" || r == "aux" || r == "mark" || r == "advmod")
        verbal_dependent = true;
    }
    // "in [army] [firing]" with the noun as the oblique and the -ing word beside it:
    // the noun is the gerund's modifier, and the preposition the gerund's.
    const int before = v - 1;
    if (!has_case && !verbal_dependent && before >= 0 &&
        t[static_cast<size_t>(before)].upos == Upos::NOUN &&
        t[static_cast<size_t>(before)].head == g.head &&
        t[static_cast<size_t>(before)].base_rel() == "obl") {
      ParsedToken& noun = t[static_cast<size_t>(before)];
      for (int c = 0; c < n; ++c)
        if (t[static_cast<size_t>(c)].head == before &&
            t[static_cast<size_t>(c)].base_rel() == "case")
          t[static_cast<size_t>(c)].head = v;
      noun.head = v;
      noun.deprel = "compound";
      g.deprel = "advcl";  // made an oblique below
      has_case = nominal_modifier = true;
    }
    if (!has_case || !nominal_modifier || verbal_dependent) continue;
    g.upos = Upos::NOUN;
    g.xpos = "NN";
    g.feats = "Number=Sing";
    g.lemma = text::lowercase(g.form);
    g.deprel = g.base_rel() == "advcl" ? "obl" : "nmod";
    for (int c = 0; c < n; ++c)  // its own obliques are now a noun's modifiers
      if (t[static_cast<size_t>(c)].head == v && t[static_cast<size_t>(c)].base_rel() == "obl")
        t[static_cast<size_t>(c)].deprel = "nmod";
  }
}

void repair_coordinated_titled_names(ParsedSentence& sentence) {
  auto& t = sentence.tokens;
  const int n = static_cast<int>(t.size());
  auto at = [&](int i) -> ParsedToken& { return t[static_cast<size_t>(i)]; };
  for (int c = 1; c + 2 < n; ++c) {
    if (at(c).upos != Upos::CCONJ || !detail::in(text::lowercase(at(c).form), {"and", "&"}))
      continue;
    const std::string_view title = at(c + 1).form;
    if (!detail::in(title, {"Mr",    "Mr.",        "Mrs",     "Mrs.",    "Ms",      "Ms.",
                            "Dr",    "Dr.",        "Sir",     "Lord",    "Lady",    "President",
                            "Prime", "Chancellor", "Senator", "Sen.",    "General", "Gen.",
                            "King",  "Queen",      "Prince",  "Minister"}))
      continue;
    // The second name's head: the word after the title that hangs, with the title, on a
    // name before "and".
    int second = -1;
    for (int k = c + 2; k < n && at(k).upos == Upos::PROPN; ++k)
      if (at(k).head >= 0 && at(k).head < c && at(k).base_rel() == "flat") second = k;
    if (second < 0) continue;
    const int first = at(second).head;
    at(second).deprel = "conj";
    at(c).head = second;
    at(c).deprel = "cc";
    for (int k = c + 1; k < second; ++k)  // the title and given names are the second's
      if (at(k).head == first || at(k).head == c + 1) {
        if (k != c + 1 && at(k).head == c + 1) continue;
        at(k).head = second;
        at(k).deprel = "compound";
      }
  }
  // "President Bush and Prime Minister Tony Blair met": the same, read as two subjects
  // of one verb with the "and" inside the second.
  for (int c = 1; c + 1 < n; ++c) {
    if (at(c).upos != Upos::CCONJ || !detail::in(text::lowercase(at(c).form), {"and", "&"}))
      continue;
    int second = at(c).head;
    while (second >= 0 && second > c && at(second).base_rel() != "nsubj" && at(second).head > c)
      second = at(second).head;
    if (second < 0 || second < c || at(second).base_rel() != "nsubj") continue;
    const int verb = at(second).head;
    int first = -1;
    for (int k = 0; k < c; ++k)
      if (at(k).head == verb && at(k).base_rel() == "nsubj") first = k;
    if (first < 0) continue;
    at(second).head = first;
    at(second).deprel = "conj";
    at(c).head = second;
  }
}

void repair_company_names_with_and(ParsedSentence& sentence, const KnownName& known) {
  auto& t = sentence.tokens;
  const int n = static_cast<int>(t.size());
  // Capitalized words of a name, whatever the tagger made of them ("Savings", "Loan",
  // "Marks"), and a legal form however written ("plc").
  auto capitalized = [&](int i) {
    const ParsedToken& x = t[static_cast<size_t>(i)];
    const bool nominal = x.upos == Upos::PROPN || x.upos == Upos::NOUN || x.upos == Upos::ADJ;
    return nominal && !x.form.empty() &&
           ((x.form[0] >= 'A' && x.form[0] <= 'Z') || is_company_suffix(x.form));
  };
  // "Bank" and "Company" end too many names that are joined to another actor ("the IMF
  // and World Bank"); a legal form or "Association" ends one company.
  auto org_end = [&](int i) {
    const std::string l = text::lowercase(t[static_cast<size_t>(i)].form);
    return is_company_suffix(l) || l == "association";
  };
  auto words = [&](int from, int to) {
    std::vector<std::string_view> w;
    for (int i = from; i <= to; ++i) w.push_back(t[static_cast<size_t>(i)].form);
    return w;
  };
  for (int k = 1; k + 1 < n; ++k) {
    const std::string_view f = t[static_cast<size_t>(k)].form;
    if ((f != "and" && f != "&") || !capitalized(k - 1) || !capitalized(k + 1)) continue;
    int last = k + 1;
    // "Standard and Poor's Corp": a possessive right after the "and" belongs to the name
    // ("Iran and China's Sinopec Corp" has it further on, and is two actors).
    while (last + 1 < n && (capitalized(last + 1) ||
                            (last == k + 1 && t[static_cast<size_t>(last + 1)].form == "'s" &&
                             last + 2 < n && capitalized(last + 2))))
      ++last;
    int first = k - 1;
    while (first > 0 && capitalized(first - 1)) --first;
    // The name must end in a legal form, and neither half may be a whole actor of its
    // own ("Ford Motor Co and General Motors Corp", "Pennzoil and Getty Oil Co" when the
    // dictionary knows Pennzoil).
    if (!org_end(last) || org_end(k - 1) || known(words(first, k - 1)) || known(words(k + 1, last)))
      continue;
    auto inside = [&](int h) { return h >= first && h <= last; };
    int external = -1;  // the word of the name the parser attached outside it
    for (int i = first; i <= last && external < 0; ++i)
      if (!inside(t[static_cast<size_t>(i)].head)) external = i;
    if (external < 0) continue;
    const int ext_head = t[static_cast<size_t>(external)].head;
    // Reattaching the name to a word that hangs off the name would make a cycle.
    bool cycle = false;
    for (int h = ext_head, steps = 0; h >= 0 && steps < n;
         h = t[static_cast<size_t>(h)].head, ++steps)
      cycle = cycle || inside(h);
    if (cycle) continue;
    const std::string ext_rel = t[static_cast<size_t>(external)].deprel;
    for (int i = 0; i < n; ++i) {
      ParsedToken& x = t[static_cast<size_t>(i)];
      if (i >= first && i < last) {
        x.head = last;
        x.deprel = "compound";
      } else if (!inside(i) && inside(x.head)) {
        x.head = last;  // "the", "of Trenton": now the whole name's
      }
    }
    t[static_cast<size_t>(last)].head = ext_head;
    t[static_cast<size_t>(last)].deprel = ext_rel;
    k = last;
  }
}

void repair_hyphenated_participles(ParsedSentence& sentence) {
  auto& t = sentence.tokens;
  const int n = static_cast<int>(t.size());
  for (int i = 0; i + 3 < n; ++i) {
    ParsedToken& noun = t[static_cast<size_t>(i)];
    const ParsedToken& dash = t[static_cast<size_t>(i + 1)];
    ParsedToken& part = t[static_cast<size_t>(i + 2)];
    if ((noun.upos != Upos::NOUN && noun.upos != Upos::PROPN && noun.upos != Upos::ADJ) ||
        dash.form != "-" || part.xpos != "VBN" || noun.head == i + 2)
      continue;
    // The participle modifies a noun after it ("held part", "led forces").
    const int modified = part.head;
    if (modified <= i + 2 || (t[static_cast<size_t>(modified)].upos != Upos::NOUN &&
                              t[static_cast<size_t>(modified)].upos != Upos::PROPN))
      continue;
    // Words that hung off the noun move to the participle, so no word is left hanging.
    for (auto& x : t)
      if (x.head == i) x.head = i + 2;
    noun.head = i + 2;
    noun.deprel = "obl:npmod";
    part.deprel = "amod";
    t[static_cast<size_t>(i + 1)].head = i + 2;
  }
}

}  // namespace kg::events
