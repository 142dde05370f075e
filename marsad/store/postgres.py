"""The team store: PostgreSQL through psycopg 3, the same interface and answers as `SQLiteStore`.

Search runs on a stored `tsvector` built with PostgreSQL's `arabic` configuration from Marsad's own
`search_text()` (normalised words with their readings without clitics, as SQLite indexes them; title
weighted above body), under a GIN index; the query goes through the same normalisation, so spelling
variants and clitics match as on SQLite. Ingest commits one transaction per
batch and keys every article by its record id (`ON CONFLICT DO NOTHING`), so re-ingesting adds
nothing, two ingests may run at once, and a killed ingest keeps every batch it had committed.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg.rows import dict_row, tuple_row
from psycopg.types.json import Json

from marsad.article import Article
from marsad.ingest import Page
from marsad.store.base import (CHILD_SCHEMA, CHILD_TABLES, INGEST_STATE_SCHEMA, QUOTES_WITH_SOURCES, POSTGRES,
                               IngestReport, SearchHit, article_filters, batches, child_rows, event_filters, event_row,
                               highlight, name_spellings, normalised_perpetrators, page_rows, query_terms, quote_filters,
                               quote_names, search_text, spellings_sql)

if TYPE_CHECKING:
    from marsad.corpus import CorpusState

def _index_clitic_readings(db: psycopg.Connection) -> None:
    """Version 4: the search vectors hold every word's readings without its clitics (search_text)."""
    with db.cursor(name="marsad_reindex") as rows, db.cursor() as cur:
        rows.execute("SELECT id, title, body FROM articles")
        while batch := rows.fetchmany(1000):
            cur.executemany(f"UPDATE articles SET search = {_TSV} WHERE id = %s",
                            [(search_text(r["title"] or ""), search_text(r["body"]), r["id"]) for r in batch])


def _index_perpetrators(db: psycopg.Connection) -> None:
    """Version 5: events keep their perpetrator normalised, for the filter by who did it."""
    with db.cursor(row_factory=tuple_row) as cur:
        cur.execute("ALTER TABLE events ADD COLUMN perpetrator_norm TEXT")
        rows = cur.execute("SELECT article_id, n, perpetrator FROM events WHERE perpetrator IS NOT NULL").fetchall()
        cur.executemany("UPDATE events SET perpetrator_norm = %s WHERE article_id = %s AND n = %s",
                        normalised_perpetrators(rows))


# Each entry moves the schema from version i to i + 1 (SQL, or a function for what SQL cannot
# compute); never edit a released one, append.
MIGRATIONS: list[str | Callable[[psycopg.Connection], None]] = [
    """
    CREATE TABLE articles (
        seq BIGSERIAL UNIQUE,
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        format TEXT, encoding TEXT, language TEXT,
        title TEXT, published TEXT, published_source TEXT, outlet TEXT, author TEXT, dateline TEXT,
        body TEXT NOT NULL,
        record JSON NOT NULL,
        search TSVECTOR NOT NULL,
        ingested_at TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE INDEX articles_search ON articles USING GIN (search);
    """ + CHILD_SCHEMA,
    # 2: events keep which figures were approximate ("أكثر من 50"), as a JSON list
    """
    ALTER TABLE events ADD COLUMN approximate TEXT NOT NULL DEFAULT '[]';
    """,
    # 3: each article's body sketch and claim features (read back by Corpus.from_store) and the digests
    # of the pages analysed (a rerun skips them)
    INGEST_STATE_SCHEMA.format(blob="BYTEA"),
    _index_clitic_readings,
    _index_perpetrators,
]

# Any fixed number serves: it only keeps two processes from migrating the same database at once.
_MIGRATION_LOCK = 0x6D61727361640001
# Text columns compared and sorted byte-wise, as SQLite does, whatever the server's locale.
_C = 'COLLATE "C"'
_ALIASES = f"(SELECT coalesce(array_agg(alias ORDER BY alias {_C}), '{{}}') FROM entity_aliases WHERE entity_id = e.id)"
_TSV = "setweight(to_tsvector('arabic', %s), 'A') || setweight(to_tsvector('arabic', %s), 'B')"


class PostgresStore:
    def __init__(self, url: str):
        self.url = url
        self.db = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        self.migrate()

    # -- schema -------------------------------------------------------------------------------
    @property
    def version(self) -> int:
        row = self.db.execute("SELECT to_regclass('marsad_schema') IS NOT NULL AS present").fetchone()
        if not row["present"]:
            return 0
        return self.db.execute("SELECT version FROM marsad_schema").fetchone()["version"]

    def migrate(self) -> None:
        if self.version == len(MIGRATIONS):
            return  # the common case, every time a store is opened: no lock taken
        with self.db.transaction():
            self.db.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            self.db.execute("CREATE TABLE IF NOT EXISTS marsad_schema (version INTEGER NOT NULL)")
            if self.db.execute("SELECT 1 FROM marsad_schema").fetchone() is None:
                self.db.execute("INSERT INTO marsad_schema VALUES (0)")
            current = self.version
            if current > len(MIGRATIONS):
                raise RuntimeError(f"the database has schema version {current}, newer than this Marsad knows "
                                   f"({len(MIGRATIONS)}): upgrade marsad")
            for version in range(current, len(MIGRATIONS)):
                step = MIGRATIONS[version]
                if callable(step):
                    step(self.db)
                else:
                    self.db.execute(step)
                self.db.execute("UPDATE marsad_schema SET version = %s", (version + 1,))

    # -- writing ------------------------------------------------------------------------------
    def add(self, articles: Iterable[Article | dict], batch_size: int = 100) -> IngestReport:
        report = IngestReport()
        for batch, digests in batches(articles, batch_size, report):
            self._write(batch, digests, report)
        return report

    def _write(self, batch: list[dict], digests: list[str | None], report: IngestReport) -> None:
        """One transaction per batch, and one statement per table for the whole batch."""
        with self.db.transaction(), self.db.cursor() as cur:
            cur.executemany(
                "INSERT INTO articles (id, source, format, encoding, language, title, published, published_source,"
                " outlet, author, dateline, body, record, search)"
                f" VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,{_TSV}) ON CONFLICT (id) DO NOTHING RETURNING id",
                [(r["id"], r["source"], r.get("format"), r.get("encoding"), r.get("language"), r.get("title"),
                  r.get("published"), r.get("published_source"), r.get("outlet"), r.get("author"),
                  r.get("dateline"), r.get("body") or "", Json(r, dumps=_dumps),
                  search_text(r.get("title") or ""), search_text(r.get("body") or "")) for r in batch],
                returning=True)
            inserted = {row["id"] for _ in cur.results() for row in cur.fetchall()}
            fresh = []
            for rec in batch:  # a record twice in one batch was stored once, from its first copy
                if rec["id"] in inserted:
                    fresh.append(rec)
                    inserted.discard(rec["id"])
            report.added += len(fresh)
            report.skipped += len(batch) - len(fresh)
            # the entity, mention, quote, event, claim, duplicate and corpus-state rows of the new records
            for table, rows in child_rows(fresh, self.filed_entities).items():
                _insert(cur, table, rows)
            _insert(cur, "pages", page_rows(batch, digests))

    def filed_entities(self, entity_ids: Iterable[str]) -> set[str]:
        """Which of these ids the store keeps entity rows (and so pages) for."""
        rows = self.db.execute("SELECT id FROM entities WHERE id = ANY(%s)", (list(entity_ids),))
        return {r["id"] for r in rows}

    def add_corpus_state(self, states: Iterable[tuple]) -> None:
        with self.db.transaction(), self.db.cursor() as cur:
            _insert(cur, "corpus_state", list(states))

    # -- reading ------------------------------------------------------------------------------
    def has(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = %s", (article_id,)).fetchone() is not None

    def has_page(self, page: Page) -> bool:
        digest = page.digest
        return digest is not None and self.db.execute(
            "SELECT 1 FROM pages WHERE digest = %s", (digest,)).fetchone() is not None

    def get(self, article_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT record FROM articles WHERE id = %s", (article_id,)).fetchone()
        return row["record"] if row else None

    def records(self) -> Iterator[dict[str, Any]]:
        # A server-side cursor streams the table in ingest order without loading it whole.
        with psycopg.connect(self.url, row_factory=dict_row) as conn, conn.cursor(name="marsad_records") as cur:
            cur.itersize = 500
            cur.execute("SELECT record FROM articles ORDER BY seq")
            for row in cur:
                yield row["record"]

    def corpus_records(self) -> Iterator[tuple[dict[str, Any], CorpusState | None]]:
        from marsad.corpus import CorpusState

        with psycopg.connect(self.url, row_factory=dict_row) as conn, conn.cursor(name="marsad_corpus") as cur:
            cur.itersize = 500
            cur.execute("SELECT a.record, s.sketch, s.claim_features FROM articles a"
                        " LEFT JOIN corpus_state s ON s.article_id = a.id ORDER BY a.seq")
            for row in cur:
                rec, state = row["record"], row["claim_features"] is not None
                sketch = bytes(row["sketch"]) if row["sketch"] is not None else None
                yield rec, CorpusState(rec["id"], sketch, row["claim_features"]) if state else None

    def search(self, query: str, limit: int = 10, offset: int = 0, **filters: Any) -> list[SearchHit]:
        terms = query_terms(query)
        if not terms:
            return []
        where, params = article_filters(POSTGRES, filters)
        where = ["a.search @@ q.query", *where]
        names = name_spellings(
            terms, lambda key: [r["norm"] for r in self.db.execute(spellings_sql(POSTGRES), (key,))])
        if names:  # a stored name in any of its spellings
            query_sql = "to_tsquery('arabic', %s)"
            text = " | ".join("(" + " & ".join("'" + t.replace("'", "''") + "'" for t in words) + ")" for words in names)
            terms = list(dict.fromkeys(t for words in names for t in words))
        else:
            query_sql, text = "plainto_tsquery('arabic', %s)", " ".join(terms)
        rows = self.db.execute(
            "SELECT a.id, a.title, a.source, a.published, a.outlet, a.body,"
            " ts_rank_cd(a.search, q.query) AS score"
            f" FROM articles a, {query_sql} AS q(query)"
            f" WHERE {' AND '.join(where)} ORDER BY score DESC, a.seq LIMIT %s OFFSET %s",
            (text, *params, limit, offset)).fetchall()
        return [SearchHit(r["id"], r["title"], r["source"], r["published"], r["outlet"], float(r["score"]),
                          highlight(r["body"], terms)) for r in rows]

    def stats(self) -> dict[str, Any]:
        counts = self.db.execute(
            "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM quotes) AS quotes,"
            " (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM mentions) AS mentions,"
            " (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM claims) AS claims").fetchone()
        top = self.db.execute(
            f"SELECT min(coalesce(e.name, q.speaker) {_C}) AS name, count(*) AS n FROM quotes q"
            " LEFT JOIN entities e ON e.id = q.speaker_entity WHERE q.speaker IS NOT NULL"
            " AND q.article_id NOT IN (SELECT article_id FROM duplicates)"  # a syndicated copy is no new source
            f" GROUP BY coalesce(q.speaker_entity, q.speaker_norm) ORDER BY n DESC, name LIMIT 5").fetchall()
        return {**counts, "top_speakers": [(r["name"], r["n"]) for r in top]}

    def quotes(self, speaker: str | None = None, since: str | None = None, limit: int = 100,
               about: str | None = None, via: str | None = None) -> list[dict]:
        where, params = quote_filters(POSTGRES, speaker, since, about, via)
        return self.db.execute(
            f"{QUOTES_WITH_SOURCES}"
            f" WHERE {' AND '.join(where)}"
            f" ORDER BY a.published IS NULL, a.published {_C}, q.article_id {_C}, q.n LIMIT %s",
            (*params, limit)).fetchall()

    def entities(self, type: str | None = None, limit: int = 100) -> list[dict]:
        where, params = ("WHERE e.type = %s", [type.upper()]) if type else ("", [])
        rows = self.db.execute(
            "SELECT e.id, e.type, e.name, e.latin, count(m.entity_id) AS mentions,"
            " count(DISTINCT m.article_id) AS articles,"
            f" {_ALIASES} AS aliases"
            " FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id"
            f" {where} GROUP BY e.id ORDER BY mentions DESC, e.name {_C} LIMIT %s", (*params, limit)).fetchall()
        return rows

    def events(self, type: str | None = None, place: str | None = None, since: str | None = None,
               limit: int = 100, by: str | None = None) -> list[dict]:
        where, params = event_filters(POSTGRES, type, place, since, by)
        rows = self.db.execute(
            "SELECT ev.*, a.title, a.source, a.published FROM events ev JOIN articles a ON a.id = ev.article_id"
            f" WHERE {' AND '.join(where)}"
            f" ORDER BY coalesce(ev.date, a.published) {_C} NULLS FIRST, a.seq, ev.n LIMIT %s",
            (*params, limit)).fetchall()
        return [event_row(r) for r in rows]

    # -- reading for the web app: pages, facets, people, links between articles ------------------
    def count(self, query: str | None = None, **filters: Any) -> int:
        """How many articles search(query, **filters), or latest(**filters) without a query, pages through."""
        where, params = article_filters(POSTGRES, filters)
        sql = "SELECT count(*) AS n FROM articles a"
        if query is not None:
            terms = query_terms(query)
            if not terms:
                return 0
            where, params = ["a.search @@ plainto_tsquery('arabic', %s)", *where], [" ".join(terms), *params]
        return self.db.execute(sql + (f" WHERE {' AND '.join(where)}" if where else ""), params).fetchone()["n"]

    def latest(self, limit: int = 10, offset: int = 0, **filters: Any) -> list[SearchHit]:
        """Articles newest first (undated last), with the same filters as search()."""
        where, params = article_filters(POSTGRES, filters)
        rows = self.db.execute(
            "SELECT a.id, a.title, a.source, a.published, a.outlet, a.body FROM articles a"
            + (f" WHERE {' AND '.join(where)}" if where else "")
            + f" ORDER BY a.published IS NULL, a.published {_C} DESC, a.seq DESC LIMIT %s OFFSET %s",
            (*params, limit, offset)).fetchall()
        return [SearchHit(r["id"], r["title"], r["source"], r["published"], r["outlet"], 0.0, highlight(r["body"], []))
                for r in rows]

    def facets(self) -> dict[str, list[tuple[str, int]]]:
        """Values to filter on, most frequent first: outlets and event types."""
        outlets = self.db.execute("SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL"
                                  f" GROUP BY outlet ORDER BY n DESC, outlet {_C}").fetchall()
        types = self.db.execute(f"SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type {_C}"
                                ).fetchall()
        return {"outlets": [(r["outlet"], r["n"]) for r in outlets],
                "event_types": [(r["type"], r["n"]) for r in types]}

    def entity(self, entity_id: str) -> dict | None:
        """One entity with its spellings and mention counts, or None."""
        return self.db.execute(
            "SELECT e.id, e.type, e.name, e.latin, count(m.entity_id) AS mentions,"
            f" count(DISTINCT m.article_id) AS articles, {_ALIASES} AS aliases"
            " FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id WHERE e.id = %s GROUP BY e.id",
            (entity_id,)).fetchone()

    _SAID_BY = ("(q.speaker_entity = %(entity)s OR (q.speaker_entity IS NULL AND q.speaker_norm IN"
                " (SELECT norm FROM entity_aliases WHERE entity_id = %(entity)s)))")

    def entity_quotes(self, entity_id: str, limit: int = 200) -> list[dict]:
        """What an entity said (linked by id, or by one of its spellings), oldest first, with sources."""
        return self.db.execute(
            f"{QUOTES_WITH_SOURCES}"
            f" WHERE {self._SAID_BY}"
            f" ORDER BY a.published IS NULL, a.published {_C}, q.article_id {_C}, q.n LIMIT %(limit)s",
            {"entity": entity_id, "limit": limit}).fetchall()

    def said_about(self, entity_id: str, limit: int = 50) -> list[dict]:
        """What others said that names the entity, newest first, with sources."""
        return self.db.execute(
            f"{QUOTES_WITH_SOURCES}"
            f" WHERE {quote_names('m.entity_id = %(entity)s')} AND {self._SAID_BY} IS NOT TRUE"
            f" ORDER BY a.published IS NULL, a.published {_C} DESC, q.article_id {_C}, q.n LIMIT %(limit)s",
            {"entity": entity_id, "limit": limit}).fetchall()

    def talked_about(self, entity_id: str, limit: int = 20) -> list[dict]:
        """Entities mentioned inside an entity's quotes, most often first: whom they talk about."""
        return self.db.execute(
            "SELECT e.id, e.type, e.name, count(*) AS n FROM quotes q"
            " JOIN mentions m ON m.article_id = q.article_id AND m.start >= q.start AND m.\"end\" <= q.\"end\""
            f" JOIN entities e ON e.id = m.entity_id WHERE {self._SAID_BY} AND e.id != %(entity)s"
            f" GROUP BY e.id ORDER BY n DESC, e.name {_C} LIMIT %(limit)s",
            {"entity": entity_id, "limit": limit}).fetchall()

    def duplicates_of(self, article_id: str) -> list[dict]:
        """Stored near-duplicates of an article, in either direction of the link."""
        return self.db.execute(
            "SELECT a.id, a.title, a.source, a.published, a.outlet FROM articles a WHERE a.id IN"
            " (SELECT duplicate_id FROM duplicates WHERE article_id = %(id)s"
            " UNION SELECT article_id FROM duplicates WHERE duplicate_id = %(id)s)"
            f" ORDER BY a.published {_C} NULLS FIRST, a.seq", {"id": article_id}).fetchall()

    def related_articles(self, article_id: str, limit: int = 5) -> list[dict]:
        """Other articles sharing the most entities with this one (`shared` = how many)."""
        return self.db.execute(
            "SELECT a.id, a.title, a.source, a.published, a.outlet, count(DISTINCT o.entity_id) AS shared"
            " FROM mentions o JOIN articles a ON a.id = o.article_id"
            " WHERE o.entity_id IN (SELECT entity_id FROM mentions WHERE article_id = %(id)s) AND o.article_id != %(id)s"
            f" GROUP BY a.id ORDER BY shared DESC, a.published {_C} DESC NULLS LAST, a.seq LIMIT %(limit)s",
            {"id": article_id, "limit": limit}).fetchall()

    def claim_rows(self) -> Iterator[dict]:
        """Every stored claim with its article's outlet, first credited agency (else the first
        outlet it relays), date, source and title, in ingest order."""
        yield from self.db.execute(
            "SELECT c.*, a.outlet, coalesce(a.record->'agencies'->>0, a.record->'relayed_by'->>0) AS agency,"
            " a.published, a.source, a.title FROM claims c"
            " JOIN articles a ON a.id = c.article_id ORDER BY a.seq, c.n")

    def duplicate_links(self) -> list[tuple[str, str]]:
        """(article_id, duplicate_id) pairs: a later article and the earlier one it copies."""
        return [(r["article_id"], r["duplicate_id"])
                for r in self.db.execute("SELECT article_id, duplicate_id FROM duplicates")]

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _insert(cur: psycopg.Cursor, table: str, rows: list[tuple]) -> None:
    columns, shared = CHILD_TABLES[table]
    cur.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})"
                    + (" ON CONFLICT DO NOTHING" if shared else ""), rows)
