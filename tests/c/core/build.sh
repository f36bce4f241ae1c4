#!/usr/bin/env bash
# Builds the CO-RE relocation objects of tests/core_kernel.rs: every tests/c/core/*.c with
# clang-14 and with clang-19 (which also emits `type_matches`) into
# <OUT_DIR>/<compiler>/<name>.o (default tests/c/core). The objects are committed; run this
# after changing a .c file (tests/core_kernel.rs rebuilds them and compares the bytes). From
# the repository root with the root mapped to `.`, as tests/c/build.sh does.
# Usage: tests/c/core/build.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=${1:-tests/c/core}
for cc in clang-14 clang-19; do
  mkdir -p "$out/$cc"
  for c in tests/c/core/*.c; do
    name=$(basename "${c%.c}")
    "$cc" -target bpf -O2 -g "-fdebug-prefix-map=$PWD=." -I/usr/include/x86_64-linux-gnu \
      -c "$c" -o "$out/$cc/$name.o"
  done
done
