"""PostgreSQL store against a real server: a throw-away cluster started for this test session.

The server runs as the `postgres` system user (PostgreSQL refuses root) from a temporary directory,
on a free port of 127.0.0.1, and is stopped at the end. Outside CI the tests skip when the
PostgreSQL binaries are absent; in CI (the CI variable set) a missing server is a failure.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

import marsad
from marsad.article import Article, Claim, Entity, Event, Mention, Quote
from marsad.corpus import Corpus
from marsad.nlp.normalize import normalize
from marsad.store.sqlite import SQLiteStore
from tests.conftest import run_marsad
from tests.test_store import search_by_spelling

psycopg = pytest.importorskip("psycopg")
from marsad.store.postgres import MIGRATIONS, PostgresStore, _index_clitic_readings  # noqa: E402

PG_BIN_DIRS = [Path("/usr/lib/postgresql") / v / "bin" for v in ("17", "16", "15", "14")]


def _pg_bin() -> Path | None:
    for d in PG_BIN_DIRS:
        if (d / "initdb").exists():
            return d
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@pytest.fixture(scope="session")
def pg_server():
    """URL of a fresh PostgreSQL cluster, torn down after the session."""
    bindir = _pg_bin()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL binaries (initdb, pg_ctl) not found, and CI requires the PostgreSQL tests")
        pytest.skip("PostgreSQL is not installed (no initdb/pg_ctl): install Debian's postgresql to run these tests")
    base = Path(tempfile.mkdtemp(prefix="marsad-pg-"))
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
    data, port = base / "data", _free_port()
    subprocess.run(_as_postgres([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                                 "-E", "UTF8", "--locale=C.UTF-8"]), check=True, capture_output=True)
    opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {base} -c fsync=off -c full_page_writes=off"
    subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(base / "log"),
                                 "-w", "start"]), check=True, capture_output=True)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty database on the session's server for each test."""
    name = "t_" + os.urandom(6).hex()
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield pg_server.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


def _span(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def _mention(body: str, text: str, skip: int = 0) -> Mention:
    start, end = _span(body, text)
    return Mention(start + skip, end, text[skip:])


def _rich_records() -> list[dict]:
    """Fictional records with entities, quotes and events, so parity holds whatever the NLP stages find."""
    a = Article(source="fixture/a.txt", format="text", encoding="utf-8", language="ar",
                title="وزير الخارجية يلتقي نظيره في عمّان", published="2025-02-11", outlet="وكالة الأنباء",
                body="قال وزير الخارجية سليم النجار إن المحادثات في عمّان كانت مثمرة. وأضاف النجار أن اللجنة ستجتمع قريباً.")
    said = "المحادثات في عمّان كانت مثمرة"
    a.entities = [Entity(id="per:salim-najjar", type="PER", name="سليم النجار", latin="Salim al-Najjar",
                         aliases=["النجار"], mentions=[_mention(a.body, "سليم النجار"), _mention(a.body, "وأضاف النجار", 5)]),
                  Entity(id="loc:amman", type="LOC", name="عمّان", aliases=["عمان"], mentions=[_mention(a.body, "عمّان")])]
    a.quotes = [Quote(said, *_span(a.body, said), kind="indirect", speaker="سليم النجار",
                      speaker_entity="per:salim-najjar", cue="قال")]
    a.claims = [Claim(said, *_span(a.body, said), speaker="سليم النجار", cluster="fixture-1")]
    b = Article(source="fixture/b.txt", format="text", encoding="utf-8", language="ar",
                title="اعتقال خمسة مشتبه بهم في مدينة إربد", published="2025-03-02", outlet="صحيفة الشمال",
                body="أعلنت مديرية الأمن العام اعتقال خمسة مشتبه بهم في إربد شمال عمّان. وقال الناطق باسم المديرية خالد الزعبي إن التحقيق مستمر.")
    arrest = b.body.split(" وقال")[0]
    b.events = [Event("arrest", arrest, *_span(b.body, arrest), date="2025-03-01", location="إربد", arrested=5)]
    b.quotes = [Quote("التحقيق مستمر", *_span(b.body, "التحقيق مستمر"), kind="indirect", speaker="خالد الزعبي",
                      cue="قال")]
    b.entities = [Entity(id="loc:amman", type="LOC", name="عمّان", aliases=["عمان"], mentions=[_mention(b.body, "عمّان")]),
                  Entity(id="loc:irbid", type="LOC", name="إربد", mentions=[_mention(b.body, "إربد")])]
    b.claims = [Claim("التحقيق مستمر", *_span(b.body, "التحقيق مستمر"), speaker="خالد الزعبي", cluster="fixture-2")]
    c = Article(source="fixture/c.txt", format="text", encoding="utf-8", language="ar",
                title="انفجار قرب سوق في الموصل", body="قتل ثلاثة أشخاص وأصيب عشرة في انفجار قرب سوق شعبي بالموصل.")
    c.events = [Event(type="bombing", text=c.body, start=0, end=len(c.body), location="الموصل", killed=3, injured=10,
                      perpetrator="تنظيم الدولة الإسلامية")]
    c.claims = [Claim("قتل ثلاثة أشخاص", 0, 15, cluster="fixture-1")]
    c.duplicates = [b.id]
    return [art.to_dict() for art in (a, b, c)]


def _fill(store, examples_dir) -> None:
    store.add(_rich_records())
    store.add(marsad.analyze_many([str(examples_dir)]), batch_size=3)


def test_postgres_and_sqlite_give_the_same_answers(pg_url, examples_dir, tmp_path):
    with PostgresStore(pg_url) as pg, SQLiteStore(str(tmp_path / "m.db")) as lite:
        _fill(pg, examples_dir)
        _fill(lite, examples_dir)
        assert pg.stats() == lite.stats()
        assert pg.stats()["articles"] == 3 + len(list(examples_dir.iterdir()))
        assert list(pg.records()) == list(lite.records())
        # the corpus state reads back the same, and a store that lacks it gets it saved
        assert list(pg.corpus_records()) == list(lite.corpus_records())
        pg.db.execute("DELETE FROM corpus_state WHERE article_id IN (SELECT id FROM articles ORDER BY seq LIMIT 2)")
        assert sum(state is None for _, state in pg.corpus_records()) == 2
        Corpus.from_store(pg)
        assert list(pg.corpus_records()) == list(lite.corpus_records())
        for query in ("الامن العام", "الأمن العام", "مديريه", "وزير الخارجية", "الموصل", "كلمةغيرموجودةابدا"):
            # PostgreSQL also stems (الأمنية finds الأمن), so it finds all SQLite finds, and maybe more
            pg_hits = {h.id: h for h in pg.search(query, limit=50)}
            lite_hits = {h.id: h for h in lite.search(query, limit=50)}
            assert set(lite_hits) <= set(pg_hits), query
            assert [h.snippet for h in lite_hits.values()] == [pg_hits[i].snippet for i in lite_hits]
            assert pg.count(query) == len(pg_hits) and lite.count(query) == len(lite_hits)
        assert {h.id for h in pg.search("مثمرة")} == {h.id for h in lite.search("مثمرة")} == {_rich_records()[0]["id"]}
        # a word with a clitic attached (وأضاف، بالموصل) is found by the bare word on both stores
        assert {_rich_records()[0]["id"]} <= {h.id for h in lite.search("أضاف")} <= {h.id for h in pg.search("أضاف")}
        assert {_rich_records()[2]["id"]} <= {h.id for h in lite.search("موصل")} <= {h.id for h in pg.search("موصل")}
        assert pg.search("الأمن", since="2025-03-01")[0].title == lite.search("الأمن", since="2025-03-01")[0].title
        for kwargs in ({}, {"speaker": "النجار"}, {"speaker": "الزعبي"}, {"since": "2025-03-01"}, {"about": "عمان"},
                       {"via": "بترا"}):
            assert pg.quotes(**kwargs) == lite.quotes(**kwargs), kwargs
        assert pg.quotes(speaker="سليم النجار")[0]["text"] == "المحادثات في عمّان كانت مثمرة"
        about = [q["text"] for q in pg.quotes(about="عمان")]
        assert "المحادثات في عمّان كانت مثمرة" in about and all("عمّان" in t for t in about)
        for kwargs in ({}, {"type": "PER"}, {"type": "loc"}):
            assert pg.entities(**kwargs) == lite.entities(**kwargs), kwargs
        # the same order too: events of one date by ingest order, then by place in the article
        for kwargs in ({}, {"type": "arrest"}, {"place": "اربد"}, {"since": "2025-01-01"}, {"by": "داعش"},
                       {"by": "الدولة الاسلامية"}):
            assert pg.events(**kwargs) == lite.events(**kwargs), kwargs
        # a filter's own % and _ are letters, not wildcards
        assert pg.events(place="_") == lite.events(place="_") == [] and pg.quotes(speaker="_") == lite.quotes(speaker="_") == []
        assert [e["arrested"] for e in pg.events(type="arrest") if e["source"] == "fixture/b.txt"] == [5]
        # what the web app reads
        for query, filters in ((None, {}), (None, {"entity": "عمان"}), (None, {"event_type": "arrest"}),
                               ("المحادثات", {"outlet": "وكالة الأنباء"}), ("", {})):
            assert pg.count(query, **filters) == lite.count(query, **filters), (query, filters)
        assert {h.source for h in pg.latest(limit=50, entity="عمان")} >= {"fixture/a.txt", "fixture/b.txt"}
        assert [h.id for h in pg.latest(limit=50)] == [h.id for h in lite.latest(limit=50)]
        assert pg.latest(limit=1, outlet="صحيفة الشمال")[0].source == "fixture/b.txt"
        assert pg.facets() == lite.facets()
        records = {r["source"]: r for r in _rich_records()}
        a, b, c = (records[f"fixture/{x}.txt"]["id"] for x in "abc")
        for entity_id in ("per:salim-najjar", "loc:amman", "nobody"):
            assert pg.entity(entity_id) == lite.entity(entity_id)
            assert pg.entity_quotes(entity_id) == lite.entity_quotes(entity_id)
            assert pg.talked_about(entity_id) == lite.talked_about(entity_id)
            assert pg.said_about(entity_id) == lite.said_about(entity_id)
        assert [r["id"] for r in pg.talked_about("per:salim-najjar")] == ["loc:amman"]
        assert "per:salim-najjar" in {q["speaker_entity"] for q in pg.said_about("loc:amman")}
        assert pg.duplicates_of(b) == lite.duplicates_of(b) and [r["id"] for r in pg.duplicates_of(b)] == [c]
        assert pg.related_articles(a) == lite.related_articles(a) and pg.related_articles(a)[0]["id"] == b
        assert [r["article_id"] for r in pg.claim_rows() if r["cluster"] == "fixture-1"] == [a, c]
        assert list(pg.claim_rows()) == list(lite.claim_rows())
        assert sorted(pg.duplicate_links()) == sorted(lite.duplicate_links())


def test_search_folds_spelling_and_ranks_title_matches_first(pg_url):
    with PostgresStore(pg_url) as store:
        store.add(_rich_records())
        hits = store.search("الامن العام")
        assert [h.title for h in hits] == ["اعتقال خمسة مشتبه بهم في مدينة إربد"]
        assert "[[الأمن]] [[العام]]" in hits[0].snippet
        assert [h.id for h in store.search("الأَمْنُ العامّ")] == [h.id for h in hits]
        assert store.search("الموصل")[0].title == "انفجار قرب سوق في الموصل"
        assert store.search("الخارجية", until="2025-01-31") == []
        assert store.search("   ") == []


def test_reingesting_adds_nothing_and_batches_commit_one_by_one(pg_url):
    records = _rich_records()
    with PostgresStore(pg_url) as store:
        first = store.add(records, batch_size=2)
        assert (first.added, first.skipped) == (3, 0)
        again = store.add(records + [records[0]], batch_size=2)
        assert (again.added, again.skipped) == (0, 4)
        assert store.stats()["quotes"] == 2
        assert store.has(records[1]["id"]) and store.get(records[1]["id"]) == records[1]
        failed = store.add([Article(source="bad.bin", errors=["binary data"]).to_dict()])
        assert failed.failed == 1 and failed.errors == [("bad.bin", "binary data")]
    # a batch that fails half-way leaves nothing of itself behind
    broken = {**_rich_records()[0], "id": "x" * 64, "quotes": [{"text": None}]}
    with PostgresStore(pg_url) as store:
        with pytest.raises(psycopg.Error):
            store.add([broken])
        assert not store.has("x" * 64)


def test_schema_is_versioned_and_a_newer_schema_is_refused(pg_url):
    with PostgresStore(pg_url) as store:
        assert store.version == len(MIGRATIONS)
    with PostgresStore(pg_url) as store:  # opening again migrates nothing
        assert store.version == len(MIGRATIONS)
        store.db.execute("UPDATE marsad_schema SET version = %s", (len(MIGRATIONS) + 3,))
    with pytest.raises(RuntimeError, match="newer than this Marsad knows"):
        PostgresStore(pg_url)


def test_search_vectors_written_before_the_clitic_readings_are_rebuilt(pg_url):
    with PostgresStore(pg_url) as store:
        store.add(_rich_records())
        with store.db.cursor() as cur:  # as version 3 wrote them: the normalised text alone
            cur.executemany("UPDATE articles SET search = to_tsvector('arabic', %s) WHERE id = %s",
                            [(normalize(r["body"]), r["id"]) for r in _rich_records()])
        store.db.execute("ALTER TABLE events DROP COLUMN perpetrator_norm")  # a later version's
        store.db.execute("UPDATE marsad_schema SET version = %s", (MIGRATIONS.index(_index_clitic_readings),))
        assert not {h.id for h in store.search("أضاف")}
    with PostgresStore(pg_url) as store:
        assert store.version == len(MIGRATIONS)
        assert {h.id for h in store.search("أضاف")} == {_rich_records()[0]["id"]}
        # the perpetrators stored before their normalised column existed are found by it
        assert [e["source"] for e in store.events(by="الدولة الاسلامية")] == ["fixture/c.txt"]


def test_cli_works_on_a_postgresql_url(pg_url, examples_dir, tmp_path):
    proc = run_marsad("ingest", str(examples_dir), "--db", pg_url, "--quiet")
    assert proc.returncode == 0, proc.stderr.decode()
    stats = json.loads(run_marsad("stats", "--db", pg_url, "--json", check=True).stdout)
    assert stats["articles"] == len(list(examples_dir.iterdir()))
    again = run_marsad("ingest", str(examples_dir), "--db", pg_url, check=True)
    assert f"0 added, {stats['articles']} already stored" in again.stderr.decode()
    with PostgresStore(pg_url) as store:  # known by their pages' digests, not analysed again
        assert store.db.execute("SELECT count(*) AS n FROM pages").fetchone()["n"] == stats["articles"]
    hits = [json.loads(line) for line in run_marsad("search", "الإرهاب", "--db", pg_url, "--json",
                                                    check=True).stdout.decode().splitlines()]
    assert hits and hits == sorted(hits, key=lambda h: -h["score"])
    out = tmp_path / "out.jsonl"
    run_marsad("export", "--db", pg_url, "--format", "jsonl", "--output", str(out), check=True)
    with PostgresStore(pg_url) as store:
        assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == list(store.records())


def test_sqlite_ranking_only_by_rare_words_still_finds_what_postgresql_finds(pg_url, examples_dir, tmp_path,
                                                                             monkeypatch):
    """On big corpora SQLite ranks only by words in fewer than COMMON_TERM_DOCS articles; the matches stay."""
    import marsad.store.sqlite as sqlite_store

    with PostgresStore(pg_url) as pg, SQLiteStore(str(tmp_path / "m.db")) as lite:
        _fill(pg, examples_dir)
        _fill(lite, examples_dir)
        exact = {q: [h.id for h in lite.search(q, limit=50)] for q in ("في", "في الموصل", "الأمن العام في", "قال")}
        monkeypatch.setattr(sqlite_store, "COMMON_TERM_DOCS", 2)
        assert lite._common("في") and not lite._common("الموصل")
        for query, ids in exact.items():
            hits = lite.search(query, limit=50)
            assert sorted(h.id for h in hits) == sorted(ids), query
            assert set(ids) <= {h.id for h in pg.search(query, limit=50)}, query
        newest_first = lite.search("في", limit=50)
        assert [h.score for h in newest_first] == [0.0] * len(newest_first) and len(newest_first) > 2
        assert [h.title for h in lite.search("في الموصل")] == ["انفجار قرب سوق في الموصل"]


def _unscored(answer):
    """An API answer without search scores, which are bm25 on SQLite and ts_rank_cd on PostgreSQL."""
    if isinstance(answer, dict) and isinstance(answer.get("hits"), list):
        return {**answer, "hits": [{k: v for k, v in h.items() if k != "score"} for h in answer["hits"]]}
    return answer


def test_the_web_app_answers_the_same_on_both_stores(pg_url, examples_dir, tmp_path):
    from fastapi.testclient import TestClient

    from marsad.web.app import create_app

    lite_path = str(tmp_path / "m.db")
    for db in (pg_url, lite_path):
        with marsad.open_store(db) as store:
            _fill(store, examples_dir)
    person = "per:salim-najjar"
    article = _rich_records()[1]["id"]
    with TestClient(create_app(pg_url)) as pg, TestClient(create_app(lite_path)) as lite:
        for url in ("/api/stats", "/api/entities", f"/api/entities/{person}", "/api/quotes?speaker=النجار",
                    "/api/claims", f"/api/articles/{article}", "/api/search?q=مثمرة", "/api/search"):
            got, want = pg.get(url), lite.get(url)
            assert got.status_code == want.status_code == 200, (url, got.text[:300])
            assert _unscored(got.json()) == _unscored(want.json()), url
        for url in ("/", "/?q=الأمن العام", f"/article/{article}", "/entities", f"/entity/{person}", "/events",
                    "/claims"):
            assert pg.get(url).status_code == 200, url


def test_search_for_a_name_finds_its_other_spellings_on_postgresql(pg_url):
    with PostgresStore(pg_url) as store:
        search_by_spelling(store)
