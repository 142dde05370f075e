"""Claim clustering, run by hand: quality on a labelled fictional set, then speed from 1k to 10k claims.

    .venv/bin/python benchmarks/claims.py [--threshold 0.3]

Quality: eight claims, each in three phrasings, plus ten single claims that share places, actors or
topics with them (all fictional), clustered incrementally; pairwise precision/recall/F1 of "same
cluster" against the labels, for a range of thresholds. Speed: generated claims (random words
around shared cores, so clusters form) on one core; prints seconds and claims/s per size, and the
time to group the clusters into narratives.
"""
from __future__ import annotations

import argparse
import random
import time
from itertools import combinations

from marsad.nlp.claims import SIMILARITY, ClaimIndex, narratives, specificity, term

PARAPHRASES = [
    ["الحكومة تتحمل المسؤولية الكاملة عن انقطاع الكهرباء المتكرر في المحافظات الجنوبية",
     "مسؤولية انقطاعات التيار الكهربائي في الجنوب تقع على عاتق الحكومة وحدها",
     "حمل الحكومة مسؤولية انقطاع الكهرباء في محافظات الجنوب"],
    ["المعارضة تتهم مفوضية الانتخابات بالتلاعب في نتائج الاقتراع",
     "مفوضية الانتخابات تلاعبت بنتائج التصويت لصالح الحزب الحاكم",
     "نتائج الانتخابات جرى التلاعب بها من قبل المفوضية"],
    ["المقاتلون الأجانب العائدون من مناطق النزاع يشكلون خطرا جسيما على أمن بلدانهم",
     "عودة المسلحين الأجانب من بؤر الصراع تمثل تهديدا خطيرا لبلدانهم",
     "الخطر الأكبر يأتي من المقاتلين الأجانب بعد عودتهم من ساحات القتال"],
    ["الدول الغربية تتمسك بمعايير مزدوجة في ملف حقوق الإنسان",
     "الغرب يتعامل بازدواجية معايير مع قضايا حقوق الإنسان",
     "على الغرب التخلي عن المعايير المزدوجة تجاه حقوق الإنسان"],
    ["أسعار الوقود سترتفع مطلع الشهر المقبل",
     "زيادة مرتقبة في أسعار الوقود والديزل الشهر القادم",
     "الحكومة ستقر رفع أسعار الوقود في بداية الشهر المقبل"],
    ["السد الجديد سيضاعف كميات المياه المتاحة للمزارعين",
     "المزارعون سيحصلون على ضعف حصتهم من مياه الري بعد تشغيل السد",
     "تشغيل السد سيؤدي إلى مضاعفة إمدادات المياه للمزارعين"],
    ["الطرف الآخر خرق اتفاق وقف إطلاق النار عدة مرات",
     "خروقات متكررة لوقف إطلاق النار ارتكبها الطرف الآخر",
     "اتفاق وقف إطلاق النار انتهك من قبل الطرف المقابل"],
    ["البنك المركزي سيبقي أسعار الفائدة دون تغيير حتى نهاية العام",
     "لا نية لدى البنك المركزي لتعديل سعر الفائدة هذا العام",
     "أسعار الفائدة ستبقى على حالها وفق البنك المركزي"],
]
SINGLES = [
    "الحكومة ستفتتح ثلاث مدارس جديدة في المحافظات الجنوبية",
    "وزارة الكهرباء ستضيف وحدات توليد جديدة قبل الصيف",
    "مفوضية الانتخابات أعلنت موعد الاقتراع في الخريف",
    "البنك المركزي يطرح ورقة نقدية جديدة من فئة الألف",
    "أسعار الخبز مستقرة رغم ارتفاع أسعار القمح عالميا",
    "المقاتلون الأجانب يشكلون نسبة صغيرة من عناصر التنظيم",
    "اتفاق وقف إطلاق النار يدخل حيز التنفيذ منتصف الليل",
    "الغرب يفرض عقوبات جديدة على قطاع الطاقة",
    "السد سيولد مئتي ميغاواط من الكهرباء",
    "أوضاع حقوق الإنسان في السجون تحسنت وفق تقرير حكومي",
]


def labelled() -> list[tuple[str, int]]:
    """The set interleaved as a stream would bring it: phrasings of one claim arrive apart."""
    items = [(text, g) for g, group in enumerate(PARAPHRASES) for text in group]
    items += [(text, len(PARAPHRASES) + i) for i, text in enumerate(SINGLES)]
    random.Random(7).shuffle(items)
    return items


def pairwise(labels: list[int], clusters: list[str | None]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for (la, ca), (lb, cb) in combinations(zip(labels, clusters), 2):
        same_label, same_cluster = la == lb, ca is not None and ca == cb
        tp += same_label and same_cluster
        fp += same_cluster and not same_label
        fn += same_label and not same_cluster
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def quality(thresholds: list[float]) -> None:
    items = labelled()
    texts, labels = [t for t, _ in items], [g for _, g in items]
    print("threshold  precision  recall  F1")
    for th in thresholds:
        index = ClaimIndex(threshold=th)
        clusters = [index.assign([t])[0] for t in texts]  # one claim per article, in stream order
        p, r, f = pairwise(labels, clusters)
        print(f"{th:9.2f}  {p:9.3f}  {r:6.3f}  {f:.3f}")


def generated(n: int, seed: int = 1) -> list[str]:
    """n fictional claims: each picks one of n/5 cores (four content words) and adds six random words."""
    rng = random.Random(seed)
    vocab = [w for w in _vocabulary() if term(w) and specificity(term(w)) > 0]
    cores = [rng.sample(vocab, 4) for _ in range(max(1, n // 5))]
    return [" ".join(rng.sample(rng.choice(cores) + rng.sample(vocab, 6), 10)) for _ in range(n)]


def _vocabulary() -> list[str]:
    from importlib.resources import files

    lines = files("marsad.data").joinpath("term_frequency.tsv").read_text(encoding="utf-8").splitlines()
    stems = [ln.split("\t")[0] for ln in lines[2:3002]]
    return [s for s in stems if len(s) > 2]


def speed(sizes: list[int]) -> None:
    print("claims  seconds  claims/s  clusters  narratives (seconds)")
    for n in sizes:
        texts = generated(n)
        index = ClaimIndex()
        start = time.perf_counter()
        ids: list[str | None] = []
        for i in range(0, n, 5):  # five claims per article
            ids += index.assign(texts[i:i + 5])
        took = time.perf_counter() - start
        rows = [{"text": t, "cluster": c, "article_id": str(i // 5)} for i, (t, c) in enumerate(zip(texts, ids))]
        start = time.perf_counter()
        found = narratives(rows)
        grouped = time.perf_counter() - start
        print(f"{n:6d}  {took:7.2f}  {n / took:8.0f}  {len(index):8d}  {len(found):10d} ({grouped:.2f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--threshold", type=float, action="append",
                    help=f"threshold(s) to score (default: a sweep around {SIMILARITY})")
    ap.add_argument("--sizes", default="1000,2000,5000,10000")
    a = ap.parse_args()
    quality(a.threshold or [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5])
    speed([int(s) for s in a.sizes.split(",")])


if __name__ == "__main__":
    main()
