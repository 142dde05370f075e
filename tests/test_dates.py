"""marsad.nlp.dates: every date form Arabic news uses, with offsets into the text."""
from datetime import date, datetime, timedelta, timezone

import pytest

from marsad.nlp.dates import find_dates, parse_date, timestamp_spans

REF = datetime(2024, 3, 28, 15, 0)  # a Thursday


@pytest.mark.parametrize("text, expected", [
    ("الثلاثاء 14 أيار 2024", date(2024, 5, 14)),
    ("الأحد 12 آذار 2023", date(2023, 3, 12)),
    ("الجمعة، 3 نوفمبر 2023", date(2023, 11, 3)),
    ("في 9 كانون الثاني 2021", date(2021, 1, 9)),
    ("في 1 تشرين الأول 2019", date(2019, 10, 1)),
    ("وصل في 5 شباط/فبراير 2022 إلى", date(2022, 2, 5)),
    ("يوم 17 آب (أغسطس) 2020", date(2020, 8, 17)),
    ("في 4 أيلول 2018", date(2018, 9, 4)),
    ("20 غشت 2016", date(2016, 8, 20)),
    ("٢٦ مارس ٢٠٢٤", date(2024, 3, 26)),
    ("7th, November 2023 GMT", date(2023, 11, 7)),
    ("November 7, 2023", date(2023, 11, 7)),
    ("Tue, 26 Mar 2024 10:00:00 GMT", date(2024, 3, 26)),
    ("2017-10-04", date(2017, 10, 4)),
    ("03/04/2017", date(2017, 4, 3)),  # day first, the Arab convention
    ("٢٦/٠٣/٢٠٢٤", date(2024, 3, 26)),
    ("2024/03/26", date(2024, 3, 26)),
    ("25.12.2019", date(2019, 12, 25)),
    ("الاثنين 15 رمضان 1445 هـ", date(2024, 3, 25)),
    ("10 ذو الحجة 1440", date(2019, 8, 11)),
])
def test_absolute_forms(text, expected):
    assert parse_date(text) == expected


def test_iso_datetime_keeps_time_and_zone():
    value = parse_date("2022-09-21T14:05:00+02:00")
    assert value == datetime(2022, 9, 21, 14, 5, tzinfo=timezone(timedelta(hours=2)))


def test_offsets_point_into_the_original_text():
    text = "أعلن المتحدث يوم الأربعاء ١٠ كانون الثاني ٢٠٢٤ أن اللجنة ستجتمع في 15/02/2024 مجدداً."
    mentions = find_dates(text)
    assert [m.value for m in mentions] == [date(2024, 1, 10), date(2024, 2, 15)]
    for m in mentions:
        assert text[m.start:m.end] == m.text
    assert mentions[0].text.startswith("يوم الأربعاء")
    assert [m.kind for m in mentions] == ["absolute", "numeric"]


@pytest.mark.parametrize("text, expected", [
    ("18 جمادى الآخرة 1448هـ", date(2026, 11, 28)),  # the computed calendar's day, a Saturday
    ("الأحد 18 جمادى الآخرة 1448هـ", date(2026, 11, 29)),  # the weekday says the month began a day later
    ("السبت 18 جمادى الآخرة 1448هـ", date(2026, 11, 28)),
    ("الاحد 18/6/1448هـ", date(2026, 11, 29)),
    ("الثلاثاء 18 جمادى الآخرة 1448هـ", date(2026, 11, 28)),  # no neighbouring Tuesday: the day stands
])
def test_weekday_settles_the_day_of_a_hijri_date(text, expected):
    [m] = find_dates(text)
    assert m.value == expected


def test_hijri_mark_with_tatweel_is_part_of_the_mention():
    [m] = find_dates("صدر البيان في 3 شوال 1444 هـ، وقال")
    assert m.text == "3 شوال 1444 هـ" and m.kind == "hijri" and m.value == date(2023, 4, 23)


@pytest.mark.parametrize("text, expected", [
    ("قالت الشرطة أمس إن", date(2024, 3, 27)),
    ("أعلن اليوم (الخميس)", date(2024, 3, 28)),
    ("وقع الهجوم أول أمس", date(2024, 3, 26)),
    ("وقع الانفجار الليلة الماضية", date(2024, 3, 27)),
    ("نشر منذ ساعتين", datetime(2024, 3, 28, 13, 0)),
    ("منذ 3 أيام", datetime(2024, 3, 25, 15, 0)),
    ("وصل يوم الاثنين الماضي", date(2024, 3, 25)),
    ("يعقد الاجتماع يوم الأحد المقبل", date(2024, 3, 31)),
    ("التقى الوزير يوم الثلاثاء", date(2024, 3, 26)),
    ("في 7 نوفمبر", date(2023, 11, 7)),  # no year: the last such day before the reference
])
def test_relative_forms_resolve_against_the_reference(text, expected):
    assert parse_date(text, REF) == expected


@pytest.mark.parametrize("text", ["قالت الشرطة أمس إن", "أعلن اليوم (الخميس)", "منذ ساعتين", "يوم الاثنين الماضي",
                                  "في 7 نوفمبر"])
def test_relative_forms_without_reference_give_nothing(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text", ["الأسبوع الماضي", "أمسيات شعرية في المهرجان", "فاز الفريق 3-1 في المباراة",
                                  "قبل الانتخابات", "31/02/2020", "رقم الهاتف 12/34/5678"])
def test_no_false_dates(text):
    assert find_dates(text, REF) == []


@pytest.mark.parametrize("text, spans", [
    ("منذ 3 ساعات", ["منذ 3 ساعات"]),
    ("قبل ساعتين", ["قبل ساعتين"]),
    ("10:45 ص", ["10:45 ص"]),
    ("الأحد 9 حزيران 2024 | 03:10 مساء", ["الأحد 9 حزيران 2024", "03:10 مساء"]),
    ("آخر تحديث: 14:20 بتوقيت مكة", ["14:20 بتوقيت مكة"]),
    ("الساعة 10:30 صباحاً", ["الساعة 10:30 صباحاً"]),
    ("وصل الوفد إلى المدينة صباحا", []),
])
def test_timestamp_spans_need_no_reference(text, spans):
    assert [text[a:b] for a, b in timestamp_spans(text)] == spans
    assert find_dates("منذ 3 ساعات") == []  # still no date without a reference time


@pytest.mark.parametrize("text, expected", [
    ("وقع الهجوم في 12 من الشهر الماضي قرب الحدود", date(2023, 12, 12)),
    ("تبدأ الانتخابات في الـ5 من الشهر المقبل", date(2024, 2, 5)),
    ("وصل الوفد في 3 الشهر الجاري", date(2024, 1, 3)),
    ("انطلقت الحملة في العاشر من الشهر الجاري", date(2024, 1, 10)),
    ("في الثالث والعشرين من الشهر الماضي وقع الانفجار", date(2023, 12, 23)),
])
def test_a_day_of_the_month_before_this_or_the_next(text, expected):
    [m] = find_dates(text, date(2024, 1, 18))
    assert (m.value, m.kind) == (expected, "relative")
    assert find_dates(text) == []  # no reference, no guess
    assert find_dates("في 31 من الشهر المقبل", date(2024, 1, 18)) == []  # there is no 31 February


def test_numeric_hijri_dates_marked_or_of_recent_years():
    found = [(d.value, d.kind) for d in find_dates("صدر القرار في 14/5/1448هـ.", None)]
    assert found == [(date(2026, 10, 25), "hijri")]
    assert [d.value for d in find_dates("الموافق 1448/05/14", None)] == [date(2026, 10, 25)]
    assert find_dates("ملف رقم 12/5/1400 في السجل.", None) == []  # a file number


@pytest.mark.parametrize("text, expected", [
    ("وقعت الحادثة في الخامس من حزيران 2023 قرب المعبر", date(2023, 6, 5)),
    ("في الحادي والثلاثين من كانون الأول 2023 أعلنت الحكومة", date(2023, 12, 31)),
    ("يجتمع المجلس في الثاني عشر من شهر مارس", date(2024, 3, 12)),
    ("انتهت المهلة في الـ20 من فبراير", date(2024, 2, 20)),
    ("وصل الوفد الأول من أمس", date(2024, 3, 26)),
])
def test_ordinal_days_and_the_day_with_its_article(text, expected):
    [m] = find_dates(text, REF)
    assert m.value == expected


@pytest.mark.parametrize("text, expected", [
    ("تنتهي المهلة في 3 كانون الثاني المقبل", date(2025, 1, 3)),
    ("بدأت المحاكمة في 20 آذار المقبل", date(2025, 3, 20)),  # not this week's 20 March
    ("اعتقل في 12 تشرين الأول الماضي", date(2023, 10, 12)),
    ("اعتقل في الخامس من نيسان الماضي", date(2023, 4, 5)),
    ("داهمت القوات الحي فجر الاثنين 25/3 واعتقلت ثلاثة", date(2024, 3, 25)),
    ("وقع الانفجار مساء الجمعة، 15/12", date(2023, 12, 15)),
])
def test_a_month_named_as_next_or_last_and_a_weekday_with_day_and_month(text, expected):
    [m] = find_dates(text, REF)
    assert m.value == expected


def test_a_day_and_month_whose_weekday_fits_no_nearby_year_is_no_date():
    assert [m.value for m in find_dates("فاز الفريق 3/1 ولعب يوم الثلاثاء 4/2", REF)] == [date(2024, 3, 26)]


def test_a_hijri_day_and_month_without_the_year_are_read_by_the_references_hijri_year():
    ref = date(2025, 3, 6)  # 6 Ramadan 1446
    assert parse_date("في 3 رمضان الجاري", ref) == date(2025, 3, 3)
    assert parse_date("في 3 رمضان", ref) == date(2025, 3, 3)
    assert parse_date("في 12 شعبان الماضي", ref) == date(2025, 2, 11)
    assert parse_date("في 10 محرم المقبل", ref) == date(2025, 7, 5)
    assert parse_date("فاز الفريق 3 صفر", ref) is None  # a score, not the month صفر
    assert parse_date("في 3 رمضان") is None  # no reference, no year


@pytest.mark.parametrize("text, value", [
    ("اعتقلت الشرطة المتهم يوم 29/11/2026.", date(2026, 11, 29)),  # the sentence's full stop after it
    ("وقع الحادث بتاريخ 2026/11/29.", date(2026, 11, 29)),
    ("في 29.11.2026.", date(2026, 11, 29)),
])
def test_a_numeric_date_that_ends_the_sentence(text, value):
    assert [m.value for m in find_dates(text, date(2026, 11, 30))] == [value]
    assert find_dates("بلغت النسبة 12.5.2026.3 في المئة", date(2026, 11, 30)) == []


@pytest.mark.parametrize("text, expected", [
    ("قتل ثلاثة أشخاص قبل ثلاثة أيام في الهجوم", date(2024, 3, 25)),
    ("اختفى منذ خمسة أيام", date(2024, 3, 23)),
    ("أطلق سراحه قبل عشرة أيام", date(2024, 3, 18)),
    ("وقع الهجوم قبل ثلاثة أسابيع", date(2024, 3, 7)),
])
def test_a_time_ago_counted_in_words(text, expected):
    [mention] = find_dates(text, REF.date())
    assert mention.value == expected and mention.text.startswith(("قبل", "منذ"))


def test_a_time_ago_counted_in_words_needs_a_small_count_and_a_unit():
    assert find_dates("قبل بضعة أيام", REF.date()) == []  # no count
    assert find_dates("بنيت قبل مئة عام", REF.date()) == []  # years: history, no event date
    assert find_dates("قبل خمسين يوما", REF.date()) == []  # a count past the news's days


@pytest.mark.parametrize("text, expected", [
    ("في الخامس من رمضان 1445 هـ", date(2024, 3, 15)),
    ("غرة شهر رمضان 1445", date(2024, 3, 11)),
    ("في الخامس من شهر رمضان المبارك", date(2024, 3, 15)),  # the year read by the reference's
    ("مع غرة رمضان المبارك", date(2024, 3, 11)),
])
def test_an_ordinal_day_or_the_first_of_a_hijri_month(text, expected):
    [mention] = find_dates(text, REF.date())
    assert mention.kind == "hijri" and mention.value == expected
