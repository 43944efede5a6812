#pragma once
// "Did you mean ...?" for mistyped commands and flags: the candidate closest
// to what was typed, by edit distance with transpositions ("qurey" is one
// edit from "query"), when it is close enough to be a likely typo.
#include <optional>
#include <string>
#include <vector>

namespace kg::tools {

// Edits (insert, delete, substitute, swap two neighbours) turning a into b.
size_t edit_distance(const std::string& a, const std::string& b);

// The closest candidate within 2 edits (1 for words of up to 4 letters), or a
// candidate that starts with `typed`; nullopt when none is close.
std::optional<std::string> closest(const std::string& typed,
                                   const std::vector<std::string>& candidates);

}  // namespace kg::tools
