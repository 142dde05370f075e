#!/usr/bin/env python3
"""Extraction throughput: pages/s of Marsad's extraction stage on plain-text and HTML pages, and the
ratio to trafilatura alone (`trafilatura.extract`, comments excluded) on the same HTML pages.

    .venv/bin/python benchmarks/extract.py              # 200 copies of every example
    .venv/bin/python benchmarks/extract.py --copies 50

Pages are generated from examples/: each copy gets a paragraph of its own and a few extra menu
lines, so that no two pages are identical. Run by hand; nothing here is asserted.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from marsad.article import Article  # noqa: E402
from marsad.extract import run  # noqa: E402

PARAGRAPH = "وأوضح التقرير أن عدد الزوار بلغ {n} شخصاً خلال الأسبوع الماضي في مختلف المحافظات."
MENU = ["الرئيسية", "محليات", "اقتصاد", "رياضة {n}"]


def pages(kind: str, copies: int) -> list[str]:
    """`copies` variants of every example of `kind` ('text' or 'html')."""
    examples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").iterdir())
                if (p.suffix == ".html") == (kind == "html")]
    out = []
    for n in range(copies):
        for page in examples:
            extra = PARAGRAPH.format(n=n)
            if kind == "html":
                menu = "".join(f"<li>{m.format(n=n)}</li>" for m in MENU)
                page = page.replace("<body>", f"<body><ul class='menu'>{menu}</ul>", 1)
                page = page.replace("</p>", f"</p><p>{extra}</p>", 1)
            else:
                lines = page.split("\n")
                page = "\n".join([m.format(n=n) for m in MENU] + lines[:6] + [extra] + lines[6:])
            out.append(page)
    return out


def rate(func, items: list[str]) -> float:
    start = time.perf_counter()
    for item in items:
        func(item)
    return len(items) / (time.perf_counter() - start)


def marsad_extract(fmt: str):
    return lambda page: run(Article(source="bench", format=fmt, raw_text=page))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=200)
    args = ap.parse_args()
    text_pages, html_pages = pages("text", args.copies), pages("html", args.copies)
    # load data files and trafilatura's stop lists once, outside the timings
    run(Article(source="warm-up", format="text", raw_text=text_pages[0]))
    run(Article(source="warm-up", format="html", raw_text=html_pages[0]))
    text_rate = rate(marsad_extract("text"), text_pages)
    html_rate = rate(marsad_extract("html"), html_pages)
    traf_rate = rate(lambda p: trafilatura.extract(p, include_comments=False), html_pages)
    print(f"text pages : {len(text_pages):6d}  marsad {text_rate:8.1f} pages/s")
    print(f"html pages : {len(html_pages):6d}  marsad {html_rate:8.1f} pages/s   "
          f"trafilatura alone {traf_rate:8.1f} pages/s   ratio {html_rate / traf_rate:.2f}")


if __name__ == "__main__":
    main()
