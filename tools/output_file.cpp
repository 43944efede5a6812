#include "tools/output_file.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

#include "extract/text/errors.hpp"

namespace kg::tools {
namespace fs = std::filesystem;

namespace {

std::string reason(int err) {
  return err ? std::string(" (") + std::strerror(err) + ")" : std::string();
}

}  // namespace

OutputFile::OutputFile(fs::path path) : path_(std::move(path)) {
  // A device or pipe (/dev/stdout, /dev/full, a FIFO) is written directly:
  // renaming over it would replace it.
  std::error_code ec;
  direct_ = fs::exists(path_, ec) && !fs::is_regular_file(path_, ec);
  temp_ = path_;
  if (!direct_) temp_ += ".tmp-" + std::to_string(::getpid());
  errno = 0;
  out_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!out_) throw InputError(path_.string() + ": cannot write" + reason(errno));
}

OutputFile::~OutputFile() {
  if (committed_ || direct_) return;
  out_.close();
  std::error_code ec;
  fs::remove(temp_, ec);
}

void OutputFile::commit() {
  errno = 0;
  out_.flush();
  const bool flushed = static_cast<bool>(out_);
  const int err = errno;
  out_.close();
  if (!flushed || !out_)
    throw InputError(path_.string() + ": writing failed" + reason(err ? err : errno) +
                     "; the file was not changed");
  std::error_code ec;
  if (!direct_) fs::rename(temp_, path_, ec);
  if (ec) throw InputError(path_.string() + ": cannot write (" + ec.message() + ")");
  committed_ = true;
}

void check_stdout() {
  errno = 0;
  std::cout.flush();
  if (!std::cout)
    throw InputError("cannot write to standard output" + reason(errno) +
                     "; the output is incomplete");
}

}  // namespace kg::tools
