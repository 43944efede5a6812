#pragma once
// The country an article is about, for actors whose phrase names no country
// ("the government", "the home secretary", "police", "MPs"): they are coded
// "---GOV", "---COP" ... by the sentence rules, and this pass fills the
// country the article establishes, marking the code as inferred.
//
// Precedence (docs/extraction.md, "Country from the article"):
//   1. a coded actor of the same agent kind in the two sentences before, all
//      of one country ("Japanese officials said ... The officials added");
//   2. the article's dominant country: the country of most coded mentions,
//      with the dateline ("MANILA, March 18 -") counted as two mentions and
//      amounts in pounds sterling ("£10,000", "500 mln stg") as one vote for
//      Britain, two when there are several, when it has at least two votes and
//      at least 60 % of all;
//   3. otherwise the code stays "---": split evidence is not guessed.
// A named person no dictionary knows takes the dominant country alone, with
// no agent ("Alan Milburn" in a British article: GBR), also marked inferred.
// A phrase that says it spans countries ("foreign investors", "the global
// industry", "other firms") takes none.
// Armed non-state groups (REB, INS, UAF, SEP) skip step 2: they are often
// foreign to the country an article is mostly about; the dateline decides.
#include <string>
#include <string_view>

#include "extract/events/actor_coder.hpp"
#include "extract/events/actor_dictionary.hpp"
#include "extract/events/sentence_context.hpp"

namespace kg::events {

// The country code of a dateline that opens `text` ("MANILA, March 18 - ...",
// "GREENWICH, Conn., March 16 - ...", "LONDON (Reuters) - ..."), or "".
std::string dateline_country(const ActorDictionary& dict, std::string_view text);

namespace detail {

// Fills the country of every "---" agent code in the document's events and
// mentions by the precedence above.
void infer_countries(DocState& st, const ActorDictionary& dict, const ActorCoder& coder,
                     std::string_view text);

}  // namespace detail
}  // namespace kg::events
