#include "extract/nlp/model_file.hpp"

#include <zlib.h>
#include <zstd.h>

#include <cstring>
#include <fstream>

#include "extract/text/errors.hpp"

namespace kg::nlp {
namespace {

constexpr char kMagic[8] = {'K', 'G', 'M', 'O', 'D', 'E', 'L', '\0'};
constexpr size_t kHeaderSize = 32;

template <typename T>
void put(std::string& out, T v) {
  char b[sizeof(T)];
  std::memcpy(b, &v, sizeof(T));  // the machines we build for are little endian
  out.append(b, sizeof(T));
}

template <typename T>
T get(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof(T));
  return v;
}

uint32_t crc_of(const char* data, size_t n) {
  uLong crc = crc32(0L, Z_NULL, 0);
  while (n > 0) {
    const auto chunk = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
    crc = crc32(crc, reinterpret_cast<const Bytef*>(data), chunk);
    data += chunk;
    n -= chunk;
  }
  return static_cast<uint32_t>(crc);
}

}  // namespace

void ModelWriter::u8(uint8_t v) {
  put(payload_, v);
}
void ModelWriter::u16(uint16_t v) {
  put(payload_, v);
}
void ModelWriter::u32(uint32_t v) {
  put(payload_, v);
}
void ModelWriter::u64(uint64_t v) {
  put(payload_, v);
}
void ModelWriter::f32(float v) {
  put(payload_, v);
}
void ModelWriter::str(std::string_view s) {
  u64(s.size());
  payload_.append(s);
}
void ModelWriter::bytes(const void* data, size_t n) {
  payload_.append(static_cast<const char*>(data), n);
}

void ModelWriter::save(const std::filesystem::path& path, int level) const {
  std::string compressed(ZSTD_compressBound(payload_.size()), '\0');
  const size_t n =
      ZSTD_compress(compressed.data(), compressed.size(), payload_.data(), payload_.size(), level);
  if (ZSTD_isError(n))
    throw ModelError(std::string("compressing model failed: ") + ZSTD_getErrorName(n));
  compressed.resize(n);
  std::string header(kMagic, sizeof kMagic);
  put(header, kModelFormatVersion);
  put(header, static_cast<uint64_t>(compressed.size()));
  put(header, static_cast<uint64_t>(payload_.size()));
  put(header, crc_of(compressed.data(), compressed.size()));
  const auto tmp = std::filesystem::path(path.string() + ".tmp");
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw ModelError(path.string() + ": cannot write model file");
    out.write(header.data(), static_cast<std::streamsize>(header.size()));
    out.write(compressed.data(), static_cast<std::streamsize>(compressed.size()));
    if (!out) throw ModelError(path.string() + ": writing model file failed");
  }
  std::filesystem::rename(tmp, path);
}

ModelReader::ModelReader(const std::filesystem::path& path) : path_(path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw ModelError(path.string() + ": is a directory, not a model file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ModelError(path.string() + ": model file not found or not readable");
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (data.size() < kHeaderSize || std::memcmp(data.data(), kMagic, sizeof kMagic) != 0)
    throw ModelError(path.string() + ": not a kg model file");
  const auto version = get<uint32_t>(data.data() + 8);
  if (version != kModelFormatVersion)
    throw ModelError(path.string() + ": model format version " + std::to_string(version) +
                     ", this kg reads version " + std::to_string(kModelFormatVersion) +
                     "; retrain with 'kg train' or use the model shipped with this kg");
  const auto compressed_size = get<uint64_t>(data.data() + 12);
  const auto raw_size = get<uint64_t>(data.data() + 20);
  const auto crc = get<uint32_t>(data.data() + 28);
  if (data.size() - kHeaderSize < compressed_size)
    throw ModelError(path.string() + ": model file is truncated (" + std::to_string(data.size()) +
                     " bytes, expected " + std::to_string(compressed_size + kHeaderSize) + ")");
  if (crc_of(data.data() + kHeaderSize, compressed_size) != crc)
    throw ModelError(path.string() + ": model file is corrupt (checksum mismatch)");
  // The CRC covers the payload, not the header: the size field must agree with
  // the size the zstd frame records before anything is allocated (issue 13).
  const unsigned long long frame_size =
      ZSTD_getFrameContentSize(data.data() + kHeaderSize, compressed_size);
  if (frame_size == ZSTD_CONTENTSIZE_ERROR || frame_size == ZSTD_CONTENTSIZE_UNKNOWN ||
      frame_size != raw_size || raw_size > (uint64_t{8} << 30))
    throw ModelError(path.string() + ": model file is corrupt (payload size " +
                     std::to_string(raw_size) + " does not match its compressed data)");
  payload_.resize(raw_size);
  const size_t n =
      ZSTD_decompress(payload_.data(), payload_.size(), data.data() + kHeaderSize, compressed_size);
  if (ZSTD_isError(n) || n != raw_size)
    throw ModelError(path.string() + ": model file is corrupt (cannot decompress)");
}

void ModelReader::fail(const std::string& what) const {
  throw ModelError(path_.string() + ": model file is corrupt (" + what + ")");
}

void ModelReader::bytes(void* out, size_t n) {
  if (n > payload_.size() - pos_) fail("unexpected end of data");
  if (n) std::memcpy(out, payload_.data() + pos_, n);
  pos_ += n;
}

uint8_t ModelReader::u8() {
  uint8_t v;
  bytes(&v, sizeof v);
  return v;
}
uint16_t ModelReader::u16() {
  uint16_t v;
  bytes(&v, sizeof v);
  return v;
}
uint32_t ModelReader::u32() {
  uint32_t v;
  bytes(&v, sizeof v);
  return v;
}
uint64_t ModelReader::u64() {
  uint64_t v;
  bytes(&v, sizeof v);
  return v;
}
float ModelReader::f32() {
  float v;
  bytes(&v, sizeof v);
  return v;
}

uint64_t ModelReader::count(size_t min_item_bytes) {
  const uint64_t n = u64();
  if (min_item_bytes > 0 && n > (payload_.size() - pos_) / min_item_bytes)
    fail("item count out of range");
  return n;
}

std::string ModelReader::str() {
  const uint64_t n = u64();
  if (n > payload_.size() - pos_) fail("string length out of range");
  std::string s(payload_.data() + pos_, n);
  pos_ += n;
  return s;
}

void ModelReader::section(std::string_view expected) {
  const std::string name = str();
  if (name != expected)
    fail("expected section '" + std::string(expected) + "', found '" + name + "'");
}

}  // namespace kg::nlp
