"""The suggester: quotes found and attributed by general rules, claims proposed, comments
that repeat the article attributed to the article's speaker, and the tag form's guesses."""

from __future__ import annotations

import json

import pytest

from annotations.model.build import make_article
from annotations.suggest import attribute, default_holder, suggest
from annotations.suggest.claims import classify
from tui.cli import main


def article(*paras: str, comments: list | None = None):
    return make_article("t", [("paragraph", p) for p in paras], comments or [])


def quotes(a, part: str = "body") -> list[tuple]:
    return [(s.exact, s.fields["speaker"], s.fields["speaker_role"], s.fields["cue"],
             s.fields["mode"]) for s in suggest(a, claims=False) if s.part == part]


def test_attribution_families():
    a = article(
        '"We will not be intimidated," Estonian Defence Minister Hanno Pevkur told reporters.',
        '"The alliance stands ready," an alliance spokesperson said.',
        'A Foreign Ministry spokesman stressed that they "remain committed to dialogue."',
        'Pevkur said the border would stay open. "We have made our choice," the minister added.',
        '"This is the first paragraph of a long statement, and it goes on',
        '"into a second paragraph, where it ends," Pevkur said.',
        'Guests were taken to the "Hanoi Hilton" for the night.',
        "„Wir sind bereit“, sagte Anna Schmidt.",
        "«Nous sommes prêts», a déclaré Marie Dubois.",
        "‘We are ready to talk,’ said Tom Jones, the council leader.",
    )
    role = "Estonian Defence Minister"
    assert quotes(a) == [
        ('"We will not be intimidated,"', "Hanno Pevkur", role, "told", "direct"),
        ('"The alliance stands ready,"', "alliance spokesperson", None, "said", "direct"),
        ('"remain committed to dialogue."', "Foreign Ministry spokesman", None, "stressed",
         "mixed"),
        ("the border would stay open.", "Hanno Pevkur", role, "said", "indirect"),
        ('"We have made our choice,"', "Hanno Pevkur", role, "added", "direct"),
        ('"This is the first paragraph of a long statement, and it goes on\n\n'
         '"into a second paragraph, where it ends,"', "Hanno Pevkur", role, "said", "direct"),
        ("„Wir sind bereit“", "Anna Schmidt", None, "sagte", "direct"),
        ("«Nous sommes prêts»", "Marie Dubois", None, "déclaré", "direct"),
        ("‘We are ready to talk,’", "Tom Jones", "council leader", "said", "direct"),
    ]  # the scare quote ("Hanoi Hilton") is not among them


def test_pronouns_follow_what_the_text_says_of_gender():
    a = article(
        "Maria Lopez, a nurse at the clinic, said her shift had been cut twice this month.",
        "Tom Berg, the clinic's director, said his budget was fixed until the spring.",
        '"We cannot go on like this," she said.',
        '"Nobody is leaving," he said.',
    )
    got = [(q[0][:12], q[1], q[2]) for q in quotes(a)]
    assert got == [("her shift ha", "Maria Lopez", "nurse"),
                   ("his budget w", "Tom Berg", "clinic's director"),
                   ('"We cannot g', "Maria Lopez", "nurse"),
                   ('"Nobody is l', "Tom Berg", "clinic's director")]


def test_titles_and_names_in_marks_are_not_speech():
    a = article('The film "Parasite" won, and "The Irishman" lost.',
                '"CBS This Morning" host Ann Lee said the show was over.')
    assert [q[0] for q in quotes(a)] == ["the show was over."]


def test_seed_quotes_all_attributed(us_article):
    got = [(q[0][:30], q[1], q[4]) for q in quotes(us_article)]
    assert got == [
        ('"You can imagine everything,"', "Vladimir Putin", "direct"),
        ("the reason such a pact had not", "Vladimir Putin", "indirect"),
        ('"We have always assumed that o', "Vladimir Putin", "direct"),
        ("no such project was currently ", "Vladimir Putin", "indirect"),
        ('"but, in principle, we are not', "Vladimir Putin", "direct"),
        ('"China noted President Putin\'s', "Zhao Lijian", "direct"),
        ("anything was possible, given t", "Zhao Lijian", "indirect"),
        ('"There is no limit to China-Ru', "Zhao Lijian", "direct"),
        ('"Under the strategic guidance ', "Zhao Lijian", "direct"),
        ('"We have reached a high level ', "Vladimir Putin", "direct"),
        ('"It is not only about the exch', "Vladimir Putin", "direct"),
        ("there is more to come.", "Vladimir Putin", "indirect"),
        ('"There are very sensitive thin', "Vladimir Putin", "direct"),
        ('"I will not speak about it pub', "Vladimir Putin", "direct"),
        ('"era of great power competitio', "Mark Esper", "mixed"),
        ('"Our primary competitors—China', "Mark Esper", "direct"),
        ('"The intention and statement o', "Vladimir Putin", "direct"),
        ('"Our relationship has withstoo', "Zhao Lijian", "direct"),
        ("the two would be a force for g", "Zhao Lijian", "indirect"),
        ('"China is ready to work with R', "Zhao Lijian", "direct"),
    ]


def test_set_off_quotes_and_a_reader_quoting_the_article(ru_article):
    got = [(q[0][:24], q[1], q[2], q[3]) for q in quotes(ru_article)]
    assert got == [
        ("Time will tell how our r", "Vladimir Putin", "Russian president", "- said"),
        ("while the idea is unlike", "Some Chinese observers", None, "noted"),
        ('"demonstrate the high le', "Foreign Ministry spokesman", None, "stressed"),
        ("Both China and Russia ar", "Li Lifan",
         "researcher of the Shanghai Academy of Social Sciences", "- expressed"),
        ("the chances of a militar", "Li Lifan",
         "researcher of the Shanghai Academy of Social Sciences", "added"),
        ("China is still part of t", "Li Lifan",
         "researcher of the Shanghai Academy of Social Sciences", "noted"),
        ("Putin's words may be an ", "Shi Yinhong", "Professor of International Relations at "
         "Renmin University and Chinese State Councilor", "according to"),
        ("Tensions between the Uni", "Shi Yinhong", "Professor of International Relations at "
         "Renmin University and Chinese State Councilor", "- emphasized"),
    ]
    # comment 4 repeats the article's own words: the outlet's, never the commenter's
    (echo,) = quotes(ru_article, "4")
    assert echo == ('"and he stressed the theoretical possibility of such a union."',
                    "the article", None, "quoting the article", "direct")
    assert ru_article.comment("4").author == "steelmaker"


def test_a_reader_repeating_a_quote_gets_its_speaker(us_article):
    a = us_article.model_copy(update={"comments": []})
    a = make_article(a.title, [(b.kind, b.text) for b in a.blocks], [
        {"depth": 0, "author": "reader1", "posted_at": "2020-10-26T10:00:00",
         "text": 'He said "there is no limit to China-Russia traditional friendship" - sure.'}])
    (q,) = quotes(a, "1")
    assert (q[1], q[3]) == ("Zhao Lijian", "quoting the article")


def test_the_form_guesses_what_the_marks_suggest(us_article, ru_article):
    for s in suggest(us_article, claims=False):
        assert attribute(us_article, s.part, s.start, s.end) == s.fields
    # a comment span no suggestion covers: its author
    assert attribute(ru_article, "3.1", 0, 4)["speaker"] == "Nanetta5"
    assert attribute(ru_article, "body", 0, 20)["speaker"] is None
    assert default_holder(ru_article, "4.1.1") == "Essex62"
    assert default_holder(ru_article, "body") == ""  # unknown outlet: left to the analyst


@pytest.mark.parametrize(("sentence", "kind", "worth"), [
    ("Unemployment rose to 7.5 percent in March, the highest level since 2009.",
     "statistical", True),
    ("The outage was caused by a failed transformer at the main substation.", "causal", True),
    ("The new line will open to passengers by 2027 at the earliest.", "prediction", True),
    ("On Friday, October 23, the club met in a hotel near the river.", "factual", False),
    ("What will the kids look like in the end?", "factual", False),
])
def test_claim_types(sentence, kind, worth):
    k, score = classify(sentence)
    assert (k, score >= 0.35) == (kind, worth)


def test_cli_suggest_json(tmp_path, capsys):
    from tests.conftest import US_SEED

    assert main(["suggest", str(US_SEED), "--json", "--kind", "quote"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) == 20
    first = items[0]
    assert set(first) == {"article_id", "kind", "part", "start", "end", "exact", "speaker",
                          "speaker_role", "cue", "mode", "score"}
    assert (first["kind"], first["speaker"], first["cue"], first["score"]) == (
        "quote", "Vladimir Putin", "responded", 0.9)
    body = US_SEED.read_text(encoding="utf-8")
    assert first["exact"] == '"You can imagine everything,"' and first["exact"] in body


def test_cli_suggest_bad_target(capsys):
    assert main(["suggest", "no-such-file.txt"]) == 2
    assert capsys.readouterr().err == (
        "threadmark: no-such-file.txt: no such file (nor an article id)\n")


def test_cli_suggest_skips_rejected(tmp_path, capsys, us_article):
    from annotations.store import AnnotationStore

    store = tmp_path / "s.json"
    with AnnotationStore(store) as s:
        s.add_article(us_article)
        first = suggest(us_article, claims=False)[0]
        s.reject(us_article.id, first.key, first.exact)
    assert main(["suggest", us_article.id, "--store", str(store), "--json",
                 "--kind", "quote"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) == 19 and items[0]["exact"] != first.exact


def test_rejections_are_kept_and_undoable(tmp_path, us_article):
    from annotations.store import AnnotationStore
    from annotations.store.file.journal import record_problem

    path = tmp_path / "s.json"
    with AnnotationStore(path) as s:
        s.add_article(us_article)
        s.reject(us_article.id, "quote:body:243:272", '"You can imagine everything,"')
        s.reject(us_article.id, "quote:body:243:272")  # twice: one record, one undo step
        assert s.rejected(us_article.id) == {"quote:body:243:272"}
        assert s.undo().describe() == "reject 1 suggestion"
        assert s.rejected(us_article.id) == set()
        assert s.redo().describe() == "reject 1 suggestion"
    with AnnotationStore(path) as s:  # kept across a restart, and still undoable
        assert s.rejected(us_article.id) == {"quote:body:243:272"}
        s.undo()
        assert s.rejected(us_article.id) == set() and s.can_redo()
    # a rejection record of a shape threadmark never writes is named, never trusted
    assert record_problem("rejected", "x|k", {"id": "x|k", "article_id": "x"}) == (
        "is not a rejected suggestion (id, article_id, key)")
    assert record_problem("rejected", "x|k", {"id": "x|k", "article_id": "x", "key": "k"}) is None


def test_the_gold_set_loads_every_snippet():
    from benchmarks.quote_gold import load_gold

    gold = load_gold()  # raises if a snippet is not in its annotated lines
    outlets = {g.outlet for g in gold}
    assert sum(len(g.quotes) for g in gold) >= 60 and len(outlets) >= 8
    assert {g.split for g in gold} == {"dev", "heldout", "heldout2"}


def test_a_dateline_is_not_part_of_the_reported_words():
    a = article("LOS ANGELES (Reuters) - The film won three awards on Sunday, organisers said.")
    assert quotes(a) == [("The film won three awards on Sunday", "organisers", None, "said",
                          "indirect")]


def test_the_form_guess_from_known_suggestions_equals_a_fresh_run(ru_article):
    known = suggest(ru_article)  # what the reader's worker found, rejected ones included
    for s in known:
        if s.kind == "quote":
            assert attribute(ru_article, s.part, s.start, s.end, known) == \
                attribute(ru_article, s.part, s.start, s.end)


def test_a_threads_comments_are_broken_into_sentences_by_one_icu_pass(monkeypatch):
    """Building ICU's sentence breaker costs more than breaking a comment: the thread's
    comments share one (per language), and each still gets its own quotes."""
    from annotations import compat_icu

    built = []
    real = compat_icu.SentenceBreaker

    def counting(text, locale):
        built.append(locale)
        return real(text, locale)

    monkeypatch.setattr(compat_icu, "SentenceBreaker", counting)
    comments = [{"depth": 0, "author": f"r{k}", "posted_at": "2020-10-26T10:00:00",
                 "text": f'Mr. Smith told us "we will win {k} times," and left. Then what?'}
                for k in range(40)]
    comments.append({"depth": 0, "author": "ru", "posted_at": "2020-10-26T10:00:00",
                     "text": "«Мы победим», — сказал Иванов."})
    a = article("Nothing was said.", comments=comments)
    found = suggest(a, claims=False)
    assert len(built) == 3  # the body, then one pass per language of the comments
    assert [(s.part, s.exact, s.fields["speaker"]) for s in found if s.part in ("7", "41")] == [
        ("7", '"we will win 6 times,"', "Smith"), ("41", "«Мы победим»", "Иванов")]
    assert len(found) == 41
