"""The entity lexicons under marsad/data/, loaded once, keyed by normalised form.

Every key here is `marsad.nlp.normalize` output, so a lookup must normalise the same way; clitic
prefixes are handled by `stems()`, which lists the forms a token may stand for.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from marsad.datafiles import data_rows
from marsad.nlp.frequency import zipf
from marsad.nlp.normalize import normalize

# Proclitics that attach to a name in news text, longest first (folded forms).
# "لل" stands for ل + ال with the alef dropped (للامم = ل + الامم).
_PROCLITICS = ("وبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "وب", "ول", "وك", "فب", "فل",
               "لل", "ال", "و", "ف", "ب", "ل", "ك")
_MIN_STEM = 2


@dataclass(frozen=True)
class Known:
    """A lexicon entry: the canonical Arabic name, its Latin name and type."""
    type: str
    name: str
    latin: str
    kind: str = "known"  # known | country | capital | city | region | listed


@lru_cache(maxsize=200_000)
def stems(word: str) -> tuple[tuple[str, str], ...]:
    """(prefix, rest) readings of a normalised word: itself, then with proclitics stripped.

    "وبموسكو" -> [("", "وبموسكو"), ("وب", "موسكو"), ("و", "بموسكو")]; "للامم" also gives ("ل", "الامم")."""
    out = [("", word)]
    for p in _PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= _MIN_STEM:
            rest = word[len(p):]
            if p.endswith("لل"):  # ل + ال: restore the article
                out.append((p[:-1], "ال" + rest))
            else:
                out.append((p, rest))
    return tuple(out)


def clean_prefix(word: str, prefix: str, rest: str) -> str:
    """The proclitics to cut off `word` to leave the reading `rest` of stems(): `prefix`, or "" when
    ل + ال is written لل (للامم) and no clean cut inside the word exists."""
    return prefix if word[len(prefix):] == rest else ""


# Relative pronouns, normalised: a verb follows them, never a name ("التي عدن للتمثيل": who returned)
RELATIVE_PRONOUNS = frozenset(normalize(w) for w in "الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي".split())


def without_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


LISTS = (("organisations.tsv", "ORG"), ("people.tsv", "PER"), ("local_places.tsv", "LOC"))


@lru_cache(maxsize=1)
def names() -> dict[str, Known]:
    """Normalised name -> entry, for known entities (first) and generated places."""
    out: dict[str, Known] = {}
    for r in data_rows("known_entities.tsv"):
        aliases = tuple(a for a in (r["aliases"] or "").split("|") if a)
        entry = Known(r["type"], r["arabic"], r["latin"])
        canonical = normalize(r["arabic"])
        forms = {canonical, *map(normalize, aliases)}
        for form in forms:
            # an alias "حركة حماس", "قطاع غزة": the name proper is the part after the descriptor,
            # as news annotation (ANERcorp) marks it; the descriptor is left to the tagger
            head, _, rest = form.partition(" ")
            if form != canonical and rest in forms and without_article(head) in _descriptors():
                continue
            out.setdefault(form, entry)
    spellings: dict[str, list[dict]] = {}
    for r in data_rows("places.tsv"):
        spellings.setdefault(normalize(r["arabic"]), []).append(r)
    for form, rows in spellings.items():
        # the generated list gives one place in several spellings (آنقره، أنقرة، انقره): the name
        # shown is the one written with its hamza and ta marbuta
        r = max(rows, key=lambda r: ("ة" in r["arabic"]) + bool(set("أإ") & set(r["arabic"][:1])))
        out.setdefault(form, Known("LOC", r["arabic"], r["latin"], kind=r["kind"]))
    # the long hand-written lists: tagger features only, the CRF weighs them against the context
    for name, type_ in LISTS:
        for r in data_rows(name):
            entry = Known(type_, r["arabic"], r["latin"], kind="listed")
            for form in map(normalize, (r["arabic"], *(a for a in (r.get("aliases") or "").split("|") if a))):
                if " " not in form and (nationality(form) or is_title(form)):
                    continue  # السوداني is a surname, and far more often the adjective
                if type_ == "PER" and all(map(is_given_name, form.split())):
                    continue  # محمد إبراهيم names many people: no one public figure
                out.setdefault(form, entry)
    _add_ta_marbuta_spellings(out)
    return out


# a word this common written with ة is that word, not an old spelling of a place (سلة, not سلا)
_MAX_WORD_ZIPF = 2.0


def _add_ta_marbuta_spellings(out: dict[str, Known]) -> None:
    """Older and Levantine print spells foreign place names ending in -a with ة (بولندة، أوروبة،
    أوغندة); names in -يا are left out, since their ة form is the adjective (روسية: Russian)."""
    for form, entry in list(out.items()):
        if entry.type != "LOC" or " " in form or not form.endswith("ا") or form.endswith("يا"):
            continue
        variant = form[:-1] + "ه"
        if variant not in out and (zipf(variant) or 0) < _MAX_WORD_ZIPF:
            out[variant] = entry


def place(norm: str) -> Known | None:
    """The place a normalised name is, for rules (datelines, speakers' countries): the long
    hand-written lists hold spellings that are also words, so their entries stay tagger features."""
    entry = names().get(norm)
    return entry if entry is not None and entry.type == "LOC" and entry.kind != "listed" else None


def person_names() -> list[tuple[str, str]]:
    """(Arabic, Latin) full names of the people in known_entities.tsv and people.tsv."""
    rows = [r for r in data_rows("known_entities.tsv") if r["type"] == "PER"] + data_rows("people.tsv")
    return [(r["arabic"], r["latin"]) for r in rows if r["latin"]]


@lru_cache(maxsize=1)
def _name_word_types() -> dict[str, tuple[str, str]]:
    places: dict[str, set[str]] = {}  # word -> "B"/"I" + type of every name it opens or continues
    for form, entry in names().items():
        for k, word in enumerate(form.split()):
            places.setdefault(word, set()).add(("B" if k == 0 else "I") + entry.type)
    return {word: ("".join(sorted({p[1:] for p in at})), "".join(sorted(at))) for word, at in places.items()}


def name_word_types(word: str) -> tuple[str, str]:
    """The entity types whose lexicon names hold this normalised word ("LOC", "ORGPER"), and the
    same with where in the name it stands ("BORG", "BLOCIORG"); ("", "") when none: a word of a
    listed name (ستيوا opens one, يونايتد continues one) marks a name even when the name is unknown."""
    return _name_word_types().get(word, ("", ""))


@lru_cache(maxsize=1)
def _descriptors() -> frozenset[str]:
    return org_heads() | {"قطاع", "مدينه", "منطقه", "مجموعه"}


@lru_cache(maxsize=1)
def first_words() -> dict[str, tuple[int, ...]]:
    """First word of every lexicon name -> the name lengths (in words) it starts, longest first."""
    out: dict[str, set[int]] = {}
    for key in names():
        words = key.split()
        out.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(lengths, reverse=True)) for w, lengths in out.items()}


@lru_cache(maxsize=1)
def nationalities() -> dict[str, tuple[str, str]]:
    """Normalised adjective form (الروسي، الروسية، روسيين ...) -> (country Latin, country Arabic)."""
    out: dict[str, tuple[str, str]] = {}
    for r in data_rows("nationalities.tsv"):
        base = normalize(r["nisba"])
        for ending in ("", "ه", "ين", "ون", "ان"):
            for article in ("", "ال"):
                out.setdefault(article + base + ending, (r["country"], r["arabic"]))
    return out


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Single words (normalised) that open a title introducing a person: الرئيس، وزير، اللواء ..."""
    return frozenset(normalize(r["title"]).split()[0] for r in data_rows("titles.tsv"))


@lru_cache(maxsize=1)
def courtesy_titles() -> frozenset[str]:
    """Titles anyone may carry (السيد، الدكتور، المهندس: public 0 in titles.tsv), without the article."""
    return frozenset(without_article(normalize(r["title"]).split()[0])
                     for r in data_rows("titles.tsv") if r["public"] == "0")


@lru_cache(maxsize=1)
def org_heads() -> frozenset[str]:
    """Normalised head words that open an organisation name, without the article: وزاره، حزب ..."""
    return frozenset(normalize(r["head"]) for r in data_rows("org_heads.tsv"))


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Normalised common given names (محمد، سيرغي ...), with عبد joined as in name keys."""
    return frozenset(normalize(r["name"]).replace(" ", "") for r in data_rows("given_names.tsv"))


def is_given_name(word: str) -> bool:
    return any(rest in given_names() for p, rest in stems(word) if not p.endswith("ال"))


_NAME_PARTICLES = frozenset({"ال", "بن", "ابن", "ابو", "ابي", "بو", "ولد", "عبد", "دي", "فان", "فون", "دا", "دو", "لا", "لو"})


@lru_cache(maxsize=1)
def family_names() -> frozenset[str]:
    """Normalised surnames (البدري، نتنياهو، آل ثاني -> الثاني ...): a multi-word one also by its last word."""
    out: set[str] = set()
    for r in data_rows("family_names.tsv"):
        words = normalize(r["name"]).split()
        out.add("".join(words))
        if len(words) > 1 and words[-2] not in ("ابو", "ابي", "بو") and len(words[-1]) > 2:
            out.add(words[-1])
    return frozenset(w for w in out - _NAME_PARTICLES if not nationality(w))


def is_family_name(word: str) -> bool:
    return any(rest in family_names() for _, rest in stems(word))


def is_descriptor(word: str) -> bool:
    """An organisation head or place descriptor word before a name (تنظيم، حركة، قطاع ...)."""
    return any(without_article(rest) in _descriptors() for p, rest in stems(word) if not p.endswith("ال"))


def relative_adjective(word: str, definite: bool | None = None) -> bool:
    """A normalised word in the form of a relative adjective, -ي or -ية (عسكري، السياسية); with
    `definite`, only with (True) or only without (False) the article."""
    if not word.endswith(("ي", "يه")):
        return False
    return definite is None or word.startswith("ال") == definite


def is_title(word: str) -> bool:
    return any(rest in titles() for _, rest in stems(word))


def is_org_head(word: str) -> bool:
    return any(without_article(rest) in org_heads() or rest in org_heads() for _, rest in stems(word))


def nationality(word: str) -> tuple[str, str] | None:
    for _, rest in stems(word):
        hit = nationalities().get(rest)
        if hit:
            return hit
    return None


_SLUG = re.compile(r"[^a-z0-9]+")


def slug(latin: str) -> str:
    """"Stéphane Séjourné" -> "stephane-sejourne": accents dropped, not the letters that carry them."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", latin) if not unicodedata.combining(ch))
    return _SLUG.sub("-", plain.lower()).strip("-")


@lru_cache(maxsize=1)
def org_modifiers() -> frozenset[str]:
    """Non-relative adjectives that continue an organisation name (العام، العليا، المتحدة ...)."""
    return frozenset(normalize(r["word"]) for r in data_rows("org_modifiers.tsv"))


@lru_cache(maxsize=1)
def domains() -> frozenset[str]:
    """Government domains that make "مديرية" a directorate (مديرية الأمن، مديرية التربية), bare."""
    return frozenset(normalize(r["phrase"]) for r in data_rows("event_places.tsv") if r["kind"] == "domain")


@lru_cache(maxsize=1)
def media_suffixes() -> frozenset[str]:
    """Last words of a site's or channel's name (نت، نيوز، أونلاين), from the page furniture list."""
    return frozenset(normalize(r["phrase"]) for r in data_rows("page_furniture.tsv")
                     if r["kind"] == "media" and r["match"] == "suffix" and " " not in r["phrase"])


@lru_cache(maxsize=1)
def landmarks() -> frozenset[str]:
    """One-word buildings and sites that take a name after them (مطار، جامعة، ملعب), bare."""
    return frozenset(normalize(r["phrase"]) for r in data_rows("event_places.tsv")
                     if r["kind"] == "landmark" and " " not in r["phrase"])


def is_landmark(word: str) -> bool:
    return any(without_article(rest) in landmarks() for _, rest in stems(word))


def is_domain(word: str) -> bool:
    """A government domain, with or without its article and a clitic: الأمن، والتربية، أمن."""
    return any(without_article(rest) in domains() for _, rest in stems(word))


@lru_cache(maxsize=1)
def clause_words() -> frozenset[str]:
    """Definite-looking relative pronouns and time words that end a name chain (التي، اليوم ...)."""
    return frozenset(normalize(r["word"]) for r in data_rows("clause_words.tsv"))


@lru_cache(maxsize=1)
def _topic_cues() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r in data_rows("topic_cues.tsv"):
        out.setdefault(normalize(r["word"]), set()).add(r["topic"])
    return {w: frozenset(t) for w, t in out.items()}


def topics(word: str) -> frozenset[str]:
    """The topics a normalised word is a cue for (sport: مباراة، والمدرب), with or without a
    leading و/ب/ل."""
    cues = _topic_cues()
    hit = cues.get(word)
    if hit is None and len(word) > 3 and word[0] in "وبل":
        hit = cues.get(word[1:])
    return hit or frozenset()


@lru_cache(maxsize=1)
def places_by_latin() -> dict[str, Known]:
    """Latin name -> place entry (to pick one reading of a homograph: عمان is Oman or Amman)."""
    return {r["latin"]: Known("LOC", r["arabic"], r["latin"], kind=r["kind"]) for r in data_rows("places.tsv")}


@lru_cache(maxsize=1)
def event_nouns() -> frozenset[str]:
    """One-word words of violence (event_triggers.tsv), normalised without the article: with it
    (القصف، الهجوم، التفجير) they are nouns, never a person's surname."""
    return frozenset(without_article(normalize(r["phrase"])) for r in data_rows("event_triggers.tsv")
                     if " " not in r["phrase"].strip())


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Normalised names of countries (places.tsv, and the countries nationality adjectives point to)."""
    named = {r["arabic"] for r in data_rows("places.tsv") if r["kind"] == "country"}
    return frozenset(normalize(n) for n in named | {r["arabic"] for r in data_rows("nationalities.tsv")})


@lru_cache(maxsize=1)
def home_countries() -> dict[str, str]:
    """Normalised one-word name of a town, province or national news agency -> ISO code of its
    country (الرصيفة، بترا -> JO): what tells a page's country when its capital's name is ambiguous."""
    out: dict[str, str] = {}
    for r in data_rows("places.tsv"):
        if r["kind"] != "country":
            out.setdefault(normalize(r["arabic"]), r["code"])
    for r in data_rows("local_places.tsv"):
        for form in (r["arabic"], *(r["aliases"] or "").split("|")):
            out.setdefault(normalize(form), r["country"])
    for r in data_rows("agencies.tsv"):
        if r.get("country"):
            for form in (r["arabic"], *(r["aliases"] or "").split("|")):
                out.setdefault(normalize(form), r["country"])
    return {k: v for k, v in out.items() if k and " " not in k and v}


@lru_cache(maxsize=4)
def agencies(kinds: tuple[str, ...] = ("agency",)) -> dict[str, Known]:
    """One-word news agency names (agencies.tsv, kind agency; or of the kinds given) -> ORG entry."""
    out: dict[str, Known] = {}
    for r in data_rows("agencies.tsv"):
        if r["kind"] in kinds:
            entry = _listed_agency(r) or Known("ORG", r["arabic"], r["latin"])
            for form in {r["arabic"], *(r["aliases"] or "").split("|")}:
                form = normalize(form)
                if form and " " not in form and not form.isascii():
                    out.setdefault(form, entry)
    return out


def _listed_agency(row: dict) -> Known | None:
    """The organisation entry the name lists give an agency under one of its names (كونا is
    "وكالة الأنباء الكويتية"): its credit and its full name are then one entity with one id. A
    hand-written known entry first, then the long list's; never a place (قنا the town, الرياض)."""
    hits = [names().get(normalize(form)) for form in (row["arabic"], *(row["aliases"] or "").split("|")) if form]
    hits = [e for e in hits if e is not None and e.type == "ORG"]
    return next((e for e in hits if e.kind != "listed"), hits[0] if hits else None)


def agency(word: str, bracketed: bool) -> Known | None:
    """The agency or outlet a one-word name stands for (كونا، هسبريس). Outside brackets only names of
    four letters or more that no other lexicon reads otherwise (فارس is a given name) and that are no
    feminine adjective (وطنية); "(واع)" after a full agency name is safe at any length. A word with
    the article only in brackets, and no nationality adjective or place there either: الفرنسية،
    العمانية are adjectives first, "(الرياض)" the city, "(الأناضول)" is the agency."""
    entry = agencies(("agency", "outlet")).get(word)
    if entry is not None and word.startswith("ال"):
        return entry if bracketed and not nationality(word) and place(word) is None else None
    if entry is None or bracketed:
        return entry
    other = names().get(word)
    if len(word) < 4 or word in given_names() or nationality(word) or (other and other.type != "ORG"):
        return None
    if word.endswith("يه"):
        return None  # "وطنية" (NNA's credit) is the adjective "national" in running text
    return entry
