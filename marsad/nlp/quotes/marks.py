"""Quoted passages in one paragraph, whatever the quotation marks.

Arabic sites use "…", “…”, «…», „…“, '…', ‹…› and mix them (an opening “ closed by ”, or ” on both
sides); a mark's role is read from its neighbours the way CommonMark reads emphasis: a mark with
a word after it and space or a clitic before it opens, one with a word before it and space or
punctuation after it closes. A passage left open runs to the end of the paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = "«‹„‚"
CLOSING = "»›"
EITHER = "\"“”‟‘’'"
MARKS = OPENING + CLOSING + EITHER
# Clitics that may sit right before an opening mark: لـ"استقبال", ل”داعش”, و"...".
_CLITIC_BEFORE = re.compile(r"(?:^|[\s(\[])[لبكوف]ـ?$")
_TRIM = " \t\n.,،:؛;!؟?-–—" + MARKS


@dataclass(frozen=True)
class Passage:
    """A quoted passage: marks at `open_at`/`close_at` (None when left open), words in `start:end`."""
    open_at: int
    close_at: int | None
    start: int
    end: int

    @property
    def outer_end(self) -> int:
        return self.close_at + 1 if self.close_at is not None else self.end


def _can_open(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    # the three characters before the mark are all it needs (a clitic, a tatweel, the space before
    # them): reading the whole prefix made each mark cost the length of the paragraph
    before = text[max(0, i - 3):i]
    return not before or before[-1].isspace() or before[-1] in "([:،,؛;" + MARKS or bool(_CLITIC_BEFORE.search(before))


def _can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    return not before.isspace()


def _is_apostrophe(text: str, i: int) -> bool:
    """' between Latin letters (don't) or next to digits is not a quotation mark."""
    if text[i] not in "'’":
        return False
    near = text[max(0, i - 1):i] + text[i + 1:i + 2]
    return any(c.isascii() and c.isalnum() for c in near)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) past spaces, sentence punctuation and stray marks at either edge; a
    closing mark stays when it closes a passage opened inside (أن "الخطة طموحة"), and an opening
    mark when what follows its passage is reported too ("الأطراف كافة" إلى ضبط النفس)."""
    outer = end
    mark = None
    while start < end and (text[start] in _TRIM or text[start].isspace()):
        if text[start] in OPENING + EITHER:
            mark = start
        start += 1
    while end > start and (text[end - 1] in _TRIM or text[end - 1].isspace()):
        end -= 1
    if mark is not None:
        opened = passages(text[mark:end])
        if opened and opened[0].open_at == 0 and opened[0].close_at is not None and opened[0].close_at < end - mark - 1:
            start = mark
    inside = passages(text[start:end])
    if inside and inside[-1].close_at is None:
        close = next((i for i in range(end, outer) if text[i] in CLOSING + EITHER), None)
        if close is not None:
            end = close + (2 if text[close:close + 2] == "''" else 1)
    return start, end


_REVERSED = str.maketrans("«»‹›", "»«›‹")


def _reversed_guillemets(text: str) -> bool:
    """Some sites type »…« (closing mark first): the paragraph's first guillemet opens a passage."""
    first = min((i for i in (text.find("»"), text.find("›")) if i >= 0), default=-1)
    other = min((i for i in (text.find("«"), text.find("‹")) if i >= 0), default=len(text))
    return 0 <= first < other and _can_open(text, first)


def first_closing(text: str) -> int | None:
    """Where a paragraph closes a quotation it never opened ("… بالكامل»."), when that comes before
    any opening mark: the end of a quotation going on from the paragraph before."""
    if _reversed_guillemets(text):
        return None
    for i, ch in enumerate(text):
        if ch not in MARKS or _is_apostrophe(text, i):
            continue
        if ch in OPENING or (ch in EITHER and _can_open(text, i)):
            return None
        if ch in CLOSING or (ch in EITHER and _can_close(text, i)):
            return i
    return None


def passages(text: str) -> list[Passage]:
    """The outermost quoted passages of one paragraph, in order; a quote inside a quote is part of it."""
    if _reversed_guillemets(text):
        text = text.translate(_REVERSED)  # same length: offsets are unchanged
    out: list[Passage] = []
    depth_open: list[int] = []  # positions of open marks, outermost first
    skip = -1
    for i, ch in enumerate(text):
        if i == skip or ch not in MARKS or _is_apostrophe(text, i):
            continue
        # two apostrophes typed for one quotation mark (''…''): the pair is one mark
        pair = ch == "'" and text[i + 1:i + 2] == "'"
        last = i + 1 if pair else i
        opens = ch in OPENING or (ch in EITHER and _can_open(text, i) and _can_open(text, last))
        closes = ch in CLOSING or (ch in EITHER and _can_close(text, i))
        if pair:
            skip = i + 1
        # a straight or curly mark that may open, inside «…», opens a quote within it: a guillemet
        # is closed by its own mark only ("«ما وصفه بـ"الإصلاح" ليس …»")
        nested = opens and (ch in OPENING or (ch in EITHER and text[depth_open[-1]] in "«‹" if depth_open else False))
        if depth_open and closes and not nested:
            start = depth_open.pop()
            if not depth_open:
                s, e = trim(text, start + 1, i)
                if e > s:
                    out.append(Passage(start, last, s, e))
        elif opens:
            depth_open.append(i)
    if depth_open:
        start = depth_open[0]
        s, e = trim(text, start + 1, len(text))
        if e > s:
            out.append(Passage(start, None, s, e))
    return out
