"""Sentences and words in English, Russian, Chinese and Japanese (annotations.text.segment)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.text.segment import (
    guess_language,
    sentences,
    sentences_many,
    word_at,
    words,
    words_near,
)
from tests.conftest import ROOT


def split(text, lang=None):
    return [text[s:e] for s, e in sentences(text, lang)]


def test_english_abbreviations_do_not_end_sentences():
    text = ('He arrived on Oct. 5 with Mr. Smith. The U.S. Army said so. "It is over." '
            "Then he left. I met Dr. Jones e.g. yesterday. She said \"Go!\" and left.")
    assert split(text) == [
        "He arrived on Oct. 5 with Mr. Smith.", "The U.S. Army said so.", '"It is over."',
        "Then he left.", "I met Dr. Jones e.g. yesterday.", 'She said "Go!" and left.']


def test_russian_abbreviations_initials_and_years():
    text = ("Это, т.е. вопрос, решён в 2024 г. в Москве. Он сказал: «Нет.» Потом ушёл. "
            "В 1990-х гг. было иначе. Вчера проф. Иванов пришёл. В.В. Путин заявил. "
            "В г. Москве тепло. Это было в 2024 г. Потом всё изменилось. Он пришёл, т.е. "
            "Иванов ушёл. «Нет!» — сказал он.")
    assert split(text) == [
        "Это, т.е. вопрос, решён в 2024 г. в Москве.", "Он сказал: «Нет.»", "Потом ушёл.",
        "В 1990-х гг. было иначе.", "Вчера проф. Иванов пришёл.", "В.В. Путин заявил.",
        "В г. Москве тепло.", "Это было в 2024 г.", "Потом всё изменилось.",
        "Он пришёл, т.е. Иванов ушёл.", "«Нет!» — сказал он."]


def test_chinese_closing_quote_stays_with_its_sentence():
    text = "他说：“中方希望通过对话解决争端。”他还说，这是第一步。会议于周一举行！大家都来了？"
    assert split(text) == ["他说：“中方希望通过对话解决争端。”", "他还说，这是第一步。",
                           "会议于周一举行！", "大家都来了？"]


def test_japanese_sentences_and_quotative_to():
    text = "東京で会議が開かれた。首相は「平和が大切だ。」と述べた。次の会議は来月だ！本当？"
    assert split(text) == ["東京で会議が開かれた。", "首相は「平和が大切だ。」と述べた。",
                           "次の会議は来月だ！", "本当？"]


def test_line_breaks_blank_lines_and_wide_characters():
    text = "hard\nwrapped line. Next one\n\nPara two 😀. Третье 😀😀. Done"
    assert split(text) == ["hard\nwrapped line.", "Next one", "Para two 😀.", "Третье 😀😀.",
                           "Done"]
    # a title before a blank line still ends its paragraph
    assert split("Ask Mr.\n\nNext") == ["Ask Mr.", "Next"]


def test_lone_surrogate_keeps_offsets():
    text = "Bad \ud800 byte. Next."
    assert sentences(text) == [(0, 11), (12, 17)]


def test_dictionary_words_in_chinese_and_japanese():
    zh = "外交部发言人表示，中方希望通过对话解决争端。"
    assert [zh[s:e] for s, e in words(zh)] == [
        "外交部", "发言", "人", "表示", "中方", "希望", "通过", "对话", "解决", "争端"]
    ja = "東京で会議が開かれた。"
    assert [ja[s:e] for s, e in words(ja)] == ["東京", "で", "会議", "が", "開", "か", "れ", "た"]
    en = "Kremlin's don’t e-mail, 3.5"
    assert [en[s:e] for s, e in words(en)] == ["Kremlin's", "don’t", "e", "mail", "3.5"]
    assert word_at(zh, 1) == (0, 3)
    assert word_at(zh, 8) is None  # the comma


@pytest.mark.parametrize("text, lang", [
    ("東京で会議が開かれた。", "ja"), ("外交部发言人表示", "zh"), ("엔터 미디어", "ko"),
    ("Путин заявил", "ru"), ("Putin said", "en"), ("", "en"), ("Путин said 外交部", "ru"),
])
def test_guess_language(text, lang):
    assert guess_language(text) == lang


def test_rules_found_on_real_text():
    # the author's words end, direct speech starts again after a dash
    text = "«Это не значит, что он хочет, — пояснила Алла Бут. — Но мы пока не знаем». " \
           "— Почему? — спросила она."
    assert split(text) == ["«Это не значит, что он хочет, — пояснила Алла Бут.",
                           "— Но мы пока не знаем».", "— Почему? — спросила она."]
    assert split("He left, etc. — and then came back.") == [
        "He left, etc. — and then came back."]
    # an opening bracket or a Chinese opening quote after the end opens the next sentence
    assert split("才有这座英雄的城！（评论员 罗博）挂上网卖钱。“在‘益村’上，订货。”陈福香说。") == [
        "才有这座英雄的城！", "（评论员 罗博）挂上网卖钱。", "“在‘益村’上，订货。”", "陈福香说。"]
    assert split("He left! (Reuters) The end.") == ["He left!", "(Reuters) The end."]
    # a unit after a number is no initial
    assert split("Перегрузки до 10 G. Из-за этого всё. Пришёл Дж. Смит.") == [
        "Перегрузки до 10 G.", "Из-за этого всё.", "Пришёл Дж. Смит."]


def test_words_near_a_position_in_a_long_text_are_the_words_of_the_text():
    text = ("外交部发言人表示，中方希望通过对话解决争端。 " * 300) + "Kremlin's words. " * 300
    spans = words(text)
    for pos in (0, 5000, 7000, 9000, len(text) - 1):
        near = set(words_near(text, pos))
        assert near <= set(spans)  # the window never cuts a word
        assert {(s, e) for s, e in spans if pos - 1500 <= s and e <= pos + 1500} <= near

_PIECES = st.sampled_from([
    "Mr.", "Dr. ", "U.S. ", "т.е. ", "г. ", "10 G. ", "В.В. ", "。", "」と", "“", "”", "（", "）",
    "! ", "? ", ". ", " — ", "«", "»", "\n", "\n\n", "\r\n", " ", "abc", "Abc", "Где", "東京",
    "外交部", "😀", "\ud800", "e\u0301", "\u2029", "…", "'",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_sentences_and_words_are_ordered_stripped_spans_of_any_text(pieces):
    text = "".join(pieces)
    prev = 0
    for s, e in sentences(text):
        assert prev <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        prev = e
    prev = 0
    for s, e in words(text):
        assert prev <= s < e <= len(text)
        prev = e


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=12).map("".join), max_size=8))
def test_sentences_of_many_texts_in_one_pass_are_each_texts_sentences(texts):
    assert sentences_many(texts) == [sentences(t) for t in texts]
    assert sentences_many(texts, "ja") == [sentences(t, "ja") for t in texts]


def test_many_texts_of_several_languages_keep_their_own_rules():
    texts = ["He met Mr. Smith. Then left.", "Это, т.е. вопрос. Нет.", "",
             "他说：“中方希望通过对话解决争端。”他还说。", "Mr.",
             "東京で会議。「はい。」と述べた。"]
    got = zip(texts, sentences_many(texts), strict=True)
    assert [[t[s:e] for s, e in spans] for t, spans in got] == [
        ["He met Mr. Smith.", "Then left."], ["Это, т.е. вопрос.", "Нет."], [],
        ["他说：“中方希望通过对话解决争端。”", "他还说。"], ["Mr."],
        ["東京で会議。", "「はい。」と述べた。"]]


def test_guess_language_counts_letters_of_every_script_as_before():
    # accented Latin and Greek count as Latin; kana punctuation as kana
    assert guess_language("Ελλάδα και Россия") == "en"
    assert guess_language("ー・ー・ 漢") == "ja"
    assert guess_language("ÀÉÎ ЖЖ") == "en"
    assert guess_language("ÀÉ ЖЖЖ") == "ru"


def test_a_sentence_ends_only_outside_quotation_marks_for_the_quote_finders():
    from annotations.text.segment import outside_quotes

    def joined(text, quotes):
        return [text[s:e] for s, e in outside_quotes(text, sentences(text), quotes)]

    ru = "«Нет. Никогда», — сказал он. «Почему?» Он не ответил. «Да». Потом ушёл."
    q = [(ru.index("«Нет"), ru.index("»,") + 1), (ru.index("«Почему"), ru.index("?»") + 2),
         (ru.index("«Да"), ru.index("«Да") + 4)]
    assert split(ru) == ["«Нет.", "Никогда», — сказал он.", "«Почему?»", "Он не ответил.",
                         "«Да».", "Потом ушёл."]
    assert joined(ru, q) == ["«Нет. Никогда», — сказал он.", "«Почему?» Он не ответил.",
                             "«Да».", "Потом ушёл."]
    zh = "“我们希望通过对话和平解决争端。”他还说，中方愿意沟通。会议结束。"
    assert joined(zh, [(0, zh.index("”") + 1)]) == [
        "“我们希望通过对话和平解决争端。”他还说，中方愿意沟通。", "会议结束。"]
    # nested marks: the outer quote decides
    nest = "«Он сказал: „Нет. Никогда“. И ушёл». Потом всё."
    assert joined(nest, [(0, nest.index("»") + 1), (11, nest.index("“") + 1)]) == [
        "«Он сказал: „Нет. Никогда“. И ушёл».", "Потом всё."]
    assert joined(ru, []) == split(ru)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab. \n\t\u2029\u3000\xa0\x1cА«»", max_size=14))
def test_the_last_two_words_are_what_the_tail_pattern_found(window):
    # _last_words replaced a regex that scanned quadratically: same answers
    import re

    from annotations.text.segment import _last_words

    m = re.search(r"(\S+)\s+(\S+)$|(\S+)$", window)
    expected = None if m is None else (
        (m.group(1), m.group(2)) if m.group(2) else (None, m.group(3)))
    assert _last_words(window) == expected


def test_the_script_patterns_compile_at_the_first_text_that_is_not_ascii():
    code = ("import annotations.text.segment as s\n"
            "n = lambda: s.script_patterns.cache_info().currsize\n"
            "a = n(); en = s.guess_language('Putin said so.'); b = n()\n"
            "print(a, en, b, s.guess_language('Путин так сказал.'), n())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=60)
    assert out.stdout.split() == ["0", "en", "0", "ru", "1"], out.stderr[-2000:]
