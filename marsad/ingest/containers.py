"""Files that hold many pages: WARC/ARC crawls, RSS/Atom feeds, and scrapers' record dumps (JSONL,
JSON, CSV/TSV); and a page a browser saved as one file with its parts (MHTML).

A record's fields are found by the names scrapers and datasets give them (html, text, content,
maintext, articleBody …; title, headline; date, published, date_publish …), so the dump of most
scrapers reads as it is; what a record says of its page (title, date, author, outlet, tags) is
passed on as hints.

Each reader takes a binary stream and yields one `Page` per article as it reads, so a crawl of any
size streams in flat memory. A broken record becomes a Page with an error and the rest of the
container is still read; a container broken beyond repair ends with one error Page.
"""
from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import BinaryIO

from marsad.ingest.read import MAX_PAGE_BYTES, Page, PageError, decode, read_capped

MAX_FEED_BYTES = 4 * MAX_PAGE_BYTES  # a feed holds many items, each far smaller than a page


def is_container(name: str, head: bytes) -> str | None:
    """'warc' | 'rss' | 'jsonl' | 'json' | 'csv' when the file is a container, judged by name then
    content. A file of JSON objects one a line is JSONL whatever its name says."""
    lower = name.lower()
    for suffix, kind in ((".warc", "warc"), (".arc", "warc"), (".rss", "rss"), (".atom", "rss"),
                         (".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "json"), (".csv", "csv"),
                         (".tsv", "csv"), (".mhtml", "mhtml"), (".mht", "mhtml")):
        if lower.endswith(suffix) or lower.endswith(suffix + ".gz"):
            return _json_kind(head) if kind == "json" else kind
    start = head.lstrip()[:400].lower()
    if start.startswith((b"warc/", b"filedesc://")):
        return "warc"
    if start.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")):
        if b"<rss" in start or b"<feed" in start or b"<rdf" in start:
            return "rss"
    if start.startswith((b"[", b"{")):
        return _json_kind(head)
    if b"multipart/related" in start and (b"mime-version" in start or b"snapshot-content-location" in start):
        return "mhtml"
    return None


def _json_kind(head: bytes) -> str:
    """JSONL when the first line is a whole object that is not a wrapper of records (an API's
    answer on one line, {"articles": [{…}, …]}, is read as JSON)."""
    first = head.lstrip().split(b"\n", 1)[0]
    try:
        obj = json.loads(first)
    except (ValueError, RecursionError):
        return "json"
    wraps = isinstance(obj, dict) and any(
        isinstance(v, list) and v and all(isinstance(x, dict) for x in v) for v in obj.values())
    return "jsonl" if isinstance(obj, dict) and not wraps else "json"


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


_DECLARED_ENCODING = re.compile(rb"""^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']""")


def read_feed(stream: BinaryIO, source: str) -> Iterator[Page]:
    """One Page per item, its HTML content (or summary) under its title, with its link and date."""
    import feedparser

    raw = read_capped(stream, MAX_FEED_BYTES)
    try:
        feed = feedparser.parse(raw)
    except UnicodeDecodeError:
        # feedparser reads the declared encoding's name as UTF-8 and fails on a damaged one: the
        # feed decoded as any page is (valid UTF-8 first, then detection), declared as UTF-8
        text, _ = decode(raw)
        feed = feedparser.parse(_DECLARED_ENCODING.sub(rb'\1 encoding="utf-8"', text.encode("utf-8"), count=1))
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
            page.text = wrap_fragment(title, content)
        else:
            page.error = "feed item with neither title nor content"
        page.meta = {"title": title or None, "published": when.date().isoformat() if when else None,
                     "author": entry.get("author") or None, "outlet": outlet,
                     "keywords": [t.get("term") for t in entry.get("tags", []) if t.get("term")]}
        yield page


def read_mhtml(stream: BinaryIO, source: str) -> Iterator[Page]:
    """A page saved by a browser as MHTML: its first HTML part, decoded from quoted-printable or
    base64, with the address and the moment it was saved."""
    import email
    from email.utils import parsedate_to_datetime

    message = email.message_from_bytes(read_capped(stream, MAX_FEED_BYTES))
    part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
    data = part.get_payload(decode=True) if part is not None else None
    if not data:
        yield Page(source=source, error="MHTML file without an HTML part")
        return
    try:
        saved = parsedate_to_datetime(message["Date"]) if message["Date"] else None
    except (TypeError, ValueError):
        saved = None
    url = message["Snapshot-Content-Location"] or part["Content-Location"]
    yield Page(source=source, data=data, format="html", encoding=part.get_content_charset(), url=url,
               fetched_at=saved)


def read_jsonl(stream: BinaryIO, source: str) -> Iterator[Page]:
    """One record a line; a bad line is an error Page and the next line is read."""
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
            obj = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            yield Page(source=where, error=f"bad JSONL line: {exc or 'nested too deep'}")
            continue
        yield record_page(obj, where, source)
    if blank:
        yield Page(source=source, error="empty page")


def read_json(stream: BinaryIO, source: str) -> Iterator[Page]:
    """A JSON array of records, an object holding one (`{"articles": [...]}`), one record, or
    records one after another; streamed, so a dump of any size is read in flat memory. The
    records before a break in the JSON are kept."""
    import ijson

    n = 0
    bounded = _BoundedReads(stream)
    events = ijson.basic_parse(bounded, buf_size=_JSON_CHUNK, multiple_values=True)
    try:
        for n, obj in enumerate(_json_records(events, bounded), start=1):
            yield record_page(obj, f"{source}#{n}", source)
    except ijson.JSONError as exc:
        detail = str(exc).removeprefix("b'").split("\\n")[0].strip(" '.")
        yield Page(source=source, error=f"JSON breaks after record {n}: {detail}")
        return
    except UnicodeDecodeError as exc:  # ijson decodes strings as UTF-8 (the JSON standard's encoding)
        yield Page(source=source, error=f"JSON breaks after record {n}: bytes that are not UTF-8 ({exc.reason})")
        return
    except PageError as exc:
        yield Page(source=source, error=f"JSON breaks after record {n}: {exc}")
        return
    if not n:
        yield Page(source=source, error="no records in the JSON file")


MAX_JSON_DEPTH = 64  # far beyond any scraper's record; a deeper file is hostile
# yajl re-reads a value that spans its read chunks, so a long string costs the square of its chunks:
# big chunks, and no value longer than two pages
_JSON_CHUNK = 1 << 20
MAX_JSON_VALUE = 2 * MAX_PAGE_BYTES


class _BoundedReads:
    """A stream that stops being read when the JSON parser has gone MAX_JSON_VALUE bytes without an
    event (one huge string or number)."""

    def __init__(self, stream: BinaryIO):
        self.stream, self.done, self.seen = stream, 0, 0

    def read(self, n: int = -1) -> bytes:
        if self.done - self.seen > MAX_JSON_VALUE:
            raise PageError(f"a JSON value larger than {MAX_JSON_VALUE // (1024 * 1024)} MB")
        data = self.stream.read(n)
        self.done += len(data)
        return data


_MAX_PENDING = 1000  # text-less items held back until their array shows itself a list of records


def _json_records(events, bounded: _BoundedReads):
    """Records from ijson's basic events: the objects of a top-level array; the objects of an array
    inside a top-level object once one of them holds page text (the object is then a wrapper, and
    that array's items without text are records too, which get an error each); else each top-level
    object itself."""
    from ijson.common import ObjectBuilder

    stack: list[str] = []  # the open containers, outermost first
    item, top, wrapper = None, None, None  # wrapper: the key of the top object's array of records
    key = None  # the top object's key being read
    pending: list[tuple[str | None, dict]] = []
    for event, value in events:
        bounded.seen = bounded.done
        if not stack and event == "start_map":
            top, wrapper, pending = ObjectBuilder(), None, []
        if event == "map_key" and stack == ["map"]:
            key = value
        if item is None and event == "start_map" and stack in (["array"], ["map", "array"]):
            item, item_depth, item_key = ObjectBuilder(), len(stack), key if stack == ["map", "array"] else None
        if item is not None:
            item.event(event, value)
        if top is not None and wrapper is None:
            top.event(event, value)
        if event in ("start_map", "start_array"):
            if len(stack) >= MAX_JSON_DEPTH:
                raise PageError(f"nested deeper than {MAX_JSON_DEPTH} levels")
            stack.append("map" if event == "start_map" else "array")
        elif event in ("end_map", "end_array"):
            stack.pop()
        if item is not None and len(stack) == item_depth:
            if top is None or (wrapper is not None and wrapper == item_key):
                yield item.value
            elif _page_text(_fields(item.value))[0]:
                if wrapper is None:  # {"articles": [...]}: its items before this one are records too
                    wrapper = item_key
                    yield from (held for held_key, held in pending if held_key == item_key)
                    pending = []
                yield item.value
            elif wrapper is None and len(pending) < _MAX_PENDING:
                pending.append((item_key, item.value))
            item = None
        if not stack and event == "end_map" and top is not None:
            if wrapper is None:
                yield top.value
            top, pending = None, []


def read_csv(stream: BinaryIO, source: str) -> Iterator[Page]:
    """One record a row, its fields named by the header row; the delimiter (, ; tab |) and the
    encoding are read off the file's start. A bad row is an error Page and the next row is read."""
    head = stream.peek(1 << 16)[:1 << 16]
    head = head[:head.rfind(b"\n") + 1] or head
    try:
        sample, encoding = decode(head)
    except PageError as exc:
        yield Page(source=source, error=str(exc))
        return
    try:
        dialect = csv.Sniffer().sniff(sample[:20_000], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel_tab if source.lower().endswith((".tsv", ".tsv.gz")) else csv.excel
    csv.field_size_limit(MAX_PAGE_BYTES)
    rows = csv.reader(io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline=""), dialect)
    header, records = None, 0
    for n in range(1, 1 << 62):
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Page(source=f"{source}#row{n}", error=f"bad CSV row: {exc}")
            continue
        if header is None:
            header = [h.strip().lstrip("\ufeff") for h in row]
            continue
        if any(cell.strip() for cell in row):
            records += 1
            yield record_page(dict(zip(header, row)), f"{source}#row{n - 1}", source)
    if not records:
        yield Page(source=source, error="empty page" if header is None else "no records in the CSV file")


_HTML_FIELDS = ("html", "raw_html", "html_content", "content_html", "body_html", "page_html", "source_html")
# English names scrapers and datasets use, then Arabic column names of hand-made sheets
_TEXT_FIELDS = ("text", "content", "body", "maintext", "article", "article_text", "articlebody", "article_body",
                "full_text", "fulltext", "story", "plain_text", "النص", "نص_الخبر", "المحتوى", "المقال", "الخبر",
                "summary", "description")
_TITLE_FIELDS = ("title", "headline", "heading", "العنوان")
_DATE_FIELDS = ("published", "date_publish", "date_published", "datepublished", "publish_date", "published_at",
                "publication_date", "pubdate", "pub_date", "date", "datetime", "created_at", "time", "timestamp",
                "تاريخ_النشر", "التاريخ")
_FETCHED_FIELDS = ("fetched_at", "date_download", "crawled_at", "scraped_at", "retrieved_at", "crawl_date")
_AUTHOR_FIELDS = ("author", "authors", "byline", "writer", "الكاتب", "المحرر")
_OUTLET_FIELDS = ("outlet", "site_name", "source_name", "newspaper", "publisher", "site", "source_domain", "source",
                  "domain", "المصدر", "الموقع", "الصحيفة")
_KEYWORD_FIELDS = ("keywords", "tags", "الكلمات_المفتاحية", "الوسوم")
_URL_FIELDS = ("url", "link", "source_url", "canonical_url", "article_url", "الرابط")
_MARSAD_RECORD = {"id", "body", "quotes", "entities", "events"}
_MARKUP = re.compile(r"<(?:p|div|br|span|a|h[1-6]|article|section|ul|li|strong|em|b|i|img|figure|blockquote)\b",
                     re.IGNORECASE)


def record_page(obj: object, where: str, source: str) -> Page:
    """A Page from one scraped record (a dict); an error Page when it holds no page text."""
    if not isinstance(obj, dict):
        return Page(source=where, error="a JSON object per record is expected")
    if _MARSAD_RECORD <= obj.keys():
        return Page(source=where, error="a record Marsad wrote (analyze's output), not a page: skipped")
    fields = _fields(obj)
    body, fmt = _page_text(fields)
    url = _first(fields, _URL_FIELDS)
    if not body:
        names = ", ".join(_HTML_FIELDS[:1] + _TEXT_FIELDS[:4])
        return Page(source=f"{source}#{url}" if url else where,
                    error=f"no page text in the record (looked for {names} …)")
    if len(body) > MAX_PAGE_BYTES:
        return Page(source=where, error=f"record's page larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB")
    title = _first(fields, _TITLE_FIELDS)
    if fmt == "html" and not re.search(r"<(?:html|body)\b", body[:2000], re.IGNORECASE):
        body = wrap_fragment(title or "", body)
    outlet = _first(fields, _OUTLET_FIELDS)
    page = Page(source=f"{source}#{url}" if url else where, text=body, format=fmt, url=url, encoding="utf-8",
                fetched_at=_moment(_value(fields, _FETCHED_FIELDS)))
    page.meta = {"title": title, "published": _published(fields), "author": _names(fields, _AUTHOR_FIELDS),
                 "outlet": None if outlet and "/" in outlet else outlet,
                 "keywords": _list(_value(fields, _KEYWORD_FIELDS))}
    return page


def _fields(obj: dict) -> dict:
    """Field name (lower case, without spaces, '-' or '_') -> value: `datePublished`, `Date Published`
    and `date_published` are one field."""
    return {_key(k): v for k, v in obj.items()}


def _key(name: object) -> str:
    return re.sub(r"[\s_-]+", "", str(name).strip().lower())


def _value(fields: dict, names: tuple[str, ...]):
    """The first of these fields the record has (None when it has none of them)."""
    return next((fields[k] for k in map(_key, names) if k in fields), None)


def _page_text(fields: dict) -> tuple[str, str]:
    """The record's page: its HTML when it has some, else its text (HTML when marked up)."""
    for names, fmt in ((_HTML_FIELDS, "html"), (_TEXT_FIELDS, "text")):
        for name in names:
            value = fields.get(_key(name))
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                value = "\n".join(value)  # paragraphs as a list
            if isinstance(value, str) and value.strip():
                return value, "html" if fmt == "html" or _MARKUP.search(value[:5000]) else "text"
    return "", "text"


def _first(fields: dict, names: tuple[str, ...]) -> str | None:
    for name in names:
        value = fields.get(_key(name))
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def _list(value: object) -> list[str]:
    """A list field or a comma-separated one ("أمن، حدود" or "a,b")."""
    if isinstance(value, str):
        value = re.split(r"\s*[,،;|]\s*", value)
    if not isinstance(value, list):
        return []
    out = [v.get("name") if isinstance(v, dict) else v for v in value]
    return [" ".join(v.split()) for v in out if isinstance(v, str) and v.strip()]


def _names(fields: dict, names: tuple[str, ...]) -> str | None:
    for name in names:
        value = fields.get(_key(name))
        found = _list([value] if isinstance(value, dict) else value)
        if found:
            return "، ".join(found)
    return None


def _published(fields: dict) -> str | None:
    for name in _DATE_FIELDS:
        value = fields.get(_key(name))
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            moment = _epoch(value)
            return moment.isoformat() if moment else None
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _moment(value: object) -> datetime | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _epoch(value)
    return _parse_time(value)


def _epoch(value: float) -> datetime | None:
    """Seconds (or milliseconds) since 1970."""
    try:
        return datetime.fromtimestamp(value / 1000 if value > 1e11 else value, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


def wrap_fragment(title: str, content: str) -> str:
    """An HTML fragment (a feed item's content, a record's body) as a page under its title."""
    return (f"<html><head><title>{html.escape(title)}</title></head>"
            f"<body><article><h1>{html.escape(title)}</h1>{content}</article></body></html>")


READERS = {"warc": read_warc, "rss": read_feed, "jsonl": read_jsonl, "json": read_json, "csv": read_csv,
           "mhtml": read_mhtml}
