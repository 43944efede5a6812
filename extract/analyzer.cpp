#include "analyzer.hpp"

#include <chrono>
#include <cstdlib>

#include "data_paths.hpp"
#include "errors.hpp"
#include "model_file.hpp"

namespace kg::extract {

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
  std::vector<ParsedToken> out(forms.size());
  if (forms.empty()) return out;
  using clock = std::chrono::steady_clock;
  auto t0 = clock::now();
  auto lap = [&](double* slot) {
    const auto now = clock::now();
    if (timings) *slot += std::chrono::duration<double>(now - t0).count();
    t0 = now;
  };
  double ignored = 0;
  const std::vector<uint16_t> tags = tagger_.tag(forms, lexicon_);
  lap(timings ? &timings->tag : &ignored);
  std::vector<ParserInput> in(forms.size());
  for (size_t i = 0; i < forms.size(); ++i) {
    const TagClass& c = tagger_.tag_class(tags[i]);
    ParsedToken& t = out[i];
    t.form = forms[i];
    t.upos = c.upos;
    t.xpos = c.xpos;
    t.lemma = lemmatizer_.lemma(forms[i], c, lexicon_);
    t.feats = tagger_.feats(forms[i], tags[i]);
  }
  lap(timings ? &timings->lemma : &ignored);
  if (fix) fix(out);
  for (size_t i = 0; i < forms.size(); ++i)
    in[i] = {out[i].form, out[i].lemma, out[i].xpos, to_string(out[i].upos)};
  ParseResult r = std::visit([&](const auto& p) { return p.parse(in, lexicon_); }, parser_);
  for (size_t i = 0; i < forms.size(); ++i) {
    out[i].head = r.heads[i];
    out[i].deprel = std::move(r.labels[i]);
  }
  lap(timings ? &timings->parse : &ignored);
  return out;
}

ParsedSentence Analyzer::analyze(const Document& doc, size_t sentence, const TagFixer& fix) const {
  const Sentence& s = doc.sentences[sentence];
  const auto tokens = doc.sentence_tokens(sentence);
  std::vector<std::string_view> forms;
  forms.reserve(tokens.size());
  for (const Token& t : tokens) forms.push_back(doc.form(t));
  ParsedSentence out;
  out.index = static_cast<uint32_t>(sentence);
  out.bytes = s.bytes;
  out.tokens = analyze_words(forms, nullptr, fix);
  for (size_t i = 0; i < tokens.size(); ++i) {
    out.tokens[i].bytes = tokens[i].bytes;
    out.tokens[i].space_after = tokens[i].space_after;
    out.tokens[i].mwt_words = tokens[i].mwt_words;
  }
  return out;
}

std::vector<ParsedSentence> Analyzer::analyze(const Document& doc, const TagFixer& fix) const {
  std::vector<ParsedSentence> out;
  out.reserve(doc.sentences.size());
  for (size_t s = 0; s < doc.sentences.size(); ++s) out.push_back(analyze(doc, s, fix));
  return out;
}

}  // namespace kg::extract
