"""What an HTML page says about itself: <meta>, Open Graph, JSON-LD, <time datetime>, the headline.

Only statements the page makes about the article are read; no date is guessed from running text here.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from lxml import html as lxml_html

from marsad.extract.credits import lookup_source, names_a_site
from marsad.extract.furniture import is_media, is_section_name
from marsad.nlp.dates import find_dates
from marsad.nlp.normalize import normalize

_DATE_META = ("article:published_time", "og:published_time", "datepublished", "publishdate", "pubdate",
              "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created",
              "sailthru.date", "parsely-pub-date", "article.published", "original-publish-date")
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—«»:]\s+|\s*\|\s*|\s*::\s*|\s*(?:>>|»»)\s*")


@dataclass
class PageMeta:
    title: str | None = None
    published: date | datetime | None = None
    author: str | None = None
    agencies: list[str] = field(default_factory=list)  # an agency the page names as its author
    outlet: str | None = None
    section: str | None = None
    keywords: list[str] = field(default_factory=list)


def read_meta(doc) -> PageMeta:
    """Metadata of a parsed lxml HTML document."""
    meta = PageMeta()
    tags: dict[str, str] = {}
    for el in doc.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = (el.get("content") or "").strip()
        if key and value and key not in tags:
            tags[key] = value
    ld = _json_ld(doc)
    site = tags.get("og:site_name") or _ld_name(ld.get("publisher")) or tags.get("application-name")
    meta.title = _headline(doc, tags, ld, site)
    meta.outlet = site or _site_from_title(doc, meta.title)
    for key in _DATE_META:
        if key in tags:
            meta.published = _date(tags[key])
            if meta.published:
                break
    if meta.published is None and ld.get("datePublished"):
        meta.published = _date(str(ld["datePublished"]))
    if meta.published is None:
        meta.published = _time_element(doc)
    author = tags.get("author") or tags.get("article:author") or _ld_name(ld.get("author"))
    if author and not author.startswith("http"):
        _read_author(author, meta)
    meta.section = tags.get("article:section") or None
    raw = tags.get("news_keywords") or tags.get("keywords") or ld.get("keywords") or ""
    if isinstance(raw, list):
        raw = ",".join(str(r) for r in raw)
    meta.keywords = [k.strip() for k in re.split(r"[,،;|]", raw) if k.strip()]
    if not meta.keywords:
        meta.keywords = [el.get("content").strip() for el in doc.iter("meta")
                         if (el.get("property") or "").lower() == "article:tag" and el.get("content")]
    return meta


def _read_author(author: str, meta: PageMeta) -> None:
    """A person's name is the author; the site's own name or an agency is a credit, never an author."""
    src = lookup_source(author)
    if src is not None and src.kind != "outlet":
        meta.agencies.append(src.name)
    elif src is None and not is_media(author) and not _same_name(author, meta.outlet):
        meta.author = author


def _same_name(a: str | None, b: str | None) -> bool:
    return bool(a and b and normalize(a) == normalize(b))


def _json_ld(doc) -> dict:
    """The first JSON-LD object describing an article (NewsArticle, Article, …)."""
    for script in doc.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for obj in _walk(data):
            if isinstance(obj, dict) and "Article" in str(obj.get("@type", "")) or (
                    isinstance(obj, dict) and ("headline" in obj or "datePublished" in obj)):
                return obj
    return {}


def _walk(data):
    if isinstance(data, list):
        for item in data:
            yield from _walk(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _walk(data["@graph"])


def _ld_name(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _headline(doc, tags: dict, ld: dict, site: str | None) -> str | None:
    """og:title or JSON-LD headline or <h1>, else <title> without the site's name."""
    for cand in (tags.get("og:title"), ld.get("headline") if isinstance(ld.get("headline"), str) else None,
                 tags.get("twitter:title")):
        if cand and cand.strip() and not _same_name(strip_site_name(cand.strip(), site), site):
            return strip_site_name(cand.strip(), site)
    for h1 in doc.xpath("//article//h1") + doc.xpath("//h1"):
        text = " ".join(h1.text_content().split())
        if len(text.split()) >= 2 and not names_a_site(text, site):  # many sites set their logo in an <h1>
            return text
    titles = doc.xpath("//title")
    if titles and titles[0].text_content().strip():
        title = strip_site_name(" ".join(titles[0].text_content().split()), site)
        return None if names_a_site(title, site) else title  # a home page's <title> is the site's name
    return None



def _site_from_title(doc, headline: str | None) -> str | None:
    """"عنوان الخبر - جريدة المساء": what <title> adds to the headline is the site's name."""
    titles = doc.xpath("//title")
    if not titles or not headline:
        return None
    full = " ".join(titles[0].text_content().split())
    if not full.startswith(headline) and not full.endswith(headline):
        return None
    rest = full.replace(headline, "", 1).strip(" |-–—:«»")
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(rest) if p.strip()]
    named = [p for p in parts if not is_section_name(p)]  # "جريدة الأفق :: محليات"
    if 0 < len(named) < len(parts):
        rest = " - ".join(named)
    return rest if rest and len(rest.split()) <= 5 else None


def strip_site_name(title: str, site: str | None) -> str:
    """"عنوان الخبر | بوابة النيل" -> "عنوان الخبر": drop the short part naming the site."""
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    site_key = normalize(site or "")
    kept = [p for p in parts if not (site_key and normalize(p) == site_key)]
    if len(kept) == len(parts):
        # No declared site name: the site is the short trailing (or leading) part
        if len(parts[-1].split()) <= 4 and len(parts[0].split()) > len(parts[-1].split()):
            kept = parts[:-1]
        elif len(parts[0].split()) <= 3 and len(parts[-1].split()) > 4:
            kept = parts[1:]
    # "جريدة الأفق :: محليات :: الخبر": a section name beside the headline goes with the site's
    while len(kept) > 1 and is_section_name(kept[0]):
        kept = kept[1:]
    while len(kept) > 1 and is_section_name(kept[-1]):
        kept = kept[:-1]
    if not kept:
        return title
    # keep the original separators inside the headline ("لافروف: …")
    first, last = kept[0], kept[-1]
    return title[title.index(first):title.rindex(last) + len(last)].strip()


def _date(value: str) -> date | datetime | None:
    mentions = find_dates(value)
    return mentions[0].value if mentions else None


def _time_element(doc) -> date | datetime | None:
    """<time datetime> or itemprop=datePublished inside the article (or the page when none)."""
    scope = doc.xpath("//article") or [doc]
    for el in scope[0].xpath(".//*[@itemprop='datePublished'] | .//time[@datetime]"):
        value = el.get("datetime") or el.get("content") or el.text_content()
        found = _date(value or "")
        if found:
            return found
    return None


_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)")


def date_from_url(url: str | None) -> date | None:
    """/2024/03/26/ in an article URL."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


_PARSER = lxml_html.HTMLParser(encoding="utf-8")  # the text is already decoded: never guess a charset


def parse_html(text: str):
    """lxml document of a page, or None when it does not parse."""
    try:
        return lxml_html.fromstring(text.encode("utf-8"), parser=_PARSER)
    except (ValueError, lxml_html.etree.ParserError):
        return None
