#pragma once
// Shared helpers for the benchmark programs: loading the news corpus and
// reporting the median of several timed runs.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

namespace kg::bench {

inline std::string default_news_dir() {
  if (const char* env = std::getenv("KG_NEWS_DIR")) return env;
  return std::string(KG_SOURCE_DIR) + "/../shared/data/news";
}

// Texts of every article in the .jsonl files of `dir` (sorted by file name).
inline std::vector<std::string> load_news_texts(const std::string& dir, size_t limit = 0) {
  std::vector<std::string> texts;
  std::vector<std::filesystem::path> files;
  if (!std::filesystem::is_directory(dir))
    throw std::runtime_error(dir +
                             ": news corpus directory not found (pass another directory or "
                             "set KG_NEWS_DIR)");
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".jsonl" && e.path().filename().string().rfind("sample", 0) != 0)
      files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f);
    std::string line;
    while (std::getline(in, line)) {
      texts.push_back(nlohmann::json::parse(line)["text"].get<std::string>());
      if (limit && texts.size() >= limit) return texts;
    }
  }
  return texts;
}

// Runs a benchmark's body; an error becomes one line on stderr and exit code 1.
inline int guarded(const char* name, const std::function<int()>& body) {
  try {
    return body();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: %s\n", name, e.what());
    return 1;
  }
}

inline double seconds_of(const std::function<void()>& fn) {
  const auto t0 = std::chrono::steady_clock::now();
  fn();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

inline double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

}  // namespace kg::bench
