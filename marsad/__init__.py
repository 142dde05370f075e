"""Marsad (مرصد): Arabic news into an attributed, searchable knowledge base.

    >>> import marsad
    >>> article = marsad.analyze(open("page.txt").read(), source="page.txt")
    >>> for q in article.quotes: print(q.speaker, q.text)

The CLI and the web app are thin layers over these functions.
"""
from __future__ import annotations

__version__ = "0.1.0"

from marsad.article import Article, Claim, Entity, Event, Mention, Quote, Related  # noqa: E402
from marsad.corpus import Corpus  # noqa: E402
from marsad.pipeline import analyze, analyze_many, analyze_page  # noqa: E402
from marsad.store.base import open_store  # noqa: E402


def corpus_for(store) -> Corpus:
    """A corpus index that knows what `store` already holds, so new pages link to old ones (it
    reads the store when the first new page comes)."""
    return Corpus(store)


__all__ = ["Article", "Claim", "Corpus", "Entity", "Event", "Mention", "Quote", "Related", "analyze",
           "analyze_many", "analyze_page", "corpus_for", "open_store", "__version__"]
