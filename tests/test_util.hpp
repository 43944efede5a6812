#pragma once
// Helpers shared by the tests: temporary folders, running the kg binary, and
// locating ../shared/data (tests that need it skip with a message when absent).
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string s = "{";
    for (size_t i = 0; i < v.size(); ++i) s += (i ? ", \"" : "\"") + v[i] + "\"";
    return String((s + "}").c_str());
  }
};
}  // namespace doctest

namespace kg::test {

// A fresh folder under the system temp dir, removed when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

void write_file(const std::filesystem::path& p, const std::string& content);
std::string read_file(const std::filesystem::path& p);

struct RunResult {
  int exit_code = -1;
  std::string out, err;
};

// Runs the kg binary with `args` (no shell), feeding `input` on stdin.
RunResult run_kg(const std::vector<std::string>& args, const std::string& input = "",
                 const std::vector<std::string>& env = {});

// The same for any program.
RunResult run_program(const std::filesystem::path& program, const std::vector<std::string>& args,
                      const std::string& input = "", const std::vector<std::string>& env = {});

std::filesystem::path kg_binary();
std::filesystem::path source_dir();
std::filesystem::path fixtures_dir();

// ../shared/data next to the checkout (or $KG_SHARED_DATA), or "" when absent.
std::filesystem::path shared_data_dir();

// Marks the running test case as skipped (a message on stderr says why).
// When every test case of a run was skipped, kg_tests exits with
// kSkipExitCode, ctest's SKIP_RETURN_CODE, and ctest reports "Skipped".
inline constexpr int kSkipExitCode = 77;
void skip_test_case(const std::string& why);
unsigned skipped_cases();

// Counts lines of `s` that contain `needle`.
size_t count_lines_with(const std::string& s, const std::string& needle);

}  // namespace kg::test

// Skips the rest of a test case when ../shared/data is not available.
#define KG_REQUIRE_SHARED_DATA(dir)                                               \
  const auto dir = kg::test::shared_data_dir();                                   \
  if (dir.empty()) {                                                              \
    kg::test::skip_test_case("../shared/data not found next to the source tree"); \
    return;                                                                       \
  }
