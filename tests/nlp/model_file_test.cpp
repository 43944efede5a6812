// Issue 13: a model file's header is checked before it is trusted.
#include <doctest/doctest.h>

#include <cstring>

#include "extract/nlp/analyzer.hpp"
#include "extract/nlp/model_file.hpp"
#include "extract/text/errors.hpp"
#include "tests/test_util.hpp"

using namespace kg::nlp;
using kg::ModelError;
using kg::test::TempDir;

TEST_CASE("issue 13: a model whose size field was corrupted is refused before allocating") {
  TempDir dir;
  ModelWriter w;
  w.section("test");
  w.u64(42);
  w.save(dir / "m.kgm");
  {
    ModelReader r(dir / "m.kgm");
    r.section("test");
    CHECK(r.u64() == 42);
  }
  // Bytes 20-27 hold the uncompressed size; the CRC covers only the payload.
  std::string data = kg::test::read_file(dir / "m.kgm");
  const uint64_t huge = uint64_t{6} << 30;  // would be allocated (and zeroed) as is
  std::memcpy(data.data() + 20, &huge, sizeof huge);
  kg::test::write_file(dir / "bad.kgm", data);
  CHECK_THROWS_WITH_AS(ModelReader(dir / "bad.kgm"), doctest::Contains("does not match"),
                       ModelError);
  CHECK_THROWS_WITH_AS(ModelReader(dir.path()), doctest::Contains("is a directory"), ModelError);
}

TEST_CASE("issue 13: a corrupt item count in a model is a ModelError before anything is reserved") {
  // The minimal payload of fuzz_model's seeds with the lexicon's verb
  // exception count corrupted: unordered_map::reserve(2^60) threw
  // std::length_error, an internal error (exit 5) instead of a bad model (exit 3).
  TempDir dir;
  ModelWriter w;
  w.section("kg-analyzer");
  w.str("minimal");
  w.section("lexicon");
  for (int i = 0; i < 4; ++i) w.u64(0);
  w.u64(uint64_t{1} << 60);
  w.save(dir / "m.kgm", 1);
  CHECK_THROWS_WITH_AS(Analyzer::load(dir / "m.kgm"), doctest::Contains("count out of range"),
                       ModelError);

  ModelWriter ok;
  ok.u64(2);
  ok.str("a");
  ok.str("b");
  ok.save(dir / "ok.kgm", 1);
  ModelReader r(dir / "ok.kgm");
  CHECK(r.count(1) == 2);
  CHECK(r.str() == "a");
}
