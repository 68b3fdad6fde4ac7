"""People in posts by cues four new sets showed (sports clubs, nurses, teenagers, first responders): a word no list
holds opening a clause before what only people do ("zanele fainted", "tintu said"), the first name that is a modal
verb too before a past tense or "is" ("will got his match"), a name of the lists capitalised at a post's sentence
start before what only people do ("Pearl baked..."), and a word no list holds thanked ("ily bincy thank u").
Words that only look like names stay clean: a thing made to speak ("matcha really said no"), the modal itself ("we
will hit the gym", "free will is"), hospital roles ("physio says 6 weeks"), hashtags. Other names and words than the
corpora's."""
from __future__ import annotations

import pytest

from posts import check_clean, check_positive, names_in


@pytest.mark.parametrize(
    "text, name",
    [
        ("honestly kwabs fainted at the sight of the cannula lol", "kwabs"),
        ("ok but deepu texted the group chat at 3am again", "deepu"),
        ("lol fenna said she'd bring the cones and forgot", "fenna"),
        ("swab table was chaos. marnix finally organised the queue", "marnix"),
    ],
)
def test_a_word_no_list_holds_opening_a_clause_before_what_only_people_do(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("will finally got the call!!! so proud of him", "will"),
        ("Will was the first one on the register from our squad", "Will"),
        ("will's first shift back and the ward threw him a party", "will"),
        ("update: will has booked his medical for friday", "will"),
    ],
)
def test_the_first_name_that_is_a_modal_verb_too_before_a_past_tense(checker, text, name):
    check_positive(checker, text, name)


def test_a_name_of_the_lists_capitalised_opening_a_post_sentence_before_an_act_only_people_do(checker):
    check_positive(checker, "Best shift ever. Pearl baked banana bread for the whole unit", "Pearl")


@pytest.mark.parametrize(
    "text, name",
    [
        ("ily thandi thank u for covering my weekend", "thandi"),
        ("ty kez for the lift to the drive", "kez"),
    ],
)
def test_a_word_no_list_holds_thanked(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "matcha really said no today, back to coffee",
        "my legs said nope after mile 9",
        "we will hit the gym after the drive",
        "free will is a funny thing when you're on steroids",
        "will you be at the swab table tomorrow?",
        "physio says 8 weeks before i'm back on the pitch",
        "our sonographer was so gentle with the little ones",
        "#swabsquad #saveallives swabbed 40 people today",
        "ily guys thank u for all the messages",
        "ty lol, needed that",
    ],
)
def test_words_that_only_look_like_names_stay_clean(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("femi and will carried every chair in the hall", "will"),  # joined to a name found, before what the pair did
        ("so proud of you tamsin, first race back after everything", "tamsin"),
        ("my cat dumpling sat on the swab kit all morning", "dumpling"),  # a pet before a past tense without -ed
        ("bill from work swabbed on his lunch break", "bill"),  # a list's name that is a common word, from where the writer knows them
        ("rose from pharmacy sorted my meds in five minutes flat", "rose"),
        ("ruby from my guild carried the whole raid while i was in hospital", "ruby"),  # where the writer knows them from
        ("Ivy from 7C brought the good biscuits to handover", "Ivy"),  # a ward by its code
    ],
)
def test_names_by_what_follows_them(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "femi and will go first tomorrow, then the rest of us",
        "proud of you guys, proud of you all",
        "my dog never left my side the whole week",
        "help from work was more than i expected",
        "a card from 4B and one from the donor team",
    ],
)
def test_the_same_places_stay_clean_without_a_name(checker, text):
    """Only the name that is a name (femi) is reported."""
    names = {n.lower() for n in names_in(checker, text)}
    assert not names - {"femi"}, names


@pytest.mark.parametrize(
    "text, name",
    [
        ("she's asleep now, thank you for every message. will post tomorrow -Imke 💛", "Imke"),  # after a dash, emoji aside
        ("noodle ate half a swab kit before we noticed", "noodle"),  # a popular pet's name before what a food never does
        ("faith got married last weekend and skipped the reception to swab lol", "faith"),  # a virtue doing what only people do
        ("Cheers to Pickles and Dougal for covering my shifts while I donated", "Dougal"),
        ("thx to Buck and the rest of the crew for the bbq", "Buck"),
        ("my boy bear swabbed on his lunch break", "bear"),  # a pet's name as a nickname, after a family word, doing things
        ("ziggy's first night home and nobody has slept", "ziggy"),  # the first of a stretch of days, owned
        ("went to the drive w temi and kd, then wings after", "kd"),  # two letters joined to a name
    ],
)
def test_names_signing_acting_or_thanked(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "cheers to the weekend everyone, you earned it",
        "hope got me through the worst of it",
        "the waffles at the drive were a hit",
        "today's first day back at school after the holidays",
    ],
)
def test_thanks_hope_and_food_without_a_name(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("rumi if you're reading this, the charger in my car is yours", "rumi"),
        ("T.J. if ur reading this i owe you a pint for the lift", "T.J."),
        ("Oisín if you are reading this, thank you for everything", "Oisín"),
    ],
)
def test_someone_spoken_to_before_if_youre_reading_this(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "lads if ur reading this get swabbed",
        "babe if you're reading this the kettle is on",
        "so if you're reading this, register",
    ],
)
def test_groups_and_endearments_reading_this_stay_clean(checker, text):
    check_clean(checker, text)
