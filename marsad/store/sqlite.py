"""The default store: one SQLite file, FTS5 over normalised Arabic, WAL so readers never block.

Ingest commits one transaction per batch, keyed by the record id, so re-ingesting a page adds
nothing and a killed ingest keeps every batch it had committed.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from marsad.article import Article
from marsad.ingest import Page
from marsad.store.base import (CHILD_SCHEMA, CHILD_TABLES, INGEST_STATE_SCHEMA, QUOTES_WITH_SOURCES, SQLITE,
                               IngestReport, SearchHit, article_filters, batches, child_rows, event_filters, event_row,
                               highlight, name_spellings, normalised_perpetrators, page_rows, query_terms, quote_filters,
                               quote_names, search_text, spellings_sql)

if TYPE_CHECKING:
    from marsad.corpus import CorpusState

def _index_clitic_readings(db: sqlite3.Connection) -> None:
    """Version 4: the full-text index holds every word's readings without its clitics (search_text)."""
    db.execute("DELETE FROM articles_fts")
    rows = db.execute("SELECT rowid, title, body FROM articles")
    while batch := rows.fetchmany(1000):
        db.executemany("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                       [(r[0], search_text(r[1] or ""), search_text(r[2])) for r in batch])


def _index_perpetrators(db: sqlite3.Connection) -> None:
    """Version 5: events keep their perpetrator normalised, for the filter by who did it."""
    db.execute("ALTER TABLE events ADD COLUMN perpetrator_norm TEXT")
    rows = db.execute("SELECT article_id, n, perpetrator FROM events WHERE perpetrator IS NOT NULL").fetchall()
    db.executemany("UPDATE events SET perpetrator_norm = ? WHERE article_id = ? AND n = ?", normalised_perpetrators(rows))


# Each entry moves the schema from version i to i + 1 (SQL, or a function for what SQL cannot
# compute); never edit a released one, append.
MIGRATIONS: list[str | Callable[[sqlite3.Connection], None]] = [
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        format TEXT, encoding TEXT, language TEXT,
        title TEXT, published TEXT, published_source TEXT, outlet TEXT, author TEXT, dateline TEXT,
        body TEXT NOT NULL,
        record TEXT NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
    """ + CHILD_SCHEMA,
    # 2: events keep which figures were approximate ("أكثر من 50"), as a JSON list
    """
    ALTER TABLE events ADD COLUMN approximate TEXT NOT NULL DEFAULT '[]';
    """,
    # 3: each article's body sketch and claim features (read back by Corpus.from_store) and the digests
    # of the pages analysed (a rerun skips them)
    INGEST_STATE_SCHEMA.format(blob="BLOB"),
    _index_clitic_readings,
    _index_perpetrators,
]

# A term in more articles than this ranks nothing worth its cost (see search()).
COMMON_TERM_DOCS = 20_000


class SQLiteStore:
    def __init__(self, path: str = "marsad.db"):
        self.path = path
        self.db = sqlite3.connect(path, timeout=30, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.migrate()

    # -- schema -------------------------------------------------------------------------------
    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        current = self.version
        if current > len(MIGRATIONS):
            raise RuntimeError(f"{self.path} has schema version {current}, newer than this Marsad knows "
                               f"({len(MIGRATIONS)}): upgrade marsad")
        for version in range(current, len(MIGRATIONS)):
            step = MIGRATIONS[version]
            if callable(step):
                with self.db:
                    step(self.db)
                    self.db.execute(f"PRAGMA user_version = {version + 1}")
                continue
            with self.db:
                self.db.executescript("BEGIN;" + step + f"PRAGMA user_version = {version + 1};COMMIT;")

    # -- writing ------------------------------------------------------------------------------
    def add(self, articles: Iterable[Article | dict], batch_size: int = 100) -> IngestReport:
        report = IngestReport()
        for batch, digests in batches(articles, batch_size, report):
            with self.db:  # one transaction per batch
                fresh = [rec for rec in batch if self._insert_article(rec)]
                report.added += len(fresh)
                report.skipped += len(batch) - len(fresh)
                for table, rows in child_rows(fresh, self.filed_entities).items():
                    self._insert_rows(table, rows)
                self._insert_rows("pages", page_rows(batch, digests))
        return report

    def filed_entities(self, entity_ids: Iterable[str]) -> set[str]:
        """Which of these ids the store keeps entity rows (and so pages) for."""
        ids = list(entity_ids)
        marks = ",".join("?" * len(ids))
        return {r[0] for r in self.db.execute(f"SELECT id FROM entities WHERE id IN ({marks})", ids)}

    def _insert_rows(self, table: str, rows: list[tuple]) -> None:
        columns, shared = CHILD_TABLES[table]
        self.db.executemany(f"INSERT {'OR IGNORE ' if shared else ''}INTO {table} ({', '.join(columns)})"
                            f" VALUES ({', '.join('?' * len(columns))})", rows)

    def add_corpus_state(self, states: Iterable[tuple]) -> None:
        with self.db:
            self._insert_rows("corpus_state", list(states))

    def _insert_article(self, rec: dict) -> bool:
        """Store the article row and its search text; False when its id is already stored."""
        if self.db.execute("SELECT 1 FROM articles WHERE id = ?", (rec["id"],)).fetchone():
            return False
        cur = self.db.execute(
            "INSERT INTO articles (id, source, format, encoding, language, title, published, published_source,"
            " outlet, author, dateline, body, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (rec["id"], rec["source"], rec.get("format"), rec.get("encoding"), rec.get("language"), rec.get("title"),
             rec.get("published"), rec.get("published_source"), rec.get("outlet"), rec.get("author"),
             rec.get("dateline"), rec.get("body") or "", json.dumps(rec, ensure_ascii=False)))
        self.db.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                        (cur.lastrowid, search_text(rec.get("title") or ""), search_text(rec.get("body") or "")))
        return True

    # -- reading ------------------------------------------------------------------------------
    def has(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def has_page(self, page: Page) -> bool:
        digest = page.digest
        return digest is not None and self.db.execute(
            "SELECT 1 FROM pages WHERE digest = ?", (digest,)).fetchone() is not None

    def get(self, article_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        return json.loads(row["record"]) if row else None

    def records(self) -> Iterator[dict[str, Any]]:
        for row in self.db.execute("SELECT record FROM articles ORDER BY rowid"):
            yield json.loads(row["record"])

    def corpus_records(self) -> Iterator[tuple[dict[str, Any], CorpusState | None]]:
        from marsad.corpus import CorpusState

        for row in self.db.execute("SELECT a.record, s.sketch, s.claim_features FROM articles a"
                                   " LEFT JOIN corpus_state s ON s.article_id = a.id ORDER BY a.rowid"):
            rec = json.loads(row["record"])
            state = row["claim_features"] is not None
            yield rec, CorpusState(rec["id"], row["sketch"], row["claim_features"]) if state else None

    def search(self, query: str, limit: int = 10, offset: int = 0, **filters: Any) -> list[SearchHit]:
        terms = query_terms(query)
        if not terms:
            return []
        where, params = article_filters(SQLITE, filters)
        join = " JOIN articles a ON a.rowid = articles_fts.rowid" if where else ""
        names = name_spellings(
            terms, lambda key: [r[0] for r in self.db.execute(spellings_sql(SQLITE), (key,))])
        if names:  # a stored name in any of its spellings, each word near the next
            match = " OR ".join(f"NEAR({_fts_match(words)}, {len(words) + 2})" for words in names)
            terms = list(dict.fromkeys(t for words in names for t in words))
            rare: list[str] = terms
        else:
            # bm25 reads the whole posting list of every term it ranks by, ~0.1 s for a word in a million
            # articles. Like Lucene's cutoff_frequency, terms in more than COMMON_TERM_DOCS articles only
            # filter; the rarer ones rank; a query of common words only lists its matches newest first.
            rare = [t for t in terms if not self._common(t)]
            if rare and len(rare) < len(terms):
                # the + keeps SQLite from re-running the MATCH once per listed rowid
                where = ["+articles_fts.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", *where]
                params = [_fts_match(terms), *params]
            match = _fts_match(rare or terms)
        score, order = ("bm25(articles_fts, 5.0, 1.0)", "score") if rare else ("0.0", "articles_fts.rowid DESC")
        where, params = ["articles_fts MATCH ?", *where], [match, *params]
        # rank in the index alone, then read only the page of articles shown
        sql = ("SELECT a.id, a.title, a.source, a.published, a.outlet, a.body, top.score FROM"
               f" (SELECT articles_fts.rowid AS rowid, {score} AS score FROM articles_fts{join}"
               f" WHERE {' AND '.join(where)} ORDER BY {order} LIMIT ? OFFSET ?) top"
               " JOIN articles a ON a.rowid = top.rowid ORDER BY top.score, top.rowid DESC")
        rows = self.db.execute(sql, (*params, limit, offset)).fetchall()
        return [SearchHit(r["id"], r["title"], r["source"], r["published"], r["outlet"], -r["score"],
                          highlight(r["body"], terms)) for r in rows]

    def _common(self, term: str) -> bool:
        """Whether more than COMMON_TERM_DOCS articles hold `term`; reads at most that many postings."""
        return self.db.execute("SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1 OFFSET ?",
                               (_fts_match([term]), COMMON_TERM_DOCS)).fetchone() is not None

    def stats(self) -> dict[str, Any]:
        count = lambda table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: E731
        top = self.db.execute(
            "SELECT coalesce(e.name, q.speaker) AS name, count(*) AS n FROM quotes q"
            " LEFT JOIN entities e ON e.id = q.speaker_entity WHERE q.speaker IS NOT NULL"
            " AND q.article_id NOT IN (SELECT article_id FROM duplicates)"  # a syndicated copy is no new source
            " GROUP BY coalesce(q.speaker_entity, q.speaker_norm) ORDER BY n DESC, name LIMIT 5").fetchall()
        return {"articles": count("articles"), "quotes": count("quotes"), "entities": count("entities"),
                "mentions": count("mentions"), "events": count("events"), "claims": count("claims"),
                "top_speakers": [(r["name"], r["n"]) for r in top]}

    def quotes(self, speaker: str | None = None, since: str | None = None, limit: int = 100,
               about: str | None = None, via: str | None = None) -> list[dict]:
        where, params = quote_filters(SQLITE, speaker, since, about, via)
        rows = self.db.execute(
            f"{QUOTES_WITH_SOURCES}"
            f" WHERE {' AND '.join(where)} ORDER BY a.published IS NULL, a.published, q.article_id, q.n LIMIT ?",
            (*params, limit)).fetchall()
        return [dict(r) for r in rows]

    def entities(self, type: str | None = None, limit: int = 100) -> list[dict]:
        where, params = ("WHERE e.type = ?", [type.upper()]) if type else ("", [])
        rows = self.db.execute(
            "SELECT e.id, e.type, e.name, e.latin, count(m.entity_id) AS mentions,"
            " count(DISTINCT m.article_id) AS articles FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id"
            f" {where} GROUP BY e.id ORDER BY mentions DESC, e.name LIMIT ?", (*params, limit)).fetchall()
        out = []
        for r in rows:
            aliases = [a["alias"] for a in self.db.execute(
                "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias", (r["id"],))]
            out.append({**dict(r), "aliases": aliases})
        return out

    def events(self, type: str | None = None, place: str | None = None, since: str | None = None,
               limit: int = 100, by: str | None = None) -> list[dict]:
        where, params = event_filters(SQLITE, type, place, since, by)
        rows = self.db.execute(
            "SELECT ev.*, a.title, a.source, a.published FROM events ev JOIN articles a ON a.id = ev.article_id"
            f" WHERE {' AND '.join(where)} ORDER BY coalesce(ev.date, a.published), a.rowid, ev.n LIMIT ?",
            (*params, limit)).fetchall()
        return [event_row(dict(r)) for r in rows]

    # -- reading for the web app: pages, facets, people, links between articles ------------------
    def count(self, query: str | None = None, **filters: Any) -> int:
        """How many articles search(query, **filters), or latest(**filters) without a query, pages through."""
        where, params = article_filters(SQLITE, filters)
        sql = "SELECT count(*) FROM articles a"
        if query is not None:
            terms = query_terms(query)
            if not terms:
                return 0
            # without filters the index alone counts: joining every match costs seconds at a million
            sql = "SELECT count(*) FROM articles_fts" if not where else \
                sql + " JOIN articles_fts ON a.rowid = articles_fts.rowid"
            where, params = ["articles_fts MATCH ?", *where], [_fts_match(terms), *params]
        return self.db.execute(sql + (f" WHERE {' AND '.join(where)}" if where else ""), params).fetchone()[0]

    def latest(self, limit: int = 10, offset: int = 0, **filters: Any) -> list[SearchHit]:
        """Articles newest first (undated last), with the same filters as search()."""
        where, params = article_filters(SQLITE, filters)
        rows = self.db.execute(
            "SELECT a.id, a.title, a.source, a.published, a.outlet, a.body FROM articles a"
            + (f" WHERE {' AND '.join(where)}" if where else "")
            + " ORDER BY a.published IS NULL, a.published DESC, a.rowid DESC LIMIT ? OFFSET ?",
            (*params, limit, offset)).fetchall()
        return [SearchHit(r["id"], r["title"], r["source"], r["published"], r["outlet"], 0.0, highlight(r["body"], []))
                for r in rows]

    def facets(self) -> dict[str, list[tuple[str, int]]]:
        """Values to filter on, most frequent first: outlets and event types."""
        outlets = self.db.execute("SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL"
                                  " GROUP BY outlet ORDER BY n DESC, outlet").fetchall()
        types = self.db.execute("SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type").fetchall()
        return {"outlets": [(r[0], r[1]) for r in outlets], "event_types": [(r[0], r[1]) for r in types]}

    def entity(self, entity_id: str) -> dict | None:
        """One entity with its spellings and mention counts, or None."""
        row = self.db.execute(
            "SELECT e.id, e.type, e.name, e.latin, count(m.entity_id) AS mentions,"
            " count(DISTINCT m.article_id) AS articles FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id"
            " WHERE e.id = ? GROUP BY e.id", (entity_id,)).fetchone()
        if row is None:
            return None
        aliases = [a[0] for a in self.db.execute(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias", (entity_id,))]
        return {**dict(row), "aliases": aliases}

    _SAID_BY = ("(q.speaker_entity = ? OR (q.speaker_entity IS NULL AND q.speaker_norm IN"
                " (SELECT norm FROM entity_aliases WHERE entity_id = ?)))")

    def entity_quotes(self, entity_id: str, limit: int = 200) -> list[dict]:
        """What an entity said (linked by id, or by one of its spellings), oldest first, with sources."""
        rows = self.db.execute(
            f"{QUOTES_WITH_SOURCES}"
            f" WHERE {self._SAID_BY} ORDER BY a.published IS NULL, a.published, q.article_id, q.n LIMIT ?",
            (entity_id, entity_id, limit)).fetchall()
        return [dict(r) for r in rows]

    def said_about(self, entity_id: str, limit: int = 50) -> list[dict]:
        """What others said that names the entity, newest first, with sources."""
        rows = self.db.execute(
            f"{QUOTES_WITH_SOURCES}"
            f" WHERE {quote_names('m.entity_id = ?')} AND {self._SAID_BY} IS NOT TRUE"
            " ORDER BY a.published IS NULL, a.published DESC, q.article_id, q.n LIMIT ?",
            (entity_id, entity_id, entity_id, limit)).fetchall()
        return [dict(r) for r in rows]

    def talked_about(self, entity_id: str, limit: int = 20) -> list[dict]:
        """Entities mentioned inside an entity's quotes, most often first: whom they talk about."""
        rows = self.db.execute(
            "SELECT e.id, e.type, e.name, count(*) AS n FROM quotes q"
            " JOIN mentions m ON m.article_id = q.article_id AND m.start >= q.start AND m.\"end\" <= q.\"end\""
            f" JOIN entities e ON e.id = m.entity_id WHERE {self._SAID_BY} AND e.id != ?"
            " GROUP BY e.id ORDER BY n DESC, e.name LIMIT ?", (entity_id, entity_id, entity_id, limit)).fetchall()
        return [dict(r) for r in rows]

    def duplicates_of(self, article_id: str) -> list[dict]:
        """Stored near-duplicates of an article, in either direction of the link."""
        rows = self.db.execute(
            "SELECT a.id, a.title, a.source, a.published, a.outlet FROM articles a WHERE a.id IN"
            " (SELECT duplicate_id FROM duplicates WHERE article_id = ?"
            " UNION SELECT article_id FROM duplicates WHERE duplicate_id = ?) ORDER BY a.published",
            (article_id, article_id)).fetchall()
        return [dict(r) for r in rows]

    def related_articles(self, article_id: str, limit: int = 5) -> list[dict]:
        """Other articles sharing the most entities with this one (`shared` = how many)."""
        rows = self.db.execute(
            "SELECT a.id, a.title, a.source, a.published, a.outlet, count(DISTINCT o.entity_id) AS shared"
            " FROM mentions o JOIN articles a ON a.id = o.article_id"
            " WHERE o.entity_id IN (SELECT entity_id FROM mentions WHERE article_id = ?) AND o.article_id != ?"
            " GROUP BY a.id ORDER BY shared DESC, a.published DESC LIMIT ?",
            (article_id, article_id, limit)).fetchall()
        return [dict(r) for r in rows]

    def claim_rows(self) -> Iterator[dict]:
        """Every stored claim with its article's outlet, first credited agency (else the first
        outlet it relays, "نقلت وكالة نوفوستي عن …"), date, source and title, in ingest order."""
        for r in self.db.execute(
                "SELECT c.*, a.outlet, coalesce(json_extract(a.record, '$.agencies[0]'),"
                " json_extract(a.record, '$.relayed_by[0]')) AS agency, a.published, a.source, a.title FROM claims c"
                " JOIN articles a ON a.id = c.article_id ORDER BY a.rowid, c.n"):
            yield dict(r)

    def duplicate_links(self) -> list[tuple[str, str]]:
        """(article_id, duplicate_id) pairs: a later article and the earlier one it copies."""
        return [(r[0], r[1]) for r in self.db.execute("SELECT article_id, duplicate_id FROM duplicates")]

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _fts_match(terms: list[str]) -> str:
    """An FTS5 query matching all terms, each quoted so no term is read as FTS syntax."""
    return " ".join('"' + t.replace('"', "") + '"' for t in terms)
