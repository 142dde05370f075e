"""Extraction stage: clean body, related articles and metadata from a decoded page."""
from __future__ import annotations

from marsad.article import Article
from marsad.extract.html import extract_html
from marsad.extract.text import extract_text


def run(article: Article) -> Article:
    if article.format in ("html", "warc", "rss"):
        extract_html(article)
    else:
        extract_text(article)
    return article
