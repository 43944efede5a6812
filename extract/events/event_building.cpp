// From a predicate and its participants to Events: the action text and code
// ("launched an attack on" -> 190), modifiers (time, place, manner), and one
// event per actor-target pair ("China and Japan met" -> each meets the other).
#include <algorithm>

#include "extract/events/sentence_rules.hpp"
#include "extract/events/word_classes.hpp"
#include "extract/text/word_features.hpp"

namespace kg::events::detail {
using nlp::Upos;
using text::ByteSpan;
using text::lowercase;

std::string action_text(const SentenceContext& cx, int p, const Words& extra) {
  Words w{p};
  for (int c : cx.g.children(p)) {
    const std::string_view b = cx.g.base(c);
    if (b == "aux" || b == "cop" || cx.g.rel(c) == "compound:prt" ||
        (b == "advmod" && in(cx.g.lemma(c), {"not", "n't", "never"})))
      w.push_back(c);
  }
  w.insert(w.end(), extra.begin(), extra.end());
  std::sort(w.begin(), w.end());
  w.erase(std::unique(w.begin(), w.end()), w.end());
  std::string out;
  for (int x : w) {
    if (!out.empty()) out += ' ';
    out += cx.g.form(x);
  }
  return out;
}

Action action_for(const SentenceContext& cx, int p, const Words& text_words,
                  const PredicateShape& shape) {
  Action a;
  a.text = action_text(cx, p, text_words);
  a.lemma = std::string(shape.lemma);
  if (!shape.particle.empty()) a.lemma += " " + std::string(shape.particle);
  if (!shape.preps.empty() && !shape.preps.front().empty())
    a.lemma += " " + std::string(shape.preps.front());
  a.span = cx.g.tok(p).bytes;
  // "what it called baseless charges", "called the report a provocation": naming, not an
  // appeal or a phone call.
  const bool naming =
      shape.lemma == "call" &&
      ((cx.g.rel(p) == "acl:relcl" && cx.g.lemma(cx.g.tok(p).head) == "what") ||
       (cx.g.child(p, "obj") >= 0 && std::ranges::any_of(cx.g.children(p), [&](int c) {
          return cx.g.base(c) == "xcomp" &&
                 (cx.g.tok(c).upos == Upos::NOUN || cx.g.tok(c).upos == Upos::ADJ);
        })));
  if (!naming) set_code(cx, a, cx.verbs.code_for(shape));
  return a;
}

std::vector<Modifier> modifiers(const SentenceContext& cx, int p, const Words& skip) {
  std::vector<Modifier> out;
  for (int c : cx.g.children(p)) {
    if (std::find(skip.begin(), skip.end(), c) != skip.end()) continue;
    const std::string_view b = cx.g.base(c);
    const std::string_view r = cx.g.rel(c);
    if (b != "obl" && b != "advmod" && r != "nmod:tmod" && b != "nmod") continue;
    if (b == "advmod" &&
        (in(cx.g.lemma(c), {"not", "n't", "never", "also", "too", "so", "then", "now"}) ||
         is_hedge(cx.g.lemma(c))))
      continue;
    const int cs = cx.g.child(c, "case");
    if (cs >= 0 && lowercase(cx.g.form(cs)) == "according") continue;  // a carrier, not a modifier
    const Words words = cx.g.subtree(c, {"punct"});
    Modifier m;
    m.text = cx.g.text(words);
    m.span = cx.g.span(words);
    const std::string l = cx.g.lemma(c);
    bool time = r == "obl:tmod" || r == "nmod:tmod" || is_time_word(l) ||
                (cx.g.tok(c).upos == Upos::NUM && l.size() == 4);
    for (int w : words) time = time || (is_time_word(cx.g.lemma(w)) && cx.g.base(w) != "nmod");
    if (time)
      m.role = "time";
    else if (b == "advmod")
      m.role = "manner";
    else if (cs >= 0 && in(cx.g.lemma(cs), {"in", "at", "near", "inside", "outside", "across"}) &&
             (cx.g.tok(c).upos == Upos::PROPN))
      m.role = "place";
    else
      m.role = "other";
    out.push_back(std::move(m));
  }
  // "accused the United States of launching attacks": the charge, cut off the
  // target's name by the actor coder, is kept here.
  for (int o : cx.g.children(p)) {
    if ((cx.g.base(o) != "obj" && cx.g.base(o) != "iobj") || cx.g.tok(o).upos != Upos::PROPN)
      continue;
    for (int c : cx.g.children(o))
      if (is_charge_on_name(cx.g, c)) {
        const Words words = cx.g.subtree(c, {"punct"});
        out.push_back({"other", cx.g.text(words), cx.g.span(words)});
      }
  }
  return out;
}

void append_event(SentenceContext& cx, int p, Event e) {
  cx.preds[p].event_indices.push_back(static_cast<int>(cx.doc.events.size()));
  cx.doc.events.push_back(std::move(e));
}

void make_events(SentenceContext& cx, int p, const std::vector<Participant>& actors,
                 const std::vector<Participant>& targets, Action action,
                 const std::vector<Modifier>& mods, double confidence, bool symmetric) {
  auto emit = [&](const Participant* a, const Participant* t, const Action& act,
                  const std::vector<Modifier>& args) {
    Event e;
    e.id = cx.doc.next_id++;
    e.sentence = cx.index;
    e.sentence_span = cx.g.sentence().bytes;
    if (a) e.actor = *a;
    if (t) e.target = *t;
    // "Britain said it would fight it": a plain pronoun resolved to its own clause's actor
    // is a slip of resolution ("itself" would say so); it refers to no one known.
    if (a && t && a->mention >= 0 && a->mention == t->mention &&
        in(text::lowercase(t->text), {"it", "them", "him", "her"})) {
      e.target->code.clear();
      e.target->entity.clear();
      e.target->label.clear();
      e.target->mention = -1;
      e.target->country_inferred = false;
    }
    e.action = act;
    // A phrase already inside the actor or target ("so lucky in his career") is not a
    // separate argument as well.
    auto inside = [](const ByteSpan& m, const std::optional<Participant>& x) {
      return x && x->span.begin <= m.begin && m.end <= x->span.end && x->span.begin < x->span.end;
    };
    for (const auto& m : args)
      if (!inside(m.span, e.actor) && !inside(m.span, e.target)) e.modifiers.push_back(m);
    e.confidence = confidence;
    modality(cx, p, e);
    cx.preds[p].predicate = p;
    append_event(cx, p, std::move(e));
  };
  // "China and Japan met in Beijing": they meet each other; the city is where.
  const bool at_place = action.lemma.ends_with(" in") || action.lemma.ends_with(" at");
  if (symmetric && actors.size() >= 2 && (targets.empty() || at_place)) {
    std::vector<Modifier> args = mods;
    for (const auto& t : targets) args.push_back({"place", t.text, t.span});
    Action act = action;
    if (!targets.empty()) act.lemma.resize(act.lemma.rfind(' '));
    for (size_t i = 0; i < actors.size(); ++i)
      for (size_t j = 0; j < actors.size(); ++j)
        if (i != j) emit(&actors[i], &actors[j], act, args);
    return;
  }
  if (actors.empty()) {
    for (const auto& t : targets) emit(nullptr, &t, action, mods);
    return;
  }
  for (const auto& a : actors) {
    if (targets.empty()) emit(&a, nullptr, action, mods);
    for (const auto& t : targets) emit(&a, &t, action, mods);
  }
}

bool is_act_noun(const SentenceContext& cx, int n) {
  return cx.g.tok(n).upos == Upos::NOUN &&
         (!event_noun_code(cx, n).empty() ||
          (is_nominalization(cx.g.form(n)) && !cx.coder.is_agent_word(cx.g.lemma(n))));
}

std::vector<Participant> stance_owner(SentenceContext& cx, int noun, bool from_source) {
  for (int c : cx.g.children(noun)) {
    const std::string_view r = cx.g.rel(c);
    const int cs = cx.g.child(c, "case");
    // "calls by Belarus", "an appeal from President Gbagbo".
    const bool by = cx.g.base(c) == "nmod" && cs >= 0 &&
                    (cx.g.lemma(cs) == "by" || (from_source && cx.g.lemma(cs) == "from"));
    // "a US offer", "a Senegalese peace plan": the country named before the noun.
    if (cx.g.base(c) == "amod" || (cx.g.base(c) == "compound" && cx.g.tok(c).upos == Upos::PROPN)) {
      // "the Israeli proposal": the country behind the adjective.
      const std::string country = cx.coder.country_of_word(cx.g, c);
      if (country.empty()) {
        // "the EC tax", "a NATO plan": a body named before the noun owns it.
        if (cx.g.base(c) != "compound" ||
            cx.coder.describe(cx.g, c, cx.date).participant.code.empty())
          continue;
        return {participant(cx, c, false)};
      }
      Participant p = participant(cx, c, false);
      p.code = country;
      return {p};
    }
    // "expanded its campaign against X": a possessive pronoun is the actor's own.
    if ((r != "nmod:poss" && !by) || cx.g.tok(c).upos == Upos::PRON) continue;
    std::vector<Participant> owner = participants(cx, c, true);
    if (any_coded(owner)) return owner;
  }
  return {};
}

bool unarmed_political(const Participant& p) {
  // Who attacks with words: parties, the opposition, legislators, media, business,
  // unions, courts and named people; not armies, police, rebels or states.
  if (p.code.size() >= 6) {
    const std::string_view agent = std::string_view(p.code).substr(3, 3);
    return in(agent, {"PTY", "OPP", "LEG", "MED", "BUS", "LAB", "EDU", "NGO", "JUD", "ELI"});
  }
  return p.type == EntityType::Person && (p.code.size() == 3 || p.code.empty());
}

void recode_verbal_attack(const SentenceContext& cx, Action& action, bool against_words,
                          const std::vector<Participant>& actors,
                          const std::vector<Participant>& targets) {
  // "the BBC attacking Mr Campbell", "Labour attacked the Tories": an attack by
  // a party, the press or a politician on a political actor is verbal.
  // A government or minister attacking a party or the press ("the foreign secretary
  // attacked the Tories") does so with words too, but its bans and arrests (17x) are
  // real coercion.
  const std::string_view root =
      action.code.size() >= 2 ? std::string_view(action.code).substr(0, 2) : "";
  const auto political_target = [](const Participant& t) {
    return unarmed_political(t) || t.code.ends_with("GOV");
  };
  const auto government = [](const Participant& a) {
    return a.code.size() == 6 && a.code.ends_with("GOV");
  };
  if (!against_words && !actors.empty() && !targets.empty() &&
      std::ranges::all_of(targets, political_target) &&
      (std::ranges::all_of(actors, unarmed_political) ||
       (root != "17" && std::ranges::all_of(actors, government) &&
        std::ranges::none_of(targets, government))))
    against_words = true;
  // "Labour hit back at the Tory proposals", "the party attacked the plan": force
  // against words is criticism (111), not fighting (19x), assault (18x) or coercion.
  if (!against_words || root.empty()) return;
  if (root != "17" && root != "18" && root != "19" && root != "20") return;
  set_code(cx, action, "111");
}

bool recode_weapon_as_doer(const SentenceContext& cx, Action& action, const Words& how,
                           bool doer_is_actor, std::vector<Participant>& actors,
                           std::vector<Modifier>& displaced) {
  for (int w : how) {
    // "A suicide bomber killed ...": the bomber is the actor, the act a bombing.
    if (cx.g.lemma(w) == "bomber") {
      set_code(cx, action, "183");
      return false;
    }
    const std::string code = is_explosive(cx.g.lemma(w)) ? "183" : event_noun_code(cx, w);
    if (!code.starts_with("18")) continue;
    set_code(cx, action, code);
    // "A Taliban bomb": the weapon's owner, when coded, is the actor still.
    if (!doer_is_actor || any_coded(actors)) return false;
    for (const auto& a : actors) displaced.push_back({"other", a.text, a.span});
    actors.clear();
    return true;
  }
  return false;
}

std::string complement_code(const SentenceContext& cx, int clause) {
  const std::string lemma = cx.g.lemma(clause);
  std::string particle;
  std::vector<std::string> preps, objects;
  for (int c : cx.g.children(clause)) {
    if (cx.g.rel(c) == "compound:prt") particle = cx.g.lemma(c);
    const int cs = cx.g.child(c, "case");
    if (cx.g.base(c) == "obl" && cs >= 0) preps.push_back(lowercase(cx.g.form(cs)));
    if (cx.g.base(c) == "obj") {
      objects.push_back(cx.g.lemma(c));
      objects.push_back(lowercase(cx.g.form(c)));
    }
  }
  PredicateShape shape;
  shape.lemma = lemma;
  shape.particle = particle;
  shape.preps.assign(preps.begin(), preps.end());
  shape.object_phrases = objects;
  return cx.verbs.code_for(shape);
}

std::string event_noun_code(const SentenceContext& cx, int noun) {
  // "hunger strike", "general strike", "air strike": the modifier may name the event.
  for (int c : cx.g.children(noun))
    if (cx.g.base(c) == "compound" || cx.g.base(c) == "amod") {
      const std::string two = cx.verbs.nominal_code(cx.g.lemma(c) + " " + cx.g.lemma(noun));
      if (!two.empty()) return two;
    }
  std::string code = cx.verbs.nominal_code(cx.g.lemma(noun));
  if (code.empty()) code = cx.verbs.nominal_code(lowercase(cx.g.form(noun)));
  return code;
}

std::string on_state_code(const SentenceContext& cx, int noun) {
  // A strike one is on is a labour strike, never an air strike.
  const std::string code =
      in(cx.g.lemma(noun), {"strike", "strikes"}) ? "143" : event_noun_code(cx, noun);
  return code.starts_with("14") || code.starts_with("15") ? code : "";
}

void set_code(const SentenceContext& cx, Action& action, std::string code) {
  action.code = std::move(code);
  if (const EventCodeInfo* info = cx.verbs.info(action.code)) {
    action.label = info->label;
    action.goldstein = info->goldstein;
    action.quad_class = info->quad_class;
  }
}

bool is_infinitive_complement(const SentenceContext& cx, int c) {
  const int to = cx.g.child(c, "mark");
  return cx.g.base(c) == "xcomp" || (cx.g.base(c) == "advcl" && to >= 0 && cx.g.lemma(to) == "to");
}

std::string_view cooperation_intent_code(std::string_view root) {
  if (root == "04") return "036";  // meet or negotiate
  if (root == "05") return "032";  // diplomatic cooperation
  if (root == "06") return "031";  // material cooperation
  if (root == "07") return "033";  // provide aid
  if (root == "08") return "035";  // yield
  return {};
}

void recode_commitment(const SentenceContext& cx, int p, Action& action) {
  // "The Senate voted to condemn the tax", "decided to impose sanctions": deciding on an
  // act is that act, coded on its own verb; the decision adds no intent to cooperate.
  if (in(cx.g.lemma(p), {"vote", "decide", "opt", "choose", "elect"})) {
    for (int x : cx.g.children(p))
      if (is_infinitive_complement(cx, x) && cx.g.tok(x).upos == Upos::VERB &&
          !complement_code(cx, x).empty())
        clear_code(action);
    return;
  }
  // "agreed to share information", "pledged to hold talks", "vowed to attack":
  // a commitment is an intent to do what it commits to (CAMEO 03x), or, when
  // that is force or punishment, a threat (13x), whatever the verb alone codes.
  if (!in(cx.g.lemma(p), {"agree", "pledge", "promise", "vow", "swear", "offer", "undertake",
                          "commit", "volunteer", "resolve", "plan", "intend"}))
    return;
  // ("agreed in principle on Saturday to provide aid": the model often reads an
  // infinitive after obliques as a purpose.)
  // A purpose after an object ("resolved the dispute to ...") commits to nothing.
  int x = cx.g.child(p, "xcomp");
  if (x < 0 && cx.g.child(p, "obj") < 0)
    for (int c : cx.g.children(p))
      if (x < 0 && c > p && is_infinitive_complement(cx, c)) x = c;
  if (x < 0 || cx.g.tok(x).upos != Upos::VERB) return;
  const std::string done = complement_code(cx, x);
  const std::string root = done.size() >= 2 ? done.substr(0, 2) : "";
  // A plan to do what codes nothing ("plans to raise taxes") is no intent toward anyone.
  if (root.empty() && in(cx.g.lemma(p), {"plan", "intend"})) {
    clear_code(action);
    return;
  }
  std::string code = "030";
  if (const std::string_view intent = cooperation_intent_code(root); !intent.empty())
    code = intent;
  else if (root == "16")
    code = "132";  // threaten sanctions
  else if (root == "17")
    code = "137";  // threaten repression
  else if (root >= "18" && root <= "20")
    code = "138";  // threaten military force
  else if (root == "14")
    code = "133";  // threaten political dissent ("vowed to boycott the poll")
  else if (!root.empty() && root >= "10") {
    // "plans to sue the government", "pledged to oppose the bill": no intent to
    // cooperate, whatever the verb alone codes; the act itself is coded on its verb.
    clear_code(action);
    return;
  }
  if (cx.verbs.info(code)) set_code(cx, action, code);
}

}  // namespace kg::events::detail
