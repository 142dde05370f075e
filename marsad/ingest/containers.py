"""Files that hold many pages: WARC/ARC crawls, RSS/Atom feeds, JSONL dumps.

Each reader takes a binary stream and yields one `Page` per article as it reads, so a crawl of any
size streams in flat memory. A broken record becomes a Page with an error and the rest of the
container is still read; a container broken beyond repair ends with one error Page.
"""
from __future__ import annotations

import html
import json
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import BinaryIO

from marsad.ingest.read import MAX_PAGE_BYTES, Page, PageError, read_capped

MAX_FEED_BYTES = 4 * MAX_PAGE_BYTES  # a feed holds many items, each far smaller than a page


def is_container(name: str, head: bytes) -> str | None:
    """'warc' | 'rss' | 'jsonl' when the file is a container, judged by name then content."""
    lower = name.lower()
    for suffix, kind in ((".warc", "warc"), (".arc", "warc"), (".rss", "rss"), (".atom", "rss"),
                         (".jsonl", "jsonl"), (".ndjson", "jsonl")):
        if lower.endswith(suffix) or lower.endswith(suffix + ".gz"):
            return kind
    start = head.lstrip()[:400].lower()
    if start.startswith((b"warc/", b"filedesc://")):
        return "warc"
    if start.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")):
        if b"<rss" in start or b"<feed" in start or b"<rdf" in start:
            return "rss"
    return None


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def read_warc(stream: BinaryIO, source: str) -> Iterator[Page]:
    """One Page per successful (2xx) HTML or text response; requests, metadata, media and redirects are skipped."""
    from warcio.archiveiterator import ArchiveIterator

    n, found = -1, 0
    try:
        for n, record in enumerate(ArchiveIterator(stream, arc2warc=True)):
            if record.rec_type != "response":
                continue
            status = record.http_headers.get_statuscode() if record.http_headers else "200"
            if not (status or "").startswith("2"):
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "").lower() if record.http_headers else ""
            if ctype and "html" not in ctype and "text" not in ctype:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            page = Page(source=f"{source}#{url or n}", format="warc", url=url,
                        fetched_at=_parse_time(record.rec_headers.get_header("WARC-Date")))
            body = record.content_stream().read(MAX_PAGE_BYTES + 1)
            if len(body) > MAX_PAGE_BYTES:
                page.error = f"WARC record larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB"
            else:
                page.data = body
            if "charset=" in ctype:
                page.encoding = ctype.partition("charset=")[2].split(";")[0].strip().strip("\"'") or None
            found += 1
            yield page
    except Exception as exc:  # warcio raises all sorts (even AttributeError) on damaged headers
        where = f" after record {n}" if n >= 0 else ""
        yield Page(source=source, error=f"unreadable WARC{where}: {exc}")
        return
    if not found:  # the file still gets its record, saying why it gave no page
        yield Page(source=source, error="WARC holds no HTML or text response" if n >= 0 else "empty page")


def read_feed(stream: BinaryIO, source: str) -> Iterator[Page]:
    """One Page per item, its HTML content (or summary) under its title, with its link and date."""
    import feedparser

    raw = read_capped(stream, MAX_FEED_BYTES)
    feed = feedparser.parse(raw)
    if not feed.entries:
        problem = feed.get("bozo_exception") or "no items"
        yield Page(source=source, error=f"unreadable feed: {problem}")
        return
    outlet = feed.feed.get("title") or None
    for n, entry in enumerate(feed.entries):
        content = entry.content[0].get("value", "") if entry.get("content") else ""
        content = content or entry.get("summary", "") or entry.get("description", "")
        link = entry.get("link") or None
        title = entry.get("title", "")
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        when = datetime(*published[:6], tzinfo=timezone.utc) if published else None
        page = Page(source=f"{source}#{link or n}", format="rss", url=link, encoding="utf-8", fetched_at=when)
        if content.strip() or title.strip():
            page.text = (f"<html><head><title>{html.escape(title)}</title></head>"
                         f"<body><article><h1>{html.escape(title)}</h1>{content}</article></body></html>")
        else:
            page.error = "feed item with neither title nor content"
        page.meta = {"title": title or None, "published": when.date().isoformat() if when else None,
                     "author": entry.get("author") or None, "outlet": outlet,
                     "keywords": [t.get("term") for t in entry.get("tags", []) if t.get("term")]}
        yield page


def read_jsonl(stream: BinaryIO, source: str) -> Iterator[Page]:
    """Lines of {url, html|text, fetched_at}; a bad line is an error Page and the next line is read."""
    blank = True
    for n, line in enumerate(iter(lambda: stream.readline(MAX_PAGE_BYTES + 1), b""), start=1):
        if not line.strip():
            continue
        blank = False
        where = f"{source}#L{n}"
        if len(line) > MAX_PAGE_BYTES:
            while line and not line.endswith(b"\n"):  # skip the rest of the oversized line
                line = stream.readline(1 << 20)
            yield Page(source=where, error=f"JSONL line larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB")
            continue
        try:
            yield _jsonl_page(line, where, source)
        except PageError as exc:
            yield Page(source=where, error=f"bad JSONL line: {exc}")
    if blank:
        yield Page(source=source, error="empty page")


def _jsonl_page(line: bytes, where: str, source: str) -> Page:
    try:
        obj = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PageError(str(exc)) from None
    if not isinstance(obj, dict):
        raise PageError("a JSON object per line is expected")
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    body, fmt = (obj.get("html"), "html") if obj.get("html") else (obj.get("text"), "text")
    if not isinstance(body, str) or not body.strip():
        raise PageError("no 'html' or 'text' string")
    return Page(source=f"{source}#{url}" if url else where, text=body, format=fmt, url=url, encoding="utf-8",
                fetched_at=_parse_time(obj.get("fetched_at")))


READERS = {"warc": read_warc, "rss": read_feed, "jsonl": read_jsonl}
