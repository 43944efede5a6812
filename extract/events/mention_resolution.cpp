// In-document resolution of phrases that name no one by themselves: pronouns
// ("he" -> the last person), definite descriptions ("the country", "the two
// countries" -> the countries named just before, "the ministry" -> the ministry named),
// and "denied the accusation" -> whoever made the accusation.
#include <algorithm>

#include "extract/events/sentence_rules.hpp"
#include "extract/events/word_classes.hpp"
#include "extract/text/word_features.hpp"

namespace kg::events::detail {
using nlp::ParsedToken;
using nlp::Upos;
using text::lowercase;

bool resolve(SentenceContext& cx, int head, Participant& p, std::vector<Participant>* expansion) {
  const ParsedToken& t = cx.g.tok(head);
  const std::string l = cx.g.lemma(head);
  auto take = [&](const MentionRef& r) {
    const EntityMention& m = cx.doc.mentions[static_cast<size_t>(r.index)];
    const int root = m.antecedent >= 0 ? m.antecedent : r.index;
    const EntityMention& e = cx.doc.mentions[static_cast<size_t>(root)];
    p.entity = e.canonical;
    p.code = e.code.empty() ? m.code : e.code;
    p.type = e.type;
    p.mention = root;
    p.label = e.label;
  };
  // "the government would fight against it": a plain pronoun that is not its clause's
  // subject never means that subject ("itself" would); a possessive may ("its own").
  Words own_subjects;
  if (t.upos == Upos::PRON && !is_subject(cx, head) && cx.g.rel(head) != "nmod:poss") {
    int v = cx.g.head(head);
    for (int steps = 0; v >= 0 && steps < 3 && cx.g.tok(v).upos != Upos::VERB; ++steps)
      v = cx.g.head(v);
    if (v >= 0)
      for (int c : cx.g.children(v))
        if (cx.g.base(c) == "nsubj") own_subjects.push_back(c);
  }
  auto recent = [&](auto pred, int max_back) -> const MentionRef* {
    // Most recent earlier mention within `max_back` sentences; subjects first.
    const MentionRef* any = nullptr;
    for (size_t k = cx.doc.refs.size(); k-- > 0;) {
      const MentionRef& r = cx.doc.refs[k];
      if (r.sentence == cx.index && r.token >= head) continue;
      if (r.sentence == cx.index && std::ranges::find(own_subjects, r.token) != own_subjects.end())
        continue;
      if (static_cast<int>(cx.index) - static_cast<int>(r.sentence) > max_back) break;
      if (!pred(cx.doc.mentions[static_cast<size_t>(r.index)])) continue;
      if (r.subject) return &r;
      if (!any) any = &r;
    }
    return any;
  };
  // "Mr Blair said: 'I am very sorry'", "the minister said we will not give in": the
  // first person inside what a speaker says is the speaker (for "we", the speaker's
  // side, coded as the speaker is).
  if (t.upos == Upos::PRON && in(l, {"i", "me", "my", "myself", "we", "us", "our", "ourselves"})) {
    int said = -1;
    // "Sharon told me": the one addressed is no speaker; only a pronoun inside what is
    // said ("told me he would", "said: 'I will'") is.
    const int own_head = cx.g.head(head);
    for (int x = own_head, steps = 0; x >= 0 && steps < 8; x = cx.g.head(x), ++steps)
      if (cx.g.tok(x).upos == Upos::VERB && is_reporting(cx.g.lemma(x)) &&
          cx.g.child(x, "nsubj") != head) {  // "I announced ...": not a speaker of its own
        said = x;
        break;
      }
    const int speaker = said >= 0 ? cx.g.child(said, "nsubj") : -1;
    if (said == own_head) return false;
    if (speaker < 0 || in(cx.g.lemma(speaker), {"i", "we"})) return false;
    for (int x = head; x >= 0; x = cx.g.head(x))
      if (x == speaker) return false;  // "my spokesman said": inside the speaker itself
    // The speaker may stand after the quote ("'I will stay,' Mr Smith said"), not yet
    // read; reading it registers its mention once.
    const Participant who = participant(cx, speaker, true);
    if (who.code.empty() && who.entity.empty()) return false;
    p.code = who.code;
    p.entity = who.entity;
    p.label = who.label;
    p.type = who.type;
    p.mention = who.mention;
    if (in(l, {"we", "us", "our", "ourselves"}) && p.type == EntityType::Person) {
      p.entity.clear();
      p.type = EntityType::Group;
      p.label = cx.coder.label_for_code(p.code);
    }
    return true;
  }
  if (t.upos == Upos::PRON) {
    // "The farmers said they would blockade Paris", "Bayer said it had acquired ...": the
    // subject pronoun of what a speaker says is the speaker, when the two agree.
    if (is_subject(cx, head) && cx.g.base(cx.g.head(head)) == "ccomp") {
      const int said = cx.g.head(cx.g.head(head));
      const int speaker =
          said >= 0 && is_reporting(cx.g.lemma(said)) ? cx.g.child(said, "nsubj") : -1;
      for (size_t k = cx.doc.refs.size(); speaker >= 0 && k-- > 0;) {
        const MentionRef& r = cx.doc.refs[k];
        if (r.sentence != cx.index) break;
        if (r.token != speaker) continue;
        const EntityMention& said_by = cx.doc.mentions[static_cast<size_t>(r.index)];
        const EntityType type = said_by.type;
        // "Coast Savings said it is in talks": a coded speaker no dictionary knows is
        // still an "it" when it is no person.
        const bool named_thing = type == EntityType::Other && !said_by.code.empty();
        const bool agrees = in(l, {"he", "she"}) ? type == EntityType::Person
                            : in(l, {"it"})
                                ? type == EntityType::Org || type == EntityType::Gpe || named_thing
                            : l == "they" ? type != EntityType::Gpe && type != EntityType::Other
                                          : false;
        if (!agrees) break;
        take(r);
        return true;
      }
    }
    const MentionRef* r = nullptr;
    if (in(l, {"he", "she", "him", "her", "his", "hers", "himself", "herself"}))
      r = recent([](const EntityMention& m) { return m.type == EntityType::Person; }, 2);
    else if (in(l, {"it", "its", "itself"}))
      r = recent(
          [](const EntityMention& m) {
            return m.type == EntityType::Org || m.type == EntityType::Gpe;
          },
          1);
    else if (in(l, {"they", "them", "their", "themselves"}))
      r = recent([](const EntityMention& m) { return m.type == EntityType::Group; }, 1);
    if (!r) return false;
    take(*r);
    return true;
  }
  // Definite descriptions: "the country", "the two countries", "the ministry".
  const int det = cx.g.child(head, "det");
  if (det < 0 || cx.g.lemma(det) != "the") return false;
  // "The Pentagon denied the accusation": denying an accusation answers the accuser.
  const int gov = cx.g.head(head);
  if (in(l, {"accusation", "allegation", "charge", "claim"}) && gov >= 0 &&
      in(cx.g.lemma(gov), {"deny", "reject", "dismiss", "refute", "rebuff", "deflect"})) {
    for (size_t k = cx.doc.events.size(); k-- > 0;) {
      const Event& e = cx.doc.events[k];
      if (cx.index - e.sentence > 8)
        break;  // an article's accusation is answered a few sentences on
      if (!e.actor || e.actor->code.empty() || e.action.code.rfind("11", 0) != 0) continue;
      p.entity = e.actor->entity;
      p.code = e.actor->code;
      p.type = e.actor->type;
      p.label = e.actor->label;
      p.mention = e.actor->mention;
      return true;
    }
    return false;
  }
  const int num = cx.g.child(head, "nummod");
  if (in(l, {"country", "nation", "state", "government", "side", "capital"})) {
    const size_t want = num >= 0 && cx.g.lemma(num) == "two" ? 2 : 1;
    auto fill = [&](Participant& x, int root) {
      const EntityMention& e = cx.doc.mentions[static_cast<size_t>(root)];
      x.entity = e.canonical;
      x.code = e.code + (l == "government" ? "GOV" : "");
      x.type = l == "government" ? EntityType::Org : EntityType::Gpe;
      x.mention = root;
    };
    // "China criticized Japan. The country also warned Tokyo.": a description in
    // subject position continues the last country that acted, not the last named.
    if (want == 1 && cx.g.base(head) == "nsubj") {
      // The first event with an actor in the closest earlier sentence that has one.
      const Event* last = nullptr;
      for (size_t k = cx.doc.events.size(); k-- > 0;) {
        const Event& e = cx.doc.events[k];
        if (e.sentence == cx.index || !e.actor) continue;
        if (last && e.sentence != last->sentence) break;
        if (cx.index - e.sentence > 3) break;
        last = &e;
      }
      if (last && last->actor->type == EntityType::Gpe && last->actor->code.size() == 3 &&
          last->actor->mention >= 0) {
        const int m = last->actor->mention;
        const int root = cx.doc.mentions[static_cast<size_t>(m)].antecedent;
        fill(p, root >= 0 ? root : m);
        return true;
      }
    }
    std::vector<int> found;
    for (size_t k = cx.doc.refs.size(); k-- > 0 && found.size() < want;) {
      const MentionRef& r = cx.doc.refs[k];
      if (r.sentence == cx.index && r.token >= head) continue;
      if (cx.index - r.sentence > 3) break;
      const EntityMention& m = cx.doc.mentions[static_cast<size_t>(r.index)];
      if (m.type != EntityType::Gpe || m.code.size() != 3) continue;
      const int root = m.antecedent >= 0 ? m.antecedent : r.index;
      if (std::find(found.begin(), found.end(), root) == found.end()) found.push_back(root);
    }
    if (found.size() != want) return false;
    fill(p, found[0]);
    if (want == 2 && expansion) {
      Participant second = p;
      fill(second, found[1]);
      expansion->push_back(second);
    }
    return true;
  }
  const MentionRef* r = recent(
      [&](const EntityMention& m) {
        if (m.type != EntityType::Org) return false;
        const auto sp = m.canonical.rfind(' ');
        return lowercase(m.canonical.substr(sp == std::string::npos ? 0 : sp + 1)) == l;
      },
      4);
  if (!r) return false;
  take(*r);
  return true;
}

}  // namespace kg::events::detail
