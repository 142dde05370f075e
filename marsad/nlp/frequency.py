"""How common a word is in Arabic generally: Snowball light stems with their Zipf frequency
(data/term_frequency.tsv, derived from wordfreq by scripts/build_claim_weights.py).

Claims weigh shared stems by rarity; the entity tagger uses the frequency band as a feature
(names are rarer than the words around them, and a stem missing from the list is likelier a name).
"""
from __future__ import annotations

from functools import lru_cache

import snowballstemmer

from marsad.datafiles import data_rows
from marsad.nlp.normalize import normalize


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    return {r["stem"]: float(r["zipf"]) for r in data_rows("term_frequency.tsv")}


def zipf(stem: str) -> float | None:
    """Zipf frequency of a normalised stem (7 for the commonest words), None when unlisted."""
    return _table().get(stem)


@lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("arabic")


@lru_cache(maxsize=200_000)
def stem_word(word: str) -> str:
    """Snowball's Arabic light stem of one word as written, in normalised form.

    The stemmer reads the word before folding, since folding ة into ه hides the feminine ending."""
    return normalize(_stemmer().stemWord(word))
