"""Marsad files public figures, organisations and events, never private persons: who counts as
public in a record, and what the store keeps of the others. All names are fictional."""
from __future__ import annotations

import marsad
from marsad.nlp.public import public_people
from marsad.store.sqlite import SQLiteStore

STABBING = (
    "مقتل شاب في شجار بحي الزهور\n\n"
    "قتل الشاب عمار سليم الدوري طعناً خلال شجار في حي الزهور مساء أمس، واعتقلت الشرطة المتهم ماجد فؤاد الحسني.\n"
    "وقالت الجارة سعاد نبيل منصور إن \"الشجار بدأ قبل منتصف الليل بقليل\".\n"
    "وأكد مدير شرطة المدينة العميد رعد كامل الخفاجي أن التحقيق جار، مشيراً إلى أن المتهم اعترف بجريمته.\n")
PROFILE = (
    "تعيين مدير جديد لمكتب الشكاوى\n\n"
    "عين المجلس البلدي سعاد نبيل منصور، مديرة مكتب الشكاوى في البلدية، خلفا للمدير السابق.\n"
    "وقالت مديرة المكتب سعاد نبيل منصور إن \"أبواب المكتب مفتوحة لكل المواطنين\".\n")


def _people(record: dict) -> dict[str, bool]:
    public = public_people(record)
    return {e["name"]: e["id"] in public for e in record["entities"] if e["type"] == "PER"}


def test_an_office_makes_a_person_public_a_courtesy_title_or_an_accusation_does_not():
    people = _people(marsad.analyze(STABBING).to_dict())
    assert people["رعد كامل الخفاجي"] is True  # مدير شرطة المدينة العميد …
    assert not any(v for k, v in people.items() if k != "رعد كامل الخفاجي"), people
    later = _people(marsad.analyze(PROFILE).to_dict())
    assert later["سعاد نبيل منصور"] is True  # "، مديرة مكتب الشكاوى": an office after a comma


def test_the_store_files_no_private_person_until_an_article_makes_them_public(tmp_path):
    stabbing = marsad.analyze(STABBING, source="stabbing.txt")
    with SQLiteStore(str(tmp_path / "p.db")) as store:
        store.add([stabbing])
        assert [e["name"] for e in store.entities(type="PER")] == ["رعد كامل الخفاجي"]
        # the witness's words are stored, her name is not filed with them
        assert [(q["speaker"], q["text"]) for q in store.quotes() if "منتصف" in q["text"]] == [
            (None, "الشجار بدأ قبل منتصف الليل بقليل")]
        assert store.quotes(speaker="سعاد نبيل منصور") == []
        # the record keeps every name the article prints
        assert "ماجد فؤاد الحسني" in {e["name"] for e in store.get(stabbing.id)["entities"]}
        store.add([marsad.analyze(PROFILE, source="profile.txt")])
        assert "سعاد نبيل منصور" in {e["name"] for e in store.entities(type="PER")}
        assert [q["text"] for q in store.quotes(speaker="سعاد نبيل منصور")] == ["أبواب المكتب مفتوحة لكل المواطنين"]


def test_the_article_page_links_public_figures_only(tmp_path):
    from fastapi.testclient import TestClient

    from marsad.web.app import create_app
    from marsad.web.views import entity_url

    stabbing = marsad.analyze(STABBING, source="stabbing.txt")
    with SQLiteStore(str(tmp_path / "w.db")) as store:
        store.add([stabbing])
    people = {e.name: e.id for e in stabbing.entities if e.type == "PER"}
    with TestClient(create_app(str(tmp_path / "w.db"))) as client:
        html = client.get(f"/article/{stabbing.id}").text
        assert entity_url(people["رعد كامل الخفاجي"]) in html
        assert entity_url(people["ماجد فؤاد الحسني"]) not in html and "ماجد فؤاد الحسني" in html
        assert client.get(entity_url(people["ماجد فؤاد الحسني"])).status_code == 404
