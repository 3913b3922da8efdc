#!/usr/bin/env python3
"""Generate parley-core/src/main/resources/parley/kb/countries.tsv.

Facts (codes, names, capitals, demonyms) are extracted from the
world-countries data set (countries.json, ODbL) and merged with our own
hand-written overrides in tools/kb/countries-extra.tsv.

Usage (from the repository root):
    python3 tools/kb/gen_countries.py [path/to/countries.json] [-o OUT]

Python 3 standard library only.
"""
import argparse
import json
import os
import re
import sys
import unicodedata

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEFAULT_SRC = os.path.join(REPO, "..", "shared", "data", "gazetteer",
                           "world-countries", "countries.json")
DEFAULT_EXTRA = os.path.join(REPO, "tools", "kb", "countries-extra.tsv")
DEFAULT_OUT = os.path.join(REPO, "parley-core", "src", "main", "resources",
                           "parley", "kb", "countries.tsv")

COLUMNS = ["iso3", "cameo", "name", "short", "aliases", "demonyms",
           "capital", "seats"]
LIST_COLS = ("aliases", "demonyms", "capital", "seats")

# Source codes that are not ISO 3166-1 alpha-3 (world-countries uses the
# UN code UNK for Kosovo; the user-assigned ISO-style code is XKX).
ISO3_FIX = {"UNK": "XKX"}

# Demonyms whose people-form has no "-s" plural.
NO_PLURAL = {"Ni-Vanuatu", "I-Kiribati", "Motswana", "Mosotho", "Vatican",
             "Djibouti", "Gibraltar", "Swiss", "Malagasy", "Manx"}
NO_PLURAL_ENDINGS = ("ese", "ish", "ch", "sh", "ss", "x", "z", "sy", "ois",
                     "ais")


def fold(s):
    """ASCII-fold Latin letters with diacritics (Côte -> Cote)."""
    nfkd = unicodedata.normalize("NFKD", s)
    return "".join(c for c in nfkd if not unicodedata.combining(c))


def plural(dem):
    if dem in NO_PLURAL:
        return None
    if dem == "Czech":
        return "Czechs"
    if dem.endswith(("s", "man", "men", "woman")):
        return None  # already a plural or an irregular -man form
    if dem.endswith(NO_PLURAL_ENDINGS) or dem.endswith("i") and "-" in dem:
        return None
    return dem + "s"


def english_alt(s):
    """Keep source alternative spellings that are English names:
    acronyms of 3-5 capitals, or '... of ...' names without inversion."""
    if "," in s or "(" in s:
        return False
    if any(ord(c) > 0x24F for c in s):  # non-Latin script
        return False
    if re.fullmatch(r"[A-Z]{3,5}", s):
        return True
    return " of " in s and not re.search(r"\b(de|da|do|del|di|du|la|le|ya|wa|na)\b", s)


def add(lst, *items):
    for it in items:
        if it and it not in lst:
            lst.append(it)


def from_source(c):
    iso3 = ISO3_FIX.get(c["cca3"], c["cca3"])
    e = {"iso3": iso3, "cameo": iso3, "name": c["name"]["official"],
         "short": c["name"]["common"], "aliases": [], "demonyms": [],
         "capital": [], "seats": [], "_iso2": c["cca2"]}
    add(e["aliases"], c["name"]["common"], c["name"]["official"])
    for a in c.get("altSpellings", []):
        if english_alt(a):
            add(e["aliases"], a)
    dem = c.get("demonyms", {}).get("eng", {})
    for g in ("m", "f"):
        for d in re.split(r",\s*|\s+or\s+", dem.get(g, "") or ""):
            d = d.strip()
            if d:
                add(e["demonyms"], d)
    for cap in c.get("capital", []):
        add(e["capital"], cap)
    return e


def read_extra(path):
    rows = []
    header = None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                if header != COLUMNS:
                    sys.exit("%s: bad header %r" % (path, header))
                continue
            if len(cells) != len(COLUMNS):
                sys.exit("%s:%d: %d columns, expected %d"
                         % (path, n, len(cells), len(COLUMNS)))
            rows.append(dict(zip(COLUMNS, cells)))
    return rows


def apply_extra(entries, extra):
    for x in extra:
        iso3 = x["iso3"]
        e = entries.get(iso3)
        if e is None:
            e = {"iso3": iso3, "cameo": iso3, "name": "", "short": "",
                 "aliases": [], "demonyms": [], "capital": [], "seats": [],
                 "_iso2": ""}
            entries[iso3] = e
        for col in ("cameo", "name", "short"):
            if x[col]:
                e[col] = x[col]
        for col in LIST_COLS:
            cell = x[col]
            if not cell:
                continue
            if cell.startswith("="):
                e[col] = []
                cell = cell[1:]
            for it in cell.split("|"):
                it = it.strip()
                if not it:
                    continue
                if it.startswith("-"):
                    if it[1:] in e[col]:
                        e[col].remove(it[1:])
                    e.setdefault("_removed_" + col, set()).add(it[1:])
                else:
                    add(e[col], it)


def finish(e):
    """Derived variants: plurals, ASCII folds, St./and-& forms; dedupe."""
    removed = e.get("_removed_aliases", set())
    dems = list(e["demonyms"])
    for d in dems:
        p = plural(d)
        if p and p not in e.get("_removed_demonyms", set()):
            add(e["demonyms"], p)
    for col in ("aliases", "capital", "seats", "demonyms"):
        for it in list(e[col]):
            add(e[col], fold(it))
    for it in [e["short"]]:
        if it.startswith("Saint "):
            add(e["aliases"], "St " + it[6:], "St. " + it[6:])
        if " and " in it and "&" not in it:
            add(e["aliases"], it.replace(" and ", " & "))
    for it in [e["name"], e["short"]]:
        add(e["aliases"], fold(it))
    e["aliases"] = [a for a in e["aliases"]
                    if a not in (e["name"], e["short"]) and a not in removed]
    e["capital"] = [c for c in e["capital"] if c]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("source", nargs="?", default=DEFAULT_SRC,
                    help="world-countries countries.json")
    ap.add_argument("--extra", default=DEFAULT_EXTRA)
    ap.add_argument("-o", "--out", default=DEFAULT_OUT)
    args = ap.parse_args()

    with open(args.source, encoding="utf-8") as f:
        src = json.load(f)
    entries = {}
    for c in src:
        e = from_source(c)
        entries[e["iso3"]] = e
    apply_extra(entries, read_extra(args.extra))
    for e in entries.values():
        finish(e)

    # Sanity checks: required cells, and surface forms naming two countries.
    owners = {}
    for e in entries.values():
        for col in ("name", "short"):
            if not e[col]:
                sys.exit("%s: empty %s" % (e["iso3"], col))
        forms = ({e["name"], e["short"]} | set(e["aliases"]) | set(e["demonyms"])
                 | set(e["capital"]) | set(e["seats"]))
        for form in forms:
            owners.setdefault(form.lower(), set()).add(e["iso3"])
    collisions = sorted((k, sorted(v)) for k, v in owners.items() if len(v) > 1)
    for k, v in collisions:
        print("warning: %r names several countries: %s" % (k, ", ".join(v)),
              file=sys.stderr)

    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Parley country knowledge base. Generated by "
                "tools/kb/gen_countries.py, do not edit.\n")
        f.write("# Facts extracted from world-countries (mledoze/countries), "
                "ODbL 1.0; merged with tools/kb/countries-extra.tsv (Parley).\n")
        f.write("\t".join(COLUMNS) + "\n")
        for iso3 in sorted(entries):
            e = entries[iso3]
            row = []
            for col in COLUMNS:
                v = e[col]
                if isinstance(v, list):
                    v = "|".join(v)
                if "\t" in v or "\n" in v:
                    sys.exit("%s: tab or newline in %s" % (iso3, col))
                row.append(v)
            f.write("\t".join(row) + "\n")
    print("wrote %d countries to %s (%d collisions)"
          % (len(entries), os.path.relpath(args.out), len(collisions)))


if __name__ == "__main__":
    main()
