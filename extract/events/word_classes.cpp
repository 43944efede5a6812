#include "extract/events/word_classes.hpp"

#include <algorithm>
#include <string>

#include "extract/text/word_features.hpp"

namespace kg::events::detail {
using nlp::Upos;
using text::lowercase;

bool is_reporting(std::string_view l) {
  return in(
      l, {"say",      "tell",    "state",     "claim",     "allege",    "accuse",   "deny",
          "warn",     "report",  "insist",    "argue",     "announce",  "add",      "note",
          "explain",  "believe", "think",     "suggest",   "confirm",   "admit",    "acknowledge",
          "charge",   "contend", "maintain",  "assert",    "declare",   "write",    "reveal",
          "disclose", "stress",  "emphasize", "emphasise", "predict",   "estimate", "fear",
          "hope",     "expect",  "recall",    "complain",  "reiterate", "indicate", "concede",
          "quote",    "testify", "stress",    "blame",     "agree",     "show",     "find",
          "conclude", "know",    "understand"});
}

bool is_symmetric(std::string_view l) {
  return in(l, {"meet", "talk", "negotiate", "clash", "consult", "confer", "cooperate", "discuss",
                "fight", "reconcile", "correspond"});
}

bool is_planning(std::string_view l) {
  return in(l, {"plan",    "intend", "want",    "hope",     "seek",     "aim",     "expect",
                "prepare", "decide", "promise", "vow",      "threaten", "try",     "attempt",
                "agree",   "pledge", "wish",    "schedule", "offer",    "propose", "set",
                "due",     "going",  "about",   "plot"});
}

bool is_request(std::string_view l) {
  return in(l, {"ask", "urge", "call", "appeal", "demand", "order", "invite", "press", "encourage",
                "persuade", "force", "tell", "request", "beg", "implore", "instruct", "pressure",
                "advise"});
}

bool is_negating_verb(std::string_view l) {
  return in(l, {"deny", "refuse", "reject", "refute", "dismiss", "decline", "fail", "avoid", "stop",
                "cease"});
}

bool is_hedge(std::string_view l) {
  return in(l, {"reportedly", "allegedly", "apparently", "possibly", "probably", "perhaps", "maybe",
                "purportedly", "supposedly", "likely", "seemingly", "ostensibly"});
}

bool is_time_word(std::string_view l) {
  return in(l,
            {"monday",    "tuesday",   "wednesday", "thursday", "friday",   "saturday",  "sunday",
             "january",   "february",  "march",     "april",    "may",      "june",      "july",
             "august",    "september", "october",   "november", "december", "jan.",      "feb.",
             "sept.",     "oct.",      "nov.",      "dec.",     "today",    "yesterday", "tomorrow",
             "week",      "month",     "year",      "day",      "night",    "morning",   "evening",
             "afternoon", "weekend",   "decade",    "century",  "time",     "hour",      "minute",
             "season",    "spring",    "summer",    "autumn",   "winter",   "period",    "tonight",
             "overnight", "date",      "moment",    "era",      "quarter",  "future"});
}

bool is_light_verb(std::string_view l) {
  return in(
      l, {"launch", "carry", "conduct", "hold", "make", "stage", "impose", "sign", "reach", "issue",
          "express", "pay", "take", "give", "mount", "wage", "file", "lodge", "open"});
}

bool is_transfer_verb(std::string_view l) {
  return in(l, {"give",    "sell",       "provide",  "supply",  "send",      "deliver", "hand",
                "lend",    "loan",       "grant",    "donate",  "extradite", "deport",  "export",
                "ship",    "transfer",   "offer",    "pay",     "return",    "award",   "pledge",
                "promise", "contribute", "allocate", "airlift", "repay",     "refund"});
}

bool is_measure_noun(std::string_view l) {
  return in(l,
            {"pct",       "percent",  "%",           "dlr",     "dlrs",  "dollar",    "cent",
             "cts",       "yen",      "point",       "pound",   "euro",  "tonne",     "ton",
             "kg",        "kilogram", "kilo",        "gram",    "litre", "liter",     "gallon",
             "barrel",    "mln",      "million",     "billion", "share", "mile",      "kilometre",
             "kilometer", "shipment", "consignment", "batch",   "load",  "truckload", "cargo",
             "package",   "amount",   "quantity",    "crate",   "box",   "bag",       "sack",
             "worth",     "lot"});
}

bool is_explosive(std::string_view l) {
  return in(l, {"bomb", "bombs", "device", "devices", "ied", "ieds", "mine", "mines", "landmine",
                "landmines", "grenade", "grenades", "explosive", "explosives", "blast", "explosion",
                "bombing"});
}

bool is_nominal(Upos u) {
  return u == Upos::NOUN || u == Upos::PROPN || u == Upos::PRON || u == Upos::NUM;
}

void add_synonym_phrases(std::vector<std::string>& phrases) {
  static constexpr std::pair<std::string_view, std::string_view> kSame[] = {
      {"ties", "relations"}, {"tie", "relations"},   {"relations", "ties"},
      {"relation", "ties"},  {"truce", "ceasefire"}, {"cease-fire", "ceasefire"},
      {"ceasefire", "truce"}};
  const size_t n = phrases.size();
  for (size_t i = 0; i < n; ++i) {
    const std::string phrase = phrases[i];
    for (const auto& [word, same] : kSame) {
      const size_t at = phrase.size() >= word.size() ? phrase.size() - word.size() : 0;
      if (phrase.size() < word.size() || phrase.compare(at, word.size(), word) != 0 ||
          (at > 0 && phrase[at - 1] != ' '))
        continue;
      std::string other = phrase.substr(0, at) + std::string(same);
      if (std::find(phrases.begin(), phrases.end(), other) == phrases.end())
        phrases.push_back(std::move(other));
    }
  }
}

bool is_mental_state(std::string_view l) {
  return in(l, {"think",    "see",     "want",   "need",     "expect",     "believe", "maintain",
                "feel",     "hope",    "know",   "consider", "decide",     "wish",    "fear",
                "doubt",    "suppose", "reckon", "imagine",  "understand", "realise", "realize",
                "notice",   "find",    "regard", "view",     "anticipate", "predict", "forecast",
                "estimate", "prefer",  "like"});
}

bool can_use_force(std::string_view code) {
  if (code.size() < 3 || code.starts_with("MNC") || code.starts_with("NGO")) return false;
  if (code.size() == 3) return code != "---";
  for (size_t i = 3; i + 3 <= code.size(); i += 3)
    if (!in(code.substr(i, 3), {"BUS", "GOV", "LEG", "JUD", "MED", "HLH", "ELI", "NGO"}))
      return true;
  return false;
}

bool is_nominalization(std::string_view form) {
  std::string l = lowercase(form);
  if (l.size() > 4 && l.ends_with('s') && !l.ends_with("ss")) l.pop_back();
  if (l.size() < 6) return false;
  for (std::string_view suffix : {"tion", "sion", "ment", "ance", "ence", "ure", "ing", "val"})
    if (l.ends_with(suffix)) return true;
  return false;
}

bool is_discourse_noun(std::string_view head) {
  std::string l = lowercase(head);
  if (l.size() > 3 && l.ends_with("ies"))
    l = l.substr(0, l.size() - 3) + "y";
  else if (l.size() > 3 && l.ends_with('s') && !l.ends_with("ss"))
    l.pop_back();
  return in(l, {"plan",     "proposal",    "policy",    "claim",      "remark",      "comment",
                "decision", "bill",        "idea",      "report",     "statement",   "budget",
                "scheme",   "record",      "reform",    "measure",    "law",         "legislation",
                "strategy", "manifesto",   "speech",    "stance",     "position",    "approach",
                "figure",   "pledge",      "promise",   "view",       "handling",    "failure",
                "conduct",  "performance", "behaviour", "behavior",   "response",    "tactic",
                "campaign", "spending",    "tax",       "cut",        "agenda",      "ruling",
                "verdict",  "move",        "offer",     "refusal",    "invitation",  "demand",
                "request",  "bid",         "effort",    "initiative", "call",        "suggestion",
                "appeal",   "warning",     "threat",    "action",     "announcement"});
}

}  // namespace kg::events::detail
