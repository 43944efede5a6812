// kg eval: quality figures on gold data (CoNLL 2018 shared-task definitions).
#include <fmt/core.h>

#include <fstream>
#include <iostream>
#include <set>

#include "extract/events/extraction_eval.hpp"
#include "extract/events/extractor.hpp"
#include "extract/nlp/analyzer.hpp"
#include "extract/nlp/conllu.hpp"
#include "extract/nlp/evaluation.hpp"
#include "extract/nlp/parse_eval.hpp"
#include "extract/text/errors.hpp"
#include "extract/text/segmenter.hpp"
#include "tools/command.hpp"
#include "tools/output_file.hpp"

namespace kg::tools {
namespace {

void print_prf(const char* name, const nlp::PrfCounts& c) {
  std::cout << fmt::format("{:<12} {:>8.2f} {:>8.2f} {:>8.2f} {:>8} {:>8} {:>8}\n", name,
                           100 * c.precision(), 100 * c.recall(), 100 * c.f1(), c.gold, c.system,
                           c.correct);
}

std::vector<nlp::ConlluSentence> read_gold(const std::string& path) {
  try {
    auto gold = nlp::read_conllu_file(path);
    if (gold.empty()) throw InputError(path + ": no sentences in the gold file");
    return gold;
  } catch (const nlp::ConlluError& e) {
    throw InputError(e.what());
  }
}

class EvalCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.description("Scores kg against gold data and prints precision, recall and F1.");
    app.require_subcommand(1);
    segment_ = app.add_subcommand(
        "segment",
        "tokens, words and sentences against a gold CoNLL-U file: the raw text is rebuilt\n"
        "from its '# text' lines (paragraphs from '# newpar'/'# newdoc'), segmented, and\n"
        "units count as correct when their character spans match (CoNLL 2018)");
    segment_->add_option("--gold", gold_, "gold CoNLL-U file")
        ->required()
        ->check(CLI::ExistingFile);
    parse_ = app.add_subcommand(
        "parse",
        "UPOS, XPOS, lemma, UAS and LAS against a gold CoNLL-U file, with gold\n"
        "tokenization, or from raw text through kg's segmenter with --raw (CoNLL 2018\n"
        "definitions; punctuation included; LAS on universal relations)");
    parse_->add_option("--gold", gold_, "gold CoNLL-U file")->required()->check(CLI::ExistingFile);
    auto* raw =
        parse_->add_flag("--raw", raw_, "start from the raw text instead of the gold words");
    parse_->add_option("--model", model_, "model file (default: the shipped model)");
    parse_
        ->add_option("--output", output_,
                     "also write kg's analysis of the gold words as CoNLL-U to this file, for "
                     "error analysis (not with --raw)")
        ->excludes(raw);
    extract_ = app.add_subcommand(
        "extract",
        "events against a gold JSON Lines file: PETRARCH-style event codings\n"
        "({id, text, expected: [{source, target, code}]}) give P/R/F1 of the coded triple,\n"
        "the dyad and the CAMEO root; Open IE tuples ({id, text, tuples}) give the\n"
        "CaRB-like token-overlap P/R/F1");
    extract_->add_option("--gold", gold_, "gold JSON Lines file")
        ->required()
        ->check(CLI::ExistingFile);
    extract_->add_flag("--country-only", country_only_,
                       "compare only the 3-letter country part of actor codes");
    extract_->add_option("--model", model_, "model file (default: the shipped model)");
    segment_->add_option("--errors", show_errors_,
                         "also list up to N gold tokens and sentences the segmenter missed");
  }

  int run() override {
    if (segment_->parsed()) return run_segment();
    if (parse_->parsed()) return run_parse();
    if (extract_->parsed()) return run_extract();
    return kExitUsage;
  }

 private:
  int run_segment() {
    const auto gold = read_gold(gold_);
    const std::string text = nlp::rebuild_text(gold);
    const text::Segmenter segmenter({.skip_repeated_paragraphs = false});
    const text::Document doc = segmenter.segment(text);
    const auto gold_u = nlp::gold_units(gold);
    const auto sys_u = nlp::system_units(doc);
    const auto scores = nlp::score_segmentation(gold_u, sys_u);
    if (show_errors_ > 0) print_errors(doc.text, gold_u, sys_u);
    std::cout << "gold: " << gold_ << "\n\n";
    std::cout << fmt::format("{:<12} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}\n", "metric", "P", "R",
                             "F1", "gold", "system", "correct");
    print_prf("tokens", scores.tokens);
    print_prf("words", scores.words);
    print_prf("sentences", scores.sentences);
    return kExitOk;
  }

  int run_extract() {
    events::GoldMode mode;
    const auto gold = events::read_gold_records(gold_, mode);
    events::ExtractorConfig config;
    config.model = model_;
    const events::Extractor extractor(config);
    std::vector<std::vector<events::Event>> system;
    for (const auto& r : gold) system.push_back(extractor.run(r.text, r.date).events);
    std::cout << "gold: " << gold_ << " (" << gold.size() << " records)\n\n";
    if (mode == events::GoldMode::Event) {
      const auto s = events::score_events(gold, system, country_only_);
      std::cout << fmt::format("{:<12} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}\n", "metric", "P", "R",
                               "F1", "gold", "system", "correct");
      print_prf("exact", s.exact);
      print_prf("dyad", s.dyad);
      print_prf("dyad+root", s.dyad_root);
      print_prf("code", s.code);
      print_prf("root", s.root);
      std::cout << fmt::format("\nrecords coded exactly right: {} of {}{}\n", s.records_right,
                               s.records, country_only_ ? " (country codes only)" : "");
    } else {
      const auto s = events::score_carb(gold, system);
      std::cout << fmt::format(
          "CaRB-like lenient match over {} sentences: P {:.4f}  R {:.4f}  F1 {:.4f}\n"
          "({} gold tuples, {} system tuples)\n",
          s.sentences, s.precision, s.recall, s.f1, s.gold_tuples, s.system_tuples);
    }
    return kExitOk;
  }

  int run_parse() {
    const auto gold = read_gold(gold_);
    const auto analyzer = nlp::Analyzer::load(model_.empty() ? nlp::Analyzer::default_model_path()
                                                             : std::filesystem::path(model_));
    std::vector<nlp::ConlluSentence> system;
    const auto r = nlp::evaluate_parsing(gold, analyzer, raw_, output_.empty() ? nullptr : &system);
    if (!output_.empty()) {
      OutputFile out(output_);
      for (const auto& s : system) nlp::write_conllu(out.stream(), s);
      out.commit();
    }
    std::cout << "gold: " << gold_ << (raw_ ? " (from raw text)" : " (gold tokenization)")
              << "\n\n";
    std::cout << fmt::format("{:<12} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}\n", "metric", "P", "R",
                             "F1", "gold", "system", "correct");
    if (raw_) {
      print_prf("tokens", r.tokens);
      print_prf("words", r.words);
      print_prf("sentences", r.sentences);
    }
    print_prf("UPOS", r.upos);
    print_prf("XPOS", r.xpos);
    print_prf("lemma", r.lemma);
    print_prf("UAS", r.uas);
    print_prf("LAS", r.las);
    print_prf("LAS-full", r.las_full);
    print_prf("UAS-nopunct", r.uas_no_punct);
    print_prf("LAS-nopunct", r.las_no_punct);
    std::cout << fmt::format("\nspeed: {:.0f} words/s (tag + lemmatize + parse{}, one thread)\n",
                             r.tokens_per_second, raw_ ? " + segment" : "");
    return kExitOk;
  }

  // Prints missed gold units next to what the segmenter produced there.
  void print_errors(const std::string& text, const nlp::SegmentationUnits& gold,
                    const nlp::SegmentationUnits& sys) const {
    std::vector<size_t> offsets;  // byte offset of each non-space code point
    for (size_t p = 0; p < text.size(); ++p) {
      const auto c = static_cast<unsigned char>(text[p]);
      if ((c & 0xC0) == 0x80) continue;
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') continue;
      offsets.push_back(p);
    }
    offsets.push_back(text.size());
    auto cut = [&](size_t b, size_t e) {
      std::string r =
          text.substr(offsets[b], offsets[std::min(e, offsets.size() - 1)] - offsets[b]);
      for (char& c : r)
        if (c == '\n') c = ' ';
      return r;
    };
    auto report = [&](const char* what, const std::vector<nlp::SpanUnit>& g,
                      const std::vector<nlp::SpanUnit>& s) {
      std::set<std::pair<size_t, size_t>> sys_spans;
      for (const auto& u : s) sys_spans.emplace(u.begin, u.end);
      int shown = 0;
      for (const auto& u : g) {
        if (sys_spans.count({u.begin, u.end})) continue;
        if (shown++ >= show_errors_) break;
        std::string got;
        for (const auto& v : s)
          if (v.end > u.begin && v.begin < u.end) got += "[" + cut(v.begin, v.end) + "] ";
        std::cout << what << " gold [" << cut(u.begin, u.end) << "] system " << got << '\n';
      }
    };
    report("token", gold.tokens, sys.tokens);
    report("sentence", gold.sentences, sys.sentences);
    std::cout << '\n';
  }

  CLI::App* segment_ = nullptr;
  CLI::App* parse_ = nullptr;
  CLI::App* extract_ = nullptr;
  bool country_only_ = false;
  bool raw_ = false;
  std::string model_, output_;
  int show_errors_ = 0;
  std::string gold_;
};

}  // namespace

std::unique_ptr<Command> make_eval_command() {
  return std::make_unique<EvalCommand>();
}

}  // namespace kg::tools
