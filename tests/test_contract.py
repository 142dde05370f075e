"""The record every stage fills: contract fields, offsets, stable ids."""
from __future__ import annotations

import json

import marsad
from marsad.article import Article, Entity, Mention, Quote
from tests.conftest import run_marsad

CONTRACT_FIELDS = ["id", "source", "format", "encoding", "language", "title", "published", "published_source",
                   "outlet", "agencies", "relayed_by", "author", "dateline", "keywords", "body", "related",
                   "entities", "quotes", "events", "claims", "duplicates", "errors"]


def test_every_example_record_has_the_contract_fields_and_true_offsets(examples_dir, tmp_path):
    out = tmp_path / "out.jsonl"
    proc = run_marsad("analyze", str(examples_dir), "--output", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr.decode()
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(list(examples_dir.iterdir()))
    for rec in records:
        assert list(rec) == CONTRACT_FIELDS
        assert rec["title"] and rec["body"], rec["source"]
        assert rec["language"] == "ar"
        body = rec["body"]
        spans = [m for e in rec["entities"] for m in e["mentions"]] + rec["quotes"] + rec["events"] + rec["claims"]
        for span in spans:
            if span["start"] is None:  # a headline statement: not in the body, so no offsets
                continue
            assert body[span["start"]:span["end"]] == span["text"], (rec["source"], span)


def test_id_is_the_hash_of_the_normalised_body_and_stable():
    a = marsad.analyze("عنوان الخبر في سطر أول\nقال المسؤول إن الاجتماع المقبل سيعقد في العاصمة خلال الأسبوع القادم بحضور الوفود.")
    b = marsad.analyze("عنوان الخبر في سطر أول\nقال المسؤول إن الاجتماع المقبل سيعقد في العاصمة خلال الأسبوع القادم بحضور الوفود.")
    assert a.id == b.id and len(a.id) == 64
    # the same words with diacritics and tatweel are the same article
    c = Article(source="x", body=a.body.replace("قال", "قـــالَ"))
    assert c.id == a.id


def test_record_round_trips_through_json():
    art = Article(source="s.txt", title="ت", body="قال زيد كلاماً")
    art.entities = [Entity(id="per:zaid", type="PER", name="زيد", mentions=[Mention(4, 7, "زيد")])]
    art.quotes = [Quote(text="كلاماً", start=8, end=14, kind="indirect", speaker="زيد", speaker_entity="per:zaid")]
    again = Article.from_dict(json.loads(art.to_json()))
    assert again.to_dict() == art.to_dict()
