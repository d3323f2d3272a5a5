"""Issue #24's comparison on the two seeds, tagged in the test (tests/compare_kit.py)."""

from __future__ import annotations

import pytest

from annotations.compare import registry
from annotations.compare.folding import SpeakerFolder, role_kind
from annotations.compare.report import compare_store
from annotations.compare.scope import build_scope
from annotations.compare.shared import accept, statements
from annotations.compare.words import distinctive, log_odds
from tests.compare_kit import tagged_store


@pytest.fixture
def tagged(tmp_path):
    store, arts = tagged_store(tmp_path / "store.db")
    registry.set_outlet(store, "Voennoye Obozreniye", country="RU", language="en",
                        group="Russian media", articles=[arts["ru"].id])
    registry.set_outlet(store, "Newsweek", country="US", language="en", group="US press")
    registry.add_to_story(store, "valdai", [arts["ru"].id, arts["us"].id])
    yield store, arts
    store.close()


def _speaker(report, name):
    return next(r for r in report["speakers"] if r["speaker"] == name)


def test_speakers_table_per_article(tagged):
    store, arts = tagged
    ru, us = arts["ru"].id, arts["us"].id
    rep = compare_store(store, ["valdai"])
    putin = _speaker(rep, "Vladimir Putin")
    assert putin["as_tagged"] == ["Vladimir Putin", "Putin", "President Putin"]
    assert putin["articles"] == {
        ru: {"quotes": 1, "words": 32, "direct": 1, "indirect": 0, "mixed": 0},
        us: {"quotes": 3, "words": 50, "direct": 3, "indirect": 0, "mixed": 0}}
    assert _speaker(rep, "Li Lifan")["articles"] == {
        ru: {"quotes": 2, "words": 29, "direct": 1, "indirect": 1, "mixed": 0}}
    zhao = _speaker(rep, "Zhao Lijian")
    assert zhao["as_tagged"] == ["Zhao Lijian", "Zhao"] and zhao["articles"][us]["quotes"] == 2
    assert zhao["kind"] == "official"
    unnamed = _speaker(rep, "foreign ministry spokesman")
    assert unnamed["named"] is False and unnamed["kind"] == "unnamed"
    assert rep["speakers_meta"]["tags"] == 11
    assert [r["speaker"] for r in rep["speakers"]] == [
        "Vladimir Putin", "Zhao Lijian", "Li Lifan", "Shi Yinhong", "Mark Esper",
        "foreign ministry spokesman"]
    by_article = {o["article_id"]: o for o in rep["outlets"]}
    assert by_article[ru]["distinct_speakers"] == 4
    assert by_article[ru]["words_by_kind"] == {"official": 32, "expert": 43, "citizen": 0,
                                               "unnamed": 11, "other": 0}
    assert by_article[ru]["share_by_kind"]["expert"] == 0.5
    assert by_article[us]["distinct_speakers"] == 3
    assert by_article[us]["outlet"] == "Newsweek"


def test_omissions(tagged):
    store, arts = tagged
    ru, us = arts["ru"].id, arts["us"].id
    rep = compare_store(store, ["valdai"])
    assert _speaker(rep, "Li Lifan")["omitted_in"] == [us]
    assert _speaker(rep, "Shi Yinhong")["omitted_in"] == [us]
    assert _speaker(rep, "Mark Esper")["omitted_in"] == [ru]
    assert _speaker(rep, "Vladimir Putin")["omitted_in"] == []
    only = {o["article_id"]: o["only_here"] for o in rep["outlets"]}
    assert only[ru] == ["Li Lifan", "Shi Yinhong", "foreign ministry spokesman"]
    assert only[us] == ["Zhao Lijian", "Mark Esper"]


def test_shared_statements_proposed_then_accepted_as_links(tagged):
    store, arts = tagged
    ru, us = arts["ru"].id, arts["us"].id
    rep = compare_store(store, ["valdai"])
    assert len(rep["shared"]) == 2
    by_speaker = {s["speaker"]: s for s in rep["shared"]}
    putin = by_speaker["Vladimir Putin"]
    assert putin["accepted"] is False
    assert [(m["article_id"], m["exact"][:14]) for m in putin["members"]] == [
        (ru, "Time will tell"), (us, "but, in princi")]
    ministry = by_speaker["Zhao Lijian"]  # seed 000 names no one: "a Foreign Ministry spokesman"
    assert [m["speaker"] for m in ministry["members"]] == ["a Foreign Ministry spokesman",
                                                           "Zhao Lijian"]
    assert "high level and special" in ministry["members"][0]["exact"]
    assert "high level and specialty" in ministry["members"][1]["exact"]
    scope = build_scope(store, ["valdai"])
    found, alone = statements(scope)
    st = next(s for s in found if s.speaker == "Vladimir Putin")
    accept(store, st)
    a, b = (store.get(t.id) for t in st.tags)
    assert a.links == [b.id] and b.links == [a.id]
    again = compare_store(store, ["valdai"])
    assert {s["speaker"]: s["accepted"] for s in again["shared"]} == {
        "Vladimir Putin": True, "Zhao Lijian": False}
    assert len(again["unshared"]) == 7
    store.undo()
    assert store.get(st.tags[0].id).links == []


def test_statements_of_different_named_speakers_never_join(tmp_path):
    store, arts = tagged_store(tmp_path / "s.db")
    try:
        zhao = next(t for t in store.tags(kind="quote") if t.speaker == "Zhao Lijian")
        store.update(zhao.model_copy(update={"speaker": "Mark Esper", "speaker_role": None}))
        spokesman = next(t for t in store.tags(kind="quote") if t.speaker.startswith("a For"))
        store.update(spokesman.model_copy(update={"speaker": "Li Lifan"}))
        found, _ = statements(build_scope(store, [arts["ru"].id, arts["us"].id]))
        assert [s.speaker for s in found] == ["Vladimir Putin"]
    finally:
        store.close()


def test_stance_counts_and_paragraph_reactions(tagged):
    store, arts = tagged
    rep = compare_store(store, ["valdai"])
    ru_row, us_row = rep["readers"]
    assert ru_row["comments"] == 12 and ru_row["tagged"] == 4
    assert ru_row["stances"] == [
        {"target": "military alliance", "favor": 0, "against": 2, "neutral": 1, "tags": 3},
        {"target": "Putin's foreign policy", "favor": 1, "against": 0, "neutral": 0, "tags": 1}]
    assert ru_row["commenters"][:2] == [{"author": "Vladimir Tuzakov", "comments": 2},
                                        {"author": "boriz", "comments": 2}]
    counts = [(p["paragraph"], p["count"]) for p in ru_row["paragraphs"]]
    assert counts == [(1, 1), (2, 1), (3, 0), (4, 0), (5, 0), (6, 0), (7, 0)]
    assert [c["comment"] for c in ru_row["paragraphs"][0]["comments"]] == ["4"]
    assert [c["comment"] for c in ru_row["paragraphs"][1]["comments"]] == ["4.2"]
    assert us_row["comments"] == 0 and us_row["stances"] == []
    assert rep["readers_meta"]["tags"] == 4


def test_claims_per_outlet(tagged):
    store, arts = tagged
    ru, us = arts["ru"].id, arts["us"].id
    rep = compare_store(store, ["valdai"])
    assert rep["claims"] == [
        {"article_id": ru, "claim_type": "factual", "count": 1},
        {"article_id": us, "claim_type": "factual", "count": 1},
        {"article_id": us, "claim_type": "statistical", "count": 1}]
    assert rep["claims_by_field"][0]["verdict"] == {"true": 1}
    assert rep["claims_by_field"][1]["verdict"] == {"unverified": 2}
    assert len(rep["claims_only_one"]) == 3


def test_log_odds_against_hand_worked_figures():
    # A: alliance x2, pact; B: alliance, trade. Prior = all counts: alliance 3, pact 1,
    # trade 1 (a0 = 5). A's "pact": log(2/6) - log(1/6) = ln 2 = 0.693147,
    # var = 1/2 + 1/1 = 1.5, z = 0.693147 / 1.224745 = 0.565952.
    # A's "alliance": log(5/3) - log(4/3) = ln 1.25 = 0.223144, var = 1/5 + 1/4, z = 0.332643.
    # B's "trade": log(2/5) - log(1/7) = 1.029619, var = 1.5, z = 0.840670.
    scored = log_odds({"alliance": 2, "pact": 1}, {"alliance": 1, "trade": 1},
                      {"alliance": 3, "pact": 1, "trade": 1})
    assert round(scored["pact"][1], 4) == 0.5660
    assert round(scored["alliance"][1], 4) == 0.3326
    rows = distinctive({("A", "en"): ["Alliance alliance pact."],
                        ("B", "en"): ["The alliance and trade"]})
    assert [(r["group"], r["word"], r["z"], r["count"], r["count_rest"]) for r in rows] == [
        ("A", "pact", 0.566, 1, 0), ("A", "alliance", 0.3326, 2, 1),
        ("B", "trade", 0.8407, 1, 0)]


def test_distinctive_words_on_the_seeds(tagged):
    store, _arts = tagged
    rep = compare_store(store, ["valdai"])
    ru = [r for r in rep["words"] if r["group"] == "Russian media"]
    us = [r for r in rep["words"] if r["group"] == "US press"]
    assert len(ru) == len(us) == 15
    assert ru[0]["word"] == "words" and ru[0]["count"] == 3 and ru[0]["count_rest"] == 0
    assert us[0]["word"] == "two" and us[0]["count"] == 10
    assert all(r["language"] == "en" for r in rep["words"])


def test_folding_and_roles():
    f = SpeakerFolder(["Vladimir Putin", "Putin", "President Putin", "Zhao"])
    assert [f.fold(s) for s in ("Putin", "President Putin", "Zhao")] == [
        "Vladimir Putin", "Vladimir Putin", "Zhao"]
    assert f.named("the minister") is False and f.fold("the minister") == "minister"
    assert role_kind("Professor of Economics", True) == "expert"
    assert role_kind("a local resident", True) == "citizen"
    assert role_kind("Foreign Ministry spokesperson", False) == "unnamed"
    assert role_kind(None, True) == "other"


def test_registry_refuses_bad_records_and_keeps_the_rest(tmp_path):
    store, arts = tagged_store(tmp_path / "s.db", quotes=False)
    try:
        store.set_meta("stories", {"ok": [arts["ru"].id], "bad": ["../x"], "\x1b[31m": []})
        store.set_meta("outlets", {"X": {"country": "RU", "evil": 1}, "Y": {"group": "G"}})
        reg = registry.read(store)
        assert reg.stories == {"ok": [arts["ru"].id]}
        assert list(reg.outlets) == ["Y"]
        assert len(reg.problems) == 3
        with pytest.raises(registry.RegistryError, match="no article"):
            registry.add_to_story(store, "s", ["0123456789abcdef"])
        registry.remove_story(store, "ok")
        assert registry.read(store).stories == {}
    finally:
        store.close()


def test_curated_layer_is_counted_and_alpha_shown(tmp_path):
    store, arts = tagged_store(tmp_path / "s.db")
    try:
        other = [t.model_copy(update={"annotator": "bo", "id": __import__("uuid").uuid4()})
                 for t in store.tags(kind="quote")]
        store.add_many(other)
        rep = compare_store(store, [arts["ru"].id, arts["us"].id])
        assert rep["layer"] == "tags of ana, bo"
        assert rep["speakers_meta"]["tags"] == 22
        assert rep["speakers_meta"]["alpha"]["speaker"] == {"value": 1.0, "units": 11}
        cur = store.tags(kind="quote", annotator="ana")[0]
        store.add(cur.model_copy(update={"annotator": "cy", "labels": ["from:ana", "from:bo"],
                                         "id": __import__("uuid").uuid4()}))
        rep = compare_store(store, [arts["ru"].id, arts["us"].id])
        assert rep["layer"] == "curated layer (cy)"
        assert rep["speakers_meta"]["tags"] == 1
    finally:
        store.close()


def test_a_reaction_needs_five_words_of_the_paragraph_in_a_row():
    from annotations.compare.readers import reactions, triple_index

    body = "Officials of the United States said the talks will resume next week.\n" \
           "A second paragraph about trade between the two countries."
    paras = [(0, body.index("\n")), (body.index("\n") + 1, len(body))]
    index = triple_index(body, paras)
    texts = ["Citizens of the United States want peace.",  # a common phrase: no echo
             "I doubt the talks will resume next week at all.",  # 6 words in a row
             "Trade between the two, trade between the two countries!",
             ""]
    assert reactions(index, texts) == [[], [0], [1], []]


def test_statements_across_languages_meet_on_speaker_numbers_and_names(tmp_path):
    from annotations import parse_article
    from annotations.model.models import Anchor, Quote
    from annotations.store import AnnotationStore

    en = parse_article("Trade talks\n\nPutin said: \"Trade with China will reach $200 billion "
                       "by 2024, as agreed in Beijing.\" Markets rose.\n")
    ru = parse_article("Торговля\n\nПутин заявил: «Товарооборот с Китаем достигнет 200 "
                       "миллиардов долларов к 2024 году, как договорились в Пекине». "
                       "Рынки выросли.\n")
    with AnnotationStore(tmp_path / "s.db") as store:
        for a in (en, ru):
            store.add_article(a)
        registry.set_outlet(store, "EN", language="en", articles=[en.id])
        registry.set_outlet(store, "RU", language="ru", articles=[ru.id])

        def quote(art, text, speaker):
            s = art.body.index(text)
            return Quote(anchor=Anchor.for_span(art, "body", s, s + len(text)),
                         speaker=speaker, annotator="ana")

        store.add_many([
            quote(en, "Trade with China will reach $200 billion by 2024, as agreed in Beijing.",
                  "Vladimir Putin"),
            quote(ru, "Товарооборот с Китаем достигнет 200 миллиардов долларов к 2024 году, "
                      "как договорились в Пекине", "Vladimir Putin"),
            quote(en, "Markets rose.", "Vladimir Putin"),
        ])
        found, alone = statements(build_scope(store, [en.id, ru.id]))
        assert len(found) == 1 and found[0].why == "same speaker, 2 numbers/names shared"
        assert [t.anchor.exact for t in alone] == ["Markets rose."]
        store.set_meta("outlets", {"EN": {"language": "en"}, "RU": {"language": "en"}})
        found, _ = statements(build_scope(store, [en.id, ru.id]))
        assert found == []  # one language: the words must meet, and these do not


def test_a_discussion_thread_joins_its_articles_story(tmp_path):
    from datetime import UTC, datetime

    from annotations.model.article import Article, Block, Comment, article_id_for
    from annotations.store import AnnotationStore

    body = "Officials said the pipeline will double trade between the two countries by 2024."
    art = Article(id=article_id_for(body), title="Pipeline", url="https://example.org/a",
                  body=body, blocks=[Block(kind="paragraph", text=body, start=0,
                                           end=len(body))])
    when = datetime(2024, 1, 1, tzinfo=UTC)
    thread_body = "A discussion of the pipeline article"
    thread = Article(id=article_id_for(thread_body), title="Discussion", body=thread_body,
                     discusses="https://example.org/a", comments=[
                         Comment(id="1", author="kim", posted_at=when,
                                 text="So the pipeline will double trade? Doubtful."),
                         Comment(id="2", author="lee", posted_at=when, text="Nonsense.")])
    with AnnotationStore(tmp_path / "s.db") as store:
        store.add_article(art)
        store.add_article(thread)
        registry.add_to_story(store, "pipes", [art.id])
        rep = compare_store(store, ["pipes"])
    assert [(a["id"], a["thread_of"]) for a in rep["articles"]] == [(art.id, None),
                                                                   (thread.id, art.id)]
    (row,) = rep["readers"]
    assert row["threads"] == [thread.id] and row["comments"] == 2
    assert row["paragraphs"][0]["comments"] == [{"article_id": thread.id, "comment": "1",
                                                 "author": "kim"}]


def test_words_as_the_comparison_counts_them():
    from annotations.compare.text import content_words, word_count, words

    assert words("Don’t SAY «Привет» 中国人 İstanbul") == [
        "don't", "say", "привет", "中", "国", "人", "i̇stanbul"]
    assert word_count("but, in principle, we are not going to exclude this, so let's see.") == 13
    assert content_words("It demonstrates the high level of our bilateral ties") == {
        "demons", "high", "level", "bilate", "tie"}


def test_a_claim_both_outlets_make_is_not_listed_as_one_outlets(tagged):
    from annotations.model.models import Claim
    from tests.compare_kit import anchor

    store, arts = tagged
    store.add_many([
        Claim(anchor=anchor(arts["ru"], "the high level and special nature of our bilateral "
                                        "ties"), annotator="ana"),
        Claim(anchor=anchor(arts["us"], "demonstrates the high level and specialty of our "
                                        "bilateral ties"), annotator="ana")])
    rep = compare_store(store, ["valdai"])
    only = [c["exact"] for c in rep["claims_only_one"]]
    assert len(only) == 3 and not any("bilateral" in x for x in only)
    assert rep["claims_meta"]["tags"] == 5


def test_a_second_comparison_counts_new_tags_on_the_same_texts(tagged):
    from annotations.model.models import Anchor, Stance

    store, arts = tagged
    first = compare_store(store, ["valdai"])["readers"][0]
    ru = arts["ru"]
    c = ru.comment("1")
    store.add(Stance(anchor=Anchor.for_span(ru, "1", 0, 10), holder=c.author,
                     target="military alliance", polarity="favor", annotator="ana"))
    again = compare_store(store, ["valdai"])["readers"][0]
    assert (first["tagged"], again["tagged"]) == (4, 5)
    assert again["stances"][0] == {"target": "military alliance", "favor": 1, "against": 2,
                                   "neutral": 1, "tags": 4}
    assert again["paragraphs"] == first["paragraphs"]


def test_a_story_member_missing_from_the_store_is_named_not_crashed_on(tagged):
    from annotations.compare.lite import lite_tag

    store, arts = tagged
    store.set_meta("stories", {"valdai": [arts["ru"].id, "0123456789abcdef"]})
    rep = compare_store(store, ["valdai"])
    assert [a["id"] for a in rep["articles"]] == [arts["ru"].id]
    assert rep["problems"] == ["article 0123456789abcdef: not readable in the store (left out)"]
    with pytest.raises(ValueError, match="not a tag record"):
        lite_tag({"id": "x", "kind": "quote", "annotator": "ana"})
    with pytest.raises(ValueError, match="speaker is not text"):
        lite_tag({"id": "x", "kind": "quote", "annotator": "ana", "speaker": ["a"],
                  "anchor": {"article_id": "a", "part": "body", "start": 0, "end": 1,
                             "exact": "x"}})


def test_the_comparison_loads_neither_the_finder_nor_the_models():
    """``compare --json`` reads plain stored records: importing the comparison (which uses
    the suggester's role words and echo matching) must not load the finder or pydantic."""
    import subprocess
    import sys

    code = ("import sys, annotations.compare.report, annotations.store, annotations.suggest; "
            "print(sorted(m for m in ('annotations.model.article', 'annotations.suggest.finder', "
            "'pydantic') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
    from annotations.suggest import suggest  # still there, loaded on first use

    assert callable(suggest)
