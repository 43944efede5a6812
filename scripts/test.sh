#!/usr/bin/env bash
# Command two of README.md: install what is missing, build everything (the same
# configuration as scripts/demo.sh, warnings as errors, so after the demo only
# the tests are compiled), and run every test through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
cd build
ctest --output-on-failure -j "$(nproc)"
