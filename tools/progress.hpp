#pragma once
// One line of progress on stderr, redrawn at most four times a second, shown
// only when stderr is a terminal (or when forced), so logs and golden tests
// stay clean.
#include <chrono>
#include <cstdint>
#include <string>

namespace kg::tools {

class Progress {
 public:
  Progress(std::string unit, bool enabled);
  ~Progress();
  // `done` units so far; bytes_done/bytes_total drive the ETA when total is known.
  void update(uint64_t done, uint64_t bytes_done = 0, uint64_t bytes_total = 0);
  void finish();
  double elapsed_seconds() const;

  // The default for commands: on when stderr is a terminal.
  static bool stderr_is_terminal();

 private:
  std::string unit_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

std::string format_duration(double seconds);

}  // namespace kg::tools
