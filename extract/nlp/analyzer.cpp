#include "extract/nlp/analyzer.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <type_traits>

#include "extract/nlp/model_file.hpp"
#include "extract/text/data_paths.hpp"
#include "extract/text/errors.hpp"

namespace kg::nlp {
using text::data_dir;

using text::Document;
using text::Token;

std::filesystem::path Analyzer::default_model_path() {
  if (const char* env = std::getenv("KG_MODEL"); env && *env) return env;
  return data_dir() / "models" / "en-ewt.kgm";
}

Analyzer Analyzer::load(const std::filesystem::path& path) {
  ModelReader in(path);
  Analyzer a;
  in.section("kg-analyzer");
  a.info_.description = in.str();
  in.section("lexicon");
  a.lexicon_ = Lexicon::load(in);
  a.tagger_ = Tagger::load(in);
  a.lemmatizer_ = Lemmatizer::load(in);
  in.section("parser-kind");
  const std::string kind = in.str();
  if (kind == "perceptron")
    a.parser_ = Parser::load(in);
  else if (kind == "neural")
    a.parser_ = NeuralParser::load(in);
  else
    in.fail("unknown parser kind '" + kind + "'");
  in.section("end");
  if (!in.at_end()) in.fail("trailing data");
  return a;
}

void Analyzer::save(const std::filesystem::path& path, const ModelInfo& info,
                    const Lexicon& lexicon, const Tagger& tagger, const Lemmatizer& lemmatizer,
                    const AnyParser& parser) {
  ModelWriter out;
  out.section("kg-analyzer");
  out.str(info.description);
  out.section("lexicon");
  lexicon.save(out);
  tagger.save(out);
  lemmatizer.save(out);
  out.section("parser-kind");
  out.str(std::holds_alternative<Parser>(parser) ? "perceptron" : "neural");
  std::visit([&](const auto& p) { p.save(out); }, parser);
  out.section("end");
  out.save(path);
}

std::vector<ParsedToken> Analyzer::analyze_words(std::span<const std::string_view> forms,
                                                 AnalyzerTimings* timings,
                                                 const TagFixer& fix) const {
  return std::move(analyze_words(std::span<const Words>(&forms, 1), timings, fix).front());
}

std::vector<std::vector<ParsedToken>> Analyzer::analyze_words(std::span<const Words> sentences,
                                                              AnalyzerTimings* timings,
                                                              const TagFixer& fix) const {
  std::vector<std::vector<ParsedToken>> out(sentences.size());
  using clock = std::chrono::steady_clock;
  auto t0 = clock::now();
  auto lap = [&](double* slot) {
    const auto now = clock::now();
    if (timings) *slot += std::chrono::duration<double>(now - t0).count();
    t0 = now;
  };
  double ignored = 0;
  std::vector<std::vector<ParserInput>> in(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    const Words forms = sentences[s];
    if (forms.empty()) continue;
    const std::vector<uint16_t> tags = tagger_.tag(forms, lexicon_);
    lap(timings ? &timings->tag : &ignored);
    out[s].resize(forms.size());
    for (size_t i = 0; i < forms.size(); ++i) {
      const TagClass& c = tagger_.tag_class(tags[i]);
      ParsedToken& t = out[s][i];
      t.form = forms[i];
      t.upos = c.upos;
      t.xpos = c.xpos;
      t.lemma = lemmatizer_.lemma(forms[i], c, lexicon_);
      t.feats = tagger_.feats(forms[i], tags[i]);
    }
    lap(timings ? &timings->lemma : &ignored);
    if (fix) fix(out[s]);
    for (const ParsedToken& t : out[s])
      in[s].push_back({t.form, t.lemma, t.xpos, to_string(t.upos)});
  }
  const std::vector<std::span<const ParserInput>> views(in.begin(), in.end());
  std::vector<ParseResult> trees = std::visit(
      [&](const auto& p) {
        if constexpr (std::is_same_v<std::decay_t<decltype(p)>, NeuralParser>) {
          return p.parse_batch(views, lexicon_);
        } else {
          std::vector<ParseResult> r;
          for (const auto& v : views) r.push_back(v.empty() ? ParseResult{} : p.parse(v, lexicon_));
          return r;
        }
      },
      parser_);
  for (size_t s = 0; s < sentences.size(); ++s)
    for (size_t i = 0; i < out[s].size(); ++i) {
      out[s][i].head = trees[s].heads[i];
      out[s][i].deprel = std::move(trees[s].labels[i]);
    }
  lap(timings ? &timings->parse : &ignored);
  return out;
}

ParsedSentence Analyzer::analyze(const Document& doc, size_t sentence, const TagFixer& fix) const {
  return std::move(analyze(doc, sentence, sentence + 1, fix).front());
}

std::vector<ParsedSentence> Analyzer::analyze(const Document& doc, size_t first, size_t last,
                                              const TagFixer& fix) const {
  std::vector<std::vector<std::string_view>> forms;
  for (size_t s = first; s < last; ++s) {
    forms.emplace_back();
    for (const Token& t : doc.sentence_tokens(s)) forms.back().push_back(doc.form(t));
  }
  const std::vector<Words> views(forms.begin(), forms.end());
  std::vector<std::vector<ParsedToken>> tokens = analyze_words(views, nullptr, fix);
  std::vector<ParsedSentence> out(last - first);
  for (size_t s = first; s < last; ++s) {
    ParsedSentence& p = out[s - first];
    p.index = static_cast<uint32_t>(s);
    p.bytes = doc.sentences[s].bytes;
    p.tokens = std::move(tokens[s - first]);
    const auto source = doc.sentence_tokens(s);
    for (size_t i = 0; i < source.size(); ++i) {
      p.tokens[i].bytes = source[i].bytes;
      p.tokens[i].space_after = source[i].space_after;
      p.tokens[i].mwt_words = source[i].mwt_words;
    }
  }
  return out;
}

std::vector<ParsedSentence> Analyzer::analyze(const Document& doc, const TagFixer& fix) const {
  std::vector<ParsedSentence> out;
  out.reserve(doc.sentences.size());
  for (size_t s = 0; s < doc.sentences.size(); s += kBatchSentences)
    for (auto& p : analyze(doc, s, std::min(s + kBatchSentences, doc.sentences.size()), fix))
      out.push_back(std::move(p));
  return out;
}

}  // namespace kg::nlp
