"""Quotes stage: who said what — direct, indirect and mixed quotations, speakers and relays.

The body is read paragraph by paragraph. A reporting cue (cues.tsv) opens a statement: its subject
is the speaker (or, with none, the speaker of the statement before), and what follows it — a
colon, a quoted passage, أن/إن or the cue's own particle — is the reported content, which ends at
the sentence end or before a continuation participle (، مشيراً إلى …) that opens the next
statement of the same speaker. Relays ("نقلت وكالة تاس عن أنطونوف قوله"، "أفادت وكالة X نقلاً عن Y"،
"وفق ما نقلت X عن Y"، "نقلت الوكالة عن …" for the agency named before) give the speaker and the
relaying outlet. An announced verbal noun ("أعلن الجيش مقتل …") is reported speech; a claim of
responsibility ("أعلنت الحركة مسؤوليتها"، "تبنت") is not, the events stage records it. Quoted passages with no cue are kept only when they follow one (a paragraph that
goes on quoting) or are followed by one ("…"، قال الوزير). Bare titles are resolved to the person
who holds them in the same article, and speakers are linked to the entities stage.
"""
from __future__ import annotations

from marsad.article import Article
from marsad.nlp import lexicons
from marsad.nlp.normalize import normalize, tokenize
from marsad.nlp.quotes import lexicon as lx
from marsad.nlp.quotes import resolve
from marsad.nlp.quotes.content import NOT_A_STATEMENT, attribution_at, find_content, gesture
from marsad.nlp.quotes.interview import BYLINE_WORDS, answers, labelled
from marsad.nlp.quotes.marks import first_closing, trim
from marsad.nlp.quotes.paragraph import MIN_PASSAGE_WORDS, Found, Paragraph, SpanSet
from marsad.nlp.quotes.relays import attributed, passed_on, past_cue, quoted_outlet, relay, via, via_after
from marsad.nlp.quotes.speakers import (MAX_MARKED_NAME, Subject, Tok, after_kana_qad, country_subject, is_an,
                                        is_function_word, is_speech_context, issuer, parse, parse_before)

_NOT = frozenset({"لم", "ولم"})  # "لم يستبعد أن": a negated cue that still reports (speaker_roles "negatable")
_THUS = frozenset({"هكذا"})  # "«…»، هكذا قال الوزير"
_WITH_THESE = frozenset(normalize(w) for w in "بهذه بتلك".split())
_WORDS_NOUNS = frozenset(normalize(w) for w in "الكلمات العبارات العبارة الجملة الكلمة".split())
_POINTING_BACK = frozenset({"هذا", "هكذا"}) | _WITH_THESE
_BY_SAYING = normalize("بالقول")
_IN_IT = frozenset(normalize(w) for w in "فيه فيها".split())  # "بياناً قال فيه": the document just named
_DOCUMENT_REACH = 3  # tokens from the document noun to its cue: "تدوينة مطولة قالت فيها"


def run(article: Article) -> Article:
    body = article.body or ""
    if not body.strip():
        return article
    tags = _entity_tags(article)
    paragraphs = []
    pos = 0
    for line in body.split("\n"):
        paragraphs.append(Paragraph(body, pos, pos + len(line), tags))
        pos += len(line) + 1
    found: list[Found] = []
    for n, para in enumerate(paragraphs):
        # a paragraph opening with a quotation goes on with a statement of the paragraph before
        going_on = bool(found) and n > 0 and found[-1].start >= paragraphs[n - 1].start
        hits = _scan(para, going_on)
        introduced = _introduced_by(paragraphs[n - 1], para) if n > 0 else None
        if introduced is not None:  # "وأضاف النعيمي:" then the words in a paragraph of their own
            hits = [introduced, *(h for h in hits if h.start >= introduced.end)]
        pulled = _credited_after(paragraphs[n - 1], para, found) if n > 0 else None
        if pulled is not None:  # a pull quote, then "بهذه الكلمات افتتح X الجلسة"
            found.append(pulled)
        rest = _rest_of_open_quote(paragraphs[n - 1], para, found[-1], paragraphs[n + 1:]) if going_on else None
        if rest is not None:  # "«… الجملة الأولى" then "الجملة الثانية»": one quotation, two paragraphs
            hits = [rest, *(h for h in hits if h.start >= rest.end)]
        found.extend(hits)
        _credit_framed(para, paragraphs[n - 1] if n > 0 else para, found)
    found += answers(article, paragraphs, found)
    found = sorted(found + labelled(article, paragraphs, found), key=lambda f: f.start)
    article.quotes = resolve.speakers(article, paragraphs, found)
    # kept with any relays an earlier stage credited
    # an outlet's own reporter ("مصادر طبية لـ"الصحوة نت"" on الصحوة نت) relays nothing to it
    own = normalize(article.outlet or "")
    article.relayed_by = list(dict.fromkeys([*article.relayed_by,
                                             *(q.via for q in article.quotes if q.via and normalize(q.via) != own)]))
    return article


_CAME_THAT = frozenset(normalize(w) for w in "جاء جاءت يأتي تأتي".split())
_THAT = frozenset(normalize(w) for w in "ذلك هذا هذه تلك".split())


def _framing(para: Paragraph, t: int) -> bool:
    """Does the sentence at token t open "جاء ذلك في كلمة …"، "ويأتي هذا …": it tells where the
    statement before was made, and is no statement itself."""
    toks = para.toks
    return t + 1 < len(toks) and toks[t].w.removeprefix("و") in _CAME_THAT and toks[t + 1].w in _THAT


def _credit_framed(para: Paragraph, before: Paragraph, found: list[Found]) -> None:
    """"جاء ذلك في كلمة …، وفق ما نقلته وكالة X": X relayed the statements just before, in this
    paragraph or the one before it."""
    t = 0
    while t < len(para.toks):
        end = para.sentence_end(t)
        outlet = via(para, t + 2, end) if _framing(para, t) else None
        if outlet is not None:
            here = para.toks[t].start
            for f in reversed(found):
                if f.start >= here:
                    continue
                if f.start < before.start or f.via is not None:
                    break
                f.via = outlet
        t = end + 1


def _credited_after(before: Paragraph, para: Paragraph, found: list[Found]) -> Found | None:
    """A paragraph of words (a pull quote laid out on its own) credited by the next one opening
    "بهذه الكلمات افتتح رئيس الوزراء X الجلسة": X's words."""
    toks = para.toks
    if len(toks) < 4 or toks[0].w not in _WITH_THESE or toks[1].w not in _WORDS_NOUNS:
        return None
    # any verb: the words themselves say it was speech (افتتح، ختم، استهل، رد)
    subject = parse(toks, 3, para.sentence_end(2))
    if subject is None or subject.kind not in ("name", "title", "org"):
        return None
    s, e = trim(before.body, before.start, before.end)
    if e <= s or any(f.start < e and s < f.end for f in found):
        return None
    return Found(s, e, "direct", toks[2].text, subject, False)


def _acting_person(para: Paragraph, t: int) -> Subject | None:
    """The person or body a sentence with no statement before the participle at token t is about:
    "انتقد النائب X الموازنة، معتبراً أن …" gives X's words, not the last speaker's, and "طالبت
    منظمة X السلطات …، معتبرة أن …" the organisation's."""
    toks = para.toks
    start = para.sentence_start(t)
    # a claim's noun reports nothing: "نفت الحركة مسؤوليتها عن القصف، واتهمت …"; a participle
    # went on with the subject's own words: "أدان X القصف، واصفاً إياه بـ"…"، وطالب …"
    cues = {k: cue for k in range(start, t) if (cue := _cue_at(para, k)) is not None}
    going_on = min((k for k, cue in cues.items() if cue.role == "continuation" and _opens_clause(toks, k, start)),
                   default=t)
    # (a speech noun as an object reports nothing: "ورد X على تصريحات Y بالقول")
    said = [k for k in range(start, t) if (k in cues and cues[k].role not in ("claim", "continuation", "noun"))
            or (para.inside_speech(k) and k < going_on)]
    opening = para.after_dateline(start)  # "الكويت - 18 - 11 (كونا) -- رحبت دولة الكويت …، معربة"
    for verb in (opening, opening + 1):  # "رحبت دولة الكويت بالاتفاق، معربة عن …"
        if verb < t and _opens_clause(toks, verb, opening) and set(said) <= {verb} and (
                country := country_subject(toks, verb + 1, t)) is not None:
            return country
    if (set(said) <= {opening + 1} and toks[opening].w.removeprefix("و") in _CAME and opening + 2 < t
            and lx.is_role(toks[opening + 1].w, "context")):
        # "وجاءت تصريحات الوزير X خلال لقائه …، حيث أكد أن": whose words came
        words_of = parse(toks, opening + 2, t)
        if words_of is not None and words_of.kind in ("name", "title", "org"):
            return words_of
    first = next((k for k in range(start, t) if toks[k].tag in ("PER", "ORG")), None)
    if first is None:
        # "دان محافظ ديالى الهجوم، داعياً …": an office holder named by title only; "نفت وزارة
        # الدفاع التقارير، مؤكدة …": a body the entities stage left untagged, named by its head word
        # (or by a spokesman for a body: "نفى متحدث باسم الجيش التقارير، ووصفها بأنها …")
        verb = next((k for k in range(start, min(t, start + 4))
                     if k + 1 < t and (lx.is_title(toks[k + 1].w) or lx.is_org_head(toks[k + 1].w)
                                       or lx.is_role(toks[k + 1].w, "anonymous"))
                     and _opens_clause(toks, k, start)), None)
        sub = parse(toks, verb + 1, t) if verb is not None and set(said) <= {verb} else None
        return sub if sub is not None and (sub.kind in ("title", "org") or sub.speaks_for) else None
    if toks[first].tag == "ORG":  # a body only as the subject right after the opening verb
        # its head word may be left untagged: "وتبنت حركة طالبان باكستان الهجوم، مؤكدة …"
        untagged_head = first - 1 > start and toks[first - 1].tag is None and lx.is_org_head(toks[first - 1].w)
        head = first - 1 if untagged_head else first
        verb = head - 1
        # the opening verb may be a cue with nothing reported ("طالبت منظمة X السلطات بـ…")
        if not _opens_clause(toks, verb, start) or not set(said) <= {verb}:
            return _titled_subject(para, start, t, said)
        name_end = first + 1
        while name_end < t and toks[name_end].entity == toks[first].entity:
            name_end += 1
        return parse(toks, head, name_end)
    p = first
    while p - 1 > start and toks[p - 1].w and (lx.is_title(toks[p - 1].w) or toks[p - 1].art):
        p -= 1
    # the name is the subject of the verb that opens the clause, with one title at most: in
    # "استقبل الوزير السفير X" X is the guest
    verb = p - 1
    if not _opens_clause(toks, verb, start):
        return _titled_subject(para, start, t, said)  # a title holding a body: "المتحدث باسم الخارجية X"
    # (a title's genitive is no second title: "رئيس الوزراء الإسرائيلي X")
    if sum(lx.is_title(toks[k].w) and not (k > p and not toks[k - 1].art and lx.is_title(toks[k - 1].w))
           for k in range(p, first)) > 1:
        return None
    if not set(said) <= {verb}:
        return None  # "قال الوزير إن الرئيس X …، مشيراً": the statement before goes on
    return parse(toks, p, t)


def _object_after_comma(para: Paragraph, t: int, subject: Subject) -> bool:
    """"…، واتهمت الجيش بـ…"، "…، ودعت المجتمع الدولي إلى …": a verb that takes an object,
    joined by و after a comma, goes on with its clause's subject; the bare definite noun after it
    (no body the entities stage knows) is the one accused or called on."""
    toks = para.toks
    return (_joined_after_comma(toks, t) and lx.is_role(toks[t].w[1:], "object_verb")
            and subject.kind == "org" and subject.entity is None and all(x.tag is None for x in toks[t + 1:subject.end]))


def _joined_after_comma(toks: list[Tok], t: int) -> bool:
    """"…، وقالت إن": the verb at token t, joined by و to the clause before it after a comma."""
    return t > 0 and _opens_clause(toks, t, 0) and toks[t].w[:1] == "و"


def _joined_with_object(toks: list[Tok], t: int) -> bool:
    """"وانتقدت النائبة X القرار ووصفته بأنه …": a verb joined by و, no comma before it, with the
    object pronoun of what the clause before named; its subject is that clause's."""
    w = toks[t].w
    return t > 0 and w[:1] == "و" and toks[t - 1].w != "" and _without_object(w) != w


def _plural_verb(word: str) -> bool:
    """A past verb in the masculine plural (أعلنوا، وأكدوا) or the dual (وأكدا: أكد is a form of the
    cue too; دعا is not دع + ا), whose subject is in the verb."""
    if word.endswith("وا") and len(word) >= 5:
        return True
    if word.endswith("ها") and _without_object(word) != word:
        return False  # "ووصفها": the verb and its object "her", not a dual
    singular = lx.cue_of(word[:-1]) if word.endswith("ا") and len(word) >= 4 else None
    return singular is not None and lx.cue_of(word) == singular


_CAME = frozenset(normalize(w) for w in "جاء جاءت".split())
_WHEREBY = frozenset(normalize(w) for w in "حيث إذ".split())


def _whereby(toks: list[Tok], t: int) -> bool:
    """"…، حيث أكد أن": the verb at token t after حيث or إذ and a comma goes on with the clause before."""
    return t >= 2 and toks[t - 1].w in _WHEREBY and toks[t - 2].text in "،,"


def _titled_subject(para: Paragraph, start: int, t: int, said: list[int]) -> Subject | None:
    """A named person whose title holds a body, subject of the verb opening the sentence: "ورد
    المتحدث باسم الخارجية ماهر العلي على ذلك بالقول"، "وفي سياق متصل، استنكر رئيس مجلس النواب X"."""
    toks = para.toks
    # the verb opens the sentence (after its dateline: "القاهرة في 14 أكتوبر - جدد المتحدث …"), or
    # follows a linking phrase set off by a comma
    start = para.after_dateline(start)
    verbs = [start, *(k + 1 for k in range(start, min(t, start + _LINK_WORDS + 1)) if toks[k].text in "،,")][:2]
    for verb in verbs:
        if set(said) <= {verb} and verb + 1 < t:
            sub = parse(toks, verb + 1, t)
            # or the unnamed head or spokesman of a body, who speaks for it: "وشن الأمين العام لحزب X
            # هجوماً …، وقال"، "ونفى متحدث باسم الجيش التقارير، ووصفها بأنها …"
            if sub is not None and ((sub.kind == "name" and sub.titles)
                                    or (sub.kind in ("title", "anonymous") and sub.speaks_for)):
                return sub
    return None


_LINK_WORDS = 4  # "وفي سياق متصل،"، "من جهة أخرى،": a phrase linking the sentence to the one before


def _opens_clause(toks: list[Tok], k: int, start: int) -> bool:
    """Does token k open the sentence that begins at `start`, or a clause after a comma?"""
    return k == start or (k > start and toks[k - 1].text in "،,")


def _reporter_of(para: Paragraph, a: int, b: int) -> str | None:
    """The outlet whose reporter is the subject in tokens [a, b): "أفاد مراسل الجزيرة بأن"، "مراسل
    "الأفق" في طرابلس"."""
    toks = para.toks
    for k in range(a, min(b, len(toks)) - 1):
        if toks[k].w not in lx.relays()["reporter"]:
            continue
        if toks[k + 1].w in lx.agencies():
            return lx.agencies()[toks[k + 1].w]
        if (p := para.passage_at(k + 1)) is not None and (name := quoted_outlet(para, p)):
            return name
    return None


def _given_in_lead(para: Paragraph, t: int) -> str | None:
    """The outlet named in a lead-in before the cue: "وفي حديث لقناة الحرة، قال X"."""
    start = para.sentence_start(t)
    toks = para.toks
    if t - start < 3 or toks[start].w not in ("في", "وفي") or not lx.is_role(toks[start + 1].w, "context"):
        return None
    return via(para, start + 2, t)


def _introducing(tok: Tok) -> bool:
    """A word that may stand between a subject and the colon before its words: "وختم حمدان حديثه
    قائلا:"، "وأضاف الوزير في كلمته:"."""
    cue = lx.cue_of(tok.w)
    return (cue is not None and cue.role == "continuation") or is_speech_context(tok.w) or tok.w in ("في", "بالقول")


def _occasion(toks: list[Tok], k: int, colon: int) -> bool:
    """"، في كلمة ألقاها أمام مجلس النواب اليوم:": the speech the words were said in, described
    (a preposition, a speech noun, then words that report nothing themselves)."""
    while k < colon and toks[k].text in "،,":
        k += 1
    if k + 1 >= colon or toks[k].w not in _OCCASION_PREPOSITIONS or not is_speech_context(toks[k + 1].w):
        return False
    return all(x.w and not is_an(x.w) and lx.cue_of(x.w) is None or x.text in "،," for x in toks[k + 2:colon])


_OCCASION_PREPOSITIONS = frozenset(normalize(w) for w in "في خلال أثناء عبر".split())


def _introduced_by(before: Paragraph, para: Paragraph) -> Found | None:
    """The statement a paragraph ending in a cue, its subject and a colon introduces ("وأضاف
    النعيمي:"): the quotation that opens this paragraph, else the whole paragraph."""
    toks = before.toks
    if len(toks) < 2 or toks[-1].text != ":" or not para.toks:
        return None
    start = before.sentence_start(len(toks) - 1)
    t, cue = next(((k, c) for k in range(start, len(toks) - 1)
                   if (c := lx.cue_of(toks[k].w)) is not None and c.role in ("verb", "continuation")), (None, None))
    if cue is None:
        # "صدر عن قيادة الجيش البيان الآتي:": the statement the body issued follows
        t = next((k for k in range(start, len(toks) - 2)
                  if toks[k].w.removeprefix("و") in _ISSUED_FROM and toks[k + 1].w == "عن"), None)
        subject = issuer(toks, t + 2, len(toks) - 1) if t is not None else None
        if subject is None:
            return None
    else:
        subject = parse(toks, t + 1, len(toks) - 1) if cue.role == "verb" else None
        if subject is not None and not (all(_introducing(x) for x in toks[subject.end:len(toks) - 1])
                                        or _occasion(toks, subject.end, len(toks) - 1)):
            return None  # more words between the subject and the colon: not a bare introduction
    opening = para.passages[0] if para.passages and para.passages[0].open_at == para.toks[0].start else None
    s, e = (opening.start, opening.end) if opening is not None else trim(para.body, para.start, para.end)
    if e <= s:
        return None
    found = Found(s, e, "direct", toks[t].text, subject, subject is None)
    found.gender = lx.cue_gender(toks[t].w) if cue is not None else None
    return found


_ISSUED_FROM = frozenset(normalize(w) for w in "صدر صدرت".split())


def _opening_honorific(para: Paragraph, t: int) -> str | None:
    """The honorific right after the verb that opens the sentence of token t ("ورحب سموه …"), if any."""
    toks = para.toks
    verb = para.after_dateline(para.sentence_start(t))
    if verb + 1 < t and lx.is_role(toks[verb + 1].w, "honorific"):
        return toks[verb + 1].w
    return None


def _honoured(para: Paragraph, t: int) -> Subject | None:
    """Whom an honorific after the cue at token t stands for: the nearest person the paragraph names
    or titles before it ("دشن أمير المنطقة … وأكد سموه"), read from where that phrase begins; None
    when the paragraph names no one before it (the statement then goes on from the last speaker)."""
    toks = para.toks
    for k in range(t - 1, -1, -1):
        if toks[k].tag == "PER" or lx.is_title(toks[k].w):
            start = k
            while start > 0 and (toks[start - 1].tag == "PER" or lx.is_title(toks[start - 1].w)):
                start -= 1
            sub = parse(toks, start, para.sentence_end(start))
            if sub is not None and sub.kind == "name" and not any(x.tag == "PER" for x in toks[start:sub.end]):
                return Subject(kind="title", titles=sub.titles, end=sub.end)  # "أمير المنطقة عدداً": no name
            return sub if sub is not None and sub.kind in ("name", "title") else None
    return None


def _without_object(word: str) -> str:
    """A cue without the object pronoun that points back to a quotation: قاله، أكدته -> قال، أكدت."""
    for suffix in ("ه", "ها"):
        if word.endswith(suffix) and lx.cue_of(word[:-len(suffix)]) is not None:
            return word[:-len(suffix)]
    return word


MAX_QUOTED_PARAGRAPHS = 4  # paragraphs a quotation may run on through before its closing mark


def _rest_of_open_quote(before: Paragraph, para: Paragraph, last: Found, later: list[Paragraph]) -> Found | None:
    """The words a paragraph quotes up to a closing mark it never opened, when the statement before
    ended in a quotation its paragraph left open; a paragraph with no marks at all, when one of
    the next few closes the quotation (a speech quoted over several paragraphs)."""
    through = last.kind == "direct" and last.cue is None and last.start <= before.start + 1 and not before.passages
    left_open = through or (before.passages and before.passages[-1].close_at is None
                            and last.end >= before.passages[-1].end)
    close = first_closing(para.body[para.start:para.end]) if left_open else None
    if close is None:
        if not left_open or para.passages or not _closed_later(later):
            return None
        close = para.end - para.start
    s, e = trim(para.body, para.start, para.start + close)
    return Found(s, e, "direct", None, None, True) if e > s else None


def _closed_later(later: list[Paragraph]) -> bool:
    """Does one of the next few paragraphs close a quotation it never opened, those before it
    holding no marks?"""
    for para in later[:MAX_QUOTED_PARAGRAPHS - 1]:
        if first_closing(para.body[para.start:para.end]) is not None:
            return True
        if para.passages:
            return False
    return False


def _entity_tags(article: Article) -> dict[int, tuple[str, str]]:
    """Start offset of every word inside an entity mention -> (type, entity id); also of a person's
    family name written alone where the entities stage left it ("واستهل حداد مؤتمره بالقول" after
    "الوزير كميل حداد"), which the entities benchmark scores against spreading it."""
    tags: dict[int, tuple[str, str]] = {}
    surnames: dict[str, str | None] = {}  # the last word of a person's full name -> the person's id
    for ent in article.entities:
        for m in ent.mentions:
            words = tokenize(article.body[m.start:m.end], m.start)
            for t in words:
                tags[t.start] = (ent.type, ent.id)
            last = normalize(words[-1].text) if len(words) >= 2 and ent.type == "PER" else ""
            if len(last) >= 3 and not last.startswith("ال") and not lexicons.is_given_name(last):
                # two people of one family name: neither is meant by it alone
                surnames[last] = ent.id if surnames.get(last, ent.id) == ent.id else None
    for t in tokenize(article.body):
        if t.start not in tags and (person := surnames.get(normalize(t.text))):
            tags[t.start] = ("PER", person)
    return tags


def _cue_at(para: Paragraph, t: int) -> lx.Cue | None:
    """The reporting cue token t is, if any: "بين الطرفين" is between, not "وبين الوزير أن"."""
    tok = para.toks[t]
    cue = lx.cue_of(tok.w)
    if cue is None and tok.w in _REPLIED and t + 1 < len(para.toks) and lx.is_title(para.toks[t + 1].w):
        cue = lx.cue_of(tok.w[1:])  # "فرد الوزير بأن": he replied (ورد alone is also "was stated")
    in_it = t + 1 < len(para.toks) and para.toks[t + 1].w in _IN_IT  # "برقية عبر فيها عن": a verb
    if cue is not None and lx.is_role(tok.w, "sentence_initial") and not in_it and not (
            t == para.sentence_start(t) or (tok.w[:1] == "و" and _opens_clause(para.toks, t, 0))):
        return None
    return cue


def _scan(para: Paragraph, going_on: bool) -> list[Found]:
    out: list[Found] = []
    taken = SpanSet()
    toks = para.toks
    t = 0
    while t < len(toks):
        tok = toks[t]
        if (tok.w and not para.inside(t) and (hit := _relative_statement(para, t)) is not None
                and not taken.overlaps(hit.start, hit.end)):
            out.append(hit)  # "… حركة النهضة التي اعتبرت أن …": the body the clause is about said it
            taken.add(hit.start, hit.end)
            t = max(t + 1, para.after(hit.end))
            continue
        if not tok.w or para.inside(t) or (t > 0 and toks[t - 1].w in NOT_A_STATEMENT
                                           and not (toks[t - 1].w in _NOT and lx.is_role(tok.w, "negatable"))):
            t += 1
            continue
        hit = relay(para, t) if lx.relays()["relay_verb"] & {tok.w, tok.w[1:]} else None
        if hit is None and attribution_at(para, t) is not None and not _framing(para, para.sentence_start(t)):
            hit = attributed(para, t)
        if hit is None and _stated_in(para, t):
            hit = _document_statement(para, t)
        cue = _cue_at(para, t)
        if hit is None and cue is not None and cue.role in ("verb", "continuation", "passive"):
            hit = _statement(para, t, cue)
        if hit is None and cue is None and t == para.sentence_start(t):
            hit = _colon_statement(para, t)
        if hit is None or taken.overlaps(hit.start, hit.end):
            t += 1
            continue
        out.append(hit)
        taken.add(hit.start, hit.end)
        t = max(t + 1, para.after(hit.end))
    claimed = [(f.start, f.end) for f in out]
    out.extend(_orphans(para, claimed, going_on))
    return sorted(out, key=lambda f: f.start)


def _colon_statement(para: Paragraph, t: int) -> Found | None:
    """"المتحدث باسم الحكومة: «…»": a sentence that opens with its speaker, a colon and a quotation,
    as live pages and summaries write them."""
    toks = para.toks
    subject = parse(toks, t, para.sentence_end(t))
    if (subject is None or subject.end >= len(toks) - 1 or toks[subject.end].text != ":"
            or all(x.tag == "LOC" for x in toks[t:subject.end])
            or not (subject.kind == "name" or subject.speaks_for or (subject.kind == "title" and subject.titles)
                    or (subject.kind == "org" and _named_body(toks[t:subject.end])))):
        return None
    p = para.passage_at(subject.end + 1)
    if p is None or para.words(p) < 2:
        return None
    return Found(p.start, p.end, "direct", None, subject, False, None)


def _named_body(words: list[Tok]) -> bool:
    """A body the entities stage found, or one named by an organisation's head word or as a state
    institution ("الجيش"، "الحكومة"), not any definite noun ("الخلاصة")."""
    return any(x.tag == "ORG" or lx.is_org_head(x.w) or lx.is_role(x.w, "institution") for x in words)


def _relative_statement(para: Paragraph, t: int) -> Found | None:
    """A reporting verb right after a relative pronoun whose antecedent is a person or body the
    entities stage found: "وسط اعتراض حركة النهضة التي اعتبرت أن …" is the movement's statement."""
    toks = para.toks
    if t < 2 or toks[t - 1].w not in lx.lexicons.RELATIVE_PRONOUNS or toks[t - 2].tag not in ("PER", "ORG"):
        return None
    cue = _cue_at(para, t)
    if cue is None or cue.role != "verb":
        return None
    found = find_content(para, t + 1, para.sentence_end(t), cue, takes_object=lx.is_role(toks[t].w, "object_verb"))
    if found is None:
        return None
    last = t - 2
    first = last
    while first > 0 and toks[first - 1].entity is not None and toks[first - 1].entity == toks[last].entity:
        first -= 1
    kind = "name" if toks[last].tag == "PER" else "org"
    found.cue, found.follows = toks[t].text, False
    found.subject = Subject(kind=kind, name_start=toks[first].start, name_end=toks[last].end,
                            entity=toks[last].entity, end=t)
    found.gender = lx.cue_gender(toks[t].w)
    return found


def _statement(para: Paragraph, t: int, cue: lx.Cue) -> Found | None:
    """The statement a cue at token t introduces, with its subject."""
    toks = para.toks
    end = para.sentence_end(t)
    if toks[t].w in BYLINE_WORDS and t + 1 < end and toks[t + 1].text in ":-–—ـ":
        return None  # "كتب: X"، "كتب ـ X:": a byline, the writer of the story, not a statement
    if gesture(toks, t, end):
        return None
    subject, follows, k, outlet, honorific = None, False, t + 1, None, None
    if cue.role == "verb" and t + 1 < end and toks[t + 1].w == _BY_SAYING:
        follows, k = True, t + 2  # "وختم بالقول إن": the speaker before, who closed his words so
    elif cue.role == "verb" and t + 1 < end and lx.is_role(toks[t + 1].w, "context"):
        # "وقال بيان صادر عن الوزارة إن": the statement's author, if named, is an organisation
        subject = issuer(toks, t + 2, end)
        k = subject.end if subject else t + 2
    elif cue.role == "verb" and t + 1 < end and toks[t + 1].w in _IN_IT and (noun := _document_before(para, t)):
        # the document's issuer or, unnamed ("في بيان قالت فيه"), no one: not the last speaker
        subject, k = _document_author(para, noun), t + 2
        if k < end and lx.is_role(toks[k].w, "honorific"):
            k += 1  # "برقية عبر فيها سموه عن …": his highness, the document's sender, once more
    elif (cue.role == "verb" and after_kana_qad(toks, t, 0)  # cheap first: the sentence's start is sought only then
          and after_kana_qad(toks, t, opening := para.sentence_start(t))
          and (before := parse_before(toks, t, opening))):
        subject = before  # "وكانت الحكومة قد اتهمت الجماعة بـ…": the words after the verb are its object
    elif cue.role == "verb" and _plural_verb(toks[t].w):
        # a plural or dual verb holds its subject ("أعلنوا قيام اتحادهم"، "وأكدا أهمية …"): news puts a
        # named one after a singular verb; and no one of those spoken of before speaks alone
        k = t + 1
    elif cue.role == "verb":
        subject = parse(toks, t + 1, end)
        if subject is not None:
            _name_in_marks(para, subject)
        relayed = passed_on(para, subject, end) if subject is not None else None
        if relayed is not None:  # "أفادت وكالة X نقلاً عن Y": Y speaks, X relays
            outlet, subject, k = relayed
        elif subject is not None:
            _release_particle(toks, subject, cue)
            k = subject.end
            if k + 2 < end and (toks[k].w, toks[k + 1].w) == _ON_THE_TONGUE_OF:
                # "وردت الخارجية على لسان المتحدث باسمها X بأن": X spoke, for the body
                voice = parse(toks, k + 2, end)
                if voice is not None and voice.kind == "name":
                    subject, k = voice, voice.end
            if _object_after_comma(para, t, subject):
                subject = _acting_person(para, t) or subject  # "نفت الجماعة …، واتهمت الجيش بـ…"
        elif t + 1 < end and lx.is_role(toks[t + 1].w, "honorific"):
            subject = _honoured(para, t)  # "وأكد سموه أن": the person last spoken of
            follows, k, honorific = subject is None, t + 2, toks[t + 1].w
        else:
            subject = parse_before(toks, t, para.sentence_start(t))
            if subject is None and lx.is_role(toks[t].w.removeprefix("ف"), "impersonal"):
                return None  # "مسلحون يعتقد أنهم من …": it is believed, by no one
            if subject is None and (_joined_after_comma(toks, t) or _whereby(toks, t) or _joined_with_object(toks, t)):
                # "رفضت الوزارة المقترح، وقالت إن …"، "استقبل الوزير X وفداً، حيث أكد أن": the clause's subject
                subject = _acting_person(para, t)
            if subject is None and t > 1 and toks[t - 1].w == _RATHER and toks[t - 2].text in "،,":
                subject = _denied_speaker(para, t - 2)  # "لم يقل الوزير X إن …، بل أكد أن": X again
            follows = subject is None
    elif cue.role == "continuation":
        subject = _acting_person(para, t)
        # "وردّ عدد من النواب …، معتبرين أن": a plural participle goes on with no one speaker
        follows = subject is None and not toks[t].w.endswith(("ين", "ون"))
        if subject is None and (styled := _opening_honorific(para, t)) is not None:
            follows, honorific = True, styled  # "ورحب سموه بالضيف، مؤكداً": his highness, named before
    found = find_content(para, k, end, cue, takes_object=lx.is_role(toks[t].w, "object_verb"))
    if found is None and subject is not None and subject.kind in ("name", "title", "org"):
        found = _fronted_statement(para, t, subject)
    if found is None:
        return None
    if t > 0 and toks[t - 1].w.removeprefix("و") in _WHEN:
        _end_at_comma(para, found)  # "حين قال X إن "…"، لم يكن يبالغ": the main clause follows the comma
    found.cue, found.subject, found.follows, found.honorific = toks[t].text, subject, follows, honorific
    found.via = (outlet or via(para, k, para.after(found.start)) or via_after(para, found.end)
                 or _reporter_of(para, t + 1, max(k, t + 3)) or _given_in_lead(para, t)
                 # "وصرح الوزير X لـ"الأفق" قائلاً:": the participle's clause gave the words to the outlet
                 or (via(para, para.sentence_start(t), t) if cue.role == "continuation" and subject is not None else None))
    # "وأضاف البيان": the verb agrees with the document, not with whoever issued it
    document = t + 1 < end and lx.is_document(toks[t + 1].w)
    found.gender = None if document else lx.cue_gender(toks[t].w)
    return found


# say-verbs that, set after a comma with their subject, credit the clause before them: "الوضع تحت
# السيطرة، يقول مدير الدفاع المدني"، "الاتفاق صامد، قال الوزير."
_SAY_AFTER = frozenset(normalize(w) for w in "يقول تقول قال قالت يضيف تضيف يوضح توضح".split())


def _fronted_statement(para: Paragraph, t: int, subject: Subject) -> Found | None:
    """The clause from the sentence's start to the comma before a say-verb that opens no statement
    of its own: the speaker named after the verb said it, in the writer's words."""
    toks = para.toks
    if toks[t].w not in _SAY_AFTER or t < 3 or toks[t - 1].text not in "،,":
        return None
    if subject.end < len(toks) and toks[subject.end].w and toks[subject.end].text not in "،,.":
        return None  # the subject goes on into something else: no attribution set after a clause
    start = para.after_dateline(para.sentence_start(t))
    if any(_cue_at(para, j) is not None or para.inside(j) for j in range(start, t - 1)):
        return None  # the clause has its own reporting verb or quotation
    s, e = trim(para.body, toks[start].start, toks[t - 1].start)
    return Found(s, e, "indirect", None, None, False) if e > s and " " in para.body[s:e] else None


_WHEN = frozenset(normalize(w) for w in "حين عندما حينما لما".split())
_RATHER = normalize("بل")
_SAY_JUSSIVE = frozenset(normalize(w) for w in "يقل تقل".split())
_REPLIED = frozenset(normalize(w) for w in "ورد فرد".split())
_ON_THE_TONGUE_OF = (normalize("على"), normalize("لسان"))


def _denied_speaker(para: Paragraph, comma: int) -> Subject | None:
    """The named subject of a negated cue in the clause before "، بل": "لم يقل الوزير X إن …"."""
    toks = para.toks
    start = para.sentence_start(comma)
    for k in range(start, comma - 1):
        if toks[k].w not in _NOT:
            continue
        # (the jussive "لم يقل" is no cue of its own: "لا يقل عن" is "no less than")
        cue = lx.cue_of("يقول") if toks[k + 1].w in _SAY_JUSSIVE else _cue_at(para, k + 1)
        if cue is not None and cue.role == "verb":
            subject = parse(toks, k + 2, comma)
            return subject if subject is not None and subject.kind in ("name", "title", "org") else None
    return None


def _end_at_comma(para: Paragraph, found: Found) -> None:
    """Cut a statement in a time clause at its first comma outside quotation marks; what is left
    may be a quotation alone."""
    k = para.after(found.start)
    while k < len(para.toks) and para.toks[k].start < found.end:
        if (p := para.passage_at(k)) is not None:
            k = para.after(p.outer_end)
            continue
        if para.toks[k].text in "،,":
            s, e = trim(para.body, found.start, para.toks[k].start)
            whole = para.passage_filling(s, e)
            if whole is not None:
                found.start, found.end, found.kind = whole.start, whole.end, "direct"
            elif e > s:
                found.start, found.end = s, e
            return
        k += 1


def _document_before(para: Paragraph, t: int) -> int | None:
    """The document noun just before the cue at token t ("بياناً قال فيه"، "تدوينة مطولة قالت فيها")."""
    toks = para.toks
    start = para.sentence_start(t)
    # after a comma the document may lie anywhere in the clause before: "أصدرت الوزارة بياناً بشأن
    # …، أوضحت فيه أن"
    floor = start - 1 if t > start and toks[t - 1].text in "،," else max(start, t - _DOCUMENT_REACH - 1)
    near = next((k for k in range(t - 1, floor, -1) if lx.is_document(toks[k].w)), None)
    if near is not None or t + 1 >= len(toks) or toks[t + 1].w != "فيها":
        return near
    # "بعث ببرقية تعزية إلى رئيس X عبر فيها عن": فيها goes back to the nearest feminine document
    # noun of the clause, past the addressee's name
    return next((k for k in range(t - 1, start - 1, -1) if lx.is_document(toks[k].w) and toks[k].w.endswith("ه")
                 and not any(toks[j].text in "،," or lx.cue_of(toks[j].w) for j in range(k + 1, t))), None)


def _document_author(para: Paragraph, noun: int) -> Subject | None:
    """"أصدر وزير المالية X بياناً قال فيه إن …"، "نشرت الوزيرة X تدوينة قالت فيها": the subject of
    the verb that opens the clause in which the document at token `noun` was issued."""
    toks = para.toks
    if (by := _author_after(para, noun)) is not None:
        return by
    start = para.sentence_start(noun)
    # the opening verb is the sentence's first word or a clause's after a comma: "وفي سياق متصل، أصدرت"
    for verb in (k for k in range(start, noun - 1) if _opens_clause(toks, k, start)):
        if not toks[verb].w or is_function_word(toks[verb].w) or lx.is_title(toks[verb].w):
            continue
        subject = parse(toks, verb + 1, noun)
        if subject is None or subject.kind not in ("name", "title", "org"):
            continue
        # a name only where the tagger vouches for it: "وقتل خمسة في هجوم تبنته جماعة في بيان"
        if subject.kind != "name" or any(tok.tag == "PER" for tok in toks[verb + 1:subject.end]):
            return subject
    return None


_AUTHOR_REACH = 4  # style and title words between "كلمة ل" and the person: "لسعادة السيد X"


def _author_after(para: Paragraph, noun: int) -> Subject | None:
    """"بدأت الجلسة بكلمة لسعادة السيد X رئيس المجلس أكد فيها": the person whose document it is,
    named behind ل right after the document noun (maybe after a style or title of his)."""
    toks = para.toks
    k = noun + 1
    if k >= len(toks) or toks[k].w[:1] != "ل":
        return None
    for j in range(k, min(len(toks), k + _AUTHOR_REACH)):
        word = toks[j].w if j > k else toks[j].w[1:]  # "لسعادة"؛ "للوزير" is read by is_title's clitics
        if toks[j].tag == "PER" and (j > k or toks[j].start + 1 < toks[j].end):
            sub = parse(toks, j, para.sentence_end(j))
            if sub is None or sub.kind != "name":
                return None
            if j == k:
                sub.name_start = toks[k].start + 1  # "لسامي X": the name behind its ل
            return sub
        if not (lx.is_title(word) or lx.is_title(toks[j].w) or lx.is_role(word, "style")):
            return None
    return None


def _stated_in(para: Paragraph, t: int) -> bool:
    """"وجاء في بيان"، "ورد في التقرير"، "جاء على لسان": what a document or a person's mouth says,
    at token t."""
    toks = para.toks
    if t + 2 >= len(toks):
        return False
    verb = toks[t].w[1:] if toks[t].w[:1] in "وف" else toks[t].w
    if toks[t + 1].w in _IN_IT:  # "نشرت السفارة بياناً جاء فيه أن"
        return f"{verb} في" in lx.relays()["stated_in"] and _document_before(para, t) is not None
    return f"{verb} {toks[t + 1].w}" in lx.relays()["stated_in"] and (
        lx.is_document(toks[t + 2].w) or toks[t + 2].w in lx.relays()["stated_by"])


def _document_statement(para: Paragraph, t: int) -> Found | None:
    """"وجاء في بيان لوزارة الداخلية أن …": the issuer, when named, speaks; "جاء في البيان" names
    none here. "وجاء على لسان المتحدث X أن …": X speaks. "أصدرت الوزارة بياناً جاء فيه أن …": the
    document's issuer speaks."""
    toks = para.toks
    end = para.sentence_end(t)
    after = t + 3
    if toks[t + 1].w in _IN_IT:  # the document just issued: its issuer speaks
        subject, after = _document_author(para, _document_before(para, t)), t + 2
    elif toks[t + 2].w in lx.relays()["stated_by"]:
        subject = parse(toks, t + 3, end)
    else:
        subject = issuer(toks, t + 3, end) if not toks[t + 2].w.startswith("ال") else None
    found = find_content(para, subject.end if subject and subject.end > after else after, end, lx.cue_of("قال"))
    if found is not None:
        found.cue, found.subject, found.follows = toks[t].text, subject, False
        found.via = via(para, t + 3, para.after(found.start))
    return found


def _name_in_marks(para: Paragraph, subject: Subject) -> None:
    """"وذكرت صحيفة "الأفق" أن": a body noun whose name follows in quotation marks is named by it."""
    toks = para.toks
    if subject.kind not in ("org", "name") or subject.name_start is None or para.after(subject.name_end) != subject.end:
        return
    head = toks[subject.end - 1].w
    if subject.end - para.after(subject.name_start) != 1 or not (
            head in lx.relays()["outlet"] or (subject.kind == "org" and lx.is_org_head(head))):
        return  # one head word ("صحيفة"، "حركة"، "يومية"), not a name already ("وزارة الصحة")
    marked = para.passage_at(subject.end)
    if marked is None or marked.close_at is None or not 0 < para.words(marked) <= MAX_MARKED_NAME:
        return
    subject.name_start, subject.name_end = marked.start, marked.end
    subject.kind, subject.entity = "org", None
    subject.titles = [head]  # the body noun: what the name is the name of
    subject.end = para.after(marked.outer_end)


def _release_particle(toks: list[Tok], subject: Subject, cue: lx.Cue) -> None:
    """"طالب جورج متري بفتح تحقيق": the name ends before the last word glued to the cue's ب."""
    if "ب" not in cue.particles or subject.kind != "name" or subject.name_start is None:
        return
    run = [k for k in range(subject.end) if subject.name_start <= toks[k].start < subject.name_end]
    glued = [k for k in run[1:] if toks[k].w.startswith("ب") and not toks[k].tag and toks[k].w not in ("بن", "بنت")]
    after = toks[subject.end] if subject.end < len(toks) else None
    if after is not None and (is_an(after.w) or after.text == ":"):
        return  # "أفاد فاكر بوزغاية بأن …": the content opens after the name, بو… is a surname
    if glued:
        subject.end = glued[-1]
        subject.name_end = toks[glued[-1] - 1].end


_DESCRIBED_AS = frozenset(normalize(w) for w in "ب بـ إياه إياها إياهم إياهما".split())
_OBJECT_PRONOUNS = frozenset(normalize(w) for w in "إياه إياها إياهم إياهما".split())
# the participle of اتهم, also a noun ("اعتقال متهم"): a participle only before its object pronoun
_ACCUSING = frozenset(normalize(w) for w in "متهماً متهمةً متهمين".split())


def _described_as(para: Paragraph, open_at: int) -> int | None:
    """The participle cue that, past its object pronoun and بـ, introduces a passage opening at
    offset `open_at` ("، واصفاً إياه بـ"…""، "واصفة إياها بأنها "…""), or None."""
    toks = para.toks
    k = para.after(open_at) - 1  # the opening mark's token
    steps = 0
    while k - 1 >= 0 and toks[k - 1].w in _DESCRIBED_AS and steps < 2:
        k, steps = k - 1, steps + 1
    if k >= 1 and toks[k].w in _OBJECT_PRONOUNS and toks[k - 1].w in _ACCUSING:
        return k - 1  # "، متهماً إياه بـ"…"": the pronoun makes the word the participle, not "an accused"
    cue = _cue_at(para, k - 1) if steps and k >= 1 else None
    return k - 1 if cue is not None and cue.role == "continuation" else None


def _orphans(para: Paragraph, claimed: list[tuple[int, int]], going_on: bool) -> list[Found]:
    """Quoted passages no cue introduced: one followed by a cue with its subject ("…"، قال X), or
    a paragraph that opens with a quotation going on from the statement before."""
    out = []
    toks = para.toks
    taken = SpanSet(claimed)
    dateline_end = para.after_dateline(0)
    for p in para.passages:
        if taken.overlaps(p.open_at, p.outer_end) or para.after(p.outer_end) <= dateline_end:
            continue  # (a paper's name in the dateline, "بغداد: «الأفق» هددت …", is no quotation)
        words = para.words(p)
        if words < 2 or para.is_label(p) or normalize(para.body[p.start:p.end]) in lx.agencies():
            continue  # (a known outlet's name in quotation marks, "«الشرق الأوسط» هددت …", is no speech)
        described = _described_as(para, p.open_at)
        if described is not None:  # "، واصفاً إياه بـ"الجريمة النكراء"": the participle's subject called it so
            out.append(Found(p.start, p.end, "direct", toks[described].text, _acting_person(para, described),
                             False, None))
            continue
        k = para.after(p.outer_end)
        while k < len(toks) and (toks[k].text in "،,-–" or toks[k].w in _THUS):
            k += 1
        if k + 1 < len(toks) and toks[k].text == "." and toks[k + 1].w in _POINTING_BACK:
            k += 1  # "«…». هذا ما أكده الرئيس": the next sentence points back to the words
        source = attribution_at(para, k) if k < len(toks) else None
        if source is not None:  # "…"، بحسب (ما قال) المتحدث العسكري
            source = past_cue(toks, source)
            subject = parse(toks, source, para.sentence_end(source))
            if subject is not None and subject.kind in ("name", "title"):
                out.append(Found(p.start, p.end, "direct", toks[k].text, subject, False,
                                 via(para, k, para.sentence_end(k))))
                continue
        framed = False
        if k + 2 < len(toks) and toks[k].w == "هذا" and toks[k + 1].w == "ما":
            k += 2  # "«…»، هذا ما قاله الوزير"
        elif k + 2 < len(toks) and toks[k].w in _WITH_THESE and toks[k + 1].w in _WORDS_NOUNS:
            k, framed = k + 2, True  # "«…»، بهذه الكلمات علق الوزير"
        # not after و/ف ("«…»، وطالب …": the next clause's verb), unless the letter is the cue's own (وصف)
        bare = _without_object(toks[k].w) if k < len(toks) else ""
        cue = lx.cue_of(bare) if bare[:1] not in "وف" or bare in lx.cues() else None
        if framed and cue is None and k < len(toks) and toks[k].w:
            cue = lx.Cue("verb", frozenset(), False)  # "بهذه العبارة افتتح الرئيس X الجلسة": any verb says who
        if cue is not None and cue.role == "verb":
            subject = parse(toks, k + 1, para.sentence_end(k))
            if subject is not None:
                out.append(Found(p.start, p.end, "direct", toks[k].text, subject, False,
                                 via(para, subject.end, para.sentence_end(k))))  # "…»، قال X لقناة Y"
                continue
        if going_on and toks and p.open_at == toks[0].start and words >= MIN_PASSAGE_WORDS:
            out.append(Found(p.start, p.end, "direct", None, None, True))
    return out
