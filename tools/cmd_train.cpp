// kg train: the tagger, lemmatizer and parser model from CoNLL-U treebanks.
#include <fmt/core.h>

#include <iostream>

#include "extract/nlp/model_trainer.hpp"
#include "tools/command.hpp"
#include "tools/progress.hpp"

namespace kg::tools {
namespace {

class TrainCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description(
        "Trains the analyzer model (POS tagger, lemmatizer, dependency parser) on\n"
        "Universal Dependencies CoNLL-U files and writes one model file. The dev file is\n"
        "used for early stopping. Progress (epoch, dev accuracy) goes to stderr.\n"
        "The result is deterministic for a given --seed. The shipped model is trained\n"
        "on UD English EWT train only (see data/models/README.md for why).");
    app.add_option("--train", config_.train, "training CoNLL-U file (repeatable)")
        ->required()
        ->check(CLI::ExistingFile);
    app.add_option("--dev", config_.dev, "development CoNLL-U file for early stopping")
        ->check(CLI::ExistingFile);
    app.add_option("-o,--output", config_.output, "model file to write")->required();
    app.add_option("--seed", config_.seed, "random seed (default 1)");
    app.add_option("--tagger-epochs", config_.tagger_epochs,
                   "tagger passes over the data (default 10)")
        ->check(CLI::Range(1, 100));
    app.add_option("--parser-epochs", config_.parser_epochs,
                   "parser passes over the data (default 16; about 18 minutes on EWT with 2 cores)")
        ->check(CLI::Range(1, 100));
    app.add_option("--parser", config_.parser,
                   "parser kind: neural (default, BiLSTM) or perceptron")
        ->check(CLI::IsMember({"neural", "perceptron"}));
    app.add_option("--threads", config_.threads, "threads for the jackknifing folds (default 2)")
        ->check(CLI::Range(1, 64));
    app.add_option("--parser-threads", config_.parser_threads,
                   "threads that share the neural parser's training batches (default 1, which "
                   "reproduces the shipped model; 2 trains faster and gives a different model, "
                   "deterministic for the thread count)")
        ->check(CLI::Range(1, 64));
    app.add_option("--folds", config_.folds,
                   "jackknifing folds for the parser's training tags (default 10; 1 = gold tags)")
        ->check(CLI::Range(1, 50));
    app.add_flag("-q,--quiet", quiet_, "no progress lines");
  }

  int run() override {
    Progress clock("", false);
    if (!quiet_)
      config_.log = [&](const std::string& line) {
        std::cerr << "[" << format_duration(clock.elapsed_seconds()) << "] " << line << std::endl;
      };
    const auto r = nlp::train_model(config_);
    std::cout << fmt::format(
        "trained on {} sentences ({} words) in {}; dev: tags {:.2f}%, UAS {:.2f}, LAS {:.2f} -> "
        "{}\n",
        r.train_sentences, r.train_words, format_duration(r.seconds), 100 * r.dev_tag_accuracy,
        100 * r.dev_uas, 100 * r.dev_las, config_.output.string());
    return kExitOk;
  }

 private:
  nlp::ModelTrainConfig config_;
  bool quiet_ = false;
};

}  // namespace

std::unique_ptr<Command> make_train_command() {
  return std::make_unique<TrainCommand>();
}

}  // namespace kg::tools
