"""Entity mentions in a text: the CRF tagger, then the lexicons, then document-level rules.

- tagger: what the CRF finds in each sentence (its features also see the whole document);
- lexicons: a known name or a country/region in the gazetteer wins over an overlapping tagger
  span (its type and extent come from the lexicon), also inside an entry of the hand-written
  lists, which are tagger features only; one-word news agency names are ORG;
- rules: a name found once in the document is found everywhere in it (same type; a one-word
  name only when the tagger found it in a good share of its uses; a surname alone is left to the
  tagger's document features: spreading surnames tagged ordinary words such as لصالح، الجمعة
  and did not raise ANERcorp F1); a place after a title is the title's complement (محافظ
  مأرب); indefinite accusative adjectives (أوروبياً) are no names;
- orgs: an organisation head word and its modifiers (وزارة الداخلية اليمنية).
Mentions carry exact offsets into the text; proclitics (و، ب، ال ...) are cut off the mention
when it is clear where the name starts.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from marsad.datafiles import data_rows, data_table
from marsad.nlp import lexicons, tagger
from marsad.nlp.lexicons import Known
from marsad.nlp.dates import timestamp_spans
from marsad.nlp.frequency import stem_word, zipf
from marsad.nlp.ner_features import LexiconSpan, lexicon_spans
from marsad.nlp.normalize import Token, normalize, normalize_with_offsets
from marsad.nlp.quotes.lexicon import agencies, cue_of, is_role, is_title as is_speaker_title
from marsad.nlp.quotes.speakers import ANNOUNCERS, is_speech_context

LAYERS = ("tagger", "lexicons", "rules", "orgs")
# head-word organisation chains are names in news (مديرية الأمن العام) though rarely in
# ANERcorp's annotation, where they cost about 0.006 F1 over ten folds (9 of 128 chains added are
# its entities); without them speakers lose their bodies' names and ids, and events their agents
DEFAULT_LAYERS = LAYERS
_STRONG_KINDS = frozenset({"known", "country", "region"})  # geonames city spellings stay features only
_normalize = lru_cache(maxsize=200_000)(normalize)
_MIN_PROPAGATED = 3  # letters; shorter names are too often ordinary words
# A one-word name is spread through the document only when the tagger found it in this share of
# its occurrences; place and organisation names only from this length (letters) on
_SPREAD_SHARE_PER = 1 / 4
_SPREAD_SHARE_OTHER = 1 / 2
_MIN_SPREAD_OTHER = 4


@dataclass(frozen=True)
class Found:
    start: int  # character offsets into the text
    end: int
    type: str
    key: str  # normalised name without proclitics: what linking compares
    entry: Known | None = None


class _Spans(dict):
    """start token -> (end token, type, entry, prefix), knowing the longest span it ever held: what
    overlaps a range then starts at most that far before it (no scan of every span per question)."""

    longest = 0

    def __setitem__(self, start: int, value: tuple[int, str, Known | None, str]) -> None:
        self.longest = max(self.longest, value[0] - start)
        super().__setitem__(start, value)


@dataclass
class _Sentence:
    tokens: list[Token]
    norms: list[str]
    spans: _Spans  # start token -> (end token, type, entry, prefix)
    lexicon: list[LexiconSpan]  # the known names in it (tagger features and rule-grade entries)

    def __post_init__(self) -> None:
        if not isinstance(self.spans, _Spans):
            spans, self.spans = self.spans, _Spans()
            for start, value in spans.items():
                self.spans[start] = value


def recognize(text: str, layers: tuple[str, ...] = DEFAULT_LAYERS) -> list[Found]:
    sents = []
    tokens = tagger.sentences(text)
    norms = [[_normalize(t.text) for t in sentence] for sentence in tokens]
    lexicons_ = [lexicon_spans(n) for n in norms]
    for sentence, sentence_norms, lexicon, tagged in zip(tokens, norms, lexicons_,
                                                         tagger.tag(tokens, norms, lexicons_)):
        spans = {}
        for span in tagged:
            start, end = _letters_only(sentence_norms, span.start, span.end)
            if start < end:
                spans[start] = (end, span.type, None, "")
        sents.append(_Sentence(sentence, sentence_norms, spans, lexicon))
        if "lexicons" in layers:
            _apply_lexicon(sents[-1], lexicon)
            _apply_agencies(sents[-1])
    if "rules" in layers:
        for s in sents:
            _split_coordinations(s)
            _split_located(s)
            _drop_nationality_tails(s)
            _drop_place_adjectives(s)
            _drop_honorifics_and_latin_words(s)
            _named_after_place_noun(s)
            _compound_toponyms(s)
            _preposition_people(s)
            _adjacent_people(s)
            _settlements_read_as_bodies(s)
        _propagate(sents)
        _common_sense(sents)
        for s in sents:
            _split_title_places(s)
            _misc_places(s)
            _places_by_context(s)
            _place_surnames(s)
            _given_name_places(s)
            _drop_spokesman_bism(s)
            _drop_indefinite_adjectives(s)
            _drop_leading(s, _title_word)
            _drop_leading(s, _reporting_verb)
            _drop_credits(s)
            _drop_body_heads(s)
            _drop_trailing(s)
            _named_after_title(s)
            _named_after_kin(s)
            _named_after_titled_body(s)
            _named_between_commas(s)
            _family_after_given(s)
            _venues(s)
            _son_of(s)
            _fathers_names(s)
            _house_of(s)
            _kunya_nisba(s)
            _initial_after_name(s)
            _preposition_ala(s)
            _verb_given_names(s)
            _verb_opening_clause(s)
            _after_relative_pronoun(s)
            _after_demonstrative(s)
            _in_idioms(s)
            _inside_dates(s, text)
            _weekday_names(s)
            _teams(s)
            _two_students(s)
            _speaker_after_cue(s)
            _split_org_tails(s)
            _agreeing_adjective(s)
            _reporter_after_place(s)
            _peninsula(s)
            _papers(s)
            _quoted_papers(s)
            _given_to(s)
            _sects(s)
            _sites_net(s)
            _whole_listed_places(s)
            _quoted_organisations(s)
            _quoted_outlets(s)
            _quoted_sites(s)
            _headed_quoted_names(s)
        _retype(sents, set().union(*(_acronyms_after_organisations(s) for s in sents)), "ORG", was=("PER", "MISC"))
    if "orgs" in layers:
        for s in sents:
            _org_chains(s)
    found = []
    jordan = cache(lambda: _about_jordan(sents))  # read only for a page that names عمان
    for s in sents:
        for start, (end, type_, entry, prefix) in sorted(s.spans.items()):
            found.append(_found(text, s, start, end, type_, entry, prefix, jordan))
    return found


@lru_cache(maxsize=200_000)
def _bare_stems(norm: str) -> tuple[str, ...]:
    """A word itself and behind its proclitics other than the article ("وبمدينة" -> مدينه): the
    nouns that head a name after them ("المدينة" heads none; ل + ال is read as "ال" + the noun)."""
    return tuple(rest for p, rest in lexicons.stems(norm) if "ال" not in p)


def _letters_only(norms: list[str], start: int, end: int) -> tuple[int, int]:
    """Tokens [start, end) without the letterless ones at either edge: a tatweel used as a dash
    ("الخرطوم ـ عبدالواحد") normalises to nothing and is no part of a name."""
    while start < end and not norms[start]:
        start += 1
    while end > start and not norms[end - 1]:
        end -= 1
    return start, end


def _overlapping(s: _Sentence, start: int, end: int) -> list[int]:
    spans = s.spans
    return [a for a in range(max(0, start - spans.longest), end) if a in spans and start < spans[a][0]]


def _taken(s: _Sentence) -> set[int]:
    """The tokens some span already covers."""
    return {k for a, (e, *_) in s.spans.items() for k in range(a, e)}


def _rule_spans(norms: list[str], lexicon: list[LexiconSpan]) -> list[LexiconSpan]:
    """The lexicon spans rules may apply: rule-grade entries, and inside an entry of the
    hand-written lists (a tagger feature only) the known names it holds: شمال الضفة الغربية
    holds الضفة الغربية."""
    out = []
    for span in lexicon:
        if (span.entry.kind in _STRONG_KINDS or _listed_person(norms, span) or _place_after_preposition(norms, span)
                or _long_listed_body(norms, span)):
            out.append(span)
        elif span.end - span.start > 1:
            words = norms[span.start:span.end]
            out += [LexiconSpan(span.start + inner.start, span.start + inner.end, inner.entry, inner.prefix)
                    for inner in lexicon_spans(words, _STRONG_KINDS)
                    if not _part_of_a_place(words, inner.start, inner.end, span.entry.type)]
    return out


_IN_PLACE = frozenset(normalize(w) for w in "في من إلى الى وفي ومن".split())
_RARE_PLACE_ZIPF = 3.5


def _place_after_preposition(norms: list[str], span: LexiconSpan) -> bool:
    """A rare word the hand-written lists or the city gazetteer give as a place, behind ب or after
    في/من/إلى, is that place ("بالرشيدية"، "من مانشستر"): the preposition says it is somewhere."""
    if span.entry.type != "LOC" or span.entry.kind not in ("listed", "city") or span.end - span.start != 1:
        return False
    before = span.prefix in ("ب", "وب") or (span.start > 0 and not span.prefix and norms[span.start - 1] in _IN_PLACE)
    word = norms[span.start][len(span.prefix):]
    return before and (zipf(stem_word(word)) or 0) < _RARE_PLACE_ZIPF


_LONG_BODY_WORDS = 4


def _long_listed_body(norms: list[str], span: LexiconSpan) -> bool:
    """A body of the hand-written list named in full by four words or more ("المرصد السوري لحقوق
    الإنسان"): a phrase that long is that body, however the tagger read it. Not one that holds a
    known name ("سوق أبوظبي للأوراق المالية"، "اللجنة التنفيذية لمنظمة التحرير") or where it works
    ("… في فلسطين"): news annotation marks those names alone."""
    if span.entry.type != "ORG" or span.entry.kind != "listed" or span.end - span.start < _LONG_BODY_WORDS:
        return False
    words = norms[span.start:span.end]
    return "في" not in words and not any(_opens_with_a_name(words[k:k + 3]) for k in range(1, len(words)))


def _opens_with_a_name(words: list[str]) -> bool:
    """Do these words open with a known name, as the lexicon reads them?"""
    inner = lexicon_spans(words)
    return bool(inner) and inner[0].start == 0


def _listed_person(norms: list[str], span: LexiconSpan) -> bool:
    """A public figure of the hand-written list named by given and family name ("يحيى سريع"): the
    name is his even where the tagger, misled by a family name that is also a word, missed it."""
    before = norms[span.start - 1] if span.start else ""
    # (a definite noun is in construct with no name: "باسم الجماعة يحيى سريع" is the group's spokesman)
    definite = any(rest.startswith("ال") for _, rest in lexicons.stems(before))
    return (span.entry.type == "PER" and span.entry.kind == "listed" and span.end - span.start > 1
            and lexicons.is_given_name(norms[span.start][len(span.prefix):])
            # "مطار حيدر علييف"، "جامعة الملك سعود": a place or body named after him
            and (definite or not (lexicons.is_landmark(before) or lexicons.is_org_head(before))))


# Words that open a compound place name in the Levant and beyond: بنت جبيل، بيت لحم، رأس بعلبك،
# خان يونس، دير البلح (news names the town, not the place it holds); not قطاع غزة، مخيم جنين
_TOPONYM_HEADS = frozenset(normalize(w) for w in "بنت بيت رأس عين تل دير كفر خان برج جسر مرج بئر باب".split())


def _preposition_people(s: _Sentence) -> None:
    """A person span that opens with على or أمام written as prepositions ("على حسابه": his account)
    loses that word, and with it all when nothing but a common word is left; not before a listed
    name, where Egyptian spelling writes the name علي so ("على حسين سالم")."""
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if (type_ != "PER" or entry is not None or s.tokens[start].text.removeprefix("و") not in _HAMZA_TELLS_WORD
                or (start + 1 < end and (lexicons.is_given_name(s.norms[start + 1])
                                         or lexicons.is_family_name(s.norms[start + 1])))):
            continue
        del s.spans[start]
        if end - start >= 3:
            s.spans[start + 1] = (end, type_, None, "")


def _adjacent_people(s: _Sentence) -> None:
    """Two person spans side by side are one name the tagger cut ("خوسي لويس" + "ثاباتيرو"); a second
    person is joined by و. (Taking a hyphenated last part along, "كيم جونغ - ايل", cost 0.0005 on the
    folds: the hyphen more often parts a name from what follows.)"""
    for start in sorted(s.spans):
        if start not in s.spans:
            continue
        end, type_, entry, prefix = s.spans[start]
        if type_ != "PER":
            continue
        # (not a known person's exact name, and not the same name said twice)
        while ((nxt := s.spans.get(end)) is not None and nxt[1] == "PER" and not s.norms[end].startswith("و")
               and entry is None and nxt[2] is None and s.norms[end] != s.norms[start]
               and not lexicons.is_title(s.norms[end])):  # "X أمين السر": his office after him
            del s.spans[end]
            end = nxt[0]
        s.spans[start] = (end, type_, entry, prefix)


def _compound_toponyms(s: _Sentence) -> None:
    """A toponym's head word tagged as a place of its own, and the place named right after it, are
    one place: "باب التبانة"، "دير البلح" (the tagger split them in two)."""
    for start in sorted(s.spans):
        if start not in s.spans:
            continue
        end, type_, entry, prefix = s.spans[start]
        nxt = s.spans.get(end)
        if (type_ == "LOC" and end == start + 1 and nxt is not None and nxt[1] == "LOC"
                and any(stem in _TOPONYM_HEADS for _, stem in lexicons.stems(s.norms[start]))):
            del s.spans[end]
            s.spans[start] = (nxt[0], "LOC", None, prefix)


def _part_of_a_place(words: list[str], start: int, end: int, type_: str) -> bool:
    """Are words [start, end), a known place inside the name `words` of a listed entry of `type_`,
    part of that name ("بنت جبيل" is a town, not Byblos) rather than the place it lies in ("شمال
    الضفة الغربية")?"""
    if type_ != "LOC" or start != 1 or end != len(words):
        return False
    return any(stem in _TOPONYM_HEADS for _, stem in lexicons.stems(words[0]))


def _apply_lexicon(s: _Sentence, lexicon: list[LexiconSpan]) -> None:
    for span in _rule_spans(s.norms, lexicon):
        clash = _overlapping(s, span.start, span.end)
        if clash == [span.start] and s.spans[span.start][0] == span.end and s.spans[span.start][1] != span.entry.type:
            continue  # the tagger read the same words as another kind of name in context (الشرق الأوسط the daily)
        if span.entry.kind == "listed" and any(a < span.start or s.spans[a][0] > span.end for a in clash):
            continue  # a listed name is a hint: the tagger's longer name stands ("صباح الأحمد الصباح")
        person = span.entry.type == "PER" and all(s.spans[a][1] == "PER" for a in clash)
        if not person and any(a < span.start or s.spans[a][0] > span.end for a in clash):
            continue  # the tagger saw a longer name around it (ريال مدريد); a known person's name is exact
        if person and any(a < span.start and not _names_part_of(s.norms[a:span.start], span.entry) for a in clash):
            continue  # "أليكسي لافروف": another given name before a known surname is another person
        if person and span.start > 0 and _fathers_name(s.norms[span.start - 1], span.entry):
            continue  # "جراح جابر الأحمد الصباح": a known name as the father's of someone else
        if (not clash and span.end - span.start == 1 and _adjective(s.norms, span.end)
                and (span.prefix.endswith("ال") or s.norms[span.start][len(span.prefix):].startswith("ال"))):
            continue  # a one-word name that is also a noun, here with its adjective (القاعدة الجوية; not داعش الإرهابية)
        # "أنطونيو جوتيريش": the tagger's span holds the known name's own first words before the
        # listed spelling of its surname; the name starts where the tagger's did
        lead = min((a for a in clash if a < span.start), default=span.start) if person else span.start
        start, prefix = (lead, s.spans[lead][3]) if lead < span.start else (span.start, span.prefix)
        for a in clash:
            del s.spans[a]
        s.spans[start] = (span.end, span.entry.type, span.entry, prefix)


def _fathers_name(before: str, entry: Known) -> bool:
    """Is the word before a known person's name another given name, which makes the known name that
    person's father's ("جراح جابر الأحمد")?"""
    if before in _SON_OF:
        return True  # "راشد بن محمد بن راشد آل مكتوم": the known man is the father in a longer name
    return (lexicons.is_given_name(before) and not lexicons.is_title(before)
            and not _names_part_of([before], entry))


def _names_part_of(words: list[str], entry: Known) -> bool:
    """Are these words (before a known name's alias) part of the known name itself?"""
    own = set(_normalize(entry.name).split())
    return all(lexicons.without_article(w) in own or w in own for w in words)


def _apply_agencies(s: _Sentence) -> None:
    """A one-word news agency name (كونا، "(واع)"، «سبأ») is an organisation, whatever the tagger said."""
    for i, norm in enumerate(s.norms):
        bracketed = 0 < i < len(s.norms) - 1 and (
            (s.tokens[i - 1].text == "(" and s.tokens[i + 1].text == ")")
            or (s.tokens[i - 1].text in _QUOTE_MARKS and s.tokens[i + 1].text in _QUOTE_MARKS)
            # a dateline's credit: "الدوحة - قنا :", where a short name is as safe as in brackets
            or (i > 1 and s.tokens[i - 1].text in _DASHES and s.tokens[i + 1].text in _DASHES + ":"
                and lexicons.place(s.norms[i - 2]) is not None))
        hit = _agency_reading(norm, bracketed)
        if hit:
            clash = _overlapping(s, i, i + 1)
            if all(s.spans[a][0] - a == 1 for a in clash):
                for a in clash:
                    del s.spans[a]
                s.spans[i] = (i + 1, "ORG", hit[1], hit[0])
            elif hit[0] and len(clash) == 1 and clash[0] < i and s.spans[clash[0]][0] == i + 1:
                # "سالم حداد لرويترز": the agency the words were given to ends no name
                s.spans[clash[0]] = (i, *s.spans[clash[0]][1:])
                s.spans[i] = (i + 1, "ORG", hit[1], hit[0])


_DASHES = "-–—"


@lru_cache(maxsize=100_000)
def _agency_reading(norm: str, bracketed: bool) -> tuple[str, Known] | None:
    """(proclitics, agency) when the word is a news agency's name behind و/ب/ل ..."""
    for prefix, rest in lexicons.stems(norm):
        entry = lexicons.agency(rest, bracketed) if not prefix.endswith("ال") else None
        if entry:
            return prefix, entry
    return None


def _split_coordinations(s: _Sentence) -> None:
    """Two names joined by و are two mentions: "ابوتريكة ومتعب" -> PER ابوتريكة, PER ومتعب.
    A word inside a tagged person or place name that starts with the conjunction ends the first
    name, unless the word is a name itself (وليد، وائل) or follows بن/أبي (سعد بن أبي وقاص).
    Lexicon names (البوسنة والهرسك) and organisations (للتربية والعلم والثقافة) keep their و,
    unless both sides are lexicon names of their own (تويوتا وجنرال موتورز)."""
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if entry is not None:
            continue
        if type_ == "ORG":
            cut = next((k for k in range(start + 1, end) if _two_listed_names(s.norms, start, k, end)), None)
        elif type_ in ("PER", "LOC"):
            cut = next((k for k in range(start + 1, end)
                        if (_conjoined(s.norms[k]) or (type_ == "PER" and _and_a_given_name(s.norms[k])))
                        and s.norms[k - 1] not in _NAME_LINKS), None)
        else:
            continue
        if cut is not None:
            s.spans[start] = (cut, type_, None, prefix)
            s.spans[cut] = (end, type_, None, "و")


def _split_located(s: _Sentence) -> None:
    """A known place behind ب (in, at) says where a body or person is and starts a mention of its
    own: "مكتب الأمم المتحدة بجنيف" -> ORG مكتب الأمم المتحدة, LOC جنيف. ANERcorp's gold tags
    such a place apart nearly every time. Behind بال any known name counts (بالبيت الأبيض); a
    bare ب must be followed by a place, since ب also starts names (برينو is no ب + رينو)."""
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if entry is not None:
            continue
        for k in range(start + 1, end):
            if not s.norms[k].startswith("ب"):
                continue
            hit = lexicon_spans(s.norms[k:end])
            if hit and hit[0].start == 0 and hit[0].prefix == "ب" and (
                    hit[0].entry.type == "LOC" or s.norms[k].startswith("بال")):
                s.spans[start] = (k, type_, None, prefix)
                s.spans[k] = (k + hit[0].end, hit[0].entry.type, hit[0].entry, "ب")
                break


def _drop_nationality_tails(s: _Sentence) -> None:
    """A nationality after an organisation's name says where it is from and is no part of the name:
    "أياكس الهولندي", "حزب الله اللبناني" -> أياكس, حزب الله. It stays in a name that needs it:
    one that is no lexicon name without it (جامعة الدول العربية) or only a kind of body
    (الجمعية الوطنية الفرنسية)."""
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if type_ != "ORG" or end - start < 2:
            continue
        last = s.norms[end - 1]
        if not (last.startswith("ال") and lexicons.nationality(last)):
            continue
        head = _whole_name(s.norms[start:end - 1])
        if head and (entry is None or head.entry == entry) and not _generic(s.norms[start:end - 1]):
            s.spans[start] = (end - 1, type_, entry, prefix)


def _drop_place_adjectives(s: _Sentence) -> None:
    """An adjective after a known place describes it and is no part of its name: "نيجيريا
    المترامية"، "بيروت الجنوبية"، "جورجيا الأمريكية" -> the place alone; a place named with its
    adjective is a lexicon name of its own (الشرق الأوسط، آسيا الوسطى stays whole)."""
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if type_ != "LOC" or entry is not None or end - start < 2 or not s.norms[end - 1].startswith("ال"):
            continue
        if _whole_name(s.norms[start:end]) is not None:
            continue
        head = _whole_name(s.norms[start:end - 1])
        if head is not None and head.entry.type == "LOC":
            s.spans[start] = (end - 1, type_, None, prefix)


# honorifics after a holy city (مكة المكرمة، المدينة المنورة), no part of its name in ANERcorp
_HONORIFICS = frozenset(normalize(w) for w in "المكرمة".split())  # ANERcorp keeps "المدينة المنورة" whole
_LATIN_LINKS = frozenset("of the and for de du des la le al el bin van von da di y".split())


_DIRECTIONS = frozenset(normalize(w) for w in "شمال جنوب شرق غرب".split())


def _drop_honorifics_and_latin_words(s: _Sentence) -> None:
    """"مكة المكرمة" is مكة with its honorific ("المدينة المنورة" is one name); a compass word alone
    is no place; Latin words in lower case ("new moon") are no name, whose words are capitalised but
    for links (Institute of Technology, Abu al Qasim)."""
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if type_ == "LOC" and end - start == 2 and s.norms[end - 1] in _HONORIFICS:
            s.spans[start] = (end - 1, type_, None, prefix)
            continue
        words = [t.text for t in s.tokens[start:end]]
        if all(w.isascii() and w.isalpha() for w in words) and any(
                w[0].islower() and w.lower() not in _LATIN_LINKS for w in words):
            del s.spans[start]
        elif end - start == 1 and any(lexicons.without_article(rest) in _DIRECTIONS for _, rest in lexicons.stems(s.norms[start])):
            del s.spans[start]  # "ولاية شمال كردفان": a compass word alone is no place


def _two_listed_names(norms: list[str], start: int, k: int, end: int) -> bool:
    """Are tokens [start, k) and [k, end), the second without its و, each a name in the lexicons?"""
    return (norms[k].startswith("و") and len(norms[k]) > 2 and _whole_name(norms[start:k]) is not None
            and _whole_name([norms[k][1:], *norms[k + 1:end]]) is not None)


def _whole_name(norms: list[str]) -> LexiconSpan | None:
    """The lexicon name these tokens are, all of them and nothing more, if any."""
    spans = lexicon_spans(norms)
    return spans[0] if len(spans) == 1 and (spans[0].start, spans[0].end) == (0, len(norms)) else None


_NAME_LINKS = frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "ام", "ذو", "ذي", "عبد", "ال"})  # سعد بن أبي وقاص


def _and_a_given_name(norm: str) -> bool:
    """و and a given name, the whole no name itself: "وكريستوفر" after a first and a last name
    starts the next person of a list (not وليد، وديع، وهبة)."""
    return (norm.startswith("و") and norm not in lexicons.given_names() and norm not in lexicons.family_names()
            and norm[1:] in lexicons.given_names())


def _conjoined(norm: str) -> bool:
    return (norm.startswith("و") and len(norm) > 3 and not lexicons.is_given_name(norm)
            and not lexicons.is_family_name(norm) and norm not in lexicons.names())


_SETTLED_PLACES = frozenset(["city", "capital", "country"])


def _misc_places(s: _Sentence) -> None:
    """A name the tagger calls MISC that is, all of it, a city or country of the gazetteer is that
    place ("مطار أربيل الدولي": the airport's town); not in quotation marks, a work's title
    (رواية "القاهرة الجديدة")."""
    for span in s.lexicon:
        hit = s.spans.get(span.start)
        if (hit is not None and hit[0] == span.end and hit[1] == "MISC" and span.entry.type == "LOC"
                and span.entry.kind in _SETTLED_PLACES
                and not (span.start > 0 and s.tokens[span.start - 1].text in _QUOTE_MARKS)):
            s.spans[span.start] = (span.end, "LOC", span.entry, span.prefix)


def _split_title_places(s: _Sentence) -> None:
    """A place right after a title word is the title's complement, not the start of the person's
    name: "محافظ مأرب سلطان الحارثي" -> LOC مأرب, PER سلطان الحارثي. The place is known to the
    lexicon, or is one word before a given name that starts a name of two words or more."""
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if type_ != "PER" or start == 0 or not lexicons.is_title(s.norms[start - 1]):
            continue
        if any(rest.startswith("ال") for _, rest in lexicons.stems(s.norms[start - 1])):
            continue  # a title with the article takes no genitive: "السيد رشيد X" is a man, not Rosetta
        known = lexicon_spans(s.norms[start:end])
        if known and known[0].start == 0 and known[0].entry.type == "LOC":
            cut, place, cut_prefix = start + known[0].end, known[0].entry, known[0].prefix
        elif (end - start >= 3 and lexicons.is_given_name(s.norms[start + 1])
              and not lexicons.is_given_name(s.norms[start]) and not s.norms[start].startswith("ال")
              and not lexicons.nationality(s.norms[start])):
            cut, place, cut_prefix = start + 1, None, ""
        else:
            continue
        if end - cut < 2:
            continue
        s.spans[start] = (cut, "LOC", place, cut_prefix)
        s.spans[cut] = (end, "PER", None, "")


# Words after which a name that is also a listed place is the place: a province, city or area
# noun, a direction (غرب حلب), the title of who governs one, or its police (محافظ صلاح الدين، ولاية
# سيدي بوزيد، قائد شرطة ديالى); not other organisation heads, which name clubs after towns (إدارة الخور).
_PLACE_GOVERNORS = frozenset(normalize(w) for w in (
    "محافظ محافظة محافظتي محافظات والي ولاية ولايتي ولايات حاكم مدينة مدينتي مدن بلدة بلدات قضاء أقضية "
    "شرطة ريف أرياف ضواحي منطقة مناطق حي أحياء شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي").split())
# Nouns of a settlement or district, whose name follows them: بلدية بوتليليس، قرية X
_SETTLEMENTS = frozenset(normalize(w) for w in
                         "مدينة بلدة قرية بلدية مخيم ناحية قضاء مديرية ولاية محافظة".split())
# Nouns of the land around a place, never a place themselves before one: ريف حماة، ضواحي بغداد.
_AREA_NOUNS = frozenset(normalize(w) for w in "ريف أرياف ضواحي".split())


def _governs_place(norm: str) -> bool:
    """A place noun or a governor's title, behind any clitics (وبمحافظة، ومحافظ)."""
    return any(rest in _PLACE_GOVERNORS for _, rest in lexicons.stems(norm))


def _places_by_context(s: _Sentence) -> None:
    """A listed place untagged or tagged as a person reads as the place after a place noun or the
    title of its governor ("محافظة ديالى"، "محافظ صلاح الدين"، "ريف إدلب"، "بمناطق إمبابة"), or
    joined by و to a place just before it ("إمبابة وبولاق"، "نينوى وكركوك وصلاح الدين"). The land
    around a place (ريف، ضواحي) is itself no place."""
    for span in s.lexicon:  # in order, so that a place joined to one found just before is found too
        if span.entry.type != "LOC" or span.start == 0 or _overlapping(s, span.start, span.end):
            continue
        joined = span.prefix == "و" and any(b == span.start and t == "LOC" for b, t, *_ in s.spans.values())
        if joined or _governs_place(s.norms[span.start - 1]):  # "بمناطق إمبابة وبولاق"
            s.spans[span.start] = (span.end, "LOC", span.entry, span.prefix)
    for start, (end, type_, *_ ) in list(s.spans.items()):
        nxt = s.spans.get(end)
        if (end == start + 1 and type_ == "LOC" and nxt is not None and nxt[1] == "LOC"
                and any(rest in _AREA_NOUNS for _, rest in lexicons.stems(s.norms[start]))):
            del s.spans[start]  # "ريف حماة": the countryside of the place that follows
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if type_ != "PER" or start == 0:
            continue
        known = lexicon_spans(s.norms[start:end])
        if not known or (known[0].start, known[0].end) != (0, end - start) or known[0].entry.type != "LOC":
            continue
        before = s.norms[start - 1]
        after_place = any(b == start and t == "LOC" for b, t, *_ in s.spans.values())
        joined = prefix == "و" or s.norms[start].startswith("و")
        governed = _governs_place(before)
        if governed or (joined and after_place):
            s.spans[start] = (end, "LOC", known[0].entry, known[0].prefix or prefix)
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        # "ببلدية بوتليليس": an unknown name right after a noun of a settlement is the settlement's
        # ("عمدة المدينة X"، "وزير القضاء X": with the article the noun is no part of a place's name)
        if (type_ == "PER" and entry is None and start > 0 and end - start <= 2
                and any(stem in _SETTLEMENTS and not p.endswith("ال")
                        for p, stem in lexicons.stems(s.norms[start - 1]))):
            s.spans[start] = (end, "LOC", None, prefix)


# Nouns whose own name follows them, indefinite: a place's ("جزيرة جاوا"، "إقليم سياميس") or a
# building's, which ANERcorp marks as the institution it houses ("سجن بيل مارش"، "مسجد فنسبري")
_NAMED_PLACES = {normalize(w): "LOC" for w in
                 "جزيرة إقليم اقليم مقاطعة جهة منتجع بحيرة نهر جبل واحة بلدة قرية ولاية محافظة مدينة".split()}
_NAMED_PLACES |= {normalize(w): "ORG" for w in "مسجد جامع سجن معتقل معمل مصنع فندق مدرسة".split()}
# places named only by a word with the article: "حي المنصور"، "شارع السعدون" (not "شارع مقفر": deserted)
_STREETS = frozenset(normalize(w) for w in "حي شارع ميدان".split())
_RARE_WORD_ZIPF = 3.5  # a word rarer than this after a place noun is a name, not an adjective


_SETTLEMENTS = frozenset(normalize(w) for w in "قرية بلدة مدينة مخيم معسكر حي".split())
_KUNYA_PLACES = frozenset(normalize(w) for w in "أبو أم بني".split())


def _settlements_read_as_bodies(s: _Sentence) -> None:
    """"قرية الهدى" tagged as an organisation (الهدى names many bodies) is a village: the name after
    the settlement noun is the place; so is a kunya after it ("مخيم أبو شوك") tagged as a person."""
    for start in list(s.spans):
        end, type_, entry, prefix = s.spans[start]
        if (type_ == "ORG" and entry is None and end - start >= 2
                and any(rest in _SETTLEMENTS for rest in _bare_stems(s.norms[start]))):
            del s.spans[start]
            s.spans[start + 1] = (end, "LOC", None, "")
        elif (type_ == "ORG" and end == start + 1 and not prefix and start > 0
              and any(_NAMED_PLACES.get(rest) == "LOC" for rest in _bare_stems(s.norms[start - 1]))):
            s.spans[start] = (end, "LOC", None, prefix)  # "محافظة قنا": the place, not the agency
        elif (type_ == "PER" and entry is None and start > 0 and s.norms[start] in _KUNYA_PLACES
              and any(rest in _SETTLEMENTS for rest in _bare_stems(s.norms[start - 1]))):
            s.spans[start] = (end, "LOC", None, prefix)  # "مخيم أبو شوك": a place named like a man


def _named_after_place_noun(s: _Sentence) -> None:
    """An untagged rare word right after an indefinite place noun is that place's name: "جزيرة
    جاوا"، "منتجع بغنداران"، "إقليم سطات" (not "مدينة كبيرة"، "منطقة حدودية"); after a street or
    quarter word, a rare word with the article ("حي المنصور"، "شارع السعدون")."""
    taken = _taken(s)
    for i in range(1, len(s.norms)):
        word = s.norms[i]
        street = any(rest in _STREETS for rest in _bare_stems(s.norms[i - 1]))
        type_ = "LOC" if street and word.startswith("ال") else next(
            (_NAMED_PLACES[rest] for rest in _bare_stems(s.norms[i - 1]) if rest in _NAMED_PLACES), None)
        # a place's name may have the article ("بلدة الصفصاف"); a building's so written is its kind
        definite = word.startswith("ال") and type_ == "LOC"
        if (i in taken or type_ is None
                or not word[:1].isalpha() or (word.startswith("ال") and not definite) or word.startswith("و")
                or lexicons.relative_adjective(word) or len(word) < 3 or word in lexicons.clause_words()):
            continue
        if _verb_with_object(word):
            continue  # "فندق يرتاده مسؤولون": a relative clause, the place left unnamed
        rarity = zipf(stem_word(word[2:] if definite else word))
        if rarity is None or rarity < _RARE_WORD_ZIPF:
            s.spans[i] = (i + 1, type_, None, "")


_OBJECT_PRONOUNS = ("ها", "هم", "هن", "ه")


def _verb_with_object(word: str) -> bool:
    """A present-tense verb with an object pronoun ("يرتاده"، "تديرها"): the verb is a known word."""
    if word[:1] not in "يت":
        return False
    suffix = next((p for p in _OBJECT_PRONOUNS if word.endswith(p)), None)
    return suffix is not None and len(word) - len(suffix) >= 3 and zipf(word[:-len(suffix)]) is not None


_RARE_NAME_ZIPF = 2.0  # a word rarer than this after a title reads as the holder's name
_COMMON_WORD_ZIPF = 6.0  # a listed surname this common is the word first ("كان")


# written so, a word and not the name its normalised form spells: the preposition على (not علي),
# أمام "in front of" (not the family name إمام)
_HAMZA_TELLS_WORD = frozenset(["على", "أمام", "وأمام"])


def _name_word(s: _Sentence, i: int, first: bool) -> bool:
    """A token that can be part of a name after a title: a listed given or family name, or a rare
    word that is no title, nationality or clause word."""
    norm = s.norms[i]
    # a given name that is also a title opens a name when a name word follows: "العداء أمين لعلو"
    titled_name = (first and lexicons.is_given_name(norm) and i + 1 < len(s.norms)
                   and not is_speaker_title(s.norms[i + 1]) and _name_word(s, i + 1, False))
    # a nationality adjective right after a given name is his family name: "الوزير فادي المصري"
    nisba = lexicons.nationality(lexicons.without_article(norm))
    family_nisba = (nisba and not first and norm.startswith("ال") and i > 0
                    and s.norms[i - 1] in lexicons.given_names())
    if (not norm[:1].isalpha() or s.tokens[i].text in _HAMZA_TELLS_WORD or norm in lexicons.clause_words()
            or (is_speaker_title(norm) and not titled_name) or (nisba and not family_nisba)):
        return False
    if norm.startswith("ال"):
        # a rare word with the article after a given name is his family name: "سليم العموري"
        after_given = (i > 0 and lexicons.is_given_name(s.norms[i - 1])
                       and (zipf(lexicons.without_article(norm)) or 0) < _RARE_NAME_ZIPF)
        return not first and (lexicons.is_family_name(norm) or after_given or family_nisba)
    if lexicons.is_given_name(norm) or (lexicons.is_family_name(norm) and (zipf(stem_word(norm)) or 0) < _COMMON_WORD_ZIPF):
        return not (first and norm == "باسم" and any(  # "on behalf of": "الناطق الإعلامي باسم"
            w.startswith(("المتحدث", "الناطق")) for w in s.norms[max(0, i - 3):i]))
    if norm.startswith("و") or len(norm) < 2 or (first and norm.startswith(("ب", "ل"))):
        return False
    rarity = zipf(stem_word(norm))
    return rarity is None or rarity < _RARE_NAME_ZIPF


def _family_after_given(s: _Sentence) -> None:
    """A given name found alone, then a listed family name with the article the tagger left out, is
    one person: "الصحفيين محمد القاضي" (القاضي is also a title, which misleads the tagger)."""
    taken = _taken(s)
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if (type_ != "PER" or end != start + 1 or end >= len(s.norms) or end in taken
                or not lexicons.is_given_name(s.norms[start])):
            continue
        nxt = s.norms[end]
        if (nxt.startswith("ال") and lexicons.is_family_name(nxt) and not lexicons.nationality(nxt[2:])
                and (zipf(stem_word(nxt)) or 0) < _COMMON_WORD_ZIPF):
            s.spans[start] = (end + 1, type_, entry, prefix)


# Venues named after people: "ملعب ثاني بن جاسم"، "مطار حيدر علييف" name the venue, not the person
_VENUES = frozenset(normalize(w) for w in "ملعب استاد مطار شارع ميدان جسر قاعة بركان".split())


def _venues(s: _Sentence) -> None:
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if (type_ == "PER" and entry is None and start > 0 and not _overlapping(s, start - 1, start)
                and any(rest in _VENUES for rest in _bare_stems(s.norms[start - 1]))):
            del s.spans[start]


def _definite_title(norm: str) -> bool:
    """A title with the article, maybe behind و or ل: "الحارس"، "والحارس"، "للفنان"."""
    return any(rest.startswith("ال") and is_speaker_title(rest) for _, rest in lexicons.stems(norm))


_KIN = frozenset(normalize(w) for w in (
    "ابنه ابنته ابنها ابنتها زوجته زوجها شقيقه شقيقته شقيقها شقيقتها والده والدته نجله نجلها "
    "زميله زميلها مواطنه مواطنها صديقه صديقها").split())


def _name_words_end(s: _Sentence, k: int, taken: set[int], most: int) -> int:
    """Where the name words that go on from token k end (at most up to token `most`)."""
    while k < min(len(s.norms), most) and k not in taken and _name_word(s, k, False):
        k += 1
    return k


def _named_after_kin(s: _Sentence) -> None:
    """Name words right after a word of kinship with its pronoun are that relative: "زوجته ميليفا"،
    "ابنته هدباء"، "زميله أوكولاجا"."""
    taken = _taken(s)
    for i in range(1, len(s.norms)):
        if s.norms[i - 1].removeprefix("و") not in _KIN or i in taken or not _name_word(s, i, True):
            continue
        end = _name_words_end(s, i + 1, taken, i + 3)
        s.spans[i] = (end, "PER", None, "")
        taken.update(range(i, end))


def _named_after_title(s: _Sentence) -> None:
    """Untagged name words right after a title with the article, or after its nationality
    adjective, are the holder: "الإمام علي"، "العداء المغربي ربيع دكانة"، "الشيخ الخراساني"."""
    taken = _taken(s)
    for i in range(1, len(s.norms)):
        before = s.norms[i - 1]
        # after a title in construct ("وزير الخارجية") only a listed given name: much else follows one
        # as written, no clitic: not "بيانا" (ب + يانا); not علي, also على written with ي ("علي هامش")
        given = s.norms[i] in lexicons.given_names() and s.norms[i] != _ALI
        titled = _definite_title(before) or (given and _title_in_construct(s, i - 1))
        if not titled and i > 1 and before.startswith("ال") and lexicons.nationality(lexicons.without_article(before)):
            titled = _definite_title(s.norms[i - 2]) or (given and _title_in_construct(s, i - 2))
        if not titled or i in taken or not _name_word(s, i, True):
            continue
        end = _name_words_end(s, i + 1, taken, i + 4)
        head = i - 2 if i > 1 and lexicons.is_org_head(s.norms[i - 2]) and i - 2 not in taken else None
        if head is not None:  # named after the holder: "جامعة الملك فهد", "مستشفى الملك فيصل"
            s.spans[head] = (end, "ORG", None, "")
        elif s.spans.get(end, (0, ""))[1] == "PER":  # the rest of a name already found
            s.spans[i] = (s.spans.pop(end)[0], "PER", None, "")
        else:
            s.spans[i] = (end, "PER", None, "")
        taken.update(range(i, end))


_ALI = normalize("علي")
_OFFICE_GENITIVE_WORDS = 4  # "وزير الأشغال العامة والنقل": the definite words of an office


def _title_in_construct(s: _Sentence, k: int) -> bool:
    """Does token k end the definite genitive of a title in construct, "وزير الخارجية"، "قائد
    الشرطة"، "وزير الأشغال العامة والنقل"?"""
    j = k
    while j > 0 and k - j < _OFFICE_GENITIVE_WORDS and s.norms[j].startswith(("ال", "وال")) \
            and not is_speaker_title(s.norms[j]):
        j -= 1
    return j < k and not s.norms[j].startswith("ال") and is_speaker_title(s.norms[j])


_CUE_BEFORE_TITLE = 10  # tokens from a reporting verb past the title chain to the comma before the name


def _named_between_commas(s: _Sentence) -> None:
    """Name words set off by commas after a reporting verb and a title: the holder, in apposition
    ("قال مدير إعلام الحقل، هيوا رسول، لشبكة …"، "اعتبر مندوب ليبيا، طاهر السني، أن …")."""
    taken = _taken(s)
    commas = [k for k, t in enumerate(s.tokens) if t.text in "،,"]
    for a, b in zip(commas, commas[1:]):
        i, end = a + 1, b
        if not 2 <= end - i <= 3 or any(k in taken for k in range(i, end)):
            continue
        if not (_name_word(s, i, True) and all(_apposed_name_word(s, k) for k in range(i + 1, end))):
            continue
        before = range(max(0, a - _CUE_BEFORE_TITLE), a)
        cue = next((k for k in before if (c := cue_of(s.norms[k])) is not None and c.role == "verb"), None)
        if (cue is None or any(s.tokens[k].text in "،," for k in range(cue + 1, a))
                or not any(is_speaker_title(s.norms[k]) for k in range(cue + 1, a))):
            continue
        s.spans[i] = (end, "PER", None, "")
        taken.update(range(i, end))


def _apposed_name_word(s: _Sentence, k: int) -> bool:
    """A later word of a name set off by commas: any word but a grammar, title, nationality or
    reporting word (the commas vouch for the name: "هيوا رسول"، "طاهر السني")."""
    norm = s.norms[k]
    return (norm[:1].isalpha() and norm not in lexicons.clause_words() and not is_speaker_title(norm)
            and not lexicons.nationality(lexicons.without_article(norm)) and cue_of(norm) is None
            and not norm.startswith(("و", "ب", "ل")) and len(norm) > 2)


_TITLE_BEFORE_BODY = 3  # tokens from a title to the body it holds office in: "القيادي في حركة X"


def _named_after_titled_body(s: _Sentence) -> None:
    """A listed given name right after the body a title holds office in is the holder: "القيادي في
    حركة فتح محمود العلي"، "عضو المكتب السياسي لحركة X حسام بدران"."""
    taken = _taken(s)
    # the body by its name, or by its head word alone: "القيادي في الحزب سليم X"
    bodies = [(start, end) for start, (end, type_, *_) in s.spans.items() if type_ == "ORG"]
    bodies += [(k, k + 1) for k, norm in enumerate(s.norms)
               if k not in taken and norm.startswith("ال") and lexicons.is_org_head(norm)]
    for start, end in bodies:
        if (end >= len(s.norms) or end in taken or not lexicons.is_given_name(s.norms[end])
                or not any(s.norms[k].startswith("ال") and is_speaker_title(s.norms[k])
                           for k in range(max(0, start - _TITLE_BEFORE_BODY), start))):
            continue
        stop = _name_words_end(s, end + 1, taken, end + 4)
        s.spans[end] = (stop, "PER", None, "")
        taken.update(range(end, stop))


def _whole_listed_places(s: _Sentence) -> None:
    """A place found as the end of a listed place's name is that place: "وبنت جبيل" is the town,
    not Byblos (the tagger took جبيل alone)."""
    for span in s.lexicon:
        if span.entry.type != "LOC" or span.end - span.start < 2:
            continue
        inside = _overlapping(s, span.start, span.end)
        if (len(inside) >= 2 and inside[0] == span.start and s.spans[inside[-1]][0] == span.end
                and all(s.spans[a][1] == "LOC" for a in inside)
                and all(s.spans[a][0] == b for a, b in zip(inside, inside[1:]))):
            # "بصرى" and "الشام" tagged apart: the listed place they make up together
            for a in inside:
                del s.spans[a]
            s.spans[span.start] = (span.end, "LOC", span.entry, span.prefix)
            continue
        if (len(inside) == 1 and inside[0] > span.start and s.spans[inside[0]][0] == span.end
                and s.spans[inside[0]][1] == "LOC"
                and _part_of_a_place(s.norms[span.start:span.end], inside[0] - span.start, span.end - span.start,
                                     span.entry.type)):
            del s.spans[inside[0]]
            s.spans[span.start] = (span.end, "LOC", span.entry, span.prefix)


_QUOTE_MARKS = frozenset("\"«»“”„‹›'")


def _quoted_outlets(s: _Sentence) -> None:
    """A place set whole in quotation marks that is also a paper's or an agency's name is that
    outlet: "قال لـ«الشرق الأوسط»"، "«الخليج»" (news marks its sources' names so)."""
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if (type_ != "LOC" or start == 0 or end >= len(s.tokens) or s.tokens[start - 1].text not in _QUOTE_MARKS
                or s.tokens[end].text not in _QUOTE_MARKS):
            continue
        if " ".join(s.norms[start:end]) in agencies():
            s.spans[start] = (end, "ORG", None, prefix)


def _quoted_sites(s: _Sentence) -> None:
    """A name in quotation marks that ends like a site's or channel's ("لـ"المصدر أونلاين""،
    «السومرية نيوز») is that outlet, whatever the tagger read in it."""
    for open_at, tok in enumerate(s.tokens):
        if tok.text not in _QUOTE_MARKS or open_at + 2 >= len(s.tokens):
            continue
        close = next((j for j in range(open_at + 2, min(len(s.tokens), open_at + _MAX_SITE_WORDS + 2))
                      if s.tokens[j].text in _QUOTE_MARKS), None)
        if close is None or s.norms[close - 1] not in lexicons.media_suffixes():
            continue
        for a in _overlapping(s, open_at + 1, close):
            del s.spans[a]
        s.spans[open_at + 1] = (close, "ORG", None, "")


_MAX_SITE_WORDS = 4


def _quoted_organisations(s: _Sentence) -> None:
    """A listed organisation set in quotation marks, all of it, is that organisation: news marks a
    paper's or channel's name ("لـ«القدس العربي»"، "صحيفة "الشرق الأوسط""), whose words alone
    read as a place."""
    for span in s.lexicon:
        if (span.entry.type != "ORG" or span.prefix or span.start == 0 or span.end >= len(s.tokens)
                or s.tokens[span.start - 1].text not in _QUOTE_MARKS or s.tokens[span.end].text not in _QUOTE_MARKS):
            continue
        clash = _overlapping(s, span.start, span.end)
        if all(span.start <= a and s.spans[a][0] <= span.end for a in clash):
            for a in clash:
                del s.spans[a]
            s.spans[span.start] = (span.end, "ORG", span.entry, "")


MAX_QUOTED_NAME = 6  # words of an organisation's name set in quotation marks after its head word


def _headed_quoted_names(s: _Sentence) -> None:
    """An organisation's head word, then a name in quotation marks ("جماعة "نصرة الإسلام والمسلمين""،
    "حركة «الأحرار»"): the quoted words are that organisation, whatever they are made of."""
    toks = s.tokens
    for i in range(len(toks) - 3):
        if _org_head(s.norms[i]) is None or toks[i + 1].text not in _QUOTE_MARKS or _definite_head(s.norms[i]):
            continue
        close = next((k for k in range(i + 2, min(len(toks), i + 3 + MAX_QUOTED_NAME)) if toks[k].text in _QUOTE_MARKS), None)
        if (close is None or close == i + 2 or not all(t.text[:1].isalpha() for t in toks[i + 2:close])
                or _purpose_phrase(s.norms[i + 2:close])):
            continue
        clash = _overlapping(s, i + 2, close)
        if all(i + 2 <= a and s.spans[a][0] <= close for a in clash):
            for a in clash:
                del s.spans[a]
            s.spans[i + 2] = (close, "ORG", None, "")


_COMMON_MASDAR = 4.9  # Zipf frequency from which a word behind ل is an ordinary noun (حفظ، مكافحة)


def _purpose_phrase(norms: list[str]) -> bool:
    """Do quoted words open with ل and a verbal noun, saying what a body is for rather than naming
    it: قوات "لحفظ السلام"، لجنة "للدفاع عن الحريات"? A name behind ل (لبنان) or a head word (لواء)
    is not that."""
    first = norms[0]
    if first.startswith("لل"):
        return True
    return (first.startswith("ل") and len(norms) > 1 and norms[1].startswith("ال")
            and first not in lexicons.names() and not lexicons.is_org_head(first)
            and (zipf(stem_word(first[1:])) or 0) >= _COMMON_MASDAR)


MAX_ACRONYM = 3  # words of a short name in quotation marks after an organisation's full name
_BODY_PHRASE = 7  # words back from the quotation mark to the head word of the name before it


def _acronyms_after_organisations(s: _Sentence) -> set[tuple[str, ...]]:
    """An organisation's name, then a short name in quotation marks: "القيادة الأمريكية في أفريقيا
    "أفريكوم""، "بعثة الأمم المتحدة لدعم ليبيا "أونسميل"". The quoted words are that organisation's
    short name, which the tagger may read as a person. Returns the names so retyped."""
    toks, out = s.tokens, set()
    for q in range(1, len(toks) - 2):
        if toks[q].text not in _QUOTE_MARKS or toks[q - 1].text in _QUOTE_MARKS:
            continue
        close = next((k for k in range(q + 1, min(len(toks), q + 2 + MAX_ACRONYM)) if toks[k].text in _QUOTE_MARKS), None)
        if close is None or close == q + 1 or not all(t.text[:1].isalpha() and (zipf(stem_word(n)) or 0) < _RARE_WORD_ZIPF
                                                      for t, n in zip(toks[q + 1:close], s.norms[q + 1:close])):
            continue  # a name of rare words, not a quoted statement ("إن الوضع صعب")
        head = next((i for i in range(q - 1, max(-1, q - 1 - _BODY_PHRASE), -1)
                     if not toks[i].text[:1].isalpha() or _org_head(s.norms[i]) is not None), None)
        after_org = any(s.spans[a][:2] == (q, "ORG") for a in _overlapping(s, q - 1, q))
        if not after_org and (head is None or not toks[head].text[:1].isalpha()):
            continue
        clash = _overlapping(s, q, close + 1)
        # a product's name stays as the tagger read it (نيسان «أورفان»: MISC)
        if clash and all(q <= a and s.spans[a][0] <= close + 1 and s.spans[a][1] == "PER" for a in clash):
            for a in clash:
                del s.spans[a]
            s.spans[q + 1] = (close, "ORG", None, "")
            out.add(tuple(s.norms[q + 1:close]))
        elif q + 1 in s.spans and s.spans[q + 1][:2] == (close, "ORG"):
            out.add(tuple(s.norms[q + 1:close]))  # read right here, and to be read so elsewhere on the page
    return out


def _retype(sents: list[_Sentence], names: set[tuple[str, ...]], type_: str, was: tuple[str, ...]) -> None:
    """Every other mention of these names on the page read as one of `was` gets their type ("وقالت أفريكوم")."""
    for s in sents:
        for a, (end, t, entry, prefix) in list(s.spans.items()):
            first, rest = s.norms[a], tuple(s.norms[a + 1:end])
            if t in was and any((stem, *rest) in names for _, stem in lexicons.stems(first)):
                s.spans[a] = (end, type_, entry, prefix)


@lru_cache(maxsize=1)
def _common_senses() -> dict[str, str]:
    """The common noun (normalised) -> the name it may be read as (normalised): قاعدة -> القاعدة."""
    return {normalize(r["noun"]): normalize(r["name"]) for r in data_rows("common_senses.tsv")}


def _common_sense(sents: list[_Sentence]) -> None:
    """On a page that speaks of a base, an island or a lion ("قاعدة عسكرية"، "قاعدة حميميم الجوية"،
    "جزيرة كيش"، "300 أسد"), "القاعدة"، "الجزيرة"، "الأسد" alone are that base, island or lion, not
    al-Qaeda, the channel or a man named al-Asad, unless a head word comes before the name ("تنظيم
    القاعدة")."""
    nouns = _common_senses()
    used: set[str] = set()
    for s in sents:
        for i, norm in enumerate(s.norms):
            noun = next((rest for rest in _bare_stems(norm) if rest in nouns), None)
            if noun is None or any(a <= i < e for a, (e, *_) in s.spans.items()):
                continue
            nxt = s.norms[i + 1] if i + 1 < len(s.norms) else ""
            adjective = len(nxt) > 3 and lexicons.relative_adjective(nxt, definite=False)
            counted = i > 0 and s.norms[i - 1][:1].isdigit()
            # "قاعدة حميميم الجوية": its name, then a definite adjective
            after_name = s.norms[i + 2] if i + 2 < len(s.norms) else ""
            named = nxt[:1].isalpha() and lexicons.relative_adjective(after_name, definite=True)
            if adjective or counted or named or s.spans.get(i + 1, (0, ""))[1] == "LOC":
                used.add(nouns[noun])
    if not used:
        return
    for s in sents:
        for start, (end, type_, *_) in list(s.spans.items()):
            if (type_ in ("ORG", "PER") and end == start + 1
                    and any(r in used for _, r in lexicons.stems(s.norms[start]))
                    and not (start > 0 and lexicons.is_org_head(s.norms[start - 1]))):
                del s.spans[start]


def _drop_leading(s: _Sentence, no_name: Callable[[str], bool]) -> None:
    """The words a person span found by the tagger opens with that are no part of the name."""
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        first = start
        while (type_ == "PER" and entry is None and end - first >= 2 and first + 1 not in s.spans
               and no_name(s.norms[first])):
            first += 1
        if first > start:
            del s.spans[start]
            s.spans[first] = (end, type_, None, "")


# words a person's name never ends with: a joiner that needs a name after it ("شومسكي ابن رجل"),
# a preposition with a pronoun ("محمد عليه الصلاة والسلام")
_NO_NAME_END = frozenset(normalize(w) for w in (
    "ابن بن بنت ولد أبو أبي أم عبد آل عليه عليها عليهم له لها لهم منه منها عنه عنها به بها فيه فيها إليه إليها".split()))


# currencies: a sum's unit, never a place or a person (ANERcorp tags them MISC)
_CURRENCIES = frozenset(normalize(w) for w in "درهم دراهم دينار دنانير دولار دولارات يورو جنيه ليرة روبل".split())


_SON_OF = frozenset(normalize(w) for w in "بن ابن بنت".split())
# a father's name after a person's: بن, and ولد/بنت in Mauritanian names ("محمد ولد عبد العزيز")
_FATHER_LINKS = _SON_OF | {normalize("ولد")}


def _son_of(s: _Sentence) -> None:
    """A name that opens with بن/ابن/بنت goes back to the given name before it: "علي بن أبي طالب"،
    "سهل بن حنيف" (the tagger found "بن أبي طالب")."""
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if (type_ != "PER" or entry is not None or start == 0 or s.norms[start] not in _SON_OF
                or not lexicons.is_given_name(s.norms[start - 1])):
            continue
        before = _overlapping(s, start - 1, start)
        # the given name alone may have been read as a town ("سالم")
        if not before or (before == [start - 1] and s.spans[start - 1][:2] == (start, "LOC")):
            s.spans.pop(start - 1, None)
            del s.spans[start]
            s.spans[start - 1] = (end, type_, None, "")


def _fathers_names(s: _Sentence) -> None:
    """A person's name goes on with his father's and grandfather's: "محمد بن سلمان بن عبدالعزيز"،
    "محمد ولد عبد العزيز" (the tagger stopped at the first), through a second person span the
    tagger cut off."""
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if type_ != "PER" or start not in s.spans:
            continue
        stop = end
        while (stop + 1 < len(s.norms) and s.norms[stop] in _FATHER_LINKS
               and lexicons.is_given_name(s.norms[stop + 1])):
            after = stop + 3 if s.norms[stop + 1] == "عبد" and stop + 2 < len(s.norms) else stop + 2
            others = _overlapping(s, stop, after)
            if others and not (len(others) == 1 and s.spans[others[0]][1] == "PER" and others[0] >= stop):
                break
            for other in others:
                after = max(after, s.spans.pop(other)[0])
            stop = after
        if stop > end:
            s.spans[start] = (stop, type_, entry, prefix)


_KUNYA = frozenset(normalize(w) for w in "أبو أبي".split())


def _kunya_nisba(s: _Sentence) -> None:
    """A name by kunya goes on with the adjective of origin after it, its laqab: "أبو حمزة المصري"،
    "أبو عبد الله التركي" (a nom de guerre; the tagger stopped at the kunya)."""
    taken = _taken(s)
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if type_ != "PER" or end >= len(s.norms) or end in taken:
            continue
        if not any(rest in _KUNYA for _, rest in lexicons.stems(s.norms[start])):
            continue
        name = end - start - 1  # the words after أبو: "حمزة"، "عبد الله"
        if not (name == 1 or (name == 2 and s.norms[start + 1] == "عبد")):
            continue
        nisba = s.norms[end]
        if (nisba.startswith("ال") and nisba.endswith("ي") and len(nisba) >= 5
                and nisba not in lexicons.clause_words() and nisba not in lexicons.RELATIVE_PRONOUNS):
            s.spans[start] = (end + 1, type_, entry, prefix)


def _initial_after_name(s: _Sentence) -> None:
    """A person named by his given name and the initial of his family name, as crime reports do:
    "توقيف محمد ب. (29 سنة)" (the tagger stopped at the given name)."""
    taken = _taken(s)
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if (type_ == "PER" and end + 1 < len(s.norms) and end not in taken and s.tokens[end + 1].text == "."
                and len(s.norms[end]) == 1 and "\u0621" <= s.norms[end] <= "\u064a"):
            s.spans[start] = (end + 1, type_, entry, prefix)


def _house_of(s: _Sentence) -> None:
    """A person's name goes on with his house: "محمد بن عبدالرحمن آل ثاني"، "فيصل بن فرحان آل
    سعود" (آل, written with its madda, and the family's name)."""
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if type_ != "PER" or end + 1 >= len(s.norms) or s.tokens[end].text != "آل" or not s.norms[end + 1][:1].isalpha():
            continue
        house = _overlapping(s, end, end + 2)
        if not house:
            s.spans[start] = (end + 2, type_, entry, prefix)
        elif house == [end + 1] and s.spans[end + 1][1] == "PER":  # the tagger found the house's name alone
            s.spans[start] = (s.spans.pop(end + 1)[0], type_, entry, prefix)


def _after_relative_pronoun(s: _Sentence) -> None:
    """A verb follows a relative pronoun, never a name: "اللاتي عدن للتمثيل" (who returned), not Aden."""
    for start in [a for a in s.spans if a > 0 and s.norms[a - 1] in lexicons.RELATIVE_PRONOUNS]:
        if s.spans[start][0] == start + 1:
            del s.spans[start]


@lru_cache(maxsize=1)
def _idioms() -> dict[str, list[tuple[str, ...]]]:
    """Fixed phrases (normalised words) in which a name-like word is a common one, by first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for row in data_rows("name_idioms.tsv"):
        words = tuple(normalize(w) for w in row["phrase"].split())
        out.setdefault(words[0], []).append(words)
    return out


def _in_idioms(s: _Sentence) -> None:
    """No name inside a fixed phrase whose words are common ones: "في مسقط رأسه" (his birthplace),
    "محاولات النيل من" (to undermine)."""
    idioms = _idioms()
    for i, norm in enumerate(s.norms):
        for phrase in (p for _, rest in lexicons.stems(norm) for p in idioms.get(rest, ())):
            end = i + len(phrase)
            if end <= len(s.norms) and all(s.norms[i + k] == w or k == len(phrase) - 1 and s.norms[i + k].startswith(w)
                                           for k, w in enumerate(phrase[1:], 1)):
                for a in _overlapping(s, i, end):
                    del s.spans[a]


_DEMONSTRATIVES = frozenset(normalize(w) for w in "هذه هذا تلك ذلك هذان هاتان هؤلاء".split())


def _after_demonstrative(s: _Sentence) -> None:
    """A definite word after a demonstrative is a common noun pointed at ("هذه القاعدة": this rule;
    "تلك الجزيرة"), not the name it may also be."""
    for start in [a for a in s.spans if a > 0 and s.norms[a - 1] in _DEMONSTRATIVES]:
        end, type_, entry, prefix = s.spans[start]
        if end == start + 1 and s.norms[start].startswith("ال"):
            del s.spans[start]


def _inside_dates(s: _Sentence, text: str) -> None:
    """A month's name in a date is no name: "في 18 نيسان 1955" (not Nissan), "3 تموز 2006"."""
    if not any(t.text[:1].isdigit() for t in s.tokens):
        return
    base = s.tokens[0].start
    dates = timestamp_spans(text[base:s.tokens[-1].end])
    for start, (end, *_ ) in list(s.spans.items()):
        a, b = s.tokens[start].start - base, s.tokens[end - 1].end - base
        if end == start + 1 and any(x <= a and b <= y for x, y in dates):
            del s.spans[start]


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    """Weekday names with the article, normalised (الخميس، الجمعة), from data/date_words.tsv."""
    return frozenset(normalize(w) for kind, _, forms in data_table("date_words.tsv") if kind == "weekday"
                     for w in forms.split("|") if w.startswith("ال"))


_DAY_WORDS = frozenset(normalize(w) for w in "يوم اليوم كل مساء صباح ليلة فجر ظهر".split())


def _weekday_names(s: _Sentence) -> None:
    """A weekday is no person: "اليوم الخميس"، "كل خميس" (جمعة and خميس are also given names, but
    not after a word of time)."""
    days = _weekdays()
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if end != start + 1 or entry is not None:
            continue
        bare = lexicons.without_article(s.norms[start])
        definite = any(rest in days for _, rest in lexicons.stems(s.norms[start]))
        timed = start > 0 and s.norms[start - 1] in _DAY_WORDS and ("ال" + bare) in days
        if definite or timed:
            del s.spans[start]


_TEAM_WORDS = frozenset(normalize(w) for w in "فريق نادي".split())


def _teams(s: _Sentence) -> None:
    """A place named right after "فريق" or "نادي" is a club of that name: "فريق قطر"، "نادي ميلان".
    So is a city with a masculine nationality adjective after it, which agrees with the club, a
    city being feminine: "ليون الفرنسي" (not "ليون الفرنسية")."""
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if type_ != "LOC":
            continue
        after_team_word = start > 0 and not prefix and any(
            rest in _TEAM_WORDS for _, rest in lexicons.stems(s.norms[start - 1]))
        if after_team_word or _masculine_after_city(s, start, end, entry):
            s.spans[start] = (end, "ORG", None, prefix)


def _masculine_after_city(s: _Sentence, start: int, end: int, entry: Known | None) -> bool:
    if end >= len(s.norms) or end - start != 1:
        return False
    place = entry or lexicons.place(s.norms[start])
    adjective = s.norms[end]
    before = s.norms[start - 1] if start else ""
    if before and (lexicons.is_title(before) or _governs_place(before) or lexicons.is_org_head(before)):
        return False  # "عمدة ليون الفرنسي": the adjective is the mayor's
    return (place is not None and place.kind in ("city", "capital") and adjective.startswith("ال")
            and adjective.endswith("ي") and lexicons.nationality(adjective[2:]) is not None)


_TALIBAN = normalize("طالبان")


def _two_students(s: _Sentence) -> None:
    """"طالبان" with a dual adjective after it is two students, not the Taliban: "وطالبان جامعيان"."""
    for start, (end, *_ ) in list(s.spans.items()):
        nxt = s.norms[start + 1] if start + 1 < len(s.norms) else ""
        if (end <= start + 2 and any(rest == _TALIBAN for _, rest in lexicons.stems(s.norms[start]))
                and nxt.endswith("يان") and lexicons.relative_adjective(nxt[:-2])):
            del s.spans[start]


_VERB_PREPOSITIONS = frozenset(normalize(w) for w in "على علي في من إلى الى عن".split())


def _verb_given_names(s: _Sentence) -> None:
    """A given name that is also a verb (أشرف، أكرم، أمين، نادر), with و and a preposition after it,
    is the verb: "وأشرف على أندية كثيرة" (he supervised), not a man named Ashraf."""
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        norm = s.norms[start]
        if (type_ == "PER" and entry is None and end == start + 1 and end < len(s.norms) and norm[:1] == "و"
                and s.norms[end] in _VERB_PREPOSITIONS and lexicons.is_given_name(norm[1:])):
            del s.spans[start]


def _verb_opening_clause(s: _Sentence) -> None:
    """A one-word town of the generated gazetteer that opens a clause with و and a definite noun
    after it is a verb and its subject: "وبوشر التحقيق" (the inquiry was begun), not Bawshar."""
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        norm = s.norms[start]
        if (type_ == "LOC" and end == start + 1 and end < len(s.norms) and norm[:1] == "و" and len(norm) > 3
                and (start == 0 or not s.tokens[start - 1].text[:1].isalnum())
                and s.norms[end].startswith("ال") and not _overlapping(s, end, end + 1)
                and (entry is None or entry.kind == "city")):
            del s.spans[start]


def _preposition_ala(s: _Sentence) -> None:
    """"على" written with its alef maqsura is the preposition, never the name علي: "على بنحسي" is
    بنحسي; "لولا" before أن or a definite noun is "were it not for", not Lula."""
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if type_ != "PER" or entry is not None:
            continue
        first = s.tokens[start].text
        if first == "على" and end - start >= 2:
            del s.spans[start]
            s.spans[start + 1] = (end, type_, None, "")
        elif (first == "لولا" and end == start + 1 and end < len(s.norms)
              and (s.norms[end].startswith(("ال", "ان")) or s.norms[end] in ("ان", "أن"))):
            del s.spans[start]


def _common_after_particle(norm: str) -> bool:
    """A common word behind ل ("لراديو"، "لإيقاف"، "لغزو") or the future's س ("سيزور"): a
    preposition and its noun, or a verb, no name's end (behind ب it may be one: بوصوفة)."""
    if not norm.startswith(("ل", "سي", "ست")) or len(norm) < 4 or lexicons.is_given_name(norm) or lexicons.is_family_name(norm):
        return False
    rarity = zipf(stem_word(norm[1:]))
    return rarity is not None and rarity >= _COMMON_TAIL_ZIPF


def _agreeing_adjective(s: _Sentence) -> None:
    """A country named like its own feminine adjective ("السعودية") after a definite feminine or
    plural noun agrees with it as an adjective: "العائلة المالكة السعودية"، "المحادثات السعودية"."""
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if type_ != "LOC" or end != start + 1 or start == 0 or prefix or _overlapping(s, start - 1, start):
            continue
        word, before = s.norms[start], s.norms[start - 1]
        if (word.startswith("ال") and word.endswith("يه") and lexicons.nationality(word)
                and before.startswith("ال") and before.endswith(("ه", "ات"))):
            del s.spans[start]


def _reporter_after_place(s: _Sentence) -> None:
    """"لندن : علي الصالح": a place, a colon, then an untagged given name and one more word is the
    reporter who filed from there (papers head their stories so)."""
    for start, (end, type_, *_ ) in list(s.spans.items()):
        k = end + 1
        if (type_ != "LOC" or end >= len(s.tokens) or s.tokens[end].text != ":" or k + 1 >= len(s.norms)
                or _overlapping(s, k, k + 2) or not lexicons.is_given_name(s.norms[k])
                or not s.norms[k + 1][:1].isalpha() or lexicons.is_title(s.norms[k + 1])):
            continue
        s.spans[k] = (k + 2, "PER", None, "")


def _split_org_tails(s: _Sentence) -> None:
    """An organisation span that ends with a listed person is two mentions: "لحزب الله حسن نصر
    الله" -> حزب الله and the man."""
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if type_ != "ORG" or end - start < 3:
            continue
        person = next((x for x in lexicon_spans(s.norms[start:end])
                       if x.end == end - start and x.start > 0 and x.entry.type == "PER"), None)
        if person is not None:
            s.spans[start] = (start + person.start, type_, None, prefix)
            s.spans[start + person.start] = (end, "PER", person.entry, person.prefix)


_COMMON_TAIL_ZIPF = 4.0  # a word this common behind ل ends a name: "جدعون عيزرا لراديو إسرائيل"


def _drop_trailing(s: _Sentence) -> None:
    """The words a person span found by the tagger ends with that end no name; a title alone
    ("وقال الملك") is no name either; a currency ("11 مليار درهم") is MISC whatever the tagger says."""
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if end == start + 1 and type_ != "MISC" and s.norms[start] in _CURRENCIES:
            s.spans[start] = (end, "MISC", None, prefix)
            continue
        if type_ == "PER" and entry is None and _unnamed_people(s.norms[start]):
            del s.spans[start]  # "وقال دبلوماسيان غربيان": people named by what they are, no one
            continue
        if type_ == "PER" and entry is None and end == start + 1 and (
                _title_word(s.norms[start]) or s.tokens[start].text.endswith("ئ")):
            # a title alone ("وقال الملك"); an adjective in ئ that folds to a name (هادئ -> هادي)
            del s.spans[start]
            continue
        # "لم يصل عدنان للخور": ل + ال on a word is a preposition and its noun, never more of a name
        last = next((k for k in range(start + 1, end) if s.norms[k].startswith("لل")), end) if type_ == "PER" else end
        while type_ == "PER" and entry is None and last - start >= 2 and (
                s.norms[last - 1] in _NO_NAME_END or _common_after_particle(s.norms[last - 1])
                or _event_object(s.norms[last - 1]) or _verb_or_participle(s, last - 1)):
            last -= 1
        if last < end:
            s.spans[start] = (last, type_, None, prefix)


_VERB_TAIL_ZIPF = 4.0


def _verb_or_participle(s: _Sentence, k: int) -> bool:
    """A common word in the present tense ("مدحت صالح يغني") or an indefinite accusative participle
    ("جمال البدر شارحاً") after a name: the verb of the sentence, or how the person acted, no name."""
    norm, text = s.norms[k], s.tokens[k].text
    if len(norm) < 4 or lexicons.is_given_name(norm) or lexicons.is_family_name(norm):
        return False
    if text.endswith(("اً", "ًا")):
        return True  # the written tanween of an indefinite noun: a last name never carries it
    rarity = zipf(stem_word(norm)) if norm.startswith("ي") else None
    return rarity is not None and rarity >= _VERB_TAIL_ZIPF


def _event_object(norm: str) -> bool:
    """"وأدان نبيل شمسان القصف": a definite noun of violence after a name is the verb's object."""
    return norm.startswith("ال") and lexicons.without_article(norm) in lexicons.event_nouns()


# the credits of a film, a series or a song before the names: "تأليف محمد X وإخراج Y"
_CREDITS = frozenset(normalize(w) for w in "تأليف إخراج بطولة تلحين ألحان كلمات سيناريو إعداد تقديم غناء".split())


def _credit_word(norm: str) -> bool:
    return any(rest in _CREDITS for _, rest in lexicons.stems(norm))


def _drop_body_heads(s: _Sentence) -> None:
    """"قائد ميليشيا محلية": a body's head word alone is no person, whatever its shape (-يا)."""
    _drop_lone_people(s, lambda norm: lexicons.is_org_head(norm) or any(rest in _GROUPS for rest in _bare_stems(norm)))


def _drop_credits(s: _Sentence) -> None:
    """"تأليف سامر الحلو": the credit before a name is no part of it, and alone it is no name."""
    _drop_leading(s, _credit_word)
    _drop_lone_people(s, _credit_word)


def _drop_lone_people(s: _Sentence, word_test: Callable[[str], bool]) -> None:
    """Drop the one-word person spans no list vouches for whose word passes `word_test`."""
    for start, (end, type_, entry, _) in list(s.spans.items()):
        if type_ == "PER" and entry is None and end == start + 1 and word_test(s.norms[start]):
            del s.spans[start]


_PAPERS = frozenset(normalize(w) for w in "صحيفة جريدة مجلة".split())


_GROUPS = frozenset(normalize(w) for w in "جماعة حركة تنظيم ميليشيا مليشيا".split())


_SHIA = normalize("الشيعة")
_SUNNA = normalize("السنة")
_SHIA_BARE, _SUNNA_BARE = normalize("شيعة"), normalize("سنة")
_SUNNI_PEOPLE = frozenset(normalize(w) for w in "العرب المسلمين المسلمون".split())  # "العرب السنة"


def _sects(s: _Sentence) -> None:
    """The Shia as a community are an organisation in news annotation (ANERcorp tags "الشيعة" so);
    "السنة" only beside them, being also "the year", or after the people it qualifies ("العرب
    السنة"); without the article too ("سنة وشيعة")."""
    def sect(k: int, words: tuple[str, ...]) -> str | None:
        stems = {rest for _, rest in lexicons.stems(s.norms[k])}
        return next((w for w in words if w in stems), None)  # the article's form first: "والشيعة"
    shias, sunnas = (_SHIA, _SHIA_BARE), (_SUNNA, _SUNNA_BARE)
    for i in [i for i in range(len(s.norms)) if sect(i, shias)]:
        for k in (i, i - 1, i + 1):
            if not 0 <= k < len(s.norms) or _overlapping(s, k, k + 1):
                continue
            word = sect(k, shias) or (sect(k, sunnas) if k != i else None)
            if word:
                s.spans[k] = (k + 1, "ORG", None, s.norms[k][:len(s.norms[k]) - len(word)])
    for k in range(1, len(s.norms)):
        if s.norms[k] == _SUNNA and s.norms[k - 1] in _SUNNI_PEOPLE and not _overlapping(s, k, k + 1):
            s.spans[k] = (k + 1, "ORG", None, "")


_NET = normalize("نت")


def _sites_net(s: _Sentence) -> None:
    """"الجزيرة نت"، "العربية نت": نت after an organisation is the rest of the site's name."""
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if type_ == "ORG" and end < len(s.norms) and s.norms[end] == _NET and end not in s.spans:
            s.spans[start] = (end + 1, type_, entry, prefix)  # the known outlet keeps its entry


def _papers(s: _Sentence) -> None:
    """A name right after صحيفة/جريدة/مجلة is the paper's: "صحيفة القدس"، "جريدة الخليج" are
    organisations, not the city or the gulf; a person's name right after جماعة/حركة/تنظيم is the
    group's ("جماعة أبو سياف")."""
    for start, (end, type_, entry, prefix) in list(s.spans.items()):
        if start == 0 or prefix or type_ not in ("LOC", "PER"):
            continue
        heads = _bare_stems(s.norms[start - 1])
        if any(h in _PAPERS for h in heads) or (type_ == "PER" and any(h in _GROUPS for h in heads)):
            s.spans[start] = (end, "ORG", None, prefix)


_THE_ALONE = frozenset({"الـ", "ال"})  # "مجلة الـ "تايم"": the article written apart before a quoted name


def _quoted_papers(s: _Sentence) -> None:
    """A name in quotation marks right after صحيفة/جريدة/مجلة is the paper's, whatever its words
    ("مجلة "المجلة الجديدة""، "مجلة الـ "تايم"")."""
    toks = s.tokens
    for i in range(len(toks) - 2):
        if not any(rest in _PAPERS for rest in _bare_stems(s.norms[i])):
            continue
        q = i + 2 if toks[i + 1].text in _THE_ALONE else i + 1
        if q < len(toks) and toks[q].text in _QUOTE_MARKS:
            _marked_name(s, q, _QUOTE_MARKS, MAX_ACRONYM + 1)


def _marked_name(s: _Sentence, opener: int, closers: frozenset[str], most: int) -> None:
    """The words between the mark at token `opener` and its closer, a few at most and all words, are
    an organisation; one found there already stays as found (with its list entry: "لـ(وات)")."""
    toks = s.tokens
    close = next((k for k in range(opener + 2, min(len(toks), opener + 2 + most)) if toks[k].text in closers), None)
    if close is None or not all(t.text[:1].isalpha() for t in toks[opener + 1:close]):
        return
    clash = _overlapping(s, opener + 1, close)
    if all(opener + 1 <= a and s.spans[a][0] <= close and s.spans[a][1] != "ORG" for a in clash):
        for a in clash:
            del s.spans[a]
        s.spans[opener + 1] = (close, "ORG", None, "")


_TO_ALONE = frozenset({"ل", "لـ"})  # the preposition written apart before a marked name: "لـ«الأفق»"
_OPENERS = _QUOTE_MARKS | {"("}
_BRACKET_CLOSE = frozenset(")")


def _given_to(s: _Sentence) -> None:
    """A short name in quotation marks or brackets right after a lone ل is the outlet words were given
    to: "قال لـ«الأفق»"، "في حديثه ل ( الراية )"."""
    toks = s.tokens
    for i in range(len(toks) - 2):
        if toks[i].text not in _TO_ALONE or toks[i + 1].text not in _OPENERS or not _words_given(s, i):
            continue
        _marked_name(s, i + 1, _BRACKET_CLOSE if toks[i + 1].text == "(" else _QUOTE_MARKS, MAX_ACRONYM)


_GIVEN_REACH = 8  # tokens back from ل to the cue or speech noun, past its subject: "وقال مدير أمن عدن اللواء X لـ"Y""


def _words_given(s: _Sentence, i: int) -> bool:
    """Is the ل at token i the one words were given to: a reporting verb or a speech noun shortly
    before it ("في تصريح لـ(وات)"، "في حديثه ل ( الراية )"، "وقال مصدر أمني لـ"X""; not "أن تستعد
    لـ"استقبال النعوش"")?"""
    for k in range(i - 1, max(-1, i - 1 - _GIVEN_REACH), -1):
        if s.norms[k] in ANNOUNCERS:
            return False  # inside what was said: "قال إن القوات ستستعد لـ"…""
        if cue_of(s.norms[k]) is not None or is_speech_context(lexicons.without_article(s.norms[k])):
            return True
    return False


_PENINSULA = normalize("شبه")


def _peninsula(s: _Sentence) -> None:
    """"شبه الجزيرة العربية"، "شبه جزيرة عمان"، "شبه الجزيرة الإيطالية": a peninsula's name opens with
    شبه (with its clitics: لشبه، وشبه) and goes on with its island word and the place or adjective
    after it, whatever the tagger read in it (الجزيرة the channel)."""
    n = len(s.norms)
    for i in range(n - 1):
        if "جزير" not in s.norms[i + 1] or not any(rest == _PENINSULA for _, rest in lexicons.stems(s.norms[i])):
            continue
        end = i + 2
        if end < n and s.spans.get(end, (0, ""))[1] == "LOC":
            end = s.spans[end][0]  # "شبه جزيرة عمان"
        elif end < n and s.norms[end].startswith("ال") and (
                lexicons.nationality(lexicons.without_article(s.norms[end])) or lexicons.relative_adjective(s.norms[end])):
            end += 1  # "شبه الجزيرة الإيطالية"
        for a in _overlapping(s, i, end):
            if s.spans[a][0] > end:
                end = s.spans[a][0]
            del s.spans[a]
        s.spans[i] = (end, "LOC", None, "")


def _unnamed_people(norm: str) -> bool:
    """A plural or dual noun of unnamed sources (مسؤولون، دبلوماسيان، مصدرين), maybe behind و."""
    return norm.endswith(("ون", "ين", "ان")) and is_role(norm, "anonymous") and not lexicons.is_given_name(norm)


def _title_word(norm: str) -> bool:
    """A title with the article: "السفير الكعبي" is الكعبي (ANERcorp leaves titles out too); "شيخ
    شريف" and a title word that is also a given name (أمير) stay."""
    return norm.startswith("ال") and lexicons.is_title(norm) and not lexicons.is_given_name(norm)


_RARE_SPEAKER_ZIPF = 3.5  # a word this rare after a reporting verb and before أن is the speaker's name


def _speaker_after_cue(s: _Sentence) -> None:
    """A rare word no list knows, right after a reporting verb and before what is reported, is the
    speaker: "وأوضح لارسن أن"، "وقال غروسي إن" (a foreign surname the tagger has not seen)."""
    taken = _taken(s)
    for i in range(1, len(s.norms) - 1):
        norm = s.norms[i]
        if (i in taken or not _reporting_verb(s.norms[i - 1]) or not norm.isalpha() or len(norm) < 3
                or norm.startswith(("ال", "و")) or s.norms[i + 1] not in ANNOUNCERS
                or lexicons.names().get(norm) or is_speaker_title(norm) or lexicons.is_org_head(norm)
                or (zipf(stem_word(norm)) or 0) >= _RARE_SPEAKER_ZIPF):
            continue
        s.spans[i] = (i + 1, "PER", None, "")


def _reporting_verb(norm: str) -> bool:
    """A reporting verb after و or ف ("وأضاف الصالح" is الصالح), or in the present tense ("ولم
    يستبعد الحداد"); a past form alone may be a given name ("طالب الدوسري"), and so may a present
    one that the lists know as one (يعرب)."""
    cue = cue_of(norm)
    if cue is None or cue.role not in ("verb", "continuation"):
        return False
    return norm[:1] in "وف" or (norm[:1] in "يت" and not lexicons.is_given_name(norm))


def _place_surnames(s: _Sentence) -> None:
    """A place whose name has the form of a relative adjective (الوزاني، الرمادي) right after a given
    name is the person's family name, taken from the place: "سناء الوزاني"."""
    for start, (end, type_, *_ ) in list(s.spans.items()):
        norm = s.norms[start]
        if (type_ != "LOC" or end != start + 1 or start == 0 or not norm.startswith("ال") or not norm.endswith("ي")
                or not lexicons.is_given_name(s.norms[start - 1])):
            continue
        before = _overlapping(s, start - 1, start)
        if not before:
            del s.spans[start]
            s.spans[start - 1] = (end, "PER", None, "")
        elif s.spans[before[0]][1] == "PER":
            del s.spans[start]
            s.spans[before[0]] = (end, "PER", None, s.spans[before[0]][3])


def _given_name_places(s: _Sentence) -> None:
    """A one-word place no gazetteer lists alone, between a title and a person, is the person's
    given name: "العقيد غريب عبد الحافظ" (the tagger knows غريب from أبو غريب)."""
    for start, (end, type_, entry, _) in list(s.spans.items()):
        if (type_ != "LOC" or end != start + 1 or entry is not None or start == 0
                or s.spans.get(end, (0, ""))[1] != "PER"
                or any(lexicons.place(rest) for _, rest in lexicons.stems(s.norms[start]))):
            continue
        before = s.norms[start - 1]
        if before.startswith("ال") and is_speaker_title(before):
            del s.spans[start]
            s.spans[start] = (s.spans.pop(end)[0], "PER", None, "")


def _drop_spokesman_bism(s: _Sentence) -> None:
    """After a spokesperson word (المتحدث، الناطقة) باسم is "on behalf of", not the given name
    Bassem: "الناطق باسم الجمارك" names no person."""
    for start, (_, type_, *_ ) in list(s.spans.items()):
        if (type_ == "PER" and start > 0 and s.norms[start] == "باسم"
                and lexicons.without_article(s.norms[start - 1]).startswith(("متحدث", "ناطق"))):
            del s.spans[start]


_TANWEEN_FATH = "\u064b"


def _indefinite_adjective(s: _Sentence, i: int) -> bool:
    """An indefinite accusative relative adjective (أوروبياً، "وفدا أوروبيا"): never a name."""
    norm = s.norms[i]
    if not norm.endswith("يا") or norm.startswith("ال"):
        return False
    if _TANWEEN_FATH in s.tokens[i].text:
        return True
    before = s.norms[i - 1] if i else ""
    if any(rest in lexicons.names() for _, rest in lexicons.stems(norm)):
        return False  # روسيا، أفريقيا: the country, whatever precedes it
    return bool(lexicons.nationality(norm[:-1])) and before.endswith("ا") and not before.startswith("ال")


def _drop_indefinite_adjectives(s: _Sentence) -> None:
    for start, (end, type_, *_ ) in list(s.spans.items()):
        if type_ != "MISC" and any(_indefinite_adjective(s, k) for k in range(start, end)):
            del s.spans[start]
        elif type_ == "LOC" and end == start + 1 and _adjective_reading(s, start):
            del s.spans[start]


_ADJECTIVE_ZIPF = 2.9  # the feminine adjective (مالية، بحرية، بشرية) is a word this common


@lru_cache(maxsize=10_000)
def _adjective_place(norm: str) -> bool:
    """A place name that is also a relative adjective: مالي (Mali; financial)، بحري (Bahri; naval)."""
    return norm.endswith("ي") and len(norm) > 3 and (zipf(norm[:-1] + "يه") or 0) >= _ADJECTIVE_ZIPF


def _adjective_reading(s: _Sentence, i: int) -> bool:
    """Such a place read as the adjective: with the article (المالي: the financial; Mali takes none),
    or right after an indefinite noun it describes (مقابل مالي، أسطول بحري, not في مالي، مدينة بحري)."""
    norm = s.norms[i]
    if norm.startswith("ال") and _adjective_place(norm[2:]):
        return True
    if not _adjective_place(norm) or i == 0:
        return False
    before = s.norms[i - 1]
    return (len(before) > 2 and before[0].isalpha() and not before.startswith(("ال", "لل"))
            and before not in _SHORT_PREPOSITIONS and before not in _PLACE_LINKS and before not in lexicons.titles()
            and not lexicons.is_org_head(before)
            and not _governs_place(before) and not any(rest in _PLACE_LINKS for _, rest in lexicons.stems(before)))


# words a place name follows as a place, beside those that govern one (_PLACE_GOVERNORS: شمال مالي):
# في مالي، دولة مالي، جمهورية مالي
_PLACE_LINKS = frozenset(normalize(w) for w in (
    "في من عن مع إلى على دولة جمهورية مملكة إمبراطورية إمارة عاصمة أراضي حدود سفارة سفير رئيس حكومة منتخب").split())


def _org_head(norm: str) -> str | None:
    """The proclitics before an organisation head word (وزارة، للشرطة، والحرس), or None."""
    for prefix, rest in lexicons.stems(norm):
        if lexicons.without_article(rest) in lexicons.org_heads() or rest in lexicons.org_heads():
            cut = lexicons.clean_prefix(norm, prefix, rest)  # "" for للجيش: ل + ال written لل
            return cut[:-2] if cut.endswith("ال") else cut
    return None


_CITY_INSTITUTIONS = frozenset(normalize(w) for w in "جامعة معهد".split())


def _named_for_its_city(norm: str, prefix: str, definite: bool) -> bool:
    """A university or institute named by its city alone ("جامعة القاهرة"، "بجامعة زيورخ"), whose
    head a place follows with no word between; other heads before a place are read apart."""
    return not definite and norm[len(prefix):] in _CITY_INSTITUTIONS


def _definite_head(norm: str) -> bool:
    """Is an organisation head word definite (الحركة، للقوات)? A name is its genitive only after an
    indefinite one: "حركة "X"" names X, "الحركة "لا تستهدف …"" gives what the body does."""
    return any(rest.startswith("ال") and lexicons.without_article(rest) in lexicons.org_heads()
               for _, rest in lexicons.stems(norm))


def _modifier(norm: str) -> bool:
    """A definite adjective that continues a name: relative (الداخلية، الروسية) or listed (العام)."""
    if norm in lexicons.org_modifiers():
        return True
    return norm.startswith("ال") and len(norm) > 4 and norm not in lexicons.clause_words() and (
        lexicons.relative_adjective(norm) or bool(lexicons.nationality(norm)))


def _marked(norms: list[str], definite: bool) -> bool:
    """Does a head-word chain name one institution rather than a kind of body (الجيش، مجلس
    الوزراء are no names in ANERcorp)? It has a لل-genitive, a listed adjective (مديرية الأمن
    العام) or a nationality; after a definite head a nationality or a listed adjective alone only
    says whose body it is or what kind (القوات الأمريكية، المحكمة العليا، الحرس الوطني), so
    another adjective must come with it (الجيش الوطني الشعبي)."""
    if any(w.startswith("لل") for w in norms):
        return True  # "المكتب المركزي للأبحاث"
    if any(w in lexicons.org_modifiers() for w in norms) and (not definite or len(norms) > 1):
        return True  # after a definite head one listed adjective names a kind (المحكمة العليا)
    nationalities = sum(bool(lexicons.nationality(w)) for w in norms)
    return nationalities > 0 and (not definite or len(norms) > nationalities)


def _place(norms: list[str], i: int) -> int:
    """Tokens a known place name starting at i covers (0 when none); a place behind a clitic
    (بأفغانستان: in Afghanistan, وبغداد: and Baghdad) is no genitive."""
    hit = lexicon_spans(norms[i:i + 4])
    if hit and hit[0].start == 0 and hit[0].entry.type == "LOC" and not hit[0].prefix:
        return hit[0].end
    return 0


def _preposition_place(norm: str) -> bool:
    """بأفغانستان، وبغداد: a known place behind a clitic."""
    return norm[:1] in ("ب", "ل", "ك", "و", "ف") and norm[1:] in lexicons.names()


# "المتحدث باسم الجيش الإسرائيلي للإعلام العربي": the spokesman's audience, not the body's
_MEDIA, _ON_BEHALF = normalize("للإعلام"), normalize("باسم")
# three-letter words that never open a genitive (مديرية أمن الجيزة has one): prepositions
_SHORT_PREPOSITIONS = frozenset(normalize(w) for w in "إلى على عبر بعد قبل حول ضد لدى منذ غير عند بين دون لكي كما".split())


def _org_chains(s: _Sentence) -> None:
    """An organisation head word and its genitive/adjective chain is an organisation name:
    "وزارة الداخلية اليمنية", "مديرية الأمن العام", "المكتب المركزي للأبحاث القضائية", "قيادة
    عمليات بغداد". After the head: one genitive noun (definite, لل + noun, or indefinite when a
    definite word or a place follows), a place, then adjectives only; verbs, prepositions and
    clause words end it. Spans already found are left alone."""
    norms, n, i = s.norms, len(s.norms), 0
    while i < n:
        prefix = _org_head(norms[i]) if i not in s.spans else None
        if prefix is None:
            i += 1
            continue
        definite = norms[i][len(prefix):].startswith(("ال", "لل"))
        # a definite head takes no genitive noun (المنظمة الحدود is no name), only adjectives
        end, genitive, place_at, lam = i + 1, definite, None, False
        while end < n:
            word = norms[end]
            if end in s.spans:  # a place the tagger found completes a genitive ("قيادة عمليات بغداد")
                if (s.spans[end][1] != "LOC" or (end == i + 1 and not _named_for_its_city(norms[i], prefix, definite))
                        or _preposition_place(word)):
                    break
                place_at, (end, *_) = end, s.spans[end]
                genitive = True
            elif _modifier(word):
                end += 1
            elif end > i + 1 and (place := _place(norms, end)):
                place_at, end, genitive = end, end + place, True
            elif (word.startswith("لل") and len(word) > 4 and not lam and end > i + 1 and not lexicons.is_org_head(word)
                  and not (word == _MEDIA and i > 0 and norms[i - 1].endswith(_ON_BEHALF))):
                # المكتب المركزي للأبحاث; "الجمعية العمومية للبنك" is a body of another organisation;
                # right after the head it only says what the body is for (مكتب للتجارة: an office)
                end, genitive, lam = end + 1, True, True
            elif lam and word.startswith("وال") and len(word) > 5 and word not in lexicons.clause_words() \
                    and not lexicons.is_org_head(word[1:]):
                end += 1  # "الإدارة العامة للعلاقات والإعلام الأمني": what the body is for, two things
            elif (word.startswith("ل") and not word.startswith("لل") and len(word) > 4 and not lam and end > i + 1
                  and end + 1 < n and norms[end + 1].startswith("ال") and len(norms[end + 1]) > 4
                  and norms[end + 1] not in lexicons.clause_words() and not _adjective(norms, end + 1)
                  and (end + 1 not in s.spans or _lone_place(s, end + 1))):
                # الهيئة الوطنية لمكافحة الفساد، المفوضية السامية لشؤون اللاجئين، الجامعة العامة
                # لمقاولات المغرب: ل + a noun and its genitive, which may be a country
                if end + 1 in s.spans:
                    place_at = end + 1
                end, genitive, lam = end + 2, True, True
            elif not genitive and word not in lexicons.clause_words() and not word.startswith("لل") and (
                    word.startswith("ال") and len(word) > 4
                    or end + 1 < n and (norms[end + 1].startswith("ال") or _place(norms, end + 1))
                    and not lexicons.is_org_head(word) and (len(word) > 3 or len(word) == 3 and word not in _SHORT_PREPOSITIONS)):
                end += 1
                genitive = True
            else:
                break
        inside = [a for a in _overlapping(s, i, end) if a != place_at]
        if _district(norms, i, prefix) and not inside:
            _district_name(s, i + 1, place_at if place_at is not None else end)
            i = max(end, i + 1)
            continue
        if end - i >= 2 and not inside and (place_at is not None or _marked(norms[i + 1:end], definite)):
            s.spans.pop(place_at, None)
            s.spans[i] = (end, "ORG", None, prefix)
        i = max(end, i + 1)


def _lone_place(s: _Sentence, i: int) -> bool:
    """Is a one-word place found at token i, with no clitic before it?"""
    end, type_, _, prefix = s.spans[i]
    return type_ == "LOC" and end == i + 1 and not prefix


_DISTRICT = normalize("مديرية")


def _district(norms: list[str], i: int, prefix: str) -> bool:
    """"مديرية" before a name that is no government domain is a district ("مديرية الدريهمي بمحافظة
    الحديدة"), not a directorate ("مديرية الأمن العام"، "مديرية تربية عمان")."""
    return (norms[i][len(prefix):] == _DISTRICT and i + 1 < len(norms) and norms[i + 1][:1].isalpha()
            and not lexicons.is_domain(norms[i + 1]) and not lexicons.is_org_head(norms[i + 1]))


def _district_name(s: _Sentence, start: int, stop: int) -> None:
    """Tag the district's name after "مديرية" as a place: one word, or two when the first is
    indefinite ("مديرية بني مطر"), up to the next place or adjective."""
    norms = s.norms
    end = start + 1
    if (end < stop and not norms[start].startswith("ال") and norms[end][:1].isalpha()
            and not _modifier(norms[end]) and not norms[end].startswith(("ب", "و", "ل"))):
        end += 1
    if start not in s.spans and not _overlapping(s, start, end):
        s.spans[start] = (end, "LOC", None, "")


def _adjective(norms: list[str], i: int) -> bool:
    """Is token i a definite relative adjective (السياسية، العسكري)?"""
    return i < len(norms) and lexicons.relative_adjective(norms[i], definite=True)


def _name_key(norms: list[str]) -> str:
    """The comparison key of a name: first token without proclitics and article."""
    first = norms[0]
    for prefix, rest in lexicons.stems(first):
        if rest.startswith("ال"):
            first = lexicons.without_article(rest)
            break
    return " ".join([first, *norms[1:]])


def _propagate(sents: list[_Sentence]) -> None:
    """Tag the other occurrences of a name already found in the document; a one-word name only
    when the tagger found it in a good share of its occurrences (_SPREAD_SHARE_*): a word tagged once
    among many untagged uses (علي as a name among hundreds of على) is an ordinary word there."""
    seen: dict[tuple[str, ...], str] = {}
    tagged: Counter = Counter()
    for s in sents:
        for start, (end, type_, _, _) in s.spans.items():
            words = tuple(s.norms[start:end])
            # short one-word names other than people's are too often ordinary words tagged by mistake
            if end - start >= 2 or type_ == "PER" or len(words[0]) >= _MIN_SPREAD_OTHER:
                seen.setdefault(words, type_)
                tagged[words] += 1
    if not seen:
        return
    starts: dict[str, list[int]] = {}  # first word -> lengths of seen names, longest first
    for key in sorted(seen, key=len, reverse=True):
        starts.setdefault(key[0], []).append(len(key))
    spellings = _surname_spellings(seen)
    hits, untagged = [], Counter()
    for s in sents:
        i = 0
        while i < len(s.norms):
            if i in s.spans:
                i = s.spans[i][0]
                continue
            hit = _match_seen(s, i, seen, starts) or _other_spelling(s, i, spellings)
            if hit:
                hits.append((s, i, hit))
                untagged[hit[3]] += 1
                i = hit[0]
            else:
                i += 1
    for s, i, (end, type_, prefix, key) in hits:
        share = _SPREAD_SHARE_PER if type_ == "PER" else _SPREAD_SHARE_OTHER
        if len(key) > 1 or tagged[key] >= share * (tagged[key] + untagged[key]):
            s.spans[i] = (end, type_, None, prefix)


_MIN_SPELLING = 5  # letters: a shorter name has too many ordinary words one letter away
_VOWELS = re.compile("[اوي]")


def _skeleton(word: str) -> str:
    return word[:1] + _VOWELS.sub("", word[1:])


def _surname_spellings(seen: dict[tuple[str, ...], str]) -> dict[str, tuple[str, ...]]:
    """Skeleton (no long vowels after the first letter) of the last word of a person's name found
    in the document -> that name, for transliterated names long enough to be told apart by it: Arabic names
    (السعيدي، السعدي; سلمان، سليمان) differ by one vowel and are different names."""
    out: dict[str, tuple[str, ...]] = {}
    for words, type_ in seen.items():
        last = words[-1]
        if type_ == "PER" and len(last) >= _MIN_SPELLING and _foreign(last):
            out.setdefault(_skeleton(last), words)
    return out


def _foreign(word: str) -> bool:
    return not (word.startswith("ال") or lexicons.is_given_name(word))


def _other_spelling(s: _Sentence, i: int,
                    spellings: dict[str, tuple[str, ...]]) -> tuple[int, str, str, tuple[str, ...]] | None:
    """A person's surname written with one long vowel more or less than where the document named
    them ("بلينكن" … "بلينكين")."""
    for prefix, rest in lexicons.stems(s.norms[i]):
        name = spellings.get(_skeleton(rest)) if len(rest) >= _MIN_SPELLING else None
        if (name and abs(len(rest) - len(name[-1])) == 1 and _foreign(rest)
                and rest not in lexicons.names()):
            return i + 1, "PER", lexicons.clean_prefix(s.norms[i], prefix, rest), name
    return None


def _match_seen(s: _Sentence, i: int, seen: dict, starts: dict) -> tuple[int, str, str, tuple[str, ...]] | None:
    for prefix, first in lexicons.stems(s.norms[i]):
        for length in starts.get(first, ()):
            end = i + length
            if end > len(s.norms) or any(k in s.spans for k in range(i + 1, end)):
                continue
            key = (first, *s.norms[i + 1:end])
            if key in seen and len("".join(key)) >= _MIN_PROPAGATED:
                return end, seen[key], lexicons.clean_prefix(s.norms[i], prefix, first), key
    return None


def _found(text: str, s: _Sentence, start: int, end: int, type_: str, entry: Known | None,
           prefix: str, jordan: Callable[[], bool]) -> Found:
    if entry is None:  # a name the tagger found may still be in the lexicons (its Latin name, id)
        entry, known_prefix = _lookup(s.norms[start:end], type_)
        prefix = known_prefix if entry else prefix or _listed_word_prefix(s.norms[start], type_)
    if entry is not None and entry.latin == "Oman" and end - start == 1 and _amman(s, start, jordan):
        entry = lexicons.places_by_latin().get("Amman", entry)
    first = s.tokens[start]
    begin = first.start + _prefix_chars(first.text, prefix)
    last = s.tokens[end - 1]
    norms = s.norms[start:end]
    if prefix and norms[0].startswith(prefix) and not prefix.endswith("ال"):
        norms = [norms[0][len(prefix):], *norms[1:]]
    return Found(begin, last.end, type_, _name_key(norms), entry)


def _listed_word_prefix(norm: str, type_: str) -> str:
    """A one-letter proclitic on a name the tagger found, when what it leaves is a listed given name
    or organisation head word and the whole is not ("التقى بسامر الحداد" -> سامر، "لجمعية" -> جمعية;
    بسام and لبنان stay whole)."""
    listed = lexicons.given_names() if type_ == "PER" else lexicons.org_heads() if type_ == "ORG" else None
    if listed is None or norm in listed or norm in lexicons.family_names() or norm in lexicons.names():
        return ""
    # و before a three-letter name (وعلي، وعمر) is safe; other letters need a longer rest (فهد)
    shortest = 4 if norm[:1] == "و" else 5
    return norm[0] if norm[:1] in "وبلفك" and len(norm) >= shortest and norm[1:] in listed else ""


_SHADDA = "\u0651"
_CONTEXT = 4  # tokens each side that may name the country


def _amman(s: _Sentence, i: int, jordan: Callable[[], bool]) -> bool:
    """Is this عمان Jordan's capital rather than Oman? Written عمّان, or with Jordan (الأردن،
    العاصمة الأردنية) nearby or on a page about Jordan, and no سلطنة before it."""
    if _SHADDA in s.tokens[i].text:
        return True
    if i and lexicons.without_article(s.norms[i - 1]) == "سلطنه":
        return False
    if i and s.norms[i - 1] in _THE_CAPITAL:
        return True  # "في العاصمة عمان": Oman is a country, its capital Muscat
    if jordan():
        return True
    around = s.norms[max(0, i - _CONTEXT):i] + s.norms[i + 1:i + 1 + _CONTEXT]
    return any(_country_of(w) == "Jordan" or _jordan(w) for w in around)


_THE_CAPITAL = frozenset(normalize(w) for w in "العاصمة والعاصمة بالعاصمة".split())
_HOMES = {"JO": "Jordan", "OM": "Oman"}


def _about_jordan(sents: list[_Sentence]) -> bool:
    """Does the page name Jordan, a Jordanian, a Jordanian town or agency (الزرقاء، بترا), and
    neither Oman nor anything Omani?"""
    words = {w for s in sents for w in s.norms}
    named = ({"Oman" if lexicons.without_article(w) == "سلطنه" else _country_of(w) for w in words}
             | {"Jordan" for w in words if _jordan(w)}
             | {_HOMES.get(_home_country(w), "") for w in words})
    return "Jordan" in named and "Oman" not in named


def _home_country(norm: str) -> str:
    """The country of a town or agency a word names behind its clitics, or "" (عمان itself is not one)."""
    return next((code for _, rest in lexicons.stems(norm)
                 if rest != "عمان" and (code := lexicons.home_countries().get(rest))), "")


def _country_of(norm: str) -> str:
    """The country a nationality adjective names (الأردنية -> Jordan), or ""."""
    return (lexicons.nationality(norm) or ("",))[0]


def _jordan(norm: str) -> bool:
    return any((e := lexicons.names().get(rest)) is not None and e.latin == "Jordan"
               for _, rest in lexicons.stems(norm))


def _lookup(norms: list[str], type_: str) -> tuple[Known | None, str]:
    """The lexicon entry a whole span names, also behind a descriptor ("تنظيم داعش" is داعش)."""
    spans = lexicon_spans(norms)
    if spans and spans[0].entry.kind == "listed" and _generic(norms[spans[0].start:spans[0].end]):
        return None, ""  # "الجمعية الوطنية", "الحرس الوطني": every country has one
    # a MISC reading of a listed name keeps the tagger's type but takes the list's Latin name
    # (ANERcorp tags البيت الأبيض MISC; the list knows it as the White House)
    if spans and spans[0].end == len(norms) and type_ in (spans[0].entry.type, "MISC"):
        if spans[0].start == 0:
            return spans[0].entry, spans[0].prefix
        if spans[0].start == 1 and lexicons.is_descriptor(norms[0]):
            return spans[0].entry, ""
    return None, ""


def _generic(norms: list[str]) -> bool:
    """A name made only of head words and adjectives that are no nationality: it names a kind of
    body, not one organisation."""
    return all(_org_head(w) is not None or (_modifier(w) and not lexicons.nationality(w)) for w in norms)


def _prefix_chars(token: str, prefix: str) -> int:
    """How many characters of `token` to cut as proclitics: the prefix a lexicon or an earlier
    mention showed, else only clitics before the article (والعراق -> العراق, وليد stays whole)."""
    folded, index = normalize_with_offsets(token)
    rest = 3  # letters a prefix the lexicon showed must leave (بلندن -> لندن)
    if not prefix:
        prefix = next((p for p, _ in lexicons.stems(folded)
                       if p and not p.endswith("ال") and folded[len(p):].startswith("ال")), "")
        rest = 5  # a guessed one must leave the article and three letters: وكالة is no و + ك + ال + ة
    if not prefix or len(index) - len(prefix) < rest:
        return 0
    return index[len(prefix)]
