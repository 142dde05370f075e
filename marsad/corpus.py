"""The corpus stage: what links one article to the others (near-duplicates, claim clusters).

A `Corpus` is fed finished Articles one at a time, in order, so that ingesting new pages assigns
them to what is already known without recomputing everything.
"""
from __future__ import annotations

from marsad.article import Article


class Corpus:
    @classmethod
    def from_store(cls, store) -> "Corpus":
        return cls()

    def add(self, article: Article) -> Article:
        return article
