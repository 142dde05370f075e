"""The corpus stage: what links one article to the others (entity ids, near-duplicates, claim clusters).

A `Corpus` is fed finished Articles one at a time, in order, so that ingesting new pages assigns
them to what is already known without recomputing everything: an article's `duplicates` point only
to earlier articles, and a claim cluster id once given never changes.
"""
from __future__ import annotations

from marsad.article import Article
from marsad.nlp.claims import ClaimIndex
from marsad.nlp.duplicates import DuplicateIndex
from marsad.nlp.entities import EntityRegistry


class Corpus:
    def __init__(self):
        self.entities = EntityRegistry()
        self.duplicates = DuplicateIndex()
        self.claims = ClaimIndex()

    @classmethod
    def from_store(cls, store) -> "Corpus":
        """A corpus that already knows every stored record, keeping their ids and cluster ids."""
        corpus = cls()
        for rec in store.records():
            corpus.entities.add_record(rec)
            corpus.duplicates.add(rec["id"], rec.get("body") or "")
            claims = rec.get("claims") or []
            corpus.claims.restore([c["text"] for c in claims], [c.get("cluster") for c in claims])
        return corpus

    def add(self, article: Article) -> Article:
        article = self.entities.link(article)
        if article.body:
            article.duplicates = self.duplicates.add(article.id, article.body)
        clusters = self.claims.assign([c.text for c in article.claims])
        for claim, cluster in zip(article.claims, clusters):
            claim.cluster = cluster
        return article
