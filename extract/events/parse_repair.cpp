// See parse_repair.hpp. The pattern is narrow on purpose: a sentence with no verbal
// root, whose noun root has a VBD/VBN modifier right after a noun or pronoun and
// before the root; that is never a well-formed reading of a whole news sentence.
#include "extract/events/parse_repair.hpp"

#include <string_view>

#include "extract/events/actor_coder.hpp"
#include "extract/events/word_classes.hpp"
#include "extract/text/word_features.hpp"

namespace kg::events {
using nlp::ParsedSentence;
using nlp::ParsedToken;
using nlp::Upos;

namespace {

bool is_noun_like(const ParsedToken& t) {
  return t.upos == Upos::NOUN || t.upos == Upos::PROPN || t.upos == Upos::PRON;
}

}  // namespace

void repair_verb_read_as_modifier(ParsedSentence& sentence) {
  const auto& tok = sentence.tokens;
  const int n = static_cast<int>(tok.size());
  int root = -1;
  for (int i = 0; i < n; ++i)
    if (tok[static_cast<size_t>(i)].head < 0) root = i;
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
  if (verb < 0) return;
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
