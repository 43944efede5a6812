#include "extract/nlp/parse_eval.hpp"

#include <algorithm>
#include <chrono>

namespace kg::nlp {

using text::Document;
using text::Segmenter;
namespace {

std::string_view universal(std::string_view rel) {
  return rel.substr(0, rel.find(':'));
}

struct GoldWord {
  const ConlluWord* word;
  int sentence_offset;  // index of the sentence's first word in the flat list
};

}  // namespace

ParseScores evaluate_parsing(const std::vector<ConlluSentence>& gold, const Analyzer& analyzer,
                             bool raw_text, std::vector<ConlluSentence>* system) {
  ParseScores r;
  // Flatten gold words; heads become flat indices (-1 root).
  std::vector<const ConlluWord*> gw;
  std::vector<int> gold_head;
  for (const auto& s : gold) {
    const int base = static_cast<int>(gw.size());
    for (const auto& w : s.words) {
      gw.push_back(&w);
      gold_head.push_back(w.head < 0 ? -1 : base + w.head);
    }
  }
  // System words, flat, with heads as flat indices.
  std::vector<ParsedToken> sw;
  std::vector<int> sys_head;
  std::vector<int> alignment;  // system word -> gold word or -1
  const auto t0 = std::chrono::steady_clock::now();
  if (!raw_text) {
    constexpr size_t kBatch = Analyzer::kBatchSentences;
    std::vector<std::vector<std::string_view>> forms;
    for (size_t first = 0; first < gold.size(); first += kBatch) {
      forms.clear();
      for (size_t s = first; s < std::min(first + kBatch, gold.size()); ++s) {
        forms.emplace_back();
        for (const auto& w : gold[s].words) forms.back().push_back(w.form);
      }
      const std::vector<Analyzer::Words> views(forms.begin(), forms.end());
      for (auto& sentence : analyzer.analyze_words(views)) {
        if (system) {
          ConlluSentence& out = system->emplace_back(gold[system->size()]);
          for (size_t i = 0; i < sentence.size(); ++i) {
            ConlluWord& w = out.words[i];
            const ParsedToken& t = sentence[i];
            w.upos = to_string(t.upos);
            w.xpos = t.xpos;
            w.lemma = t.lemma;
            w.feats = t.feats;
            w.head = t.head;
            w.deprel = t.deprel;
          }
        }
        const int base = static_cast<int>(sw.size());
        for (auto& t : sentence) {
          sys_head.push_back(t.head < 0 ? -1 : base + t.head);
          sw.push_back(std::move(t));
        }
      }
    }
    alignment.resize(sw.size());
    for (size_t i = 0; i < sw.size(); ++i) alignment[i] = static_cast<int>(i);
  } else {
    const Segmenter segmenter({.skip_repeated_paragraphs = false});
    const Document doc = segmenter.segment(rebuild_text(gold));
    for (const auto& sent : analyzer.analyze(doc)) {
      const int base = static_cast<int>(sw.size());
      for (const auto& t : sent.tokens) {
        sys_head.push_back(t.head < 0 ? -1 : base + t.head);
        sw.push_back(t);
      }
    }
    const auto gu = gold_units(gold);
    const auto su = system_units(doc);
    const auto seg = score_segmentation(gu, su);
    r.tokens = seg.tokens;
    r.words = seg.words;
    r.sentences = seg.sentences;
    alignment = align_words(gu, su);
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  r.tokens_per_second = secs > 0 ? static_cast<double>(sw.size()) / secs : 0;
  std::vector<int> gold_to_sys(gw.size(), -1);
  for (size_t i = 0; i < alignment.size(); ++i)
    if (alignment[i] >= 0) gold_to_sys[static_cast<size_t>(alignment[i])] = static_cast<int>(i);
  for (PrfCounts* c : {&r.upos, &r.xpos, &r.lemma, &r.uas, &r.las, &r.las_full}) {
    c->gold = gw.size();
    c->system = sw.size();
  }
  const auto punct = [](const ConlluWord* w) { return universal(w->deprel) == "punct"; };
  for (PrfCounts* c : {&r.uas_no_punct, &r.las_no_punct}) {
    c->gold = static_cast<size_t>(
        std::count_if(gw.begin(), gw.end(), [&](auto* w) { return !punct(w); }));
    c->system = 0;
  }
  for (size_t i = 0; i < sw.size(); ++i)
    if (alignment[i] < 0 || !punct(gw[static_cast<size_t>(alignment[i])])) ++r.uas_no_punct.system;
  r.las_no_punct.system = r.uas_no_punct.system;
  for (size_t i = 0; i < sw.size(); ++i) {
    const int g = alignment[i];
    if (g < 0) continue;
    const ConlluWord& w = *gw[static_cast<size_t>(g)];
    const ParsedToken& t = sw[i];
    r.upos.correct += to_string(t.upos) == w.upos;
    r.xpos.correct += t.xpos == w.xpos;
    r.lemma.correct += t.lemma == w.lemma;
    // The head is right when it is aligned to the gold head (or both are the root).
    const int sh = sys_head[i];
    const int gh = gold_head[static_cast<size_t>(g)];
    const bool head_ok = sh < 0 ? gh < 0 : (gh >= 0 && alignment[static_cast<size_t>(sh)] == gh);
    if (head_ok) {
      ++r.uas.correct;
      r.las.correct += universal(t.deprel) == universal(w.deprel);
      r.las_full.correct += t.deprel == w.deprel;
      if (!punct(&w)) {
        ++r.uas_no_punct.correct;
        r.las_no_punct.correct += universal(t.deprel) == universal(w.deprel);
      }
    }
  }
  return r;
}

}  // namespace kg::nlp
