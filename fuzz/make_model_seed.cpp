// Writes seeds for fuzz_model: a tiny perceptron model trained on a CoNLL-U
// file, as a whole file (first byte 0) and as its uncompressed payload (first
// byte 1, which fuzz_model wraps in a valid header).
//   kg_fuzz_seed_model TRAIN.conllu OUT_DIR
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include <zstd.h>

#include "extract/nlp/model_file.hpp"
#include "extract/nlp/model_trainer.hpp"

namespace {

// The uncompressed payload of a model file written by ModelWriter::save.
std::string payload_of(const std::filesystem::path& model) {
  std::ifstream in(model, std::ios::binary);
  const std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  constexpr size_t kHeader = 32;
  const size_t raw = ZSTD_getFrameContentSize(file.data() + kHeader, file.size() - kHeader);
  std::string payload(raw, '\0');
  ZSTD_decompress(payload.data(), payload.size(), file.data() + kHeader, file.size() - kHeader);
  return payload;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: kg_fuzz_seed_model TRAIN.conllu OUT_DIR\n");
    return 2;
  }
  const std::filesystem::path out_dir = argv[2];
  std::filesystem::create_directories(out_dir);
  const auto model = out_dir / "tiny.kgm.tmp";
  kg::nlp::ModelTrainConfig config;
  config.train = {argv[1]};
  config.dev = argv[1];
  config.output = model;
  config.parser = "perceptron";
  config.tagger_epochs = 1;
  config.parser_epochs = 1;
  config.folds = 1;
  config.threads = 1;
  kg::nlp::train_model(config);

  std::ifstream in(model, std::ios::binary);
  const std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::ofstream(out_dir / "whole-file", std::ios::binary) << '\0' << file;
  std::ofstream(out_dir / "payload", std::ios::binary) << '\1' << payload_of(model);

  // A few hundred bytes that get through the analyzer header, an empty lexicon
  // and the tagger's classes: small enough for many mutations per second on
  // the counts and lengths the loaders read (the tiny model's lexicon is megabytes).
  kg::nlp::ModelWriter minimal;
  minimal.section("kg-analyzer");
  minimal.str("minimal");
  minimal.section("lexicon");
  for (int i = 0; i < 4; ++i) minimal.u64(0);  // POS keys and bits, sense keys and values
  for (int i = 0; i < 3; ++i) minimal.u64(0);  // verb, noun, adjective exceptions
  minimal.section("tagger");
  minimal.u64(1);  // one class
  minimal.u8(0);
  minimal.str("NOUN");
  minimal.u64(0);  // ambiguity classes
  minimal.u64(0);  // word features
  minimal.str("");
  minimal.save(model, 1);
  std::ofstream(out_dir / "minimal", std::ios::binary) << '\1' << payload_of(model);
  std::filesystem::remove(model);
  return 0;
}
