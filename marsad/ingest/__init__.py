"""Turn what the user points at (files, directories, stdin, containers) into a stream of Pages."""
from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.ingest.containers import READERS, is_container
from marsad.ingest.read import (Page, PageError, decode, iter_paths, open_stream, peek, read_capped, repair_mojibake,
                                sniff_format)

__all__ = ["Page", "PageError", "load_pages", "decode_page", "sniff_format"]


def load_pages(paths: Iterable[str | Path], exclude: Iterable[Path] = ()) -> Iterator[Page]:
    """One Page per article, streamed; unreadable files come out as Pages with `error` set.

    A container (WARC, feed, JSONL) is read record by record while its pages are consumed; if it
    breaks half-way, the pages before the break are kept and one error Page says where it broke."""
    for path in iter_paths(paths, exclude):
        source = str(path)
        if path != "-" and not Path(path).exists():
            yield Page(source=source, error="no such file")
            continue
        try:
            with open_stream(path) as stream:
                kind = is_container(source, peek(stream))
                if kind:
                    yield from READERS[kind](stream, source)
                else:
                    yield Page(source=source, data=read_capped(stream))
        except PageError as exc:
            yield Page(source=source, error=str(exc))
        except (OSError, EOFError, zlib.error) as exc:
            yield Page(source=source, error=f"cannot read: {getattr(exc, 'strerror', None) or exc}")
        except Exception as exc:  # a parser choking on a hostile file must not stop the run
            yield Page(source=source, error=f"cannot read: {type(exc).__name__}: {exc}")


def decode_page(page: Page) -> tuple[str, str]:
    """The page's text and encoding; raises PageError when it has none."""
    if page.error:
        raise PageError(page.error)
    if page.text is not None:
        if not page.text.strip():
            raise PageError("empty page")
        return repair_mojibake(page.text), page.encoding or "utf-8"
    return decode(page.data or b"", declared=page.encoding)
