#!/usr/bin/env python3
"""Prints the rows of the "Other states" section of data/en/actors.tsv from data/en/countries.tsv.

Every sovereign state of at least 300,000 people that the hand-written part of actors.tsv does not
cover (no row with its ISO code) becomes a state-forces actor under its name, its English
variants and its demonyms (with the plural of those that take one: "Thais", "Kenyans"); its
capital is listed with the `gov` flag, so "Bangkok expelled the envoy" is Thailand while "a
strike on Bangkok" stays a place.

Left out: dependent territories and special regions (they are places, not parties), and demonyms
that two countries share ("Congolese", "Chinese", "French"), which would name the wrong one.

Usage:  python3 tools/actor_states.py > /tmp/rows.tsv   (then replace the section by hand)
"""

import os
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIN_POPULATION = 300_000
TERRITORIES = {"HK", "MO", "GP", "MQ", "RE", "PR", "PS", "EH", "NC", "GF", "GU", "YT"}


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def main():
    curated_codes = set()
    curated_surfaces = set()
    with open(os.path.join(ROOT, "data/en/actors.tsv"), encoding="utf-8") as f:
        hand_written = f.read().split("\n# Other states", 1)[0]
    for line in hand_written.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        curated_surfaces.add(cols[0])
        if len(cols) > 2 and cols[2]:
            curated_codes.add(cols[2])
    countries = list(rows(os.path.join(ROOT, "data/en/countries.tsv")))
    demonym_uses = Counter()
    for cols in countries:
        for d in set(d for part in cols[3].split("|") for d in part.split(",") if d):
            demonym_uses[d] += 1
    for iso, name, variants, demonyms, capital, _lat, _lon, population in countries:
        if iso in curated_codes or iso in TERRITORIES or int(population) < MIN_POPULATION:
            continue
        surfaces = [name]
        surfaces += [v for v in variants.split("|") if v and not v.startswith(("Republica", "Union des"))]
        for d in dict.fromkeys(d for part in demonyms.split("|") for d in part.split(",") if d):
            if demonym_uses[d] > 1 or d == name:
                continue
            surfaces.append(d)
            if d.endswith(("an", "i")):
                surfaces.append(d + "s")
        for s in dict.fromkeys(surfaces):
            if s not in curated_surfaces:
                print(f"{s}\t{name}\t{iso}\tstate_forces\t{capital}\t")
        if capital and capital not in curated_surfaces and capital != name:
            print(f"{capital}\t{name}\t{iso}\tgovernment\t{capital}\tgov")


if __name__ == "__main__":
    main()
