"""A rule-based Arabic -> Latin romaniser for names the known-names table does not hold.

Written Arabic drops short vowels, so this gives a readable consonant-led form ("Lafrof",
"Abd al-Rahman"), not a pronunciation; known names get their usual Latin name from the lexicon.
"""
from __future__ import annotations

from marsad.nlp.normalize import fold

_LETTERS = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'",
    "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "",
}


def _word(word: str, raw_last: str) -> str:
    out = []
    for i, ch in enumerate(word):
        if ch == "و":
            out.append("w" if i == 0 or word[i - 1] == "ا" else "u")
        elif ch == "ي":
            out.append("y" if i == 0 or word[i - 1] in "اوي" else "i")
        elif ch == "ع" and i == 0:
            out.append("a")
        elif ch == "ه" and i == len(word) - 1 and raw_last == "ة":
            out.append("a")
        else:
            out.append(_LETTERS.get(ch, ch if ch.isascii() else ""))
    text = "".join(out).strip("'")
    return text[:1].upper() + text[1:]


def romanize(name: str) -> str:
    """"عبد الرحمن الأحمد" -> "Abd al-Rahman al-Ahmad"."""
    raw_words = name.split()
    parts = []
    for raw, word in zip(raw_words, fold(name).split()):
        if raw.startswith("ال") and len(word) > 3:  # the article, not a hamza-alef name (ألكسي)
            parts.append("al-" + _word(word[2:], raw[-1:]))
        else:
            parts.append(_word(word, raw[-1:]))
    return " ".join(p for p in parts if p)
