"""Hostile inputs: 1,000 generated bad pages, one record each, no crash, bounded memory.

Each file says what it must become: an error record (`errors` filled, no body) when nothing in it is
an article, or a record with a body when the article is still readable (a truncated tail, stray
NULs, mixed encodings, a WARC payload with invalid UTF-8).
"""
from __future__ import annotations

import gzip
import json
import os
import random
import subprocess
import time
from pathlib import Path

import pytest

from marsad import analyze
from marsad.ingest import load_pages
from marsad.ingest.read import decode
from tests.conftest import marsad_cmd
from tests.test_containers import warc_bytes

SENTENCES = [
    "أعلنت بلدية المدينة الساحلية عن خطة لتوسيع شبكة النقل العام خلال السنوات الثلاث المقبلة.",
    "وقال رئيس البلدية عادل المصري إن المشروع سيشمل خطوطاً جديدة للحافلات الكهربائية في الأحياء البعيدة.",
    "وأوضح أن التمويل سيأتي من موازنة البلدية ومن قرض ميسر تقدمه مؤسسة تنموية إقليمية.",
    "ورحب سكان الأحياء الشرقية بالخطة مؤكدين أن التنقل إلى وسط المدينة يستغرق ساعات كل يوم.",
    "ومن المتوقع أن تبدأ الأعمال الإنشائية في الربع الأول من العام المقبل بعد استكمال الدراسات الفنية.",
]
TITLE = "خطة لتوسيع النقل العام في المدينة الساحلية"


def article_text(rng: random.Random) -> str:
    return TITLE + "\n" + "\n".join(rng.sample(SENTENCES, k=len(SENTENCES)))


def article_html(rng: random.Random) -> str:
    paras = "".join(f"<p>{s}</p>" for s in rng.sample(SENTENCES, k=len(SENTENCES)))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<article><h1>{TITLE}</h1>{paras}</article></body></html>")


# Each maker returns (file name suffix, bytes, expected: "error" | "body").
def random_bytes(rng):
    return ".html", rng.randbytes(rng.randint(1, 20_000)), "error"


def truncated_html(rng):
    html = article_html(rng).encode("utf-8")
    after_two_paragraphs = html.index(b"</p>", html.index(b"</p>") + 4) + 4
    return ".html", html[:rng.randint(after_two_paragraphs, len(html) - 1)], "body"


def html_without_text(rng):
    return ".html", (b"<html><head><script>" + b"var x=1;" * rng.randint(1, 5000) +
                     b"</script><style>p{color:red}</style></head><body><div><span></span></div></body></html>"), "error"


def deeply_nested(rng):
    depth = rng.randint(5_000, 100_000)
    tag = rng.choice([b"div", b"span", b"b", b"table"])
    return ".html", b"<html><body>" + (b"<" + tag + b">") * depth + b"x" + (b"</" + tag + b">") * depth, "error"


def twenty_mb(rng):
    return ".txt", (article_text(rng) + "\n").encode("utf-8") * (20 * 1024 * 1024 // 900), "error"


def nul_bytes_sparse(rng):
    raw = bytearray(article_text(rng).encode("utf-8"))
    for _ in range(3):  # a few stray NULs in a readable page: dropped, the article kept
        pos = rng.randrange(len(raw))
        while pos < len(raw) and raw[pos] & 0xC0 == 0x80:  # never split a UTF-8 sequence
            pos += 1
        raw[pos:pos] = b"\x00"
    return ".txt", bytes(raw), "body"


def nul_bytes_dense(rng):
    text = article_text(rng).encode("utf-8")
    return ".txt", b"\x00".join(text[i:i + 8] for i in range(0, len(text), 8)), "error"


def mixed_encodings(rng):
    lines = article_text(rng).split("\n")
    parts = [line.encode(rng.choice(["utf-8", "windows-1256"])) for line in lines]
    parts[1] = lines[1].encode("windows-1256")  # at least one line in each encoding
    parts[2] = lines[2].encode("utf-8")
    return ".txt", b"\n".join(parts), "body"


def zip_bomb(rng):
    return ".txt.gz", gzip.compress(b"\x00" * (rng.randint(9, 64) * 1024 * 1024), compresslevel=9), "error"


def truncated_gzip_readable(rng):
    raw = gzip.compress((article_text(rng) * 3).encode("utf-8"))
    return ".txt.gz", raw[: int(len(raw) * 0.8)], "body"


def truncated_gzip_header(rng):
    return ".txt.gz", gzip.compress(article_text(rng).encode("utf-8"))[: rng.randint(2, 12)], "error"


def empty(rng):
    return rng.choice([".txt", ".html", ".txt.gz", ".warc", ".warc.gz", ".rss", ".jsonl"]), b"", "error"


def warc_without_pages(rng):
    image = ("https://news.example/photo.jpg", rng.randbytes(300), "image/jpeg", "200")
    return ".warc.gz", warc_bytes([image] * rng.randint(1, 3)), "error"


def whitespace_only(rng):
    return rng.choice([".txt", ".html"]), bytes(rng.choice(b" \t\r\n") for _ in range(rng.randint(1, 5000))), "error"


def warc_invalid_utf8(rng):
    body = article_html(rng).encode("utf-8")
    cut = body.index(b"<p>") + 3
    body = body[:cut] + b"\xff\xfe\xc3" + body[cut:]
    return ".warc.gz", warc_bytes([("https://news.example/x", body, "text/html", "200")]), "body"


def warc_garbage(rng):
    return ".warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999999\r\n\r\n" + rng.randbytes(500), "error"


def broken_rss(rng):
    return ".rss", (b"<?xml version='1.0'?><rss version='2.0'><channel><title>\xd8\xa3</title><item><title>"
                    + rng.randbytes(rng.randint(0, 300))), "error"


def deep_json(rng):
    depth = rng.randint(1_000, 200_000)
    opening, closing = rng.choice([(b"[", b"]"), (b'{"a":', b"}")])
    return rng.choice([".json", ".json.gz"]), opening * depth + closing * depth, "error"


def record_dump_garbage(rng):
    return rng.choice([".json", ".csv", ".tsv", ".mhtml"]), rng.randbytes(rng.randint(1, 20_000)), "error"


def shell_with_deep_state(rng):
    depth = rng.randint(1_000, 50_000)
    return ".html", (f"<html><head><title>{TITLE}</title><script type='application/json'>".encode("utf-8")
                     + b"[" * depth + "\"نص\"".encode("utf-8") + b"]" * depth + b"</script></head><body></body></html>"), "error"


MAKERS = [
    (random_bytes, 160), (truncated_html, 100), (html_without_text, 40), (deeply_nested, 40), (twenty_mb, 3),
    (nul_bytes_sparse, 80), (nul_bytes_dense, 60), (mixed_encodings, 80), (zip_bomb, 7),
    (truncated_gzip_readable, 60), (truncated_gzip_header, 40), (empty, 40), (whitespace_only, 50),
    (warc_invalid_utf8, 60), (warc_without_pages, 10), (warc_garbage, 50), (broken_rss, 60),
    (deep_json, 10), (record_dump_garbage, 40), (shell_with_deep_state, 10),
]


def _run_measured(cmd: list[str], stderr_path: Path, timeout: float) -> tuple[int, int, str]:
    """Run `cmd`; its exit status, its own peak RSS in KB (not this process's other children), its stderr."""
    with open(stderr_path, "wb") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            proc.kill()
            proc.wait()
            pytest.fail(f"{cmd[:2]} did not finish in {timeout} s")
        time.sleep(0.2)
    return os.waitstatus_to_exitcode(status), usage.ru_maxrss, stderr_path.read_text(errors="replace")


@pytest.mark.slow
def test_a_thousand_hostile_pages_get_one_record_each(tmp_path):
    rng = random.Random(9)
    pages = tmp_path / "hostile"
    pages.mkdir()
    expected: dict[str, str] = {}
    n = 0
    for maker, count in MAKERS:
        for _ in range(count):
            suffix, data, outcome = maker(rng)
            name = f"{n:04d}_{maker.__name__}{suffix}"
            (pages / name).write_bytes(data)
            expected[name] = outcome
            n += 1
    assert n == 1000

    out = tmp_path / "out.jsonl"
    returncode, peak_rss_kb, stderr = _run_measured([*marsad_cmd(), "analyze", str(pages), "--output", str(out),
                                                     "--quiet"], tmp_path / "stderr.txt", timeout=1200)
    assert returncode == 1, stderr[-3000:]  # pages failed, and the run finished

    records: dict[str, list[dict]] = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        records.setdefault(Path(rec["source"].split("#", 1)[0]).name, []).append(rec)
    assert sorted(records) == sorted(expected)
    wrong = []
    for name, outcome in expected.items():
        (rec,) = records[name]  # exactly one record per hostile page
        if outcome == "error" and (rec["body"] or not rec["errors"]):
            wrong.append((name, "expected an error record", rec["errors"], rec["body"][:80]))
        if outcome == "body" and not rec["body"]:
            wrong.append((name, "expected a readable body", rec["errors"]))
        if "\x00" in rec["body"]:
            wrong.append((name, "NUL in body"))
    assert not wrong, wrong[:20]
    assert peak_rss_kb < 2 * 1024 * 1024, f"peak RSS {peak_rss_kb // 1024} MB"



def test_a_page_stitched_from_utf8_and_windows_1256_reads_both_parts():
    utf8_part, legacy_part = SENTENCES[0], SENTENCES[1]
    text, encoding = decode((TITLE + "\n" + utf8_part + "\n").encode("utf-8") + legacy_part.encode("windows-1256"))
    assert text == TITLE + "\n" + utf8_part + "\n" + legacy_part and encoding == "utf-8"
    # a page wholly in windows-1256 is still detected as such, not read as damaged UTF-8
    assert decode((TITLE + "\n" + utf8_part).encode("windows-1256")) == (TITLE + "\n" + utf8_part, "windows-1256")


def test_a_page_cut_inside_a_character_or_a_gzip_stream_keeps_what_it_holds(tmp_path):
    raw = (TITLE + "\n" + SENTENCES[0]).encode("utf-8")
    assert decode(raw[:-1]) == ((TITLE + "\n" + SENTENCES[0])[:-1], "utf-8")
    packed = gzip.compress(raw * 4)
    (tmp_path / "cut.txt.gz").write_bytes(packed[: len(packed) * 3 // 4])
    (page,) = load_pages([tmp_path / "cut.txt.gz"])
    assert page.error is None and page.data and (raw * 4).startswith(page.data)


def test_an_html_page_whose_scripts_outweigh_its_words_is_still_arabic():
    scripts = "<script>" + "window.analyticsQueue.push({event: 'view', section: 'local'});" * 800 + "</script>"
    paras = "".join(f"<p>{s}</p>" for s in SENTENCES)
    html = f"<html><head><title>{TITLE}</title>{scripts}</head><body><article>{paras}</article></body></html>"
    article = analyze(html, source="heavy.html")
    assert article.language == "ar" and article.errors == [] and SENTENCES[0] in article.body
    english = analyze("A plain English report about the weather, long enough to be read as a body of text.\n" * 3)
    assert english.language is None and english.errors == ["not Arabic text: analysed as is"]
