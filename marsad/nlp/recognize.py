"""Entity mentions in a text: the CRF tagger, then the lexicons, then document-level rules.

- tagger: what the CRF finds sentence by sentence;
- lexicons: a known name or a country/capital/region in the gazetteer wins over an overlapping
  tagger span (its type and extent come from the lexicon);
- rules: a name found once in the document is found everywhere in it (same type), and a
  person's surname alone stands for that person ("سيرغي لافروف" ... "لافروف").
Mentions carry exact offsets into the text; proclitics (و، ب، ال ...) are cut off the mention
when it is clear where the name starts.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.nlp import lexicons, tagger
from marsad.nlp.lexicons import Known
from marsad.nlp.ner_features import LexiconSpan, lexicon_spans
from marsad.nlp.normalize import Token, normalize, normalize_with_offsets

LAYERS = ("tagger", "lexicons", "rules")
_STRONG_KINDS = frozenset({"known", "country", "region"})  # geonames city spellings stay features only
_normalize = lru_cache(maxsize=200_000)(normalize)
_MIN_PROPAGATED = 3  # letters; shorter names are too often ordinary words


@dataclass(frozen=True)
class Found:
    start: int  # character offsets into the text
    end: int
    type: str
    key: str  # normalised name without proclitics: what linking compares
    entry: Known | None = None


@dataclass
class _Sentence:
    tokens: list[Token]
    norms: list[str]
    spans: dict[int, tuple[int, str, Known | None, str]]  # start token -> (end token, type, entry, prefix)


def recognize(text: str, layers: tuple[str, ...] = LAYERS) -> list[Found]:
    sents = []
    for tokens in tagger.sentences(text):
        norms = [_normalize(t.text) for t in tokens]
        lexicon = lexicon_spans(norms)
        spans = {s.start: (s.end, s.type, None, "") for s in tagger.tag(tokens, norms, lexicon)}
        sents.append(_Sentence(tokens, norms, spans))
        if "lexicons" in layers:
            _apply_lexicon(sents[-1], lexicon)
    if "rules" in layers:
        _propagate(sents)
    found = []
    for s in sents:
        for start, (end, type_, entry, prefix) in sorted(s.spans.items()):
            found.append(_found(text, s, start, end, type_, entry, prefix))
    return found


def _overlapping(s: _Sentence, start: int, end: int) -> list[int]:
    return [a for a, (b, *_) in s.spans.items() if a < end and start < b]


def _apply_lexicon(s: _Sentence, lexicon: list[LexiconSpan]) -> None:
    for span in lexicon:
        if span.entry.kind not in _STRONG_KINDS:
            continue
        clash = _overlapping(s, span.start, span.end)
        person = span.entry.type == "PER" and all(s.spans[a][1] == "PER" for a in clash)
        if not person and any(a < span.start or s.spans[a][0] > span.end for a in clash):
            continue  # the tagger saw a longer name around it (ريال مدريد); a known person's name is exact
        if not clash and span.end - span.start == 1 and _adjective(s.norms, span.end):
            continue  # a one-word name that is also a noun, here with its adjective (القاعدة الجوية)
        for a in clash:
            del s.spans[a]
        s.spans[span.start] = (span.end, span.entry.type, span.entry, span.prefix)


def _adjective(norms: list[str], i: int) -> bool:
    """Is token i a definite relative adjective (السياسية، العسكري)?"""
    return i < len(norms) and norms[i].startswith("ال") and norms[i].endswith(("ي", "يه"))


def _name_key(norms: list[str]) -> str:
    """The comparison key of a name: first token without proclitics and article."""
    first = norms[0]
    for prefix, rest in lexicons.stems(first):
        if rest.startswith("ال"):
            first = lexicons.without_article(rest)
            break
    return " ".join([first, *norms[1:]])


def _propagate(sents: list[_Sentence]) -> None:
    """Tag every other occurrence of a name already found in the document, and person surnames."""
    seen: dict[tuple[str, ...], str] = {}
    for s in sents:
        for start, (end, type_, _, _) in s.spans.items():
            words = s.norms[start:end]
            # one-word names other than people's are too often ordinary words tagged by mistake
            if end - start >= 2 or type_ == "PER":
                seen.setdefault(tuple(words), type_)
            if type_ == "PER" and end - start >= 2 and len(words[-1]) >= _MIN_PROPAGATED + 1:
                seen.setdefault((words[-1],), "PER")
    if not seen:
        return
    starts: dict[str, list[int]] = {}  # first word -> lengths of seen names, longest first
    for key in sorted(seen, key=len, reverse=True):
        starts.setdefault(key[0], []).append(len(key))
    for s in sents:
        i = 0
        while i < len(s.norms):
            if i in s.spans:
                i = s.spans[i][0]
                continue
            hit = _match_seen(s, i, seen, starts)
            if hit:
                end, type_, prefix = hit
                s.spans[i] = (end, type_, None, prefix)
                i = end
            else:
                i += 1


def _match_seen(s: _Sentence, i: int, seen: dict, starts: dict) -> tuple[int, str, str] | None:
    for prefix, first in lexicons.stems(s.norms[i]):
        for length in starts.get(first, ()):
            end = i + length
            if end > len(s.norms) or any(k in s.spans for k in range(i + 1, end)):
                continue
            key = (first, *s.norms[i + 1:end])
            if key in seen and len("".join(key)) >= _MIN_PROPAGATED:
                literal = s.norms[i][len(prefix):] == first  # not a restored ل+ال
                return end, seen[key], prefix if literal else ""
    return None


def _found(text: str, s: _Sentence, start: int, end: int, type_: str, entry: Known | None,
           prefix: str) -> Found:
    if entry is None:  # a name the tagger found may still be in the lexicons (its Latin name, id)
        entry, known_prefix = _lookup(s.norms[start:end], type_)
        prefix = known_prefix if entry else prefix
    first = s.tokens[start]
    begin = first.start + _prefix_chars(first.text, prefix)
    last = s.tokens[end - 1]
    return Found(begin, last.end, type_, _name_key(s.norms[start:end]), entry)


def _lookup(norms: list[str], type_: str) -> tuple[Known | None, str]:
    """The lexicon entry a whole span names, also behind a descriptor ("تنظيم داعش" is داعش)."""
    spans = lexicon_spans(norms)
    if spans and spans[0].end == len(norms) and spans[0].entry.type == type_:
        if spans[0].start == 0:
            return spans[0].entry, spans[0].prefix
        if spans[0].start == 1 and lexicons.is_descriptor(norms[0]):
            return spans[0].entry, ""
    return None, ""


def _prefix_chars(token: str, prefix: str) -> int:
    """How many characters of `token` to cut as proclitics: the prefix a lexicon or an earlier
    mention showed, else only clitics before the article (والعراق -> العراق, وليد stays whole)."""
    folded, index = normalize_with_offsets(token)
    if not prefix:
        prefix = next((p for p, _ in lexicons.stems(folded)
                       if p and not p.endswith("ال") and folded[len(p):].startswith("ال")), "")
    if not prefix or len(prefix) >= len(index):
        return 0
    return index[len(prefix)]
