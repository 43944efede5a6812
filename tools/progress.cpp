#include "tools/progress.hpp"

#include <fmt/core.h>
#include <unistd.h>

#include <cstdio>

namespace kg::tools {

std::string format_duration(double seconds) {
  if (seconds < 60) return fmt::format("{:.1f}s", seconds);
  const auto s = static_cast<long>(seconds + 0.5);
  if (s < 3600) return fmt::format("{}:{:02}", s / 60, s % 60);
  return fmt::format("{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60);
}

Progress::Progress(std::string unit, bool enabled)
    : unit_(std::move(unit)),
      enabled_(enabled),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

Progress::~Progress() {
  finish();
}

bool Progress::stderr_is_terminal() {
  return isatty(STDERR_FILENO) == 1;
}

double Progress::elapsed_seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::update(uint64_t done, uint64_t bytes_done, uint64_t bytes_total) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  const double secs = elapsed_seconds();
  const double rate = secs > 0 ? static_cast<double>(done) / secs : 0;
  std::string line = fmt::format("{} {}, {:.0f}/s, {}", done, unit_, rate, format_duration(secs));
  if (bytes_total > 0 && bytes_done > 0 && bytes_done <= bytes_total) {
    const double fraction = static_cast<double>(bytes_done) / static_cast<double>(bytes_total);
    const double eta = secs / fraction - secs;
    line += fmt::format(", {:.0f}% done, ETA {}", fraction * 100, format_duration(eta));
  }
  std::fprintf(stderr, "\r%s\x1b[K", line.c_str());
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::finish() {
  if (drawn_) {
    std::fprintf(stderr, "\r\x1b[K");
    std::fflush(stderr);
    drawn_ = false;
  }
}

}  // namespace kg::tools
