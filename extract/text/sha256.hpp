#pragma once
// SHA-256 (FIPS 180-4), used for article content hashes. Written here because
// it is small and keeps kg free of a crypto library dependency.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace kg::text {

class Sha256 {
 public:
  Sha256();
  void update(std::string_view data);
  std::array<uint8_t, 32> finish();
  static std::string hex(std::string_view data);  // one-shot, lowercase hex digest

 private:
  void block(const uint8_t* p);
  std::array<uint32_t, 8> h_;
  std::array<uint8_t, 64> buffer_{};
  size_t buffered_ = 0;
  uint64_t length_ = 0;
};

}  // namespace kg::text
