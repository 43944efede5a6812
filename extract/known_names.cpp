#include "known_names.hpp"

#include <string_view>
#include <vector>

namespace kg::extract {
namespace {

bool capitalized(std::string_view w) {
  return !w.empty() && w.front() >= 'A' && w.front() <= 'Z';
}

bool name_connector(std::string_view w) {
  return w == "of" || w == "for" || w == "and" || w == "the" || w == "'s" || w == "-";
}

}  // namespace

void tag_known_names(const ActorDictionary& dictionary, std::span<ParsedToken> tokens) {
  std::vector<std::string_view> forms;
  forms.reserve(tokens.size());
  for (const ParsedToken& t : tokens) forms.push_back(t.form);
  for (const NameMatch& m : dictionary.find_names(forms, "")) {
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
}

}  // namespace kg::extract
