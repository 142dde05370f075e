"""Reading pages: paths, directories, stdin, gzip; bytes to text with the encoding recorded.

Everything here is defensive: a page that cannot be read becomes a `Page` with an `error`, never an
exception, so one bad file never stops a run over thousands.
"""
from __future__ import annotations

import codecs
import gzip
import io
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from charset_normalizer import from_bytes

MAX_PAGE_BYTES = 8 * 1024 * 1024  # a news page is far smaller; beyond this it is not an article
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
CONTAINER_SUFFIXES = {".warc", ".arc", ".rss", ".atom", ".xml", ".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | CONTAINER_SUFFIXES | {".gz"}


@dataclass
class Page:
    """One page as read: raw bytes or already-decoded text, and where it came from."""

    source: str
    data: bytes | None = None
    text: str | None = None
    format: str | None = None  # text | html | warc | rss; None: sniff from content
    encoding: str | None = None
    url: str | None = None
    fetched_at: datetime | None = None
    error: str | None = None
    meta: dict = field(default_factory=dict)


class PageError(ValueError):
    """A page that cannot be turned into text; the message is what the user sees."""


def suffixes(name: str) -> list[str]:
    return [s.lower() for s in Path(name).suffixes]


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | str]:
    """Files in the order given; directories walked recursively in sorted order; '-' is stdin."""
    for p in paths:
        if str(p) == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith(".") and _looks_like_page(child):
                    yield child
        else:
            yield path


def _looks_like_page(path: Path) -> bool:
    sfx = suffixes(path.name)
    return not sfx or sfx[-1] in KNOWN_SUFFIXES


def read_bytes(path: Path | str, limit: int = MAX_PAGE_BYTES) -> bytes:
    """Read a file (or stdin), gunzipping `.gz` with a hard cap so a zip bomb cannot fill memory."""
    if path == "-":
        raw = sys.stdin.buffer.read(limit + 1)
    else:
        with open(path, "rb") as fh:
            raw = fh.read(limit + 1)
    if raw[:2] == b"\x1f\x8b":
        raw = _gunzip(raw, limit)
    if len(raw) > limit:
        raise PageError(f"page larger than {limit // (1024 * 1024)} MB")
    return raw


def _gunzip(raw: bytes, limit: int) -> bytes:
    out = io.BytesIO()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as gz:
            while chunk := gz.read(1 << 16):
                out.write(chunk)
                if out.tell() > limit:
                    raise PageError(f"gzip expands beyond {limit // (1024 * 1024)} MB")
    except (OSError, EOFError, zlib.error) as exc:
        if out.tell():
            return out.getvalue()  # a truncated archive still yields what it holds
        raise PageError(f"not a readable gzip file ({exc})") from None
    return out.getvalue()


_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def decode(raw: bytes) -> tuple[str, str]:
    """Bytes to text and the name of the encoding used. Raises PageError for binary or empty data."""
    if not raw.strip():
        raise PageError("empty page")
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            return raw.decode(enc, errors="replace"), enc.replace("-sig", "")
    if _looks_utf16(raw):
        enc = "utf-16-le" if raw[1::2].count(0) > raw[0::2].count(0) else "utf-16-be"
        return raw.decode(enc, errors="replace"), enc
    if _binary_share(raw) > 0.01:
        raise PageError("binary data, not a text or HTML page")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw[:200_000]).best()
    if best is None:
        raise PageError("undecodable bytes: no text encoding fits")
    enc = codecs.lookup(best.encoding).name
    text = raw.decode(enc, errors="replace")
    if _control_ratio(text) > 0.05:
        raise PageError("binary data, not a text or HTML page")
    return text, _ENCODING_NAMES.get(enc, enc)


_ENCODING_NAMES = {"cp1256": "windows-1256", "iso8859-6": "iso-8859-6", "cp1252": "windows-1252"}


def _looks_utf16(raw: bytes) -> bool:
    """UTF-16 without a BOM: every other byte zero (Latin) or a constant 0x06 (Arabic block)."""
    sample = raw[:4000]
    if len(sample) < 8 or len(sample) % 2:
        return False
    evens, odds = sample[0::2], sample[1::2]
    for high in (odds, evens):
        share = sum(1 for b in high if b in (0, 6)) / len(high)
        if share > 0.9 and high.count(0) > len(high) * 0.05:
            return True
    return False


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _binary_share(raw: bytes) -> float:
    """Share of control bytes (NUL and friends), which no text encoding but UTF-16/32 produces."""
    sample = raw[:65536]
    return sum(sample.count(b) for b in _CONTROL_BYTES) / len(sample)


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f") or c == "\ufffd")
    return bad / len(sample)


def sniff_format(text: str, name: str = "") -> str:
    sfx = suffixes(name)
    last = sfx[-2] if sfx and sfx[-1] == ".gz" and len(sfx) > 1 else (sfx[-1] if sfx else "")
    if last in HTML_SUFFIXES:
        return "html"
    if last in TEXT_SUFFIXES:
        return "text"
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head or "<div" in head or "<p>" in head):
        return "html"
    return "text"
