"""Extraction on fictional pages: body vs furniture, title, date, credits, related articles, HTML."""
from datetime import date, datetime
from pathlib import Path

import pytest

from marsad.article import Article
from marsad.extract import run
from marsad.extract.credits import agencies_in_credit, parse_dateline, split_tags
from marsad.extract.furniture import classify, is_signoff

NER_TRAIN = Path(__file__).resolve().parent.parent.parent / "shared" / "ner" / "anercorp.train.conll"

BODY = [
    "أعلنت وزارة الداخلية الأردنية، اليوم الأحد، ضبط شبكة لتهريب الأسلحة عبر الحدود الشمالية للمملكة.",
    "وقال الناطق باسم الوزارة العميد رامي الخوالدة إن الشبكة تضم تسعة أشخاص بينهم اثنان من جنسية أجنبية.",
    "وأضاف أن التحقيقات بدأت قبل ثلاثة أشهر بعد ورود معلومات عن نشاط مريب في منطقة زراعية نائية.",
    "وأكد الخوالدة أن الأجهزة الأمنية ستواصل ملاحقة كل من يحاول العبث بأمن البلاد واستقرارها.",
]


def extract(text: str, fmt: str = "text", **kw) -> Article:
    return run(Article(source="page", format=fmt, raw_text=text, **kw))


def page(*parts: str) -> str:
    return "\n".join(parts)


def test_scraped_page_with_all_the_furniture():
    art = extract(page(
        "الرئيسية", "محليات", "عربي ودولي", "رياضة",
        "الداخلية الأردنية تضبط شبكة لتهريب الأسلحة في الشمال",
        "نشر بتاريخ: الأحد 9 حزيران 2024 - 11:20 ص",
        "عمّان - بترا",
        *BODY,
        "المصدر: وكالة الأنباء الأردنية (بترا)",
        "كلمات دلالية: تهريب، الأسلحة، وزارة الداخلية",
        "شارك هذا الخبر", "فيسبوك", "واتساب",
        "تابع أحدث الأخبار عبر تطبيق",
        "إقرأ أيضاً:",
        "افتتاح معرض للكتاب في إربد بمشاركة خمسين دار نشر",
        "افتتح محافظ إربد صباح اليوم معرضاً للكتاب تشارك فيه خمسون دار نشر من الأردن والدول العربية.",
        "وقال مدير المعرض إن الفعاليات تستمر عشرة أيام وتتضمن ندوات وأمسيات شعرية.",
        "جميع الحقوق محفوظة © 2025",
    ))
    assert art.title == "الداخلية الأردنية تضبط شبكة لتهريب الأسلحة في الشمال"
    assert art.body.split("\n") == BODY
    assert art.published == "2024-06-09" and art.published_source == "byline"
    assert art.agencies == ["بترا"]
    assert art.dateline == "عمّان"
    assert art.keywords == ["تهريب", "الأسلحة", "وزارة الداخلية"]
    assert [r.title for r in art.related] == ["افتتاح معرض للكتاب في إربد بمشاركة خمسين دار نشر"]
    assert art.related[0].body.startswith("افتتح محافظ إربد") and "عشرة أيام" in art.related[0].body


def test_comment_box_headline_list_and_copyright_year_stay_out():
    art = extract(page(
        "عالمي",
        "",
        "الداخلية الأردنية تضبط شبكة لتهريب الأسلحة في الشمال",
        "",
        *BODY,
        "",
        "التعليقات",
        "اترك تعليقاً",
        "لن يتم نشر بريدك الإلكتروني. الحقول المطلوبة مشار إليها بعلامة *",
        "الاسم",
        "البريد الإلكتروني",
        "",
        "مهرجان للموسيقى الشعبية في مدينة العقبة الشهر المقبل",
        "ارتفاع أسعار الذهب في السوق المحلية للمرة الثالثة",
        "المنتخب الوطني يستعد لمواجهة ودية أمام نظيره العماني",
        "حقوق النشر 2025 لموقع الأخبار",
    ))
    assert art.title == "الداخلية الأردنية تضبط شبكة لتهريب الأسلحة في الشمال"  # not the section name
    assert art.body.split("\n") == BODY
    assert art.published is None  # a copyright year is not a publication date


def test_date_above_headline_byline_without_colon_and_inline_read_more():
    art = extract(page(
        "موقع النهار الجديد", "الرئيسية", "أخبار عاجلة", "سياسة",
        "الأحد، 10 مارس 2024 03:00 م",
        "وزير الصحة يعلن خطة لتطوير المستشفيات الحكومية",
        "كتب سمير فؤاد",
        BODY[0], BODY[1],
        "اقرأ أيضا: وزير الصحة يتفقد مستشفيات الصعيد",
        BODY[2],
        "صورة أرشيفية",
        BODY[3],
        "الأكثر قراءة",
        "ارتفاع درجات الحرارة غدا على أغلب المحافظات",
        "أسعار الذهب اليوم في السوق المحلية",
        "موعد مباراة القمة في الدوري الممتاز",
    ))
    assert art.title == "وزير الصحة يعلن خطة لتطوير المستشفيات الحكومية"
    assert art.published == "2024-03-10" and art.author == "سمير فؤاد"
    assert art.outlet == "موقع النهار الجديد"
    assert art.body.split("\n") == BODY
    assert [r.title for r in art.related] == ["وزير الصحة يتفقد مستشفيات الصعيد"]


def test_an_inline_read_more_label_with_tanween_leaves_nothing_of_itself():
    art = extract(page("وزير الصحة يعلن خطة لتطوير المستشفيات الحكومية", BODY[0], BODY[1],
                       "اقرأ أيضاً: وزير الصحة يتفقد مستشفيات الصعيد", BODY[2], BODY[3]))
    assert [r.title for r in art.related] == ["وزير الصحة يتفقد مستشفيات الصعيد"]


def test_the_article_goes_on_after_an_inline_read_more_with_a_short_line():
    quotation = '"لن نتهاون مع أي جهة تحاول تهريب السلاح عبر حدودنا مهما كانت الظروف".'
    art = extract(page("وزير الصحة يعلن خطة لتطوير المستشفيات الحكومية", BODY[0], BODY[1],
                       "اقرأ أيضاً: وزير الصحة يتفقد مستشفيات الصعيد", "وأردف الخوالدة قائلاً:", quotation, BODY[2]))
    assert art.body.split("\n") == [BODY[0], BODY[1], "وأردف الخوالدة قائلاً:", quotation, BODY[2]]
    assert [r.title for r in art.related] == ["وزير الصحة يتفقد مستشفيات الصعيد"]


def test_outlet_and_reporter_line_and_paragraphs_without_final_period():
    paragraphs = [line.rstrip(".") for line in BODY]
    art = extract(page("المجلس البلدي يقر ميزانية العام الجديد", "هسبريس - سعيد العلوي", "الخميس 21 نونبر 2019",
                       "", *paragraphs, "", "مشاركة", "تعليقات الزوار", "1 - مواطن",
                       "ميزانية جيدة لكن الأهم هو التنفيذ على أرض الواقع وليس فقط الوعود الجميلة المعتادة في كل عام."))
    assert art.author == "سعيد العلوي" and art.published == "2019-11-21"
    assert art.body.split("\n") == paragraphs


def test_unpunctuated_first_paragraph_under_the_headline_is_body():
    first = "قالت مصادر محلية إن الأمطار الغزيرة التي هطلت الليلة الماضية تسببت في إغلاق عدة طرق رئيسية"
    art = extract(page("أمطار غزيرة تغلق طرقا رئيسية في الشمال", "الاثنين 4 ديسمبر 2023", first, *BODY))
    assert art.title == "أمطار غزيرة تغلق طرقا رئيسية في الشمال"
    assert art.body.split("\n") == [first, *BODY]


def test_bulleted_points_inside_the_article_stay_and_bulleted_menus_go():
    points = ["• رفع الحد الأدنى للأجور بنسبة عشرة في المئة اعتباراً من مطلع العام المقبل.",
              "• إعفاء المشاريع الصغيرة من الرسوم لمدة ثلاث سنوات."]
    art = extract(page("  • رياضة", "  • اقتصاد محلي", "  • فيديو",
                       "الحكومة تعلن حزمة إجراءات اقتصادية جديدة", BODY[0], *points, BODY[1]))
    assert art.body.split("\n") == [BODY[0], *points, BODY[1]]
    assert art.title == "الحكومة تعلن حزمة إجراءات اقتصادية جديدة"


def test_listing_page_keeps_the_longest_article_only():
    other = ["انطلقت اليوم فعاليات معرض الصناعات الغذائية بمشاركة مئة شركة محلية وعربية.",
             "وقال المنظمون إن المعرض يستمر خمسة أيام."]
    art = extract(page("الداخلية الأردنية تضبط شبكة لتهريب الأسلحة", "الأحد 9 حزيران 2024", *BODY,
                       "انطلاق معرض الصناعات الغذائية في العاصمة", "السبت 8 حزيران 2024", *other))
    assert art.body.split("\n") == BODY
    assert art.published == "2024-06-09"


def test_event_date_in_the_text_is_not_the_publication_date():
    art = extract(page(
        "مقتل ثلاثة في انفجار عبوة ناسفة شرق المدينة",
        "وقال مسؤول محلي إن الانفجار الذي وقع يوم 03/04/2017 أدى إلى مقتل ثلاثة أشخاص وإصابة خمسة آخرين.",
        "وأضاف المسؤول أن فرق الإنقاذ نقلت المصابين إلى مستشفى قريب لتلقي العلاج اللازم.",
        "وقال الرئيس في كلمته اليوم (الخميس) إن التحقيق سيكشف الجناة في أقرب وقت ممكن.",
    ))
    assert art.published is None


def test_lone_date_line_at_the_end_and_publisher_line():
    art = extract(page(
        "الرئيس يدعو إلى تعزيز التعاون الإقليمي في مواجهة التطرف.",
        "",
        "وزارة الإعلام",
        "",
        *BODY,
        "",
        "2019-06-30",
        "جميع الحقوق محفوظة © 2020",
    ))
    assert art.title == "الرئيس يدعو إلى تعزيز التعاون الإقليمي في مواجهة التطرف."
    assert art.published == "2019-06-30" and art.published_source == "text"
    assert art.outlet == "وزارة الإعلام" and art.agencies == []
    assert art.body.split("\n") == BODY



@pytest.mark.parametrize("last, source", [
    ("عمّان في 9 حزيران 2024", "dateline"),
    ("صدر في عمّان بتاريخ 9 حزيران 2024", "text"),
    ("بترا 1432 جمت 09/06/2024", "text"),  # an agency's stamp: its code, a number and the day
])
def test_a_place_and_full_date_signing_off_the_article_date_it(last, source):
    art = extract(page("الداخلية تضبط شبكة لتهريب الأسلحة في الشمال", "", *BODY, "", last))
    assert (art.published, art.published_source) == ("2024-06-09", source)
    assert art.body.split("\n") == BODY
    # a day with no year signs off nothing certain
    art = extract(page("الداخلية تضبط شبكة لتهريب الأسلحة في الشمال", "", *BODY, "", "صدر في عمّان يوم 9 حزيران"))
    assert art.published is None

def test_headline_naming_a_ministry_is_still_the_headline():
    art = extract(page("الرئيسية", "وزارة الداخلية تعلن ضبط شبكة لتهريب الأسلحة", *BODY))
    assert art.title == "وزارة الداخلية تعلن ضبط شبكة لتهريب الأسلحة"


def test_relative_date_line_needs_the_fetch_time():
    text = page("الداخلية الأردنية تضبط شبكة لتهريب الأسلحة", "منذ ساعتين", *BODY)
    assert extract(text).published is None
    fetched = extract(text, reference_time=datetime(2024, 6, 9, 13, 30))
    assert fetched.published.startswith("2024-06-09")


def test_author_line_after_the_credit():
    art = extract(page("وزير الخارجية يبحث مع نظيره الفرنسي ملف اللاجئين", *BODY,
                       "المصدر: وكالات", "سامر الحلبي", "التعليقات"))
    assert art.author == "سامر الحلبي"
    assert art.agencies == ["وكالات"]


def test_byline_label():
    art = extract(page("وزير الخارجية يبحث مع نظيره الفرنسي ملف اللاجئين", "كتبت: هدى الشامي", *BODY))
    assert art.author == "هدى الشامي"
    assert art.body.split("\n") == BODY


@pytest.mark.parametrize("line, agency", [
    ("المصدر: وكالة الأنباء القطرية", "قنا"),
    ("المصدر : وكالة فرانس برس.", "فرانس برس"),
    ("المصدر: الوكالة العربية السورية للأنباء", "سانا"),
    ("(رويترز)", "رويترز"),
    ("ـ (أ ف ب)", "فرانس برس"),
    ("واشنطن-سانا", "سانا"),
    ("أبوظبي (وام)", "وام"),
    ("الرياض - واس", "واس"),
    ("المصدر: وكالة النجمة للأنباء", "النجمة"),  # an agency the list does not know keeps its name
])
def test_credit_line_forms(line, agency):
    credit_at_end = line.startswith(("المصدر", "(", "ـ"))
    parts = [*BODY, line] if credit_at_end else [line, *BODY]
    art = extract(page("الداخلية الأردنية تضبط شبكة لتهريب الأسلحة", *parts))
    assert art.agencies == [agency]
    assert line not in art.body


def test_dateline_opening_the_first_paragraph_is_recorded_and_kept():
    first = "بغداد (رويترز) - قتل أربعة أشخاص وأصيب سبعة آخرون في انفجار سيارة مفخخة قرب سوق شعبي."
    art = extract(page("انفجار سيارة مفخخة قرب سوق شعبي في بغداد", first, *BODY[1:]))
    assert art.dateline == "بغداد" and art.agencies == ["رويترز"]
    assert art.body.split("\n")[0] == first


def test_dated_dateline_gives_the_date():
    first = "عمّان، 14 تموز 2022 (بترا) - أقرت الحكومة خطة لدعم صغار المزارعين في وادي الأردن بقيمة عشرة ملايين دينار."
    art = extract(page("الحكومة تقر خطة لدعم صغار المزارعين", first, *BODY[1:]))
    assert (art.dateline, art.agencies) == ("عمّان", ["بترا"])
    assert art.published == "2022-07-14" and art.published_source == "dateline"


def test_date_line_in_both_calendars_gives_the_gregorian_day():
    art = extract(page("الحكومة تقر خطة لدعم صغار المزارعين", "الأحد 15 رمضان 1445 هـ - الموافق 24 مارس 2024 م", *BODY))
    assert art.published == "2024-03-24"


def test_agency_relaying_a_quote_is_not_a_credit():
    art = extract(page("موسكو تنتقد العقوبات الجديدة", *BODY,
                       "ونقلت وكالة تاس عن المتحدث قوله إن العقوبات لن تغير موقف بلاده من الأزمة."))
    assert art.agencies == []


def test_credit_parsing_and_datelines():
    assert agencies_in_credit("رويترز، أ ف ب") == (["رويترز", "فرانس برس"], [])
    assert agencies_in_credit("وزارة الصحة") == ([], ["وزارة الصحة"])
    assert parse_dateline("القاهرة - أكد الوزير أن").place == "القاهرة"
    assert parse_dateline("القاهرة - أكد الوزير").source is None  # a story's opening, no outlet
    # a place and its adjective: "القدس المحتلة"
    assert parse_dateline("القدس المحتلة - قال الوزير إن").place == "القدس المحتلة"
    assert parse_dateline("القدس المحتلة – «القدس العربي»: قال الوزير").source == "القدس العربي"
    irna = parse_dateline("طهران/ 12 آذار/ مارس/ إرنا- أكد المتحدث أن", date(2026, 3, 20))  # the day between slashes
    assert (irna.place, irna.agency, str(irna.when)) == ("طهران", "إرنا", "2026-03-12")
    undated = parse_dateline("طهران/ 12 آذار/ مارس/ إرنا- أكد المتحدث أن")  # no year to read the day by
    assert (undated.place, undated.agency, undated.when) == ("طهران", "إرنا", None)
    assert parse_dateline("وقال الوزير - في تصريح - إن الوضع مستقر") is None
    assert parse_dateline("تونس العاصمة - وات").alone
    for line in ("الرباط (و م ع) - أعلن", "الرباط (و.م.ع) - أعلن"):  # the Moroccan agency's letters
        assert (parse_dateline(line).place, parse_dateline(line).agency) == ("الرباط", "ومع")
    assert agencies_in_credit("يو بي آي، إيرنا") == (["يو بي آي", "إرنا"], [])


def test_tags_without_separators_follow_the_body():
    body = "وصل وفد من آسيا الوسطى لبحث مكافحة الإرهاب مع وزارة الخارجية الروسية"
    assert split_tags("آسيا الوسطى الإرهاب وزارة الخارجية الروسية مكافحة الإرهاب", body) == [
        "آسيا الوسطى", "الإرهاب", "وزارة الخارجية الروسية", "مكافحة الإرهاب"]


SENTENCES = [
    "عمّان ( بترا ) أعلن وزير الزراعة سالم الدباس أمس عن خطة لدعم المزارعين في وادي الأردن .",
    "وقال الدباس .",
    "إن الخطة تبدأ الشهر المقبل .",
    "( أ ف ب ) .",
    "وتشمل الخطة قروضاً ميسرة ، وبذوراً محسنة ، وتدريباً للمزارعين الشباب في المحافظات الجنوبية .",
    "58 .",
    "هل تكفي ؟",
    "كتب : سامر الحلبي .",
    "منذ ساعتين .",
    "ولم يحدد الوزير قيمة القروض",
]


@pytest.mark.parametrize("title", ["وثيقة 12", "Document 3", "نص"])
def test_anercorp_shaped_page_keeps_every_sentence_line(title):
    art = extract(title + "\n\n" + "\n".join(SENTENCES) + "\n")
    assert art.title == title
    assert art.body.split("\n") == SENTENCES


@pytest.mark.skipif(not NER_TRAIN.exists(), reason="shared ANERcorp training file not present")
def test_anercorp_training_sentences_survive_extraction():
    sentences, current = [], []
    for row in NER_TRAIN.read_text(encoding="utf-8").splitlines():  # the whole file: a lost line loses a page
        if row.strip():
            current.append(row.split("\t")[0])
        elif current:
            sentences.append(" ".join(current))
            current = []
    for i in range(0, len(sentences) - 25, 25):
        chunk = sentences[i:i + 25]
        art = extract(f"مقالة {i}\n\n" + "\n".join(chunk) + "\n")
        assert art.body.split("\n") == chunk, i
    for before, last in zip(sentences, sentences[1:]):  # each sentence also as a page's last line
        assert extract(f"مقالة\n\n{before}\n{last}\n").body.split("\n") == [before, last], last


ARTICLE_HTML = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>الحكومة تقر موازنة العام المقبل | صحيفة الوادي</title>
<meta property="og:site_name" content="صحيفة الوادي">
<meta property="og:title" content="الحكومة تقر موازنة العام المقبل">
<meta property="article:published_time" content="2023-12-18T09:30:00+03:00">
<meta name="author" content="نادر العلي">
<meta name="keywords" content="الموازنة، الحكومة، الاقتصاد">
</head><body>
<nav><a href="/">الرئيسية</a> <a href="/eco">اقتصاد</a> <a href="/sport">رياضة</a></nav>
<article><h1>الحكومة تقر موازنة العام المقبل</h1>
<p>عمّان - أقر مجلس الوزراء في جلسته الأسبوعية مشروع قانون الموازنة العامة للعام المقبل بعجز أقل من العام الماضي.</p>
<p>وقال وزير المالية إن الموازنة تركز على دعم القطاعات الإنتاجية وخلق فرص عمل جديدة للشباب في المحافظات.</p>
<p>وأضاف الوزير أن الحكومة ستحيل المشروع إلى مجلس النواب خلال الأيام القليلة المقبلة لمناقشته وإقراره.</p>
<p>المصدر: وكالة الأنباء الأردنية (بترا)</p>
</article>
<aside class="share">شارك: فيسبوك | تويتر | واتساب</aside>
<section class="comments"><h3>التعليقات</h3><p>قارئ: نتمنى أن تنعكس الموازنة على حياة المواطن البسيط فعلاً.</p></section>
<footer>جميع الحقوق محفوظة © 2023 صحيفة الوادي</footer>
</body></html>"""


def test_html_with_article_and_meta():
    art = extract(ARTICLE_HTML, fmt="html")
    assert art.title == "الحكومة تقر موازنة العام المقبل"
    assert art.published.startswith("2023-12-18") and art.published_source == "meta"
    assert art.author == "نادر العلي" and art.outlet == "صحيفة الوادي"
    assert art.keywords == ["الموازنة", "الحكومة", "الاقتصاد"]
    assert art.agencies == ["بترا"] and art.dateline == "عمّان"
    lines = art.body.split("\n")
    assert len(lines) == 3 and lines[0].startswith("عمّان - أقر مجلس الوزراء")
    for leak in ("فيسبوك", "التعليقات", "قارئ", "جميع الحقوق", "المصدر"):
        assert leak not in art.body


PLAIN_HTML = """<html><head><title>تراجع أسعار الحديد في الأسواق المحلية - شبكة السهل الإخبارية</title></head>
<body><div id="menu"><a href="/">الرئيسية</a> <a href="/a">أخبار</a> <a href="/b">مقالات</a></div>
<div id="content"><h2>تراجع أسعار الحديد في الأسواق المحلية</h2>
<span class="date">نشر في: 14/02/2022</span>
<div class="entry">
<p>تراجعت أسعار الحديد في الأسواق المحلية خلال الأسبوع الجاري بنسبة تقارب خمسة في المئة مقارنة بالشهر الماضي.</p>
<p>وقال تجار في سوق مواد البناء إن الطلب تراجع بسبب الأحوال الجوية وتوقف عدد من المشاريع الكبيرة مؤقتاً.</p>
<p>وتوقع خبراء أن تعود الأسعار إلى الارتفاع مع بداية فصل الربيع وعودة النشاط إلى قطاع الإنشاءات.</p>
</div>
<div class="tags">الوسوم: الحديد، الأسعار، البناء</div>
<div class="related"><h3>اقرأ أيضاً</h3><ul><li><a href="/x">افتتاح مصنع جديد للإسمنت في الجنوب</a></li></ul></div>
</div><div id="footer">حقوق النشر © 2022 شبكة السهل</div></body></html>"""


def test_html_without_article_or_meta_tags():
    art = extract(PLAIN_HTML, fmt="html")
    assert art.title == "تراجع أسعار الحديد في الأسواق المحلية"
    assert art.published == "2022-02-14"
    assert art.keywords == ["الحديد", "الأسعار", "البناء"]
    lines = art.body.split("\n")
    assert len(lines) == 3 and lines[0].startswith("تراجعت أسعار الحديد")
    assert "الوسوم" not in art.body and "حقوق النشر" not in art.body


def test_json_ld_and_url_date():
    html = ("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
            "\"headline\": \"افتتاح مطار جديد في الشمال\", \"datePublished\": \"2021-05-02\", "
            "\"author\": {\"@type\": \"Person\", \"name\": \"ليلى حداد\"}}</script></head><body><div>"
            + "".join(f"<p>{s}</p>" for s in BODY) + "</div></body></html>")
    art = extract(html, fmt="html")
    assert (art.title, art.published, art.author) == ("افتتاح مطار جديد في الشمال", "2021-05-02", "ليلى حداد")
    undated = extract(page("افتتاح مطار جديد في الشمال", *BODY), url="https://example.com/news/2020/11/05/airport")
    assert undated.published == "2020-11-05" and undated.published_source == "url"


SHELL_HEAD = ("<html><head><meta charset=\"utf-8\"><title>الداخلية الأردنية تضبط شبكة لتهريب الأسلحة | الوادي</title>"
              "</head><body><div id=\"root\"><nav><a href=\"/\">الرئيسية</a></nav><div class=\"spinner\">جار التحميل</div>"
              "</div>")


def test_a_script_rendered_page_gets_its_article_from_the_embedded_data():
    import json
    state = {"props": {"pageProps": {
        "article": {"title": "الداخلية الأردنية تضبط شبكة لتهريب الأسلحة",
                    "body": "".join(f"<p>{s}</p>" for s in BODY)},
        "mostRead": [{"title": "افتتاح مطار جديد في الشمال", "summary": "افتتح رئيس الوزراء المطار الجديد"}]}}}
    html = (SHELL_HEAD + "<script id=\"__NEXT_DATA__\" type=\"application/json\">"
            + json.dumps(state, ensure_ascii=False) + "</script></body></html>")
    art = extract(html, fmt="html")
    assert art.body.split("\n") == BODY
    assert art.title == "الداخلية الأردنية تضبط شبكة لتهريب الأسلحة"


def test_typed_content_blocks_in_an_assigned_state_are_joined_and_comments_are_not():
    import json
    blocks = [{"type": "text", "content": s} for s in BODY[:3]] + [{"type": "image", "url": "/a.jpg"},
                                                                   {"type": "text", "content": BODY[3]}]
    comments = [{"user": "قارئ", "text": f"تعليق رقم {i} على خبر تهريب الأسلحة عبر الحدود الشمالية للمملكة "
                 "نتمنى أن تستمر الأجهزة الأمنية في عملها ليلاً ونهاراً لحماية البلاد"} for i in range(8)]
    state = {"story": {"content_elements": blocks}, "comments": comments}
    html = (SHELL_HEAD + "<script>window.__INITIAL_STATE__ = " + json.dumps(state, ensure_ascii=False)
            + ";window.__ENV__ = 'prod';</script></body></html>")
    art = extract(html, fmt="html")
    assert art.body.split("\n") == BODY


def test_embedded_data_about_another_story_is_not_taken_for_the_article():
    import json
    other = ("تراجعت أسعار الحديد في الأسواق المحلية خلال الأسبوع الجاري بنسبة تقارب خمسة في المئة. "
             "وقال تجار في سوق مواد البناء إن الطلب تراجع بسبب الأحوال الجوية وتوقف عدد من المشاريع الكبيرة. "
             "وتوقع خبراء أن تعود الأسعار إلى الارتفاع مع بداية فصل الربيع وعودة النشاط إلى قطاع الإنشاءات.")
    html = (SHELL_HEAD + "<script type=\"application/json\">" + json.dumps({"related": {"body": other}},
                                                                            ensure_ascii=False)
            + "</script></body></html>")
    art = extract(html, fmt="html")
    assert "الحديد" not in art.body


def test_an_old_page_laid_out_in_tables():
    paragraphs = "".join(f"{p}<br><br>" for p in BODY)
    html = ("<html dir=\"rtl\"><head><title>جريدة الوادي :: محليات :: الداخلية تضبط شبكة لتهريب الأسلحة</title>"
            "</head><body><table width=\"100%\"><tr><td colspan=\"2\"><img src=\"logo.gif\"> جريدة الوادي اليومية</td>"
            "</tr><tr><td width=\"20%\" valign=\"top\"><a href=\"/\">الرئيسية</a><br><a href=\"/l\">محليات</a><br>"
            "<a href=\"/w\">عربي ودولي</a><br><a href=\"/s\">رياضة</a><br><a href=\"/a\">الأرشيف</a></td>"
            "<td valign=\"top\"><font size=\"4\"><b>الداخلية تضبط شبكة لتهريب الأسلحة</b></font><br>"
            "<font size=\"2\">التاريخ : 09/06/2024</font><br><br>"
            f"<font size=\"3\">عمّان - خاص<br>{paragraphs}</font>"
            "<table><tr><td><a href=\"p\">طباعة</a> | <a href=\"s\">أرسل لصديق</a></td></tr></table></td></tr>"
            "<tr><td colspan=\"2\">جميع الحقوق محفوظة لجريدة الوادي 2024</td></tr></table></body></html>")
    art = extract(html, fmt="html")
    assert art.body.split("\n") == BODY
    assert (art.title, art.outlet, art.published) == ("الداخلية تضبط شبكة لتهريب الأسلحة", "جريدة الوادي", "2024-06-09")
    assert art.dateline == "عمّان"


def test_rss_hints_fill_what_the_page_lacks():
    html = "<html><body><article>" + "".join(f"<p>{s}</p>" for s in BODY) + "</article></body></html>"
    art = extract(html, fmt="rss", hints={"title": "عنوان من الخلاصة", "published": "2024-01-02",
                                              "author": None, "outlet": "موقع المثال", "keywords": ["أمن"]})
    assert (art.title, art.published, art.outlet, art.keywords) == ("عنوان من الخلاصة", "2024-01-02", "موقع المثال", ["أمن"])
    assert art.body.split("\n") == BODY
    # a feed of one section names it after the outlet's name
    art = extract(html, fmt="rss", hints={"title": "عنوان", "outlet": "موقع المثال - حوادث"})
    assert art.outlet == "موقع المثال"


def test_html_headline_repeated_in_the_text_is_not_body():
    html = ("<html><head><meta property=\"og:title\" content=\"البرلمان يناقش قانون الاستثمار الجديد\"></head>"
            "<body><div class=\"post\"><h1>عاجل: البرلمان يناقش قانون الاستثمار الجديد.</h1>"
            + "".join(f"<p>{s}</p>" for s in BODY) + "<p>الوسوم: الاستثمار، البرلمان</p></div></body></html>")
    art = extract(html, fmt="html")
    assert art.title == "البرلمان يناقش قانون الاستثمار الجديد"
    assert art.body.split("\n") == BODY
    assert art.keywords == ["الاستثمار", "البرلمان"]  # the page's own tag line


def test_html_without_any_title_element_takes_the_headline_line():
    html = ("<html><body><div class=\"hdr\">جريدة الوادي</div><div class=\"story\">"
            "<div class=\"headline\">ارتفاع عدد السياح في الربع الأول</div>"
            + "".join(f"<p>{s}</p>" for s in BODY) + "</div></body></html>")
    art = extract(html, fmt="html")
    assert art.title == "ارتفاع عدد السياح في الربع الأول"
    assert art.body.split("\n") == BODY


HEADLINE = "الداخلية الأردنية تضبط شبكة لتهريب الأسلحة في الشمال"


@pytest.mark.parametrize("stamp", ["منذ 3 ساعات", "قبل ساعتين", "منذ يومين", "10:45 ص", "٠٩:١٥ مساءً",
                                   "آخر تحديث: منذ 5 دقائق", "آخر تحديث: 14:20 بتوقيت مكة المكرمة"])
def test_timestamp_line_under_the_headline_is_never_the_title(stamp):
    art = extract(page("موقع الوادي", HEADLINE, stamp, *BODY))
    assert art.title == HEADLINE
    assert art.published is None  # nothing to resolve a relative time against
    assert art.body.split("\n") == BODY


@pytest.mark.parametrize("line", ["الوادي نت", "موقع الوادي الإخباري", "هسبريس", "alwadi.net", "أخبار العالم",
                                  "أخبار عربية", "الرئيسية › أخبار › سياسة", "الرئيسية / أخبار العالم"])
def test_site_section_and_breadcrumb_lines_are_never_the_title(line):
    for lines in ([HEADLINE, line, *BODY], [line, HEADLINE, "الأحد 9 حزيران 2024", *BODY]):
        art = extract(page(*lines))
        assert art.title == HEADLINE
        assert art.body.split("\n") == BODY


@pytest.mark.parametrize("top", ["الوادي نت", "موقع الوادي الإخباري", "أخبار العالم"])
def test_page_without_a_headline_has_no_title_and_keeps_its_first_paragraph(top):
    art = extract(page(top, *BODY))
    assert art.title is None
    assert art.body.split("\n") == BODY


def test_site_name_at_the_top_is_the_outlet():
    art = extract(page("الوادي نت", HEADLINE, "منذ 3 ساعات", *BODY))
    assert art.outlet == "الوادي نت" and art.title == HEADLINE


def test_breadcrumb_ending_with_the_headline_is_not_body_or_title():
    crumb = "الرئيسية › أخبار محلية › " + HEADLINE
    art = extract(page(crumb, HEADLINE, *BODY))
    assert art.title == HEADLINE and art.body.split("\n") == BODY


def test_kicker_before_a_headline_is_not_a_breadcrumb_and_is_dropped_from_the_title():
    art = extract(page("عاجل | " + HEADLINE, *BODY))
    assert art.title == HEADLINE and art.body.split("\n") == BODY
    # a speaker's name before a colon is part of the headline
    assert extract(page("الخوالدة: الشبكة تضم تسعة أشخاص", *BODY)).title == "الخوالدة: الشبكة تضم تسعة أشخاص"


@pytest.mark.parametrize("shown", [
    "بالفيديو.. " + HEADLINE, "بالصور: " + HEADLINE, HEADLINE + " (صور)", HEADLINE + " - فيديو",
    HEADLINE + " (فيديو وصور)",
])
def test_a_media_label_before_or_after_the_headline_is_dropped(shown):
    assert extract(page(shown, *BODY)).title == HEADLINE


def test_a_label_that_tells_what_the_page_is_or_a_pause_in_the_headline_stays():
    assert extract(page(HEADLINE + " (حوار)", *BODY)).title == HEADLINE + " (حوار)"
    assert extract(page("المرحلة المقبلة.. ماذا ينتظر البلاد", *BODY)).title == "المرحلة المقبلة.. ماذا ينتظر البلاد"


@pytest.mark.parametrize("lines", [
    ["منذ 3 ساعات", "الأحد 9 حزيران 2024"],
    ["الأحد 9 حزيران 2024", "منذ 3 ساعات"],
    ["قبل ساعتين", "نشر في: 09/06/2024"],
])
def test_absolute_date_near_the_headline_wins_over_a_relative_one(lines):
    text = page(HEADLINE, *lines, *BODY)
    assert extract(text).published == "2024-06-09"
    # even when the fetch time could resolve the relative one, the stated date is exact
    assert extract(text, reference_time=datetime(2024, 6, 12, 8, 0)).published == "2024-06-09"


def test_date_above_the_first_paragraph_of_a_page_without_headline():
    art = extract(page("الوادي نت", "الأحد 9 حزيران 2024", *BODY))
    assert art.title is None and art.published == "2024-06-09"


def test_update_time_gives_way_to_the_publication_date():
    art = extract(page(HEADLINE, "آخر تحديث: الثلاثاء 11 حزيران 2024", "نشر في: الأحد 9 حزيران 2024", *BODY))
    assert art.published == "2024-06-09"
    only_update = extract(page(HEADLINE, "آخر تحديث: الثلاثاء 11 حزيران 2024", *BODY))
    assert only_update.published == "2024-06-11"  # the only time the page states


@pytest.mark.parametrize("line, place, agency", [
    ("تونس العاصمة - وات", "تونس العاصمة", "وات"),
    ("تونس العاصمة-وات :", "تونس العاصمة", "وات"),
    ("الرباط (ومع)", "الرباط", "ومع"),
    ("غزة - وفا", "غزة", "وفا"),
    ("سيدي بوزيد - وات", "سيدي بوزيد", "وات"),  # a place the gazetteer lacks, before an agency
])
def test_place_and_agency_line_is_a_dateline_not_an_author(line, place, agency):
    art = extract(page(HEADLINE, line, *BODY))
    assert art.author is None
    assert (art.dateline, art.agencies) == (place, [agency])
    assert art.body.split("\n") == BODY


@pytest.mark.parametrize("line, place, agencies, outlet", [
    ("حمص - وكالة النجمة للأنباء", "حمص", ["وكالة النجمة للأنباء"], None),  # an agency not in our lists
    ("الموصل - صحيفة الرافدين الجديدة", "الموصل", [], "صحيفة الرافدين الجديدة"),
    ("كيفة – (الواحة ميديا)", "كيفة", [], "الواحة ميديا"),  # the bracketed name ends the line
    ("البصرة/ النخيل", "البصرة", [], "النخيل"),  # a slash before the paper's short name
    ("أبوجا (رويترز، أ ف ب)", "أبوجا", ["رويترز", "فرانس برس"], None),  # two agencies, each credited
    ("النخيل نيوز/ البصرة", "البصرة", [], "النخيل نيوز"),  # the site first, then the place
    ("الموصل - النخيل برس", "الموصل", [], "النخيل برس"),  # a name of two words alone after the dash
])
def test_place_and_unlisted_source_line_is_a_dateline_not_the_headline(line, place, agencies, outlet):
    art = extract(page(HEADLINE, line, *BODY))
    assert art.title == HEADLINE
    assert (art.dateline, art.agencies, art.outlet, art.author) == (place, agencies, outlet, None)
    assert art.body.split("\n") == BODY


@pytest.mark.parametrize("opening, place, agencies, outlet", [
    ("إدلب (الشرق الجديد) - ", "إدلب", [], "الشرق الجديد"),  # the paper's own dateline, unknown to us
    ("حماة (وكالة العاصي للأنباء) - ", "حماة", ["وكالة العاصي للأنباء"], None),
    ("الفلوجة (العراق) - ", "الفلوجة", [], None),  # the country the place is in
    ("حلب (خاص) - ", "حلب", [], None),  # the story is the paper's own
])
def test_dateline_with_a_bracketed_name_not_in_our_lists(opening, place, agencies, outlet):
    first = opening + "قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف استهدف سوقا شعبيا في المدينة."
    art = extract(page(HEADLINE, first, *BODY[1:]))
    assert (art.dateline, art.agencies, art.outlet) == (place, agencies, outlet)
    assert art.body.split("\n")[0] == first


def test_reporter_lines_still_give_the_author():
    assert extract(page(HEADLINE, "نادر العلي - سانا", *BODY)).author == "نادر العلي"
    assert extract(page(HEADLINE, "هسبريس - سعيد العلوي", *BODY)).author == "سعيد العلوي"
    reporter = extract(page(HEADLINE, "القاهرة - هدى الشامي", *BODY))
    assert (reporter.author, reporter.dateline) == ("هدى الشامي", "القاهرة")
    for cue in ("تقرير: هدى الشامي", "إعداد: هدى الشامي", "بقلم هدى الشامي"):
        assert extract(page(HEADLINE, cue, *BODY)).author == "هدى الشامي"


def test_place_line_after_the_article_is_not_a_signature():
    art = extract(page(HEADLINE, *BODY, "تونس العاصمة", "التعليقات"))
    assert art.author is None
    signed = extract(page(HEADLINE, *BODY, "هدى الشامي", "التعليقات"))
    assert signed.author == "هدى الشامي"


@pytest.mark.parametrize("opening, place, agency", [
    ("مقديشو (كونا) -- ", "مقديشو", "كونا"),
    ("بغداد/ أ ف ب : ", "بغداد", "فرانس برس"),
    ("الرباط - (ومع) - ", "الرباط", "ومع"),
    ("القدس-وفا: ", "القدس", "وفا"),
    ("الكويت - 12 - 3 (كونا) -- ", "الكويت", "كونا"),
])
def test_dateline_forms_opening_the_first_paragraph(opening, place, agency):
    first = opening + "أعلنت السلطات المحلية عن خطة جديدة لإعادة تأهيل شبكة الطرق في الأحياء الشرقية."
    art = extract(page(HEADLINE, first, *BODY[1:]))
    assert (art.dateline, art.agencies, art.author) == (place, [agency], None)
    assert art.body.split("\n") == [first, *BODY[1:]]


def test_html_site_name_is_neither_headline_nor_author():
    html = ("<html><head><meta property=\"og:site_name\" content=\"الوادي نت\">"
            "<meta property=\"og:title\" content=\"الوادي نت\"><meta name=\"author\" content=\"الوادي نت\">"
            "<title>الوادي نت</title></head><body><div class=\"logo\">الوادي نت</div><div class=\"story\">"
            f"<div class=\"headline\">{HEADLINE}</div><div class=\"time\">منذ 3 ساعات</div>"
            + "".join(f"<p>{s}</p>" for s in BODY) + "</div></body></html>")
    art = extract(html, fmt="html")
    assert art.title == HEADLINE
    assert art.author is None and art.outlet == "الوادي نت"
    assert art.body.split("\n") == BODY


def test_html_agency_named_as_author_is_a_credit():
    html = ("<html><head><meta property=\"og:title\" content=\"افتتاح مطار جديد في الشمال\">"
            "<meta name=\"author\" content=\"وكالة الأنباء الكويتية\"></head><body><article>"
            + "".join(f"<p>{s}</p>" for s in BODY) + "</article></body></html>")
    art = extract(html, fmt="html")
    assert art.author is None and art.agencies == ["كونا"]


def test_byline_naming_a_source_credits_it_instead_of_an_author():
    agency = extract(page(HEADLINE, "إعداد: وكالات", *BODY))
    assert agency.author is None and agency.agencies == ["وكالات"]
    site = extract(page(HEADLINE, "بقلم: الوادي نت", *BODY))
    assert site.author is None and site.outlet == "الوادي نت"


@pytest.mark.parametrize("lines", [
    [HEADLINE, "الوادي نت - منذ 3 ساعات"],
    [HEADLINE, "منذ ساعتين • 4 دقائق قراءة"],
    [HEADLINE + " | الوادي نت"],
    ["الوادي نت - " + HEADLINE, "10:45 ص"],
])
def test_site_name_run_onto_a_timestamp_or_the_headline(lines):
    art = extract(page("محليات", *lines, *BODY))
    assert art.title == HEADLINE
    assert art.body.split("\n") == BODY


def test_quoted_headline_opening_the_page_stays_the_title():
    headline = "وزير الخارجية: «لا تفاوض تحت الضغط ولا تنازل عن الحقوق»"
    art = extract(page(headline, *BODY))
    assert art.title == headline and art.body.split("\n") == BODY


def test_html_logo_heading_is_not_the_headline():
    html = ("<html><head><title>جريدة الوادي</title></head><body><h1 class=\"logo\">جريدة الوادي</h1>"
            f"<div class=\"story\"><h1>{HEADLINE}</h1>" + "".join(f"<p>{s}</p>" for s in BODY) + "</div></body></html>")
    art = extract(html, fmt="html")
    assert art.title == HEADLINE and art.body.split("\n") == BODY


def test_headline_above_the_date_lines_wins_over_a_caption_under_them():
    art = extract(page("محليات", HEADLINE, "الأحد 9 حزيران 2024", "كتب: هدى الشامي", "العميد خلال المؤتمر الصحفي", *BODY))
    assert art.title == HEADLINE and art.author == "هدى الشامي" and art.published == "2024-06-09"
    assert art.body.split("\n") == BODY


def test_a_full_date_given_for_today_in_the_first_paragraph_dates_an_undated_page():
    first = "افتتح وزير الثقافة اليوم الأحد 12 مايو 2024 معرض الكتاب في دورته الجديدة بمشاركة مئات الناشرين."
    art = extract(page(HEADLINE, first, *BODY[1:]))
    assert (art.published, art.published_source) == ("2024-05-12", "text")
    hijri = extract(page(HEADLINE, first.replace("الأحد 12 مايو 2024", "السبت 5 ذو القعدة 1445 هـ"), *BODY[1:]))
    assert hijri.published == "2024-05-13"
    # a date after "today" that is not today's, and a stated date line, both leave it alone
    anniversary = "تحيي البلاد اليوم ذكرى 15 أيار 1948 بمسيرات في المدن والقرى ومهرجانات خطابية حاشدة."
    assert extract(page(HEADLINE, anniversary, *BODY[1:])).published is None
    dated = extract(page(HEADLINE, "نشر في: السبت 11 مايو 2024", first, *BODY[1:]))
    assert (dated.published, dated.published_source) == ("2024-05-11", "byline")


def test_a_read_more_box_inside_an_html_article_gives_titles_only():
    paragraphs = [
        "أقر المجلس البلدي، مساء أمس، خطة لتوسيع شبكة الحافلات في الأحياء الشرقية بكلفة تبلغ ثلاثة ملايين دينار.",
        "وقال رئيس المجلس نادر الخطيب في تصريح عقب الجلسة إن الخطة ستنفذ على مرحلتين خلال العامين المقبلين.",
        "في المقابل، انتقد عضو المجلس وليد السعدي الخطة، معتبراً أنها تتجاهل حاجات الأحياء الغربية والجنوبية.",
        "ومن المتوقع أن تبدأ أعمال المرحلة الأولى مطلع الربيع المقبل بعد استكمال إجراءات المناقصة.",
    ]
    html = ("<html><head><title>المجلس البلدي يقر خطة الحافلات</title></head><body><article>"
            "<h1>المجلس البلدي يقر خطة الحافلات</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs[:2])
            + "<div><h3>اقرأ أيضا</h3><ul><li><a href='/1'>افتتاح جسر المشاة الجديد</a></li>"
              "<li><a href='/2'>ارتفاع أعداد الركاب</a></li></ul></div>"
            + "".join(f"<p>{p}</p>" for p in paragraphs[2:])
            + "<div>شارك: فيسبوك | تويتر | واتساب</div></article>"
              "<section><h3>التعليقات</h3><p>سامي: خطة ممتازة لكنها تأخرت كثيرا عن موعدها المعلن سابقا.</p></section>"
              "</body></html>")
    art = extract(html, fmt="html")
    assert art.body.split("\n") == paragraphs
    assert [(r.title, r.body) for r in art.related] == [("افتتاح جسر المشاة الجديد", ""), ("ارتفاع أعداد الركاب", "")]


def test_a_most_read_list_after_the_appended_article_is_not_related():
    art = extract(page(HEADLINE, *BODY, "اقرأ أيضاً", "افتتاح مكتبة عامة جديدة في المدينة",
                       "افتتح رئيس البلدية المكتبة العامة الجديدة بحضور عدد من الكتاب والمثقفين من أبناء المدينة.",
                       "الأكثر قراءة", "ارتفاع أسعار الخضار في الأسواق المحلية", "فوز الفريق المحلي بالكأس"))
    assert art.body.split("\n") == BODY
    assert [r.title for r in art.related] == ["افتتاح مكتبة عامة جديدة في المدينة"]


def test_a_photo_caption_in_brackets_is_not_article_text_nor_its_credit():
    art = extract(page(HEADLINE, BODY[0], "(صورة أرشيفية لمحطة القطار القديمة - رويترز)", *BODY[1:]))
    assert art.body.split("\n") == BODY
    assert art.agencies == []  # the photo's agency, not the article's


def test_a_dateline_the_reporter_and_the_day_on_one_line():
    art = extract(page(HEADLINE, "بنغازي - سامر الفيتوري 28 نوفمبر 2026", *BODY))
    assert (art.title, art.dateline, art.author, art.published) == (
        HEADLINE, "بنغازي", "سامر الفيتوري", "2026-11-28")
    assert art.body.split("\n") == BODY


def test_a_dateline_with_its_day_then_the_agency_in_brackets():
    art = extract(page(HEADLINE, "مقديشو - 1 ديسمبر 2026 (شينخوا)", *BODY))
    assert (art.title, art.dateline, art.agencies, art.published) == (HEADLINE, "مقديشو", ["شينخوا"], "2026-12-01")
    assert art.body.split("\n") == BODY


def test_a_desk_byline_is_whole_and_a_translator_no_headline():
    assert extract(page(HEADLINE, "المحرر الاقتصادي", *BODY)).author == "المحرر الاقتصادي"
    art = extract(page(HEADLINE, "ترجمة: سامر النجار", *BODY))
    assert (art.title, art.author) == (HEADLINE, "سامر النجار")


def test_the_site_or_agency_a_byline_or_a_line_under_the_headline_names():
    art = extract(page(HEADLINE, "العربية.نت - سامر النجار", *BODY))
    assert (art.title, art.outlet, art.author, art.agencies) == (HEADLINE, "العربية", "سامر النجار", [])
    art = extract(page(HEADLINE, "رويترز - سامر النجار", *BODY))
    assert (art.outlet, art.author, art.agencies) == (None, "سامر النجار", ["رويترز"])
    art = extract(page(HEADLINE, "بي بي سي نيوز عربي", "25 نوفمبر/ تشرين الثاني 2026", *BODY))
    assert (art.title, art.outlet, art.published) == (HEADLINE, "بي بي سي عربي", "2026-11-25")
    assert art.body.split("\n") == BODY


def test_an_explainer_with_a_list_and_question_subheadings_is_one_article():
    listed = ["ما الذي ضبطته الشبكة؟", "بنادق آلية", "ذخائر متنوعة", "أجهزة اتصال", "ماذا قال الوزير؟"]
    art = extract(page(HEADLINE, BODY[0], *listed, *BODY[1:]))
    assert art.body.split("\n") == [BODY[0], *listed, *BODY[1:]]
    # list items and a subheading as the page marks them: the section after may open with its own lead
    marked = ["الأهداف:", "- بنادق آلية", "- ذخائر متنوعة", "- أجهزة اتصال", "التحقيق؟"]
    lead = BODY[1].removeprefix("و")
    art = extract(page(HEADLINE, BODY[0], *marked, lead, *BODY[2:]))
    assert art.body.split("\n") == [BODY[0], *marked, lead, *BODY[2:]]
    # a list of other headlines, then an article that opens with its own lead: not this article
    teasers = ["افتتاح مدرسة جديدة في الشمال", "ارتفاع أسعار الخضار في الأسواق", "فوز الفريق الوطني بالبطولة"]
    other = "شهدت العاصمة أمس افتتاح معرض الكتاب السنوي بمشاركة أكثر من مئتي دار نشر عربية وأجنبية."
    art = extract(page(HEADLINE, *BODY, *teasers, other))
    assert art.body.split("\n") == BODY
    art = extract(page(HEADLINE, *BODY, *(f"- {t}" for t in teasers), other))  # marked, with no subheading
    assert art.body.split("\n")[:4] == BODY and other not in art.body


def test_a_caption_ending_in_its_photo_credit_is_no_publisher():
    art = extract(page(HEADLINE, "موقع الحادث صباح اليوم (الصورة: رويترز)", *BODY))
    assert (art.title, art.outlet, art.agencies) == (HEADLINE, None, [])
    assert art.body.split("\n") == BODY


def test_a_byline_run_together_with_the_date_gives_both():
    art = extract(page(HEADLINE, "", "بقلم: هالة السعدي | الأربعاء 14 أكتوبر 2026 - 09:15", "", *BODY))
    assert (art.title, art.author, art.published) == (HEADLINE, "هالة السعدي", "2026-10-14")
    assert art.body.split("\n") == BODY


def test_html_tag_links_are_one_tag_each():
    html = ("<html><head><title>عنوان الخبر</title></head><body><article><h1>عنوان الخبر</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY)
            + "<div class='tags'>الوسوم: <a href='/t/1'>الأمن العام</a> <a href='/t/2'>تهريب الأسلحة</a>"
              " <a href='/t/3'>الأردن</a></div></article></body></html>")
    assert extract(html, fmt="html").keywords == ["الأمن العام", "تهريب الأسلحة", "الأردن"]
    wordpress = html.replace("<a href", "<a rel='tag' href").replace("الوسوم: ", "")
    assert extract(wordpress, fmt="html").keywords == ["الأمن العام", "تهريب الأسلحة", "الأردن"]
    # the label alone in its own element, no colon, after a related-stories box
    boxed = html.replace("الوسوم: ", "<span>الكلمات المفتاحية</span> ").replace(
        "<div class='tags'>", "<p><strong>موضوعات متعلقة</strong></p><ul><li><a>افتتاح جسر جديد</a></li></ul>"
                              "<div class='tags'>")
    art = extract(boxed, fmt="html")
    assert art.keywords == ["الأمن العام", "تهريب الأسلحة", "الأردن"]
    assert [r.title for r in art.related] == ["افتتاح جسر جديد"]


def test_a_headline_shown_in_full_where_the_pages_title_shortens_it():
    html = ("<html><head><title>تهريب أسلحة في الشمال</title></head><body>"
            "<div class='crumbs'>الرئيسية » محليات » تهريب أسلحة في الشمال</div>"
            "<h2>تهريب شحنة أسلحة كبيرة عبر الحدود في الشمال</h2>"
            + "".join(f"<p>{p}</p>" for p in BODY) + "</body></html>")
    art = extract(html, fmt="html")
    assert art.title == "تهريب شحنة أسلحة كبيرة عبر الحدود في الشمال"
    assert art.body.split("\n") == BODY


def test_an_unlabelled_row_of_links_the_page_names_as_its_tags():
    html = ("<html><head><title>عنوان الخبر</title></head><body><article><h1>عنوان الخبر</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY)
            + "<div class='post-tags clearfix'><a href='/t/1'>الأمن العام</a><a href='/t/2'>تهريب الأسلحة</a>"
              "<a href='/t/3'>الأردن</a></div>"
              "<div class='stage'><a href='/x'>أخبار الرياضة</a></div></article></body></html>")
    assert extract(html, fmt="html").keywords == ["الأمن العام", "تهريب الأسلحة", "الأردن"]
    # a box of links with words of its own is no tag list, whatever its class says
    prose = html.replace("<a href='/t/1'>", "اقرأ المزيد عن هذه القضية في ملفنا الخاص <a href='/t/1'>")
    assert extract(prose, fmt="html").keywords == []


def test_a_place_and_exclusive_is_the_papers_own_dateline():
    art = extract(page(HEADLINE, "عمّان – خاص", *BODY))
    assert (art.dateline, art.agencies, art.title) == ("عمّان", [], HEADLINE)
    assert art.body.split("\n") == BODY


def test_the_sites_own_name_in_its_source_line_is_no_agency():
    html = ("<html><head><meta property=\"og:site_name\" content=\"شبكة الوادي\">"
            "<meta property=\"og:title\" content=\"افتتاح مطار جديد في الشمال\"></head><body><article>"
            + "".join(f"<p>{s}</p>" for s in BODY) + "<p>المصدر: شبكة الوادي + وكالات</p></article></body></html>")
    art = extract(html, fmt="html")
    assert (art.outlet, art.agencies) == ("شبكة الوادي", ["وكالات"])


def test_a_dateline_with_its_credit_and_date_on_a_line_of_its_own():
    art = extract(page("القبض على سبعة متهمين بالتخطيط لهجمات على منشآت نفطية", "الرياض (رويترز) - 13 مارس 2025",
                       *BODY))
    assert (art.title, art.dateline, art.agencies, art.published) == (
        "القبض على سبعة متهمين بالتخطيط لهجمات على منشآت نفطية", "الرياض", ["رويترز"], "2025-03-13")
    assert art.body.split("\n") == BODY
    art = extract(page("افتتاح مستشفى جديد في المنطقة الشرقية", "الدمام - 2 يناير 2026", *BODY))
    assert (art.dateline, art.published) == ("الدمام", "2026-01-02")


def test_an_advertisement_label_between_paragraphs_and_an_embedded_posts_signature():
    art = extract(page("وزير الصحة يعلن خطة لتطوير المستشفيات الحكومية", BODY[0], "إعلان", BODY[1],
                       "المستشفيات الجديدة جاهزة لاستقبال المرضى",
                       "— وزارة الصحة (@health_min) March 10, 2024", BODY[2], BODY[3]))
    assert art.body.split("\n") == [BODY[0], BODY[1], "المستشفيات الجديدة جاهزة لاستقبال المرضى", BODY[2], BODY[3]]


@pytest.mark.parametrize("line, kind", [
    ("طالع أيضا: وزير الصحة يتفقد المستشفيات", "readmore"),
    ("يهمك أيضاً: أسعار الذهب اليوم", "readmore"),
    ("للمزيد: تفاصيل الحادث", "readmore"),
    ("ذات صلة", "readmore"),
    ("انشر على فيسبوك", "share"),
    ("رابط مختصر: https://example.com/a1", "share"),
    ("(تصوير: أحمد علي)", "caption"),
    ("المقالات المنشورة تعبر عن رأي كاتبها", "copyright"),
    ("التفاصيل تتبع...", "caption"),
    ("يتبع", "caption"),
    ("تعليق واحد", "comment"),
    ("12 تعليقا", "comment"),
    ("نقلا عن: سكاي نيوز عربية", "credit"),
    ("أجرى الحوار: سامر النجار", "byline"),
    ("ترجمة: سامر النجار", "byline"),
])
def test_more_furniture_lines_of_arabic_news_sites(line, kind):
    found = classify(line)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize("line, author, dateline", [
    ("متابعة: رامي الشريف", "رامي الشريف", None),
    ("حرر بواسطة: رامي الشريف", "رامي الشريف", None),
    ("رامي الشريف - القاهرة", "رامي الشريف", "القاهرة"),
])
def test_more_bylines_and_a_name_before_the_place_it_filed_from(line, author, dateline):
    art = extract(page("وزير الصحة يعلن خطة لتطوير المستشفيات الحكومية", line, *BODY))
    assert (art.title, art.author, art.dateline) == ("وزير الصحة يعلن خطة لتطوير المستشفيات الحكومية", author, dateline)
    assert art.body.split("\n") == BODY


def test_a_maghrebi_page_dated_in_french():
    art = extract(page("وزير الصحة يعلن خطة لتطوير المستشفيات الحكومية", "Publié le 28 novembre 2025",
                       "Mis à jour le 29 novembre 2025", *BODY))
    assert art.published == "2025-11-28"
    assert art.body.split("\n") == BODY


def test_signature_and_date_after_the_article_with_comments_below():
    art = extract(page("وزير الصحة يعلن خطة لتطوير المستشفيات الحكومية", *BODY, "رامي الشريف",
                       "12/3/2024 - 10:45 م", "المصدر: وكالة الأنباء الأردنية (بترا)", "التعليقات",
                       "أبو محمد: خطة ممتازة ونتمنى التنفيذ"))
    assert (art.author, art.published, art.agencies) == ("رامي الشريف", "2024-03-12", ["بترا"])
    assert art.body.split("\n") == BODY


def test_a_dateline_with_the_papers_own_short_name():
    art = extract(page("البرلمان يستجوب وزير الكهرباء الأسبوع المقبل", "بغداد - الصباح", *BODY))
    assert (art.title, art.dateline, art.outlet, art.agencies) == (
        "البرلمان يستجوب وزير الكهرباء الأسبوع المقبل", "بغداد", "الصباح", [])
    assert art.body.split("\n") == BODY


def test_a_read_more_box_with_its_title_on_the_next_line_inside_a_text_page():
    art = extract(page(
        "حوادث", "الداخلية الأردنية تضبط شبكة لتهريب الأسلحة", "كتب سامي الشريف",
        BODY[0], "اقرأ أيضا..", "افتتاح مطار جديد في الشمال", *BODY[1:],
        "لمزيد من أخبار الحوادث اضغط هنا"))
    assert art.body.split("\n") == BODY  # the article goes on after the box (its paragraph opens with و)
    assert [r.title for r in art.related] == ["افتتاح مطار جديد في الشمال"]


def test_a_dateline_with_both_calendars_and_the_agency_alone():
    art = extract(page("الداخلية الأردنية تضبط شبكة لتهريب الأسلحة",
                       "الرياض 22 جمادى الأولى 1448 هـ الموافق 13 نوفمبر 2026 م واس", *BODY, "//انتهى//"))
    assert (art.dateline, art.agencies, art.published) == ("الرياض", ["واس"], "2026-11-13")
    assert art.body.split("\n") == BODY


def test_related_topics_are_keywords_and_related_headlines_stay_related():
    html = ("<html><head><meta property=\"og:title\" content=\"الداخلية تضبط شبكة لتهريب الأسلحة\"></head><body>"
            "<article><h1>الداخلية تضبط شبكة لتهريب الأسلحة</h1>" + "".join(f"<p>{s}</p>" for s in BODY) + "</article>"
            "<section><h2>مواضيع ذات صلة</h2><ul><li><a>الأردن</a></li><li><a>تهريب الأسلحة</a></li></ul></section>"
            "<section><h2>أخبار ذات صلة</h2><ul><li><a>افتتاح مطار جديد في الشمال</a></li>"
            "<li><a>الحكومة تقر موازنة العام المقبل</a></li></ul></section></body></html>")
    art = extract(html, fmt="html")
    assert art.keywords == ["الأردن", "تهريب الأسلحة"]
    assert [r.title for r in art.related] == ["افتتاح مطار جديد في الشمال", "الحكومة تقر موازنة العام المقبل"]


def test_related_headlines_listed_with_dashes_lose_the_dash():
    art = extract(page(HEADLINE, *BODY, "اقرأ أيضاً", "- افتتاح مطار جديد في الشمال", "- الحكومة تقر موازنة العام المقبل"))
    assert [r.title for r in art.related] == ["افتتاح مطار جديد في الشمال", "الحكومة تقر موازنة العام المقبل"]
    assert art.body.split("\n") == BODY


TEASERS = [("وزير المالية يعلن موازنة العام المقبل", "أعلن وزير المالية اليوم تفاصيل موازنة العام المقبل التي تتضمن زيادة في الإنفاق على التعليم."),
           ("افتتاح معرض الكتاب الدولي", "افتتح وزير الثقافة معرض الكتاب الدولي بمشاركة أكثر من خمسمئة دار نشر من ثلاثين دولة."),
           ("ارتفاع أسعار الخضار في الأسواق", "شهدت أسعار الخضار ارتفاعاً ملحوظاً خلال الأسبوع الجاري بسبب موجة البرد التي ضربت المزارع."),
           ("أمطار غزيرة متوقعة غداً", "توقعت دائرة الأرصاد الجوية هطول أمطار غزيرة على معظم المناطق اعتباراً من صباح الغد.")]


def test_a_section_page_of_teasers_is_an_error_not_its_first_teaser():
    lines = ["الرئيسية", "محليات"]
    for n, (title, teaser) in enumerate(TEASERS, 1):
        lines += [title, f"منذ {n} ساعات", teaser, "اقرأ المزيد"]
    art = extract(page(*lines, "جميع الحقوق محفوظة"))
    assert art.body == "" and art.errors == ["a list of 4 articles (a section or search page), not an article"]
    # an article with read-more boxes between its own paragraphs is still an article
    art = extract(page(TEASERS[0][0], BODY[0], "اقرأ المزيد", BODY[1], BODY[2], "اقرأ المزيد", BODY[3]))
    assert not art.errors and BODY[0] in art.body and BODY[3] in art.body
    # and so is a one-paragraph item with teasers of related news below it
    lines = ["الداخلية تضبط شبكة لتهريب الأسلحة", BODY[0], "أخبار ذات صلة"]
    for title, teaser in TEASERS[1:]:
        lines += [title, teaser, "اقرأ المزيد"]
    art = extract(page(*lines))
    assert not art.errors and art.body == BODY[0]


def test_related_links_under_the_article_join_a_read_more_box_inside_it():
    html = ("<html><head><title>تراجع أسعار الحديد في الأسواق المحلية - شبكة السهل</title></head><body>"
            "<article><h1>تراجع أسعار الحديد في الأسواق المحلية</h1><div class=\"entry\">"
            "<p>تراجعت أسعار الحديد في الأسواق المحلية خلال الأسبوع الجاري بنسبة تقارب خمسة في المئة مقارنة بالشهر الماضي.</p>"
            "<p><strong>اقرأ أيضاً: </strong><a href=\"/a\">افتتاح مصنع جديد للإسمنت في الجنوب</a></p>"
            "<p>وقال تجار في سوق مواد البناء إن الطلب تراجع بسبب الأحوال الجوية وتوقف عدد من المشاريع الكبيرة مؤقتاً.</p>"
            "<p>وتوقع خبراء أن تعود الأسعار إلى الارتفاع مع بداية فصل الربيع وعودة النشاط إلى قطاع الإنشاءات.</p></div>"
            "<section class=\"related\"><h3>مقالات ذات صلة</h3><ul>"
            "<li><a href=\"/b\">ارتفاع كلفة البناء يؤخر مشاريع الإسكان في المدن الكبرى</a></li>"
            "<li><a href=\"/c\">وزير الصناعة: لا نية لفرض رسوم جديدة على مواد البناء</a></li></ul></section>"
            "</article><footer>حقوق النشر © 2022 شبكة السهل</footer></body></html>")
    art = extract(html, fmt="html")
    assert [r.title for r in art.related] == [
        "افتتاح مصنع جديد للإسمنت في الجنوب", "ارتفاع كلفة البناء يؤخر مشاريع الإسكان في المدن الكبرى",
        "وزير الصناعة: لا نية لفرض رسوم جديدة على مواد البناء"]
    assert len(art.body.split("\n")) == 3 and "ارتفاع كلفة البناء" not in art.body


def test_an_agency_credited_after_the_last_sentence_is_kept_out_of_the_body():
    art = extract("قمة ثلاثية في مدينة الساحل\n\nبقلم: رنا الشريف\n\n"
                  "الساحل - انطلقت في مدينة الساحل، أمس، أعمال القمة الثلاثية بمشاركة قادة الدول الثلاث.\n\n"
                  "وأكد البيان الختامي للقمة على أهمية تعزيز التعاون في مجالات الطاقة والمياه والنقل. (رويترز)\n")
    assert art.agencies == ["رويترز"] and art.author == "رنا الشريف"
    assert art.body.split("\n")[-1] == "وأكد البيان الختامي للقمة على أهمية تعزيز التعاون في مجالات الطاقة والمياه والنقل."


def test_an_embedded_post_is_not_article_text_and_an_inline_label_is_its_own_word():
    html = ("<html><head><title>تظاهرات في العاصمة احتجاجاً على أسعار الوقود | الأفق</title></head><body><article>"
            "<h1>تظاهرات في العاصمة احتجاجاً على أسعار الوقود</h1>"
            "<p>خرج آلاف المحتجين، اليوم الجمعة، إلى شوارع العاصمة احتجاجاً على قرار الحكومة رفع أسعار الوقود.</p>"
            "<div class=\"inline-related\"><span>اقرأ أيضاً</span><a href=\"/r\">الحكومة تبرر رفع الأسعار بتراجع الإيرادات</a></div>"
            "<blockquote class=\"twitter-tweet\"><p>لن نسمح بتحميل المواطن أعباء الأزمة الحالية مهما كانت الذرائع</p>"
            "— حزب الوسط (@wasat) October 2, 2026</blockquote>"
            "<p>وقال المتحدث باسم الحكومة، فادي الشامي، في مؤتمر صحفي، إن القرار مؤلم لكنه ضروري لتفادي الانهيار.</p>"
            "<p>من جهته، دعا الاتحاد العام للنقابات إلى إضراب عام يوم الأحد المقبل في كل المحافظات.</p>"
            "</article></body></html>")
    art = extract(html, fmt="html")
    assert "أعباء الأزمة" not in art.body and len(art.body.split("\n")) == 3
    assert [r.title for r in art.related] == ["الحكومة تبرر رفع الأسعار بتراجع الإيرادات"]


@pytest.mark.parametrize("line, place, credit", [
    ("دبي، الإمارات العربية المتحدة (CNN)-- قال وزير الخارجية إن المفاوضات متعثرة.", "دبي", "سي إن إن"),
    ("غزة/ الأناضول قال وزير الخارجية إن المفاوضات متعثرة.", "غزة", "الأناضول"),
    ("واشنطن ـ «الأفق الجديد»: قال وزير الخارجية إن المفاوضات متعثرة.", "واشنطن", "الأفق الجديد"),
])
def test_datelines_with_a_country_a_slash_or_a_paper_in_quotation_marks(line, place, credit):
    art = extract(f"عنوان الخبر هنا\n\n{line}\n\nوأضاف أن الجولة المقبلة ستعقد في جنيف الشهر المقبل بمشاركة الوسطاء.\n")
    assert art.dateline == place and credit in [*art.agencies, art.outlet]


@pytest.mark.parametrize("line", ["نشر بتاريخ 12-11-2026", "نشر في 12-11-2026", "بتاريخ 12/11/2026"])
def test_a_publication_label_without_a_colon_before_the_date(line):
    art = extract("عنوان الخبر هنا\n\nقال وزير المالية سامر حداد إن الموازنة ستقر الشهر المقبل بعد نقاش طويل في البرلمان.\n\n"
                  f"وأضاف أن الحكومة ستعرض الخطة على النواب خلال جلسة خاصة.\n\n{line}\n")
    assert art.published == "2026-11-12" and len(art.body.split("\n")) == 2


def test_control_characters_in_a_page_do_not_lose_its_text():
    html = ("<html><head><title>افتتاح مطار جديد في الشمال</title></head><body><article><h1>افتتاح مطار جديد في الشمال</h1>"
            + "".join(f"<p>{s}\x0c\x00</p>" for s in BODY) + "</article></body></html>")
    art = extract(html, fmt="html")
    assert not art.errors and art.body.split("\n")[0] == BODY[0]


@pytest.mark.parametrize("initials", ["ع.ف", "س.ع/ م.ح", "(أ.ر)", "ح.ع - ر.م", "ع ب ر / ف ن ع"])
def test_an_editors_initials_signing_off_are_neither_body_nor_a_related_article(initials):
    art = extract(page("وزير الصحة يعلن خطة لتطوير المستشفيات الحكومية", *BODY, initials))
    assert art.body.split("\n") == BODY
    art = extract(page("وزير الصحة يعلن خطة لتطوير المستشفيات الحكومية", *BODY, "اقرأ أيضاً:",
                       "افتتاح معرض الكتاب في دورته الجديدة", initials))
    assert [r.title for r in art.related] == ["افتتاح معرض الكتاب في دورته الجديدة"]
    assert not is_signoff("أ.د. سامي رفعت")  # a title's abbreviation before a name is no sign-off
    art = extract(page("وزير الصحة يعلن خطة لتطوير المستشفيات الحكومية", *BODY, "(أ ف ب)"))
    assert art.agencies == ["فرانس برس"]  # an agency's letters are its credit


@pytest.mark.parametrize("last, expected, agencies", [
    ("وأكد الوزير أن الخطة ستنفذ قريبا. (النهاية)", "وأكد الوزير أن الخطة ستنفذ قريبا.", []),
    ("وأكد الوزير، في ختام الجولة، أن الخطة ستنفذ قريبا في كل المحافظات /انتهى/",
     "وأكد الوزير، في ختام الجولة، أن الخطة ستنفذ قريبا في كل المحافظات", []),
    ("وأكد الوزير أن الخطة ستنفذ قريبا. (رويترز) (النهاية)", "وأكد الوزير أن الخطة ستنفذ قريبا.", ["رويترز"]),
    ("وأكد الوزير، في ختام الجولة، أن اجتماع اللجنة المشتركة انتهى",
     "وأكد الوزير، في ختام الجولة، أن اجتماع اللجنة المشتركة انتهى", []),  # the verb, not the mark
])
def test_an_agencys_end_mark_after_the_last_sentence_is_no_article_text(last, expected, agencies):
    art = extract(page("وزير الصحة يعلن خطة لتطوير المستشفيات الحكومية", *BODY, last, "ع ب ر / ف ن ع"))
    assert art.body.split("\n") == [*BODY, expected]
    assert art.agencies == agencies


@pytest.mark.parametrize("signoff", ["(النهاية) س م ع / ف ن", "/انتهى/ ع.ف", "- انتهى - م ح ر"])
def test_an_end_mark_with_the_editors_initials_on_its_own_line_is_no_article_text(signoff):
    art = extract(page("وزير الصحة يعلن خطة لتطوير المستشفيات الحكومية", *BODY, signoff))
    assert art.body.split("\n") == BODY


def test_a_live_page_keeps_every_entry_and_drops_their_time_stamps():
    entries = ["أعلنت قوات الأمن سيطرتها على الطريق الرئيسي المؤدي إلى مدينة النخيل بعد اشتباكات عنيفة.",
               "قال المتحدث باسم الجيش العميد سامي رفعت إن الوحدات تصدت لهجوم واسع من ثلاثة محاور.",
               "أفادت مصادر طبية بنقل عدد من الجرحى إلى المستشفى الميداني في الضاحية الشرقية."]
    art = extract(page("مباشر | تطورات الأوضاع في مدينة النخيل", "تحديث: 14:35", entries[0],
                       "تحديث: 13:10", entries[1], "11:50 ص", entries[2]))
    assert art.body.split("\n") == entries
    # one "updated" line after an article still ends it: what follows is no part of it
    art = extract(page("وزير الصحة يعلن خطة لتطوير المستشفيات الحكومية", *BODY, "آخر تحديث: 14:35",
                       "أخبار أخرى من المنطقة نشرت في الموقع اليوم لمن يريد المتابعة والقراءة"))
    assert art.body.split("\n") == BODY


def test_an_interviews_label_before_the_headline_and_the_interviewer_line():
    art = extract(page("حوار | رئيس البلدية: المشاريع المتعثرة ستنطلق قريبا", "أجرى الحوار: سامر النجار", *BODY))
    assert (art.title, art.author) == ("رئيس البلدية: المشاريع المتعثرة ستنطلق قريبا", "سامر النجار")
    assert art.body.split("\n") == BODY


@pytest.mark.parametrize("line", ["الكلمات الدالة: الأمن، النخيل، تفجير", "#الأمن #النخيل #تفجير"])
def test_more_ways_a_page_lists_its_tags(line):
    art = extract(page("وزير الصحة يعلن خطة لتطوير المستشفيات الحكومية", *BODY, line))
    assert (art.body.split("\n"), art.keywords) == (BODY, ["الأمن", "النخيل", "تفجير"])


def test_a_dateline_of_several_places_before_the_agency():
    art = extract(page("مجلس الأمن يعقد جلسة طارئة بشأن التصعيد في الشمال", "نيويورك - واشنطن - وكالات", *BODY))
    assert (art.title, art.dateline, art.agencies) == (
        "مجلس الأمن يعقد جلسة طارئة بشأن التصعيد في الشمال", "نيويورك - واشنطن", ["وكالات"])
    assert art.body.split("\n") == BODY


def test_a_byline_with_the_day_after_the_name():
    art = extract(page("وزير الصحة يعلن خطة لتطوير المستشفيات الحكومية", "كتب: عادل منصور - الأربعاء 25 نوفمبر 2026",
                       *BODY))
    assert (art.author, art.published) == ("عادل منصور", "2026-11-25")
    assert art.body.split("\n") == BODY


def test_a_place_and_the_writer_after_a_colon_under_the_headline():
    art = extract(page("تحركات دبلوماسية مكثفة لاحتواء الأزمة الحدودية", "لندن: سامي الهاشمي", *BODY))
    assert (art.title, art.dateline, art.author) == ("تحركات دبلوماسية مكثفة لاحتواء الأزمة الحدودية", "لندن", "سامي الهاشمي")
    assert art.body.split("\n") == BODY


@pytest.mark.parametrize("headline", ["الرباط: توقيف ثلاثة أشخاص بتهمة تزوير العملة", "غزة: سامي يروي قصته"])
def test_a_headline_that_opens_with_a_place_and_a_colon_stays_the_headline(headline):
    art = extract(page(headline, *BODY))
    assert (art.title, art.dateline, art.author) == (headline, None, None)


@pytest.mark.parametrize("opening, place, agency", [
    ("مسقط في 20 نوفمبر 2026 /العُمانية/", "مسقط", "العمانية"),
    ("المنامة في 20 نوفمبر 2026 / بنا /", "المنامة", "بنا"),
])
def test_a_gulf_agencys_dateline_with_the_day_and_its_name_between_slashes(opening, place, agency):
    first = f"{opening} أكد وزير الداخلية أن الأجهزة الأمنية تعمل بكفاءة عالية في جميع المحافظات."
    art = extract(page("وزير الداخلية يؤكد جاهزية الأجهزة الأمنية", first, *BODY[1:]))
    assert (art.dateline, art.agencies, art.published) == (place, [agency], "2026-11-20")
    assert art.body.split("\n") == [first, *BODY[1:]]


@pytest.mark.parametrize("opening, place, agency", [
    ("عمان 20 تشرين الثاني (بترا)-", "عمان", "بترا"),  # the day and month, no year, before the brackets
    ("دمشق-سانا", "دمشق", "سانا"),  # a dash glued to both words, the text right after the agency
    ("نابلس - وفا-", "نابلس", "وفا"),  # the dash glued to the agency's name
    ("وطنية -", None, "الوطنية للإعلام"),  # the Lebanese agency's name opens its story, no place
    ("وطنية - صيدا -", "صيدا", "الوطنية للإعلام"),
])
def test_more_agency_datelines_opening_the_first_paragraph(opening, place, agency):
    first = f"{opening} أكد وزير الداخلية أن الأجهزة الأمنية تعمل بكفاءة عالية في جميع المحافظات."
    art = extract(page("وزير الداخلية يؤكد جاهزية الأجهزة الأمنية", first, *BODY[1:]))
    assert (art.dateline, art.agencies) == (place, [agency])
    assert art.body.split("\n") == [first, *BODY[1:]]


def test_a_dateline_with_a_numeric_day_and_the_agency_glued_to_its_dash():
    first = "جنين 14-3-2026 وفا- أصيب شابان برصاص قوات الاحتلال خلال اقتحام بلدة قباطية جنوب المدينة."
    art = extract(page("إصابة شابين برصاص الاحتلال في قباطية", first, *BODY[1:]))
    assert (art.dateline, art.agencies, art.published) == ("جنين", ["وفا"], "2026-03-14")
    assert art.body.split("\n") == [first, *BODY[1:]]


def test_a_byline_with_the_day_after_the_article():
    art = extract(page("وزير الصحة يعلن خطة لتطوير المستشفيات الحكومية", *BODY, "كتب: عادل منصور - الأربعاء 25 نوفمبر 2026"))
    assert (art.author, art.published, art.errors) == ("عادل منصور", "2026-11-25", [])
    assert art.body.split("\n") == BODY


@pytest.mark.parametrize("line, dateline, outlet, agencies", [
    ("مراسل الوادي في الحسكة", "الحسكة", "الوادي", []),  # an unlisted paper: one definite word
    ("مراسلنا في دير الزور", "دير الزور", None, []),  # the page's own reporter credits no one
    ("حلب - مراسلنا", "حلب", None, []),
    ("حمص - مراسل الجزيرة نت", "حمص", "الجزيرة", []),
    ("خاص - مراسل سبوتنيك", None, None, ["سبوتنيك"]),
])
def test_a_line_crediting_an_outlets_unnamed_reporter_is_no_headline(line, dateline, outlet, agencies):
    art = extract(page("البرلمان يستجوب وزير الكهرباء الأسبوع المقبل", line, *BODY))
    assert (art.title, art.dateline, art.outlet, art.agencies, art.author) == (
        "البرلمان يستجوب وزير الكهرباء الأسبوع المقبل", dateline, outlet, agencies, None)
    assert art.body.split("\n") == BODY


@pytest.mark.parametrize("line, dateline, outlet", [
    ("هسبريس من الرباط", "الرباط", "هسبريس"),
    ("الوادي نت من الحسكة", "الحسكة", "الوادي نت"),
])
def test_an_outlet_and_the_place_it_filed_from_are_no_headline(line, dateline, outlet):
    art = extract(page("البرلمان يستجوب وزير الكهرباء الأسبوع المقبل", line, *BODY))
    assert (art.title, art.dateline, art.outlet) == ("البرلمان يستجوب وزير الكهرباء الأسبوع المقبل", dateline, outlet)
    assert art.body.split("\n") == BODY


def test_a_headline_about_a_reporter_is_still_the_headline():
    art = extract(page("مراسل الوادي يتعرض لاعتداء في الحسكة", *BODY))
    assert art.title == "مراسل الوادي يتعرض لاعتداء في الحسكة"


@pytest.mark.parametrize("opening, outlet, author", [
    ("كركوك/ الرافدين:", "الرافدين", None),  # the paper's short name and a colon open the story
    ("كركوك - صوت الشمال:", "صوت الشمال", None),
    ("كركوك - سامي الهاشمي:", None, "سامي الهاشمي"),  # a given name first: the reporter
])
def test_a_dateline_with_a_short_name_and_a_colon_opening_the_first_paragraph(opening, outlet, author):
    first = f"{opening} أعلنت قيادة الشرطة، الجمعة، القبض على ثلاثة مطلوبين في حي الواسطي جنوب المدينة."
    art = extract(page("القبض على ثلاثة مطلوبين في كركوك", first, *BODY[1:]))
    assert (art.dateline, art.outlet, art.author) == ("كركوك", outlet, author)
    assert art.body.split("\n") == [first, *BODY[1:]]
    assert extract(page("القبض على مطلوبين", f"كركوك - الداخلية: {first[len(opening) + 1:]}", *BODY[1:])).outlet is None


def test_a_place_and_a_full_date_alone_on_a_line_are_the_dateline():
    art = extract(page("الجيش يوقف مطلوبين في البقاع", "زحلة، 28 تشرين الثاني 2026", *BODY))
    assert (art.dateline, art.published, art.title) == ("زحلة", "2026-11-28", "الجيش يوقف مطلوبين في البقاع")
    assert art.body.split("\n") == BODY


@pytest.mark.parametrize("byline", ["بقلم: د. نادر الحلبي", "كتب الدكتور نادر الحلبي", "بقلم: المهندس نادر الحلبي"])
def test_a_bylines_courtesy_title_is_no_part_of_the_authors_name(byline):
    assert extract(page(HEADLINE, byline, *BODY)).author == "نادر الحلبي"


@pytest.mark.parametrize("credit, agencies", [
    ("بتصرف عن الجزيرة نت", ["الجزيرة"]),  # a credit label needs no colon on a short line
    ("أ ف ب، رويترز", ["فرانس برس", "رويترز"]),  # several agencies alone on the last line
])
def test_more_credit_lines_after_the_article(credit, agencies):
    art = extract(page(HEADLINE, *BODY, credit))
    assert art.agencies == agencies and art.body.split("\n") == BODY


def test_the_headline_shown_wins_over_a_shorter_meta_title():
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    html = ("<html><head><title>الأمن يضبط شبكة لتهريب الأسلحة</title></head><body>"
            "<div class='logo'>بوابة الشمال</div><h2>الأمن يضبط شبكة لتهريب الأسلحة عبر الحدود الشمالية</h2>"
            f"<div class='content'>{paragraphs}</div></body></html>")
    art = extract(html, fmt="html")
    assert art.title == "الأمن يضبط شبكة لتهريب الأسلحة عبر الحدود الشمالية"
    assert art.body.split("\n") == BODY


def test_dates_run_together_and_a_bare_row_of_tag_links_under_the_article():
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    html = ("<html><head><title>ضبط شبكة لتهريب الأسلحة</title></head><body><article>"
            "<h1>ضبط شبكة لتهريب الأسلحة</h1><p>نُشر في 30/11/2026 - 10:30 | آخر تحديث: 01/12/2026 - 08:15</p>"
            f"{paragraphs}<p>المصدر: وكالة الأنباء الأردنية (بترا)</p>"
            "<div><a rel='tag' href='/t/1'>الأمن العام</a> <a rel='tag' href='/t/2'>الحدود الشمالية</a></div>"
            "</article></body></html>")
    art = extract(html, fmt="html")
    assert (art.published, art.author, art.keywords) == ("2026-11-30", None, ["الأمن العام", "الحدود الشمالية"])
    assert art.body.split("\n") == BODY


@pytest.mark.parametrize("line", ["عمان - الغد", "الرباط - هسبريس"])
def test_a_listed_paper_in_the_dateline_is_the_pages_outlet_not_an_agency(line):
    art = extract(page(HEADLINE, line, *BODY))
    assert (art.agencies, art.outlet, art.dateline) == ([], line.split(" - ")[1], line.split(" - ")[0])


def test_a_dateline_on_its_own_line_then_the_first_sentence_is_a_page_without_headline():
    first = "أكد وزير الداخلية سامر الحداد خلال لقائه اليوم السفير الفرنسي أن التعاون الأمني بين البلدين يتطور."
    art = extract(page("عمّان-بترا", first, *BODY[1:]))
    assert art.title is None and art.dateline == "عمّان" and art.agencies == ["بترا"]
    assert art.body.split("\n") == [first, *BODY[1:]]


def test_a_published_by_line_above_the_dateline_is_a_byline_not_the_headline():
    art = extract(page("الداخلية تضبط شبكة لتهريب الأسلحة في الشمال", "تم النشر بواسطة: فريق التحرير",
                       "عمّان - بترا", *BODY))
    assert art.title == "الداخلية تضبط شبكة لتهريب الأسلحة في الشمال"
    assert art.body.split("\n") == BODY


def test_a_papers_name_in_quotation_marks_alone_after_the_place_even_when_it_names_a_place():
    # "غزة - «القدس»": the paper named after a city or region is still the paper, and the headline
    # above the line (one with a speaker's colon) stays the title
    page = ('سلامة: لا موازنة قبل نهاية الشهر\n\nبيروت - "الوطن العربي"\n\n'
            'أكد وزير المالية جاد سلامة أن "الموازنة لن تقر قبل نهاية الشهر الجاري".\n\n'
            'وأضاف أن الحكومة ستعرض الخطة على النواب خلال جلسة خاصة.\n')
    art = extract(page)
    assert art.title == "سلامة: لا موازنة قبل نهاية الشهر"
    assert (art.dateline, art.outlet) == ("بيروت", "الوطن العربي")
    assert art.body.startswith("أكد وزير المالية")


def test_a_place_then_the_reporters_byline_on_one_line():
    page = ("وزير الخارجية: لا تفاوض تحت الضغط\n\nالقاهرة - كتب سامي فؤاد:\n\n"
            "أكد وزير الخارجية أن بلاده لن تقبل أي ضغوط في ملف المياه.\n\n"
            "وأضاف أن الحكومة ستعرض موقفها على البرلمان خلال جلسة خاصة.\n")
    art = extract(page)
    assert (art.dateline, art.author) == ("القاهرة", "سامي فؤاد")
    assert art.body.startswith("أكد وزير الخارجية")


@pytest.mark.parametrize("line, outlet", [
    ("القاهرة - بوابة النهار - كتب: سامي فؤاد", "بوابة النهار"),  # an unlisted paper
    ("القاهرة - الأهرام - كتب سامي فؤاد", "الأهرام"),  # a listed one
])
def test_a_place_the_papers_name_and_the_reporters_byline_on_one_line(line, outlet):
    page = ("وزير الخارجية: لا تفاوض تحت الضغط\n\n" + line + "\n"
            "أكد وزير الخارجية أن بلاده لن تقبل أي ضغوط في ملف المياه.\n\n"
            "وأضاف أن الحكومة ستعرض موقفها على البرلمان خلال جلسة خاصة.\n")
    art = extract(page)
    assert (art.title, art.dateline, art.outlet, art.author) == (
        "وزير الخارجية: لا تفاوض تحت الضغط", "القاهرة", outlet, "سامي فؤاد")
    assert art.body.startswith("أكد وزير الخارجية")


@pytest.mark.parametrize("first, outlet", [
    ("خاص - الأفق", "الأفق"), ("خاص - موقع الأفق", "موقع الأفق"), ("متابعات - الأفق نيوز", "الأفق نيوز"),
])
def test_a_credit_line_then_the_story_with_no_headline(first, outlet):
    art = extract(page(first, *BODY))
    assert (art.title, art.outlet) == (None, outlet)
    assert art.body.split("\n") == BODY  # the first sentence is no headline


def test_a_sites_name_and_a_slash_open_its_own_story():
    art = extract(page("انفجار عبوة في الواحة", "الأفق نيوز/ " + BODY[0], *BODY[1:]))
    assert (art.title, art.outlet, art.dateline) == ("انفجار عبوة في الواحة", "الأفق نيوز", None)
    assert art.body.split("\n")[1:] == BODY[1:]


def test_a_place_the_reporter_and_the_agency_between_slashes():
    page = ("تحييد خمسة مسلحين في عملية جوية\n\nأنقرة/ سامر الحلبي/ الأناضول\n"
            "أعلنت وزارة الدفاع، الخميس، تحييد خمسة مسلحين في عملية جوية.\n"
            "وقالت الوزارة في بيان إن العملية جرت في منطقة جبلية.\n")
    art = extract(page)
    assert (art.title, art.dateline, art.author, art.agencies) == (
        "تحييد خمسة مسلحين في عملية جوية", "أنقرة", "سامر الحلبي", ["الأناضول"])
    assert art.body.startswith("أعلنت وزارة الدفاع")


def test_a_west_bank_city_then_a_date_is_the_dateline():
    art = extract("مقتل شخص في عملية طعن\n\nالخليل - 14 مارس 2025\n\n"
                  "قتل شخص وأصيب اثنان آخران بجروح في عملية طعن عند مدخل المدينة، ظهر اليوم الجمعة.\n\n"
                  "وقالت الشرطة إنها فتحت تحقيقاً في ملابسات الحادث.\n")
    assert (art.dateline, art.published) == ("الخليل", "2025-03-14")


def test_a_breaking_kicker_before_a_short_headline_is_no_breadcrumb():
    art = extract("عاجل | انفجار يهز العاصمة\n\nالوادي - وكالات\n\n"
                  "هز انفجار عنيف، ظهر اليوم، محيط القصر الرئاسي في العاصمة، وسط أنباء عن سقوط ضحايا.\n\n"
                  "ولم تصدر السلطات أي تعليق رسمي حتى اللحظة.\n")
    assert art.title == "انفجار يهز العاصمة"


def test_a_place_its_country_in_brackets_then_the_agency():
    art = extract("مقتل عنصرين من الشرطة\n\nمايدوغوري (نيجيريا) - أ ف ب\n\n"
                  "قتل عنصران من الشرطة وأصيب ثلاثة آخرون في هجوم على مركز للشرطة شمال شرقي البلاد.\n\n"
                  "وقال مسؤول محلي إن المسلحين وصلوا على متن شاحنات صغيرة.\n")
    assert (art.dateline, art.agencies, art.outlet) == ("مايدوغوري", ["فرانس برس"], None)


@pytest.mark.parametrize("related", ["", "إقرأ أيضاً:\nالحكومة تعلن موعد الانتخابات البلدية\nرئيس الوزراء يلتقي وفد صندوق النقد\n\n"])
def test_a_bare_tags_label_with_the_tags_one_a_line(related):
    page = ("البرلمان يقر قانون الانتخابات الجديد\n\n"
            "أقر مجلس النواب، في جلسة استمرت حتى الفجر، مشروع قانون الانتخابات الجديد بأغلبية كبيرة.\n\n"
            "وقال رئيس المجلس إن القانون يمثل خطوة مهمة نحو إصلاح النظام السياسي في البلاد.\n\n"
            + related + "الوسوم\nالبرلمان\nقانون الانتخابات\n\nالتعليقات\nأبو خالد\nقانون يخدم الأحزاب الكبيرة فقط\n")
    art = extract(page)
    assert art.keywords == ["البرلمان", "قانون الانتخابات"]
    assert all(r.title not in ("الوسوم", "البرلمان") for r in art.related)
    assert len(art.body.split("\n")) == 2
