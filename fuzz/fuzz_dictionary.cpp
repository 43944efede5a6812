// Fuzzes the user dictionary readers (kg ingest --actors / --verbs): the first
// byte picks the actor (even) or verb (odd) reader, the rest is the file. A
// loaded dictionary is then used once, so what was read is also looked up.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/events/actor_dictionary.hpp"
#include "extract/events/verb_dictionary.hpp"
#include "extract/text/errors.hpp"
#include "fuzz/fuzz_util.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const bool actors = (data[0] & 1) == 0;
  const auto path = kg::fuzz::write_scratch(".tsv", data + 1, size - 1);
  try {
    if (actors) {
      kg::events::ActorDictionary dictionary;
      dictionary.add_file(path);
      const std::vector<std::string_view> words = {"the", "US", "government", "said"};
      (void)dictionary.find_names(words, "2013-06-05");
      const std::vector<std::string> lemmas = {"defence", "ministry"};
      (void)dictionary.agent_ending(lemmas);
    } else {
      kg::events::VerbDictionary dictionary;
      dictionary.add_file(path);
      (void)dictionary.nominal_code("attack");
      (void)dictionary.info("112");
    }
  } catch (const kg::Error&) {
  }
  return 0;
}
