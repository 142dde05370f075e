"""Interviews: the answers of a question-and-answer page ("س: …" / "ج: …") are direct statements
of the person interviewed, whom the page names before the first answer after an interview word
("أجرت الصحيفة حواراً مع وزير الزراعة عماد الحلبي"، "في مقابلة مع …"، "التقت … بـ").
"""
from __future__ import annotations

import re

from marsad.article import Article
from marsad.nlp.normalize import normalize, tokenize
from marsad.nlp.quotes import lexicon as lx
from marsad.nlp.quotes.marks import trim
from marsad.nlp.quotes.paragraph import Found, Paragraph
from marsad.nlp.quotes.speakers import Subject

# "ج: …"، "ج - …"، "جـ: …"، "الجواب: …" at the start of a paragraph
ANSWER = re.compile(r"^\s*(?:ج|جـ|الجواب|جواب)\s*[:：\-–—]\s*")
INTERVIEWEE_REACH = 10  # words from the interview word to the name: "حواراً مع وزير الزراعة عماد الحلبي"


def answers(article: Article, paragraphs: list[Paragraph], taken: list[Found]) -> list[Found]:
    """A direct statement for every answer paragraph the interviewee can be named for."""
    body = article.body
    marked = [(p, m) for p in paragraphs if (m := ANSWER.match(body[p.start:p.end]))]
    if not marked:
        return []
    who = _interviewee(article, marked[0][0].start)
    if who is None:
        return []
    out = []
    for para, m in marked:
        s, e = trim(body, para.start + m.end(), para.end)
        if e > s and not any(f.start < e and s < f.end for f in taken):
            out.append(Found(s, e, "direct", m.group().strip(" :：-–—"), who, False))
    return out


def _interviewee(article: Article, before: int) -> Subject | None:
    """The person named soonest after an interview word, before the first answer."""
    body = article.body
    people = sorted((m.start, m.end, e.id) for e in article.entities if e.type == "PER"
                    for m in e.mentions if m.end <= before)
    for tok in tokenize(body[:before]):
        if not lx.is_role(normalize(tok.text), "interview"):
            continue
        reach = tokenize(body[tok.end:before], tok.end)[:INTERVIEWEE_REACH]
        limit = reach[-1].end if reach else tok.end
        hit = next(((s, e, ent) for s, e, ent in people if tok.end <= s < limit), None)
        if hit:
            return Subject(kind="name", name_start=hit[0], name_end=hit[1], entity=hit[2])
    return None
