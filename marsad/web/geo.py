"""Place names to coordinates for the events map, from the bundled marsad/data/place_coords.tsv."""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib.resources import files

from marsad.datafiles import data_table
from marsad.nlp import lexicons
from marsad.nlp.normalize import normalize

# A place mention such as "مدينة كركوك" or "سوق في شمال بغداد": names of up to this many words
MAX_NAME_WORDS = 4


@lru_cache(maxsize=1)
def places() -> dict[str, tuple[str, float, float]]:
    """Normalised Arabic name -> (name, lat, lon); on a clash after normalisation the first row
    (cities before countries in the file) is kept. Names that are also the generic place nouns of
    event places (المدينة "the city" is also Medina, معسكر "a camp" also Mascara) are left out: in
    "حي سكني في المدينة" they name no place."""
    text = files("marsad.data").joinpath("place_coords.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t")
    generic = _place_nouns()
    out: dict[str, tuple[str, float, float]] = {}
    for row in rows:
        key = normalize(row["arabic"])
        if key not in generic:
            out.setdefault(key, (row["arabic"], float(row["lat"]), float(row["lon"])))
    return out


def _place_nouns() -> set[str]:
    nouns = {normalize(phrase) for phrase, kind in data_table("event_places.tsv")
             if kind in ("place", "landmark", "edge", "direction")}
    return nouns | {"ال" + n for n in nouns}


def locate(place: str | None) -> tuple[str, float, float] | None:
    """(gazetteer name, lat, lon) of the first known place name inside `place`, the longest where
    several start at one word, or None. Arabic names the place itself before what it lies in or
    near ("حي المنصور في بغداد"، "قضاء تلعفر شمال الموصل"); a known name whose words go on into
    an unknown one is not it ("العين" of "قرية العين الحمراء بريف حمص")."""
    words = normalize(place or "").split()
    known = places()
    for i in range(len(words)):
        for size in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
            hit = known.get(" ".join(words[i:i + size]))
            if hit and (i + size == len(words) or _ends_name(words[i + size])):
                return hit
    return None


def _ends_name(word: str) -> bool:
    """Does this word, after a place name, start what the name is not: a preposition, a direction,
    another place noun ("بريف"), a nationality ("العراقية") or a clause?"""
    bare = word[1:] if word[:1] in "وبلف" and len(word) > 3 else word
    return any(w in _boundaries() or w.removeprefix("ال") in _boundaries() for w in (word, bare)) or bool(
        lexicons.nationality(word))


@lru_cache(maxsize=1)
def _boundaries() -> frozenset[str]:
    return frozenset(normalize(phrase).split()[0] for phrase, kind in data_table("event_places.tsv") if kind != "kind")
