"""Relays and attributions: "نقلت وكالة X عن Y قوله"، "وبحسب الوزير X، فإن …"، and the outlet
a statement was given to ("قال لوكالة X")."""
from __future__ import annotations

from marsad.nlp.normalize import normalize
from marsad.nlp.quotes import lexicon as lx
from marsad.nlp.quotes.content import NOT_A_STATEMENT, attribution_at, attribution_source, clause, find_content
from marsad.nlp.quotes.marks import MARKS, trim
from marsad.nlp.quotes.paragraph import SENTENCE_END, Found, Paragraph
from marsad.nlp.quotes.speakers import Subject, Tok, common_word, is_an, issuer, parse, parse_unglued

MAX_OUTLET_WORDS = 4
_OUTLET_STOPS = frozenset(normalize(w) for w in "عن في من إلى على مع أن إن".split())
# words that describe an outlet after its name: "قناة المسيرة التابعة للجماعة"، "صحيفة X المقربة من الحكومة"
_DESCRIBING = frozenset(normalize(w) for w in "التابع التابعة المقرب المقربة الناطق الناطقة".split())
MAX_DESCRIPTION_WORDS = 5
MAX_RELAY_GAP = 4
_SO_THAT = frozenset(normalize(w) for w in "فإن فإنه فإنها فإنهم فقد".split())
# The word that opens "نقلاً عن" after an outlet subject: "أفادت وكالة X نقلاً عن Y".
_PASSING_ON = frozenset(normalize(w) for w in "نقلا ونقلا".split())


_FIGURE_NOUNS = frozenset(normalize(w) for w in "حصيلة إحصائية إحصائيات معطيات بيانات تقديرات أرقام".split())


def _figures(word: str) -> bool:
    """A noun of figures (حصيلة، إحصائية، البيانات), which a toll or a count is credited to."""
    return lx.lexicons.without_article(word) in _FIGURE_NOUNS


def _a_body(tok) -> bool:
    """A source that opens with a body's head word and is no outlet: "بحسب وزارة الصحة" credits the
    ministry ("بحسب البيانات" a source of facts, "بحسب قناة X" what an outlet reported)."""
    w = tok.w[1:] if tok.w[:1] == "ل" else tok.w
    outlets = lx.relays()["outlet"]
    return lx.is_org_head(w) and w not in outlets and lx.lexicons.without_article(w) not in outlets


def attributed(para: Paragraph, t: int) -> Found | None:
    """A statement credited by an attribution phrase: "وبحسب الوزير X، فإن …" at the sentence start,
    or "…، بحسب الوزير X." at its end. Only people are taken: "بحسب البيانات" or "وفقاً لوكالة"
    credit a source of facts, not a speaker."""
    toks = para.toks
    opened, glued = attribution_source(para, t)
    source = past_cue(toks, opened)
    end = para.sentence_end(t)
    phrase = para.body[toks[t].start:toks[max(t, opened - 1)].end]  # the cue: "على حد تعبير", not "على"
    # "حسبما أفاد مصدر طبي"، "وفقاً لما أعلنته وزارة الصحة": a reporting verb makes its subject a speaker
    # (an outlet that reported it, "حسبما ذكرت وكالة X", is not the one who said it)
    said = any(cue_word(toks[k].w) for k in range(opened, source)) and _relaying_outlet(para, source, end)[0] is None
    outlet, relayed = None, False
    if source < end and _is_relay_verb(toks[source].w):  # "وفق ما نقلت وكالة X عن Y"
        outlet, k = _relaying_outlet(para, source + 1, end)
        if k < end and toks[k].w == "عن":
            source, relayed = k + 1, True
    start = para.sentence_start(t)
    at_start = t == start or (t == start + 1 and toks[start].w in ("و", "ف"))
    if source < end and lx.is_role(toks[source].w, "context"):
        # "وبحسب بيان لوزارة الداخلية، فإن": its issuer speaks; "…، وفق حصيلة أولية لوزارة الصحة."
        # after the fact credits figures, no statement
        subject = None if _figures(toks[source].w) and not at_start else issuer(toks, source + 1, end)
    else:
        # "وفقاً لمصادر عسكرية": the source without the preposition glued to it
        subject = parse_unglued(toks, source, end) if glued and source == opened else parse(toks, source, end)
        # a relay or a reporting verb vouches for any source it names; a bare attribution only
        # for people ("بحسب البيانات"، "وفقاً للتقديرات" credit a source of facts), and for a body
        # when it opens the sentence and "فإن" what it said ("وبحسب وزارة الصحة، فإن …")
        vouched = relayed or said or (at_start and source < end and _a_body(toks[source]))
        if subject is not None and subject.kind not in (
                ("name", "title", "org", "anonymous") if vouched else ("name", "title", "anonymous")):
            subject = None
        if subject is not None and subject.kind == "name" and not vouched and _common_words(toks[source:subject.end]):
            subject = None  # "وفق أرقام رسمية": no name, whatever its words' shape
    if subject is None:
        return None
    if at_start:
        k, told = _source_end(para, subject.end, end)
        while k < end and not toks[k].w:
            k += 1
        if k < end and toks[k].w in _SO_THAT:
            found = clause(para, k + 1)
            if found is not None:
                found.cue, found.subject, found.follows, found.via = phrase, subject, False, outlet or told
            return found
        return None
    reaches_end = para.after(toks[subject.end - 1].end) >= end
    # "…، بحسب الوزير X."; with no comma only a phrase of accord ending the sentence with a person
    # ("والمفاوضات متعثرة بحسب الوزير X"), after a clause of its own
    unmarked = (reaches_end and toks[t].w.removeprefix("و") in _ACCORDING and subject.kind in ("name", "anonymous")
                and t - start >= MIN_CLAUSE_WORDS and toks[t - 1].text not in "،,")
    if t > start and (toks[t - 1].text in "،," or unmarked):
        given_to = _given_to(para, subject.end, end)  # "…، وفقاً لما ذكره X لوكالة Y."
        if given_to is not None:
            outlet = outlet or given_to[0]
        # words after the source may describe it, but then an untagged "name" is none ("وفق حصيلة أولية لـ…")
        tagged = subject.kind != "name" or any(tok.tag == "PER" for tok in toks[source:subject.end])
        if reaches_end or (tagged and (given_to is not None or _describes_source(toks, subject.end, end))):
            opening = _past_linker(toks, para.after_dateline(start), t)
            s, e = trim(para.body, toks[opening].start, toks[t if unmarked else t - 1].start)
            # "«الوضع تحت السيطرة»، على حد تعبير X": the words themselves, in their marks
            quoted = para.passage_filling(s, e)
            if quoted is not None:
                return Found(quoted.start, quoted.end, "direct", phrase, subject, False, outlet)
            if e > s:
                # "الحكومة "لن تتراجع عن قرارها"، على حد تعبير X": his words quoted inside the writer's
                mixed = any(s <= p.open_at and p.outer_end <= e and para.quotes_words(p)
                            for p in para.passages)
                return Found(s, e, "mixed" if mixed else "indirect", phrase, subject, False, outlet)
    return None


_COMMON_ZIPF = 3.5  # a word this common in news that no list gives as a name names no one alone


def _common_words(toks: list[Tok]) -> bool:
    """An untagged phrase of common words no list gives as a name ("أرقام رسمية"، "إحصاءات أولية"),
    which an attribution reads as a name only by its shape."""
    return all(not tok.w or common_word(tok, _COMMON_ZIPF) for tok in toks)


MAX_LINKER_WORDS = 4  # "وفي سياق منفصل،": a short phrase before the sentence's first comma


def _past_linker(toks: list, k: int, limit: int) -> int:
    """The token after a linking phrase that opens the sentence at k and ends at a comma ("وفي سياق
    منفصل، أصيب …، وفق ما أفاد X": X is credited with the news, not with the writer's link)."""
    comma = next((j for j in range(k, min(limit, k + MAX_LINKER_WORDS + 1)) if toks[j].text in "،,"), None)
    if comma is None or not any(lx.is_role(lx.lexicons.without_article(x.w), "linker") for x in toks[k:comma]):
        return k
    return comma + 1


_ACCORDING = frozenset(normalize(w) for w in "بحسب حسب حسبما وفق وفقا طبقا على".split())
MIN_CLAUSE_WORDS = 2


def _describes_source(toks: list, k: int, end: int) -> bool:
    """Do tokens [k, end) only go on describing the source that ends the sentence ("مصدر في شركة
    التوزيع"، "المحافظ X في تصريح للصحفيين"), with no clause of their own?"""
    rest = [t for t in toks[k:end] if t.w or t.text not in SENTENCE_END]
    return len(rest) <= MAX_SOURCE_TAIL and all(t.w and not cue_word(t.w) and t.w not in _SO_THAT for t in rest)


def _given_to(para: Paragraph, k: int, end: int) -> tuple[str, int] | None:
    """The outlet a source gave its words to, when it ends the sentence at token k: "لوكالة X"،
    "لرويترز" (name, index after it)."""
    if k >= end:
        return None
    w = para.toks[k].w
    if w[:1] != "ل":
        return None
    if (agency := lx.agency_given(w)) is not None:
        name, after = agency, k + 1
    elif w[1:] in lx.relays()["outlet"]:
        name, after = _outlet_name(para, k, end)
    else:
        return None
    while after < end and not para.toks[after].w:
        after += 1
    return (name, after) if name and after >= end else None


MAX_SOURCE_TAIL = 6  # words that may still describe a source: "مسؤول في صندوق النقد الدولي"
_TERMS_WORDS = 6  # after the outlet a source spoke to: "شريطة عدم الكشف عن اسمه"


_SAID_IT = frozenset(normalize(w) for w in "به بها".split())


def past_cue(toks: list, source: int) -> int:
    """The source after an attribution's own words: "بحسب ما قال …"، "وفقاً لما قاله …"، "حسبما
    صرح به …"."""
    while source < len(toks) and (toks[source].w in NOT_A_STATEMENT or cue_word(toks[source].w)
                                  or (source and cue_word(toks[source - 1].w) and toks[source].w in _SAID_IT)):
        source += 1
    return source


def _source_end(para: Paragraph, k: int, end: int) -> tuple[int, str | None]:
    """Where the attribution ends: at the subject, or at a comma a few words on when those words
    describe the source ("بحسب ما نقلت رويترز عن مسؤول في صندوق النقد الدولي، فإن …"), with the
    outlet they say the source spoke to ("وبحسب مصادر محلية تحدثت لـ"الأفق"، فإن …"، "وبحسب ما قاله
    X لرويترز، فإن …")."""
    toks = para.toks
    outlet, told, j = None, False, k
    limit = k + MAX_SOURCE_TAIL + 1
    while j < min(end, limit):
        if toks[j].text in "،,":
            return j, outlet
        if cue_word(toks[j].w) and not told and (given := _spoken_to(para, j + 1, end)) is not None:
            (outlet, j), told = given, True
            # "تحدث لوكالة فرانس برس شريطة عدم الكشف عن اسمه،": on what terms he spoke to it
            limit = max(limit, j + _TERMS_WORDS + 1)
            continue
        if j == k and (given := _spoken_to(para, j, end)) is not None:
            (outlet, j), told = given, True  # "وبحسب ما قاله X لرويترز، فإن": whom he said it to
            continue
        if not toks[j].w or cue_word(toks[j].w) or toks[j].w in _SO_THAT:
            break
        j += 1
    return k, None


def _spoken_to(para: Paragraph, k: int, end: int) -> tuple[str | None, int] | None:
    """The outlet after a verb of speaking, and the index after it: "لرويترز"، "لـ"الأفق"" (ل alone,
    then the name in quotation marks); "للصحيفة" names none. None when no outlet follows."""
    toks = para.toks
    if k >= end or toks[k].w[:1] != "ل":
        return None
    if toks[k].w == "ل" and (p := para.passage_at(k + 1)) is not None and p.close_at is not None:
        name = quoted_outlet(para, p)
        return (name, para.after(p.outer_end)) if name else None
    if (agency := lx.agency_given(toks[k].w)) is not None:
        return agency, k + 1
    if toks[k].w.startswith("لل") and toks[k].w[2:] in lx.relays()["outlet"]:
        return None, k + 1  # "للصحيفة": the paper, named before if at all
    if toks[k].w[1:] in lx.relays()["outlet"]:
        return _outlet_name(para, k, end)
    return None


def _is_relay_verb(word: str) -> bool:
    return bool(lx.relays()["relay_verb"] & {word, word[1:]})


def _relaying_outlet(para: Paragraph, j: int, end: int) -> tuple[str | None, int]:
    """The outlet after a relay verb: "وكالة سبوتنيك"، a known agency alone ("رويترز"), or an outlet
    named by its kind only ("الوكالة"، "الصحيفة"), which is the last one of that kind named before."""
    toks = para.toks
    if j >= end:
        return None, j
    w = toks[j].w
    if w in lx.relays()["outlet"]:
        return _outlet_name(para, j, end)
    if w[:2] == "ال" and w[2:] in lx.relays()["outlet"]:
        k = j + 1
        while k < end and toks[k].w in lx.relays()["outlet_filler"]:
            k += 1  # "الوكالة الرسمية"
        return earlier_outlet(para.body, toks[j].start, w[2:]), k
    if w in lx.agencies():
        return lx.agencies()[w], j + 1
    return None, j


def earlier_outlet(body: str, pos: int, noun: str) -> str | None:
    """The last outlet of one kind ("وكالة …") named in the body before `pos`, or None."""
    before = Paragraph(body, 0, pos, {})
    name = None
    for k, tok in enumerate(before.toks):
        if tok.w == noun or (tok.w[:1] in "وبل" and tok.w[1:] == noun):
            found, _ = _outlet_name(before, k, len(before.toks))
            name = found or name
    return name


def passed_on(para: Paragraph, subject: Subject, end: int) -> tuple[str | None, Subject | None, int] | None:
    """"أفادت وكالة X نقلاً عن Y": an outlet as subject passing on someone's words. Gives the
    outlet, the source's subject and the token after it; None when the subject relays no one."""
    toks = para.toks
    k = subject.end
    if k + 1 < end and toks[k].text in "،,":
        k += 1  # "أفادت وكالة X، نقلاً عن Y، بأن"
    source = attribution_at(para, k) if k < end and toks[k].w in _PASSING_ON else None
    if source is None or subject.kind != "org" or subject.name_start is None:
        return None
    head = para.after(subject.name_start)
    if head >= 2 and toks[head - 1].text in MARKS and subject.titles:
        head -= 2  # 'صحيفة "الأفق"': the outlet noun before the quoted name
    outlet, _ = _relaying_outlet(para, head, subject.end)
    if outlet is None:
        return None
    source_subject = parse(toks, source, end)
    return outlet, source_subject, source_subject.end if source_subject else source


def cue_word(word: str) -> bool:
    """A cue, also with an object pronoun: قال، قاله، أعلنته."""
    forms = [word] + [word[:-len(p)] for p in ("ه", "ها") if word.endswith(p) and len(word) - len(p) >= 3]
    return any(lx.cue_of(f) for f in forms)


_ISSUED = frozenset(normalize(w) for w in "صادر الصادر صادرة الصادرة".split())


def relay(para: Paragraph, t: int) -> Found | None:
    """نقلت وكالة X عن Y قوله: / نُقل عن Y قوله إن …"""
    toks = para.toks
    end = para.sentence_end(t)
    via, j = _relaying_outlet(para, t + 1, end)
    if via is None and j == t + 1 and j < end and lx.is_document(toks[j].w):
        j += 1  # "ونقل بيان رسمي عن الوزير قوله": a document relays, no outlet
        while j < end and toks[j].w and toks[j].w not in ("عن", "الي") and j < t + 4:
            j += 1
        if j < end and toks[j].w == "عن" and toks[j - 1].w in _ISSUED:
            # "ونقل بيان صادر عن الديوان الملكي عن الملك قوله": past the issuer to whom it quotes
            j = next((x for x in range(j + 1, min(end, j + 1 + MAX_OUTLET_WORDS + 1)) if toks[x].w == "عن"), end)
    elif via is None and j == t + 1 and (relayer := parse(toks, j, end)) is not None and (
            relayer.kind in ("name", "title") and relayer.end < end and toks[relayer.end].w == "عن"):
        # "ونقل الوزير X عن الرئيس قوله": a person relays what another said
        via = para.body[relayer.name_start:relayer.name_end] if relayer.kind == "name" else None
        j = relayer.end
    to = lx.relays()["relay_to"] & {toks[t].w, toks[t].w[1:]}  # "نسبت وكالة X إلى Y قوله"
    if not to and j + 1 < end and toks[j].w == "علي" and toks[j + 1].w == "لسان":
        j += 1  # "نقلت الوكالة على لسان الوزير قوله": from his mouth, as عن
    elif j >= end or toks[j].w != ("الي" if to else "عن"):
        return None
    if j + 2 < end and lx.is_role(toks[j + 1].w, "context"):
        subject = issuer(toks, j + 2, end)  # "نقلت الوكالة عن بيان للديوان الملكي أن": its issuer speaks
        k = subject.end if subject else j + 2
    else:
        subject = parse(toks, j + 1, end)
        k = subject.end if subject else j + 1
    # the speech noun may follow a few words on: "عن أنطونوف للصحفيين قوله"
    limit = min(end, k + MAX_RELAY_GAP)
    while k < limit and toks[k].w and not lx.cue_of(toks[k].w) and not is_an(toks[k].w):
        k += 1
    noun = lx.cue_of(toks[k].w) if k < end else None
    said = noun is not None and noun.role == "noun"
    found = find_content(para, k + 1 if said else k, end, noun if said else lx.cue_of("قوله"))
    cue_text = toks[k].text if said else toks[t].text
    if found is None:
        return None
    found.cue, found.subject, found.follows, found.via = cue_text, subject, subject is None, via
    return found


def _outlet_name(para: Paragraph, j: int, end: int) -> tuple[str | None, int]:
    """The outlet named after an outlet noun at token j ("وكالة سبوتنيك للأنباء" -> سبوتنيك), and the
    index after the name; a known agency is given its short name ("وكالة الأنباء العراقية (واع)" -> واع)."""
    toks = para.toks
    fillers = lx.relays()["outlet_filler"]
    agencies = lx.agencies()
    noun = toks[j].w[1:] if toks[j].w[:1] in "لب" and toks[j].w[1:] in lx.relays()["outlet"] else toks[j].w
    k = j + 1
    quoted = para.passage_at(k)
    if quoted is not None and quoted.close_at is not None and (name := quoted_outlet(para, quoted)):
        k = para.after(quoted.outer_end)
        while k < end and (toks[k].w in fillers or _nisba_adjective(toks[k].w)):
            k += 1  # وكالة "تاس" الروسية
        return name, k  # صحيفة "الوطن"
    words: list[Tok] = []
    while (k < end and toks[k].w and toks[k].w not in _OUTLET_STOPS | _DESCRIBING and not lx.cue_of(toks[k].w)
           and not is_an(toks[k].w) and len(words) < MAX_OUTLET_WORDS):
        words.append(toks[k])
        k += 1
    if k < end and toks[k].w in _DESCRIBING:  # past the description, to the "عن" of a relay if one follows
        k = next((x for x in range(k + 1, min(end, k + MAX_DESCRIPTION_WORDS + 1)) if toks[x].w == "عن"), k)
    if k + 2 < end and toks[k].text == "(" and (close := _bracket_close(toks, k, end)) is not None:
        inner = " ".join(t.w for t in toks[k + 1:close])
        if inner in agencies:  # "وكالة الأنباء الألمانية (د ب أ)": the agency's short name
            return agencies[inner], close + 1
    for n in range(len(words), 0, -1):  # the longest known name first
        phrase = " ".join(t.w for t in words[:n])
        # a filler alone names nothing: "وكالة الأنباء البولندية" is not the paper الأنباء
        bare = () if all(t.w in fillers for t in words[:n]) else (phrase,)
        for key in (noun + " " + phrase, *bare):
            if key in agencies:
                return agencies[key], k
    names = [t for t in words if t.w not in fillers]
    if names and len(names) < len(words) and all(_nisba_adjective(t.w) for t in names):
        # "وكالة الأنباء الصومالية": an agency no list holds, named by its country, is its whole name
        start = toks[j].start + (noun != toks[j].w)
        return para.body[start:words[-1].end], k
    if not names:
        # "التلفزيون الرسمي": an outlet named by its kind, listed as one; "وكالة الأنباء الرسمية": the
        # country's official agency, named so
        own = " ".join([toks[j].w, *(t.w for t in words)])
        described = len(words) >= 2 and noun == toks[j].w
        return (para.body[toks[j].start:words[-1].end] if words and (own in lx.relays()["outlet"] or described)
                else None), k
    return para.body[names[0].start:names[-1].end], k


MAX_BRACKETED_WORDS = 3  # "(د ب أ)"


def _bracket_close(toks: list[Tok], k: int, end: int) -> int | None:
    """The ")" closing the bracket opened at token k, a few words on, or None."""
    return next((j for j in range(k + 2, min(end, k + MAX_BRACKETED_WORDS + 2)) if toks[j].text == ")"), None)


def _nisba_adjective(word: str) -> bool:
    """A definite adjective of belonging: "الوطنية"، "الصومالية"، "الرسمي"."""
    return len(word) > 4 and lx.lexicons.relative_adjective(word, definite=True)


def quoted_outlet(para: Paragraph, p) -> str | None:
    """An outlet named in quotation marks (صحيفة "الوطن"، لـ"الوطن اليوم"): a known agency's short
    name, else the words themselves when they are few enough to be a name."""
    name = para.body[p.start:p.end]
    key = normalize(name)
    if key in lx.agencies():
        return lx.agencies()[key]
    return name if 0 < len(key.split()) <= MAX_OUTLET_WORDS else None


_ENCLOSERS = {"/": "/", "(": ")", "[": "]"}


def _enclosed_outlet(para: Paragraph, k: int) -> str | None:
    """The outlet name between slashes or brackets at token k ("/السومرية نيوز/"، "(كونا)"), or None."""
    toks = para.toks
    if k >= len(toks) or toks[k].text not in _ENCLOSERS:
        return None
    closer = _ENCLOSERS[toks[k].text]
    close = next((j for j in range(k + 1, min(len(toks), k + MAX_OUTLET_WORDS + 2)) if toks[j].text == closer), None)
    if close is None or close == k + 1 or not all(t.w for t in toks[k + 1:close]):
        return None
    name = para.body[toks[k + 1].start:toks[close - 1].end]
    return lx.agencies().get(normalize(name), name)


_FROM_HIM = frozenset(normalize(w) for w in "عنه عنها عنهم عنهما".split())

# "في مقابلة مع "X""، "في اتصال هاتفي مع "X"": a quoted name after these and مع is the outlet
_INTERVIEWS = frozenset(normalize(w) for w in "مقابلة حوار حديث اتصال مداخلة".split())


_ON_AIR = frozenset(normalize(w) for w in "على عبر".split())
_REPLYING = frozenset(normalize(w) for w in "ردا رداً تعليقا تعقيبا هجوم".split())


def _named_after(para: Paragraph, k: int, b: int) -> str | None:
    """A listed outlet or agency of several words whose name opens at token k behind ل ("لبي بي سي")
    or in the tokens right after a bare لـ ("لـ DW عربية"): its canonical name, or None."""
    first = para.toks[k].w[1:]
    words = ([first] if first else []) + [t.w for t in para.toks[k + 1:min(b, k + MAX_OUTLET_WORDS + 1)]]
    for n in range(min(len(words), MAX_OUTLET_WORDS), 1, -1):
        if all(words[:n]) and (name := lx.agencies().get(" ".join(words[:n]))):
            return name
    return None


def _entity_name(para: Paragraph, k: int, b: int) -> str:
    """The entity whose name opens at token k, as the body writes it."""
    end = k + 1
    while end < min(b, len(para.toks)) and para.toks[end].entity == para.toks[k].entity:
        end += 1
    return para.body[para.toks[k].start:para.toks[end - 1].end]


def via(para: Paragraph, a: int, b: int) -> str | None:
    """An outlet named between tokens a and b: "قال لوكالة X"، "في تصريحات نقلتها وكالة X"."""
    outlets = lx.relays()["outlet"]
    for k in range(a, min(b, len(para.toks))):
        w = para.toks[k].w
        # "لرويترز"، "للجزيرة نت"، "لـ"رويترز"": a known agency the words were given to
        nxt = para.toks[k + 1].w if k + 1 < min(b, len(para.toks)) else ""
        if name := lx.agency_given(w, nxt):
            return name
        if w[:1] == "ل" and (name := _named_after(para, k, min(b, len(para.toks)))):
            return name  # "لبي بي سي"، "لـ DW عربية": a name of several words the words were given to
        if w[:1] == "ل" and w[1:] in lx.relays()["reporter"] and nxt in lx.agencies():
            return lx.agencies()[nxt]  # "في تصريح لمراسل سانا": the agency whose reporter was told
        with_outlet = w == "مع" and any(para.toks[x].w in _INTERVIEWS for x in range(max(a, k - 3), k))
        p = para.passage_at(k + 1) if w == "ل" or with_outlet else None
        if p is not None and (name := quoted_outlet(para, p)):
            return name  # لـ"الوطن اليوم"، "في اتصال هاتفي مع "المدى""
        if w == "ل" and (name := _enclosed_outlet(para, k + 1)):
            return name  # لـ/السومرية نيوز/ (Iraqi agencies set outlet names between slashes), لـ(كونا)
        # "نقلت وكالة X"، "بحسب ما نقلت عنه وكالة X"
        relayed = k > 0 and (para.toks[k - 1].w in lx.relays()["relay_verb"] or (
            k > 1 and para.toks[k - 1].w in _FROM_HIM and para.toks[k - 2].w in lx.relays()["relay_verb"]))
        if (relayed and w not in outlets and para.toks[k].tag == "ORG"
                and (k == 0 or para.toks[k - 1].entity != para.toks[k].entity)):
            return _entity_name(para, k, b)  # "وفق ما نقلته هيئة البث الرسمية": who relays is an outlet
        credited = k > 0 and (relayed or attribution_at(para, k - 1) == k
                              # "في مقابلة مع صحيفة X"
                              or (k > 1 and para.toks[k - 1].w == "مع" and lx.is_role(para.toks[k - 2].w, "context"))
                              # "المذاع على قناة X"، "عبر قناة X": the channel it went out on
                              or (para.toks[k - 1].w in _ON_AIR and not (k > 1 and para.toks[k - 2].w in _REPLYING)))
        if (w[:1] == "ل" and w[1:] in outlets) or (w in outlets and credited):
            name, _ = _outlet_name(para, k, b)
            # "لوكالة الأمن الفيدرالي" is a government agency, not a news outlet; a name in
            # quotation marks is an outlet's title (لصحيفة "الوطن"); صحيفة names only papers
            noun = w[1:] if w[:1] == "ل" and w[1:] in outlets else w
            plain = (para.passage_at(k + 1) is not None or noun not in lx.relays()["outlet_ambiguous"]
                     or name in lx.agencies().values() or not normalize(name).startswith("ال"))
            if name and plain:
                return name
    return None


def via_after(para: Paragraph, pos: int) -> str | None:
    """An outlet in an attribution right after the content: "…، بحسب وكالة X"."""
    k = para.after(pos)
    while k < len(para.toks) and not para.toks[k].w and para.toks[k].text not in SENTENCE_END:
        k += 1
    after = attribution_at(para, k) if k < len(para.toks) else None
    if after is None:
        return None
    return via(para, after, para.sentence_end(after))
