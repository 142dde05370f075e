"""Build marsad/data/term_frequency.tsv: how common each Arabic word stem is in general text.

Claim clustering weighs a shared stem by how rare it is in the language, so that two claims meet on
what they assert ("double standards") rather than on words every news story uses ("the United
States"). The frequencies come from wordfreq's Arabic list, stemmed and normalised
exactly as the claims stage does, so lookups agree. wordfreq's data is CC BY-SA 4.0, so the
generated file says so in its header and carries the same licence.

    pip install wordfreq==3.1.1 && .venv/bin/python scripts/build_claim_weights.py
"""
from __future__ import annotations

import math
from collections import defaultdict
from pathlib import Path

import wordfreq

from marsad.nlp.frequency import stem_word

OUT = Path(__file__).resolve().parent.parent / "marsad" / "data" / "term_frequency.tsv"
TOP_WORDS = 100_000
MIN_ZIPF = 2.0  # rarer stems get the default weight of an unknown word anyway


def main() -> None:
    freq: dict[str, float] = defaultdict(float)
    for word in wordfreq.top_n_list("ar", TOP_WORDS):
        stem = stem_word(word)
        if stem and " " not in stem:
            freq[stem] += wordfreq.word_frequency(word, "ar")
    rows = sorted(((s, 9 + math.log10(f)) for s, f in freq.items()), key=lambda r: (-r[1], r[0]))
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# Zipf frequency of Arabic word stems (Snowball-stemmed, normalised); generated from wordfreq 3.1.1"
                 " by scripts/build_claim_weights.py; derived from wordfreq's data (Robyn Speer et al.),"
                 " CC BY-SA 4.0, and shared under the same licence\n")
        fh.write("stem\tzipf\n")
        for stem, zipf in rows:
            if zipf >= MIN_ZIPF:
                fh.write(f"{stem}\t{zipf:.2f}\n")
    print(f"{len(rows)} stems, written to {OUT}")


if __name__ == "__main__":
    main()
