"""The Arabic number parser: digits, Arabic-Indic digits, number words, vague and approximate counts."""
import pytest

from marsad.nlp.numbers import find_numbers, parse_number


@pytest.mark.parametrize("text, value", [
    ("14", 14),
    ("١٤", 14),
    ("۱۲۳", 123),
    ("1,200", 1200),
    ("١٬٥٠٠", 1500),
    ("واحد", 1),
    ("ثلاثة", 3),
    ("عشرة", 10),
    ("أربعة عشر", 14),
    ("اثنا عشر", 12),
    ("اثني عشر", 12),
    ("إحدى عشرة", 11),
    ("أحد عشر", 11),
    ("ثلاثة وعشرين", 23),
    ("خمس وتسعون", 95),
    ("مئة", 100),
    ("مائة", 100),
    ("مئتين", 200),
    ("ثلاثمائة", 300),
    ("ثلاث مئة", 300),
    ("مئة وثلاثة وعشرون", 123),
    ("ألف", 1000),
    ("ألفين", 2000),
    ("ثلاثة آلاف", 3000),
    ("عشرين ألفا", 20000),
    ("10 آلاف", 10000),
    ("2.5 مليون", 2500000),
    ("ألف وخمسمائة", 1500),
])
def test_exact_values(text, value):
    assert parse_number(text) == value
    [m] = find_numbers(text)
    assert m.text == text and not m.approximate and not m.vague


def test_offsets_point_into_the_text():
    text = "أسفر الانفجار عن مقتل أربعة عشر شخصاً وإصابة ٢٧ آخرين"
    found = find_numbers(text)
    assert [(m.text, m.value) for m in found] == [("أربعة عشر", 14), ("٢٧", 27)]
    for m in found:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text, span, value", [
    ("أكثر من 50 جريحا", "أكثر من 50", 50),
    ("وأكثر من خمسين جريحا", "وأكثر من خمسين", 50),
    ("نحو مائة شخص", "نحو مائة", 100),
    ("قرابة ثلاثين", "قرابة ثلاثين", 30),
    ("حوالي 40", "حوالي 40", 40),
    ("ما لا يقل عن ثمانية", "ما لا يقل عن ثمانية", 8),
    ("ما يزيد على ألف", "ما يزيد على ألف", 1000),
    # a round number with the article after the qualifier: "about fifty"
    ("قرابة الخمسين شخصاً", "قرابة الخمسين", 50),
    ("نحو المئة قتيل", "نحو المئة", 100),
])
def test_approximate_counts_keep_the_figure_and_flag_it(text, span, value):
    [m] = find_numbers(text)
    assert (m.text, m.value, m.approximate) == (span, value, True)


def test_a_definite_tens_word_alone_is_no_count():
    assert find_numbers("في القرن العشرين") == [] and find_numbers("الخمسين عاماً الماضية") == []


@pytest.mark.parametrize("text", ["عشرات الجرحى", "مئات المعتقلين", "بضعة أشخاص", "عشرات الآلاف", "العشرات",
                                  "بضعة عشر شخصاً", "بضع عشرة امرأة"])
def test_vague_counts_are_found_without_a_value(text):
    [m] = find_numbers(text)
    assert m.vague and m.value is None
    assert parse_number(text) is None


@pytest.mark.parametrize("text", [
    "وقع الهجوم يوم 03/04/2017 في المدينة",  # a date
    "عند الساعة 10:30 صباحا",  # a time
    "أحد المصابين",  # "one of", not a number
    "الساعة العاشرة",  # an ordinal
    "يوم الاثنين",  # a weekday
])
def test_dates_times_and_lookalikes_are_not_counts(text):
    assert find_numbers(text) == []


def test_a_number_ending_a_sentence_is_still_a_count():
    assert [m.value for m in find_numbers("وبلغ عدد الجرحى 35. وقال المتحدث إن 4 منهم في حال حرجة.")] == [35, 4]


def test_a_list_of_numbers_is_several_numbers():
    assert [m.value for m in find_numbers("قتل ثلاثة وأصيب أربعة وخمسة آخرون")] == [3, 4, 5]


@pytest.mark.parametrize("text, value", [
    ("مقتل المسلحين الثلاثة", 3),
    ("قتل المهاجمين الأربعة", 4),
    ("وأطلق سراح الرهائن الخمسة", 5),
    ("للمتهمين السبعة", 7),
    ("القبض على أفرادها الستة", 6),  # a noun made definite by its pronoun
    ("وأصيب عناصره الأربعة", 4),
])
def test_a_definite_cardinal_after_its_definite_noun_is_a_count(text, value):
    [m] = find_numbers(text)
    assert (m.text, m.value) == (text.split()[-1], value)


@pytest.mark.parametrize("text", [
    "في القرن العشرين",  # an ordinal use of a definite ten
    "مساء يوم الاثنين",  # a weekday
    "الثلاثة أيام",  # no definite noun before it: not read as a count here
    "اجتماع مجموعة الستة",  # a ة is no pronoun
    "وصل الأحد",
])
def test_definite_lookalikes_are_not_counts(text):
    assert find_numbers(text) == []


def test_digits_glued_to_a_preposition_are_a_number():
    assert [(m.text, m.value) for m in find_numbers("أذنت النيابة بالاحتفاظ بـ4 عناصر ثم لـ5 آخرين")] == [
        ("4", 4), ("5", 5)]


@pytest.mark.parametrize("text, value", [
    ("بثلاثة أشخاص", 3), ("لخمسة مواطنين", 5), ("بخمسة عشر عنصراً", 15), ("وبعشرين جندياً", 20), ("بمئة وعشرين", 120),
])
def test_a_number_word_behind_a_preposition_is_read_whole(text, value):
    # "بخمسة عشر" had been read as ten, from عشر alone
    [m] = find_numbers(text)
    assert (m.value, text[m.start:m.end].split()[0]) == (value, text.split()[0])


@pytest.mark.parametrize("text", ["لست أدري ما حدث", "كست الثلوج الجبال"])
def test_a_short_word_behind_a_preposition_is_no_number(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize("text, span", [
    ("قتل ما بين 10 و15 شخصاً", "ما بين 10 و15"),
    ("قتل بين عشرة وخمسة عشر شخصاً", "بين عشرة وخمسة عشر"),
])
def test_a_range_is_one_approximate_figure_its_lower_end(text, span):
    [m] = find_numbers(text)
    assert (m.text, m.value, m.approximate) == (span, 10, True)


def test_two_numbers_after_between_that_make_no_range_stay_two():
    assert [m.value for m in find_numbers("الفرق بين 10 و5 نقاط")] == [10, 5]


def test_digits_glued_to_the_word_before_them_are_a_count_of_their_own():
    # a page that lost the space: "الاحتلال19 آخرين"
    [m] = find_numbers("اعتقلت قوات الاحتلال19 آخرين")
    assert (m.text, m.value) == ("19", 19)
    assert find_numbers("طائرة F16 في السماء") == []
