"""The corpus stage: what links one article to the others (entity ids, near-duplicates, claim clusters).

A `Corpus` is fed finished Articles one at a time, in order, so that ingesting new pages assigns
them to what is already known without recomputing everything: an article's `duplicates` point only
to earlier articles, and a claim cluster id once given never changes. A store keeps each article's
body sketch and claim features beside it (`corpus_state`), so that reopening a large store reads
them back instead of shingling every body and stemming every claim again.
"""
from __future__ import annotations

import json
from typing import NamedTuple

from marsad.article import Article
from marsad.nlp.claims import ClaimIndex, claim_vectors
from marsad.nlp.duplicates import DuplicateIndex, load_sketch, sketch, sketch_bytes
from marsad.nlp.entities import EntityRegistry


class CorpusState(NamedTuple):
    article_id: str
    sketch: bytes | None  # None for a body too short to compare
    claim_features: str  # JSON list, one feature dict per claim in order


def corpus_state(record: dict) -> CorpusState:
    """What the corpus stage computes from a record (the same values it used when it was added)."""
    minhash = sketch(record.get("body") or "")
    vectors = claim_vectors([(c["text"], c.get("start"), c.get("end")) for c in record.get("claims") or []],
                            [(q.get("start"), q.get("end"), q.get("cue")) for q in record.get("quotes") or []])
    return CorpusState(record["id"], sketch_bytes(minhash) if minhash is not None else None,
                       json.dumps(vectors, ensure_ascii=False))


class Corpus:
    def __init__(self, store=None):
        """An empty corpus; given a store, one that reads what the store holds before its first
        article (so a run whose pages are all stored already never reads it)."""
        self.entities = EntityRegistry()
        self.duplicates = DuplicateIndex()
        self.claims = ClaimIndex()
        self._unread = store

    @classmethod
    def from_store(cls, store) -> "Corpus":
        """A corpus that already knows every stored record, keeping their ids and cluster ids. Records
        stored before the store kept their state get it computed now and saved for next time."""
        corpus = cls()
        corpus._read(store)
        return corpus

    def _read(self, store) -> None:
        missing = []
        for rec, state in store.corpus_records():
            if state is None:
                state = corpus_state(rec)
                missing.append(state)
            minhash = load_sketch(state.sketch) if state.sketch else None
            if state.sketch and minhash is None:  # saved by another datasketch release
                minhash = sketch(rec.get("body") or "")
            self.entities.add_record(rec)
            self.duplicates.restore(rec["id"], minhash)
            self.claims.restore_features(json.loads(state.claim_features),
                                         [c.get("cluster") for c in rec.get("claims") or []])
        if missing:
            store.add_corpus_state(missing)

    def add(self, article: Article) -> Article:
        if self._unread is not None:
            store, self._unread = self._unread, None
            self._read(store)
        article = self.entities.link(article)
        vectors = claim_vectors([(c.text, c.start, c.end) for c in article.claims],
                                [(q.start, q.end, q.cue) for q in article.quotes])
        article_id = article.id
        if article_id in self.duplicates:  # an article indexed before (its page again): it joins nothing twice
            clusters = self.claims.lookup_features(vectors)
        else:
            if article.body:
                article.duplicates = self.duplicates.add(article_id, article.body)
            clusters = self.claims.assign_features(vectors)
        for claim, cluster in zip(article.claims, clusters):
            claim.cluster = cluster
        return article
