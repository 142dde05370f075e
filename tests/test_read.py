"""Reading and decoding: encodings, gzip, stdin, bad files that must not stop a run."""
from __future__ import annotations

import gzip
import json

import pytest

from marsad.ingest import load_pages
from marsad.ingest.read import PageError, decode
from tests.conftest import run_marsad

PAGE = ("انتخابات بلدية في المدينة\n"
        "أعلنت الهيئة المستقلة للانتخابات أن نسبة المشاركة في الانتخابات البلدية بلغت أربعين بالمئة، "
        "وقالت إن النتائج الأولية ستعلن مساء الغد بعد انتهاء عمليات الفرز في جميع الدوائر.\n")


@pytest.mark.parametrize("encoding,expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8"), ("utf-16", "utf-16"), ("utf-16-le", "utf-16-le"),
    ("windows-1256", "windows-1256"), ("iso-8859-6", "iso-8859-6"),
])
def test_decode_detects_arabic_encodings(encoding, expected):
    text = PAGE.replace("،", ",") if encoding == "iso-8859-6" else PAGE
    decoded, enc = decode(text.encode(encoding))
    assert decoded.lstrip("\ufeff") == text
    assert enc == expected


@pytest.mark.parametrize("raw,message", [(b"", "empty"), (b"   \n", "empty"),
                                         (bytes(range(256)) * 40, "binary")])
def test_decode_refuses_what_is_not_text(raw, message):
    with pytest.raises(PageError, match=message):
        decode(raw)


def test_gzip_pages_and_zip_bombs(tmp_path):
    good = tmp_path / "page.txt.gz"
    good.write_bytes(gzip.compress(PAGE.encode("windows-1256")))
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"\x00" * (40 * 1024 * 1024)))
    pages = {p.source: p for p in load_pages([tmp_path])}
    assert pages[str(good)].error is None and pages[str(good)].data.decode("windows-1256") == PAGE
    assert "gzip expands beyond" in pages[str(bomb)].error


def test_bad_files_get_error_records_and_the_run_goes_on(tmp_path):
    (tmp_path / "a_good.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_binary.txt").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "d_cp1256.txt").write_bytes(PAGE.encode("windows-1256"))
    (tmp_path / "e_utf16.txt").write_bytes(PAGE.encode("utf-16"))
    out = tmp_path / "out.jsonl"
    proc = run_marsad("analyze", str(tmp_path), "--output", str(out))
    assert proc.returncode == 1  # some pages failed
    assert "5 page(s) analysed, 2 failed" in proc.stderr.decode()
    recs = {json.loads(line)["source"].rsplit("/", 1)[-1]: json.loads(line)
            for line in out.read_text(encoding="utf-8").splitlines()}
    assert recs["b_empty.txt"]["errors"] == ["empty page"]
    assert "binary" in recs["c_binary.txt"]["errors"][0]
    assert recs["d_cp1256.txt"]["encoding"] == "windows-1256"
    assert recs["e_utf16.txt"]["encoding"] == "utf-16"
    for name in ("a_good.txt", "d_cp1256.txt", "e_utf16.txt"):
        assert recs[name]["errors"] == [] and "الهيئة المستقلة" in recs[name]["body"]


def test_each_error_is_one_line_whatever_the_path_length(tmp_path):
    # one line per failed file, so that `grep error:` and log tools see the whole path and reason
    deep = tmp_path / ("أرشيف_الصفحات_المجمعة_" * 6)
    deep.mkdir()
    (deep / "empty.txt").write_bytes(b"")
    proc = run_marsad("analyze", str(deep), "--output", str(tmp_path / "out.jsonl"))
    assert proc.returncode == 1
    assert f"error: {deep / 'empty.txt'}: empty page" in proc.stderr.decode().splitlines()


def test_stdin_is_read_with_dash():
    proc = run_marsad("analyze", "-", input=PAGE.encode("utf-8"))
    assert proc.returncode == 0
    rec = json.loads(proc.stdout.decode())
    assert rec["source"] == "-" and rec["title"] == "انتخابات بلدية في المدينة"


def test_missing_file_is_an_error_record(tmp_path):
    proc = run_marsad("analyze", str(tmp_path / "nope.txt"))
    assert proc.returncode == 1
    assert json.loads(proc.stdout.decode())["errors"] == ["no such file"]


@pytest.mark.parametrize("misread_as", ["cp1252", "latin-1"])
def test_arabic_that_an_earlier_tool_read_as_latin_is_repaired(misread_as):
    text = "أعلنت وزارة الداخلية اليوم القبض على شبكة لتهريب الأسلحة في المنطقة الشمالية.\n"
    mangled = text.encode("utf-8").decode(misread_as, errors="ignore" if misread_as == "cp1252" else "strict")
    decoded, encoding = decode(mangled.encode("utf-8"))
    assert encoding == "utf-8"
    if misread_as == "latin-1":
        assert decoded == text
    else:  # windows-1252 has no character for five of the bytes: ftfy restores what it can
        assert "وزارة الداخلية" in decoded
    french = "Le ministère a annoncé l'arrestation. " * 20  # Latin text with accents stays as it is
    assert decode(french.encode("utf-8"))[0] == french
