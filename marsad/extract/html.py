"""HTML pages: trafilatura for the main text, page metadata for title and date."""
from __future__ import annotations

import trafilatura

from marsad.article import Article


def extract_html(article: Article) -> Article:
    html = article.raw_text
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True) or ""
    meta = trafilatura.extract_metadata(html)
    article.body = "\n".join(line.strip() for line in text.splitlines() if line.strip())
    if meta is not None:
        article.title = meta.title or article.title
    return article
