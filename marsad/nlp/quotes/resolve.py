"""From statements found in the body to `Quote` records: names, titles, entities, headlines.

A subject with a name gives the speaker, completed to the fullest form the article uses
("لافروف" -> "سيرغي لافروف") or to the entity the entities stage linked. A bare title ("الوزير
الروسي"، "الدبلوماسي الروسي") is resolved to a person the article names with a compatible title:
same head (or a generic one), no clashing nationality; ties go to the latest speaker. A statement
with no subject continues the statement before it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from marsad.article import Article, Entity, Quote
from marsad.nlp import lexicons
from marsad.nlp.normalize import normalize, tokenize
from marsad.nlp.quotes import lexicon as lx
from marsad.nlp.quotes.paragraph import Found, Paragraph
from marsad.nlp.quotes.speakers import AFFILIATED, FOR_IT, Subject, countries, name_like, parse

SPEAKER_KINDS = ("PER", "ORG")
MAX_HEADLINE_PREFIX_WORDS = 4
SAME_NAME_RATIO = 85
_RANKS = frozenset(normalize(w) for w in "عام خاص أول سابق تنفيذي دائم دولة".split())


@dataclass
class Holder:
    """A person the article names with a title: "وزير الخارجية الروسي سيرغي لافروف"."""
    name: str
    entity: str | None
    titles: list[str]
    at: int


def speakers(article: Article, paragraphs: list[Paragraph], found: list[Found]) -> list[Quote]:
    """Quote records for the statements found, in body order, with the headline's statement first."""
    holders = _holders(paragraphs)
    full = _full_names([h.name for h in holders if h.name] + [e.name for e in article.entities if e.type == "PER"])
    quotes: list[Quote] = []
    last: tuple[str | None, str | None] = (None, None)
    last_gender: str | None = None
    by_gender: dict[str, tuple[str | None, str | None]] = {}  # the latest speaker of each gender
    for f in found:
        gender = f.gender
        if f.honorific and (styled := _styled_person(article, f.honorific, f.start)) is not None:
            # "وأكد سموه" paragraphs after "صاحب السمو الشيخ X": X, whoever spoke or was named between
            speaker, entity = styled
        elif f.follows:
            # "وأكدت الوزيرة … وأشار إلى": a masculine verb goes on with the latest man's words
            other = gender is not None and last_gender is not None and gender != last_gender
            speaker, entity = by_gender[gender] if other and gender in by_gender else last
        elif f.subject is None:
            speaker, entity = None, None
        elif f.subject.again:
            speaker, entity = last  # "وأضاف المصدر ذاته": the source of the statement before
        else:
            speaker, entity = _speaker(article, f.subject, f.start, holders, quotes, full)
        via = f.via
        same = bool(quotes) and (quotes[-1].speaker, quotes[-1].speaker_entity) == (speaker, entity)
        if (f.follows or (f.subject is not None and f.subject.again)) and via is None and same:
            via = quotes[-1].via  # "نقلت رويترز عن الوزير قوله … وأضاف أن …": still the agency's report
        last, last_gender = (speaker, entity), gender
        if gender is not None and speaker is not None:
            by_gender[gender] = last
        quotes.append(Quote(text=article.body[f.start:f.end], start=f.start, end=f.end, kind=f.kind,
                            speaker=speaker, speaker_entity=entity, cue=f.cue, via=via))
    headline = _headline(article, quotes, full)
    return ([headline] if headline else []) + quotes


_STYLE_REACH = 4  # tokens before a person's name that may hold the style he is addressed by
_PRONOUN_ENDINGS = ("هما", "ها", "ه")


def _styled_person(article: Article, honorific: str, at: int) -> tuple[str, str] | None:
    """The last person named before `at` with the style an honorific stands for ("سموه" -> the man
    introduced as "صاحب السمو الشيخ X"، "معاليه" -> "معالي X"), as (name, id)."""
    root = next((honorific[:-len(e)] for e in _PRONOUN_ENDINGS if honorific.endswith(e)), honorific)
    root = root[:-1] + "ه" if root.endswith("ت") else root  # فخامت(ه) -> فخامه, the folded فخامة
    best = None
    for ent in article.entities:
        if ent.type != "PER":
            continue
        for m in ent.mentions:
            if m.end > at or (best is not None and m.start <= best[0]):
                continue
            before = [normalize(t.text) for t in tokenize(article.body[max(0, m.start - 80):m.start])][-_STYLE_REACH:]
            if any(w.removeprefix("ال") == root or w == root for w in before):
                best = (m.start, ent)
    return (best[1].name, best[1].id) if best else None


def _holders(paragraphs: list[Paragraph]) -> list[Holder]:
    """Every title + name pair in the body, wherever it is written."""
    out: list[Holder] = []
    for para in paragraphs:
        toks = para.toks
        for t, tok in enumerate(toks):
            if not tok.w or not (lx.is_title(tok.w) or name_like(tok)):
                continue
            prev = toks[t - 1] if t > 0 else None
            if prev is not None and prev.w and (lx.is_title(prev.w) or (name_like(prev) and name_like(tok))
                                                or prev.w == "باسم"):
                continue  # inside a phrase that starts earlier ("المتحدث باسم الأمين العام X" is no secretary-general)
            if not lx.is_title(tok.w) and tok.tag != "PER" and not (prev is not None and lx.cue_of(prev.w)):
                continue  # a name before its title ("بوتين الرئيس الروسي") only where the tagger or a cue vouches for it
            sub = parse(toks, t, len(toks))
            if sub is not None and sub.kind == "name" and sub.titles:
                out.append(Holder(para.body[sub.name_start:sub.name_end], sub.entity, sub.titles, sub.name_start))
            elif sub is not None and sub.kind == "title" and lx.is_role(sub.titles[0], "counterpart") and countries(sub.titles):
                # "مع نظيره الفرنسي": a person of that country the page does not name, whom "الوزير
                # الفرنسي" may mean; a holder of no known country is not him
                out.append(Holder("", None, sub.titles, tok.start))
    return out


def _full_names(names: list[str]) -> dict[str, str]:
    """Normalised last word of a name -> the longest form of that name in the article (titled
    holders first, then the people the entities stage found); the surname alone for one that two
    people with different first names carry."""
    out: dict[str, str] = {}
    shared: set[str] = set()  # a surname two different people carry ("سامر الحداد" and "نادر الحداد")
    for name in names:
        words = normalize(name).split()
        key = words[-1]
        have = normalize(out.get(key, "")).split()
        if len(words) > 1 and len(have) > 1 and words[0] != have[0] and words[0] not in have and have[0] not in words:
            shared.add(key)
        if len(words) > len(have):
            out[key] = name
    # a shared surname stays a known surname, completed to no one
    return {k: (v.split()[-1] if k in shared else v) for k, v in out.items()}


def _entity_named(article: Article, name: str) -> Entity | None:
    """The person or body the article's entities give this name, whole or as the end of a longer
    one; none when a surname alone ends two people's names ("الحداد" of سامر and نادر الحداد)."""
    n = normalize(name)
    ending = []
    for e in article.entities:
        if e.type not in SPEAKER_KINDS:
            continue
        forms = [normalize(f) for f in (e.name, *e.aliases) if f]
        if any(f == n or n.endswith(" " + f) for f in forms):
            return e
        if any(f.endswith(" " + n) for f in forms):
            ending.append(e)
    return ending[0] if len(ending) == 1 or (ending and " " in n) else None


def _speaker(article: Article, sub: Subject, at: int, holders: list[Holder], quotes: list[Quote],
             full: dict[str, str]) -> tuple[str | None, str | None]:
    if sub.kind in ("name", "org") and sub.name_start is not None:
        name = article.body[sub.name_start:sub.name_end]
        if sub.kind == "org" and article.body[sub.name_start - 1:sub.name_start + 1] == "لل":
            name = _without_lam("ل" + name)  # "بيان للمديرية العامة": ل + ال written لل, the name is المديرية
        if sub.kind == "org" and not sub.entity and _bare_org_head(name):
            return _earlier_org(article, name, quotes, sub.name_start)
        if sub.kind == "org" and not sub.entity and _unnamed_body(name):
            return None, None  # "وقالت مجموعة من الناشطين"، "مجموعة صغيرة": a body of no name
        first = normalize(name).split()[0]
        if sub.kind == "org" and not sub.entity and first in full and not lx.is_org_head(first) and " " in name:
            # "ودعا المجالي المجتمع الدولي إلى": the surname of a person named before, then the object
            return _named(article, full[first])
        if _only_titles(name):
            return None, None  # "معاون"، "الوزير": a role is no speaker
        ent = article.entity(sub.entity) if sub.entity else _entity_named(article, name)
        if sub.kind == "org" and ent is not None and _affiliated_to(name, ent.name):
            return name, None  # "برنامج الأغذية العالمي التابع للأمم المتحدة": not the UN itself
        if sub.kind == "org" and ent is None and not sub.titles and not _body_word(name) and normalize(name) not in full:
            # "ويقول المثل الشعبي"، "وتشير الأرقام": a definite noun that is no body (nor the
            # surname of someone named before, "وكان الفيتوري قال")
            return None, None
        if ent is not None and (ent.type in SPEAKER_KINDS or (ent.type == "LOC" and sub.kind == "org")):
            # the tagger may hold part of the name ("عبيد الله" of "عبيد الله المعايطة"), or a place
            # of the title with it ("البصرة كريم داود"): keep the name as the phrase reads it
            # (also behind ل, which hides its article: "المفوضية السامية للأمم المتحدة لحقوق الإنسان")
            key, inner = normalize(name), normalize(ent.name)
            behind_lam = inner.startswith("ال") and "ل" + inner[1:] in key
            longer = key != inner and (inner in key or behind_lam)
            if longer and ent.type == "LOC":
                return name, None  # "شبكة أطباء السودان": a body named after a place is not the place
            if longer or _title_swallowed(ent.name, name, sub.titles):
                return name, ent.id
            # the tagger found the surname only ("بوزغاية" of "فاكر بوزغاية"): the fullest form the article gives
            return (_completed(ent.name, full) if ent.type == "PER" else ent.name), ent.id
        if sub.kind == "name" or (sub.kind == "org" and normalize(name) in full):
            name = _completed(name, full)
        return name, None
    for_it = sub.speaks_for is not None and normalize(article.body[slice(*sub.speaks_for)]) in FOR_IT
    if sub.kind == "title" and not for_it:  # "المتحدث باسمه" holds no office of the man named before
        surname = _surname_as_title(sub, full)
        if surname is not None:
            return _named(article, surname)
        holder = _holder_of(sub.titles, at, holders, quotes, of_body=sub.speaks_for is not None)
        if holder is not None and holder.name:
            return _named(article, holder.name, holder.entity)
    if sub.speaks_for is not None:
        return _spoken_for(article, *sub.speaks_for, quotes)
    return None, None


_CLITIC_LETTERS = 2  # "لل" of "للجامعة": letters a mention may start after the phrase that holds it


def _spoken_for(article: Article, start: int, end: int, quotes: list[Quote]) -> tuple[str | None, str | None]:
    """"وقال المتحدث باسم وزارة الخارجية الروسية إن"، "قال متحدث باسم الجيش": a spokesperson the
    article does not name speaks for the body, which is the speaker (with the entity the entities
    stage found in it; a body named only by its kind is the one named before, if any)."""
    name = article.body[start:end]
    if normalize(name) in FOR_IT:
        return _body_before(article, quotes, start, feminine=normalize(name).endswith("ها"))
    ent = next((e for e in article.entities if e.type == "ORG"
                and any(start <= m.start and m.end <= end for m in e.mentions)), None)
    first, *rest = normalize(name).split()
    # the body's own name, maybe behind ل ("لجامعة الدول العربية"، "للأمم المتحدة", or a mention of
    # a known body the page writes its own way: "للجامعة العربية")
    if ent is not None and (normalize(ent.name) in {" ".join([bare, *rest]) for _, bare in lexicons.stems(first)}
                            or any(m.end == end and start <= m.start <= start + _CLITIC_LETTERS for m in ent.mentions)):
        return ent.name, ent.id
    if not _body_word(name):
        return None, None  # "باسم الشعب": no body
    name = _without_lam(name)  # "المتحدث الأمني لوزارة الداخلية": the body, not its ل
    if _bare_org_head(name):
        return _earlier_org(article, name, quotes, start)
    return name, ent.id if ent is not None and len(normalize(ent.name).split()) >= len(normalize(name).split()) - 1 else None


def _without_lam(name: str) -> str:
    """A body's name without the ل of the phrase it stands in: "لوزارة الداخلية" -> "وزارة الداخلية";
    ل + ال written لل: "للقوات المسلحة" -> "القوات المسلحة", "للجنة" -> "اللجنة". A name whose own
    first letter is ل ("لجنة") stays as it is."""
    first = normalize(name.split()[0])
    if first.startswith("لل") and lx.is_org_head("ال" + first[2:]):
        return "ال" + name[2:]
    if first.startswith("لل") and lx.is_org_head(first[1:]):
        return "ال" + name[1:]
    if first.startswith("ل") and lx.is_org_head(first[1:]):
        return name[1:]
    return name


def _body_before(article: Article, quotes: list[Quote], at: int, feminine: bool) -> tuple[str | None, str | None]:
    """The body "باسمه"/"باسمها" points back to: the last one quoted, else the last one named before
    `at`, whose head word agrees with the pronoun ("وزارة …" for ها، "الجيش" for ه)."""
    def agrees(name: str) -> bool:
        return normalize(name).split()[0].endswith("ه") == feminine  # a folded ة

    orgs = {e.id: e for e in article.entities if e.type == "ORG"}
    for q in reversed(quotes):  # a body quoted by its bare name has no entity: "وقالت الشرطة"
        if q.speaker and (q.speaker_entity in orgs or (q.speaker_entity is None and _body_word(q.speaker))):
            if agrees(q.speaker):
                return q.speaker, q.speaker_entity
    named = [(m.start, e) for e in orgs.values() for m in e.mentions if m.end <= at and agrees(e.name)]
    if named:
        ent = max(named, key=lambda x: x[0])[1]
        return ent.name, ent.id
    return None, None


def _named(article: Article, name: str, entity: str | None = None) -> tuple[str, str | None]:
    """A person the article names as a speaker: its entity's name and id (the given id, else the
    entity with that name), else the name as written."""
    ent = article.entity(entity) if entity else _entity_named(article, name)
    return (ent.name, ent.id) if ent is not None and ent.type in SPEAKER_KINDS else (name, None)


def _surname_as_title(sub: Subject, full: dict[str, str]) -> str | None:
    """"وأضاف القاضي" after "باسل القاضي": a surname that is also a title word (القاضي، الأمير،
    الشيخ) is the person the article named with it."""
    if len(sub.titles) != 1:
        return None
    return full.get("ال" + sub.titles[0]) or full.get(sub.titles[0])


def _only_titles(name: str) -> bool:
    return all(lx.is_title(w) for w in normalize(name).split())


def _title_swallowed(entity_name: str, name: str, titles: list[str]) -> bool:
    """Is the entity's name the speaker's name with words of the title before it ("البصرة كريم داود")?"""
    whole, part = normalize(entity_name).split(), normalize(name).split()
    extra = whole[:len(whole) - len(part)]
    bare = [w[2:] if w.startswith("ال") else w for w in extra]
    # a given name that is also a town's (سالم) is the person's first name
    return bool(extra) and whole[len(extra):] == part and all(
        b in titles or (lx.is_place(w) and not lexicons.is_given_name(w)) for w, b in zip(extra, bare))


def _completed(name: str, full: dict[str, str]) -> str:
    """A surname alone completed to the fullest form the article gives it, spelling variants
    included ("زيلنسكي" -> "فولوديمير زيلينسكي")."""
    words = normalize(name).split()
    if len(words) != 1:
        return name
    longer = full.get(words[0]) or next(
        (v for k, v in full.items() if len(k) > 3 and fuzz.ratio(k, words[0]) >= SAME_NAME_RATIO), None)
    return longer if longer and len(normalize(longer).split()) > 1 else name


def _body_word(name: str) -> bool:
    """Does an organisation phrase name a body: open with a word for one (وزارة، الحكومة، الخارجية:
    a ministry by its portfolio), or give a country's (الرئاسة المصرية، السلطات العراقية), not just
    any definite noun (المثل الشعبي، الأرقام الرسمية)?"""
    first, *rest = normalize(name).split()
    return (lx.is_org_head(first) or any(lx.is_role(lexicons.without_article(r), "portfolio") for _, r in lexicons.stems(first))
            or bool(countries([lexicons.without_article(w) for w in rest])))


def _affiliated_to(name: str, entity_name: str) -> bool:
    """Does the body's name go on to the body it belongs to, the entity found in it ("… التابع للأمم
    المتحدة")?"""
    words = normalize(name).split()
    cut = next((k for k, w in enumerate(words) if w in AFFILIATED), None)
    return cut is not None and cut > 0 and normalize(entity_name).split()[-1] in words[cut:]


def _unnamed_body(name: str) -> bool:
    """"مجموعة"، "مجموعة صغيرة": an indefinite body word, maybe with indefinite adjectives, names no body."""
    head, *rest = normalize(name).split()
    return (not head.startswith("ال") and lx.is_org_head(head)
            and all(lexicons.relative_adjective(w, definite=False) or w in _DESCRIBING for w in rest))


_DESCRIBING = frozenset(normalize(w) for w in "صغيرة كبيرة جديدة أخرى صغير كبير جديد آخر".split())


def _bare_org_head(name: str) -> bool:
    """"الوزارة"، "الحركة": an organisation named only by its kind."""
    words = normalize(name).split()
    return len(words) == 1 and words[0].startswith("ال") and lx.is_org_head(words[0][2:])


def _earlier_org(article: Article, name: str, quotes: list[Quote], at: int) -> tuple[str | None, str | None]:
    """The organisation of that kind the article already quoted or named ("وزارة الصحة"), else a
    state institution's bare name ("الشرطة")."""
    head = normalize(name)[2:]
    for q in reversed(quotes):  # "وزارة الصحة" or "الجيش اللبناني" for "الوزارة"، "الجيش"
        if q.speaker and _head_of(q.speaker) == head:
            return q.speaker, q.speaker_entity
    for e in article.entities:
        if e.type == "ORG" and _head_of(e.name) == head:
            return e.name, e.id
    # else a state institution as the page names it ("وقالت الشرطة إن"، "وقال الجيش"): which one
    # the page's place tells; "الوزارة"، "الهيئة" with none named before are no one
    named = _named_before(article.body, head, at)
    return named or (name if lx.is_role(head, "institution") else None), None


_BODY_NAME_REACH = 3000  # characters back: a page's few paragraphs before, and no quadratic cost on a long one


def _named_before(body: str, head: str, at: int) -> str | None:
    """The last body of that kind written out before `at` that no list holds: "مجلس الوزراء" for
    "وأكد المجلس" (the head word, then its definite complement and adjectives)."""
    lo = max(0, at - _BODY_NAME_REACH)
    toks = [t for t in tokenize(body[lo:at], lo) if t.text[:1].isalpha()]
    for k in range(len(toks) - 2, -1, -1):
        word = normalize(toks[k].text)
        if (word == head or (word[:1] in "وبل" and word[1:] == head)) and (end := _construct_end(toks, k + 1)):
            while end < len(toks) and toks[end].start - toks[end - 1].end == 1 and _body_adjective(toks[end].text):
                end += 1
            start = toks[k].start + (word != head)  # past a glued و، ب or ل
            return body[start:toks[end - 1].end]
        # "وفقاً للمرصد السوري لحقوق الإنسان": the definite head behind a clitic, its adjective, and
        # what the body is for
        clitic = next((c for c in ("وال", "بال", "لل", "ال") if word == c + head), None)
        if clitic is not None and _body_adjective(toks[k + 1].text):
            end = k + 2
            while end < len(toks) and _body_adjective(toks[end].text):
                end += 1
            if (end + 1 < len(toks) and normalize(toks[end].text)[:1] == "ل"
                    and lx.is_role(normalize(toks[end].text)[1:], "org_purpose")
                    and normalize(toks[end + 1].text).startswith("ال")):
                end += 2
            first = toks[k].text[len(clitic) - 2:] if clitic != "لل" else "ال" + toks[k].text[2:]
            return " ".join([first, body[toks[k + 1].start:toks[end - 1].end]])
    return None


_CONSTRUCT_WORDS = 2  # indefinite nouns of a body's name before the word that ends it: "شرطة محافظة الوادي"


def _construct_end(toks: list, j: int) -> int | None:
    """After a body's indefinite head, the end of its genitive: a definite word ("مجلس الوزراء"), a
    known place ("شرطة دبي"), maybe after an indefinite noun or two ("شرطة محافظة الوادي"); None
    when no such word ends it."""
    for k in range(j, min(len(toks), j + _CONSTRUCT_WORDS + 1)):
        if k > j and toks[k].start - toks[k - 1].end != 1:
            return None  # a comma or a mark between: no one name
        word = normalize(toks[k].text)
        listed = lexicons.names().get(word)  # after a body's head even a listed town is its place
        if word.startswith("ال") or lx.is_place(word) or (listed is not None and listed.type == "LOC"):
            return k + 1
        if lx.cue_of(word) or lx.is_title(word):
            return None
    return None


def _body_adjective(word: str) -> bool:
    """A definite relative adjective going on with a body's name: السعودي، الأعلى، الوطنية."""
    w = normalize(word)
    return lexicons.relative_adjective(w, definite=True)


def _head_of(org: str) -> str:
    first = (normalize(org).split() or [""])[0]
    return first[2:] if first.startswith("ال") else first


def _office(titles: list[str]) -> str | None:
    """The first title word that names an office, past courtesy titles and styles of address:
    "الدكتور X، وزير الصحة"، "سعادة الشيخ X وزير الخارجية" -> وزير."""
    return next((w for w in titles if not _courtesy(w)), None)


def _courtesy(word: str) -> bool:
    """A courtesy title or a style of address (السيد، الدكتور، سعادة، معالي), which names no office."""
    return lexicons.without_article(word) in lexicons.courtesy_titles() or lx.is_role(word, "style")


def _canonical_titles(titles: list[str]) -> list[str]:
    """Role synonyms spelled out: "رئيس السلك الدبلوماسي الروسي" -> وزير خارجيه روسي."""
    text = " ".join(titles)
    for phrase, means in lx.roles().get("synonym", {}).items():
        bare = " ".join(w[2:] if w.startswith("ال") else w for w in phrase.split())
        for form in (phrase, bare):
            if text.startswith(form):
                rest = text[len(form):].split()
                return [w[2:] if w.startswith("ال") else w for w in means.split()] + rest
    return titles


def _holder_of(titles: list[str], at: int, holders: list[Holder], quotes: list[Quote],
               of_body: bool = False) -> Holder | None:
    """The named person a bare title stands for, or None when no one (or no one alone) fits. A
    generic title of a body (`of_body`: "الناطق باسم الحكومة") is held only by someone named with
    that body, not by any titled person ("المحلل السياسي X")."""
    # "سمو أمير المنطقة": a style of address names no office
    titles = _canonical_titles([w for w in titles if not lx.is_role(w, "style")])
    if not titles:
        return None
    head, rest = titles[0], titles[1:]
    generic = {w[2:] if w.startswith("ال") else w for w in lx.roles().get("generic", {})}
    wanted = countries(titles)
    recent = {normalize(q.speaker or ""): n for n, q in enumerate(quotes)}

    # the portfolio says which office of its kind: "وزير الداخلية" is not "وزير الخارجية"
    portfolio = _portfolios(rest)

    def fits(h: Holder, tier: int) -> int | None:
        """Tier 0: same role and nationality; 1: the only one of that nationality; 2: same role."""
        have = countries(h.titles)
        if wanted and have and not wanted & have:
            return None
        theirs = _portfolios(h.titles)
        if portfolio and theirs and not portfolio & theirs:
            return None
        # a title that names its body in full, and a holder of another body: "مدير مركز الأمم المتحدة
        # لإزالة الألغام" is not "مدير الكرة بالنادي" (one word may be a synonym: "رئيس الدولة" is
        # "رئيس الجمهورية"; a country is weighed apart)
        body, their_body = _body_words(rest), _body_words(_canonical_titles(h.titles)[1:])
        if len(body) >= _NAMED_BODY_WORDS and their_body and not body & their_body:
            return None
        # the holder's own office, not one named in his title: "المتحدث باسم الأمين العام" is no
        # secretary-general
        head_ok = head == _office(_canonical_titles(h.titles)) or head in generic
        if of_body and head in generic and rest and not set(rest) & set(h.titles):
            return None
        if (tier == 0 and not (head_ok and (not wanted or wanted & have))) or (tier == 1 and not (wanted and wanted & have)) \
                or (tier == 2 and not head_ok):
            return None
        # a bare title is the home office rather than one named with a foreign country: "وزير
        # الخارجية" beside "وزير الخارجية الموريتاني" is the host's
        return sum(1 for w in rest if w in h.titles) + (_HOME_OFFICE if not wanted and not have else 0)

    for tier in (0, 1, 2):
        scored = [(s, h) for h in holders if (s := fits(h, tier)) is not None]
        if not scored:
            continue
        best = max(s for s, _ in scored)
        # one person spelled two ways ("أبدلقادروف"/"أبدالقادروف") is one candidate
        groups: list[list[Holder]] = []
        for s, h in scored:
            if s != best:
                continue
            group = next((g for g in groups if fuzz.ratio(normalize(g[0].name), normalize(h.name)) >= SAME_NAME_RATIO), None)
            if group is None:
                groups.append([h])
            else:
                group.append(h)
        if len(groups) == 1:
            return groups[0][0]
        # several fit equally: the latest of them to have spoken, else the most mentioned, else the nearest before
        spoken = [g for g in groups if any(normalize(h.name) in recent for h in g)]
        if spoken:
            return max(spoken, key=lambda g: max(recent.get(normalize(h.name), -1) for h in g))[0]
        counts = sorted((len(g) for g in groups), reverse=True)
        if counts[0] > counts[1]:
            return max(groups, key=len)[0]
        if tier == 1:
            return None
        earlier = [h for g in groups for h in g if h.at <= at]
        return max(earlier, key=lambda h: h.at) if earlier else None
    return None


_HOME_OFFICE = 0.5  # less than a matching title word: breaks ties only
_NAMED_BODY_WORDS = 2  # words after a title's head that name its body in full


def _body_words(rest: list[str]) -> set[str]:
    """The words after a title's head that say whose office it is, past countries and courtesy."""
    return {w for w in rest if not countries([w]) and not _courtesy(w)}


def _portfolios(titles: list[str]) -> set[str]:
    """The ministry-like words of a title (خارجية، داخلية، دفاع), not its rank (أول، سابق، عام)."""
    return {w for w in titles if w in _portfolio_words()}


@lru_cache(maxsize=1)
def _portfolio_words() -> frozenset[str]:
    return frozenset(w[2:] if w.startswith("ال") else w for w in lx.roles().get("portfolio", {})) - _RANKS


def _headline(article: Article, quotes: list[Quote], full: dict[str, str]) -> Quote | None:
    """"لافروف: …" in the headline is his statement, unless a body quote of his already carries it."""
    title = article.title or ""
    prefix, colon, rest = title.partition(":")
    words = normalize(prefix).split()
    if not colon or not rest.strip() or not words or len(words) > MAX_HEADLINE_PREFIX_WORDS:
        return None
    ent = _entity_named(article, prefix)
    person = ent if ent is not None and ent.type == "PER" else None
    key = words[-1]
    if person is None and key not in full:
        return None  # a topic ("عاجل: …"، "سوريا: …") or no one the article names
    if any(q.speaker and fuzz.ratio(normalize(q.speaker).split()[-1], key) >= SAME_NAME_RATIO for q in quotes):
        return None  # the body quotes this speaker: the headline summarises them
    return Quote(text=rest.strip(), start=None, end=None, kind="direct",
                 speaker=person.name if person else full[key], speaker_entity=person.id if person else None)
