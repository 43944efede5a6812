#include "extract/nlp/projectivize.hpp"

#include <algorithm>
#include <deque>

namespace kg::nlp {
namespace {

bool dominates(const std::vector<int>& heads, int h, int d) {
  // Does h dominate d (h is d or an ancestor of d)?
  for (int k = d, steps = 0; k >= 0 && steps <= static_cast<int>(heads.size());
       k = heads[k], ++steps)
    if (k == h) return true;
  return false;
}

bool arc_is_projective(const std::vector<int>& heads, int d) {
  const int h = heads[d];
  if (h < 0) return true;
  const int lo = std::min(h, d), hi = std::max(h, d);
  for (int k = lo + 1; k < hi; ++k)
    if (!dominates(heads, h, k)) return false;
  return true;
}

}  // namespace

bool is_projective(const std::vector<int>& heads) {
  for (int d = 0; d < static_cast<int>(heads.size()); ++d)
    if (!arc_is_projective(heads, d)) return false;
  // Arcs from the artificial root: nothing may cross the root's own arc.
  return true;
}

void projectivize(std::vector<int>& heads, std::vector<std::string>& labels) {
  const int n = static_cast<int>(heads.size());
  std::vector<std::string> original_head_label(n);
  while (true) {
    // Lift the shortest non-projective arc first.
    int best = -1;
    int best_len = n + 1;
    for (int d = 0; d < n; ++d) {
      if (heads[d] < 0 || arc_is_projective(heads, d)) continue;
      const int len = std::abs(heads[d] - d);
      if (len < best_len) best = d, best_len = len;
    }
    if (best < 0) break;
    const int h = heads[best];
    if (original_head_label[best].empty()) original_head_label[best] = labels[h];
    heads[best] = heads[h];
    if (heads[best] < 0) {
      // Lifted to the root: attach to the root word instead of making a second root.
      int root = 0;
      while (root < n && heads[root] >= 0) ++root;
      heads[best] = root < n && root != best ? root : h;
    }
  }
  for (int d = 0; d < n; ++d)
    if (!original_head_label[d].empty())
      labels[d] += std::string(kLiftSeparator) + original_head_label[d];
}

void deprojectivize(std::vector<int>& heads, std::vector<std::string>& labels) {
  const int n = static_cast<int>(heads.size());
  std::vector<std::string> wanted(n);
  for (int d = 0; d < n; ++d) {
    const auto sep = labels[d].find(kLiftSeparator);
    if (sep == std::string::npos) continue;
    wanted[d] = labels[d].substr(sep + kLiftSeparator.size());
    labels[d].resize(sep);
  }
  // Top-down: a lifted word whose original head was itself lifted must wait
  // until that head is back in place, so the shallowest lifted word goes first.
  auto depth = [&](int w) {
    int k = 0;
    for (int x = w; x >= 0 && k <= n; x = heads[x]) ++k;
    return k;
  };
  std::vector<bool> pending(n);
  for (int d = 0; d < n; ++d) pending[d] = !wanted[d].empty() && heads[d] >= 0;
  while (true) {
    int d = -1;
    for (int w = 0; w < n; ++w)
      if (pending[w] && (d < 0 || depth(w) < depth(d))) d = w;
    if (d < 0) break;
    pending[d] = false;
    // Breadth-first below the current head, left to right, skipping d's subtree.
    std::deque<int> queue{heads[d]};
    int found = -1;
    while (!queue.empty() && found < 0) {
      const int x = queue.front();
      queue.pop_front();
      for (int c = 0; c < n; ++c) {
        if (heads[c] != x || c == d) continue;
        if (labels[c] == wanted[d] && !dominates(heads, d, c)) {
          found = c;
          break;
        }
        queue.push_back(c);
      }
    }
    if (found >= 0) heads[d] = found;
  }
}

}  // namespace kg::nlp
