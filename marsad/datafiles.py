"""Marsad's data files (marsad/data/*.tsv): comment lines (#) saying what a file holds and who
wrote it, a header row naming the columns, then one tab-separated row per entry."""
from __future__ import annotations

import csv
from importlib.resources import files


def _lines(name: str) -> list[str]:
    text = files("marsad.data").joinpath(name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def data_rows(name: str) -> list[dict[str, str]]:
    """The rows of a data file, keyed by the header's column names."""
    return list(csv.DictReader(_lines(name), delimiter="\t", quoting=csv.QUOTE_NONE))


def data_table(name: str) -> list[list[str]]:
    """The rows of a data file as lists of cells, the header row left out."""
    return [ln.split("\t") for ln in _lines(name)[1:]]
