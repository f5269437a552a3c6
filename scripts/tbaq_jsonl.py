#!/usr/bin/env python3
"""Writes every TBAQ document (TimeBank, then AQUAINT, by file name) as one JSON Lines record
{"id", "published", "text"} to stdout: the TEXT element's content with its tags removed and the
DCT as publication date, the same texts as the `extract/tbaq` bench. Feeds the throughput
example, scripts/instructions.sh and batch-output comparisons.

    scripts/tbaq_jsonl.py [CORPUS_DIR] > tbaq.jsonl     (default ../shared/corpus/te3-tbaq)
"""
import json
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/te3-tbaq")
for sub in ("TimeBank", "AQUAINT"):
    for path in sorted((root / sub).glob("*.tml")):
        xml = path.read_text(encoding="utf-8")
        dct = re.search(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", xml, re.S)
        body = re.search(r"<TEXT>(.*?)</TEXT>", xml, re.S)
        if not dct or not body:
            continue
        text = re.sub(r"<[^>]*>", "", body.group(1))
        print(json.dumps({"id": path.stem, "published": dct.group(1), "text": text}))
