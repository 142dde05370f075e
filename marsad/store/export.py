"""Writing records out: JSONL (the contract, one per line), CSV (one row per article), Parquet.

The Parquet schema is the contract's, written out explicitly so that empty lists and nulls keep
their types and a file read back equals what was written.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

_str, _int = pa.string(), pa.int64()
SPAN = [("start", _int), ("end", _int)]
SCHEMA = pa.schema([
    ("id", _str), ("source", _str), ("format", _str), ("encoding", _str), ("language", _str),
    ("title", _str), ("published", _str), ("published_source", _str), ("outlet", _str),
    ("agencies", pa.list_(_str)), ("relayed_by", pa.list_(_str)), ("author", _str), ("dateline", _str),
    ("keywords", pa.list_(_str)), ("body", _str),
    ("related", pa.list_(pa.struct([("title", _str), ("body", _str)]))),
    ("entities", pa.list_(pa.struct([
        ("id", _str), ("type", _str), ("name", _str), ("latin", _str), ("aliases", pa.list_(_str)),
        ("mentions", pa.list_(pa.struct([*SPAN, ("text", _str)]))),
    ]))),
    ("quotes", pa.list_(pa.struct([
        ("text", _str), *SPAN, ("kind", _str), ("speaker", _str), ("speaker_entity", _str),
        ("cue", _str), ("via", _str),
    ]))),
    ("events", pa.list_(pa.struct([
        ("type", _str), ("text", _str), *SPAN, ("date", _str), ("location", _str), ("killed", _int),
        ("injured", _int), ("arrested", _int), ("perpetrator", _str), ("target", _str),
        ("approximate", pa.list_(_str)),
    ]))),
    ("claims", pa.list_(pa.struct([
        ("text", _str), *SPAN, ("speaker", _str), ("cluster", _str), ("date", _str),
    ]))),
    ("duplicates", pa.list_(_str)), ("errors", pa.list_(_str)),
])

CSV_COLUMNS = ["id", "source", "format", "encoding", "language", "title", "published", "published_source",
               "outlet", "agencies", "relayed_by", "author", "dateline", "keywords", "n_entities", "n_quotes",
               "n_events", "n_claims", "duplicates", "errors", "body"]


def write_jsonl(records: Iterable[dict], path: str | Path) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def write_csv(records: Iterable[dict], path: str | Path) -> int:
    n = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:  # BOM: Excel opens Arabic right
        writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for rec in records:
            row = {k: rec.get(k) for k in CSV_COLUMNS if k in rec}
            for k in ("agencies", "relayed_by", "keywords", "duplicates", "errors"):
                row[k] = " | ".join(rec.get(k) or [])
            for k in ("entities", "quotes", "events", "claims"):
                row[f"n_{k}"] = len(rec.get(k) or [])
            writer.writerow(row)
            n += 1
    return n


def to_arrow(records: list[dict]) -> pa.Table:
    return pa.Table.from_pylist([{k: r.get(k) for k in SCHEMA.names} for r in records], schema=SCHEMA)


def write_parquet(records: Iterable[dict], path: str | Path, batch_size: int = 1000) -> int:
    n = 0
    with pq.ParquetWriter(str(path), SCHEMA, compression="zstd") as writer:
        batch: list[dict] = []
        for rec in records:
            batch.append(rec)
            if len(batch) >= batch_size:
                writer.write_table(to_arrow(batch))
                n += len(batch)
                batch = []
        if batch:
            writer.write_table(to_arrow(batch))
            n += len(batch)
    return n


def read_parquet(path: str | Path) -> list[dict]:
    return pq.read_table(str(path)).to_pylist()


WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet}
