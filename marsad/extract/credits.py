"""Who the page credits: agencies in source lines and datelines, the dateline place, bylines, tag lists.

Only credit positions are read ("المصدر: …", "بغداد (رويترز) -", "واشنطن-سانا", a trailing "(أ ف ب)");
an agency named in running text ("نقلت وكالة تاس عن") relays a quote and is left to the quotes stage.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache

from marsad.datafiles import data_table
from marsad.extract.furniture import classify, is_institution, is_media, is_section_name
from marsad.nlp.dates import DateMention, find_dates, timestamp_spans
from marsad.nlp.frequency import stem_word, zipf
from marsad.nlp.lexicons import is_family_name, is_given_name, names, place, relative_adjective, without_article
from marsad.nlp.normalize import normalize, unique_names
from marsad.nlp.quotes.lexicon import cue_of, is_org_head, is_role, is_title, relays


@dataclass(frozen=True)
class Source:
    name: str  # canonical short Arabic name
    latin: str
    kind: str  # agency | outlet | generic


@lru_cache(maxsize=1)
def _sources() -> dict[str, Source]:
    """normalised name or alias -> Source."""
    index: dict[str, Source] = {}
    for row in data_table("agencies.tsv"):
        arabic, latin, kind, aliases = (row + [""])[:4]
        src = Source(arabic, latin, kind)
        for name in [arabic, latin, *aliases.split("|")]:
            if name.strip():
                index.setdefault(normalize(name), src)
    return index


def _known_place(norm: str) -> bool:
    """A place of the gazetteer (marsad/data/places.tsv) or a known location, by normalised name."""
    return place(norm) is not None


def _dateline_place(norm: str) -> bool:
    """A place that opens a line before a dash: there the hand-written lists' places count too
    (حلب، الموصل), since a word that is also a place name seldom stands so."""
    entry = names().get(norm)
    return entry is not None and entry.type == "LOC"


def _described_place(norm: str) -> bool:
    """A dateline's place and its adjective: "القدس المحتلة"، "غزة المحاصرة"، "تونس العاصمة"."""
    words = norm.split()
    return (len(words) == 2 and _dateline_place(words[0]) and words[1].startswith("ال")
            and not is_given_name(words[0]) and not _dateline_place(words[1]))


def is_place(text: str) -> bool:
    """A known place ("القاهرة"), or one named after a known place ("تونس العاصمة", "غزة المحاصرة")
    unless its first word is also a given name ("رياض الخطيب")."""
    words = normalize(text).split()
    if not words or len(words) > 3:
        return False
    return _known_place(" ".join(words)) or (_known_place(words[0]) and not is_given_name(words[0]))


_DIGIT = re.compile(r"\d")
_AFFIXES = re.compile(r"^(?:وكاله(?:\s+انباء)?|الوكاله)\s+|\s+(?:للانباء|الاخباريه|للاعلام|الرسميه)$")


def lookup_source(text: str) -> Source | None:
    """A known agency/outlet named by `text` (whole text, any known spelling)."""
    norm = normalize(text)
    if not norm:
        return None
    hit = _sources().get(norm)
    if hit is None:
        stripped = _AFFIXES.sub("", _AFFIXES.sub("", norm)).strip()
        hit = _sources().get(stripped)
    return hit


SITE_NAME_WORDS = 5  # "الوادي نت", "موقع الوادي الإخباري": a site's name is a short line


def names_a_site(text: str, site: str | None = None) -> bool:
    """"الوادي نت", "صحيفة الوادي", a known outlet or agency, or `site`, the page's declared name."""
    norm = normalize(text)
    if not norm or len(norm.split()) > SITE_NAME_WORDS:
        return False
    if site and norm == normalize(site):
        return True
    return lookup_source(text) is not None or is_media(text)


_CREDIT_SPLIT = re.compile(r"\s*(?:[،,/+|؛;&]|\s-\s|\sو(?=\S))\s*")


def agencies_in_credit(value: str) -> tuple[list[str], list[str]]:
    """(agencies, non-agency publishers) credited by the value of an "المصدر:" line.

    Known names come back in their canonical short form; an unknown "وكالة X للأنباء" keeps X and a
    named paper or site is kept whole; a ministry or other institution is a publisher, not an agency;
    anything else ("مواقع التواصل") is left out rather than guessed."""
    value = value.strip().rstrip(".")
    agencies: list[str] = []
    publishers: list[str] = []
    short = re.search(r"\(\s*([^()]+?)\s*\)\s*$", value)  # "وكالة الأنباء الأردنية (بترا)"
    if short and lookup_source(short.group(1)):
        value = short.group(1)
    whole = lookup_source(value)
    parts = [value] if whole else [p for p in _CREDIT_SPLIT.split(value) if p.strip()]
    for part in parts:
        src = lookup_source(part)
        if src is not None:
            agencies.append(src.name)
            continue
        norm = normalize(part)
        if not norm or len(norm.split()) > 6:
            continue
        if norm.startswith(("وكاله ", "الوكاله ")):
            agencies.append(_strip_agency_words(part))
        elif is_media(part):  # "صحيفة الوادي": a credited paper or site is a source like an agency
            agencies.append(part.strip())
        elif is_institution(part):  # "وزارة الداخلية": the publisher, not an agency
            publishers.append(part.strip())
    return agencies, publishers


def _strip_agency_words(text: str) -> str:
    words = text.strip().split()
    if words and normalize(words[0]) in ("وكاله", "الوكاله"):
        words = words[1:]
        if words and normalize(words[0]) == "انباء":
            words = words[1:]
    if words and normalize(words[-1]) == "للانباء":
        words = words[:-1]
    return " ".join(words) or text.strip()


_WORD = r"[^\W\d_][\w\u0610-\u061a\u064b-\u065f\u0670\u0640]*"
_PLACE = rf"(?P<place>{_WORD}(?:\s+{_WORD}){{0,2}})"
_DASH = r"[-–—ـ]"
# "بغداد (رويترز) -", "فرانكفورت (د ب أ) أعلن", "الرباط - (ومع) -", "الكويت - 12 - 3 (كونا) --",
# "عمان 20 تشرين الثاني (بترا)-"
# "دبي، الإمارات العربية المتحدة (CNN)--": the place, its country after a comma, then the source
_PAREN = re.compile(rf"^{_PLACE}(?:\s*[،,]\s*{_WORD}(?:\s+{_WORD}){{0,3}})?"
                    rf"\s*(?:(?:{_DASH}|/)\s*)?"
                    rf"(?:\d{{1,2}}\s*{_DASH}\s*\d{{1,2}}\s*|\d{{1,2}}\s+{_WORD}(?:\s+{_WORD})?\s*)?"
                    rf"\(\s*(?P<ag>[^()]{{1,40}}?)\s*\)\s*(?:[-–—:ـ]+\s*)?")
_AGENCY_FIRST = re.compile(rf"^\(\s*(?P<ag>[^()]{{1,40}}?)\s*\)\s*(?:{_DASH}\s*)?")
# "واشنطن-سانا", "عمّان - بترا", "تونس العاصمة - وات", "القاهرة - أكد …", "بغداد/ أ ف ب :"
_AGENCY_DASH = re.compile(rf"^(?P<ag>{_WORD}(?:\s+{_WORD}){{0,2}})\s*{_DASH}+\s*")
_DASHED = re.compile(rf"^{_PLACE}\s*(?:{_DASH}+|(?P<slash>/)|(?P<colon>:))\s*")
_MAX_DATELINE_PLACES = 3
_MAX_OUTLET_WORDS = 3  # "الصباح الجديد"، "شفق نيوز": an outlet's name alone after a dateline
_NAME_AND_COLON = re.compile(rf"^\s*(?P<name>{_WORD}(?:\s+{_WORD}){{0,{_MAX_OUTLET_WORDS - 1}}})\s*:\s*(?=\S)")
_SLASHED = re.compile(rf"^{_PLACE}(?:\s+في\s+(?P<day>[^/\n]{{1,40}}?))?\s*/\s*(?P<ag>[^/\n]{{1,30}}?)\s*/\s*")


@dataclass(frozen=True)
class Dateline:
    place: str
    agency: str | None
    end: int  # where the dateline prefix ends in the line
    alone: bool  # the line is nothing but the dateline
    when: date | datetime | None = None  # "عمّان 5 أيار (بترا) -": the date the dateline gives
    source: str | None = None  # "إدلب (الشرق الجديد) -": a source not in our lists, as written
    writer: str | None = None  # "بنغازي - سمير الخطيب 28 نوفمبر 2026": the reporter on the dateline's line


_PLACE_ONLY = re.compile(_PLACE)
_QUOTED_SOURCE = re.compile(r"[«\"“](?P<name>[^«»\"“”]{2,40}?)[»\"”]\s*(?:[-–—:ـ]+\s*|$)")
_SAME_DAY = re.compile(r"(?:الموافق|الموافقة|الموافقه|الموافق\s+لـ?)\s+")


def parse_dateline(line: str, reference: date | datetime | None = None) -> Dateline | None:
    """The opening dateline of a paragraph ("بغداد (رويترز) - …", "القاهرة في 12 مارس 2024 - أكد …") or
    a dateline line ("واشنطن-سانا"). A place without an agency must be a known place."""
    m = _SLASHED.match(line)
    if m and (src := lookup_source(m.group("ag"))) is not None and src.kind != "outlet":
        # "مسقط في 20 نوفمبر /العمانية/ أكد …": the Gulf agencies' day and name between slashes
        when = next((d.value for d in find_dates(m.group("day") or "", reference)), None)
        return Dateline(place=m.group("place").strip(), agency=src.name, end=m.end(),
                        alone=not line[m.end():].strip(), when=when)
    if _DIGIT.search(line[:60]):
        starts = {d.start: d for d in find_dates(line[:120], reference)}
        for start, end in timestamp_spans(line[:120]):  # a day with no year to read it by still ends here
            starts.setdefault(start, DateMention(start, end, line[start:end], None, "unresolved"))
        for place_end in _word_ends(line, 3):
            place = line[:place_end]
            gap = re.match(r"\s*[،,/]?\s*(?:في\s+)?", line[place_end:]).end()
            dated = starts.get(place_end + gap)
            if dated is None or not _PLACE_ONLY.fullmatch(place):
                continue
            j = dated.end + len(re.match(r"[\s،,]*", line[dated.end:]).group())
            # "الرياض 22 جمادى الأولى 1448 هـ الموافق 13 نوفمبر 2026 م واس": the same day in both
            # calendars, then the agency alone, as the Saudi agency writes its dateline
            same_day = _SAME_DAY.match(line, j)
            if same_day and (other := starts.get(same_day.end())) is not None:
                j = other.end + len(re.match(r"[\s،,]*(?:م(?!\w))?[\s،,]*", line[other.end:]).group())
                dated = other
            if not line[j:].strip(" -–—") and _dateline_place(normalize(place)):
                # "بيروت، 28 تشرين الثاني 2026" alone on its line: where and when it was filed
                return Dateline(place=place, agency=None, end=len(line), alone=True, when=dated.value)
            src = lookup_source(line[j:].strip(" -–—")) if line[j:].strip() else None
            if src is not None:
                return replace(_credited(line, place, src, len(line)), when=dated.value)
            plain = _undated(f"{place} {line[j:]}")
            if plain is not None:
                return replace(plain, end=plain.end + j - len(place) - 1, when=dated.value)
            # "رام الله 22-10-2025 وفا- استشهد …": the agency after the day, then its dash
            credited = _undated(f"{place} - {line[j:]}")
            if credited is not None and credited.agency:
                return replace(credited, end=credited.end + j - len(place) - 3, when=dated.value)
    return _undated(line)


def _word_ends(line: str, n: int) -> list[int]:
    return [m.end() for m in list(re.finditer(r"[^\s،,/]+", line))[:n]]  # "طهران/ 12 آذار/ مارس/ إرنا-"


_SOURCE_SLASH_PLACE = re.compile(r"\s*(?P<src>[^/\n]{2,40}?)\s*/\s*(?P<place>[^/\n]{2,30}?)\s*[-–—:]?\s*$")


def _source_then_place(line: str) -> Dateline | None:
    """"السومرية نيوز/ بغداد" alone on its line: the site first, then where the story was filed."""
    m = _SOURCE_SLASH_PLACE.match(line)
    if m is None or not names_a_site(m.group("src")) or not _dateline_place(normalize(m.group("place"))):
        return None
    src = lookup_source(m.group("src"))
    if src is not None:
        return _credited(line, m.group("place"), src, len(line))
    return replace(_dateline(line, m.group("place"), None, len(line)), source=m.group("src").strip())


_PLACE_WRITER_AGENCY = re.compile(
    r"\s*(?P<place>[^/\n]{2,30}?)\s*/\s*(?P<writer>[^/\n]{3,40}?)\s*/\s*(?P<ag>[^/\n]{2,30}?)\s*[-–—:]?\s*$")
_MAX_WRITER_WORDS = 4


def _place_writer_agency(line: str) -> Dateline | None:
    """"أنقرة/ محمد شيخ يوسف/ الأناضول" alone on its line: where, the reporter, then his agency."""
    m = _PLACE_WRITER_AGENCY.match(line)
    if m is None or not _dateline_place(normalize(m.group("place"))) or len(m.group("writer").split()) > _MAX_WRITER_WORDS:
        return None
    src = lookup_source(m.group("ag"))
    if src is None or _dateline_place(normalize(m.group("writer"))):
        return None  # "بغداد/ أربيل/ X": two places
    return replace(_credited(line, m.group("place"), src, len(line)), writer=m.group("writer").strip())


_SITE_SLASH = re.compile(r"\s*(?P<src>[^/\n]{2,30}?)\s*/\s*(?=\S)")


def _site_then_story(line: str) -> Dateline | None:
    """"شفق نيوز/ أفاد مصدر أمني …": the site's name and a slash open its own story, no place."""
    m = _SITE_SLASH.match(line)
    if m is None or not names_a_site(m.group("src")) or _dateline_place(normalize(m.group("src"))):
        return None
    rest = line[m.end():].split()
    if not rest or _dateline_place(normalize(rest[0])) or len(rest) < _STORY_WORDS:
        return None  # "السومرية نيوز/ بغداد": the place follows, read by _source_then_place
    src = lookup_source(m.group("src"))
    if src is not None:
        return _credited(line, "", src, m.end())
    return replace(_dateline(line, "", None, m.end()), source=m.group("src").strip())


_STORY_WORDS = 4  # words after the slash that make a story, not a place or a second name


def _undated(line: str) -> Dateline | None:
    if (dateline := _source_then_place(line) or _place_writer_agency(line) or _site_then_story(line)) is not None:
        return dateline
    m = _AGENCY_FIRST.match(line)
    if m and lookup_source(m.group("ag")):  # "(د ب أ) - أعلن …": the agency without a place
        return Dateline(place="", agency=lookup_source(m.group("ag")).name, end=m.end(), alone=not line[m.end():].strip())
    m = _AGENCY_DASH.match(line)
    if m and (src := lookup_source(m.group("ag"))) is not None and src.kind != "outlet":
        # "وطنية - استقبل …"، "وطنية - بيروت - …": the agency's name opens its story, maybe the place next
        placed = _DASHED.match(line[m.end():])
        if placed and _dateline_place(normalize(placed.group("place"))):
            return _dateline(line, placed.group("place"), src.name, m.end() + placed.end())
        return _dateline(line, "", src.name, m.end())
    m = _PAREN.match(line)
    if m:
        src = lookup_source(m.group("ag"))
        if src is not None:
            return _credited(line, m.group("place"), src, m.end())
        return _unlisted_source(line, m)
    m = _DASHED.match(line)
    if not m:
        return None
    if m.group("colon") and not _writer_or_paper(line[m.end():]):
        return None  # "الرباط: توقيف ثلاثة أشخاص" is a headline; "لندن: سامي الهاشمي" a dateline
    place, opened = m.group("place"), m.end()
    # "نيويورك - واشنطن - وكالات"، "بيروت - دمشق -": several known places, each before its dash
    while _dateline_place(normalize(place.split(" - ")[-1])) and place.count(" - ") < _MAX_DATELINE_PLACES - 1:
        more = _DASHED.match(line[opened:])
        if more is None or more.group("slash") or not _dateline_place(normalize(more.group("place"))):
            break
        place, opened = f"{place} - {more.group('place')}", opened + more.end()
    # after a slash a listed source needs no separator ("غزة/ الأناضول قال"), nor after a dash glued
    # to both words ("دمشق-سانا أكد")
    loose = bool(m.group("slash")) or not re.search(r"\s", m.group())
    if (credited := _source_after(line, place, opened, loose)) is not None:
        return credited
    rest = line[opened:]
    known_place = _dateline_place(normalize(place.split(" - ")[0])) or _described_place(normalize(place))
    quoted = _QUOTED_SOURCE.match(rest)
    if known_place and quoted and (quoted.end() == len(rest.rstrip())
                                   or not _dateline_place(normalize(quoted.group("name")))):
        # "واشنطن ـ «القدس العربي»:": the paper's own story, its name in quotation marks; alone on
        # the line even a place's name is the paper's ("غزة - «القدس»")
        return replace(_dateline(line, place, None, opened + quoted.end()), source=quoted.group("name"))
    if known_place and (writer := _byline_writer(rest)) is not None:
        # "القاهرة - كتب محمد سالم:": the place, then the reporter's byline
        return replace(_dateline(line, place, None, len(line)), writer=writer)
    if known_place and (signed := _outlet_and_byline(rest)) is not None:
        # "العريش - بوابة الأخبار - كتب: X": the place, the paper's name, then its reporter's byline
        return replace(_dateline(line, place, None, len(line)), source=signed[0], writer=signed[1])
    named = _NAME_AND_COLON.match(rest)
    first_named = normalize(named.group("name").split()[0]) if named else ""
    if (known_place and named and not _dateline_place(normalize(named.group("name")))
            and cue_of(first_named) is None and not is_title(first_named) and not is_org_head(first_named)
            and not is_institution(named.group("name")) and not relative_adjective(first_named, definite=True)
            and not is_role(without_article(first_named), "portfolio")):
        # "بغداد/ المسلة: أعلنت …"، "أربيل - شفق نيوز: …": the paper's short name, a colon, the story;
        # a known given name first is the reporter ("بغداد - سامي الهاشمي: …")
        who = named.group("name")
        dateline = _dateline(line, place, None, opened + named.end())
        reporter = is_given_name(normalize(who.split()[0])) and len(who.split()) > 1
        return replace(dateline, writer=who) if reporter else replace(dateline, source=who)
    if known_place and is_section_name(rest.strip(" .")):
        return _dateline(line, place, None, len(line))  # "دمشق – خاص": the paper's own story
    if known_place and (reporter := reporter_credit(rest)) is not None:
        return replace(reporter, place=place.strip())  # "الفلوجة - مراسل الجزيرة نت"، "بغداد - مراسلنا"
    first = normalize(rest.split()[0]) if rest.split() else ""
    if (known_place and re.fullmatch(rf"\s*{_WORD}(?:\s+{_WORD}){{0,{_MAX_OUTLET_WORDS - 1}}}\s*", rest)
            and not _dateline_place(normalize(rest.strip()))
            and (len(rest.split()) == 1 or not is_given_name(first)) and cue_of(first) is None):
        # "بغداد - الصباح"، "بغداد/ المسلة"، "أربيل - شفق نيوز" alone on its line: the place and the
        # paper's own short name (a sentence would end in its stop; "بغداد/أربيل" pairs two places;
        # "القاهرة - هدى الشامي" names the reporter, "القاهرة - أكد الوزير" opens the story)
        return replace(_dateline(line, place, None, len(line)), source=rest.strip())
    if known_place and rest.strip() and not m.group("slash"):
        # "القاهرة - أكد …"; a slash needs an agency after it ("بغداد/أربيل" pairs two places)
        return _dateline(line, place, None, opened)
    return None


_MAX_BYLINE_WORDS = 6  # "كتب: محمد سالم الحسيني" after a dateline's place
_OUTLET_DASH_REST = re.compile(rf"\s*(?P<outlet>[^-–—ـ:]+?)\s+{_DASH}+\s*(?P<rest>.+)$")


def _outlet_and_byline(rest: str) -> tuple[str, str] | None:
    """(outlet, writer) from "بوابة الأخبار - كتب: X" after a dateline's place: a short name, a dash,
    then a byline."""
    m = _OUTLET_DASH_REST.match(rest)
    if m is None or len(m.group("outlet").split()) > _MAX_OUTLET_WORDS:
        return None
    writer = _byline_writer(m.group("rest"))
    return (m.group("outlet").strip(), writer) if writer is not None else None


def _byline_writer(text: str) -> str | None:
    """The writer a short byline names ("كتب: محمد سالم"، "كتب محمد سالم"), or None."""
    byline = classify(text) if len(text.split()) <= _MAX_BYLINE_WORDS else None
    return byline.value.rstrip(" :") if byline is not None and byline.kind == "byline" and byline.value else None

_EXCLUSIVE = re.compile(rf"^\s*خاص\s*{_DASH}+\s*")  # "خاص - مراسل X": the outlet's own story
_REPORTER_PLACE = frozenset(normalize(w) for w in "في من الى".split())
_MAX_REPORTER_WORDS = 7


def reporter_credit(line: str) -> Dateline | None:
    """"مراسل المدى في الأنبار"، "مراسلنا في بغداد"، "خاص - مراسل سبوتنيك": a line that credits an
    outlet's unnamed reporter, and maybe where he filed from. The outlet is credited (a listed one by
    its name, else one definite word or a site's name), the place is the dateline's; the page's own
    reporter (مراسلنا) credits no one. None when the line is anything else ("مراسل الجزيرة يصاب …")."""
    words = line[exclusive.end() if (exclusive := _EXCLUSIVE.match(line)) else 0:].split()
    if not 1 <= len(words) <= _MAX_REPORTER_WORDS or not all(_PLACE_ONLY.fullmatch(w) for w in words):
        return None
    first = normalize(words[0])
    own = first in relays()["own_reporter"]
    if not own and first not in relays()["reporter"]:
        return None
    cut = next((k for k, w in enumerate(words) if k and normalize(w) in _REPORTER_PLACE), len(words))
    outlet, place = " ".join(words[1:cut]), " ".join(words[cut + 1:])
    if own == bool(outlet) or (cut < len(words) and not place) or len(place.split()) > _MAX_DATELINE_PLACES:
        return None
    src = lookup_source(outlet) if outlet else None
    if outlet and src is None and not names_a_site(outlet) and not (cut == 2 and _definite(outlet)):
        return None
    return _line_crediting(line, place, src, outlet)


def exclusive_credit(line: str) -> Dateline | None:
    """"خاص - الأفق"، "خاص - وكالة الأفق"، "خاص - موقع الأفق": a line marking the outlet's own story,
    with its short name (a listed source, a site's name, one definite word, or a word of its kind
    and a name)."""
    exclusive = _EXCLUSIVE.match(line)
    rest = line[exclusive.end():].strip(" .") if exclusive else ""
    words = rest.split()
    if not 1 <= len(words) <= _MAX_OUTLET_WORDS or not all(_PLACE_ONLY.fullmatch(w) for w in words):
        return None
    src = lookup_source(rest)
    kind_and_name = len(words) >= 2 and normalize(words[0]) in _OUTLET_KINDS
    if src is None and not names_a_site(rest) and not (len(words) == 1 and _definite(rest)) and not kind_and_name:
        return None
    return _line_crediting(line, "", src, rest)


_OUTLET_KINDS = frozenset(normalize(w) for w in "وكالة موقع صحيفة جريدة قناة شبكة بوابة".split())
_FROM = normalize("من")


def outlet_from_place(line: str) -> Dateline | None:
    """"هسبريس من الرباط"، "الجزيرة نت من الدوحة": a line that credits an outlet (a listed one or a
    site's name) and the place it filed from, as Moroccan and Gulf sites head their stories."""
    words = line.split()
    if not 3 <= len(words) <= _MAX_REPORTER_WORDS or not all(_PLACE_ONLY.fullmatch(w) for w in words):
        return None
    cut = next((k for k, w in enumerate(words) if k and normalize(w) == _FROM), None)
    if cut is None or not is_place(place := " ".join(words[cut + 1:])):
        return None
    outlet = " ".join(words[:cut])
    src = lookup_source(outlet)
    if src is None and not names_a_site(outlet):
        return None
    return _line_crediting(line, place, src, outlet)


def _line_crediting(line: str, place: str, src: Source | None, outlet: str) -> Dateline:
    """A line of its own that credits an outlet and where it filed from: a listed agency is the
    agency, any other outlet (listed as a paper, or a site's name as written) the page's source."""
    agency = src.name if src is not None and src.kind != "outlet" else None
    named = src.name if src is not None else outlet or None
    return Dateline(place=place, agency=agency, end=len(line), alone=True, source=None if agency else named)


def _writer_or_paper(rest: str) -> bool:
    """After a place and a colon: a writer's name alone (a listed given name first, a few words) or
    a paper's name in quotation marks ("لندن: «الأفق»")."""
    words = [normalize(w) for w in rest.split()]
    return bool(_QUOTED_SOURCE.match(rest)) or (0 < len(words) <= 4 and is_given_name(words[0])
                                                  and all(map(_name_word, words[1:])))


_NAME_JOINERS = frozenset(normalize(w) for w in "بن ابن أبو عبد آل".split())
_COMMON_WORD_ZIPF = 3.6  # a word this common is a word of a headline ("يروي"، "قصته"), not of a name


def _name_word(word: str) -> bool:
    """Could this word go on with a person's name (سامي الهاشمي، فادي سلوم)?"""
    if is_given_name(word) or is_family_name(word) or word in _NAME_JOINERS:
        return True
    return (zipf(stem_word(word)) or 0) < _COMMON_WORD_ZIPF


def _unlisted_source(line: str, m: re.Match) -> Dateline | None:
    """"إدلب (الشرق الجديد) - …": a known place, then in brackets a short name, then a dash: the
    paper's or agency's own dateline, though we do not know it. In the brackets a country only
    says where the place is ("الفلوجة (العراق) -"), and "(خاص)" that the story is the paper's own."""
    name = m.group("ag").strip()
    # the brackets end with a dash, or end their line ("نواكشوط – (صحراء ميديا)")
    closed = re.search(rf"{_DASH}\s*$", m.group()) or not line[m.end():].strip()
    if (not _dateline_place(normalize(m.group("place"))) or not closed
            or len(name.split()) > 4 or _DIGIT.search(name)):
        return None
    dateline = _dateline(line, m.group("place"), None, m.end())
    unnamed = _dateline_place(normalize(name)) or is_section_name(name)
    if unnamed and (credited := _source_after(line, m.group("place"), m.end())) is not None:
        return credited  # "مايدوغوري (نيجيريا) - أ ف ب": the country in brackets, then the agency
    return dateline if unnamed else replace(dateline, source=name)


def _source_after(line: str, place: str, start: int, loose: bool = False) -> Dateline | None:
    """A listed source of up to four words at `start`, ending the line or before a dash or colon;
    `loose`, before anything."""
    rest = line[start:]
    words = list(re.finditer(r"[^\s:\-–—]+", rest[:80]))  # "وفا- قال": a dash glued to the source ends it
    for n in range(min(4, len(words)), 0, -1):
        cut = words[n - 1].end()
        after = rest[cut:]
        if after.strip() and not re.match(r"\s*[-–—:ـ]", after) and not loose:
            continue
        if (src := lookup_source(rest[:cut])) is not None:
            tail = re.match(r"\s*(?:[-–—:ـ]+\s*)?", after)
            credited = _credited(line, place, src, start + cut + tail.end())
            if len(after.split()) <= _MAX_BYLINE_WORDS and (writer := _byline_writer(after[tail.end():])) is not None:
                # "القاهرة - الأهرام - كتب محمد سالم": the paper's reporter signs after its name
                return replace(credited, end=len(line), alone=True, writer=writer)
            return credited
    return None


def _dateline(line: str, place: str, agency: str | None, end: int) -> Dateline:
    return Dateline(place=place.strip(), agency=agency, end=end, alone=not line[end:].strip())


def _credited(line: str, place: str, src: Source, end: int) -> Dateline:
    """A dateline crediting a listed source: an agency, or a paper, which is the page's own outlet
    ("عمان - الغد"), not an agency it relays."""
    if src.kind == "outlet":
        return replace(_dateline(line, place, None, end), source=src.name)
    return _dateline(line, place, src.name, end)


_TRAILING_CREDIT = re.compile(r"[(\[]\s*(?P<ag>[^()\[\]]{1,30}?)\s*[)\]]\s*[.]?\s*$")


def trailing_agency(line: str) -> str | None:
    """An agency credited at the very end of the last paragraph: "… في المنطقة. (أ ف ب)"."""
    m = _TRAILING_CREDIT.search(line)
    if not m:
        return None
    src = lookup_source(m.group("ag"))
    return src.name if src and src.kind != "outlet" else None


def without_trailing_credit(line: str) -> str:
    """The line without an agency credited after its last sentence: "… في المنطقة. (أ ف ب)" -> "… في
    المنطقة."; a credit inside the sentence ("… ( الفرنسية ) ." in tokenised text) stays."""
    m = _TRAILING_CREDIT.search(line)
    if not m or not trailing_agency(line) or not line.rstrip().endswith((")", "]")):
        return line
    rest = line[:m.start()].rstrip()
    return rest if rest.endswith((".", "!", "?", "؟", "…")) else line


def credit_only_line(line: str) -> str | None:
    """A line that is nothing but an agency credit: "(رويترز)", "ـ (أ ف ب)", "وكالات"; or several
    ("أ ف ب، رويترز"), named in the form agencies_in_credit reads."""
    inner = re.sub(r"^[\s\-–—ـ*(\[]+|[\s\-–—ـ.)\]]+$", "", line)
    if not inner or len(inner.split()) > 5:
        return None
    src = lookup_source(inner)
    if src is not None:
        return src.name if src.kind != "outlet" else None
    parts = [p for p in _CREDIT_SPLIT.split(inner) if p.strip()]
    found = [lookup_source(p) for p in parts]
    if len(parts) >= 2 and all(f is not None and f.kind != "outlet" for f in found):
        return "، ".join(f.name for f in found)
    return None


_TAG_SPLIT = re.compile(r"\s*(?:[،,|؛;#/•·]|\s-\s)\s*")


def split_tags(value: str, body: str = "") -> list[str]:
    """The page's tag list. Tags typed without separators are segmented into the longest runs of
    words that occur together in the body, since multi-word tags ("آسيا الوسطى") are the rule."""
    value = value.strip().strip(".")
    if not value:
        return []
    parts = [p.strip() for p in _TAG_SPLIT.split(value) if p.strip()]
    if len(parts) > 1:
        return unique_names(parts)
    words = value.split()
    if len(words) <= 2:
        return [value]
    return unique_names(_segment(words, f" {normalize(body)} "))


def _segment(words: list[str], body: str) -> list[str]:
    """Split a run of words into phrases (1-4 words), preferring phrases that occur in the body."""
    n = len(words)
    best: list[tuple[float, list[str]] | None] = [None] * (n + 1)
    best[0] = (0.0, [])
    for i in range(1, n + 1):
        for k in range(1, min(4, i) + 1):
            prev = best[i - k]
            if prev is None:
                continue
            phrase = " ".join(words[i - k:i])
            found = f" {normalize(phrase)} " in body
            construct = k > 1 and all(not _definite(a) and _definite(b) for a, b in zip(words[i - k:i - 1], words[i - k + 1:i]))
            if k > 1 and not (found or construct):
                continue
            gain = (1.5 * k if k > 1 else 1.0) if found else (0.75 * k if k > 1 else 0.5)
            if i < n and not _definite(words[i - 1]) and _definite(words[i]):
                gain -= 2  # the cut would split a construct ("مكافحة | الإرهاب")
            cand = (prev[0] + gain, prev[1] + [phrase])
            if best[i] is None or cand[0] > best[i][0]:
                best[i] = cand
    return best[n][1] if best[n] else words


def _definite(word: str) -> bool:
    return normalize(word).startswith(("ال", "وال", "بال", "لل"))


def source_and_name(line: str) -> tuple[Source, str] | None:
    """"هسبريس - سعيد الإدريسي" or "سعيد الإدريسي - هسبريس": a known source and a person's name.

    "PLACE - AGENCY" is the dateline convention ("تونس العاصمة - وات"), so a name before an agency
    must open with a known given name to be read as a reporter."""
    parts = [p.strip() for p in re.split(r"\s+[-–—|/]\s+|\s*[|/]\s*", line) if p.strip()]
    if len(parts) != 2:
        return None
    for src_part, name_part, src_last in ((*parts, False), (*parts[::-1], True)):
        src = lookup_source(src_part)
        if src is None or not looks_like_name(name_part):
            continue
        if src_last and src.kind != "outlet" and not is_given_name(normalize(name_part).split()[0]):
            continue
        return src, name_part
    return None


_NAME_LINE = re.compile(r"^[^\W\d_](?:[^\W\d_]|[\s.'ّ\u064b-\u0652-])*$")


def looks_like_name(line: str) -> bool:
    """A short line that can be a person's name signing the article ("رامي الشريف")."""
    words = line.split()
    if not 2 <= len(words) <= 4 or not _NAME_LINE.match(line.strip()):
        return False
    return lookup_source(line) is None and not is_place(line)
