#!/usr/bin/env bash
# Installs what is missing and builds kg (Release) into build/.
# Extra arguments go to cmake's configure step (e.g. -DKG_WERROR=ON).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build build -j "$(nproc)"
