"""The quote lexicons under marsad/data/ (cues.tsv, relays.tsv, speaker_roles.tsv), loaded once.

Every key is `marsad.nlp.normalize` output; titles, organisation heads, places and nationalities
come from the entity lexicons (`marsad.nlp.lexicons`) so both stages read a name the same way.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.datafiles import data_rows
from marsad.nlp import lexicons
from marsad.nlp.normalize import normalize

# Conjunctions that attach to a cue: وقال، فأكد.
_CONJUNCTIONS = ("و", "ف")
WORD_CACHE = 1 << 16  # word-level answers are pure: cache them across articles


@dataclass(frozen=True)
class Cue:
    role: str  # verb | continuation | passive | noun
    particles: frozenset[str]  # normalised: ان، الي، علي، عن، من، ب
    indirect: bool  # False: only quoted or colon-introduced words


@lru_cache(maxsize=1)
def cues() -> dict[str, Cue]:
    out: dict[str, Cue] = {}
    for r in data_rows("cues.tsv"):
        cue = Cue(r["role"], frozenset(normalize(p) for p in r["particles"].split("|") if p),
                  r["introduces"] == "speech")
        for form in r["forms"].split(","):
            out.setdefault(normalize(form), cue)
    return out


@lru_cache(maxsize=WORD_CACHE)
def cue_of(word: str) -> Cue | None:
    """The cue a normalised word is, itself or after a conjunction (وأضاف، فقال)."""
    table = cues()
    if word in table:
        return table[word]
    if word[:1] in _CONJUNCTIONS and word[1:] in table and len(word) > 3:
        return table[word[1:]]
    return None


def cue_gender(word: str) -> str | None:
    """"f" or "m" when a cue's form says whose words it reports (قالت/قال، تقول/يقول، مشيرة/مشيراً),
    None when it does not (plurals, nouns, "لفت" whose ت is its own)."""
    table = cues()
    if word[:1] in _CONJUNCTIONS and word not in table and word[1:] in table:
        word = word[1:]
    if word not in table:
        return None
    if table[word].role == "continuation":
        return "f" if word.endswith("ه") and word[:-1] + "ا" in table else (
            "m" if word.endswith("ا") and word[:-1] + "ه" in table else None)
    if word.endswith("ت") and word[:-1] in table or word[:1] == "ت" and "ي" + word[1:] in table:
        return "f"
    if word + "ت" in table or word[:1] == "ي" and "ت" + word[1:] in table:
        return "m"
    return None


@lru_cache(maxsize=1)
def relays() -> dict[str, frozenset[str]]:
    """kind -> normalised phrases, for relay_verb, relay_to, outlet, outlet_ambiguous, outlet_filler, attribution,
    stated_in, stated_by."""
    out: dict[str, set[str]] = {}
    for r in data_rows("relays.tsv"):
        out.setdefault(r["kind"], set()).add(normalize(r["phrase"]))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def roles() -> dict[str, dict[str, str]]:
    """kind -> {normalised phrase: normalised meaning} for the speaker_roles.tsv kinds."""
    out: dict[str, dict[str, str]] = {}
    for r in data_rows("speaker_roles.tsv"):
        out.setdefault(r["kind"], {})[normalize(r["phrase"])] = normalize(r["means"] or "")
    return out


@lru_cache(maxsize=WORD_CACHE)
def is_role(word: str, kind: str) -> bool:
    return word in roles().get(kind, {}) or (word[:1] == "و" and word[1:] in roles().get(kind, {}))


@lru_cache(maxsize=1)
def agencies() -> dict[str, str]:
    """Normalised name or alias of a news agency -> its short canonical Arabic name."""
    out: dict[str, str] = {}
    for r in data_rows("agencies.tsv"):
        for form in (r["arabic"], *(r["aliases"] or "").split("|")):
            if form:
                out.setdefault(normalize(form), r["arabic"])
    return out


def agency_given(word: str, following: str = "") -> str | None:
    """The news agency a word names behind its ل, the words given to it ("لرويترز"; "للجزيرة", ل and
    the article merged; with the word after it, "للجزيرة نت"): its short canonical name, or None."""
    if word[:1] != "ل":
        return None
    bare = [word[1:]] + (["ا" + word[1:]] if word.startswith("لل") else [])
    for form in [f"{x} {following}" for x in bare if following] + bare:
        if form in agencies():
            return agencies()[form]
    return None


@lru_cache(maxsize=WORD_CACHE)
def is_title(word: str) -> bool:
    """A word that opens or continues a person's title: وزير، السفير، منسق، نظيره، الدبلوماسي."""
    if lexicons.is_title(word):
        return True
    # the word as written first: "وكيل" and "والي" begin with و but are titles themselves
    forms = (word, word[1:]) if word[:1] == "و" else (word,)
    return any(f in roles().get(k, {}) for f in forms for k in ("title", "style", "generic", "counterpart"))


@lru_cache(maxsize=WORD_CACHE)
def is_org_head(word: str) -> bool:
    """An organisation head word: the tagger's (org_heads.tsv), or one that only opens a speaker's
    name here (speaker_roles.tsv "body": نادي، غرفة، كتلة), which as a tagger feature cost ANERcorp
    mentions it leaves untagged."""
    return lexicons.is_org_head(word) or any(
        lexicons.without_article(rest) in roles().get("body", {}) for _, rest in lexicons.stems(word))


def is_document(word: str) -> bool:
    """A statement or document noun, with or without its article or the accusative alef: بيان،
    البيان، بياناً، تقرير، بلاغ."""
    for clitic in ("", "ب", "وب"):  # "ببرقية"، "وببيان": the document the words were sent in
        if clitic and not (word.startswith(clitic) and len(word) - len(clitic) > 3):
            continue
        rest = word[len(clitic):]
        bare = rest.removeprefix("ال") if len(rest) > 4 else rest
        if is_role(bare, "context") or (bare.endswith("ا") and is_role(bare[:-1], "context")):
            return True
    return False


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    return frozenset(normalize(r["phrase"]) for r in data_rows("event_places.tsv")
                     if r["kind"] in ("place", "direction"))


def is_place_noun(word: str) -> bool:
    """A noun of an administrative or urban unit, or a direction, whose place follows it (منطقة،
    ولاية، بلدية، شمال: "والي شمال دارفور")."""
    return word in _place_nouns()


def is_clause_word(word: str) -> bool:
    """A time word, relative pronoun or ordinal that ends a name chain (اليوم، الأحد، الذي)."""
    return word in lexicons.clause_words()


@lru_cache(maxsize=WORD_CACHE)
def is_nationality(word: str) -> bool:
    return lexicons.nationality(word) is not None


@lru_cache(maxsize=WORD_CACHE)
def is_place(word: str, countries_only: bool = False) -> bool:
    """A one-word place name (روسيا، واشنطن), with or without a clitic (بموسكو).

    Cities share their names with people (فلاديمير), so `countries_only` keeps countries and regions."""
    for _, rest in lexicons.stems(word):
        entry = lexicons.place(rest)
        if entry is not None and (not countries_only or entry.kind in ("country", "region")):
            return True
    return False


def known_name(phrase: str):
    """The lexicon entry of a known organisation, person or place, or None."""
    return lexicons.names().get(normalize(phrase))
