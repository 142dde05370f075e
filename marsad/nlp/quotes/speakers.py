"""Speaker phrases: who a reporting cue's subject is, and which named person a bare title means.

A subject phrase in Arabic news is a title chain ("السفير الروسي لدى واشنطن"), a name ("أناتولي
أنطونوف"), both in either order with commas for apposition, an organisation ("وزارة الداخلية"), or
an anonymous source ("مصدر أمني"). Names are told apart from the words around them by what they are
not: not a title, organisation head, place, nationality, function word or adverb, and without the
article ال, unless the entities stage tagged them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.nlp import frequency
from marsad.nlp.normalize import Token, normalize, normalize_word
from marsad.nlp.numbers import is_number_word
from marsad.nlp.quotes import lexicon as lx
from marsad.nlp.quotes.marks import MARKS

# Closed sets of grammar words (prepositions, particles, pronouns) that are never part of a name.
_FUNCTION = frozenset(normalize(w) for w in (
    "في من إلى على عن مع لدى خلال بعد قبل أمام عقب حول ضد منذ عبر بين عند نحو دون تجاه إزاء بشأن وفي ومن "
    "أن إن أنه أنها أنهم إنه إنها إننا أننا بأن بأنه بأنها الذي التي الذين ما لا لم لن قد كان كانت وكان "
    "وكانت هذا هذه ذلك تلك هو هي هم هما نحن أنا له لها لهم به بها فيه فيها منه منها عنه عنها وقد كما "
    "أيضا وهو وهي ثم أو أم بل لكن إذا لو حيث حين بينما فيما و ف ب ل ك").split())
# Quantifiers open the verb's object, never a name: "دعا المبعوث جميع الأطراف إلى …"
_WITHHELD = frozenset(normalize(w) for w in "عدم الكشف".split())  # after طلب/رفض: a name kept back
_QUANTIFIERS = frozenset(normalize(w) for w in "جميع كل كافة بعض معظم".split())
# Prepositions that may sit inside a title chain: السفير لدى واشنطن، منسق الاتصالات في مجلس الأمن.
_TITLE_PREPOSITIONS = frozenset(normalize(w) for w in "في لدى باسم عن".split())
# "مندوب دولة X"، "أعربت دولة الكويت"، "في الجمهورية الموريتانية"
_STATE_WORDS = frozenset(normalize(w) for w in "دولة دولتي بلاد جمهورية مملكة المملكة سلطنة إمارة".split())
# after a title and a comma these open an aside on where or how it was said, not the title's rest
# prepositions that open a short aside of time, place or means ("، في اتصال هاتفي،"، "خلال اللقاء"، "عبر الهاتف")
ASIDE_PREPOSITIONS = frozenset(normalize(w) for w in "في خلال أثناء عبر أمام لدى عقب قبل بعد".split())
_SPOKESPERSON = ("متحدث", "ناطق")  # the titles "باسم" goes on: المتحدث باسم الحكومة
FOR_IT = frozenset(normalize(w) for w in "باسمه باسمها".split())  # "المتحدث باسمها": of a body named before
_COMMAS = frozenset("،,")
# Words that bind the next one into a name: عبد الفتاح، أبو مازن، محمد بن سلمان.
_NAME_JOINERS = frozenset(normalize(w) for w in "عبد أبو أبي بن ابن بنت أم آل ولد ذو".split())
# Second halves of compound first names, which carry the article: كمال الدين، فتح الله، زين العابدين.
_NAME_SECONDS = frozenset(normalize(w) for w in "الدين الله الإسلام الحق العابدين".split())
MAX_TITLE_WORDS = 12
ANNOUNCERS = frozenset(normalize(w) for w in "أن إن بأن ان".split())


def is_function_word(word: str) -> bool:
    return word in _FUNCTION


def is_an(word: str) -> bool:
    """أن/إن and their pronoun-suffixed forms (أنه، إنها، بأنهم) that open reported content."""
    bare = word[1:] if word[:1] == "ب" and len(word) > 2 else word
    return bare in ANNOUNCERS or (bare[:2] == "ان" and bare[2:] in ("ه", "ها", "هم", "هما", "هن", "نا", "ني", "ي", "كم"))


_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


@lru_cache(maxsize=lx.WORD_CACHE)
def _has_article(text: str) -> bool:
    """Written with the article ال (plain alef: "ألكسي" is a name, "الرئيس" is not), and a noun of
    two letters at least after it: "والي" (governor) is one word, not و + ال + ي."""
    bare = _MARKS.sub("", text)
    return any(bare.startswith(p) and len(bare) - len(p) >= 2
               for p in ("ال", "وال", "بال", "فال", "كال", "لل", "ولل"))


def _bare(word: str) -> str:
    for p in ("وال", "بال", "فال", "كال", "ال"):
        if word.startswith(p) and len(word) - len(p) >= 2:
            return word[len(p):]
    if word.startswith(("لل", "ولل")):
        return word[2:] if word.startswith("لل") else word[3:]
    return word


@dataclass
class Tok:
    text: str
    start: int
    end: int
    w: str  # normalised word, "" for punctuation
    tag: str | None = None  # PER | ORG | LOC from the entities stage
    entity: str | None = None

    @property
    def art(self) -> bool:
        return _has_article(self.text)

    @classmethod
    def of(cls, t: Token) -> "Tok":
        return cls(t.text, t.start, t.end, normalize_word(t.text))


@dataclass
class Subject:
    kind: str  # name | org | title | anonymous
    name_start: int | None = None
    name_end: int | None = None
    entity: str | None = None
    titles: list[str] = field(default_factory=list)  # normalised title words, article stripped
    end: int = 0  # token index after the phrase
    # the body an unnamed spokesperson speaks for, as character offsets: "المتحدث باسم وزارة X"
    speaks_for: tuple[int, int] | None = None
    again: bool = False  # "المصدر ذاته": the source of the statement before, whoever it was


@lru_cache(maxsize=lx.WORD_CACHE)
def _country(word: str) -> str | None:
    if lx.is_role(_bare(word), "portfolio"):
        return None  # "وزير المالية": finance, not Mali's
    hit = lx.lexicons.nationality(word)
    if hit:
        return hit[1]
    if lx.is_place(word):
        entry = lx.known_name(_bare(word)) or lx.known_name(word)
        return entry.name if entry else _bare(word)
    return None


def countries(titles: list[str]) -> set[str]:
    return {c for c in map(_country, titles) if c}


def name_like(tok: Tok, strict: bool = False) -> bool:
    """Could this word be part of a person's name? `strict` (inside a title chain) rules out cities too."""
    if tok.tag:
        return tok.tag == "PER"
    if "\u064b" in tok.text:
        return False  # tanween: an indefinite noun ("عدداً من المشروعات"), which a name in the news never is
    if tok.text.removeprefix("و") == "على":
        return False  # the preposition, written with its ى: the name علي is written with ي
    return _name_like_word(tok.w, tok.art, strict)


_FUTURE_VERB_ZIPF = 3.5  # the verb after س is this common a word (يزور، يعقد; not يرغي of سيرغي)


@lru_cache(maxsize=lx.WORD_CACHE)
def _name_like_word(w: str, art: bool, strict: bool) -> bool:
    """name_like for an untagged word: `art` says it is written with the article."""
    if not w or not w[0].isalpha() or art or w in _FUNCTION or w in _QUANTIFIERS or len(w) < 2:
        return False
    if w[0] in "بل" and w.endswith("ه") and len(w) > 4 and frequency.zipf(frequency.stem_word(w[1:])) is not None:
        return False  # a preposition on a feminine noun: "بزيارة"، "لزيارة"; "بوزغاية" is a surname
    if (w.startswith(("سي", "ست", "سن")) and len(w) >= 4 and (frequency.zipf(w[1:]) or 0) >= _FUTURE_VERB_ZIPF
            and not _listed_name(w)):
        return False  # the future's س on a common verb: "الوزير سيزور المنطقة"
    if (lx.cue_of(w) or lx.is_title(w) or lx.is_org_head(w) or lx.is_nationality(w) or lx.is_place(w, not strict)
            or lx.is_place_noun(w) or is_number_word(w)):  # "أمير منطقة حائل": the area of the title, no name
        return False
    return not any(lx.is_role(w, k) for k in ("context", "anonymous", "portfolio", "adverb"))


def _listed_name(w: str) -> bool:
    return lx.lexicons.is_given_name(w) or lx.lexicons.is_family_name(w)


def _glued_preposition(tok: Tok) -> bool:
    """"بنشر"، "لتحقيق": ب/ل on an untagged word that no list knows as a name is a preposition
    and its noun ("اتهمت المعارضة بنشر …"), not a name ("بشار" is a given name)."""
    return tok.tag is None and tok.w[:1] in "بل" and not _listed_name(tok.w)


_NOUN_ZIPF = 3.0  # the word after a glued ب/ل/و is this common: "بحزن"، "بجلب"، "واستقبل" (not "ليندكفيست")


def _preposition_on_noun(tok: Tok) -> bool:
    """ب/ل on a common word ("بحزن"، "بجلب"), or و on one ("واستقبل"): no name opens so."""
    glued = _glued_preposition(tok) or (tok.tag is None and tok.w[:1] == "و" and not _listed_name(tok.w))
    return glued and (frequency.zipf(frequency.stem_word(tok.w[1:])) or 0) >= _NOUN_ZIPF


def _stops(tok: Tok) -> bool:
    """A word that ends any subject phrase: content openers (فإن among them), cues, speech-context
    nouns, also with a possessive pronoun ("وختم الوزير كلمته بالقول"; a ة written is no pronoun:
    "قائمقام حديثة" is the town, not "his talk")."""
    w = tok.w
    spoken = lx.is_role(w, "context") or (_own_context(w) and not tok.text.endswith("ة"))
    return bool(is_an(w) or lx.cue_of(w) or spoken or _bare(w) in lx.roles().get("context", {})
                or tok.text.startswith("فإن"))  # "وبحسب الوزير، فإن": not "فان" (Van)


@lru_cache(maxsize=lx.WORD_CACHE)
def _to_outlet(w: str) -> bool:
    """ل and a news outlet the words were given to: "لرويترز"، "للجزيرة"، "لوكالة"."""
    return len(w) >= 4 and (lx.agency_given(w) is not None or (w[:1] == "ل" and w[1:] in lx.relays()["outlet"]))


def _to_audience(w: str) -> bool:
    """ل and whom words were said to: "للصحفيين"، "لوسائل الإعلام" (ل + ال written لل)."""
    return w[:1] == "ل" and (w[1:] in lx.relays()["audience"] or "ا" + w[1:] in lx.relays()["audience"])


def is_speech_context(w: str) -> bool:
    """A speech-context noun, bare or with a possessive pronoun: بيان، كلمته، حديثها."""
    return lx.is_role(w, "context") or _own_context(w)


@lru_cache(maxsize=lx.WORD_CACHE)
def _own_context(w: str) -> bool:
    """A speech-context noun with a possessive pronoun: كلمته، حديثها، تصريحاتهم."""
    for pronoun in ("هما", "هم", "ها", "ه"):
        if w.endswith(pronoun) and len(w) - len(pronoun) >= 3:
            base = w[:-len(pronoun)]
            if base.endswith("ت") and not base.endswith("ات"):
                base = base[:-1] + "ه"  # the ta marbuta before a pronoun: كلمت-ه -> كلمة (folded كلمه)
            if lx.is_role(base, "context"):
                return True
    return False


def _untagged_service(titles: list[str], toks: list[Tok], j: int, limit: int) -> int | None:
    """The end of a state service the title heads, named by its definite domain or institution and
    their adjectives, where the entities stage found no organisation ("مدير الأمن العام"، "قائد
    الشرطة"، "مدير الدفاع المدني"); None when the title heads no body or none is named so."""
    tok = toks[j]
    bare = _bare(tok.w)
    if (tok.tag is not None or not tok.art or not lx.is_role(" ".join(titles), "head")
            or not (lx.is_role(bare, "institution") or bare in _SERVICES)):
        return None
    end = j + 1
    while end < min(limit, j + 3) and toks[end].art and toks[end].tag is None and (
            lx.lexicons.relative_adjective(toks[end].w, definite=True) or _bare(toks[end].w) in _SERVICE_ADJECTIVES):
        end += 1
    return end


_BODY_NAME_WORDS = 4  # definite words of a body's name after its head word: "برنامج الأغذية العالمي"


def _untagged_body(titles: list[str], toks: list[Tok], j: int, limit: int) -> int | None:
    """The end of a body the title heads, written with ل, its head word and its definite name,
    where the entities stage found no organisation ("لبرنامج الأغذية العالمي"); None otherwise."""
    tok = toks[j]
    if tok.tag is not None or tok.w[:1] != "ل" or not lx.is_org_head(tok.w[1:]) or not lx.is_role(" ".join(titles), "head"):
        return None
    end = j + 1
    while (end < min(limit, j + 1 + _BODY_NAME_WORDS) and toks[end].art and toks[end].tag is None
           and not lx.cue_of(toks[end].w) and toks[end].w not in _FUNCTION):
        end += 1
    return end if end > j + 1 else None


# the domains a state service is named by, and its plain adjectives: الأمن العام، الدفاع المدني
_SERVICES = frozenset(normalize(w) for w in "أمن دفاع مخابرات استخبارات جمارك".split())
_SERVICE_ADJECTIVES = frozenset(normalize(w) for w in "عام مدني وطني داخلي عسكري".split())


def _heads(titles: list[str], tok: Tok) -> bool:
    """Is the title one that heads the body tagged at `tok` and, its holder unnamed, speaks for it
    (الأمين العام، مدير عام، قائد; not رئيس, whose office is often a person's own: رئيس الوزراء)?"""
    return tok.tag == "ORG" and lx.is_role(" ".join(titles), "head")


MAX_MARKED_NAME = 4  # words of a body's name in quotation marks: كتلة "التنمية والتحرير"، صحيفة "وول ستريت جورنال"


def _marked_genitive(toks: list[Tok], j: int, limit: int) -> int | None:
    """The token after a short name in quotation marks opening at toks[j] that is the genitive of
    the indefinite title or body word before it ("عضو كتلة "التنمية والتحرير""، "لحركة "النهضة""),
    or None: after a definite word ("وصف الوزير "الاتفاق" بأنه") the marks open the verb's object."""
    if j == 0 or toks[j].text not in MARKS or not toks[j - 1].w or toks[j - 1].art:
        return None
    for k in range(j + 1, min(limit, j + MAX_MARKED_NAME + 2)):
        if not toks[k].w:
            return k + 1 if toks[k].text in MARKS and k > j + 1 else None
        if is_an(toks[k].w) or lx.cue_of(toks[k].w) or toks[k].w in _FUNCTION:
            return None
    return None


def _body_of_unnamed_head(toks: list[Tok], org: list[Tok], j: int, limit: int) -> int | None:
    """The token after "لـ"X"" at toks[j] when X, in quotation marks, is the body that an unnamed
    head and its adjectives belong to ("المكتب الإعلامي لـ"حركة X""), or None: a body the
    entities stage found, no outlet (after a whole name, "لـ"X"" is whom the words were given to)."""
    if any(t.tag for t in org) or not lx.is_org_head(_bare(org[0].w)) or not org[0].art:
        return None
    close = _marked_genitive(toks, j + 1, limit) if j + 1 < limit else None
    if close is None or toks[j + 2].tag != "ORG":
        return None
    name = " ".join(t.w for t in toks[j + 2:close - 1])
    if name in lx.agencies() or name.split()[-1] in lx.lexicons.media_suffixes():
        return None
    return close


def _purpose_at(toks: list[Tok], j: int, limit: int) -> int:
    """How many tokens from toks[j] say what a body is for (0 when none): ل + a purpose noun and its
    definite genitive ("لحقوق الإنسان"، "لشؤون اللاجئين"), or the purpose with the article and where
    it is pursued ("للدعم في ليبيا")."""
    w = toks[j].w
    if (w[:1] == "ل" and lx.is_role(w[1:], "org_purpose") and j + 1 < limit and toks[j + 1].art
            and bool(toks[j + 1].w)):
        return 2
    if w.startswith("لل") and lx.is_role(w[2:], "org_purpose"):
        at_place = j + 2 < limit and toks[j + 1].w == "في" and (toks[j + 2].tag == "LOC" or lx.is_place(toks[j + 2].w))
        return 3 if at_place else 1
    return 0


MAX_DESCRIPTION_WORDS = 4  # words that say what a body is before its name: خدمة الإسعاف الإسرائيلية


def _described_body(toks: list[Tok], i: int, limit: int) -> Subject | None:
    """"خدمة الإسعاف الإسرائيلية "نجمة داود الحمراء" إن …"، "وذكرت "أفريكوم" أن …": maybe a few words
    saying what a body is, then its name in quotation marks, which the entities stage found, and
    nothing more before the content."""
    if i >= limit or lx.is_role(_bare(toks[i].w), "anonymous"):
        return None  # "مصادر محلية لـ"X"": an unnamed source and the outlet it spoke to
    k = i
    while (k < min(limit, i + MAX_DESCRIPTION_WORDS) and toks[k].w and toks[k].tag is None and not lx.cue_of(toks[k].w)
           and toks[k].w[:1].isalpha() and len(toks[k].w) > 1 and not is_function_word(toks[k].w)):
        k += 1
    if k + 2 >= limit or toks[k].text not in MARKS or toks[k + 1].tag != "ORG":
        return None
    close = next((c for c in range(k + 1, min(limit, k + MAX_MARKED_NAME + 2)) if not toks[c].w), None)
    if (close is None or toks[close].text not in MARKS or close == k + 1
            or any(t.entity != toks[k + 1].entity for t in toks[k + 1:close]) or not _phrase_ends(toks, close + 1, limit)
            or " ".join(t.w for t in toks[k + 1:close]) in lx.agencies()):
        return None
    return Subject(kind="org", name_start=toks[k + 1].start, name_end=toks[close - 1].end,
                   entity=toks[k + 1].entity, end=close + 1)


def _heads_marked(titles: list[str], head: Tok) -> bool:
    """Does the title before a body's head word (with ل or in construct) head the body?"""
    bare = head.w[1:] if head.w[:1] == "ل" and lx.is_org_head(head.w[1:]) else head.w
    return lx.is_org_head(bare) and lx.is_role(" ".join(titles[:-1]), "head")


def _body_span(toks: list[Tok], j: int, limit: int) -> tuple[int, int]:
    """Tokens [j, end) of the organisation the entities stage found at toks[j]."""
    return j, next((k for k in range(j + 1, limit) if toks[k].entity != toks[j].entity), limit)


def parse(toks: list[Tok], i: int, limit: int) -> Subject | None:
    """Read the subject phrase that starts at toks[i] (before toks[limit]); None when there is none."""
    titles: list[str] = []
    org: list[Tok] = []
    name: list[Tok] = []
    kind = None
    j = i
    after_preposition = False
    appositive = False
    spokesperson_body = None  # token after "باسم" in a spokesperson's title
    head_of = None  # tokens [start, end) of the body the title heads (الأمين العام لـ، مدير عام X)
    if i < limit and lx.is_role(toks[i].w, "honorific"):
        return None  # "وأكد سموه أن": the person last spoken of, as a pronoun would say
    if i + 2 < limit and toks[i].w == "كل" and toks[i + 1].w == "من":
        i = j = i + 2  # "وأكد كل من الوزير X ونظيره Y": the first of those who spoke together
    if i < limit and toks[i].w.startswith("لل") and toks[i].tag is None:
        return None  # "كما قال للناقد المصري": whom it was said to, the subject left unsaid
    if (country := country_subject(toks, i, limit)) is not None:
        return country
    if (pair := _two_holders(toks, i, limit)) is not None:
        return pair
    if (described := _described_body(toks, i, limit)) is not None:
        return described
    while j < limit:
        tok = toks[j]
        w = tok.w
        if not w:
            if tok.text in _COMMAS and not name and not org:
                if titles and j + 1 < limit and (lx.is_role(toks[j + 1].w, "adverb")
                                                 or toks[j + 1].w in ASIDE_PREPOSITIONS):
                    break  # "افتتح رئيس الوزراء، اليوم، …", "وأوضح الوزير، في اتصال …": an aside ends the subject
                j += 1
                continue
            if (tok.text in _COMMAS and name and not appositive and j + 1 < limit and toks[j + 1].tag != "PER"
                    and lx.is_title(toks[j + 1].w)):
                appositive = True  # "خالد عبد الغفار، وزير الصحة والسكان،"
                j += 1
                continue
            if titles and not name and (close := _marked_genitive(toks, j, limit)) is not None:
                # "رئيس "التيار الوطني الحر" النائب X": the body's name in quotation marks
                if head_of is not None and head_of[1] == j:
                    head_of = (head_of[0], close - 1)
                elif head_of is None and _heads_marked(titles, toks[j - 1]):
                    head_of = (j - 1, close - 1)  # "الأمين العام لحركة "النهضة""
                titles.extend(_bare(t.w) for t in toks[j + 1:close - 1])
                j = close
                continue
            if tok.text == "(":  # an aside such as "(الخميس)"
                close = next((k for k in range(j, min(limit, j + 8)) if toks[k].text == ")"), None)
                if close is not None:
                    j = close + 1
                    continue
            break
        if lx.is_role(w, "adverb") and not titles and not name and not org:
            j += 1
            continue
        if _stops(tok) or _to_audience(w):
            break  # "قال المتحدث باسم البنتاغون للصحفيين": whom the words were said to
        if name:
            if len(name) == 1 and w.startswith("ال") and lx.is_title(w) and _phrase_ends(toks, j + 1, limit):
                # "باسل القاضي إن": a title word ending the phrase right after a given name is his
                # family name (القاضي، الشيخ), not a title in apposition
                name.append(tok)
                j += 1
                continue
            # apposition after a name: "فلاديمير بوتين الرئيس الروسي" (not "قيام وزير", a construct)
            if (lx.is_title(w) and w.startswith("ال")) or (appositive and (
                    lx.is_title(w) or tok.art or lx.is_org_head(w) or lx.is_role(w, "portfolio")
                    or lx.is_place(w, countries_only=True) or lx.is_nationality(w)
                    # a title in construct takes any noun as its genitive: "، ولي عهد الإمارة،"
                    or (w[:1].isalpha() and not toks[j - 1].art and lx.is_title(toks[j - 1].w)
                        and not lx.cue_of(w) and w not in _FUNCTION))):
                appositive = True
                titles.append(_bare(w))
                j += 1
                continue
            if not appositive and not tok.art and tok.tag != "PER" and lx.is_title(w) and (
                    chain := _apposed_office_end(toks, j, limit)) is not None:
                # "جان لوك موران وزير خارجية الجمهورية الفرنسية": the office in apposition with no
                # comma, when no other person's name follows it (not "استقبل X وزير الخارجية Y")
                titles.extend(_bare(t.w) for t in toks[j:chain])
                appositive = True
                j = chain
                continue
            if appositive and w == "باسم" and any(t.startswith(_SPOKESPERSON) for t in titles):
                # "عثمان X الناطق الرسمي باسم القوات المسلحة، بأنه": the body he speaks for, in his title
                j += 1
                while (j < limit and toks[j].w and not lx.cue_of(toks[j].w)
                       and (toks[j].tag == "ORG" or toks[j].art or lx.is_org_head(toks[j].w))):
                    titles.append(_bare(toks[j].w))
                    j += 1
                continue
            break
        if titles and not name and tok.tag == "PER" and _place_in_title(toks, j, limit):
            titles.append(_bare(w))  # "محافظ البصرة كريم داود" tagged as one person: the city is the title's
            j += 1
            continue
        if tok.tag == "ORG" and not titles:
            org.append(tok)
            kind = "org"
            j += 1
            continue
        if org and len(org) == 1 and w.isdigit() and len(w) <= 3 and lx.is_org_head(org[0].w):
            org.append(tok)  # "القناة 12 الإسرائيلية": a channel named by its number
            j += 1
            continue
        if org and w == "ل" and (close := _body_of_unnamed_head(toks, org, j, limit)) is not None:
            org.extend(toks[j:close])  # "المركز الإعلامي لـ"قسد"": the body whose office it is
            j = close
            continue
        if org and tok.tag is None and (_to_outlet(w) or (w[:1] == "ل" and w[1:] in lx.relays()["outlet"])):
            break  # "وقال الجيش الإسرائيلي لوكالة رويترز": the outlet the words were given to
        if org and (purpose := _purpose_at(toks, j, limit)):
            org.extend(toks[j:j + purpose])  # "المرصد السوري لحقوق الإنسان": what the body is for, in its name
            j += purpose
            continue
        if org:
            # "صحيفة وول ستريت جورنال": a head word and the name after it
            named = not org[0].art and lx.is_org_head(org[0].w) and all(name_like(t) for t in org[1:])
            # "غرفة تجارة عمان"، "وكالة أنباء شينخوا": an indefinite genitive after the head, then a
            # definite word, a place or a body
            construct = (not org[-1].art and w[:1].isalpha() and not lx.cue_of(w) and j + 1 < limit
                         and (toks[j + 1].art or toks[j + 1].tag in ("LOC", "ORG")))
            # a name the entities stage found whole ends there: "طالبت منظمة X السلطات بـ…"
            if (tok.tag is None and tok.art and not lx.is_nationality(w) and org[0].entity is not None
                    and all(t.entity == org[0].entity for t in org)):
                break
            # a word of violence with the article after a whole name is the verb's object: "ودانت
            # حكومة الإقليم الهجوم" (not "منظمة التحرير", a head and its genitive)
            if (tok.tag is None and tok.art and (org[-1].art or org[-1].tag)
                    and lx.lexicons.without_article(w) in lx.lexicons.event_nouns()):
                break
            # after a definite head alone, a definite word that does not agree with it is the verb's
            # object: "جددت الوزارة التأكيد على"، "دعت الحكومة المجتمع الدولي إلى"
            if (len(org) == 1 and org[0].art and tok.art and tok.tag is None and not _nisba(w)
                    and org[0].w.endswith("ه") != w.endswith("ه")):
                break
            # after a definite head and its relative adjective, or after any definite head, a
            # definite noun that is no adjective, or another body's head, is the verb's object:
            # "طالب المجلس البلدي الحكومة بـ…"، "طالبت الوزارة الحكومة بـ…"
            if (org[0].art and tok.art and tok.tag is None and not _nisba(w) and w[:1] != "و" and w[:2] != "لل"
                    and (lx.is_org_head(_bare(w)) or (len(org) >= 2 and _nisba(org[-1].w)
                                                     and w not in lx.lexicons.org_modifiers()
                                                     and not lx.is_role(w, "org_adjective")))):
                break
            # a country's adjective closes a body's name; a definite noun after it is the verb's
            # object: "اتهمت الحكومة اليمنية الجماعة بـ…"
            if (len(org) >= 2 and lx.is_nationality(org[-1].w) and tok.tag is None and tok.art
                    and not _nisba(w)):
                break
            # a head and its definite genitive make a whole name ("وزارة الدفاع"); a definite word
            # after them that is no adjective of the name is the verb's object: "نفت وزارة الدفاع التقارير"
            if (len(org) >= 2 and not org[0].art and org[-1].art and tok.art and tok.tag is None
                    and w[:1] != "و" and not _nisba(w) and w not in lx.lexicons.org_modifiers()
                    and not lx.is_role(w, "org_adjective") and not lx.is_org_head(_bare(w)) and w not in AFFILIATED):
                break
            # an indefinite head after a definite word opens another body, the verb's object:
            # "واتهم الجيش جماعة X بتنفيذ الهجوم" (a genitive after a definite word cannot be)
            if org[-1].art and not tok.art and tok.tag is None and w in lx.lexicons.org_heads():
                break
            # a time word ends the name: "أعلنت وزارة الداخلية اليوم الأحد ضبط …"
            if ((tok.art or lx.is_org_head(w) or lx.is_nationality(w) or tok.tag == "ORG"
                 or (named and name_like(tok)) or (len(org) == 1 and construct)
                 or (tok.tag == "LOC" and not org[-1].art)) and w not in _FUNCTION and not lx.is_clause_word(w)):
                org.append(tok)
                j += 1
                continue
            if (name_like(tok, strict=True) and not any(lx.is_org_head(t.w) or t.tag == "ORG" for t in org)
                    and not _glued_preposition(tok)):
                # "المحلل السياسي خالد …": the article words were a role, not an organisation
                titles.extend(_bare(t.w) for t in org)
                org, kind = [], "title"
                continue
            break
        if after_preposition and tok.tag != "PER":
            titles.append(_bare(w))
            after_preposition = False
            j = _org_own_name(toks, j + 1, limit, tok, titles)
            continue
        if (j == i and w in _KUNYA and j + 1 < limit and (toks[j + 1].tag != "PER" or tok.tag == "PER")
                and lx.lexicons.is_given_name(toks[j + 1].w) and _phrase_ends(toks, j + 2, limit)):
            # "قالت أم خالد"، "قال أبو محمد": a person called by a child's name, whether the entities
            # stage found the whole (أم is also "or") or not (a place in the gazetteers too: أم خالد)
            return Subject(kind="name", name_start=tok.start, name_end=toks[j + 1].end, end=j + 2)
        if (j == i and w in _ONE_OF and j + 1 < limit and toks[j + 1].art and toks[j + 1].tag is None
                and not lx.is_title(toks[j + 1].w) and not any(t.tag == "PER" for t in toks[j + 2:min(limit, j + 6)])):
            # "أحد السكان"، "إحدى الناجيات": one of a group, named by no one (not "أحد الوزراء السابقين X")
            return Subject(kind="anonymous", titles=[_bare(toks[j + 1].w)], end=j + 2)
        if w in _ONE_OF and tok.tag is None:
            titles.append(w)  # "والد أحد الضحايا"، "أحد الوزراء السابقين X": part of a role, no name
            kind = kind or "title"
            j += 1
            continue
        if (not titles and not name and not org and tok.art and lx.is_role(w, "generic")
                and _said_same(toks, j, limit)):
            # "وأضاف المسؤول ذاته": the official quoted last, whoever he was
            return Subject(kind="anonymous", titles=[_bare(w)], end=_past_source_adjective(toks, j, limit) + 1,
                           again=True)
        if titles and w in _SAME:
            j += 1  # "وقال الوزير نفسه": the minister named with that office, "himself" no name
            break
        if not titles and not name and not org and (lx.is_role(w, "anaphor") or _unnamed_source_again(toks, j, limit)):
            # "الأخير"، "المصدر" (the unnamed source met before): no one named here
            return Subject(kind="anonymous", titles=[_bare(w)], end=j + 1, again=_said_same(toks, j, limit))
        # a plural source is no person, whatever the tagger says ("برلمانيون"); "شاهد" is also a name
        if not titles and not name and not org and (called := _called(toks, j, limit)) is not None:
            # "ضابط في الجيش يدعى عبدي نور"، "شاهد عيان يدعى سالم": the name the text gives him
            return Subject(kind="name", name_start=toks[called[0]].start, name_end=toks[called[1] - 1].end,
                           entity=toks[called[0]].entity, end=called[1])
        if ((tok.tag != "PER" or w.endswith(("ون", "ين", "ان"))) and lx.is_role(w, "anonymous") and not tok.art
                and not titles):
            # "مصدر أمني"، "شهود عيان": the words after an unnamed source describe it
            k = j + 1
            while (k < limit and toks[k].w and not _stops(toks[k]) and toks[k].w not in _FUNCTION
                   and toks[k].tag != "PER"
                   and (toks[k].w[:1] not in "لب" or (toks[k].w[:1] == "ب" and lx.is_org_head(toks[k].w[1:])))):
                # "مصدر أمني لوكالة …": the source ends at a preposition, but "مصدر بوزارة الداخلية"
                # says where the source works
                k += 1
            if k < limit and toks[k].tag == "PER" and k > j + 1:
                # "مسؤول الشرطة المحلي محمد نواز": a role, then the person who holds it
                titles.extend(_bare(t.w) for t in toks[j:k])
                kind, j = "title", k
                continue
            unnamed = Subject(kind="anonymous", titles=[_bare(w)], end=k)
            if k < limit and toks[k].w == "باسم" and w.startswith(_SPOKESPERSON):
                body = parse(toks, k + 1, limit)  # "متحدث باسم الجيش": the body it speaks for
                if body is not None and body.kind == "org" and body.name_start is not None:
                    unnamed.speaks_for, unnamed.end = (body.name_start, body.name_end), body.end
            return unnamed
        if titles and w[:1] == "و" and lx.is_title(w[1:]):
            break  # "الرئيس المصري ورئيس الوزراء الأردني …": a second person
        if tok.tag != "PER" and (lx.is_title(w) or lx.is_role(w, "anonymous")):
            titles.append(_bare(w))
            kind = kind or "title"
            j += 1
            continue
        # "المبعوث الخاص إلى اليمن هانس غرونبرغ": إلى belongs to a title only when a named person follows
        to_place = w == "الي" and (_person_ahead(toks, j + 1, limit) or _accredited_to(toks, j + 1, limit, titles))
        # "النائب عن كتلة الإصلاح باسم خشان": the given name باسم, not "in the name of"
        in_title = w in _TITLE_PREPOSITIONS and (w != "باسم" or any(t.startswith(_SPOKESPERSON) for t in titles))
        if in_title and w == "عن" and j + 1 < limit:
            # "النائب عن كتلة X"، "ممثل عن وزارة X"; not "أعرب رئيس الوفد عن تقديره"
            nxt = toks[j + 1:j + 3]
            in_title = (any(t.tag in ("ORG", "LOC") for t in nxt)  # "عن محافظة البصرة"، "عن المحافظة"
                        or lx.is_org_head(_bare(nxt[0].w)) or lx.is_place(nxt[0].w) or lx.is_place_noun(_bare(nxt[0].w)))
        if w in FOR_IT and spokesperson_body is None and any(t.startswith(_SPOKESPERSON) for t in titles):
            spokesperson_body = j  # "المتحدث باسمها": the body spoken of before; a name may follow
            j += 1
            continue
        if w[:1] == "ل" and w[1:] in lx.relays()["outlet"]:
            break  # "لقناة العربية": the outlet the words were given to, after the speaker
        if titles and toks[j - 1].art and (purpose := _purpose_at(toks, j, limit)):
            # "مدير المرصد السوري لحقوق الإنسان رامي …": what the body the title heads is for
            titles.extend(_bare(t.w) for t in toks[j:j + purpose])
            j += purpose
            continue
        # "قائد المجموعة الإقليمية للدرك بوهران": ب and a place say where the title holds
        at_place = w[:1] == "ب" and (tok.tag == "LOC" or lx.is_place(w[1:]))
        # "المندوب الدائم لمصر"، "لدولة الكويت"، "لجمهورية X لدى …": the state whose envoy he is
        of_state = w[:1] == "ل" and (tok.tag == "LOC" or lx.is_place(w[1:], countries_only=True)
                                     or lx.is_place_noun(w[1:]) or w[1:] in _STATE_WORDS)
        if titles and (to_place or in_title or (w[:1] in "بل" and lx.is_org_head(w)) or at_place or of_state
                       or w.startswith(("بال", "لل"))):
            if to_place or in_title:
                after_preposition = True
                if w == "باسم" and spokesperson_body is None:
                    spokesperson_body = j + 1
            else:
                if w[:1] == "ل" and head_of is None and _heads(titles, tok):
                    head_of = _body_span(toks, j, limit)  # "الأمين العام لجامعة الدول العربية"
                elif w[:1] == "ل" and head_of is None and (end := _untagged_body(titles, toks, j, limit)):
                    head_of = (j, end)  # "المديرة التنفيذية لبرنامج الأغذية العالمي": no list names it
                elif (w[:1] == "ل" and spokesperson_body is None and titles[0].startswith(_SPOKESPERSON)
                      and lx.is_org_head(w)):
                    spokesperson_body = j  # "المتحدث الأمني لوزارة الداخلية": ل for باسم
                titles.append(_bare(w))
            j += 1
            j = _org_own_name(toks, j, limit, tok, titles)
            continue
        # "علي" that opens a person the entities stage found is a name, not the preposition على
        tagged_name = tok.tag == "PER" and j + 1 < limit and toks[j + 1].entity == tok.entity
        if (w in _FUNCTION or w in _QUANTIFIERS) and not _ali(toks, j, limit) and not tagged_name:
            break
        construct = j > 0 and not toks[j - 1].art
        if titles and tok.tag != "PER" and (tok.art or lx.is_org_head(w) or lx.is_role(w, "portfolio")
                                            or lx.is_place(w, countries_only=not construct) or lx.is_nationality(w)):
            if construct and head_of is None and _heads(titles, tok):
                head_of = _body_span(toks, j, limit)  # "مدير عام الإدارة العامة للمرور"
            elif construct and head_of is None and (end := _untagged_service(titles, toks, j, limit)):
                head_of = (j, end)  # "مدير الأمن العام"، "قائد الشرطة": a service no list names
            titles.append(_bare(w))
            j = _org_own_name(toks, j + 1, limit, tok, titles)
            continue
        if j == i and tok.art and tok.tag is None and w.endswith(("ين", "ون")) and not lx.is_org_head(w):
            if w.endswith("ين"):
                break  # "كما دعا المواطنين إلى …": a plural in the object case is the verb's object
            # "وأكد المحتجون أن": people named by what they do, no person or body named
            return Subject(kind="anonymous", titles=[_bare(w)], end=j + 1)
        if not titles and (lx.is_org_head(w) or (tok.art and not lx.is_nationality(w) and tok.tag != "PER")):
            org.append(tok)
            kind = "org"
            j += 1
            continue
        if (titles and not name and not org and construct and tok.tag is None and toks[j - 1].w in titles[-1:]
                and _adjective_of(tok)):
            titles.append(w)  # "متحدثة عسكرية إسرائيلية": the indefinite title's own adjective, no name
            j += 1
            continue
        if titles and not name and not org and j + 1 < limit and toks[j + 1].w in _WITHHELD and tok.tag != "PER":
            # "ضابط في الجيش طلب عدم ذكر اسمه"، "رفض الكشف عن هويته": someone who withheld his name
            return Subject(kind="anonymous", titles=titles, end=j)
        # a city right after an indefinite title word is its genitive ("رئيس بلدية غزة"); after a
        # definite one it may be a first name ("الوزير سالم …")
        # (a word right after a number is what it counts: "الدولي10 اتفاقيات منح")
        if ((name_like(tok, strict=bool(titles) and construct) and not _preposition_on_noun(tok)
             and not _after_number(toks, j))
                or _ali(toks, j, limit)):
            # (not a preposition or و on a common word: "وأضاف الإمام بحزن شديد أنه"، "تطالب بجلب كاهن")
            k, is_name = _name_run(toks, j, limit, bool(titles))
            if _role_word_run(toks, j, k, limit):
                titles.extend(_bare(t.w) for t in toks[j:k])  # "معاون وزير الخارجية …": a role, not a name
                kind = kind or "title"
                j = k
                continue
            apposed = k + 1 if k < limit and toks[k].text in _COMMAS else k
            if is_name and titles and not any(t.tag for t in toks[j:k]) and _person_ahead(toks, apposed, limit):
                # "رئيس جمعية حماية المستهلك حسين العبيدي": the body's own name, the person after it
                # (also set off by a comma: "قائمقام حديثة، مبروك الجغيفي،")
                titles.extend(_bare(t.w) for t in toks[j:k])
            elif (is_name and titles and k == j + 1 and k < limit and tok.tag is None and not _listed_name(tok.w)
                  and _object_pronoun(toks[k])):
                break  # "وأكد الوزير حرص بلاده على …": a verbal noun in construct with "his country", the object
            elif is_name and titles and _adjective_in_construct(toks, j, limit):
                break  # "قائد أركان القوات متعددة الجنسيات": the body's adjective, no name
            elif is_name and not titles and k == j + 1 and common_word(tok) and not (k < limit and toks[k].text in MARKS):
                # "وتشير نتائج التحقيقات"، "وأكد أهمية الحفاظ": one common word alone names no one
                # (one before a name in quotation marks is a body's word: "أوردت يومية "الأحداث"")
                break
            elif is_name:
                name, kind = toks[j:k], "name"
            elif not titles:
                break  # a phrase opening with a common noun is no speaker
            elif not construct and not any(t.tag for t in toks[j:k]):
                break  # "وأكد أمير المنطقة أهمية تكثيف الجهود": after a definite title, the verb's object
            else:
                titles.extend(_bare(t.w) for t in toks[j:k])
            j = k
            continue
        if titles and construct and w[0].isalpha() and len(titles) < MAX_TITLE_WORDS:
            titles.append(_bare(w))  # any noun in a construct chain: "رئيس بلدية …"
            j += 1
            continue
        break
    if kind is None:
        return None
    sub = Subject(kind=kind, titles=titles, end=j)
    if kind == "title" and spokesperson_body is not None and spokesperson_body < j:
        sub.speaks_for = (toks[spokesperson_body].start, toks[j - 1].end)
    elif kind == "title" and head_of is not None:
        sub.speaks_for = (toks[head_of[0]].start, toks[head_of[1] - 1].end)
    if name:
        sub.name_start, sub.name_end = name[0].start, name[-1].end
        sub.entity = next((t.entity for t in name if t.entity), None)
    elif org:
        sub.name_start, sub.name_end = org[0].start, org[-1].end
        sub.entity = next((t.entity for t in org if t.entity), None)
    return sub


# A state's style before its name (دولة الكويت، سلطنة عمان) and words a country speaking is followed by
_AFTER_SPEAKER = frozenset(normalize(w) for w in "عن على إلى من في".split())
_SPEAKING_PLACES = frozenset({"country", "capital", "known"})


def country_subject(toks: list[Tok], i: int, limit: int) -> Subject | None:
    """A country or its capital speaking for its government ("وقالت مصر إن"، "ردت موسكو على"،
    "أعربت دولة الكويت عن"): the place the entities stage found, right before what it said."""
    k = i + 1 if i + 1 < limit and toks[i].w in _STATE_WORDS else i
    if k >= limit or toks[k].tag != "LOC":
        return None
    end = k + 1
    while end < limit and toks[end].tag == "LOC" and toks[end].entity == toks[k].entity:
        end += 1
    entry = lx.lexicons.place(" ".join(t.w for t in toks[k:end]))
    if entry is None or entry.kind not in _SPEAKING_PLACES:
        return None
    nxt = toks[end].w if end < limit else ""
    # "رحبت قطر بالاتفاق": a preposition glued to what follows; not "أعلنت مصر حالة الطوارئ"
    if not (_phrase_ends(toks, end, limit) or nxt in _AFTER_SPEAKER or (nxt[:1] in "بل" and len(nxt) > 3)):
        return None
    return Subject(kind="org", name_start=toks[i].start, name_end=toks[end - 1].end, entity=toks[k].entity, end=end)


def _nisba(word: str) -> bool:
    """A relative adjective, which agrees with any head: الدولية، الوطني، الأمريكيين."""
    return word.endswith(("ي", "يه", "يين", "يون", "يان"))


# "مركز العمليات التابع لوزارة الصحة": the body a name belongs to goes on with it
AFFILIATED = frozenset(normalize(w) for w in "التابع التابعة".split())
_SAME = frozenset(normalize(w) for w in "ذاته ذاتها نفسه نفسها ذاتهم نفسهم".split())
_ONE_OF = frozenset(normalize(w) for w in "أحد إحدى".split())
_KUNYA = frozenset(normalize(w) for w in "أم أبو".split())


def _unnamed_source_again(toks: list[Tok], j: int, limit: int) -> bool:
    """"وأضاف المصدر، …"، "وقالت المصادر الأمنية إن": an unnamed source with the article and no
    name after it ("الخبير الاقتصادي رامي شحادة" is a title and a name)."""
    tok = toks[j]
    if not tok.art or tok.tag is not None or not lx.is_role(_bare(tok.w), "anonymous") or lx.is_role(tok.w, "generic"):
        return False
    k = _past_source_adjective(toks, j, limit)
    if k < limit and toks[k].w in _SAME:
        k += 1  # "حسب المصدر ذاته"
    return _phrase_ends(toks, k, limit) and not _named_in_apposition(toks, k, limit)


def _past_source_adjective(toks: list[Tok], j: int, limit: int) -> int:
    """The token after the source noun at toks[j] and its one adjective: "المصادر الأمنية"."""
    k = j + 1
    if k < limit and toks[k].art and toks[k].w.endswith(("ي", "يه", "ين", "يون")):
        k += 1
    return k


def _said_same(toks: list[Tok], j: int, limit: int) -> bool:
    """"المصدر ذاته"، "المصادر الأمنية نفسها": the source at toks[j] is the one quoted last."""
    k = _past_source_adjective(toks, j, limit)
    return k < limit and toks[k].w in _SAME


def _named_in_apposition(toks: list[Tok], k: int, limit: int) -> bool:
    """A person named a few words on, past a field or a comma: "الخبير في الشؤون الأمنية، X"."""
    for t in toks[k:min(limit, k + MAX_TITLE_WORDS + 2)]:
        if t.tag == "PER":
            return True
        if t.w and (is_an(t.w) or _stops(t)) or (not t.w and t.text not in _COMMAS):
            return False
    return False


def _place_in_title(toks: list[Tok], j: int, limit: int) -> bool:
    """A place opening a person mention right after a title, with the name still to come: a known
    place, or any word after an indefinite title, which needs a genitive before a name can follow
    ("والي القصرين منصف الهمامي")."""
    nxt = toks[j + 1] if j + 1 < limit else None
    if nxt is None or nxt.tag != "PER" or nxt.entity != toks[j].entity or lx.lexicons.is_given_name(toks[j].w):
        return False
    if lx.is_place(toks[j].w):
        return True
    prev = toks[j - 1] if j > 0 else None
    rest = [t for t in toks[j + 1:limit] if t.entity == toks[j].entity]
    definite = prev is not None and prev.art and _bare(prev.w) != prev.w  # "والي" is no "ال" + word
    return prev is not None and prev.tag is None and not definite and lx.is_title(prev.w) and len(rest) >= 2


def _ali(toks: list[Tok], j: int, limit: int) -> bool:
    """"علي" is a name, not a spelling of the preposition على, when a name follows it and the
    phrase ends right after ("العميد علي كاظم بأن"); "أكد الوزير علي ضرورة …" is the preposition."""
    if toks[j].text != "علي" or j + 1 >= limit or not name_like(toks[j + 1]):
        return False
    k = j + 2
    while k < limit and name_like(toks[k]):
        k += 1
    return _phrase_ends(toks, k, limit)


def _role_word_run(toks: list[Tok], j: int, k: int, limit: int) -> bool:
    """Are the name-like words toks[j:k] a role the lexicons miss, heading a title chain? Yes when
    the chain goes on to a person the entities stage tagged, or when one unknown word (no given
    name) stands before an indefinite title or organisation head: "معاون وزير …"، "مراقب عام …"."""
    if k >= limit:
        return False
    if any(t.tag == "PER" for t in toks[j:k]):
        # the tagger took a title for a name ("أمين عام الحزب سامي الخوري"): another person follows
        return lx.is_title(toks[j].w) and _person_ahead(toks, k, limit, toks[j].entity)
    nxt = toks[k]
    role_like = bool(nxt.w) and (lx.is_title(nxt.w) or lx.is_org_head(nxt.w) or lx.is_role(nxt.w, "portfolio"))
    if not nxt.w or nxt.tag == "PER" or not (role_like or nxt.art or nxt.tag in ("LOC", "ORG") or lx.is_place(nxt.w)):
        return False
    if _person_ahead(toks, k, limit):
        return True
    one = toks[j]
    return (k == j + 1 and not nxt.art and role_like
            and not lx.lexicons.is_given_name(one.w) and lx.known_name(one.text) is None)


# Titles of someone sent to a place: "المبعوث الأممي إلى اليمن"، "سفير روسيا إلى لبنان"
_ACCREDITED = frozenset(normalize(w) for w in "مبعوث سفير مندوب ممثل موفد مبعوثة سفيرة مندوبة ممثلة".split())


def _accredited_to(toks: list[Tok], k: int, limit: int, titles: list[str]) -> bool:
    """Is token k the place an envoy's or ambassador's title is accredited to (after إلى)?"""
    return (k < limit and any(t in _ACCREDITED for t in titles)
            and (toks[k].tag == "LOC" or lx.is_place(toks[k].w, countries_only=True)))


def _person_ahead(toks: list[Tok], k: int, limit: int, other_than: str | None = None) -> bool:
    """A PER-tagged word (of another entity than `other_than`) further on in the same subject phrase."""
    for t in toks[k:min(limit, k + MAX_TITLE_WORDS)]:
        if t.tag == "PER" and (other_than is None or t.entity != other_than):
            return True
        if not t.w or _stops(t) or (t.w in _FUNCTION and t.w not in _TITLE_PREPOSITIONS):
            return False
    return False


_PRONOUN_SUFFIX = re.compile(r"(?:ه|ها|هم|هما|هن)$")


def _adjective_of(tok: Tok) -> bool:
    """An indefinite relative adjective (عسكرية، أمني) that no list has as a name (سامي، زكي)."""
    return (lx.lexicons.relative_adjective(tok.w, definite=False) and len(tok.w) > 3
            and not (lx.lexicons.is_given_name(tok.w) or lx.lexicons.is_family_name(tok.w)))


def _object_pronoun(tok: Tok) -> bool:
    """A word with a possessive or object pronoun (أنصاره، مواقفهم) that no list has as a name part
    (وجيه، عطيه are names); a ه normalised from ة (إسرائيلية) is no pronoun."""
    word = tok.w
    return (bool(_PRONOUN_SUFFIX.search(word)) and not tok.text.endswith("ة")
            and not (lx.lexicons.is_given_name(word) or lx.lexicons.is_family_name(word)))


_OFFICE_WORDS = 5  # words of an office after its title word: "وزير خارجية الجمهورية الفرنسية"


def _apposed_office_end(toks: list[Tok], j: int, limit: int) -> int | None:
    """Where an office written right after a name ends ("وزير خارجية الجمهورية الفرنسية"), when the
    phrase ends there; None when a name follows it, which makes the office that person's."""
    k = j + 1
    while (k < min(limit, j + 1 + _OFFICE_WORDS) and toks[k].w and toks[k].tag != "PER"
           and (toks[k].art or lx.is_role(toks[k].w, "portfolio") or lx.is_place(toks[k].w)
                or lx.is_nationality(toks[k].w) or lx.is_org_head(toks[k].w) or toks[k].tag in ("LOC", "ORG")
                or _in_state(toks, k, limit))):
        k += 1
    if k == j + 1 or (k < limit and (toks[k].tag == "PER" or (name_like(toks[k], strict=True)
                                                               and not _after_number(toks, k)))):
        return None
    return k


def _two_holders(toks: list[Tok], i: int, limit: int) -> Subject | None:
    """"وزيرا الخارجية الأردني والمصري"، "الوزيران": two holders of a title in the dual, who spoke
    together and are no one speaker (the definite words after the construct form are its genitive
    and their adjectives, "و" joining them)."""
    w = toks[i].w
    construct = not toks[i].art and w.endswith("ا") and len(w) > 3 and lx.is_title(w[:-1])
    definite = toks[i].art and w.endswith("ان") and lx.is_title(w[:-2])
    if not (construct or definite):
        return None
    end = i + 1
    while construct and end < limit and toks[end].w and (toks[end].art or toks[end].w.startswith("وال")) \
            and toks[end].tag != "PER":
        end += 1
    if construct and end == i + 1:
        return None  # "رئيسا للجنة": a title in the accusative, no dual
    return Subject(kind="anonymous", titles=[_bare(w)], end=end)


def _in_state(toks: list[Tok], k: int, limit: int) -> bool:
    """Is toks[k] the في of the state an office is in ("وزير الخارجية في الجمهورية الموريتانية")?"""
    if toks[k].w != "في" or k + 1 >= limit:
        return False
    after = toks[k + 1]
    return after.tag == "LOC" or _bare(after.w) in _STATE_WORDS or lx.is_place(after.w, countries_only=True)


def _after_number(toks: list[Tok], k: int) -> bool:
    """Is toks[k] right after a number, even one glued to the word before it ("الدولي10 اتفاقيات")?
    Then it is what the number counts, no name."""
    return k > 0 and toks[k - 1].text[-1:].isdigit()


def _phrase_ends(toks: list[Tok], k: int, limit: int) -> bool:
    """Does the subject phrase end at toks[k] (content opener, punctuation, grammar word, cue, the
    outlet or audience the words were given to: "وقال المصدر لرويترز")?"""
    return (k >= limit or not toks[k].w or is_an(toks[k].w) or toks[k].w in _FUNCTION or _stops(toks[k])
            or _to_outlet(toks[k].w) or _to_audience(toks[k].w))


_CALLED = frozenset(normalize(w) for w in "يدعى تدعى يدعي تدعي يُدعى تُدعى".split())
_CALLED_REACH = 6  # words of the unnamed source's description before يدعى


def _called(toks: list[Tok], j: int, limit: int) -> tuple[int, int] | None:
    """Tokens [start, end) of the name after "يدعى" in the description of an unnamed source or an
    indefinite title that opens at toks[j] ("ضابط في الجيش الصومالي يدعى عبدي نور"), or None."""
    if not (lx.is_role(toks[j].w, "anonymous") or (lx.is_title(toks[j].w) and not toks[j].art)):
        return None
    for m in range(j + 1, min(limit - 1, j + 1 + _CALLED_REACH)):
        if toks[m].w in _CALLED and name_like(toks[m + 1]):  # (يدعي is also "he claims", a cue)
            return m + 1, _name_run(toks, m + 1, limit, False)[0]
        if not toks[m].w or _stops(toks[m]):
            return None
    return None


_FEMININE_WORD_ZIPF = 2.0


def _adjective_in_construct(toks: list[Tok], j: int, limit: int) -> bool:
    """An untagged common word in -ة that no list gives as a name, with a definite word after it:
    an adjective and its genitive ("متعددة الجنسيات"، "كاملة الصلاحيات"), not a given name and a
    family name ("آية مجذوب" has none)."""
    tok = toks[j]
    return (tok.tag is None and tok.w.endswith("ه") and not _listed_name(tok.w)
            and (frequency.zipf(tok.w) or 0) >= _FEMININE_WORD_ZIPF and j + 1 < limit and toks[j + 1].art)


def _name_run(toks: list[Tok], j: int, limit: int, in_title: bool) -> tuple[int, bool]:
    """The end of the name-like words from toks[j], and whether they are a name rather than nouns
    of a construct chain ("دائرة الشؤون القنصلية") or of a title going on ("قيادة عمليات بغداد اللواء")."""
    k = j + 1
    # "سالم حداد لرويترز"، "… لمراسلنا": the outlet or the reporter the words were given to ends the name
    while k < limit and not _to_outlet(toks[k].w) and not _to_audience(toks[k].w) and (
            name_like(toks[k]) or (toks[k - 1].w in _NAME_JOINERS and toks[k].w[:1].isalpha())
            or (toks[k].w in _NAME_SECONDS and k + 1 < limit and name_like(toks[k + 1]))
            # "رأفت علي في المؤتمر": علي last in a name, not the preposition على
            or (toks[k].text == "علي" and k + 1 < limit and toks[k + 1].w in _FUNCTION
                and not toks[k + 1].w.startswith("ال"))):
        if toks[j].tag and toks[k].entity != toks[j].entity and (
                not _phrase_ends(toks, k + 1, limit) or _object_pronoun(toks[k])
                or (k + 1 < limit and toks[k + 1].w == "من")):
            # past the tagger's person only a last word before the content: "أعلن البطوش عزمه تقديم …",
            # and not a noun with a pronoun: "دعا عبد الملك الحوثي أنصاره إلى …", nor a comparative:
            # "ويذهب X أبعد من ذلك"
            break
        k += 1
    nxt = toks[k] if k < limit else None
    after = toks[k + 1] if k + 1 < limit else None
    if after is not None and after.w[:1] == "و" and lx.is_title(after.w[1:]):
        after = None  # "جمال الطراونة والرئيس الفلسطيني": the name ends, another person follows
    if (nxt is not None and nxt.art and after is not None and after.art and toks[k - 1].w not in _NAME_JOINERS
            and not toks[j].tag and not lx.is_title(nxt.w) and not lx.is_nationality(nxt.w)):
        return k, False
    # a family name with the article closes the name: "سعيد مبارك الهاجري"، "عمر الفيتوري وفداً"
    # (after a given name or a person the tagger found, or one listed: not "حالة التأهب")
    named = nxt is not None and lx.lexicons.is_family_name(nxt.w) and (
        frequency.zipf(frequency.stem_word(nxt.w)) or 0) < _FAMILY_WORD_ZIPF  # "الهاجري"، not "الحرب"
    # a person the tagger found whole, given and family name, takes only a listed family name more:
    # "انتقدت النائبة ليلى حداد القرار" (the verb's object)
    whole = sum(t.tag == "PER" for t in toks[j:k]) >= 2
    if (nxt is not None and nxt.art and nxt.w.startswith("ال") and not nxt.tag and nxt.w not in _FUNCTION
            and (named or (not whole and (
                any(t.tag == "PER" or lx.lexicons.is_given_name(t.w) for t in toks[j:k])
                # after a title, a word with the article that ends the phrase: "المتحدث باسم
                # المفوضية ثمين الخيطان في إفادة"
                or (in_title and _phrase_ends(toks, k + 1, limit)))))
            # not after a name an article word closed already ("سامر الحداد المواطنين"; "عبد الكريم الفاسي" is open)
            and (not toks[k - 1].art or toks[k - 1].w in _NAME_SECONDS or (k - 2 >= j and toks[k - 2].w in _NAME_JOINERS))
            and not lx.is_title(nxt.w) and not lx.is_nationality(nxt.w) and not lx.is_org_head(nxt.w)
            and not lx.is_role(nxt.w, "adverb")  # "جدد الوزير X التأكيد على": the cue's fixed object
            and lx.lexicons.without_article(nxt.w) not in lx.lexicons.event_nouns()  # "أدان X القصف"
            and (after is None or not after.art)):
        k += 1
    if (in_title and k + 1 < limit and lx.is_title(toks[k].w) and toks[k].art and not toks[k].tag
            and name_like(toks[k + 1])):
        return k, False
    if _accusative(toks[j]):
        # "شن الأمين العام هجوما عنيفا"، "المسؤول، طالبا عدم كشف هويته،": an indefinite noun or a
        # participle, not a name
        return k, False
    return k, True


_LONE_WORD_ZIPF = 4.5  # a lone untagged word this common, no listed name, is no one's name


def common_word(tok: Tok, floor: float = _LONE_WORD_ZIPF) -> bool:
    """An untagged word no list gives as a name, at least this common in news."""
    return tok.tag is None and not _listed_name(tok.w) and (frequency.zipf(frequency.stem_word(tok.w)) or 0) >= floor


_FAMILY_WORD_ZIPF = 4.0  # a listed family name this common is more often the word (الحرب، الخليفة)


def _accusative(tok: Tok) -> bool:
    """An untagged word no list gives as a name, ending in the alef of the indefinite accusative
    (هجوما، عنيفا: tanween written or not)."""
    w = tok.w
    return not tok.tag and len(w) > 3 and w.endswith("ا") and w[-2] not in "اوي" and not _listed_name(w)


def _org_own_name(toks: list[Tok], j: int, limit: int, head: Tok, titles: list[str]) -> int:
    """"عضو المكتب السياسي لحركة فتح جبريل الرجوب": after an organisation head inside a title, one
    name-like word is the organisation's own name when a person's name still follows it."""
    if (not head.art and lx.is_org_head(head.w) and j + 1 < limit and not toks[j].tag
            and name_like(toks[j]) and name_like(toks[j + 1])):
        titles.append(toks[j].w)
        return j + 1
    return j


_QAD = frozenset({"قد", "وقد"})
_KANA = frozenset(normalize(w) for w in ("كان", "كانت"))


def _segment_start(toks: list[Tok], k: int, floor: int) -> int:
    """Where the comma-free stretch of words that ends before toks[k] begins."""
    while k > floor and toks[k - 1].w and toks[k - 1].text not in _COMMAS:
        k -= 1
    return k


def _particle(tok: Tok) -> bool:
    return tok.w in _FUNCTION or lx.is_role(tok.w, "adverb")


_KANA_REACH = 14  # words from كان to its verb: a subject with a title and a name between commas


def after_kana_qad(toks: list[Tok], cue: int, floor: int) -> bool:
    """Is the verb at toks[cue] in "وكان X قد قال": its subject stands between كان and قد?"""
    if cue - 2 < floor or toks[cue - 1].w not in _QAD:
        return False
    return any(toks[k].w.removeprefix("و") in _KANA for k in range(max(floor, cue - _KANA_REACH), cue - 2))


def parse_before(toks: list[Tok], cue: int, floor: int) -> Subject | None:
    """A subject written before its verb ("وكان الوزير X قال"), read from the clause start; the
    subject may hold a name between commas ("وكان وزير الداخلية، X، قد شدد")."""
    start = _segment_start(toks, cue, floor)
    if all(_particle(t) for t in toks[start:cue]):
        for _ in range(2):  # back over "، X،" to the title before it
            if start > floor and toks[start - 1].text in _COMMAS:
                start = _segment_start(toks, start - 1, floor)
    while start < cue and _particle(toks[start]):
        start += 1
    if start >= cue:
        return None
    sub = parse(toks, start, cue)
    if sub is None or (sub.kind == "name" and not sub.titles and not any(t.tag == "PER" for t in toks[start:sub.end])):
        return None  # "وقتل خمسة بهجوم شنه مسلحون يعتقد": words before a verb are a name only when tagged so
    rest = [t for t in toks[sub.end:cue] if t.w and not lx.is_role(t.w, "adverb") and t.w not in _QAD]
    return sub if not rest else None


# Words between a statement noun and its issuer: "بيان صادر عن …"، "بيان مشترك لـ …".
_ISSUED_BY = frozenset(normalize(w) for w in "صادر صادرا عن ل مشترك رسمي".split())


def parse_unglued(toks: list[Tok], t: int, end: int) -> Subject | None:
    """parse() from toks[t] read without the one-letter preposition glued to it (لوزارة، لمصادر)."""
    tok = toks[t]
    sub = parse([Tok(tok.text[1:], tok.start + 1, tok.end, tok.w[1:], tok.tag, tok.entity), *toks[t + 1:end]],
                0, end - t)
    if sub is not None:
        sub.end += t
    return sub


def _document_adjective(word: str) -> bool:
    """An indefinite relative adjective describing a document (عملياتية، أمني), not the issuer
    glued to ل ("للهيئة" also ends in -ية)."""
    return (not word.startswith("ل") and lx.lexicons.relative_adjective(word, definite=False)
            and not lx.is_org_head(word))  # "بيان صادر عن هيئة": هيئة is the issuer


def issuer(toks: list[Tok], t: int, end: int) -> Subject | None:
    """The organisation that issued a statement: "بيان (صادر عن|لـ) وزارة الخارجية"، "حصيلة
    عملياتية لوزارة الدفاع"."""
    while t < end and (toks[t].w in _ISSUED_BY or _document_adjective(toks[t].w)):
        t += 1
    if t >= end or not toks[t].w:
        return None
    if toks[t].w[:1] == "ل" and lx.is_org_head(toks[t].w[1:]):  # "بيان لوزارة الخارجية"
        sub = parse_unglued(toks, t, end)
        return sub if sub is not None and sub.kind == "org" else None
    sub = parse(toks, t, end)
    return sub if sub is not None and sub.kind == "org" else None
