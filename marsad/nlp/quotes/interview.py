"""Statements laid out as dialogue: the answers of a question-and-answer page ("س: …" / "ج: …",
dashed lines, or with no marks each question on a line of its own, a question then its answer) are
direct statements of the person interviewed, whom the
page names before the first answer after an interview word ("أجرت الصحيفة حواراً مع وزير الزراعة
عماد الحلبي"، "في مقابلة مع …"); a paragraph that opens with a person's name and a colon
("الحلبي: \"…\"") is that person's.
"""
from __future__ import annotations

import re

from marsad.article import Article
from marsad.nlp.normalize import normalize, tokenize
from marsad.nlp.quotes import lexicon as lx
from marsad.nlp.quotes.marks import trim
from marsad.nlp.quotes.paragraph import Found, Paragraph
from marsad.nlp.quotes.speakers import Subject, parse

# "ج: …"، "ج - …"، "جـ: …"، "ج/ …"، "الجواب: …" at the start of a paragraph
ANSWER = re.compile(r"^\s*(?:ج|جـ|الجواب|جواب)\s*[:：\-–—/]\s*")
DASH = re.compile(r"^\s*[-–—]\s*")  # a line of dialogue set out with a dash
QUESTION_MARK = re.compile(r"^\s*(?:[*•■▪●]|س\s*[:：\-–—/])\s*")  # "* كيف …؟"، "س: …؟"
INTERVIEWEE_REACH = 10  # words from the interview word to the name: "حواراً مع وزير الزراعة عماد الحلبي"
LABEL_WORDS = 4  # a speaker label before a colon: "وزير النقل نادر الفاخوري:"


def answers(article: Article, paragraphs: list[Paragraph], taken: list[Found]) -> list[Found]:
    """A direct statement for every answer paragraph the interviewee can be named for."""
    body = article.body
    # (answer paragraph, characters of its mark: "ج: "، "- ", none)
    marked = [(p, m.end()) for p in paragraphs if (m := ANSWER.match(body[p.start:p.end]))]
    marked += _dashed_answers(body, paragraphs)
    marked = marked or _plain_answers(body, paragraphs)  # no marks at all: each question on its own line
    marked.sort(key=lambda pm: pm[0].start)
    if not marked:
        return []
    first_answer = marked[0][0].start
    who = (_interviewee(article, first_answer) or _lead_speaker(taken, first_answer)
           or _interviewed_office(paragraphs, first_answer) or _office_in_headline(article))
    if who is None:
        return []
    out = []
    for para, mark in marked:
        s, e = trim(body, para.start + mark, para.end)
        if e > s and not any(f.start < e and s < f.end for f in taken):
            out.append(Found(s, e, "direct", None, who, False))  # no reporting verb: the layout says it
    return out


def _dashed_answers(body: str, paragraphs: list[Paragraph]) -> list[tuple[Paragraph, int]]:
    """Dialogue set out with dashes: a paragraph opening with a dash right after a marked question
    ("- وماذا عن الأسعار؟"، "* كيف تقيمون الوضع؟"، "س: …؟" then "- الحكومة ستدعم …") is an answer."""
    out, asked = [], False
    for para in paragraphs:
        text = body[para.start:para.end]
        question = text.rstrip().endswith(("؟", "?"))
        m = DASH.match(text)
        if m is None:
            asked = question and QUESTION_MARK.match(text) is not None
            continue
        if asked and not question:
            out.append((para, m.end()))
        asked = question
    return out


def _lead_speaker(taken: list[Found], before: int) -> Subject | None:
    """The one person the page quotes before its first answer, when it names no interview: the
    lead that sums up a question-and-answer page ("أكد وزير الداخلية X أن …" then "نص الحوار:")."""
    named = [f.subject for f in taken if f.start < before and f.subject is not None and f.subject.kind == "name"
             and f.subject.entity]
    return named[0] if named and len({s.entity for s in named}) == 1 else None


QUESTION_WORDS = 30  # a question set on its own line is short
MIN_EXCHANGES = 2  # one question on its own line may be rhetorical; two make a dialogue


def _plain_answers(body: str, paragraphs: list[Paragraph]) -> list[tuple[Paragraph, int]]:
    """Dialogue set out with no marks, each question on a line of its own ("متى يكتمل المشروع؟",
    then the answer): a paragraph after a short question is an answer, when the page has two such
    exchanges or more."""
    out = []
    for before, para in zip(paragraphs, paragraphs[1:]):
        asked = body[before.start:before.end].strip()
        said = body[para.start:para.end].strip()
        if (asked.endswith(("؟", "?")) and len(asked.split()) <= QUESTION_WORDS and said
                and not said.endswith(("؟", "?"))):
            out.append((para, 0))  # no mark before the answer
    return out if len(out) >= MIN_EXCHANGES else []


def _interviewee(article: Article, before: int) -> Subject | None:
    """The person named soonest after an interview word, before the first answer: within a few
    words, or in the rest of its sentence ("في أول حوار له منذ توليه منصبه، تحدث وزير الدفاع
    الجنرال X"). A headline that announces an interview ("الوزير في حوار خاص: …") names the one
    the page introduces first."""
    body = article.body
    people = sorted((m.start, m.end, e.id) for e in article.entities if e.type == "PER"
                    for m in e.mentions if m.end <= before)
    for tok in tokenize(body[:before]):
        if not lx.is_role(normalize(tok.text), "interview"):
            continue
        reach = tokenize(body[tok.end:before], tok.end)[:INTERVIEWEE_REACH]
        limit = max(reach[-1].end if reach else tok.end, _sentence_end(body, tok.end, before))
        hit = next(((s, e, ent) for s, e, ent in people if tok.end <= s < limit), None)
        if hit:
            return _named(hit)
    if people and any(lx.is_role(normalize(t.text), "interview") for t in tokenize(article.title or "")):
        return _named(people[0])
    return None


_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _sentence_end(body: str, start: int, limit: int) -> int:
    m = _SENTENCE_END.search(body, start, limit)
    return m.start() if m else limit


_WITH = normalize("مع")


def _interviewed_office(paragraphs: list[Paragraph], before: int) -> Subject | None:
    """An interviewee named by office or body only ("حواراً مع وزير الداخلية"، "مقابلة مع رئيس هيئة
    الطيران المدني"): the answers are that office's, which resolving may tie to a person named on the page."""
    for para in (p for p in paragraphs if p.end <= before):
        for t, tok in enumerate(para.toks):
            if not lx.is_role(tok.w, "interview"):
                continue
            k = t + 2 if t + 1 < len(para.toks) and para.toks[t + 1].w == _WITH else t + 1
            subject = parse(para.toks, k, para.sentence_end(k)) if k < len(para.toks) else None
            if subject is not None and subject.kind in ("title", "org"):
                return subject
    return None


def _office_in_headline(article: Article) -> Subject | None:
    """"حوار مع وزير الداخلية" as the headline of a page of questions and answers: the office
    interviewed (a body's name would point into the headline, not the body, so offices only)."""
    title = article.title or ""
    office = _interviewed_office([Paragraph(title, 0, len(title), {})], len(title) + 1) if title else None
    return office if office is not None and office.kind == "title" else None


def _named(hit: tuple[int, int, str]) -> Subject:
    return Subject(kind="name", name_start=hit[0], name_end=hit[1], entity=hit[2])


# words that open a byline before the writer's name and a colon ("كتب ـ X:"، "بقلم: X")
BYLINE_WORDS = frozenset(normalize(w) for w in "كتب كتبت بقلم إعداد".split())


def labelled(article: Article, paragraphs: list[Paragraph], taken: list[Found]) -> list[Found]:
    """"الفاخوري: \"سنفتتح الطريق في الربيع\"": a paragraph that is a person's name, a colon and
    their words; the name may follow a title, and must be a person the entities stage found."""
    body = article.body
    ending = {m.end: (m.start, e.id) for e in article.entities if e.type == "PER" for m in e.mentions}
    out = []
    for para in paragraphs:
        colon = body.find(":", para.start, para.end)
        if colon < 0 or len(tokenize(body[para.start:colon])) > LABEL_WORDS:
            continue
        label_end = len(body[para.start:colon].rstrip()) + para.start
        mention = ending.get(label_end)
        s, e = trim(body, colon + 1, para.end)
        if mention is None or mention[0] < para.start or e <= s or any(f.start < e and s < f.end for f in taken):
            continue
        if any(normalize(t.text) in BYLINE_WORDS for t in tokenize(body[para.start:mention[0]])):
            continue  # "كتب ـ سالم الحلو: …": the story's writer, not a speaker
        who = Subject(kind="name", name_start=mention[0], name_end=label_end, entity=mention[1])
        out.append(Found(s, e, "direct", None, who, False))
    return out
