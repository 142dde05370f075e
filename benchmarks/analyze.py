#!/usr/bin/env python3
"""Analysis throughput: pages/s for text and HTML pages at 1x, 10x and 100x the examples, peak RSS,
the share of time each stage takes, and the ratio to a floor (reading + normalising + tokenising
the same pages, which no analysis can beat). Loading models on the first page is timed apart
(warm-up), so pages/s is the steady rate.

    .venv/bin/python benchmarks/analyze.py                 # scales 1 10 100, one process (per core)
    .venv/bin/python benchmarks/analyze.py --scales 1 10 --workers 2

Each scale runs in a fresh process so its peak RSS is its own; memory is flat when the 100x peak
is about the 10x one. The corpus is generated from examples/: every copy gets one sentence of its
own so that no two pages share an id.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VARIANT = "وأشار التقرير إلى أن عدد المراجعين بلغ {n} شخصاً خلال الأسبوع الماضي في مختلف المحافظات."


def build_corpus(dest: Path, scale: int, kind: str) -> int:
    """`scale` copies of every example of `kind` ('text' or 'html'), each with a sentence of its own."""
    examples = sorted(p for p in (ROOT / "examples").iterdir()
                      if (p.suffix == ".html") == (kind == "html"))
    n = 0
    for copy in range(scale):
        for src in examples:
            page = src.read_text(encoding="utf-8")
            line = VARIANT.format(n=1000 + n)
            if kind == "html":
                anchor = "</article>" if "</article>" in page else "</body>"
                page = page.replace(anchor, f"<p>{line}</p>{anchor}", 1)
            else:
                lines = page.splitlines()
                lines.insert(max(2, len(lines) // 2), line)
                page = "\n".join(lines)
            (dest / f"{copy:04d}_{src.name}").write_text(page, encoding="utf-8")
            n += 1
    return n


def child(directory: str, workers: int) -> None:
    """Run in a fresh process: time the floor, then the pipeline with every stage timed."""
    from marsad import pipeline
    from marsad.ingest import decode_page, load_pages
    from marsad.ingest.read import iter_paths
    from marsad.nlp.normalize import normalize, tokenize

    start = time.perf_counter()
    for page in load_pages([directory]):
        text, _ = decode_page(page)
        normalize(text)
        tokenize(text)
    floor = time.perf_counter() - start

    spent: dict[str, float] = defaultdict(float)

    def timed(name, stage):
        def run(article):
            t = time.perf_counter()
            try:
                return stage(article)
            finally:
                spent[name] += time.perf_counter() - t
        return run

    # Models, lexicons and the corpus stage's libraries load on first use: time that once, apart from the throughput.
    start = time.perf_counter()
    list(pipeline.analyze_many([next(iter_paths([directory]))]))
    warmup = time.perf_counter() - start
    if workers == 1:  # stage timings are only visible in this process
        pipeline.STAGES[:] = [(name, timed(name, stage)) for name, stage in pipeline.STAGES]
    start = time.perf_counter()
    pages = failed = 0
    for article in pipeline.analyze_many([directory], workers=workers):
        pages += 1
        failed += bool(article.errors and not article.body)
    seconds = time.perf_counter() - start
    print(json.dumps({"pages": pages, "failed": failed, "seconds": seconds, "floor": floor, "warmup": warmup,
                      "stages": spent}))


def measure(directory: Path, workers: int) -> dict:
    proc = subprocess.Popen([sys.executable, __file__, "--child", str(directory), "--workers", str(workers)],
                            stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"benchmark child failed on {directory}")
    result = json.loads(out)
    result["rss_mb"] = usage.ru_maxrss / 1024  # this child and nothing else (workers are its children)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.workers)
        return

    print(f"{'kind':5} {'scale':>5} {'pages':>6} {'pages/s':>8} {'per core':>8} {'floor p/s':>9} "
          f"{'ratio':>6} {'peak RSS MB':>11} {'warm-up s':>9}  slowest stages")
    for kind in ("text", "html"):
        for scale in args.scales:
            tmp = Path(tempfile.mkdtemp(prefix="marsad-bench-"))
            try:
                build_corpus(tmp, scale, kind)
                r = measure(tmp, args.workers)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
            rate = r["pages"] / r["seconds"]
            floor_rate = r["pages"] / r["floor"] if r["floor"] else float("inf")
            total = sum(r["stages"].values()) or 1.0
            stages = ", ".join(f"{name} {secs / total:.0%}" for name, secs in
                               sorted(r["stages"].items(), key=lambda kv: -kv[1])[:3])
            print(f"{kind:5} {scale:>5} {r['pages']:>6} {rate:>8.1f} {rate / args.workers:>8.1f} "
                  f"{floor_rate:>9.0f} {floor_rate / rate:>6.1f} {r['rss_mb']:>11.0f} {r['warmup']:>9.1f}  {stages}",
                  flush=True)


if __name__ == "__main__":
    main()
