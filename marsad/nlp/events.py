"""Events stage: attacks, bombings, shootings, hostage-takings, arrests and foiled plots.

A trigger word or phrase (data/event_triggers.tsv) opens a candidate mention in its sentence; a verb
is listed once and matched in every person and gender, with object pronouns and clitics, and a
phrase may leave room for its subject ("ألقت الشرطة القبض على"). A holding verb is a hostage-taking
when hostages are named near it ("احتجز مسلحون رهائن"), an arrest otherwise. A mention is dropped
when the words before it make it a threat, risk, plan or condition ("قد يشن هجوماً"، "خطر وقوع
هجمات") or a memory of an old event ("بعد عامين من تفجير مماثل"), when it is a
plural topic with no figure ("الهجمات الإرهابية"), and when nothing anchors it to a real event (no
place, date, figure, claimed perpetrator or target). Figures are read with marsad.nlp.numbers and
given a field by the words around them (data/event_figures.tsv), then attached to the nearest
trigger of a compatible kind in the sentence. Mentions of the same event in one article (same
family, compatible place and date) are merged into one Event whose evidence is the most complete
sentence. A claim or condemnation of an attack ("أعلنت X مسؤوليتها عن الهجوم"، "أدانت الهجوم") refers
to an event told elsewhere in the article: it only gives that event its perpetrator. Dates come from
marsad.nlp.dates, relative ones resolved against the publication date only (null without one).

`merge_events()` does the same across articles for the store, and `write_events_csv()` writes one
row per (merged) event.
"""
from __future__ import annotations

import bisect
import csv
import re
from itertools import chain
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from pathlib import Path

from marsad.article import Article, Event
from marsad.datafiles import data_rows, data_table
from marsad.nlp import entities, lexicons
from marsad.nlp.dates import DateMention, bare_weekdays, find_dates, timestamp_spans
from marsad.nlp.normalize import Token, fold, fold_word, normalize, tokenize
from marsad.nlp.numbers import find_numbers
from marsad.nlp.quotes import lexicon as quote_lexicon
from marsad.nlp.quotes.marks import CLOSING, EITHER, OPENING

FAMILY = {"attack": "violent", "bombing": "violent", "shooting": "violent", "hostage": "hostage",
          "arrest": "security", "plot_foiled": "security", "other": "other"}
# Which figures an event of each family can carry.
_FIELDS = {"violent": {"killed", "injured"}, "hostage": {"killed", "injured"},
           "security": {"arrested"}, "other": set()}
# When mentions of one event disagree on the type, the more specific wins.
_TYPE_RANK = {"attack": 0, "other": 0, "arrest": 0, "shooting": 1, "bombing": 2, "hostage": 2, "plot_foiled": 1}
_EXPLICIT_DATES = {"absolute", "numeric", "iso", "hijri"}
# An event dated this long before the article is a recollection, not news.
_OLD = timedelta(days=30)

_CLITICS = ("وبال", "وال", "فال", "بال", "كال", "لل", "و", "ف", "ب", "ل", "ك", "ال")
_CLAUSE_END = set("،,؛;:.!?؟")
_HYPOTHETICAL_WINDOW = 4  # tokens before a trigger searched for "قد"، "خطر"، "أي"...
_CHARGE_REACH = 12  # tokens of one clause before a trigger searched for a court's charge ("أدين بـ …")
_DATE_WINDOW = 12  # tokens between a trigger and the date that dates it
_HELD_WINDOW = 5  # words between a state of being held and the منذ that says since when
_PLACE_WINDOW = 12  # tokens between a trigger and the place it happened in
_FIGURE_GAP = 3  # tokens allowed between a number and the word that says what it counts
_SENTENCE_END = re.compile(r"[.!?؟]+(?=\s|$)|\n")
_GAP = "*"  # in a trigger phrase: a few words between, most often the subject ("ألقت الشرطة القبض على")
_MAX_GAP = 3
_HOSTAGE_WINDOW = 9  # tokens around a holding verb searched for "رهائن" ("احتجز مسلحون من حركة X نحو 20 رهينة")
_AGO_WINDOW = 8  # tokens after a trigger searched for "قبل عامين"
_SPEECH_WINDOW = 6  # tokens after a trigger searched for "مؤتمر صحفي"، "تصريحات"
_REFERENCE_WINDOW = 6  # tokens before a trigger searched for a claim or a condemnation
# A past-tense verb with its subject suffix (ت وا ا تا نا), or with an object pronoun ("احتجزهم").
_SUBJECT_SUFFIXES = ("ت", "وا", "ا", "تا", "نا")
_OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")


# -- lexicons ----------------------------------------------------------------------------------

_OPENS_CONTENT = frozenset(fold(w) for w in "إن أن بأن وأن إنه أنه بأنه إنها أنها بأنها".split())


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(fold(text).split())


class _Phrases(dict):
    """Folded phrase (a tuple of words) -> value, indexed by first word for matching."""

    def __init__(self, items):
        super().__init__(items)
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self:
            self.by_first.setdefault(phrase[0], []).append(phrase)


@lru_cache(maxsize=1)
def _triggers() -> _Phrases:
    """Trigger phrases; a verb row stands for all its persons, and for its present tense as a weak trigger."""
    out: dict[tuple[str, ...], tuple[str, str]] = {}
    for p, t, form in data_table("event_triggers.tsv"):
        phrase = _phrase(p)
        if form in ("verb", "weak"):
            past, present = _conjugations(phrase[0])
            for word in present if form == "verb" else ():
                out.setdefault((word, *phrase[1:]), (t, "weak"))
            for word in past:
                out[(word, *phrase[1:])] = (t, form)
        out[phrase] = (t, form)
    return _Phrases(out.items())


def _conjugations(verb: str) -> tuple[set[str], set[str]]:
    """Past forms (every person, with object pronouns) and present forms of a folded past he-form.

    "اعتقل" -> اعتقلت، اعتقلوا، اعتقلهم، اعتقلوه... and يعتقل، تعتقل، يعتقلون; "القي" (ألقى) -> القت، القوا."""
    stem = verb[:-1] if verb.endswith("ي") else verb  # a defective verb drops its last letter: ألقى، ألقت
    past = {verb} | {(stem if s in ("ت", "وا", "تا") else verb) + s for s in _SUBJECT_SUFFIXES}
    past |= {base + o for base in (verb, stem + "ت", stem + "و") for o in _OBJECT_SUFFIXES}
    core = verb[1:] if verb.startswith("ا") else verb  # احتجز -> يحتجز، أطلق -> يطلق
    present = {p + core + s for p in ("ي", "ت") for s in ("", "ون", "ان")}
    return past, present


@lru_cache(maxsize=1)
def _figures() -> _Phrases:
    rows = {_phrase(p): (f, side) for p, f, side in data_table("event_figures.tsv")}
    # the nominative dual of every singular that counts one: حارس -> حارسان (two), امرأة -> امرأتان;
    # the other case (حارسين) is listed by hand, as it is also the plural of nisba nouns (مدنيين)
    singulars = [word for (word, *more), (_, side) in rows.items() if side == "one" and not more]
    for word in singulars + sorted(_nisba_persons()):
        rows.setdefault(((word[:-1] + "ت" if word.endswith("ه") else word) + "ان",), ("-", "dual"))  # folded ة
    return _Phrases(rows.items())


@lru_cache(maxsize=1)
def _nisba_persons() -> frozenset[str]:
    """Nationality adjectives, which used as nouns are one person right after a figure's cue
    ("استشهد فلسطيني"، "اعتقال سورية"); not a feminine that is also the country's name (سورية)."""
    out = set()
    for row in data_rows("nationalities.tsv"):
        nisba = fold(row["nisba"])
        out |= {word for word in (nisba, nisba + "ه") if word not in lexicons.names()}
    return frozenset(out)


@lru_cache(maxsize=1)
def _context() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for p, kind in data_table("event_context.tsv"):
        out.setdefault(kind, set()).add(fold(p))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def _context_phrases(kind: str) -> _Phrases:
    """The phrases of one kind of event_context.tsv, matched as phrases: sentence openings that turn
    to another event ("new_event": "وفي تطور منفصل"), periods before the news ("earlier": "الأسبوع الماضي")."""
    return _Phrases({_phrase(p): k for p, k in data_table("event_context.tsv") if k == kind})


_EARLIER_REACH = 4  # words between an event word and the earlier period it happened in


def _in_earlier_period(tx: _Text, a: int, b: int, lo: int, hi: int) -> bool:
    """Is the event word at tokens [a, b) set in a period before the news ("أعلنت الأسبوع الماضي
    القبض على …")?"""
    return any(tx.match(i, _context_phrases("earlier"), hi)
               for i in range(max(lo, a - _EARLIER_REACH - 2), min(hi, b + _EARLIER_REACH)))


@lru_cache(maxsize=1)
def _places() -> dict[str, _Phrases]:
    out: dict[str, dict[tuple[str, ...], str]] = {}
    for p, kind in data_table("event_places.tsv"):
        out.setdefault(kind, {})[_phrase(p)] = kind
    out["site"] = {**out["place"], **out["landmark"], **out["region_noun"]}
    return {kind: _Phrases(phrases.items()) for kind, phrases in out.items()}


# -- token helpers -----------------------------------------------------------------------------

@lru_cache(maxsize=65536)
def _forms(word: str) -> frozenset[str]:
    """A folded word and what is left of it without one leading clitic ("وبالهجوم" -> "هجوم")."""
    forms = {word}
    for p in _CLITICS:
        if word.startswith(p) and len(word) - len(p) >= 2:
            forms.add(word[len(p):])
    # the accusative alif of an undiacritised tanween: "هجوماً" -> "هجوما" -> "هجوم"
    forms |= {f[:-1] for f in forms if f.endswith("ا") and len(f) > 3}
    # a possessive pronoun: "سائقها"، "حراسهم" (a lone ه may be a folded ة, so not that)
    forms |= {f[:-2] for f in forms if f.endswith(("ها", "هم")) and len(f) > 5}
    forms |= {f[:-3] for f in forms if f.endswith("هما") and len(f) > 6}  # the dual: "اختطافهما"
    # ة is written ت before a pronoun: "والدته"، "زوجتها" -> "والده"، "زوجه" (the folded ة)
    forms |= {f[:-len(p)] + "ه" for f in list(forms) for p in ("تهما", "تهم", "تها", "ته")
              if f.endswith(p) and len(f) - len(p) >= 3}
    return frozenset(forms)


def _is_word(tok: Token) -> bool:
    return tok.text[0].isalnum() or tok.text[0] == "_"


@dataclass
class _Text:
    """The body as tokens with folded forms, sentence spans and quote spans."""
    body: str
    tokens: list[Token]
    folded: list[str]
    starts: list[int]
    sentences: list[tuple[int, int]]  # token index ranges
    quotes: list[tuple[int, int]]  # character spans of direct quotes
    token_forms: list[frozenset[str]]  # _forms of each word token, empty for punctuation
    in_org: frozenset[int]  # tokens inside organisation names ("هيئة مكافحة الإرهاب")
    in_loc: frozenset[int]  # tokens inside place names the entities stage found
    in_per: frozenset[int]  # and inside person names
    loc_inner: frozenset[int]  # tokens of a place name after its first: "وليد" of "بني وليد"
    in_number: frozenset[int]  # tokens of numbers, in digits or words ("خمسة"، "ثلاثة عشر")

    @classmethod
    def of(cls, article: Article) -> "_Text":
        body = article.body
        tokens = tokenize(body)
        starts = [t.start for t in tokens]
        bounds = [m.end() for m in _SENTENCE_END.finditer(body)] + [len(body)]
        sentences, prev = [], 0
        for b in bounds:
            lo, hi = bisect.bisect_left(starts, prev), bisect.bisect_left(starts, b)
            if hi > lo:
                sentences.append((lo, hi))
            prev = b
        folded = [fold_word(t.text) for t in tokens]
        def inside(kind: str, skip: int = 0) -> frozenset[int]:
            # a mention may start inside its first token, after a clitic ("ب|بغداد")
            return frozenset(k for e in article.entities if e.type == kind for m in e.mentions
                             for k in range(bisect.bisect_right(starts, m.start) - 1 + skip,
                                            bisect.bisect_left(starts, m.end)))
        return cls(body, tokens, folded, starts, sentences,
                   # "أعلنت الوزارة، اليوم، اعتقال سبعة": indirect speech is how events are reported
                   [(q.start, q.end) for q in article.quotes if q.start is not None and q.kind == "direct"],
                   [_forms(f) if _is_word(t) else frozenset() for t, f in zip(tokens, folded)],
                   inside("ORG"), inside("LOC"), inside("PER"), inside("LOC", skip=1),
                   frozenset(k for m in find_numbers(body, tokens)
                             for k in range(bisect.bisect_right(starts, m.start) - 1,
                                            bisect.bisect_left(starts, m.end))))

    def forms(self, i: int) -> frozenset[str]:
        return self.token_forms[i]

    def match(self, i: int, phrases: _Phrases, limit: int) -> int:
        """Length in tokens of the longest phrase starting at token i (0 when none)."""
        found = self.matched_end(i, phrases, limit)
        return found[1] - i if found else 0

    def matched(self, i: int, phrases: _Phrases, limit: int) -> tuple[str, ...] | None:
        """The longest phrase starting at token i, if any."""
        found = self.matched_end(i, phrases, limit)
        return found[0] if found else None

    def matched_end(self, i: int, phrases: _Phrases, limit: int) -> tuple[tuple[str, ...], int] | None:
        """The longest phrase starting at token i (before limit) and the token index after it."""
        if i >= limit:
            return None
        best = None
        # the word as written before what is left of it without a clitic or an ending ("قتلا", not
        # "قتل"): on a tie the first found wins, so the order must not be a set's
        for form in sorted(self.forms(i), key=lambda f: (-len(f), f)):
            for phrase in phrases.by_first.get(form, ()):
                end = self._rest(phrase, 1, i + 1, limit)
                if end is not None and (best is None or end > best[1]):
                    best = (phrase, end)
        return best

    def _rest(self, phrase: tuple[str, ...], k: int, i: int, limit: int) -> int | None:
        """Where phrase[k:] ends when matched from token i; a gap takes up to _MAX_GAP words."""
        if k == len(phrase):
            return i
        if phrase[k] == _GAP:
            for j in range(i, min(limit, i + _MAX_GAP + 1)):
                if j > i and (not _is_word(self.tokens[j - 1]) or self.folded[j - 1] in _OPENS_CONTENT):
                    break  # a subject holds no إن/أن: "قال الجيش الإسرائيلي إن جندياً قتل" is no killing by it
                end = self._rest(phrase, k + 1, j, limit)
                if end is not None:
                    return end
            return None
        if i < limit and phrase[k] in self.forms(i):
            return self._rest(phrase, k + 1, i + 1, limit)
        return None

    def has(self, i: int, kind: str) -> bool:
        return bool(self.forms(i) & _context().get(kind, frozenset()))

    def is_clause_end(self, i: int) -> bool:
        return self.tokens[i].text in _CLAUSE_END

    def clause_before(self, lo: int, floor: int, window: int) -> Iterator[int]:
        """Token indices from lo - 1 backwards: at most `window`, none below `floor`, none past a clause end."""
        j = lo - 1
        while j >= max(floor, lo - window) and not self.is_clause_end(j):
            yield j
            j -= 1

    def clause_after(self, hi: int, ceiling: int, window: int) -> Iterator[int]:
        """Token indices from hi onwards: at most `window`, none from `ceiling` on, none past a clause end."""
        j = hi
        while j < min(ceiling, hi + window) and not self.is_clause_end(j):
            yield j
            j += 1

    def span(self, lo: int, hi: int) -> tuple[str, int, int]:
        start, end = self.tokens[lo].start, self.tokens[hi - 1].end
        return self.body[start:end], start, end

    def token_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def in_quote(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.quotes)


# -- mentions ----------------------------------------------------------------------------------

@dataclass
class _Mention:
    type: str
    form: str
    sentence: int
    lo: int  # token range of the trigger
    hi: int
    figures: dict[str, tuple[int | None, bool]] = field(default_factory=dict)  # field -> (value, approximate)
    location: str | None = None
    date: DateMention | None = None
    perpetrator: str | None = None
    target: str | None = None
    yesterday: bool = False
    separate: bool = False
    blocked: bool = False  # a threat, plan or old event: not news
    aimed: bool = False  # the target follows a verb of aiming ("استهدف"), a concrete act
    referring: bool = False  # claimed or condemned ("أعلنت X مسؤوليتها عن الهجوم"): an event told elsewhere
    scene: bool = False  # "في موقع الانفجار": the site of an event told before, no event by itself
    sentence_apart: bool = False  # separate only because its sentence opens on another event ("وقبل ذلك")
    named_by_place: bool = False  # "تفجير الكرادة": the act named by its town, maybe a known past one

    @property
    def family(self) -> str:
        return FAMILY[self.type]

    @property
    def anchored(self) -> bool:
        """Something ties the mention to one real event; "الهجوم على المعارضة" alone does not."""
        # (an act named by its town alone, "ضحايا تفجير الكرادة", may be one of years ago)
        return bool(self.figures or (self.location and not self.named_by_place) or self.date
                    or self.perpetrator or self.aimed)

    @property
    def weight(self) -> int:
        """How much this mention states; the most complete one gives the evidence sentence."""
        return (2 * sum(v is not None for k, (v, _) in self.figures.items() if not k.startswith(_CLAIMED))
                + bool(self.date)
                + bool(self.location) + bool(self.perpetrator) + bool(self.target))




def _find_triggers(tx: _Text, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
    found, i = [], lo
    release = None  # the release of hostages found in the sentence, if any
    while i < hi:
        # "قناة المسيرة": a word of an organisation's name is no act
        hit = tx.matched_end(i, _triggers(), hi) if i not in tx.in_org else None
        if hit:
            phrase, end = hit
            type_, form = _triggers()[phrase]
            if "/" in type_:  # "احتجز": an arrest, or a hostage-taking when hostages are named
                usual, with_hostages = type_.split("/")
                # a release is of hostages when the sentence names them or their kidnapping at all
                if _hostages_near(tx, i, end, lo, hi) or (usual == "-" and any(tx.has(j, "hostage") for j in range(lo, hi))):
                    type_, form = with_hostages, "verb" if form == "weak" else form  # hostages make it sure
                else:
                    type_ = usual
            if type_ == "hostage" and release in found:
                # "أفرج … عن خمسة رهائن بعد احتجازهم في جزيرة X": the release ends the holding told
                # after it, one event, where the hostages were held
                found.remove(release)
            elif type_ == "hostage" and _triggers()[phrase][0].startswith("-"):
                release = (i, end, type_, form)
            right_after = type_ in FAMILY and bool(found) and found[-1][1] == i
            # (the act's means may stand before the pronoun: "الهجوم بطائرتين مسيرتين الذي استهدف")
            described = (bool(found) and 0 <= i - 1 - found[-1][1] <= _INSTRUMENT_WORDS
                         and tx.folded[i - 1] in lexicons.RELATIVE_PRONOUNS)
            if right_after and form == "pl" and tx.folded[i][:1] in "بل" and tx.folded[i] != phrase[0]:
                # "غارة لطائرة مسيرة"، "هجوم بصواريخ": the act's means or whose craft, no act of its own
                pass
            elif (right_after or described) and form == "weak":
                # "تفجير انتحاري استهدف حافلة"، "الهجوم الذي استهدف مسجداً": a verb with other senses
                # describing the act before it
                pass
            elif right_after and FAMILY[found[-1][2]] == FAMILY[type_] and tx.folded[i] == phrase[0]:
                # "انفجار عبوة ناسفة": two triggers of one family back to back, the second with no
                # clitic (not "لهجوم بعبوة"), name one act
                lo_, _, type0, form0 = found.pop()
                type_ = max(type0, type_, key=_TYPE_RANK.get)
                found.append((lo_, end, type_, form if form0 in ("pl", "weak") else form0))
            elif type_ in FAMILY:
                found.append((i, end, type_, form))
            i = end
        else:
            i += 1
    return found


_FOILED_REACH = 6  # tokens after a foiling trigger that still describe the plot


_ONE_OF_SET = frozenset(fold(w) for w in "أحدث آخر أعنف أبرز أكبر أخطر أول".split())
_THESE = frozenset(fold(w) for w in "هذه تلك".split())


def _one_of_these(tx: _Text, a: int, sent_lo: int) -> bool:
    """Is the trigger at token a the set in "وفي أحدث هذه الهجمات، قتل …" (the latest of these attacks)?
    It names the act the sentence goes on to tell, which is that act's own mention, not the set's."""
    return (a - 2 >= sent_lo and tx.folded[a - 1] in _THESE
            and any(f in _ONE_OF_SET for f in tx.forms(a - 2)))


def _accused_of(tx: _Text, a: int, sent_lo: int) -> bool:
    """Is the trigger at token a, with ب glued to it, what the people named right before it are
    accused of ("متهمين بخطف"، "المتهم بتفجير")?"""
    return a > sent_lo and tx.folded[a].startswith("ب") and tx.has(a - 1, "accused_noun")


_TRIGGER_TOKENS = 10  # tokens of the longest trigger phrase, with the words its "*" allows


def _foiled(tx: _Text, found: list[tuple[int, int, str, str]], k: int) -> bool:
    """"أحبطت الشرطة محاولة لتفجير سيارة مفخخة": an attack word (the k-th trigger) just after a
    foiled plot in the same clause is the plot, which did not happen."""
    lo, _, type_, _ = found[k]
    if FAMILY[type_] == "security":
        return False
    for j in range(k - 1, -1, -1):  # the triggers before, nearest first: only the near ones matter
        start, end, t, _ = found[j]
        if lo - start > _FOILED_REACH + _TRIGGER_TOKENS:
            break
        if t == "plot_foiled" and lo - end <= _FOILED_REACH and not any(tx.is_clause_end(x) for x in range(end, lo)):
            return True
    return False


def _tally(tx: _Text, hi: int, sent_hi: int) -> bool:
    """"الهجمات … التي أسفرت منذ مطلع العام عن مقتل سبعة"، "في هجمات العام الجاري": plural attacks
    counted over a period since its start, or of this year, a running tally rather than news of one
    event."""
    of_the_year = (hi + 1 < sent_hi and tx.has(hi, "duration") and tx.folded[hi].startswith("ال")
                   and tx.folded[hi + 1] in _RUNNING)
    return of_the_year or any(tx.folded[j] == "منذ" and _period_after(tx, j, sent_hi, ("period_start", "duration"))
                              for j in range(hi, sent_hi))


# "هجمات العام الجاري": the year so far; "هجمات العام الماضي": last year's
_RUNNING = frozenset(fold(w) for w in "الجاري الحالي الماضي المنصرم".split())


def _counted_over_period(tx: _Text, a: int, lo: int, hi: int) -> bool:
    """"رصد أكثر من أربعين هجوماً خلال الأشهر الثلاثة الماضية"، "عشرات الهجمات خلال الشهر الماضي":
    plural attacks with their count, over a period, are a tally, not one event."""
    if a - 1 < lo or a - 1 not in tx.in_number:
        return False
    return any(tx.folded[j] == "خلال" and (_period_after(tx, j, hi, ("duration",))
                                            or tx.match(j + 1, _context_phrases("earlier"), hi) > 0)
               for j in range(lo, hi))


def _period_after(tx: _Text, j: int, sent_hi: int, kinds: tuple[str, ...]) -> bool:
    """A word of these kinds one or two tokens after token j: "قبل عامين"، "منذ مطلع العام"."""
    return any(tx.has(k, kind) for k in range(j + 1, min(sent_hi, j + 3)) for kind in kinds)


def _hostages_near(tx: _Text, lo: int, hi: int, sent_lo: int, sent_hi: int) -> bool:
    """"رهائن" within a few words of tokens [lo, hi), in the same clause; or anywhere before in the
    sentence when the act's pronoun points back to them ("عن خمسة رهائن، … بعد احتجازهم")."""
    if any(tx.has(j, "hostage") for j in chain(tx.clause_before(lo, sent_lo, _HOSTAGE_WINDOW),
                                               tx.clause_after(hi, sent_hi, _HOSTAGE_WINDOW))):
        return True
    return tx.folded[lo].endswith(_OBJECT_SUFFIXES[1:]) and any(tx.has(j, "hostage") for j in range(sent_lo, lo))


def _referring(tx: _Text, lo: int, sent_lo: int) -> bool:
    """The trigger is the object of a claim or a condemnation: "أعلنت X مسؤوليتها عن الهجوم"، "أدانت الهجوم"."""
    return any(tx.has(j, "condemn") or tx.has(j, "responsibility") or tx.has(j, "claim")
               for j in tx.clause_before(lo, sent_lo, _REFERENCE_WINDOW))


_TARGET_REACH = 3  # tokens after a trigger to the verb of aiming or على that opens its target
_INSTRUMENT_WORDS = 2  # more when the act's means come first, behind ب
_SUFFERED_REACH = 4  # tokens: the verb of suffering and a short subject before "لهجوم"


def _blocked(tx: _Text, lo: int, hi: int, sent_lo: int, sent_hi: int, type_: str) -> bool:
    """A threat, plan, condition or risk, or a memory of an older event, rather than news of one."""
    first = tx.folded[lo]
    # "تعرض لهجوم"، "تعرضت البلدة لقصف": the verb of suffering, its subject maybe between
    suffered = any(tx.has(j, "suffered") for j in range(max(sent_lo, lo - _SUFFERED_REACH), lo))
    if first.startswith("ل") and not first.startswith("لل") and not suffered:
        return True  # "لتفجير مركز": a purpose; but "تعرض لهجوم" is an attack suffered
    for j in tx.clause_before(lo, sent_lo, _HYPOTHETICAL_WINDOW):
        if j in tx.in_org or (j > sent_lo and lexicons.is_org_head(normalize(tx.tokens[j - 1].text))):
            # "أعلنت هيئة مكافحة الإرهاب اعتقال …": the name of the body (found or not), not a plan
            continue
        if (tx.has(j, "hypothetical") or tx.has(j, "recollection") or tx.has(j, "figurative_before")
                or tx.has(j, "charge")):
            return True  # a plan or threat, a memory, a figure of speech, or what a court tries
        if tx.has(j, "modal") and j + 1 < lo and _present_tense(tx.folded[j + 1]):
            return True
    if any(tx.has(j, "charge") for j in tx.clause_before(lo, sent_lo, _CHARGE_REACH)):
        return True  # "أدين بالانضمام إلى خلية إرهابية والمشاركة في استهداف …": what a court tried
    # "بعد نحو عامين من تفجير": a duration, then من/على, right before the trigger
    if lo - 1 >= sent_lo and tx.folded[lo - 1] in ("من", "علي"):
        if any(tx.has(k, "duration") for k in range(max(sent_lo, lo - 4), lo - 1)):
            return True
    if any(tx.has(k, "old") for k in range(hi, min(sent_hi, hi + 2))):
        return True  # "تفجير سابق": an earlier event
    if (any(tx.has(k, "habitual") for k in range(hi, min(sent_hi, hi + 2)))
            and not any(k in tx.in_number for k in range(sent_lo, sent_hi))):
        return True  # "عمليات اغتيال متكررة": a pattern, not one event (but "قصف متواصل أسفر عن مقتل أربعة")
    # "وكان انفجار قد هز البلدة قبل عامين": told as months or years ago (an arrest's object may be
    # described by its own past: "اعتقال رجل ارتكب جريمة قبل عامين")
    if FAMILY[type_] != "security" and any(tx.has(j, "ago") and _period_after(tx, j, sent_hi, ("duration",))
                                          for j in tx.clause_after(hi, sent_hi, _AGO_WINDOW)):
        return True
    if _munition_handled(tx, lo, sent_lo) == "seized":
        return True  # "ضبطت القوات 5 عبوات ناسفة"، "مخبأ يضم 20 قذيفة": munitions found, no attack
    if type_ == "plot_foiled" and _foiled_smuggling(tx, hi, sent_hi):
        return True  # "أحبطت محاولة اجتياز للحدود": a crossing stopped, not an attack foiled
    if FAMILY[type_] == "security":
        return False  # "اعتقال نواب المعارضة" is an arrest; only an attack can be one in words
    for k in range(hi, min(sent_hi, hi + 2)):
        if any(tx.has(k, kind) for kind in ("accuse", "agent", "claim")):
            break  # "هجوم حملت الحكومة مسؤوليته لحركة X": a relative clause on who did it
        if tx.has(k, "figurative") or tx.has(k, "accident"):
            return True
        if tx.folded[k] == "علي" and k + 1 < sent_hi and tx.has(k + 1, "figurative"):
            return True  # "الهجوم الشرس على العملة المحلية": on a thing no weapon can hit
    if type_ not in ("attack", "shooting"):
        return False
    # "هاجم الوزير المعارضة في مؤتمر صحفي": an attack in words (a bomb cannot be one)
    return any(tx.has(j, "speech") for j in tx.clause_after(hi, sent_hi, _SPEECH_WINDOW))


_MUNITION_WINDOW = 6  # tokens: the verb, its subject and a count before the munition


def _munition_handled(tx: _Text, lo: int, sent_lo: int) -> str | None:
    """"seized" or "defused" when the trigger at token lo names a munition that the clause before it
    seized or found in a cache ("ضبطت … 5 عبوات ناسفة") or defused ("فككت القوات عبوة ناسفة")."""
    if not tx.has(lo, "munition"):
        return None
    for j in tx.clause_before(lo, sent_lo, _MUNITION_WINDOW):
        for kind in ("seized", "defused"):
            if tx.has(j, kind):
                return kind
    return None


_ATTEMPT = frozenset({"محاوله", "محاولات"})
_FOILED_OBJECT_WINDOW = 16  # tokens: the subject, its place and a time aside may stand before the object


def _foiled_smuggling(tx: _Text, hi: int, sent_hi: int) -> bool:
    """Is what was foiled a smuggling, crossing or migration: right after the trigger ("إحباط محاولة
    تهريب") or after the attempt the verb foiled ("أحبطت وحدات … محاولة اجتياز للحدود")?"""
    for k in range(hi, min(sent_hi, hi + _FOILED_OBJECT_WINDOW)):
        if tx.has(k, "smuggling") and (k <= hi + 1 or tx.folded[k - 1] in _ATTEMPT):
            return not _armed_crossing(tx, k, sent_hi)
    return False


_CROSSERS_REACH = 4  # tokens from "تسلل" to the armed group whose members crossed


def _armed_crossing(tx: _Text, k: int, sent_hi: int) -> bool:
    """"محاولة تسلل لعناصر تنظيم داعش": a crossing by an armed group's men is an attack foiled,
    not a smuggling."""
    return any(tx.has(j, "group") or j in tx.in_org and tx.has(j - 1, "fighters")
               for j in range(k + 1, min(sent_hi, k + 1 + _CROSSERS_REACH)))


def _earlier_year(tx: _Text, trigger: int, lo: int, hi: int, reference) -> bool:
    """"عام 2015" close to the trigger, in an article of a later year: a recollection."""
    if reference is None:
        return False
    for j in range(max(lo, trigger - _DATE_WINDOW), min(hi - 1, trigger + _DATE_WINDOW)):
        year = tx.folded[j + 1]
        if tx.has(j, "year") and len(year) == 4 and year.isdigit() and int(year) < reference.year:
            return True
    return False


def _present_tense(word: str) -> bool:
    """"يشن"، "تحاول": the imperfect prefixes; "تم" is the past passive auxiliary."""
    return word[:1] in ("ي", "ت") and word != "تم"


# -- figures -----------------------------------------------------------------------------------

@dataclass
class _Figure:
    field: str
    value: int | None
    approximate: bool
    lo: int  # token index of the number


def _figure_field(tx: _Text, lo: int, hi: int, sent_lo: int, sent_hi: int) -> str | None:
    """What the number in tokens [lo, hi) counts, from the nearest cue word around it."""
    after = before = None  # (distance in tokens, field)
    # "ثلاثة من عناصر الأمن قتلوا": "of" and the body they belong to before the verb that counts them
    partitive = hi < sent_hi and tx.folded[hi] == _OF
    for j in tx.clause_after(hi, sent_hi, _FIGURE_GAP + (3 if partitive else 1)):
        phrase = tx.matched(j, _figures(), sent_hi)
        if phrase and (_figures()[phrase] == ("-", "one") or partitive and j == hi):
            continue  # "23 مدنياً على الأقل قتلوا": the people counted, then the verb that counts them
        if phrase:  # "14 قتيلا"، "ستة آخرين بجروح"
            f, side = _figures()[phrase]
            if side not in ("before", "person", "member") and f != "-":
                after = (j - hi, f)
            break
    if after is None:
        after = _past_subset(tx, hi, sent_hi)
    j, floor = lo - 1, lo - _FIGURE_GAP - 1
    aside = _aside_before(tx, lo, sent_lo)
    if aside is not None:  # "اعتقلت قوات الاحتلال، فجر اليوم، 20 مواطناً": the cue is before the aside
        j, floor = aside - 1, floor - (lo - aside)
    people_from = lo
    if (size := _size_words_before(tx, lo, sent_lo)) is not None:
        # "القبض على أفراد الخلية البالغ عددهم ستة": the number is the size of the people named
        # before it, and the cue before them says what it counts
        j, floor = size - 1, size - _FIGURE_GAP - 1
        people_from = max(sent_lo, size - _FIGURE_GAP)
    while j >= max(sent_lo, floor) and not tx.is_clause_end(j):
        cue = _cue_ending_at(tx, j, sent_lo)
        if cue is None and (act := tx.matched(j, _triggers(), j + 1)) and _triggers()[act][1] == "verb":
            break  # "فقتلوا خمسة واختطفوا عشرة": the number is what the nearer verb did, no toll
        # "مقتل 5"، "اعتقال 11 شخصا"، "راح ضحيته 139"; a cue of the number before stops here
        if cue:
            f, side = _figures()[cue]
            if side == "member" and not _after_cell(tx, j - len(cue) + 1, sent_lo):
                j -= 1  # "من" that does not give the size of a cell
                continue
            if _joint_toll(tx, j - len(cue) + 1, f, sent_lo):
                return None  # "مقتل وإصابة 15 شخصاً": the dead and wounded together fill neither field
            # "القضاء على إرهابيين اثنين": two stands after the people it counts
            if tx.folded[lo] in _TWO_AFTER and lo - 1 > sent_lo:
                people_from = min(people_from, lo - 1)
            if (side in ("before", "both", "member")
                    # the people counted after the number, or the counted noun itself ("ضبط عنصر إجرامي")
                    or (side == "person" and any(_people(tx, k) for k in range(people_from, min(sent_hi, hi + 2))))):
                before = (lo - 1 - j, f)
            break
        j -= 1
    if after is None and before is None and any(_people(tx, k) for k in range(hi, min(sent_hi, hi + 2))):
        before = _verb_before_subject(tx, lo, sent_lo)
    if after is None and before is None:
        before = _risen_toll(tx, lo, sent_lo)
    best = min((c for c in (after, before) if c), default=None, key=lambda c: c[0])
    return best[1] if best else None


_OF = fold("من")
_RISEN = frozenset(fold(w) for w in "ارتفع ارتفعت وارتفع وارتفعت وصل وصلت ووصل ووصلت بلغ بلغت وبلغ وبلغت".split())
_TOLL_OF = frozenset(fold(w) for w in "عدد حصيله".split())
_RISEN_REACH = 10  # tokens from "ارتفع عدد قتلى" past the event it names to "إلى 40"


def _risen_toll(tx: _Text, lo: int, sent_lo: int) -> tuple[int, str] | None:
    """"ارتفع عدد قتلى الهجوم على قرية X إلى 40": the toll cue opens the clause, the event it counts
    stands between it and the number after إلى. (distance, field), or None."""
    if lo - 1 <= sent_lo or tx.folded[lo - 1] not in ("الي", "لنحو"):
        return None
    for j in range(lo - 2, max(sent_lo, lo - _RISEN_REACH) - 1, -1):
        if tx.is_clause_end(j):
            return None
        if tx.folded[j] in _RISEN and j + 2 < lo and tx.folded[j + 1] in _TOLL_OF:
            cue = tx.matched(j + 2, _figures(), j + 3)
            f = _figures()[cue][0] if cue else None
            return (lo - 1 - j, f) if f in ("killed", "injured", "arrested") else None
    return None


_SUBSET = frozenset(fold(w) for w in "بينهم بينهن منهم منهن".split())


def _past_subset(tx: _Text, hi: int, sent_hi: int) -> tuple[int, str] | None:
    """"12 مدنياً على الأقل بينهم أربعة أطفال قتلوا": the verb after the part counted counts the whole
    too. (distance, field), or None."""
    k = next((k for k in tx.clause_after(hi, sent_hi, _FIGURE_GAP + 2) if tx.folded[k] in _SUBSET), None)
    if k is None or k + 1 not in tx.in_number:
        return None
    j = k + 1
    while j in tx.in_number:
        j += 1
    for x in tx.clause_after(j + 1, sent_hi, 2):  # past the noun of the part
        phrase = tx.matched(x, _figures(), sent_hi)
        if phrase:
            f, side = _figures()[phrase]
            return (x - hi, f) if side in ("after", "both") and f in ("killed", "injured", "arrested") else None
    return None


_TWO_AFTER = frozenset(fold(w) for w in "اثنين اثنان اثنتين اثنتان".split())


def _people(tx: _Text, k: int) -> bool:
    """A noun of people, the dual ones of data/event_figures.tsv too: "ضبط عنصرين إجراميين"; a
    nationality counted ("25 فلسطينياً"، "ثلاثة مصريين")."""
    if tx.has(k, "person") or _counted_nationality(tx.folded[k]):
        return True
    phrase = tx.matched(k, _figures(), k + 1)
    return phrase is not None and _figures()[phrase] == ("-", "dual")


def _person_noun(tx: _Text, k: int) -> bool:
    """A noun of people, plural, dual or singular ("جنود"، "جنديين"، "ضابط")."""
    phrase = tx.matched(k, _figures(), k + 1)
    return _people(tx, k) or (phrase is not None and _figures()[phrase] == ("-", "one"))


def _counted_nationality(word: str) -> bool:
    """A nationality in the accusative after a number or in the plural: "فلسطينيا"، "مصريين"."""
    for ending in ("ا", "ين", "ون"):
        if word.endswith(ending) and word[:-len(ending)] in _nisba_persons():
            return True
    return False


def _cue_ending_at(tx: _Text, j: int, sent_lo: int) -> tuple[str, ...] | None:
    """The figure cue of up to three words that ends at token j ("مقتل"، "القبض على"، "راح ضحيته"),
    the longest first, or None."""
    return next((p for n in (3, 2, 1) if j - n + 1 >= sent_lo
                 and len(p := tx.matched(j - n + 1, _figures(), j + 1) or ()) == n), None)


def _joint_toll(tx: _Text, cue: int, field_: str, sent_lo: int) -> bool:
    """Is the cue at token cue joined by و to a cue of the other toll just before it that waits for
    the same number ("مقتل وإصابة 15"، "قتل وجرح 15"; not "لقي ثلاثة حتفهم وأصيب 20")?"""
    if field_ not in ("killed", "injured") or cue - 1 < sent_lo or not tx.folded[cue].startswith("و"):
        return False
    other = tx.matched(cue - 1, _figures(), cue)
    if other is None:
        return False
    if cue - 2 >= sent_lo and not tx.is_clause_end(cue - 2) and tx.folded[cue - 2] not in _JOINT_TOLL_LEADS:
        return False  # "أن عسكرياً استشهد وأصيب اثنان": the first verb has its subject, the number is the second's
    other_field, other_side = _figures()[other]
    return other_field in ("killed", "injured") and other_field != field_ and other_side in ("before", "both")


# what may stand right before a pair of toll words that share one number: "عن مقتل وإصابة 15"
_JOINT_TOLL_LEADS = frozenset({"عن", "الي", "ان", "بان", "قد", "وقد", "فقد", "في", "اثر", "اثره"})

_SUBJECT_WORDS = 8  # words of a subject (and where it acted) between a verb and the people it counts


def _verb_before_subject(tx: _Text, lo: int, sent_lo: int) -> tuple[int, str] | None:
    """A verb of killing or arrest before its subject and the number of people it acted on
    ("أوقفت مصالح الأمن الوطني بولاية الجزائر خمسة عناصر"): (distance, field), or None."""
    for j in range(lo - 1, max(sent_lo, lo - _SUBJECT_WORDS - 1) - 1, -1):
        if j == lo - 1 and tx.tokens[j].text in "،,":
            continue  # "ضبطت إدارة مكافحة المخدرات، ثلاثة أشخاص": the object set off by a comma
        if tx.is_clause_end(j) or not _is_word(tx.tokens[j]):
            return None
        phrase = tx.matched(j, _figures(), j + 1)
        if phrase:
            f, side = _figures()[phrase]
            if side in ("one", "dual", "single"):
                continue  # the subject may be a noun of people itself: "طعن رجل ثلاثة أشخاص"
            if side == "member" and not _after_cell(tx, j, sent_lo):
                continue  # "اعتقلت قوة من الاستخبارات أربعة مطلوبين": من in the subject
            # a verb whose subject stands between it and its object, not a verbal noun (اعتقال)
            return (lo - 1 - j, f) if side in ("before", "person") and tx.has(j, "agent_verb") else None
    return None


_ASIDE_WORDS = 4  # words of a time aside between commas: "، فجر اليوم الاثنين،"، "، ليلة الجمعة،"


def _aside_before(tx: _Text, lo: int, sent_lo: int) -> int | None:
    """Where a short aside between commas right before token lo opens ("، فجر اليوم الاثنين، 20"),
    when it holds no figure cue or trigger of its own; None when there is none."""
    if lo - 1 < sent_lo or tx.tokens[lo - 1].text not in "،,":
        return None
    for k in range(lo - 2, max(sent_lo, lo - _ASIDE_WORDS - 3), -1):
        if tx.tokens[k].text in "،,":
            inside = range(k + 1, lo - 1)
            if not inside or any(not _is_word(tx.tokens[i]) or tx.matched(i, _figures(), lo) or tx.match(i, _triggers(), lo)
                                 for i in inside):
                return None
            return k
    return None


def _size_words_before(tx: _Text, lo: int, sent_lo: int) -> int | None:
    """Where the words that give a group's size ("البالغ عددهم"، "وعددهم") open, when they end right
    before the number at token lo; None when they do not."""
    return next((lo - n for n in (2, 1) if lo - n >= sent_lo
                 and tx.match(lo - n, _context_phrases("size"), lo) == n), None)


def _after_cell(tx: _Text, i: int, sent_lo: int) -> bool:
    """"خلية (إرهابية) مكونة من": a group word just before token i."""
    return any(tx.has(k, "cell") for k in range(max(sent_lo, i - 3), i))


def _find_figures(tx: _Text, sent_lo: int, sent_hi: int) -> list[_Figure]:
    if sent_hi <= sent_lo:
        return []
    out = []
    counts: dict[int, tuple[int | None, int]] = {}  # number's first token -> (value, token after it)
    offset = tx.tokens[sent_lo].start
    numbers = find_numbers(tx.body, tx.tokens[sent_lo:sent_hi])
    # "في 4 مارس الجاري"، "في 12 شعبان": a day of a date counts no one
    stamps = timestamp_spans(tx.body[offset:tx.tokens[sent_hi - 1].end]) if numbers else []
    for m in numbers:
        if any(a <= m.start - offset < b for a, b in stamps):
            continue
        lo, hi = tx.token_at(m.start), tx.token_at(m.end - 1) + 1
        if hi < sent_hi and (tx.has(hi, "time_unit") or tx.has(hi, "duration")):
            continue  # "خلال 48 ساعة"، "بعد 3 أيام": a length of time
        counts[lo] = (m.value, hi)
        if lo > sent_lo and _label_number(tx, lo):
            continue
        f = _figure_field(tx, lo, hi, sent_lo, sent_hi)
        if f:
            out.append(_Figure(f, m.value, m.approximate, lo))
    for i in range(sent_lo, sent_hi):  # "قتيلين"، "مقتل شخصين": a dual is two; "اعتقال شخص": one
        if i in tx.in_number:
            continue  # "أحد عشر" is eleven, not one
        if _two_by_pronoun(tx, i, sent_hi) and _cue_before(tx, i, sent_lo):
            # "ضبط عاطلين بحوزتهما": a plural-looking noun that a dual pronoun after it says is two
            if (f := _figure_field(tx, i, i + 1, sent_lo, sent_hi)) is not None:
                out.append(_Figure(f, 2, False, i))
                continue
        if (f := _dual_object(tx, i, sent_lo)) is not None:
            out.append(_Figure(f, 2, False, i))  # "واعتقلتهما"، "القبض عليهما": two
            continue
        if (f := _one_official(tx, i, sent_lo)) is not None or (f := _his(tx, i)) is not None:
            out.append(_Figure(f, 1, False, i))  # "اغتيال آمر الكتيبة"، "ما أدى إلى إصابته": one
            continue
        phrase = tx.matched(i, _figures(), i + 1)
        if (one := _one_toll(tx, i, sent_lo)) is not None:
            # "أسفر عن قتيل و3 جرحى"، "سقوط شهيد"، "سقوط شهيدين وجريح": a singular toll noun with no number counts one
            out.append(_Figure(one, 1, False, i))
            continue
        if tx.folded[i] in _nisba_persons() and i > sent_lo and tx.matched(i - 1, _figures(), i):
            # right after the cue only: further on it describes something else ("بشظايا صاروخ إيراني")
            f, side = "-", "one"
        elif not phrase or _figures()[phrase][1] not in ("dual", "one", "single"):
            continue
        else:
            f, side = _figures()[phrase]
        counted_after = i + 1 < sent_hi and i + 1 in tx.in_number and not tx.folded[i + 1].startswith("و")
        if side == "one" and i + 1 < sent_hi and tx.folded[i + 1] in _PLURAL_OBJECT:
            continue  # "المشتبه بهم": the suspects, how many not said
        if side == "one" and i - 1 in tx.in_number:
            continue  # "بضعة عشر شخصاً": the noun a number counts, however vaguely, is no one by itself
        if side == "one" and i + 1 < sent_hi and tx.folded[i + 1] in _DUAL_OBJECT:
            side = "dual"  # "توقيف المشتبه فيهما": the two suspects
        if side == "one" and not counted_after and (passive := _passive_after(tx, i, sent_hi)) is not None:
            out.append(_Figure(passive, 1, False, i))  # "إن جندياً قتل وأصيب اثنان آخران"
            continue
        if side == "one" and (not _cue_before(tx, i, sent_lo) or counted_after):
            # a singular counts only after its cue, and not as the subject before a count:
            # "طعن رجل ثلاثة أشخاص"
            continue
        if f == "-":
            f = _figure_field(tx, i, i + 1, sent_lo, sent_hi)
        if f:
            out.append(_Figure(f, 2 if side == "dual" else 1, False, i))
    for f in out:
        # the noun counted: after the number, or the singular or dual noun itself ("مقتل ضابط وثلاثة جنود")
        noun = counts[f.lo][1] if f.lo in counts else f.lo
        if f.value is not None and (more := _joined_count(tx, noun, counts, sent_hi)):
            f.value += more
    return out + _initialled(tx, sent_lo, sent_hi)


_INITIALS_CUE_REACH = 12  # tokens: the verb, its subject and where it acted before the people named


def _initialled(tx: _Text, sent_lo: int, sent_hi: int) -> list[_Figure]:
    """People named by their initials, counted ("أوقفت دورية … المواطنين (ع.ج.) و(م.ح.)": two
    arrested), when a person noun stands before them and a cue earlier in the clause."""
    out = []
    i = sent_lo
    while i < sent_hi:
        end = _initials_at(tx, i, sent_hi)
        if end is None:
            i += 1
            continue
        start, n = i, 1
        while end < sent_hi and tx.tokens[end].text in ("و", "،", ",") and (more := _initials_at(tx, end + 1, sent_hi)):
            end, n = more, n + 1
        if start > sent_lo and (_people(tx, start - 1) or tx.matched(start - 1, _figures(), start)):
            for j in range(start - 2, max(sent_lo, start - _INITIALS_CUE_REACH) - 1, -1):
                # (a comma may set the people off from the verb's subject and place: "أوقفت دورية … في
                # منطقة X، المواطنين (م.ع.) و(ح.س.)")
                if tx.is_clause_end(j) and tx.tokens[j].text != "." and not (j == start - 2 and tx.tokens[j].text in "،,"):
                    break
                if (cue := _cue_ending_at(tx, j, sent_lo)) and _figures()[cue][0] != "-":
                    out.append(_Figure(_figures()[cue][0], n, False, start))
                    break
        i = end
    return out


def _initials_at(tx: _Text, i: int, hi: int) -> int | None:
    """The end of "(ع.ج.)" opening at token i: single letters with full stops, in brackets."""
    if i >= hi or tx.tokens[i].text != "(":
        return None
    k, letters = i + 1, 0
    while k < hi and k < i + 9 and tx.tokens[k].text != ")":
        text = tx.tokens[k].text
        if text == ".":
            k += 1
            continue
        if len(text) != 1 or not text.isalpha():
            return None
        letters, k = letters + 1, k + 1
    return k + 1 if k < hi and tx.tokens[k].text == ")" and letters >= 2 else None


def _joined_count(tx: _Text, noun: int, counts: dict[int, tuple[int | None, int]], sent_hi: int) -> int | None:
    """The count of a second group of people joined by و to the people counted at token `noun`:
    "خمسة مواطنين ومقيمين اثنين"، "4 رجال و3 نساء"، "أربعة رجال وامرأتين"، "رجلاً وزوجته"; the two add up."""
    if not _person_noun(tx, noun):
        return None
    j = noun + 1
    # past the person's name, and his adjectives before it: "الأسير المحرر X وشقيقه"
    while j < sent_hi and j - noun <= _NAME_AFTER_ONE and (
            j in tx.in_per or (j + 1 < sent_hi and j + 1 in tx.in_per and tx.folded[j].startswith("ال"))):
        j += 1
    if j < sent_hi and tx.folded[j] == _OF_RANK:  # "ضابط برتبة ملازم أول وجنديان": past his rank
        j += 1
        rank_end = min(sent_hi, j + _RANK_WORDS)
        while j < rank_end and _is_word(tx.tokens[j]) and not tx.folded[j].startswith("و"):
            j += 1
    # (not the number word واحد after the noun it counts: "مسلح واحد", its و no conjunction)
    if j >= sent_hi or not tx.folded[j].startswith("و") or tx.folded[j] in _ONE:
        return None
    if j in counts and counts[j][1] < sent_hi and tx.has(counts[j][1], "person"):
        return counts[j][0]  # "و3 نساء"
    if tx.has(j, "person") and j + 1 in counts:
        return counts[j + 1][0]  # "ومقيمين اثنين"
    phrase = tx.matched(j, _figures(), j + 1)
    if phrase and _figures()[phrase][0] == "-" and _figures()[phrase][1] in ("dual", "one"):
        # "وامرأتين": two more; "رجلاً وزوجته"، "مقتل جندي وضابط": one more
        return 2 if _figures()[phrase][1] == "dual" else 1
    return None


_ONE = frozenset(fold(w) for w in "واحد واحدة".split())
_OF_RANK = fold("برتبة")
_RANK_WORDS = 2  # "ملازم أول"، "لواء ركن"، "عقيد"
_ATTACKERS_KILLED = "attackers_killed"  # a figure key of a mention, never an Event field


_ALSO = "also:"  # before a figure key: people counted in addition to those the event counts already
_ALSO_WORDS = frozenset(fold(w) for w in "أيضا أيضاً كذلك".split())
_ALSO_REACH = 4  # tokens from "أيضاً" to the number or the noun it adds


def _also_before(tx: _Text, lo: int, sent_lo: int) -> bool:
    """"أسفرت الغارة أيضاً عن استشهاد ثلاثة مدنيين": the count at token lo adds to the event's."""
    return any(tx.folded[k] in _ALSO_WORDS for k in tx.clause_before(lo, sent_lo, _ALSO_REACH))


_CLAIMED = "claimed:"  # before a figure key: a toll an armed group claims, never an Event field
_CLAIM_REACH_WORDS = 4  # words between a word of claiming and the figure it claims


def _claimed_figure(tx: _Text, lo: int, sent_lo: int) -> bool:
    """Is the number at token lo what a group claims ("تبنت الجماعة الهجوم، زاعمة مقتل خمسين جندياً")?
    A claimed toll fills a field only when the report gives no other."""
    return any(tx.has(j, "claimed_figure") for j in tx.clause_before(lo, sent_lo, _CLAIM_REACH_WORDS))


def _counts_attackers(tx: _Text, lo: int, sent_hi: int) -> bool:
    """Does the number at token lo count the attackers ("وقتل خمسة عشر من المهاجمين"، "مقتل 4
    مهاجمين")? Their dead are kept apart from the victims' toll, which the largest figure would
    otherwise replace."""
    j = next((k for k in range(lo, min(sent_hi, lo + 4)) if k not in tx.in_number), sent_hi)
    if j < sent_hi and tx.folded[j] == "من":
        j += 1
    return j < sent_hi and tx.has(j, "attackers")


def _label_number(tx: _Text, i: int) -> bool:
    """Digits at token i that name what the word before them labels: "آمر الكتيبة 103"، "الطريق 7"."""
    return i > 0 and tx.tokens[i].text[:1].isdigit() and tx.has(i - 1, "label")


def _one_official(tx: _Text, i: int, sent_lo: int) -> str | None:
    """A title right after a cue of killing, wounding or arrest is one person ("اغتيال آمر الكتيبة"،
    "مقتل قائد الشرطة"، "اعتقال المتحدث باسم الحركة"): the field it counts, or None."""
    cue = _cue_ending_at(tx, i - 1, sent_lo) if i > sent_lo else None
    if cue is None or i + 1 in tx.in_number:
        return None
    field_, side = _figures()[cue]
    if side not in ("before", "both") or field_ not in ("killed", "injured", "arrested"):
        return None
    if any(j in tx.in_number and not _label_number(tx, j)
           for j in tx.clause_after(i + 1, len(tx.tokens), _SUBJECT_WORDS)):
        return None  # "واعتقال قائد الشرطة في المحافظة 3 أشخاص": he made the arrest, of the three
    return field_ if quote_lexicon.is_title(normalize(tx.tokens[i].text)) else None


_TWO_OF_THEM = "هما"


def _dual_object(tx: _Text, i: int, sent_lo: int) -> str | None:
    """The field a verb or verbal noun of killing, wounding or arrest counts in when it ends in the
    pronoun of two ("اعتقلتهما"، "توقيفهما"، "القبض عليهما"), or None."""
    word = tx.folded[i]
    if not word.endswith(_TWO_OF_THEM) or len(word) <= len(_TWO_OF_THEM) + 1:
        return None
    bare = word[:-len(_TWO_OF_THEM)]
    for p in ("و", "ف", ""):
        if bare.startswith(p) and (hit := _figures().get((bare[len(p):],))) is not None:
            break
    else:  # "القبض عليهما": the cue's preposition carries the pronoun
        before = tuple(tx.folded[j] for j in range(max(sent_lo, i - 2), i))
        hit = next((_figures()[k] for k in (before + (bare,), before[-1:] + (bare,)) if k in _figures()), None)
    if hit is None or hit[0] not in ("killed", "injured", "arrested") or hit[1] not in ("before", "both"):
        return None
    return hit[0]


_HIS = "ه"


def _his(tx: _Text, i: int) -> str | None:
    """The field a verbal noun of killing, wounding or arrest counts one in when it carries "his"
    ("ما أدى إلى إصابته"، "أسفر عن مقتله"، "أعلنت اعتقاله"); "ها" may be a thing hit, "إصابتها"."""
    word = tx.folded[i]
    if not word.endswith(_HIS) or word.endswith(("هما", "هم")) or len(word) < 5:
        return None
    bare = word[:-1]
    bare = bare[:-1] + "ه" if bare.endswith("ت") else bare  # إصابت|ه -> إصابة (folded ه)
    for p in ("", "و", "ب", "ل"):
        hit = _figures().get((bare[len(p):],)) if bare.startswith(p) else None
        if hit is not None and hit[0] in ("killed", "injured", "arrested") and hit[1] in ("before", "both"):
            return hit[0]
    return None


def _two_by_pronoun(tx: _Text, i: int, sent_hi: int) -> bool:
    """A noun of people in -ين (dual and plural look alike) with a dual pronoun right after it:
    "عاطلين بحوزتهما"، "شخصين لديهما"."""
    return (tx.has(i, "person") and tx.folded[i].endswith("ين")
            and any(tx.folded[j].endswith("هما") for j in range(i + 1, min(sent_hi, i + 3))))


_ONE_TOLL = frozenset(fold(w) for w in "قتيل قتيلا شهيد شهيدا جريح جريحا مصاب".split())
_TOLL_OPENERS = frozenset(fold(w) for w in "عن سقوط وسقوط وقوع".split())


def _one_toll(tx: _Text, i: int, sent_lo: int) -> str | None:
    """The field a singular toll noun counts one in, after a word that opens a toll ("سقوط قتيل") or
    joined by و to a toll counted right before it ("شهيدين وجريح")."""
    if i <= sent_lo:
        return None
    word = tx.folded[i]
    joined = word[:1] == "و" and word[1:] in _ONE_TOLL
    if word not in _ONE_TOLL and not joined:
        return None
    if joined:
        before = tx.matched(i - 1, _figures(), i)
        side = _figures()[before][1] if before else None
        # the toll before is counted: a dual, or a plural after its number ("3 قتلى وجريح"; not "بين قتيل وجريح")
        if side != "dual" and not (side in ("after", "both") and i - 2 in tx.in_number):
            return None
    elif tx.folded[i - 1] not in _TOLL_OPENERS:
        return None
    field = _figures().get((word[1:] if joined else word,), ("-",))[0]
    return field if field != "-" else None


_PLURAL_OBJECT = frozenset(fold(w) for w in "بهم بهن فيهم فيهن".split())  # "المشتبه بهم": a participle's plural
_DUAL_OBJECT = frozenset(fold(w) for w in "بهما فيهما".split())  # "المشتبه فيهما": two
_ONE_WINDOW = 3  # words before a singular searched for its cue: "اعتقلت الشرطة أمس رجلاً"


_NAME_AFTER_ONE = 6  # tokens from a definite singular to the name that makes him someone new


_PASSIVE_OPENERS = frozenset(fold(w) for w in "إن أن بأن".split())
_PASSIVE_VERBS = frozenset(fold(w) for w in "قتل أصيب استشهد قتلت أصيبت استشهدت".split())  # "إن امرأة قتلت"
# words after a verb of dying that say when, how or by what, no one killed: "قتل خلال الاشتباك"
_HOW_OR_WHEN = frozenset(fold(w) for w in "خلال جراء إثر بعد برصاص بنيران".split())


def _passive_after(tx: _Text, i: int, sent_hi: int) -> str | None:
    """The field of a singular at token i that is the subject of إن/أن and a verb of dying or wounding
    with no object after it ("قال الجيش إن جندياً قتل وأصيب اثنان"، "أن ضابطاً أصيب في الاشتباك"):
    written without vowels قتل is also "killed", but then someone killed follows it."""
    v = i + 1
    if v + 1 > sent_hi or i == 0 or tx.folded[i - 1] not in _PASSIVE_OPENERS or tx.folded[v] not in _PASSIVE_VERBS:
        return None
    nxt = tx.folded[v + 1] if v + 1 < sent_hi else ""
    # (ب opens how: "أصيب بجروح"، "قتل برصاصة")
    if nxt and _is_word(tx.tokens[v + 1]) and not (nxt[:1] in "وب" or (nxt,) in _places()["prep"] or nxt in _HOW_OR_WHEN):
        return None  # "إن مسلحاً قتل ثلاثة حراس": the singular did the killing
    phrase = tx.matched(v, _figures(), v + 1)
    return _figures()[phrase][0] if phrase else None


def _cue_before(tx: _Text, i: int, sent_lo: int) -> bool:
    """A figure cue before the singular at token i, right before it ("اعتقال شخص") or before the
    verb's subject and a time word in the same clause ("اعتقلت الشرطة أمس رجلاً"), also past a time
    aside between commas ("اغتال مسلحون، مساء الخميس، ضابطاً")."""
    aside = _aside_before(tx, i, sent_lo)
    before = aside if aside is not None else i  # the cue stands before the aside
    for k in tx.clause_before(before, sent_lo, _ONE_WINDOW):
        if not _is_word(tx.tokens[k]):
            return False
        if _cue_ending_at(tx, k, sent_lo):
            # a cue of up to three words ends here ("القبض على مطلوب"); "the man" further on is
            # someone met before, unless his name follows, maybe after his body: "اغتال مسلحون
            # الناشط المدني عمر الفاضل"، "القيادي في حركة X محمود العلي"
            return k == before - 1 or not tx.folded[i].startswith("ال") or any(
                j in tx.in_per for j in range(i + 1, i + _NAME_AFTER_ONE))
    return False


# -- place, target, perpetrator ----------------------------------------------------------------

def _is_stop(tx: _Text, i: int) -> bool:
    p = _places()
    return (not _is_word(tx.tokens[i]) or i in tx.in_number or (tx.folded[i],) in p["stop"]
            or (tx.folded[i],) in p["affiliated"]
            or (tx.folded[i],) in p["prep"] or tx.match(i, _triggers(), i + 1) > 0
            or tx.has(i, "responsibility") or tx.has(i, "yesterday") or _counts_next(tx, i))


# Titles that name places after the people who bore them (مدينة الملك فهد، مستشفى الشيخ زايد).
_PATRONS = frozenset(fold(w) for w in "ملك الملك شيخ الشيخ أمير الأمير سلطان السلطان إمام الإمام".split())


def _office_title(word: str) -> bool:
    """A title of office (العقيد، المتحدث، الوزير) ends a place name: "المديرية العقيد ماجد"."""
    return word not in _PATRONS and lexicons.is_title(word)


def _counts_next(tx: _Text, i: int) -> bool:
    """Token i introduces a figure ("بحياة"، "مقتل"): it ends a name; "الشهداء" in "ساحة الشهداء" does not."""
    phrase = tx.matched(i, _figures(), i + 1)
    return phrase is not None and _figures()[phrase][1] in ("before", "both", "person", "member")


def _name(tx: _Text, i: int, limit: int, most: int | None = None, place: bool = True) -> int:
    """End of the name that starts at token i (i itself when there is none).

    A place name is one or two words ("سان بطرسبورغ"), three after an adjective of nationality
    ("العراقية بغداد"); what follows is most often a verb we cannot tell from a name. A title of
    office ends a place's name ("المديرية العقيد …"), not a target's ("موكب محافظ المدينة")."""
    if most is None:
        first = tx.folded[i] if i < limit else ""
        most = 3 if first.startswith("ال") and first.endswith("يه") else 2
    j = i
    # a person named after a place word is no name of it ("شرطة الولاية محمد X")
    while (j < min(limit, i + most) and (not _is_stop(tx, j) or _number_in_name(tx, i, j, limit)
                                         or _square_named_for_act(tx, i, j))
           and not (place and _office_title(tx.folded[j]))
           and not (place and j in tx.in_per and j not in tx.in_loc)):
        word = tx.folded[j]
        if j > i and j not in tx.loc_inner and (
                word[0] in "وي" or word.startswith("لل") or _plural_past(word) or _then_verb(word)
                or tx.match(j, _places()["direction"], j + 1) or tx.match(j, _places()["place"], j + 1)
                or _feminine_past_after_definite(tx, j)):
            # "وأصيب"، "يؤكد"، "كانوا"، "فأردوه"، "للخضار"، "جنوب"، "العسكرية ارتفعت": a new clause, a
            # verb, a complement, the next place
            break
        j += 1
    if j > i and j < limit and tx.folded[j - 1] == "رقم" and tx.folded[j].isdigit():
        j += 1  # "الحي رقم 9": a place named by its number
    return j


_SQUARES = frozenset(fold(w) for w in "ساحة ميدان شارع جسر دوار".split())


def _square_named_for_act(tx: _Text, i: int, j: int) -> bool:
    """"ساحة التحرير"، "ميدان التحرير": a square or street named after an act, the word with the
    article right after its place noun, is a name, not another event."""
    return j == i and i > 0 and tx.folded[i].startswith("ال") and tx.folded[i - 1] in _SQUARES


def _number_in_name(tx: _Text, i: int, j: int, limit: int) -> bool:
    """A number word inside a name that opened at token i, which counts nothing after it: "مستوطنة
    كريات أربع شرق الخليل" (not "قرية X خمسة أشخاص")."""
    return (i < j and j in tx.in_number and not tx.folded[j].isdigit()
            and (j + 1 >= limit or tx.is_clause_end(j + 1) or tx.match(j + 1, _places()["direction"], j + 2) > 0))


def _feminine_past_after_definite(tx: _Text, j: int) -> bool:
    """"قاعدة X العسكرية ارتفعت": after a definite word a bare word in ت is the verb of the
    sentence the noun phrase is the subject of, not more of its name."""
    word = tx.folded[j]
    return (tx.folded[j - 1].startswith("ال") and not word.startswith("ال") and word.endswith("ت")
            and len(word) >= 4 and j not in tx.in_loc)


def _then_verb(word: str) -> bool:
    """"فأردوه"، "فاعتقلوهم"، "ففروا"، "فأرداه": ف and a past verb, plural with or without its object, or
    one that ends in alef and its object ("ه" alone may be a folded ة: "فاطمه")."""
    return word.startswith("ف") and (_plural_past(word[1:]) or word.endswith(("وه", "وها", "وهم")) and len(word) >= 6
                                     or word.endswith(("اه", "اها", "اهم")) and len(word) >= 5)


def _plural_past(word: str) -> bool:
    """"كانوا"، "قاموا": a verb of the past plural; "أوتاوا" keeps its long vowel before وا."""
    return len(word) >= 4 and word.endswith("وا") and word[-3] != "ا"


_ROAD = frozenset({"طريق"})


def _place_at(tx: _Text, i: int, limit: int) -> int:
    """End of the place phrase starting at token i ("ناحية الرشاد جنوب محافظة كركوك"), or i."""
    p = _places()
    n_place = tx.match(i, p["place"], limit)
    n_mark = tx.match(i, p["landmark"], limit)
    if not (n_place or n_mark) and _ROAD & tx.forms(i) and (end := _between(tx, i + 1, limit)):
        return _chain(tx, end, limit)  # "على الطريق بين بلدتي X وY": a road named by its ends
    if not (n_place or n_mark) or i in tx.in_org:
        return i  # "مديرية الأمن العام" is a body, "مديرية المنصورة" a district
    n = max(n_place, n_mark)
    if n_place and i + n < limit and _portfolio(tx.folded[i + n]):
        return i  # "مديرية الأمن"، "مديرية الصحة": a directorate of a domain, not a district
    if (tx.folded[i + n - 1].startswith("ال") and i + n < limit and tx.folded[i + n][:1] == "و"
            and i + n not in tx.in_loc):
        return i  # "على المدينة وكبدت …": a definite place word, then the next clause (not "العاصمة واشنطن")
    if i + n < limit and (tx.match(i + n, p["direction"], i + n + 1)
                          or tx.folded[i + n].startswith("ب") and tx.match(i + n, p["place"], limit)):
        # "حاجز غرب مدينة سرت"، "مسجد ببلدة بني وليد": the place word is named by where it lies
        return _chain(tx, i + n, limit)
    end = _name(tx, i + n, limit)
    if end > i + n and _definite_word(tx.folded[i + n - 1]) and i + n not in tx.in_loc \
            and not tx.folded[i + n].startswith("ال") and tx.folded[i + n] != "رقم":
        # a unit noun in construct has no article: "مطلوب للقضاء بتهم" is the judiciary, not "قضاء X";
        # "العاصمة بغداد" names a place the entities stage found, "المنطقة الشرقية" an adjective,
        # "الحي رقم 9" a number
        end = i + n
    if end == i + n:
        # "في المنطقة"، "محيط السوق": a place word with no name points back, it names nothing,
        # unless it lies between two named places ("الطريق السريع بين بغداد والحلة")
        return _between(tx, i + n, limit) or i
    if any(_dual(f) for f in tx.forms(i + n - 1)) and end < limit and tx.folded[end][:1] == "و" and len(tx.folded[end]) > 2:
        end = max(end + 1, _name(tx, end, limit))  # "مدينتي طنجة وتطوان": both places
    return _chain(tx, end, limit)


def _portfolio(word: str) -> bool:
    """A government domain (الأمن، الصحة، الزراعة) with or without its article and a clitic."""
    return lexicons.is_domain(word) or any(quote_lexicon.is_role(lexicons.without_article(rest), "portfolio") for _, rest in lexicons.stems(word))


def _between(tx: _Text, k: int, limit: int) -> int | None:
    """The end of "بين X وY" at token k, or None."""
    if k + 1 >= limit or tx.folded[k] != "بين":
        return None
    if k + 2 < limit and any(_dual(f) for f in tx.forms(k + 1)):
        k += 1  # "بين بلدتي X وY": the two places' kind first
    first = _name(tx, k + 1, limit, most=1)
    if first == k + 1 or first >= limit or tx.folded[first][:1] != "و" or len(tx.folded[first]) < 3:
        return None
    return _name(tx, first, limit, most=1)


def _dual(word: str) -> bool:
    """A place noun in the dual: مدينتي، محافظتي (the places it names are two, joined by و)."""
    return word.endswith("تي") and (word[:-2] + "ه",) in _places()["place"]


def _chain(tx: _Text, end: int, limit: int) -> int:
    """Extend a place with a following direction and place: "... جنوب محافظة كركوك"."""
    d = end
    if d + 1 < limit and (tx.folded[d],) in _places()["affiliated"] and tx.folded[d + 1][:1] == "ل":
        # "قرية الحديد التابعة لقضاء المقدادية": the unit it belongs to
        unit = _place_at(tx, d + 1, limit)
        return unit if unit > d + 1 else end
    k = d + tx.match(d, _places()["prep"], limit)
    if k > d and k < limit and tx.match(k, _places()["edge"], k + 1):
        k += 1
    if k > d and tx.match(k, _places()["place"], limit):
        d = k  # "محطة قطارات في مدينة ليون"، "حاجز عند مدخل بلدة عرسال"
    elif k > d and k < limit and k in tx.in_loc and k not in tx.loc_inner:
        while k + 1 < limit and k + 1 in tx.loc_inner:
            k += 1
        return k + 1  # "حاجز للجيش قرب حماة": a place the entities stage found
    if d < limit and d == end and tx.folded[d].startswith("ب") and tx.match(d, _places()["place"], limit):
        return _place_at(tx, d, limit)  # "سوق شعبي بمدينة كويتا"
    while d < limit and tx.match(d, _places()["direction"], d + 1):
        d += 1
        if tx.folded[d - 1].startswith("ال"):
            return d  # "ريف حلب الغربي": an adjective of where in the place, which ends it
    if d == end or d >= limit:
        return end
    nxt = _place_at(tx, d, limit)
    if nxt > d:
        return nxt
    name_end = _name(tx, d, limit)
    return name_end if name_end > d else end


def _locations(tx: _Text, lo: int, hi: int, loc_spans: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Place phrases ("مدينة X"، "في مترو X") and LOC entity mentions after a preposition in tokens [lo, hi)."""
    p = _places()
    found: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        end = _place_at(tx, i, hi)
        if end > i and (tx.match(i, p["place"], hi) or _after_prep(tx, i)):
            found.append((i, end))
            i = end
            continue
        i += 1
    for s, e, char in loc_spans:
        if lo < s and e <= hi and not any(a <= s < b for a, b in found):
            before = (tx.folded[s - 1],)
            in_ = char > tx.tokens[s].start and tx.body[char - 1] == "ب"  # "ببغداد"
            # "على مجمع" puts a landmark in place, and "غارة على غزة" a town, but "الهجوم على
            # أوكرانيا" names a target
            if in_ or (before in p["prep"] and (before != ("علي",) or not _a_country(tx, s, e))):
                found.append((s, _chain(tx, e, hi)))
            elif (any((f,) in p["region_noun"] for f in tx.forms(s - 1)) and s - 1 > lo
                  and (tx.folded[s - 1].startswith(("ب", "وب")) or (tx.folded[s - 2],) in p["prep"])):
                found.append((s - 1, _chain(tx, e, hi)))  # "على قطاع غزة"، "بقطاع غزة"
            elif before in p["direction"]:
                found.append((s - 1, _chain(tx, e, hi)))  # "في جنوب لبنان": the part of the place it names
            elif (s - 2 > lo and _portfolio(tx.folded[s - 1])
                  and any((f,) in p["place"] for f in tx.forms(s - 2))):
                # "بولاية أمن الدار البيضاء"، "مديرية شرطة X": the city whose police it is
                found.append((s, _chain(tx, e, hi)))
            elif any((f,) in p["landmark"] for f in tx.forms(s - 1)) and not _a_country(tx, s, e):
                # "استهدفت مسيرة مطار أربيل الدولي": a site named after its town ("سفارة فرنسا" is
                # no site in France)
                found.append((s - 1, _chain(tx, e, hi)))
            elif any((f,) in p["several"] for f in tx.forms(s - 1)):
                # "من محافظات الضفة الغربية"، "في مدن وبلدات الضفة الغربية"
                k = s - 2
                if k > lo and any((f,) in p["several"] for f in tx.forms(k)):
                    k -= 1
                if k >= lo and ((tx.folded[k],) in p["prep"] or tx.folded[k] in ("من", "ومن")):
                    found.append((k + 1, _chain(tx, e, hi)))
    return sorted(f for f in found if not _positioned(tx, f[0], lo))


def _a_country(tx: _Text, s: int, e: int) -> bool:
    first, *rest = [normalize(t.text) for t in tx.tokens[s:e]]
    return any(" ".join([stem, *rest]) in lexicons.countries() for _, stem in lexicons.stems(first))


def _positioned(tx: _Text, s: int, lo: int) -> bool:
    """"التنظيمات المنتشرة في الريف الغربي أطلقت قذائف": where the attackers are, not where the act was."""
    k = s - 1
    if k >= lo and (tx.folded[k],) in _places()["prep"]:
        k -= 1
    return k >= lo and tx.has(k, "position")


def _after_prep(tx: _Text, i: int) -> bool:
    """A landmark is the place of an event after في/على/قرب... ("في مترو"، "بمجمع"), not as an object,
    nor as a penalty ("محكوم بالسجن")."""
    if i > 0 and tx.match(i - 1, _places()["sentenced"], i):
        return False
    return (i > 0 and (tx.folded[i - 1],) in _places()["prep"]) or tx.folded[i].startswith(("ب", "وب"))


def _loc_token_spans(tx: _Text, article: Article) -> list[tuple[int, int, int]]:
    """Token ranges (and start offset) of the LOC mentions the entities stage found."""
    spans = []
    for ent in article.entities:
        if ent.type != "LOC":
            continue
        for m in ent.mentions:
            if 0 <= m.start < m.end <= len(tx.body):
                spans.append((tx.token_at(m.start), tx.token_at(m.end - 1) + 1, m.start))
    return spans


def _object(tx: _Text, i: int, limit: int) -> str | None:
    # "استهدفت مسيرة محيط مطار X": the part of the site it struck, then the site
    first = i + 1 if i < limit and tx.match(i, _places()["edge"], i + 1) else i
    end = _name(tx, first, limit, most=4, place=False)
    return tx.span(i, end)[0] if end > first else None


_WEAPON_WORDS = 3  # words of a weapon with its adjectives: "بطائرة مسيرة مفخخة"


def _past_instrument(tx: _Text, i: int, limit: int) -> int:
    """Where the object starts after an act that is the subject: past the weapon it was made with
    and a time aside, "استهدف هجوم بطائرة مسيرة مفخخة، ليلة الجمعة، حقل X" -> حقل."""
    if i >= limit or not (tx.folded[i].startswith("ب") and tx.has(i, "weapon")):
        return i
    # the weapon and its adjectives up to a comma (without one the object cannot be told from them)
    comma = next((k for k in range(i + 1, min(limit, i + _WEAPON_WORDS + 1)) if tx.tokens[k].text in "،,"), None)
    if comma is None:
        return i
    close = next((k for k in range(comma + 1, min(limit, comma + _ASIDE_WORDS + 2)) if tx.tokens[k].text in "،,"), None)
    return close + 1 if close is not None else comma + 1


_TAKEN_REACH = 4  # tokens from a verb of taking hostages, past its subject, to the number taken


def _assassination(tx: _Text, a: int) -> bool:
    """"اغتيال"، "اغتالوا"، "محاولة اغتيال": a trigger that kills or tries to kill one person."""
    at = a + 1 if tx.folded[a] in _ATTEMPT_ON_LIFE and a + 1 < len(tx.folded) else a
    return any(f.startswith(("اغتيال", "اغتال")) for f in tx.forms(at))


_VICTIM_REACH = 8  # tokens from "اغتال" past its subject and the victim's titles to his name
_SURVIVED = frozenset(fold(w) for w in "نجا نجت ونجا ونجت".split())


def _survivor(tx: _Text, a: int, sent_lo: int) -> str | None:
    """"نجا القاضي X من محاولة اغتيال"، "تعرض القاضي X لمحاولة اغتيال": the person the attempt on
    whose life is told, named between the verb and the attempt."""
    attempt = a if tx.folded[a] in _ATTEMPT_ON_LIFE else a - 1  # the trigger may be "محاولة اغتيال" whole
    if attempt < 1 or tx.folded[attempt] not in _ATTEMPT_ON_LIFE:
        return None
    survived = tx.folded[attempt] == "محاوله" and tx.folded[attempt - 1] == "من"
    end = attempt - 1 if survived else attempt
    verb = next((k for k in range(end - 1, max(sent_lo, end - 1 - _VICTIM_REACH) - 1, -1)
                 if (tx.folded[k] in _SURVIVED if survived else tx.has(k, "suffered"))), None)
    return _person_after(tx, verb + 1, end) if verb is not None else None


_ATTEMPT_ON_LIFE = frozenset(fold(w) for w in "محاولة لمحاولة".split())  # "من محاولة"، "لمحاولة"


def _person_after(tx: _Text, b: int, limit: int) -> str | None:
    """The person the entities stage found soon after an assassination's trigger, in its clause."""
    for k in range(b, min(limit, b + _VICTIM_REACH)):
        if tx.is_clause_end(k):
            return None
        if k in tx.in_per:
            end = k + 1
            while end < limit and end in tx.in_per:
                end += 1
            return tx.span(k, end)[0]
    return None


def _people_taken(tx: _Text, b: int, limit: int) -> str | None:
    """The people a verb of abduction ending at token b took, counted ("خمسة عمال أتراك"), or None."""
    for k in range(b, min(limit, b + _TAKEN_REACH)):
        if tx.is_clause_end(k):
            return None
        if k in tx.in_number:
            end = k
            while end < limit and end in tx.in_number:
                end += 1
            if end < limit and _people(tx, end):
                end += 1
                if end < limit and lexicons.nationality(normalize(tx.tokens[end].text)):
                    end += 1  # "عمال أتراك"
                return tx.span(k, end)[0]
            return None
    return None


def _target(tx: _Text, lo: int, hi: int, limit: int) -> tuple[str | None, bool]:
    """What the event at tokens [lo, hi) was aimed at ("استهدف سوقاً شعبياً"، "الهجوم على مجمع ..."،
    "استهدفت غارة جوية منزل قيادي"), and whether a verb said so."""
    if tx.has(lo, "target"):  # the verb itself: its subject, then its object
        return _object(tx, _past_subject(tx, _past_instrument(tx, hi, limit), limit), limit), True
    if lo > 0 and tx.has(lo - 1, "target") and not tx.is_clause_end(lo - 1):
        return _object(tx, _past_instrument(tx, hi, limit), limit), True  # the verb, its subject (the act), then its object
    # (past what it was made with: "الهجوم بطائرتين مسيرتين الذي استهدف مطار X")
    reach = _TARGET_REACH + (_INSTRUMENT_WORDS if hi < limit and tx.folded[hi].startswith("ب") else 0)
    for j in range(hi, min(limit, hi + reach)):
        if tx.is_clause_end(j):
            break
        if tx.folded[j] == "علي" and j + 1 < limit and tx.match(j + 1, _places()["not_target"], j + 2):
            break  # "على متن دراجات نارية"، "على يد مسلحين": no target
        if tx.has(j, "target") or tx.folded[j] == "علي":
            return _object(tx, j + 1, limit), tx.has(j, "target")
    return None, False


# tokens (quotation marks among them) from the verb announcing a claim to the word of responsibility
_ANNOUNCED_REACH = 14


def _perpetrator(tx: _Text, lo: int, hi: int) -> str | None:
    """A group claiming or named as carrying out the act: "تبنى تنظيم X الهجوم"، "أعلنت جماعة X
    مسؤوليتها"، "الهجوم الذي نفذه تنظيم X"; "نفذه مسلحون" names no one."""
    for i in range(lo, hi):
        if tx.has(i, "claim"):  # "تبنى تنظيم X الهجوم"، "تبنى X المسؤولية"; not "تبنى البرلمان قانوناً"
            # "تبنت "كتائب X" في بيان الهجوم"، "تبنت جماعة "X" هجوماً": a name in quotation marks,
            # after its group word or not, then the act claimed
            grouped = i + 1 < hi and tx.has(i + 1, "group")
            if (quoted := _quoted_name(tx, i + 2 if grouped else i + 1, hi)) is not None:
                start, end = quoted
                act = _past_ties(tx, end, hi)
                if any(tx.match(k, _triggers(), hi) or tx.has(k, "responsibility") for k in range(act, min(hi, act + 4))):
                    return _quoted_group(tx, i + 1 if grouped else None, quoted)
                continue
            end = _claimed_name_end(tx, i + 1, hi, most=5)
            act = _past_ties(tx, end, hi)  # "تبنت جماعة X المرتبطة بتنظيم Y الهجوم"
            claims_an_act = act < hi and (tx.match(act, _triggers(), hi) or tx.has(act, "responsibility"))
            if end > i + 1 and claims_an_act:
                return tx.span(i + 1, end)[0]
        if (tx.has(i, "agent") or _holding_hostages(tx, i, hi)) and (g := _agent_group(tx, i, hi)) is not None:
            # "الذي نفذه تنظيم X"، "احتجز مسلحون من جماعة X رهائن"
            # "لمليشيا X" carries the ل of whose act it was ("لواء X" is a group word itself)
            glued = 1 if tx.folded[g].startswith("ل") and tx.folded[g] not in _context()["group"] else 0
            if (quoted := _quoted_name(tx, g + 1, hi)) is not None and tx.has(g, "group"):
                # "نفذه عناصر من تنظيم "الدولة الإسلامية"": the group word and its quoted name
                return _quoted_group(tx, g, quoted, glued)
            end = g + 1
            while end < min(hi, g + 4) and _in_group_name(tx, g, end):
                end += 1
            # "للتحالف": ل on the article, written لل
            definite = tx.folded[g].startswith("لل") if glued else tx.folded[g].startswith("ال")
            if definite and tx.has(g, "group") and _named_before(tx, g, end):
                continue  # "تبنته الجماعة"، "غارة للتحالف": the group named before, no name here
            name = tx.span(g, end)[0]
            return "ا" + name[1:] if glued and name.startswith("لل") else name[glued:]
        if tx.has(i, "responsibility"):
            # (a quoted name and an aside on how it was announced may stand between: "أعلن تنظيم
            # "X" عبر وكالة "Y" التابعة له مسؤوليته")
            j = i - 1
            while j >= max(lo, i - _ANNOUNCED_REACH) and not tx.has(j, "announce"):
                if tx.is_clause_end(j):
                    # "أعلنت حركة X، في بيان نشرته على موقع لها، مسؤوليتها": an aside on how, between commas
                    if (j := _aside_opening(tx, j, max(lo, i - _ANNOUNCED_REACH))) is None:
                        break
                j -= 1
            if j is None:
                continue
            if j >= lo and tx.has(j, "announce") and i > j + 1:
                if tx.has(j + 1, "group") and (quoted := _quoted_name(tx, j + 2, i)) is not None:
                    return _quoted_group(tx, j + 1, quoted)
                end = _claimed_name_end(tx, j + 1, i)  # "أعلن تنظيم X في بيان مسؤوليته": it ends before في
                return tx.span(j + 1, end)[0] if end > j + 1 else None
    # a claim outweighs a tie named before it: "أعلنت حركة X المرتبطة بتنظيم Y مسؤوليتها"
    for i in range(lo, hi):
        if (group := _member_of(tx, i, hi)) is not None:
            return group
        if (accused := _accused(tx, i, lo, hi)) is not None:
            return accused
        if (ascribed := _ascribed(tx, i, lo, hi)) is not None:
            return ascribed
        if (own := _own_act_announced(tx, i, hi)) is not None or (own := _group_announcing(tx, i, hi)) is not None:
            return own
    return None


_HOW_ANNOUNCED = frozenset(fold(w) for w in "في عبر".split())


def _aside_opening(tx: _Text, close: int, floor: int) -> int | None:
    """The comma opening an aside on how a claim was made that ends at the comma at token close
    ("، في بيان …،"، "، عبر وكالة …،"), or None."""
    if tx.tokens[close].text not in "،,":
        return None
    for k in range(close - 1, floor - 1, -1):
        if tx.is_clause_end(k):
            ok = tx.tokens[k].text in "،," and k + 1 < close and (tx.folded[k + 1] in _HOW_ANNOUNCED or _ties(tx, k + 1))
            return k if ok else None
    return None


_AIMING = frozenset(fold(w) for w in "استهدف استهدفت استهدفوا واستهدف واستهدفت واستهدفوا استهداف واستهداف".split())
_AIM_REACH = 8  # tokens from "استهدف" past its subject and object to the munition: "بصاروخين"


def _aimed_with(tx: _Text, m: _Mention, sent_lo: int) -> bool:
    """"استهدفت القوات سفينة تجارية بصاروخين": a munition that something was aimed with is one act,
    not a topic, though no toll is attached."""
    # "بصواريخ"، "بعدد من الصواريخ"
    aimed_with = tx.folded[m.lo].startswith("ب") or (
        m.lo - 2 >= sent_lo and tx.folded[m.lo - 2] == _A_NUMBER and tx.folded[m.lo - 1] == _OF)
    return aimed_with and any(tx.folded[k] in _AIMING for k in tx.clause_before(m.lo, sent_lo, _AIM_REACH))


_A_NUMBER = fold("بعدد")


def _launched_at(tx: _Text, m: _Mention, sent_lo: int) -> bool:
    """"أطلقت الفصائل صلية صاروخية على مستوطنة X": munitions fired at a place the sentence names
    right after them are an act, counted or not."""
    at = next((k for k in range(m.hi, min(len(tx.folded), m.hi + 2)) if tx.folded[k] == "علي"), None)
    return (at is not None and m.location is not None
            and any(tx.has(j, "launch") for j in tx.clause_before(m.lo, sent_lo, _AIM_REACH)))


def _counted_at(tx: _Text, m: _Mention, sent_lo: int) -> bool:
    """"شن الطيران ثلاث غارات على مديرية X"، "أطلقت الفصائل 5 صواريخ على": acts counted, carried
    out and aimed at something are acts, not a topic ("أن ثلاث غارات لن تغير شيئاً" is none)."""
    if m.lo == 0 or m.lo - 1 not in tx.in_number or m.target is None:
        return False
    k = m.lo - 1
    while k > sent_lo and k - 1 in tx.in_number:
        k -= 1
    return any(tx.has(j, "agent") or tx.has(j, "launch") for j in tx.clause_before(k, sent_lo, _AIM_REACH))


def _holding_hostages(tx: _Text, i: int, hi: int) -> bool:
    """Is token i a holding verb (احتجز) with hostages soon after it, the act of those who hold them?"""
    act = tx.matched(i, _triggers(), i + 1)
    return (act is not None and _triggers()[act][0] == "arrest/hostage"  # (not "حررت القوات الرهائن": the rescuers)
            and any(tx.has(j, "hostage") for j in range(i + 1, min(hi, i + 1 + _HOSTAGE_WINDOW))))


_ANNOUNCER_WORDS = 8  # tokens of the body that announces its own act: "القيادة الأمريكية في أفريقيا (أفريكوم)"
_OWN = frozenset(fold(w) for w in "أنه أنها أنهم بأنه بأنها بأنهم".split())
_OWN_ACT = frozenset(fold(w) for w in "نفذ نفذت نفذوا شن شنت شنوا استهدف استهدفت استهدفوا".split())
# "أن مقاتليها استهدفوا": the body's own fighters (its pronoun on them) did the act
_OWN_FIGHTERS = frozenset(fold(w) for w in "مقاتليها مقاتليه عناصرها عناصره قواتها قواته وحداتها".split())


def _own_act_announced(tx: _Text, i: int, hi: int) -> str | None:
    """A body announcing that it carried the act out ("أعلنت القيادة الأمريكية في أفريقيا أنها
    نفذت غارة جوية"): the body as named."""
    if not tx.has(i, "announce"):
        return None
    name_end = None  # the comma that ends the body's name before asides ("كتائب X، الجناح العسكري لـY، مساء الثلاثاء، أن")
    for k in range(i + 2, min(hi - 2, i + 1 + _ANNOUNCER_WORDS + _ASIDES)):
        if tx.is_clause_end(k) and tx.tokens[k].text not in "()":
            if tx.tokens[k].text not in "،,":
                return None
            name_end = k if name_end is None else name_end
        if name_end is None and k > i + _ANNOUNCER_WORDS:
            return None
        own = tx.folded[k] in _OWN and tx.folded[k + 1] in _OWN_ACT and tx.match(k + 2, _triggers(), hi)
        fighters = tx.folded[k] in _PASSIVE_OPENERS and tx.folded[k + 1] in _OWN_FIGHTERS and tx.folded[k + 2] in _OWN_ACT
        if own or fighters:
            end = k if name_end is None else name_end
            # its short name in quotation marks after it is no part of the name: "… في أفريقيا "أفريكوم""
            end = next((j for j in range(i + 2, end) if tx.tokens[j].text in _OPENING_MARKS), end)
            # nor how it announced it: "أعلن حزب الله في بيان أن مقاتليه استهدفوا …"
            end = next((j for j in range(i + 2, end) if tx.folded[j] in _HOW_ANNOUNCED and j + 1 < end
                        and (tx.has(j + 1, "speech") or tx.folded[j + 1] in _STATEMENT_NOUNS)), end)
            return tx.span(i + 1, end)[0]
    return None


_STATEMENT_NOUNS = frozenset(fold(w) for w in "بيان بلاغ بيانا".split())
_ASIDES = 10  # tokens of asides between commas after the announcing body's name


_OWN_ACT_NOUNS = frozenset(fold(w) for w in "تنفيذ شن استهداف".split())
_ON_BEHALF = fold("باسم")
_SPOKESMAN_WORDS = 3  # "المتحدث العسكري باسم": the title before the group it speaks for
_TO_ITS_ACT = 12  # tokens from the group's name past its short name, its spokesman's name and a time aside


def _group_announcing(tx: _Text, i: int, hi: int) -> str | None:
    """An armed group announcing, itself or by its spokesman, an act as its own: "أعلنت كتائب X،
    مساء الثلاثاء، تنفيذ عملية"، "أعلن المتحدث العسكري باسم جماعة X (…) Y استهداف سفينة بصاروخين".
    Only a group word opens the announcer ("أعلنت الشرطة استهداف دورية" tells of an act on it)."""
    if not tx.has(i, "announce"):
        return None
    g = next((k + 1 for k in range(i + 1, min(hi, i + 1 + _SPOKESMAN_WORDS)) if tx.folded[k] == _ON_BEHALF), i + 1)
    if g >= hi or not tx.has(g, "group"):
        return None
    end = _claimed_name_end(tx, g, hi, most=5)
    for k in range(end, min(hi, end + _TO_ITS_ACT)):
        if tx.folded[k] in _OWN_ACT_NOUNS:
            return tx.span(g, end)[0] if end > g + 1 else None
        if tx.match(k, _triggers(), k + 1) or tx.folded[k] in _PASSIVE_OPENERS:
            return None  # another act, or what was said about one
    return None


_ACCUSED_REACH = 8  # tokens from "اتهم" past the accuser and an aside to the group accused


def _accused(tx: _Text, i: int, lo: int, hi: int) -> str | None:
    """The group a party accuses of the act at token i ("واتهمت اللجنة في بيان قوات X بالوقوف وراء
    القصف"): a named group, the perpetrator as the report names it."""
    at = tx.match(i, _context_phrases("accused_of"), hi)
    if not at:
        return None
    # "مسؤوليته"، "مسؤوليتها": the pronoun stands for the act named before ("في هجوم حملت الحكومة
    # مسؤوليته لحركة X"، "وحملت الحكومة حركة X مسؤوليته")
    pronoun = at == 1 and tx.folded[i].endswith(("ته", "تها")) and any(
        tx.match(k, _triggers(), hi) for k in range(lo, i))
    if not pronoun and not any(tx.match(k, _triggers(), hi) for k in range(i + at, min(hi, i + at + 2))):
        return None
    verb = next((j for j in range(i - 1, max(lo, i - _ACCUSED_REACH) - 1, -1) if tx.has(j, "accuse")), None)
    if verb is None:
        return None
    group = next((g for g in range(verb + 2, i) if tx.has(g, "group")), None)
    if group is None and pronoun and i + 1 < hi and tx.folded[i + 1][:1] == "ل" and tx.has(i + 1, "group"):
        end = _claimed_name_end(tx, i + 1, hi)  # "مسؤوليته لحركة X": to whom it was laid
        return tx.span(i + 1, end)[0][1:] if end > i + 2 else None
    if group is None:
        return None
    if (quoted := _quoted_name(tx, group + 1, i)) is not None:
        return _quoted_group(tx, group, quoted)
    end = _claimed_name_end(tx, group, i)
    if tx.folded[group].startswith("ال") and _named_before(tx, group, end):
        return None  # "حملت الحكومة الجماعة مسؤوليته": the group named before, no name here
    return tx.span(group, end)[0] if end == i else None


def _ascribed(tx: _Text, i: int, lo: int, hi: int) -> str | None:
    """The group a party ascribes the act to, at token i after the act ("ونسبت مصادر أمنية الهجوم
    إلى جماعة X"): a named group."""
    if tx.folded[i] not in ("الي", "لي") or i + 1 >= hi or not tx.has(i + 1, "group"):
        return None
    if not any(tx.match(k, _triggers(), i) for k in range(max(lo, i - 2), i)):
        return None
    if not any(tx.has(j, "ascribe") for j in range(max(lo, i - _ACCUSED_REACH), i)):
        return None
    if (quoted := _quoted_name(tx, i + 2, hi)) is not None:
        return _quoted_group(tx, i + 1, quoted)
    end = _claimed_name_end(tx, i + 1, hi)
    return tx.span(i + 1, end)[0] if end > i + 2 else None


_WEAPON_REACH = 7  # tokens from the weapon that struck back to the act it carried out


def _struck_object(tx: _Text, k: int, lo: int) -> bool:
    """Is the weapon at token k what was struck, the object of the verb before it: after a plural
    verb ("استهدفوا دبابة إسرائيلية") or after a verb of aiming and its subject ("استهدفت القوات
    دبابة")? ("استهدفت مسيرة إسرائيلية سيارة": the weapon is the subject.)"""
    if k - 1 >= lo and _plural_past(tx.folded[k - 1]):
        return True
    return k - 2 >= lo and tx.has(k - 2, "target") and _definite_word(tx.folded[k - 1])


def _state_actor(tx: _Text, a: int, b: int, lo: int, hi: int) -> str | None:
    """The state whose adjective qualifies the act or the weapon that carried it out: "غارة إسرائيلية"،
    "الغارات الإسرائيلية"، "قصف مدفعي روسي"، "مسيرة تركية استهدفت …" (a definite force, "القوات
    الروسية", is a group and named as one)."""
    def country(k: int, definite: bool = False) -> str | None:
        word = tx.folded[k]
        hit = lexicons.nationality(normalize(tx.tokens[k].text)) if word.startswith("ال") == definite else None
        return hit[1] if hit else None
    def after(start: int, stop: int, definite: bool) -> str | None:
        """The country of the first adjective in [start, stop) past ones of its kind, agreeing in the article."""
        for k in range(start, stop):
            if (found := country(k, definite)) is not None:
                return found
            # past adjectives of its kind, or a second word of the weapon: "طائرة مسيرة إسرائيلية"
            if not (lexicons.relative_adjective(tx.folded[k], definite=definite) or tx.has(k, "weapon")):
                break
        return None
    definite = any(p.endswith("ال") for p, _ in lexicons.stems(tx.folded[a])) or tx.folded[a].startswith("ال")
    if (found := after(b, min(hi, b + 2), definite)) is not None:  # right after the act
        return found
    # "مسيرة إسرائيلية استهدفت"، "استهدفت مسيرة إسرائيلية سيارة"، "قصفت الطائرات الحربية الروسية":
    # the weapon is the subject, its state's adjective maybe after one of its kind
    # (before the act: the verb's subject, then a time aside and a count: "شنت مقاتلات أمريكية فجر
    # الإثنين ثلاث غارات")
    for k in [*range(max(lo, a - _WEAPON_REACH), a - 1), *range(b, min(hi - 1, b + 2))]:
        if not tx.has(k, "weapon") or k in tx.in_org or _struck_object(tx, k, lo):
            continue  # (not "شركة الطيران الأمريكية", a company)
        # "للطيران الروسي": ل + ال written لل
        if (found := after(k + 1, min(hi, k + 4, a if k < a else hi), tx.folded[k].startswith(("ال", "لل")))) is not None:
            return found
    return None


_FORCE_WORDS = 4  # "قوات الدعم السريع"، "الجيش الإسرائيلي": a force's name after the means it struck with


def _force_by(tx: _Text, a: int, b: int, hi: int) -> str | None:
    """The armed force whose means the act was ("استشهد ثلاثة برصاص الجيش الإسرائيلي"، "بنيران
    قوات X"): named right after the trigger that carries ب."""
    if not tx.folded[a].startswith("ب") or b >= hi or not tx.has(b, "force"):
        return None
    return tx.span(b, _claimed_name_end(tx, b, hi, most=_FORCE_WORDS))[0]


def _armed_body(tx: _Text, k: int) -> bool:
    """Does token k open the name of an armed force or group (الجيش، قوات، حركة) or of a body the
    entities stage found?"""
    return tx.has(k, "force") or tx.has(k, "group") or k in tx.in_org


def _force_of_weapon(tx: _Text, a: int, b: int, lo: int, hi: int) -> str | None:
    """The armed force whose weapon, written in construct before its name, carried the act out:
    "نفذت طائرات التحالف الدولي غارة"، "قصفت مدفعية الجيش البلدة"، "طائرات القوة الجوية
    العراقية نفذت ضربة" (the weapon is the act's subject, as for `_state_actor`)."""
    for k in [*range(max(lo, a - _WEAPON_REACH), a - 1), *range(b, min(hi - 1, b + 2))]:
        if (not tx.has(k, "weapon") or tx.folded[k].startswith(("ال", "لل")) or k in tx.in_org
                or _struck_object(tx, k, lo)):
            continue
        force = k + 1
        if force < hi and _armed_body(tx, force) and tx.folded[force].startswith("ال"):
            return _force_name(tx, force, hi)
    return None


def _named_before(tx: _Text, g: int, end: int) -> bool:
    """Is the group at token g, its name ending at `end`, its kind's word alone and no organisation
    the entities stage found ("الجماعة"، "التنظيم"): one the report named before, no name here?"""
    return end == g + 1 and g not in tx.in_org


def _force_in_act(tx: _Text, a: int, b: int, hi: int) -> str | None:
    """The armed force the act's own words name as its subject ("قتل الجيش خمسة مسلحين"، "قتلت
    القوات الأمنية …"، "القوات الأمنية قتلت …"), its name read on past the act's words."""
    k = next((k for k in range(a, b) if tx.has(k, "force")), None)  # (first: "القوات الأمنية قتلت")
    if k is None:
        return None
    return _force_name(tx, k, hi)


def _force_aiming(tx: _Text, a: int, b: int, hi: int) -> str | None:
    """The armed force or group a verb of aiming has for its subject ("استهدفت قوات الاحتلال منزلاً"،
    "استهدف الجيش بغارة جوية …"), named right after the verb."""
    if not tx.has(a, "target") or b >= hi or not _armed_body(tx, b):
        return None
    if b not in tx.in_org and not tx.folded[b].startswith("ال") and b + 1 < hi and not tx.folded[b + 1].startswith("ال"):
        return None  # "استهدف قوة من الجيش": an indefinite unit, no name
    return _force_name(tx, b, hi)


def _force_name(tx: _Text, k: int, hi: int) -> str:
    """The name of the armed force at token k, ending where the object of the act's verb, or the
    verb itself, follows with no word between: "قتلت قوات الاحتلال شاباً"، "طائرات القوة الجوية
    العراقية نفذت"."""
    return tx.span(k, _force_name_end(tx, k, hi))[0]


def _force_name_end(tx: _Text, k: int, hi: int) -> int:
    end = _claimed_name_end(tx, k, hi, most=_FORCE_WORDS)
    return next((j for j in range(k + 1, end) if j in tx.in_number or _person_noun(tx, j)
                 or (tx.folded[j - 1].startswith("ال") and not tx.folded[j].startswith("ال"))), end)


_DAY_PARTS = frozenset(fold(w) for w in "صباح مساء فجر ظهر عصر ليل ليلة".split())
_TIME_WORDS = 3  # "صباح اليوم"، "فجر الخميس"، "مساء أمس الأول"


_ANY_DAY = date(2000, 1, 1)  # a reference that lets a weekday or "اليوم" be found, whatever it resolves to


def _time_word(tx: _Text, j: int) -> bool:
    """Is token j a word of time ("اليوم"، "أمس"، "الخميس")?"""
    text = tx.tokens[j].text
    return bool(timestamp_spans(text) or bare_weekdays(text, _ANY_DAY))


def _past_subject(tx: _Text, i: int, limit: int) -> int:
    """Where the object of a verb of aiming starts when its subject stands first: an armed force or
    group ("استهدف الجيش …"، "استهدفت المقاومة …") or its unnamed attackers ("استهدف مسلحون
    مجهولون …"), then a time ("صباح اليوم") and the means ("بغارة جوية"), as the verb's object."""
    if i >= limit:
        return i
    if _armed_body(tx, i):
        j = _force_name_end(tx, i, limit)
    elif tx.has(i, "attackers"):
        j = i + 1
        while j < limit and tx.has(j, "attackers"):
            j += 1  # "مسلحون مجهولون"
    else:
        return i
    time_end = min(limit, j + _TIME_WORDS)
    while j < time_end and (tx.folded[j] in _DAY_PARTS or _time_word(tx, j)):
        j += 1
    if j < limit and tx.folded[j].startswith("ب") and (tx.has(j, "weapon") or tx.match(j, _triggers(), j + 1)):
        j += 1  # "بغارة جوية"، "بطائرة مسيرة": how, then its adjectives
        while j < limit and lexicons.relative_adjective(tx.folded[j], definite=False):
            j += 1
    return j


def _claimed_name_end(tx: _Text, g: int, limit: int, most: int | None = None) -> int:
    """The end of a claiming group's name that opens at token g: the organisation the entities stage
    found there, then words up to a stop or a person (at most `most` from g), an event word right
    after a group word being the name's (هيئة تحرير الشام، جبهة تحرير …)."""
    end = g
    while end < limit and end in tx.in_org:
        end += 1
    words_limit = limit if most is None else min(limit, g + most)
    while end < words_limit and not (end > g and (_ties(tx, end) or end in tx.in_per)) and (not _is_stop(tx, end) or (
            end == g + 1 and tx.has(g, "group") and tx.match(end, _triggers(), end + 1) > 0)):
        end += 1  # "جماعة X المرتبطة بتنظيم Y": the group's name ends before its ties
    return end


_TIES_REACH = 6  # tokens of "المرتبطة بتنظيم القاعدة في بلاد المغرب" after a group's name


def _ties(tx: _Text, k: int) -> bool:
    """Does token k open a group's ties ("المرتبطة بتنظيم") or how it announced a claim ("عبر وكالة")?"""
    return tx.has(k, "member") or tx.has(k, "channel")


def _past_ties(tx: _Text, k: int, hi: int) -> int:
    """Past a group's ties after its name ("المرتبطة بتنظيم القاعدة") or how it announced its claim
    ("عبر وكالة "أعماق" التابعة له") to the next event word, if it comes soon; else k."""
    aside = k + 1 if k + 1 < hi and tx.tokens[k].text in "،," else k  # "تنظيم X، عبر وكالة Y، الهجوم"
    if aside >= hi or not _ties(tx, aside):
        return k
    return next((j for j in range(aside + 1, min(hi, aside + _TIES_REACH + 1))
                 if tx.match(j, _triggers(), hi) or tx.has(j, "responsibility")), k)


def _in_group_name(tx: _Text, g: int, k: int) -> bool:
    """Does token k go on with the name of the group that opens at token g? To the end of the
    organisation the entities stage found ("هيئة تحرير الشام"); else up to a stop or the verb's
    object ("موقعاً"), an event word with the article being part of it ("جبهة التحرير")."""
    if g in tx.in_org or g + 1 in tx.in_org:  # (its group word may stand before the name found: جماعة X)
        return k in tx.in_org
    if "\u064b" in tx.tokens[k].text:
        return False
    return not _is_stop(tx, k) or (tx.folded[k].startswith("ال") and tx.match(k, _triggers(), k + 1) > 0)


_OPENING_MARKS = frozenset(OPENING + EITHER)
_CLOSING_MARKS = frozenset(CLOSING + EITHER)


def _quoted_group(tx: _Text, g: int | None, quoted: tuple[int, int], glued: int = 0) -> str:
    """A group's name in quotation marks, after its group word at token g (without the ل glued to
    it) when there is one: "تنظيم الدولة الإسلامية"."""
    name = tx.span(quoted[0], quoted[1] - 1)[0]
    return f"{tx.tokens[g].text[glued:]} {name}" if g is not None else name


def _quoted_name(tx: _Text, i: int, hi: int) -> tuple[int, int] | None:
    """(first word, index after the closing mark) of a name of a few words in quotation marks that
    opens at token i, or None."""
    if i >= hi or tx.tokens[i].text not in _OPENING_MARKS:
        return None
    for k in range(i + 2, min(hi, i + 7)):
        if tx.tokens[k].text in _CLOSING_MARKS:
            return (i + 1, k + 1) if all(_is_word(t) for t in tx.tokens[i + 1:k]) else None
    return None


def _agent_group(tx: _Text, i: int, hi: int) -> int | None:
    """The group word (or an organisation the entities stage found) after an agent verb at token i:
    right after it ("نفذه تنظيم X"), or after the fighters it sent ("نفذه مسلحو حركة X"، "شنه
    مسلحون من حركة X")."""
    if i + 1 < hi and (tx.has(i + 1, "group") or i + 1 in tx.in_org):  # "شنه الحوثيون": a known group
        return i + 1
    if i + 2 < hi and tx.has(i + 1, "fighters") and tx.has(i + 2, "group"):
        return i + 2  # "نفذه مسلحو حركة X"
    if i + 2 < hi and tx.has(i + 1, "weapon") and (tx.has(i + 2, "group") or i + 2 in tx.in_org
                                                     or tx.folded[i + 2] in _AIR_FORCES):
        return i + 2  # "نفذتها طائرات القوة الجوية العراقية": the force whose craft struck
    if i + 2 < hi and tx.folded[i + 2].startswith("ل") and tx.has(i + 2, "group"):
        return i + 2  # "بقصف مدفعي لمليشيا X": the act's adjective, then whose it was
    if (i + 3 < hi and tx.folded[i + 2] == "من" and (tx.has(i + 3, "group") or i + 3 in tx.in_org)
            and not tx.has(i + 1, "group")):
        return i + 3  # "شنه مسلحون من حركة X"، "شنه عناصر من داعش"
    return None


_AIR_FORCES = frozenset(fold(w) for w in "القوة سلاح".split())  # القوة الجوية، سلاح الجو after a craft
_CLAIM_REACH = 2  # sentences after an attack in which a claim with no act named is its claim


def _member_of(tx: _Text, i: int, hi: int) -> str | None:
    """The group named after a word of belonging at token i: "ينتمون إلى تنظيم X"، "خلية مرتبطة
    بتنظيم X"، "يشتبه في انتمائهم إلى جماعة X"، "يعتقد أنهم من تنظيم X" (the preposition glued to the
    group word is left out)."""
    # "يعتقد أنهم من تنظيم X": a suspected tie, named with من
    from_ = (tx.has(i, "member_from") and i + 2 < hi and tx.folded[i + 1] == "من"
             and i > 0 and tx.has(i - 1, "suspected"))
    if not tx.has(i, "member") and not from_:
        return None
    g = i + 2 if i + 2 < hi and (tx.folded[i + 1] in ("الي", "لي") or from_) else i + 1
    if g >= hi or not tx.has(g, "group"):
        return None
    word = tx.folded[g]
    glued = 1 if word[:1] in "بل" and word[1:] in _context()["group"] else 0
    if (quoted := _quoted_name(tx, g + 1, hi)) is not None:  # "تابعة لتنظيم "الدولة الإسلامية""
        head = tx.tokens[g].text[glued:]
        return f"{head} {tx.span(quoted[0], quoted[1] - 1)[0]}"
    end = g + 1
    # (a place word ends the name, glued to its preposition or not: "لتنظيم X بمدينة Y")
    while end < min(hi, g + 4) and not _is_stop(tx, end) and not tx.match(end, _places()["place"], end + 1):
        end += 1
    if _named_before(tx, g, end) or (
            g not in tx.in_org and not tx.folded[g][glued:].startswith("ال")
            and all(lexicons.relative_adjective(tx.folded[k], definite=False) for k in range(g + 1, end))):
        # "التابعة للجماعة"، "ينتمون إلى التنظيم"، "إلى جماعة جهادية": a group named only by its kind
        return None
    _, start, stop = tx.span(g, end)
    return tx.body[start + glued:stop]


def _members_group(tx: _Text, lo: int, hi: int) -> str | None:
    """The group the people arrested or plotting belong to, named in the sentence."""
    return next((g for i in range(lo, hi) if (g := _member_of(tx, i, hi)) is not None), None)


# -- the stage ---------------------------------------------------------------------------------

def _reference(article: Article) -> date | datetime | None:
    return _published(article) or article.reference_time


def _published(article: Article) -> date | None:
    """The publication day: what "اليوم" and "أمس" are counted from; None keeps relative dates null."""
    if article.published:
        try:
            return date.fromisoformat(article.published[:10])
        except ValueError:
            pass
    return None


def _mentions(article: Article, tx: _Text) -> list[_Mention]:
    reference, published = _reference(article), _published(article)
    loc_spans = _loc_token_spans(tx, article)
    mentions: list[_Mention] = []
    for s, (lo, hi) in enumerate(tx.sentences):
        found_triggers = _find_triggers(tx, lo, hi)
        # the attack a foiled plot meant, or the act people are accused of ("خمسة متهمين بخطف
        # المواطنين"), is no event, and the place and date of the plot or the arrest lie past it
        triggers = [tr for k, tr in enumerate(found_triggers)
                    if not _foiled(tx, found_triggers, k) and not _accused_of(tx, tr[0], lo)
                    and not _one_of_these(tx, tr[0], lo)]
        figures = _find_figures(tx, lo, hi)
        offset = tx.tokens[lo].start
        dates = _sentence_dates(tx.body[offset:tx.tokens[hi - 1].end], published) if triggers else []
        sent: list[_Mention] = []
        new_event = bool(triggers) and tx.match(lo, _context_phrases("new_event"), hi) > 0
        # who carried out the sentence's acts, or whose members were arrested: read once a sentence
        claimed_by = cache(lambda lo=lo, hi=hi: _perpetrator(tx, lo, hi))
        members_of = cache(lambda lo=lo, hi=hi: _members_group(tx, lo, hi))
        one_family = len({FAMILY[t[2]] for t in triggers}) <= 1
        for k, (a, b, type_, form) in enumerate(triggers):
            if FAMILY[type_] == "violent" and _munition_handled(tx, a, lo) == "defused":
                type_ = "plot_foiled"  # "فككت القوات عبوة ناسفة": the bombing it was meant for, foiled
            m = _Mention(type_, form, s, a, b)
            sent.append(m)
            win_lo = triggers[k - 1][1] if k else lo
            nxt = k + 1
            while nxt < len(triggers) and triggers[nxt][0] == triggers[nxt - 1][1] and tx.folded[triggers[nxt][0]].startswith("و"):
                nxt += 1  # "انفجار سيارة مفخخة وعبوة ناسفة بشارع X": munitions of one blast share its place
            win_hi = triggers[nxt][0] if nxt < len(triggers) else hi
            # a threat word before an earlier trigger does not reach past it: "أحبطت مخططاً واعتقلت"
            if (_blocked(tx, a, b, win_lo, hi, type_) or _earlier_year(tx, a, lo, hi, reference)
                    or (form == "pl" and _tally(tx, b, hi)) or _counted_over_period(tx, a, lo, hi)):
                m.blocked = True  # kept so that its figures ("أودى بحياة 32") go to no other event
                continue
            # "وفي تطور منفصل، …"، "هجوم آخر"، "أعلنت الأسبوع الماضي القبض على …": another event
            own = any(tx.has(j, "separate") for j in range(b, min(hi, b + 2))) or _in_earlier_period(tx, a, b, lo, hi)
            m.separate = new_event or own
            m.sentence_apart = new_event and not own  # apart from the events before, one with those of its sentence
            m.referring = not m.separate and _referring(tx, a, lo)
            m.scene = a > lo and tx.has(a - 1, "scene") and tx.folded[a].startswith("ال")
            _place(tx, m, win_lo, win_hi, loc_spans)
            m.date = _nearest_date(tx, dates, offset, (a, triggers[k][2]), triggers, one_family)
            # "انفجار أمس"، "العمل الإرهابي البشع أمس": not "قال أمس إن الهجوم", a statement's day
            m.yesterday = any(tx.has(j, "yesterday") for j in range(b, min(hi, b + 3)))
            if m.family in ("violent", "hostage"):
                m.target, m.aimed = _target(tx, a, b, win_hi)
                m.aimed = m.aimed and m.target is not None
                if m.family == "hostage" and m.target is None and (taken := _people_taken(tx, b, win_hi)):
                    m.target, m.aimed = taken, True  # "اختطف مسلحون خمسة عمال أتراك": whom they took
                assassination = m.target is None and _assassination(tx, a)
                if assassination and (survived := _survivor(tx, a, lo)):
                    m.target, m.aimed = survived, True  # "نجا القاضي X من محاولة اغتيال": whom it aimed at
                elif assassination and (victim := _person_after(tx, b, win_hi)):
                    # "اغتال مسلحون القيادي X": whom it aimed at, and, no attempt, one dead
                    m.target, m.aimed = victim, True
                    if tx.folded[a] not in _ATTEMPT_ON_LIFE and (a == 0 or tx.folded[a - 1] not in _ATTEMPT_ON_LIFE):
                        _add_figure(m.figures, "killed", 1, False)
                m.aimed = m.aimed or form == "pl" and (_aimed_with(tx, m, lo) or _counted_at(tx, m, lo)
                                                       or _launched_at(tx, m, lo))
                m.perpetrator = (claimed_by() or _state_actor(tx, a, b, lo, hi) or _force_by(tx, a, b, hi)
                                 or _force_of_weapon(tx, a, b, lo, hi) or _force_in_act(tx, a, b, hi)
                                 or _force_aiming(tx, a, b, hi))
            elif m.family == "security":
                m.perpetrator = members_of()
        owners = _Owners(sent)
        for f in figures:
            owner = _clause_owner(tx, sent, f, owners.of(f))
            if owner is None and not triggers:
                # "وارتفعت الحصيلة إلى 20 قتيلا": a follow-up on the last event
                owner = next((m for m in reversed(mentions) if f.field in _FIELDS[m.family]
                              and s - m.sentence <= 2), None)
            if owner is not None:
                field_ = _ATTACKERS_KILLED if f.field == "killed" and _counts_attackers(tx, f.lo, hi) else f.field
                if _claimed_figure(tx, f.lo, lo):
                    field_ = _CLAIMED + field_
                elif _also_before(tx, f.lo, lo):
                    field_ = _ALSO + field_  # "أسفرت الغارة أيضاً عن استشهاد ثلاثة": more dead
                _add_figure(owner.figures, field_, f.value, f.approximate)
        if not triggers and mentions:
            claimed = _perpetrator(tx, lo, hi)
            last = next((m for m in reversed(mentions) if m.family in ("violent", "hostage")), None)
            # "وتبنى تنظيم X الهجوم" a sentence or two after the attack, not pages later
            if claimed and last is not None and not last.perpetrator and s - last.sentence <= _CLAIM_REACH:
                last.perpetrator = claimed
        # a plural or a verb with other senses is only an event with a toll attached, a vague one
        # too ("أسفرت الاشتباكات عن سقوط عشرات القتلى")
        live = [m for m in sent if not m.blocked and (m.form not in ("pl", "weak") or m.figures
                                                      or m.form == "pl" and m.aimed)]
        if any(m.family == "hostage" for m in live):
            # "خطف مسلحون عشرة عمال … في أحدث هجوم من نوعه": the attack named is the abduction itself
            live = [m for m in live if m.type != "attack" or m.figures]
        kept = {id(m) for m in live}
        for m in sent:  # "أصيب شاب برصاص … خلال مواجهات في بلدة X": where a bare plural was is where it happened
            if m.blocked or id(m) in kept:
                continue
            unplaced = [x for x in live if x.family == m.family and x.location is None]
            near = min(unplaced, key=lambda x: abs(x.lo - m.lo), default=None)
            if near is not None:
                near.location, near.date = m.location, near.date or m.date
        anchored = [m for m in live if m.anchored]
        for m in live:
            # "أحبطت ... واعتقلت ثلاثة": a trigger beside an anchored one of its family is the same event
            sibling = None if m.anchored else min((x for x in anchored if x.family == m.family),
                                                  key=lambda x: abs(x.lo - m.lo), default=None)
            if sibling is not None:
                m.location, m.date = sibling.location, sibling.date
                anchored.append(m)
        mentions += sorted(anchored, key=lambda m: m.lo)
    return mentions


def _place(tx: _Text, m: _Mention, lo: int, hi: int, loc_spans: list[tuple[int, int, int]]) -> None:
    found = _locations(tx, lo, hi, loc_spans)
    # words apart, not tokens: commas around an aside ("، صباح اليوم الخميس،") are no distance
    # "…، وذلك في مدينة X": the writer puts the whole act there, however long the sentence before
    # (a toll between the act and its place is no distance: "أسفر التفجير عن سقوط خمسة وثلاثين قتيلاً
    # وأكثر من مئة جريح في مدينة X")
    after = [f for f in found if m.hi <= f[0] and (_words_past_tolls(tx, m.hi, f[0]) <= _PLACE_WINDOW or _that_was_in(tx, f[0]))]
    before = [f for f in found if f[1] <= m.lo and _words_in(tx, f[1], m.lo) <= _PLACE_WINDOW]
    # "انفجار الطارمية"، "مجزرة حماة": the act named by its place, a town right after the act noun
    named = next(((a, b) for a, b, _ in loc_spans if a == m.hi and a < hi and not _a_country(tx, a, b)), None)
    span = after[0] if after else (named or (before[-1] if before else None))
    m.named_by_place = span is not None and span == named
    if span in after and len(after) > 1 and tx.match(span[0], _places()["landmark"], span[1]) \
            and not tx.match(after[1][0], _places()["landmark"], after[1][1]) and not _placed_inside(tx, span):
        # "استهدف حقل X للغاز في قضاء Y": the site's district, which a map can place ("سوق شعبية
        # بمدينة X عاصمة ولاية Y" is placed by its own city already)
        span = after[1]
    if span is None and m.family == "security":
        span = _force_place(tx, found, m.lo)
    if span is None:
        span = _topic_place(tx, *tx.sentences[m.sentence], loc_spans)
    if span and tx.match(span[0], _places()["vehicle"], span[0] + 1):
        # "قرب حافلة تقل جنوداً في إقليم X": the bus moved, the region named after it is the place
        inner = next((k for k in range(span[0] + 1, span[1])
                      if tx.match(k, _places()["place"], k + 1) or k in tx.in_loc), None)
        if inner is not None:
            span = (inner, span[1])
        elif span in after and len(after) > 1:
            span = after[1]
    if span:
        span = _trim_to_entity(tx, span, loc_spans)
        text = tx.span(*span)[0]
        first = tx.folded[span[0]]
        clitic = next((c for c in ("وب", "ب", "و", "ف", "ل") if first.startswith(c)
                       and tx.match(span[0], _places()["site"], span[0] + 2)
                       and (first,) not in _places()["place"] and (first,) not in _places()["landmark"]), "")
        # "بالجيزة": a place the entities stage found behind a clitic starts where its mention does
        mention = next((char for s, _, char in loc_spans if s == span[0] and char > tx.tokens[s].start), None)
        cut = tx.body[tx.tokens[span[0]].start:mention] if mention is not None else ""
        if not clitic and 0 < len(cut) <= 2 and set(cut) <= set("وفبلك"):
            clitic = cut
        m.location = text[len(clitic):]  # "بمحافظة البيضاء" -> "محافظة البيضاء"، "لمدينة غريان" -> "مدينة غريان"


def _placed_inside(tx: _Text, span: tuple[int, int]) -> bool:
    """Does a site's place phrase name its town or unit itself ("سوق شعبية بمدينة X")?"""
    return any(tx.match(k, _places()["place"], k + 1) for k in range(span[0] + 1, span[1]))


_FORCE_REACH = 3  # words from a police service to the "ب" of the city it serves


def _force_place(tx: _Text, found: list[tuple[int, int]], trigger: int) -> tuple[int, int] | None:
    """"تمكنت عناصر الشرطة القضائية بمدينة X، بتنسيق مع …، من توقيف ثلاثة": the city of the police
    that made the arrest, however far before the act, when no place is nearer it."""
    return next((f for f in found if f[1] <= trigger and tx.folded[f[0]].startswith(("ب", "وب"))
                 and any(tx.has(k, "police") for k in range(max(0, f[0] - _FORCE_REACH), f[0]))), None)


_TOPIC_OPENERS = frozenset(fold(w) for w in "في وفي أما".split())


def _topic_place(tx: _Text, lo: int, hi: int, loc_spans: list[tuple[int, int, int]]) -> tuple[int, int] | None:
    """A place the sentence opens on, "وفي بعقوبة، …"، "أما في حي X فقد …": where its events were when
    nothing nearer says."""
    k = lo
    while k < min(hi, lo + 2) and tx.folded[k] in _TOPIC_OPENERS:
        k += 1
    if k == lo or tx.folded[k - 1] not in ("في", "وفي"):
        return None
    return next(((s, e) for s, e, _ in loc_spans if s == k and e <= hi), None)


_THAT_WAS = fold("وذلك")


def _that_was_in(tx: _Text, i: int) -> bool:
    """Is the place at token i introduced by "وذلك في"/"وذلك ب…" after a comma?"""
    k = i - 1 if i > 0 and tx.folded[i - 1] in ("في", "داخل", "قرب") else i
    return k >= 2 and tx.folded[k - 1] == _THAT_WAS and tx.tokens[k - 2].text in "،,"


def _words_in(tx: _Text, a: int, b: int) -> int:
    return sum(_is_word(tx.tokens[k]) for k in range(a, b))


def _words_past_tolls(tx: _Text, a: int, b: int) -> int:
    """Words in tokens [a, b) that are neither numbers nor the words that say what they count."""
    return sum(_is_word(tx.tokens[k]) and k not in tx.in_number and not tx.matched(k, _figures(), k + 1)
               for k in range(a, b))


def _trim_to_entity(tx: _Text, span: tuple[int, int], loc_spans: list[tuple[int, int, int]]) -> tuple[int, int]:
    """End a place phrase with the last place the entities stage found in it ("مدينة كركوك [بحياة]"),
    unless what follows names a further place ("... جنوب محافظة كركوك")."""
    lo, hi = span
    ends = [e for s, e, _ in loc_spans if lo <= s and e <= hi]
    if not ends or max(ends) >= hi:
        return span
    last = max(ends)
    p = _places()
    if any(tx.match(k, p["place"], hi) or tx.match(k, p["direction"], hi) or tx.match(k, p["landmark"], hi)
           for k in range(last, hi)):
        return span
    return lo, last


def _nearest_date(tx: _Text, dates: list[DateMention], offset: int, at: tuple[int, str],
                  triggers: list[tuple[int, int, str, str]], one_family: bool) -> DateMention | None:
    """The closest date within reach of the trigger `at` (its token and type), unless it is closer
    to a trigger of another family: in "ألقت أمس القبض على أربعة متورطين في الهجوم", "أمس" dates
    the arrest, not the attack. `one_family`: all the sentence's triggers are of one family."""
    best = None
    trigger, family = at[0], FAMILY[at[1]]
    trigger_quoted = tx.in_quote(tx.tokens[trigger].start)
    reachable = []
    for d in dates:
        if not isinstance(d.value, (date, datetime)):
            continue
        i = tx.token_at(offset + d.start)
        dist = abs(i - trigger)
        closest = min(triggers, key=lambda t: min(abs(i - t[0]), abs(i - (t[1] - 1))))
        if FAMILY[closest[2]] != family or tx.in_quote(offset + d.start) != trigger_quoted:
            continue
        if d.text.startswith("منذ") and any(tx.has(j, "held") for j in tx.clause_before(i, 0, _HELD_WINDOW)):
            continue  # "كانوا محتجزين منذ أسبوعين": how long they were held, not when it happened
        reachable.append(d)
        if i < trigger and any(tx.folded[j] in _OPENS_CONTENT for j in range(i + 1, trigger)):
            continue  # "قال المتحدث الثلاثاء إن هجوماً وقع الأحد": the day it was said, not done
        if dist <= _DATE_WINDOW and (best is None or dist < best[0]):
            best = (dist, d)
        elif (best is None and trigger < i <= trigger + 2 * _DATE_WINDOW
              and not any(tx.folded[j] in _ATTRIBUTION for j in range(trigger, i))):
            # "التفجير الانتحاري الذي استهدف سوقاً … في مدينة X شمال غرب Y، أمس الأحد،": a long
            # description, then its day (not "…، بحسب ما أعلنه مسؤول اليوم الاثنين": the report's)
            best = (dist, d)
    if best is None and len(reachable) == 1 and reachable[0].kind in ("relative", "weekday") and one_family:
        # "أمس" in a long sentence about one event ("…، في عملية نفذتها فجر أمس") is its day; a
        # full date that far off may date something else (a warrant, an older case)
        return reachable[0]
    return best[1] if best else None


_ATTRIBUTION = frozenset(fold(w) for w in "بحسب حسب حسبما وفق وفقا طبقا نقلا".split())


def _sentence_dates(text: str, published: date | None) -> list[DateMention]:
    """The dates of one sentence that reports an event, with the weekdays it names alone."""
    stated = find_dates(text, published)
    bare = [d for d in bare_weekdays(text, published) if not any(d.start < o.end and o.start < d.end for o in stated)]
    dates = [c for d in stated if (c := _weekday_checked(d, published)) is not None]
    return sorted(dates + bare, key=lambda d: d.start)


def _weekday_checked(d: DateMention, published: date | None) -> DateMention | None:
    """"اليوم الأربعاء" in a paper dated Thursday: the weekday the text states wins when it is at most
    two days earlier (written the evening before); further off, the date is unknown."""
    if d.kind != "relative" or published is None:
        return d
    for word in re.findall(r"\w+", d.text)[1:]:
        stated = find_dates("يوم " + word, published)
        if not stated or stated[0].kind != "weekday":
            continue
        day, value = _as_date(stated[0].value), _as_date(d.value)
        if day == value:
            return d
        return replace(d, value=day) if timedelta(0) < value - day <= timedelta(days=2) else None
    return d


class _Owners:
    """The trigger a figure belongs to: the nearest compatible one before it, else the first after
    it (the sentence's mentions are in order; indexed once, so a long sentence is no square cost)."""

    def __init__(self, sent: list[_Mention]) -> None:
        self.fits = {field_: [m for m in sent if field_ in _FIELDS[m.family]]
                     for field_ in set().union(*_FIELDS.values())}
        self.starts = {field_: [m.lo for m in ms] for field_, ms in self.fits.items()}

    def of(self, f: _Figure) -> _Mention | None:
        fits = self.fits.get(f.field, [])
        k = bisect.bisect_left(self.starts.get(f.field, []), f.lo)
        return fits[k - 1] if k else (fits[0] if fits else None)


def _clause_owner(tx: _Text, sent: list[_Mention], f: _Figure, owner: _Mention | None) -> _Mention | None:
    """The trigger after the figure in its own clause when a clause end parts the figure from the
    owner before it: "قتل عراقي في انفجار عبوة في X، كما جرح ثلاثة في انفجار سيارة مفخخة في Y"."""
    if owner is None or owner.lo > f.lo or not any(tx.is_clause_end(j) for j in range(owner.hi, f.lo)):
        return owner
    after = next((m for m in sent if m.lo > f.lo and f.field in _FIELDS[m.family]), None)
    if after is None or any(tx.is_clause_end(j) for j in range(f.lo, after.lo)):
        return owner
    return after


def _add_figure(figures: dict[str, tuple[int | None, bool]], field_: str, value: int | None, approx: bool) -> None:
    """Keep the largest stated figure: tolls rise, and a smaller one is most often a part ("بينهم 3")."""
    old = figures.get(field_)
    if old is None or old[0] is None or (value is not None and value > old[0]):
        figures[field_] = (value, approx)


@lru_cache(maxsize=4096)
def _same_place(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    ka, kb = _place_key(a), _place_key(b)
    return _contains(ka, kb) or _contains(kb, ka)


def _one_toll_two_levels(a: _Mention, b: _Mention) -> bool:
    """The same act told twice, once by its province and once by its district ("خلية من خمسة عناصر
    في محافظة كركوك" … "خمسة إرهابيين في قضاء الحويجة"): the same type and the same counts, and
    places named by two different kinds of area."""
    if a.type != b.type or not a.figures or a.figures != b.figures or not a.location or not b.location:
        return False
    area_a, area_b = _area_word(a.location), _area_word(b.location)
    if area_a is not None and area_b is not None and area_a != area_b:
        return True
    # "في محافظة كركوك" … "في وادي الشاي جنوب غربي كركوك": one place lies in the other, named in both
    return bool(_place_names(a.location) & _place_names(b.location))


def _place_names(location: str) -> set[str]:
    """The words of a place phrase that name, not describe: no area noun, direction or preposition."""
    p = _places()
    return {w for w in _place_key(location) if not any((w,) in p[k] for k in ("place", "direction", "prep", "landmark"))
            and len(w) > 2}


def _area_word(location: str) -> tuple[str, ...] | None:
    """The area noun a place phrase opens with (محافظة، قضاء، مدينة), or None."""
    first = tuple(_place_key(location)[:1])
    return first if first in _places()["place"] else None


@lru_cache(maxsize=4096)
def _place_key(text: str) -> tuple[str, ...]:
    return tuple(min(_forms(w), key=len) for w in normalize(text).split())


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    n = len(small)
    return n > 0 and any(big[i:i + n] == small for i in range(len(big) - n + 1))


def _same_day(a, b) -> bool:
    return a is None or b is None or abs(_as_date(a) - _as_date(b)) <= timedelta(days=1)


def _as_date(value) -> date:
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value.date() if isinstance(value, datetime) else value


def _group(tx: _Text, mentions: list[_Mention]) -> list[list[_Mention]]:
    """Mentions of one event: same family, compatible place and date; a definite "الانفجار" refers back."""
    groups: list[list[_Mention]] = []
    distinct: dict[int, dict[tuple, _Mention]] = {}  # group -> one mention of each kind in it
    aimed_at: dict[tuple[str, str], list[_Mention]] = {}  # (family, head of a target) -> the latest group
    referring = [m for m in mentions if m.referring]
    for m in mentions:
        if m.referring:
            continue
        target = None
        # "الانفجار"، "اللغم انفجر … ما أدى إلى مقتل خمسة": the one told before, its toll said again
        if not m.separate and _definite(tx, m) and (not m.figures or m.form == "verb"):
            same_day = [g for g in groups if g[0].family == m.family and _same_toll(g, m)
                        and all(_same_day(x.date and x.date.value, m.date and m.date.value) for x in g)]
            target = next((g for g in reversed(same_day) if any(x.type == m.type for x in g)),
                          same_day[-1] if same_day else None)
        if target is None and not m.separate:
            # "انتحارياً يقود سيارة مفخخة صدم القافلة": the convoy an earlier act was aimed at
            target = next((g for head in _definite_after(tx, m) if (g := aimed_at.get((m.family, head)))), None)
        if target is None and (not m.separate or m.sentence_apart):
            for g in reversed(groups):
                if m.separate and g[0].sentence != m.sentence:
                    break  # "وفي تطور منفصل"، "وقبل ذلك": another event than those before, one within its sentence
                # one member of each kind stands for the rest: a page that tells one event a thousand
                # times compares with one of them, not a thousand
                kinds = distinct[id(g)].values()
                if (g[0].family == m.family
                        and all(_same_place(x.location, m.location) or _one_toll_two_levels(x, m) for x in kinds)
                        and all(_same_day(x.date and x.date.value, m.date and m.date.value) for x in kinds)
                        and not _another_act_placed(tx, g, m)):
                    target = g
                    break
        if target is None and m.scene:
            continue  # "وقفة في موقع الانفجار" with no blast told before: a memorial, not news of one
        if target is None:
            target = [m]
            groups.append(target)
            distinct[id(target)] = {}
        else:
            target.append(m)
        distinct[id(target)].setdefault(_kind_of(m), m)
        if m.target:
            aimed_at[(m.family, _target_head(m.target))] = target
    for m in referring:
        target = _referred(groups, m)
        if target is None:  # the claim or condemnation is all the article tells of the event
            groups.append([m])
        elif m.perpetrator and not any(x.perpetrator for x in target):
            # who did it, and where when the event's own sentences do not say; nothing else
            placed = any(x.location for x in target)
            target.append(_Mention(m.type, m.form, m.sentence, m.lo, m.hi, perpetrator=m.perpetrator,
                                   location=None if placed else m.location))
    return groups


_AIMED_AGAIN_REACH = 4  # tokens after a trigger to the definite noun that names an earlier target


def _target_head(target: str) -> str:
    return fold(lexicons.without_article(normalize(target.split()[0])))


def _definite_after(tx: _Text, m: _Mention) -> list[str]:
    """The definite nouns (without the article) right after the mention's trigger, in its clause:
    "صدم القافلة" may name what an act told before was aimed at ("استهدف قافلة عسكرية")."""
    out = []
    for k in range(m.hi, min(len(tx.folded), m.hi + _AIMED_AGAIN_REACH)):
        if tx.is_clause_end(k):
            break
        if tx.folded[k].startswith("ال"):
            out.append(tx.folded[k][2:])
    return out


def _kind_of(m: _Mention) -> tuple:
    """What the grouping of mentions reads of one: its type, place, toll and day."""
    return m.type, m.location, tuple(sorted(m.figures.items())), m.date and m.date.value


def _same_family(a: str, b: str) -> bool:
    """"الهجوم" can name a hostage-taking told before: violence and hostage-taking are claimed alike."""
    return a == b or {a, b} == {"violent", "hostage"}


def _referred(groups: list[list[_Mention]], m: _Mention) -> list[_Mention] | None:
    """The event a claim or condemnation is about: of its family, the same place if one is named,
    told before it if possible."""
    when = m.date and m.date.value
    fits = [g for g in groups if _same_family(g[0].family, m.family)
            and all(_same_day(x.date and x.date.value, when) for x in g)]
    placed = [g for g in fits if m.location and all(_same_place(x.location, m.location) for x in g)]
    earlier = [g for g in (placed or fits) if g[0].sentence <= m.sentence]
    return (earlier or placed or fits or [None])[-1]


def _definite_word(folded: str) -> bool:
    return folded.startswith(("ال", "وال", "بال", "فال", "لل", "ولل", "وبال", "كال"))


def _definite(tx: _Text, m: _Mention) -> bool:
    first = tx.folded[m.lo]
    demonstrative = m.lo > 0 and tx.folded[m.lo - 1] in ("هذا", "هذه")
    # a verb after the definite munition that did it: "اللغم انفجر"، "العبوة انفجرت" (not an agent:
    # "الأجهزة الأمنية أحبطت" tells a new act)
    subject = (m.form == "verb" and m.lo > 0 and tx.folded[m.lo - 1].startswith(("ال", "وال", "فال"))
               and tx.has(m.lo - 1, "munition"))
    # "حملة الاعتقالات": a noun in construct with a definite one is definite too
    # (not a verb's object: "أطلقوا النار" tells a new act)
    construct = (m.form not in ("verb", "weak") and m.hi - m.lo >= 2 and _definite_word(tx.folded[m.hi - 1])
                 and not _definite_word(first))
    return demonstrative or subject or construct or _definite_word(first)


def _another_act_placed(tx: _Text, group: list[_Mention], m: _Mention) -> bool:
    """"… مقتل 12 من عناصرها خلال المعارك." then "… بمقتل سبعة مدنيين جراء قصف مدفعي على أحياء مدينة
    X": an act named anew (indefinite), in a later sentence, with its own place and a death toll
    other than that of an event told with no place, is another act, not that one's toll."""
    killed = m.figures.get("killed", (None, False))[0]
    if killed is None or m.location is None or m.form != "sg" or _definite(tx, m):
        return False
    told = [x for x in group if x.figures.get("killed", (None, False))[0] is not None]
    return (bool(told) and all(x.location is None and x.sentence < m.sentence for x in group)
            and all(x.figures["killed"][0] != killed for x in told))


def _same_toll(group: list[_Mention], m: _Mention) -> bool:
    """Do the figures a mention states agree with those its event already has (none contradicts)?"""
    have: dict[str, set] = {}
    for x in group:
        for field_, (value, _) in x.figures.items():
            have.setdefault(field_, set()).add(value)
    stated = {f: v for f, (v, _) in m.figures.items() if f in have}
    return bool(stated) == bool(m.figures) and all(v in have[f] for f, v in stated.items())


def _event(tx: _Text, group: list[_Mention]) -> Event:
    best = max(group, key=lambda m: m.weight)
    lo, hi = tx.sentences[best.sentence]
    text, start, end = tx.span(lo, hi)
    type_ = max((m.type for m in group), key=lambda t: _TYPE_RANK.get(t, 0))
    ev = Event(type=type_, text=text, start=start, end=end)
    figures: dict[str, tuple[int | None, bool]] = {}
    for m in group:
        for f, (value, approx) in m.figures.items():
            _add_figure(figures, f, value, approx)
    for key in [k for k in figures if k.startswith(_CLAIMED)]:
        claimed = figures.pop(key)
        figures.setdefault(key[len(_CLAIMED):], claimed)  # "زاعمة مقتل خمسين": only when nothing else says
    for key in [k for k in figures if k.startswith(_ALSO)]:
        more, approx = figures.pop(key)
        field_ = key[len(_ALSO):]
        told = figures.get(field_)
        if told is not None and told[0] is not None and more is not None:
            figures[field_] = (told[0] + more, approx or told[1])  # the event's other dead, and these too
        else:
            figures.setdefault(field_, (more, approx))
    attackers = figures.pop(_ATTACKERS_KILLED, None)
    if attackers is not None and "killed" not in figures:
        figures["killed"] = attackers  # the only dead the report counts
    for f, (value, approx) in figures.items():
        setattr(ev, f, value)
        if approx and value is not None:
            ev.approximate.append(f)
    places = [m.location for m in group if m.location]
    ev.location = best.location or (max(places, key=len) if places else None)
    dates = [m.date for m in group if m.date]
    dated = sorted(dates, key=lambda d: d.kind not in _EXPLICIT_DATES)
    ev.date = _as_date(dated[0].value).isoformat() if dated else None
    ev.perpetrator = next((m.perpetrator for m in group if m.perpetrator), None)
    ev.target = next((m.target for m in group if m.target), None)
    return ev


def _inferred_published(groups: list[list[_Mention]]) -> date | None:
    """The day after an event that the text both dates explicitly and calls yesterday's."""
    found = set()
    for g in groups:
        explicit = {_as_date(m.date.value) for m in g if m.date and m.date.kind in _EXPLICIT_DATES}
        if len(explicit) == 1 and any(m.yesterday and not (m.date and m.date.kind in _EXPLICIT_DATES) for m in g):
            found.add(next(iter(explicit)) + timedelta(days=1))
    return found.pop() if len(found) == 1 else None


def _detect(article: Article) -> tuple[_Text, list[list[_Mention]]]:
    tx = _Text.of(article)
    return tx, _group(tx, _mentions(article, tx))


def run(article: Article) -> Article:
    if not article.body.strip():
        return article
    tx, groups = _detect(article)
    if not article.published:
        day = _inferred_published(groups)
        if day is not None:
            article.published, article.published_source = day.isoformat(), "text"
            tx, groups = _detect(article)  # relative dates now resolve against it
    published = _reference(article) if article.published else None
    events = [_event(tx, g) for g in groups]
    if published is not None:
        events = [e for e in events if not e.date or _as_date(published) - _as_date(e.date) <= _OLD]
    _headline_place(article, events)
    _capital_of_dateline(article, events, tx)
    article.events = events
    return article


_IN_THE_CAPITAL = frozenset({"في العاصمه", "وفي العاصمه", "بالعاصمه", "وبالعاصمه"})


def _capital_of_dateline(article: Article, events: list[Event], tx: _Text) -> None:
    """"في العاصمة" with no name after it is the capital the dateline names ("الرباط – … دور عبادة
    في العاصمة"), unless the article names another capital, which the word might mean."""
    entry = lexicons.place(normalize(article.dateline)) if article.dateline else None
    if entry is None or entry.kind != "capital":
        return
    for ent in article.entities:
        other = lexicons.place(normalize(ent.name)) if ent.type == "LOC" else None
        if other is not None and other.kind == "capital" and other.name != entry.name:
            return
    for ev in events:
        if ev.location:
            continue
        words = tx.folded[tx.token_at(ev.start):tx.token_at(ev.end - 1) + 1]
        for k, w in enumerate(words):
            pair = f"{words[k - 1]} {w}" if k else w
            named = k + 1 < len(words) and (lexicons.nationality(words[k + 1]) or lexicons.place(words[k + 1]))
            if (w in _IN_THE_CAPITAL or pair in _IN_THE_CAPITAL) and not named:
                ev.location = article.dateline
                break


def _headline_place(article: Article, events: list[Event]) -> None:
    """The place of the lead event from the headline, when its sentence names none: "ضبط أسلحة
    وتوقيف 4 متهمين في مصراتة" over a lead that says only "أعلنت مديرية أمن المدينة ضبط …". The
    headline must report an event of the same family with no figure that differs."""
    if not article.title or not events or events[0].location:
        return
    headline = entities.run(Article(source=article.source, body=article.title))  # its places as the body's are found
    tx = _Text.of(headline)
    lead = events[0]
    for ev in (_event(tx, g) for g in _group(tx, _mentions(headline, tx))):
        same = FAMILY.get(ev.type, ev.type) == FAMILY.get(lead.type, lead.type)
        agree = all(getattr(ev, f) is None or getattr(lead, f) is None or getattr(ev, f) == getattr(lead, f)
                    for f in FIGURES)
        if ev.location and same and agree:
            lead.location = ev.location
            return


# -- across articles ---------------------------------------------------------------------------

FIGURES = ("killed", "injured", "arrested")
_REPORTED_WITHIN = timedelta(days=7)


def merge_events(rows: Iterable[dict]) -> list[dict]:
    """Merge the same event reported by several articles into one corpus event.

    Rows are event dicts (the contract's fields) with the reporting article's `article_id`,
    `source` and `published`. Two reports are the same event when their types are of one family,
    their places are the same after normalisation (one may name a landmark inside the other) and
    their dates are within a day (or, when one is missing, the reports came out within a week).
    Figures keep the latest report's values;
    `history` lists every report's figures in publication order and `reports` links every article."""
    merged: list[dict] = []
    ordered = sorted(rows, key=lambda r: (r.get("published") or r.get("date") or "", r.get("start") or 0))
    for row in ordered:
        report = {"article_id": row.get("article_id"), "source": row.get("source"),
                  "published": row.get("published"), "text": row.get("text")}
        figures = {f: row.get(f) for f in FIGURES}
        home = next((m for m in merged if _same_event(m, row)), None)
        if home is None:
            home = {k: row.get(k) for k in ("type", "date", "location", *FIGURES, "perpetrator", "target", "text")}
            home["approximate"] = list(row.get("approximate") or [])
            home["reports"], home["history"] = [], []
            merged.append(home)
        else:
            if _TYPE_RANK.get(row.get("type"), 0) > _TYPE_RANK.get(home["type"], 0):
                home["type"] = row["type"]
            if row.get("location") and len(row["location"]) > len(home.get("location") or ""):
                home["location"] = row["location"]
            for k in ("date", "perpetrator", "target"):
                home[k] = home.get(k) or row.get(k)
            for f, value in figures.items():
                if value is not None:  # the latest report that states a figure wins
                    home[f] = value
                    approx = f in (row.get("approximate") or [])
                    home["approximate"] = [a for a in home["approximate"] if a != f] + ([f] if approx else [])
        if report["article_id"] is None or all(r["article_id"] != report["article_id"] for r in home["reports"]):
            home["reports"].append(report)
        home["history"].append({"published": row.get("published"), "article_id": row.get("article_id"), **figures})
    return merged


def _same_event(m: dict, row: dict) -> bool:
    if FAMILY.get(m["type"], m["type"]) != FAMILY.get(row.get("type"), row.get("type")):
        return False
    if not m.get("location") or not row.get("location") or not _same_place(m["location"], row["location"]):
        return False
    if m.get("date") and row.get("date"):
        return _same_day(m["date"], row["date"])
    # an undated report: the same event only if it was published within days of the others
    last, published = m["reports"][-1].get("published") if m["reports"] else None, row.get("published")
    return not (last and published) or abs(_as_date(last) - _as_date(published)) <= _REPORTED_WITHIN


CSV_COLUMNS = ["type", "date", "location", *FIGURES, "perpetrator", "target", "approximate", "reports",
               "articles", "sources", "text"]


def write_events_csv(rows: Iterable[dict], path: str | Path) -> int:
    """One row per event (plain or merged); list fields joined with " | ". Returns the row count."""
    n = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:  # BOM: Excel opens Arabic right
        writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for r in rows:
            reports = r.get("reports") or [{"article_id": r.get("article_id"), "source": r.get("source")}]
            writer.writerow({
                **{k: r.get(k) for k in ("type", "date", "location", *FIGURES, "perpetrator", "target", "text")},
                "approximate": " | ".join(r.get("approximate") or []),
                "reports": len(reports),
                "articles": " | ".join(str(x["article_id"]) for x in reports if x.get("article_id")),
                "sources": " | ".join(str(x["source"]) for x in reports if x.get("source")),
            })
            n += 1
    return n
