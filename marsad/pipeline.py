"""The ordered stages, and the functions that run them over one page or a stream of pages.

Per-page stages read and fill the Article; the corpus stage (near-duplicates, claim clusters)
sees each finished Article in turn and links it to what came before.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from pathlib import Path

from marsad.article import Article
from marsad.extract import run as extract
from marsad.ingest import Page, PageError, decode_page, load_pages, sniff_format
from marsad.nlp import claims, entities, events, quotes
from marsad.nlp.normalize import arabic_ratio

log = logging.getLogger(__name__)

Stage = Callable[[Article], Article]
STAGES: list[tuple[str, Stage]] = [
    ("extract", extract),
    ("entities", entities.run),
    ("quotes", quotes.run),
    ("events", events.run),
    ("claims", claims.run),
]

NOT_ARABIC = "not Arabic text: analysed as is"


def read(page: Page) -> Article:
    """Decode a Page into an Article holding its raw text; errors go into `article.errors`."""
    article = Article(source=page.source, url=page.url, reference_time=page.fetched_at)
    article.hints = dict(page.meta)
    article.page_digest = page.digest
    try:
        text, encoding = decode_page(page)
    except PageError as exc:
        article.errors.append(str(exc))
        article.format = page.format or _format_from_name(page.source)
        return article
    article.encoding = encoding
    article.raw_text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    article.format = page.format or sniff_format(text, page.source)
    ratio = arabic_ratio(article.raw_text[:50_000])
    article.language = "ar" if ratio >= 0.3 else None
    if article.language is None:
        article.errors.append(NOT_ARABIC)
    return article


def _format_from_name(name: str) -> str:
    return "html" if name.lower().endswith((".html", ".htm", ".html.gz", ".htm.gz")) else "text"


def analyze_page(page: Page) -> Article:
    """Run every per-page stage; a stage that fails records an error and the rest still run."""
    article = read(page)
    if not article.raw_text:
        return article
    for name, stage in STAGES:
        try:
            article = stage(article)
        except Exception as exc:  # one bad page must never stop a run
            log.exception("stage %s failed on %s", name, article.source)
            article.errors.append(f"{name}: {type(exc).__name__}: {exc}")
    if NOT_ARABIC in article.errors and arabic_ratio(article.body[:50_000]) >= 0.3:
        # markup and scripts can outweigh an HTML page's words; its extracted body shows the language
        article.language = "ar"
        article.errors.remove(NOT_ARABIC)
    if not article.body and not article.errors:
        article.errors.append("no article text found")
    return article


def analyze(text: str, source: str = "<text>", format: str | None = None,
            fetched_at: datetime | None = None) -> Article:
    """Analyse one page given as a string (plain text or HTML)."""
    return analyze_page(Page(source=source, text=text, format=format, encoding="utf-8", fetched_at=fetched_at))


def analyze_many(paths: Iterable[str], workers: int = 1, corpus=None, exclude: Iterable[Path] = (),
                 skip: Callable[[Page], bool] | None = None) -> Iterator[Article]:
    """Stream Articles for every page under `paths`, in input order, memory flat.

    With workers > 1 pages are analysed in a process pool; the corpus stage (duplicates and
    claim clusters) always runs here, in order, so its ids are the same whatever the worker count.
    Pages for which `skip` is true (a store has them: `store.has_page`) are not analysed at all."""
    from marsad.corpus import Corpus

    corpus = corpus if corpus is not None else Corpus()
    pages = load_pages(paths, exclude)
    if skip is not None:
        pages = (page for page in pages if not skip(page))
    if workers <= 1:
        results: Iterator[Article] = map(analyze_page, pages)
    else:
        results = _parallel(pages, workers)
    for article in results:
        corpus.add(article)
        yield article


def _parallel(pages: Iterator[Page], workers: int) -> Iterator[Article]:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # bounded look-ahead keeps memory flat on huge inputs
        window: list = []
        for page in pages:
            window.append(pool.submit(analyze_page, page))
            if len(window) >= workers * 8:
                yield window.pop(0).result()
        for fut in window:
            yield fut.result()


def default_workers() -> int:
    return max(1, (os.cpu_count() or 1))
