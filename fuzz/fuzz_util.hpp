#pragma once
// Helpers shared by the libFuzzer targets: a scratch file per process for the
// readers that only take a path. The file lives in /dev/shm when it exists
// (no disk writes per execution), else in the temporary directory.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace kg::fuzz {

inline std::filesystem::path scratch_path(const std::string& suffix) {
  const std::filesystem::path dir = std::filesystem::exists("/dev/shm")
                                        ? std::filesystem::path("/dev/shm")
                                        : std::filesystem::temp_directory_path();
  return dir / ("kg-fuzz-" + std::to_string(::getpid()) + suffix);
}

inline std::filesystem::path write_scratch(const std::string& suffix, const uint8_t* data,
                                           size_t size) {
  const auto path = scratch_path(suffix);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  return path;
}

}  // namespace kg::fuzz
