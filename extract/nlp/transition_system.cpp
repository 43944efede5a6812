#include "extract/nlp/transition_system.hpp"

#include <limits>

#include <map>
#include <stdexcept>

#include "extract/nlp/projectivize.hpp"

namespace kg::nlp {

ParseState::ParseState(int words)
    : n_(words),
      heads_(static_cast<size_t>(words), -2),
      labels_(static_cast<size_t>(words), 0),
      left_(static_cast<size_t>(words), {-1, -1}),
      right_(static_cast<size_t>(words), {-1, -1}),
      left_count_(static_cast<size_t>(words), 0),
      right_count_(static_cast<size_t>(words), 0),
      left_set_(static_cast<size_t>(words), 0),
      right_set_(static_cast<size_t>(words), 0) {
  stack_.reserve(static_cast<size_t>(words));
}

bool ParseState::legal(Move m) const {
  switch (m) {
    case Move::Shift:
      return can_shift();
    case Move::Left:
      return can_left();
    case Move::Right:
      return can_right();
  }
  return false;
}

void ParseState::attach(int head, int dep, uint16_t label) {
  heads_[dep] = head < n_ ? head : -1;
  labels_[dep] = label;
  if (head >= n_) return;  // the root keeps no child lists
  const uint64_t bit = uint64_t{1} << (label & 63);
  if (dep < head) {
    // Children arrive nearest-first from the left for LEFT arcs.
    auto& l = left_[head];
    if (l[0] < 0 || dep < l[0]) {
      l[1] = l[0];
      l[0] = dep;
    } else if (l[1] < 0 || dep < l[1]) {
      l[1] = dep;
    }
    ++left_count_[head];
    left_set_[head] |= bit;
  } else {
    auto& r = right_[head];
    if (r[0] < 0 || dep > r[0]) {
      r[1] = r[0];
      r[0] = dep;
    } else if (r[1] < 0 || dep > r[1]) {
      r[1] = dep;
    }
    ++right_count_[head];
    right_set_[head] |= bit;
  }
}

void ParseState::apply(Move m, uint16_t label) {
  if (!legal(m)) throw std::logic_error("illegal parser move");
  switch (m) {
    case Move::Shift:
      stack_.push_back(b_++);
      break;
    case Move::Left: {
      const int s0 = stack_.back();
      stack_.pop_back();
      attach(b_, s0, label);
      break;
    }
    case Move::Right: {
      const int s0 = stack_.back();
      stack_.pop_back();
      attach(stack_.back(), s0, label);
      break;
    }
  }
}

ParseState::Costs ParseState::costs(const std::vector<int>& gold) const {
  // gold[w] = head word, or -1 for the root (which is n_ here).
  auto head_of = [&](int w) { return gold[w] < 0 ? n_ : gold[w]; };
  Costs c;
  const int s0 = stack(0);
  const int s1 = stack(1);
  if (can_left() || can_right()) {
    // Dependents of s0 still in the buffer are lost by either reduce.
    int deps_in_buffer = 0;
    for (int k = b_; k < n_; ++k) deps_in_buffer += head_of(k) == s0;
    const int h = head_of(s0);
    const bool head_in_buffer_after_b0 = h > b_ && h <= n_;
    if (can_left()) c.left = deps_in_buffer + ((h == s1 && s1 >= 0) || head_in_buffer_after_b0);
    if (can_right()) c.right = deps_in_buffer + (h >= b_ && h <= n_);
  }
  if (can_shift()) {
    // b0 can no longer take dependents from the stack, nor a head below s0.
    int lost = 0;
    const int hb = head_of(b_);
    for (size_t i = 0; i < stack_.size(); ++i) {
      const int w = stack_[i];
      lost += head_of(w) == b_;
      if (w == hb && w != s0) ++lost;
    }
    c.shift = lost;
  }
  return c;
}

MoveSet MoveSet::from_labels(const std::vector<std::vector<std::string>>& labels, int min_lifted) {
  std::map<std::string, size_t> counts;
  for (const auto& sentence : labels)
    for (const auto& l : sentence) ++counts[l];
  MoveSet m;
  std::map<std::string, uint16_t> index;
  auto add = [&](const std::string& l) {
    if (index.count(l)) return;
    index[l] = static_cast<uint16_t>(m.labels_.size());
    m.labels_.push_back(l);
  };
  for (const auto& [l, n] : counts) {
    const auto sep = l.find(kLiftSeparator);
    if (sep == std::string::npos || n >= static_cast<size_t>(min_lifted)) add(l);
    add(l.substr(0, sep));
  }
  add("root");
  m.root_ = index["root"];
  return m;
}

uint16_t MoveSet::id(const std::string& label) const {
  auto find = [&](std::string_view l) -> int {
    for (size_t i = 0; i < labels_.size(); ++i)
      if (labels_[i] == l) return static_cast<int>(i);
    return -1;
  };
  int i = find(label);
  if (i < 0) i = find(std::string_view(label).substr(0, label.find(kLiftSeparator)));
  return static_cast<uint16_t>(i < 0 ? 0 : i);
}

Transition MoveSet::action(size_t index) const {
  if (index == 0) return {Move::Shift, 0};
  const size_t L = labels_.size();
  if (index <= L) return {Move::Left, static_cast<uint16_t>(index - 1)};
  return {Move::Right, static_cast<uint16_t>(index - 1 - L)};
}

bool MoveSet::legal(const ParseState& st, size_t index) const {
  const Transition a = action(index);
  if (!st.legal(a.move)) return false;
  if (a.move == Move::Shift) return true;
  const bool to_root = a.move == Move::Left && st.buffer(0) == st.words();
  return to_root == (a.label == root_);
}

void MoveSet::apply_best(ParseState& st, std::span<const float> scores) const {
  size_t best = 0;
  float best_score = -std::numeric_limits<float>::infinity();
  for (size_t a = 0; a < scores.size(); ++a)
    if (scores[a] > best_score && legal(st, a)) best = a, best_score = scores[a];
  const Transition act = action(best);
  st.apply(act.move, act.label);
}

void MoveSet::costs(const ParseState& st, const std::vector<int>& gold_heads,
                    const std::vector<uint16_t>& gold_labels, std::vector<int>& out) const {
  out.assign(size(), -1);
  const ParseState::Costs c = st.costs(gold_heads);
  const int n = st.words();
  const int s0 = st.stack(0), s1 = st.stack(1), b0 = st.buffer(0);
  const int head_s0 = s0 >= 0 ? (gold_heads[s0] < 0 ? n : gold_heads[s0]) : -3;
  for (size_t a = 0; a < out.size(); ++a) {
    if (!legal(st, a)) continue;
    const Transition act = action(a);
    if (act.move == Move::Shift)
      out[a] = c.shift;
    else if (act.move == Move::Left)
      out[a] = c.left + (head_s0 == b0 && act.label != gold_labels[s0]);
    else
      out[a] = c.right + (head_s0 == s1 && act.label != gold_labels[s0]);
  }
}

void MoveSet::save(ModelWriter& out) const {
  out.u64(labels_.size());
  for (const auto& l : labels_) out.str(l);
  out.u16(root_);
}

MoveSet MoveSet::load(ModelReader& in) {
  MoveSet m;
  const uint64_t n = in.u64();
  if (n == 0 || n > 4096) in.fail("bad parser label count");
  for (uint64_t i = 0; i < n; ++i) m.labels_.push_back(in.str());
  m.root_ = in.u16();
  if (m.root_ >= n) in.fail("bad root label");
  return m;
}

}  // namespace kg::nlp
