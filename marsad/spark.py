"""`marsad spark-analyze INPUT OUTPUT`: the same pipeline, run by Spark over many files.

Files are listed on the driver and spread over the executors (so on a cluster their paths must be
visible to every executor: a shared or mounted file system); each executor reads its files
(text, HTML, gzip, WARC/ARC, RSS, JSONL, exactly as `marsad analyze` does) and runs
`marsad.pipeline.analyze_page` on every page. The corpus stage (near-duplicates, claim clusters)
links each article to the ones before it, so it needs the input order: after the parallel part the
records are sorted by (file, page) into one partition and linked there, one by one, as
`analyze_many` does. The result is Parquet in the contract's schema (`marsad.store.export.SCHEMA`),
record for record what `marsad analyze` writes for the same pages.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from marsad.store.export import SCHEMA


@dataclass
class JobReport:
    pages: int
    failed: int  # pages with errors and no body, as `marsad analyze` counts them


def session(master: str = "local[*]", shuffle_partitions: int = 4):
    """A Spark session whose Python workers run this interpreter (the venv that has Marsad)."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master(master).appName("marsad-analyze")
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.shuffle.partitions", str(shuffle_partitions))
             .config("spark.sql.parquet.compression.codec", "zstd")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _analyze_file(item: tuple[int, str]) -> Iterator[tuple[tuple[int, int], dict]]:
    """Every page of one input file, analysed; keyed by (file index, page index) to keep the order."""
    from marsad.ingest import load_pages
    from marsad.pipeline import analyze_page

    file_no, path = item
    for page_no, page in enumerate(load_pages([path])):
        yield (file_no, page_no), analyze_page(page).to_dict()


def _link(keyed: Iterable[tuple[tuple[int, int], dict]]) -> Iterator[dict]:
    """The corpus stage over records in input order, then the record cut to the contract's columns."""
    from marsad.article import Article
    from marsad.corpus import Corpus

    corpus = Corpus()
    for _, rec in keyed:
        article = Article.from_dict(rec)
        corpus.add(article)  # fills duplicates and claim clusters in place, as in analyze_many
        out = article.to_dict()
        yield {name: out.get(name) for name in SCHEMA.names}


def analyze_to_parquet(inputs: list[str], output: str, spark=None, partitions: int | None = None,
                       overwrite: bool = False) -> JobReport:
    """Analyse every page under `inputs` with Spark and write the records to the Parquet directory `output`."""
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import from_arrow_schema

    from marsad.ingest.read import iter_paths

    if "-" in inputs:
        raise ValueError("spark-analyze reads files and directories, not stdin")
    spark = spark or session()
    sc = spark.sparkContext
    files = [str(p) for p in iter_paths(inputs)]
    slices = max(1, min(len(files), partitions or sc.defaultParallelism * 4))
    records = (sc.parallelize(list(enumerate(files)), slices)
               .flatMap(_analyze_file)
               .partitionBy(1)  # a shuffle, so that sorting into one partition leaves the analysis parallel
               .sortByKey(numPartitions=1)
               .mapPartitions(_link))
    frame = spark.createDataFrame(records, schema=from_arrow_schema(SCHEMA))
    frame.write.mode("overwrite" if overwrite else "errorifexists").parquet(output)
    written = spark.read.parquet(output)
    failed = written.where((F.size("errors") > 0) & (F.coalesce(F.col("body"), F.lit("")) == "")).count()
    return JobReport(pages=written.count(), failed=failed)
