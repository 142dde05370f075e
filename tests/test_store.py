"""SQLite store: idempotent ingest, normalised search, export round-trips, kill-safety."""
from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import time

import pytest

import marsad
from marsad.store.export import read_parquet, write_jsonl, write_parquet
from marsad.store.sqlite import MIGRATIONS, SQLiteStore, _index_clitic_readings
from tests.conftest import copy_examples, marsad_cmd, run_marsad


def counts(db_path) -> dict:
    db = sqlite3.connect(db_path)
    try:
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "entities", "mentions", "quotes", "events", "claims")}
    finally:
        db.close()


def test_reingesting_the_same_pages_adds_nothing(examples_dir, tmp_path):
    db = tmp_path / "m.db"
    first = run_marsad("ingest", str(examples_dir), "--db", str(db))
    assert first.returncode == 0, first.stderr.decode()
    before = counts(db)
    assert before["articles"] == len(list(examples_dir.iterdir()))
    again = run_marsad("ingest", str(examples_dir), "--db", str(db))
    assert again.returncode == 0
    assert f"0 added, {before['articles']} already stored" in again.stderr.decode()
    assert counts(db) == before


class _CountingStore(SQLiteStore):
    corpus_reads = 0

    def corpus_records(self):
        self.corpus_reads += 1
        return super().corpus_records()


def test_a_rerun_skips_stored_pages_before_analysis_and_reads_the_corpus_only_for_new_ones(tmp_path, monkeypatch):
    from marsad import pipeline

    pages = _corpus(tmp_path, 4)
    with _CountingStore(str(tmp_path / "r.db")) as store:
        first = store.add(marsad.analyze_many([str(pages)], corpus=marsad.corpus_for(store), skip=store.has_page))
        assert (first.added, store.corpus_reads) == (4, 1)
        analysed = []
        monkeypatch.setattr(pipeline, "analyze_page", lambda page: analysed.append(page.source) or pytest.fail())
        again = list(marsad.analyze_many([str(pages)], corpus=marsad.corpus_for(store), skip=store.has_page))
        assert again == [] and analysed == [] and store.corpus_reads == 1
        monkeypatch.undo()
        # a new page is analysed, and the corpus learns the stored ones first; a page whose bytes
        # differ but whose article is stored (a copy with a trailing newline) is remembered as well
        (pages / "new.txt").write_text("خبر جديد عن المياه\nافتتح المحافظ محطة جديدة لتحلية المياه في الحي الغربي.\n",
                                       encoding="utf-8")
        copy = pages / "p0000-copy.txt"
        copy.write_text((pages / "p0000.txt").read_text(encoding="utf-8") + "\n", encoding="utf-8")
        third = store.add(marsad.analyze_many([str(pages)], corpus=marsad.corpus_for(store), skip=store.has_page))
        assert (third.added, third.skipped, store.corpus_reads) == (1, 1, 2)
        assert store.db.execute("SELECT count(*) FROM pages").fetchone()[0] == 6


def test_search_finds_the_same_article_with_or_without_hamza_diacritics_ta_marbuta(examples_dir, tmp_path):
    db = tmp_path / "m.db"
    run_marsad("ingest", str(examples_dir), "--db", str(db), check=True)
    with SQLiteStore(str(db)) as store:
        plain = store.search("الامن العام", limit=5)
        assert plain and "الأمن العام" in plain[0].title
        variants = [store.search(q, limit=5) for q in ("الأمن العام", "الأَمْنُ العامّ", "الامـن العام")]
        for hits in variants:
            assert [h.id for h in hits] == [h.id for h in plain]
        # ta marbuta / ha folding, and the snippet highlights the original spelling
        hits = store.search("مديريه", limit=5)
        assert hits and "[[مديرية]]" in hits[0].snippet
        assert store.search("كلمةغيرموجودةابدا") == []


def test_search_cli_ranks_and_prints_json(examples_dir, tmp_path):
    db = tmp_path / "m.db"
    run_marsad("ingest", str(examples_dir), "--db", str(db), check=True)
    proc = run_marsad("search", "الإرهاب", "--db", str(db), "--json", "--limit", "3")
    hits = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert 1 <= len(hits) <= 3
    assert hits == sorted(hits, key=lambda h: -h["score"])


def test_export_round_trips_jsonl_and_parquet(examples_dir, tmp_path):
    db = tmp_path / "m.db"
    run_marsad("ingest", str(examples_dir), "--db", str(db), check=True)
    with SQLiteStore(str(db)) as store:
        records = list(store.records())
    for fmt in ("jsonl", "parquet", "csv"):
        out = tmp_path / f"out.{fmt}"
        proc = run_marsad("export", "--db", str(db), "--format", fmt, "--output", str(out))
        assert proc.returncode == 0 and out.stat().st_size > 0
    back = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert back == records
    assert read_parquet(tmp_path / "out.parquet") == records
    assert (tmp_path / "out.csv").read_text(encoding="utf-8-sig").count("\n") >= len(records) + 1


def test_parquet_keeps_types_of_empty_and_null_fields(tmp_path):
    art = marsad.analyze("عنوان قصير\nنص الخبر الذي يتحدث عن افتتاح مكتبة عامة جديدة في وسط المدينة يوم الخميس.")
    rec = art.to_dict()
    write_parquet([rec], tmp_path / "one.parquet")
    write_jsonl([rec], tmp_path / "one.jsonl")
    assert read_parquet(tmp_path / "one.parquet") == [rec]


def test_schema_is_versioned(tmp_path):
    with SQLiteStore(str(tmp_path / "v.db")) as store:
        assert store.version == len(MIGRATIONS)
    db = sqlite3.connect(tmp_path / "v.db")
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    db.commit()
    db.close()
    with pytest.raises(RuntimeError, match="newer than this Marsad knows"):
        SQLiteStore(str(tmp_path / "v.db"))


def _corpus(tmp_path, n: int):
    pages = tmp_path / "corpus"
    pages.mkdir()
    for i in range(n):
        (pages / f"p{i:04d}.txt").write_text(
            f"خبر رقم {i} عن افتتاح مشروع\n"
            f"افتتح محافظ المدينة اليوم المشروع رقم {i} لتوسيع شبكة المياه في الأحياء الشرقية، "
            f"وقال إن المرحلة {i} ستنتهي قبل نهاية العام بتكلفة تبلغ {i * 7 + 3} مليون دينار.\n", encoding="utf-8")
    return pages


def test_a_killed_ingest_keeps_what_it_committed_and_a_rerun_completes(tmp_path):
    pages, db = _corpus(tmp_path, 3000), tmp_path / "k.db"
    proc = subprocess.Popen([*marsad_cmd(), "ingest", str(pages), "--db", str(db), "--batch-size", "5", "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    committed = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                committed = counts(db)["articles"]
            except sqlite3.Error:
                continue
            if committed >= 10:
                break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 10 <= committed < 3000, "the ingest should have been killed half-way"
    after_kill = counts(db)["articles"]
    assert after_kill >= committed
    run_marsad("ingest", str(pages), "--db", str(db), "--quiet", check=True)
    final = counts(db)
    assert final["articles"] == 3000
    db_conn = sqlite3.connect(db)
    assert db_conn.execute("SELECT count(DISTINCT source) FROM articles").fetchone()[0] == 3000
    db_conn.close()


def test_readme_demo_summary(examples_dir, tmp_path):
    pages = copy_examples(tmp_path)
    proc = run_marsad("ingest", str(pages), "--db", str(tmp_path / "demo.db"))
    assert proc.returncode == 0
    text = proc.stdout.decode()
    for word in ("pages", "quotes", "entities", "events", "top speakers"):
        assert word in text


def test_events_keep_their_approximate_figures_in_the_store(examples_dir, tmp_path):
    db = tmp_path / "m.db"
    run_marsad("ingest", str(examples_dir / "02_baghdad_market_bombing.txt"), "--db", str(db), check=True)
    with SQLiteStore(str(db)) as store:
        bombing = next(e for e in store.events() if e["type"] == "bombing")
    assert bombing["injured"] == 30 and bombing["approximate"] == ["injured"]  # "أكثر من 30"


def test_a_store_of_schema_version_1_is_migrated_in_place(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0] + "PRAGMA user_version = 1;")
    db.close()
    with SQLiteStore(str(path)) as store:
        assert store.version == len(MIGRATIONS)
        cols = [r[1] for r in store.db.execute("PRAGMA table_info(events)")]
    assert "approximate" in cols


def test_top_speakers_count_a_syndicated_copy_once(examples_dir, tmp_path):
    db = tmp_path / "m.db"
    run_marsad("ingest", str(examples_dir), "--db", str(db), check=True)
    with SQLiteStore(str(db)) as store:
        top = dict(store.stats()["top_speakers"])
        quoted = [q for q in store.quotes(speaker="نبيل حمدان")]
    # 03 and its syndicated copy 04 quote him alike; the copy is a duplicate, not a second source
    assert len({q["article_id"] for q in quoted}) == 2
    assert top["نبيل حمدان"] == len(quoted) // 2


def test_search_finds_a_word_with_any_clitic_attached_and_old_indexes_are_rebuilt(tmp_path):
    pages = ["عنوان أول\n\nوصل الوفد الحكومي أمس إلى بغداد في زيارة رسمية تستغرق يومين لبحث ملفات الطاقة.",
             "عنوان ثان\n\nعقد المسؤولون اجتماعا موسعا وبغداد تستعد لاستضافة القمة العربية المقبلة.",
             "عنوان ثالث\n\nأكدت الحكومة أن لبغداد دورا محوريا في استقرار المنطقة وفي حل النزاعات.",
             "عنوان رابع\n\nاستقبل والي الولاية ضيوفه في مقر الولاية وناقش معهم مشاريع التنمية."]
    path = str(tmp_path / "s.db")
    with SQLiteStore(path) as store:
        store.add([marsad.analyze(p, source=f"p{i}.txt") for i, p in enumerate(pages)])
        assert {h.source for h in store.search("بغداد")} == {"p0.txt", "p1.txt", "p2.txt"}
        assert {h.source for h in store.search("وفد")} == {"p0.txt"}  # the article is a clitic too
        assert {h.source for h in store.search("والي")} == {"p3.txt"}  # a query is never stripped
        # an index written before the readings were kept: rebuilt when the store is opened
        store.db.execute("DELETE FROM articles_fts")
        store.db.execute("INSERT INTO articles_fts (rowid, title, body) SELECT rowid, title, body FROM articles")
        store.db.execute("ALTER TABLE events DROP COLUMN perpetrator_norm")  # a later version's
        store.db.execute(f"PRAGMA user_version = {MIGRATIONS.index(_index_clitic_readings)}")
        store.db.commit()
    with SQLiteStore(path) as store:
        assert store.version == len(MIGRATIONS)
        assert {h.source for h in store.search("بغداد")} == {"p0.txt", "p1.txt", "p2.txt"}


def test_a_narrative_names_the_agency_a_page_without_a_site_credits(tmp_path):
    pages = {"a.txt": "الوزير يرفض التفاوض\n\nبيروت - سانا\n\nقال وزير الخارجية سامر العلي إن بلاده لن تدخل في أي "
                      "مفاوضات قبل وقف إطلاق النار بشكل كامل.",
             "b.txt": "العلي يجدد رفضه\n\nبيروت (رويترز)\n\nجدد وزير الخارجية سامر العلي التأكيد على أن بلاده لن تدخل "
                      "في مفاوضات قبل وقف إطلاق النار بالكامل.",
             # no site, no credit: the outlet it relays the words through
             "c.txt": "العلي: لا تفاوض\n\nنقلت وكالة الأناضول عن وزير الخارجية سامر العلي قوله إن بلاده لن تدخل "
                      "في أي مفاوضات قبل وقف إطلاق النار."}
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "n.db"
    run_marsad("ingest", *(str(tmp_path / name) for name in pages), "--db", str(db), check=True)
    out = run_marsad("claims", "--db", str(db), "--json", check=True).stdout
    [shared] = [n for n in map(json.loads, out.splitlines()) if n["articles"] == 3]
    assert shared["outlets"] == ["الأناضول", "رويترز", "سانا"]


SPELLINGS_PAGES = {
    "a.txt": "عنوان أول\n\nقال وزير الخارجية الليتواني ألكسندر كوفالينكاس إن بلاده تدعم العقوبات. "
             "وأضاف ألكساندر كوفالينكاس أن الحوار ممكن.",
    "b.txt": "عنوان ثان\n\nوصل ألكساندر كوفالينكاس إلى بروكسل أمس في زيارة تستغرق يومين لبحث الأمن الإقليمي.",
    "c.txt": "عنوان ثالث\n\nقال الباحث دانيال كوفالينكاس إن الدراسة ستنشر العام المقبل في مجلة علمية.",
}


def search_by_spelling(store) -> None:
    """A full name finds the articles that spell it another way, not another person of that surname."""
    store.add([marsad.analyze(text, source=name) for name, text in SPELLINGS_PAGES.items()])
    assert {h.source for h in store.search("ألكسندر كوفالينكاس")} == {"a.txt", "b.txt"}
    assert {h.source for h in store.search("كوفالينكاس")} == {"a.txt", "b.txt", "c.txt"}
    assert store.search("ألكسندر كوفالينكاس", outlet="موقع آخر") == []  # filters still apply


def test_search_for_a_name_finds_its_other_spellings(tmp_path):
    with SQLiteStore(str(tmp_path / "s.db")) as store:
        search_by_spelling(store)


def test_quotes_about_an_entity_in_any_spelling(tmp_path):
    pages = ["عنوان\n\nقال الوزير سامي النمر إن الأمم المتحدة تأخرت في إرسال المساعدات إلى المدينة.",
             "عنوان\n\nقال الوزير سامي النمر إن الحكومة ستدعم المزارعين في الموسم المقبل.",
             "عنوان\n\nزار وفد الأمم المتحدة المدينة، وقال المحافظ رامي الزين إن الطرق أعيد فتحها.",
             "عنوان\n\nوقالت الشرطة إن الأمم المتحدة أرسلت فريقاً لتقييم الأضرار في المدينة."]
    with SQLiteStore(str(tmp_path / "q.db")) as store:
        store.add([marsad.analyze(p, source=f"p{i}.txt") for i, p in enumerate(pages)])
        # named inside what was said, not only somewhere on the page
        assert sorted(q["source"] for q in store.quotes(about="الأمم المتحدة")) == ["p0.txt", "p3.txt"]
        assert sorted(q["source"] for q in store.quotes(about="الامم المتحده")) == ["p0.txt", "p3.txt"]
        assert store.quotes(about="الأمم المتحدة", speaker="رامي الزين") == []
        # what they said of it, whether the speaker is a known entity or a body named by its kind
        assert {q["speaker"] for q in store.said_about("org:united-nations")} == {"سامي النمر", "الشرطة"}
    out = run_marsad("quotes", "--about", "الأمم المتحدة", "--db", str(tmp_path / "q.db"), "--json", check=True).stdout
    assert sorted(json.loads(line)["source"] for line in out.splitlines()) == ["p0.txt", "p3.txt"]


def test_events_by_whom_in_any_spelling_and_older_stores_are_filled_in(tmp_path):
    pages = ["عنوان\n\nقتل خمسة جنود في هجوم تبناه تنظيم الدولة الإسلامية على حاجز قرب بلدة الزهور. "
             "وقال الجيش إن داعش يقف وراء الهجوم.",
             "عنوان\n\nقتل ثلاثة مدنيين في قصف مدفعي شنته قوات الدعم السريع على أحياء مدينة الوادي."]
    path = str(tmp_path / "e.db")
    with SQLiteStore(path) as store:
        store.add([marsad.analyze(p, source=f"p{i}.txt") for i, p in enumerate(pages)])
        assert [e["source"] for e in store.events(by="الدعم السريع")] == ["p1.txt"]
        # another stored spelling of the entity the perpetrator names
        assert [e["source"] for e in store.events(by="داعش")] == ["p0.txt"]
        assert store.events(by="حركة الفجر") == []
        # a store written before the column existed gets it filled when opened
        store.db.execute("UPDATE events SET perpetrator_norm = NULL")
        store.db.execute("ALTER TABLE events DROP COLUMN perpetrator_norm")
        store.db.execute(f"PRAGMA user_version = {len(MIGRATIONS) - 1}")
        store.db.commit()
    with SQLiteStore(path) as store:
        assert [e["source"] for e in store.events(by="الدعم السريع")] == ["p1.txt"]
    out = run_marsad("events", "--by", "الدعم السريع", "--db", path, "--json", check=True).stdout
    assert [json.loads(line)["source"] for line in out.splitlines()] == ["p1.txt"]


def test_quotes_through_an_agency_by_any_of_its_names(tmp_path):
    pages = ["عنوان\n\nونقلت وكالة فرانس برس عن الوزير سامي النمر قوله إن المحادثات مستمرة منذ أيام.",
             "عنوان\n\nونقلت وكالة رويترز عن الوزير سامي النمر قوله إن الوفد سيصل غداً إلى العاصمة."]
    with SQLiteStore(str(tmp_path / "v.db")) as store:
        store.add([marsad.analyze(p, source=f"p{i}.txt") for i, p in enumerate(pages)])
        for name in ("فرانس برس", "أ ف ب", "AFP"):
            assert [q["source"] for q in store.quotes(via=name)] == ["p0.txt"], name
        assert [q["source"] for q in store.quotes(via="رويترز")] == ["p1.txt"]
        assert store.quotes(via="تاس") == []
