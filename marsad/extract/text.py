"""Plain-text scrapes: a line model of an Arabic news page.

A scraped page is menus and section names, the headline, a date/byline/dateline, the article's
paragraphs, then credits ("المصدر: …"), a tag list, share and follow lines, comment boxes, lists of
other headlines and whole appended "اقرأ أيضاً" articles. Every line is first classified (page
furniture, meta line, article-like text); the article is the densest block of sentence-like lines
between hard boundaries (credits, tags, comments, copyright, read-more markers, runs of
headline-like lines). As in jusText, context decides for the rest: a short line between two
article lines is kept, short lines at the edges only when they end like a sentence, and long
unpunctuated lines that run like prose ("أن", "التي", "قد") only next to article lines, since a
headline can look the same.

The headline is the nearest headline-like line above the article, or above its date and byline lines;
timestamps ("منذ 3 ساعات", "10:45 ص"), breadcrumbs, section names and the site's own name never are, and
a page showing only its site's name above the first paragraph has no title rather than a wrong one.

Dateline prefixes opening the first paragraph ("القاهرة - أكد …") are recorded in `dateline` and kept
in the body, so that the body is always the page's own text, character for character.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache

from rapidfuzz import fuzz

from marsad.article import Article, Related
from marsad.datafiles import data_rows
from marsad.extract import credits
from marsad.extract.furniture import (classify, glued_label_length, is_institution, is_section_name, is_signoff,
                                      without_end_mark)
from marsad.nlp.dates import find_dates, timestamp_spans
from marsad.nlp.lexicons import courtesy_titles, is_given_name, without_article
from marsad.nlp.normalize import fold, normalize, unique_names

# Boundaries: the article never runs across these.
HARD = {"credit", "credit_only", "tags", "comment", "copyright", "end", "readmore"}
# Dropped wherever they stand, without ending the article.
SOFT = {"share", "follow", "section", "widget", "menu", "caption", "inline_readmore", "signoff", "stamp"}
# Lines that close an article; what comes after them is rarely the article itself.
_CLOSING = {"credit", "credit_only", "tags", "comment", "copyright", "end"}
# Lines that sit between a headline and its first paragraph.
_META = {"date", "published", "updated", "byline", "dateline"}
# Lines that state when the article was published or updated.
_DATED = {"date", "published", "updated", "dateline"}
GOOD_SENTENCE_WORDS = 5  # a line ending like a sentence with this many words is article text
GOOD_ANY_WORDS = 20  # a line this long is article text even without final punctuation
GOOD_CLAUSE_WORDS = 10  # many sites drop the final period: a long line with a clause mark is article text
MENU_ITEM_WORDS = 8  # a bulleted line this short is a menu item
WEAK_RUN = 3  # this many headline-like lines in a row end a block (lists of other headlines)
AFTER_CLOSING_WEIGHT = 0.4  # a block after the article's closing lines must be this much denser to win
DATE_LINE_SPAN = 4  # a lone date line counts as the publication date this close to the headline
TITLE_SIMILARITY = 85  # rapidfuzz ratio above which a line repeats the page's known title
HEADLINE_WORDS = 20  # a headline opening the article block is at most this long

_SENTENCE_END = re.compile(r"[.!?؟…:·•]['\"”’»)\]]*\s*$|[.!?؟…]\s*['\"”’»)\]]+\s*$")
_MENU = re.compile(r"^\s*[•·▪►◄]")
# the signature of an embedded post: "— وزارة الداخلية (@moi_ly) November 28, 2026"
_EMBED_SIGNATURE = re.compile(r"^\s*[—–-]\s*[^()]{1,60}\(\s*@\w{1,30}\s*\)[^()]{0,40}$")
_DIGIT = re.compile(r"\d")
_CLAUSE_MARK = re.compile(r"\S[،,؛;]\s|[«“\"]")
_COMMA = re.compile(r"\S[،,؛;]\s")
_YEAR = re.compile(r"[0-9]{4}")
# "كتب : فلان ." - a period set apart is tokenised corpus text, one sentence a line; a byline never ends so
_DETACHED_END = re.compile(r"\s[.!?؟]\s*$")
_STRIP = " \t\u00a0\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff"


@dataclass
class Line:
    text: str
    blank_before: bool
    kind: str | None = None  # furniture / meta kind, None for text
    value: str = ""
    words: int = 0
    sentence: bool = False
    good: bool = False  # reads as article text on its own: anchors the article
    prose: bool = False  # runs like article prose but could be a headline: kept only next to good lines
    dateline: credits.Dateline | None = None
    source: credits.Source | None = None  # the outlet or agency a byline names ("هسبريس - سعيد الإدريسي")


@dataclass
class Extraction:
    """What the line model read off a page; `apply` copies it onto an Article."""
    title: str | None = None
    body: list[str] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    published: date | datetime | None = None
    published_source: str | None = None
    agencies: list[str] = field(default_factory=list)
    publishers: list[str] = field(default_factory=list)
    author: str | None = None
    dateline: str | None = None
    keywords: list[str] = field(default_factory=list)
    teasers: int = 0  # a list of articles (section or search page): how many teasers it shows


def extract_text(article: Article) -> Article:
    hints = article.hints
    found = read_lines(article.raw_text, reference=article.reference_time, title=hints.get("title"),
                       site=hints.get("outlet"))
    apply_hints(article, hints)
    apply(found, article)
    return article


def apply_hints(article: Article, hints: dict) -> None:
    """What the container said of the page (a feed item's or a scraped record's title, date, author,
    outlet, tags) fills what the page itself did not."""
    article.title = article.title or hints.get("title")
    if not article.published and hints.get("published"):
        when = find_dates(str(hints["published"]))
        if when:
            article.published, article.published_source = when[0].value.isoformat(), "meta"
    article.author = article.author or hints.get("author")
    article.outlet = article.outlet or hints.get("outlet")
    article.keywords = article.keywords or list(hints.get("keywords") or [])


def apply(found: Extraction, article: Article) -> None:
    """Fill the Article's fields the page itself did not already fill (meta wins over text)."""
    article.title = article.title or found.title
    article.body = "\n".join(found.body)
    article.related = found.related
    if not article.published and found.published:
        article.published = found.published.isoformat()
        article.published_source = found.published_source
    article.agencies = unique_names(article.agencies + found.agencies)
    if not article.outlet and found.publishers:
        article.outlet = found.publishers[0]
    article.author = article.author or found.author
    article.dateline = article.dateline or found.dateline
    article.keywords = article.keywords or found.keywords
    if found.teasers:
        article.body, article.related = "", []
        article.errors.append(f"a list of {found.teasers} articles (a section or search page), not an article")


def read_lines(text: str, reference: datetime | None = None, title: str | None = None,
               site: str | None = None) -> Extraction:
    """Run the line model over a page's text. `title`, when known (from HTML meta), is not searched for;
    `site`, the outlet's name when known, is never taken for the headline."""
    lines = _classify_all(_split(text), reference, site)
    out = Extraction()
    if not lines:
        return out
    out.teasers = _teasers(lines)
    seg_end = _main_end(lines)
    main = lines[:seg_end]
    region = _region(main)
    if region is None:
        out.title = title or _title_from(main, len(main), site)
        _read_related(lines[seg_end:], out)
        return out
    start, end = region
    if title is None:
        # short sentences above the first long one are article text, but the page's first text
        # line stays free to be the headline
        first_text = next(i for i, ln in enumerate(main) if ln.kind is None)
        while start - 1 > first_text and _joins_body(main[start - 1]):
            start -= 1
        title_at = _title_index(main, start, site)
        if title_at is None and start + 1 < len(main) and _opens_with_headline(main, start, site):
            title_at, start = start, _next_text(main, start + 1, end)
        out.title = _without_site(main[title_at].text, site) if title_at is not None else None
    else:
        title_at = _matching_title(main, start, title)
        if title_at is not None and title_at >= start:
            start = title_at + 1
        if title_at is not None and _fuller(main[title_at].text, title):
            out.title = _without_site(main[title_at].text, site)  # the page cut its <title> short
    title_at = -1 if title_at is None else title_at
    while start - 1 > title_at and (_joins_body(main[start - 1]) or _prose_under_headline(main, start - 1, title_at)):
        start -= 1
    end = _extend_end(lines, main, end)
    out.body = [ln.text for ln in main[start:end + 1] if ln.kind not in SOFT | HARD | {"dateline"}]
    _read_head(main[:start], title_at, out, reference, site)
    _read_tail(main[end + 1:], out, reference)
    _read_first_paragraph(main[start:end + 1], out, reference)
    out.related = [Related(title=ln.value, body="") for ln in main if ln.kind == "inline_readmore" and ln.value]
    _read_related(lines[seg_end:], out)
    out.agencies = unique_names(out.agencies)
    return out


def _split(text: str) -> list[Line]:
    out: list[Line] = []
    blank = False
    for raw in text.split("\n"):
        line = raw.strip(_STRIP)
        if not line:
            blank = True
            continue
        out.append(Line(text=line, blank_before=blank))
        blank = False
    return out


_RUN_KINDS = frozenset({"byline", "published", "updated"})  # labelled lines a page runs together with "|"


def _split_byline_runs(lines: list[Line], site: str | None) -> list[Line]:
    """"بقلم: فلان | الثلاثاء 24 نونبر 2026"، "نُشر في 30/11/2026 | آخر تحديث: 01/12/2026": a byline or
    a labelled date run together with a timestamp, another label or the site or section becomes one
    line per part, so that the author and each date are read."""
    out: list[Line] = []
    for ln in lines:
        parts = [p for p in _BAR_SPLIT.split(ln.text) if p.strip()]
        kinds = [getattr(classify(p), "kind", None) for p in parts]
        if (len(parts) > 1 and any(k in _RUN_KINDS for k in kinds) and not _SENTENCE_END.search(ln.text)
                and all(k in _RUN_KINDS or k in SOFT or _is_timestamp(p) or credits.names_a_site(p, site)
                        or is_section_name(p) for p, k in zip(parts, kinds))):
            out += [Line(text=p, blank_before=ln.blank_before and not k) for k, p in enumerate(parts)]
        else:
            out.append(ln)
    return out


def _classify_all(lines: list[Line], reference, site: str | None = None) -> list[Line]:
    lines = _split_byline_runs(lines, site)
    for ln in lines:
        ln.words = len(normalize(ln.text).split())
        # "… والنقل. (رويترز)"، "… والنقل. (النهاية)": a sentence with its agency's credit or end mark after it
        ended = without_end_mark(ln.text)
        ln.sentence = bool(_SENTENCE_END.search(ln.text) or _SENTENCE_END.search(ended)
                           or _SENTENCE_END.search(credits.without_trailing_credit(ended)))
        if not ln.words:
            ln.kind = "punct"
            continue
        fur = classify(ln.text)
        if fur is not None and not (fur.kind == "byline" and _DETACHED_END.search(ln.text)):
            ln.kind, ln.value = fur.kind, fur.value
            continue
        if _EMBED_SIGNATURE.match(ln.text):
            ln.kind = "caption"
            continue
        if _MENU.match(ln.text) and ln.words <= MENU_ITEM_WORDS and not ln.sentence:
            ln.kind = "menu"  # a bulleted sentence inside an article is still article text
            continue
        # "(أ ف ب)" alone is a credit; "( أ ف ب ) ." ends like a sentence and may be article text
        agency = None if ln.sentence else credits.credit_only_line(ln.text)
        if agency:
            ln.kind, ln.value = "credit_only", agency
            continue
        if is_signoff(ln.text):
            ln.kind = "signoff"
            continue
        if not ln.sentence and (reporter := credits.reporter_credit(ln.text) or credits.outlet_from_place(ln.text)
                                or credits.exclusive_credit(ln.text)):
            # "مراسل المدى في الأنبار"، "هسبريس من الرباط" under the headline
            ln.kind, ln.dateline = "dateline", reporter
            continue
        dl = credits.parse_dateline(ln.text, reference)
        if ln.words <= 12 and (dated := _dated_dateline(ln.text, dl, reference)):
            ln.kind, ln.dateline = "dateline", dated
            continue
        if ln.words <= 12 and (_is_date_line(ln, reference) or _is_meta_run(ln.text, site)):
            ln.kind = "date"
            continue
        signed = credits.source_and_name(ln.text) if ln.words <= 6 and not ln.sentence else None
        if signed is not None:  # "هسبريس - سعيد الإدريسي": the outlet and its reporter
            ln.kind, ln.value = "byline", signed[1]
            ln.dateline = None
            ln.source = signed[0]
            continue
        name, place = _name_then_place(ln) if ln.words <= 6 and not ln.sentence else (None, None)
        if name:  # "سمير فؤاد - القاهرة": the reporter and where the story was filed
            ln.kind, ln.value = "byline", name
            ln.dateline = credits.Dateline(place=place, agency=None, end=len(ln.text), alone=True)
            continue
        if dl is not None:
            ln.dateline = dl
            # "واشنطن-سانا" alone, "بيروت - سمير الخطيب" or "حمص - وكالة النجمة للأنباء": place and
            # reporter or source on a line of their own
            rest = ln.text[dl.end:]
            if dl.alone or (ln.words <= 6 and not ln.sentence
                            and (credits.looks_like_name(rest) or credits.names_a_site(rest))):
                ln.kind = "dateline"
                continue
        ln.good = ((ln.sentence and ln.words >= GOOD_SENTENCE_WORDS) or ln.words >= GOOD_ANY_WORDS
                   or (ln.words >= GOOD_CLAUSE_WORDS and bool(_CLAUSE_MARK.search(ln.text))))
        ln.prose = ln.good or (ln.words >= GOOD_CLAUSE_WORDS and _has_article_word(ln.text))
    _mark_live_stamps(lines)
    return lines


# A time of day alone ("تحديث: 14:35"، "11:50 ص"): the stamp of one entry of a live page
_TIME_ONLY = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:ص|م|am|pm|GMT)?", re.I)
LIVE_STAMPS = 2  # this many time stamps make a live page, its entries one article


def _mark_live_stamps(lines: list[Line]) -> None:
    """A live page ("مباشر") stamps each entry with the time of day; the stamps are no boundary
    between articles (a listing page dates its articles with a day), and no article text."""
    stamps = [ln for ln in lines if ln.kind in ("updated", "date")
              and _TIME_ONLY.fullmatch((ln.value if ln.kind == "updated" else ln.text).strip())]
    if len(stamps) >= LIVE_STAMPS:
        for ln in stamps:
            ln.kind = "stamp"


@lru_cache(maxsize=1)
def _article_words() -> frozenset[str]:
    return frozenset(normalize(r["word"]) for r in data_rows("article_words.tsv"))


def _has_article_word(text: str) -> bool:
    """A function word of running prose ("أن", "التي", "قد"), which headlines seldom use."""
    norm = f" {normalize(text)} "
    return any(f" {w} " in norm for w in _article_words())


# every timestamp has a digit or one of the words of a relative time ("منذ ساعتين", "أمس")
_TIME_HINT = re.compile(r"\d|منذ|قبل|[أا]مس|البارح|اليوم")
_BARS = r"\s*[|•·]\s*"  # bars and bullets part a meta line however they are spaced
_BAR_SPLIT = re.compile(_BARS)
_PART_SPLIT = re.compile(r"\s+[-–—|•·/]\s+|" + _BARS)  # dashes and slashes only with spaces round them


def _is_meta_run(text: str, site: str | None) -> bool:
    """"الوادي نت - منذ 3 ساعات", "منذ ساعتين • 3 دقائق قراءة": a timestamp run together with the site's
    name, a section name or a widget; the line is then a date line like a bare timestamp."""
    if not _TIME_HINT.search(text):
        return False
    parts = [p for p in _PART_SPLIT.split(text) if p.strip()]
    if len(parts) < 2:
        return False
    stamped = False
    for part in parts:
        if _is_timestamp(part):
            stamped = True
        elif not (credits.names_a_site(part, site) or is_section_name(part)
                  or getattr(classify(part), "kind", None) in SOFT):
            return False
    return stamped


_DASH_SPLIT = re.compile(r"\s+[-–—]\s+")


def _name_then_place(ln: Line) -> tuple[str | None, str | None]:
    """("سمير فؤاد", "القاهرة") for a line "سمير فؤاد - القاهرة", else (None, None)."""
    parts = _DASH_SPLIT.split(ln.text.strip())
    # the name opens with a given name: "انفجار ضخم - بيروت" is a headline
    if (len(parts) == 2 and credits.looks_like_name(parts[0]) and credits.is_place(parts[1])
            and is_given_name(normalize(parts[0]).split()[0])):
        return parts[0].strip(), parts[1].strip()
    return None, None


_SEPARATORS = " -–—|،,"


def _dated_dateline(text: str, dl: credits.Dateline | None, reference) -> credits.Dateline | None:
    """"الرياض (رويترز) - 13 مارس 2025", "الدمام - 2 يناير 2026": the line's dateline `dl` when a
    date is all that follows it, or when the line is a dateline with its date inside."""
    if dl is None or not dl.place or not _DIGIT.search(text):
        return None
    if dl.alone and dl.when is not None:
        return dl  # "الرياض 22 جمادى الأولى 1448 هـ الموافق 13 نوفمبر 2026 م واس": the date inside it
    rest = text[dl.end:]
    # "مقديشو - 1 ديسمبر 2026 (شينخوا)": the date, then the agency's credit
    agency = None if dl.agency else credits.trailing_agency(rest)
    if agency is not None:
        rest = rest[:rest.rfind("(")]
    stated = _is_timestamp(rest) and _stated_date(rest, reference)
    if stated:
        return replace(dl, alone=True, when=dl.when or stated[0], agency=dl.agency or agency)
    # "بنغازي - سمير الخطيب 28 نوفمبر 2026": the reporter, then the day
    dates = find_dates(rest, reference)
    if dates and dates[-1].value is not None and not rest[dates[-1].end:].strip(_SEPARATORS):
        name = rest[:dates[-1].start].strip(_SEPARATORS)
        if credits.looks_like_name(name):
            return replace(dl, alone=True, when=dl.when or dates[-1].value, writer=name)
    return None


def _is_timestamp(text: str) -> bool:
    """A date or time and little else ("الأحد 12 آذار 2023", "2017-10-04 - 10:35 ص", "منذ 3 ساعات",
    "10:45 ص"), whether or not a reference time resolves it."""
    if not _DIGIT.search(text) and len(text.split()) > 4:
        return False  # every absolute date has digits; only a short line can be a bare relative one
    return _mostly(text, timestamp_spans(text))


def _is_date_line(ln: Line, reference) -> bool:
    """A timestamp line: never a headline nor article text. A line ending like a sentence ("أمس ."،
    "في الساعة 10:30 .") counts only as a date it states."""
    if ln.sentence:
        return bool(_DIGIT.search(ln.text)) and _mostly(
            ln.text, [(m.start, m.end) for m in find_dates(ln.text, reference)])
    return _is_timestamp(ln.text)


def _mostly(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the spans cover most of the text's letters and digits."""
    return bool(spans) and sum(len(normalize(text[a:b])) for a, b in spans) >= 0.6 * len(normalize(text))


MIN_TEASERS = 3
# the button under a teaser ("أخبار ذات صلة" is a heading, not a button)
_BUTTONS = frozenset(normalize(w) for w in ("اقرأ المزيد", "إقرأ المزيد", "قراءة المزيد", "اقرأ أكثر", "التفاصيل",
                                            "اقرأ التفاصيل", "تابع القراءة", "المزيد"))


def _teasers(lines: list[Line]) -> int:
    """How many teasers a list of articles shows (0 for an article): paragraphs each followed by a
    read-more button, the page's first paragraph among them, and no other paragraph (an article
    may carry a read-more box or two, or teasers of related articles below it)."""
    after = [i for i, ln in enumerate(lines)  # a button is a word or three: no other line is normalised again
             if ln.words <= 3 and normalize(ln.text) in _BUTTONS and any(p.good for p in lines[max(0, i - 2):i])]
    good = [i for i, ln in enumerate(lines) if ln.good]
    if len(after) < MIN_TEASERS or len(good) > len(after) + 1 or not any(0 < a - good[0] <= 2 for a in after):
        return 0
    return len(after)


def _main_end(lines: list[Line]) -> int:
    """Index where appended articles start: the first read-more marker after article text that
    does not stand inline in the article (an inline "اقرأ أيضاً: عنوان" followed by more article)."""
    seen_good = False
    for i, ln in enumerate(lines):
        if ln.good:
            seen_good = True
        if ln.kind != "readmore" or not seen_good:
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        # after a box with its own title, what goes on may be a short line: "وأردف قائلاً:"
        if nxt is not None and ((nxt.good and (ln.value or _goes_on(nxt)))
                                or (ln.value and nxt.kind is None and _goes_on(nxt))):
            ln.kind = "inline_readmore"  # a box or a bare button inside the article, which goes on after it
            continue
        after = lines[i + 2] if i + 2 < len(lines) else None
        if (not ln.value and nxt is not None and nxt.kind is None and not nxt.good and after is not None
                and after.good and _goes_on(after)):
            # "اقرأ أيضاً" / its title on the next line / "وتبين …": the box's title, then the article
            ln.kind, ln.value = "inline_readmore", nxt.text
            nxt.kind = "inline_readmore"
            continue
        return i
    return len(lines)


def _goes_on(ln: Line) -> bool:
    """Does the line go on with the text before it? An appended article opens with its own lead,
    not with و or ف."""
    return ln.text[:1] in "وف"


def _blocks(main: list[Line]) -> list[tuple[int, int]]:
    """Runs of lines between hard boundaries, runs of headline-like lines, and date or dateline
    lines after article text (the next article of a listing page starts there)."""
    blocks: list[tuple[int, int]] = []
    start = 0
    weak = 0
    seen_good = False
    for i, ln in enumerate(main):
        seen_good = seen_good or ln.good
        if ln.kind in HARD or (seen_good and ln.kind in _DATED):
            if i > start:
                blocks.append((start, i - 1))
            start, weak = i + 1, 0
            continue
        weak = weak + 1 if (ln.kind is None and not ln.prose and not ln.sentence) or ln.kind in SOFT else 0
        if weak >= WEAK_RUN and i - weak + 1 > start:
            blocks.append((start, i - weak))
            start = i - weak + 1
    if start < len(main):
        blocks.append((start, len(main) - 1))
    return blocks


def _region(main: list[Line]) -> tuple[int, int] | None:
    """(first, last) article line of the densest block, or None when no line reads as article text.

    Blocks after an article's closing lines (credit, tags, comment box, footer) count for less:
    reader comments and teasers of other articles come there."""
    best, best_words = None, 0.0
    closed = [False] * (len(main) + 1)
    seen_good = False
    for i, ln in enumerate(main):
        seen_good = seen_good or ln.good
        closed[i + 1] = closed[i] or (seen_good and ln.kind in _CLOSING)
    blocks = _blocks(main)
    chosen = None
    for n, (a, b) in enumerate(blocks):
        good = [i for i in range(a, b + 1) if main[i].good]
        words = sum(main[i].words for i in good) * (AFTER_CLOSING_WEIGHT if closed[a] else 1.0)
        if good and words > best_words:
            best, best_words, chosen = (good[0], good[-1]), words, n
    if best is not None:
        best = _through_lists(main, blocks[:chosen], blocks[chosen + 1:], best)
    if best is None:
        prose = [i for i, ln in enumerate(main) if ln.prose and ln.kind is None]
        if len(prose) >= 2:  # no line ends like a sentence: unpunctuated prose paragraphs
            first = prose[1] if _title_index(main, prose[0]) is None else prose[0]
            return first, prose[-1]
        texts = [i for i, ln in enumerate(main) if ln.kind in (None, "punct")]
        if len(texts) >= 2:  # only short lines: the first is the headline, the rest the text
            return texts[1], texts[-1]
    return best


MAX_LIST_LINES = 8  # short lines (a bulleted list, a question as subheading) inside an article
_LIST_ITEM = re.compile(r"^\s*(?:[-•*▪◦]|\d{1,2}[.)-])\s")  # as the page marks it: "- "، "• ", "1. "
_SUBHEAD_END = re.compile(r"[؟?:]\s*$")  # a subheading that asks or introduces


def _through_lists(main: list[Line], before: list[tuple[int, int]], after: list[tuple[int, int]],
                   best: tuple[int, int]) -> tuple[int, int]:
    """The article goes on across a run of short lines (a list, a subheading) when the paragraph
    after them goes on with و/ف ("وقال الوزير …"): an appended article opens with its own lead.
    Never across a boundary (credit, tags, read-more) or a date line."""
    def joined(upper: int, lower: int) -> bool:
        gap = range(upper + 1, lower)
        # marked list items under a subheading or an introducing colon; bare items after a full
        # stop are more likely other articles' headlines
        structured = (bool(gap) and all(_LIST_ITEM.search(main[k].text) or _SUBHEAD_END.search(main[k].text)
                                        for k in gap)
                      and any(_SUBHEAD_END.search(main[k].text) for k in (upper, *gap)))
        return (len(gap) <= MAX_LIST_LINES and (_goes_on(main[lower]) or structured)
                and not any(main[k].kind in HARD | _DATED for k in gap))

    first, last = best
    headline = next((i for i, ln in enumerate(main) if ln.kind is None), None)  # stays free to be the title
    for a, b in reversed(before):
        good = [i for i in range(a, b + 1) if main[i].good and i != headline]
        if not good or not joined(good[-1], first):
            break
        first = good[0]
    for a, b in after:
        good = [i for i in range(a, b + 1) if main[i].good]
        if not good or not joined(last, good[0]):
            break
        last = good[-1]
    return first, last


def _title_index(main: list[Line], start: int, site: str | None = None) -> int | None:
    """The headline: the nearest text line above the article that is not a section name, a menu item
    or the name of a site or institution (timestamps and breadcrumbs are furniture already)."""
    fallback = None
    for i in range(start - 1, -1, -1):
        ln = main[i]
        if ln.kind is not None or credits.names_a_site(ln.text, site):
            continue
        if _headline_candidate(ln):
            above = next((j for j in range(i - 1, -1, -1) if main[j].kind not in _META), None)
            if ln.prose and above is not None and _prose_under_headline(main, i, above) \
                    and main[above].kind is None and not main[above].prose and main[above].words >= 3:
                continue  # an unpunctuated first paragraph under the real headline
            if above is not None and above < i - 1 and main[above].kind is None and not ln.prose \
                    and main[above].words > ln.words and _headline_candidate(main[above]) \
                    and not credits.names_a_site(main[above].text, site):
                return above  # the headline stands above the date/byline lines; under them, a caption
            return i
        if fallback is None and not is_section_name(ln.text) and not is_institution(ln.text):
            fallback = i
    return fallback


def _headline_candidate(ln: Line) -> bool:
    return ln.words >= 3 and not is_section_name(ln.text) and not (
        ln.words <= credits.SITE_NAME_WORDS and is_institution(ln.text))


def _title_from(main: list[Line], start: int, site: str | None) -> str | None:
    i = _title_index(main, start, site)
    return _without_site(main[i].text, site) if i is not None else None


_TITLE_PARTS = re.compile(r"\s+[-–—|]\s+|\s*\|\s*")


def _without_site(title: str, site: str | None) -> str:
    """"عنوان الخبر | الوادي نت" -> "عنوان الخبر": a site's name run onto the headline line."""
    parts = [m for m in _TITLE_PARTS.split(title) if m.strip()]
    if len(parts) < 2:
        return title
    first, last = parts[0], parts[-1]
    for part, rest in ((first, title[title.index(first) + len(first):]), (last, title[:title.rindex(last)])):
        rest = rest.strip(" -–—|")
        if credits.names_a_site(part, site) and len(rest.split()) >= 3:
            return rest
    return title


def _opens_with_headline(main: list[Line], start: int, site: str | None) -> bool:
    """Whether the first line of the article block is its headline (no headline stood above it).
    A page may have no headline at all: a line with both a comma and a final period is a first
    paragraph, and under a site's name either one is enough; the title then stays empty."""
    ln = main[start]
    if ln.words > 25:
        return False
    if ln.sentence and start > 0 and main[start - 1].kind in ("dateline", "credit", "credit_only", "byline"):
        # "دمشق-سانا"، "متابعات - البلد نيوز"، "كتب: X" on its own line, then the first sentence: the story
        # opens, no headline
        return False
    clause = bool(_COMMA.search(ln.text))  # quotes are common in headlines ("الوزير: «لا تفاوض»")
    if not any(credits.names_a_site(main[i].text, site) for i in range(start) if main[i].kind is None):
        return not (clause and ln.sentence)
    return ln.words <= HEADLINE_WORDS and not ln.sentence and not clause


def _fuller(line: str, title: str) -> bool:
    """Does the headline shown on the page go on past the title its meta gives ("… السيارات" ->
    "… السيارات في إربد")?"""
    shown, meta = normalize(line).split(), normalize(title).split()
    return len(shown) > len(meta) > 0 and (shown[:len(meta)] == meta or _in_order(meta, shown))


_SHORTENED_WORDS = 3  # a <title> cut to the headline's key words keeps at least this many


def _in_order(meta: list[str], shown: list[str]) -> bool:
    """Are the words of a short title all in a longer headline, in order ("اشتباكات في طرابلس" in
    "اشتباكات عنيفة بين مجموعتين مسلحتين في طرابلس")? A page may shorten its <title> so."""
    if len(meta) < _SHORTENED_WORDS or not shown or len(shown) > 3 * len(meta) or shown[0] != meta[0]:
        return False  # (both open alike: "الرئيسية » وطني » …" is a breadcrumb ending in the title)
    rest = iter(shown)
    return all(word in rest for word in meta)


def _matching_title(main: list[Line], start: int, title: str) -> int | None:
    """The line repeating a title known from the page's meta, near the article start (the <h1> often
    differs from og:title by a word or a site name)."""
    key = normalize(title)
    if not key:
        return None
    holding = None  # a line that holds the title among other words: a breadcrumb, maybe
    for i in range(0, min(len(main), start + 2)):
        line = normalize(main[i].text)
        if not line:
            continue
        if (line == key or fuzz.ratio(line, key) >= TITLE_SIMILARITY or (len(line) >= 0.6 * len(key) and line in key)
                or (main[i].kind is None and not main[i].sentence and _in_order(key.split(), line.split()))):
            return i
        if holding is None and len(line) >= 0.6 * len(key) and key in line:
            holding = i
    return holding


def _next_text(main: list[Line], i: int, end: int) -> int:
    while i < end and not main[i].good:
        i += 1
    return i


def _joins_body(ln: Line) -> bool:
    """A short line just above the article that still belongs to it (ends like a sentence)."""
    return ln.sentence and ln.kind in (None, "punct")


def _prose_under_headline(main: list[Line], i: int, title_at: int) -> bool:
    """A prose line with only date/byline/dateline lines between it and the headline above."""
    if not (main[i].prose and main[i].kind is None) or title_at < 0:
        return False
    return all(ln.kind in _META for ln in main[title_at + 1:i])


def _extend_end(lines: list[Line], main: list[Line], end: int) -> int:
    """Short sentence-like lines right after the last article line still belong to it; so does
    the page's very last line when it follows the article directly."""
    while end + 1 < len(main):
        nxt = main[end + 1]
        if (_joins_body(nxt) or (nxt.prose and nxt.kind is None)) and not nxt.good:
            end += 1
            continue
        if (nxt.kind is None and end + 2 == len(lines) and not nxt.blank_before
                and not credits.looks_like_name(nxt.text) and not credits.is_place(nxt.text)):
            end += 1
        break
    return end


def _read_head(head: list[Line], title_at: int, out: Extraction, reference, site: str | None = None) -> None:
    # candidate publication dates: (rank, position, value, source); the best rank wins, then the first
    dates: list[tuple[int, int, date | datetime, str]] = []
    for i, ln in enumerate(head):
        # a lone date line next to the headline, or right above the first paragraph when there is none
        near = abs(i - title_at) <= DATE_LINE_SPAN if title_at >= 0 else len(head) - i <= DATE_LINE_SPAN
        if ln.kind in ("published", "updated") or (ln.kind == "date" and near):
            stated = _stated_date(ln.text if ln.kind == "date" else ln.value, reference)
            if stated is not None:
                rank = _date_rank(stated[1], updated=ln.kind == "updated")
                dates.append((rank, i, stated[0], "byline"))
        elif ln.kind == "byline" and ln.value:
            if out.author is None:
                _read_byline_line(ln, out)
            if ln.source is not None:  # "العربية.نت - X": the outlet, or the agency, he writes for
                (out.publishers if ln.source.kind == "outlet" else out.agencies).append(ln.source.name)
            # "كتب: عادل منصور - الأربعاء 25 نوفمبر 2026": the day the byline gives
            if (stated := _stated_date(ln.value, reference)) is not None:
                dates.append((_date_rank(stated[1], updated=False), i, stated[0], "byline"))
        elif ln.kind == "dateline" and ln.dateline:
            _read_dateline(ln.dateline, out)
            if ln.dateline.when is not None:
                dates.append((0, i, ln.dateline.when, "dateline"))
            elif not ln.dateline.alone:
                rest = ln.text[ln.dateline.end:].strip()
                if credits.names_a_site(rest):  # "حمص - وكالة النجمة للأنباء": a source not in our lists
                    _credit_unlisted(rest, out)
                elif out.author is None and credits.looks_like_name(rest):  # "بيروت - سمير الخطيب"
                    out.author = rest
        elif ln.kind in ("credit", "credit_only"):
            _read_credit(ln, out)
        elif ln.kind is None and i > title_at >= 0 and ln.words <= 5 and is_institution(ln.text):
            out.publishers.insert(0, ln.text)  # "وزارة الإعلام" under the headline: who published it
        elif (ln.kind is None and i > title_at >= 0 and ln.words <= 5
              and (src := credits.lookup_source(ln.text)) is not None and src.kind == "outlet"):
            out.publishers.append(src.name)  # "بي بي سي نيوز عربي" under the headline: the site's name
        elif ln.kind is None and i == 0 != title_at and credits.names_a_site(ln.text, site) and not _is_agency(ln.text):
            out.publishers.append(ln.text)  # the site's name at the top of the page
    if dates and out.published is None:
        _, _, out.published, out.published_source = min(dates, key=lambda d: (d[0], d[1]))


def _read_byline_line(ln: Line, out: Extraction) -> None:
    """A byline, and the place it was filed from when it gives one ("رامي الشريف - القاهرة")."""
    _read_byline(ln.value, out)
    if ln.dateline is not None:
        _read_dateline(ln.dateline, out)


def _read_dateline(dateline: credits.Dateline, out: Extraction) -> None:
    """The place a dateline gives, the agency or unlisted source it credits, and its reporter."""
    out.dateline = out.dateline or dateline.place or None
    out.author = out.author or dateline.writer
    if dateline.agency:
        out.agencies.append(dateline.agency)
    _credit_unlisted(dateline.source, out)


_AGENCY_WORD = re.compile(r"وكال[هة] ")


def _credit_unlisted(source: str | None, out: Extraction) -> None:
    """A source a dateline names that is not in our lists: an agency by its name (وكالة …), else the
    outlet; several listed agencies together ("أبوجا (رويترز، أ ف ب)") are each credited."""
    if not source:
        return
    agencies, publishers = credits.agencies_in_credit(source)
    if len(agencies) > 1 and not publishers:
        out.agencies.extend(agencies)
        return
    (out.agencies if _AGENCY_WORD.match(normalize(source)) else out.publishers).append(source)


def _read_byline(value: str, out: Extraction) -> None:
    """"كتب: هدى الشامي" gives the author; "إعداد: وكالات" or "بقلم: الوادي نت" credits a source instead."""
    name = _clean_name(value)
    if name is None:
        return
    if _is_agency(name):
        out.agencies.append(credits.lookup_source(name).name)
    elif credits.names_a_site(name):
        out.publishers.append(name)
    elif not credits.is_place(name):
        out.author = name


def _is_agency(text: str) -> bool:
    src = credits.lookup_source(text)
    return src is not None and src.kind != "outlet"


def _stated_date(text: str, reference) -> tuple[date | datetime, bool] | None:
    """The date a date line states and whether it is exact (a full date with its year, not "منذ 3
    ساعات" or "12 مارس" read against the fetch time). A line giving both calendars ("15 رمضان 1445 هـ
    الموافق 25 مارس 2024") gives its Gregorian date, since Hijri conversions can differ by a day from
    local moon sighting."""
    mentions = find_dates(text, reference)
    chosen = [m for m in mentions if m.kind != "hijri"] or mentions
    if not chosen:
        return None
    first = chosen[0]
    return first.value, first.kind not in ("relative", "weekday") and bool(_YEAR.search(fold(first.text)))


def _date_rank(exact: bool, updated: bool) -> int:
    """Lower is better: a full date, then a relative one, then an update time."""
    return (0 if exact else 1) + (2 if updated else 0)


_AFTER_ARTICLE = {"comment", "readmore", "copyright", "end"}  # headings of what is not the article
SIGNED_DATE_WORDS = 8  # words of a sign-off line giving where and when: "حرر في الرباط في 3 ديسمبر 2025"


def _read_tail(tail: list[Line], out: Extraction, reference) -> None:
    signed = False
    updated = None
    # a lone date line is the publication date only as the article's last word, furniture and what
    # follows the comments or read-more heading aside
    closed = next((i for i, ln in enumerate(tail) if ln.kind in _AFTER_ARTICLE), len(tail))
    last_content = max((i for i, ln in enumerate(tail[:closed]) if ln.kind not in HARD | SOFT | {"punct"}),
                       default=-1)
    for i, ln in enumerate(tail):
        if ln.kind in ("credit", "credit_only"):
            _read_credit(ln, out)
        elif ln.kind == "tags" and not out.keywords:
            _read_tags(tail, i, out)
        elif ln.kind == "byline" and ln.value:
            if out.author is None:
                _read_byline_line(ln, out)
            if out.published is None and (when := _first_date(ln.value, reference)) is not None:
                out.published, out.published_source = when, "byline"  # "كتب: X - 25 نوفمبر 2026" at the end
        elif ln.kind == "published" and out.published is None:
            out.published = _first_date(ln.value, reference)
            out.published_source = "byline" if out.published else None
        elif ln.kind == "updated" and updated is None:
            updated = _first_date(ln.value, reference)
        elif ln.kind == "date" and out.published is None and i == last_content:
            out.published = _first_date(ln.text, reference)
            out.published_source = "text" if out.published else None
        elif (ln.kind == "dateline" and ln.dateline is not None and ln.dateline.when is not None
              and out.published is None and i == last_content):
            out.published, out.published_source = ln.dateline.when, "dateline"  # "الخرطوم في 3 ديسمبر 2025" last
        elif (ln.kind is None and out.published is None and i == last_content and not ln.sentence
              and ln.words <= SIGNED_DATE_WORDS and (stated := _stated_date(ln.text, reference)) and stated[1]):
            # "صدر في الخرطوم بتاريخ 3 ديسمبر 2025": a statement signed off with its place and full date
            out.published, out.published_source = stated[0], "text"
        elif (ln.kind is None and not signed and out.author is None and credits.looks_like_name(ln.text)
              and all(p.kind in ("credit", "credit_only", "tags") for p in tail[:i])
              and (i > 0 or i + 1 == len(tail) or tail[i + 1].kind in HARD | {"date"})):
            out.author = ln.text  # a signature: after the credit line, or alone before the page's end
        signed = signed or ln.kind in ("comment", "readmore")
    if out.published is None and updated is not None:
        out.published, out.published_source = updated, "byline"  # the only time the page gives


def _read_tags(lines: list[Line], i: int, out: Extraction) -> None:
    """The keywords a tags line at lines[i] gives: its value, or ("الوسوم" alone) the tags on the
    lines after it."""
    out.keywords = credits.split_tags(lines[i].value or "، ".join(_tags_below(lines, i)), "\n".join(out.body))


def _tags_below(tail: list[Line], i: int) -> list[str]:
    """The short lines right after a bare tags label at tail[i], up to the next furniture."""
    out = []
    for ln in tail[i + 1:]:
        if ln.kind is not None or ln.sentence or ln.words > MAX_TAG_WORDS:
            break
        out.append(ln.text.strip())
    return out


MAX_TAG_WORDS = 4  # a tag is a name or a topic of a few words


def _read_credit(ln: Line, out: Extraction) -> None:
    if ln.kind == "credit_only":  # one agency's name, or several ("أ ف ب، رويترز")
        out.agencies.extend(credits.agencies_in_credit(ln.value)[0] or [ln.value])
        return
    agencies, publishers = credits.agencies_in_credit(ln.value)
    out.agencies.extend(agencies)
    out.publishers.extend(publishers)


def _read_first_paragraph(region: list[Line], out: Extraction, reference) -> None:
    """Dateline of the first paragraph (and, when the page states no date, the full date it gives
    for "today"), and an agency credited at the very end of the article."""
    first = next((ln for ln in region if ln.kind is None), None)
    if first is not None and first.dateline is not None and out.dateline is None:
        _read_dateline(first.dateline, out)
        if first.dateline.when is not None and out.published is None:
            out.published, out.published_source = first.dateline.when, "dateline"
    if first is not None and out.published is None:
        today = _stated_today(first.text, reference)
        if today is not None:
            out.published, out.published_source = today, "text"
    last = next((ln for ln in reversed(region) if ln.kind is None), None)
    if last is not None:
        ended = without_end_mark(last.text)
        trailing = credits.trailing_agency(ended)
        agency = trailing or credits.credit_only_line(ended)
        if agency:
            out.agencies.append(agency)
        # the credit or the end mark after the last sentence is no article text
        rest = credits.without_trailing_credit(ended) if trailing else ended
        if rest and rest != last.text and out.body and out.body[-1] == last.text:
            out.body[-1] = rest


def _stated_today(text: str, reference) -> date | datetime | None:
    """"… اليوم السبت 14 ذو الحجة 1445 هـ، …": the day of the news, written out with its year."""
    for m in find_dates(text, reference):
        if (m.kind in ("absolute", "numeric", "iso", "hijri") and m.text.startswith("يوم")
                and _TODAY_BEFORE.search(text[:m.start]) and _YEAR.search(fold(m.text))):
            return m.value
    return None


_TODAY_BEFORE = re.compile(r"(?:^|\s)[وف]?ال$")


def _read_related(lines: list[Line], out: Extraction) -> None:
    """Appended articles after a read-more marker: a headline line opens one, sentences fill it. A
    marker followed only by two or more bare names of a few words ("مواضيع ذات صلة: السودان، الأمم
    المتحدة") lists the page's topics, not other articles: they are its keywords."""
    current: Related | None = None
    groups: list[list[Related]] = [[]]
    for i, ln in enumerate(lines):
        if ln.kind == "tags" and not out.keywords:  # the page's tags after its related articles
            _read_tags(lines, i, out)
        if ln.kind in ("comment", "copyright", "widget", "tags"):
            break  # readers' comments, the footer, a most-read list, the tags: no appended article after them
        if ln.kind == "readmore":
            groups.append([])
            current = None
            if ln.value:
                current = Related(title=ln.value, body="")
                groups[-1].append(current)
            continue
        if ln.kind is not None:
            continue
        text = _strip_glued_label(ln.text)
        if not ln.sentence and not ln.prose:
            text = _LIST_ITEM.sub("", text, count=1)  # "- وزير الداخلية يوجه …": the list's mark is no part of it
            current = Related(title=text, body="")
            groups[-1].append(current)
        elif current is not None:
            current.body = f"{current.body}\n{text}" if current.body else text
    for group in groups:
        group = [r for r in group if r.title]
        if len(group) >= 2 and all(not r.body and len(r.title.split()) <= MAX_TOPIC_WORDS for r in group):
            out.keywords = out.keywords or [r.title for r in group]
        else:
            out.related.extend(group)


MAX_TOPIC_WORDS = 3  # a headline has more words; a topic or tag has fewer


def _strip_glued_label(text: str) -> str:
    """Scrapes glue a widget label onto the paragraph after it ("أخبار ذات صلةضمن إطار …")."""
    return text[glued_label_length(text):].strip()


def _first_date(text: str, reference) -> date | datetime | None:
    stated = _stated_date(text, reference)
    return stated[0] if stated else None


def _clean_name(value: str) -> str | None:
    """The name in a byline value, without the date or place that often share its line."""
    mentions = find_dates(value)
    if mentions:
        value = value[:mentions[0].start]
    value = re.split(r"\d", value)[0]
    name = re.split(r"\s*[-–—|،,]\s*|\s+(?:في|من)\s+", value.strip())[0].strip(" .:")
    words = name.split()
    while len(words) > 2 and without_article(normalize(words[0].rstrip("."))) in courtesy_titles():
        words = words[1:]  # "د. هشام العبيدي"، "الأستاذ سامي حداد": the name, not its courtesy title
    name = " ".join(words)
    return name if 1 <= len(words) <= 5 else None
