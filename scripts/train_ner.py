#!/usr/bin/env python3
"""Train the two-pass CRF entity tagger (marsad/data/ner.crfsuite and ner.second.crfsuite) on the
ANERcorp training split (about four minutes).

    .venv/bin/python scripts/train_ner.py                       # all of train -> the shipped model
    .venv/bin/python scripts/train_ner.py --dev --model /tmp/ner-dev.crfsuite   # first 90% only

The corpus stays outside the repo (../shared/ner/anercorp.train.conll, see its README). Its
tokens are whitespace tokens with clitics attached; each is re-cut with Marsad's tokenizer, as
the tagger sees text at run time: punctuation pieces are tagged O, word pieces keep the entity.
Features are built a page at a time (DOCUMENT sentences) so that the document features (what
other occurrences of a word show) see what they see at run time. The dev split is the last 10%
of the sentences (benchmarks/ner.py evaluates on it).

The second pass learns from first-pass tags as they are on unseen text: the training sentences are
cut into SECOND_PASS_FOLDS parts, each tagged by a first-pass model trained on the others, and the
second model is trained on those tags (marsad.nlp.ner_features.second_pass_features).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from marsad.nlp.ner_features import document_features, second_pass_features  # noqa: E402
from marsad.nlp.normalize import tokenize  # noqa: E402
from marsad.nlp.tagger import second_pass  # noqa: E402

CORPUS = ROOT.parent / "shared" / "ner" / "anercorp.train.conll"
MODEL = ROOT / "marsad" / "data" / "ner.crfsuite"
DEV_SHARE = 0.10
DOCUMENT = 15  # sentences; benchmarks/ner.py feeds pages of as many
SECOND_PASS_FOLDS = 4
PARAMS = {"c1": 0.6, "c2": 0.3, "max_iterations": 200, "feature.possible_transitions": True,
          "feature.minfreq": 2}

Sentence = list[tuple[str, str]]


def read_conll(path: Path = CORPUS) -> list[Sentence]:
    sentences: list[Sentence] = []
    current: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
            current = []
            continue
        token, tag = line.rsplit("\t", 1)
        current.append((token, tag))
    if current:
        sentences.append(current)
    return sentences


def split(sentences: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev): the dev part is the last 10% of the sentences."""
    cut = len(sentences) - int(len(sentences) * DEV_SHARE)
    return sentences[:cut], sentences[cut:]


def retokenize(sentence: Sentence) -> Sentence:
    """Cut corpus tokens the way Marsad's tokenizer does, carrying the BIO tags over."""
    out: Sentence = []
    previous_type = None
    for token, tag in sentence:
        kind = tag[2:] if tag != "O" else None
        pieces = [t.text for t in tokenize(token)] or [token]
        first_word = True
        for piece in pieces:
            if not kind or not piece[:1].isalnum():
                out.append((piece, "O"))
                continue
            inside = tag.startswith("I-") or not first_word
            # an I- after punctuation that was cut off still continues the entity
            out.append((piece, f"{'I' if inside and previous_type == kind else 'B'}-{kind}"))
            first_word = False
            previous_type = kind
        if not kind:
            previous_type = None
    return out


def train(sentences: list[Sentence], model: Path) -> None:
    """Train both passes on `sentences`: the first to `model`, the second beside it."""
    sentences = [retokenize(s) for s in sentences]
    model.parent.mkdir(parents=True, exist_ok=True)
    _train_pass(sentences, model)
    first_tags: list[list[str]] = []
    with tempfile.TemporaryDirectory() as folder:
        for k in range(SECOND_PASS_FOLDS):
            start, end = _part(len(sentences), k)
            held_out = Path(folder) / f"part{k}.crfsuite"
            _train_pass(sentences[:start] + sentences[end:], held_out)
            first_tags += _tag_pages(held_out, sentences[start:end])
    _train_pass(sentences, second_pass(model), first_tags)


def _part(n: int, k: int) -> tuple[int, int]:
    """Sentences [start, end) of part k, cut at page boundaries so that pages stay whole."""
    start, end = n * k // SECOND_PASS_FOLDS, n * (k + 1) // SECOND_PASS_FOLDS
    return start - start % DOCUMENT, n if k == SECOND_PASS_FOLDS - 1 else end - end % DOCUMENT


def _pages(sentences: list[Sentence]):
    """Runs of DOCUMENT sentences: the corpus has no document breaks, each run stands for a page."""
    for k in range(0, len(sentences), DOCUMENT):
        yield k, sentences[k:k + DOCUMENT]


def _train_pass(sentences: list[Sentence], model: Path, first_tags: list[list[str]] | None = None) -> None:
    """Train one CRF; with the first pass's tags of every sentence, the second pass."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for k, page in _pages(sentences):
        texts = [[t for t, _ in s] for s in page]
        features = document_features(texts)
        if first_tags is not None:
            more = second_pass_features(texts, None, first_tags[k:k + DOCUMENT])
            features = [[f + m for f, m in zip(fs, ms)] for fs, ms in zip(features, more)]
        for x, y in zip(features, page):
            trainer.append(x, [tag for _, tag in y])
    trainer.set_params(PARAMS)
    trainer.train(str(model))


def _tag_pages(model: Path, sentences: list[Sentence]) -> list[list[str]]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    tags = []
    for _, page in _pages(sentences):
        tags += [tagger.tag(f) if f else [] for f in document_features([[t for t, _ in s] for s in page])]
    return tags


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--model", type=Path, default=MODEL)
    ap.add_argument("--dev", action="store_true", help="train on the first 90%% only (for benchmarks/ner.py)")
    a = ap.parse_args()
    sentences = read_conll(a.corpus)
    data = split(sentences)[0] if a.dev else sentences
    train(data, a.model)
    sizes = " + ".join(f"{p.stat().st_size // 1024} KiB" for p in (a.model, second_pass(a.model)))
    print(f"trained on {len(data)} sentences -> {a.model} and {second_pass(a.model).name} ({sizes})")


if __name__ == "__main__":
    main()
