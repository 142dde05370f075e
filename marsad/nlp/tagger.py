"""The statistical entity tagger: a CRF (python-crfsuite) trained by scripts/train_ner.py.

Text is cut into sentences (lines, then sentence-final punctuation, as in the training corpus)
and tokens by `marsad.nlp.normalize.tokenize`; the model is loaded once per process.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import as_file, files

import pycrfsuite

from marsad.nlp.ner_features import LexiconSpan, document_features
from marsad.nlp.normalize import Token, tokenize

_SENTENCE_END = frozenset(".؟?!…")
MODEL_ENV = "MARSAD_NER_MODEL"  # lets the benchmark run a dev-split model


@dataclass(frozen=True)
class Span:
    """Tokens [start, end) of one sentence tagged as one entity of `type`."""
    start: int
    end: int
    type: str


@lru_cache(maxsize=1)
def _model() -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    path = os.environ.get(MODEL_ENV)
    if path:
        tagger.open(path)
    else:
        with as_file(files("marsad.data").joinpath("ner.crfsuite")) as p:
            tagger.open(str(p))
    return tagger


@lru_cache(maxsize=1)
def _known_attributes() -> frozenset[str]:
    """Every attribute the model has a weight for. crfsuite skips any other feature, so dropping
    them before tagging gives the same tags while it looks up about half as many strings."""
    return frozenset(_model().info().attributes)


def sentences(text: str) -> list[list[Token]]:
    """Tokens of `text` (offsets into it) grouped into sentences."""
    out: list[list[Token]] = []
    pos = 0
    for line in text.split("\n"):
        current: list[Token] = []
        for tok in tokenize(line, pos):
            current.append(tok)
            if tok.text in _SENTENCE_END:
                out.append(current)
                current = []
        if current:
            out.append(current)
        pos += len(line) + 1
    return out


def bio_spans(tags: list[str]) -> list[Span]:
    spans: list[Span] = []
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        inside = tag.startswith("I-") and tag[2:] == kind
        if start is not None and not inside:
            spans.append(Span(start, i, kind))
            start, kind = None, None
        if tag != "O" and not inside:
            start, kind = i, tag[2:]
    return spans


def tag(sentences: list[list[Token]], norms: list[list[str]] | None = None,
        lexicon: list[list[LexiconSpan]] | None = None) -> list[list[Span]]:
    """Entity spans the CRF finds in each sentence of one document (normalised tokens and lexicon
    spans may be passed in when the caller has them); its features see the whole document."""
    texts = [[t.text for t in s] for s in sentences]
    known = _known_attributes()
    model = _model()
    return [bio_spans(model.tag([[a for a in token if a in known] for token in f])) if f else []
            for f in document_features(texts, norms, lexicon)]
