"""Files that hold many pages: WARC/ARC crawls, RSS/Atom feeds, JSONL dumps.

Each yields one `Page` per article; a broken record becomes a Page with an error, and the rest of
the container is still read.
"""
from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import datetime, timezone

from marsad.ingest.read import Page, PageError

MAX_RECORD_BYTES = 8 * 1024 * 1024


def is_container(name: str, head: bytes) -> str | None:
    """'warc' | 'rss' | 'jsonl' when the file is a container, judged by name then content."""
    lower = name.lower()
    for suffix, kind in ((".warc", "warc"), (".arc", "warc"), (".rss", "rss"), (".atom", "rss"),
                         (".jsonl", "jsonl"), (".ndjson", "jsonl")):
        if lower.endswith(suffix) or lower.endswith(suffix + ".gz"):
            return kind
    start = head.lstrip()[:400].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith(b"<?xml") or start.startswith(b"<rss") or start.startswith(b"<feed"):
        if b"<rss" in start or b"<feed" in start or b"<rdf" in start:
            return "rss"
    return None


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def read_warc(raw: bytes, source: str) -> Iterator[Page]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for n, record in enumerate(ArchiveIterator(io.BytesIO(raw), arc2warc=True)):
            if record.rec_type != "response":
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if ctype and "html" not in ctype and "text" not in ctype:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read(MAX_RECORD_BYTES + 1)
            page = Page(source=f"{source}#{url or n}", data=body, format="html", url=url,
                        fetched_at=_parse_time(record.rec_headers.get_header("WARC-Date")))
            if len(body) > MAX_RECORD_BYTES:
                page.error = "WARC record larger than 8 MB"
            charset = ctype.partition("charset=")[2].strip().strip('"') if "charset=" in ctype else None
            page.encoding = charset or None
            yield page
    except (ArchiveLoadFailed, ValueError, OSError) as exc:
        yield Page(source=source, error=f"unreadable WARC: {exc}")


def read_feed(raw: bytes, source: str) -> Iterator[Page]:
    import feedparser

    feed = feedparser.parse(raw)
    if feed.bozo and not feed.entries:
        yield Page(source=source, error=f"unreadable feed: {feed.get('bozo_exception')}")
        return
    outlet = (feed.feed.get("title") or None) if feed.get("feed") else None
    for n, entry in enumerate(feed.entries):
        content = ""
        if entry.get("content"):
            content = entry.content[0].get("value", "")
        content = content or entry.get("summary", "") or entry.get("description", "")
        link = entry.get("link")
        title = entry.get("title", "")
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        when = datetime(*published[:6], tzinfo=timezone.utc) if published else None
        html = f"<html><head><title>{_escape(title)}</title></head><body><article><h1>{_escape(title)}</h1>{content}</article></body></html>"
        page = Page(source=f"{source}#{link or n}", text=html, format="rss", url=link, encoding="utf-8")
        page.meta = {"title": title, "published": when.date().isoformat() if when else None,
                     "author": entry.get("author"), "outlet": outlet,
                     "keywords": [t.get("term") for t in entry.get("tags", []) if t.get("term")]}
        yield page


def read_jsonl(raw: bytes, source: str) -> Iterator[Page]:
    """Lines of {url, html|text, fetched_at}."""
    for n, line in enumerate(raw.decode("utf-8", errors="replace").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}#L{n}"
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise PageError("a JSON object per line is expected")
            url = obj.get("url")
            html, text = obj.get("html"), obj.get("text")
            if not (html or text):
                raise PageError("no 'html' or 'text' field")
            yield Page(source=f"{source}#{url}" if url else where, text=html or text,
                       format="html" if html else "text", url=url, encoding="utf-8",
                       fetched_at=_parse_time(obj.get("fetched_at")))
        except (json.JSONDecodeError, PageError) as exc:
            yield Page(source=where, error=f"bad JSONL line: {exc}")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


READERS = {"warc": read_warc, "rss": read_feed, "jsonl": read_jsonl}
