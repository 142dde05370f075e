"""THE date parser of Marsad: Arabic (both month systems), Maghrebi, English-ish, numeric, ISO, Hijri, relative.

Extraction reads publication dates with it and the events stage reads event dates with it. Matching runs
on `fold(text)` (hamza/alef, ta marbuta, alef maqsura and Arabic-Indic digits folded), so one pattern
covers every spelling; offsets are mapped back to the original text with `normalize_with_offsets`.

Numeric dates follow the Arab convention, day first (03/04/2017 is 3 April 2017). Relative forms
("أمس", "منذ ساعتين", "يوم الاثنين الماضي") are only returned when a reference time is given, since a
relative date without one is a guess. `timestamp_spans` finds them anyway, with clock times, to tell a
page's timestamp lines ("منذ 3 ساعات"، "10:45 ص") from its headline.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from hijridate import Gregorian, Hijri

from marsad.datafiles import data_table
from marsad.nlp.normalize import fold, normalize_with_offsets
from marsad.nlp.numbers import parse_number


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    value: date | datetime
    kind: str  # absolute | numeric | iso | hijri | relative | weekday


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, int]]:
    """kind -> {folded form: number} from the data file."""
    table: dict[str, dict[str, int]] = {"month": {}, "hijri": {}, "weekday": {}, "ordinal": {}}
    for kind, value, forms in data_table("date_words.tsv"):
        for form in forms.split("|"):
            table[kind][fold(form)] = int(value)
    return table


def _alternation(forms) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))


# Digits are already ASCII after folding; \w keeps Arabic letters from touching a match.
_NB = r"(?<![\w])"
_NA = r"(?![\w])"


# the words that put a weekday, a month or a day of the month in the week, year or month before or after
_NEXT = ("المقبل", "القادم")
_WHICH = "|".join(("الماضي", "المنصرم", "الفائت", *_NEXT))
_HIJRI_MARK = r"(?:\s*(?P<mark>هجريه|هجري|ه)(?!\w))?"


def _numeric(year_digits: str, day_first: bool, seps: str = "/.\\-") -> str:
    """A date in digits, day first ("12/3/2024") or year first, its parts parted by one of `seps`
    used twice, with no more digits or separators on either side."""
    day, month, year = r"(?P<d>[0-3]?[0-9])", r"(?P<m>[01]?[0-9])", rf"(?P<y>{year_digits})"
    first, last = (day, year) if day_first else (year, day)
    # a full stop may end the sentence right after it ("يوم 29/11/2026."), not another part ("29/11/2026.5")
    return (rf"(?<![0-9/.\-]){first}\s?(?P<sep>[{seps}])\s?{month}\s?(?P=sep)\s?{last}"
            rf"(?![0-9]|[{seps}][0-9])")


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern]]:
    w = _words()
    month = f"(?:{_alternation(w['month'])}){_NA}"
    hijri = f"(?:{_alternation(w['hijri'])}){_NA}"
    weekday = f"(?:{_alternation(w['weekday'])}){_NA}"
    day = r"(?P<d>[0-3]?[0-9])(?:st|nd|rd|th)?"
    the_day = rf"(?:ال\s*ـ*\s*)?{day}"  # "الـ28 من نوفمبر"
    ordinal = rf"(?P<od>{_alternation(w['ordinal'])}){_NA}\s+من\s+(?:شهر\s+)?"  # "الخامس من يونيو"
    # "غرة رمضان": the first day of a Hijri month, which the new moon opens
    hijri_ordinal = rf"(?:{ordinal}|(?P<first>غره)\s+(?:شهر\s+)?)"
    # "3 كانون الثاني المقبل"، "12 أكتوبر الماضي": the month's next or last occurrence
    month_dir = rf"(?:\s+(?P<mdir>{_WHICH}){_NA})?"
    year = r"(?P<y>(?:19|20)[0-9]{2})(?![0-9])"
    # "شباط/فبراير", "آذار (مارس)", "مارس - آذار": one month said in both systems
    months = rf"(?P<m>{month})(?:\s*[/\-(]\s*{month}\s*\)?)?"
    lead = rf"(?:(?:يوم\s+)?(?P<lwd>{weekday})\s*[،,]?\s*(?:الموافق\s+)?)?"
    # "12 مارس 2023", "12 من شهر مارس من عام 2023", "04/أبريل/2024", "7th, November 2023"
    glue = r"(?:\s*[/\-]\s*|\s*[،,]?\s*(?:من\s+)?(?:شهر\s+)?)"
    yglue = r"(?:\s*[/\-]\s*|\s*[،,]?\s*(?:من\s+)?(?:عام\s+|سنه\s+|العام\s+)?)"
    return [
        ("iso", re.compile(
            lead + r"(?<![0-9])(?P<y>[12][0-9]{3})-(?P<m>[01]?[0-9])-(?P<d>[0-3]?[0-9])"
            r"(?:[t ](?P<H>[0-2][0-9]):(?P<M>[0-5][0-9])(?::(?P<S>[0-5][0-9])(?:\.[0-9]+)?)?"
            r"(?P<tz>z|[+-][0-9]{2}:?[0-9]{2})?)?(?![0-9])")),
        ("hijri", re.compile(
            lead + rf"{_NB}{day}\s*(?:من\s+)?(?P<m>{hijri}){yglue}(?P<y>1[3-5][0-9]{{2}})(?![0-9])"
            r"(?:\s*(?:هجريه|هجري|ه)(?!\w))?")),
        # "الخامس من رمضان 1447 هـ"، "غرة شهر رمضان المبارك": an ordinal day of a Hijri month
        ("hijri_ordinal", re.compile(
            lead + rf"{_NB}{hijri_ordinal}(?P<m>{hijri})(?:\s+المبارك)?{yglue}(?P<y>1[3-5][0-9]{{2}})(?![0-9])"
            + _HIJRI_MARK)),
        ("absolute", re.compile(lead + rf"{_NB}{the_day}{glue}{months}{yglue}{year}(?:\s*م(?!\w))?")),
        ("ordinal_absolute", re.compile(lead + rf"{_NB}{ordinal}{months}{yglue}{year}")),
        ("absolute", re.compile(lead + rf"{_NB}{months}\s+{day}\s*[,،]\s*{year}")),
        # "2024/03/12" (with dashes it is the iso form), "12-3-2024"
        ("numeric", re.compile(lead + _numeric("(?:19|20)[0-9]{2}", day_first=False, seps="/."))),
        ("numeric", re.compile(lead + _numeric("(?:19|20)[0-9]{2}", day_first=True))),
        # "14/5/1448هـ"، "1448/05/14": a year of the 14th century AH is a Hijri date
        ("hijri_numeric", re.compile(lead + _numeric("1[3-5][0-9]{2}", day_first=True) + _HIJRI_MARK)),
        ("hijri_numeric", re.compile(lead + _numeric("1[3-5][0-9]{2}", day_first=False) + _HIJRI_MARK)),
        ("dayonly", re.compile(lead + rf"{_NB}{the_day}{glue}{months}{month_dir}")),
        # "3 رمضان الجاري"، "12 شعبان الماضي"، "في 5 رمضان": a Hijri day and month without the year
        ("hijri_dayonly", re.compile(
            lead + rf"{_NB}{the_day}\s*(?:من\s+)?(?:شهر\s+)?(?P<m>{hijri})(?:\s+(?P<mdir>{_WHICH}|الجاري|الحالي){_NA})?")),
        ("ordinal_dayonly", re.compile(lead + rf"{_NB}{ordinal}{months}{month_dir}")),
        ("hijri_ordinal_dayonly", re.compile(
            lead + rf"{_NB}{hijri_ordinal}(?P<m>{hijri})(?:\s+المبارك)?(?:\s+(?P<mdir>{_WHICH}|الجاري|الحالي){_NA})?")),
        # "في 12 من الشهر الماضي"، "الـ5 من الشهر الجاري"، "في العاشر من الشهر الجاري": a day of the
        # month before, this or the next
        ("monthday", re.compile(
            rf"(?<![\w0-9])(?:(?:ال\s*ـ*\s*)?{day}\s+|(?P<od>{_alternation(w['ordinal'])})\s+)(?:من\s+)?"
            rf"(?:هذا\s+)?الشهر\s+(?P<dir>{_WHICH}|السابق|الجاري|الحالي){_NA}")),
        # "فجر الاثنين 23/11": a day and month after their weekday, which tells the year
        ("weekday_daymonth", re.compile(
            rf"{_NB}(?P<wd>{weekday})\s*[،,]?\s*(?P<d>[0-3]?[0-9])\s*/\s*(?P<m>[01]?[0-9])(?![0-9/]|\s*/\s*[0-9])")),
        ("relative", re.compile(
            rf"{_NB}(?P<rel>(?:ال)?اول\s+من\s+امس|اول\s+امس|امس\s+الاول|امس|البارحه|الليله\s+الماضيه|اليوم|غدا|بعد\s+غد)"
            rf"{_NA}(?:\s*\(?\s*(?:{weekday})\s*\)?)?")),
        ("ago", re.compile(
            rf"{_NB}(?:منذ|قبل)\s+(?P<n>[0-9]+\s*|ساعتين|يومين|دقيقتين|اسبوعين|ساعه|يوم|دقيقه|اسبوع)"
            r"(?P<unit>ساعات|ساعه|دقائق|دقيقه|ايام|يوما|يوم|اسابيع|اسبوع)?(?!\w)")),
        # "قبل ثلاثة أيام"، "منذ خمس ساعات": a count in words, then a plural unit
        ("ago_words", re.compile(
            rf"{_NB}(?:منذ|قبل)\s+(?P<nw>[\u0621-\u064a]+)\s+(?P<unit>ساعات|دقائق|ايام|اسابيع)(?!\w)")),
        ("weekday", re.compile(
            rf"(?:{_NB}يوم\s+(?P<w1>{weekday})(?:\s+(?P<dir1>{_WHICH}){_NA})?)"
            rf"|(?:{_NB}(?P<w2>{weekday})\s+(?P<dir2>{_WHICH}){_NA})"
            rf"|(?:\(\s*(?P<w3>{weekday})\s*\))")),
    ]


def _as_date(ref: date | datetime | None) -> date | None:
    if ref is None:
        return None
    return ref.date() if isinstance(ref, datetime) else ref


def _lookup(table: str, text: str) -> int:
    key = re.sub(r"\s+", " ", text.strip())
    return _words()[table][key]


def _value(kind: str, m: re.Match, reference) -> date | datetime | None:
    g = m.groupdict()
    today = _as_date(reference)
    try:
        if kind == "iso":
            y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
            if g.get("H"):
                tz = None
                if g.get("tz"):
                    tz = timezone.utc if g["tz"] == "z" else _offset(g["tz"])
                return datetime(y, mo, d, int(g["H"]), int(g["M"]), int(g["S"] or 0), tzinfo=tz)
            return date(y, mo, d)
        if kind == "numeric":
            d, mo = int(g["d"]), int(g["m"])
            if mo > 12 and d <= 12:  # only a month-first reading is possible
                d, mo = mo, d
            return date(int(g["y"]), mo, d)
        if kind == "hijri_numeric":
            if not g.get("mark") and not RECENT_HIJRI[0] <= int(g["y"]) <= RECENT_HIJRI[1]:
                return None  # "رقم 12/5/1400": a file number, unless marked هـ or of recent years
            return _from_hijri(int(g["y"]), int(g["m"]), int(g["d"]), g.get("lwd"))
        day = (_lookup("ordinal", g["od"]) if g.get("od") else 1 if g.get("first")
               else int(g["d"]) if g.get("d") else None)
        if kind in ("hijri", "hijri_ordinal"):
            return _from_hijri(int(g["y"]), _lookup("hijri", g["m"]), day, g.get("lwd"))
        if kind in ("absolute", "ordinal_absolute"):
            return date(int(g["y"]), _lookup("month", g["m"]), day)
        if today is None:
            return None
        if kind in ("hijri_dayonly", "hijri_ordinal_dayonly"):
            month = _lookup("hijri", g["m"])
            if month == _SAFAR and not g.get("mdir"):
                return None  # "فاز 3 صفر": a score; the month صفر needs its "الماضي"/"المقبل"
            hijri_year = Gregorian(today.year, today.month, today.day).to_hijri().year
            return _without_year(lambda y: _from_hijri(y, month, day, g.get("lwd")), hijri_year, today, g.get("mdir"))
        if kind in ("dayonly", "ordinal_dayonly"):
            month = _lookup("month", g["m"])
            return _without_year(lambda y: date(y, month, day), today.year, today, g.get("mdir"))
        if kind == "monthday":
            step = 1 if g["dir"] in _NEXT else 0 if g["dir"] in ("الجاري", "الحالي") else -1
            year, month = divmod(today.year * 12 + today.month - 1 + step, 12)
            return date(year, month + 1, day)
        if kind == "weekday_daymonth":
            wd = _lookup("weekday", g["wd"])
            fits = [date(y, int(g["m"]), int(g["d"])) for y in (today.year, today.year - 1, today.year + 1)]
            return next((f for f in fits if f.weekday() == wd and abs((f - today).days) < 200), None)
        if kind == "relative":
            rel = re.sub(r"\s+", " ", g["rel"])
            # "الليلة الماضية": last night, the evening before the day of publication
            shift = {"اليوم": 0, "امس": -1, "البارحه": -1, "الليله الماضيه": -1, "غدا": 1, "بعد غد": 2}.get(rel, -2)
            return today + timedelta(days=shift)
        if kind == "ago":
            return _ago(g["n"].strip(), g.get("unit"), reference)
        if kind == "ago_words":
            count = parse_number(g["nw"])
            return _ago(str(count), g["unit"], reference) if count is not None and count <= _MOST_AGO else None
        if kind == "weekday":
            name = g["w1"] or g["w2"] or g["w3"]
            direction = g.get("dir1") or g.get("dir2") or ""
            return _weekday(today, _lookup("weekday", name), direction)
    except (ValueError, KeyError, OverflowError):
        return None
    return None


_MOST_AGO = 10  # "قبل ثلاثة أيام" … "قبل عشرة أيام": the plural counts of news (not "قبل مئة عام")
_SAFAR = 2  # the Hijri month that is also the word for zero


def _without_year(on: Callable[[int], date], year: int, today: date, direction: str | None) -> date:
    """A day and month written without the year, `on(year)` in either calendar, `year` being
    today's in it: "الجاري" that year, "المقبل" the next such day, "الماضي" the last one before
    today, and with no word the latest one not more than a week ahead (news tells what happened)."""
    when = on(year)
    if direction in ("الجاري", "الحالي"):
        return when
    if direction in _NEXT:
        return when if when > today else on(year + 1)
    if direction:
        return when if when < today else on(year - 1)
    return on(year - 1) if when > today + timedelta(days=7) else when


def _from_hijri(year: int, month: int, day: int, weekday_name: str | None) -> date:
    """The Gregorian day of a Hijri date. Countries start a month by sighting the moon or by a
    computed calendar, so their Hijri dates differ by a day; the weekday a page writes before the
    date ("الأحد 18 جمادى الآخرة") settles which of the neighbouring days it means."""
    when = date(*Hijri(year, month, day).to_gregorian().datetuple())
    if weekday_name:
        wd = _lookup("weekday", weekday_name)
        when = next((when + timedelta(days=k) for k in (0, 1, -1) if (when + timedelta(days=k)).weekday() == wd), when)
    return when


RECENT_HIJRI = (1440, 1460)  # years AH a bare numeric date may be read in (2018-2039)


def _offset(tz: str) -> timezone:
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


_DUAL = {"ساعتين": (2, "ساعه"), "يومين": (2, "يوم"), "دقيقتين": (2, "دقيقه"), "اسبوعين": (2, "اسبوع"),
         "ساعه": (1, "ساعه"), "يوم": (1, "يوم"), "دقيقه": (1, "دقيقه"), "اسبوع": (1, "اسبوع")}
_UNIT = {"ساعات": "hours", "ساعه": "hours", "دقائق": "minutes", "دقيقه": "minutes", "ايام": "days",
         "يوما": "days", "يوم": "days", "اسابيع": "weeks", "اسبوع": "weeks"}


def _ago(n: str, unit: str | None, reference) -> date | datetime | None:
    if n in _DUAL:
        count, unit = _DUAL[n][0], unit or _DUAL[n][1]
    else:
        count = int(n)
    if not unit:
        return None
    delta = timedelta(**{_UNIT[unit]: count})
    if isinstance(reference, datetime):
        return reference - delta
    if _UNIT[unit] in ("hours", "minutes"):
        return None  # hours back from a bare day could be either day
    return reference - delta


def _weekday(today: date, wd: int, direction: str) -> date:
    back = (today.weekday() - wd) % 7
    if direction in _NEXT:
        return today + timedelta(days=(wd - today.weekday()) % 7 or 7)
    if direction:  # الماضي: strictly before today
        return today - timedelta(days=back or 7)
    return today - timedelta(days=back)


_DROPPED = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_KIND_OUT = {"dayonly": "absolute", "ordinal_dayonly": "absolute", "ordinal_absolute": "absolute", "ago": "relative",
             "ago_words": "relative", "hijri_ordinal": "hijri", "hijri_ordinal_dayonly": "hijri",
             "monthday": "relative", "hijri_numeric": "hijri", "hijri_dayonly": "hijri", "weekday_daymonth": "absolute"}


def find_dates(text: str, reference: date | datetime | None = None) -> list[DateMention]:
    """Every date expression in `text`, in order, with offsets into `text`.

    Relative expressions are only returned when `reference` is given; longer matches win over the
    shorter ones they contain."""
    return [DateMention(s, e, text[s:e], value, kind)
            for s, e, kind, value in _mentions(text, reference, keep_unresolved=False)]


@lru_cache(maxsize=1)
def _bare_weekday() -> re.Pattern:
    forms = [f for f in _words()["weekday"] if f.startswith("ال")]
    return re.compile(rf"{_NB}(?P<w>{_alternation(forms)}){_NA}")


def bare_weekdays(text: str, reference: date | datetime | None) -> list[DateMention]:
    """Weekdays named alone ("قتل ثلاثة أشخاص الأربعاء"): wire copy dates what happened in the week
    before publication that way, so each is the latest such day on or before `reference`.
    find_dates leaves them out, as elsewhere "الأحد" and "الجمعة" are not always days; callers that
    know the text reports recent events (the events stage) ask for them."""
    today = _as_date(reference)
    if today is None or not text:
        return []
    folded, index = normalize_with_offsets(text)
    found = []
    for m in _bare_weekday().finditer(folded):
        if folded[:m.start()].split()[-1:] in (["سوق"], ["وسوق"], ["بسوق"], ["لسوق"]):
            continue  # "سوق الأحد": a market named after its day, not a date
        start, end = index[m.start()], index[m.end() - 1] + 1
        found.append(DateMention(start, end, text[start:end], _weekday(today, _lookup("weekday", m["w"]), ""),
                                 "weekday"))
    return found


# A clock time with its usual companions: "10:45 ص", "الساعة 03:00 مساء", "14:20 بتوقيت مكة", "09:15 GMT".
_CLOCK = re.compile(
    r"(?:الساعه\s+)?(?<![0-9:])(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?![0-9:])"
    r"(?:\s*(?:ص|م|صباحا|مساء|ظهرا|عصرا|ليلا|am|pm|gmt|utc|بتوقيت\s+\w+(?:\s+\w+)?|[+-][0-9]{1,2}(?::?[0-9]{2})?)(?!\w))*")


def timestamp_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every date or time expression in `text`, whether or not it can be resolved:
    "منذ 3 ساعات" and "أمس" without a reference time, clock times ("10:45 ص") and absolute dates alike.
    It tells a page's timestamp lines from its headline; it never gives a date."""
    spans = [(s, e) for s, e, _, _ in _mentions(text, None, keep_unresolved=True)]
    if ":" in text:
        folded, index = normalize_with_offsets(text)
        for m in _CLOCK.finditer(folded):
            start, end = index[m.start()], index[m.end() - 1] + 1
            while end < len(text) and _DROPPED.match(text[end]):  # "صباحاً": keep the tanween
                end += 1
            if not any(start < e and s < end for s, e in spans):
                spans.append((start, end))
    return sorted(spans)


_NEEDS_REFERENCE = {"dayonly", "hijri_dayonly", "ordinal_dayonly", "relative", "ago", "weekday", "monthday", "weekday_daymonth"}
# their patterns all hold a [0-9]
_NEEDS_DIGITS = {"iso", "hijri", "hijri_numeric", "hijri_dayonly", "absolute", "numeric", "dayonly", "weekday_daymonth"}
_ASCII_DIGIT = re.compile("[0-9]")


def _mentions(text: str, reference, keep_unresolved: bool) -> list[tuple[int, int, str, date | datetime | None]]:
    """(start, end, kind, value) of the date expressions in `text`, in order; the longest wins on overlap.
    With `keep_unresolved`, expressions that need a reference time are kept with value None without one."""
    if not text:
        return []
    folded, index = normalize_with_offsets(text)
    found: list[tuple[int, int, str, date | datetime | None]] = []
    digits = _ASCII_DIGIT.search(folded) is not None
    for kind, pattern in _patterns():
        if not digits and kind in _NEEDS_DIGITS:
            continue
        for m in pattern.finditer(folded):
            s, e = m.start(), m.end()
            while e > s and folded[e - 1] in " \t\n،,(":
                e -= 1
            if e <= s:
                continue
            value = _value(kind, m, reference)
            if value is None and not (keep_unresolved and kind in _NEEDS_REFERENCE):
                continue
            found.append((s, e, kind, value))
    out: list[tuple[int, int, str, date | datetime | None]] = []
    for s, e, kind, value in sorted(found, key=lambda f: (-(f[1] - f[0]), f[0])):
        start, end = index[s], index[e - 1] + 1
        while end < len(text) and _DROPPED.match(text[end]):  # "هـ": keep the tatweel that folding dropped
            end += 1
        if any(start < b and a < end for a, b, _, _ in out):
            continue
        out.append((start, end, _KIND_OUT.get(kind, kind), value))
    return sorted(out)


def parse_date(text: str, reference: date | datetime | None = None) -> date | datetime | None:
    """The date one expression states (the first one found), or None."""
    mentions = find_dates(text, reference)
    return mentions[0].value if mentions else None
