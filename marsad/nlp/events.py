"""Events stage (not built yet: returns nothing rather than placeholder data)."""
from __future__ import annotations

from marsad.article import Article


def run(article: Article) -> Article:
    return article
