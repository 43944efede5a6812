#include "extract/text/data_paths.hpp"

#include <unistd.h>

#include <cstdlib>
#include <system_error>

#include "extract/text/errors.hpp"

namespace kg::text {
namespace {

std::filesystem::path executable_dir() {
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : exe.parent_path();
}

}  // namespace

std::filesystem::path data_dir() {
  if (const char* env = std::getenv("KG_DATA"); env && *env) return env;
  const auto installed = executable_dir() / ".." / "share" / "kg";
  std::error_code ec;
  if (std::filesystem::is_directory(installed / "models", ec)) return installed;
  return KG_SOURCE_DATA_DIR;
}

std::filesystem::path data_file(const std::filesystem::path& relative) {
  const auto path = data_dir() / relative;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec))
    throw ModelError("data file " + path.string() +
                     " not found (set KG_DATA to the folder holding kg's data/)");
  return path;
}

}  // namespace kg::text
