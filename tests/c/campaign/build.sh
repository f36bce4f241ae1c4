#!/usr/bin/env bash
# Builds the fidelity campaign's programs (tests/c/campaign/*.c, written the way users write
# SK_LOOKUP programs, mistakes included) into tests/c/campaign/obj/<variant>/. With clang-14:
# every program at -O2 with clang's default cpu (v1) and at -O2 -mcpu=v3; the programs listed
# in FEW also at -O1 -mcpu=v2 and -O3 -mcpu=v3. With clang-19 (the c19-* variants): every
# program at -O2 -mcpu=v3 and -O2 -mcpu=v4. The objects are committed, so the test
# (tests/campaign_kernel.rs) needs no clang. Run from anywhere: it compiles from the repository
# root with the root mapped to `.`, so the objects are the same on every clone.
# Usage: tests/c/campaign/build.sh [OUT_DIR]   (default tests/c/campaign/obj)
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=${1:-tests/c/campaign/obj}
FEW="port_range lpm_prefix4 global_config global_func loop_ports replace_flag bad_leak bad_oob_value hash_dispatch sock_fields
  ringbuf_events five_args switch_ports ipv6_match bss_counters bad_ringbuf_leak"
build() { # clang, output subdirectory, programs, flags...
  local cc=$1 dir=$out/$2 names=$3
  shift 3
  mkdir -p "$dir"
  for name in $names; do
    "$cc" -target bpf -g "$@" "-fdebug-prefix-map=$PWD=." -I/usr/include/x86_64-linux-gnu \
      -Itests/c -c "tests/c/campaign/$name.c" -o "$dir/$name.o"
  done
}
all=$(cd tests/c/campaign && ls *.c | sed 's/\.c$//')
build clang-14 O2-v1 "$all" -O2
build clang-14 O2-v3 "$all" -O2 -mcpu=v3
build clang-14 O1-v2 "$FEW" -O1 -mcpu=v2
build clang-14 O3-v3 "$FEW" -O3 -mcpu=v3
build clang-19 c19-O2-v3 "$all" -O2 -mcpu=v3
build clang-19 c19-O2-v4 "$all" -O2 -mcpu=v4
