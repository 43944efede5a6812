#pragma once
// The container format of kg model files (data/models/*.kgm): a header with a
// magic string, format version, payload sizes and CRC-32, then a
// zstd-compressed payload of named sections. Shared by the tagger,
// lemmatizer and parser. Every read is bounds-checked, so a truncated or
// corrupt file gives a ModelError naming the file, never a crash.
//
//   offset  size  field
//   0       8     magic "KGMODEL\0"
//   8       4     format version (kModelFormatVersion), little endian
//   12      8     compressed payload size
//   20      8     uncompressed payload size
//   28      4     CRC-32 of the compressed payload
//   32      ...   payload
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kg::nlp {

inline constexpr uint32_t kModelFormatVersion = 1;

// Builds a payload; values are little endian, strings length-prefixed.
class ModelWriter {
 public:
  void u8(uint8_t v);
  void u16(uint16_t v);
  void u32(uint32_t v);
  void u64(uint64_t v);
  void f32(float v);
  void str(std::string_view s);
  void bytes(const void* data, size_t n);
  template <typename T>
  void array(const std::vector<T>& v) {
    u64(v.size());
    bytes(v.data(), v.size() * sizeof(T));
  }
  void section(std::string_view name) { str(name); }

  // Writes header + compressed payload atomically (temp file, then rename).
  void save(const std::filesystem::path& path, int level = 19) const;
  size_t size() const { return payload_.size(); }

 private:
  std::string payload_;
};

class ModelReader {
 public:
  // Throws ModelError when the file is missing, truncated, corrupt or of
  // another format version.
  explicit ModelReader(const std::filesystem::path& path);

  uint8_t u8();
  uint16_t u16();
  uint32_t u32();
  uint64_t u64();
  float f32();
  std::string str();
  // A count of items that follow, each at least `min_item_bytes` long: fails
  // when the rest of the payload cannot hold that many, so a corrupt count is a
  // ModelError before anything is reserved for it.
  uint64_t count(size_t min_item_bytes);
  void bytes(void* out, size_t n);
  template <typename T>
  std::vector<T> array() {
    const uint64_t n = u64();
    if (n > (payload_.size() - pos_) / (sizeof(T) ? sizeof(T) : 1))
      fail("array length out of range");
    std::vector<T> v(n);
    bytes(v.data(), n * sizeof(T));
    return v;
  }
  // Reads a section name and checks it is `expected`.
  void section(std::string_view expected);
  bool at_end() const { return pos_ == payload_.size(); }
  const std::filesystem::path& path() const { return path_; }

  [[noreturn]] void fail(const std::string& what) const;

 private:
  std::filesystem::path path_;
  std::string payload_;
  size_t pos_ = 0;
};

}  // namespace kg::nlp
