#include "extract/events/known_names.hpp"

#include "extract/events/word_classes.hpp"
#include "extract/text/word_features.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kg::events {
using text::lowercase;

using nlp::ParsedToken;
using nlp::Upos;
namespace {

bool capitalized(std::string_view w) {
  return !w.empty() && w.front() >= 'A' && w.front() <= 'Z';
}

bool name_connector(std::string_view w) {
  return w == "of" || w == "for" || w == "and" || w == "the" || w == "'s" || w == "-";
}

// How a dictionary name is written: "US", "China", "Bank of America".
std::string written(std::string_view word, bool acronym, bool first) {
  std::string out = acronym ? std::string(word) : lowercase(word);
  if (acronym) {
    for (char& c : out)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  } else if (!out.empty() && out[0] >= 'a' && out[0] <= 'z' && (first || !name_connector(out))) {
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  }
  return out;
}

bool function_word(Upos u) {
  return u == Upos::PRON || u == Upos::DET || u == Upos::ADP || u == Upos::AUX ||
         u == Upos::CCONJ || u == Upos::SCONJ || u == Upos::PART;
}

}  // namespace

void write_known_names(const ActorDictionary& dictionary, std::span<ParsedToken> tokens) {
  std::vector<std::string_view> forms;
  forms.reserve(tokens.size());
  for (const ParsedToken& t : tokens) forms.push_back(t.form);
  if (!ActorDictionary::is_caseless(forms)) return;
  std::vector<std::pair<size_t, std::string>> rewrites;
  for (const NameMatch& m : dictionary.find_names(forms, "", true)) {
    if (m.kind == NameMatch::Kind::CountryAdjective) continue;  // "chinese" matches as it is
    // "told us": a pronoun stays one, unless a determiner says otherwise ("the us").
    const bool after_det = m.begin > 0 && tokens[m.begin - 1].upos == Upos::DET;
    if (m.end - m.begin == 1 && function_word(tokens[m.begin].upos) && !after_det) continue;
    for (size_t i = m.begin; i < m.end; ++i)
      rewrites.emplace_back(i, written(forms[i], m.acronym, i == m.begin));
  }
  for (auto& [i, form] : rewrites) {
    ParsedToken& t = tokens[i];
    const bool connector = name_connector(form);
    t.form = std::move(form);
    if (connector) continue;
    const bool plural = t.xpos == "NNS" || t.xpos == "NNPS";
    t.upos = Upos::PROPN;
    t.xpos = plural ? "NNPS" : "NNP";
    t.lemma = t.form;
    t.feats = plural ? "Number=Plur" : "Number=Sing";
  }
}

void tag_known_names(const ActorDictionary& dictionary, std::span<ParsedToken> tokens) {
  write_known_names(dictionary, tokens);
  std::vector<std::string_view> forms;
  forms.reserve(tokens.size());
  for (const ParsedToken& t : tokens) forms.push_back(t.form);
  const std::vector<NameMatch> matches = dictionary.find_names(forms, "");
  for (const NameMatch& m : matches) {
    if (m.end - m.begin < 2 || m.kind == NameMatch::Kind::CountryAdjective) continue;
    bool written_as_name = capitalized(forms[m.begin]) && capitalized(forms[m.end - 1]);
    for (size_t i = m.begin; i < m.end && written_as_name; ++i)
      written_as_name = capitalized(forms[i]) || name_connector(forms[i]);
    if (!written_as_name) continue;
    for (size_t i = m.begin; i < m.end; ++i) {
      ParsedToken& t = tokens[i];
      if (!capitalized(t.form) || t.upos == Upos::PROPN) continue;
      const bool plural = t.xpos == "NNS" || t.xpos == "NNPS";
      t.upos = Upos::PROPN;
      t.xpos = plural ? "NNPS" : "NNP";
      t.lemma = t.form;
      t.feats = plural ? "Number=Plur" : "Number=Sing";
    }
  }
  // "the Al Qaeda-linked Somali militant group": a capitalized country adjective the
  // tagger read as an adverb or verb before a noun phrase's word is an adjective.
  for (const NameMatch& m : matches) {
    if (m.kind != NameMatch::Kind::CountryAdjective || m.end != m.begin + 1 ||
        m.end >= tokens.size())
      continue;
    ParsedToken& t = tokens[m.begin];
    const Upos next = tokens[m.end].upos;
    if (!capitalized(t.form) || (t.upos != Upos::ADV && t.upos != Upos::VERB) ||
        (next != Upos::ADJ && next != Upos::NOUN && next != Upos::PROPN))
      continue;
    t.upos = Upos::ADJ;
    t.xpos = "JJ";
    t.lemma = t.form;
    t.feats = "Degree=Pos";
  }
  // A capitalized title right before a name is part of it ("Chancellor Angela Merkel",
  // "Prime Minister Li"), however rare the title was in the tagger's training data.
  auto retag = [](ParsedToken& t) {
    t.upos = Upos::PROPN;
    t.xpos = "NNP";
    t.lemma = t.form;
    t.feats = "Number=Sing";
  };
  for (size_t i = tokens.size(); i-- > 1;) {
    ParsedToken& title = tokens[i - 1];
    if (tokens[i].upos != Upos::PROPN || !capitalized(tokens[i].form) ||
        title.upos == Upos::PROPN || !capitalized(title.form))
      continue;
    const std::string one[] = {lowercase(title.form)};
    const auto agent = dictionary.agent_ending(one);
    // Honorifics are no agents ("Lord Butler" may be a judge, a peer or a civil servant)
    // but open a name all the same ("repaid the money to Lord Ashcroft").
    const bool honorific = detail::in(one[0], {"lord", "lady", "sir", "dame", "baroness", "baron"});
    if (honorific || (agent && agent->type == EntityType::Person && agent->words == 1)) {
      retag(title);
      continue;
    }
    if (i >= 2 && capitalized(tokens[i - 2].form)) {
      const std::string two[] = {lowercase(tokens[i - 2].form), lowercase(title.form)};
      const auto longer = dictionary.agent_ending(two);
      if (longer && longer->type == EntityType::Person && longer->words == 2) {
        retag(tokens[i - 2]);
        retag(title);
      }
    }
  }
}

}  // namespace kg::events
