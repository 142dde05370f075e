"""Near-duplicates: syndicated copies link back to the first copy; other stories on the topic do not."""
from __future__ import annotations

import pytest

from marsad.corpus import Corpus
from marsad.nlp import claims
from marsad.nlp.duplicates import DuplicateIndex, collapse, representatives
from marsad.store.base import SearchHit
from marsad.store.sqlite import SQLiteStore
from tests.test_claims import WIRE_BODY, article, corpus_articles

SAME_TOPIC = (
    "شهدت مدينة البصرة اليوم احتجاجات على انقطاع الكهرباء في ذروة الصيف، إذ خرج مئات المواطنين إلى الشوارع "
    "مطالبين بحلول عاجلة.\nوقال شهود إن المحتجين أغلقوا طريقا رئيسيا لساعات قبل أن تتدخل قوات الأمن.\n"
    "وكانت وزارة الكهرباء قد وعدت بإصلاح المحطات قبل نهاية الشهر، فيما تطالب النائبة هدى القاسم بجلسة طارئة."
)


def test_a_syndicated_copy_with_another_header_and_footer_points_back_to_the_first():
    index = DuplicateIndex()
    copy = "البصرة (الأنباء الحرة) - " + WIRE_BODY + "\nالمصدر: وكالة الأنباء العربية الحرة"
    assert index.add("first", WIRE_BODY) == []
    assert index.add("topic", SAME_TOPIC) == []
    assert index.add("copy", copy) == ["first"]
    trimmed = WIRE_BODY.rsplit("\n", 1)[0] + "\nتابعونا على مواقع التواصل."
    assert index.add("trimmed", trimmed) == ["first", "copy"]


def test_short_bodies_and_repeated_ids_link_to_nothing():
    index = DuplicateIndex()
    assert index.add("a", "خبر قصير جدا عن الطقس") == []
    assert index.add("b", "خبر قصير جدا عن الطقس") == []
    assert index.add("w", WIRE_BODY) == []
    assert index.add("w", WIRE_BODY) == []  # the same page again is not its own copy
    assert len(index) == 1


def test_corpus_fills_duplicates_forward_only():
    corpus = Corpus()
    arts = [corpus.add(claims.run(a)) for a in corpus_articles()]
    wire, copy = arts[1], arts[5]
    assert copy.duplicates == [wire.id]
    assert wire.duplicates == []
    assert all(a.duplicates == [] for a in arts[:5])


def test_an_article_seen_again_gets_its_clusters_and_changes_nothing():
    corpus = Corpus()
    arts = [corpus.add(claims.run(a)) for a in corpus_articles()]
    before = (corpus.claims.n_claims, [dict(c) for c in corpus.claims._centroids])
    again = corpus.add(claims.run(corpus_articles()[1]))
    assert [c.cluster for c in again.claims] == [c.cluster for c in arts[1].claims]
    assert again.duplicates == [] and (corpus.claims.n_claims, corpus.claims._centroids) == before


def test_a_corpus_seeded_from_the_store_links_new_pages_to_stored_ones(tmp_path):
    first, later = corpus_articles()[:5], corpus_articles()[5:]
    with SQLiteStore(str(tmp_path / "m.db")) as store:
        corpus = Corpus()
        store.add([corpus.add(claims.run(a)) for a in first])
        stored_wire = store.get(first[1].id)
        seeded = Corpus.from_store(store)
        [copy] = [seeded.add(claims.run(a)) for a in later]
    assert copy.duplicates == [stored_wire["id"]]
    assert copy.claims[0].cluster == stored_wire["claims"][0]["cluster"]
    fresh = claims.run(article("n.txt", None, "قال المزارع جميل الحداد إن موسم القمح هذا العام هو الأفضل منذ عقد كامل.",
                               quotes=[("موسم القمح هذا العام هو الأفضل منذ عقد كامل", "جميل الحداد", "indirect")]))
    seeded.add(fresh)
    used = {c["cluster"] for a in first for c in (a.to_dict()["claims"])}
    assert fresh.claims[0].cluster not in used


def test_a_store_keeps_the_corpus_state_so_reopening_it_computes_nothing_again(tmp_path, monkeypatch):
    import marsad.corpus

    first, later = corpus_articles()[:5], corpus_articles()[5:]
    with SQLiteStore(str(tmp_path / "m.db")) as store:
        corpus = Corpus()
        store.add([corpus.add(claims.run(a)) for a in first])
        saved = dict(store.db.execute("SELECT article_id, claim_features FROM corpus_state").fetchall())
        assert set(saved) == {a.id for a in first}
        with monkeypatch.context() as m:  # every body's sketch and claim's features are read back
            m.setattr(marsad.corpus, "corpus_state", lambda rec: pytest.fail(f"recomputed {rec['source']}"))
            seeded = Corpus.from_store(store)
        links = [seeded.add(claims.run(a)) for a in later]
        # a store written before it kept the state: computed once on opening, saved for next time
        store.db.execute("DELETE FROM corpus_state")
        backfilled = Corpus.from_store(store)
        again = dict(store.db.execute("SELECT article_id, claim_features FROM corpus_state").fetchall())
    assert again == saved
    rerun = [backfilled.add(claims.run(a)) for a in corpus_articles()[5:]]
    assert [(a.duplicates, [c.cluster for c in a.claims]) for a in rerun] == \
        [(a.duplicates, [c.cluster for c in a.claims]) for a in links]
    assert links[0].duplicates == [first[1].id]


def test_search_hits_and_counts_collapse_a_stored_wire_story_to_one(tmp_path):
    corpus = Corpus()
    with SQLiteStore(str(tmp_path / "m.db")) as store:
        store.add([corpus.add(claims.run(a)) for a in corpus_articles()])
        links = store.duplicate_links()
        hits = store.search("وزير الكهرباء")
        records = list(store.records())
    assert {h.source for h in hits} == {"a2.txt", "a6.txt"}
    assert len(collapse(hits, links, key=lambda h: h.id)) == 1
    assert len(records) == 6 and len(collapse(records, links)) == 5


def test_collapse_keeps_one_record_per_story_and_groups_copies_of_copies():
    records = [{"id": "b", "duplicates": ["a"]}, {"id": "x", "duplicates": []},
               {"id": "a", "duplicates": []}, {"id": "c", "duplicates": ["b"]}]
    links = [(r["id"], d) for r in records for d in r["duplicates"]]
    assert [r["id"] for r in collapse(records, links)] == ["b", "x"]
    hits = [SearchHit("c", "t", "c.txt", None, None, 2.0, ""), SearchHit("a", "t", "a.txt", None, None, 1.0, "")]
    assert [h.source for h in collapse(hits, links, key=lambda h: h.id)] == ["c.txt"]
    groups = representatives([("b", "a"), ("c", "b"), ("y", "x")])
    assert groups["a"] == groups["b"] == groups["c"] != groups["x"] == groups["y"]
