"""Web app and JSON API (FastAPI TestClient) over a store of hand-made fictional records.

The records are written here with exact offsets, so these tests do not depend on how well the
analysis stages do; tests/test_web_browser.py drives the same corpus in a real browser.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from marsad.article import Article
from marsad.store.sqlite import SQLiteStore
from marsad.web import views
from marsad.web.app import create_app
from marsad.web.geo import locate

TOKEN = "test-token-4b1d"
HALA = "per:hala-shami"


def make_record(source: str, title: str, published: str, outlet: str, body: str, *, quotes=(), entities=(),
                events=(), claims=(), duplicates=()) -> dict:
    """A contract record for `body`; spans are given by their text and located in the body."""
    def span(text: str, after: int = 0) -> dict:
        start = body.index(text, after)
        return {"start": start, "end": start + len(text), "text": text}

    def spans(texts: list[str]) -> list[dict]:  # a repeated name is its next occurrence
        out: list[dict] = []
        for text in texts:
            out.append(span(text, out[-1]["end"] if out and out[-1]["text"] == text else 0))
        return out

    ents = [{"id": eid, "type": etype, "name": name, "latin": None, "aliases": list(aliases),
             "mentions": spans(mentions)} for eid, etype, name, aliases, mentions in entities]
    return {
        "id": Article(source=source, body=body).id, "source": source, "format": "text", "encoding": "utf-8",
        "language": "ar", "title": title, "published": published, "published_source": "byline", "outlet": outlet,
        "agencies": [], "relayed_by": [], "author": None, "dateline": None, "keywords": [], "body": body,
        "related": [], "entities": ents,
        "quotes": [{**span(text), "kind": "direct", "speaker": speaker, "speaker_entity": sid, "cue": cue, "via": None}
                   for speaker, sid, text, cue in quotes],
        "events": [{**span(text), "type": etype, "date": published, "location": place, "killed": killed,
                    "injured": injured, "arrested": arrested, "perpetrator": None, "target": None}
                   for etype, text, place, killed, injured, arrested in events],
        "claims": [{**span(text), "speaker": speaker, "cluster": cluster} for text, speaker, cluster in claims],
        "duplicates": list(duplicates), "errors": [],
    }


ZARQA_BODY = (
    "الزرقاء - أعلنت وزارة الداخلية الأردنية صباح اليوم توقيف خمسة أشخاص في مدينة الزرقاء "
    "بتهمة التخطيط لهجمات على مراكز تسوق.\n"
    "وقالت الناطقة باسم الوزارة هالة الشامي إن \"الأجهزة المختصة رصدت تحركات المجموعة منذ أشهر طويلة\".\n"
    "وأضافت أن التحقيق مع الموقوفين ما زال في بدايته.")
ZARQA_REPRINT_BODY = (
    "أوقفت السلطات الأردنية خمسة مشتبه بهم في الزرقاء، بحسب بيان رسمي صدر مساء أمس.\n"
    "ونقل البيان عن هالة الشامي قولها إن \"الأجهزة المختصة رصدت تحركات المجموعة منذ أشهر طويلة\".")
BORDER_BODY = (
    "عقدت وزارة الداخلية الأردنية مؤتمراً صحفياً حول أمن الحدود الشمالية.\n"
    "وقالت هاله الشامي في المؤتمر إن \"التنسيق مع وزارة الداخلية العراقية يجري كل يوم على طول الحدود\".")
BAGHDAD_BODY = (
    "بغداد - قتل ثلاثة أشخاص وأصيب عشرة آخرون بانفجار عبوة ناسفة قرب سوق شعبي شرقي بغداد مساء الجمعة.\n"
    "وقال المتحدث العسكري كريم الساعدي إن \"قوات الأمن طوقت المكان وفتحت تحقيقاً فورياً\".")

HALA_ENTITY = (HALA, "PER", "هالة الشامي", ["هالة الشامي", "هاله الشامي"], ["هالة الشامي"])
JO_INTERIOR = ("org:jo-interior", "ORG", "وزارة الداخلية الأردنية", [], ["وزارة الداخلية الأردنية"])
CLAIM = "الأجهزة المختصة رصدت تحركات المجموعة منذ أشهر طويلة"


def corpus_records() -> list[dict]:
    zarqa = make_record(
        "fixtures/zarqa.txt", "توقيف خمسة أشخاص في الزرقاء بتهمة التخطيط لهجمات", "2024-03-02", "صحيفة الأفق",
        ZARQA_BODY,
        quotes=[("هالة الشامي", HALA, CLAIM, "قالت")],
        entities=[HALA_ENTITY, JO_INTERIOR, ("loc:zarqa", "LOC", "الزرقاء", [], ["الزرقاء"])],
        events=[("arrest", ZARQA_BODY.split("\n")[0], "الزرقاء", None, None, 5)],
        claims=[(CLAIM, "هالة الشامي", "c1")])
    reprint = make_record(
        "fixtures/zarqa_reprint.txt", "السلطات الأردنية توقف خمسة مشتبه بهم", "2024-03-03", "موقع المدار",
        ZARQA_REPRINT_BODY,
        quotes=[("هالة الشامي", HALA, CLAIM, "نقل")],
        entities=[HALA_ENTITY, ("loc:zarqa", "LOC", "الزرقاء", [], ["الزرقاء"])],
        claims=[(CLAIM, "هالة الشامي", "c1")], duplicates=[zarqa["id"]])
    border = make_record(
        "fixtures/border.txt", "مؤتمر صحفي حول أمن الحدود الشمالية", "2023-11-20", "صحيفة الأفق", BORDER_BODY,
        quotes=[("هاله الشامي", HALA, "التنسيق مع وزارة الداخلية العراقية يجري كل يوم على طول الحدود", "قالت")],
        entities=[(HALA, "PER", "هالة الشامي", ["هاله الشامي"], ["هاله الشامي"]), JO_INTERIOR,
                  ("org:iq-interior", "ORG", "وزارة الداخلية العراقية", [], ["وزارة الداخلية العراقية"])])
    baghdad = make_record(
        "fixtures/baghdad.txt", "ثلاثة قتلى بانفجار قرب سوق شرقي بغداد", "2024-06-14", "موقع المدار", BAGHDAD_BODY,
        quotes=[("كريم الساعدي", "per:karim-saadi", "قوات الأمن طوقت المكان وفتحت تحقيقاً فورياً", "قال")],
        entities=[("per:karim-saadi", "PER", "كريم الساعدي", [], ["كريم الساعدي"]),
                  ("loc:baghdad", "LOC", "بغداد", [], ["بغداد", "بغداد"])],
        events=[("bombing", BAGHDAD_BODY.split("\n")[0], "شرقي بغداد", 3, 10, None)])
    # stored out of date order on purpose: pages must sort by date, not by arrival
    return [reprint, baghdad, zarqa, border]


def build_store(path: Path) -> dict[str, dict]:
    records = corpus_records()
    with SQLiteStore(str(path)) as store:
        report = store.add(records)
    assert report.added == len(records)
    return {Path(r["source"]).stem: r for r in records}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "web.db"
    return db, build_store(db)


@pytest.fixture(scope="module")
def client(corpus):
    db, _ = corpus
    with TestClient(create_app(str(db), token=TOKEN, max_upload=64 * 1024)) as c:
        yield c


# -- JSON API ----------------------------------------------------------------------------------

def test_search_matches_spelling_variants_and_highlights(client, corpus):
    _, recs = corpus
    data = client.get("/api/search", params={"q": "هاله الشامى"}).json()
    ids = [h["id"] for h in data["hits"]]
    assert set(ids) == {recs["zarqa"]["id"], recs["zarqa_reprint"]["id"], recs["border"]["id"]}
    assert data["total"] == 3
    assert any("[[هالة]]" in h["snippet"] for h in data["hits"])


def test_search_pages_through_results_without_repeats(client):
    first = client.get("/api/search", params={"q": "الشامي", "per_page": 2}).json()
    second = client.get("/api/search", params={"q": "الشامي", "per_page": 2, "page": 2}).json()
    assert first["pages"] == 2 and len(first["hits"]) == 2 and len(second["hits"]) == 1
    assert not {h["id"] for h in first["hits"]} & {h["id"] for h in second["hits"]}


def test_search_filters_by_outlet_dates_entity_and_event_type(client, corpus):
    _, recs = corpus
    ids = lambda **p: {h["id"] for h in client.get("/api/search", params=p).json()["hits"]}  # noqa: E731
    assert ids(q="الشامي", outlet="موقع المدار") == {recs["zarqa_reprint"]["id"]}
    assert ids(q="الشامي", since="2024-01-01", until="2024-03-02") == {recs["zarqa"]["id"]}
    # the entity filter takes any spelling of the name, with no query: newest first
    hits = client.get("/api/search", params={"entity": "هاله الشامى"}).json()["hits"]
    assert [h["published"] for h in hits] == ["2024-03-03", "2024-03-02", "2023-11-20"]
    assert ids(event_type="bombing") == {recs["baghdad"]["id"]}
    assert client.get("/api/search", params={"q": "كلمةلاوجودلها"}).json() == {
        "query": "كلمةلاوجودلها", "filters": {}, "total": 0, "page": 1, "per_page": 10, "pages": 1, "hits": []}


def test_article_api_returns_the_record_with_duplicates_and_related(client, corpus):
    _, recs = corpus
    data = client.get(f"/api/articles/{recs['zarqa']['id']}").json()
    assert data["record"] == recs["zarqa"]
    assert [d["id"] for d in data["duplicates"]] == [recs["zarqa_reprint"]["id"]]
    related = {d["id"]: d["shared"] for d in data["related_articles"]}
    assert related[recs["zarqa_reprint"]["id"]] == 2 and recs["baghdad"]["id"] not in related
    assert client.get("/api/articles/nope").status_code == 404


def test_entity_api_lists_statements_in_date_order_and_whom_they_talk_about(client):
    data = client.get(f"/api/entities/{HALA}").json()
    assert data["entity"]["name"] == "هالة الشامي" and data["entity"]["articles"] == 3
    assert [q["published"] for q in data["quotes"]] == ["2023-11-20", "2024-03-02", "2024-03-03"]
    assert [e["id"] for e in data["talks_about"]] == ["org:iq-interior"]
    assert data["said_about"] == []  # no one else names her in what they said
    assert client.get("/api/entities/per:nobody").status_code == 404
    # and the other way: what others said that names the ministry
    about = client.get("/api/entities/org:iq-interior").json()["said_about"]
    assert [(q["speaker"], q["source"]) for q in about] == [("هاله الشامي", "fixtures/border.txt")]
    html = client.get("/entity/org:iq-interior").text
    assert "ماذا قيل عنها" in html and "التنسيق مع وزارة الداخلية العراقية" in html


def test_events_api_places_events_on_the_map(client):
    events = {e["type"]: e for e in client.get("/api/events").json()["events"]}
    assert events["bombing"]["killed"] == 3
    assert events["bombing"]["place"] == "بغداد"  # from "شرقي بغداد"
    assert events["bombing"]["lat"] == pytest.approx(33.34, abs=0.1)
    assert (events["arrest"]["place"], events["arrest"]["lon"]) == ("الزرقاء", pytest.approx(36.09, abs=0.1))
    # by whom: no event of the fixture names a perpetrator
    assert client.get("/api/events", params={"by": "حركة الفجر"}).json()["events"] == []
    assert 'name="by"' in client.get("/events").text


def test_claims_api_lists_narratives_with_their_claims_in_date_order(client):
    narratives = client.get("/api/claims").json()["narratives"]
    assert [n["clusters"] for n in narratives] == [["c1"]]
    members = narratives[0]["members"]
    assert [(c["date"], c["outlet"]) for c in members] == [("2024-03-02", "صحيفة الأفق"), ("2024-03-03", "موقع المدار")]
    one = client.get("/api/claims", params={"narrative": narratives[0]["id"]}).json()["narratives"]
    assert one == narratives
    assert client.get("/api/claims", params={"narrative": "n999"}).status_code == 404


# -- ingest ------------------------------------------------------------------------------------

INGEST_PAGE = ("عمّان - أكد المتحدث باسم بلدية عمّان الكبرى ماجد الطراونة أن أعمال صيانة الجسور "
               "ستنتهي قبل بداية فصل الشتاء المقبل.\n"
               "وقال الطراونة إن \"الفرق الفنية تعمل على مدار الساعة لإنجاز المشروع في موعده\".")


def test_ingest_refuses_requests_without_the_right_token(client):
    page = {"text": INGEST_PAGE, "source": "fixtures/bridges.txt"}
    missing = client.post("/api/ingest", json=page)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    assert client.post("/api/ingest", json=page, headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert client.post("/api/ingest", json=page, headers={"X-Marsad-Token": TOKEN + "x"}).status_code == 403
    assert client.get("/api/search", params={"q": "الطراونة"}).json()["total"] == 0


def test_ingest_is_off_when_the_server_has_no_token(corpus):
    with TestClient(create_app(str(corpus[0]))) as c:
        r = c.post("/api/ingest", json={"text": INGEST_PAGE}, headers={"Authorization": "Bearer "})
        assert r.status_code == 403 and "disabled" in r.json()["detail"]


def test_ingest_rejects_oversized_and_unknown_bodies(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = client.post("/api/ingest", content=("ا" * 40_000).encode(), headers={**auth, "Content-Type": "text/plain"})
    assert big.status_code == 413
    png = client.post("/api/ingest", content=b"\x00\x01", headers={**auth, "Content-Type": "image/png"})
    assert png.status_code == 415
    assert client.post("/api/ingest", json={"source": "x"}, headers=auth).status_code == 422


def test_ingest_adds_a_searchable_page_once(tmp_path):
    db = tmp_path / "ingest.db"
    build_store(db)
    with TestClient(create_app(str(db), token=TOKEN)) as c:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        first = c.post("/api/ingest", json={"text": INGEST_PAGE, "source": "fixtures/bridges.txt"}, headers=auth)
        assert first.status_code == 201 and first.json()["added"] is True
        again = c.post("/api/ingest", content=INGEST_PAGE.encode("utf-8"), params={"source": "again.txt"},
                       headers={**auth, "Content-Type": "text/plain; charset=utf-8"})
        assert again.status_code == 201 and again.json()["added"] is False
        hits = c.get("/api/search", params={"q": "الطراونه"}).json()["hits"]
        assert [h["id"] for h in hits] == [first.json()["id"]]
        assert c.get("/api/stats").json()["articles"] == 5


def test_ingested_pages_join_the_corpus_claim_clusters(tmp_path):
    db = tmp_path / "corpus.db"
    build_store(db)
    other = ("الزرقاء - قالت مصادر محلية إن المتحدث باسم البلدية ماجد الطراونة زار موقع العمل مساء أمس.\n"
             "وقال الطراونة إن \"الفرق الفنية تعمل على مدار الساعة لإنجاز المشروع في موعده\".")
    with TestClient(create_app(str(db), token=TOKEN)) as c:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        ids = [c.post("/api/ingest", json={"text": text, "source": name}, headers=auth).json()["id"]
               for text, name in ((INGEST_PAGE, "a.txt"), (other, "b.txt"))]
        clusters = [{cl["cluster"] for cl in c.get(f"/api/articles/{i}").json()["record"]["claims"]} for i in ids]
    assert clusters[0] and clusters[0] == clusters[1]
    assert not clusters[0] & {"c1"}  # a new cluster, not the one the stored fixture claims already use


# -- pages -------------------------------------------------------------------------------------

def test_pages_are_arabic_rtl_with_a_strict_content_security_policy(client, corpus):
    _, recs = corpus
    for url in ("/", "/?q=الشامي", f"/article/{recs['zarqa']['id']}", f"/entity/{HALA}", "/entities",
                "/events", "/claims", "/docs"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert '<html lang="ar" dir="rtl">' in r.text
        assert "script-src 'self'" in r.headers["content-security-policy"]
        assert not re.search(r'(src|href)="(https?:)?//', r.text), url  # nothing loaded from elsewhere


def test_article_page_marks_quotes_entities_and_events_at_their_offsets(client, corpus):
    _, recs = corpus
    html = client.get(f"/article/{recs['zarqa']['id']}").text
    assert ('<span class="quote" id="quote-0" data-kind="direct" data-speaker="هالة الشامي">'
            '<a class="who" href="/entity/per%3Ahala-shami">هالة الشامي</a>' + CLAIM + "</span>") in html
    assert '<span class="event" id="event-0" data-type="arrest"' in html
    assert '<a class="ent ent-LOC" href="/entity/loc%3Azarqa" title="الزرقاء">الزرقاء</a>' in html


def test_page_text_is_escaped_everywhere(tmp_path):
    evil = '<script>alert(1)</script> و<img src=x onerror="alert(2)"> "اقتباس" &amp;'
    body = "خبر تجريبي عن أمن المعلومات في المنطقة العربية.\n" + evil
    rec = make_record("<u>x</u>.txt", "<i>عنوان</i>", "2024-01-01", '"><script>alert(3)</script>', body,
                      quotes=[('<img src=y onerror=alert(4)>', None, evil, "قال")],
                      entities=[("per:<x>", "PER", "<svg onload=alert(5)>", [], ["أمن المعلومات"])])
    db = tmp_path / "evil.db"
    with SQLiteStore(str(db)) as store:
        store.add([rec])
    with TestClient(create_app(str(db))) as c:
        pages = [c.get(u).text for u in ("/", "/?q=alert", f"/article/{rec['id']}", "/entity/per:<x>", "/entities")]
    for html in pages:
        for tag in ("<script>", "<img", "<svg onload", "<i>", "<u>"):
            assert tag not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[2]


# -- presentation helpers ----------------------------------------------------------------------

def test_annotate_nests_spans_and_drops_one_that_crosses_its_parent():
    body = "قال أحمد إن الخبر صحيح"
    spans = [views.Span(0, 22, "event", views.Markup("<e>")), views.Span(4, 8, "entity", views.Markup("<n>")),
             views.Span(12, 22, "quote", views.Markup("<q>")), views.Span(6, 15, "entity", views.Markup("<bad>"))]
    assert views.annotate(body, spans) == "<e>قال <n>أحمد</a> إن <q>الخبر صحيح</span></span>"
    assert views.annotate("a<b", []) == "a&lt;b"


def test_article_spans_skip_offsets_that_do_not_match_the_body(corpus):
    rec = dict(corpus[1]["baghdad"])
    rec["quotes"] = [{**rec["quotes"][0], "start": 1}]  # body[1:end] no longer equals the text
    kinds = [s.kind for s in views.article_spans(rec)]
    assert "quote" not in kinds and kinds.count("entity") == 3 and kinds.count("event") == 1


def test_timeline_bars_keep_empty_months_and_switch_to_years_for_long_spans():
    bars = views.timeline_bars(["2024-01-05", "2024-03-10", "2024-03-11", None, "bad"])
    assert [(b.label, b.count) for b in bars] == [("2024-01", 1), ("2024-02", 0), ("2024-03", 2)]
    assert [b.label for b in views.timeline_bars(["2015-02-01", "2021-07-01"])][:2] == ["2015", "2016"]


def test_lanes_put_the_first_speaker_on_top_and_space_dots_by_date():
    names, dots = views.lanes([("ب", "2024-01-11", "", "/b"), ("أ", "2024-01-21", "", "/a"),
                               ("ب", "2024-01-01", "", "/b2"), ("ج", None, "", "/c")], width=100)
    assert names == ["ب", "أ"]
    assert [(d.lane, d.x) for d in dots] == [(0, 50.0), (1, 100.0), (0, 0.0)]


def test_locate_prefers_the_specific_place_name():
    name, lat, lon = locate("مدينة كركوك")
    assert name == "كركوك" and (lat, lon) == pytest.approx((35.47, 44.39), abs=0.1)
    assert locate("سوق شعبي شرقي بغداد")[0] == "بغداد"
    assert locate("العاصمة الأردنية عمّان")[0] == "عمان"
    assert locate("مكان غير معروف") is None and locate(None) is None


def test_locate_reads_the_place_itself_not_what_it_lies_in_nor_a_generic_noun():
    assert locate("مخيم جنين شمال الضفة الغربية")[0] == "مخيم جنين"  # a camp of the local list
    assert locate("حي سكني في المدينة") is None  # "the city", not Medina
    assert locate("هجوم على معسكر للجيش") is None  # a camp, not Mascara
    assert locate("المدينة المنورة")[0] == "المدينة المنورة"
    assert locate("قرية العين الحمراء بريف درعا")[0] == "درعا"  # not Al Ain: the village's name goes on
    assert locate("مدينة الموصل العراقية")[0] == "الموصل"
