"""Near-duplicate bodies: syndicated copies of one wire story, found with MinHash/LSH.

Each body is reduced to word shingles of its normalised text; a MinHash sketch of them goes into an
LSH index. A new article is linked to the earlier articles whose estimated Jaccard similarity
reaches `JACCARD`. Links only ever point backwards, so an article already emitted in a stream is
never changed; the first copy of a story is the one with no `duplicates`.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from marsad.nlp.normalize import words

if TYPE_CHECKING:
    from datasketch import MinHash

SHINGLE = 5  # words per shingle: long enough that unrelated stories on one topic share few
JACCARD = 0.5  # copies with a different header, dateline or trimmed tail stay well above this
NUM_PERM = 128
SEED = 1  # fixed, so the same input gives the same links on every run
MIN_WORDS = 20  # a body this short is too thin to call a copy of anything

T = TypeVar("T")


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    tokens = words(text)
    return {" ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}


# memoised: the corpus stage and then the store ask for the same new body's sketch in turn
@lru_cache(maxsize=1024)
def sketch(text: str) -> MinHash | None:
    """The MinHash of a body's shingles, or None when the body is too short to compare
    (callers must not update it)."""
    from datasketch import MinHash  # imports scipy: paid only by runs that compare bodies

    if len(words(text)) < MIN_WORDS:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return minhash


def sketch_bytes(minhash: MinHash) -> bytes:
    """A sketch as the store keeps it: its hashing scheme's name, ":", then its hash values."""
    return minhash.scheme.encode("ascii") + b":" + minhash.hashvalues.tobytes()


def load_sketch(data: bytes) -> MinHash | None:
    """A stored sketch, or None when another datasketch release made it (its hashes mean nothing now)."""
    import numpy as np
    from datasketch import LeanMinHash

    scheme, _, values = data.partition(b":")
    current = _template()
    if scheme.decode("ascii") != current.scheme:
        return None
    return LeanMinHash(seed=SEED, hashvalues=np.frombuffer(values, dtype=current.hashvalues.dtype),
                       scheme=current.scheme)


@lru_cache(maxsize=1)
def _template() -> MinHash:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED)


class DuplicateIndex:
    """Article ids by body sketch; `add` answers which earlier articles a new one copies."""

    def __init__(self, threshold: float = JACCARD):
        from datasketch import MinHashLSH  # imports scipy: paid only by runs that compare bodies

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sketches: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._sketches)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._sketches

    def add(self, article_id: str, body: str) -> list[str]:
        """Index one article; return the ids of earlier near-duplicates, oldest first."""
        minhash = sketch(body)
        if minhash is None or article_id in self._sketches:
            return []
        found = [other for other in self._lsh.query(minhash)
                 if self._sketches[other].jaccard(minhash) >= self.threshold]
        self.restore(article_id, minhash)
        return sorted(found, key=self._order.__getitem__)

    def restore(self, article_id: str, minhash: MinHash | None) -> None:
        """Index a stored article's sketch; its links were found when it was added."""
        if minhash is None or article_id in self._sketches:
            return
        self._lsh.insert(article_id, minhash)
        self._sketches[article_id] = minhash
        self._order[article_id] = len(self._order)


def representatives(links: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Map every article id in `links` (article_id, duplicate_id) to one id standing for its story.

    Copies of copies fall in one group (union-find); search results and counts collapse duplicates
    by keeping one hit per group key."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for article_id, duplicate_id in links:
        a, b = root(article_id), root(duplicate_id)
        if a != b:
            parent[a] = b
    return {x: root(x) for x in parent}


def collapse(items: Iterable[T], links: Iterable[tuple[str, str]],
             key: Callable[[T], str] = lambda item: item["id"]) -> list[T]:
    """Keep the first item of each story in the given order (the best hit, or the oldest page).

    `items` are search hits, records or rows, `key` gives an item's article id, and `links` are
    (article_id, duplicate_id) pairs, e.g. `store.duplicate_links()` or each record's `duplicates`."""
    story = representatives(links)
    seen: set[str] = set()
    kept = []
    for item in items:
        group = story.get(key(item), key(item))
        if group not in seen:
            seen.add(group)
            kept.append(item)
    return kept
