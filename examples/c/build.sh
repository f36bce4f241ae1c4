#!/usr/bin/env bash
# Builds the example corpus: every examples/c/*.c with clang-14 (its default cpu, v1) and
# with clang-19 at -mcpu=v3 and -mcpu=v4, into examples/c/obj/<compiler>/<name>.o. The
# objects are committed; tests/lint_examples.rs rebuilds them with this script when the
# clangs are present and compares the bytes. Run from anywhere: it compiles from the
# repository root with the root mapped to `.`, so the objects are the same on every clone
# (BTF names each file `./examples/c/x.c` and holds the text of every line).
# Usage: examples/c/build.sh [OUT_DIR]   (default examples/c/obj)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-examples/c/obj}
build() { # compiler, output subdirectory, flags...
  local cc=$1 dir=$out/$2
  shift 2
  mkdir -p "$dir"
  for c in examples/c/*.c; do
    name=$(basename "${c%.c}")
    "$cc" -target bpf -O2 -g "$@" "-fdebug-prefix-map=$PWD=." -I/usr/include/x86_64-linux-gnu \
      -Itests/c -c "$c" -o "$dir/$name.o"
  done
}
build clang-14 clang-14
build clang-19 clang-19-v3 -mcpu=v3
build clang-19 clang-19-v4 -mcpu=v4
