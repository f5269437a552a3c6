#!/usr/bin/env bash
# Builds the fuzz seed corpus (fuzz/corpus/extract, not committed) from the sample article and
# every string literal of the test tables in tests/, each behind a three-byte date prefix.
set -euo pipefail
cd "$(dirname "$0")"
out=corpus/extract
mkdir -p "$out"
{ printf '\x00\x00\x00'; cat ../examples/sample_article.txt; } > "$out/sample_article"
python3 - "$out" ../tests/*.rs <<'PY'
import hashlib, pathlib, re, sys
out = pathlib.Path(sys.argv[1])
n = 0
for path in sys.argv[2:]:
    for lit in re.findall(r'"((?:[^"\\\n]|\\.){12,})"', pathlib.Path(path).read_text(encoding="utf-8")):
        data = b"\x0b\x25\x00" + lit.encode("utf-8")
        (out / hashlib.sha1(data).hexdigest()).write_bytes(data)
        n += 1
print(f"seeded {n} inputs from the test tables into {out}")
PY
