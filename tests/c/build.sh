#!/usr/bin/env bash
# Rebuilds the clang objects and clang's own assembly for them. The outputs are committed, so
# tests do not need clang; run this after changing a .c file (needs clang-14). It compiles from
# the repository root with the root mapped to `.`, so the debug info and BTF name each file
# `./tests/c/x.c` (readable from the root of any clone) and BTF holds the text of every line.
set -euo pipefail
cd "$(dirname "$0")/../.."
for c in tests/c/*.c; do
  base=${c%.c}
  for out in o s; do
    flag=-c
    [ "$out" = s ] && flag=-S
    clang-14 -target bpf -O2 -g "-fdebug-prefix-map=$PWD=." -I/usr/include/x86_64-linux-gnu \
      "$flag" "$c" -o "$base.$out"
  done
done
