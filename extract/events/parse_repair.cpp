// See parse_repair.hpp. The pattern is narrow on purpose: a sentence with no verbal
// root, whose noun root has a VBD/VBN modifier right after a noun or pronoun and
// before the root; that is never a well-formed reading of a whole news sentence.
#include "extract/events/parse_repair.hpp"

#include <string_view>

namespace kg::events {
using nlp::ParsedSentence;
using nlp::ParsedToken;
using nlp::Upos;

namespace {

bool is_noun_like(const ParsedToken& t) {
  return t.upos == Upos::NOUN || t.upos == Upos::PROPN || t.upos == Upos::PRON;
}

}  // namespace

ParsedSentence repair_verb_read_as_modifier(const ParsedSentence& sentence) {
  const auto& tok = sentence.tokens;
  const int n = static_cast<int>(tok.size());
  int root = -1;
  for (int i = 0; i < n; ++i)
    if (tok[static_cast<size_t>(i)].head < 0) root = i;
  if (root < 0 || (tok[static_cast<size_t>(root)].upos != Upos::NOUN &&
                   tok[static_cast<size_t>(root)].upos != Upos::PROPN))
    return sentence;
  int verb = -1;
  for (int i = 1; i < root; ++i) {
    const ParsedToken& t = tok[static_cast<size_t>(i)];
    if (t.head == root && t.base_rel() == "amod" && (t.xpos == "VBD" || t.xpos == "VBN") &&
        is_noun_like(tok[static_cast<size_t>(i - 1)]) && t.form.find('-') == std::string::npos) {
      verb = i;
      break;
    }
  }
  if (verb < 0) return sentence;
  // The subject is the noun right before the verb: it was the root's compound (or hung
  // off the verb); its own phrase is everything before the verb that hung off the root.
  // "The Bank of England raised rates": the noun right before the verb may sit inside
  // the subject phrase; its highest ancestor before the verb heads the subject.
  int subj = verb - 1;
  for (int h = tok[static_cast<size_t>(subj)].head; h >= 0 && h < verb && h != root;
       h = tok[static_cast<size_t>(subj)].head)
    subj = h;
  ParsedSentence out = sentence;
  auto& t = out.tokens;
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
  return out;
}

}  // namespace kg::events
