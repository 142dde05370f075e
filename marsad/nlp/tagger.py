"""The statistical entity tagger: two CRFs (python-crfsuite) trained by scripts/train_ner.py.

Text is cut into sentences (lines, then sentence-final punctuation, as in the training corpus)
and tokens by `marsad.nlp.normalize.tokenize`. A first CRF tags each page; a second one tags it
again, seeing also how the first tagged each word's other occurrences on the page
(ner_features.second_pass_features): news names a person or body in a clear context once and bare
elsewhere. The models are loaded once per process.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import as_file, files
from pathlib import Path

import pycrfsuite

from marsad.nlp.ner_features import LexiconSpan, document_features, second_pass_features
from marsad.nlp.normalize import Token, tokenize

_SENTENCE_END = frozenset(".؟?!…")
MODEL_ENV = "MARSAD_NER_MODEL"  # lets the benchmark run a dev-split model
SHIPPED = "ner.crfsuite"  # in marsad/data, with its second pass beside it


@dataclass(frozen=True)
class Span:
    """Tokens [start, end) of one sentence tagged as one entity of `type`."""
    start: int
    end: int
    type: str


def second_pass(model: Path) -> Path:
    """Where the second-pass model of a first-pass model file lives: beside it."""
    return model.with_name(model.name.removesuffix(".crfsuite") + ".second.crfsuite")


def _open(model: Path) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    return tagger


@lru_cache(maxsize=1)
def _models() -> tuple[pycrfsuite.Tagger, pycrfsuite.Tagger]:
    """(first pass, second pass): the shipped models, or the ones MODEL_ENV names."""
    if path := os.environ.get(MODEL_ENV):
        return _open(Path(path)), _open(second_pass(Path(path)))
    data = files("marsad.data")
    with as_file(data.joinpath(SHIPPED)) as first, as_file(data.joinpath(second_pass(Path(SHIPPED)).name)) as second:
        return _open(first), _open(second)


@lru_cache(maxsize=1)
def _known_attributes() -> frozenset[str]:
    """Every attribute either model has a weight for. crfsuite skips any other feature, so dropping
    them before tagging gives the same tags while it looks up about half as many strings."""
    first, second = _models()
    return frozenset(first.info().attributes) | frozenset(second.info().attributes)


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
    """Entity spans the two passes find in each sentence of one document (normalised tokens and
    lexicon spans may be passed in when the caller has them); features see the whole document."""
    texts = [[t.text for t in s] for s in sentences]
    first, second = _models()
    known = _known_attributes()
    features = [[[a for a in token if a in known] for token in f] for f in document_features(texts, norms, lexicon)]
    first_tags = [first.tag(f) if f else [] for f in features]
    return [bio_spans(second.tag([token + extra for token, extra in zip(f, more)])) if f else []
            for f, more in zip(features, second_pass_features(texts, norms, first_tags))]
