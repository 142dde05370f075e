"""Pure presentation helpers for the web pages: annotated article bodies and SVG chart geometry.

Nothing here queries the store or analyses text; everything takes records and returns markup or
numbers for the templates. Every piece of page text goes through `escape`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath
from urllib.parse import quote, urlsplit

from markupsafe import Markup, escape

_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
# Nesting order when spans start at the same place: event sentences hold quotes, quotes hold names.
_RANK = {"event": 0, "quote": 1, "entity": 2}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # event | quote | entity
    open_tag: Markup


def entity_url(entity_id: str) -> str:
    return "/entity/" + quote(entity_id, safe="")


def source_label(source: str) -> str:
    """A short name for where a page came from: the site of a URL, the file name of a path."""
    parts = urlsplit(source)
    if parts.scheme in ("http", "https") and parts.netloc:
        return parts.netloc.removeprefix("www.")
    return PurePosixPath(source.replace("\\", "/")).stem or source


def article_spans(record: dict, filed: set[str] | None = None) -> list[Span]:
    """The record's events, quotes and entity mentions as spans whose offsets match the body; only
    the entities in `filed` (those the store has pages for; all when None) are linked."""
    body = record.get("body") or ""
    spans: list[Span] = []

    def valid(start, end, text) -> bool:
        return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(body) \
            and (text is None or body[start:end] == text)

    for n, ev in enumerate(record.get("events") or []):
        if valid(ev.get("start"), ev.get("end"), ev.get("text")):
            spans.append(Span(ev["start"], ev["end"], "event", Markup(
                '<span class="event" id="event-{}" data-type="{}" title="{}">').format(
                    n, ev.get("type") or "", ev.get("type") or "")))
    for n, q in enumerate(record.get("quotes") or []):
        if valid(q.get("start"), q.get("end"), q.get("text")):
            speaker = q.get("speaker") or ""
            badge = Markup("")
            if speaker:
                linked = q.get("speaker_entity") and (filed is None or q["speaker_entity"] in filed)
                badge = (Markup('<a class="who" href="{}">{}</a>').format(entity_url(q["speaker_entity"]), speaker)
                         if linked else Markup('<span class="who">{}</span>').format(speaker))
            spans.append(Span(q["start"], q["end"], "quote", Markup(
                '<span class="quote" id="quote-{}" data-kind="{}" data-speaker="{}">{}').format(
                    n, q.get("kind") or "", speaker, badge)))
    for ent in record.get("entities") or []:
        if filed is not None and ent["id"] not in filed:
            continue
        for m in ent.get("mentions") or []:
            if valid(m.get("start"), m.get("end"), m.get("text")):
                spans.append(Span(m["start"], m["end"], "entity", Markup(
                    '<a class="ent ent-{}" href="{}" title="{}">').format(
                        ent.get("type") or "", entity_url(ent["id"]), ent.get("name") or "")))
    return spans


def annotate(body: str, spans: list[Span]) -> Markup:
    """`body` escaped, with spans wrapped in their tags; a span crossing its parent's end is dropped
    rather than producing mis-nested markup."""
    closing = {"event": Markup("</span>"), "quote": Markup("</span>"), "entity": Markup("</a>")}
    out: list[str] = []
    stack: list[Span] = []
    pos = 0

    def close_top() -> None:
        nonlocal pos
        top = stack.pop()
        out.append(escape(body[pos:top.end]))
        out.append(closing[top.kind])
        pos = top.end

    for span in sorted(spans, key=lambda s: (s.start, -s.end, _RANK[s.kind])):
        while stack and stack[-1].end <= span.start:
            close_top()
        if span.start < pos or (stack and span.end > stack[-1].end):
            continue
        out.append(escape(body[pos:span.start]))
        out.append(span.open_tag)
        pos = span.start
        stack.append(span)
    while stack:
        close_top()
    out.append(escape(body[pos:]))
    return Markup("").join(out)


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    x: float
    height: float


def timeline_bars(dates: list[str], width: float = 600, height: float = 120) -> list[Bar]:
    """Counts per month (per year when the dates span more than four years), every period in
    between included so gaps show; geometry for an SVG of `width` x `height`."""
    months = sorted(d[:7] for d in dates if d and _MONTH.match(d))
    if not months:
        return []
    first, last = months[0], months[-1]
    by_year = int(last[:4]) - int(first[:4]) > 4
    keys = [m[:4] for m in months] if by_year else months
    counts = Counter(keys)
    periods = _periods(keys[0], keys[-1], by_year)
    peak = max(counts.values())
    step = width / len(periods)
    return [Bar(p, counts.get(p, 0), i * step, height * counts.get(p, 0) / peak) for i, p in enumerate(periods)]


def _periods(first: str, last: str, by_year: bool) -> list[str]:
    if by_year:
        return [str(y) for y in range(int(first), int(last) + 1)]
    out, (y, m) = [], (int(first[:4]), int(first[5:7]))
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


@dataclass(frozen=True)
class Point:
    name: str
    lat: float
    lon: float
    count: int
    types: str


def map_view(points: list[Point], min_span: float = 24.0, pad: float = 4.0) -> tuple[float, float, float, float]:
    """SVG viewBox (x, y, w, h) in the world outline's coordinates (x = lon, y = -lat), framing the
    points with a margin; the whole world when there are none."""
    if not points:
        return (-180.0, -90.0, 360.0, 180.0)
    xs, ys = [p.lon for p in points], [-p.lat for p in points]
    w = max(max(xs) - min(xs) + 2 * pad, min_span)
    h = max(max(ys) - min(ys) + 2 * pad, min_span / 2)
    w, h = max(w, h * 2), max(h, w / 2)  # keep the 2:1 frame of the outline
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return (cx - w / 2, cy - h / 2, w, h)


@dataclass(frozen=True)
class Dot:
    lane: int
    x: float
    day: str
    title: str
    href: str


def lanes(items: list[tuple[str, str, str, str]], width: float = 600) -> tuple[list[str], list[Dot]]:
    """Items (lane label, ISO date, tooltip, link) as dots on one row per lane, x by date; lanes in
    the order they first appear in time, so the first to say it is on top."""
    dated = [(it, _day(it[1])) for it in items]
    dated = [(it, d) for it, d in dated if d is not None]
    names = list(dict.fromkeys(it[0] for it, _ in sorted(dated, key=lambda pair: (pair[1], pair[0][0]))))
    if not dated:
        return names, []
    days = [d for _, d in dated]
    lo, span = min(days), max(max(days) - min(days), 1)
    dots = [Dot(names.index(it[0]), width * (d - lo) / span, it[1][:10], it[2], it[3]) for it, d in dated]
    return names, dots


def _day(text: str | None) -> int | None:
    try:
        return date.fromisoformat((text or "")[:10]).toordinal()
    except ValueError:
        return None
