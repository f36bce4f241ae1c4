#!/usr/bin/env bash
# Rebuilds the clang objects and clang's own assembly for them. The outputs are committed, so
# tests do not need clang; run this after changing a .c file (needs clang-14).
set -euo pipefail
cd "$(dirname "$0")"
for c in *.c; do
  base=${c%.c}
  clang-14 -target bpf -O2 -g -I/usr/include/x86_64-linux-gnu -c "$c" -o "$base.o"
  clang-14 -target bpf -O2 -g -I/usr/include/x86_64-linux-gnu -S "$c" -o "$base.s"
done
