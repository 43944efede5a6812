// Parse repairs of how the model attaches clause and phrase arguments (declared in
// parse_repair.hpp): an object read as an oblique, object control read as a purpose,
// a name read as a group word's apposition, a finite complement read as an open one.
// Each leaves a sentence without its pattern unchanged.
#include <algorithm>
#include <vector>

#include "extract/events/parse_repair.hpp"
#include "extract/events/parse_tree.hpp"
#include "extract/events/word_classes.hpp"
#include "extract/text/word_features.hpp"

namespace kg::events {
using detail::descends_from;
using detail::is_noun_like;
using nlp::ParsedSentence;
using nlp::ParsedToken;
using nlp::Upos;

void repair_object_read_as_oblique(ParsedSentence& sentence) {
  auto& t = sentence.tokens;
  const int n = static_cast<int>(t.size());
  for (int i = 1; i < n; ++i) {
    ParsedToken& noun = t[static_cast<size_t>(i)];
    const int verb = noun.head;
    if (noun.upos != Upos::NOUN || noun.deprel != "obl" || verb < 0 || verb >= i ||
        t[static_cast<size_t>(verb)].upos != Upos::VERB)
      continue;
    const std::string lemma = text::lowercase(noun.lemma);
    if (detail::is_time_word(lemma) || detail::is_measure_noun(lemma)) continue;
    bool bare = true;
    for (int c = 0; c < n && bare; ++c) {
      const ParsedToken& x = t[static_cast<size_t>(c)];
      if (x.head == i && (x.base_rel() == "case" || x.upos == Upos::NUM ||
                          detail::is_time_word(text::lowercase(x.lemma))))
        bare = false;
      // A verb with an object, a clause or a passive subject has no room for another.
      const std::string_view r = x.deprel;
      if (x.head == verb && (r == "obj" || r == "iobj" || r == "ccomp" || r == "xcomp" ||
                             r == "nsubj:pass" || r == "aux:pass" || r == "expl"))
        bare = false;
    }
    // Right after the verb: only its particle and the phrase's own words between.
    for (int j = verb + 1; j < i && bare; ++j) {
      const ParsedToken& x = t[static_cast<size_t>(j)];
      if (!(x.head == verb && x.deprel == "compound:prt") && !descends_from(t, j, i)) bare = false;
    }
    if (bare) noun.deprel = "obj";
  }
}

void repair_control_read_as_purpose(ParsedSentence& sentence) {
  auto& t = sentence.tokens;
  const int n = static_cast<int>(t.size());
  for (int i = 0; i < n; ++i) {
    ParsedToken& inf = t[static_cast<size_t>(i)];
    const int verb = inf.head;
    if (inf.deprel != "advcl" || inf.xpos != "VB" || verb < 0 || verb > i) continue;
    const std::string lemma = text::lowercase(t[static_cast<size_t>(verb)].lemma);
    if (!detail::is_request(lemma) || lemma == "call") continue;
    bool to = false, object = false;
    for (int c = 0; c < n; ++c) {
      const ParsedToken& x = t[static_cast<size_t>(c)];
      if (x.head == i && x.deprel == "mark" && text::lowercase(x.form) == "to" && c < i) to = true;
      if (x.head == verb && x.base_rel() == "obj" && c < i && is_noun_like(x)) object = true;
    }
    if (to && object) inf.deprel = "xcomp";
  }
}

void repair_name_read_as_apposition(ParsedSentence& sentence) {
  auto& t = sentence.tokens;
  const int n = static_cast<int>(t.size());
  for (int a = 1; a < n; ++a) {
    ParsedToken& name = t[static_cast<size_t>(a)];
    const int noun = name.head;
    if (name.deprel != "appos" || noun < 0 || noun >= a ||
        t[static_cast<size_t>(noun)].upos != Upos::NOUN ||
        !detail::in(text::lowercase(t[static_cast<size_t>(noun)].lemma),
                    {"rebel", "opposition", "militant", "guerrilla", "insurgent", "separatist",
                     "group", "movement", "faction", "party", "organisation", "organization",
                     "militia", "alliance", "coalition", "front", "union", "federation"}))
      continue;
    // The name starts right after the noun, and is a name.
    int first = a;
    bool proper = name.upos == Upos::PROPN;
    for (int j = noun + 1; j < a; ++j) {
      if (!descends_from(t, j, a) || t[static_cast<size_t>(j)].upos == Upos::PUNCT) {
        first = -1;
        break;
      }
      first = std::min(first, j);
      proper = proper || t[static_cast<size_t>(j)].upos == Upos::PROPN;
    }
    // "officials Monday criticised": a day is no name.
    if (first != noun + 1 || !proper || detail::is_time_word(text::lowercase(name.form))) continue;
    ParsedToken& head = t[static_cast<size_t>(noun)];
    name.head = head.head;
    name.deprel = head.deprel;
    for (auto& x : t)
      if (x.head == noun && &x != &name && x.base_rel() != "det" && x.base_rel() != "amod" &&
          x.base_rel() != "compound" && x.base_rel() != "nmod:poss")
        x.head = a;  // what followed the noun's phrase belongs to the name's
    head.head = a;
    head.deprel = "compound";
  }
}

void repair_finite_open_complement(ParsedSentence& sentence) {
  auto& t = sentence.tokens;
  const int n = static_cast<int>(t.size());
  for (int i = 0; i < n; ++i) {
    ParsedToken& v = t[static_cast<size_t>(i)];
    if (v.deprel != "xcomp" || (v.xpos != "VBD" && v.xpos != "VBZ" && v.xpos != "VBP")) continue;
    for (int c = 0; c < n; ++c)
      if (t[static_cast<size_t>(c)].head == i && t[static_cast<size_t>(c)].base_rel() == "nsubj" &&
          c < i) {
        v.deprel = "ccomp";
        break;
      }
  }
}

}  // namespace kg::events
