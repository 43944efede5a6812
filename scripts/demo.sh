#!/usr/bin/env bash
# Command one of README.md: install what is missing, build (Release), ingest the
# bundled sample corpus into out/demo.sqlite, print a summary, and draw the graph
# as GraphViz (out/demo.dot) and SVG (out/demo.svg).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh kg          # only kg; scripts/test.sh adds the tests to the same build
kg=build/tools/kg
mkdir -p out
rm -f out/demo.sqlite out/demo.sqlite-wal out/demo.sqlite-shm
echo "== kg ingest examples/articles"
"$kg" ingest examples/articles --db out/demo.sqlite
echo
echo "== kg stats"
"$kg" stats --db out/demo.sqlite
echo
echo "== kg query --limit 10 (the most reported relations)"
"$kg" query --db out/demo.sqlite --limit 10
echo
echo "== kg export (every modality: negated, hypothetical and planned relations dotted grey)"
"$kg" export --db out/demo.sqlite --format dot --top 40 --modality all -o out/demo.dot --render svg
echo "wrote out/demo.dot and out/demo.svg"
