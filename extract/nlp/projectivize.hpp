#pragma once
// Pseudo-projective parsing (Nivre and Nilsson 2005, "head" encoding): before
// training, each non-projective arc is lifted to the head's head until the
// tree is projective, and the lifted word's label records the label of its
// original head ("obj||xcomp"). After parsing, deprojectivize() moves such a
// word back down to the nearest descendant of its head carrying that label.
// Heads are sentence-relative indices, -1 = root.
#include <string>
#include <vector>

namespace kg::nlp {

inline constexpr std::string_view kLiftSeparator = "||";

bool is_projective(const std::vector<int>& heads);

// Requires: heads form a tree. Ensures: heads form a projective tree.
void projectivize(std::vector<int>& heads, std::vector<std::string>& labels);

// Undoes the lifting encoded in the labels; labels lose their "||..." part.
void deprojectivize(std::vector<int>& heads, std::vector<std::string>& labels);

}  // namespace kg::nlp
