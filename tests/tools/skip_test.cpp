// Issue 13: a test case whose data is absent is reported as skipped by ctest.
#include <doctest/doctest.h>

#include "tests/test_util.hpp"

using kg::test::run_program;

TEST_CASE("issue 13: a test case without ../shared/data exits with ctest's skip code") {
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe");
  const std::vector<std::string> env = {"KG_SHARED_DATA=/nonexistent/kg-shared-data"};
  const auto skipped =
      run_program(self, {"-tc=the shipped model keeps its EWT dev accuracy"}, "", env);
  CHECK(skipped.exit_code == kg::test::kSkipExitCode);
  CHECK(skipped.err.find("skipped: ../shared/data not found") != std::string::npos);
  // A case that runs is not marked skipped, alone or next to a skipped one.
  const auto ran = run_program(self, {"-tc=content hash depends on title and text only"}, "", env);
  CHECK(ran.exit_code == 0);
  const auto both = run_program(
      self,
      {"-tc=the shipped model keeps its EWT dev accuracy,content hash depends on title and text "
       "only"},
      "", env);
  CHECK(both.exit_code == 0);
}
