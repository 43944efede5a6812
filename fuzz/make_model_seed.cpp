// Writes seeds for fuzz_model: a tiny perceptron model trained on a CoNLL-U
// file, as a whole file (first byte 0) and as its uncompressed payload (first
// byte 1, which fuzz_model wraps in a valid header).
//   kg_fuzz_seed_model TRAIN.conllu OUT_DIR
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include <zstd.h>

#include "extract/nlp/model_trainer.hpp"

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
  std::filesystem::remove(model);
  constexpr size_t kHeader = 32;
  const size_t raw = ZSTD_getFrameContentSize(file.data() + kHeader, file.size() - kHeader);
  std::string payload(raw, '\0');
  ZSTD_decompress(payload.data(), payload.size(), file.data() + kHeader, file.size() - kHeader);
  std::ofstream(out_dir / "whole-file", std::ios::binary) << '\0' << file;
  std::ofstream(out_dir / "payload", std::ios::binary) << '\1' << payload;
  return 0;
}
