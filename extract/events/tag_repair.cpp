// See tag_repair.hpp.
#include "extract/events/tag_repair.hpp"

#include "extract/events/known_names.hpp"
#include "extract/events/word_classes.hpp"
#include "extract/text/word_features.hpp"

namespace kg::events {
using nlp::ParsedToken;
using nlp::Upos;

bool is_mandative(std::string_view lemma) {
  return detail::in(lemma, {"demand", "insist", "urge", "ask", "request", "recommend", "propose",
                            "require", "suggest", "order", "insistence", "call", "proposal",
                            "recommendation", "stipulate", "decree", "rule"});
}

namespace {

// Words a subject noun phrase is made of, up to its last noun.
bool in_subject(const ParsedToken& t) {
  return t.upos == Upos::DET || t.upos == Upos::ADJ || t.upos == Upos::NOUN ||
         t.upos == Upos::PROPN || t.upos == Upos::NUM || t.xpos == "POS" || t.form == "of" ||
         t.xpos == "PRP$";
}

// What may open the object or complement of the subjunctive verb.
bool opens_complement(const ParsedToken& t) {
  return t.upos == Upos::DET || t.upos == Upos::ADJ || t.upos == Upos::NOUN ||
         t.upos == Upos::PROPN || t.upos == Upos::NUM || t.xpos == "PRP$" || t.xpos == "PRP" ||
         t.upos == Upos::ADP || t.upos == Upos::ADV;
}

}  // namespace

void tag_mandative_subjunctives(std::span<ParsedToken> tokens, const IsVerb& is_verb) {
  const size_t n = tokens.size();
  for (size_t i = 0; i + 3 < n; ++i) {
    if (!is_mandative(tokens[i].lemma) || text::lowercase(tokens[i + 1].form) != "that") continue;
    // The subject: at least one word, ending in a noun; the verb right after it.
    size_t k = i + 2;
    while (k < n && in_subject(tokens[k])) ++k;
    // The tagger swallowed the verb into the subject: step back to the first word after
    // a noun that is a bare verb form.
    for (size_t v = i + 3; v < k && v + 1 < n; ++v) {
      ParsedToken& t = tokens[v];
      const ParsedToken& before = tokens[v - 1];
      if ((t.xpos != "NN" && t.xpos != "NNP" && t.xpos != "JJ") ||
          (before.upos != Upos::NOUN && before.upos != Upos::PROPN) || before.xpos == "NNS" ||
          before.xpos == "NNPS" || text::lowercase(t.form) != t.lemma || !is_verb(t.lemma) ||
          !opens_complement(tokens[v + 1]))
        continue;
      // "demanded that the government ban on protests be lifted": a verb later in the
      // clause is the clause's own; the noun stays a noun.
      bool later_verb = false;
      for (size_t w = v + 1; w < n && !later_verb; ++w) {
        if (tokens[w].form == "," || tokens[w].form == ";" || tokens[w].form == ".") break;
        later_verb = tokens[w].upos == Upos::VERB || tokens[w].upos == Upos::AUX;
      }
      if (later_verb) break;
      t.upos = Upos::VERB;
      t.xpos = "VB";
      t.feats = "VerbForm=Inf";
      break;
    }
  }
}

void tag_control_infinitives(std::span<ParsedToken> tokens, const IsVerb& is_verb) {
  for (size_t i = 0; i + 3 < tokens.size(); ++i) {
    const ParsedToken& control = tokens[i];
    ParsedToken& to = tokens[i + 1];
    ParsedToken& bare = tokens[i + 2];
    if (control.upos != Upos::VERB || !takes_infinitive(control.lemma) ||
        text::lowercase(to.form) != "to" || (bare.xpos != "NN" && bare.xpos != "NNP") ||
        text::lowercase(bare.form) != bare.lemma || !is_verb(bare.lemma))
      continue;
    // Its complement follows: an object, a particle, a preposition ("to hand over to
    // Britain", "to hand the suspects"). "agreed to reform." keeps nothing to go on.
    const ParsedToken& next = tokens[i + 3];
    if (next.upos != Upos::DET && next.upos != Upos::ADP && next.upos != Upos::PRON &&
        next.upos != Upos::PROPN && next.upos != Upos::NUM && next.upos != Upos::ADV &&
        next.upos != Upos::PART && next.xpos != "NNS")
      continue;
    to.upos = Upos::PART;
    to.xpos = "TO";
    bare.upos = Upos::VERB;
    bare.xpos = "VB";
    bare.feats = "VerbForm=Inf";
  }
}

void tag_past_after_subject_pronoun(std::span<ParsedToken> tokens, const IsVerb& is_verb) {
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    const std::string pron = text::lowercase(tokens[i].form);
    ParsedToken& w = tokens[i + 1];
    const std::string form = text::lowercase(w.form);
    if (!detail::in(pron, {"he", "she", "they", "we", "i"}) ||
        (w.xpos != "JJ" && w.xpos != "VBN") || form.size() < 5 || !form.ends_with("ed"))
      continue;
    // The verb's lemma: "admired" -> "admire", "attacked" -> "attack", "stopped" -> "stop".
    std::string lemma;
    const std::string stem = form.substr(0, form.size() - 2);
    if (is_verb(form.substr(0, form.size() - 1)))
      lemma = form.substr(0, form.size() - 1);
    else if (is_verb(stem))
      lemma = stem;
    else if (stem.size() > 2 && stem.back() == stem[stem.size() - 2] &&
             is_verb(stem.substr(0, stem.size() - 1)))
      lemma = stem.substr(0, stem.size() - 1);
    else if (form.ends_with("ied") && is_verb(form.substr(0, form.size() - 3) + "y"))
      lemma = form.substr(0, form.size() - 3) + "y";
    if (lemma.empty()) continue;
    w.upos = Upos::VERB;
    w.xpos = "VBD";
    w.lemma = lemma;
    w.feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
  }
}

void tag_planning_verbs_read_as_nouns(std::span<ParsedToken> tokens, const IsVerb& is_verb) {
  for (size_t i = 1; i + 3 < tokens.size(); ++i) {
    ParsedToken& plan = tokens[i];
    ParsedToken& to = tokens[i + 1];
    ParsedToken& bare = tokens[i + 2];
    const ParsedToken& before = tokens[i - 1];
    const ParsedToken& next = tokens[i + 3];
    const std::string form = text::lowercase(plan.form);
    if (plan.xpos != "NNS" ||
        !detail::in(form, {"plans", "hopes", "vows", "aims", "promises", "pledges", "offers",
                           "wishes", "needs", "attempts", "bids", "moves", "threatens", "intends",
                           "seeks", "wants", "refuses"}) ||
        text::lowercase(to.form) != "to" || bare.form != text::lowercase(bare.form) ||
        !is_verb(bare.form))
      continue;
    // A noun ends the subject ("the government's plans to", "its plans to" are nouns).
    if ((before.upos != Upos::NOUN && before.upos != Upos::PROPN) || before.xpos == "POS") continue;
    if (next.upos != Upos::DET && next.upos != Upos::PRON && next.upos != Upos::PROPN &&
        next.upos != Upos::NUM && next.upos != Upos::NOUN && next.upos != Upos::ADJ)
      continue;
    plan.upos = Upos::VERB;
    plan.xpos = "VBZ";
    plan.lemma = form.substr(0, form.size() - 1);
    plan.feats = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin";
    to.upos = Upos::PART;
    to.xpos = "TO";
    bare.upos = Upos::VERB;
    bare.xpos = "VB";
    bare.lemma = bare.form;
    bare.feats = "VerbForm=Inf";
  }
}

void tag_indefinite_heads(std::span<ParsedToken> tokens) {
  for (size_t i = 0; i + 2 < tokens.size(); ++i) {
    const std::string a = text::lowercase(tokens[i].form);
    if ((a != "a" && a != "an") || tokens[i].upos != Upos::DET) continue;
    size_t j = i + 1;
    while (j < tokens.size() && (tokens[j].upos == Upos::ADJ || tokens[j].upos == Upos::PROPN ||
                                 tokens[j].xpos == "NN" || tokens[j].xpos == "HYPH"))
      ++j;
    if (j == i + 1 || j >= tokens.size()) continue;
    ParsedToken& head = tokens[j];
    // A word with no noun of its own before it ("a very", "a US-led") is no phrase yet.
    const ParsedToken& before = tokens[j - 1];
    if ((head.xpos != "VBP" && head.xpos != "VB") || head.form != text::lowercase(head.form) ||
        (before.upos != Upos::PROPN && before.upos != Upos::NOUN && before.upos != Upos::ADJ))
      continue;
    head.upos = Upos::NOUN;
    head.xpos = "NN";
    head.feats = "Number=Sing";
  }
}

void tag_past_after_day(std::span<ParsedToken> tokens) {
  for (size_t i = 1; i + 2 < tokens.size(); ++i) {
    const std::string day = text::lowercase(tokens[i].form);
    if (!detail::in(day, {"today", "yesterday", "tonight", "monday", "tuesday", "wednesday",
                          "thursday", "friday", "saturday", "sunday"}))
      continue;
    // The subject's last word before the day: a noun, name or pronoun ("official" is
    // often tagged an adjective there).
    const ParsedToken& before = tokens[i - 1];
    const bool subject_end = before.upos == Upos::NOUN || before.upos == Upos::PROPN ||
                             (before.upos == Upos::PRON && before.xpos == "PRP") ||
                             (before.upos == Upos::ADJ &&
                              detail::in(text::lowercase(before.form), {"official", "officials"}));
    ParsedToken& verb = tokens[i + 1];
    const ParsedToken& next = tokens[i + 2];
    // An object follows: a participle with one is no passive ("yesterday charged with").
    const bool object_next = next.upos == Upos::DET || next.upos == Upos::PROPN ||
                             next.upos == Upos::NOUN || next.upos == Upos::NUM ||
                             next.upos == Upos::ADJ ||
                             (next.upos == Upos::PRON && next.xpos != "WP");
    if (!subject_end || verb.xpos != "VBN" || !object_next) continue;
    if (before.upos == Upos::ADJ) {
      tokens[i - 1].upos = Upos::NOUN;
      tokens[i - 1].xpos = before.form.ends_with("s") ? "NNS" : "NN";
      tokens[i - 1].feats = before.form.ends_with("s") ? "Number=Plur" : "Number=Sing";
    }
    verb.upos = Upos::VERB;
    verb.xpos = "VBD";
    verb.feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
  }
}

bool takes_infinitive(std::string_view lemma) {
  return detail::in(
      lemma, {"offer",     "agree",  "promise", "pledge",  "vow",     "threaten", "refuse",
              "decide",    "plan",   "seek",    "try",     "attempt", "fail",     "undertake",
              "volunteer", "intend", "prepare", "hope",    "want",    "wish",     "expect",
              "aim",       "move",   "vote",    "resolve", "swear",   "consent",  "continue",
              "begin",     "start",  "need",    "demand",  "ask",     "urge",     "order"});
}

void retag_before_parsing(const ActorDictionary& actors, const VerbDictionary& verbs,
                          std::span<ParsedToken> tokens) {
  const IsVerb known = [&verbs](std::string_view lemma) { return verbs.knows(lemma); };
  tag_known_names(actors, tokens);
  tag_indefinite_heads(tokens);
  tag_past_after_day(tokens);
  tag_planning_verbs_read_as_nouns(tokens, known);
  tag_past_after_subject_pronoun(tokens, known);
  tag_control_infinitives(tokens, known);
  tag_mandative_subjunctives(tokens, known);
}

}  // namespace kg::events
