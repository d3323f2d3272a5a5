"""Whom ``he said`` / ``she said`` refers to (#26, pronoun sources, session 17), on short
invented sentences: a name set apart after a description that opens its sentence is that
sentence's subject though the description holds a possessive (``The other man, his cousin
Sam Cole, 40, cited …``); a name right after a paragraph's dateline (``WASHINGTON (AP) —
Sen. Robin Hale …``) opens its sentence, so the pronouns of that sentence tell its gender;
``Secretary of State`` before a full name whose first name the table leaves out (``Jordan``)
is a role, the name a person's; a name the text writes after a preposition of place (``in
Elm Creek``) is no ``he`` or ``she``, nor is one that modifies the role of the name after it
(``former Tom Reed speechwriter Sam Cole``); a name after a capitalised word and a noun for
what someone does opens its sentence (``Elm Creek developer Pat Quinn expressed``); with no
speaker before, a person the text shows the pronoun fits is taken from the sentence before on,
not from paragraphs back; a name set apart after a possessor's role that holds a capitalised
word opens its sentence (``Pike's chief Democratic rival, Sen. Pat Quinn, was``); a place is
read after a time's possessive (``at last month's … Gala``), never in a name that modifies a
noun (``at the Jordan Pike rally``)."""

from __future__ import annotations

from annotations.suggest.speakers import People
from tests.factories import body_speakers as speakers

_COUSINS = ['One of the men, Tom Reed, 70, said he was worried about the plant.',
            'The other man, his cousin Sam Cole, 40, cited the cost of the new road as a '
            'danger. "He is talking too much," he said.']


def test_a_name_set_apart_after_a_possessive_description_is_the_next_pronouns():
    # "his cousin" is Tom Reed's; the sentence's subject is Sam Cole (it was Tom Reed)
    assert speakers(*_COUSINS) == [('he was worried', 'Tom Reed'),
                                   ('"He is talking', 'Sam Cole')]


def test_a_pronoun_opening_the_sentence_before_still_rules_out_its_names():
    # a guard: "He compared Sam Cole to …": he is not Sam Cole; the last speaker goes on
    paras = ['"The plant must close," Tom Reed said.',
             'He compared his cousin Sam Cole to a salesman. "He is talking too much," he '
             'said.']
    assert speakers(*paras) == [('"The plant mus', 'Tom Reed'), ('"He is talking', 'Tom Reed')]


_DATELINE = 'WASHINGTON (AP) — Sen. Robin Hale (D-Vt.) defended his call for a higher wage.'


def test_a_name_after_a_dateline_opens_its_sentence():
    p = People.of(f"A heading.\n\n{_DATELINE}")
    assert [(p.opens_sentence(q), n) for q, n in p.mentions] == [(True, "Robin Hale")]
    assert p.gender["Robin Hale"] == -1  # "his call": a man


def test_she_is_not_the_man_a_dateline_sentence_shows():
    # Robin (a first name the table leaves out) is shown a man by "his call" after the
    # dateline: "she" is not him (it was)
    paras = [_DATELINE, '"It is time," the senator said.', 'The crowd cheered for a while.',
             '"We have to be careful," she said.']
    assert speakers(*paras) == [('"It is time,"', 'Robin Hale'), ('"We have to be', None)]


def test_he_after_a_dateline_sentence_is_still_its_man():
    # a guard: the same text with "he"
    paras = [_DATELINE, '"It is time," the senator said.', 'The crowd cheered for a while.',
             '"We have to be careful," he said.']
    assert speakers(*paras) == [('"It is time,"', 'Robin Hale'),
                                ('"We have to be', 'Robin Hale')]


def test_a_capitalised_run_in_a_paragraph_is_no_dateline():
    # a guard: capitals and a dash inside a sentence do not open it
    p = People.of("The vote was close. The ELMA - Tom Reed said - was split.")
    assert [(p.opens_sentence(q), n) for q, n in p.mentions] == [(False, "Tom Reed")]


def test_secretary_of_state_before_a_full_name_is_a_role():
    # "Jordan" is no first name of the table: the whole run was the speaker's name, or none
    assert speakers('Former Secretary of State Jordan Pike said on Tuesday that the plan '
                    'was too costly.', '"We have to be careful," she said.') == [
        ('the plan was t', 'Jordan Pike'), ('"We have to be', 'Jordan Pike')]
    assert speakers('Sam Cole, the mayor, spoke first. "The plan is good," Cole said.',
                    'But former Secretary of State Jordan Pike, also on the stage, drew a '
                    'contrast.', '"We have to be careful," she said.') == [
        ('"The plan is g', 'Sam Cole'), ('"We have to be', 'Jordan Pike')]


def test_a_title_of_a_place_alone_is_still_a_role():
    # a guard: "Secretary of State" with no name after it, "Duke of Elmland": no person
    assert People.of("The Secretary of State Office said so. The Duke of Elmland came.").mentions \
        == []


def _after_a_summons(subject: str, pronoun: str) -> list[str]:
    return ['"There is a lot of work in this job," Robin Hale said.',
            'The campaign began soon after the flood in Elm Creek.',
            f'In that sense, {subject} was not just a disaster but a summons. "My son was in '
            f'first grade," {pronoun} added.']


def test_a_place_the_text_shows_is_no_pronouns():
    # "in Elm Creek": a place; the sentence's subject is no "he" nor "she" (it was)
    for pronoun in ("he", "she"):
        assert speakers(*_after_a_summons("Elm Creek", pronoun)) == [
            ('"There is a lo', 'Robin Hale'), ('"My son was in', 'Robin Hale')]


def test_a_name_never_after_a_preposition_of_place_is_still_a_subject():
    # a guard: a person in the same place in the sentence is the pronoun's, and so is one
    # the text writes after "in" as an owner ("in Jordan Pike's case")
    assert speakers(*_after_a_summons("Jordan Pike", "he")) == [
        ('"There is a lo', 'Robin Hale'), ('"My son was in', 'Jordan Pike')]
    for owner in ("as in Jordan Pike's case", "with a shot at Jordan Pike"):
        paras = _after_a_summons("Jordan Pike", "he")
        paras[1] = f"The campaign began soon after the flood, {owner}."
        assert speakers(*paras) == [('"There is a lo', 'Robin Hale'),
                                    ('"My son was in', 'Jordan Pike')]


def test_a_name_that_modifies_the_next_ones_role_is_no_pronouns():
    # "former Tom Reed speechwriter Sam Cole": the speechwriter wrote; he goes on (it was
    # Tom Reed, whose name only says whose speechwriter)
    assert speakers('The party is split over the plan.',
                    '"These are the darkest days for people like me," former Tom Reed '
                    'speechwriter Sam Cole wrote in a column. He wrote that the party had lost '
                    'its way.') == [('"These are the', 'Sam Cole'), ('the party had ', 'Sam Cole')]


def test_a_role_holder_after_a_modifying_name_still_speaks():
    # a guard: "Reed spokesman Sam Cole" opens the sentence; he is the one quoted
    assert speakers('"We will win this fight," Ann Lee said.',
                    'Last spring, Reed spokesman Sam Cole expressed doubts. "I now fear it may '
                    'happen," he said.') == [('"We will win t', 'Ann Lee'),
                                             ('"I now fear it', 'Sam Cole')]


def test_a_name_after_a_place_and_a_role_opens_its_sentence():
    # "Elm Creek developer Pat Quinn": a role that is no title (an agent noun) before the
    # name; Pat Quinn is the subject, and the next "he" (it was the last speaker)
    p = People.of('The race was close. Republican pollster Pat Quinn is skeptical.')
    assert [(p.opens_sentence(q), n) for q, n in p.mentions] == [(True, 'Pat Quinn')]
    assert speakers('"We will win this fight," Robin Hale said.',
                    'Last spring, Elm Creek developer Pat Quinn expressed dismay at the plan. '
                    '"I now fear it may happen," he told a newspaper.') == [
        ('"We will win t', 'Robin Hale'), ('"I now fear it', 'Pat Quinn')]


_CANVASSER = ['The town hall on Monday was a display of Mr. Tom Reed at his best.',
              'The volunteers at the call bank are retired teachers who remember the strike '
              'well.',
              'Across town, working for the other campaign, is Robin Hale, a canvasser who left '
              'his restaurant job.',
              "Dismayed by his memory of Tom Reed's years in office, he is committed to the "
              "campaign.",
              '"I am knocking on doors all over town," he said.']


def test_with_no_speaker_before_a_man_shown_far_back_is_not_taken_over_a_nearer_one():
    # no one has spoken: "Mr. Tom Reed" (a man the text shows) three paragraphs back was
    # taken before Robin Hale, named just before and said nothing of
    assert speakers(*_CANVASSER) == [('"I am knocking', 'Robin Hale')]


def test_with_no_speaker_before_a_man_shown_in_the_sentence_before_is_taken():
    # a guard: the man the text shows, named in the sentence before, is still the "he"
    paras = _CANVASSER[:3] + ["The town hall was a display of Mr. Tom Reed at his best.",
                              _CANVASSER[4]]
    assert speakers(*paras) == [('"I am knocking', 'Tom Reed')]


_RIVAL = ['Jordan Pike spoke first. At the conference, however, Tom Reed focused on positions '
          'largely in line with current policy.',
          'He denounced the United Nations. "We reject these rumors," he said.',
          "The two other candidates - Sen. Sam Cole of Texas and Gov. Jim Fox of Ohio - also "
          "spoke at the conference. Both made their support for the deal a centerpiece of "
          "their remarks. Pike's chief Democratic rival, Sen. Pat Quinn of Vermont, was the "
          "only major candidate who skipped the meeting. Instead he gave a speech in which he "
          'pledged that, if elected, he would be "a friend not only to the city but to the '
          'state."']


def test_a_name_set_apart_after_a_possessors_capitalised_role_opens_its_sentence():
    # "Pike's chief Democratic rival, Sen. Pat Quinn of Vermont, was …": Pat Quinn is the
    # subject (a capitalised word in the role kept it from it), and the next "he" (it was
    # Tom Reed, the last speaker)
    p = People.of("It was late. Jordan Pike's chief Democratic rival, Sen. Pat Quinn of Vermont, "
                  "was absent.")
    assert [(p.opens_sentence(q), n) for q, n in p.mentions] == [(True, 'Jordan Pike'),
                                                                 (True, 'Pat Quinn')]
    assert speakers(*_RIVAL) == [('"We reject the', 'Tom Reed'), ('"a friend not ', 'Pat Quinn')]


def test_a_place_after_a_time_possessive_is_no_pronouns():
    # "at last month's Democratic Harvest Gala": a place (its last words, once its modifier is
    # cut, were taken for the "she")
    paras = ['Robin Hale told radio host Sam Cole that she would never wish it on anyone.',
             '"I would never wish it on anyone," she told Cole.',
             "Regarding Tom Reed's rhetoric following Jim Fox's speech at last month's "
             "Democratic Harvest Gala, Hale shared her belief that none of it went too far.",
             '"The way I see it," she elaborated, "no one ever questioned his service."']
    assert speakers(*paras) == [('she would neve', 'Robin Hale'), ('"I would never', 'Robin Hale'),
                                ('"The way I see', 'Robin Hale'), ('"no one ever q', 'Robin Hale')]


def test_a_name_that_modifies_a_noun_after_a_preposition_is_no_place():
    # "at the Jordan Pike rally": Jordan Pike's rally, not a place; he is still Jordan Pike
    # (the place rule took him for one)
    paras = _after_a_summons("Jordan Pike", "he")
    paras[1] = "The campaign began soon after the flood, at the Jordan Pike rally."
    assert speakers(*paras) == [('"There is a lo', 'Robin Hale'), ('"My son was in', 'Jordan Pike')]
