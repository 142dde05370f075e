"""Place names to coordinates for the events map, from the bundled marsad/data/place_coords.tsv."""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib.resources import files

from marsad.nlp.normalize import normalize

# A place mention such as "مدينة كركوك" or "سوق في شمال بغداد": the longest known run of words wins,
# the rightmost among equals, since Arabic puts the generic word ("مدينة", "محافظة") first.
MAX_NAME_WORDS = 4


@lru_cache(maxsize=1)
def places() -> dict[str, tuple[str, float, float]]:
    """Normalised Arabic name -> (name, lat, lon); on a clash after normalisation the first row
    (cities before countries in the file) is kept."""
    text = files("marsad.data").joinpath("place_coords.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t")
    out: dict[str, tuple[str, float, float]] = {}
    for row in rows:
        out.setdefault(normalize(row["arabic"]), (row["arabic"], float(row["lat"]), float(row["lon"])))
    return out


def locate(place: str | None) -> tuple[str, float, float] | None:
    """(gazetteer name, lat, lon) of the longest known place name inside `place`, or None."""
    words = normalize(place or "").split()
    known = places()
    for size in range(min(MAX_NAME_WORDS, len(words)), 0, -1):
        for i in reversed(range(len(words) - size + 1)):
            hit = known.get(" ".join(words[i:i + size]))
            if hit:
                return hit
    return None
