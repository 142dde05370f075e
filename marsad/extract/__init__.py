"""Extraction stage: clean body, related articles and metadata from a decoded page.

HTML (and WARC/RSS records, which are HTML) goes through `html.extract_html`, plain text through the
line model in `text.py`. A date in the page's URL (/2024/03/26/) is the last resort for `published`.
"""
from __future__ import annotations

import re

from marsad.article import Article
from marsad.extract.furniture import is_section_name
from marsad.extract.html import extract_html
from marsad.extract.metadata import date_from_url
from marsad.extract.text import extract_text
from marsad.nlp.normalize import normalize


def run(article: Article) -> Article:
    if article.format in ("html", "warc", "rss"):
        extract_html(article)
    else:
        extract_text(article)
    article.title = without_kicker(article.title)
    if article.outlet:  # "المصدر: شبكة X + وكالات" on X's own site credits no agency of X
        article.agencies = [a for a in article.agencies if normalize(a) != normalize(article.outlet)]
    if not article.published:
        when = date_from_url(article.url)
        if when is not None:
            article.published, article.published_source = when.isoformat(), "url"
    return article


_KICKER = re.compile(r"\s*(?P<label>[^|:\-–—.…]{1,25}?)\s*(?:[|:\-–—]|\.{2,}|…)\s*")
_TRAILING_LABEL = re.compile(r"\s*(?:[(\[]\s*(?P<label>[^()\[\]]{1,20}?)\s*[)\]]|[|\-–—]\s*(?P<bare>[^|\-–—]{1,20}?))\s*$")
MIN_HEADLINE_WORDS = 3


def without_kicker(title: str | None) -> str | None:
    """A headline without the labels sites put before it ("عاجل | …"، "خاص: …"، "بالفيديو.. …") or
    after it ("… (صور)"، "… - فيديو"): a section or label name and a separator, when a headline of
    a few words is left."""
    while title and (m := _KICKER.match(title)) and is_section_name(m.group("label")) \
            and len(title[m.end():].split()) >= MIN_HEADLINE_WORDS:
        title = title[m.end():]
    if title and (m := _TRAILING_LABEL.search(title)) and _media_label(m.group("label") or m.group("bare")) \
            and len(title[:m.start()].split()) >= MIN_HEADLINE_WORDS:
        title = title[:m.start()]  # ("… (حوار)" stays: it tells the page is an interview)
    return title


# what a page shows beside its story, named after the headline: "(صور)"، "- فيديو"، "(فيديو وصور)"
_MEDIA_WORDS = frozenset(normalize(w) for w in "صور فيديو بالصور بالفيديو فيديوهات إنفوجراف فيديوجراف".split())


def _media_label(label: str) -> bool:
    words = normalize(label).split()
    return bool(words) and all(w in _MEDIA_WORDS or (w[:1] == "و" and w[1:] in _MEDIA_WORDS) for w in words)
