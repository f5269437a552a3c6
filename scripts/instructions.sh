#!/usr/bin/env bash
# Instructions per pass of the whole pipeline over a JSON Lines batch, in the steady state:
# callgrind counts instructions (not seconds), so the figure is the same on a busy machine and
# an idle one, and small changes can be compared. Two runs of the throughput example with R1
# and R2 rounds; the difference divided by R2 - R1 leaves out start-up (lazy builds) and the
# file's parsing.
#
#   scripts/instructions.sh FILE.jsonl [R1 R2]     (needs valgrind; default R1=2, R2=6)
set -euo pipefail
file=${1:?usage: scripts/instructions.sh FILE.jsonl [R1 R2]}
r1=${2:-2}
r2=${3:-6}
cd "$(dirname "$0")/.."
cargo build --release --example throughput -q
bin=target/release/examples/throughput
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for r in "$r1" "$r2"; do
  valgrind --tool=callgrind --callgrind-out-file="$tmp/$r.out" \
    "$bin" "$file" --threads 1 --repeat "$r" > /dev/null 2>&1
done
a=$(awk '/^totals:/ {print $2}' "$tmp/$r1.out")
b=$(awk '/^totals:/ {print $2}' "$tmp/$r2.out")
bytes=$("$bin" "$file" --threads 1 --repeat 1 | sed -n 's/.*(\([0-9]*\) bytes of text).*/\1/p')
awk -v a="$a" -v b="$b" -v r1="$r1" -v r2="$r2" -v bytes="$bytes" 'BEGIN {
  per = (b - a) / (r2 - r1)
  printf "%.2f M instructions per pass, %.0f per byte of text\n", per / 1e6, per / bytes
}'
