"""Reading Japanese and Chinese pages: ``v`` selects one sentence at a time, ctrl+shift+arrows
and ``W`` go by dictionary words (Pilot)."""

from __future__ import annotations

from tests.factories import NHK, NHK_SENTENCES, XINHUA, XINHUA_SENTENCES
from tests.tui.helpers import make_app


async def open_body(pilot):
    await pilot.pause()
    body = pilot.app.screen.sides[0].body
    body.focus()
    await pilot.pause()
    return body


async def sentences_one_by_one(pilot, body, count):
    """Press ``v`` (select the sentence), then escape and ``v`` again past its end."""
    got = []
    for _ in range(count):
        await pilot.press("v")
        got.append(body.text_for(*body.selected_range()))
        await pilot.press("escape", "right")  # the cursor leaves the sentence
    return got


async def test_v_selects_japanese_sentences_one_by_one(tmp_path):
    app = make_app(tmp_path / "s.db", open_paths=[NHK], seed_if_empty=False)
    async with app.run_test(size=(100, 40)) as pilot:
        body = await open_body(pilot)
        assert await sentences_one_by_one(pilot, body, 9) == NHK_SENTENCES


async def test_v_selects_chinese_sentences_one_by_one(tmp_path):
    app = make_app(tmp_path / "s.db", open_paths=[XINHUA], seed_if_empty=False)
    async with app.run_test(size=(100, 40)) as pilot:
        body = await open_body(pilot)
        assert await sentences_one_by_one(pilot, body, 7) == XINHUA_SENTENCES
        # v again extends the selection by the next sentence
        await pilot.press("v", "v")
        assert body.text_for(*body.selected_range()) == (
            "居家一日游、前后楼隔空喊话、躺平就是做贡献，这些带有几分调侃意味的举动，却是众多武汉"
            "市民近一个月来真实的经历。\n\n1月23日，武汉全面封闭离汉通道时，武汉三镇尚有900多万"
            "人口，其中不少人是满怀一年的期盼，千里迢迢、从四面八方回汉和亲人团聚。")


async def test_ctrl_shift_arrows_and_w_go_by_dictionary_words(tmp_path):
    app = make_app(tmp_path / "s.db", open_paths=[XINHUA], seed_if_empty=False)
    async with app.run_test(size=(100, 40)) as pilot:
        body = await open_body(pilot)
        start = body.text.index("在抗击新冠肺炎疫情")
        body.move_cursor(body.location_of(start))
        await pilot.press(*["ctrl+shift+right"] * 4)
        assert body.text_for(*body.selected_range()) == "在抗击新冠肺炎"
        await pilot.press("ctrl+shift+left")
        assert body.text_for(*body.selected_range()) == "在抗击新冠"
        # W widens a selection made by characters to whole words
        body.move_cursor(body.location_of(start + 4))
        await pilot.press("shift+right", "W")
        assert body.text_for(*body.selected_range()) == "新冠"


RU_EN_SENTENCES = [
    "Погибло примерно нескольких тысяч взрослых рыб, очень много мальков, икры, погибла вся "
    "кормовая база, т.е. нечем питаться будет оставшейся рыбе.",
    "Местные власти не называют происшествие ни чрезвычайным, ни экологическим.",
    "«Это не значит, что он хочет поменять адвоката или недоволен ею, — пояснила Алла Бут.",
    "— Но мы пока не знаем ни здешней системы, ни всех юридических тонкостей».",
    "В.В. Путин в г. Москве.",
    "The talks began on Oct. 5 in Geneva.",
    "Mr. Smith said they would go on.",
    '"We are close," he said.',
]
#: three paragraphs under a title (the thread format's plain article)
RU_EN_ARTICLE = "Переговоры и сброс в Славянку\n\n" + "\n\n".join(
    " ".join(RU_EN_SENTENCES[a:b]) for a, b in ((0, 2), (2, 5), (5, 8))) + "\n"


async def test_v_selects_russian_and_english_sentences_one_by_one(tmp_path):
    """Russian text from factRuEval-2016 (MIT; benchmarks/gold/sentences)."""
    art = tmp_path / "ru_en.txt"
    art.write_text(RU_EN_ARTICLE, encoding="utf-8")
    app = make_app(tmp_path / "s.db", open_paths=[art], seed_if_empty=False)
    async with app.run_test(size=(100, 40)) as pilot:
        body = await open_body(pilot)
        assert await sentences_one_by_one(pilot, body, 8) == RU_EN_SENTENCES
