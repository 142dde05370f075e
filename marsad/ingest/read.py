"""Reading pages: paths, directories, stdin, gzip; bytes to text with the encoding recorded.

Everything here is defensive: a page that cannot be read becomes a `Page` with an `error`, never an
exception, so one bad file never stops a run over thousands.
"""
from __future__ import annotations

import codecs
import functools
import gzip
import hashlib
import io
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

import ftfy
from charset_normalizer import from_bytes

MAX_PAGE_BYTES = 8 * 1024 * 1024  # a news page is far smaller; beyond this it is not an article
GZIP_MAGIC = b"\x1f\x8b"
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
CONTAINER_SUFFIXES = {".warc", ".arc", ".rss", ".atom", ".xml", ".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".mhtml",
                      ".mht"}
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

    @functools.cached_property
    def digest(self) -> str | None:
        """sha256 of what the page holds (None for a page that could not be read): a store remembers
        the pages it has analysed, so a rerun over the same files skips them before any analysis.
        Kept once computed: the skip check and the reader ask for it in turn."""
        if self.error:
            return None
        content = self.data if self.data is not None else (self.text or "").encode("utf-8", "surrogatepass")
        return hashlib.sha256(content).hexdigest()


class PageError(ValueError):
    """A page that cannot be turned into text; the message is what the user sees."""


def suffixes(name: str) -> list[str]:
    return [s.lower() for s in Path(name).suffixes]


def iter_paths(paths: Iterable[str | Path], exclude: Iterable[Path] = ()) -> Iterator[Path | str]:
    """Files in the order given; directories walked recursively in sorted order; '-' is stdin.

    `exclude` holds files never to read, such as the run's own output inside an input directory."""
    skip = {Path(p).resolve() for p in exclude}
    for p in paths:
        if str(p) == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (child.is_file() and not child.name.startswith(".") and _looks_like_page(child)
                        and child.resolve() not in skip):
                    yield child
        else:
            yield path


def _looks_like_page(path: Path) -> bool:
    sfx = suffixes(path.name)
    return not sfx or sfx[-1] in KNOWN_SUFFIXES


@contextmanager
def open_stream(path: Path | str) -> Iterator[BinaryIO]:
    """The file (or stdin) as a binary stream, gunzipped on the fly when its content is gzip.

    Nothing is read ahead beyond a buffer, so a multi-gigabyte WARC streams in flat memory."""
    raw = sys.stdin.buffer if path == "-" else open(path, "rb")
    try:
        if raw.peek(2)[:2] == GZIP_MAGIC:
            with gzip.GzipFile(fileobj=raw) as gz:
                yield gz
        else:
            yield raw
    finally:
        if path != "-":
            raw.close()


def peek(stream: BinaryIO, n: int = 1024) -> bytes:
    """The first bytes of a stream without consuming them; a damaged gzip header reads as unreadable."""
    try:
        return stream.peek(n)[:n]
    except (OSError, EOFError, zlib.error) as exc:
        raise PageError(f"not a readable gzip file ({exc})") from None


def read_capped(stream: BinaryIO, limit: int = MAX_PAGE_BYTES) -> bytes:
    """Read a whole page with a hard cap, so a zip bomb or a huge file cannot fill memory.

    A truncated gzip still yields what it holds."""
    out = io.BytesIO()
    gzipped = isinstance(stream, gzip.GzipFile)
    try:
        while chunk := stream.read1(1 << 16):  # read1: a truncated gzip keeps the data before the cut
            out.write(chunk)
            if out.tell() > limit:
                what = "gzip expands beyond" if gzipped else "page larger than"
                raise PageError(f"{what} {limit // (1024 * 1024)} MB")
    except (OSError, EOFError, zlib.error) as exc:
        if not gzipped:
            raise
        if not out.tell():
            raise PageError(f"not a readable gzip file ({exc})") from None
    return out.getvalue()


_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def decode(raw: bytes, declared: str | None = None) -> tuple[str, str]:
    """Bytes to text and the name of the encoding used. Raises PageError for binary or empty data.

    Valid UTF-8 wins over a `declared` charset (servers often send a stale ISO-8859-1), the declared
    one over detection. Arabic that some earlier tool read as Latin ("ÙˆØ²ÙŠØ±") is repaired."""
    text, encoding = _decode(raw, declared)
    return repair_mojibake(text), encoding


_MOJIBAKE_LEADS = re.compile("[ØÙÚÛ]")  # the lead bytes of UTF-8 Arabic, read as windows-1252
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def repair_mojibake(text: str) -> str:
    """The text with UTF-8 Arabic restored when it was read as windows-1252 or Latin-1 somewhere
    upstream (a CSV export, a crawler's wrong guess); other text as it is. ftfy undoes it."""
    sample = text[:20_000]
    leads = len(_MOJIBAKE_LEADS.findall(sample))
    if leads < 20 or len(_ARABIC_LETTER.findall(sample)) > leads:
        return text
    fixed = ftfy.fix_encoding(text)
    return fixed if len(_ARABIC_LETTER.findall(fixed[:20_000])) > leads // 2 else text  # a letter a lead byte


def _decode(raw: bytes, declared: str | None) -> tuple[str, str]:
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
    damaged = _damaged_utf8(raw, declared)
    if damaged is not None:
        return damaged, "utf-8"
    if declared:
        try:
            enc = codecs.lookup(declared).name
            text = raw.decode(enc)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            if _control_ratio(text) <= 0.05:
                return text, _ENCODING_NAMES.get(enc, enc)
    best = from_bytes(raw[:200_000]).best()
    if best is None:
        raise PageError("undecodable bytes: no text encoding fits")
    enc = codecs.lookup(best.encoding).name
    text = raw.decode(enc, errors="replace")
    if _control_ratio(text) > 0.05:
        raise PageError("binary data, not a text or HTML page")
    return text, _ENCODING_NAMES.get(enc, enc)


# Of the legacy encodings Arabic pages come in, by far the most common one.
LEGACY_ARABIC = "cp1256"


def _damaged_utf8(raw: bytes, declared: str | None) -> str | None:
    """Text of a page that is UTF-8 but for some invalid bytes, or None when it is not UTF-8 at all.

    A few invalid bytes (a page cut mid-character, stray junk) are dropped. Many, next to plenty of
    valid UTF-8, mean a page stitched from two encodings (a UTF-8 template around legacy-encoded
    text): those bytes are read in the declared single-byte encoding, or windows-1256."""
    text = raw.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    valid_wide = sum(1 for c in text if c > "\x7f") - invalid
    if valid_wide < 20 or valid_wide < invalid / 20:  # legacy Arabic text read as UTF-8 scores under 1/100
        return None  # too little real UTF-8: some legacy encoding, left to the declared charset or detection
    if invalid <= 16:
        return raw.decode("utf-8", errors="ignore")
    legacy = declared if declared and _single_byte(declared) else LEGACY_ARABIC
    return raw.decode("utf-8", errors=_legacy_fallback(codecs.lookup(legacy).name))


@functools.lru_cache(maxsize=None)
def _legacy_fallback(encoding: str) -> str:
    """Name of a codec error handler that reads the bytes UTF-8 rejects in `encoding` instead."""
    def read_as_legacy(exc: UnicodeDecodeError) -> tuple[str, int]:
        return exc.object[exc.start:exc.end].decode(encoding, errors="replace"), exc.end

    name = f"marsad-read-as-{encoding}"
    codecs.register_error(name, read_as_legacy)
    return name


def _single_byte(encoding: str) -> bool:
    try:
        return len("\u0627".encode(encoding, errors="replace")) == 1 and codecs.lookup(encoding).name != "utf-8"
    except LookupError:
        return False


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
