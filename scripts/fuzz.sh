#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) into build-fuzz/, fills
# their seed corpora from the tests' fixtures and examples/, and runs every
# target in parallel for SECONDS (default 600) at the lowest priority:
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# Logs go to build-fuzz/logs/TARGET.log, crashers to build-fuzz/crashes/TARGET/.
# Needs clang-14 and libfuzzer-14-dev (KG_FUZZ=1 scripts/install-deps.sh).
# See docs/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
all=(fuzz_article_text fuzz_article_jsonl fuzz_article_gzip fuzz_text fuzz_conllu fuzz_dictionary fuzz_model)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")

CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -DKG_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j 2

seeds=build-fuzz/seeds
rm -rf "$seeds"
mkdir -p "$seeds"/{fuzz_article_text,fuzz_article_jsonl,fuzz_article_gzip,fuzz_text,fuzz_conllu,fuzz_dictionary,fuzz_model}
cp examples/articles/*.txt tests/fixtures/extraction/sentences.txt "$seeds/fuzz_article_text/"
cp examples/articles/*.txt tests/fixtures/extraction/sentences.txt "$seeds/fuzz_text/"
cp examples/corpus.jsonl "$seeds/fuzz_article_jsonl/"
head -n 2 examples/corpus.jsonl > "$seeds/fuzz_article_jsonl/two-lines.jsonl"
{ printf '\0'; head -n 2 examples/corpus.jsonl | gzip -9c; } > "$seeds/fuzz_article_gzip/jsonl.gz"
{ printf '\1'; gzip -9c examples/articles/01-china-accuses-us.txt; } > "$seeds/fuzz_article_gzip/txt.gz"
cp tests/fixtures/parser/tiny.conllu "$seeds/fuzz_conllu/"
{ printf '\0'; cat data/actors/organizations.tsv; } > "$seeds/fuzz_dictionary/organizations.tsv"
{ printf '\0'; cat data/actors/people.tsv; } > "$seeds/fuzz_dictionary/people.tsv"
{ printf '\1'; cat data/verbs/cameo_verbs.tsv; } > "$seeds/fuzz_dictionary/cameo_verbs.tsv"
build-fuzz/fuzz/kg_fuzz_seed_model tests/fixtures/parser/tiny.conllu "$seeds/fuzz_model" >/dev/null 2>&1
head -c 4096 "$seeds/fuzz_model/payload" > "$seeds/fuzz_model/payload-start"

mkdir -p build-fuzz/logs
pids=()
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$t" "build-fuzz/crashes/$t"
  # The seed model payload is large; inputs up to 4 MiB let mutations keep it whole.
  # and loading it under ASan takes seconds when seven fuzzers share two cores.
  max_len=()
  timeout=20
  if [ "$t" = fuzz_model ]; then max_len=(-max_len=4194304); timeout=60; fi
  nice -n 19 "build-fuzz/fuzz/$t" "build-fuzz/corpus/$t" "$seeds/$t" \
    -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 -print_final_stats=1 \
    "${max_len[@]}" -artifact_prefix="build-fuzz/crashes/$t/" \
    >"build-fuzz/logs/$t.log" 2>&1 &
  pids+=($!)
done
status=0
for i in "${!pids[@]}"; do
  wait "${pids[$i]}" || { echo "fuzz: ${targets[$i]} found a problem (build-fuzz/logs/${targets[$i]}.log)" >&2; status=1; }
  rm -f "/dev/shm/kg-fuzz-${pids[$i]}".* "${TMPDIR:-/tmp}/kg-fuzz-${pids[$i]}".*  # scratch files (fuzz/fuzz_util.hpp)
done
for t in "${targets[@]}"; do
  echo "$t: $(grep -E '^#[0-9]+' "build-fuzz/logs/$t.log" | tail -n 1)"
  grep -E 'stat::number_of_executed_units' "build-fuzz/logs/$t.log" || true
done
exit $status
