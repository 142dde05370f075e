"""`marsad spark-analyze` on local[2]: Parquet in the contract's schema, equal to `marsad analyze`."""
from __future__ import annotations

import json
import os
import shutil

import pyarrow.parquet as pq
import pytest

from marsad.store.export import SCHEMA
from tests.conftest import run_marsad
from tests.test_containers import example_warc


@pytest.fixture(scope="module")
def java():
    if shutil.which("java") is None:
        if os.environ.get("CI"):
            pytest.fail("Java is not installed, and CI requires the Spark tests")
        pytest.skip("Java is not installed: Spark needs a JRE (Debian's default-jre-headless)")
    pytest.importorskip("pyspark")


@pytest.mark.slow
def test_spark_output_equals_marsad_analyze_record_for_record(java, examples_dir, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in sorted(p.name for p in examples_dir.iterdir())[:4]:
        shutil.copy(examples_dir / name, pages / name)
    (pages / "crawl.warc.gz").write_bytes(example_warc())
    (pages / "empty.txt").write_bytes(b"")

    local = tmp_path / "local.jsonl"
    run_marsad("analyze", str(pages), "--output", str(local), "--quiet")
    expected = [json.loads(line) for line in local.read_text(encoding="utf-8").splitlines()]

    out = tmp_path / "out.parquet"
    proc = run_marsad("spark-analyze", str(pages), str(out), "--master", "local[2]", "--partitions", "3")
    assert proc.returncode == 1, proc.stderr.decode()[-3000:]  # the empty page is a failed page
    assert f"{len(expected)} page(s) analysed, 1 failed" in proc.stderr.decode()

    table = pq.read_table(str(out))
    assert table.schema.names == SCHEMA.names
    got = table.to_pylist()
    assert len(got) == len(expected) == 4 + 2 + 1
    for mine, theirs in zip(got, expected):
        assert mine == {name: theirs[name] for name in SCHEMA.names}, theirs["source"]
    assert [r["format"] for r in got].count("warc") == 2
    assert got[-1]["errors"] == ["empty page"]

    again = run_marsad("spark-analyze", str(pages), str(out), "--master", "local[2]")
    assert again.returncode != 0 and "already exists" in again.stderr.decode()
