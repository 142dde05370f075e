"""What a reporting cue reports: a quoted passage, colon-introduced words, or indirect content
after أن/إن or the cue's particle, ending at the clause boundary."""
from __future__ import annotations

from functools import lru_cache

from marsad.nlp.dates import timestamp_spans
from marsad.nlp.normalize import normalize
from marsad.nlp.numbers import is_number_word
from marsad.nlp.quotes import lexicon as lx
from marsad.nlp.quotes.marks import MARKS, trim
from marsad.nlp.quotes.paragraph import MIN_PASSAGE_WORDS, Found, Paragraph
from marsad.nlp.quotes.speakers import ASIDE_PREPOSITIONS, Tok, is_an, is_function_word

# Words before a cue that make it no statement: a relative clause ("ما قاله"), a verb governed by
# another ("أريد أن أوضح"، "لم يقل"), a noun after a preposition ("في قوله"، "من رأي").
MAX_OBJECT_WORDS = 5
MAX_LEAD_WORDS = 2  # words between a subject and a participle that still leads into its statement
NOT_A_STATEMENT = frozenset(normalize(w) for w in (
    "ما مما بما عما لما الذي التي الذين أن لن لم ولم ولن كي لكي في وفي من على إلى عن مع حسب بحسب "
    "عدم").split())  # "فضل عدم ذكر اسمه": a verbal noun under عدم
# "وبمواجهته اعترف بارتكاب الواقعة": a suspect confronted or questioned by police confessed, a
# private person's answer in a crime report, no public statement
NOT_A_STATEMENT |= frozenset(normalize(p + w + s) for p in ("ب", "وب") for w in ("مواجهت", "سؤال")
                             for s in ("ه", "ها", "هم", "هما"))


def find_content(para: Paragraph, k: int, end: int, cue: lx.Cue, takes_object: bool = False) -> Found | None:
    """What the cue reports, looked for from token k to the sentence end; a quoted passage right
    after the cue and its subject may be short ("قال: «لن نستسلم»"), one further on may not. A cue
    that takes an object (طالب X بـ، دعا X إلى) may have it after an aside set off by commas."""
    toks = para.toks
    t = _past_aside(para, k, end)
    # asides that lead to أن ("أعلنت كتائب X، الجناح العسكري لحركة Y، أن …") leave no verbal noun announced
    if "object" in cue.particles and t == k:
        announced = _announced(para, k, end)
        if announced is not None:
            return clause(para, announced)
    right_after = k  # "قال X، «…»": a comma may stand between the subject and a short quotation
    while right_after < end and toks[right_after].text in "،,":
        right_after += 1
    while t < end:
        tok = toks[t]
        p = para.passage_at(t)
        if p is not None:
            enough = para.words(p) >= (2 if t in (k, right_after) else MIN_PASSAGE_WORDS)
            if para.is_label(p) or not enough:
                t = para.after(p.outer_end)
                continue
            if t in (k, right_after) and cue.indirect and _object_in_marks(para, p, cue):
                return clause(para, t)  # "اتهم المحافظ "مجموعات إرهابية" بالوقوف وراءه"
            return Found(p.start, p.end, "direct", None, None, False)
        if tok.text == ":" and not para.body[tok.start - 1:tok.start + 2].replace(":", "").isdigit():
            return _after_colon(para, t + 1)  # a colon, not a clock time "10:30"
        if not tok.w:
            t += 1
            continue
        # "قال الوزير عبر الهاتف إن": a cue that is also a common word reports only opening a sentence
        other = lx.cue_of(tok.w) if not lx.is_role(tok.w, "sentence_initial") else None
        if other is not None and other.role == "claim":
            return None  # "أعلنت الحركة مسؤوليتها عن الهجوم": a claim of responsibility, not speech
        if (t > k and other is not None and other.role == "continuation" and t - k <= MAX_LEAD_WORDS
                and toks[t - 1].text not in "،,"):
            # "صرح الوزير للصحفيين قائلاً: …": the participle leads into this statement's words; after
            # a comma ("«…»، قال X، مضيفاً أن …") it opens the speaker's next statement
            t += 1
            continue
        if t > k and other is not None and other.role != "noun" and toks[t - 1].w in lx.lexicons.RELATIVE_PRONOUNS:
            # a relative clause reports its own words: past it when a comma closes it ("وأكد الوزير،
            # الذي قال إنه سيستقيل، أن …"), else nothing is this cue's ("… كتل المعارضة التي اعتبرت أن …")
            t = next((c + 1 for c in range(t + 1, end) if toks[c].text in "،,"), end)
            continue
        if other is not None and gesture(toks, t, end):
            t += 1  # "وقالت X وهي تشير إلى ركام منزلها: «…»": how she spoke, not another statement
            continue
        if t > k and other is not None and other.role != "noun" and toks[t - 1].w not in NOT_A_STATEMENT:
            return None  # another statement begins before this one's content
        if cue.indirect and is_an(tok.w) and t > 0 and toks[t - 1].w in _TIME_BEFORE_AN:
            t += 1  # "قبل أن تحسب"، "بعد أن التقى": a time clause, not what is reported
            continue
        if cue.indirect and is_an(tok.w):
            if takes_object and tok.w.startswith("بان") and _object_before(para, k, t):
                return clause(para, k)  # "ووصف النائب القرار بأنه …": what he described, and how
            return clause(para, t + 1 if normalize(tok.text) in ("ان", "بان") else t)
        if cue.indirect and tok.w in _SUBORDINATORS:
            return None  # "جددت الوزارة تحذيرها … لما يشكله من خطر على …": a clause of the writer's own
        if tok.w in _BY_VOTE:
            t += 1  # "أقر البرلمان، الثلاثاء، بأغلبية 92 صوتاً القانون": how it passed, not what was said
            continue
        if cue.indirect and _particle(tok.w, cue.particles):
            if t + 1 < len(toks) and is_an(toks[t + 1].w):
                return clause(para, t + 2 if toks[t + 1].w in ("ان",) else t + 1)
            framed = _framed_quotation(para, t + 1, end)
            if framed is not None:  # "أعرب عن أمله في «…»": the words in the marks are the speaker's
                return framed
            glued = tok.w not in cue.particles  # ب written onto its noun
            # "إلى بيان"، "على قناة X": a particle before a speech noun or an outlet says where, not
            # what; a noun glued to ب governs the word after it ("مطالباً بعقد مؤتمر وطني")
            nxt = toks[t + 1].w if t + 1 < len(toks) else ""
            if glued or not (lx.is_role(nxt, "context") or nxt in lx.relays()["outlet"]):
                # "مطالباً الدول الأوروبية بمراجعة …": the object before the particle is reported
                # too, also after an aside set off by commas ("طالب المجلس، في بيان، الحكومة بـ…")
                lead = _after_comma_aside(para, k, t) if takes_object else k
                if (takes_object or not glued) and _object_before(para, lead, t):
                    return clause(para, lead)
                # a glued ب further on says how, not what ("أقر المجلس، أمس، القانون بأغلبية …"),
                # unless only a time or place phrase or the person addressed stands between ("نوه
                # الرئيس خلال اللقاء بدور …"، "نوه الوزير للحضور بجهود …")
                if t == k or not glued or _aside_before(para, k, t):
                    return clause(para, t)
        t += 1
    return None


# "وهي تشير إلى ركام منزلها": a circumstantial clause of pointing at a thing, no words reported
_WHILE = frozenset(normalize(w) for w in "وهو وهي وهم وهما وهن".split())
_POINTING = frozenset(normalize(w) for w in "يشير تشير يشيرون يشيران يشرن".split())
_TO = normalize("إلى")


def gesture(toks: list[Tok], t: int, end: int) -> bool:
    """Is the cue at token t a gesture, "وهو يشير إلى" and a thing, not "إلى أن" what he said?"""
    return (t > 0 and toks[t - 1].w in _WHILE and toks[t].w in _POINTING and t + 2 < end
            and toks[t + 1].w == _TO and not is_an(toks[t + 2].w))


_BY_VOTE = frozenset(normalize(w) for w in "بأغلبية بالأغلبية بالإجماع بإجماع بأكثرية".split())
_TIME_BEFORE_AN = frozenset(normalize(w) for w in "قبل بعد دون منذ".split())
# conjunctions that open a clause of cause or result: a particle after them is that clause's, not
# the one that opens what the cue reports
_SUBORDINATORS = frozenset(normalize(w) for w in "لما مما لأن لكي كي".split())


def _object_in_marks(para: Paragraph, p, cue: lx.Cue) -> bool:
    """Is a short quotation right after the subject the cue's object, its particle right after it
    ("اتهم X "مجموعات إرهابية" بالوقوف وراءه"، "دعا "الأطراف كافة" إلى …")? Then it is a phrase of
    what is reported, not the speaker's words."""
    after = para.after(p.outer_end)
    if para.words(p) >= MIN_PASSAGE_WORDS or after >= len(para.toks):
        return False
    w = para.toks[after].w
    return bool(w) and not is_an(w) and _particle(w, cue.particles)


MAX_ASIDE_WORDS = 12  # "، الذي كان يتحدث في مؤتمر صحفي بالعاصمة،"
MAX_ASIDES = 3  # asides in a row between the subject and what is reported


def _past_aside(para: Paragraph, k: int, end: int) -> int:
    """Token k, or the token after asides between commas (up to MAX_ASIDES in a row) that open at k
    and are followed by the content's opener: "وأكد حداد، في رد على سؤال، أن …"، "وأكد الوزير X، الذي
    كان يتحدث في مؤتمر، أن …" (the asides' particles and verbs are not the statement's)."""
    toks = para.toks
    if k >= end or toks[k].text not in "،,":
        return k
    start, asides = k, 0
    j, stop = k + 1, min(end, k + MAX_ASIDE_WORDS + 2)
    while j < stop:
        if toks[j].text in "،,":
            if j == start + 1:
                return k
            after = _past_dative(para, j + 1, end)  # "، طلب عدم ذكر اسمه، لوكالة رويترز أن …"
            opener = after < end and (is_an(toks[after].w) or toks[after].text == ":"
                                      or para.passage_at(after) is not None)
            asides += 1
            if opener or asides == MAX_ASIDES:
                return after if opener else k
            # "أعلنت كتائب X، الجناح العسكري لحركة Y، مساء الثلاثاء، أن …": asides one after another
            start, j, stop = j, j + 1, min(end, j + MAX_ASIDE_WORDS + 2)
            continue
        if (p := para.passage_at(j)) is not None:
            if p.close_at is None or para.words(p) > MAX_NAME_IN_ASIDE:
                return k
            j = para.after(p.outer_end)  # "، تحدثت لـ"عمون" شريطة عدم الكشف عن هويتها،": a name in marks
            continue
        j += 1
    return k


_DATIVE_WORDS = 3  # "لوكالة رويترز"، "لصحيفة الأفق اليوم": whom the words were given to


def _past_dative(para: Paragraph, k: int, end: int) -> int:
    """Token k, or the token after the outlet or audience the words were given to that opens there."""
    toks = para.toks
    if k >= end or not _dative(toks[k]):
        return k
    j = k + 1
    while j < min(end, k + 1 + _DATIVE_WORDS) and toks[j].w and not is_an(toks[j].w):
        j += 1
    return j


MAX_NAME_IN_ASIDE = 3  # words of a name in quotation marks inside an aside (an outlet's, a body's)
MAX_FRAME_WORDS = 3  # words between a cue's particle and a quotation that frame it: "عن أمله في"


def _framed_quotation(para: Paragraph, k: int, end: int) -> Found | None:
    """A quotation of two words or more opening at most MAX_FRAME_WORDS words after token k and
    ending the sentence; one the sentence goes on after ("حذر من "تدهور خطير" في الوضع") is a
    phrase of a mixed statement."""
    toks = para.toks
    for t in range(k, min(end, k + MAX_FRAME_WORDS + 1)):
        p = para.passage_at(t)
        if p is not None:
            after = para.after(p.outer_end)
            ends = after >= end or all(not x.w for x in toks[after:end])
            return Found(p.start, p.end, "direct", None, None, False) if ends and para.words(p) >= 2 else None
        if not toks[t].w:
            return None
    return None


def _object_before(para: Paragraph, k: int, t: int) -> bool:
    """Are toks[k:t] a short object noun phrase between a cue and its particle ("داعياً المجتمع
    الدولي إلى …")? Not when they hold punctuation, grammar words, adverbs, cues or a dative
    ("قال للصحفيين"، "أشار في كلمته إلى")."""
    words = [w for w in para.toks[k:t] if w.text not in MARKS]  # a body's quoted name: اتهم X حركة "Y" بـ
    return (0 < len(words) <= MAX_OBJECT_WORDS and not para.inside(k)
            and all(w.w and w.w[0].isalpha() and not is_function_word(w.w) and not lx.cue_of(w.w)
                    and not lx.is_role(w.w, "adverb") and not lx.is_role(w.w, "context") for w in words)
            and not _dative(words[0]))


MAX_ADJUNCT_WORDS = 4


def _after_comma_aside(para: Paragraph, k: int, t: int) -> int:
    """The token after an aside between commas that opens at token k and closes before token t
    ("، في بيان،"), else k."""
    toks = para.toks
    if toks[k].text not in "،,":
        return k
    close = next((j for j in range(k + 2, min(t, k + MAX_ADJUNCT_WORDS + 2)) if toks[j].text in "،,"), None)
    return close + 1 if close is not None else k


def _aside_before(para: Paragraph, k: int, t: int) -> bool:
    """Are toks[k:t] a short time or place phrase ("خلال اللقاء"، "في كلمته") or a dative ("للحضور")?"""
    words = para.toks[k:t]
    if len(words) == 1 and _dative(words[0]):
        return True
    comma = next((c for c in range(k + 1, t) if para.toks[c].text in "،,"), None)
    if words and words[0].text not in "،," and comma is not None:
        # "أفاد مصدر أمني في ديالى، اليوم الأحد، بمقتل …": where the source is, then a time
        return _aside_before(para, k, comma) and _aside_before(para, comma, t)
    if len(words) >= 3 and words[0].text in "،," and words[-1].text in "،," and len(words) <= MAX_ADJUNCT_WORDS + 2:
        # "أفاد مصدر أمني، اليوم الأحد، بمقتل …": a time set off by commas
        first = next((j for j in range(k + 1, t - 1) if para.toks[j].w), None)
        return first is not None and _time_or_place_aside(para, first, t, close=t - 1)
    return (0 < len(words) <= MAX_ADJUNCT_WORDS and words[0].w in ASIDE_PREPOSITIONS
            and all(w.w and w.w[0].isalpha() for w in words)
            and not (len(words) > 1 and lx.is_role(words[1].w, "context")))


def _dative(tok) -> bool:
    """"للصحفيين"، "لوكالة …"، "لبوتين": the person or outlet the words were said to, not an object."""
    w = tok.w
    return w.startswith("لل") or (w[:1] == "ل" and (tok.tag is not None or lx.is_org_head(w[1:])
                                                     or w[1:] in lx.relays()["outlet"] or w[1:] in lx.agencies()))


def _announced(para: Paragraph, k: int, end: int) -> int | None:
    """The verbal noun that opens what is announced ("أعلن الجيش مقتل ثلاثة مسلحين"), after
    commas, asides and adverbs ("، الثلاثاء،"); None when the words after the subject are not one."""
    toks = para.toks
    t = k
    while t < end:
        if (t > k and toks[t - 1].text in "،," and _time_or_place_aside(para, t, end)
                and (close := _aside_close(para, t, end)) is not None):
            # "أكد الجانبان، خلال اللقاء، ضرورة …"، "أعلنت الوزارة، الجمعة 15 ذو القعدة 1445 هـ،
            # القضاء على …": an aside of time or place between commas
            t = close + 1
        elif toks[t].text in "،,()" or lx.is_role(toks[t].w, "adverb"):
            t += 1
        elif toks[t].w in ("في", "وفي") and t + 1 < end and lx.is_role(toks[t + 1].w, "context"):
            # "أعلن الجيش، في بيان رسمي، مقتل …": the aside closes with a comma, or with no comma
            # its adjectives end at the verbal noun: "أعلن الجيش في بيان مقتل ثلاثة مسلحين"
            close = next((c for c in range(t + 2, min(end, t + MAX_OBJECT_WORDS + 2)) if toks[c].text in "،,"), None)
            if close is None:
                return _noun_after_context(para, t + 2, end)
            t = close + 1
        else:
            break
    if t + 1 >= end or para.inside(t):
        return None
    tok = toks[t]
    w = tok.w
    # with the article only after an aside that closed the subject: "أعلنت الشرطة، الأحد، القبض على …"
    # (or a definite verbal noun with its preposition: "أعلنت الوزارة التوصل إلى اتفاق"، "السيطرة على")
    governs = toks[t + 1].w in _GOVERNED if t + 1 < end else False
    if lx.lexicons.without_article(w) in _DECLARED:
        return None  # "أعلنت السلطات حالة الطوارئ": an act declared, no words reported
    if (not w or not w[0].isalpha() or (tok.art and t == k and not governs) or tok.tag or is_function_word(w)
            or is_an(w) or lx.cue_of(w)
            or lx.is_title(w) or lx.is_role(w, "context") or lx.is_role(w, "anonymous")
            or (w[:1] in "لب" and (lx.is_org_head(w[1:]) or w[1:] in lx.relays()["outlet"]))):
        return None
    return t if toks[t + 1].w else None  # a verbal noun governs what follows it: "إحباط مخطط"


_DAY_WORDS = frozenset(normalize(w) for w in "يوم هـ م".split())  # around a date, no part of its match


def _aside_close(para: Paragraph, t: int, end: int) -> int | None:
    """The comma that closes a short aside opening at token t, if one does."""
    return next((c for c in range(t + 1, min(end, t + MAX_OBJECT_WORDS + 2)) if para.toks[c].text in "،,"), None)


def _time_or_place_aside(para: Paragraph, t: int, end: int, close: int | None = None) -> bool:
    """Does an aside of time or place open at token t, up to its closing comma (the next one, unless
    `close` is given): a preposition of time or place ("خلال اللقاء"), a date ("الجمعة 15 ذو القعدة
    1445 هـ") or adverbs ("اليوم الأحد")?"""
    toks = para.toks
    if toks[t].w in ASIDE_PREPOSITIONS or _dated_aside(para, t, end):
        return True
    close = _aside_close(para, t, end) if close is None else close
    return close is not None and all(lx.is_role(x.w, "adverb") for x in toks[t:close] if x.w)


def _dated_aside(para: Paragraph, t: int, end: int) -> bool:
    """Is the aside opening at token t, up to the next comma, a date ("الجمعة 15 ذو القعدة 1445 هـ"،
    "يوم 12 مارس 2024"، "مساء الجمعة 12 مارس")?"""
    toks = para.toks
    close = _aside_close(para, t, end)
    if close is None:
        return False
    base = toks[t].start
    spans = timestamp_spans(para.body[base:toks[close - 1].end])
    return bool(spans) and all(
        any(a <= x.start - base < b for a, b in spans) or x.w in _DAY_WORDS or lx.is_role(x.w, "adverb")
        for x in toks[t:close] if x.w)


# what a state or a body declares by announcing it: a state of emergency, a curfew, mourning, a strike
_DECLARED = frozenset(normalize(w) for w in "حالة حظر حداد نفير تعبئة إضراب عصيان حرب".split())
_GOVERNED = frozenset(normalize(w) for w in "على إلى عن".split())  # prepositions a verbal noun takes
# participles that describe a statement ("في بيان مشترك"), beside the relative adjectives
_STATEMENT_ADJECTIVES = frozenset(normalize(w) for w in "مشترك مقتضب مصور متلفز مكتوب منفصل مطول مسجل".split())
_ISSUED = frozenset(normalize(w) for w in "صادر الصادر".split())


def _noun_after_context(para: Paragraph, k: int, end: int) -> int | None:
    """The verbal noun after "في بيان" and its adjectives with no comma between ("في بيان صحفي
    اعتقال خمسة أشخاص"): an indefinite noun, not a verb with its pronoun ("في بيان نشرته"), that
    governs a definite noun or a number after it."""
    toks = para.toks
    while k < end and toks[k].w and not toks[k].art and toks[k].text[-1:] != "ى" and (
            lx.lexicons.relative_adjective(toks[k].w, definite=False) or toks[k].w in _STATEMENT_ADJECTIVES):
        k += 1  # "صحفي"، "رسمي"، "مشترك"، "مقتضب" (not على, written with its ى: "في تصريحات على هامش")
    if k + 1 < end and toks[k].w in _ISSUED and toks[k + 1].w in ("عن", "من"):
        k += 2  # "في بيان صادر عن قيادة العمليات مقتل …": past the issuer's name
        while k < end and toks[k].w and (toks[k].tag == "ORG" or toks[k].art or lx.is_org_head(toks[k].w)):
            k += 1
    if k + 1 >= end or not toks[k].w or toks[k].art or toks[k].tag or toks[k].text.endswith("ه"):
        return None
    w = toks[k].w
    if is_function_word(w) or is_an(w) or lx.cue_of(w) or w[:1] in "لبو" or not toks[k + 1].w:
        return None
    return k if toks[k + 1].art or toks[k + 1].w[:1].isdigit() or is_number_word(toks[k + 1].w) else None


_POSSESSIVES = ("ها", "هم", "هما", "ه", "نا")


def _particle(word: str, particles: frozenset[str]) -> bool:
    if word in particles:
        return True
    # "في بيانها": a statement noun with its pronoun, not ب glued to a noun
    own = next((word[:-len(p)] for p in _POSSESSIVES if word.endswith(p) and len(word) - len(p) >= 3), word)
    return ("ب" in particles and word.startswith("ب") and len(word) > 3 and not is_an(word)
            and not lx.is_role(own, "context"))


def _after_colon(para: Paragraph, t: int) -> Found | None:
    toks = para.toks
    if t < len(toks) and is_an(toks[t].w) and para.passage_at(t + 1):
        t += 1
    p = para.passage_at(t)
    if p is not None and not para.is_label(p):
        return Found(p.start, p.end, "direct", None, None, False)
    if t >= len(toks):
        return None
    s, e = trim(para.body, toks[t].start, para.end)
    return Found(s, e, "direct", None, None, False) if e > s else None


def clause(para: Paragraph, t: int) -> Found | None:
    """Indirect content from token t to its clause boundary; mixed when it quotes words itself."""
    toks = para.toks
    if t >= len(toks):
        return None
    first = para.passage_at(t)
    quoted = False
    k = t
    while k < len(toks):
        p = para.passage_at(k)
        if p is not None:
            if p.close_at is None:
                k = len(toks)
                quoted = quoted or para.quotes_words(p)
                break
            quoted = quoted or para.quotes_words(p)
            k = para.after(p.outer_end)
            continue
        tok = toks[k]
        if para.ends_sentence(k):
            break
        if k > t and tok.w and _boundary(para, k):
            break
        k += 1
    stop = toks[k].start if k < len(toks) else para.end
    after = para.after(first.outer_end) if first is not None and first.close_at is not None else k
    while after < k and not toks[after].w:
        after += 1  # "أن "…"، مشيراً إلى": only the comma stands between the quotation and the next statement
    if first is not None and (first.close_at is None or after >= k):
        return Found(first.start, min(first.end, stop), "direct", None, None, False)
    s, e = trim(para.body, toks[t].start, stop)
    if e <= s or not quoted and not any(ch.isspace() for ch in para.body[s:e]):
        return None  # one word ("ونددت الوزارة بالهجوم،"): what was condemned, not what was said
    return Found(s, e, "mixed" if quoted else "indirect", None, None, False)


def _boundary(para: Paragraph, k: int) -> bool:
    """Does token k open a new statement or an attribution inside a clause?"""
    toks = para.toks
    w = toks[k].w
    comma_before = toks[k - 1].text in "،,"
    cue = lx.cue_of(w)
    if cue is not None and cue.role == "continuation":
        # "، مشيراً إلى" or "مضيفاً أن": a participle that is also a noun ("بعد متابعة استمرت")
        # only goes on with the statement after a comma or before what it reports, and not as
        # the predicate of the definite noun before it ("أن الحكومة مطالبة بالإسراع"), which an
        # accusative participle cannot be ("في هذا المجال مشيراً إلى")
        predicate = toks[k - 1].art and not w.endswith("ا")
        return comma_before or (_opens_content(para, k + 1, cue) and not predicate)
    if comma_before and _contrast_at(para, k):
        return True  # "…"، فيما أكد ماكرون أن …": the writer's next clause
    if comma_before and _but_then_says(para, k):
        return True  # "…"، لكنه شدد على أن …": the next statement, made by the same speaker
    if (comma_before and k >= 2 and any(p.close_at == toks[k - 2].start for p in para.passages)
            and _writers_remark(para, k)):
        # "إن قواته "ردت على مصدر النيران"، دون أن يعلن عن إصابات"، "دعا إلى "التهدئة"، قبل أن يغادر":
        # the writer's remark
        return True
    if comma_before and _circumstantial(toks[k]) and not (k + 1 < len(toks) and is_an(toks[k + 1].w)):
        # "أن "…"، مثمناً جهود": what the speaker did beside his words, not his words ("، مرجحاً
        # أن …" still reports them)
        return True
    if cue is not None and cue.role == "verb" and w[:1] in "وف":
        # "، وأضاف" or "وقال: …" opens the next statement; "قالوا بعد …" inside a clause does not
        nxt = next((t for t in toks[k + 1:] if not lx.is_role(t.w, "adverb")), None)
        if comma_before or (nxt is not None and (nxt.text in ":." or nxt.start in para.opening or is_an(nxt.w))):
            return True
    return comma_before and attribution_at(para, k) is not None


def _role_words_at(para: Paragraph, k: int, kind: str) -> int:
    """How many words of a speaker_roles phrase of this kind open at token k: 2 for a pair
    ("في حين"، "إلا أنه"), 1 for a word, 0 for none."""
    if " ".join(t.w for t in para.toks[k:k + 2]) in lx.roles().get(kind, {}):
        return 2
    return 1 if lx.is_role(para.toks[k].w, kind) else 0


def _but_then_says(para: Paragraph, k: int) -> bool:
    n = _role_words_at(para, k, "but")
    cue = lx.cue_of(para.toks[k + n].w) if n and k + n < len(para.toks) else None
    return cue is not None and cue.role == "verb"


def _writers_remark(para: Paragraph, k: int) -> bool:
    return _role_words_at(para, k, "after_quote") > 0


def _circumstantial(tok) -> bool:
    """An indefinite accusative participle (مثمناً، محمّلاً، متجاهلاً): after a comma it tells what
    the subject did while speaking. Nouns in -يا/-ها/-نا (مقدونيا، مسؤوليتها) only look like one."""
    w = tok.w
    return (tok.tag is None and not tok.art and w[:1] == "م" and len(w) >= 5
            and ("\u064b" in tok.text or (w.endswith("ا") and not w.endswith(("يا", "ها", "نا")))))


def _opens_content(para: Paragraph, t: int, cue: lx.Cue) -> bool:
    """Does token t (after any adverbs) open what the cue reports: its particle, أن, a colon or
    a quotation?"""
    toks = para.toks
    while t < len(toks) and lx.is_role(toks[t].w, "adverb"):
        t += 1
    if t >= len(toks):
        return False
    tok = toks[t]
    return (tok.text == ":" or para.passage_at(t) is not None or is_an(tok.w)
            or (cue.indirect and _particle(tok.w, cue.particles)))


def _contrast_at(para: Paragraph, k: int) -> bool:
    return _role_words_at(para, k, "contrast") > 0


@lru_cache(maxsize=1)
def _attribution_phrases() -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    """First word -> (rank, words) of the attribution phrases it opens; rank orders them longest first."""
    by_first: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for rank, phrase in enumerate(sorted(lx.relays()["attribution"], key=len, reverse=True)):
        words = tuple(phrase.split())
        by_first.setdefault(words[0], []).append((rank, words))
    return by_first


def attribution_at(para: Paragraph, k: int) -> int | None:
    """Index where the source begins after an attribution phrase (بحسب، وفقاً لـ، نقلاً عن …) at token k."""
    found = attribution_source(para, k)
    return found[0] if found else None


def attribution_source(para: Paragraph, k: int) -> tuple[int, bool] | None:
    """attribution_at, and whether the phrase's last preposition is glued to the source ("لمصادر")."""
    toks = para.toks
    first = toks[k].w if k < len(toks) else ""
    phrases = _attribution_phrases()
    # only phrases that open with the word itself or with the word without its و can match
    candidates = phrases.get(first, [])
    if first[:1] == "و" and first[1:] in phrases:
        candidates = sorted(candidates + phrases[first[1:]])
    for _, words in candidates:
        i, glued = k, False
        for n, x in enumerate(words):
            w = toks[i].w if i < len(toks) else ""
            if w == x or (n == 0 and w[:1] == "و" and w[1:] == x):
                i += 1
            elif n == len(words) - 1 and x in ("ل", "ب") and w.startswith(x) and len(w) > 2:
                glued = True  # the preposition is glued to the source: "لوكالة"
                break
            else:
                i = -1
                break
        if i > k:
            return i, glued
    return None
