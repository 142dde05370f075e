"""The shortcuts taken for speed give what the plain definitions give."""
from marsad.nlp.normalize import arabic_ratio, fold, normalize_with_offsets, tokenize
from marsad.nlp.numbers import find_numbers


def test_offsets_of_plain_text_are_one_to_one():
    text = "أعلنت وزارة الصحة في إربد عن ٣ إصابات جديدة."
    folded, index = normalize_with_offsets(text)
    assert folded == fold(text)
    assert index == list(range(len(text)))


def test_offsets_skip_diacritics_and_tatweel():
    text = "قُتِلَ ثلاثةٌ في هجـوم صباحاً"
    folded, index = normalize_with_offsets(text)
    assert folded == "قتل ثلاثه في هجوم صباحا"
    assert len(index) == len(folded)
    assert all(fold(text[i]) == c for c, i in zip(folded, index))
    assert text[index[folded.index("هجوم")]:index[folded.index("هجوم") + 3] + 1] == "هجـوم"


def test_offsets_of_a_character_folding_to_two():
    folded, index = normalize_with_offsets("İzmir")
    assert folded == "i̇zmir"
    assert index == [0, 0, 1, 2, 3, 4]


def test_arabic_ratio_counts_letters_only():
    assert arabic_ratio("قال Ali 2024") == 3 / 6
    assert arabic_ratio("١٢٣ - 45") == 0.0
    assert arabic_ratio("مرحباً") == 1.0


def test_numbers_of_one_sentence_from_the_body_tokens():
    body = "أصيب خمسة أشخاص في الحادث. وقال الدفاع المدني إن نحو 40 عائلة أُجليت من الحي."
    second = body.index("وقال")
    tokens = tokenize(body)
    lo = next(i for i, t in enumerate(tokens) if t.start == second)
    found = find_numbers(body, tokens[lo:])
    alone = find_numbers(body[second:])
    assert [(m.start, m.end, m.text, m.value, m.approximate) for m in found] == \
        [(m.start + second, m.end + second, m.text, m.value, m.approximate) for m in alone]
    assert [(m.text, m.value, m.approximate) for m in found] == [("نحو 40", 40, True)]
