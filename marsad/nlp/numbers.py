"""THE Arabic number parser of Marsad: digits (ASCII, Arabic-Indic, Persian) and number words.

`find_numbers()` reads every cardinal in a text with its offsets: "14"، "١٤"، "أربعة عشر"،
"اثنا عشر"، "ثلاثة وعشرين"، "ثلاثمئة"، "ثلاثة آلاف"، "10 آلاف"، "1,200", and a definite cardinal
after its definite noun ("المسلحين الثلاثة"). Vague counts ("عشرات"،
"مئات"، "بضعة") are found with value None so that a caller can tell "stated but vague" from
"not stated". A qualifier in front ("أكثر من 50"، "نحو"، "قرابة"، "حوالي") is part of the span and
sets `approximate`. The words and qualifiers are data (marsad/data/number_words.tsv).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.datafiles import data_table
from marsad.nlp.normalize import Token, fold, fold_word, tokenize

_DIGITS = re.compile(r"\d+")
# digits glued to what comes before them: a conjunction or preposition ("و19"، "بـ4"، "لـ5"), or a
# word the page lost its space after ("الاحتلال19 آخرين")
_GLUED_DIGITS = re.compile(r"(?:و|بـ?|لـ?|[^\W\d_]{3,})(\d+)")
# A digit run glued to one of these is part of a date, time, ratio or decimal, not a count.
_NOT_A_COUNT = set("/:.٫-")
_THOUSANDS_SEP = {",", "٬"}
_DECIMAL_POINT = {".", "٫"}
_WA = "و"  # the conjunction that joins the parts of a compound number: ثلاثة وعشرون
_VAGUE_PREFIXES = ("ال", "بال", "وال", "و", "ب")  # "العشرات"، "بعشرات"
_PREPOSITIONS = ("وب", "ول", "فب", "ب", "ل", "ك")  # glued to the first word of a number: بثلاثة
_MIN_GLUED = 3  # letters of a number word after a preposition
_DEFINITE = ("ال", "وال", "بال", "فال", "لل")  # the article, alone or behind a clitic
_POSSESSIVE = ("ها", "هم", "هما", "ه")  # written ه, not ة: "أفرادها"، "عناصره"


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    text: str
    value: int | None  # None: a vague count such as "عشرات"
    approximate: bool = False

    @property
    def vague(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class _Word:
    value: int | None
    kind: str


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, _Word], tuple[tuple[str, ...], ...]]:
    """Number words by folded form, and the approximating qualifiers as folded word tuples."""
    words: dict[str, _Word] = {}
    approx: list[tuple[str, ...]] = []
    for phrase, value, kind in data_table("number_words.tsv"):
        if kind == "approx":
            approx.append(tuple(fold(phrase).split()))
        else:
            words[fold(phrase)] = _Word(int(value) if value else None, kind)
    # longest qualifiers first, so "ما يزيد على" wins over "يزيد على"
    return words, tuple(sorted(approx, key=len, reverse=True))


def is_number_word(word: str) -> bool:
    """Is the word a number written out (تسعة، عشرين، مئة)?"""
    entry = _lexicon()[0].get(fold_word(word))
    return entry is not None and entry.value is not None


def _word(token: Token) -> _Word | None:
    return _lexicon()[0].get(fold_word(token.text))


def _glued_word(token: Token) -> _Word | None:
    """A number word behind a preposition, as in "بثلاثة"، "لخمسة"، "وبعشرين" (not "لست": a short
    rest is another word)."""
    folded = fold_word(token.text)
    for p in _PREPOSITIONS:
        rest = folded[len(p):]
        if folded.startswith(p) and len(rest) >= _MIN_GLUED and folded not in _lexicon()[0]:
            w = _lexicon()[0].get(rest)
            if w is not None and w.value is not None:
                return w
    return None


def _joined_word(token: Token) -> _Word | None:
    """A number word carrying the conjunction و, as in "وعشرين"."""
    folded = fold_word(token.text)
    if folded.startswith(_WA) and folded not in _lexicon()[0]:
        return _lexicon()[0].get(folded[1:])
    return None


def _vague_word(token: Token) -> bool:
    folded = fold_word(token.text)
    for prefix in ("",) + _VAGUE_PREFIXES:
        if folded.startswith(prefix):
            w = _lexicon()[0].get(folded[len(prefix):])
            if w is not None and (w.kind == "vague" or (w.kind in ("thousands", "millions") and prefix)):
                return True
    return False


def _is_glued(a: Token, b: Token) -> bool:
    return a.end == b.start


def _digit_link(tokens: list[Token], i: int, separators: set[str]) -> bool:
    """Tokens i, i+1, i+2 are digits, a separator and digits written together: "1,200"، "03/04"، "2.5"."""
    return (i + 2 < len(tokens) and tokens[i + 1].text in separators
            and _DIGITS.search(tokens[i].text) is not None and _DIGITS.fullmatch(tokens[i + 2].text) is not None
            and _is_glued(tokens[i], tokens[i + 1]) and _is_glued(tokens[i + 1], tokens[i + 2]))


def _parse_digits(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """(index after the number, value) for a digit run at i; None when it is not a count."""
    tok = tokens[i]
    if i > 1 and _digit_link(tokens, i - 2, _NOT_A_COUNT):
        return None
    glued = _GLUED_DIGITS.fullmatch(tok.text)
    text = glued.group(1) if glued else tok.text
    j = i + 1
    while _digit_link(tokens, j - 1, _THOUSANDS_SEP) and len(tokens[j + 1].text) == 3:
        text += tokens[j + 1].text
        j += 2
    value: float = int(text)
    if _digit_link(tokens, j - 1, _DECIMAL_POINT):
        value = float(f"{text}.{tokens[j + 1].text}")  # "2.5 مليون"
        j += 2
    elif _digit_link(tokens, j - 1, _NOT_A_COUNT):
        return None  # a date, a time, a ratio
    if j < len(tokens):
        w = _word(tokens[j])
        if w and w.kind in _SCALE:
            return j + 1, round(value * _SCALE[w.kind])
    return (j, value) if isinstance(value, int) else None


# What may follow each part of a compound number after the conjunction و ("مئة وعشرون").
_AFTER_WA = {
    "unit": {"tens"},
    "hundred": {"unit", "ten", "teen", "tens"},
    "thousand": {"unit", "ten", "teen", "tens", "hundred"},
    "million": {"unit", "ten", "teen", "tens", "hundred", "thousand"},
}
# The part of a number each word kind is, for _AFTER_WA.
_PART = {"unit": "unit", "ten": "tens", "teen": "tens", "tens": "tens", "hundred": "hundred",
         "hundreds": "hundred", "thousand": "thousand", "thousands_dual": "thousand",
         "million": "million", "millions_dual": "million"}
_SCALE = {"thousand": 1000, "thousands": 1000, "million": 1_000_000, "millions": 1_000_000}


def _definite_count(tokens: list[Token], i: int) -> int | None:
    """A definite cardinal after the definite noun it counts: "المسلحين الثلاثة" -> 3, also a noun
    made definite by its possessive pronoun ("أفرادها الستة": its six members).

    Only 3 to 10: "الاثنين" and "الأحد" are also weekdays, and a definite ten ("القرن العشرين") an ordinal."""
    folded = fold_word(tokens[i].text)
    if i == 0 or not folded.startswith("ال"):
        return None
    before = tokens[i - 1].text
    if not fold_word(before).startswith(_DEFINITE) and not (len(before) >= 5 and before.endswith(_POSSESSIVE)):
        return None
    w = _lexicon()[0].get(folded[2:])
    if w is not None and (w.kind == "ten" or (w.kind == "unit" and w.value >= 3)):
        return w.value
    return None


def _approximate_definite(tokens: list[Token], i: int) -> int | None:
    """A round number with the article after a qualifier of approximation: "قرابة الخمسين"،
    "نحو المئة" (about fifty, about a hundred)."""
    folded = fold_word(tokens[i].text)
    if not folded.startswith("ال") or _qualifier_start(tokens, i) is None:
        return None
    w = _lexicon()[0].get(folded[2:])
    return w.value if w is not None and w.kind in ("ten", "tens", "hundred") and w.value >= 10 else None


@lru_cache(maxsize=65536)
def _may_be_number_word(folded: str) -> bool:
    """The word, or what follows one of the prefixes the readers below strip, is a number word:
    no number starts at any other word."""
    words = _lexicon()[0]
    return any(folded.startswith(p) and folded[len(p):] in words for p in ("",) + _VAGUE_PREFIXES + _PREPOSITIONS)


def _parse_words(tokens: list[Token], i: int) -> tuple[int, int | None] | None:
    """(index after the number, value) for number words starting at i; value None when vague."""
    if not _may_be_number_word(fold_word(tokens[i].text)):
        return None
    definite = _definite_count(tokens, i)
    if definite is not None:
        return i + 1, definite
    if (approximate := _approximate_definite(tokens, i)) is not None:
        return i + 1, approximate
    if _vague_word(tokens[i]):
        j = i + 1
        if j < len(tokens) and _vague_word(tokens[j]):  # "عشرات الآلاف": one vague mention
            j += 1
        elif j < len(tokens) and (w := _word(tokens[j])) is not None and w.kind == "ten":
            j += 1  # "بضعة عشر": a dozen or so, no ten
        return j, None
    total = cur = 0
    last: str | None = None  # the part (_PART) read last
    j = i
    while j < len(tokens):
        w, joined = _word(tokens[j]), False
        if w is None and j == i:
            w = _glued_word(tokens[j])
        if w is None:
            w = _joined_word(tokens[j])
            joined = w is not None
        if w is None or w.kind == "vague":
            break
        kind, value, step = w.kind, w.value, 1
        if kind == "teen_unit":  # أحد عشر / إحدى عشرة: a number only when عشر follows
            nxt = _word(tokens[j + 1]) if j + 1 < len(tokens) else None
            if nxt is None or nxt.kind != "ten":
                break
            kind, value, step = "teen", 11, 2
        if last is not None and not joined:
            # juxtaposed parts: ثلاثة عشر، ثلاث مئة، ثلاثة آلاف، عشرين ألفا
            if kind == "ten" and last == "unit":
                cur += 10
                last = "tens"
            elif kind == "hundred" and last == "unit" and cur >= 3:
                cur *= 100
                last = "hundred"
            elif kind in _SCALE and cur > 0:
                total += cur * _SCALE[kind]
                cur = 0
                last = _PART[kind.rstrip("s")]
            else:
                break
            j += step
            continue
        if joined and last is not None and _PART[kind] not in _AFTER_WA.get(last, set()):
            break  # a list: "ثلاثة وأربعة" is two numbers
        if kind in ("thousands", "millions"):
            break  # "آلاف" with no count before it is vague, read above
        if kind in ("thousand", "million", "thousands_dual", "millions_dual"):
            total += value
        else:
            cur += value
        last = _PART[kind]
        j += step
    if j == i:
        return None
    return j, total + cur


def _qualifier_start(tokens: list[Token], i: int) -> int | None:
    """Index where an approximating qualifier ending just before token i starts, if any."""
    for phrase in _lexicon()[1]:
        k = len(phrase)
        if i - k < 0:
            continue
        folded = [fold_word(t.text) for t in tokens[i - k:i]]
        if folded[0].startswith(_WA) and folded[0][1:] == phrase[0]:
            folded[0] = phrase[0]
        if tuple(folded) == phrase:
            return i - k
    return None


def find_numbers(text: str, tokens: list[Token] | None = None) -> list[NumberMention]:
    """Every cardinal number in `text`, in order, with offsets into `text`. A caller that has
    tokenised `text` may pass the tokens of a part of it (a sentence) to read that part only."""
    tokens = tokenize(text) if tokens is None else tokens
    found: list[NumberMention] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        digits = _DIGITS.fullmatch(tok.text) or _GLUED_DIGITS.fullmatch(tok.text)
        parsed = _parse_digits(tokens, i) if digits else _parse_words(tokens, i)
        if parsed is None:
            i += 1
            continue
        end_index, value = parsed
        q = _qualifier_start(tokens, i) if value is not None else None
        if q is not None:
            start = tokens[q].start
        else:  # "و19"، "بـ4"، "الاحتلال19": the number starts after the glued letters
            glued = _GLUED_DIGITS.fullmatch(tok.text)
            start = tok.start + (glued.start(1) if glued else 0)
        end = tokens[end_index - 1].end
        found.append(NumberMention(start, end, text[start:end], value, approximate=q is not None))
        i = end_index
    return _ranges_joined(text, found)


_BETWEEN = re.compile(r"(?:ما\s+)?بين\s*$")
_AND = re.compile(r"^\s*و?\s*$")  # "و15" (the و outside the number) or "وخمسة" (inside it)


def _ranges_joined(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """"ما بين 10 و15"، "بين عشرة وخمسة عشر": one approximate figure, the range's lower end (what
    is surely so), not two numbers."""
    out: list[NumberMention] = []
    for m in found:
        low = out[-1] if out else None
        # the look back for بين last: only two numbers joined by و can make a range
        between = (low is not None and low.value is not None and m.value is not None and not low.approximate
                   and low.value < m.value and _AND.match(text[low.end:m.start])
                   and _BETWEEN.search(text, 0, low.start))
        if between:
            out[-1] = NumberMention(between.start(), m.end, text[between.start():m.end], low.value, approximate=True)
        else:
            out.append(m)
    return out


def parse_number(text: str) -> int | None:
    """The value of the first number in `text` ("أربعة عشر" -> 14, "١٤" -> 14), None if none or vague."""
    mentions = find_numbers(text)
    return mentions[0].value if mentions else None
