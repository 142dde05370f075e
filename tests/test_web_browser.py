"""`marsad serve` in a real browser: Playwright driving Debian's Chromium against the real server.

Screenshots of every page go to test-artifacts/web/. Skips only when /usr/bin/chromium is absent
and CI is not set; in CI a missing browser fails.
"""
from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import EXAMPLES, ROOT, marsad_cmd, run_marsad
from tests.test_web import CLAIM, HALA, build_store

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SHOTS = ROOT / "test-artifacts" / "web"
TOKEN = "browser-test-token-9f2"
LAPTOP = {"width": 1280, "height": 860}
PHONE = {"width": 390, "height": 844}

pytestmark = pytest.mark.slow

if not Path(CHROMIUM).exists() and not os.environ.get("CI"):
    pytest.skip(f"{CHROMIUM} not found: install Debian's chromium to run the browser tests", allow_module_level=True)

from playwright.sync_api import sync_playwright  # noqa: E402  (only once the browser is known to exist)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`marsad serve` in a subprocess on a free local port, the token passed through MARSAD_TOKEN."""

    def __init__(self, db: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([*marsad_cmd(), "serve", "--db", str(db), "--port", str(self.port)],
                                     env={**os.environ, "MARSAD_TOKEN": TOKEN}, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/api/stats", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                if self.proc.poll() is not None:
                    raise RuntimeError(self.proc.stdout.read().decode())
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("marsad serve did not start")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    db = tmp_path_factory.mktemp("browser") / "web.db"
    records = build_store(db)
    server = Server(db)
    yield server, records
    server.stop()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=LAPTOP, locale="ar")
    p = context.new_page()
    p.set_default_timeout(15_000)
    yield p
    context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.evaluate("document.fonts.ready.then(() => true)")  # the bundled Arabic fonts, not a fallback
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def assert_rtl(page) -> None:
    assert page.get_attribute("html", "dir") == "rtl" and page.get_attribute("html", "lang") == "ar"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # the brand sits at the right-hand end of the header, as Arabic readers expect
    brand, nav = page.locator(".brand").bounding_box(), page.locator("header nav").bounding_box()
    assert brand["x"] > nav["x"]


def test_search_finds_a_name_written_with_another_spelling(corpus, page):
    server, recs = corpus
    page.goto(server.url + "/")
    page.fill("input[name=q]", "هاله الشامى")  # the pages write هالة الشامي
    page.click("form.search button[type=submit]")
    page.wait_for_url("**/?q=*")
    hits = page.locator(".hit h3 a")
    assert set(hits.all_inner_texts()) == {recs[k]["title"] for k in ("zarqa", "zarqa_reprint", "border")}
    assert "هالة" in page.locator(".hit mark").all_inner_texts()
    assert_rtl(page)
    shot(page, "search")
    page.set_viewport_size(PHONE)
    shot(page, "search-phone")


def test_article_page_highlights_a_quote_with_its_speaker(corpus, page):
    server, recs = corpus
    page.goto(f"{server.url}/article/{recs['zarqa']['id']}")
    quote = page.locator('.body .quote[data-speaker="هالة الشامي"]')
    assert quote.count() == 1
    assert quote.locator(".who").inner_text() == "هالة الشامي"
    assert CLAIM in quote.inner_text()
    background = quote.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator(".body .event[data-type=arrest]").count() == 1
    assert page.locator(".dups a").inner_text() == recs["zarqa_reprint"]["title"]
    assert_rtl(page)
    shot(page, "article")
    quote.locator(".who").click()
    page.wait_for_url(f"**/entity/{HALA.replace(':', '%3A')}")
    page.set_viewport_size(PHONE)
    page.goto(f"{server.url}/article/{recs['zarqa']['id']}")
    shot(page, "article-phone")


def test_person_page_lists_statements_in_date_order(corpus, page):
    server, _ = corpus
    page.goto(f"{server.url}/entity/{HALA}")
    dates = page.locator(".statement").evaluate_all("els => els.map(e => e.dataset.date)")
    assert dates == ["2023-11-20", "2024-03-02", "2024-03-03"]
    assert page.locator(".statement blockquote").first.inner_text().startswith("التنسيق مع وزارة الداخلية العراقية")
    assert page.locator(".about a").all_inner_texts() == ["وزارة الداخلية العراقية"]
    assert page.locator("svg.timeline rect").count() >= 2
    assert_rtl(page)
    shot(page, "person")


def test_events_page_shows_the_timeline_and_the_map(corpus, page):
    server, _ = corpus
    loaded = []
    page.on("response", lambda r: loaded.append((r.url, r.status)))
    page.goto(server.url + "/events")
    page.wait_for_load_state("networkidle")
    assert page.locator("svg.timeline rect").count() >= 2
    assert page.locator("svg.timeline").bounding_box()["height"] > 50
    places = page.locator("svg.map .place title").all_text_contents()
    assert len(places) == 2 and any("الزرقاء" in p for p in places)
    assert page.locator("svg.map circle").first.is_visible()
    assert (server.url + "/static/world.svg", 200) in loaded  # the bundled outline, no tiles from elsewhere
    assert all(url.startswith(server.url) for url, _ in loaded)
    assert page.locator("table.events tbody tr").count() == 2
    assert_rtl(page)
    shot(page, "events")
    page.set_viewport_size(PHONE)
    shot(page, "events-phone")


def test_claims_and_entities_pages_render(corpus, page):
    server, _ = corpus
    page.goto(server.url + "/claims")
    assert page.locator(".narrative").first.locator("svg.lanes circle").count() == 2
    lanes = page.locator(".narrative svg.lanes .lane").all_text_contents()
    assert lanes == ["هالة الشامي · صحيفة الأفق", "هالة الشامي · موقع المدار"]  # by speaker and outlet
    assert_rtl(page)
    shot(page, "claims")
    page.goto(server.url + "/entities?type=PER")
    assert "هالة الشامي" in page.locator("table.list").inner_text()
    shot(page, "entities")


def test_ingested_script_and_onerror_never_run(corpus, page):
    server, _ = corpus
    text = ("عمّان - نشر موقع إخباري صباح اليوم خبراً عن ثغرة أمنية في أنظمة التذاكر الإلكترونية للحافلات.\n"
            "وجاء في نص الخبر <script>window.__pwned = 1; alert('script')</script> كما ورد حرفياً دون تعديل.\n"
            "وتضمن الخبر أيضاً صورة <img src=x onerror=\"window.__pwned = 2; alert('img')\"> نسخها المحرر كما هي.")
    refused = httpx.post(server.url + "/api/ingest", json={"text": text, "format": "text"})
    assert refused.status_code == 401
    r = httpx.post(server.url + "/api/ingest", json={"text": text, "source": "fixtures/xss.txt", "format": "text"},
                   headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
    assert r.status_code == 201, r.text
    article_id = r.json()["id"]
    body = httpx.get(f"{server.url}/api/articles/{article_id}").json()["record"]["body"]
    assert "<script>" in body and "onerror" in body  # the payload really is in the stored text

    dialogs, errors = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    for url in (f"/article/{article_id}", "/?q=" + "ثغرة أمنية", f"/api/articles/{article_id}"):
        page.goto(server.url + url)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.evaluate("document.querySelectorAll('script, img, iframe, object').length") == 0
    page.goto(f"{server.url}/article/{article_id}")
    assert "<script>window.__pwned = 1;" in page.locator(".body").inner_text()
    assert dialogs == [] and errors == []
    shot(page, "xss")


def test_example_corpus_pages_render(tmp_path, browser):
    db = tmp_path / "examples.db"
    run_marsad("ingest", str(EXAMPLES), "--db", str(db), "--quiet")
    server = Server(db)
    try:
        context = browser.new_context(viewport=LAPTOP)
        page = context.new_page()
        first = httpx.get(server.url + "/api/search").json()["hits"][0]["id"]
        for url in ("/", f"/article/{first}", "/entities", "/events", "/claims"):
            response = page.goto(server.url + url)
            assert response.status == 200, url
            assert_rtl(page)
        shot(page, "examples-claims")
        page.goto(f"{server.url}/article/{first}")
        shot(page, "examples-article")
        context.close()
    finally:
        server.stop()
