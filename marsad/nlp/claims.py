"""Claims: the propositions that quotes and headline statements assert, and their clusters.

`run(article)` turns each reported sentence (from `article.quotes`) and the headline statement
("Speaker: statement", restated by the lead of the body) into `Claim`s whose `text` is the exact body
span. `ClaimIndex` gives each claim a cluster id, incrementally: a claim joins the most similar
existing cluster or opens a new one, and an id once given never changes. `narratives()` groups
stored clusters into narratives with a label and a timeline.

Claims are compared as bags of word stems (Snowball's Arabic light stemmer, then `normalize`) and
roots (NLTK's ISRI stemmer), each weighted by how rare it is in Arabic generally
(data/term_frequency.tsv) and in the corpus seen so far, so that two claims meet on what they
assert and not on the words every story of the corpus shares.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from marsad.article import Article, Claim, Quote
from marsad.datafiles import data_rows
from marsad.nlp.frequency import stem_word, zipf
from marsad.nlp.normalize import normalize, tokenize

MIN_TERMS = 3  # a sentence with fewer content stems asserts too little to cluster
HEADLINE_COVERAGE = 0.6  # share of the headline statement's weight a body sentence must restate
SIMILARITY = 0.25  # cosine at which a claim joins a cluster
NARRATIVE_SIMILARITY = 0.15  # cosine at which a cluster joins a narrative (clusters of one story)
NGRAM = 4  # characters per sub-word feature
NGRAM_SHARE = 0.5  # weight of each n-gram relative to its stem
ROOT_SHARE = 1.0  # weight of a word's root relative to its stem
ZIPF_CEILING = 7.0  # stems at least this common in Arabic weigh nothing
UNKNOWN_ZIPF = 2.0  # a stem missing from the frequency list (names, rare words)

# A sentence ends at . ! ? ؟ ؛ followed by a space or the end, or at a line break; a stop inside a
# word ("(م.ع)"، "2.5") ends nothing.
_SENTENCE = re.compile(r"(?:[^\n.!?؟؛]|[.!?؟؛]+(?=[^\s.!?؟؛]))+(?:[.!?؟؛]+(?=\s|$))?")
# What may be trimmed off the edges of a claim span: spaces, punctuation, quotation marks.
_EDGE = " \t\n.,:;!?،؛؟\"'«»“”‘’()[]-–—…"


# -- terms -------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(normalize(r["word"]) for r in data_rows("claim_stopwords.tsv"))


@lru_cache(maxsize=1)
def _root_stemmer():
    from nltk.stem.isri import ISRIStemmer  # importing nltk pulls in scipy: only once claims are compared

    return ISRIStemmer()


@lru_cache(maxsize=200_000)
def root_word(word: str) -> str:
    """The ISRI root of one word as written (three letters for most derived words), normalised."""
    return normalize(_root_stemmer().stem(word))


def _function_word(key: str) -> bool:
    """A stopword, alone or behind one clitic letter (وفي، بهذا، لذلك)."""
    stop = _stopwords()
    return key in stop or (len(key) > 2 and key[0] in "وفبلك" and key[1:] in stop)


@lru_cache(maxsize=200_000)
def term(word: str) -> str | None:
    """The stem a word (as written) is compared by; None for function words, digits and stray letters."""
    key = normalize(word)
    if len(key) < 2 or " " in key or key.isdigit() or _function_word(key):
        return None
    stem = stem_word(word)
    if key[0] in "وف" and len(key) > 3:  # conjunction clitic the stemmer leaves on: keep the likelier reading
        bare = stem_word(word[1:])
        if (zipf(bare) or 0.0) > (zipf(stem) or 0.0):
            stem = bare
    return None if len(stem) < 2 or _function_word(stem) else stem


def terms(text: str) -> list[str]:
    return [t for tok in tokenize(text) if (t := term(tok.text))]


def specificity(stem: str) -> float:
    """How much sharing this stem says: 0 for the commonest words, most for names and rare words."""
    return max(0.0, ZIPF_CEILING - (zipf(stem) or UNKNOWN_ZIPF))


# -- claims of one article ---------------------------------------------------------------------
def run(article: Article) -> Article:
    claims = _outermost([c for q in article.quotes for c in _quote_claims(article.body, q, article.published)])
    headline = _headline_claim(article, claims)
    article.claims = sorted([*claims, headline] if headline else claims, key=lambda c: (c.start, c.end))
    return article


def _outermost(claims: list[Claim]) -> list[Claim]:
    """Drop claims lying inside another (a direct quote nested in a mixed one says it once)."""
    kept: list[Claim] = []
    reach = -1  # the furthest end of a kept claim; every kept claim starts at or before this one
    for c in sorted(claims, key=lambda c: (c.start, -c.end)):
        if c.end > reach:
            kept.append(c)
            reach = c.end
    return kept


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Sentence spans inside text[start:end], trimmed of edge spaces, punctuation and quote marks,
    each with whether it was a question."""
    spans = []
    for m in _SENTENCE.finditer(text, start, end):
        s, e = m.start(), m.end()
        question = m.group().rstrip().endswith(("?", "؟"))
        while s < e and text[s] in _EDGE:
            s += 1
        while e > s and text[e - 1] in _EDGE:
            e -= 1
        if e > s:
            spans.append((*_marks_kept(text, s, e, m.start(), m.end()), question))
    return spans


_PAIRED_MARKS = (("«", "»"), ("“", "”"), ("(", ")"))


def _marks_kept(text: str, s: int, e: int, floor: int, limit: int) -> tuple[int, int]:
    """A trimmed span widened to keep the marks of a quotation it holds half of, where only edge
    characters stand between: the opening one before it ("الوحدة تعرضت لهجوم" صباح الثلاثاء), the
    closing one after it (الوزارة «ستوزع الأعلاف»، الخطة "جاءت متأخرة"), within the sentence."""
    span = text[s:e]
    openers = [o for o, c in _PAIRED_MARKS if span.count(c) > span.count(o)]
    closers = [c for o, c in _PAIRED_MARKS if span.count(o) > span.count(c)]
    if span.count('"') % 2:
        openers.append('"')
        closers.append('"')
    for o in openers:
        k = text.rfind(o, floor, s)
        if k != -1 and not text[k + 1:s].strip(_EDGE):
            s = k
    if text[s:e].count('"') % 2 == 0 and '"' in closers:
        closers.remove('"')  # the straight mark it lacked was the opening one
    for c in closers:
        k = text.find(c, e, limit)
        if k != -1 and not text[e:k].strip(_EDGE):
            e = k + 1
    return s, e


def _quote_claims(body: str, quote: Quote, date: str | None) -> list[Claim]:
    """One claim per asserted sentence of the quote; questions and thin fragments assert nothing."""
    if quote.start is None or quote.end is None or body[quote.start:quote.end] != quote.text:
        return []
    return [Claim(text=body[s:e], start=s, end=e, speaker=quote.speaker, date=date)
            for s, e, question in _sentences(body, quote.start, quote.end)
            if not question and len(set(terms(body[s:e]))) >= MIN_TERMS]


def headline_statement(title: str | None) -> tuple[str | None, str] | None:
    """Split a "Speaker: statement" headline, the convention of Arabic news titles.

    Returns (speaker part, statement), or None when the title does not have that shape."""
    if not title or ":" not in title:
        return None
    head, _, statement = title.partition(":")
    head, statement = head.strip(), statement.strip(_EDGE)
    if not head or len(head.split()) > 4 or len(set(terms(statement))) < MIN_TERMS:
        return None
    return head, statement


def _headline_claim(article: Article, taken: list[Claim]) -> Claim | None:
    """The body span that restates the headline statement, when the headline's speaker part names
    someone the article quotes or mentions ("فيديو: …" is a label, not a speaker) and no quote
    already covers that span."""
    split = headline_statement(article.title)
    speaker = _headline_speaker(article, split[0]) if split else None
    if not split or not speaker:
        return None
    wanted = {t: specificity(t) for t in terms(split[1])}
    total = sum(wanted.values())
    if not total:
        return None
    best: tuple[float, int, int] | None = None
    for s, e, _ in _sentences(article.body, 0, len(article.body)):
        tokens = [tok for tok in tokenize(article.body[s:e], s) if term(tok.text) in wanted]
        covered = sum(wanted[t] for t in {term(tok.text) for tok in tokens})
        if tokens and covered / total >= HEADLINE_COVERAGE and (best is None or covered > best[0]):
            best = (covered, tokens[0].start, tokens[-1].end)
    if best is None:
        return None
    _, s, e = best
    if any(c.start < e and s < c.end for c in taken):
        return None
    return Claim(text=article.body[s:e], start=s, end=e, speaker=speaker, date=article.published)


def _headline_speaker(article: Article, head: str) -> str | None:
    """The person or organisation the headline's speaker part names, in the article's own full form:
    a quoted speaker or a PER/ORG entity whose name holds all its words ("لافروف" → "سيرغي لافروف")."""
    key = set(normalize(head).split())
    if not key:
        return None
    names = [q.speaker for q in article.quotes if q.speaker]
    names += [n for ent in article.entities if ent.type in ("PER", "ORG") for n in (ent.name, *ent.aliases)]
    return next((n for n in names if key <= set(normalize(n).split())), None)


# -- clustering across the corpus --------------------------------------------------------------
# memoised: the corpus stage and then the store ask for the same new claim's features in turn
@lru_cache(maxsize=4096)
def features(text: str) -> dict[str, float]:
    """Weighted features of a claim: its stems; their character n-grams, so that inflections the
    light stemmer leaves apart (انقطاع / انقطاعات) still meet; and the words' roots, so that
    derivations of one root meet (خرق / خروقات، يضاعف / مضاعفة). Weights are stem specificity.
    Callers must not change the dict."""
    out: dict[str, float] = defaultdict(float)
    tokens = tokenize(text)
    if _negated(tokens):
        out[NEGATED] = 1.0
    for tok in tokens:
        stem = term(tok.text)
        weight = specificity(stem) if stem else 0.0
        if not weight:
            continue
        out[stem] += weight
        for i in range(len(stem) - NGRAM + 1):
            out["#" + stem[i:i + NGRAM]] += weight * NGRAM_SHARE
        root = root_word(tok.text)
        if len(root) >= 3:
            out["@" + root] += weight * ROOT_SHARE
    return dict(out)


MIN_SHARED_WORDS = 2  # one shared name (a place, a person) is a topic in common, not one claim


def _shared_words(vec: dict[str, float], centroid: dict[str, float]) -> int:
    """How many words a claim shares with a cluster: stems, or roots where the stems differ
    (انتهت / انتهاء meet by their root)."""
    stems = sum(1 for t in vec if t[:1] not in "#@!" and t in centroid)
    roots = sum(1 for t in vec if t[:1] == "@" and t in centroid)
    return max(stems, roots)


NEGATED = "!neg"  # the feature of a claim that denies or refuses: it never shares a cluster with one that asserts
# "لا" that negates nothing: "لا يزال" (still), "لا سيما" (especially)
_NOT_NEGATING = frozenset(normalize(w) for w in "يزال تزال يزالون زال زالت سيما بد".split())


@lru_cache(maxsize=1)
def _negations() -> frozenset[str]:
    return frozenset(normalize(r["word"]) for r in data_rows("claim_negations.tsv"))


def claim_vectors(claims: list[tuple[str, int | None, int | None]],
                  quotes: list[tuple[int | None, int | None, str | None]]) -> list[dict[str, float]]:
    """The features of each claim (text, start, end) of one article, marked negated also when the
    quote it comes from is introduced by a denial ("نفى الوزير أن تكون الحكومة سترفع الأسعار":
    the claim is the denied words, the denial is in the cue). Quotes are (start, end, cue)."""
    out = []
    for text, start, end in claims:
        vec = features(text)
        if vec and NEGATED not in vec and start is not None and any(
                q_start is not None and q_start <= start and end <= q_end and _denies(cue)
                for q_start, q_end, cue in quotes):
            vec = {**vec, NEGATED: 1.0}
        out.append(vec)
    return out


def _denies(cue: str | None) -> bool:
    word = normalize(cue or "")
    return word in _negations() or (word[:1] in "وف" and word[1:] in _negations())


def _negated(tokens: list) -> bool:
    """Does the claim deny or refuse ("لن تدخل"، "لا مفاوضات"، "ترفض الدخول"، "عدم وجود")? One
    negation makes it so; a claim and its denial are two claims."""
    words = [normalize(t.text) for t in tokens]
    for i, w in enumerate(words):
        bare = w[1:] if w[:1] in "وف" and len(w) > 2 and w[1:] in _negations() else w
        if bare in _negations() and not (i + 1 < len(words) and words[i + 1] in _NOT_NEGATING):
            return True
    return any(root_word(t.text) == "رفض" for t in tokens)


class ClaimIndex:
    """Claim clusters that grow one claim at a time; ids are "c1", "c2", … in order of creation.

    Each cluster keeps the sum of its members' unit vectors; a claim joins the cluster whose centroid
    is most similar (cosine ≥ `threshold`), else opens a new one. Only clusters sharing a stem that is
    not corpus-common with the claim are compared, through an inverted index, so adding a claim costs
    little however large the corpus."""

    def __init__(self, threshold: float = SIMILARITY):
        self.threshold = threshold
        self.df: Counter = Counter()  # claims containing each stem
        self.n_claims = 0
        self.ids: list[str] = []
        self._centroids: list[dict[str, float]] = []
        self._norms: list[float] = []
        self._postings: dict[str, list[int]] = defaultdict(list)
        self._by_id: dict[str, int] = {}
        self._negated: list[bool] = []  # each cluster's polarity, its first claim's
        self._next = 1

    def __len__(self) -> int:
        return len(self.ids)

    def count(self, feats: list[dict[str, float]]) -> None:
        """Add claims' stems to the corpus statistics that weigh them."""
        for f in feats:
            self.df.update(f.keys())
        self.n_claims += len(feats)

    def _idf(self, stem: str) -> float:
        return math.log((1 + self.n_claims) / (1 + self.df[stem])) + 1.0

    def vector(self, feats: dict[str, float]) -> dict[str, float]:
        vec = {t: w * self._idf(t) for t, w in feats.items()}
        norm = math.sqrt(sum(w * w for w in vec.values()))
        return {t: w / norm for t, w in vec.items() if w} if norm else {}

    def _common(self, stem: str) -> bool:
        """Stems in a large share of claims are skipped when looking for candidate clusters."""
        return self.df[stem] > max(20, 0.01 * self.n_claims)

    def nearest(self, vec: dict[str, float]) -> tuple[int | None, float]:
        """The most similar cluster and its cosine; dot products add up along the posting lists."""
        dots: dict[int, float] = defaultdict(float)
        common = []
        for t, w in vec.items():
            if self._common(t):
                common.append((t, w))
                continue
            for c in self._postings.get(t, ()):
                dots[c] += w * self._centroids[c][t]
        best, best_sim = None, 0.0
        negated = NEGATED in vec
        for c in sorted(dots):
            if self._negated[c] != negated:
                continue
            centroid = self._centroids[c]
            if _shared_words(vec, centroid) < MIN_SHARED_WORDS:
                continue  # "… سيطرتها على مقر الفرقة في الفاشر" and "… هجمات على المدنيين في الفاشر"
            sim = (dots[c] + sum(w * centroid.get(t, 0.0) for t, w in common)) / self._norms[c]
            if sim > best_sim:
                best, best_sim = c, sim
        return best, best_sim

    def _join(self, c: int, vec: dict[str, float]) -> None:
        centroid = self._centroids[c]
        if not centroid:
            self._negated[c] = NEGATED in vec
        for t, w in vec.items():
            if t not in centroid:
                self._postings[t].append(c)
            centroid[t] = centroid.get(t, 0.0) + w
        self._norms[c] = math.sqrt(sum(w * w for w in centroid.values()))

    def _open(self, cluster_id: str | None = None) -> int:
        if cluster_id is None:
            cluster_id = f"c{self._next}"
        number = int(cluster_id[1:]) if cluster_id[1:].isdigit() else 0
        self._next = max(self._next, number + 1)
        self.ids.append(cluster_id)
        self._centroids.append({})
        self._norms.append(0.0)
        self._negated.append(False)
        self._by_id[cluster_id] = len(self.ids) - 1
        return len(self.ids) - 1

    def assign(self, texts: list[str]) -> list[str | None]:
        """Cluster ids for the claims of one article, in order (None for a claim with no content)."""
        return self.assign_features([features(t) for t in texts])

    def assign_features(self, feats: list[dict[str, float]]) -> list[str | None]:
        self.count([f for f in feats if f])
        out: list[str | None] = []
        for f in feats:
            vec = self.vector(f)
            if not vec:
                out.append(None)
                continue
            c, sim = self.nearest(vec)
            if c is None or sim < self.threshold:
                c = self._open()
            self._join(c, vec)
            out.append(self.ids[c])
        return out

    def lookup_features(self, feats: list[dict[str, float]]) -> list[str | None]:
        """The clusters these claims would join, leaving the index as it is (an article seen before)."""
        out: list[str | None] = []
        for f in feats:
            vec = self.vector(f)
            c, sim = self.nearest(vec) if vec else (None, 0.0)
            out.append(self.ids[c] if c is not None and sim >= self.threshold else None)
        return out

    def restore(self, texts: list[str], cluster_ids: list[str | None]) -> None:
        """Seed the index with claims that already carry ids (from a store), keeping those ids."""
        self.restore_features([features(t) for t in texts], cluster_ids)

    def restore_features(self, feats: list[dict[str, float]], cluster_ids: list[str | None]) -> None:
        self.count([f for f in feats if f])
        for f, cluster_id in zip(feats, cluster_ids):
            vec = self.vector(f)
            if not vec or not cluster_id:
                continue
            c = self._by_id.get(cluster_id)
            self._join(self._open(cluster_id) if c is None else c, vec)


# -- narratives --------------------------------------------------------------------------------
def narratives(claim_rows: Iterable[dict], duplicates: Iterable[tuple[str, str]] = (),
               threshold: float = NARRATIVE_SIMILARITY) -> list[dict]:
    """Group stored claim clusters into narratives, each with a label and a timeline.

    `claim_rows` are dicts with at least text and cluster, and usually article_id, speaker, date,
    outlet, published, source; `duplicates` are (article_id, duplicate_id) links, so that syndicated
    copies count as one article. Clusters are taken oldest first and each joins the narrative whose
    centroid is closest (as claims join clusters, with a lower threshold), so one chain of loosely
    related clusters cannot swallow the corpus. Narratives come largest first; an id is "n" + the
    number of the cluster that opened it."""
    from marsad.nlp.duplicates import representatives

    members: dict[str, list[dict]] = defaultdict(list)
    for r in claim_rows:
        if r.get("cluster"):
            members[r["cluster"]].append(r)
    order = sorted(members, key=_cluster_number)
    totals = []
    for cid in order:
        total: Counter = Counter()
        for r in members[cid]:
            total.update(features(r["text"]))
        totals.append(dict(total))
    index = ClaimIndex(threshold=threshold)
    grouped: dict[str, list[str]] = defaultdict(list)
    for cid, narrative in zip(order, index.assign_features(totals)):
        grouped[narrative or cid].append(cid)
    story = representatives(duplicates)
    out = [_describe(cids, members, story) for cids in grouped.values()]
    return sorted(out, key=lambda n: (-n["articles"], -n["claims"], _cluster_number(n["clusters"][0])))


def _cluster_number(cluster_id: str) -> tuple[int, str]:
    digits = cluster_id[1:]
    return (int(digits), cluster_id) if digits.isdigit() else (1 << 62, cluster_id)


def _describe(cluster_ids: list[str], members: dict[str, list[dict]], story: dict[str, str]) -> dict:
    rows = [r for cid in cluster_ids for r in members[cid]]
    weight: Counter = Counter()
    for r in rows:
        weight.update({t: w for t, w in features(r["text"]).items() if not t.startswith("#")})
    surface: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        for tok in tokenize(r["text"]):
            if (t := term(tok.text)) in weight:
                surface[t][tok.text] += 1
    label = [surface[t].most_common(1)[0][0] for t, _ in weight.most_common() if surface.get(t)][:4]
    dates = sorted(d[:10] for r in rows if (d := r.get("date") or r.get("published")))
    articles = {story.get(r.get("article_id"), r.get("article_id")) for r in rows if r.get("article_id")}
    return {
        "id": "n" + cluster_ids[0][1:],
        "label": " ".join(label),
        "clusters": cluster_ids,
        "claims": len(rows),
        "articles": len(articles),
        "first_seen": dates[0] if dates else None,
        "last_seen": dates[-1] if dates else None,
        # where the claim ran: the site, or for a page without one the agency it credits
        "outlets": sorted({o for r in rows if (o := r.get("outlet") or r.get("agency"))}),
        "speakers": sorted({r["speaker"] for r in rows if r.get("speaker")}),
        "per_month": dict(sorted(Counter(d[:7] for d in dates).items())),
    }
