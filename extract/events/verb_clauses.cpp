// Events of verbal clauses: actor, action and target of an active or passive
// verb ("China accused the US of ...", "attacks were attributed to Beijing"),
// with objects, prepositional targets, event nouns as objects ("launched an air
// strike against X"), converse verbs ("received weapons from Y") and the
// content clauses of reporting verbs ("X said that ...").
#include <algorithm>

#include "extract/events/sentence_rules.hpp"
#include "extract/events/word_classes.hpp"
#include "extract/text/word_features.hpp"

namespace kg::events::detail {
using nlp::ParsedToken;
using nlp::Upos;
using text::lowercase;

void verb_events(SentenceContext& cx, int p) {
  const ParsedToken& pt = cx.g.tok(p);
  bool inherited = false, patient_from_noun = false;
  Words subj = subjects_of(cx, p, inherited, patient_from_noun);
  // "the months that weigh on X": the relative pronoun stands for the noun.
  if (cx.g.rel(p) == "acl:relcl")
    for (int& s : subj)
      if (in(cx.g.lemma(s), {"that", "which", "who", "whom"})) {
        s = cx.g.head(p);
        inherited = true;
      }
  // A passive subject without a passive auxiliary on a finite verb is a parse slip.
  // Finite clauses ("officials called for talks") are often tagged VBN with a passive subject;
  // without an auxiliary there, only a "by" agent makes the passive believable.
  const bool finite_position = in(cx.g.base(p), {"root", "ccomp", "parataxis"}) &&
                               cx.g.child(p, "aux", false) < 0 && cx.g.child(p, "cop", false) < 0;
  // The last "by" phrase of verb `v`, or -1.
  const auto by_phrase = [&](int v) {
    int found = -1;
    for (int c : cx.g.children(v))
      if (cx.g.rel(c) == "obl:agent" || (cx.g.base(c) == "obl" && cx.g.child(c, "case") >= 0 &&
                                         lowercase(cx.g.form(cx.g.child(c, "case"))) == "by"))
        found = c;
    return found;
  };
  const bool has_by_agent = by_phrase(p) >= 0;
  // Taking part in an event is the event, coded on its noun with the subject as its
  // doer (nominal_events); the verb adds nothing, and its passive subject is no victim.
  if (!has_by_agent && event_taken_part_in(cx, p) >= 0) return;
  // "Israel is opposed to French mediation", "is dedicated to the talks": a participle
  // of stance with "to" and no doer is an adjective; its subject holds the stance.
  const bool stance_adjective = in(cx.g.lemma(p), {"oppose", "dedicate", "devote"}) &&
                                !has_by_agent && std::ranges::any_of(cx.g.children(p), [&](int c) {
                                  const int cs = cx.g.child(c, "case");
                                  return cx.g.base(c) == "obl" && cs >= 0 && cx.g.lemma(cs) == "to";
                                });
  // "The rebels were captured and killed by the army": a participle joined to a passive,
  // with no subject or auxiliary of its own, is passive too.
  const int first = cx.g.head(p);
  const bool conjoined_passive = cx.g.base(p) == "conj" && pt.xpos == "VBN" && first >= 0 &&
                                 cx.g.child(first, "aux:pass") >= 0 &&
                                 cx.g.child(p, "nsubj", false) < 0 &&
                                 cx.g.child(p, "aux", false) < 0;
  const bool passive =
      !stance_adjective && (cx.g.child(p, "aux:pass") >= 0 || conjoined_passive ||
                            (cx.g.child(p, "nsubj:pass", false) >= 0 && pt.xpos == "VBN" &&
                             (!finite_position || has_by_agent)) ||
                            (patient_from_noun && pt.xpos == "VBN"));
  const std::string lemma = cx.g.lemma(p);
  std::vector<Participant> actors, targets;
  Words used;       // children consumed as arguments
  Words rel_words;  // words added to the action text (preposition of the target)
  PredicateShape shape;
  shape.lemma = lemma;
  int prt = cx.g.child(p, "compound:prt", false);
  // "kidnapped up to 16 advisers": "up to" a number is no particle.
  if (prt >= 0 && cx.g.lemma(prt) == "up" && prt + 2 < cx.g.size() && cx.g.lemma(prt + 1) == "to" &&
      cx.g.tok(prt + 2).upos == Upos::NUM)
    prt = -1;
  // "hit back at", often parsed with "back" as an adverb: the particle all the same.
  if (prt < 0 && p + 1 < cx.g.size() && cx.g.head(p + 1) == p && cx.g.base(p + 1) == "advmod" &&
      cx.g.lemma(p + 1) == "back")
    prt = p + 1;
  std::string particle;
  if (prt >= 0) {
    particle = cx.g.lemma(prt);
    shape.particle = particle;
    used.push_back(prt);
  }
  std::vector<std::string> object_phrases;
  auto add_head_phrases = [&](int head) {
    const std::string l = cx.g.lemma(head);
    object_phrases.push_back(l);
    object_phrases.push_back(lowercase(cx.g.form(head)));  // dictionaries list "sanctions" too
    // "tear gas shells" parsed as two compounds of "shells": the whole name too.
    std::string run;
    for (int c : cx.g.children(head))
      if (c < head && cx.g.base(c) == "compound") run += cx.g.lemma(c) + " ";
    if (std::ranges::count(run, ' ') >= 2) object_phrases.push_back(run + l);
    for (int c : cx.g.children(head))
      if (cx.g.base(c) == "compound" || cx.g.base(c) == "amod") {
        object_phrases.push_back(cx.g.lemma(c) + " " + l);
        int cc = cx.g.child(c, "compound");
        if (cc < 0 && cx.g.base(c) == "compound") cc = cx.g.child(c, "amod");  // "tear gas
        if (cc >= 0) object_phrases.push_back(cx.g.lemma(cc) + " " + cx.g.lemma(c) + " " + l);
      }
  };
  // "700 kg of medicine", "a shipment of arms": a measure names what is measured.
  auto add_object_phrases = [&](int head) {
    add_head_phrases(head);
    if (const int m = measured(cx, head); m >= 0) add_head_phrases(m);
  };
  std::vector<std::string> preps;
  auto prep_of = [&](int case_word) { return lowercase(cx.g.form(case_word)); };
  auto put_first = [&](const std::string& prep) {
    std::erase(preps, prep);
    preps.insert(preps.begin(), prep);
  };
  // The passive agent, and the obliques with their prepositions in word order.
  int agent = -1;
  std::vector<std::pair<int, std::string>> obliques;
  for (int c : cx.g.children(p)) {
    if (cx.g.base(c) != "obl") continue;
    const int cs = cx.g.child(c, "case");
    if (cs < 0) continue;
    const std::string prep = prep_of(cs);
    if (prep == "according") continue;
    if (agent < 0 && (cx.g.rel(c) == "obl:agent" || (passive && prep == "by"))) {
      agent = c;
      continue;
    }
    obliques.emplace_back(c, prep);
    // "held the villagers as human shields": what the object is made into names the act.
    if (prep == "as") add_object_phrases(c);
    // "called Xi on Tuesday": a time adjunct's preposition says nothing about the action.
    if (!is_time_word(cx.g.lemma(c))) preps.push_back(prep);
  }
  // "were captured and killed by the army", "were searched by police and detained": the
  // conjoined passives share their "by" phrase, wherever the parser hung it.
  if (agent < 0 && conjoined_passive) agent = by_phrase(first);
  // "a patrol was fired on", "the convoy was shot at": the preposition the passive
  // leaves behind is the one its subject was acted on with.
  if (passive)
    for (int c : cx.g.children(p))
      if (c == p + 1 && c != prt && cx.g.tok(c).upos == Upos::ADP && cx.g.children(c).empty() &&
          cx.g.rel(c) != "compound:prt" &&
          in(cx.g.base(c), {"advmod", "case", "compound", "obl", "dep"}) &&
          std::ranges::find(preps, prep_of(c)) == preps.end()) {
        put_first(prep_of(c));
        rel_words.push_back(c);
        used.push_back(c);
      }
  // Who acts on whom. In the passive the subject is the patient; when no
  // agent is named, a country behind an event noun may be the agent
  // ("killed in Israeli shelling"), else the subject is the only
  // participant we have and stands as the actor ("bonds were changed").
  std::vector<Participant> subjects;
  for (int s : subj) {
    // The antecedent of a relative clause, without the clause itself.
    // When the clause hangs off the subject itself ("an armada preparing to invade"), or
    // the predicate sits inside such a clause, the subject is the noun without it.
    int clause = -1;
    for (int c : cx.g.children(s)) {
      if (cx.g.rel(c) != "acl" && cx.g.rel(c) != "acl:relcl") continue;
      const Words sub = cx.g.subtree(c);
      if (std::find(sub.begin(), sub.end(), p) != sub.end()) clause = c;
    }
    auto a = clause >= 0 ? std::vector<Participant>{participant_without(cx, s, clause)}
                         : participants(cx, s, false);
    subjects.insert(subjects.end(), a.begin(), a.end());
    if (!inherited) used.push_back(s);
  }
  if (patient_from_noun && !passive) {
    // "the report that officials published", "legislation sponsored by X": the noun,
    // without the clause, is the object.
    const int noun = cx.g.head(p);
    auto t = cx.g.with_conjuncts(noun).size() == 1
                 ? std::vector<Participant>{participant_without(cx, noun, p)}
                 : participants(cx, noun, false);
    targets.insert(targets.end(), t.begin(), t.end());
    subjects.clear();
    for (int c : cx.g.children(p))
      if (cx.g.base(c) == "nsubj") {
        auto a = participants(cx, c, false);
        subjects.insert(subjects.end(), a.begin(), a.end());
      }
  }
  bool patient_is_target = false;
  // "a student died in army firing": who dies suffers the act of the event noun's doer.
  const bool dies = !passive && in(lemma, {"die", "perish"});
  std::string doer_noun_code;
  if (passive || dies) {
    if (agent >= 0) {
      actors = participants(cx, agent, true);
      used.push_back(agent);
    } else {
      for (const auto& [c, prep] : obliques) {
        if (!in(prep, {"in", "by", "during"}) || cx.verbs.nominal_code(cx.g.lemma(c)).empty())
          continue;
        for (int m : cx.g.children(c)) {
          if (cx.g.base(m) != "amod" && cx.g.base(m) != "compound" && cx.g.rel(m) != "nmod:poss")
            continue;
          // "killed in Israeli shelling": the country; "wounded in police firing",
          // "hurt in a rebel attack": the agent noun, coded like any actor.
          const std::string country = cx.coder.country_of_word(cx.g, m);
          Participant a = participant(cx, m, false);
          if (!country.empty())
            a.code = country;
          else if (a.code.size() <= 3 || cx.g.rel(m) == "amod")
            continue;
          actors.push_back(a);
          doer_noun_code = cx.verbs.nominal_code(cx.g.lemma(c));
          break;
        }
        if (!actors.empty()) break;
      }
    }
    if (!actors.empty()) {
      targets = subjects;
      patient_is_target = true;
    } else {
      actors = subjects;
    }
  } else {
    actors = subjects;
  }
  const bool reporting = is_reporting(lemma);
  int obj = cx.g.child(p, "obj");
  if (obj < 0) obj = cx.g.child(p, "iobj");
  if (obj < 0 && passive && !patient_is_target) obj = cx.g.child(p, "xcomp");  // "is called X"
  int target_head = -1;  // the word the target phrase is built from
  bool target_drop_case = false;
  if (obj >= 0 && !patient_is_target && targets.empty()) {
    used.push_back(obj);
    add_object_phrases(obj);
    for (int c : cx.g.children(obj)) {  // "the villagers as human shields", parsed on the noun
      const int cs = cx.g.child(c, "case");
      if (cx.g.base(c) == "nmod" && cs >= 0 && prep_of(cs) == "as") {
        add_object_phrases(c);
        preps.push_back("as");
      }
    }
    target_head = obj;
    // An event noun as object ("launched an air strike against X", "ratified an
    // agreement with the EU", "issued warrants for two men"): the one it is
    // directed at is the target, the noun joins the action.
    const bool event_noun =
        !event_noun_code(cx, obj).empty() || is_light_verb(lemma) ||
        in(cx.g.lemma(obj), {"warrant", "warrants", "concern", "responsibility", "support"});
    if (event_noun) {
      const int directed = event_object_direction(cx, lemma, obj, obliques);
      if (directed >= 0) {
        // (An act's own object, "an attack targeting soldiers", has no preposition.)
        const int cs = cx.g.child(directed, "case");
        if (cs >= 0) put_first(prep_of(cs));
        for (int w : cx.g.subtree(obj, {"nmod", "acl", "acl:relcl", "punct", "appos"}))
          rel_words.push_back(w);
        if (cs >= 0) rel_words.push_back(cs);
        target_head = directed;
        target_drop_case = true;
        used.push_back(directed);
        cx.skip_as_event.insert(obj);
      }
    }
  }
  // "withdrew its peacekeepers from Somalia": the place one's own forces leave.
  if (target_head == obj && obj >= 0 && !passive)
    if (const int left = place_left(cx, lemma, obj, actors, obliques); left >= 0) {
      put_first("from");
      rel_words.push_back(cx.g.child(left, "case"));
      used.push_back(left);
      target_head = left;
      target_drop_case = true;
    }
  // Prepositional complement as target when there is no object: "called for talks".
  if (target_head < 0 && !patient_is_target && targets.empty()) {
    for (const auto& [c, prep] : obliques) {
      // A statement's obliques ("said in a statement", "told reporters at a news
      // conference") are circumstances; only what it is about ("said of Blair") is a
      // target, and "to" names the addressee, read below.
      if ((!passive && is_time_word(cx.g.lemma(c))) || cx.g.rel(c) == "obl:tmod" || c < p) continue;
      // "agreed to a ceasefire": what it is agreed to still picks the code.
      if (reporting && !in(prep, {"of", "about", "on"})) {
        if (in(lemma, {"agree", "consent"})) add_object_phrases(c);
        continue;
      }
      target_head = c;
      target_drop_case = true;
      const int cs = cx.g.child(c, "case");
      put_first(prep);
      rel_words.push_back(cs);
      for (int f : cx.g.children(cs))
        if (cx.g.base(f) == "fixed") rel_words.push_back(f);
      used.push_back(c);
      add_object_phrases(c);
      break;
    }
  }
  if (target_head >= 0) targets = participants(cx, target_head, target_drop_case);
  // "welcomed the decision by France", "criticised Japan's plan", "rejected the
  // Israeli proposal": a stance's owner is the one the act is directed at.
  std::vector<Modifier> displaced;
  const bool against_words = target_head >= 0 && is_discourse_noun(cx.g.form(target_head));
  // "demanded an admission by Moscow", "protested the violations by the security
  // forces", "condemned Israel's occupation": an act named by a noun is aimed at
  // whoever does it, when the noun itself names no actor.
  const bool act_noun = target_head >= 0 && is_act_noun(cx, target_head);
  if ((against_words || act_noun) && targets.size() == 1 && targets.front().code.empty()) {
    std::vector<Participant> owner = stance_owner(cx, target_head, against_words);
    // "rejected recent calls by Belarus", parsed with the "by" phrase on the verb.
    if (owner.empty() && !passive)
      for (const auto& [c, prep] : obliques) {
        if ((prep != "by" && (prep != "from" || !against_words)) || c < target_head) continue;
        auto o = participants(cx, c, true);
        if (any_coded(o)) {
          owner = std::move(o);
          used.push_back(c);
        }
        break;
      }
    if (!owner.empty()) {
      displaced.push_back({"other", targets.front().text, targets.front().span});
      targets = std::move(owner);
    }
  }
  // A coded oblique beats an uncoded thing as the one acted on: "fired
  // batteries at Russia" is directed at Russia; failing that, the country
  // where it happens ("re-examine the refineries in Iran").
  // Statements ("made his remarks in Doha") are not directed at where they are made.
  const bool statement = [&] {
    PredicateShape now = shape;
    now.object_phrases = object_phrases;
    const std::vector<std::string_view> pv(preps.begin(), preps.end());
    now.preps = pv;
    return reporting || cx.verbs.code_for(now).rfind("01", 0) == 0;
  }();
  // "extradited two suspects to France": extradition is cooperation with the state
  // that receives them, whoever they are.
  const bool to_receiver = lemma == "extradite";
  for (const bool place : {false, true}) {
    if (target_head < 0 || (any_coded(targets) && !to_receiver)) break;
    for (const auto& [c, prep] : obliques) {
      if (c == target_head || (to_receiver && any_coded(targets) && prep != "to")) continue;
      if (!place && !in(prep, {"at", "against", "on", "upon", "into", "toward", "towards"}) &&
          !(prep == "to" && is_transfer_verb(lemma)))
        continue;
      if (place && (prep != "in" || statement)) continue;
      auto alt = participants(cx, c, true);
      if (!any_coded(alt)) continue;
      targets = alt;
      put_first(prep);
      for (int w : cx.g.subtree(target_head, {"punct", "acl:relcl", "appos"}))
        rel_words.push_back(w);
      rel_words.push_back(cx.g.child(c, "case"));
      used.push_back(c);
      target_head = c;
      break;
    }
  }
  // "banned imports from Iran", "halted grain shipments to the Soviet Union": trade
  // curbed is aimed at the partner it comes from or goes to.
  if (obj >= 0 && target_head == obj && !any_coded(targets) &&
      in(cx.g.lemma(obj),
         {"import", "imports", "export", "exports", "shipment", "shipments", "trade"}))
    for (int c : [&] {  // the phrase parsed on the noun or on the verb
           Words all = cx.g.children(obj);
           for (const auto& [o, prep] : obliques) all.push_back(o);
           return all;
         }()) {
      const int cs = cx.g.child(c, "case");
      if ((cx.g.base(c) != "nmod" && cx.g.base(c) != "obl") || cs < 0 ||
          !in(prep_of(cs), {"from", "to", "with"}))
        continue;
      auto alt = participants(cx, c, true);
      if (!any_coded(alt)) continue;
      targets = alt;
      put_first(prep_of(cs));
      rel_words.push_back(cs);
      target_head = c;
      break;
    }
  // "provided military aid to Macedonia", "sold arms to Iran": the recipient of the thing
  // given, when the thing itself names no actor.
  if (obj >= 0 && target_head == obj && is_transfer_verb(lemma) && !any_coded(targets))
    for (int c : [&] {  // "provided photographs and intelligence to Macedonia"
           Words all;
           for (int o : cx.g.with_conjuncts(obj)) {
             for (int k : cx.g.children(o)) all.push_back(k);
             // "25,000 tons of food aid to the refugees", "a gift of $10 million to
             // Pakistan": the recipient may hang off the "of" phrase.
             for (int m : cx.g.children(o)) {
               const int mc = cx.g.child(m, "case");
               if (cx.g.base(m) == "nmod" && mc >= 0 && prep_of(mc) == "of")
                 for (int k : cx.g.children(m)) all.push_back(k);
             }
           }
           return all;
         }()) {
      const int cs = cx.g.child(c, "case");
      // "aid for the refugees" names the recipient as "aid to" does ("prosperity for
      // Britain" names no gift).
      if (cx.g.base(c) != "nmod" || cs < 0) continue;
      const bool for_aid = prep_of(cs) == "for" &&
                           in(cx.g.lemma(cx.g.head(c)), {"aid", "assistance", "relief", "loan",
                                                         "credit", "grant", "food", "medicine"});
      if (!(prep_of(cs) == "to" || for_aid)) continue;
      auto alt = participants(cx, c, true);
      // "repaid £500,000 to Lord Ashcroft": a named recipient no dictionary knows is the
      // recipient still (the article may code it); money is not.
      const bool named =
          cx.g.tok(c).upos == Upos::PROPN && std::ranges::any_of(alt, [](const Participant& a) {
            return a.type == EntityType::Person || a.type == EntityType::Org;
          });
      if (!any_coded(alt) && !named) break;
      targets = alt;
      put_first("to");
      for (int w : cx.g.subtree(obj, {"punct", "nmod", "acl:relcl", "appos"}))
        rel_words.push_back(w);
      rel_words.push_back(cs);
      target_head = c;
      break;
    }
  if (patient_is_target && !obliques.empty()) {
    // "were attributed to Beijing": the preposition joins the predicate.
    for (const auto& [c, prep] : obliques) {
      if (is_time_word(cx.g.lemma(c))) continue;
      rel_words.push_back(cx.g.child(c, "case"));
      put_first(prep);
      add_object_phrases(c);
      break;
    }
  }
  // "attributed the attacks to Beijing", "blamed the blast on Iran": the one
  // the act is pinned on is the target; the deed joins the action.
  {
    const char* prep = lemma == "blame"                                       ? "on"
                       : in(lemma, {"attribute", "ascribe", "trace", "link"}) ? "to"
                                                                              : nullptr;
    if (prep)
      for (const auto& [c, pp] : obliques) {
        if (pp != prep) continue;
        auto alt = participants(cx, c, true);
        if (!any_coded(alt)) break;
        if (passive && patient_is_target) {
          for (int s : subj)
            for (int w : cx.g.subtree(s, {"punct"})) rel_words.push_back(w);
        } else if (obj >= 0) {
          for (int w : cx.g.subtree(obj, {"punct"})) rel_words.push_back(w);
        }
        targets = alt;
        put_first(pp);
        rel_words.push_back(cx.g.child(c, "case"));
        used.push_back(c);
        break;
      }
  }
  // Undergoing an act: "the government faced criticism from Tory MPs", "the plan drew
  // protests from farmers", "met with opposition from the unions": the one it comes from
  // does what the noun names to the subject.
  std::string undergone;
  const bool undergo_verb = in(lemma, {"face", "draw", "attract", "receive", "meet", "encounter",
                                       "suffer", "provoke", "spark", "come", "run"});
  if (!passive && obj >= 0 && undergo_verb) {
    undergone = cx.g.lemma(obj) == "opposition" ? "110" : event_noun_code(cx, obj);
    if (undergone.rfind("04", 0) == 0 || undergone.rfind("05", 0) == 0) undergone.clear();
  }
  bool swapped_from = false;  // the "from" phrase became the actor
  // Converse verbs: "X received weapons from Y" is Y's act toward X.
  if (!passive && (in(lemma, {"receive", "get", "obtain", "accept"}) || !undergone.empty())) {
    std::vector<std::pair<int, std::string>> froms = obliques;
    // The giver may hang from what is received ("a contract from X"), from its
    // partitive ("most of its wheat from X") or from the phrase that names it ("two
    // billion dollars in aid from X"), which then says what was given.
    std::vector<int> received;
    if (obj >= 0) {
      received.push_back(obj);
      for (int c : cx.g.children(obj)) {
        const int cs = cx.g.child(c, "case");
        if (cx.g.base(c) == "nmod" && cs >= 0 && prep_of(cs) == "of") received.push_back(c);
      }
    }
    for (const auto& [c, prep] : obliques)
      if (prep == "in") {
        received.push_back(c);
        add_object_phrases(c);
      }
    for (int r : received)
      for (int c : cx.g.children(r)) {
        const int cs = cx.g.child(c, "case");
        if (cx.g.base(c) == "nmod" && cs >= 0 && prep_of(cs) == "from")
          froms.emplace_back(c, "from");
      }
    for (const auto& [c, prep] : froms) {
      if (prep != "from") continue;
      auto givers = participants(cx, c, true);
      if (givers.empty()) break;
      swapped_from = true;
      if (!undergone.empty() && target_head == obj) {
        // The noun joins the action ("faced criticism from"); the subject is its target.
        for (int w : cx.g.subtree(obj, {"punct", "nmod", "acl:relcl", "appos"}))
          rel_words.push_back(w);
        cx.skip_as_event.insert(obj);
      }
      std::vector<Participant> receivers = actors;
      actors = givers;
      targets = receivers;
      put_first("from");
      rel_words.push_back(cx.g.child(c, "case"));
      used.push_back(c);
      break;
    }
  }
  // xcomp: "refused to meet", "agreed to hold talks": its verb informs the code.
  const int xcomp = cx.g.child(p, "xcomp");
  if (xcomp >= 0) {
    object_phrases.push_back(cx.g.lemma(xcomp));
    const int m = cx.g.child(xcomp, "mark");
    if (m >= 0) preps.push_back(cx.g.lemma(m));
    const int xo = cx.g.child(xcomp, "obj");
    if (xo >= 0) add_object_phrases(xo);
  }
  if (!preps.empty() && targets.empty()) preps.insert(preps.begin(), "");
  std::vector<std::string_view> prep_views(preps.begin(), preps.end());
  shape.preps = prep_views;
  add_synonym_phrases(object_phrases);
  shape.object_phrases = object_phrases;

  // Content clauses of reporting verbs.
  PredicateEvents& pe = cx.preds[p];
  pe.predicate = p;
  if (reporting) {
    for (int c : cx.g.children(p)) {
      if (cx.g.base(c) == "ccomp" || (cx.g.base(c) == "parataxis" && c < p))
        pe.content.push_back(c);
      // "said, as reported by Reuters, that ...": the that-clause may hang off "reported".
      if (cx.skip_as_event.count(c))
        for (int cc : cx.g.children(c))
          if (cx.g.base(cc) == "ccomp") pe.content.push_back(cc);
    }
    // "'...,' Huang said": said hangs off the quote as parataxis.
    const int h = cx.g.head(p);
    if (h >= 0 && cx.g.base(p) == "parataxis" && !subj.empty()) pe.content.push_back(h);
    // "accused X of launching": the gerund is what X is accused of.
    for (int c : cx.g.children(p)) {
      const int m = cx.g.child(c, "mark");
      const int cs = cx.g.child(c, "case");
      if ((cx.g.base(c) == "advcl" || cx.g.base(c) == "acl" || cx.g.base(c) == "obl" ||
           cx.g.base(c) == "xcomp") &&
          cx.g.tok(c).xpos == "VBG" &&
          ((m >= 0 && in(cx.g.lemma(m), {"of", "for"})) ||
           (cs >= 0 && in(cx.g.lemma(cs), {"of", "for"})) || cx.g.base(c) == "xcomp"))
        pe.content.push_back(c);
    }
    pe.reporting = !pe.content.empty();
    pe.report_carrier = lemma == "report";
  }
  if (pe.reporting && targets.empty()) {
    // The thing said is the target when nobody is addressed ("X said that ...").
    int addressee = cx.g.child(p, "iobj");
    if (addressee < 0)
      for (int c : cx.g.children(p)) {
        const int cs = cx.g.child(c, "case");
        if (cx.g.base(c) == "obl" && cs >= 0 && cx.g.lemma(cs) == "to") addressee = c;
      }
    if (addressee >= 0) {
      targets = participants(cx, addressee, true);
      used.push_back(addressee);
    } else {
      const int c = pe.content.front();
      if (c > p || cx.g.base(c) == "ccomp") {
        targets.push_back(clause_participant(cx, c));
      }
    }
  }
  // Open extraction: a clause complement is what a non-reporting verb takes when it
  // has nothing else ("Regulations meant that the lap would be deleted").
  if (!pe.reporting && targets.empty() && !patient_is_target) {
    int comp = -1;
    for (int c : cx.g.children(p))
      if (c > p && (cx.g.base(c) == "ccomp" || cx.g.base(c) == "xcomp")) {
        comp = c;
        break;
      }
    // A verb heads a clause; a noun or name there ("called President Obama", "was named
    // chairman") is a participant of its own, coded like any other.
    const Upos u = comp >= 0 ? cx.g.tok(comp).upos : Upos::X;
    if (u == Upos::VERB || u == Upos::AUX)
      targets.push_back(clause_participant(cx, comp));
    else if (comp >= 0) {
      auto named = participants(cx, comp, false);
      targets.insert(targets.end(), named.begin(), named.end());
    }
  }
  for (int c : pe.content) used.push_back(c);
  if (xcomp >= 0) used.push_back(xcomp);

  Action action = action_for(cx, p, rel_words, shape);
  drop_uncalled_code(cx, action, lemma, passive && agent < 0, actors, targets);
  if (!passive) drop_policy_code(cx, action, p, target_head, targets);
  // Dying is no act; dying in someone's firing or attack is that act, suffered.
  if (dies) {
    clear_code(action);
    if (patient_is_target) set_code(cx, action, doer_noun_code);
  }
  if (obj >= 0 && !passive) code_from_governed_noun(cx, lemma, obj, action);
  // "Israeli troops remained on alert", "workers stayed on strike": the state one is
  // kept in is the event.
  if (action.code.empty() && in(lemma, {"remain", "stay", "go", "put", "place", "keep"}))
    for (const auto& [c, prep] : obliques) {
      if (prep != "on") continue;
      if (const std::string code = on_state_code(cx, c); !code.empty()) set_code(cx, action, code);
      break;
    }
  // "A complaint was lodged against the police by the villagers", "an official complaint
  // has been made to the watchdogs": a light verb's passive whose subject is an event
  // noun is that event, aimed at what it was lodged against or made to.
  if (passive && action.code.empty() && subj.size() == 1 && is_light_verb(lemma)) {
    const std::string noun_code = event_noun_code(cx, subj.front());
    if (!noun_code.empty()) {
      set_code(cx, action, noun_code);
      if (agent < 0) {  // the event noun did nothing; nobody named did it
        for (const auto& a : actors) displaced.push_back({"other", a.text, a.span});
        actors.clear();
        patient_is_target = true;
      }
      for (const auto& [c, prep] : obliques) {
        if (!in(prep, {"to", "against", "with", "on", "at"})) continue;
        auto aimed = participants(cx, c, true);
        if (!any_coded(aimed)) continue;
        for (const auto& t : targets) displaced.push_back({"other", t.text, t.span});
        targets = std::move(aimed);
        rel_words.push_back(cx.g.child(c, "case"));
        used.push_back(c);
        break;
      }
    }
  }
  if (!undergone.empty() && swapped_from && !actors.empty() && !targets.empty() &&
      std::ranges::any_of(rel_words, [&](int w) { return w == obj; }))
    set_code(cx, action, undergone);
  recode_strike_on_state(cx, lemma, targets, action);
  // An agentless passive's subject is who suffered it, not who attacked with words
  // ("two students were shot in the market").
  recode_verbal_attack(cx, action, against_words,
                       passive && agent < 0 ? std::vector<Participant>{} : actors, targets);
  recode_commitment(cx, p, action);
  // An agentless passive keeps its subject as the actor for open relations
  // ("bonds were changed"), but a coded event must not run backwards: "four men
  // were arrested", "two men sought in the slaying" have no known doer, so the
  // subject is the target and the actor stays empty.
  // What stood as the target ("was considered [to be the patron saint]", "were
  // released [in 1993]") stays in the event as an argument.
  if (passive && !patient_is_target && !action.code.empty()) {
    for (const auto& t : targets) displaced.push_back({"other", t.text, t.span});
    targets = std::move(actors);
    actors.clear();
  }
  drop_figurative_force(actors, targets, action);
  // "A roadside bomb killed two soldiers": who did it, if a weapon stood as the doer.
  bool instrument_only = false;
  if (action.code.size() >= 2 && action.code[0] == '1' && action.code[1] >= '8') {
    Words how;  // where the doer is written
    if (!passive)
      how = subj;
    else if (agent >= 0)
      how.push_back(agent);
    else
      for (const auto& [c, prep] : obliques)
        if (prep == "in" || prep == "by") how.push_back(c);
    instrument_only =
        recode_weapon_as_doer(cx, action, how, !passive || agent >= 0, actors, displaced);
  }
  if (actors.empty() && !(passive && !targets.empty()) && !instrument_only)
    return;  // a clause needs its subject (or agent)
  // A relation two actors make or call theirs is with each other.
  const bool reciprocal = shared_relation(cx, lemma, obj, action, actors, targets);
  if (reciprocal) {
    for (const auto& t : targets) displaced.push_back({"other", t.text, t.span});
    targets.clear();
  }
  double confidence = inherited ? 0.65 : 0.85;
  if (cx.g.size() > 40) confidence *= 0.9;
  auto mods = modifiers(cx, p, used);
  mods.insert(mods.begin(), displaced.begin(), displaced.end());
  make_events(cx, p, actors, targets, action, mods, confidence,
              (is_symmetric(lemma) || reciprocal) && !passive);
  // After the statement itself, which stays the claim's reporting event.
  if (cx.preds[p].reporting && !actors.empty()) stances_in_content(cx, p, actors, confidence * 0.9);
}

}  // namespace kg::events::detail
