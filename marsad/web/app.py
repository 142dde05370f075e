"""`marsad serve`: Arabic right-to-left pages and a JSON API over the store.

Each page has a JSON twin under /api/ built from the same function, so the two never disagree.
The app is read-only except POST /api/ingest, which needs the token given to `create_app`.
Every request opens its own store (SQLite in WAL mode lets readers run beside a writer) and
writes are serialised by one lock.
"""
from __future__ import annotations

import hmac
import json
import math
import threading
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field, ValidationError

import marsad
from marsad.ingest import Page
from marsad.nlp.claims import narratives
from marsad.web import views
from marsad.web.geo import locate

HERE = Path(__file__).resolve().parent
MAX_UPLOAD = 5 * 1024 * 1024  # bytes; larger ingest requests get 413
PER_PAGE = 10
# Pages carry untrusted text: no inline script, no plugins, no framing, nothing from elsewhere.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
EVENT_TYPES_AR = {"attack": "هجوم", "bombing": "تفجير", "shooting": "إطلاق نار", "hostage": "احتجاز رهائن",
                  "arrest": "اعتقال", "plot_foiled": "إحباط مخطط", "other": "أخرى"}
ENTITY_TYPES_AR = {"PER": "شخص", "ORG": "جهة", "LOC": "مكان", "MISC": "أخرى"}


class IngestRequest(BaseModel):
    """A page to analyse and store: its text or HTML, where it came from, and optionally its format."""
    text: str = Field(min_length=1, description="The page as plain text or HTML.")
    source: str = Field("api", max_length=2000, description="URL or name recorded as the record's source.")
    format: Literal["text", "html"] | None = Field(None, description="Sniffed from the content when omitted.")


def create_app(db: str, token: str | None = None, max_upload: int = MAX_UPLOAD) -> FastAPI:
    """The web app over the store at `db`; POST /api/ingest accepts `token` (and is off without one)."""
    app = FastAPI(title="Marsad API", version=marsad.__version__, docs_url=None, redoc_url=None,
                  description="Search, articles, people, events and claims from the Marsad store.")
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals.update(event_types_ar=EVENT_TYPES_AR, entity_types_ar=ENTITY_TYPES_AR,
                                 entity_url=views.entity_url, source_label=views.source_label,
                                 version=marsad.__version__)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    write_lock = threading.Lock()

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def get_store() -> Iterator[Any]:
        store = marsad.open_store(db)
        try:
            yield store
        finally:
            store.close()

    def page(request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=status_code)

    def require_token(request: Request) -> None:
        if not token:
            raise HTTPException(403, "ingest is disabled: start the server with --token or MARSAD_TOKEN")
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip() \
            or request.headers.get("x-marsad-token", "")
        if not given:
            raise HTTPException(401, "a token is required", headers={"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(403, "wrong token")

    # -- what both the pages and the API return -------------------------------------------------
    def search_data(store, q: str | None, page_no: int, per_page: int, **filters) -> dict:
        filters = {k: v for k, v in filters.items() if v}
        query = (q or "").strip() or None
        total = store.count(query, **filters)
        offset = (page_no - 1) * per_page
        hits = (store.search(query, limit=per_page, offset=offset, **filters) if query
                else store.latest(limit=per_page, offset=offset, **filters))
        return {"query": query, "filters": filters, "total": total, "page": page_no, "per_page": per_page,
                "pages": max(1, math.ceil(total / per_page)), "hits": [asdict(h) for h in hits]}

    def article_data(store, article_id: str) -> dict:
        record = store.get(article_id)
        if record is None:
            raise HTTPException(404, "no such article")
        return {"record": record, "duplicates": store.duplicates_of(article_id),
                "related_articles": store.related_articles(article_id)}

    def entity_data(store, entity_id: str) -> dict:
        entity = store.entity(entity_id)
        if entity is None:
            raise HTTPException(404, "no such entity")
        return {"entity": entity, "quotes": store.entity_quotes(entity_id),
                "talks_about": store.talked_about(entity_id), "said_about": store.said_about(entity_id)}

    def events_data(store, type: str | None, place: str | None, since: str | None, limit: int,
                    by: str | None = None) -> dict:
        events = store.events(type=type or None, place=place or None, since=since or None, limit=limit, by=by or None)
        for ev in events:
            ev["place"], ev["lat"], ev["lon"] = locate(ev.get("location")) or (None, None, None)
        return {"events": events, "event_types": store.facets()["event_types"]}

    def claims_data(store, narrative_id: str | None, limit: int) -> dict:
        rows = list(store.claim_rows())
        found = narratives(rows, store.duplicate_links())
        found = [n for n in found if n["id"] == narrative_id] if narrative_id else found[:limit]
        if narrative_id and not found:
            raise HTTPException(404, "no such narrative")
        for n in found:
            n["members"] = sorted((r for r in rows if r["cluster"] in n["clusters"]),
                                  key=lambda r: (r["date"] or r["published"] or "", r["source"], r["n"]))
        return {"narratives": found}

    # -- JSON API -------------------------------------------------------------------------------
    @app.get("/api/stats", tags=["api"], summary="Counts of what the store holds")
    def api_stats(store=Depends(get_store)):
        return store.stats()

    @app.get("/api/search", tags=["api"], summary="Full-text search (spelling variants match), or newest first")
    def api_search(q: str | None = Query(None, max_length=500), outlet: str | None = None,
                   since: str | None = Query(None, description="YYYY-MM-DD"),
                   until: str | None = Query(None, description="YYYY-MM-DD"),
                   entity: str | None = Query(None, description="entity id or name in any spelling"),
                   event_type: str | None = None, page: int = Query(1, ge=1, le=10_000),
                   per_page: int = Query(PER_PAGE, ge=1, le=100), store=Depends(get_store)):
        return search_data(store, q, page, per_page, outlet=outlet, since=since, until=until, entity=entity,
                           event_type=event_type)

    @app.get("/api/articles/{article_id}", tags=["api"], summary="One record with its duplicates and related articles")
    def api_article(article_id: str, store=Depends(get_store)):
        return article_data(store, article_id)

    @app.get("/api/entities", tags=["api"], summary="People, organisations and places by mentions")
    def api_entities(type: Literal["PER", "ORG", "LOC", "MISC"] | None = None,
                     limit: int = Query(100, ge=1, le=1000), store=Depends(get_store)):
        return store.entities(type=type, limit=limit)

    @app.get("/api/entities/{entity_id}", tags=["api"],
             summary="What an entity said, oldest first, whom it talks about, and what others said of it")
    def api_entity(entity_id: str, store=Depends(get_store)):
        return entity_data(store, entity_id)

    @app.get("/api/quotes", tags=["api"], summary="Who said what, about whom, through which agency, with source and date")
    def api_quotes(speaker: str | None = None, about: str | None = None, via: str | None = None,
                   since: str | None = None, limit: int = Query(100, ge=1, le=1000), store=Depends(get_store)):
        return store.quotes(speaker=speaker, since=since, limit=limit, about=about, via=via)

    @app.get("/api/events", tags=["api"], summary="Attacks, arrests and foiled plots, with coordinates when known")
    def api_events(type: str | None = None, place: str | None = None, since: str | None = None,
                   by: str | None = None, limit: int = Query(500, ge=1, le=5000), store=Depends(get_store)):
        return events_data(store, type, place, since, limit, by)

    @app.get("/api/claims", tags=["api"], summary="Narratives (claims recurring across outlets), largest first, "
                                                     "each with its claims in date order")
    def api_claims(narrative: str | None = Query(None, description="one narrative id, e.g. n3"),
                   limit: int = Query(50, ge=1, le=500), store=Depends(get_store)):
        return claims_data(store, narrative, limit)

    @app.post("/api/ingest", tags=["api"], status_code=201, dependencies=[Depends(require_token)],
              summary="Analyse and store one page (needs the token)",
              description="JSON `{text, source, format}`, or the raw page with Content-Type text/html or "
                          "text/plain (source from `?source=`). Token as `Authorization: Bearer …`.",
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/json": {"schema": IngestRequest.model_json_schema()},
                  "text/html": {"schema": {"type": "string"}}, "text/plain": {"schema": {"type": "string"}}}}})
    async def api_ingest(request: Request, source: str = Query("api", max_length=2000)):
        raw = await read_limited(request, max_upload)
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == "application/json":
            try:
                payload = IngestRequest.model_validate_json(raw)
            except ValidationError as exc:
                raise HTTPException(422, json.loads(exc.json(include_url=False))) from None
            page_in = Page(source=payload.source, text=payload.text, format=payload.format, encoding="utf-8")
        elif kind in ("text/html", "text/plain"):
            page_in = Page(source=source, data=raw, format="html" if kind == "text/html" else "text")
        else:
            raise HTTPException(415, "send application/json, text/html or text/plain")
        return await run_in_threadpool(ingest_page, page_in)

    # The corpus index (duplicates, claim clusters) is rebuilt from the store only when the store
    # has changed behind our back (another ingest), not on every request.
    corpus_cache: dict[str, Any] = {"articles": -1, "corpus": None}

    def ingest_page(page_in: Page) -> dict:
        article = marsad.analyze_page(page_in)
        with write_lock:
            store = marsad.open_store(db)
            try:
                if article.body and store.has(article.id):
                    return {"id": article.id, "added": False, "title": article.title, "errors": article.errors}
                if corpus_cache["articles"] != store.count():
                    corpus_cache["corpus"] = marsad.corpus_for(store)
                corpus_cache["articles"] = -1  # rebuilt next time unless this write completes
                corpus_cache["corpus"].add(article)
                report = store.add([article])
                corpus_cache["articles"] = store.count()
            finally:
                store.close()
        if report.failed:
            raise HTTPException(422, {"errors": article.errors})
        return {"id": article.id, "added": bool(report.added), "title": article.title, "errors": article.errors}

    # -- pages ----------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str | None = Query(None, max_length=500), outlet: str | None = None,
                    since: str | None = None, until: str | None = None, entity: str | None = None,
                    event_type: str | None = None, page_no: int = Query(1, ge=1, le=10_000, alias="page"),
                    store=Depends(get_store)):
        data = search_data(store, q, page_no, PER_PAGE, outlet=outlet, since=since, until=until, entity=entity,
                           event_type=event_type)
        params = {"q": q, **data["filters"]}
        page_links = {n: "/?" + urlencode({k: v for k, v in {**params, "page": n}.items() if v})
                      for n in range(max(1, page_no - 3), min(data["pages"], page_no + 3) + 1)}
        return page(request, "search.html", **data, facets=store.facets(), stats=store.stats(), form=params,
                    page_links=page_links, known_entities=store.entities(type=None, limit=200))

    @app.get("/article/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str, store=Depends(get_store)):
        data = article_data(store, article_id)
        record = data["record"]
        # a private person has no page: their name stays plain text
        entities = record.get("entities") or []
        filed = {e["id"] for e in entities if e["type"] != "PER"} | store.filed_entities(
            e["id"] for e in entities if e["type"] == "PER")
        body = views.annotate(record.get("body") or "", views.article_spans(record, filed))
        return page(request, "article.html", **data, body=body, filed=filed)

    @app.get("/entities", response_class=HTMLResponse, include_in_schema=False)
    def entities_page(request: Request, type: Literal["PER", "ORG", "LOC", "MISC"] | None = None,
                      store=Depends(get_store)):
        return page(request, "entities.html", entities=store.entities(type=type, limit=300), type=type)

    @app.get("/entity/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(request: Request, entity_id: str, store=Depends(get_store)):
        data = entity_data(store, entity_id)
        bars = views.timeline_bars([q["published"] for q in data["quotes"]])
        return page(request, "entity.html", **data, bars=bars)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, type: str | None = None, place: str | None = None, since: str | None = None,
                    by: str | None = None, store=Depends(get_store)):
        data = events_data(store, type, place, since, 500, by)
        points = _points(data["events"])
        return page(request, "events.html", **data, form={"type": type, "place": place, "since": since, "by": by},
                    bars=views.timeline_bars([ev["date"] or ev["published"] for ev in data["events"]]),
                    points=points, view=views.map_view(points))

    @app.get("/claims", response_class=HTMLResponse, include_in_schema=False)
    def claims_page(request: Request, narrative: str | None = None, store=Depends(get_store)):
        data = claims_data(store, narrative, 50)
        for n in data["narratives"]:
            n["lanes"] = views.lanes([(" · ".join(filter(None, (c["speaker"], c["outlet"])))
                                       or views.source_label(c["source"]),
                                       c["date"] or c["published"], c["text"], "/article/" + c["article_id"])
                                      for c in n["members"]])
        return page(request, "claims.html", **data)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page(request: Request):
        return page(request, "docs.html", spec=app.openapi(), token_enabled=bool(token))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return page(request, "error.html", status_code=exc.status_code, status=exc.status_code, detail=exc.detail)

    return app


async def read_limited(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes `limit` bytes (declared or streamed)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"request larger than {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"request larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _points(events: list[dict]) -> list[views.Point]:
    """Events with coordinates, one point per gazetteer place, for the map."""
    by_place: dict[tuple[str, float, float], list[dict]] = {}
    for ev in events:
        if ev["place"] is not None:
            by_place.setdefault((ev["place"], ev["lat"], ev["lon"]), []).append(ev)
    return [views.Point(name, lat, lon, len(evs),
                        "، ".join(sorted({EVENT_TYPES_AR.get(e["type"], e["type"]) for e in evs})))
            for (name, lat, lon), evs in by_place.items()]
