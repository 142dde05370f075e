"""The Store interface that the CLI, the web app and the Python API use.

Two implementations: `SQLiteStore` (default, embedded) and `PostgresStore` (a team server).
`open_store("marsad.db")` or `open_store("postgresql://…")` picks one.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

from marsad.article import Article
from marsad.nlp.normalize import normalize, normalize_with_offsets

if TYPE_CHECKING:
    from marsad.corpus import CorpusState
    from marsad.ingest import Page


@dataclass
class SearchHit:
    id: str
    title: str | None
    source: str
    published: str | None
    outlet: str | None
    score: float
    snippet: str  # original text with matches wrapped in [[ ]]


@dataclass
class IngestReport:
    added: int = 0
    skipped: int = 0  # already stored (same id)
    failed: int = 0  # pages with errors and no body
    errors: list[tuple[str, str]] = field(default_factory=list)


class Store(Protocol):
    def add(self, articles: Iterable[Article], batch_size: int = 100) -> IngestReport: ...
    def has(self, article_id: str) -> bool: ...
    def get(self, article_id: str) -> dict[str, Any] | None: ...
    def records(self) -> Iterator[dict[str, Any]]: ...
    # Every record in ingest order with its saved corpus state (None when it has none yet).
    def corpus_records(self) -> Iterator[tuple[dict[str, Any], CorpusState | None]]: ...
    def add_corpus_state(self, states: Iterable[CorpusState]) -> None: ...
    def has_page(self, page: Page) -> bool: ...  # a page stored before (same content), to skip
    def filed_entities(self, entity_ids: Iterable[str]) -> set[str]: ...  # those with entity rows (pages)
    def search(self, query: str, limit: int = 10, offset: int = 0, **filters: Any) -> list[SearchHit]: ...
    def stats(self) -> dict[str, Any]: ...
    def quotes(self, speaker: str | None = None, since: str | None = None, limit: int = 100,
               about: str | None = None, via: str | None = None) -> list[dict]: ...
    def entities(self, type: str | None = None, limit: int = 100) -> list[dict]: ...
    def events(self, type: str | None = None, place: str | None = None, since: str | None = None,
               limit: int = 100, by: str | None = None) -> list[dict]: ...
    # Read queries for the web app; search/count/latest filters: outlet, since, until, entity, event_type.
    def count(self, query: str | None = None, **filters: Any) -> int: ...
    def latest(self, limit: int = 10, offset: int = 0, **filters: Any) -> list[SearchHit]: ...
    def facets(self) -> dict[str, list[tuple[str, int]]]: ...
    def entity(self, entity_id: str) -> dict | None: ...
    def entity_quotes(self, entity_id: str, limit: int = 200) -> list[dict]: ...
    def said_about(self, entity_id: str, limit: int = 50) -> list[dict]: ...
    def talked_about(self, entity_id: str, limit: int = 20) -> list[dict]: ...
    def duplicates_of(self, article_id: str) -> list[dict]: ...
    def related_articles(self, article_id: str, limit: int = 5) -> list[dict]: ...
    def close(self) -> None: ...


# The tables an article's analysis fills, the same in SQLite and PostgreSQL (version 1 of both
# schemas; each store adds its own articles table and full-text index before it).
CHILD_SCHEMA = """
    CREATE TABLE entities (
        id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, latin TEXT, norm TEXT NOT NULL
    );
    CREATE INDEX entities_norm ON entities(norm);
    CREATE TABLE entity_aliases (
        entity_id TEXT NOT NULL REFERENCES entities(id), alias TEXT NOT NULL, norm TEXT NOT NULL,
        PRIMARY KEY (entity_id, norm)
    );
    CREATE INDEX entity_aliases_norm ON entity_aliases(norm);
    CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id), entity_id TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
    );
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id), n INTEGER NOT NULL,
        text TEXT NOT NULL, start INTEGER, "end" INTEGER, kind TEXT,
        speaker TEXT, speaker_entity TEXT, speaker_norm TEXT, cue TEXT, via TEXT,
        PRIMARY KEY (article_id, n)
    );
    CREATE INDEX quotes_speaker_entity ON quotes(speaker_entity);
    CREATE INDEX quotes_speaker_norm ON quotes(speaker_norm);
    CREATE TABLE events (
        article_id TEXT NOT NULL REFERENCES articles(id), n INTEGER NOT NULL,
        type TEXT NOT NULL, date TEXT, location TEXT, location_norm TEXT,
        killed INTEGER, injured INTEGER, arrested INTEGER, perpetrator TEXT, target TEXT,
        text TEXT, start INTEGER, "end" INTEGER,
        PRIMARY KEY (article_id, n)
    );
    CREATE INDEX events_type ON events(type);
    CREATE INDEX events_date ON events(date);
    CREATE TABLE claims (
        article_id TEXT NOT NULL REFERENCES articles(id), n INTEGER NOT NULL,
        text TEXT NOT NULL, start INTEGER, "end" INTEGER, speaker TEXT, cluster TEXT, date TEXT,
        PRIMARY KEY (article_id, n)
    );
    CREATE INDEX claims_cluster ON claims(cluster);
    CREATE TABLE duplicates (
        article_id TEXT NOT NULL REFERENCES articles(id), duplicate_id TEXT NOT NULL,
        PRIMARY KEY (article_id, duplicate_id)
    );
"""

# Version 3 of both schemas (BLOB or BYTEA): what the corpus stage computed from each article, so
# that reopening the store does not compute it again (marsad.corpus.corpus_state), and the pages
# already analysed (Page.digest), so that a rerun skips them before analysis.
INGEST_STATE_SCHEMA = """
    CREATE TABLE corpus_state (
        article_id TEXT PRIMARY KEY REFERENCES articles(id), sketch {blob}, claim_features TEXT NOT NULL
    );
    CREATE TABLE pages (digest TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id));
"""

# The child tables a record fills, their columns in insert order, and whether a row may already
# exist (entities and their spellings are shared by every article that mentions them).
CHILD_TABLES: dict[str, tuple[tuple[str, ...], bool]] = {
    "entities": (("id", "type", "name", "latin", "norm"), True),
    "entity_aliases": (("entity_id", "alias", "norm"), True),
    "mentions": (("article_id", "entity_id", "start", '"end"', "text"), False),
    "quotes": (("article_id", "n", "text", "start", '"end"', "kind", "speaker", "speaker_entity", "speaker_norm",
                "cue", "via"), False),
    "events": (("article_id", "n", "type", "date", "location", "location_norm", "killed", "injured", "arrested",
                "perpetrator", "target", "text", "start", '"end"', "approximate", "perpetrator_norm"), False),
    "claims": (("article_id", "n", "text", "start", '"end"', "speaker", "cluster", "date"), False),
    "duplicates": (("article_id", "duplicate_id"), True),
    "corpus_state": (("article_id", "sketch", "claim_features"), True),
    "pages": (("digest", "article_id"), True),  # every page of a batch, stored now or before
}


def child_rows(records: Iterable[dict],
               filed: Callable[[set[str]], set[str]] = lambda ids: set()) -> dict[str, list[tuple]]:
    """Every row that newly stored `records` add to the child tables, keyed by table name.

    A private person (marsad.nlp.public: neither in the lists of public figures nor given an office
    in the article) gets no entity row and no mentions, and is no speaker of a stored quote or
    claim, unless another article of the batch or one stored before made them public: `filed`
    says which of some person ids the store has entity rows for. The record keeps the article's
    words; the tables file public figures."""
    from marsad.corpus import corpus_state  # the NLP it needs is paid only by writing
    from marsad.nlp.public import private_people

    records = list(records)
    rows: dict[str, list[tuple]] = {table: [] for table in CHILD_TABLES}
    unnamed = [private_people(rec) for rec in records]
    public = {e["id"] for rec, private in zip(records, unnamed)
              for e in rec.get("entities", []) if e["type"] == "PER" and e["id"] not in private}
    for rec, private in zip(records, unnamed):
        aid = rec["id"]
        private -= public
        if private:
            private -= filed(private)
        private_names = {normalize(n) for e in rec.get("entities", []) if e["id"] in private
                         for n in (e["name"], *e.get("aliases", []))}
        for e in rec.get("entities", []):
            if e["id"] in private:
                continue
            rows["entities"].append((e["id"], e["type"], e["name"], e.get("latin"), normalize(e["name"])))
            for alias in dict.fromkeys([e["name"], *e.get("aliases", [])]):  # the name first: it wins a shared norm
                rows["entity_aliases"].append((e["id"], alias, normalize(alias)))
            rows["mentions"] += [(aid, e["id"], m["start"], m["end"], m["text"]) for m in e.get("mentions", [])]
        quotes = [_unnamed(q, private, private_names) for q in rec.get("quotes", [])]
        rows["quotes"] += [(aid, n, q["text"], q.get("start"), q.get("end"), q.get("kind"), q.get("speaker"),
                            q.get("speaker_entity"), normalize(q.get("speaker") or ""), q.get("cue"), q.get("via"))
                           for n, q in enumerate(quotes)]
        rows["events"] += [(aid, n, e["type"], e.get("date"), e.get("location"), normalize(e.get("location") or ""),
                            e.get("killed"), e.get("injured"), e.get("arrested"), e.get("perpetrator"),
                            e.get("target"), e.get("text"), e.get("start"), e.get("end"),
                            json.dumps(e.get("approximate") or []), normalize(e.get("perpetrator") or ""))
                           for n, e in enumerate(rec.get("events", []))]
        claims = [_unnamed(c, private, private_names) for c in rec.get("claims", [])]
        rows["claims"] += [(aid, n, c["text"], c.get("start"), c.get("end"), c.get("speaker"), c.get("cluster"),
                            c.get("date") or rec.get("published")) for n, c in enumerate(claims)]
        rows["duplicates"] += [(aid, d) for d in rec.get("duplicates", [])]
        rows["corpus_state"].append(corpus_state(rec))
    return rows


def _unnamed(said: dict, private: set[str], names: set[str]) -> dict:
    """A quote or claim with its speaker left out when the speaker is a private person."""
    if said.get("speaker_entity") in private or normalize(said.get("speaker") or "") in names:
        return {**said, "speaker": None, "speaker_entity": None}
    return said


def page_rows(batch: list[dict], digests: list[str | None]) -> list[tuple[str, str]]:
    return [(digest, rec["id"]) for rec, digest in zip(batch, digests) if digest]


def event_row(row: dict) -> dict:
    """An events-table row as the API gives it: the approximate figures as a list again."""
    row["approximate"] = json.loads(row.get("approximate") or "[]")
    return row


def batches(articles: Iterable[Article | dict], batch_size: int,
            report: IngestReport) -> Iterator[tuple[list[dict], list[str | None]]]:
    """Records to store with their pages' digests, `batch_size` at a time; unreadable pages are
    counted in `report` instead."""
    batch: list[dict] = []
    digests: list[str | None] = []
    for art in articles:
        rec = art.to_dict() if isinstance(art, Article) else art
        if rec.get("errors") and not rec.get("body"):
            report.failed += 1
            report.errors.append((rec["source"], "; ".join(rec["errors"])))
            continue
        batch.append(rec)
        digests.append(art.page_digest if isinstance(art, Article) else None)
        if len(batch) >= batch_size:
            yield batch, digests
            batch, digests = [], []
    if batch:
        yield batch, digests


def open_store(db: str) -> Store:
    if db.startswith(("postgresql://", "postgres://")):
        from marsad.store.postgres import PostgresStore

        return PostgresStore(db)
    from marsad.store.sqlite import SQLiteStore

    return SQLiteStore(db)


def contains_pattern(text: str) -> str:
    """A LIKE pattern for "contains text", its own % and _ taken literally (escape character \\)."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass(frozen=True)
class Dialect:
    """What the two stores' SQL differs in, for the filters they share."""
    mark: str  # parameter placeholder: ? or %s
    collate: str = ""  # after a text column compared by value: byte-wise in both stores
    like_escape: str = ""  # SQLite's LIKE has no escape character unless told


SQLITE = Dialect("?", like_escape=" ESCAPE '\\'")
POSTGRES = Dialect("%s", collate=' COLLATE "C"')


def article_filters(d: Dialect, filters: dict[str, Any]) -> tuple[list[str], list[Any]]:
    """SQL conditions on articles `a` for outlet, since, until, entity (id or any spelling), event_type."""
    where: list[str] = []
    params: list[Any] = []
    if filters.get("outlet"):
        where.append(f"a.outlet = {d.mark}")
        params.append(filters["outlet"])
    if filters.get("since"):
        where.append(f"a.published{d.collate} >= {d.mark}")
        params.append(filters["since"])
    if filters.get("until"):
        where.append(f"a.published{d.collate} <= {d.mark}")
        params.append(filters["until"] + "\uffff")
    if filters.get("entity"):
        where.append(f"a.id IN (SELECT article_id FROM mentions WHERE entity_id = {d.mark} OR entity_id IN"
                     f" (SELECT entity_id FROM entity_aliases WHERE norm = {d.mark}))")
        params += [filters["entity"], normalize(filters["entity"])]
    if filters.get("event_type"):
        where.append(f"a.id IN (SELECT article_id FROM events WHERE type = {d.mark})")
        params.append(filters["event_type"])
    return where, params


# quotes `q` with the title, source, date and outlet of the article `a` each comes from
QUOTES_WITH_SOURCES = ("SELECT q.*, a.title, a.source, a.published, a.outlet"
                       " FROM quotes q JOIN articles a ON a.id = q.article_id")


def quote_names(entity_condition: str) -> str:
    """A condition on quotes `q`: a mention `m` of the entity `entity_condition` names lies inside
    what was said."""
    return ("EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = q.article_id"
            f' AND m.start >= q.start AND m."end" <= q."end" AND {entity_condition})')


def quote_filters(d: Dialect, speaker: str | None, since: str | None,
                  about: str | None = None, via: str | None = None) -> tuple[list[str], list[Any]]:
    """Conditions on quotes `q` of articles `a`: the speaker's name contains `speaker` or is one of an
    entity's spellings; the quote names the entity `about` (any of its spellings) in its own words;
    it was relayed `via` an agency (by any of its names: "أ ف ب" is فرانس برس) or an outlet whose
    name holds it; published since."""
    where, params = ["1=1"], []
    if via:
        from marsad.nlp.quotes.lexicon import agencies  # the stage's own names for agencies
        where.append(f"(q.via = {d.mark} OR q.via LIKE {d.mark}{d.like_escape})")
        params += [agencies().get(normalize(via), via), contains_pattern(via)]
    if speaker:
        key = normalize(speaker)
        where.append(f"(q.speaker_norm LIKE {d.mark}{d.like_escape} OR q.speaker_entity IN"
                     f" (SELECT entity_id FROM entity_aliases WHERE norm = {d.mark}))")
        params += [contains_pattern(key), key]
    if about:
        where.append(quote_names(f"m.entity_id IN (SELECT entity_id FROM entity_aliases WHERE norm = {d.mark})"))
        params.append(normalize(about))
    if since:
        where.append(f"a.published{d.collate} >= {d.mark}")
        params.append(since)
    return where, params


def event_filters(d: Dialect, type: str | None, place: str | None, since: str | None,
                  by: str | None = None) -> tuple[list[str], list[Any]]:
    """Conditions on events `ev` of articles `a`: type, place name contains `place`, on or after `since`
    (the event's date, else its article's), perpetrator named `by` (contained, or any stored
    spelling of the entity it names, after a descriptor or not: داعش finds تنظيم الدولة الإسلامية)."""
    where, params = ["1=1"], []
    if by:
        key = normalize(by)
        # a spelling of the entity, maybe after its descriptor ("تنظيم" + "الدولة الإسلامية")
        where.append(f"(ev.perpetrator_norm LIKE {d.mark}{d.like_escape} OR EXISTS (SELECT 1 FROM ({spellings_sql(d)}) s"
                     f" WHERE ev.perpetrator_norm = s.norm OR ev.perpetrator_norm LIKE {d.mark} || s.norm))")
        params += [contains_pattern(key), key, "% "]
    if type:
        where.append(f"ev.type = {d.mark}")
        params.append(type)
    if place:
        where.append(f"ev.location_norm LIKE {d.mark}{d.like_escape}")
        params.append(contains_pattern(normalize(place)))
    if since:
        where.append(f"coalesce(ev.date, a.published){d.collate} >= {d.mark}")
        params.append(since)
    return where, params


def query_terms(query: str) -> list[str]:
    return normalize(query).split()


def normalised_perpetrators(rows: Iterable) -> list[tuple[str, str, int]]:
    """(perpetrator_norm, article_id, n) for stored event rows (article_id, n, perpetrator): the
    migration that adds the column fills it so."""
    return [(normalize(r[2]), r[0], r[1]) for r in rows]


def spellings_sql(d: Dialect) -> str:
    """The normalised spellings of the entity a normalised query names (one parameter)."""
    return ("SELECT b.norm FROM entity_aliases a JOIN entity_aliases b ON b.entity_id = a.entity_id"
            f" WHERE a.norm = {d.mark} GROUP BY b.norm ORDER BY b.norm{d.collate}")


def name_spellings(terms: list[str], spellings: Callable[[str], list[str]]) -> list[list[str]] | None:
    """The full-name spellings a search for a stored name should also find ("سيرغي لافروف" ->
    also "سيرجي لافروف"), read with `spellings` (the store's query of spellings_sql); None when the
    query is not such a name. A one-word query is never looked up and one-word spellings are left
    out: a surname alone may be another person's."""
    if len(terms) < 2:
        return None
    full = [norm.split() for norm in spellings(" ".join(terms)) if len(norm.split()) >= 2]
    return full if len(full) > 1 else None


def search_text(text: str) -> str:
    """Normalised text for the SQLite full-text index: each word followed by what it reads as
    without its proclitics and article ("وبغداد" -> "وبغداد بغداد"، "للوفد" -> "للوفد الوفد وفد"),
    so that a query word finds the word with any clitic attached. Queries are not stripped, so a
    query never matches more than its own word with clitics."""
    return " ".join(" ".join(_readings(w)) for w in normalize(text).split())


@lru_cache(maxsize=200_000)
def _readings(word: str) -> tuple[str, ...]:
    from marsad.nlp.lexicons import stems, without_article

    out = dict.fromkeys([word])
    for _, rest in stems(word):
        out[rest] = None
        out[without_article(rest)] = None
    return tuple(out)


def highlight(text: str, terms: list[str], width: int = 160) -> str:
    """A window of the original `text` around the first match, matches wrapped in [[ ]].

    Matching is on normalised text, so a query without hamza highlights the word with it."""
    if not text:
        return ""
    folded, index = normalize_with_offsets(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        for m in re.finditer(r"(?<!\w)(?:و|ف|ب|ل|ك|ال|وال|بال|لل)?" + re.escape(term), folded):
            spans.append((index[m.start()], index[m.end() - 1] + 1))
    if not spans:
        return text[:width].replace("\n", " ") + ("…" if len(text) > width else "")
    spans.sort()
    first = spans[0][0]
    lo = max(0, first - width // 3)
    hi = min(len(text), lo + width)
    out, pos = [], lo
    for s, e in spans:
        if s < pos or e > hi:
            continue
        out.append(text[pos:s])
        out.append("[[" + text[s:e] + "]]")
        pos = e
    out.append(text[pos:hi])
    snippet = "".join(out).replace("\n", " ")
    return ("…" if lo > 0 else "") + snippet + ("…" if hi < len(text) else "")
