"""Plain-text scrapes: keep the article's lines, drop the page furniture around them."""
from __future__ import annotations

from marsad.article import Article
from marsad.nlp.normalize import words

MIN_BODY_WORDS = 8
MIN_TITLE_WORDS = 4


def extract_text(article: Article) -> Article:
    lines = [line.strip() for line in article.raw_text.splitlines() if line.strip()]
    first_body = next((i for i, line in enumerate(lines) if len(words(line)) >= MIN_BODY_WORDS), None)
    if first_body is None:
        return article
    head = [line for line in lines[:first_body] if len(words(line)) >= MIN_TITLE_WORDS]
    title_at = lines.index(head[0]) if head else first_body
    article.title = lines[title_at]
    article.body = "\n".join(line for line in lines[title_at + 1:] if len(words(line)) >= MIN_BODY_WORDS)
    return article
