"""A paragraph of the body as the quotes stage reads it: tokens, quoted passages, sentences."""
from __future__ import annotations

from bisect import bisect_left, insort
from itertools import accumulate
from dataclasses import dataclass

from marsad.nlp.normalize import normalize, tokenize
from marsad.nlp.quotes import lexicon as lx
from marsad.nlp.quotes.marks import Passage, passages
from marsad.nlp.quotes.speakers import Subject, Tok, is_an

SENTENCE_END = frozenset(".!?؟")
MIN_PASSAGE_WORDS = 4  # fewer quoted words are a term or a name, unless a cue introduces them directly


@dataclass
class Found:
    """A statement found in the body, before its speaker is resolved."""
    start: int
    end: int
    kind: str
    cue: str | None
    subject: Subject | None
    follows: bool  # spoken by whoever spoke the statement before
    via: str | None = None
    gender: str | None = None  # the speaker's, as the cue's form says it ("قالت": f), when it is the speaker's
    honorific: str | None = None  # "وأكد سموه": the style the speaker was introduced with stands for him


class SpanSet:
    """Character spans [start, end), asked whether any overlaps a given span in log time: a long
    paragraph holds thousands of quotes and tokens, and scanning every span per token is quadratic."""

    def __init__(self, spans=()):
        self._spans = sorted(spans)
        self._index()

    def _index(self) -> None:
        self._starts = [a for a, _ in self._spans]
        self._max_ends = list(accumulate((b for _, b in self._spans), max))  # largest end up to each start

    def add(self, a: int, b: int) -> None:
        if self._spans and a < self._spans[-1][0]:
            insort(self._spans, (a, b))  # rare: a span that starts before the last one added
            self._index()
            return
        self._spans.append((a, b))
        self._starts.append(a)
        self._max_ends.append(max(b, self._max_ends[-1]) if self._max_ends else b)

    def overlaps(self, a: int, b: int) -> bool:
        """Does a span start before b and end after a?"""
        k = bisect_left(self._starts, b)
        return k > 0 and self._max_ends[k - 1] > a


_DATELINE_TOKENS = 14  # a dateline's place, date and agency, before the dash that ends it
_DATELINE_ENDS = frozenset(["-", "–", "—", "ـ", ":"])
_PLACE_WORDS = 3  # words of a dateline's place alone before its dash: "سان فرانسيسكو -"
_PAPER_WORDS = 3  # words of a paper's name in quotation marks after the place: "لندن: «القدس العربي»"
_MAX_CLITICS = 3  # letters of proclitics before a name: و، ب، ل، ال، وبال …


_NEGATIONS = frozenset(normalize(w) for w in "لا لن لم ليس ليست لسنا لست".split())


def _future_verb(word: str) -> bool:
    """س before a present-tense verb ("سنواصل"، "ستراعي"), not a noun that opens so (سيارة، سنوات)."""
    return (len(word) >= 5 and word[0] == "س" and word[1] in "يتن"
            and not word.endswith(("ه", "ات", "اء", "ين")))


def _feminine_past(word: str) -> bool:
    """A past verb agreeing with a feminine subject ("ارتكبت"، "فشلت"), not a plural (انتخابات) nor
    a noun in ت (بيروت، بيت)."""
    return len(word) >= 4 and word.endswith("ت") and not word.endswith(("ات", "وت", "يت"))


class Paragraph:
    """One line of the body: its tokens (tagged from the entities stage) and quoted passages."""

    def __init__(self, body: str, start: int, end: int, tags: dict[int, tuple[str, str]]):
        self.body, self.start, self.end = body, start, end
        self.toks = [Tok.of(t) for t in tokenize(body[start:end], start)]
        for t in self.toks:
            # a mention may start after the token's clitics: "ل|رويترز"، "وب|غداد"
            at = next((k for k in range(t.start, min(t.end, t.start + _MAX_CLITICS + 1)) if k in tags), None)
            if at is not None:
                t.tag, t.entity = tags[at]
        self.passages = [Passage(p.open_at + start, None if p.close_at is None else p.close_at + start,
                                 p.start + start, p.end + start) for p in passages(body[start:end])]
        self.opening = {p.open_at: p for p in self.passages}
        self.starts = [t.start for t in self.toks]
        self._quoted = SpanSet((p.open_at, p.outer_end) for p in self.passages)
        self._long_quoted = SpanSet((p.open_at, p.outer_end) for p in self.passages
                                    if self.words(p) >= MIN_PASSAGE_WORDS)

    def passage_ending_at(self, t: int) -> bool:
        """Is token t the closing mark of a quoted passage long enough to be speech?"""
        return t < len(self.toks) and any(p.close_at == self.toks[t].start and self.words(p) >= MIN_PASSAGE_WORDS
                                          for p in self.passages)

    def passage_at(self, t: int) -> Passage | None:
        return self.opening.get(self.toks[t].start) if t < len(self.toks) else None

    def inside(self, t: int) -> bool:
        s = self.toks[t].start
        return self._quoted.overlaps(s, s + 1)

    def inside_speech(self, t: int) -> bool:
        """Inside a quoted passage long enough to be speech, not a quoted term ("الاعتداءات المتواصلة")."""
        s = self.toks[t].start
        return self._long_quoted.overlaps(s, s + 1)

    def after(self, pos: int) -> int:
        """Index of the first token starting at or after character `pos`."""
        return bisect_left(self.starts, pos)

    def sentence_end(self, t: int) -> int:
        """Index of the token that ends the sentence holding token t (or len(toks))."""
        while t < len(self.toks):
            p = self.passage_at(t)
            if p is not None:
                if p.close_at is None:
                    return len(self.toks)
                t = self.after(p.outer_end)
                continue
            if self.ends_sentence(t):
                return t
            t += 1
        return len(self.toks)

    def sentence_start(self, t: int) -> int:
        while t > 0 and not (self.ends_sentence(t - 1) and not self.inside(t - 1)):
            t -= 1
        return t

    def after_dateline(self, start: int) -> int:
        """The first token after a dateline that opens the paragraph at `start` ("تونس (وات) - …"،
        "الكويت - 18 - 11 (كونا) -- …": an agency in brackets, then a dash or a colon; "مسقط في 20
        نوفمبر /العمانية/": between slashes); else `start`."""
        if start != 0:
            return start
        slashes = [k for k in range(min(len(self.toks), _DATELINE_TOKENS)) if self.toks[k].text == "/"]
        for a, b in zip(slashes, slashes[1:]):
            if 1 <= b - a - 1 <= 3 and all(t.w[:1].isalpha() for t in self.toks[a + 1:b]):
                return b + 1  # "مسقط في 20 نوفمبر /العمانية/ أكد …" (not a date's 12/11/2026)
        for k in range(1, min(len(self.toks), _DATELINE_TOKENS)):
            # "… (كونا) --"; "القاهرة في 14 أكتوبر 2026 - …": a place, its day, a dash
            dated = (self.toks[k - 1].text.isdigit() and self.toks[0].w[:1].isalpha() and self.toks[k].text != ":"
                     and k + 1 < len(self.toks) and self.toks[k + 1].w[:1].isalpha())  # not "18 - 11"
            if (self.toks[k - 1].text == ")" or dated) and self.toks[k].text in _DATELINE_ENDS:
                while k < len(self.toks) and self.toks[k].text in _DATELINE_ENDS:
                    k += 1
                return self._past_bracketed_credit(k)
        return self._after_place_alone()

    def _past_bracketed_credit(self, k: int) -> int:
        """Past an agency's credit in brackets and its dash at token k, which may follow the place and
        its country ("مايدوغوري (نيجيريا) - (أ ف ب) - …"); else k."""
        if k < len(self.toks) and self.toks[k].text == "(":
            close = next((c for c in range(k + 1, min(len(self.toks), k + 6)) if self.toks[c].text == ")"), None)
            if close is not None and close + 1 < len(self.toks) and self.toks[close + 1].text in _DATELINE_ENDS:
                k = close + 1
                while k < len(self.toks) and self.toks[k].text in _DATELINE_ENDS:
                    k += 1
        return k

    def _after_place_alone(self) -> int:
        for k in range(1, min(len(self.toks) - 1, _PLACE_WORDS + 1)):
            if self.toks[k].text not in _DATELINE_ENDS or not all(t.tag == "LOC" for t in self.toks[:k]):
                continue
            paper = self.passage_at(k + 1)
            if paper is not None and paper.close_at is not None and self.words(paper) <= _PAPER_WORDS:
                # "بغداد: «الأفق» هددت …": the place, then the paper's own name in quotation marks
                after = self.after(paper.outer_end)
                while after < len(self.toks) and self.toks[after].text in _DATELINE_ENDS:
                    after += 1
                return after
            credit = k + 2 < len(self.toks) and self.toks[k].text != ":" and self.toks[k + 2].text in _DATELINE_ENDS \
                and self.toks[k + 1].w in lx.agencies()
            if credit:
                k += 2  # "الجزائر - واج: …": the agency credited after the place
                while k + 1 < len(self.toks) and self.toks[k + 1].text in _DATELINE_ENDS:
                    k += 1
            if k + 1 < len(self.toks) and self.toks[k + 1].w[:1].isalpha():
                # "العريش - قتل …"، "بيروت: شنت …": a place the entities stage found, then a dash or a
                # colon, and the story
                return k + 1
        return 0

    def ends_sentence(self, t: int) -> bool:
        tok = self.toks[t]
        if tok.text not in SENTENCE_END:
            return False
        # ".." joins an introduction to its quotation; "3.5" is a number, "(م.ع)" a person's initials
        nxt = self.body[tok.end:tok.end + 1]
        prev = self.body[tok.start - 1:tok.start] if tok.start > 0 else ""
        return nxt != "." and prev != "." and not (prev.isdigit() and nxt.isdigit()) and not (prev.isalpha() and nxt.isalpha())

    def passage_filling(self, s: int, e: int) -> Passage | None:
        """The closed quoted passage that characters [s, e) are, with or without its marks."""
        return next((p for p in self.passages if s in (p.open_at, p.start) and e in (p.outer_end, p.end)
                     and p.close_at is not None), None)

    def words(self, p: Passage) -> int:
        return len(normalize(self.body[p.start:p.end]).split())

    def quotes_words(self, p: Passage) -> bool:
        """Does a passage inside a clause quote the speaker's own words? Four words or more do;
        fewer are a term or a name, unless they open as a statement does: a negation, a verb in
        the future or a past verb of a feminine subject ("الشارع "لن يصبر طويلاً""، "الموازنة
        "ستراعي الفئات الأضعف""، "الحكومة "ارتكبت أخطاء"")."""
        words = normalize(self.body[p.start:p.end]).split()
        if len(words) >= MIN_PASSAGE_WORDS:
            return True
        return len(words) >= 2 and (words[0] in _NEGATIONS or _future_verb(words[0]) or _feminine_past(words[0]))

    def is_label(self, p: Passage) -> bool:
        """A quoted name, not speech: followed by a colon or by إن/أن that open the speech after it
        ("المؤتمر "…": "…"، "وقال في ندوة "…" إن …"), or right after a naming noun (حملة "…"، بعنوان "…")
        or a lone ل."""
        if p.close_at is not None:
            rest = self.body[p.close_at + 1:self.end].lstrip()
            if rest.startswith(":"):
                return True
            nxt = self.after(p.outer_end)
            if nxt < len(self.toks) and is_an(self.toks[nxt].w) and self.toks[nxt].w in ("ان", "بان"):
                return True
        k = self.after(p.open_at) - 1
        if k >= 0 and self.toks[k].w:
            w = self.toks[k].w
            # (an outlet noun names the outlet: إذاعة "فرانس إنتر"، لصحيفة "الوطن"; so does a lone ل,
            # whom words were given to: "في تصريح لـ"الشرق الأوسط"")
            return w == "ل" or any(lx.is_role(form, "naming") or form in lx.relays()["outlet"]
                       for form in (w, w[1:] if w[:1] in "بلو" else w))
        return False
