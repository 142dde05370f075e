"""Latin forms for names the known-names table does not hold.

`latin_name` spells each word of a name the way the lists of public figures spell it ("نبيل" ->
"Nabil", learnt from the full names whose Arabic and Latin forms have as many words) and falls
back to `romanize`, a rule-based romaniser: written Arabic drops short vowels, so it gives a
readable consonant-led form ("Lafrof"), not a pronunciation. Entity ids use `romanize` alone, so
that a longer list never changes an id.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from marsad.datafiles import data_rows
from marsad.nlp import lexicons
from marsad.nlp.normalize import fold, normalize

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


_SERVANT = "عبد"  # "عبد الله" is one name, often one Latin word (Abdullah), sometimes two (Abdel Fattah)
_JOINED_SERVANT = re.compile(r"^Abd[a-z]{3,}")  # Abdullah, Abdulaziz: a compound written as one word


def _units(words: list[str]) -> list[str]:
    """Name words with عبد joined to the word after it: ["عبدالله", "بن", "زايد"]."""
    out: list[str] = []
    for word in words:
        if out and fold(out[-1]) == _SERVANT:
            out[-1] += word
        else:
            out.append(word)
    return out


@lru_cache(maxsize=1)
def _known_words() -> dict[str, str]:
    """Folded Arabic name word, or عبد joined to its word, -> its commonest Latin spelling in the
    people lists, learnt from names whose Arabic and Latin forms have as many words or units; else
    its usual spelling in the name words list."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for arabic, latin in lexicons.person_names():
        words, spelled = [fold(w) for w in arabic.split()], latin.split()
        units = _units(words)
        if len(units) == len(spelled):  # "عبد الله بن زايد" = "Abdullah bin Zayed"
            pairs = zip(units, spelled)
        elif len(words) == len(spelled) and not any(map(_JOINED_SERVANT.match, spelled)):
            pairs = zip(words, spelled)  # "عبد الفتاح السيسي" = "Abdel Fattah el-Sisi"
        else:
            continue
        for word, latin_word in pairs:
            votes[word][latin_word] += 1
    known = {word: counts.most_common(1)[0][0] for word, counts in votes.items()}
    # then the usual spellings of name words no public figure's name holds (name_latin.tsv)
    for r in data_rows("name_latin.tsv"):
        units, spelled = _units([fold(w) for w in r["arabic"].split()]), r["latin"].split()
        pairs = zip(units, spelled) if len(units) == len(spelled) else [(units[0], r["latin"])] if len(units) == 1 else []
        for word, latin_word in pairs:
            known.setdefault(word, latin_word)
    return known


def _place_word(word: str) -> str | None:
    """The Latin name of a one-word place ("مصراتة" -> "Misratah"), or None."""
    entry = lexicons.place(normalize(word))
    return entry.latin if entry is not None and entry.latin and " " not in entry.latin else None


def latin_name(name: str, places: bool = False) -> str:
    """"نبيل حمدان" -> "Nabil Hamdan": each word as the people lists spell it, else romanised.
    With `places` (the name of a body or a place), a word that is a known place takes the place's
    Latin name: "مديرية أمن مصراتة" -> "Mdiria Amn Misratah"."""
    known = _known_words()
    words = []
    for raw in _units(name.split()):
        unit = fold(raw)  # romanised as written: folding turns a final ة into ه ("Mdiria", not "Mdirih")
        if places and unit not in known and (place := _place_word(unit)):
            words.append(place)
        elif unit in known or not unit.startswith(_SERVANT) or unit == _SERVANT:
            words.append(known.get(unit) or romanize(raw))
        else:  # "عبد الرحيم" unknown as one: its two words
            servant, rest = (known.get(w) or romanize(w) for w in (
                _SERVANT, raw[len(_SERVANT):] if raw.startswith(_SERVANT) else unit[len(_SERVANT):]))
            if servant.endswith(_ARTICLE_ENDINGS) and _ARTICLE.match(rest):
                rest = rest[3:4].upper() + rest[4:]  # "Abdel" holds the article: Abdel Hafedh, not Abdel al-Hafedh
            words.extend((servant, rest))
    # the article inside a name is written lower case whatever the list's habit ("Al-Saadi")
    return " ".join([words[0], *(_ARTICLE.sub(lambda m: m[0].lower(), w) for w in words[1:])]) if words else ""


_ARTICLE = re.compile(r"^(?:Al|El|al|el)-")
_ARTICLE_ENDINGS = ("el", "ul", "al")
