"""Article text that a script-rendered page carries only in its embedded state.

Sites built on Next.js, Nuxt or a headless CMS send an empty page shell and the article as data
(`<script id="__NEXT_DATA__" type="application/json">`, `window.__INITIAL_STATE__ = {…}`), so a
scrape of the page has no visible article text. The article is then the data's longest Arabic
text: one string (plain text or an HTML fragment), or the paragraphs of a list of typed content
blocks (`[{"type": "text", "content": "<p>…</p>"}, …]`). Lists of untyped objects (comments,
related-article teasers) are never joined.
"""
from __future__ import annotations

import json
import re

from lxml import html as lxml_html

from marsad.nlp.frequency import stem_word

_JSON_SCRIPT_TYPES = ("application/json", "application/ld+json")
_ASSIGNED = re.compile(r"=\s*(?=[{\[])")  # window.__STATE__ = {...}
_TAG = re.compile(r"<[a-zA-Z/][^>]*>")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{2,}")
_BLOCK_TEXT_KEYS = ("content", "text", "html", "body", "value")
_BLOCK_TYPE_KEYS = ("type", "_type", "__typename", "kind")
_PARAGRAPH_TAGS = ("p", "div", "br", "li", "h2", "h3", "h4", "blockquote", "tr")


def embedded_text(doc, title: str | None = None) -> str:
    """The longest Arabic article text in the page's embedded data, one paragraph a line ("" when
    there is none). With the page's headline known, the text must share two of its words: the data
    of a page also holds other articles (related, most read)."""
    best, words = "", 0
    headline = _stems(title or "")
    for data in _script_data(doc):
        for text in _candidates(data):
            text = _plain(text)
            n = len(_ARABIC_WORD.findall(text))
            if n > words and (not headline or len(headline & _stems(text)) >= min(2, len(headline))):
                best, words = text, n
    return best


def _stems(text: str) -> set[str]:
    return {stem for word in _ARABIC_WORD.findall(text) if len(stem := stem_word(word)) >= 3}


def _script_data(doc):
    for script in doc.iter("script"):
        source = script.text or ""
        if not _ARABIC_WORD.search(source):
            continue
        if (script.get("type") or "").lower() in _JSON_SCRIPT_TYPES:
            try:
                yield json.loads(source)
            except (ValueError, RecursionError):  # not JSON, or nested beyond any real page's data
                pass
            continue
        decoder = json.JSONDecoder()
        for match in _ASSIGNED.finditer(source):
            try:
                yield decoder.raw_decode(source, match.end())[0]
            except (ValueError, RecursionError):
                continue  # a JavaScript object literal, not JSON
            break


def _candidates(data):
    """Every string in the data, and the joined text of each list of typed content blocks."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _ARABIC_WORD.search(item):
                yield item
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            blocks = [_block_text(x) for x in item if isinstance(x, dict) and any(k in x for k in _BLOCK_TYPE_KEYS)]
            blocks = [b for b in blocks if b]
            if len(blocks) > 1:
                yield "\n".join(blocks)
            stack.extend(item)


def _block_text(block: dict) -> str:
    for key in _BLOCK_TEXT_KEYS:
        if isinstance(block.get(key), str):
            return block[key]
    children = block.get("children")  # portable text: a block's spans
    if isinstance(children, list):
        return "".join(c["text"] for c in children if isinstance(c, dict) and isinstance(c.get("text"), str))
    return ""


def _plain(text: str) -> str:
    """An HTML fragment as text, one paragraph a line; plain text as it is."""
    if not _TAG.search(text):
        return "\n".join(" ".join(line.split()) for line in text.split("\n"))
    try:
        fragment = lxml_html.fragment_fromstring(text, create_parent="div")
    except (ValueError, lxml_html.etree.ParserError):
        return _TAG.sub(" ", text)
    for el in list(fragment.iter()):
        if isinstance(el.tag, str) and el.tag.lower() in ("script", "style"):
            el.drop_tree()
        elif isinstance(el.tag, str) and el.tag.lower() in _PARAGRAPH_TAGS:
            el.tail = "\n" + (el.tail or "")
    return "\n".join(" ".join(line.split()) for line in fragment.text_content().split("\n"))
