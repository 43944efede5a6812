#pragma once
// The arc-hybrid transition system (Kuhlmann et al. 2011) with the root at
// the end of the buffer (Ballesteros and Nivre 2013), and its dynamic oracle
// (Goldberg and Nivre 2013). Words are 0..n-1; the root is n, always last in
// the buffer and never shifted. Moves:
//   SHIFT      push the buffer front b0 onto the stack
//   LEFT(l)    b0 becomes the head of s0 (label l); pop s0
//   RIGHT(l)   s1 becomes the head of s0 (label l); pop s0
// LEFT onto the root is only allowed when s0 is the last word on the stack,
// so every terminal configuration is a single-rooted tree: the parser never
// returns a cycle, a forest or an unattached word.
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "extract/nlp/model_file.hpp"

namespace kg::nlp {

enum class Move : uint8_t { Shift, Left, Right };

struct Transition {
  Move move = Move::Shift;
  uint16_t label = 0;
};

class ParseState {
 public:
  explicit ParseState(int words);

  int words() const { return n_; }
  bool terminal() const { return stack_.empty() && b_ == n_; }
  bool can_shift() const { return b_ < n_; }
  bool can_left() const { return !stack_.empty() && (b_ < n_ || stack_.size() == 1); }
  bool can_right() const { return stack_.size() >= 2; }
  bool legal(Move m) const;
  void apply(Move m, uint16_t label);

  // Stack from the top (0 = s0) and buffer from the front (0 = b0); -1 when
  // absent. The root shows as words() when it is the buffer front.
  int stack(size_t i) const { return i < stack_.size() ? stack_[stack_.size() - 1 - i] : -1; }
  int buffer(int i) const { return b_ + i <= n_ ? b_ + i : -1; }
  size_t stack_size() const { return stack_.size(); }

  int head(int w) const { return heads_[w]; }  // -1 root, -2 not yet attached
  uint16_t label(int w) const { return labels_[w]; }
  // Children: leftmost (k = 0) or second leftmost (k = 1); rightmost likewise.
  int left_child(int w, int k) const { return w >= 0 && w < n_ ? left_[w][k] : -1; }
  int right_child(int w, int k) const { return w >= 0 && w < n_ ? right_[w][k] : -1; }
  int left_count(int w) const { return w >= 0 && w < n_ ? left_count_[w] : 0; }
  int right_count(int w) const { return w >= 0 && w < n_ ? right_count_[w] : 0; }
  uint64_t left_labels(int w) const { return w >= 0 && w < n_ ? left_set_[w] : 0; }
  uint64_t right_labels(int w) const { return w >= 0 && w < n_ ? right_set_[w] : 0; }

  // Cost of each move under the gold tree (heads: -1 root): gold arcs it makes
  // unreachable. Labels are costed by the caller.
  struct Costs {
    int shift = 0, left = 0, right = 0;
  };
  Costs costs(const std::vector<int>& gold_heads) const;

 private:
  void attach(int head, int dep, uint16_t label);

  int n_;
  int b_ = 0;
  std::vector<int> stack_;
  std::vector<int> heads_;
  std::vector<uint16_t> labels_;
  std::vector<std::array<int, 2>> left_, right_;
  std::vector<int> left_count_, right_count_;
  std::vector<uint64_t> left_set_, right_set_;
};

// The labeled moves a parser chooses from, indexed 0 = SHIFT, 1 + l = LEFT(l),
// 1 + L + l = RIGHT(l); the root label is used exactly for the arc from the root.
class MoveSet {
 public:
  MoveSet() = default;
  // Labels of the (projectivized) training trees; "label||head" decorations
  // seen fewer than `min_lifted` times are dropped for their base label.
  static MoveSet from_labels(const std::vector<std::vector<std::string>>& labels, int min_lifted);

  size_t size() const { return 1 + 2 * labels_.size(); }
  Transition action(size_t index) const;
  bool legal(const ParseState& st, size_t index) const;
  // Applies the highest-scoring legal move (scores indexed like the moves).
  void apply_best(ParseState& st, std::span<const float> scores) const;
  // The id of `label`, or of its base label when it is an unknown decoration.
  uint16_t id(const std::string& label) const;
  const std::string& label(uint16_t id) const { return labels_[id]; }
  size_t label_count() const { return labels_.size(); }
  uint16_t root() const { return root_; }

  // Cost of every move (-1 = illegal) under the gold tree: structural cost
  // plus one for a wrong label on an otherwise right arc.
  void costs(const ParseState& st, const std::vector<int>& gold_heads,
             const std::vector<uint16_t>& gold_labels, std::vector<int>& out) const;

  void save(ModelWriter& out) const;
  static MoveSet load(ModelReader& in);

 private:
  std::vector<std::string> labels_;
  uint16_t root_ = 0;
};

}  // namespace kg::nlp
