"""Claims: extraction from quotes and headlines, incremental clustering, narratives, the CLI.

The corpus below is fictional (people, outlets and statements made up for these tests): one claim
in three phrasings across outlets and years, two unrelated claims that share its place and actors,
and one syndicated copy of a wire story under a different header.
"""
from __future__ import annotations

import json

import pytest

import marsad
from marsad.article import Article, Entity, Mention, Quote
from marsad.corpus import Corpus
from marsad.nlp import claims
from marsad.nlp.claims import ClaimIndex, headline_statement, narratives
from marsad.store.sqlite import SQLiteStore
from tests.conftest import run_marsad


def article(source, title, body, quotes=(), published=None, outlet=None) -> Article:
    """An Article as the earlier stages leave it: quotes located by their text in the body."""
    art = Article(source=source, title=title, body=body, published=published, outlet=outlet)
    for text, speaker, kind in quotes:
        start = body.index(text)
        art.quotes.append(Quote(text=text, start=start, end=start + len(text), kind=kind, speaker=speaker))
    return art


WIRE_BODY = (
    "قالت النائبة هدى القاسم إن مسؤولية انقطاعات التيار الكهربائي في الجنوب تقع على عاتق الحكومة وحدها.\n"
    "وأضافت القاسم في مؤتمر صحفي عقدته في مدينة البصرة أن المواطنين يعانون منذ أسابيع من ساعات طويلة بلا كهرباء "
    "في ذروة الصيف، وأن الوعود المتكررة بإصلاح المحطات لم تتحقق.\n"
    "ودعت النائبة إلى جلسة برلمانية طارئة لمساءلة وزير الكهرباء عن أسباب التأخير في صيانة خطوط النقل.\n"
    "وكانت وزارة الكهرباء قد أعلنت الشهر الماضي عن خطة لإضافة وحدات توليد جديدة قبل نهاية العام."
)


def corpus_articles() -> list[Article]:
    return [
        article(
            "a1.txt", "العطار: الحكومة تتحمل المسؤولية الكاملة عن انقطاع الكهرباء في الجنوب",
            "أكد الناشط سليم العطار أن الحكومة تتحمل المسؤولية الكاملة عن انقطاع الكهرباء المتكرر في المحافظات "
            "الجنوبية.\nوقال العطار في حديث لإذاعة محلية إن الأهالي نظموا وقفات احتجاجية أمام مبنى المحافظة.",
            quotes=[("الحكومة تتحمل المسؤولية الكاملة عن انقطاع الكهرباء المتكرر في المحافظات الجنوبية",
                     "سليم العطار", "indirect")],
            published="2022-07-14", outlet="أخبار الرافدين"),
        article(
            "a2.txt", "نائبة تحمل الحكومة أزمة الكهرباء", WIRE_BODY,
            quotes=[("مسؤولية انقطاعات التيار الكهربائي في الجنوب تقع على عاتق الحكومة وحدها",
                     "هدى القاسم", "indirect")],
            published="2023-08-03", outlet="وكالة الأنباء العربية الحرة"),
        article(
            "a3.txt", "البنك المركزي يبقي الفائدة دون تغيير",
            "أعلن محافظ البنك المركزي كريم الداوودي أن البنك سيبقي أسعار الفائدة دون تغيير حتى نهاية العام الجاري.\n"
            "وقال الداوودي: \"التضخم بدأ يتراجع بصورة ملموسة خلال الأشهر الأخيرة\".",
            quotes=[("البنك سيبقي أسعار الفائدة دون تغيير حتى نهاية العام الجاري", "كريم الداوودي", "indirect"),
                    ("التضخم بدأ يتراجع بصورة ملموسة خلال الأشهر الأخيرة", "كريم الداوودي", "direct")],
            published="2023-09-20", outlet="أخبار الرافدين"),
        article(
            "a4.txt", "الحكومة تفتتح مدارس جديدة في الجنوب",
            "قال المتحدث باسم الحكومة فراس المهداوي إن الحكومة ستفتتح ثلاث مدارس جديدة في المحافظات الجنوبية "
            "قبل بداية العام الدراسي.\nوأضاف أن المدارس مجهزة بألواح شمسية.",
            quotes=[("الحكومة ستفتتح ثلاث مدارس جديدة في المحافظات الجنوبية قبل بداية العام الدراسي",
                     "فراس المهداوي", "indirect")],
            published="2023-10-02", outlet="صوت الجنوب"),
        article(
            "a5.txt", "خبير: عجز الحكومة وراء انقطاع الكهرباء في محافظات الجنوب",
            "حمّل الخبير الاقتصادي نبيل الشمري الحكومةَ مسؤولية انقطاع الكهرباء في محافظات الجنوب، "
            "معتبرا أن عجزها عن صيانة المحطات هو السبب.\nوقال الشمري إن الحل يبدأ بالشفافية.",
            quotes=[("مسؤولية انقطاع الكهرباء في محافظات الجنوب", "نبيل الشمري", "indirect")],
            published="2024-01-15", outlet="صوت الجنوب"),
        article(
            "a6.txt", "برلمانية تطالب بمساءلة وزير الكهرباء",
            "البصرة (الأنباء الحرة) - " + WIRE_BODY + "\nالمصدر: وكالة الأنباء العربية الحرة",
            quotes=[("مسؤولية انقطاعات التيار الكهربائي في الجنوب تقع على عاتق الحكومة وحدها",
                     "هدى القاسم", "indirect")],
            published="2023-08-04", outlet="شبكة الخليج الإخبارية"),
    ]


def analysed() -> list[Article]:
    corpus = Corpus()
    return [corpus.add(claims.run(a)) for a in corpus_articles()]


def cluster_of(art: Article, fragment: str) -> str:
    return next(c.cluster for c in art.claims if fragment in c.text)


def test_claim_spans_are_exact_body_cuts_with_speaker_and_date():
    for art in analysed():
        assert art.claims, art.source
        for c in art.claims:
            assert art.body[c.start:c.end] == c.text
            assert c.date == art.published
            assert c.cluster
    a3 = analysed()[2]
    assert [c.speaker for c in a3.claims] == ["كريم الداوودي", "كريم الداوودي"]


def test_one_claim_in_three_phrasings_shares_a_cluster_and_unrelated_claims_stay_apart():
    a1, a2, a3, a4, a5, a6 = analysed()
    outage = cluster_of(a1, "انقطاع الكهرباء")
    assert cluster_of(a2, "انقطاعات التيار") == outage
    assert cluster_of(a5, "انقطاع الكهرباء") == outage
    assert cluster_of(a6, "انقطاعات التيار") == outage  # the syndicated copy
    rates, inflation = cluster_of(a3, "الفائدة"), cluster_of(a3, "التضخم")
    schools = cluster_of(a4, "مدارس")
    assert len({outage, rates, inflation, schools}) == 4


def test_cluster_ids_are_deterministic_and_never_change_as_articles_arrive():
    first = [[c.cluster for c in a.claims] for a in analysed()]
    assert first == [[c.cluster for c in a.claims] for a in analysed()]
    corpus = Corpus()
    early = [corpus.add(claims.run(a)) for a in corpus_articles()[:3]]
    ids_before = [[c.cluster for c in a.claims] for a in early]
    later = [corpus.add(claims.run(a)) for a in corpus_articles()[3:]]
    assert ids_before == first[:3]
    assert [[c.cluster for c in a.claims] for a in later] == first[3:]


def test_quote_split_into_sentences_and_questions_dropped():
    body = ("قال الوزير عادل الحسني: \"الميناء الجديد سيستقبل أول سفينة تجارية في الربيع المقبل. "
            "هل يعقل أن ننتظر عشر سنوات أخرى؟ المشروع سيوفر آلاف فرص العمل للشباب\".")
    text = body[body.index("الميناء"):body.rindex("\"")]
    art = article("p.txt", None, body, quotes=[(text, "عادل الحسني", "direct")])
    got = [c.text for c in claims.run(art).claims]
    assert got == ["الميناء الجديد سيستقبل أول سفينة تجارية في الربيع المقبل",
                   "المشروع سيوفر آلاف فرص العمل للشباب"]


def test_headline_statement_is_found_in_the_lead_when_no_quote_covers_it():
    body = ("دعا وزير البيئة إيرو لاهتينن دول الجوار إلى تنسيق مراقبة حرائق الغابات عبر الحدود.\n"
            "وأشار إلى أن موسم الجفاف بدأ مبكرا هذا العام.")
    title = "لاهتينن: ندعو دول الجوار إلى تنسيق مراقبة حرائق الغابات"
    assert headline_statement(title) == ("لاهتينن", "ندعو دول الجوار إلى تنسيق مراقبة حرائق الغابات")
    art = Article(source="h.txt", title=title, body=body, published="2025-05-02")
    assert claims.run(art).claims == []  # the page never says who "لاهتينن" is: no speaker, no claim
    name = body.index("إيرو")
    art.entities = [Entity(id="per:lahtinen", type="PER", name="إيرو لاهتينن",
                           mentions=[Mention(name, name + len("إيرو لاهتينن"), "إيرو لاهتينن")])]
    [claim] = claims.run(art).claims
    assert claim.text == "دول الجوار إلى تنسيق مراقبة حرائق الغابات"
    assert body[claim.start:claim.end] == claim.text
    assert (claim.speaker, claim.date) == ("إيرو لاهتينن", "2025-05-02")
    art.title = "فيديو: دول الجوار تنسق مراقبة حرائق الغابات"
    assert claims.run(art).claims == []  # a label, not a speaker
    assert headline_statement("أخبار عاجلة من العاصمة") is None


def test_index_restored_from_ids_keeps_them_and_continues_numbering():
    index = ClaimIndex()
    index.restore(["الحكومة تتحمل مسؤولية انقطاع الكهرباء في الجنوب"], ["c7"])
    assert index.assign(["مسؤولية انقطاعات الكهرباء في الجنوب تقع على الحكومة",
                         "البنك المركزي يرفع أسعار الفائدة نصف نقطة"]) == ["c7", "c8"]


def claim_rows(arts: list[Article]) -> list[dict]:
    return [{"article_id": a.id, "text": c.text, "speaker": c.speaker, "cluster": c.cluster, "date": c.date,
             "outlet": a.outlet, "published": a.published, "source": a.source}
            for a in arts for c in a.claims]


def test_narratives_have_label_and_timeline_and_count_a_syndicated_copy_once():
    arts = analysed()
    links = [(a.id, d) for a in arts for d in a.duplicates]
    found = narratives(claim_rows(arts), links)
    outage = next(n for n in found if cluster_of(arts[0], "انقطاع") in n["clusters"])
    assert outage["articles"] == 3  # a1, a2 (+ its copy a6), a5
    assert outage["first_seen"] == "2022-07-14" and outage["last_seen"] == "2024-01-15"
    assert outage["per_month"] == {"2022-07": 1, "2023-08": 2, "2024-01": 1}
    assert outage["outlets"] == sorted({"أخبار الرافدين", "وكالة الأنباء العربية الحرة", "صوت الجنوب",
                                        "شبكة الخليج الإخبارية"})
    assert "هدى القاسم" in outage["speakers"] and "سليم العطار" in outage["speakers"]
    assert any(w in outage["label"] for w in ("الكهرباء", "انقطاع", "انقطاعات"))
    assert found[0]["id"] == outage["id"]
    apart = {cluster_of(arts[2], "الفائدة"), cluster_of(arts[3], "مدارس")}
    assert not apart & set(outage["clusters"])


def test_a_different_claim_on_the_same_story_is_its_own_cluster_but_joins_the_narrative():
    corpus = Corpus()
    arts = [corpus.add(claims.run(a)) for a in corpus_articles()]
    stations = corpus.add(claims.run(article(
        "a7.txt", "تقرير: محطات الكهرباء في الجنوب متهالكة",
        "قال المهندس رامي الخطيب إن محطات توليد الكهرباء في الجنوب متهالكة وتحتاج إلى صيانة شاملة لإنهاء الانقطاعات.",
        quotes=[("محطات توليد الكهرباء في الجنوب متهالكة وتحتاج إلى صيانة شاملة لإنهاء الانقطاعات",
                 "رامي الخطيب", "indirect")],
        published="2024-02-01", outlet="صوت الجنوب")))
    outage, maintenance = cluster_of(arts[0], "انقطاع"), stations.claims[0].cluster
    assert maintenance != outage
    [story] = [n for n in narratives(claim_rows([*arts, stations])) if outage in n["clusters"]]
    assert story["clusters"] == [outage, maintenance]
    assert story["last_seen"] == "2024-02-01"


def test_claims_command_lists_narratives_from_the_store(tmp_path):
    db = tmp_path / "m.db"
    with SQLiteStore(str(db)) as store:
        store.add(analysed())
    listing = run_marsad("claims", "--db", str(db), "--json")
    assert listing.returncode == 0, listing.stderr.decode()
    rows = [json.loads(line) for line in listing.stdout.decode().splitlines()]
    top = rows[0]
    assert top["articles"] == 3 and top["first_seen"] == "2022-07-14"
    detail = run_marsad("claims", "--db", str(db), "--narrative", top["id"], "--json")
    assert detail.returncode == 0, detail.stderr.decode()
    shown = json.loads(detail.stdout.decode())
    assert {c["source"] for c in shown["claims"]} == {"a1.txt", "a2.txt", "a5.txt", "a6.txt"}
    assert run_marsad("claims", "--db", str(db), "--narrative", "n999").returncode == 1


def test_a_quote_nested_in_another_gives_one_claim():
    body = "وأوضحت المديرة سلمى النجار أن \"المستشفى الميداني سيعمل بكامل طاقته خلال أسبوعين\" وفق الخطة المعتمدة."
    outer = body[body.index("المستشفى"):body.index(" وفق")] + " وفق الخطة المعتمدة"
    inner = "المستشفى الميداني سيعمل بكامل طاقته خلال أسبوعين"
    art = article("q.txt", None, body, quotes=[(inner, "سلمى النجار", "direct"), (outer, "سلمى النجار", "mixed")])
    [claim] = claims.run(art).claims
    assert claim.text == "المستشفى الميداني سيعمل بكامل طاقته خلال أسبوعين\" وفق الخطة المعتمدة"


def test_a_claim_and_its_denial_are_two_clusters():
    index = ClaimIndex()
    ids = index.assign(["الحكومة لن تدخل في مفاوضات مع النقابات قبل رفع الإضراب",
                        "الحكومة ستدخل في مفاوضات مع النقابات قبل رفع الإضراب",
                        "الحكومة ترفض الدخول في مفاوضات مع النقابات قبل رفع الإضراب",
                        "الحكومة لا تزال تدرس الدخول في مفاوضات مع النقابات قبل رفع الإضراب"])
    assert ids[0] == ids[2] != ids[1] == ids[3]  # "لا تزال" (still) denies nothing


def test_per_cent_is_no_claim_term():
    from marsad.nlp.claims import term
    assert [term(w) for w in ("المئة", "بالمئة", "المائة")] == [None, None, None]


def test_a_claim_denied_by_its_cue_is_not_clustered_with_the_claim():
    pages = ["رفع الأسعار\n\nقال وزير المالية هاني الزعبي إن الحكومة سترفع أسعار الوقود الشهر المقبل بنسبة كبيرة.",
             "نفي رفع الأسعار\n\nونفى وزير المالية هاني الزعبي أن تكون الحكومة سترفع أسعار الوقود الشهر المقبل.",
             "تأكيد رفع الأسعار\n\nوأكد وزير المالية هاني الزعبي أن الحكومة سترفع أسعار الوقود الشهر المقبل."]
    corpus = Corpus()
    said, denied, confirmed = [corpus.add(marsad.analyze(p, source=f"p{i}.txt")).claims[0].cluster
                               for i, p in enumerate(pages)]
    assert said == confirmed != denied


@pytest.mark.parametrize("body, kept", [
    # the closing mark of a quotation opened inside the claim
    ("وأضاف الوزير رامي عودة أن الوزارة «ستوزع الأعلاف المدعمة ابتداء من الشهر المقبل»، مشيراً إلى أن لجاناً "
     "ستتابع العملية.\nواعتبرت النائبة سناء الخطيب أن الخطة \"جاءت متأخرة جداً\".",
     ["الوزارة «ستوزع الأعلاف المدعمة ابتداء من الشهر المقبل»", 'الخطة "جاءت متأخرة جداً"']),
    # the opening mark of a quotation closed inside it
    ("وأوضح البيان أن \"وحدة من الجيش تعرضت لهجوم مسلح\" صباح الثلاثاء قرب الحدود.\n"
     "وأضاف الوزير أن «الدوريات ستتضاعف على الحدود» خلال الأسابيع المقبلة.",
     ['"وحدة من الجيش تعرضت لهجوم مسلح" صباح الثلاثاء قرب الحدود', "«الدوريات ستتضاعف على الحدود» خلال الأسابيع المقبلة"]),
])
def test_a_claim_keeps_both_marks_of_a_quotation_it_holds(body, kept):
    art = marsad.analyze("عنوان\n\n" + body)
    texts = [c.text for c in art.claims]
    assert all(k in texts for k in kept), texts
    assert all(art.body[c.start:c.end] == c.text for c in art.claims)


def test_two_claims_that_share_only_a_place_name_are_two_clusters():
    index = ClaimIndex()
    ids = index.assign(["قوات المعارضة سيطرت على مقر الفرقة السادسة في الفاشر",
                        "المنظمة تشعر بقلق بالغ إزاء الهجمات على المدنيين في الفاشر",
                        "المعارضة سيطرت على مقر الفرقة السادسة"])
    assert ids[0] != ids[1] and ids[2] == ids[0]


def test_a_stop_inside_initials_or_a_number_ends_no_claim():
    body = ("قال المتحدث سامي النمر: \"أوقفت الدورية المواطنين (م.ع) و(ح.ش) لإقدامهما على إطلاق النار. "
            "وارتفعت نسبة النمو إلى 2.5 بالمئة خلال العام الماضي\".")
    text = body[body.index("أوقفت"):body.rindex("\"")]
    art = article("p.txt", None, body, quotes=[(text, "سامي النمر", "direct")])
    assert [c.text for c in claims.run(art).claims] == [
        "أوقفت الدورية المواطنين (م.ع) و(ح.ش) لإقدامهما على إطلاق النار",
        "وارتفعت نسبة النمو إلى 2.5 بالمئة خلال العام الماضي"]
