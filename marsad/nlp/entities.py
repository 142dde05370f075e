"""Entities stage: people, organisations, places and other names in the body, with exact offsets.

recognize (CRF tagger + lexicons + document rules) finds the mentions; linking groups them into
entities with a canonical Arabic name, a Latin name and an id that is the same in every document.
`EntityRegistry` carries ids across documents (surname-only mentions in a later article).
"""
from __future__ import annotations

from marsad.article import Article
from marsad.nlp.linking import EntityRegistry, build_entities
from marsad.nlp.recognize import recognize

__all__ = ["EntityRegistry", "run"]


def run(article: Article) -> Article:
    if article.body:
        article.entities = build_entities(article.body, recognize(article.body))
    return article
