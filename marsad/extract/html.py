"""HTML pages: trafilatura for the main text, then Marsad's own Arabic line model over it.

trafilatura (comments excluded) finds the article container; what it keeps is then passed through
the same line model as plain-text scrapes, which removes the credit, tag, share and read-more lines it
leaks and reads them into agencies and keywords. When trafilatura finds nothing, the whole page is
flattened to lines (scripts, styles, forms and navigation dropped) and the line model alone decides;
a page shell with no article text gets it from its embedded data (extract.embedded).
Title, date, author, outlet and keywords come from the page's own metadata first.
"""
from __future__ import annotations

import re

import trafilatura
from lxml import html as lxml_html

from marsad.article import Article
from marsad.extract.embedded import embedded_text
from marsad.extract.furniture import classify, is_section_name
from marsad.extract.metadata import parse_html, read_meta
from marsad.extract.text import Extraction, apply, apply_hints, read_lines
from marsad.nlp.normalize import unique_names

MIN_TRAFILATURA_WORDS = 25  # below this trafilatura missed the article; the line model reads the page
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "form", "button", "select", "iframe", "nav")
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
               "header", "footer", "aside", "blockquote", "figcaption", "time", "ul", "ol", "table", "dd", "dt",
               "td", "th"}


# Control characters (NUL, form feed …) that XML forbids: a tree will not hold them, and no page shows them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def extract_html(article: Article) -> Article:
    html = _CONTROL.sub("", article.raw_text)
    doc = parse_html(html)
    hints = article.hints or {}
    meta_keywords: list[str] = []
    if doc is not None:
        meta = read_meta(doc)
        article.title = hints.get("title") or meta.title
        if meta.published:
            article.published, article.published_source = meta.published.isoformat(), "meta"
        article.author = meta.author
        article.agencies = list(meta.agencies)
        article.outlet = meta.outlet
        meta_keywords = meta.keywords
        article.keywords = tag_links(doc)
    apply_hints(article, {**hints, "outlet": _without_sections(hints.get("outlet")), "keywords": None})
    if doc is not None and drop_embeds(doc):  # for both readings below: a post's words are not the article's
        html = lxml_html.tostring(doc, encoding="unicode")

    page = parse_html(html)  # a second tree: page_text() cuts it down
    whole = read_lines(page_text(page), reference=article.reference_time, title=article.title,
                       site=article.outlet) if page is not None else Extraction()
    # trafilatura's text rarely holds the headline: the page's title keeps its first paragraph from
    # being taken for one; the headline shown, when fuller than the meta one, wins
    article.title = whole.title or article.title
    text = trafilatura.extract(html, include_comments=False) or ""
    main = read_lines(text, reference=article.reference_time, title=article.title,
                      site=article.outlet) if text else Extraction()
    if _words(main) < MIN_TRAFILATURA_WORDS:
        main, whole = whole, main
    if _words(main) < MIN_TRAFILATURA_WORDS and doc is not None and (data_text := embedded_text(doc, article.title)):
        # a script-rendered shell: the article is in the page's data, the shell gives the rest
        embedded = read_lines(data_text, reference=article.reference_time, title=article.title, site=article.outlet)
        if _words(embedded) > _words(main):
            main, whole = embedded, main
    _merge(main, whole)
    apply(main, article)
    # the tag list shown on the page is the article's own; meta keywords are often site-wide
    article.keywords = article.keywords or meta_keywords or list(hints.get("keywords") or [])
    return article


def _words(extraction: Extraction) -> int:
    return sum(len(p.split()) for p in extraction.body)


def _merge(main: Extraction, other: Extraction) -> None:
    """What trafilatura dropped around the article (date line, byline, credits, tags) is read from the
    whole page."""
    main.title = main.title or other.title
    if main.published is None:
        main.published, main.published_source = other.published, other.published_source
    main.agencies = main.agencies or other.agencies
    main.publishers = main.publishers or other.publishers
    main.author = main.author or other.author
    main.dateline = main.dateline or other.dateline
    main.keywords = main.keywords or other.keywords
    main.teasers = main.teasers or other.teasers
    # a read-more box inside the article ends the whole page's article early: the paragraphs after
    # it are the main text's, not a related article's; a list of related links under the article
    # adds to the box trafilatura kept
    body, known = set(main.body), {rel.title for rel in main.related}
    for rel in other.related:
        if rel.title not in body and rel.title not in known:
            rel.body = "\n".join(line for line in rel.body.split("\n") if line not in body)
            main.related.append(rel)


_NAME_PARTS = re.compile(r"\s+[-–—|»:]\s+")


def _without_sections(name: str | None) -> str | None:
    """A feed's title without the section it serves: "الوادي نت - رياضة" -> "الوادي نت"."""
    if not name:
        return None
    parts = _NAME_PARTS.split(name)
    while len(parts) > 1 and is_section_name(parts[-1]):
        parts.pop()
    while len(parts) > 1 and is_section_name(parts[0]):
        parts.pop(0)
    return " - ".join(parts) if len(parts) > 1 else parts[0]


_TAG_LINKS = "//a[contains(concat(' ', normalize-space(@rel), ' '), ' tag ')]"


def tag_links(doc) -> list[str]:
    """The page's tag list as its links give it, one tag a link: rel="tag" links, or the links of
    the element labelled as tags ("الوسوم: <a>…</a> <a>…</a>"). Flattened to a line, multi-word tags
    run together."""
    links = doc.xpath(_TAG_LINKS)
    if not links:
        for el in doc.xpath("//*[a]"):
            text = " ".join(el.text_content().split())
            furniture = classify(text) if len(text) < 300 else None
            labelled = any(_tags_label(child) for child in el if isinstance(child.tag, str))
            if labelled or (furniture is not None and furniture.kind == "tags"):
                links = el.findall(".//a")
                break
    if not links:
        links = next((el.findall(".//a") for el in doc.xpath("//*[a]") if _named_as_tags(el)), [])
    return unique_names([" ".join(a.text_content().split()) for a in links if a.text_content().strip()])


# Social media posts embedded in the article: the post's words are not the article's.
_EMBEDS = ("//blockquote[contains(@class, 'twitter-tweet') or contains(@class, 'instagram-media') "
           "or contains(@class, 'tiktok-embed') or contains(@class, 'twitter-video')]"
           " | //*[contains(concat(' ', normalize-space(@class), ' '), ' fb-post ')]")


def drop_embeds(doc) -> bool:
    """Remove embedded social media posts from a tree; were there any?"""
    embeds = doc.xpath(_EMBEDS)
    for el in embeds:
        el.drop_tree()
    return bool(embeds)


_TAG_CLASSES = re.compile(r"(?:^|[-_])(?:tags|keywords|tag-list|taglist)(?:$|[-_])")
_MAX_TAG_LINKS = 20


def _named_as_tags(el) -> bool:
    """An element its class or id names as the tag list (class="tags"، "post-tags"، id="keywords"),
    holding links and no words of its own beside them."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower().split()
    if not any(_TAG_CLASSES.search(n) for n in names):
        return False
    links = el.findall(".//a")
    linked = sum(len(a.text_content().split()) for a in links)
    return 0 < len(links) <= _MAX_TAG_LINKS and len(el.text_content().split()) - linked <= 2


def _tags_label(el) -> bool:
    label = " ".join(el.text_content().split()).rstrip(" :")
    if not label or len(label.split()) > 3 or el.getnext() is None or el.getnext().tag != "a":
        return False
    found = classify(f"{label}: -")
    return found is not None and found.kind == "tags"


def page_text(doc) -> str:
    """The visible text of a page, one block element per line (the tree is modified). Links marked
    as the page's tags are left out: tag_links() reads them, and a bare row of them under the
    article would read as its writer's signature."""
    for bad in doc.xpath("//" + " | //".join(_DROP_TAGS)):
        bad.drop_tree()
    for tag in doc.xpath(_TAG_LINKS):
        tag.drop_tree()
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
            if el.tag.lower() != "br":
                el.text = "\n" + (el.text or "")
        elif not el.tail and el.getnext() is not None:
            # "<span>اقرأ أيضاً</span><a>…</a>": two inline elements are two words; a tag list's
            # label alone in its element ("<span>الكلمات المفتاحية</span> <a>…</a>") gets its colon
            el.tail = ": " if _tags_label(el) else " "
        elif el.getnext() is not None and _tags_label(el):
            el.tail = ":" + el.tail
    body = doc.find("body")
    text = (body if body is not None else doc).text_content()
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))
