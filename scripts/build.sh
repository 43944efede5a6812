#!/usr/bin/env bash
# Installs what is missing and builds kg into build/: one configuration
# (Release, warnings as errors) shared by scripts/demo.sh and scripts/test.sh,
# so the second of them only builds what the first did not.
#   scripts/build.sh [TARGET...]     (default: everything)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DKG_WERROR=ON >/dev/null
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build build -j "$(nproc)" "${targets[@]}"
