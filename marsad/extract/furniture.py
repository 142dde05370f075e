"""Recognising one line of page furniture: read-more markers, comment boxes, share and follow lines,
copyright footers, tag/credit/byline/date labels, section names.

The phrases live in ``marsad/data/page_furniture.tsv``; this module only knows how to apply them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.datafiles import data_table
from marsad.nlp.lexicons import names, relative_adjective
from marsad.nlp.normalize import fold, normalize


# Kinds whose phrases may open a longer line only when the line stays short (a widget, not a sentence).
_SHORT_ONLY = {"caption": 10, "readmore": 20, "share": 8, "follow": 14, "comment": 25, "copyright": 25, "end": 6}
# A label's value longer than this is not that label ("كتب: …" opening a paragraph).
_MAX_VALUE_WORDS = {"byline": 6, "published": 12, "updated": 12, "credit": 10, "caption": 12}
_LABEL_SEP = r"\s*[:：\-–—|]\s*"
_BYLINE_PARTS = re.compile(r"\s+[-–—|]\s+|\s*[،,|]\s*")


@dataclass(frozen=True)
class Furniture:
    kind: str
    value: str = ""  # for labels: what follows the label ("المصدر: سانا" -> "سانا")


@lru_cache(maxsize=1)
def _table() -> dict[str, list[tuple[str, str]]]:
    by_match: dict[str, list[tuple[str, str]]] = {"line": [], "start": [], "label": [], "contains": [],
                                                  "prefix": [], "suffix": []}
    for kind, match, phrase in data_table("page_furniture.tsv"):
        by_match[match].append((kind, phrase))
    return by_match


@lru_cache(maxsize=1)
def _line_index() -> dict[str, str]:
    return {normalize(p): k for k, p in _table()["line"]}


@lru_cache(maxsize=1)
def _starts() -> list[tuple[str, str]]:
    return sorted(((k, normalize(p)) for k, p in _table()["start"]), key=lambda kp: -len(kp[1]))


@lru_cache(maxsize=1)
def _contains() -> list[tuple[str, str]]:
    return [(k, normalize(p)) for k, p in _table()["contains"]]


@lru_cache(maxsize=1)
def _labels() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for every label (longest first) and the kind of each folded label."""
    kinds = {}
    alternatives = []
    for kind, phrase in sorted(_table()["label"], key=lambda kp: -len(kp[1])):
        words = fold(phrase).split()
        kinds[" ".join(words)] = kind
        alternatives.append(r"\s+".join(re.escape(w) for w in words))
    pattern = re.compile(rf"^[\s•\-–*]*(?P<label>{'|'.join(alternatives)})(?P<sep>{_LABEL_SEP}|\s+)(?P<v>.*)$", re.S)
    return pattern, kinds


@lru_cache(maxsize=1)
def _share_pattern() -> re.Pattern:
    phrases = sorted((normalize(p) for k, p in _table()["line"] if k == "share"), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(re.escape(p) for p in phrases)})(?=[\s|•·:،,/-]|$)")


def _share_words_only(norm: str) -> bool:
    """A line of two or more share buttons and nothing else, whatever stands between them."""
    found = _share_pattern().findall(norm)
    return len(found) >= 2 and not _share_pattern().sub("", norm).strip(" |•·:،,/-")


_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.!?؟…]['\"”’»)\]]*\s*$")


# An editor's initials signing off a story (ع.ف، س.ع/ م.ح، (أ.ر)، ع ب ر / ف ن ع): single letters
# with dots or spaces between them
_LETTERS = r"[\u0621-\u064a](?:(?:\.\s?|\s)[\u0621-\u064a]){1,3}\.?"
_INITIALS = re.compile(rf"[(\[]?{_LETTERS}(?:\s?[/\-–،,]\s?{_LETTERS})*[)\]]?")
# The end mark news agencies put after a story's last sentence: "(النهاية)"، "/انتهى/"، "- انتهى -"
_END_WORD = r"\s*[(\[/\-–—ـ]*\s*(?:النهاية|انتهى)\s*[)\]/\-–—ـ]*"
_END_MARK = re.compile(_END_WORD + r"\s*\.?\s*$")
_LEADING_END_MARK = re.compile(_END_WORD)  # "(النهاية) س م ع / ف ن": then the editors' initials


_HASHTAGS = re.compile(r"(?:#\w+\s*)+")  # "#الأمن #النخيل": a page's tags as hashtags


def is_signoff(line: str) -> bool:
    """An editor's initials alone on a line (an agency's letters, "(أ ف ب)", are read as a credit first)."""
    return bool(_INITIALS.fullmatch(" ".join(line.split())))


def without_end_mark(line: str) -> str:
    """The line without an agency's end mark after its last sentence ("… السوداني. (النهاية)")."""
    m = _END_MARK.search(line)
    if not m or m.start() == 0:
        return line
    rest = line[:m.start()].rstrip()
    if set(m.group()) & set("()[]/"):
        return rest  # a bracketed mark is no word of the sentence
    # a bare "انتهى" after a sentence, or after the agency credited at its end: "… المقبل. (رويترز) انتهى"
    return rest if rest.endswith((".", "!", "?", "؟", "…", "\"", "»", "”", ")")) else line


_TRAILING_BRACKETS = re.compile(r"\(([^()]+)\)\s*$")
_MAX_CAPTION_WORDS = 20


def classify(line: str) -> Furniture | None:
    """What kind of furniture `line` is, or None when it may be article text."""
    norm = normalize(line)
    if "©" in line:
        return Furniture("copyright")
    if _HASHTAGS.fullmatch(line.strip()):
        return Furniture("tags", line.strip())
    if not norm:
        return None
    words = norm.split()
    bare = _DIGITS.sub("", norm).strip()
    if bare in _line_index():
        return Furniture(_line_index()[bare])
    if (end := _LEADING_END_MARK.match(line)) and is_signoff(line[end.end():].strip()):
        return Furniture("end")  # "(النهاية) س م ع / ف ن": the end mark and the editors' initials
    if _share_words_only(norm):
        return Furniture("share")  # "شارك: فيسبوك | تويتر | واتساب"
    pattern, kinds = _labels()
    if kinds.get(" ".join(fold(line).strip(" :：").split())) == "tags":
        return Furniture("tags", "")  # "الوسوم" alone on its line: the tags follow, one a line
    m = pattern.match(fold(line))
    if m:
        kind = kinds[" ".join(m.group("label").split())]
        # "كتب: …" followed by a whole sentence is article text, not a byline
        value = m.group("v")
        if kind == "byline":  # "كتب: عادل منصور - الأربعاء 25 نوفمبر 2026": the name before a date or place
            value = _BYLINE_PARTS.split(value)[0]
            if not m.group("sep").strip() and _desk(value):
                return Furniture(kind, line.strip())  # "المحرر السياسي": the desk is the byline, whole
        short = len(value.split()) <= _MAX_VALUE_WORDS.get(kind, 60)
        if short and (m.group("sep").strip() or _colonless_ok(kind, words, line)):
            return Furniture(kind, _original_tail(line, m.group("v")))
    credit = _TRAILING_BRACKETS.search(line)  # "موقع الانفجار (الصورة: رويترز)": a photo's caption
    if credit and len(words) <= _MAX_CAPTION_WORDS and (inner := pattern.match(fold(credit.group(1)))) \
            and kinds[" ".join(inner.group("label").split())] == "caption":
        return Furniture("caption")
    for kind, phrase in _starts():
        if kind in ("institution", "media"):
            continue
        if (norm == phrase or norm.startswith(phrase + " ")) and len(words) <= _SHORT_ONLY.get(kind, 12):
            return Furniture(kind, _after_words(line, len(phrase.split())))
    for kind, phrase in _contains():
        if phrase in norm and len(words) <= _SHORT_ONLY.get(kind, 25):
            return Furniture(kind)
    if _is_section_phrase(bare) or is_breadcrumb(line):
        return Furniture("section")
    return None


def _desk(value: str) -> bool:
    """One relative adjective after a byline word ("المحرر السياسي"، "المحرر الاقتصادي"): a desk of
    the paper, not a person's name."""
    words = normalize(value).split()
    return len(words) == 1 and relative_adjective(words[0], definite=True)


def _colonless_ok(kind: str, words: list[str], line: str) -> bool:
    """"بقلم فلان" and "كتب فلان" need no colon, but only as a short line that is not a sentence;
    nor "نشر بتاريخ 12-11-2026", a short line with a date's digits; nor "بتصرف عن الجزيرة نت"."""
    if _SENTENCE_END.search(line):
        return False
    if kind in ("published", "updated"):
        return len(words) <= 10 and any(ch.isdigit() for ch in line)
    return kind in ("byline", "credit") and 2 <= len(words) <= 5


def _original_tail(line: str, folded_tail: str) -> str:
    """The label's value in the original spelling: same number of trailing characters, since folding
    without NFKC only ever drops marks, the tail is found by counting kept characters."""
    if not folded_tail:
        return ""
    kept = 0
    want = len(folded_tail)
    for i in range(len(line) - 1, -1, -1):
        if fold(line[i]):
            kept += 1
        if kept == want:
            return line[i:].strip()
    return line.strip()


_WORD = re.compile(r"\w[\w\u0640\u064b-\u065f\u0670]*")  # with its diacritics and tatweel: أيضاً


def _after_words(line: str, n: int) -> str:
    """The text of `line` after its first n words (the value of an inline "اقرأ أيضا: عنوان")."""
    matches = list(re.finditer(_WORD, line))
    if len(matches) <= n:
        return ""
    return line[matches[n - 1].end():].strip(" :：-–—|\t")


def is_section_name(line: str) -> bool:
    """"محليات", "أخبار العالم", "أخبار عربية", "أخبار مصر": the name of a section of the site."""
    bare = _DIGITS.sub("", normalize(line)).strip()
    return _line_index().get(bare) == "section" or _is_section_phrase(bare)


@lru_cache(maxsize=1)
def _section_prefixes() -> frozenset[str]:
    return frozenset(normalize(p) for k, p in _table()["prefix"] if k == "section")


def _is_section_phrase(norm: str) -> bool:
    """"اخبار العالم": a section word ("أخبار") before a section name, a place or one nisba
    adjective ("عربية", "محلية")."""
    head, _, rest = norm.partition(" ")
    if head not in _section_prefixes() or not rest or len(rest.split()) > 2:
        return False
    known = names().get(rest)
    if "section" in (_line_index().get(rest), _line_index().get(rest.removeprefix("ال"))) or (
            known is not None and known.type == "LOC"):
        return True
    return " " not in rest and rest.endswith("يه") and len(rest) >= 5


# Breadcrumb separators; "»" and "«" are also quotation marks, so only the arrows and ">" "/" "|" count.
_CRUMB_SPLIT = re.compile(r"\s*[›‹>/|\\←→]\s*")
CRUMB_WORDS = 4  # every step of a breadcrumb but the last (often the headline) is this short
KICKED_HEADLINE_WORDS = 3  # a shorter headline after "عاجل |" may be a section's name


_HOME = frozenset(normalize(w) for w in ("الرئيسية", "الصفحة الرئيسية", "الرئيسة", "home"))


def _is_home(step: str) -> bool:
    """The first step of a breadcrumb that names the site's home page."""
    return step.lower() in _HOME


def is_breadcrumb(line: str) -> bool:
    """"الرئيسية › أخبار › سياسة", "الرئيسية / أخبار العالم / وزير يزور …": section names in a chain."""
    if not _CRUMB_SPLIT.search(line):
        return False
    steps = [normalize(p) for p in _CRUMB_SPLIT.split(line.strip(" \t›‹>/|"))]
    steps = [p for p in steps if p]
    if len(steps) < 2 or any(len(p.split()) > CRUMB_WORDS for p in steps[:-1]):
        return False
    sections = [is_section_name(p) for p in steps]
    if len(steps) == 2 and (len(steps[1].split()) > CRUMB_WORDS
                            or (len(steps[1].split()) >= KICKED_HEADLINE_WORDS and not sections[1]
                                and "|" in line and not _is_home(steps[0]))):
        return False  # "عاجل | وزير يعلن …"، "عاجل | انفجار يهز العاصمة": a kicker before a headline
    return sections[0] or sum(sections) >= 2


def is_institution(line: str) -> bool:
    """A name of a ministry, agency, site or paper ("وزارة الإعلام", "موقع الخليج اليوم")."""
    return _opens_with(line, ("institution", "media"))


def is_media(line: str) -> bool:
    """A name of an agency, paper, site or channel ("صحيفة الوادي", "وكالة النجمة للأنباء", "الوادي نت")."""
    return _opens_with(line, ("media",)) or _ends_with_media_word(line) or bool(_DOMAIN.match(line.strip()))


_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/?$", re.I)
MEDIA_SUFFIX_WORDS = 4  # "الوادي نت", "بوابة الفجر الإخبارية": a name ending so is this short


@lru_cache(maxsize=1)
def _media_suffixes() -> tuple[str, ...]:
    return tuple(normalize(p) for k, p in _table()["suffix"] if k == "media")


def _ends_with_media_word(line: str) -> bool:
    words = normalize(line).split()
    if not 2 <= len(words) <= MEDIA_SUFFIX_WORDS:
        return False
    norm = " ".join(words)
    return any(norm.endswith(" " + suffix) for suffix in _media_suffixes())


def _opens_with(line: str, kinds: tuple[str, ...]) -> bool:
    norm = normalize(line)
    return any(norm == p or norm.startswith(p + " ") for k, p in _starts() if k in kinds)


def glued_label_length(text: str) -> int:
    """Length of a read-more label glued without a space onto the text after it, else 0."""
    for kind, phrase in _table()["line"]:
        if kind != "readmore" or not text.startswith(phrase) or len(text) == len(phrase):
            continue
        if not text[len(phrase)].isspace():
            return len(phrase)
    return 0
