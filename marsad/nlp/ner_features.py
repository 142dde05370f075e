"""Token features for the CRF entity tagger, shared by training (scripts/train_ner.py) and tagging.

A sentence is a list of token strings as `marsad.nlp.normalize.tokenize` cuts them (words and
single punctuation marks). Features look at the clitic-stripped stem, affixes, shape, the
consonant/vowel skeleton, how common the word is in Arabic generally (marsad.nlp.frequency), the
lexicons (places, known names, the hand-written lists of people, organisations, towns, given
names and surnames, nationality adjectives, titles, organisation head words; a word of any listed
name also alone), a window of two tokens each side, across the document what the other
occurrences of the same word show, and the topic of the passage around a sentence (sport,
business) (document_features). A second pass (second_pass_features) adds what the first pass
tagged the word's other occurrences in the document.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from marsad.nlp import frequency, lexicons
from marsad.nlp.lexicons import Known
from marsad.nlp.normalize import normalize


@dataclass(frozen=True)
class LexiconSpan:
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    entry: Known
    prefix: str  # proclitic letters to cut off the first token ("" when none or not cleanly cut)


def lexicon_spans(norms: list[str], kinds: frozenset[str] | None = None) -> list[LexiconSpan]:
    """Longest known names (of these kinds, when given) in a sentence of normalised tokens, left
    to right, clitics allowed on the first token only."""
    spans: list[LexiconSpan] = []
    i, n = 0, len(norms)
    while i < n:
        hit = _longest_at(norms, i, kinds)
        if hit and hit.end - hit.start > 1 and lexicons.is_descriptor(norms[i]):
            # "تنظيم الدولة الإسلامية": a descriptor and the start of a longer name after it
            # ("تنظيم الدولة" is an alias too) is the descriptor and that name, as news marks it
            inner = _longest_at(norms, i + 1, kinds)
            if inner and inner.end > hit.end:
                hit = None
        if hit:
            spans.append(hit)
            i = hit.end
        else:
            i += 1
    return spans


def _longest_at(norms: list[str], i: int, kinds: frozenset[str] | None) -> LexiconSpan | None:
    """The longest known name (of these kinds) that starts at token i, clitics allowed on it."""
    index, first_words = lexicons.names(), lexicons.first_words()
    if not norms[i]:
        return None
    for prefix, rest in lexicons.stems(norms[i]):
        # العراق carries its article; ك (as, like) before a name is rare, before a word
        # that only looks like one common (كبيراً is no كبير + the city Bira)
        if prefix.endswith(("ال", "ك")) or rest not in first_words:
            continue
        for length in first_words[rest]:
            if i + length > len(norms) or not all(norms[i + 1:i + length]):
                continue
            entry = index.get(" ".join([rest, *norms[i + 1:i + length]]))
            if entry and (kinds is None or entry.kind in kinds):
                return LexiconSpan(i, i + length, entry, lexicons.clean_prefix(norms[i], prefix, rest))
    return None


_normalize = lru_cache(maxsize=200_000)(normalize)


def _shape(token: str) -> str:
    if token.isdigit():
        return "digit"
    if not token[:1].isalnum():
        return "punct"
    if token.isascii():
        return "latin"
    return "arabic"


_LONG_VOWELS = frozenset("اوي")


def _skeleton(stem: str) -> str:
    """Consonant/long-vowel pattern of a word (دوفيلبان -> CVCVCCVC): transliterated foreign
    names spell their vowels out, Arabic words mostly do not."""
    return "".join("V" if ch in _LONG_VOWELS else "C" for ch in stem[:8])


def _stem(norm: str) -> tuple[str, str]:
    """(proclitics, stem): a proclitic is only split off when the article follows it
    ("والعراق" -> و + عراق), since a bare و/ب/ل may be part of the name (وليد، لافروف)."""
    for prefix, rest in lexicons.stems(norm):
        if rest.startswith("ال"):
            return prefix + "ال", lexicons.without_article(rest)
    return "", norm


@lru_cache(maxsize=200_000)
def _word_features(norm: str) -> dict[str, str]:
    """Features of one normalised word (cached: news vocabulary repeats; callers must not mutate)."""
    clitics, stem = _stem(norm)
    f = {"w": norm, "stem": stem, "cl": clitics, "shape": _shape(norm)}
    if len(norm) > 1:
        f.update(p2=norm[:2], p3=norm[:3], p4=norm[:4], s1=norm[-1:], s2=norm[-2:], s3=norm[-3:], s4=norm[-4:])
    if stem != norm and len(stem) > 2:
        f.update(sp3=stem[:3], ss2=stem[-2:], ss3=stem[-3:])
    if f["shape"] == "arabic" and len(stem) > 2:
        f.update(skel=_skeleton(stem), vowels=str(min(sum(ch in _LONG_VOWELS for ch in stem), 4)))
        band = frequency.zipf(frequency.stem_word(norm))
        f["zipf"] = str(int(band)) if band is not None else "none"
    if lexicons.is_title(norm):
        f["title"] = "1"
    if lexicons.is_org_head(norm):
        f["orghead"] = "1"
    if lexicons.nationality(norm):
        f["nat"] = "1"
    if lexicons.is_given_name(norm):
        f["given"] = "1"
    if lexicons.is_family_name(norm):
        f["family"] = "1"
    # a leading conjunction و/ف off verbs and nouns alike: وقال/فقال/قال share "core"
    f["core"] = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    listed = next((t for w in (norm, stem, f["core"]) if (t := lexicons.name_word_types(w))[0]), None)
    if listed:
        f["lw"], f["lwp"] = listed
    return f


@lru_cache(maxsize=200_000)
def _own(key: str) -> tuple[str, ...]:
    w = _word_features(key)
    return ("bias", f"len={min(len(key), 8)}", *(f"{k}={v}" for k, v in w.items()))


@lru_cache(maxsize=400_000)
def _context(key: str, off: int) -> tuple[str, ...]:
    o = _word_features(key)
    return (f"{off}:w={o['w']}", f"{off}:stem={o.get('stem', '')}", f"{off}:core={o.get('core', '')}",
            *(f"{off}:{k}" for k in ("title", "orghead", "nat", "given", "family") if k in o))


def _gaz_tags(n: int, spans: list[LexiconSpan]) -> list[str]:
    """BIO-TYPE-kind of the lexicon name each token is in ("" when none)."""
    gaz = [""] * n
    for span in spans:
        for k in range(span.start, span.end):
            gaz[k] = f"{'B' if k == span.start else 'I'}-{span.entry.type}-{span.entry.kind}"
    return gaz


def sentence_features(tokens: list[str], norms: list[str] | None = None,
                      spans: list[LexiconSpan] | None = None) -> list[list[str]]:
    """CRF feature strings for each token of one sentence (norms and lexicon spans may be given
    when the caller has them already)."""
    norms = norms if norms is not None else [_normalize(t) for t in tokens]
    keys = [n or t for n, t in zip(norms, tokens)]
    spans = spans if spans is not None else lexicon_spans(norms)
    gaz = _gaz_tags(len(tokens), spans)
    n = len(keys)
    title_at = {i for i, k in enumerate(keys) if "title" in _word_features(k)}
    out = []
    for i, key in enumerate(keys):
        feats = list(_own(key))
        if gaz[i]:
            feats += [f"gaz={gaz[i]}", f"gaztype={gaz[i][:5]}"]
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                feats += _context(keys[j], off)
                if gaz[j]:
                    feats.append(f"{off}:gaz={gaz[j][:5]}")
            else:
                feats.append(f"{off}:edge")
        if i > 0:
            feats.append(f"bi={keys[i - 1]}|{key}")
        if 0 < i < n - 1:
            feats.append(f"around={keys[i - 1]}|{keys[i + 1]}")
        if (i - 1) in title_at or (i - 2) in title_at or (i - 3) in title_at:
            feats.append("title-window")
        out.append(feats)
    return out


@lru_cache(maxsize=200_000)
def _doc_key(key: str) -> tuple[str, bool, bool]:
    """(the form a word is recognised by across a document: without clitics, article or a leading
    و/ف; is it a title; is it a given name)."""
    w = _word_features(key)
    return (w["stem"] if w["cl"] else w["core"]), "title" in w, "given" in w


def _cues(info: list[tuple[str, bool, bool]], gaz: list[str], i: int) -> tuple[str, ...]:
    """What the context says about token i: after a title, after a given name, in a lexicon name."""
    cues = []
    if i > 0 and info[i - 1][1] or i > 1 and info[i - 2][1]:
        cues.append("title")
    if i > 0 and info[i - 1][2]:
        cues.append("given")
    if gaz[i]:
        cues.append(gaz[i][2:5])
    return tuple(cues)


def document_features(sentences: list[list[str]], norms: list[list[str]] | None = None,
                      spans: list[list[LexiconSpan]] | None = None) -> list[list[list[str]]]:
    """sentence_features for every sentence of one document, plus what the other occurrences of
    each word in the document show (a surname once after a given name, a word once after a title):
    news names a person in full once, then by one name."""
    norms = norms if norms is not None else [[_normalize(t) for t in s] for s in sentences]
    spans = spans if spans is not None else [lexicon_spans(n) for n in norms]
    out, cued = [], []
    seen: dict[str, dict[str, int]] = {}
    for tokens, ns, sp in zip(sentences, norms, spans):
        keys = [n or t for n, t in zip(ns, tokens)]
        gaz = _gaz_tags(len(keys), sp)
        out.append(sentence_features(tokens, ns, sp))
        rows = []
        info = [_doc_key(key) for key in keys]
        for i in range(len(keys)):
            dk, cues = info[i][0], _cues(info, gaz, i)
            counts = seen.setdefault(dk, {})
            for c in cues:
                counts[c] = counts.get(c, 0) + 1
            rows.append((dk, cues))
        cued.append(rows)
    for feats, rows in zip(out, cued):
        for f, (dk, cues) in zip(feats, rows):
            counts = seen[dk]
            if counts:
                f.extend(f"doc:{c}" for c, k in counts.items() if k > cues.count(c))
    _add_topics(out, norms)
    return out


_TOPIC_WINDOW = 1  # sentences each side
_TOPIC_MIN_CUES = 2
# the features a topic qualifies: a city in the lexicons is a club in a sports passage
_TOPIC_QUALIFIED = ("gaztype=", "lw=", "lwp=", "-1:gaz=", "1:gaz=")


def _add_topics(features: list[list[list[str]]], norms: list[list[str]]) -> None:
    """Mark every token of a sentence whose neighbourhood (the sentence and one each side) has
    at least two cue words of a topic (lexicons.topics), alone and joined to its lexicon features.
    Local rather than page-wide: a page of mixed news is no one topic."""
    cues = [Counter(t for w in sentence for t in lexicons.topics(w)) for sentence in norms]
    for k, sentence in enumerate(features):
        around = sum(cues[max(0, k - _TOPIC_WINDOW):k + _TOPIC_WINDOW + 1], Counter())
        for topic in sorted(t for t, n in around.items() if n >= _TOPIC_MIN_CUES):
            for f in sentence:
                qualified = [f"{topic}|{x}" for x in f if x.startswith(_TOPIC_QUALIFIED)]
                f.append(topic)
                f.extend(qualified)


def second_pass_features(sentences: list[list[str]], norms: list[list[str]] | None,
                         first_tags: list[list[str]]) -> list[list[list[str]]]:
    """What the first-pass tagger said of the other occurrences of each token's word in the
    document, for the second pass: the types it gave them (any, the most common, and whether none
    was left untagged). A name tagged once in a clear context is a name wherever the page repeats
    it; the second pass learns how far to trust that (trained on first-pass tags of text the first
    pass did not see, scripts/train_ner.py). The token's own first-pass tag is left out: with it the
    second pass mostly copied the first (10-fold P+O+L 0.7957 against 0.8005 without)."""
    norms = norms if norms is not None else [[_normalize(t) for t in s] for s in sentences]
    keys = [[_doc_key(n or t)[0] for n, t in zip(ns, ts)] for ns, ts in zip(norms, sentences)]
    labels: dict[str, list[str]] = {}  # a word's first-pass types in document order
    for ks, tags in zip(keys, first_tags):
        for key, tag in zip(ks, tags):
            if len(key) > 1 and key[:1].isalpha():
                labels.setdefault(key, []).append(tag[2:] if tag != "O" else "O")
    seen: dict[str, int] = {}  # occurrences of each word so far
    done: dict[tuple[str, str, bool], list[str]] = {}
    out = []
    for ks in keys:
        rows = []
        for key in ks:
            found = labels.get(key)
            if not found or len(found) == 1:
                rows.append([])
                continue
            at = seen[key] = seen.get(key, -1) + 1
            own = found[at]
            # what the others show depends on this occurrence only through its type and whether
            # it is that type's first (the tie-break among types goes by first appearance)
            case = (key, own, found.index(own) == at)
            if case not in done:
                done[case] = _others(found[:at] + found[at + 1:])
            rows.append(done[case])
        out.append(rows)
    return out


def _others(types: list[str]) -> list[str]:
    counts = Counter(types)
    feats = [f"s1o:{t}" for t in counts if t != "O"]
    feats.append(f"s1maj={counts.most_common(1)[0][0]}")
    if "O" not in counts:
        feats.append("s1allent")
    return feats
