// What makes two mentions one entity (graph/entity_key.hpp), on hand-made participants.
#include "graph/entity_key.hpp"

#include <doctest/doctest.h>

using kg::events::EntityType;
using kg::events::Participant;
using kg::graph::display_name;
using kg::graph::entity_key;
using kg::graph::is_country_key;
using kg::graph::normalize_name;

namespace {
Participant make(std::string text, std::string entity, EntityType type, std::string code,
                 std::string label = "") {
  Participant p;
  p.text = std::move(text);
  p.entity = std::move(entity);
  p.type = type;
  p.code = std::move(code);
  p.label = std::move(label);
  return p;
}
}  // namespace

TEST_CASE("names normalize without case, article, possessive or extra spaces") {
  CHECK(normalize_name("The  Pentagon's") == "pentagon");
  CHECK(normalize_name("  Barack   Obama ") == "barack obama");
  CHECK(normalize_name("an IMF mission") == "imf mission");
}

TEST_CASE("a country is one key however it is written") {
  const auto china = entity_key(make("China", "China", EntityType::Gpe, "CHN"));
  CHECK(china == "code:CHN");
  CHECK(entity_key(make("the Chinese", "China", EntityType::Group, "CHN")) == china);
  CHECK(entity_key(make("Chinese networks", "", EntityType::Other, "CHN")) == china);
  CHECK(is_country_key(*china));
  CHECK_FALSE(is_country_key("code:CHNGOV"));
  CHECK_FALSE(is_country_key("code:MED"));
}

TEST_CASE("people and organizations key by name; unnamed coded actors by code") {
  CHECK(entity_key(make("President Obama", "Barack Obama", EntityType::Person, "USAGOV")) ==
        "name:barack obama");
  CHECK(entity_key(make("Chinese officials", "", EntityType::Group, "CHNGOV")) == "code:CHNGOV");
  // A sector alone, an unknown country, a clause, markup: no entity.
  CHECK_FALSE(entity_key(make("the newspaper", "", EntityType::Org, "MED")));
  CHECK_FALSE(entity_key(make("officials", "", EntityType::Group, "---GOV")));
  CHECK_FALSE(entity_key(make("the attacks came", "", EntityType::Clause, "")));
  CHECK_FALSE(entity_key(make("^M", "^M", EntityType::Other, "")));
  CHECK_FALSE(entity_key(make("the report", "", EntityType::Other, "")));
}

TEST_CASE("display names prefer the canonical name, then the code's label, without an article") {
  CHECK(display_name(make("Obama", "Barack Obama", EntityType::Person, "USAGOV")) ==
        "Barack Obama");
  CHECK(display_name(make("a White House official", "", EntityType::Group, "USAGOV",
                          "United States government")) == "United States government");
  CHECK(display_name(make("An IMF mission", "", EntityType::Org, "")) == "IMF mission");
}
