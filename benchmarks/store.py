#!/usr/bin/env python3
"""Store throughput: ingest rows/s through `store.add`, reopening the corpus stage, and search latency
p50/p95 at 100k and 1M articles.

    .venv/bin/python benchmarks/store.py                          # SQLite: ingest, then 100k and 1M
    .venv/bin/python benchmarks/store.py --sizes 100000 --keep /tmp/bench   # reuse generated databases
    .venv/bin/python benchmarks/store.py --postgres postgresql://user@host/db --sizes 100000

Ingest runs the real `add()` on articles analysed from examples/ (each copy with its own sentence,
so every one is new), each batch just after the corpus stage saw it, as in `marsad ingest`. The search corpora are generated and inserted directly, in big transactions,
because analysing a million pages is not what is measured: bodies of BODY_WORDS words drawn from
a Zipf distribution over the examples' words plus a long tail of generated rare words, like news
text; queries are one to three of the examples' words, the kind users type (names, places, topics).
Latency is the public `search()` call, snippet included, on a warm cache.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from marsad.article import Article  # noqa: E402
from marsad.corpus import Corpus  # noqa: E402
from marsad.nlp.claims import features  # noqa: E402
from marsad.nlp.duplicates import sketch  # noqa: E402
from marsad.nlp.normalize import normalize  # noqa: E402
from marsad.pipeline import analyze_many  # noqa: E402
from marsad.store.base import open_store, search_text  # noqa: E402

BODY_WORDS = 200
TAIL_WORDS = 50_000
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
VARIANT = "وأشار التقرير إلى أن عدد المراجعين بلغ {n} شخصاً خلال الأسبوع الماضي."


def ingest_records(n: int) -> list[Article]:
    base = [a for a in analyze_many([str(ROOT / "examples")]) if a.body]
    out = []
    for i in range(n):
        art = Article.from_dict(base[i % len(base)].to_dict())
        art.body = art.body + "\n" + VARIANT.format(n=i)
        out.append(art)
    return out


def bench_ingest(url: str, n: int) -> tuple[float, float, float, float]:
    """(articles/s, rows/s) through add(); then ms per stored article to reopen the corpus stage
    (Corpus.from_store, what every `marsad ingest` does first) from the saved state, and without it."""
    articles = ingest_records(n)
    rows = sum(1 + len(a.quotes) + len(a.events) + len(a.claims) +
               sum(1 + len(e.mentions) for e in a.entities) for a in articles)
    corpus, seconds, added = Corpus(), 0.0, 0
    with open_store(url) as store:
        for k in range(0, n, 500):  # as `marsad ingest` does: the corpus stage, then the batch's write
            batch = [corpus.add(a) for a in articles[k:k + 500]]
            start = time.perf_counter()
            added += store.add(batch, batch_size=500).added
            seconds += time.perf_counter() - start
        assert added == n, added
        sketch.cache_clear()
        features.cache_clear()
        start = time.perf_counter()
        Corpus.from_store(store)
        saved = time.perf_counter() - start
        store.db.execute("DELETE FROM corpus_state")
        start = time.perf_counter()
        Corpus.from_store(store)  # computes every state, as a store written before it was kept
        computed = time.perf_counter() - start
    return n / seconds, rows / seconds, saved / n * 1000, computed / n * 1000


def vocabulary(rng: random.Random) -> list[str]:
    words = sorted({w for p in (ROOT / "examples").iterdir() for w in normalize(p.read_text(encoding="utf-8")).split()
                    if not w.isascii()})
    rng.shuffle(words)
    tail = {"".join(rng.choices(LETTERS, k=rng.randint(3, 8))) for _ in range(TAIL_WORDS)}
    return words + sorted(tail - set(words))


def generated_bodies(vocab: list[str], n: int, seed: int):
    """n bodies of BODY_WORDS words, word ranks Zipf-distributed (s = 1.1) over `vocab`."""
    gen = np.random.default_rng(seed)
    ranks = np.arange(1, len(vocab) + 1)
    p = 1.0 / ranks ** 1.1
    p /= p.sum()
    arr = np.array(vocab, dtype=object)
    for start in range(0, n, 10_000):
        size = min(10_000, n - start)
        ids = gen.choice(len(vocab), size=(size, BODY_WORDS), p=p)
        for row in arr[ids]:
            yield " ".join(row)


def fill_sqlite(path: str, n: int, vocab: list[str]) -> None:
    from marsad.store.sqlite import SQLiteStore

    with SQLiteStore(path) as store:
        have = store.db.execute("SELECT count(*) FROM articles").fetchone()[0]
        if have >= n:
            return
        db = store.db
        batch: list[tuple] = []
        for i, body in enumerate(generated_bodies(vocab, n - have, seed=have), start=have):
            title = " ".join(body.split()[:8])
            batch.append((i + 1, f"{i:064x}", f"gen/{i}.txt", title, f"20{10 + i % 15:02d}-0{1 + i % 9}-1{i % 10}",
                          body, json.dumps({"id": f"{i:064x}", "source": f"gen/{i}.txt"})))
            if len(batch) == 20_000:
                _flush_sqlite(db, batch)
                batch = []
        if batch:
            _flush_sqlite(db, batch)


def _flush_sqlite(db, batch: list[tuple]) -> None:
    with db:
        db.executemany("INSERT INTO articles (rowid, id, source, format, title, published, body, record)"
                       " VALUES (?, ?, ?, 'text', ?, ?, ?, ?)", batch)
        db.executemany("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                       [(b[0], search_text(b[3]), search_text(b[5])) for b in batch])
    print(f"  … {batch[-1][0]:,} articles", file=sys.stderr, flush=True)


def fill_postgres(url: str, n: int, vocab: list[str]) -> None:
    from marsad.store.postgres import PostgresStore

    with PostgresStore(url) as store:
        have = store.db.execute("SELECT count(*) AS n FROM articles").fetchone()["n"]
        if have >= n:
            return
        store.db.execute("CREATE TEMP TABLE staging (id TEXT, source TEXT, title TEXT, body TEXT, record TEXT)")
        with store.db.cursor() as cur, cur.copy("COPY staging FROM STDIN") as copy:
            for i, body in enumerate(generated_bodies(vocab, n - have, seed=have), start=have):
                copy.write_row((f"{i:064x}", f"gen/{i}.txt", " ".join(body.split()[:8]), body,
                                json.dumps({"id": f"{i:064x}"})))
        # The server computes every tsvector in one pass, as the store does per row.
        store.db.execute("INSERT INTO articles (id, source, format, title, body, record, search)"
                         " SELECT id, source, 'text', title, body, record::json,"
                         " setweight(to_tsvector('arabic', title), 'A') || setweight(to_tsvector('arabic', body), 'B')"
                         " FROM staging ORDER BY id")
        store.db.execute("DROP TABLE staging")


def bench_search(url: str, vocab_seed: int, queries: int) -> tuple[float, float, float]:
    rng = random.Random(vocab_seed)
    common = vocabulary(random.Random(0))[:800]
    qs = [" ".join(rng.sample(common, k=rng.choice([1, 1, 2, 2, 3]))) for _ in range(queries)]
    times = []
    hits = 0
    with open_store(url) as store:
        for q in qs[:20]:
            store.search(q)  # warm the cache
        for q in qs:
            t = time.perf_counter()
            hits += bool(store.search(q, limit=10))
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * len(times)) - 1], hits / len(qs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--ingest", type=int, default=5000, help="records to ingest through add()")
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--keep", help="directory for the generated SQLite databases (reused when present)")
    ap.add_argument("--postgres", help="a postgresql:// URL of an empty database to measure instead of SQLite")
    args = ap.parse_args()
    if args.keep:
        Path(args.keep).mkdir(parents=True, exist_ok=True)
        run(args, Path(args.keep))
    else:
        with tempfile.TemporaryDirectory(prefix="marsad-store-bench-") as tmp:  # gigabytes: never left behind
            run(args, Path(tmp))


def run(args: argparse.Namespace, workdir: Path) -> None:
    backend = "postgres" if args.postgres else "sqlite"
    vocab = vocabulary(random.Random(0))

    ingest_url = args.postgres or str(workdir / f"ingest-{time.time_ns()}.db")
    per_s, rows_s, reopen_saved, reopen_computed = bench_ingest(ingest_url, args.ingest)
    if not args.postgres:
        for leftover in workdir.glob(Path(ingest_url).name + "*"):
            leftover.unlink()
    print(f"{backend} ingest: {per_s:,.0f} articles/s, {rows_s:,.0f} rows/s "
          f"({args.ingest} analysed records, batches of 500)")
    print(f"{backend} reopen the corpus stage: {reopen_saved:.2f} ms per stored article from the saved state, "
          f"{reopen_computed:.2f} ms computing it ({reopen_computed / reopen_saved:.1f}x)")
    if args.postgres:
        with open_store(args.postgres) as store:
            store.db.execute("TRUNCATE articles, entities, entity_aliases, mentions, quotes, events, claims,"
                             " duplicates, corpus_state")

    print(f"{'backend':8} {'articles':>10} {'build s':>8} {'p50 ms':>7} {'p95 ms':>7} {'with hits':>9}")
    for size in sorted(args.sizes):
        url = args.postgres or str(workdir / f"search-{size}.db")
        start = time.perf_counter()
        (fill_postgres if args.postgres else fill_sqlite)(url, size, vocab)
        build = time.perf_counter() - start
        p50, p95, hit_rate = bench_search(url, size, args.queries)
        print(f"{backend:8} {size:>10,} {build:>8.0f} {p50:>7.1f} {p95:>7.1f} {hit_rate:>9.0%}", flush=True)


if __name__ == "__main__":
    main()
