#!/usr/bin/env bash
# Installs the Debian packages kg builds and runs with, and only those that are
# missing, so running it again is cheap and changes nothing. Needs root (or sudo)
# only when something is actually missing. KG_FUZZ=1 also installs the fuzzing
# toolchain.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libboost-graph-dev      # graph/: adjacency_list, PageRank, betweenness, GraphML/DOT writers
  libsqlitecpp-dev libsqlite3-dev  # store/
  libfmt-dev libcli11-dev nlohmann-json3-dev
  libicu-dev              # NFC normalization
  zlib1g-dev              # .gz input
  libzstd-dev             # compressed model files
  doctest-dev             # tests/
  graphviz                # `dot` renders the exported diagrams
  wordnet-base            # exception lists for the lemmatizer (data/README.md)
  iso-codes               # ISO 3166 country names for actor coding
  python3                 # ../shared/eval/score.py in the evaluation tests
)

# Opt-in, as CI does not fuzz: KG_FUZZ=1 adds clang and libFuzzer for
# scripts/fuzz.sh (docs/fuzzing.md).
if [ "${KG_FUZZ:-0}" = 1 ]; then
  packages+=(clang-14 libfuzzer-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are present" >&2
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
