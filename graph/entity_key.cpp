#include "graph/entity_key.hpp"

#include <cctype>

namespace kg::graph {

std::string normalize_name(std::string_view name) {
  std::string out;
  bool space = false;
  for (char c : name) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  for (std::string_view article : {"the ", "a ", "an "})
    if (out.rfind(article, 0) == 0) out.erase(0, article.size());
  for (std::string_view poss : {" 's", "'s", "\xE2\x80\x99s"})
    if (out.size() > poss.size() && out.compare(out.size() - poss.size(), poss.size(), poss) == 0)
      out.erase(out.size() - poss.size());
  return out;
}

std::optional<std::string> entity_key(const extract::Participant& p) {
  using extract::EntityType;
  if (p.type == EntityType::Clause) return std::nullopt;
  const bool country_known = !p.code.empty() && p.code.rfind("---", 0) != 0;
  if (!p.entity.empty()) {
    // A bare country or capital is the country, however it was written.
    if (p.type == EntityType::Gpe && p.code.size() == 3) return "code:" + p.code;
    return "name:" + normalize_name(p.entity);
  }
  if (country_known) return "code:" + p.code;
  return std::nullopt;
}

std::string display_name(const extract::Participant& p) {
  if (!p.entity.empty()) return p.entity;
  if (!p.label.empty()) return p.label;
  return p.text;
}

std::string action_key(const extract::Action& a) { return a.code.empty() ? a.lemma : a.code; }

}  // namespace kg::graph
