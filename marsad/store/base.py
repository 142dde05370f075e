"""The Store interface that the CLI, the web app and the Python API use.

Two implementations: `SQLiteStore` (default, embedded) and `PostgresStore` (a team server).
`open_store("marsad.db")` or `open_store("postgresql://…")` picks one.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from marsad.article import Article
from marsad.nlp.normalize import normalize, normalize_with_offsets


@dataclass
class SearchHit:
    id: str
    title: str | None
    source: str
    published: str | None
    outlet: str | None
    score: float
    snippet: str  # original text with matches wrapped in [[ ]]


@dataclass
class IngestReport:
    added: int = 0
    skipped: int = 0  # already stored (same id)
    failed: int = 0  # pages with errors and no body
    errors: list[tuple[str, str]] = field(default_factory=list)


class Store(Protocol):
    def add(self, articles: Iterable[Article], batch_size: int = 100) -> IngestReport: ...
    def has(self, article_id: str) -> bool: ...
    def get(self, article_id: str) -> dict[str, Any] | None: ...
    def records(self) -> Iterator[dict[str, Any]]: ...
    def search(self, query: str, limit: int = 10, offset: int = 0, **filters: Any) -> list[SearchHit]: ...
    def stats(self) -> dict[str, Any]: ...
    def quotes(self, speaker: str | None = None, since: str | None = None, limit: int = 100) -> list[dict]: ...
    def entities(self, type: str | None = None, limit: int = 100) -> list[dict]: ...
    def events(self, type: str | None = None, place: str | None = None, since: str | None = None,
               limit: int = 100) -> list[dict]: ...
    # Read queries for the web app; search/count/latest filters: outlet, since, until, entity, event_type.
    def count(self, query: str | None = None, **filters: Any) -> int: ...
    def latest(self, limit: int = 10, offset: int = 0, **filters: Any) -> list[SearchHit]: ...
    def facets(self) -> dict[str, list[tuple[str, int]]]: ...
    def entity(self, entity_id: str) -> dict | None: ...
    def entity_quotes(self, entity_id: str, limit: int = 200) -> list[dict]: ...
    def talked_about(self, entity_id: str, limit: int = 20) -> list[dict]: ...
    def duplicates_of(self, article_id: str) -> list[dict]: ...
    def related_articles(self, article_id: str, limit: int = 5) -> list[dict]: ...
    def close(self) -> None: ...


def open_store(db: str) -> Store:
    if db.startswith(("postgresql://", "postgres://")):
        from marsad.store.postgres import PostgresStore

        return PostgresStore(db)
    from marsad.store.sqlite import SQLiteStore

    return SQLiteStore(db)


def query_terms(query: str) -> list[str]:
    return normalize(query).split()


def highlight(text: str, terms: list[str], width: int = 160) -> str:
    """A window of the original `text` around the first match, matches wrapped in [[ ]].

    Matching is on normalised text, so a query without hamza highlights the word with it."""
    if not text:
        return ""
    folded, index = normalize_with_offsets(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        for m in re.finditer(r"(?<!\w)(?:و|ف|ب|ل|ك|ال|وال|بال|لل)?" + re.escape(term), folded):
            spans.append((index[m.start()], index[m.end() - 1] + 1))
    if not spans:
        return text[:width].replace("\n", " ") + ("…" if len(text) > width else "")
    spans.sort()
    first = spans[0][0]
    lo = max(0, first - width // 3)
    hi = min(len(text), lo + width)
    out, pos = [], lo
    for s, e in spans:
        if s < pos or e > hi:
            continue
        out.append(text[pos:s])
        out.append("[[" + text[s:e] + "]]")
        pos = e
    out.append(text[pos:hi])
    snippet = "".join(out).replace("\n", " ")
    return ("…" if lo > 0 else "") + snippet + ("…" if hi < len(text) else "")
