#pragma once
// Output that either arrives whole or not at all: an -o FILE is written to a
// temporary file in the same folder and renamed over FILE by commit(); on any
// error, or when commit() is never reached, the temporary file is removed and
// FILE is left as it was. Also the check that standard output was written.
#include <filesystem>
#include <fstream>
#include <string>

namespace kg::tools {

class OutputFile {
 public:
  // Throws InputError naming the file when its folder cannot take a new file.
  explicit OutputFile(std::filesystem::path path);
  ~OutputFile();  // removes the temporary file unless committed
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  std::ostream& stream() { return out_; }
  // Flushes, closes and renames into place. Throws InputError naming the file
  // when anything could not be written (disk full, I/O error).
  void commit();

 private:
  std::filesystem::path path_, temp_;
  std::ofstream out_;
  bool committed_ = false;
  bool direct_ = false;  // not a regular file: written in place
};

// Flushes std::cout. Throws InputError when anything written to it was lost
// (`kg query > /dev/full`): kg must not exit 0 after output it could not write.
void check_stdout();

}  // namespace kg::tools
