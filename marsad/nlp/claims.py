"""Claims stage and the corpus-level claim index (not built yet)."""
from __future__ import annotations

from marsad.article import Article


def run(article: Article) -> Article:
    return article
