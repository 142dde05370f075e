"""THE Arabic normalisation and tokenisation of Marsad.

Search, matching, linking and clustering all compare text through `normalize()`; no other module
folds letters on its own. `normalize_with_offsets()` gives the same string plus, for each of its
characters, the index of the character it came from, so a match on normalised text maps back to
exact offsets in the original.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Harakat, Quranic marks, superscript alef, tatweel: dropped.
_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c-\u200f\u202a-\u202e\ufeff]")
_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ک": "ك", "ڪ": "ك",
    "ڤ": "ف", "پ": "ب", "چ": "ج", "گ": "ك",
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
})
_WORD = re.compile(r"\w+")
# A token: letters/digits with any Arabic marks inside, or one punctuation/symbol character.
_TOKEN = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+|[^\w\s]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def fold(text: str) -> str:
    """Letter-level folding only (diacritics, tatweel, hamza/alef, ya, ta marbuta, digits, case).

    Keeps punctuation and spacing; used where the shape of the text still matters."""
    text = unicodedata.normalize("NFKC", text or "")
    return _DROP.sub("", text).translate(_FOLD).lower()


@lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """`fold()` for one token, cached: stages that look words up one by one call this."""
    return fold(word)


def normalize(text: str) -> str:
    """Fold and keep only word characters, single-spaced: the comparison form of any text."""
    return " ".join(_WORD.findall(fold(text)))


@lru_cache(maxsize=1 << 16)
def normalize_word(word: str) -> str:
    """`normalize()` for one token, cached: stages that read text token by token call this."""
    return normalize(word)


def words(text: str) -> list[str]:
    return normalize(text).split()


class _CharFolds(dict):
    """Character -> what `fold` makes of it alone ("" when dropped), filled as characters are met."""

    def __missing__(self, ch: str) -> str:
        folded = self[ch] = "" if _DROP.match(ch) else ch.translate(_FOLD).lower()
        return folded


_CHAR_FOLD = _CharFolds()


def unique_names(items: list[str]) -> list[str]:
    """Items in order, dropping any whose normalised form came before (or is empty)."""
    seen: set[str] = set()
    out = []
    for item in items:
        key = normalize(item)
        if key and key not in seen:
            seen.add(key)
            out.append(item)
    return out


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """`fold(text)` character by character, with the original index of every kept character.

    NFKC is skipped here so that the mapping stays one-to-one; presentation forms are rare in
    scraped news and are handled by the reader's decoding."""
    parts = list(map(_CHAR_FOLD.__getitem__, text))
    folded = "".join(parts)
    if len(folded) == len(text) and "" not in parts:  # every character folds to one: the usual case
        return folded, list(range(len(text)))
    return folded, [i for i, part in enumerate(parts) for _ in part]


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def norm(self) -> str:
        return normalize(self.text)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word and punctuation tokens with character offsets into `text` (plus `offset`)."""
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]


def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic; used for language identification."""
    letters = sum(map(str.isalpha, text))
    if not letters:
        return 0.0
    return sum(map(str.isalpha, "".join(_ARABIC.findall(text)))) / letters
