#!/usr/bin/env python3
"""Mention-level P/R/F1 per type of the entity recogniser on the ANERcorp dev split.

    .venv/bin/python benchmarks/ner.py            # trains a dev model on the first 90% (~4 min)
    .venv/bin/python benchmarks/ner.py --model /tmp/ner-dev.crfsuite   # reuse one (and the .second beside it)
    .venv/bin/python benchmarks/ner.py --folds 10  # 10-fold cross-validation (~20 min on 2 cores)

The dev split is the last 10% of ../shared/ner/anercorp.train.conll, never trained on here.
Sentences are joined into pages of PAGE sentences (--page), one per line, as the end-to-end test feeds
them; a mention is right when its type and its whitespace-token boundaries match the gold (a
mention inside a token with clitics attached counts as that token). P+O+L is the figure the
ANERcorp test reports (MISC is not scored). One row per type for each
layer added in turn (recognize.LAYERS: the tagger alone, + lexicons, + document rules, + the
organisation chains, which `analyze` also applies); then entity tagging speed.

One dev split of ~900 mentions moves by about 0.01 F1 from one tenth of the corpus to the next, more
than most single changes are worth: --folds K holds out each K-th part in turn (a model trained on
the rest each time, in parallel) and reports the pooled figures and each fold's P+O+L F1.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_ner  # noqa: E402

PAGE = train_ner.DOCUMENT
TYPES = ("PER", "ORG", "LOC", "MISC")


def gold_spans(sentence) -> set[tuple[int, int, str]]:
    spans, start, kind = set(), None, None
    for i, (_, tag) in enumerate([*sentence, ("", "O")]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == kind):
            spans.add((start, i, kind))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, kind = i, tag[2:]
    return spans


def pages(dev, size: int = PAGE):
    """(text, token char ranges, gold spans) per page of `size` sentences; token indexes run across
    the page."""
    for k in range(0, len(dev), size):
        lines, ranges, gold, pos = [], [], set(), 0
        for sentence in dev[k:k + size]:
            base = len(ranges)
            gold |= {(a + base, b + base, t) for a, b, t in gold_spans(sentence)}
            for token, _ in sentence:
                ranges.append((pos, pos + len(token)))
                pos += len(token) + 1
            lines.append(" ".join(t for t, _ in sentence))
        yield "\n".join(lines), ranges, gold


def to_tokens(found, ranges) -> set[tuple[int, int, str]]:
    starts = {a: i for i, (a, _) in enumerate(ranges)}
    out = set()
    for f in found:
        first = next((i for i, (a, b) in enumerate(ranges) if a <= f.start < b), None) \
            if f.start not in starts else starts[f.start]
        last = next((i for i, (a, b) in enumerate(ranges) if a < f.end <= b), None)
        if first is not None and last is not None:
            out.add((first, last + 1, f.type))
    return out


SCORED = ("PER", "ORG", "LOC")  # what the ANERcorp test scores: PER+ORG+LOC, MISC left out


def tally(counts: Counter, gold: set, system: set) -> None:
    """Add one page's true positives, system and gold mentions per type, over the scored types
    (PER+ORG+LOC) and over all four."""
    for t in TYPES:
        g = {x for x in gold if x[2] == t}
        s = {x for x in system if x[2] == t}
        for key, n in (("tp", len(g & s)), ("sys", len(s)), ("gold", len(g))):
            counts[t, key] += n
            counts["ALL", key] += n
            if t in SCORED:
                counts["P+O+L", key] += n


def scores(counts: Counter, t: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of one type (or ALL, P+O+L) from its tallies."""
    tp, sys_n, gold_n = counts[t, "tp"], counts[t, "sys"], counts[t, "gold"]
    p = tp / sys_n if sys_n else 0.0
    r = tp / gold_n if gold_n else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def report(name: str, counts: Counter) -> None:
    for t in (*TYPES, "ALL", "P+O+L"):
        p, r, f = scores(counts, t)
        print(f"{name:10s} {t:5s} P={p:.3f} R={r:.3f} F1={f:.3f}  (gold {counts[t, 'gold']}, sys {counts[t, 'sys']})")


def end_to_end(data, model: Path) -> None:
    """The same pages through `marsad analyze` (title line, empty line, one sentence a line)."""
    from marsad.nlp.recognize import Found

    folder = Path(tempfile.mkdtemp())
    for n, (text, _, _) in enumerate(data):
        (folder / f"page{n:03d}.txt").write_text(f"خبر رقم {n + 1}\n\n{text}\n", encoding="utf-8")
    env = {**os.environ, "MARSAD_NER_MODEL": str(model)}
    out = subprocess.run([str(ROOT / ".venv" / "bin" / "marsad"), "analyze", str(folder)], env=env,
                         capture_output=True, text=True).stdout
    records = {Path(r["source"]).name: r for r in map(json.loads, out.splitlines())}
    counts: Counter = Counter()
    lost = 0
    for n, (text, ranges, gold) in enumerate(data):
        body = records.get(f"page{n:03d}.txt", {}).get("body") or ""
        shift = body.find(text.split("\n", 1)[0])
        if shift < 0 or body[shift:shift + len(text)] != text:
            lost += 1  # the body lost or changed a sentence line: its mentions cannot be mapped
            shift = -10**9
        found = [Found(m["start"] - shift, m["end"] - shift, e["type"], "")
                 for e in records.get(f"page{n:03d}.txt", {}).get("entities", []) for m in e["mentions"]]
        tally(counts, gold, to_tokens(found, ranges))
    report("analyze", counts)
    print(f"{'':10s} {lost} of {len(data)} pages whose body did not keep the sentence lines")


def layer_counts(data) -> list[tuple[Counter, float]]:
    """Tallies over the pages, and the seconds they took, for each prefix of recognize.LAYERS
    (with the model MARSAD_NER_MODEL names)."""
    from marsad.nlp.recognize import LAYERS, recognize

    out = []
    for n in range(1, len(LAYERS) + 1):
        counts: Counter = Counter()
        started = time.perf_counter()
        for text, ranges, gold in data:
            tally(counts, gold, to_tokens(recognize(text, LAYERS[:n]), ranges))
        out.append((counts, time.perf_counter() - started))
    return out


def _fold(args) -> list[tuple[Counter, float]]:
    """Train on all but part `k` of `folds`, tally part k (one process per fold: the model is cached)."""
    sentences, k, folds, page = args
    start, end = len(sentences) * k // folds, len(sentences) * (k + 1) // folds
    with tempfile.TemporaryDirectory() as folder:
        model = Path(folder) / "ner-fold.crfsuite"
        train_ner.train(sentences[:start] + sentences[end:], model)
        os.environ["MARSAD_NER_MODEL"] = str(model)
        return layer_counts(list(pages(sentences[start:end], page)))


def cross_validate(folds: int, page: int) -> None:
    from marsad.nlp.recognize import LAYERS

    sentences = train_ner.read_conll()
    with ProcessPoolExecutor(os.cpu_count(), max_tasks_per_child=1) as pool:
        per_fold = list(pool.map(_fold, [(sentences, k, folds, page) for k in range(folds)]))
    for n in range(len(LAYERS)):
        report("+".join(x[:3] for x in LAYERS[:n + 1]), sum((f[n][0] for f in per_fold), Counter()))
        print()
    print("P+O+L F1 of each fold (all layers):",
          " ".join(f"{scores(f[-1][0], 'P+O+L')[2]:.3f}" for f in per_fold))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, help="a model trained with train_ner.py --dev")
    ap.add_argument("--e2e", action="store_true", help="also run the pages through `marsad analyze`")
    ap.add_argument("--page", type=int, default=train_ner.DOCUMENT,
                    help=f"sentences per page (default {train_ner.DOCUMENT}); document rules must hold on long pages too")
    ap.add_argument("--folds", type=int, help="cross-validate over the whole training file in this many parts")
    a = ap.parse_args()
    if a.folds:
        cross_validate(a.folds, a.page)
        return
    train, dev = train_ner.split(train_ner.read_conll())
    model = a.model
    if model is None:
        model = Path(tempfile.mkdtemp()) / "ner-dev.crfsuite"
        train_ner.train(train, model)
    os.environ["MARSAD_NER_MODEL"] = str(model)
    from marsad.nlp.recognize import LAYERS

    data = list(pages(dev, a.page))
    tokens = sum(len(r) for _, r, _ in data)
    for n, (counts, elapsed) in enumerate(layer_counts(data), 1):
        report("+".join(x[:3] for x in LAYERS[:n]), counts)
        print(f"{'':10s} {tokens / elapsed:,.0f} tokens/s over {len(data)} pages\n")
    if a.e2e:
        end_to_end(data, model)


if __name__ == "__main__":
    main()
