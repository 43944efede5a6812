#!/usr/bin/env bash
# Builds kg (as scripts/build.sh does) and installs it under PREFIX: bin/kg,
# share/kg (data), share/man/man1/kg.1 and share/bash-completion/completions/kg.
#   scripts/install.sh PREFIX
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "usage: scripts/install.sh PREFIX" >&2
  exit 2
fi
prefix=$(realpath -m "$1")  # before cd, so a relative PREFIX means what the caller meant
cd "$(dirname "$0")/.."
scripts/build.sh kg kg_help_pages
cmake --install build --prefix "$prefix"
