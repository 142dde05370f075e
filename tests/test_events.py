"""Events stage on fictional reports: types, figures, places, dates, merging, and what is not an event."""
import csv
import os
import subprocess
import sys

from marsad.article import Article, Entity, Mention, Quote
from marsad.nlp import entities
from marsad.nlp.events import merge_events, run, write_events_csv
from tests.conftest import tagged


def events_of(body: str, published: str | None = "2024-02-20", entities=()) -> list:
    article = run(Article(source="t.txt", body=body, published=published, entities=list(entities)))
    for ev in article.events:
        assert article.body[ev.start:ev.end] == ev.text
    return article.events


def test_bombing_with_number_words_claim_target_place_and_relative_date():
    body = ("قتل أربعة عشر شخصاً وأصيب أكثر من خمسين آخرين بجروح، مساء أمس الاثنين، في تفجير انتحاري "
            "استهدف حافلة ركاب في مدينة الحلة جنوب العاصمة.\n"
            "وتبنى تنظيم داعش التفجير في بيان على الإنترنت.")
    [ev] = events_of(body, published="2024-02-20")
    assert ev.type == "bombing"
    assert (ev.killed, ev.injured, ev.arrested) == (14, 50, None)
    assert ev.approximate == ["injured"]
    assert ev.date == "2024-02-19"
    assert "الحلة" in ev.location
    assert ev.perpetrator == "تنظيم داعش"
    assert ev.target.startswith("حافلة ركاب")


def test_arabic_indic_digits_and_vague_counts():
    body = "أسفر هجوم مسلح على نقطة تفتيش في محافظة ديالى عن مقتل ٧ جنود وإصابة عشرات المدنيين."
    [ev] = events_of(body)
    assert ev.type == "attack"
    assert ev.killed == 7
    assert ev.injured is None  # "عشرات": stated, but not a figure
    assert "ديالى" in ev.location


def test_arrest_figures_go_to_the_arrest_and_casualties_to_the_attack():
    body = ("وأعلنت الشرطة عن اعتقال 9 أشخاص كانوا يحاولون الفرار إلى الحدود، بينهم 3 شاركوا في الهجوم "
            "على مجمع النخيل التجاري الذي راح ضحيته 27 قتيلاً، فضلاً عن عشرات الجرحى.")
    events = events_of(body)
    assert sorted(e.type for e in events) == ["arrest", "attack"]
    arrest = next(e for e in events if e.type == "arrest")
    attack = next(e for e in events if e.type == "attack")
    assert (arrest.arrested, arrest.killed) == (9, None)
    assert (attack.killed, attack.injured, attack.arrested) == (27, None, None)
    assert attack.location == "مجمع النخيل التجاري"


def test_arrest_with_number_words_and_a_foiled_plot():
    body = ("أعلنت وزارة الداخلية، اليوم الثلاثاء، إلقاء القبض على سبعة أشخاص في مدينة الزرقاء.\n"
            "وقالت الوزارة إن الأجهزة الأمنية أحبطت مخططاً لتفجير مركز تجاري في محافظة إربد واعتقلت ثلاثة مشتبه بهم.")
    events = events_of(body, published="2024-02-20")
    assert [(e.type, e.arrested) for e in events] == [("arrest", 7), ("plot_foiled", 3)]
    assert events[0].date == "2024-02-20"
    assert "الزرقاء" in events[0].location and "إربد" in events[1].location


def test_two_events_in_one_article():
    body = ("قتل خمسة أشخاص في انفجار سيارة مفخخة في مدينة الموصل صباح اليوم.\n"
            "وفي حادث منفصل، أصيب ثلاثة من رجال الشرطة بجروح في إطلاق نار في مدينة تكريت.\n"
            "وقال مصدر أمني إن الانفجار وقع قرب سوق للخضار.")
    events = events_of(body)
    assert len(events) == 2
    bombing, shooting = events
    assert (bombing.type, bombing.killed) == ("bombing", 5) and "الموصل" in bombing.location
    assert (shooting.type, shooting.injured) == ("shooting", 3) and "تكريت" in shooting.location


def test_several_sentences_about_one_event_make_one_event_with_the_latest_toll():
    body = ("قتل ثمانية أشخاص في هجوم استهدف فندقاً في مدينة سوسة.\n"
            "وأدان رئيس الحكومة الهجوم ووصفه بالجبان.\n"
            "وارتفعت حصيلة القتلى لاحقاً إلى 11 قتيلاً و19 جريحاً بحسب وزارة الصحة.")
    [ev] = events_of(body)
    assert (ev.killed, ev.injured) == (11, 19)
    assert "سوسة" in ev.location


def test_an_anniversary_of_an_old_attack_is_no_new_event():
    body = ("أحيا سكان مدينة بنزرت الذكرى الخامسة لتفجير الميناء الذي أودى بحياة عشرين شخصاً.\n"
            "ويأتي ذلك بعد نحو عامين من هجوم مماثل في مدينة قابس أسفر عن مقتل تسعة أشخاص.")
    assert events_of(body) == []


def test_an_anniversary_next_to_news_keeps_only_the_news():
    body = ("اعتقلت قوات الأمن أربعة مشتبه بهم في مدينة صفاقس يوم الأحد.\n"
            "ويأتي هذا بعد نحو ثلاثة أعوام من تفجير مماثل في مدينة صفاقس أودى بحياة ستة أشخاص.")
    [ev] = events_of(body)
    assert (ev.type, ev.arrested, ev.killed) == ("arrest", 4, None)


def test_hypotheticals_threats_and_general_talk_are_no_events():
    body = ("وحذر الوزير من أن التنظيم قد يشن هجوماً على المدن الكبرى خلال الأعياد.\n"
            "وأضاف أن خطر وقوع هجمات إرهابية في المنطقة ما زال قائماً.\n"
            "وقال إن أي هجوم على الحدود سيقابل برد حازم، وإن الهجمات الإرهابية تهدد الجميع.\n"
            "وتناول المؤتمر سبل مكافحة الإرهاب وتجفيف منابع تمويله.")
    assert events_of(body) == []


def test_a_place_from_the_entities_stage():
    body = "وأعرب الوزير عن تضامنه بعد الهجوم الإرهابي أمس في تل زهرة الذي أوقع أربعة قتلى."
    start = body.index("تل زهرة")
    loc = Entity(id="loc:tal", type="LOC", name="تل زهرة",
                 mentions=[Mention(start, start + len("تل زهرة"), "تل زهرة")])
    [ev] = events_of(body, published="2024-02-20", entities=[loc])
    assert (ev.location, ev.killed, ev.date) == ("تل زهرة", 4, "2024-02-19")


def test_a_weekday_named_alone_dates_the_event_in_the_week_before_publication():
    # 2024-02-20 is a Tuesday: "السبت" is the 17th, "الثلاثاء" the day itself
    body = "قتل ثلاثة جنود السبت في هجوم مسلح على حاجز قرب مدينة كركوك."
    [ev] = events_of(body, published="2024-02-20")
    assert (ev.date, ev.killed) == ("2024-02-17", 3)
    [ev] = events_of("واعتقلت الشرطة الثلاثاء خمسة مشتبه بهم في مدينة الزرقاء.", published="2024-02-20")
    assert (ev.date, ev.arrested) == ("2024-02-20", 5)
    [ev] = events_of(body, published=None)
    assert ev.date is None


def test_publication_date_inferred_from_an_event_dated_and_called_yesterday():
    body = ("وقال الوزير إن التفجير البشع أمس في مدينة الرمادي لن يمر دون عقاب.\n"
            "وبلغت حصيلة التفجير الذي وقع يوم 12/05/2022 في مدينة الرمادي 9 قتلى.")
    article = run(Article(source="t.txt", body=body))
    assert (article.published, article.published_source) == ("2022-05-13", "text")
    [ev] = article.events
    assert (ev.date, ev.killed) == ("2022-05-12", 9)


def test_publication_date_stays_null_without_a_yesterday_reference():
    body = "وبلغت حصيلة التفجير الذي وقع يوم 12/05/2022 في مدينة الرمادي 9 قتلى."
    article = run(Article(source="t.txt", body=body))
    assert article.published is None
    assert article.events[0].date == "2022-05-12"


def _row(article_id, published, **event):
    return {"article_id": article_id, "source": f"{article_id}.txt", "published": published, "text": "…",
            "killed": None, "injured": None, "arrested": None, "perpetrator": None, "target": None,
            "approximate": [], **event}


def test_cross_article_merge_keeps_latest_figures_with_history(tmp_path):
    rows = [
        _row("b", "2024-02-21", type="bombing", date="2024-02-20", location="سوق الغزل في مدينة الموصل",
             killed=12, injured=40),
        _row("a", "2024-02-20", type="attack", date="2024-02-20", location="مدينة الموصل", killed=5,
             injured=20, approximate=["injured"]),
        _row("c", "2024-02-21", type="bombing", date=None, location="الموصل", injured=None, killed=None,
             perpetrator="تنظيم داعش"),
        _row("d", "2024-02-21", type="attack", date="2024-02-20", location="مدينة كركوك", killed=2),
        _row("e", "2024-02-22", type="arrest", date="2024-02-21", location="مدينة الموصل", arrested=6),
        _row("f", "2024-03-15", type="bombing", date="2024-03-14", location="مدينة الموصل", killed=1),
        _row("g", "2024-05-02", type="bombing", date=None, location="مدينة الموصل", killed=4),
    ]
    merged = merge_events(rows)
    mosul = next(m for m in merged if m["type"] == "bombing" and len(m["reports"]) > 1)
    assert [r["article_id"] for r in mosul["reports"]] == ["a", "b", "c"]
    assert (mosul["killed"], mosul["injured"]) == (12, 40)
    assert mosul["approximate"] == []
    assert mosul["perpetrator"] == "تنظيم داعش"
    assert mosul["location"] == "سوق الغزل في مدينة الموصل"
    assert [h["killed"] for h in mosul["history"]] == [5, 12, None]
    # Mosul bombing, Kirkuk attack, Mosul arrest, a later Mosul bombing, an undated one reported weeks later
    assert len(merged) == 5

    out = tmp_path / "events.csv"
    assert write_events_csv(merged, out) == 5
    with open(out, encoding="utf-8-sig") as fh:
        table = list(csv.DictReader(fh))
    first = next(r for r in table if r["reports"] == "3")
    assert (first["killed"], first["articles"]) == ("12", "a | b | c")


def test_figurative_attacks_and_purposes_are_no_events():
    body = ("شن زعيم المعارضة هجوماً حاداً على الحكومة في مدينة فاس أمس.\n"
            "وكشفت التحقيقات أن الخلية كانت تسعى لتفجير جسر في مدينة بنغازي.")
    assert events_of(body) == []


def test_qad_with_a_past_verb_is_a_fact_and_an_attack_suffered_counts():
    body = ("وكانت الشرطة قد أوقفت 4 أشخاص في مدينة جرجيس.\n"
            "وتعرضت دورية للجيش لهجوم بعبوة ناسفة في مدينة العريش أسفر عن مقتل جنديين.")
    events = events_of(body)
    assert [(e.type, e.arrested, e.killed) for e in events] == [("arrest", 4, None), ("bombing", None, 2)]


def test_a_verb_with_other_senses_needs_a_figure():
    assert events_of("وأوقفت الحكومة التعاون الأمني مع الجارة في مدينة الرباط أمس.") == []


def test_cli_lists_merged_events_and_writes_csv(tmp_path):
    from conftest import run_marsad

    pages = tmp_path / "pages"
    pages.mkdir()
    first = "قتل خمسة أشخاص في انفجار سيارة مفخخة في مدينة الموصل يوم 10 شباط 2024.\n"
    later = "ارتفعت حصيلة ضحايا انفجار السيارة المفخخة الذي وقع يوم 10 شباط 2024 في مدينة الموصل إلى 9 قتلى.\n"
    (pages / "a.txt").write_text("انفجار في الموصل\n" + first, encoding="utf-8")
    (pages / "b.txt").write_text("ارتفاع الحصيلة\n" + later, encoding="utf-8")
    db = str(tmp_path / "m.db")
    run_marsad("ingest", str(pages), "--db", db, "--quiet", check=True)
    out = tmp_path / "events.csv"
    run_marsad("events", "--db", db, "--merged", "--csv", str(out), check=True)
    with open(out, encoding="utf-8-sig") as fh:
        [row] = list(csv.DictReader(fh))
    assert (row["type"], row["killed"], row["reports"], row["date"]) == ("bombing", "9", "2", "2024-02-10")


def test_old_years_ceasefires_and_totals_of_dead_and_wounded():
    body = ("وتعود آخر عملية إرهابية في البلاد إلى عام 2015 حين قتل 38 سائحا في هجوم على فندق في مدينة المنستير.\n"
            "ودعا الوسطاء إلى وقف إطلاق النار في مدينة دوما اليوم.\n"
            "وأسفر انفجار في سوق مدينة الحسكة عن سقوط 30 شخصا بين قتيل وجريح.")
    [ev] = events_of(body, published="2024-06-10")
    assert (ev.type, ev.killed, ev.injured) == ("bombing", None, None)
    assert "الحسكة" in ev.location


def test_a_plural_with_a_figure_is_an_event_and_a_similar_attack_elsewhere_is_another():
    body = ("أودت سلسلة تفجيرات بحياة 20 شخصاً في مدينة كركوك صباح اليوم.\n"
            "وفي مدينة الحويجة، قتل ثلاثة جنود في هجوم مماثل استهدف ثكنة عسكرية.")
    events = events_of(body)
    assert [(e.type, e.killed) for e in events] == [("bombing", 20), ("attack", 3)]
    assert "كركوك" in events[0].location and "الحويجة" in events[1].location


def test_sports_and_markets_are_not_violence():
    body = ("وقاد المهاجم هجوم الفريق في الشوط الثاني من المباراة في مدينة وهران أمس.\n"
            "وشهدت أسعار الذهب انفجاراً في بورصة مدينة دبي يوم الاثنين.")
    assert events_of(body) == []


def test_a_statement_made_yesterday_does_not_date_the_article():
    body = ("وقال المتحدث أمس إن الهجوم على مدينة الرمادي كان مدبراً.\n"
            "وبلغت حصيلة الهجوم الذي وقع يوم 12/05/2022 في مدينة الرمادي 9 قتلى.")
    article = run(Article(source="t.txt", body=body))
    assert article.published is None


# -- verb forms, hostages, figures after the noun, dates, places, claims (second pass) --------------

def test_holding_verbs_with_hostages_are_hostage_events_and_otherwise_arrests():
    body = ("احتجز مسلحون عشرات الرهائن داخل مصرف في مدينة صفاقس صباح اليوم.\n"
            "واحتجزت الشرطة ثلاثة صحفيين في مدينة الخرطوم يوم الأحد.")
    hostage, arrest = events_of(body, published="2024-02-21")
    assert (hostage.type, hostage.date, hostage.killed) == ("hostage", "2024-02-21", None)
    assert "صفاقس" in hostage.location
    assert (arrest.type, arrest.arrested, arrest.location) == ("arrest", 3, "مدينة الخرطوم")


def test_freeing_hostages_held_by_gunmen_is_one_hostage_event():
    body = "حررت القوات الخاصة الرهائن الذين احتجزهم مسلحون في فندق بمدينة سوسة فجر اليوم."
    [ev] = events_of(body, published="2024-02-21")
    assert (ev.type, ev.date) == ("hostage", "2024-02-21")
    assert "سوسة" in ev.location
    assert events_of("وحررت الشرطة مخالفة مرورية لسائق في مدينة سوسة أمس.") == []


def test_a_kidnapping_is_a_hostage_event():
    [ev] = events_of("واختطف مسلحون خمسة عمال أجانب في ولاية كيدال أمس.", published="2024-02-21")
    assert (ev.type, ev.location, ev.date) == ("hostage", "ولاية كيدال", "2024-02-20")


def test_attack_verbs_with_their_subject_between_verb_and_object():
    body = ("هاجم مسلحون حاجزاً للجيش في محافظة إدلب وقتلوا ثلاثة جنود.\n"
            "وفي حادث منفصل فتح مسلح النار على المصلين في مسجد بمدينة بنغازي فقتل أربعة أشخاص.\n"
            "وفي مدينة أخرى فجّر انتحاري نفسه في سوق شعبي بمدينة الموصل ما أدى إلى مقتل تسعة أشخاص.")
    attack, shooting, bombing = events_of(body)
    assert (attack.type, attack.killed, attack.location) == ("attack", 3, "محافظة إدلب")
    assert (shooting.type, shooting.killed) == ("shooting", 4) and "بنغازي" in shooting.location
    assert (bombing.type, bombing.killed) == ("bombing", 9) and "الموصل" in bombing.location


def test_arrest_verbs_in_every_form():
    bodies = {
        "اعتقلت الشرطة ستة أشخاص في مدينة طنجة.": 6,
        "فأوقفت قوات الأمن أربعة مشتبه بهم في مدينة وهران.": 4,
        "وألقت الشرطة القبض على ثلاثة أشخاص في مدينة الزرقاء.": 3,
        "وضبطت الأجهزة الأمنية خمسة مطلوبين في مدينة الرمثا.": 5,
        "داهمت قوات الأمن منزلاً في حي النصر واعتقلت سبعة مشتبه بهم.": 7,
        # press releases: residents counted, one suspect named by the counted noun, a gang taken down
        "تمكنت الأجهزة الأمنية بمحافظة السلام من ضبط 3 مقيمين لارتكابهم جرائم سرقة.": 3,
        "أسفرت جهود المباحث عن ضبط عنصر إجرامي بحوزته أسلحة نارية في مدينة النخيل.": 1,
        "أطاحت الشرطة بعصابة تضم 4 أشخاص تخصصت في سرقة السيارات بمدينة الوادي.": 4,
    }
    for body, arrested in bodies.items():
        [ev] = events_of(body)
        assert (ev.type, ev.arrested) == ("arrest", arrested), body
    for body in ("نجحت قوات الأمن في ضبط 200 كيلوغرام من المخدرات في ميناء النخيل.", "أطاح الجيش بالرئيس في انقلاب أبيض."):
        assert events_of(body) == [], body
    [ev] = events_of("وطاردت الدورية المسلحين فاعتقلتهم في بلدة الشيخ زويد.")  # a clitic, a person, an object
    assert (ev.type, ev.arrested, ev.location) == ("arrest", None, "بلدة الشيخ زويد")
    [ev] = events_of("وفجّرت انتحاريتان نفسيهما قرب حاجز في مدينة مايدوغوري.")
    assert ev.type == "bombing"
    # "ضبط" counts people, not goods
    assert events_of("وضبطت الشرطة 5 أطنان من المخدرات في ميناء طنجة.") == []


def test_the_size_of_a_seized_cell_is_the_number_arrested():
    bodies = {
        "ضبطت الأجهزة الأمنية خلية مكونة من أربعة عناصر في مدينة إربد.": 4,
        "وأعلنت وزارة الداخلية تفكيك خلية تضم ستة أشخاص في مدينة مراكش.": 6,
        "أحبطت الأجهزة الأمنية مخططاً إرهابياً واعتقلت خلية من خمسة عناصر في ولاية القصرين "
        "كانوا يعدون لتفجير مقر أمني.": 5,
    }
    for body, arrested in bodies.items():
        [ev] = events_of(body)
        assert (ev.type, ev.arrested) == ("plot_foiled", arrested), body
    [ev] = events_of(next(b for b in bodies if "القصرين" in b))
    assert ev.location == "ولاية القصرين"


def test_death_tolls_after_the_noun_and_in_idioms():
    bodies = {
        "أعلن الجيش مقتل المسلحين الثلاثة الذين هاجموا الحاجز في مدينة العريش.": 3,
        "وقتل المهاجمين الأربعة بعد هجوم على مركز شرطة في مدينة جرجيس.": 4,
        "لقي سبعة أشخاص حتفهم في انفجار سيارة مفخخة في مدينة كركوك.": 7,
        "أودى انفجار في مدينة كركوك بحياة خمسة أشخاص.": 5,
        "أسفر الهجوم على حاجز في مدينة درنة عن سقوط 5 قتلى.": 5,
        "قتل جنديان في هجوم على حاجز في مدينة درنة.": 2,
    }
    for body, killed in bodies.items():
        [ev] = events_of(body)
        assert ev.killed == killed, body
        assert ev.location.split()[-1] in ("العريش", "جرجيس", "كركوك", "درنة"), ev.location


def test_relative_dates_resolve_against_the_publication_date_only():
    body = "قتل أربعة أشخاص صباح اليوم في انفجار بمدينة حمص."
    assert events_of(body, published="2024-02-21")[0].date == "2024-02-21"
    assert events_of(body.replace("صباح اليوم", "مساء أمس"), published="2024-02-21")[0].date == "2024-02-20"
    # a fetch time is not a publication date: without one, relative dates stay null
    from datetime import datetime
    article = run(Article(source="t.txt", body=body, reference_time=datetime(2024, 3, 9)))
    assert article.events[0].date is None


def test_a_stated_weekday_corrects_or_voids_a_relative_date():
    body = "قتل أربعة أشخاص اليوم الأربعاء في انفجار بمدينة حمص."
    assert events_of(body, published="2024-02-21")[0].date == "2024-02-21"  # a Wednesday
    assert events_of(body, published="2024-02-22")[0].date == "2024-02-21"  # written the evening before
    assert events_of(body, published="2024-02-26")[0].date is None  # too far off to trust either


def test_a_place_ends_before_verbs_relative_pronouns_and_figures():
    bodies = {
        "قتل ثلاثة أشخاص في انفجار في مدينة الرقة التي يسيطر عليها التنظيم.": "مدينة الرقة",
        "واعتقلت الشرطة خمسة أشخاص في ولاية القصرين كانوا يعدون لهجوم.": "ولاية القصرين",
        "أودى انفجار في مدينة كركوك بحياة خمسة أشخاص.": "مدينة كركوك",
        "قتل شخصان في انفجار في ساحة الشهداء وسط بيروت.": "ساحة الشهداء وسط بيروت",
    }
    for body, place in bodies.items():
        [ev] = events_of(body)
        assert ev.location == place, body


def test_a_place_phrase_is_trimmed_to_the_entity_inside_it():
    body = "قتل ستة أشخاص في هجوم على حافلة في مدينة مصراتة صبيحة العيد."
    assert events_of(body)[0].location == "مدينة مصراتة صبيحة"  # a name can run on into a noun
    start = body.index("مصراتة")
    loc = Entity(id="loc:misrata", type="LOC", name="مصراتة",
                 mentions=[Mention(start, start + len("مصراتة"), "مصراتة")])
    assert events_of(body, entities=[loc])[0].location == "مدينة مصراتة"
    # what follows the entity is kept when it names a further place
    body = "قتل ستة أشخاص في هجوم في بلدة الصفصاف جنوب مدينة مصراتة."
    start = body.index("الصفصاف")
    loc = Entity(id="loc:safsaf", type="LOC", name="الصفصاف",
                 mentions=[Mention(start, start + len("الصفصاف"), "الصفصاف")])
    assert events_of(body, entities=[loc])[0].location == "بلدة الصفصاف جنوب مدينة مصراتة"


def test_a_claim_names_the_perpetrator_of_the_event_and_a_condemnation_adds_nothing():
    body = ("قتل خمسة أشخاص في تفجير استهدف سوقاً في مدينة بعقوبة صباح اليوم.\n"
            "وأعلنت حركة الفجر الجديد في بيان مسؤوليتها عن الهجوم على سوق بلدة الخالص.\n"
            "وأدانت وزارة الخارجية الهجوم الذي استهدف المدنيين في بلدة المقدادية وأودى بحياة 12 شخصا.")
    [ev] = events_of(body, published="2024-02-21")
    assert (ev.type, ev.killed, ev.perpetrator) == ("bombing", 5, "حركة الفجر الجديد")
    assert "بعقوبة" in ev.location and ev.date == "2024-02-21"


def test_a_date_closer_to_an_arrest_does_not_make_an_attack_event():
    body = "وقال مسؤول إن الشرطة ألقت أمس القبض على أربعة أشخاص متورطين في الهجوم."
    [ev] = events_of(body, published="2024-02-21")
    assert (ev.type, ev.arrested, ev.date) == ("arrest", 4, "2024-02-20")


def test_verbal_attacks_and_stolen_limelight_are_no_events():
    body = ("هاجم الوزير المعارضة في مؤتمر صحفي بمدينة عمان أمس.\n"
            "وخطفت النجمة الأضواء في مهرجان مدينة قرطاج أمس.\n"
            "وداهمت السيول القرى في محافظة إب أمس.\n"
            "وهاجم نواب المعارضة خطة الموازنة خلال جلسة في البرلمان أمس.\n"
            "واحتجز المحتجون الطريق الرئيسي في مدينة الحسيمة أمس.")
    assert events_of(body, published="2024-02-21") == []


def test_words_that_make_an_attack_verbal_do_not_void_an_arrest():
    [ev] = events_of("واعتقلت السلطات خمسة من نواب المعارضة في العاصمة طهران أمس.", published="2024-02-21")
    assert (ev.type, ev.arrested, ev.date) == ("arrest", 5, "2024-02-20")


def test_indirect_speech_is_dated_by_the_words_around_it():
    body = "أعلنت وزارة الداخلية، اليوم الثلاثاء، إلقاء القبض على تسعة أشخاص في مدينة الزرقاء."
    start = body.index("إلقاء")
    said = Quote(text=body[start:-1], start=start, end=len(body) - 1, kind="indirect", speaker="وزارة الداخلية")
    article = run(Article(source="t.txt", body=body, published="2024-02-20", quotes=[said]))
    [ev] = article.events
    assert (ev.type, ev.arrested, ev.date) == ("arrest", 9, "2024-02-20")



def test_a_hostage_taking_told_in_several_sentences_is_one_claimed_event():
    body = ("اقتحم مسلحون فجر اليوم الخميس مصرفاً في مدينة غاو واحتجزوا نحو عشرين رهينة.\n"
            "وقال مصدر أمني إن القوات الخاصة حررت الرهائن بعد ساعات، وقتلت المسلحين الأربعة.\n"
            "وأعلنت جماعة نصرة الساحل في بيان مسؤوليتها عن الهجوم على المصرف.\n"
            "وأدان رئيس الوزراء الهجوم ووصفه بالجبان.")
    [ev] = events_of(body, published="2024-02-22")
    assert (ev.type, ev.date, ev.location, ev.killed) == ("hostage", "2024-02-22", "مدينة غاو", 4)
    assert ev.perpetrator == "جماعة نصرة الساحل"
    [ev] = events_of(body.replace("عن الهجوم على المصرف", "عن العملية"), published="2024-02-22")
    assert ev.perpetrator == "جماعة نصرة الساحل"


def test_shelling_airstrikes_and_mortar_fire_are_attacks():
    shelled = events_of("قتل ستة مدنيين وأصيب تسعة آخرون جراء قصف مدفعي استهدف سوقا شعبيا في بلدة الريحان.")
    assert [(e.type, e.killed, e.injured) for e in shelled] == [("attack", 6, 9)]
    raid = events_of("أسفرت غارة جوية على قرية الصفصاف عن مقتل أربعة أشخاص.")
    assert [(e.type, e.killed) for e in raid] == [("attack", 4)]
    mortar = events_of("سقطت قذيفة هاون على حي سكني، ما أدى إلى إصابة خمسة أشخاص بجروح.")
    assert [(e.type, e.injured) for e in mortar] == [("attack", 5)]
    # a plural with no figure is a topic; a media "barrage" is no event
    assert events_of("تواصل الطائرات غارات متقطعة على المنطقة منذ أشهر.") == []
    assert events_of("تعرض الوزير لقصف إعلامي عنيف بعد تصريحاته الأخيرة.") == []
    # a "shell" in football is a hard shot
    assert events_of("سجل المهاجم هدف الفوز بقذيفة صاروخية من خارج منطقة الجزاء في الدقيقة 88.") == []


def test_the_group_the_people_of_an_event_belong_to_is_its_perpetrator():
    [arrest] = events_of("اعتقلت الشرطة أربعة أشخاص ينتمون إلى تنظيم داعش في مدينة الرمادي.")
    assert (arrest.type, arrest.arrested, arrest.perpetrator) == ("arrest", 4, "تنظيم داعش")
    [cell] = events_of("فككت قوات الأمن خلية مرتبطة بجماعة أنصار الشريعة تضم ستة عناصر.")
    assert (cell.type, cell.perpetrator) == ("plot_foiled", "جماعة أنصار الشريعة")
    [attack] = events_of("قتل خمسة جنود في هجوم شنه مسلحون موالون لتنظيم القاعدة.")
    assert (attack.killed, attack.perpetrator) == (5, "تنظيم القاعدة")
    # belonging to a company is no group behind an act
    [theft] = events_of("اعتقلت الشرطة ثلاثة موظفين تابعين لشركة النقل بتهمة السرقة.")
    assert theft.perpetrator is None


def test_a_time_phrase_after_the_place_is_not_part_of_it():
    [ev] = events_of("أصيب سبعة مدنيين في انفجار سيارة مفخخة في مدينة الباب مطلع الشهر الجاري.")
    assert ev.location == "مدينة الباب"


def test_a_plan_word_inside_the_name_of_the_announcing_body_does_not_block_the_event():
    body = "أعلنت الإدارة العامة لمكافحة التهريب ضبط أربعة عشر شخصاً بحوزتهم أسلحة قرب الحدود."
    name = "الإدارة العامة لمكافحة التهريب"
    org = Entity(id="org:x", type="ORG", name=name, mentions=[Mention(body.index(name), body.index(name) + len(name), name)])
    [ev] = events_of(body, entities=[org])
    assert (ev.type, ev.arrested) == ("arrest", 14)
    # without the name, مكافحة is a plan: "دعا إلى مكافحة التهريب"
    assert events_of("دعا النائب إلى مكافحة التهريب واعتقال كل من يشارك فيه.") == []


def test_an_attack_told_as_years_ago_is_no_new_event():
    body = ("أصيب ثلاثة أشخاص في انفجار عبوة ناسفة وسط البلدة صباح اليوم.\n"
            "وكان انفجار مماثل قد هز البلدة قبل عامين وأودى بحياة خمسة أشخاص.")
    [ev] = events_of(body)
    assert (ev.type, ev.injured, ev.killed) == ("bombing", 3, None)


def test_one_person_arrested_after_the_subject_and_a_time_word():
    [ev] = events_of("اعتقلت الشرطة أمس رجلاً مطلوباً بتهمة السطو المسلح.")
    assert (ev.type, ev.arrested) == ("arrest", 1)
    [ev] = events_of("اعتقلت الشرطة أمس الرجل المطلوب بتهمة السطو المسلح.")
    assert ev.arrested is None  # "the man": someone named before, not a count


def test_a_gas_cylinder_or_tank_explosion_is_an_accident_not_a_bombing():
    assert events_of("أصيب أربعة أشخاص بجروح في انفجار قنينة غاز داخل مطعم وسط المدينة.") == []
    assert events_of("قتل عامل في انفجار خزان وقود داخل مصنع للأعلاف.") == []
    assert events_of("لقي 3 أشخاص حتفهم وأصيب 12 آخرون في انفجار صهريج وقود بمدينة الوادي.") == []
    [ev] = events_of("قتل ثلاثة أشخاص في انفجار عبوة ناسفة داخل سوق شعبي.")
    assert (ev.type, ev.killed) == ("bombing", 3)


def test_an_assassinated_officer_is_one_killed_and_no_casualties_end_the_place():
    [ev] = events_of("اغتال مسلحون مجهولون ضابطاً في الشرطة أمام منزله في مدينة الرمادي.")
    assert (ev.type, ev.killed, ev.location) == ("attack", 1, "مدينة الرمادي")
    [ev] = events_of("استهدف هجوم مسلح مقر المجلس البلدي في مدينة الرمادي دون وقوع إصابات.")
    assert (ev.location, ev.killed) == ("مدينة الرمادي", None)


def test_attacks_counted_since_the_start_of_a_period_are_a_tally_not_an_event():
    assert events_of("وحذر المبعوث من تزايد الهجمات على القوافل، والتي أسفرت منذ مطلع العام عن مقتل تسعة سائقين.") == []
    [ev] = events_of("قتل تسعة جنود في هجمات متزامنة على مواقع للجيش في مدينة الرمادي أمس.")
    assert (ev.type, ev.killed) == ("attack", 9)


def test_yesterday_far_into_a_long_sentence_about_one_event_dates_it():
    body = ("أعلنت الشرطة ضبط سبعة عشر شخصاً من المتورطين في شبكة لتهريب الأسلحة عبر الحدود، "
            "في عملية نفذتها فجر أمس بالتنسيق مع حرس الحدود.")
    [ev] = events_of(body, published="2026-10-25")
    assert (ev.type, ev.arrested, ev.date) == ("arrest", 17, "2026-10-24")


def test_the_group_whose_fighters_carried_out_the_attack_is_the_perpetrator():
    [ev] = events_of("قتل ستة جنود في هجوم شنه مسلحون من جماعة الفجر الأحمر على حاجز عسكري في مدينة الرمادي.")
    assert (ev.type, ev.killed, ev.perpetrator) == ("attack", 6, "جماعة الفجر الأحمر")
    [ev] = events_of("قتل ستة من عناصر الجيش في هجوم على حاجز عسكري في مدينة الرمادي.")
    assert ev.perpetrator is None  # the victims' side is no perpetrator


def test_a_sentence_turning_to_another_event_is_not_merged_with_the_one_before():
    body = ("سقطت قذائف هاون على حي سكني في مدينة حمص صباح اليوم، ما أسفر عن إصابة ثلاثة مدنيين.\n"
            "وفي تطور منفصل، اندلعت اشتباكات عنيفة بين فصائل مسلحة أسفرت عن مقتل أربعة مسلحين.")
    assert sorted((e.killed or 0, e.injured or 0) for e in events_of(body)) == [(0, 3), (4, 0)]


def test_a_count_after_a_time_aside_and_a_shooting_by_gunfire():
    [ev] = events_of("اعتقلت قوات الأمن، فجر اليوم الاثنين، 20 شخصاً على الأقل من أحياء المدينة.", published=None)
    assert (ev.type, ev.arrested) == ("arrest", 20)
    [ev] = events_of("أصيب شاب برصاص مجهولين خلال شجار في بلدة الحصن.")
    assert (ev.type, ev.injured) == ("shooting", 1)
    assert events_of("ارتفعت أسعار الرصاص في الأسواق العالمية.") == []


def test_forces_or_fighters_named_as_carrying_out_an_attack_are_its_perpetrator():
    [ev] = events_of("قتل 15 مدنياً في قصف مدفعي شنته قوات النجمة الحمراء على أحياء سكنية في مدينة الفاشر.")
    assert (ev.killed, ev.perpetrator) == (15, "قوات النجمة الحمراء")
    [ev] = events_of("قتل خمسة أشخاص في هجوم نفذه مسلحو حركة النجمة الحمراء في مدينة بيدوا.")
    assert ev.perpetrator == "حركة النجمة الحمراء"


def test_the_attack_a_foiled_plot_meant_is_no_event():
    [ev] = events_of("أحبطت الشرطة محاولة لتفجير سيارة مفخخة قرب مقر حكومي في مدينة الرمادي.")
    assert (ev.type, ev.location) == ("plot_foiled", "مقر حكومي في مدينة الرمادي")


def test_a_definite_place_word_before_the_next_clause_names_no_place():
    [ev] = events_of("قتل ثلاثة جنود في هجوم على المدينة وأصيب خمسة آخرون.")
    assert (ev.killed, ev.injured, ev.location) == (3, 5, None)
    [ev] = events_of("قتل ثلاثة حراس في هجوم على السفارة في العاصمة واشنطن.",
                     entities=[Entity(id="loc:washington", type="LOC", name="واشنطن", mentions=[Mention(text="واشنطن", start=44, end=50)])])
    assert ev.location.endswith("العاصمة واشنطن")


def test_another_one_wounded_after_the_dead_counts_one():
    [ev] = events_of("قتل حارسان وأصيب ثالث في هجوم مسلح استهدف حاجزاً في مدينة الزرقاء.")
    assert (ev.killed, ev.injured) == (2, 1)
    [ev] = events_of("قتل جندي وأصيب آخر بجروح في انفجار عبوة ناسفة في مدينة الرمادي.")
    assert (ev.killed, ev.injured) == (1, 1)


def test_rockets_falling_a_named_victim_and_two_places_of_a_dual():
    [ev] = events_of("وسقطت ثلاثة صواريخ على قاعدة عسكرية قرب مدينة الحسكة دون وقوع إصابات.")
    assert (ev.type, ev.killed) == ("attack", None)
    assert events_of("وسقطت الحكومة بعد تصويت البرلمان على حجب الثقة.") == []
    body = "واغتال مسلحون الناشط الحقوقي سامر الحلبي أمام منزله في مدينة الديوانية."
    person = Entity(id="per:samer", type="PER", name="سامر الحلبي", mentions=[Mention(text="سامر الحلبي", start=29, end=40)])
    assert body[29:40] == "سامر الحلبي"
    [ev] = events_of(body, entities=[person])
    assert ev.killed == 1
    [ev] = events_of("وأعلنت الشرطة تفكيك خلية من خمسة عناصر تنشط بمدينتي طنجة وتطوان.")
    assert (ev.type, ev.arrested, ev.location) == ("plot_foiled", 5, "مدينتي طنجة وتطوان")


def test_since_when_hostages_were_held_is_not_the_date_of_their_release():
    body = ("أعلنت الشرطة، اليوم الأحد، تحرير ثلاثة رهائن كانوا محتجزين لدى عصابة منذ أسبوعين في "
            "منطقة جبلية نائية قرب الحدود الجنوبية، والقبض على اثنين من الخاطفين.")
    assert [(ev.type, ev.date) for ev in events_of(body, published="2024-02-18")] == [
        ("hostage", "2024-02-18"), ("arrest", None)]  # not 2024-02-04, two weeks before


def test_a_landmark_at_the_edge_of_a_town_or_between_two_places():
    [ev] = events_of("قتل ثلاثة جنود في هجوم على حاجز للجيش عند مدخل بلدة عرسال.")
    assert ev.location == "حاجز للجيش عند مدخل بلدة عرسال"
    [ev] = events_of("قتل ثلاثة أشخاص في هجوم مسلح على الطريق السريع بين بغداد والحلة.")
    assert ev.location == "الطريق السريع بين بغداد والحلة"
    [ev] = events_of("قتل خمسة أشخاص في هجوم مسلح على حافلتهم في طريق عودتهم من العمل.")
    assert ev.location is None


def test_a_campaign_of_arrests_or_raids_is_an_arrest_event():
    [ev] = events_of("وشنت الشرطة حملة مداهمات في حي الزهور أسفرت عن اعتقال 12 مطلوباً.")
    assert (ev.type, ev.arrested, ev.location) == ("arrest", 12, "حي الزهور")
    assert events_of("وأطلقت الوزارة حملة توعية في المدارس.") == []


def test_desert_and_maghrebi_administrative_units_are_places():
    [ev] = events_of("قتل سبعة جنود في هجوم على موقع عسكري في بادية دير الزور.")
    assert ev.location == "بادية دير الزور"
    [ev] = events_of("قتل شرطي في هجوم على دورية أمنية بمعتمدية فوسانة.")
    assert ev.location == "معتمدية فوسانة"


def test_the_plural_and_feminine_of_assassinated_count_the_victim():
    [ev] = events_of("اغتالوا ناشطاً مدنياً وسط مدينة الناصرية مساء أمس.")
    assert ev.killed == 1


def test_a_verb_of_arrest_or_killing_counts_the_people_after_a_long_subject():
    [ev] = events_of("وأوقفت مصالح الأمن الوطني بولاية الجزائر العاصمة خمسة عناصر من شبكة إجرامية.")
    assert (ev.type, ev.arrested) == ("arrest", 5)
    assert events_of("واعتقال قائد الشرطة في المحافظة 3 أشخاص أثار جدلاً واسعاً.") == []
    [ev] = events_of("وقتل مسلحون مجهولون في هجوم على قرية نائية خمسة أشخاص.")
    assert (ev.type, ev.killed) == ("attack", 5)


def test_a_nationality_named_as_the_victim_counts_one_and_a_then_verb_ends_the_place():
    [ev] = events_of("استشهد أردني برصاص قناص قرب معبر الكرامة فجر اليوم.")
    assert (ev.type, ev.killed) == ("shooting", 1)
    [ev] = events_of("قتل مصريان وأصيب ثالث في انفجار عبوة ناسفة بمدينة العريش.")
    assert (ev.killed, ev.injured) == (2, 1)
    # an adjective further from the cue describes something else
    [ev] = events_of("أصيب جندي بشظايا قذيفة هاون تركية في هجوم على قاعدة قرب مدينة دهوك.")
    assert (ev.injured, ev.location) == (1, "مدينة دهوك")
    [ev] = events_of("أطلق مسلحون النار على سيارة مختار قرية البيضاء فأردوه في الحال.")
    assert (ev.type, ev.location) == ("shooting", "قرية البيضاء")


def test_a_road_between_two_towns_and_a_landmark_named_by_where_it_lies():
    [ev] = events_of("اختطف مسلحون مجهولون 12 راكباً من حافلة على الطريق الرابط بين مرزق وغات فجر الأحد.")
    assert (ev.type, ev.location) == ("hostage", "الطريق الرابط بين مرزق وغات")
    [ev] = events_of("قتل جنديان في هجوم على حاجز غرب مدينة الرطبة.")
    assert (ev.killed, ev.location) == (2, "حاجز غرب مدينة الرطبة")


def test_a_district_a_vague_toll_and_people_counted_after_qada():
    [ev] = events_of("انفجرت عبوة ناسفة في مديرية صرواح غرب مأرب، وقضى ثلاثة مدنيين جراء الانفجار.")
    assert (ev.type, ev.location, ev.killed) == ("bombing", "مديرية صرواح غرب مأرب", 3)
    # a directorate the entities stage found as a body is no place
    body = "قتل حارسان في هجوم مسلح على مديرية التربية في مدينة الكوت."
    start = body.index("مديرية التربية")
    body_org = Entity(id="org:t", type="ORG", name="مديرية التربية",
                      mentions=[Mention(text="مديرية التربية", start=start, end=start + 14)])
    [ev] = events_of(body, entities=[body_org])
    assert ev.location == "مدينة الكوت"
    # a vague toll is still a toll: the clashes are an event
    [ev] = events_of("أسفرت الاشتباكات بين فصيلين مسلحين في بلدة جاسم عن سقوط عشرات القتلى والجرحى.")
    assert (ev.type, ev.location, ev.killed) == ("attack", "بلدة جاسم", None)
    assert events_of("شهدت المدينة اشتباكات سياسية حادة داخل البرلمان.") == []
    [ev] = events_of("ضبطت دورية لحرس الحدود 5 متسللين على الحدود الشرقية.")
    assert (ev.type, ev.arrested) == ("arrest", 5)


def test_a_landmark_in_a_town_of_two_words():
    body = "فجر انتحاري نفسه داخل مسجد ببلدة وادي الحياة، ما أسفر عن سقوط 7 قتلى."
    start = body.index("وادي الحياة")
    place = Entity(id="loc:w", type="LOC", name="وادي الحياة",
                   mentions=[Mention(text="وادي الحياة", start=start, end=start + 11)])
    [ev] = events_of(body, entities=[place])
    assert (ev.location, ev.killed) == ("مسجد ببلدة وادي الحياة", 7)


def test_the_group_that_attacked_or_claimed_in_quotation_marks_and_a_place_near_a_town():
    body = "هاجم عناصر من جبهة التحرير الشعبية موقعاً عسكرياً قرب مدينة الكرك، ما أدى إلى مقتل جنديين."
    [ev] = events_of(body)
    assert (ev.perpetrator, ev.killed) == ("جبهة التحرير الشعبية", 2)  # not "… موقعاً"
    body = "تبنت \"كتائب الفجر\" في بيان الهجوم على حاجز للجيش قرب حمص."
    start = body.index("حمص")
    homs = Entity(id="loc:homs", type="LOC", name="حمص", mentions=[Mention(text="حمص", start=start, end=start + 3)])
    [ev] = events_of(body, entities=[homs])
    assert (ev.perpetrator, ev.location) == ("كتائب الفجر", "حاجز للجيش قرب حمص")
    assert events_of("هاجم الوزير منتقديه في مؤتمر صحفي.") == []


def test_the_size_of_a_gang_is_the_number_arrested():
    [ev] = events_of("تمكنت الأجهزة الأمنية من ضبط تشكيل عصابي مكون من 4 عناصر تخصص في سرقة السيارات.")
    assert (ev.type, ev.arrested) == ("arrest", 4)
    assert events_of("أعلنت الحكومة تشكيل لجنة مكونة من 5 أعضاء لدراسة الملف.") == []


def test_air_strikes_exchanges_of_fire_clashes_and_a_victim_shot_dead():
    cases = {
        "قتل خمسة مسلحين في ضربة جوية استهدفت مخبأهم في ريف مدينة السلام أمس.": ("attack", 5, None),
        "اندلع تبادل لإطلاق النار بين قوات الأمن ومهربين قرب الحدود، ما أسفر عن مقتل اثنين من المهربين.": ("shooting", 2, None),
        "اشتبكت دورية للجيش مع مجموعة مسلحة في بلدة الكرامة، ما أدى إلى مقتل جندي وإصابة ثلاثة آخرين.": ("attack", 1, 3),
        "شنت طائرات مسيرة ضربات على مواقع للمسلحين في محافظة الوادي، وقتل 7 منهم.": ("attack", 7, None),
        "أطلق مجهولون النار على سيارة قاض في مدينة النخيل فأردوه قتيلاً.": ("shooting", 1, None),
    }
    for body, expected in cases.items():
        [ev] = events_of(body)
        assert (ev.type, ev.killed, ev.injured) == expected, body
    for body in ("وشهدت المباراة انفجاراً في الأسعار على مستوى التذاكر.", "اشتبك النائبان في جلسة البرلمان أمس.",
                 "وتبادل الطرفان الاتهامات بشأن خرق الهدنة.", "وأصيب 3 لاعبين في مواجهات الدور الثاني."):
        assert events_of(body) == [], body


def test_an_explosion_of_a_device_is_one_act_and_a_bare_plural_tells_where():
    body = ("واعتقلت الشرطة ثلاثة متهمين في قضاء الشرقاط، فيما أصيب شرطيان بجروح جراء انفجار عبوة ناسفة "
            "استهدفت دوريتهما في ناحية الزاب.\n"
            "وفي تطور منفصل، أصيب شاب برصاص قوات الأمن خلال مواجهات اندلعت في بلدة العين الشرقية.")
    assert [(e.type, e.location, e.injured, e.arrested) for e in events_of(body)] == [
        ("arrest", "قضاء الشرقاط", None, 3), ("bombing", "ناحية الزاب", 2, None),
        ("shooting", "بلدة العين الشرقية", 1, None)]


def test_one_person_named_by_a_noun_after_a_cue_of_several_words():
    body = ("ألقت قوة أمنية القبض على مطلوب خطير بعد تبادل لإطلاق النار في منطقة التلال، أسفر عن إصابة "
            "أحد أفراد القوة.\nوقتل أحد عشر شخصاً في هجوم على حافلة في مدينة الوادي الأخضر.")
    assert [(e.type, e.killed, e.injured, e.arrested) for e in events_of(body)] == [
        ("arrest", None, None, 1), ("shooting", None, 1, None), ("attack", 11, None, None)]  # أحد عشر is eleven


def test_a_place_counted_in_words_past_an_aside_and_ended_by_a_title():
    body = ("تجددت الاشتباكات، صباح اليوم الخميس، بين الجيش وقوات الدعم السريع في أحياء غرب مدينة الوادي، "
            "ما أسفر عن مقتل ستة مدنيين.\n"
            "وفي تطور منفصل، أوقفت الشرطة 17 شخصاً، وقال المتحدث باسم المديرية العقيد سامر النجار إنهم مطلوبون.")
    assert [(e.type, e.location, e.killed, e.arrested) for e in events_of(body)] == [
        ("attack", "مدينة الوادي", 6, None), ("arrest", None, None, 17)]


def test_whose_fire_killed_and_a_claim_by_a_group_whose_name_holds_an_event_word():
    body = ("استشهد شاب وأصيب ثلاثة آخرون برصاص قوات الاحتلال خلال اقتحامها مخيم الشاطئ شرق المدينة.\n"
            "وفي تطور منفصل، قتل مدنيان بقصف مدفعي لمليشيا الوادي على أحياء سكنية في مدينة النخيل.\n"
            "ومن جهة أخرى، وقع هجوم على حاجز للجيش في ريف مدينة السلام الغربي وأدى إلى مقتل أربعة جنود، "
            "وأعلنت هيئة تحرير الساحل مسؤوليتها عنه.")
    assert [(e.type, e.location, e.killed, e.perpetrator) for e in events_of(body)] == [
        ("shooting", "مخيم الشاطئ شرق المدينة", 1, "قوات الاحتلال"),
        ("attack", "مدينة النخيل", 2, "مليشيا الوادي"),
        ("attack", "حاجز للجيش في ريف مدينة السلام الغربي", 4, "هيئة تحرير الساحل")]  # not "… وأدى"، not "هيئة"


def test_the_other_case_of_a_dual_whose_plural_is_broken():
    [ev] = events_of("وشهدت المنطقة في الخامس من الشهر الجاري هجوماً أودى بحياة ضابطين في بلدة الكرامة.")
    assert (ev.killed, ev.date) == (2, "2024-02-05")


def test_a_place_written_with_the_lam_of_a_genitive_loses_it():
    [ev] = events_of("ونجا رئيس المجلس البلدي لمدينة النخيل، فرج الشيباني، من محاولة اغتيال بعد إطلاق النار على سيارته.")
    assert (ev.type, ev.location) == ("shooting", "مدينة النخيل")


def test_targeting_with_a_toll_and_a_rocket_that_wounded():
    cases = {
        "استهدفت طائرة مسيرة سيارة في بلدة الكرامة، ما أدى إلى مقتل شخصين.": ("attack", 2, None),
        "استهدف مسلحون دورية للشرطة في مدينة النخيل وقتلوا اثنين من عناصرها.": ("attack", 2, None),
        "سقط صاروخ على حي سكني في مدينة النخيل وأصاب ثلاثة مدنيين.": ("attack", None, 3),
    }
    for body, expected in cases.items():
        [ev] = events_of(body)
        assert (ev.type, ev.killed, ev.injured) == expected, body
    for body in ("استهدفت الحملة الشباب في مدينة النخيل.", "وأصاب اللاعب الهدف مرتين في المباراة."):
        assert events_of(body) == [], body


def test_a_direction_before_a_named_place_is_part_of_where():
    [ev] = events_of("استهدفت طائرات مواقع في جنوب لبنان، ما أدى إلى مقتل ثلاثة عناصر.",
                     entities=[Entity(id="loc:lebanon", type="LOC", name="لبنان", mentions=[Mention(29, 34, "لبنان")])])
    assert (ev.location, ev.killed) == ("جنوب لبنان", 3)


def test_a_place_phrase_at_the_very_end_of_the_body():
    [ev] = events_of("عاجل | مقتل عشرة مدنيين بقصف على سوق شعبي في ريف مدينة النخيل")  # no full stop after it
    assert (ev.killed, ev.location) == (10, "سوق شعبي في ريف مدينة النخيل")


def test_an_arrest_set_last_week_is_another_event_than_todays():
    body = ("ألقت قوة أمنية القبض على مطلوب خطير في منطقة التلال.\n"
            "وكانت المديرية قد أعلنت الأسبوع الماضي القبض على ثلاثة أشخاص من أفراد العصابة ذاتها.")
    assert [(e.type, e.arrested) for e in events_of(body)] == [("arrest", 1), ("arrest", 3)]


def test_the_dead_and_wounded_counted_together_fill_neither_field():
    assert [(e.killed, e.injured) for e in events_of("أسفر الانفجار عن مقتل وإصابة 15 شخصاً في مدينة النخيل.")] == [(None, None)]
    assert [(e.killed, e.injured) for e in events_of(
        "لقي ثلاثة أشخاص حتفهم وأصيب 20 آخرون في انفجار بمدينة النخيل.")] == [(3, 20)]


def test_a_target_holds_a_title_and_follows_the_act_a_verb_of_aiming_opens():
    [ev] = events_of("أصيب 3 في انفجار استهدف موكب محافظ المدينة في حي الزهور.")
    assert ev.target == "موكب محافظ"  # a title goes on with the target, where it ends a place's name
    [ev] = events_of("استهدفت غارة جوية منزل قيادي في الحركة في مدينة النخيل ما أدى إلى مقتل 4.")
    assert (ev.target, ev.killed) == ("منزل قيادي", 4)


def test_a_known_group_right_after_the_verb_of_carrying_out_is_the_perpetrator():
    body = "قتل ثلاثة جنود في هجوم بطائرة مسيرة شنه الحوثيون على موقع عسكري في مديرية الوادي."
    houthis = Entity(id="org:houthis", type="ORG", name="أنصار الله",
                     mentions=[Mention(body.index("الحوثيون"), body.index("الحوثيون") + 8, "الحوثيون")])
    [ev] = events_of(body, entities=[houthis])
    assert (ev.perpetrator, ev.killed, ev.location) == ("الحوثيون", 3, "مديرية الوادي")
    [ev] = events_of(body)  # an unknown word after the verb names no group
    assert ev.perpetrator is None


def test_a_place_after_a_plural_of_place_words_is_where_the_arrests_were():
    body = "اعتقلت قوات الأمن فجر اليوم 14 شخصاً من محافظات الضفة الغربية بينهم طلاب."
    start = body.index("الضفة")
    west_bank = Entity(id="loc:wb", type="LOC", name="الضفة الغربية", mentions=[Mention(start, start + 13, "الضفة الغربية")])
    [ev] = events_of(body, entities=[west_bank])
    assert (ev.arrested, ev.location) == (14, "محافظات الضفة الغربية")


def test_one_act_told_by_its_province_and_then_by_its_district_is_one_event():
    body = ("أعلنت القوات الأمنية الإطاحة بخلية مؤلفة من خمسة عناصر في محافظة الواحة.\n"
            "وذكر البيان أن المفارز اعتقلت خمسة إرهابيين في قضاء النخيل بعد متابعة دقيقة.")
    assert [(e.arrested, e.location) for e in events_of(body)] == [(5, "محافظة الواحة")]
    two = ("اعتقلت القوات الأمنية خمسة مطلوبين في محافظة الواحة.\n"
           "واعتقلت قوة أخرى ثلاثة مطلوبين في قضاء النخيل.")
    assert [(e.arrested, e.location) for e in events_of(two)] == [(5, "محافظة الواحة"), (3, "قضاء النخيل")]


def test_gunshot_wounds_and_one_person_named_by_what_he_does_in_a_seizure():
    assert [(e.type, e.killed, e.injured) for e in events_of("قتل شاب بطلق ناري في حي الزهور.")] == [("shooting", 1, None)]
    assert [(e.type, e.injured) for e in events_of(
        "أصيب 4 أشخاص بطلقات خرطوش إثر مشاجرة بين عائلتين في قرية النخيل.")] == [("shooting", 4)]
    assert events_of("سمع دوي أعيرة نارية في المدينة احتفالا بالفوز.") == []  # no one hit: no event
    assert [(e.type, e.arrested) for e in events_of(
        "تمكنت الأجهزة الأمنية من ضبط عاطل بحوزته 3 كيلو جرامات من مخدر الحشيش.")] == [("arrest", 1)]
    assert events_of("ضبطت الشرطة 3 أطنان من الحشيش في ميناء المدينة.") == []


def test_a_stabbing_counts_the_people_after_its_subject_and_a_number_ends_a_place():
    [ev] = events_of("طعن رجل ثلاثة أشخاص بسكين في محطة قطارات بمدينة النخيل.")
    assert (ev.type, ev.injured, ev.location) == ("attack", 3, "محطة قطارات بمدينة النخيل")
    assert events_of("طعن المرشح في نتائج الانتخابات أمام المحكمة.") == []  # an appeal
    [ev] = events_of("قتل مسلحون في هجوم على قرية النخيل خمسة أشخاص.")
    assert (ev.killed, ev.location) == (5, "قرية النخيل")


def _with_title(title: str, body: str) -> list:
    from marsad.pipeline import analyze  # the whole pipeline: the entities stage tells bodies from places

    return analyze(f"{title}\n\n{body}", format="text").events


def test_the_headline_gives_the_lead_events_place_when_its_sentence_names_none():
    body = ("أعلنت مديرية الأمن، اليوم الجمعة، ضبط شحنة ذخائر داخل شاحنة وتوقيف ثلاثة متهمين.\n\n"
            "وقال مدير المديرية إن التحقيقات جارية.")
    [ev] = _with_title("ضبط شحنة ذخائر وتوقيف 3 متهمين في مصراتة", body)
    assert (ev.type, ev.arrested, ev.location) == ("arrest", 3, "مصراتة")
    # a headline with other figures tells of another event; one with a place in the lead changes nothing
    [ev] = _with_title("توقيف 7 متهمين في مصراتة", body)
    assert ev.location is None
    [ev] = _with_title("توقيف 3 متهمين في مصراتة", body.replace("داخل شاحنة", "في مدينة زليتن"))
    assert ev.location == "مدينة زليتن"


def test_the_perpetrator_named_after_the_fighters_it_sent():
    body = "قتل ثلاثة جنود بهجوم شنه عناصر من داعش على نقطة تفتيش في قضاء الرمانة."
    [ev] = events_of(body, entities=[tagged(body, "org:isis", "ORG", "داعش")])
    assert (ev.type, ev.killed, ev.perpetrator) == ("attack", 3, "داعش")


def test_a_claim_by_a_group_word_and_its_name_in_quotation_marks():
    [ev] = events_of('وتبنت جماعة "رايات الفجر" هجوماً على ثكنة عسكرية أسفر عن مقتل خمسة جنود.')
    assert (ev.type, ev.killed, ev.perpetrator) == ("attack", 5, "جماعة رايات الفجر")


def test_the_capital_with_no_name_is_the_datelines_capital():
    body = "الرباط – أعلنت الأجهزة الأمنية، الثلاثاء، إحباط مخطط لاستهداف مراكز تجارية في العاصمة وتوقيف خمسة متهمين."
    [ev] = _with_title("إحباط مخطط إرهابي", body)
    assert (ev.type, ev.arrested, ev.location) == ("plot_foiled", 5, "الرباط")
    # the capital of another country, or an article that names another capital: no guess
    [ev] = _with_title("إحباط مخطط إرهابي", body.replace("في العاصمة", "في العاصمة اللبنانية"))
    assert ev.location != "الرباط"
    other = body + "\n\nوكان المتهمون قد عادوا من دمشق قبل أسبوعين."
    [ev] = _with_title("إحباط مخطط إرهابي", other)
    assert ev.location is None


def test_a_person_named_with_a_possessive_pronoun_counts_one():
    [ev] = events_of("خطف مسلحون، مساء السبت، تسعة ركاب من حافلة قرب مدينة الوادي، وقتلوا سائقها.")
    assert (ev.type, ev.killed) == ("hostage", 1)


def test_an_attack_suffered_with_its_subject_between():
    [ev] = events_of("وتعرضت قرية الوادي لقصف مدفعي أسفر عن مقتل أربعة مدنيين.")
    assert (ev.type, ev.killed) == ("attack", 4)
    assert events_of("وتستعد القوات لهجوم على المدينة.") == []  # a purpose, not an attack


def test_a_pattern_of_acts_is_no_event_unless_counted():
    assert events_of("وتشهد المحافظة منذ سنوات فلتاناً أمنياً وعمليات اغتيال متكررة.") == []
    [ev] = events_of("وتعرضت قرية الوادي لقصف متواصل أسفر عن مقتل أربعة مدنيين.")
    assert ev.killed == 4


def test_a_singular_toll_noun_with_no_number_counts_one():
    [ev] = events_of("أسفر الهجوم عن قتيل و3 جرحى في صفوف الحراس بمدينة الوادي.")
    assert (ev.killed, ev.injured) == (1, 3)
    [ev] = events_of("أسفر الانفجار عن سقوط قتيل وإصابة خمسة آخرين في مدينة الوادي.")
    assert (ev.killed, ev.injured) == (1, 5)
    [ev] = events_of("أسفر الهجوم عن 30 بين قتيل وجريح في مدينة الوادي.")
    assert (ev.killed, ev.injured) == (None, None)  # a total of both, neither field


def test_an_act_word_in_an_organisations_name_and_a_claim_far_from_the_attack():
    body = ("قتل ثلاثة أشخاص في غارة على بلدة الوادي.\n\nوقال سكان إن الغارة دمرت منزلين.\n\n"
            "وأضاف السكان أن الإسعاف تأخر.\n\nونقلت قناة المسيرة التابعة للجماعة عن مسؤول قوله إن الرد قادم.")
    [ev] = events_of(body, entities=[tagged(body, "org:m", "ORG", "قناة المسيرة")])
    assert (ev.killed, ev.perpetrator) == (3, None)  # the channel is no drone, and "للجماعة" names no one


def test_what_a_court_tries_is_no_news_of_an_act():
    assert events_of("قضت المحكمة، الاثنين، بسجن خمسة متهمين أدينوا بتنفيذ تفجير استهدف كنيسة في المدينة.") == []
    assert events_of("وبدأت، الثلاثاء، محاكمة 12 متهماً في قضية اغتيال الصحفي سامر الحداد.") == []
    [ev] = events_of("اعتقلت الشرطة خمسة أشخاص بتهمة التخطيط لهجمات إرهابية في قرية الوادي.")
    assert (ev.type, ev.arrested) == ("arrest", 5)  # the arrest is news; its charge is not


def test_two_named_by_a_dual_pronoun_and_a_place_behind_its_clitic():
    body = "تمكنت الأجهزة الأمنية بالزرقاء من ضبط عاطلين بحوزتهما خمسة كيلوغرامات من المخدرات."
    [ev] = events_of(body, entities=[tagged(body, "loc:z", "LOC", "الزرقاء")])
    assert (ev.type, ev.arrested, ev.location) == ("arrest", 2, "الزرقاء")


def test_the_group_whose_attack_it_was_after_the_attack_noun():
    [ev] = events_of("قتل خمسة جنود بهجوم لخلايا تنظيم داعش في البادية.")
    assert (ev.killed, ev.perpetrator) == (5, "تنظيم داعش")
    [ev] = events_of("قتل خمسة جنود بهجوم على حاجز في البادية.")
    assert ev.perpetrator is None


def test_a_number_that_names_a_unit_is_no_count_and_an_official_killed_is_one():
    body = "قُتل آمر الكتيبة 214 مشاة برصاص مسلحين مجهولين أمام منزله في بلدة الرحيبة مساء الخميس."
    [ev] = events_of(body)
    assert (ev.type, ev.killed, ev.location) == ("shooting", 1, "بلدة الرحيبة")
    [arrest] = events_of("أعلنت الشرطة اعتقال المتحدث باسم الجماعة في مدينة الرملة.")
    assert (arrest.type, arrest.arrested) == ("arrest", 1)


def test_the_attackers_dead_do_not_replace_the_victims_toll():
    body = ("قتل ستة جنود وأصيب تسعة آخرون في هجوم شنه مسلحون على ثكنة عسكرية قرب بلدة الوادي الأخضر.\n"
            "وأكد ضابط في الثكنة أن الجنود تمكنوا من صد الهجوم وقتل اثني عشر من المهاجمين.")
    [ev] = events_of(body)
    assert (ev.killed, ev.injured) == (6, 9)
    [only] = events_of("هاجم مسلحون ثكنة عسكرية قرب بلدة الوادي الأخضر، وقتلت القوات 7 من المهاجمين.")
    assert only.killed == 7  # the only dead the report counts


def test_attacks_counted_over_a_period_are_a_tally_not_one_event():
    body = ("وثقت منظمة محلية خلال الأشهر الستة الماضية أكثر من ثلاثين هجوماً أسفرت عن مقتل نحو تسعين "
            "مدنياً في أرياف المحافظة.")
    assert events_of(body) == []
    assert events_of("ونفذ المسلحون عشرات الهجمات خلال الشهر الماضي أسفرت عن مقتل 40 شخصاً.") == []
    [one] = events_of("قتل 4 جنود في هجوم على حاجز للجيش خلال الليل قرب بلدة الساحل.")
    assert one.killed == 4  # a period with no count of attacks is when it happened


def test_that_was_in_a_place_at_the_end_of_a_long_sentence_places_the_event():
    body = ("اعتقلت الشرطة أربعة أشخاص يشتبه في تورطهم بتهريب السلاح عبر الحدود الشرقية للبلاد "
            "خلال الأشهر الماضية لصالح عصابات منظمة، وذلك في مدينة الرويشد.")
    [ev] = events_of(body)
    assert (ev.arrested, ev.location) == (4, "مدينة الرويشد")


def test_two_groups_of_people_joined_by_wa_add_up():
    [ev] = events_of("أعلنت الشرطة اعتقال خمسة مواطنين ومقيمين اثنين بتهمة تهريب الأسلحة.")
    assert ev.arrested == 7
    [ev] = events_of("قتل 4 جنود و3 مدنيين في هجوم على سوق البلدة.")
    assert ev.killed == 7
    [ev] = events_of("قتل 4 جنود وأصيب 3 مدنيين في هجوم على سوق البلدة.")
    assert (ev.killed, ev.injured) == (4, 3)  # two tolls, not one


def test_one_person_named_by_a_singular_noun_adds_to_a_count_joined_to_him():
    [ev] = events_of("أسفر هجوم على حاجز في بلدة السهل عن مقتل ضابط وثلاثة مجندين.")
    assert ev.killed == 4
    [ev] = events_of("أسفر هجوم على حاجز في بلدة السهل عن مقتل ضابط وجنديين.")
    assert ev.killed == 3
    [ev] = events_of("أسفر هجوم على حاجز في بلدة السهل عن مقتل جنديين و3 مدنيين.")
    assert ev.killed == 5


def test_a_states_adjective_on_the_act_or_the_weapon_names_the_perpetrator():
    [ev] = events_of("قتل ثلاثة مدنيين في غارة جوية تركية على قرية الزيتونة.")
    assert ev.perpetrator == "تركيا"
    [ev] = events_of("وقال الدفاع المدني إن مسيرة روسية استهدفت سيارة على طريق القرية، ما أدى إلى مقتل شخصين.")
    assert ev.perpetrator == "روسيا"
    [ev] = events_of("قتل جندي تركي في هجوم على حاجز قرب قرية الزيتونة.")
    assert ev.perpetrator is None  # the victim's nationality says nothing of who struck


def test_aboard_is_no_target_and_a_vehicle_gives_way_to_the_region_named_after_it():
    [ev] = events_of("هاجم مسلحون على متن دراجات نارية قرية الوادي الأخضر، وقتلوا أربعة من سكانها.")
    assert ev.target is None or "متن" not in ev.target
    [ev] = events_of("قتل 6 جنود عندما فجر انتحاري نفسه قرب حافلة تقل عسكريين في محافظة الساحل الشرقي.")
    assert ev.location.startswith("محافظة الساحل")


def test_the_same_arrest_told_by_its_province_and_then_by_a_valley_in_it_is_one_event():
    body = ("أعلنت قيادة الشرطة اعتقال مطلوبين اثنين في محافظة الرمال.\n"
            "وقالت القيادة في بيان إن قوة أمنية نفذت عملية في وادي السدرة جنوب الرمال أسفرت عن اعتقال مطلوبين اثنين.")
    [ev] = events_of(body)
    assert ev.arrested == 2


def test_hostages_freed_after_being_held_is_a_hostage_event_not_an_arrest():
    body = ("أفرجت عصابة مسلحة عن أربعة رهائن، بينهم طفلان، بعد احتجازهم نحو شهرين في منطقة جبلية "
            "قرب بلدة الوادي الأخضر.")
    [ev] = events_of(body)
    assert ev.type == "hostage" and ev.arrested is None
    assert events_of("أفرجت السلطات عن 20 معتقلا من سجن المدينة.") == []  # prisoners freed: no event


def test_a_release_of_hostages_named_further_on_is_one_event_where_they_were_held():
    [ev] = events_of("أفرجت عصابة مسلحة في ضواحي بلدة الوادي الأخضر مساء الأحد عن ثلاثة رهائن.")
    assert ev.type == "hostage"
    # the release and the holding it ends, told in one sentence, are one event at the holding's place
    body = ("أفرجت عصابة مسلحة في منطقة الساحل الجنوبي عن ثلاثة رهائن، بينهم طبيب، بعد احتجازهم "
            "شهرين في بلدة الوادي الأخضر.")
    [ev] = events_of(body)
    assert ev.type == "hostage" and "الوادي الأخضر" in ev.location
    # prisoners freed after their sentence are no hostages
    assert events_of("أفرجت السلطات عن سامر الحداد بعد انتهاء محكوميته في سجن المدينة.") == []


def test_a_killing_verb_with_its_subject_does_not_share_the_next_toll():
    body = "وعن الاشتباك في بلدة الوادي الأخضر، أوضح الوزير أن عسكرياً استشهد وأصيب اثنان آخران."
    [ev] = events_of(body)
    assert ev.injured == 2 and ev.killed == 1  # the soldier who died, not the two wounded
    [ev] = events_of("أسفر الهجوم على بلدة الوادي الأخضر عن مقتل وإصابة 15 شخصاً.")
    assert ev.killed is None and ev.injured is None  # one number for both: neither field


def test_a_toll_an_armed_group_claims_gives_way_to_the_reported_one():
    body = ("أعلن الجيش أن حصيلة الهجوم على قاعدة الرمال العسكرية ارتفعت إلى أحد عشر قتيلاً من الجنود.\n"
            "وتبنت جماعة أنصار الفجر الهجوم في بيان، زاعمة مقتل أكثر من ستين جندياً.")
    [ev] = events_of(body)
    assert ev.killed == 11 and ev.target == "قاعدة الرمال العسكرية"
    assert ev.text.startswith("أعلن الجيش")


def test_a_market_named_after_a_weekday_does_not_date_the_event():
    body = ("اعتقلت الشرطة في مدينة الرمال أربعة أشخاص يشتبه بتورطهم في التفجير الذي هز سوق الخميس "
            "الشعبي الشهر الماضي، وأودى بحياة ستة أشخاص.")
    events = events_of(body, published="2025-02-13")  # a Thursday
    assert [e.date for e in events if e.type == "bombing"] == [None]


def test_two_people_named_by_a_dual_are_counted_before_their_adjective():
    body = ("تمكنت الأجهزة الأمنية من ضبط عنصرين إجراميين بحوزتهما أسلحة نارية، خلال حملة أمنية "
            "بدائرة قسم شرطة الساحل.")
    [ev] = events_of(body)
    assert ev.type == "arrest" and ev.arrested == 2 and ev.location == "دائرة قسم شرطة الساحل"


def test_an_attack_described_in_a_condemnation_is_the_one_told_before():
    body = ("استهدف هجوم بطائرة مسيرة مفخخة، ليلة الخميس، مصفاة النخيل في محافظة الرمال.\n"
            "وأدانت الحكومة الهجوم، ووصفته بأنه \"اعتداء على قوت المواطنين\"، مطالبة السلطات في مدينة الساحل بكشف الجهة المنفذة.")
    [ev] = events_of(body)
    # the weapon the act was made with and the time aside are no target
    assert ev.target == "مصفاة النخيل"


def test_a_group_in_quotation_marks_after_a_word_of_belonging_carried_out_the_act():
    body = "قتل 9 جنود في كمين نفذته خلايا تابعة لتنظيم \"أنصار الفجر\" على طريق الوادي في محافظة الرمال."
    [ev] = events_of(body)
    assert ev.perpetrator == "تنظيم أنصار الفجر"


def test_the_verb_of_a_relative_clause_says_what_the_act_was_aimed_at():
    [ev] = events_of("أدانت الوزارة الهجوم الإرهابي الذي استهدف مسجداً في مدينة الرمال.")
    assert ev.target == "مسجداً" and ev.location == "مدينة الرمال"


def test_a_place_ends_before_the_clause_of_its_consequence():
    [ev] = events_of("انفجرت عبوة ناسفة قرب مسجد في بلدة الوادي مما أدى إلى مقتل شخصين.")
    assert ev.location.endswith("بلدة الوادي") and ev.killed == 2


def test_a_definite_act_with_its_states_adjective_names_the_state():
    [ev] = events_of("أعلنت وزارة الصحة ارتفاع حصيلة الغارات الإسرائيلية على مدينة الرمال إلى 45 قتيلاً.")
    assert ev.perpetrator == "إسرائيل" and ev.killed == 45
    # a victim's nationality after another noun names no one
    [ev] = events_of("قتل خمسة جنود أمريكيين في الهجوم على القاعدة في بلدة الوادي.")
    assert ev.perpetrator is None


def test_where_the_attackers_are_is_not_where_the_attack_was():
    body = ("قتل مدنيان جراء سقوط قذائف هاون على حي النخيل في مدينة الرمال.\n"
            "وأفاد مراسل محلي بأن المسلحين المنتشرين في الريف الغربي أطلقوا أربع قذائف سقطت على الحي.")
    [ev] = events_of(body)
    assert ev.location.startswith("حي النخيل")


def test_the_day_of_a_date_counts_no_one():
    [ev] = events_of("قتل ثلاثة أشخاص في 4 شباط الجاري في انفجار عبوة ناسفة بمدينة الرمادي.")
    assert ev.killed == 3 and ev.date == "2024-02-04"
    [ev] = events_of("قتل ثلاثة أشخاص في 12 رجب الماضي في انفجار عبوة ناسفة بمدينة الرمادي.")
    assert ev.killed == 3 and ev.date == "2024-01-24"


def test_a_place_named_by_its_number_keeps_the_number():
    [ev] = events_of("أصيب 5 أشخاص في انفجار عبوة ناسفة في الحي رقم 9 بمدينة الرمادي.")
    assert ev.location == "الحي رقم 9 بمدينة الرمادي" and ev.injured == 5


def test_a_singular_martyr_counts_one_and_a_wounded_joined_to_a_counted_toll_too():
    body = ("استهدفت مسيرة أجنبية دراجة نارية على طريق بلدة الزهيرات، ما أدى إلى سقوط شهيد.\n"
            "وفي حادث منفصل، أسفر قصف على بلدة المعلقة عن سقوط 4 قتلى وجريح.\n"
            "وأسفر انفجار في سوق بلدة الحمرة عن سقوط 12 شخصا بين قتيل وجريح.")
    events = events_of(body, published="2026-11-20")
    assert [(e.killed, e.injured) for e in events] == [(1, None), (4, 1), (None, None)]


def test_the_weapon_after_the_verb_names_the_state_that_struck():
    body = ("قصفت الطائرات الحربية الروسية بلدة كفرعويد، ما أدى إلى مقتل 5 مدنيين.\n"
            "وفي حادث منفصل، استهدفت مسيرة تركية سيارة قرب بلدة تل تمر، ما أدى إلى مقتل شخصين.")
    assert [e.perpetrator for e in events_of(body, published="2026-11-20")] == ["روسيا", "تركيا"]


def test_a_toll_killed_by_a_missile_is_an_attack():
    [ev] = events_of("قتل أربعة أشخاص بصاروخ سقط على منزل في بلدة الجوبة.", published="2026-11-20")
    assert (ev.type, ev.killed) == ("attack", 4) and "الجوبة" in ev.location
    assert events_of("أطلقت الفرقة صواريخ احتفالية في ختام المهرجان.", published="2026-11-20") == []


def test_a_number_of_hours_or_days_counts_no_one():
    body = "وكانت الشرطة قد ألقت القبض على المشتبه بهم خلال 48 ساعة من بلاغ السكان في حي الروضة."
    assert not [e for e in events_of(body, published="2026-11-20") if e.arrested]
    body = "واعتقلت الشرطة 6 أشخاص في حي الروضة بعد 3 أيام من بلاغ السكان."
    assert [e.arrested for e in events_of(body, published="2026-11-20")] == [6]


def test_what_defendants_are_held_for_is_a_charge_not_news():
    body = "أمرت النيابة بحبس ثلاثة متهمين لاتهامهم بالاعتداء على حافلة ركاب، ما أسفر عن إصابة خمسة ركاب."
    assert events_of(body, published="2026-11-20") == []


def test_people_counted_before_the_verb_that_kills_them():
    body = "وقالت المجموعة إن 17 مدنيا على الأقل قتلوا في قصف مدفعي على حي الشاطئ."
    [ev] = events_of(body, published="2026-11-20")
    assert ev.killed == 17


def test_the_force_whose_aircraft_struck_carried_out_the_strike():
    body = "قتل خمسة مسلحين بضربة جوية نفذتها طائرات القوة الجوية الوطنية في وادي الرمال."
    [ev] = events_of(body, published="2026-11-20")
    assert (ev.killed, ev.perpetrator) == (5, "القوة الجوية الوطنية")


def test_a_claim_gives_the_place_its_events_own_sentences_do_not():
    body = ("أعلنت جماعة الرايات مسؤوليتها عن هجوم استهدف ثكنة عسكرية في بلدة وادي السدر.\n"
            "وقالت الجماعة في بيان إن مقاتليها قتلوا 11 جنديا في الهجوم.")
    [ev] = events_of(body, published="2026-11-20")
    assert ev.killed == 11 and "وادي السدر" in ev.location and ev.perpetrator == "جماعة الرايات"


def test_a_strike_on_a_town_or_strip_is_there_but_an_attack_on_a_country_names_a_target():
    def places(body: str) -> list:
        found = entities.run(Article(source="t.txt", body=body)).entities
        return [e.location for e in events_of(body, published="2026-11-20", entities=found)]
    assert places("قتل ثلاثة أشخاص في غارة على بلدة الريحان فجر اليوم.\n"
                  "وفي حادث منفصل، أصيب خمسة أشخاص في قصف على قطاع غزة.") == ["بلدة الريحان", "قطاع غزة"]
    assert places("قتل ثلاثة أشخاص في غارة بمسيرة على كييف.") == ["كييف"]
    assert places("أسفر هجوم على أوكرانيا عن مقتل خمسة أشخاص.") == [None]


def test_munitions_seized_or_in_a_cache_are_no_attack_and_a_defused_bomb_is_a_foiled_plot():
    body = ("عثرت القوات على مخبأ للأسلحة يضم 20 قذيفة هاون في قرية الصفا.\n"
            "وفي حادث منفصل، ضبطت الشرطة 5 عبوات ناسفة معدة للتفجير في حي النور.")
    assert events_of(body, published="2026-11-20") == []
    [ev] = events_of("فككت فرق الهندسة عبوة ناسفة مزروعة على جانب الطريق في قرية الصفا.", published="2026-11-20")
    assert ev.type == "plot_foiled"
    [ev] = events_of("قتل ثلاثة أشخاص بانفجار عبوة ناسفة في قرية الصفا.", published="2026-11-20")
    assert (ev.type, ev.killed) == ("bombing", 3)


def test_militants_neutralised_in_an_operation_are_its_toll():
    body = "تمكنت مفرزة للجيش من القضاء على ثلاثة إرهابيين خلال عملية بحث وتمشيط بولاية الصفصاف."
    [ev] = events_of(body, published="2026-11-20")
    assert (ev.type, ev.killed) == ("attack", 3)
    [ev] = events_of("قتل الجيش خمسة مسلحين في عملية عسكرية بولاية الصفصاف.", published="2026-11-20")
    assert ev.killed == 5
    assert events_of("دعا الوزير إلى القضاء على الفساد وأطلق عملية أمنية واسعة.", published="2026-11-20") == []


def test_the_group_that_carried_out_an_attack_keeps_its_quoted_name():
    body = "قتل 9 جنود جراء هجوم نفذه عناصر من تنظيم \"جند الصحراء\" على مواقعهم في بادية الرمل."
    [ev] = events_of(body, published="2026-11-20")
    assert ev.perpetrator == "تنظيم جند الصحراء"


def test_the_day_before_yesterday_is_no_part_of_the_place():
    [ev] = events_of("قتل ثلاثة أشخاص في هجوم مسلح على قرية الصفا أول أمس.", published="2026-11-30")
    assert (ev.location, ev.date) == ("قرية الصفا", "2026-11-28")


def test_a_claiming_groups_ties_are_no_part_of_its_name():
    body = ("قتل ضابطان في هجوم على مركز أمني في بلدة الواحة.\n"
            "وتبنت جماعة أنصار الصحراء المرتبطة بتنظيم القاعدة الهجوم في بيان.")
    [ev] = events_of(body, published="2026-11-20")
    assert ev.perpetrator == "جماعة أنصار الصحراء"


def test_the_munition_that_did_it_told_again_with_its_toll_is_the_same_event():
    body = ("أكد مصدر أمني مقتل خمسة من رعاة الأغنام وإصابة اثنين بانفجار لغم أرضي في صحراء قضاء النخيب.\n"
            "وقال المصدر إن \"اللغم انفجر على عجلة كانت تقل الرعاة قرب وادي الغدف، ما أدى إلى مقتل خمسة منهم\".")
    [ev] = events_of(body, published="2026-11-20")
    assert (ev.killed, ev.injured) == (5, 2) and "النخيب" in ev.location
    # a different toll is another event
    body = ("انفجرت عبوة ناسفة في سوق مدينة الحلة ما أدى إلى مقتل 3 أشخاص.\n"
            "وفي حادث منفصل، العبوة انفجرت قرب حاجز في مدينة بعقوبة وقتلت 7 جنود.")
    assert [e.killed for e in events_of(body, published="2026-11-20")] == [3, 7]


def test_two_written_after_the_people_it_counts():
    body = "تمكنت مفرزة للجيش، إثر عملية بحث وتمشيط بولاية الوادي، من القضاء على إرهابيين اثنين."
    [ev] = events_of(body, published="2026-11-20")
    assert ev.killed == 2
    [ev] = events_of("ألقت الشرطة القبض على شخصين اثنين في حي النصر بتهمة حيازة أسلحة.", published="2026-11-20")
    assert ev.arrested == 2


def test_custody_in_tunisian_usage_counts_the_arrested_and_a_prison_sentence_is_no_place():
    [ev] = events_of("أذنت النيابة العمومية بالاحتفاظ بـ4 عناصر تكفيرية من أجل الانتماء إلى تنظيم إرهابي.",
                     published="2026-11-20")
    assert (ev.type, ev.arrested) == ("arrest", 4)
    [ev] = events_of("تمكنت وحدات الحرس من إيقاف عنصر تكفيري محكوم بالسجن وحجز بنادق صيد.", published="2026-11-20")
    assert (ev.arrested, ev.location) == (1, None)
    assert events_of("قرر الفريق الاحتفاظ بلاعبيه الأربعة.", published="2026-11-20") == []


def test_a_border_crossing_or_refinery_places_an_event():
    [ev] = events_of("قتل جنديان في هجوم على دورية عسكرية قرب معبر الوليد الحدودي.", published="2026-11-20")
    assert ev.location == "معبر الوليد الحدودي"
    [ev] = events_of("قتل شخصان في انفجار داخل مصفاة بيجي.", published="2026-11-20")
    assert ev.location == "مصفاة بيجي"


def test_people_named_by_their_initials_are_counted():
    body = "دهمت قوة من الجيش منازل مطلوبين في بلدة الصفا، وأوقفت المواطنين (ع.ج.) و(م.ح.) لتورطهما في جرائم سرقة."
    [ev] = events_of(body, published="2026-11-20")
    assert (ev.type, ev.arrested) == ("arrest", 2)
    body = "أوقفت دورية من مديرية المخابرات في بلدة الصفا المواطن (خ.ع.) لانتمائه إلى تنظيم إرهابي."
    [ev] = events_of(body, published="2026-11-20")
    assert ev.arrested == 1


def test_a_subject_with_min_does_not_hide_the_people_arrested():
    [ev] = events_of("اعتقلت قوة من الاستخبارات العسكرية خمسة مطلوبين في حي الزهور بمدينة تكريت.", published="2026-11-20")
    assert (ev.type, ev.arrested) == ("arrest", 5)


def test_a_place_goes_on_with_the_unit_it_belongs_to():
    [ev] = events_of("قتل راع بهجوم لمسلحين على قرية السدة التابعة لقضاء الخالص.", published="2026-11-20")
    assert ev.location == "قرية السدة التابعة لقضاء الخالص"


def test_the_suspects_with_a_dual_pronoun_are_two():
    [ev] = events_of("وجرى توقيف المشتبه فيهما بحي النخيل وبحوزتهما كمية من المخدرات.", published="2026-11-20")
    assert (ev.type, ev.arrested) == ("arrest", 2)


def test_settlers_and_fighters_are_people_counted():
    [ev] = events_of("أصيب مستوطنان بجروح في عملية طعن قرب باب الساهرة.", published="2026-11-20")
    assert ev.injured == 2
    [ev] = events_of("اعتقلت الشرطة 5 مستوطنين بعد اعتدائهم على مزارعين في قرية التل.", published="2026-11-20")
    assert ev.arrested == 5


def test_the_aircraft_that_struck_name_the_state_past_a_time_aside_and_a_count():
    body = "وشنت مقاتلات فرنسية فجر الأحد أربع غارات على مواقع للمسلحين في منطقة الوادي، أسفرت عن مقتل ستة مسلحين."
    [ev] = events_of(body, published="2026-11-20")
    assert ev.perpetrator == "فرنسا"


def test_a_claim_made_through_a_groups_outlet_names_the_group():
    body = ('قتل خمسة جنود بهجوم على نقطة عسكرية في بادية الشام.\n\n'
            'وأعلن تنظيم "الرايات السود" عبر وكالة "البيان" التابعة له مسؤوليته عن الهجوم.')
    [ev] = events_of(body, published="2026-11-20")
    assert ev.perpetrator == "تنظيم الرايات السود"
    [ev] = events_of('وتبنى تنظيم "الرايات السود" عبر وكالة "البيان" الهجوم على نقطة عسكرية في بادية الشام.',
                     published="2026-11-20")
    assert ev.perpetrator == "تنظيم الرايات السود"


def test_an_abduction_of_people_counted_is_an_event_with_no_place_named():
    [ev] = events_of("اختطف مسلحون أربعة مهندسين يعملون في مشروع لمد خطوط الكهرباء جنوب البلاد.", published="2026-11-20")
    assert (ev.type, ev.target) == ("hostage", "أربعة مهندسين")


def test_an_assassinated_official_named_after_his_body_is_one_killed():
    body = "اغتال مسلحون مجهولون القيادي في حركة النهوض سامر الحداد بإطلاق النار عليه أمام منزله في مخيم الوحدات."
    [ev] = events_of(body, published="2026-11-20",
                     entities=[tagged(body, "per:s", "PER", "سامر الحداد"), tagged(body, "org:n", "ORG", "حركة النهوض")])
    assert ev.killed == 1


def test_the_site_of_an_event_told_before_is_no_event_by_itself():
    body = ("أحيا ذوو الضحايا أمس الذكرى العاشرة للتفجير الذي ضرب الحي عام 2016.\n\n"
            "ونظم المشاركون وقفة بالشموع في موقع الانفجار وسط شارع السعدون.")
    assert events_of(body, published="2026-11-20") == []
    body = "قتل خمسة أشخاص بانفجار عبوة ناسفة في سوق الشورجة.\n\nوهرعت سيارات الإسعاف إلى موقع الانفجار."
    [ev] = events_of(body, published="2026-11-20")
    assert (ev.killed, ev.location) == (5, "سوق الشورجة")


def test_combating_in_a_bodys_name_is_no_plan():
    [ev] = events_of("أعلن جهاز مكافحة الإرهاب اعتقال ستة إرهابيين بمحافظة كركوك.", published="2026-11-20")
    assert (ev.type, ev.arrested, ev.location) == ("arrest", 6, "محافظة كركوك")
    [ev] = events_of("أعلنت مديرية مكافحة المخدرات ضبط 3 مهربين.", published="2026-11-20")
    assert (ev.arrested, ev.location) == (3, None)


def test_a_nationality_counted_after_a_long_subject_is_the_people_arrested():
    body = ("اعتقلت قوات الاحتلال الإسرائيلي فجر اليوم الأحد 25 فلسطينياً على الأقل، بينهم أسرى محررون، "
            "خلال حملة مداهمات واسعة في مدن وبلدات الضفة الغربية.")
    [ev] = events_of(body, published="2026-11-20", entities=[tagged(body, "loc:w", "LOC", "الضفة الغربية")])
    assert (ev.type, ev.arrested, ev.location) == ("arrest", 25, "مدن وبلدات الضفة الغربية")


def test_a_count_read_before_its_verb_does_not_depend_on_the_hash_seed():
    # "قتلا" is also "قتل" without its dual ending; which form the cue table matched had followed
    # the order of a set, so the same page gave 2 killed under some seeds and none under others
    script = ("from marsad.article import Article\nfrom marsad.nlp.events import run\n"
              "body = 'وأكدت الشرطة أن شرطيين قتلا في الهجوم على مركز حي النزهة.'\n"
              "print([e.killed for e in run(Article(source='t', body=body, published='2024-02-20')).events])")
    seen = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
        seen.add(out.stdout.strip())
    assert seen == {"[2]"}


def test_people_counted_before_a_plural_or_dual_verb_of_dying_are_its_toll():
    [ev] = events_of("وقالت الوزارة إن ثلاثة شبان استشهدوا برصاص الجيش في مخيم الوادي.")
    assert ev.killed == 3
    [ev] = events_of("وأفاد الإسعاف بأن شقيقين استشهدا في غارة على بلدة الوادي.")
    assert ev.killed == 2


def test_a_group_accused_of_the_act_is_its_perpetrator():
    body = ("قتل أربعة عشر مدنياً جراء قصف مدفعي استهدف سوقاً شعبياً في بلدة الوادي.\n"
            "واتهمت لجنة الطوارئ في بيان قوات الحرس الأخضر بالوقوف وراء القصف.")
    [ev] = events_of(body)
    assert (ev.killed, ev.perpetrator) == (14, "قوات الحرس الأخضر")
    body = "قتل خمسة جنود في هجوم على حاجز قرب بلدة الوادي. واتهم الجيش جماعة \"أنصار الحق\" بتنفيذ الهجوم."
    [ev] = events_of(body)
    assert ev.perpetrator == "جماعة أنصار الحق"
    # an accusation of something that is no attack names no perpetrator of the attack
    body = "قتل خمسة جنود في هجوم على حاجز قرب بلدة الوادي. واتهم الجيش حركة التغيير بالوقوف وراء الاحتجاجات."
    [ev] = events_of(body)
    assert ev.perpetrator is None


def test_the_force_whose_fire_killed_is_named_as_the_perpetrator():
    [ev] = events_of("استشهد ثلاثة شبان برصاص الجيش الإسرائيلي في مخيم الوادي.")
    assert (ev.killed, ev.perpetrator) == (3, "الجيش الإسرائيلي")
    [ev] = events_of("قتل خمسة مدنيين بنيران قوات الحرس الأخضر في قرية الهدى.")
    assert (ev.killed, ev.perpetrator) == (5, "قوات الحرس الأخضر")
    [ev] = events_of("قتل مدني برصاص مجهولين في قرية الهدى.")
    assert ev.perpetrator is None  # unknown gunmen are no force


def test_shots_fired_in_the_air_are_no_shooting():
    body = "وقال الشهود إن المسلحين وصلوا إلى بلدة الوادي على دراجات نارية وأطلقوا النار في الهواء ثم غادروا."
    assert events_of(body) == []


def test_a_person_named_after_a_place_word_is_no_name_of_the_place():
    body = "وقال المتحدث باسم شرطة الولاية سليم الهادي إن مسلحين أطلقوا النار على حافلة فقتلوا خمسة ركاب."
    person = Entity(id="per:x", type="PER", name="سليم الهادي",
                    mentions=[Mention(body.index("سليم"), body.index("سليم") + len("سليم الهادي"), "سليم الهادي")])
    [ev] = events_of(body, entities=[person])
    assert ev.killed == 5 and (ev.location is None or "سليم" not in ev.location)


def test_an_abduction_called_an_attack_in_its_own_sentence_is_one_event():
    body = "خطف مسلحون اثني عشر عاملاً في منجم بولاية الوادي، مساء الخميس، في أحدث هجوم من نوعه في المنطقة."
    [ev] = events_of(body)
    assert (ev.type, ev.target) == ("hostage", "اثني عشر عاملاً")


def test_people_counted_after_another_verb_are_no_toll_of_the_one_before():
    body = "هاجم مسلحون قرية في ولاية الوادي فقتلوا خمسة أشخاص واختطفوا عشرة آخرين."
    found = events_of(body)
    assert [(e.type, e.killed) for e in found] == [("attack", 5), ("hostage", None)]


def test_an_act_a_court_convicted_someone_of_is_no_news_of_it_far_into_the_clause():
    body = ("أعلنت وزارة الداخلية تنفيذ حكم القتل تعزيراً بحق مواطن أدين بالانضمام إلى خلية إرهابية "
            "والمشاركة في استهداف رجال الأمن بالمنطقة الشرقية.")
    assert events_of(body) == []


def test_a_verb_or_noun_of_arrest_with_the_pronoun_of_two_counts_two():
    [ev] = events_of("داهمت الشرطة منزل المشتبه بهما في حي النزهة واعتقلتهما.")
    assert ev.arrested == 2
    body = ("تمكنت الوحدات الأمنية بالمدينة، فجر اليوم، من مداهمة منزل يتحصن به عنصران مسلحان، "
            "وإلقاء القبض عليهما بعد تبادل لإطلاق النار أسفر عن إصابة عون أمن بجروح خفيفة.")
    arrest, shootout = events_of(body)
    assert (arrest.type, arrest.arrested, shootout.type, shootout.injured) == ("arrest", 2, "shooting", 1)


def test_people_named_by_initials_after_a_comma_are_counted_and_their_charge_is_no_event():
    body = ("أوقفت دورية من مديرية المخابرات في منطقة باب التبانة، المواطنين (م.ع.) و(ح.س.) و(خ.ط.) "
            "لإقدامهم على إطلاق النار.")
    [ev] = events_of(body)
    assert (ev.type, ev.arrested) == ("arrest", 3)


def test_the_day_after_a_long_description_of_the_act_dates_it_not_the_reports_day():
    body = ("ارتفعت حصيلة ضحايا التفجير الانتحاري الذي استهدف سوقاً شعبياً في مدينة الوادي شمال غرب البلاد، "
            "أمس الأحد، إلى 27 قتيلاً و54 جريحاً، بحسب ما أعلنه مسؤول في الحكومة المحلية اليوم الاثنين.")
    [ev] = events_of(body, published="2026-11-17")
    assert (ev.date, ev.killed) == ("2026-11-15", 27)


def test_a_body_announcing_it_carried_out_the_strike_is_its_perpetrator():
    body = ("أعلنت القيادة العسكرية المشتركة أنها نفذت غارة جوية، الجمعة، قرب بلدة الوادي، "
            "أسفرت عن مقتل قيادي بارز في جماعة مسلحة.")
    [ev] = events_of(body)
    assert (ev.killed, ev.perpetrator) == (1, "القيادة العسكرية المشتركة")


def test_counts_past_a_time_aside_or_a_comma_after_the_subject():
    [ev] = events_of("اغتال مسلحون مجهولون، مساء الخميس، ضابطاً في جهاز الأمن بمدينة الوادي.")
    assert ev.killed == 1
    [ev] = events_of("ضبطت إدارة مكافحة المخدرات، ثلاثة أشخاص بحوزتهم كميات من المواد المخدرة في محافظة الوادي.")
    assert ev.arrested == 3
    body = ("وقالت مصادر أمنية إن مسلحين أطلقوا النار على العقيد سالم الهادي أثناء خروجه من منزله "
            "في حي الروضة، ما أدى إلى مقتله على الفور.")
    [ev] = events_of(body)
    assert ev.killed == 1  # his killing: one


def test_a_road_between_two_places_named_after_their_kind_places_the_event():
    [ev] = events_of("انفجر لغم أرضي بسيارة عسكرية على الطريق بين بلدتي الحراك والمليحة.")
    assert ev.location == "الطريق بين بلدتي الحراك والمليحة"
    [ev] = events_of("أصيب جنديان بانفجار لغم على الطريق الواصل بين بلدتي الحراك والمليحة الغربية.")
    assert ev.location.startswith("الطريق الواصل بين بلدتي الحراك")


def test_a_risen_toll_counts_past_the_event_it_names():
    [ev] = events_of("ارتفع عدد قتلى الهجوم على قرية الهدى إلى 40 شخصاً.")
    assert ev.killed == 40
    [ev] = events_of("ارتفع عدد جرحى الانفجار في ميناء البلدة إلى 60.")
    assert ev.injured == 60


def test_an_earlier_blast_told_after_before_that_is_another_event_and_its_munitions_one():
    body = ("وأصيب ثلاثة من رجال الشرطة في انفجار سيارة مفخخة استهدف دورية في حي الدورة جنوبي البلدة. "
            "وقبل ذلك قتل سبعة أشخاص وجرح 35 آخرون في انفجار سيارة مفخخة وعبوة ناسفة بشارع السعدون وسط البلدة.")
    first, second = events_of(body)
    assert (first.injured, first.killed) == (3, None) and first.location.startswith("حي الدورة")
    assert (second.killed, second.injured) == (7, 35) and second.location.startswith("شارع السعدون")


def test_a_toll_after_a_comma_goes_to_the_blast_of_its_own_clause():
    body = ("قتل شخص وجرح آخر في انفجار عبوة ناسفة في منطقة السوق وسط البلدة، كما جرح ثلاثة من رجال الشرطة "
            "في انفجار سيارة مفخخة استهدف دورية في حي الدورة.")
    first, second = events_of(body)
    assert (first.killed, first.injured) == (1, 1) and (second.injured, second.location) == (3, "حي الدورة")
    body = "انفجرت عبوة ناسفة في سوق البلدة، ما أدى إلى مقتل خمسة أشخاص في الانفجار."
    [ev] = events_of(body)
    assert ev.killed == 5


def test_the_place_a_sentence_opens_on_places_its_events():
    body = ("وفي الموصل، أعلنت قيادة العمليات المشتركة في بيان صدر مساء اليوم عن مكتبها الإعلامي مقتل جنديين "
            "وإصابة ثالث بجروح في هجوم مسلح.")
    city = Entity(id="loc:m", type="LOC", name="الموصل",
                  mentions=[Mention(body.index("الموصل"), body.index("الموصل") + len("الموصل"), "الموصل")])
    [ev] = events_of(body, entities=[city])
    assert (ev.killed, ev.location) == (2, "الموصل")


def test_a_group_named_by_suspected_or_charged_membership_is_the_perpetrator():
    body = ("قتل خمسة أشخاص في هجوم شنه مسلحون يشتبه بانتمائهم إلى حركة الشباب على حافلة ركاب "
            "في مقاطعة الوادي.")
    [ev] = events_of(body)
    assert ev.perpetrator == "حركة الشباب"
    [ev] = events_of("اعتقلت القوات الأمنية خمسة متهمين بالانتماء لتنظيم داعش في منطقة الوادي.")
    assert ev.perpetrator == "تنظيم داعش"


def test_arrest_warrants_are_no_arrests():
    body = ("ألقت قوات الأمن القبض على 47 مشتبهاً بهم في عمليات متزامنة.\n"
            "وأفادت مصادر أمنية بأن النيابة العامة أصدرت مذكرات توقيف بحق 52 مشتبهاً.")
    [ev] = events_of(body)
    assert ev.arrested == 47


def test_a_toll_with_its_part_named_before_the_verb_counts_the_whole():
    body = "أعلنت المنظمة أن 12 مدنياً على الأقل بينهم أربعة أطفال قتلوا في غارات جوية على مدينة الوادي."
    [ev] = events_of(body)
    assert ev.killed == 12


def test_a_weapon_named_in_two_words_names_its_state():
    [ev] = events_of("قتل قيادي في جماعة مسلحة في غارة شنتها طائرة مسيرة إسرائيلية على سيارته قرب بلدة الوادي.")
    assert ev.perpetrator == "إسرائيل"


def test_a_unit_noun_with_its_article_names_no_place_after_it():
    # "قضاء X" is a district, but "مطلوبين للقضاء بتهم" are wanted by the judiciary; the place is the
    # one the sentence names after it
    body = ("أعلنت قيادة الشرطة اعتقال تسعة مطلوبين للقضاء بتهم إرهابية في ناحية العلم شمال المحافظة.")
    [ev] = events_of(body)
    assert ev.type == "arrest" and ev.arrested == 9
    assert ev.location.startswith("ناحية العلم")


def test_a_claim_outweighs_the_tie_of_the_group_claiming():
    # "حركة X المرتبطة بتنظيم Y": X claims the attack; Y is who it is tied to
    body = ("انفجرت سيارة ملغومة قرب مطعم في مدينة الساحل مما أسفر عن مقتل ستة أشخاص. "
            "وأعلنت حركة الصحوة المرتبطة بتنظيم القاعدة مسؤوليتها عن الهجوم في بيان.")
    [ev] = events_of(body)
    assert ev.perpetrator == "حركة الصحوة" and ev.killed == 6


def test_custody_ordered_by_the_prosecution_counts_the_people_held():
    # Tunisian usage: "الاحتفاظ بـ" is police custody, counted by the number glued to its preposition
    [ev] = events_of("أذنت النيابة العمومية بالاحتفاظ بثلاثة أشخاص يشتبه في انتمائهم إلى تنظيم إرهابي.")
    assert ev.type == "arrest" and ev.arrested == 3
    assert events_of("قررت اللجنة الاحتفاظ بثلاثة ملفات للمراجعة.") == []


def test_a_singular_subject_of_a_passive_verb_of_dying_counts_one():
    [ev] = events_of("قال الجيش إن جندياً قتل وأصيب اثنان آخران بجروح خطيرة في اشتباكات جنوب المدينة.")
    assert (ev.killed, ev.injured) == (1, 2)
    # with someone killed after it, the singular did the killing
    [ev] = events_of("قالت الشرطة إن مسلحاً قتل ثلاثة حراس في هجوم على مصرف.")
    assert ev.killed == 3
    # how he was wounded, after ب, is no object
    [ev] = events_of("أعلن الجيش مقتل أربعة مسلحين في اشتباك مع وحداته. وأضاف أن جندياً أصيب بجروح طفيفة خلال الاشتباك.")
    assert (ev.killed, ev.injured) == (4, 1)


def test_the_act_people_are_accused_of_is_no_event_of_its_own():
    [ev] = events_of("أعلنت الشرطة، اليوم الأحد، عن اعتقال عصابة مكونة من خمسة متهمين بخطف المواطنين وطلب الفدية "
                     "في مدينة الوادي.")
    assert ev.type == "arrest" and ev.arrested == 5
    assert ev.location == "مدينة الوادي"  # the act they are accused of does not end the arrest's reach


def test_gunmen_killed_in_the_fight_are_no_victims_toll():
    body = ("قتل جنديان وأصيب ثلاثة آخرون في هجوم على حاجز عسكري في مدينة الوادي، فيما قتل 12 من المسلحين "
            "في الاشتباكات التي تلت الهجوم.")
    [ev] = events_of(body)
    assert (ev.killed, ev.injured) == (2, 3)
    # when they are the only dead the report counts, they are the toll
    [ev] = events_of("أسفرت غارة جوية على مواقع في مدينة الوادي عن مقتل 12 مسلحين.")
    assert ev.killed == 12


def test_the_latest_of_these_attacks_is_the_act_the_sentence_tells():
    # "وفي أحدث هذه الهجمات قتل …": the toll is the latest attack's, not the round-up's before it
    body = ("قتل 21 شخصا على الأقل وجرح عشرات آخرون في العاصمة الوادية دار السلام ومحيطها في هجمات وتفجيرات "
            "جديدة خلال الساعات الأربع والعشرين الماضية.\n"
            "وفي أحدث هذه الهجمات قتل شرطي وجرح آخر في انفجار عبوة ناسفة في حي الزهور وسط العاصمة صباح الخميس.")
    round_up, latest = events_of(body, published="2024-02-22")
    assert (round_up.killed, round_up.injured) == (21, None)
    assert (latest.type, latest.killed, latest.injured) == ("bombing", 1, 1)


def test_a_suicide_bomber_arrested_counts_one():
    [ev] = events_of("أعلن الجهاز إحباط هجوم كان يستهدف سوقاً في قضاء الوادي، واعتقال انتحاري كان يرتدي حزاماً ناسفاً.")
    assert ev.type == "plot_foiled" and ev.arrested == 1
    [ev] = events_of("قتل خمسة أشخاص في تفجير انتحاري استهدف سوقاً في مدينة الوادي.")
    assert ev.killed == 5 and ev.arrested is None


def test_a_group_held_responsible_claiming_past_an_aside_or_ascribed_the_act():
    attack = "قتل خمسة جنود في هجوم على حاجز عسكري في مدينة الوادي. "
    for tail, group in (("وحملت الحكومة ميليشيا الفجر مسؤولية الهجوم.", "ميليشيا الفجر"),
                        ("وتبنى تنظيم الفجر، عبر وكالة أنباء تابعة له، الهجوم.", "تنظيم الفجر"),
                        ("ونسبت مصادر أمنية الهجوم إلى جماعة الفجر.", "جماعة الفجر")):
        [ev] = events_of(attack + tail)
        assert (ev.killed, ev.perpetrator) == (5, group), tail
    # carrying weapons is not holding anyone responsible
    [ev] = events_of("حمل مسلحون أسلحة رشاشة وهاجموا حاجزاً عسكرياً في مدينة الوادي فقتلوا خمسة جنود.")
    assert ev.perpetrator is None


def test_a_campaign_of_arrests_that_reached_so_many_people_counts_them():
    [ev] = events_of("شنت قوات الأمن حملة اعتقالات طالت 20 شخصا في مدينة الوادي.")
    assert (ev.type, ev.arrested) == ("arrest", 20)
    [ev] = events_of("شنت الطائرات غارات طالت 20 منزلا في مدينة الوادي وأسفرت عن مقتل 3 أشخاص.")
    assert (ev.killed, ev.arrested) == (3, None)


def test_an_assassination_targets_the_person_named_after_it():
    body = "اغتال مسلحون مجهولون القيادي في الحركة سامي النمر أمام منزله في مدينة الوادي مساء الأحد."
    [ev] = events_of(body, entities=[tagged(body, "per:sami", "PER", "سامي النمر")])
    assert (ev.killed, ev.target) == (1, "سامي النمر")
    body = "نجا القاضي سامي النمر من محاولة اغتيال بعبوة لاصقة في مدينة الوادي."
    [ev] = events_of(body, entities=[tagged(body, "per:sami", "PER", "سامي النمر")])
    assert (ev.killed, ev.target) == (None, "سامي النمر")


def test_an_act_on_the_target_named_before_is_that_event():
    # "… صدم القافلة": the convoy the attack told before was aimed at; the gunmen killed in the
    # sweep after it are no second event's toll
    body = ("قتل سبعة جنود وأصيب 12 آخرون في هجوم انتحاري استهدف قافلة عسكرية في إقليم الوادي.\n"
            "وقال الجيش في بيان إن انتحارياً يقود سيارة مفخخة صدم القافلة في منطقة الزهور.\n"
            "وأضاف البيان أن قوات الأمن أطلقت عملية تمشيط واسعة وقتلت ثلاثة من المسلحين المتورطين.")
    [ev] = events_of(body)
    assert (ev.killed, ev.injured, ev.target) == (7, 12, "قافلة عسكرية")


def test_a_noun_in_construct_with_a_definite_one_points_back():
    # "حملة الاعتقالات" is the campaign told before, though its places are named more narrowly
    body = ("اعتقلت قوات الأمن 14 شخصاً من محافظات الإقليم الشمالي فجر اليوم.\n"
            "وقال نادي المعتقلين إن حملة الاعتقالات تركزت في مدينتي الوادي والزهور.")
    [ev] = events_of(body)
    assert ev.arrested == 14


def test_people_counted_with_the_body_they_belong_to_before_the_verb():
    body = ("انفجرت سيارة مفخخة عند مدخل فندق في مدينة الزهور.\n"
            "وقال المتحدث باسم الشرطة إن ثلاثة من عناصر الأمن قتلوا وأصيب خمسة من عناصر قوات الحراسة في التفجير.")
    [ev] = events_of(body)
    assert (ev.killed, ev.injured) == (3, 5)


def test_a_claim_past_an_aside_on_where_it_was_published():
    body = ("انفجرت سيارة مفخخة قرب مقر البلدية في مدينة الزهور.\n"
            "وأعلنت جماعة أنصار الوادي، في بيان نشرته على موقع موال لها، مسؤوليتها عن الهجوم.")
    [ev] = events_of(body)
    assert ev.perpetrator == "جماعة أنصار الوادي"


def test_hostages_named_after_a_long_subject_make_a_hostage_taking():
    body = "احتجز مسلحون من جماعة أنصار الوادي نحو 20 رهينة داخل فندق في وسط مدينة الزهور مساء الجمعة."
    [ev] = events_of(body)
    assert ev.type == "hostage"
    assert ev.perpetrator == "جماعة أنصار الوادي"
    # those who free hostages did not take them
    [ev] = events_of("حررت قوات الأمن ثلاثة رهائن في عملية خاصة بمدينة الزهور فجر اليوم.")
    assert (ev.type, ev.perpetrator) == ("hostage", None)


def test_gunmen_who_killed_make_an_attack():
    [ev] = events_of("قتل مسلحون مجهولون خمسة مدنيين في قرية الزهور شمال البلاد.")
    assert (ev.type, ev.killed) == ("attack", 5)
    # a plain death with no one acting is no attack (an accident, an illness)
    assert events_of("توفي خمسة أشخاص في قرية الزهور شمال البلاد.") == []


def test_a_kidnappers_group_named_by_its_group_word_before_a_found_name():
    body = "اختطفت جماعة أبو داود سائحين اثنين في جزيرة الزهور."
    # the entities stage found the name without its group word
    [ev] = events_of(body, entities=[tagged(body, "org:abu-dawud", "ORG", "أبو داود")])
    assert (ev.type, ev.perpetrator) == ("hostage", "جماعة أبو داود")


def test_a_munition_something_was_aimed_with_is_an_attack_without_a_toll():
    [ev] = events_of("استهدفت الجماعة سفينة تجارية في خليج الزهور بصاروخين بحريين مساء الثلاثاء.")
    assert (ev.type, ev.location) == ("attack", "خليج الزهور")
    [ev] = events_of("واستهدفت الفصائل مستوطنة الوادي بعدد من الصواريخ في ساعة متأخرة من الليل أمس.")
    assert ev.type == "attack"
    # a plan for munitions, with nothing aimed, is no event
    assert events_of("تستهدف الخطة الجديدة تطوير الصواريخ في مدينة الزهور.") == []


def test_a_group_announcing_an_act_as_its_own():
    body = ("أعلن المتحدث العسكري باسم جماعة أنصار الوادي سالم الحداد، مساء الثلاثاء، استهداف سفينة "
            "تجارية في خليج الزهور بصاروخين بحريين.")
    [ev] = events_of(body, entities=[tagged(body, "per:salem", "PER", "سالم الحداد")])
    assert ev.perpetrator == "جماعة أنصار الوادي"
    body = ("أعلنت كتائب الوادي، الجناح العسكري لحركة الزهور، مساء الثلاثاء، أن مقاتليها استهدفوا "
            "دبابة إسرائيلية بقذيفة شرق مدينة الزهور.")
    [ev] = events_of(body)
    # the tank was struck: its state did not strike
    assert ev.perpetrator == "كتائب الوادي"
    # past its short name in quotation marks and a time aside
    [ev] = events_of('أعلنت القيادة المشتركة للتحالف "قمح"، اليوم الثلاثاء، أنها نفذت غارة جوية قرب بلدة الزهور.')
    assert ev.perpetrator == "القيادة المشتركة للتحالف"
    # the police tell of an act on their patrol, not one of theirs
    [ev] = events_of("أعلنت الشرطة استهداف دورية بعبوة ناسفة في مدينة الزهور.")
    assert ev.perpetrator is None


def test_a_country_named_with_its_state_word_is_the_place():
    body = "أدانت الوزارة الهجوم الذي استهدف نقطة حدودية في جمهورية الوادي وأسفر عن مقتل ثلاثة جنود."
    [ev] = events_of(body)
    assert ev.location == "جمهورية الوادي"


def test_the_target_past_the_means_of_the_attack():
    body = "وقع الهجوم بطائرتين مسيرتين الذي استهدف مطار الزهور الدولي ليلة الأحد، دون أن يسفر عن إصابات."
    [ev] = events_of(body)
    assert ev.target == "مطار الزهور الدولي"


def test_a_verbal_noun_with_his_pronoun_counts_one():
    [ev] = events_of("أطلق مسلحون النار على سيارة مدير الناحية في بلدة الزهور، ما أدى إلى إصابته بجروح خطيرة.")
    assert (ev.type, ev.injured) == ("shooting", 1)
    [ev] = events_of("انفجرت عبوة ناسفة بسيارة القاضي في مدينة الزهور، ما أسفر عن مقتله على الفور.")
    assert ev.killed == 1
    # "ها" may be the thing hit: no one counted
    [ev] = events_of("أطلقت الفصائل صاروخاً على السفينة في ميناء الزهور ما أدى إلى إصابتها.")
    assert ev.injured is None


def test_the_other_sides_act_after_on_the_other_hand_is_another_event():
    body = ("أعلنت كتائب الوادي أن مقاتليها استهدفوا دبابة بقذيفة شرق مدينة الزهور.\n"
            "في المقابل، قال الجيش إن جندياً قتل وأصيب اثنان آخران في معارك جنوب المدينة.")
    events = events_of(body)
    assert [(e.killed, e.injured, e.perpetrator) for e in events] == [(None, None, "كتائب الوادي"), (1, 2, None)]


def test_a_crossing_by_an_armed_groups_men_is_an_attack_foiled():
    [ev] = events_of("أحبطت قوات الأمن، فجر اليوم، محاولة تسلل لعناصر تنظيم داعش قرب بلدة الزهور.")
    assert (ev.type, ev.location) == ("plot_foiled", "بلدة الزهور")
    # migrants crossing a border are no attack
    assert events_of("أحبطت قوات حرس الحدود، فجر اليوم، محاولة تسلل عشرات المهاجرين قرب بلدة الزهور.") == []


def test_a_toll_between_the_act_and_its_place_is_no_distance():
    body = "أسفر التفجير عن سقوط ما لا يقل عن خمسة وثلاثين قتيلاً وأكثر من مئة جريح في مدينة الزهور."
    [ev] = events_of(body)
    assert (ev.killed, ev.injured, ev.location) == (35, 100, "مدينة الزهور")


def test_the_noun_a_vague_number_counts_is_no_one():
    [ev] = events_of("أصيب بضعة عشر شخصاً في انفجار عبوة ناسفة بسوق شعبي في مدينة الزهور.")
    assert ev.injured is None


def test_neutralised_militants_and_the_martyrs_who_rose_are_killed():
    # "تحييد" (neutralised), the word of Algerian and Turkish army communiqués
    [ev] = events_of("تمكنت مفرزة للجيش، أمس، من تحييد ثلاثة إرهابيين قرب بلدة الزهور.")
    assert (ev.type, ev.killed, ev.location) == ("attack", 3, "بلدة الزهور")
    # "ارتقى" (rose, as martyrs) with people counted; an aggression named by its state
    [ev] = events_of("ارتقى أربعة عسكريين وأصيب ستة آخرون جراء عدوان إسرائيلي على ريف المدينة فجر اليوم.")
    assert (ev.killed, ev.injured, ev.perpetrator) == (4, 6, "إسرائيل")
    # a team rising in the table, a danger neutralised, an aggression denounced: none
    assert events_of("ارتقى الفريق إلى المركز الثاني بعد فوزه بثلاثة أهداف.") == []
    assert events_of("وتمكنت القوات من تحييد الخطر وإعادة الهدوء إلى المنطقة.") == []
    assert events_of("وأدان الوزير العدوان على المدينة ودعا إلى وقفه فوراً.") == []


def test_an_assassination_of_a_named_person_kills_one():
    body = "اغتال مسلحون مجهولون النائب سليم العموري أمام منزله في حي الجامعة."
    [ev] = events_of(body, entities=[tagged(body, "per:salim", "PER", "سليم العموري")])
    assert (ev.killed, ev.target, ev.location) == (1, "سليم العموري", "حي الجامعة")
    # an attempt on his life, survived or suffered, kills no one
    for body in ("نجا النائب سليم العموري من محاولة اغتيال أمام منزله في حي الجامعة.",
                 "تعرض النائب سليم العموري لمحاولة اغتيال أمام منزله في حي الجامعة."):
        [ev] = events_of(body, entities=[tagged(body, "per:salim", "PER", "سليم العموري")])
        assert (ev.killed, ev.target) == (None, "سليم العموري")
    body = "أحبطت الشرطة محاولة اغتيال النائب سليم العموري أمام منزله في حي الجامعة."
    assert [ev.killed for ev in events_of(body, entities=[tagged(body, "per:salim", "PER", "سليم العموري")])] in ([], [None])


def test_the_group_whose_attack_it_was_after_the_act_noun():
    body = "قتل خمسة جنود في هجوم لتنظيم الرايات السود على حاجز قرب بلدة الزهور."
    [ev] = events_of(body)
    assert (ev.killed, ev.perpetrator) == (5, "تنظيم الرايات السود")
    body = "قتل خمسة جنود في هجوم لحركة الفجر على حاجز قرب بلدة الزهور."
    [ev] = events_of(body, entities=[tagged(body, "org:fajr", "ORG", "حركة الفجر")])
    assert ev.perpetrator == "حركة الفجر"
    # an attack on someone names no one who made it
    [ev] = events_of("قتل خمسة جنود في هجوم على حاجز للجيش قرب بلدة الزهور.")
    assert ev.perpetrator is None
    # ل on the article is written لل: the coalition, named; bare, it names no one
    [ev] = events_of("قتل ثلاثة مدنيين في غارة للتحالف الدولي على بلدة الزهور.")
    assert ev.perpetrator == "التحالف الدولي"
    [ev] = events_of("قتل ثلاثة مدنيين في غارة للتحالف على بلدة الزهور.")
    assert ev.perpetrator is None


def test_a_drone_strike_on_a_site_named_after_its_town():
    body = "استهدفت طائرة مسيرة مفخخة مطار الزهور الدولي فجر اليوم دون وقوع إصابات."
    [ev] = events_of(body, entities=[tagged(body, "loc:z", "LOC", "الزهور")])
    assert (ev.type, ev.location) == ("attack", "مطار الزهور")
    # a drone flying over, or shot down, is no strike
    assert events_of("حلقت طائرة مسيرة فوق المدينة طوال الليل.") == []
    # the site, then the district it lies in: the district, which a map can place
    body = "استهدفت طائرة مسيرة مفخخة حقل الزهور للغاز في قضاء الوادي فجر اليوم."
    [ev] = events_of(body, entities=[tagged(body, "loc:z", "LOC", "الزهور"), tagged(body, "loc:w", "LOC", "الوادي")])
    assert ev.location == "قضاء الوادي"


def test_the_means_or_craft_after_an_act_is_no_act_of_its_own():
    # "لطائرة مسيرة": whose craft struck; its place is the raid's
    [ev] = events_of("قتل ثلاثة أشخاص في غارة لطائرة مسيرة على سيارة في بلدة الزهور.")
    assert (ev.killed, ev.location) == (3, "بلدة الزهور")


def test_raids_counted_and_carried_out_on_a_place_are_an_act():
    [ev] = events_of("شن الطيران الأجنبي ثلاث غارات على مديرية الوادي بمحافظة الزهور، بحسب مصدر محلي.")
    assert (ev.type, ev.location) == ("attack", "مديرية الوادي بمحافظة الزهور")
    # counted raids in someone's words, carried out by no one, are none
    assert events_of("وأكد الوزير أن ثلاث غارات على المدينة لن تغير شيئاً.") == []


def test_the_air_force_of_a_state_and_a_company_named_so():
    [ev] = events_of("شن الطيران الروسي ثلاث غارات على مديرية الوادي، بحسب مصدر محلي.")
    assert ev.perpetrator == "روسيا"
    [ev] = events_of("قتل خمسة أشخاص في غارة للطيران الروسي على بلدة الزهور.")
    assert ev.perpetrator == "روسيا"
    body = "أصيب ثلاثة أشخاص في انفجار بمطار الزهور، وألغت شركة الطيران الأمريكية رحلاتها."
    [ev] = events_of(body, entities=[tagged(body, "org:air", "ORG", "شركة الطيران الأمريكية")])
    assert ev.perpetrator is None


def test_a_settlement_and_a_number_word_in_a_places_name():
    [ev] = events_of("أطلقت الفصائل 5 صواريخ على مستوطنة الزهور مساء اليوم.")
    assert ev.location == "مستوطنة الزهور"
    [ev] = events_of("أصيب مستوطنان في عملية طعن عند مدخل مستوطنة كريات أربع شرق مدينة الخليل.")
    assert ev.location == "مستوطنة كريات أربع شرق مدينة الخليل"


def test_attacks_of_the_year_are_a_tally():
    assert events_of("قتل 140 جندياً على الأقل من القوات الدولية في هجمات العام الجاري.") == []
    assert events_of("قتل 90 شرطياً في هجمات العام الماضي، بحسب التقرير.") == []
    [ev] = events_of("قتل خمسة جنود في هجمات شنها مسلحون صباح اليوم على حواجز قرب بلدة الزهور.")
    assert ev.killed == 5


def test_the_city_whose_police_made_the_arrest():
    body = ("تمكنت عناصر الشرطة بولاية أمن الزهور، مساء أمس الثلاثاء، من توقيف شخصين للاشتباه في تورطهما "
            "في قضية سرقة بالعنف.")
    [ev] = events_of(body, entities=[tagged(body, "loc:z", "LOC", "الزهور")])
    assert (ev.type, ev.arrested, ev.location) == ("arrest", 2, "الزهور")


def test_the_group_that_claimed_an_act_after_it():
    [ev] = events_of("قتل خمسة جنود في هجوم تبنته حركة الفجر على حاجز قرب بلدة الزهور.")
    assert ev.perpetrator == "حركة الفجر"
    # "the group" alone names no one here
    [ev] = events_of("قتل خمسة جنود في هجوم تبنته الجماعة على حاجز قرب بلدة الزهور.")
    assert ev.perpetrator is None


def test_an_act_named_anew_with_its_own_place_and_toll_is_another_event():
    body = ("قال مصدر عسكري إن القوات انسحبت من البلدة، مؤكداً مقتل 12 من عناصر الحركة خلال المعارك.\n"
            "من جهتها، أفادت شبكة الأطباء بمقتل سبعة مدنيين وإصابة 20 آخرين جراء قصف مدفعي على أحياء مدينة الزهور.")
    assert sorted((ev.killed, ev.location) for ev in events_of(body)) == [(7, "مدينة الزهور"), (12, None)]
    # the same toll told again with the place: one event
    body = ("قال مصدر عسكري إن سبعة مدنيين قتلوا في القصف.\n"
            "وأفادت شبكة الأطباء بمقتل سبعة مدنيين جراء قصف مدفعي على أحياء مدينة الزهور.")
    assert [(ev.killed, ev.location) for ev in events_of(body)] == [(7, "مدينة الزهور")]


def test_the_size_of_a_group_named_before_its_number_is_counted():
    # "أفراد الخلية البالغ عددهم ستة": six arrested, and the foiled plot with them one event
    [ev] = events_of("أحبطت الأجهزة الأمنية مخططاً إرهابياً كان يستهدف منشآت حيوية، وألقت القبض على "
                     "أفراد الخلية البالغ عددهم ستة أشخاص.")
    assert (ev.type, ev.arrested) == ("plot_foiled", 6)
    [ev] = events_of("اعتقلت الشرطة المتهمين وعددهم 12 في حي الزهور.")
    assert (ev.arrested, ev.location) == (12, "حي الزهور")
    # a group counted with no cue before it counts no one
    assert events_of("أحصت اللجنة المرشحين البالغ عددهم 40 في حي الزهور.") == []


def test_the_city_of_the_police_that_made_a_distant_arrest():
    body = ("تمكنت عناصر الشرطة القضائية بمدينة الزهور، بتنسيق مع مصالح المديرية العامة لمراقبة "
            "التراب الوطني، من تفكيك شبكة إجرامية تنشط في تزوير الوثائق الرسمية، وتوقيف ثلاثة من أفرادها.")
    [ev] = events_of(body)
    assert (ev.type, ev.arrested, ev.location) == ("arrest", 3, "مدينة الزهور")
    # a city the subject merely comes from is no police's: no place
    body = ("تمكن وفد رجال الأعمال بمدينة الزهور، بعد مفاوضات طويلة ومرهقة مع الشركاء الأجانب والمحامين "
            "والخبراء، من تفكيك شبكة إجرامية وتوقيف ثلاثة من أفرادها.")
    assert [ev.location for ev in events_of(body)] == [None]


def test_a_verb_with_its_object_after_fa_ends_the_place():
    [ev] = events_of("أطلق مسلح النار على شرطي عند حاجز تفتيش في مدينة الزهور فأرداه قتيلاً.")
    assert (ev.type, ev.killed, ev.location) == ("shooting", 1, "حاجز تفتيش في مدينة الزهور")


def test_a_square_named_after_an_act_is_a_place():
    [ev] = events_of("جرح العشرات في اشتباكات بين متظاهرين وقوات الأمن في ميدان التحرير وسط العاصمة.")
    assert ev.location == "ميدان التحرير وسط العاصمة"
    [ev] = events_of("جرح العشرات في اشتباكات في ساحة التحرير.")
    assert ev.location == "ساحة التحرير"


def test_relatives_and_a_second_person_joined_by_wa_are_counted():
    [ev] = events_of("استشهد طفلان وأصيبت والدتهما بجروح خطيرة في قصف مدفعي على بلدة الزهور.")
    assert (ev.killed, ev.injured) == (2, 1)
    [ev] = events_of("قتل مسلحون رجلاً وزوجته في هجوم على منزلهما في قرية الزهور.")
    assert ev.killed == 2
    [ev] = events_of("أسفر الهجوم عن مقتل ثلاثة جنود وضابط في قرية الزهور.")
    assert ev.killed == 4
    [ev] = events_of("اعتقلت الشرطة شاباً ووالده في حي الزهور.")
    assert ev.arrested == 2
    # واحد after the noun it counts is no second person joined by و
    [ev] = events_of("مقتل مسلح واحد خلال تبادل لإطلاق النار في محافظة الزهور.")
    assert ev.killed == 1
    [ev] = events_of("استهدف مسلحون كمينا للشرطة في بلدة الزهور، ما أسفر عن مقتل ضابط وثلاثة مجندين.")
    assert ev.killed == 4


def test_a_suspected_tie_names_the_perpetrator():
    [ev] = events_of("خطف مسلحون يشتبه في انتمائهم إلى جماعة الفجر 40 طالبة من مدرسة في ولاية الزهور.")
    assert ev.perpetrator == "جماعة الفجر"
    [ev] = events_of("قتل خمسة جنود في هجوم نفذه مسلحون يعتقد أنهم من تنظيم الفجر على حاجز قرب بلدة الزهور.")
    assert ev.perpetrator == "تنظيم الفجر"
    # a group named only by its kind names no one
    [ev] = events_of("قتل خمسة جنود في كمين نصبه مسلحون يشتبه في انتمائهم إلى جماعة جهادية قرب بلدة الزهور.")
    assert ev.perpetrator is None


def test_the_group_held_responsible_for_the_act_named_by_a_pronoun():
    # a relative clause on who did it is no figure of speech ("هجوم الحكومة" is one)
    [ev] = events_of("قتل ثلاثة مدنيين في هجوم حملت الحكومة مسؤوليته لحركة الفجر في بلدة الزهور.")
    assert (ev.killed, ev.perpetrator) == (3, "حركة الفجر")
    [ev] = events_of("قتل ثلاثة مدنيين في هجوم في بلدة الزهور، وحملت الحكومة حركة الفجر مسؤوليته.")
    assert ev.perpetrator == "حركة الفجر"
    [ev] = events_of("قتل ثلاثة مدنيين في هجوم في بلدة الزهور، وحملت الحكومة الجماعة مسؤوليته.")
    assert ev.perpetrator is None


def test_a_risen_toll_of_an_act_named_by_its_town_goes_to_that_act():
    body = ("قتل جنديان وأصيب ثلاثة آخرون بانفجار عبوة ناسفة استهدفت دورية في قضاء الزهور.\n"
            "وفي محافظة الوادي، أطلق مسلحون النار على مزارع في قرية الينابيع، ما أدى إلى مقتله.\n"
            "وفي وقت لاحق، ارتفعت حصيلة ضحايا انفجار الزهور إلى ثلاثة قتلى.")
    zuhur = body.rindex("الزهور")
    town = Entity(id="loc:z", type="LOC", name="الزهور", mentions=[Mention(zuhur, zuhur + 6, "الزهور")])
    events = events_of(body, entities=[town])
    assert sorted((ev.type, ev.killed) for ev in events) == [("bombing", 3), ("shooting", 1)]
    # an act named by its town alone may be one of years ago: no event by itself
    body = "أحيا ذوو ضحايا تفجير الزهور، أمس، الذكرى العاشرة للمأساة."
    assert events_of(body, entities=[tagged(body, "loc:z", "LOC", "الزهور")]) == []


def test_a_place_word_ends_the_name_of_the_group_a_cell_belongs_to():
    [ev] = events_of("فككت الشرطة خلية إرهابية تتكون من أربعة عناصر موالية لتنظيم الفجر بمدينة الزهور.")
    assert (ev.type, ev.arrested, ev.location, ev.perpetrator) == ("plot_foiled", 4, "مدينة الزهور", "تنظيم الفجر")


def test_a_force_that_killed_people_is_the_act_and_its_perpetrator():
    [ev] = events_of("قتلت القوات الأمنية خمسة إرهابيين في صحراء الزهور.")
    assert (ev.type, ev.killed, ev.location, ev.perpetrator) == ("attack", 5, "صحراء الزهور", "القوات الأمنية")
    [ev] = events_of("قتلت قوات الاحتلال شاباً فلسطينياً في مخيم الزهور.")
    assert (ev.killed, ev.perpetrator) == (1, "قوات الاحتلال")
    # a killing no force is named for is still no event without an act
    assert events_of("قتلت الحكومة الأمل في نفوس المواطنين.") == []
    # the force before its verb, in what a source said
    [ev] = events_of("وذكرت خلية الإعلام في بيان أن القوات الأمنية قتلت خمسة إرهابيين في صحراء الزهور.")
    assert (ev.killed, ev.perpetrator) == (5, "القوات الأمنية")
    # the army that says one of its soldiers was killed killed no one: a subject holds no إن
    [ev] = events_of("في المقابل، قال الجيش إن جندياً قتل وأصيب اثنان آخران في الاشتباك قرب بلدة الزهور.")
    assert (ev.killed, ev.injured, ev.perpetrator) == (1, 2, None)


def test_a_woman_killed_after_inna_counts_one():
    [ev] = events_of("وقالت الشرطة إن امرأة قتلت في القصف على بلدة الزهور.")
    assert ev.killed == 1
    [ev] = events_of("وقالت الشرطة إن طفلة أصيبت بجروح في القصف على بلدة الزهور.")
    assert ev.injured == 1


def test_people_counted_also_add_to_the_events_toll():
    body = ("أعلن الجيش اغتيال القيادي في الحركة سامر الحلو في غارة جوية استهدفت شقة سكنية في مدينة الزهور.\n"
            "وقالت مصادر طبية إن الغارة أسفرت أيضاً عن استشهاد ثلاثة مدنيين بينهم طفل.")
    [ev] = events_of(body, entities=[tagged(body, "per:h", "PER", "سامر الحلو")])
    assert (ev.killed, ev.target) == (4, "سامر الحلو")
    # the same toll told again is no addition
    body = ("قتل ثلاثة مدنيين في غارة جوية على مدينة الزهور.\n"
            "وقالت مصادر طبية إن الغارة أسفرت عن استشهاد ثلاثة مدنيين بينهم طفل.")
    assert [ev.killed for ev in events_of(body)] == [3]


def test_a_named_prisoner_or_deputy_arrested_is_one():
    body = "اعتقلت قوات الاحتلال الأسير المحرر سامي العلي من بلدة الزهور."
    [ev] = events_of(body, entities=[tagged(body, "per:a", "PER", "سامي العلي")])
    assert ev.arrested == 1
    body = "اعتقلت الشرطة النائب السابق سامي العلي في منزله بحي الزهور."
    [ev] = events_of(body, entities=[tagged(body, "per:a", "PER", "سامي العلي")])
    assert ev.arrested == 1
    # the deputy met before, unnamed here, is not counted again
    assert [ev.arrested for ev in events_of("اعتقلت الشرطة النائب في منزله بحي الزهور.")] == [None]
    # a relative joined after the person's name is one more
    body = "اعتقلت قوات الاحتلال الأسير المحرر سامي العلي وشقيقه من بلدة الزهور."
    [ev] = events_of(body, entities=[tagged(body, "per:a", "PER", "سامي العلي")])
    assert ev.arrested == 2


def test_the_force_whose_weapon_carried_the_act_out_is_its_perpetrator():
    body = ("نفذت طائرات التحالف الدولي غارة جوية على قرية الرملة، ما أسفر عن مقتل ثلاثة مسلحين.\n"
            "وفي حادث منفصل، قصفت مدفعية الجيش النظامي أحياء في مدينة الواحة، ما أسفر عن مقتل أربعة مدنيين.\n"
            "وفي حادث منفصل، قالت الخلية إن طائرات القوة الجوية نفذت ضربة جوية على وكر في صحراء النخيل، "
            "ما أسفر عن مقتل اثنين.")
    assert [e.perpetrator for e in events_of(body, published="2026-11-20")] == [
        "التحالف الدولي", "الجيش النظامي", "القوة الجوية"]
    # aircraft of a force struck at are the target, not the perpetrator
    body = "استهدف المسلحون طائرات التحالف في المطار، ما أسفر عن مقتل جنديين."
    assert [e.perpetrator for e in events_of(body, published="2026-11-20")] == [None]


def test_a_strike_aimed_at_the_vicinity_of_a_site_is_an_attack_there():
    [ev] = events_of("استهدفت طائرة مسيرة مفخخة محيط مطار النخيل الدولي دون أن تسفر عن خسائر بشرية.",
                     published="2026-11-20")
    assert (ev.type, ev.target) == ("attack", "محيط مطار النخيل الدولي")


def test_a_site_placed_in_its_own_city_keeps_that_place_not_the_province_named_after_it():
    body = "قتل سبعة أشخاص في تفجير انتحاري في سوق شعبية بمدينة الواحة عاصمة ولاية النخيل."
    assert [e.location for e in events_of(body, published="2026-11-20")] == ["سوق شعبية بمدينة الواحة"]
    body = "استهدف هجوم حقل الريان للغاز في قضاء الواحة."  # a site with no town of its own: its district
    assert [e.location for e in events_of(body, published="2026-11-20")] == ["قضاء الواحة"]


def test_people_joined_after_an_officers_rank_add_up():
    body = "قتل ضابط برتبة ملازم أول وجنديان، صباح الأحد، بانفجار عبوة ناسفة على طريق الواحة."
    assert [e.killed for e in events_of(body, published="2026-11-20")] == [3]
    body = "قتل ضابط برتبة عقيد وأصيب ثلاثة جنود بانفجار عبوة ناسفة على طريق الواحة."
    assert [(e.killed, e.injured) for e in events_of(body, published="2026-11-20")] == [(1, 3)]


def test_an_attack_on_a_currency_is_a_figure_of_speech():
    body = ("وقال رئيس الشعبة إن \"الأسواق تعيش حالة من الهلع\"، مرجعاً ذلك إلى الهجوم الشرس على العملة "
            "المحلية في السوق الموازية.")
    assert events_of(body, published="2026-11-20") == []
    body = "شن مسلحون هجوماً على مصرف الدولار في وسط المدينة أسفر عن مقتل حارسين."
    assert [(e.type, e.killed) for e in events_of(body, published="2026-11-20")] == [("attack", 2)]


def test_a_claimed_strike_with_rocket_weapons_or_a_salvo_fired_at_a_place_is_an_attack():
    body = "أعلنت حركة الفجر في بيان أن مقاتليها استهدفوا موقع الرمال بالأسلحة الصاروخية."
    assert [(e.type, e.perpetrator) for e in events_of(body, published="2026-11-20")] == [("attack", "حركة الفجر")]
    body = "أطلقت الفصائل صلية صاروخية على مستوطنة الواحة."
    assert [(e.type, e.location) for e in events_of(body, published="2026-11-20")] == [("attack", "مستوطنة الواحة")]
    # the words alone, fired at nothing, tell of no act
    assert events_of("وتطرق المعرض إلى تطور الأسلحة الصاروخية في العالم.", published="2026-11-20") == []


def test_the_day_a_statement_was_made_does_not_date_the_act_it_reports():
    body = "قال المتحدث الثلاثاء إن هجوماً وقع الأحد أسفر عن مقتل ثلاثة جنود في بلدة الواحة."
    assert [e.date for e in events_of(body, published="2026-11-25")] == ["2026-11-22"]
    # with no other day, the day of the report stands for the act's
    body = "قال الجيش أمس إن ثلاثة جنود قتلوا في هجوم على حاجز في بلدة الواحة."
    assert [e.date for e in events_of(body, published="2026-11-25")] == ["2026-11-24"]


def test_the_target_of_a_verb_of_aiming_comes_after_its_subject_and_time():
    body = "استهدف مسلحون مجهولون فجر الخميس حافلة تقل عمالاً في بلدة الواحة ما أسفر عن مقتل ثلاثة."
    assert [e.target for e in events_of(body, published="2026-11-20")] == ["حافلة تقل عمالاً"]
    body = "استهدفت قوات الاحتلال منزلاً في بلدة الواحة ما أدى إلى مقتل خمسة."
    assert [e.target for e in events_of(body, published="2026-11-20")] == ["منزلاً"]


def test_the_force_a_verb_of_aiming_has_for_its_subject_is_the_perpetrator():
    body = "استهدفت قوات الاحتلال منزلاً في بلدة الواحة ما أدى إلى مقتل خمسة."
    assert [e.perpetrator for e in events_of(body, published="2026-11-20")] == ["قوات الاحتلال"]
    body = "استهدفت حركة الفجر دورية للجيش في بلدة الواحة ما أدى إلى مقتل جنديين."
    assert [e.perpetrator for e in events_of(body, published="2026-11-20")] == ["حركة الفجر"]
    body = "استهدف مسلحون حافلة تقل عمالاً في بلدة الواحة ما أسفر عن مقتل ثلاثة."  # no one named
    assert [e.perpetrator for e in events_of(body, published="2026-11-20")] == [None]
