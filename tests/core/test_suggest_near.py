"""The speaker, not the nearest name (issue #26, i26-near): quotes in a paragraph about two
people, a subject set apart from its verb, the one spoken to. Sentences invented for these
tests."""

from __future__ import annotations

import pytest

from annotations.suggest.names import parse_np
from annotations.suggest.quotes import find_quotes
from annotations.suggest.speaker_clean import clean_speaker


def speakers(text: str) -> list[tuple[str, str | None, str]]:
    """(first words, speaker, mode) of every quote of ``text``."""
    return [(text[q.start:q.end][:12], q.speaker, q.mode) for q in find_quotes(text)]


@pytest.mark.parametrize(("before", "speaker"), [
    # the subject of the sentence before, not the storm named last in it
    ("Cole praised Reed's leadership in the aftermath of Hurricane Katrina and his ability "
     "to get things done.", "Sam Cole"),
    # not the name of the clause after "because"
    ("Ann Lee is upbeat about his chances, in part because she sees Tom Reed as a uniter.",
     "Ann Lee"),
])
def test_a_quote_with_no_cue_opening_a_paragraph_takes_the_subject_before_it(before, speaker):
    text = ("Tom Reed joined Sam Cole and Ann Lee at a town hall on Monday.\n\n"
            f"{before}\n\n"
            '"We need someone who is going to cut through the noise and bring people '
            'together."')
    assert speakers(text)[-1] == ('"We need som', speaker, "direct")


def test_with_no_subject_before_the_last_name_given_still_speaks():
    text = ("Tom Reed joined Sam Cole at a town hall on Monday.\n\n"
            "After the storm, the town hall was moved to a school near Ann Lee's farm.\n\n"
            '"We need someone who is going to cut through the noise and bring people '
            'together."')
    assert speakers(text)[-1] == ('"We need som', "Ann Lee", "direct")


@pytest.mark.parametrize("sentence", [
    # a participle set apart between the subject and "had said": its names do not speak
    'Mr. Reed, asked about the deaths of workers under Mr. Cole, had said, "I think our '
    'country does plenty of killing also."',
    # the same after a conjunction that opens the clause ("after Mr. Reed, …, had said")
    'The issue had come up Friday after Mr. Reed, asked about the deaths of workers under '
    'Mr. Cole, had said, "I think our country does plenty of killing also."',
])
def test_a_subject_set_apart_from_its_perfect_reporting_verb_speaks(sentence):
    assert [(q.speaker, q.cue) for q in find_quotes(sentence)] == [("Reed", "said")]



@pytest.mark.parametrize(("sentence", "first"), [
    ('As Ann Lee, the No. 2 in the party leadership, put it: "This person will not be '
     'confirmed."', '"This person'),
    ('As Ann Lee put it, "the plan is dead on arrival."', '"the plan is'),
])
def test_who_puts_it_speaks_not_the_name_before(sentence, first):
    text = f"Few senators agreed to meet Tom Reed this week. {sentence}"
    assert speakers(text)[-1][:2] == (first, "Ann Lee")


def test_the_subject_after_with_speaks_the_participle_a_few_words_before_the_quote():
    text = ("Both Reed and Cole saw the attack as a sign of disarray, with Cole noting the "
            'absurdity of positioning "a couple of hundred guys here, a couple of hundred '
            'there" around them.')
    assert speakers(text) == [('"a couple of', "Cole", "mixed")]


def test_a_cue_after_a_quote_that_leads_to_the_next_quote_is_not_this_ones():
    text = ("Ann Lee and Sam Cole traded emails for years.\n\n"
            'Lee responds to Cole with, "Why now? That was on my way to Ohio?" Cole then '
            'writes back, "You look cute."')
    assert speakers(text) == [('"Why now? Th', "Ann Lee", "direct"),
                              ('"You look cu', "Sam Cole", "direct")]


def test_a_name_and_its_verb_are_no_role_of_the_object_set_apart_after_them():
    # not "Sam Cole" with the role "Mr. Ubben called the firm's chief executive"
    text = ("Speaking on the channel on Monday, Mr. Ubben called the firm's chief executive, "
            'Sam Cole, "incredibly driven" and asserted that things were being resolved.')
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [("Ubben", None),
                                                                ("Ubben", None)]


@pytest.mark.parametrize("role", ["Minnesota state delegate", "Some protest leaders"])
def test_a_reporting_word_that_is_no_past_form_stays_in_a_role(role):
    text = f"{role} said the convention could be a failure if the party cannot unite."
    assert find_quotes(text)[0].cue == "said"


def test_a_quote_opening_a_paragraph_after_the_last_voice_takes_the_subject_between():
    text = ('"The plan is good," Tom Reed said on Monday. Ann Lee, his rival, was not '
            'convinced.\n\n"It is a disaster that will cost us all."')
    assert speakers(text) == [('"The plan is', "Tom Reed", "direct"),
                              ('"It is a dis', "Ann Lee", "direct")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    # an aside opening the sentence gives its quoted words to whom it names
    ('As the Post\'s Ann Lee puts it, Reed is trying to make his rivals "an offer they '
     'cannot refuse."', "Ann Lee"),
    # a quote inside the subordinate clause a sentence opens with: that clause's subject
    ('But as Reed denounced the missile tests and pledged to confront "knife-wielding '
     'attackers," many in the audience appeared to warm to his message.', "Tom Reed"),
    # … not the subject of the main clause after it
    ('When Lee called Reed "a liar and a fraud," the crowd cheered.', "Ann Lee"),
])
def test_the_clause_that_holds_a_partial_quote_gives_its_speaker(sentence, speaker):
    text = f"Tom Reed and Ann Lee spoke to a crowd on Monday. {sentence}"
    assert speakers(text)[-1][1:] == (speaker, "mixed")


@pytest.mark.parametrize(("question", "asker"), [
    ("Asked by Ann Lee to respond to the criticism,", "Ann Lee"),
    ("When asked by a host if the revelations led to the attacks,", "host"),
])
def test_a_fronted_question_is_the_askers_and_the_answer_the_answerers(question, asker):
    text = (f"Tom Reed spoke on Monday. {question} Reed said, \"I have not heard that "
            'particular concern."')
    assert [(q.speaker, q.mode) for q in find_quotes(text)] == [
        (asker, "indirect"), ("Tom Reed", "direct")]


@pytest.mark.parametrize("sentence", [
    'Another tweeted, "Reed thinks she is above the rules."',
    '"Reed thinks she is above the rules," another said.',
])
def test_another_alone_is_someone_unnamed_not_the_last_voice(sentence):
    text = f'"It is a good plan," Tom Reed wrote on Monday. {sentence}'
    assert speakers(text)[-1][:2] == ('"Reed thinks', "another")


def test_another_alone_reports_speech():
    text = ('"It is good," said one voter. Another said he hoped with his "whole heart" '
            "that Reed wins the election this year.")
    assert speakers(text)[-1] == ("he hoped wit", "another", "indirect")


def test_a_determiner_before_a_noun_for_a_text_still_names_the_text():
    text = 'Tom Reed spoke first. One report said: "Reed is bad for the state."'
    assert speakers(text) == [('"Reed is bad', "report", "direct")]


@pytest.mark.parametrize("sentence", [
    "A Lee ally said that the plan was dead on arrival anyway.",
    'A Lee ally said, "The plan is dead on arrival."',
])
def test_an_ally_is_no_adverb_and_not_the_one_whose_ally_they_are(sentence):
    text = f"Ann Lee spoke on Monday. {sentence}"
    assert speakers(text)[-1][1] == "Lee ally"


@pytest.mark.parametrize(("clause", "speaker"), [
    # no one opens the clause a colon ends: the person it ends with
    ("The timing of the surge does not surprise pollster Ann Lee", "Ann Lee"),
    # a possessor opening the clause is neither a body nor a text that speaks
    ("Reed's remarks drew a rebuke from Ann Lee", "Ann Lee"),
    # a person opening the clause still speaks
    ("Reed took aim at Ann Lee", "Tom Reed"),
])
def test_a_colon_after_a_clause_gives_its_subject_else_the_person_it_ends_with(clause,
                                                                                speaker):
    text = f'Tom Reed leads the poll.\n\n{clause}: "That is a very outrageous claim."'
    assert speakers(text) == [('"That is a v', speaker, "direct")]


def test_a_plural_role_after_a_comma_is_no_apposition_of_the_name_before_it():
    text = ('Tom Reed spoke on Monday. As Reed attacked Lee, the attendees chanted, "Lock her '
            'up!" as they had before.')
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [("attendees", None)]


def test_a_quote_after_a_subordinate_clauses_verb_is_its_and_an_aside_before_a_quote():
    text = ("Tom Reed spoke at a rally.\n\nWhen someone in the audience shouted, \"Cruz,\" "
            "Reed joked, again using an exaggerated accent, \"Amen, brother! Come on up!\"")
    assert speakers(text) == [('"Cruz,"', "audience", "direct"),
                              ('"Amen, broth', "Tom Reed", "direct")]


def test_a_sentence_after_an_exclamation_is_no_cue_of_a_quote_with_its_own():
    text = ("Ann Lee was ill in June. Sam Cole emailed her his wishes, addressing her as "
            '"Ann" and telling her, "You are an all-star player and we need you!" She '
            "replied to him that it was an honor to serve with him.")
    assert speakers(text)[-2:] == [('"You are an ', "Sam Cole", "direct"),
                                   ("it was an ho", "Ann Lee", "indirect")]


@pytest.mark.parametrize(("phrase", "name"), [
    ("an angry Cole", "Sam Cole"),  # a mood before a surname, not a role
    ("a tired Cole", "Sam Cole"),
])
def test_a_mood_between_a_determiner_and_a_surname_names_the_person(phrase, name):
    text = (f'Tom Reed and Sam Cole met on Monday. "We will always be here," {phrase} '
            'retaliated. "We never give up."')
    assert [q.speaker for q in find_quotes(text)] == [name, name]


def test_a_quote_after_a_sentence_ending_in_its_cue_takes_that_cues_speaker():
    text = ('Ann Lee, a professor, said the race is open. "It is wide open," she said.\n\n'
            "The race could tighten, consultant Sam Cole says. \"Several surveys suggest a "
            'second look is occurring for Reed in the state."')
    assert speakers(text)[-1] == ('"Several sur', "Sam Cole", "direct")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('Lee held up a sign saying "Jews Against Reed - Because We Have Seen This Before."',
     "sign"),
    ('Lee posted her message under a headline that said, "Death to the Plan and All of '
     'It."', "headline"),
    # a text someone issues or writes is theirs
    ('Lee issued a statement saying "we will win this fight."', "Ann Lee"),
    ('Lee added the caption which reads, "Reed told me the photo violates the rules."',
     "Ann Lee"),
])
def test_words_on_a_sign_are_the_signs_not_its_holders(sentence, speaker):
    text = f"Ann Lee spoke on Monday. {sentence}"
    assert speakers(text)[-1][1] == speaker


@pytest.mark.parametrize(("lead", "speaker"), [
    ("Lee was told by Reed:", "Tom Reed"),
    ("Lee was asked by a reporter,", "reporter"),
])
def test_the_one_told_or_asked_is_not_the_speaker_of_a_passive(lead, speaker):
    text = f'Ann Lee met Tom Reed. {lead} "Will we win this one?"'
    assert speakers(text) == [('"Will we win', speaker, "direct")]


def test_a_role_does_not_refer_back_to_someone_named_only_after_a_preposition():
    text = ("Tom Reed stressed defense issues during an appearance with Sen. Ann Lee of "
            "Iowa.\n\nThe senator told reporters he feels good about his campaign, and "
            '"we will see what it translates to."')
    assert {q.speaker for q in find_quotes(text)} == {"Tom Reed"}


@pytest.mark.parametrize(("phrase", "role"), [
    ("Reed remembers the day a man", None),  # a clause: a verb and its object
    ("Reed supporters", "Reed supporters"),  # a plural noun after a name stays a role
])
def test_a_name_and_a_verb_taking_an_object_are_no_role(phrase, role):
    m = parse_np(phrase)
    assert (m.role if m is not None else None) == role


@pytest.mark.parametrize(("phrase", "role"), [
    ("another New Hampshire Republican", "New Hampshire Republican"),  # not "Hampshire …"
    ("a Democrat", "Democrat"),  # someone unnamed of a party, no name
])
def test_an_indefinite_party_member_is_someone_unnamed(phrase, role):
    m = parse_np(phrase)
    assert m is not None and (m.name, m.role) == (None, role)


@pytest.mark.parametrize(("name", "clean"), [
    ("and her defenders", "her defenders"),  # the conjunction its head was cut from
    ("for someone", "someone"),
    ("which", None),  # a relative pronoun names no one
    ("they and their supporters", "they and their supporters"),  # a whole phrase stays
    ("of the signatories", "of the signatories"),  # what "one of the signatories" leaves
    ("its\u00a0Amazon\u00a0summary", "its Amazon summary"),  # plain spaces
])
def test_an_unnamed_speaker_never_opens_with_a_conjunction_or_a_relative(name, clean):
    assert clean_speaker(name) == clean


def test_the_name_opening_the_clause_between_two_quotes_speaks_the_second():
    text = ('Tom Reed spoke on Monday. And, in a clip that District Judge Ann Lee called '
            '"distasteful," Reed expressed a desire to "try, convict and shoot them all."')
    assert speakers(text) == [('"distasteful', "Ann Lee", "mixed"),
                              ('"try, convic', "Tom Reed", "mixed")]


@pytest.mark.parametrize(("after", "speaker"), [
    (" Peter Cole is 50.", "Peter Cole"),
    ("", "Cole"),
])
def test_a_preposition_opening_a_sentence_is_no_part_of_the_name_after_it(after, speaker):
    text = ("The cameraman known for shouting was there.\n\nDespite Cole's continued "
            "insistence that he was a journalist, a judge kept him in jail.\n\n"
            f'"It was a fair trial," Cole said.{after}')
    assert speakers(text)[-1][1] == speaker


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('The long inquiry, often labeled as a "witch hunt" by Democrats, goes on.', "Democrats"),
    ('The plan was called "reckless and dangerous" by Ann Lee on Monday.', "Ann Lee"),
])
def test_the_agent_of_a_passive_verb_of_naming_speaks_its_quote(sentence, speaker):
    text = f"Tom Reed spoke on Monday. {sentence}"
    assert speakers(text)[-1][1] == speaker


def test_a_person_of_a_body_written_with_a_lower_case_noun_is_the_person():
    text = "Tom Reed spoke on Monday. Sam Cole of the Reed campaign said the plan would fail."
    assert speakers(text) == [("the plan wou", "Sam Cole", "indirect")]
