#!/usr/bin/env python3
"""Does analysis time grow linearly with page length? Seconds for one page at 1x, 2x and 4x of a
base size, for the shapes that once made it quadratic:

- statements: one paragraph of thousands of quoted statements (quote overlap checks);
- run-on: one sentence with no full stop, thousands of words long (per-sentence NER features);
- names: one page naming thousands of different people (spelling-variant linking);
- tolls: one sentence reporting thousands of attacks and their tolls (events read per trigger).

    .venv/bin/python benchmarks/long_pages.py            # base size 800 units
    .venv/bin/python benchmarks/long_pages.py --base 400

The last column is the time ratio from 1x to 4x: about 4 is linear, about 16 quadratic.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import marsad  # noqa: E402

STATEMENT = "وقال الوزير سامر حداد إن الحكومة ستواصل العمل على تحسين الخدمات، مضيفاً أن \"الوضع تحت السيطرة\". "
RUN_ON = "وقال الوزير سامر حداد إن الحكومة ستواصل العمل على تحسين الخدمات و"
TOLL = "قتل ثلاثة أشخاص في هجوم على سوق المدينة وقال مصدر أمني إن التحقيقات جارية "
FIRST = "أحمد محمد علي حسن خالد سامر نادر رامي وائل باسل فادي طارق زياد ماهر هاني عمر يوسف سليم كريم".split()
MIDDLE = "عبد سعيد جمال منير فؤاد رياض شريف كمال نبيل جلال".split()
LAST = "الحداد العلي الخطيب النجار السعدي الشامي الحلبي المصري العبيدي الجبوري الدليمي الزعبي العمري".split()


def page(shape: str, n: int) -> str:
    if shape == "statements":
        body = STATEMENT * n
    elif shape == "run-on":
        body = RUN_ON * n
    elif shape == "tolls":
        body = TOLL * n
    else:
        rng = random.Random(n)
        body = "\n".join(f"وقال {rng.choice(FIRST)} {rng.choice(MIDDLE)} {rng.choice(LAST)}{k} إن الوضع صعب."
                         for k in range(n))
    return "عنوان\n\n" + body


def seconds(text: str) -> float:
    start = time.perf_counter()
    marsad.analyze(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=800, help="units (statements, clauses, names, tolls) at 1x")
    args = parser.parse_args()
    marsad.analyze("عنوان\n\n" + STATEMENT)  # load the models before timing
    print(f"{'shape':<11} {'KB at 1x':>8} {'1x s':>7} {'2x s':>7} {'4x s':>7} {'4x/1x':>6}")
    for shape in ("statements", "run-on", "names", "tolls"):
        times = [seconds(page(shape, args.base * k)) for k in (1, 2, 4)]
        size = len(page(shape, args.base).encode("utf-8")) // 1024
        print(f"{shape:<11} {size:>8} {times[0]:>7.2f} {times[1]:>7.2f} {times[2]:>7.2f} {times[2] / times[0]:>6.1f}")


if __name__ == "__main__":
    main()
