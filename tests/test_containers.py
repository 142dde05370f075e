"""Containers: WARC/ARC crawls, RSS/Atom feeds and scrapers' JSONL/JSON/CSV dumps become one record per article."""
from __future__ import annotations

import gzip
import io
import json
import tracemalloc
from email.encoders import encode_base64, encode_quopri
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from marsad.ingest import decode_page, load_pages
from marsad.pipeline import analyze_many
from tests.conftest import run_marsad

ARTICLE_1 = ("<html><head><title>افتتاح جسر جديد فوق نهر المدينة</title></head><body>"
             "<nav><a href='/'>الرئيسية</a></nav><article><h1>افتتاح جسر جديد فوق نهر المدينة</h1>"
             "<p>افتتح وزير الأشغال العامة منير الساعدي صباح اليوم جسراً جديداً يربط ضفتي النهر في وسط المدينة،"
             " بعد عامين من أعمال البناء المتواصلة التي نفذتها شركة وطنية.</p>"
             "<p>وقال الساعدي في كلمة خلال الافتتاح إن الجسر سيخفف الازدحام المروري عن الطرق القديمة"
             " وسيختصر زمن التنقل بين الأحياء الشرقية والغربية إلى النصف تقريباً.</p></article></body></html>")
ARTICLE_2 = ("<html><head><title>مهرجان للكتاب في المدينة القديمة</title></head><body><article>"
             "<h1>مهرجان للكتاب في المدينة القديمة</h1>"
             "<p>انطلقت مساء أمس فعاليات مهرجان الكتاب السنوي في ساحة المدينة القديمة بمشاركة أكثر من"
             " مئة دار نشر عربية، وسط إقبال واسع من الطلاب والعائلات على أجنحة المعرض المختلفة.</p>"
             "<p>وأوضحت مديرة المهرجان سلمى العطار أن الدورة الحالية تضم ندوات فكرية وأمسيات شعرية"
             " وورشاً لتعليم الأطفال فنون الخط العربي طوال أيام المهرجان العشرة.</p></article></body></html>")


def warc_bytes(responses: list[tuple], compress: bool = True, with_requests: bool = True) -> bytes:
    """A WARC file of (url, body bytes, content type, status) HTTP responses, each preceded by its request."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compress)
    for url, body, ctype, status in responses:
        if with_requests:
            req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=req))
        headers = StatusAndHeaders(f"{status} OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return buf.getvalue()


def example_warc(compress: bool = True) -> bytes:
    return warc_bytes([
        ("https://news.example/bridge", ARTICLE_1.encode("utf-8"), "text/html; charset=utf-8", "200"),
        ("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png", "200"),
        ("https://news.example/old", b"", "text/html", "301"),
        ("https://news.example/books", ARTICLE_2.encode("windows-1256"), "text/html; charset=windows-1256", "200"),
    ], compress=compress)


def test_warc_gives_one_page_per_html_response_with_url_date_and_declared_charset(tmp_path):
    (tmp_path / "crawl.warc.gz").write_bytes(example_warc())
    pages = list(load_pages([tmp_path / "crawl.warc.gz"]))
    assert [p.url for p in pages] == ["https://news.example/bridge", "https://news.example/books"]
    assert [p.error for p in pages] == [None, None]
    assert pages[0].source.endswith("crawl.warc.gz#https://news.example/bridge")
    assert all(p.fetched_at is not None and p.format == "warc" for p in pages)
    text, encoding = decode_page(pages[1])
    assert encoding == "windows-1256" and "سلمى العطار" in text


def test_warc_records_are_analysed_like_html_pages(tmp_path):
    (tmp_path / "crawl.warc").write_bytes(example_warc(compress=False))
    arts = list(analyze_many([str(tmp_path / "crawl.warc")]))
    assert len(arts) == 2 and all(a.format == "warc" and not a.errors for a in arts)
    assert "منير الساعدي" in arts[0].body and "الرئيسية" not in arts[0].body
    assert arts[1].encoding == "windows-1256" and "سلمى العطار" in arts[1].body


def test_a_stale_latin1_charset_does_not_garble_utf8_arabic(tmp_path):
    raw = warc_bytes([("https://news.example/x", ARTICLE_1.encode("utf-8"), "text/html; charset=iso-8859-1", "200")])
    (tmp_path / "stale.warc.gz").write_bytes(raw)
    (page,) = load_pages([tmp_path / "stale.warc.gz"])
    assert decode_page(page) == (ARTICLE_1, "utf-8")


def test_a_warc_is_recognised_by_content_and_a_truncated_one_keeps_its_first_records(tmp_path):
    raw = example_warc(compress=False)
    (tmp_path / "crawl.dat").write_bytes(raw)
    assert [p.url for p in load_pages([tmp_path / "crawl.dat"])][0] == "https://news.example/bridge"
    cut = raw[: raw.index(b"https://news.example/books") + 200]
    (tmp_path / "cut.warc").write_bytes(cut)
    pages = list(load_pages([tmp_path / "cut.warc"]))
    assert pages[0].url == "https://news.example/bridge" and pages[0].error is None
    assert len(pages) <= 3 and all(p.error or p.data for p in pages)


def test_a_big_warc_streams_without_holding_the_file_in_memory(tmp_path):
    body = ARTICLE_1.encode("utf-8") + b"<!--" + b"x" * 200_000 + b"-->"
    (tmp_path / "big.warc.gz").write_bytes(warc_bytes(
        [(f"https://news.example/{i}", body, "text/html", "200") for i in range(60)], with_requests=False))
    tracemalloc.start()
    count = 0
    for page in load_pages([tmp_path / "big.warc.gz"]):
        count += 1
        del page
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 60
    assert peak < 5 * len(body)  # the 12 MB of pages never sit in memory together


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>صحيفة الأفق</title><link>https://ufuq.example</link>
<item><title>افتتاح مستشفى جديد في الزرقاء</title><link>https://ufuq.example/a/1</link>
<pubDate>Tue, 04 Mar 2025 09:30:00 GMT</pubDate><author>نادية الحسن</author><category>صحة</category>
<description><![CDATA[<p>افتتحت وزارة الصحة اليوم مستشفى جديداً في مدينة الزرقاء بسعة مئتي سرير، ويضم أقساماً للطوارئ والأطفال والعناية المركزة.</p>]]></description></item>
<item><title>تمديد ساعات عمل المكتبة العامة</title><link>https://ufuq.example/a/2</link>
<description>قررت إدارة المكتبة العامة تمديد ساعات العمل خلال فترة الامتحانات لتمكين الطلاب من الدراسة في القاعات حتى منتصف الليل.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>نشرة الساحل</title>
<entry><title>موسم صيد وفير على الساحل</title><link href="https://sahil.example/n/7"/>
<updated>2025-06-01T06:00:00Z</updated>
<content type="html">&lt;p&gt;أكد صيادون في الموانئ الجنوبية أن موسم الصيد الحالي هو الأوفر منذ سنوات بفضل اعتدال درجات حرارة المياه.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_items_become_pages_with_link_date_and_metadata(tmp_path):
    (tmp_path / "news.rss").write_text(FEED, encoding="utf-8")
    pages = list(load_pages([tmp_path / "news.rss"]))
    assert [p.url for p in pages] == ["https://ufuq.example/a/1", "https://ufuq.example/a/2"]
    first, second = pages
    assert first.format == "rss" and first.meta["published"] == "2025-03-04"
    assert first.meta["outlet"] == "صحيفة الأفق" and first.meta["keywords"] == ["صحة"]
    assert first.fetched_at.isoformat() == "2025-03-04T09:30:00+00:00"
    assert second.meta["published"] is None and second.fetched_at is None
    assert "مستشفى جديداً في مدينة الزرقاء" in decode_page(first)[0]


def test_atom_feed_sniffed_by_content_and_analysed(tmp_path):
    (tmp_path / "feed.xml").write_text(ATOM, encoding="utf-8")
    (art,) = analyze_many([str(tmp_path / "feed.xml")])
    assert art.format == "rss" and art.source.endswith("#https://sahil.example/n/7")
    assert "موسم الصيد الحالي" in art.body and not art.errors


def test_a_feed_with_a_damaged_encoding_declaration_still_gives_its_items(tmp_path):
    damaged = FEED.encode("utf-8").replace(b'encoding="utf-8"', b'encoding="\xaftf-8"')
    (tmp_path / "news.rss").write_bytes(damaged)
    pages = list(load_pages([tmp_path / "news.rss"]))
    assert [p.url for p in pages] == ["https://ufuq.example/a/1", "https://ufuq.example/a/2"]
    assert "مستشفى جديداً في مدينة الزرقاء" in decode_page(pages[0])[0]


def test_a_broken_or_empty_feed_is_one_error_record(tmp_path):
    (tmp_path / "broken.rss").write_bytes(b"<rss><channel><title>x</title><item><title>\xff\xfe\x00")
    (tmp_path / "empty.rss").write_text("<rss version='2.0'><channel><title>لا شيء</title></channel></rss>")
    for name in ("broken.rss", "empty.rss"):
        pages = list(load_pages([tmp_path / name]))
        assert len(pages) <= 1 or all(p.error for p in pages)
        assert pages and pages[-1].error


def test_jsonl_lines_with_html_or_text_and_bad_lines_in_between(tmp_path):
    lines = [
        json.dumps({"url": "https://ufuq.example/a/1", "html": ARTICLE_1, "fetched_at": "2025-03-04T10:00:00Z"},
                   ensure_ascii=False),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"url": "https://ufuq.example/a/3", "html": None, "text": "   "}),
        "",
        json.dumps({"text": "مهرجان للكتاب\nانطلقت مساء أمس فعاليات مهرجان الكتاب السنوي في ساحة المدينة القديمة"
                            " بمشاركة أكثر من مئة دار نشر عربية."}, ensure_ascii=False),
    ]
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    pages = list(load_pages([path]))
    assert len(pages) == 5
    assert pages[0].url == "https://ufuq.example/a/1" and pages[0].format == "html"
    assert pages[0].fetched_at.isoformat() == "2025-03-04T10:00:00+00:00"
    assert [bool(p.error) for p in pages] == [False, True, True, True, False]
    assert pages[1].source.endswith("dump.jsonl.gz#L2") and "bad JSONL line" in pages[1].error
    assert pages[4].format == "text" and pages[4].source.endswith("#L6")


BRIDGE_TEXT = ("افتتح وزير الأشغال العامة منير الساعدي صباح اليوم جسراً جديداً يربط ضفتي النهر في وسط المدينة.\n"
               "وقال الساعدي في كلمة خلال الافتتاح إن الجسر سيخفف الازدحام المروري عن الطرق القديمة.")
BOOKS_HTML = ("<p>انطلقت مساء أمس فعاليات مهرجان الكتاب السنوي في ساحة المدينة القديمة بمشاركة أكثر من مئة دار نشر.</p>"
              "<p>وأوضحت مديرة المهرجان سلمى العطار أن الدورة الحالية تضم ندوات فكرية وأمسيات شعرية.</p>")
SCRAPED = [
    {"title": "افتتاح جسر جديد فوق نهر المدينة", "maintext": BRIDGE_TEXT, "date_publish": "2025-03-04 09:15:00",
     "authors": ["هدى الناصر", "كريم يوسف"], "source_domain": "ufuq.example", "url": "https://ufuq.example/a/1"},
    {"headline": "مهرجان للكتاب في المدينة القديمة", "articleBody": BOOKS_HTML, "datePublished": 1741078800,
     "tags": "ثقافة، كتب", "link": "https://ufuq.example/a/2"},
    {"title": "سجل بلا نص", "url": "https://ufuq.example/a/3"},
]


def test_a_json_array_of_scraped_records_is_read_by_its_field_names(tmp_path):
    path = tmp_path / "scrape.json"
    path.write_text(json.dumps(SCRAPED, ensure_ascii=False, indent=2), encoding="utf-8")
    bridge, books, empty = analyze_many([str(path)])
    assert (bridge.title, bridge.published, bridge.author, bridge.outlet) == (
        "افتتاح جسر جديد فوق نهر المدينة", "2025-03-04T09:15:00", "هدى الناصر، كريم يوسف", "ufuq.example")
    assert bridge.body == BRIDGE_TEXT and bridge.source.endswith("scrape.json#https://ufuq.example/a/1")
    assert [q.speaker for q in bridge.quotes] == ["منير الساعدي"]
    assert books.format == "html" and books.title == "مهرجان للكتاب في المدينة القديمة"
    assert books.published.startswith("2025-03-04") and books.keywords == ["ثقافة", "كتب"]
    assert books.body.split("\n")[1].startswith("وأوضحت مديرة المهرجان")
    assert "no page text in the record" in empty.errors[0] and not empty.body


def test_a_wrapped_json_a_single_record_and_jsonl_named_json(tmp_path):
    (tmp_path / "a_wrapped.json").write_text(json.dumps({"status": "ok", "total": 2, "articles": SCRAPED[:2]},
                                                        ensure_ascii=False), encoding="utf-8")
    (tmp_path / "b_one.json").write_text(json.dumps(SCRAPED[0], ensure_ascii=False, indent=2), encoding="utf-8")
    (tmp_path / "c_lines.json").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in SCRAPED[:2]),
                                           encoding="utf-8")
    pages = list(load_pages([tmp_path]))
    assert [p.source[len(str(tmp_path)) + 1:] for p in pages] == [
        "a_wrapped.json#https://ufuq.example/a/1", "a_wrapped.json#https://ufuq.example/a/2",
        "b_one.json#https://ufuq.example/a/1",
        "c_lines.json#https://ufuq.example/a/1", "c_lines.json#https://ufuq.example/a/2"]
    assert not any(p.error for p in pages)


def test_a_short_wrapper_on_one_line_and_its_records_without_text(tmp_path):
    text = "قال وزير المالية سامر حداد إن الموازنة ستقر الشهر المقبل بعد نقاش طويل في البرلمان."
    (tmp_path / "api.json").write_text(json.dumps({"categories": [{"name": "محليات"}], "articles": [
        {"title": "بلا نص", "url": "https://ufuq.example/0"}, {"title": "الموازنة", "content": text, "url": "https://ufuq.example/1"},
        {"title": "بلا نص أيضاً", "url": "https://ufuq.example/2"}]}, ensure_ascii=False), encoding="utf-8")
    pages = list(load_pages([tmp_path]))
    assert [(p.source.rsplit("#", 1)[1], bool(p.error)) for p in pages] == [
        ("https://ufuq.example/0", True), ("https://ufuq.example/1", False), ("https://ufuq.example/2", True)]
    assert "no page text" in pages[0].error  # a record of the list, not skipped in silence; categories are none


def test_marsads_own_output_is_not_read_back_as_pages(tmp_path):
    out = tmp_path / "scrape.json"
    out.write_text(json.dumps(SCRAPED[:1], ensure_ascii=False), encoding="utf-8")
    (tmp_path / "out.jsonl").write_text("".join(a.to_json() + "\n" for a in analyze_many([str(out)])),
                                        encoding="utf-8")
    [again] = list(load_pages([tmp_path / "out.jsonl"]))
    assert again.error.startswith("a record Marsad wrote")


def test_an_oversized_record_is_an_error_and_the_next_one_is_read(tmp_path):
    path = tmp_path / "dump.json"
    path.write_text(json.dumps([{"title": "ضخم", "text": "كلمة " * 2_000_000}, SCRAPED[0]], ensure_ascii=False),
                    encoding="utf-8")
    big, bridge = load_pages([path])
    assert big.error.startswith("record's page larger than") and bridge.error is None


def test_a_json_value_beyond_two_pages_stops_the_file_with_an_error(tmp_path):
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(SCRAPED[:1], ensure_ascii=False)[:-1] + ', "' + "x" * (40 * 1024 * 1024) + '"]',
                    encoding="utf-8")
    bridge, huge = load_pages([path])
    assert bridge.error is None and huge.error.endswith("a JSON value larger than 16 MB")


def test_a_truncated_json_keeps_the_records_before_the_break(tmp_path):
    text = json.dumps(SCRAPED[:2], ensure_ascii=False)
    path = tmp_path / "cut.json.gz"
    path.write_bytes(gzip.compress(text[:text.index("مهرجان للكتاب")].encode("utf-8")))
    pages = list(load_pages([path]))
    assert not pages[0].error and pages[0].url == "https://ufuq.example/a/1"
    assert len(pages) == 2 and pages[1].error.startswith("JSON breaks after record 1")


def test_a_json_with_bytes_that_are_not_utf8_keeps_the_records_before_them(tmp_path):
    text = json.dumps(SCRAPED[:2], ensure_ascii=False).encode("utf-8")
    cut = text.index("مهرجان للكتاب".encode("utf-8"))
    # an overlong sequence: the JSON lexer lets it through, decoding it to text does not
    (tmp_path / "bad.json").write_bytes(text[:cut] + b"\xc0\x8c" + text[cut:])
    pages = list(load_pages([tmp_path / "bad.json"]))
    assert not pages[0].error and pages[0].url == "https://ufuq.example/a/1"
    assert len(pages) == 2 and pages[1].error.startswith("JSON breaks after record 1: bytes that are not UTF-8")


def test_a_spreadsheet_export_with_arabic_headers_in_windows_1256(tmp_path):
    rows = [["العنوان", "النص", "تاريخ النشر", "الرابط"],
            ["افتتاح جسر جديد فوق نهر المدينة", BRIDGE_TEXT, "04/03/2025", "https://ufuq.example/a/1"],
            ["", "", "", ""],
            ["مهرجان للكتاب في المدينة القديمة", BOOKS_HTML, "2025-03-04", ""]]
    text = "\r\n".join(";".join('"' + cell.replace('"', '""') + '"' for cell in row) for row in rows) + "\r\n"
    (tmp_path / "sheet.csv").write_bytes(text.encode("cp1256"))
    (tmp_path / "header_only.tsv").write_text("title\ttext\n", encoding="utf-8")
    bridge, books, header_only = analyze_many([str(tmp_path / "sheet.csv"), str(tmp_path / "header_only.tsv")])
    assert (bridge.title, bridge.published) == ("افتتاح جسر جديد فوق نهر المدينة", "2025-03-04")
    assert bridge.body == BRIDGE_TEXT
    assert books.source.endswith("sheet.csv#row3") and books.format == "html" and "سلمى العطار" in books.body
    assert header_only.errors == ["no records in the CSV file"]


def mhtml_bytes(html: str, url: str, encoding: str) -> bytes:
    """A page as a browser saves it in one file: the HTML part (quoted-printable or base64) and a
    stylesheet, under the address it was saved from."""
    message = MIMEMultipart("related", type="text/html")
    message["Snapshot-Content-Location"] = url
    message["Date"] = "Tue, 04 Mar 2025 10:00:00 +0000"
    page = MIMEText(html, "html", "utf-8")
    del page["Content-Transfer-Encoding"]
    page.set_payload(html.encode("utf-8"))
    (encode_quopri if encoding == "quoted-printable" else encode_base64)(page)
    message.attach(page)
    message.attach(MIMEText("body { direction: rtl; }", "css"))
    return message.as_bytes().replace(b"\n", b"\r\n")


def test_a_page_saved_by_a_browser_as_mhtml(tmp_path):
    (tmp_path / "saved.mhtml").write_bytes(mhtml_bytes(ARTICLE_1, "https://ufuq.example/2025/03/03/bridge",
                                                       "quoted-printable"))
    (tmp_path / "saved_b64.mht").write_bytes(mhtml_bytes(ARTICLE_2, "https://ufuq.example/books", "base64"))
    bridge, books = analyze_many([str(tmp_path)])
    assert bridge.title == "افتتاح جسر جديد فوق نهر المدينة" and bridge.published == "2025-03-03"
    assert bridge.body.startswith("افتتح وزير الأشغال العامة منير الساعدي") and not bridge.errors
    assert [q.speaker for q in bridge.quotes] == ["منير الساعدي"]
    assert books.format == "html" and "سلمى العطار" in books.body and "direction" not in books.body


def test_cli_analyze_reads_every_container_kind(tmp_path):
    (tmp_path / "a.warc.gz").write_bytes(example_warc())
    (tmp_path / "b.rss").write_text(FEED, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"url": "u1", "html": ARTICLE_2}, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    proc = run_marsad("analyze", str(tmp_path), "--quiet")
    records = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert proc.returncode == 0, proc.stderr.decode()
    assert [r["format"] for r in records] == ["warc", "warc", "rss", "rss", "html"]
    assert all(r["body"] and not r["errors"] for r in records)
    item = records[2]  # the feed's item date and title reach the record
    assert (item["published"], item["outlet"]) == ("2025-03-04", "صحيفة الأفق")
    assert item["source"].endswith("b.rss#https://ufuq.example/a/1")


def test_workers_give_the_same_records_in_the_same_order(examples_dir, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for p in examples_dir.iterdir():
        (pages / p.name).write_bytes(p.read_bytes())
    (pages / "crawl.warc.gz").write_bytes(example_warc())
    (pages / "news.rss").write_text(FEED, encoding="utf-8")
    (pages / "zz_empty.txt").write_bytes(b"")
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}.jsonl"
        run_marsad("analyze", str(pages), "--workers", workers, "--output", str(out), "--quiet")
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == len(list(examples_dir.iterdir())) + 2 + 2 + 1


def test_a_blog_feeds_syndication_footer_is_not_article_text(tmp_path):
    item = ARTICLE_1.split("<article>", 1)[1].split("</article>", 1)[0] + (
        "<p>The post <a href='https://ufuq.example/a/1'>افتتاح جسر جديد</a> appeared first on "
        "<a href='https://ufuq.example'>صحيفة الأفق</a>.</p>")
    (tmp_path / "wp.rss").write_text(
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>صحيفة الأفق</title><item>"
        "<title>افتتاح جسر جديد فوق نهر المدينة</title><link>https://ufuq.example/a/1</link>"
        f"<description><![CDATA[{item}]]></description></item></channel></rss>", encoding="utf-8")
    [art] = analyze_many([str(tmp_path / "wp.rss")])
    assert art.body.startswith("افتتح وزير الأشغال العامة") and "appeared first" not in art.body
