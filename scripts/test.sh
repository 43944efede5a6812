#!/usr/bin/env bash
# Command two of README.md: install what is missing, build with warnings as
# errors, and run every test through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh -DKG_WERROR=ON
cd build
ctest --output-on-failure -j "$(nproc)"
