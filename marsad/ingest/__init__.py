"""Turn what the user points at (files, directories, stdin, containers) into a stream of Pages."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.ingest.containers import READERS, is_container
from marsad.ingest.read import Page, PageError, decode, iter_paths, read_bytes, sniff_format

__all__ = ["Page", "PageError", "load_pages", "decode_page", "sniff_format"]


def load_pages(paths: Iterable[str | Path]) -> Iterator[Page]:
    """One Page per article; unreadable files come out as Pages with `error` set."""
    for path in iter_paths(paths):
        source = str(path)
        if path != "-" and not Path(path).exists():
            yield Page(source=source, error="no such file")
            continue
        try:
            raw = read_bytes(path)
        except PageError as exc:
            yield Page(source=source, error=str(exc))
            continue
        except OSError as exc:
            yield Page(source=source, error=f"cannot read: {exc.strerror or exc}")
            continue
        kind = is_container(source, raw[:1024])
        if kind:
            yield from READERS[kind](raw, source)
        else:
            yield Page(source=source, data=raw)


def decode_page(page: Page) -> tuple[str, str]:
    """The page's text and encoding; raises PageError when it has none."""
    if page.error:
        raise PageError(page.error)
    if page.text is not None:
        return page.text, page.encoding or "utf-8"
    if page.encoding and page.data is not None:
        try:
            return page.data.decode(page.encoding), page.encoding
        except (UnicodeDecodeError, LookupError):
            pass  # a declared charset that lies: fall back to detection
    return decode(page.data or b"")
