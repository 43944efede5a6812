// The CAMEO facts kg's outputs add: Goldstein, QuadClass, PLOVER types (with the
// crosswalk's parent codes and its gaps), drawing classes and actor-code parts.
#include "graph/cameo.hpp"

#include <doctest/doctest.h>

using namespace kg::graph;

TEST_CASE("issue 12: Goldstein weights and QuadClass come from the event code") {
  CHECK(goldstein_of("112") == doctest::Approx(-2.0));
  CHECK(goldstein_of("190") == doctest::Approx(-10.0));
  CHECK_FALSE(goldstein_of("999").has_value());
  CHECK_FALSE(goldstein_of("").has_value());
  CHECK(quad_class_of_code("016") == 1);
  CHECK(quad_class_of_code("0871") == 2);
  CHECK(quad_class_of_code("112") == 3);
  CHECK(quad_class_of_code("190") == 4);
  CHECK(quad_class_of_code("accuse") == 0);
}

TEST_CASE("issue 12: PLOVER types from the CAMEO crosswalk, parents filling gaps") {
  CHECK(plover_of("112") == "ACCUSE");
  CHECK(plover_of("040") == "CONSULT");
  CHECK(plover_of("190") == "ASSAULT");
  CHECK(plover_of("163") == "COERCE");  // an exception inside the SANCTION block
  CHECK(plover_of("0874") == "RETREAT");
  CHECK(plover_of("1125") == "ACCUSE");
  CHECK(plover_of("010").empty());  // PLOVER has no statements or appeals
  CHECK(plover_of("020").empty());
  CHECK(plover_of("").empty());
}

TEST_CASE("issue 12: a denial or comment is a statement, never cooperation") {
  CHECK(action_class("016") == ActionClass::Statement);
  CHECK(action_class("010") == ActionClass::Statement);
  CHECK(action_class("012") == ActionClass::Statement);
  CHECK(action_class("019") == ActionClass::VerbalCooperation);  // express accord
  CHECK(action_class("051") == ActionClass::VerbalCooperation);
  CHECK(action_class("112") == ActionClass::VerbalConflict);
  CHECK(action_class("") == ActionClass::Uncoded);
}

TEST_CASE("issue 12: actor codes split into country, types and known group") {
  auto p = split_actor_code("USAGOV");
  CHECK(p.country == "USA");
  CHECK(p.agent() == "GOV");
  p = split_actor_code("EGYOPPMBR");
  CHECK(p.country == "EGY");
  CHECK(p.agent() == "OPP");
  CHECK(p.known_group == "MBR");
  p = split_actor_code("IGOEUREEC");
  CHECK(p.country.empty());
  CHECK(p.agent() == "IGO");
  CHECK(p.known_group == "EEC");
  p = split_actor_code("---GOV");
  CHECK(p.country.empty());
  CHECK(p.agent() == "GOV");
  CHECK(split_actor_code("CHN").country == "CHN");
  CHECK(split_actor_code("CHN").types.empty());
  CHECK(readable_actor_code("---GOV") == "government (country unknown)");
  CHECK(readable_actor_code("USAGOV") == "USAGOV");
}
