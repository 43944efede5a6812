#pragma once
// A date written in an article's text, for corpora whose articles carry none
// (kg ingest --date-from-text): the first explicit full date near the start,
// "March 18, 1987", "18 March 1987", "Sept. 3 1987" or "1987-03-18". A dateline
// without a year ("MANILA, March 18 -") is no full date.
#include <string>
#include <string_view>

namespace kg::text {

// YYYY-MM-DD of the first full calendar date in the first `window` bytes of
// `text`, or "" when there is none.
std::string date_in_text(std::string_view text, size_t window = 2000);

}  // namespace kg::text
