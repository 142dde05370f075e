"""Grouping mentions into entities, stable ids, and the corpus-wide name registry.

An entity's id comes from the known-names table ("per:sergey-lavrov") or else from a spelling-
folding key of its name, so the spellings Arabic news uses for one name give one id in every
document: غ/ج for g (سيرغي/سيرجي), ي/ى, a long ي inside a long word (ألكسي/أليكسي), with or
without ال, عبد الله/عبدالله. Different first names keep different keys.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from rapidfuzz import fuzz, process

from marsad.article import Article, Entity, Mention
from marsad.nlp import frequency, lexicons
from marsad.nlp.normalize import normalize
from marsad.nlp.recognize import Found
from marsad.nlp.translit import latin_name, romanize

_JOINED_PARTS = frozenset({"عبد", "ابو", "ابي", "بن", "ابن", "ولد", "بنت"})  # written joined or apart: عبدالله، ولد مرزوك as a surname
_FUZZY_MIN = 90  # rapidfuzz ratio for two spellings of one name in a document
_FUZZY_MIN_LEN = 6


def _fold_word(word: str) -> str:
    word = word.replace("غ", "ج").replace("ى", "ي")
    if len(word) >= 5:  # a long ي inside a long word is often optional (ألكسي/أليكسي)
        word = word[0] + word[1:-1].replace("ي", "") + word[-1]
    # the article last, so that a name starting with أل (ألكسي) folds the same with or without ي
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """The spelling-folding key two spellings of one name share (cached: linking asks for the
    same names over and over)."""
    words = normalize(name).split()
    joined: list[str] = []
    for w in words:
        if joined and joined[-1] in _JOINED_PARTS:
            joined[-1] += w
        else:
            joined.append(w)
    return " ".join(_fold_word(w) for w in joined)


def entity_id(type_: str, name: str, latin: str | None = None, known: bool = False) -> str:
    """"per:sergey-lavrov" for a known name; else the romanised key plus a short hash of it."""
    prefix = type_.lower()
    if known and latin:
        return f"{prefix}:{lexicons.slug(latin)}"
    key = name_key(name)
    digest = hashlib.sha1(f"{type_}|{key}".encode()).hexdigest()[:6]
    return f"{prefix}:{lexicons.slug(romanize(key)) or 'x'}-{digest}"


def _surname_of(key: str) -> str | None:
    """The surname key of a full name's key; None for a one-word name."""
    words = key.split()
    return _surname_key(words[-1]) if len(words) >= 2 else None


_FOREIGN_LENGTH = 6  # letters: a long ا inside a word this long is a transliterator's choice


def _without_long_alefs(key: str) -> str:
    """A name key without the ا inside its long words: transliterated names write long vowels or
    leave them out (زاخاروفا/زخاروفا), where short Arabic names differ by them (صالح/صلاح)."""
    return " ".join(w[0] + w[1:-1].replace("ا", "") + w[-1] if len(w) >= _FOREIGN_LENGTH else w
                    for w in key.split())


def _surname_key(word: str) -> str:
    """A surname as compared with a mention of it alone: without its article and long ي, which
    name_key drops only from longer words (the full name's "الخطيب" and the mention's "خطيب")."""
    word = word[2:] if word.startswith("ال") and len(word) > 3 else word
    return word.replace("ي", "")


def build_entities(body: str, found: list[Found]) -> list[Entity]:
    """Group the document's mentions by type and name, then link short and variant forms. A name
    in Latin letters in brackets right after a mention ("ديك سخوف (Dick Schoof)") is that entity's
    Latin name and one more of its mentions."""
    groups: dict[tuple[str, str], list[Found]] = defaultdict(list)
    ends = {f.end: f for f in found}
    for f in found:
        owner = _glossed(body, f, ends) or f  # a bracketed Latin mention joins the name it glosses
        groups[owner.type, f"known:{owner.entry.name}" if owner.entry else name_key(owner.key)].append(f)
    _merge_variants(groups)
    _merge_surnames(groups)
    _merge_name_prefixes(groups)
    entities = [_entity(body, type_, items) for (type_, _), items in groups.items()]
    entities.sort(key=lambda e: e.mentions[0].start)
    return entities


def _merge_into(groups: dict, source: tuple[str, str], target: tuple[str, str]) -> None:
    groups[target].extend(groups.pop(source))


def _merge_surnames(groups: dict) -> None:
    """A person named by surname alone is the one full name in the document with that surname."""
    full: dict[str, set[tuple[str, str]]] = defaultdict(set)
    loose: dict[str, set[tuple[str, str]]] = defaultdict(set)  # the surname without its long alefs
    consonants: dict[str, set[tuple[str, str]]] = defaultdict(set)  # the surname's consonants
    leading: dict[str, set[tuple[str, str]]] = defaultdict(set)  # a full name's first word
    for type_, ident in groups:
        if type_ == "PER":
            key = _group_key(groups[type_, ident])
            # every spelling of the full name: "توم بيرييلو (Tom Perriello)" has an Arabic surname too
            for spelt in {name_key(f.key) for f in groups[type_, ident]} | {key}:
                if surname := _surname_of(spelt):
                    full[surname].add((type_, ident))
                    loose[_without_long_alefs(surname)].add((type_, ident))
                    if (skeleton := _surname_skeleton(surname, alone=False)) is not None:
                        consonants[skeleton].add((type_, ident))
            if " " in key:
                leading[key.split()[0]].add((type_, ident))
    for type_, ident in list(groups):
        if type_ != "PER" or (type_, ident) not in groups:
            continue
        key = _group_key(groups[type_, ident])
        # "فلكونن" after "كاتارينا فالكونن": a transliterated surname spelt without its long alef
        owners = (full.get(_surname_key(key)) or loose.get(_without_long_alefs(_surname_key(key)))
                  or _one_owner(consonants, None if " " in key else _surname_skeleton(_surname_key(key), alone=True)))
        if not owners and not lexicons.is_given_name(key):
            # "وأضافت ماو" after "ماو نينغ": the family name first, as Chinese and Korean names have it
            # (a given name alone may be another person's: "قال أحمد (35 عاماً)")
            owners = leading.get(key, set())
        if " " not in key and len(owners) == 1:
            owner = next(iter(owners))
            if ident.startswith("known:") and not owner[1].startswith("known:"):
                # the surname is a known person's, but the page names someone else by it ("نادر
                # الحلو" … "الحلو"): the mentions are that person's, not the known one's
                groups[type_, ident] = [replace(f, entry=None) for f in groups[type_, ident]]
            _merge_into(groups, (type_, ident), owner)


# letters a transliterator writes either way for one sound of a foreign name (Guterres: غوتيريش،
# جوتيريس), folded to one before comparing a surname's consonants
_TRANSLITERATION = str.maketrans({"ش": "س", "ص": "س", "ث": "س", "ط": "ت", "ق": "ك", "ذ": "ز", "ظ": "ز",
                                  "ض": "د", "غ": "ج"})
_VOWEL_LETTERS = frozenset("اويىه")
_SKELETON_LENGTH = 5  # letters of a folded surname (its article and long ي gone) long enough to compare so
_SKELETON_CONSONANTS = 3


def _skeleton(word: str) -> str:
    """A foreign surname's consonants, as transliterations share them: its first letter, then the
    rest without vowel letters and doubled letters (بيرييلو، بيريللو -> برل)."""
    word = word.translate(_TRANSLITERATION)
    out = word[0]
    for ch in word[1:]:
        if ch not in _VOWEL_LETTERS and ch != out[-1]:
            out += ch
    return out


def _surname_skeleton(surname: str, alone: bool) -> str | None:
    """The consonant skeleton a surname is compared by, when it is long enough to tell names apart:
    a mention `alone` must be longer than the full name's surname, which may fold shorter
    ("بيرييلو" -> برلو)."""
    if len(surname) < _SKELETON_LENGTH - (0 if alone else 1):
        return None
    skeleton = _skeleton(surname)
    return skeleton if len(skeleton) >= _SKELETON_CONSONANTS else None


def _one_owner(consonants: dict[str, set[tuple[str, str]]], skeleton: str | None) -> set[tuple[str, str]]:
    """The one full name whose long surname is spelt another way ("جوتيريس" after "أنطونيو
    غوتيريش"); none when the mention is short or two full names share the consonants."""
    owners = consonants.get(skeleton, set()) if skeleton is not None else set()
    return owners if len(owners) == 1 else set()


def _merge_name_prefixes(groups: dict) -> None:
    """A person named by the first words of one longer name in the document is that person: "فهد
    اليوسف" after "فهد يوسف سعود الصباح" (a given name and the father's, as Gulf news shortens it)."""
    people = [g for g in groups if g[0] == "PER"]
    keys = {g: tuple(_surname_key(w) for w in _group_key(groups[g]).split()) for g in people}
    opening: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)  # first words -> longer names
    for g, words in keys.items():
        for n in range(2, len(words)):
            opening[words[:n]].append(g)
    for short in people:  # a name is indexed by the names it opens, so no page of many names is quadratic
        longer = opening.get(keys[short], [])
        if len(longer) == 1 and short in groups and longer[0] in groups and not short[1].startswith("known:"):
            _merge_into(groups, short, longer[0])


def _merge_variants(groups: dict) -> None:
    """Two spellings of one long name (أنطونوف/انتونوف) in a document: the rarer joins the other."""
    by_type: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for g in sorted(groups, key=lambda g: -len(groups[g])):
        by_type[g[0]].append(g)
    keys = {g: _group_key(items) for g, items in groups.items()}  # kept up to date as groups merge
    for members in by_type.values():
        member_keys = [keys[g] for g in members]
        for small in reversed(members):
            if small not in groups:
                continue
            skey = keys[small]
            if len(skey) < _FUZZY_MIN_LEN or small[1].startswith("known:"):
                continue
            # every similar enough key at once (in C), then the biggest group among them first
            hits = process.extract(skey, member_keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_MIN, limit=None)
            for _, _, k in sorted(hits, key=lambda hit: hit[2]):
                big = members[k]
                if big != small and big in groups and member_keys[k].count(" ") == skey.count(" "):
                    _merge_into(groups, small, big)
                    keys[big] = member_keys[k] = _group_key(groups[big])
                    break


def _group_key(items: list[Found]) -> str:
    return max((name_key(f.key) for f in items), key=lambda k: (k.count(" "), len(k)))


_LATIN = re.compile(r"[A-Za-z][A-Za-z .'’-]*")


def _glossed(body: str, f: Found, ends: dict[int, Found]) -> Found | None:
    """The mention a Latin-letter mention glosses in brackets right before it, if it is one."""
    if not _LATIN.fullmatch(body[f.start:f.end]) or body[f.end:f.end + 1] not in (")", "]"):
        return None
    opening = body.rfind("(", max(0, f.start - 3), f.start)
    opening = opening if opening >= 0 else body.rfind("[", max(0, f.start - 3), f.start)
    if opening < 0:
        return None
    end = len(body[:opening].rstrip())
    before = ends.get(end)
    # the tagger's type for the Latin words does not matter: they are the name before them
    return before if before is not None and not _LATIN.fullmatch(body[before.start:end]) else None


def _bracketed_latin(body: str, texts_at: list[tuple[int, int]]) -> str | None:
    """A Latin form given in brackets right after one of the mentions: "ديك سخوف (Dick Schoof)"."""
    for _, end in texts_at:
        m = re.match(r"\s*[(\[]\s*([A-Za-z][A-Za-z .'’-]{1,60}?)\s*[)\]]", body[end:end + 70])
        if m:
            return " ".join(m.group(1).split())
    return None


def _entity(body: str, type_: str, items: list[Found]) -> Entity:
    mentions = sorted({(f.start, f.end) for f in items})
    texts = [body[a:b] for a, b in mentions]
    entry = next((f.entry for f in items if f.entry), None)
    if entry:
        name, latin = entry.name, entry.latin
        if normalize(name) == name:
            # a generated gazetteer writes names without hamza ("الابيض"): the page's own spelling of
            # the same name, if it gives one ("الأبيض")
            spelled = [w for w in map(_without_clitics, texts) if w != name and normalize(w) == name]
            name = Counter(spelled).most_common(1)[0][0] if spelled else name
    else:
        arabic = [t for t in texts if not _LATIN.fullmatch(t)] or texts
        counts = Counter(arabic)
        name = max(counts, key=lambda t: (len(t.split()), counts[t], -arabic.index(t)))
        name = _without_clitics(name)
        latin = _bracketed_latin(body, mentions) or latin_name(name, places=type_ != "PER")
    aliases = sorted({t for t in texts if t != name and not _clitics_on(t, name)})
    return Entity(id=entity_id(type_, name, latin, known=bool(entry)), type=type_, name=name, latin=latin,
                  aliases=aliases, mentions=[Mention(a, b, body[a:b]) for a, b in mentions])


def _clitics_on(text: str, name: str) -> bool:
    """Is `text` the name with proclitics on its first word ("للأمم المتحدة", "وروسيا")? Such a
    mention is no other spelling of it."""
    first, _, rest = normalize(text).partition(" ")
    target = normalize(name)
    return any(f"{stem} {rest}".strip() == target for p, stem in lexicons.stems(first) if p)


_SHORTEST_STEM = 3  # letters of a stem no clitic is taken off for: the article and one or two more


def _without_clitics(name: str) -> str:
    """"بالعراق" -> "العراق", "للنقابة العامة" -> "النقابة العامة" (ل + ال written لل) for a canonical
    name (mentions keep their exact text)."""
    first, _, rest = name.partition(" ")
    norm = normalize(first)
    for p, stem in lexicons.stems(norm):
        if len(stem) <= _SHORTEST_STEM or (p.endswith("ك") and frequency.zipf(norm[len(p) - 1:]) is not None):
            continue  # "والي"، "وكالة"، "وكالات" are words, not و/ك on "الي"، "الة"، "الات"
        if p and not p.endswith("ال") and stem.startswith("ال") and normalize(first[len(p):]) == stem:
            first = first[len(p):]
            break
        if p.endswith("ل") and stem.startswith("ال") and normalize(first[len(p):]) == stem[1:]:
            first = "ا" + first[len(p):]  # the ل of the article follows the preposition's
            break
    return f"{first} {rest}".strip()


class EntityRegistry:
    """Corpus-wide ids: a later document's surname-only or variant mention joins the full name
    seen before. Feed it finished articles in order with `link()`; seed it from a store with
    `from_records()`."""

    def __init__(self) -> None:
        self._names: dict[str, tuple[str, str]] = {}  # id -> (type, canonical name)
        self._by_key: dict[tuple[str, str], str] = {}  # (type, name key) -> id
        self._by_surname: dict[str, set[str]] = defaultdict(set)  # PER surname key -> ids
        self._by_skeleton: dict[str, set[str]] = defaultdict(set)  # PER key without long alefs -> ids
        self._by_consonants: dict[str, set[str]] = defaultdict(set)  # PER surname's consonants -> ids

    @classmethod
    def from_records(cls, records: Iterable[dict]) -> "EntityRegistry":
        registry = cls()
        for rec in records:
            registry.add_record(rec)
        return registry

    def add_record(self, record: dict) -> None:
        """Learn the entities of one stored record (a contract dict), keeping its ids."""
        for ent in record.get("entities") or []:
            self._remember(ent["id"], ent["type"], ent["name"])

    def _remember(self, id_: str, type_: str, name: str) -> None:
        key = name_key(name)
        self._names.setdefault(id_, (type_, name))
        self._by_key.setdefault((type_, key), id_)
        if type_ == "PER" and _surname_of(key):
            self._by_surname[_surname_of(key)].add(id_)
            self._by_skeleton[_without_long_alefs(key)].add(id_)
            if (consonants := _surname_skeleton(_surname_of(key), alone=False)) is not None:
                self._by_consonants[consonants].add(id_)

    def resolve(self, entity: Entity) -> str:
        """The corpus id for an entity of one document."""
        key = name_key(entity.name)
        if entity.type == "PER" and " " not in key:
            owners = self._by_surname.get(_surname_key(key), set())
            if not owners and (consonants := _surname_skeleton(_surname_key(key), alone=True)) is not None:
                owners = self._by_consonants.get(consonants, set())  # "جوتيريس" after "أنطونيو غوتيريش"
            if len(owners) == 1:  # the one full name seen with this surname
                return next(iter(owners))
        known = self._by_key.get((entity.type, key))
        if known is None and entity.type == "PER" and " " in key:
            owners = self._by_skeleton.get(_without_long_alefs(key), set())
            if len(owners) == 1:  # "ماريا زخاروفا" after "ماريا زاخاروفا": one spelling of a foreign name
                return next(iter(owners))
        return known or entity.id

    def link(self, article: Article) -> Article:
        """Rewrite the article's entity ids (and quotes' speaker_entity) to corpus-stable ones."""
        renamed: dict[str, str] = {}
        respelled: dict[str, str] = {}  # a name as this document wrote it -> the corpus's spelling
        merged: dict[str, Entity] = {}
        for ent in article.entities:
            new_id = self.resolve(ent)
            if new_id != ent.id:
                renamed[ent.id] = new_id
                type_, name = self._names[new_id]
                if name != ent.name:
                    respelled[ent.name] = name
                    ent.aliases = sorted({*ent.aliases, ent.name} - {name})
                    ent.name = name
                ent.id = new_id
            if new_id in merged:  # two of this document's entities are one corpus entity
                first = merged[new_id]
                first.mentions = sorted([*first.mentions, *ent.mentions], key=lambda m: m.start)
                first.aliases = sorted({*first.aliases, *ent.aliases, ent.name} - {first.name})
                continue
            merged[new_id] = ent
        article.entities = list(merged.values())
        for quote in article.quotes:
            if quote.speaker_entity in renamed:
                quote.speaker_entity = renamed[quote.speaker_entity]
                quote.speaker = respelled.get(quote.speaker, quote.speaker)
        for claim in article.claims:  # "who claims it" reads the same name in every document
            claim.speaker = respelled.get(claim.speaker, claim.speaker)
        for ent in article.entities:
            self._remember(ent.id, ent.type, ent.name)
        return article
