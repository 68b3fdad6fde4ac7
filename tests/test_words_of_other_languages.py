"""Posts in English code-switch and name their food (issue 10): a guess of the informal-post model made only of
common words of other languages or of dishes is a phrase or a meal, no name, place or organisation. Names stay
names. Our own examples, not the corpora's."""
from __future__ import annotations

import pytest

SOCIAL = "nmdp-social"


@pytest.mark.parametrize("text", [
    "boa noite everyone, long day at the clinic",
    "buona notte, the ward is finally quiet",
    "roti canai before the drive, fuel for the volunteers",
    "nasi lemak and teh tarik to celebrate the match",
    "mashallah the nurses were amazing today",
    "ay dios mio the wait is killing me",
    "kare kare and rice tonight, recovery food",
    "pav bhaji for the whole ward",
    "eggs benedict and a flat white after my bloods",
    "pastel de nata from the bakery for the day unit",
])
def test_other_languages_and_dishes_stay_clean(checker, text):
    assert [f.text for f in checker.check(text, profile=SOCIAL)] == []


@pytest.mark.parametrize("text, name", [
    ("gracias a dios, me and inés finally got our swab kits", "inés"),
    ("nasi lemak with wei ling after my collection", "wei ling"),
])
def test_names_beside_them_are_still_found(checker, text, name):
    assert any(name in f.text.lower() for f in checker.check(text, profile=SOCIAL)), text


@pytest.mark.parametrize("text", [
    # a word a list holds as an acronym or a town, inside a phrase of another language
    "ang lamig today, parang nasa ref ako",
    "grabe ang traffic today, parang nasa parking lot ako",
    # a particle opening a post before a comma and more of its language
    "sasa, hii traffic ni noma. left home at 6 and still stuck",
])
def test_words_lists_also_hold_inside_other_languages_stay_clean(checker, text):
    assert [f.text for f in checker.check(text, profile=SOCIAL)] == []


@pytest.mark.parametrize("text, found", [
    ("my uncle works at nasa and he swabbed too", "nasa"),
    ("donated at the blood drive in nanaimo today", "nanaimo"),
])
def test_the_acronym_or_town_in_english_is_still_found(checker, text, found):
    assert any(found in f.text.lower() for f in checker.check(text, profile=SOCIAL)), text


@pytest.mark.parametrize(
    "text",
    [
        "so tired but todo bien, pero the luz in this room is so harsh que no puedo dormir",
        "gracias a todos por las oraciones y la paz que nos dieron esta semana, the nurses were angels",
    ],
)
def test_in_a_post_that_switches_language_its_words_that_are_names_elsewhere_are_words(checker, text):
    # "luz", "paz": common Spanish words that a list also holds as a given name (rules/en/gazetteers/foreign-words-named.txt)
    assert not [f for f in checker.check(text, profile="nmdp-social") if f.category == "personal_name"], text


def test_a_cued_name_in_such_a_post_is_still_found(checker):
    text = "gracias a todos por las oraciones, y mi tía luz drove up from the valley todo el camino"
    assert any("luz" in f.text for f in checker.check(text, profile="nmdp-social") if f.category == "personal_name")


@pytest.mark.parametrize(
    "text",
    [
        "gracias mija, luz went out again during the storm",  # two Spanish words make the switch: the power, no one
        "pagod pero happy, swabbed na si bunso",  # Tagalog
    ],
)
def test_two_words_of_the_other_language_are_enough_to_read_it(checker, text):
    assert not [f for f in checker.check(text, profile="nmdp-social") if f.category == "personal_name"], text


def test_two_english_slang_words_that_other_languages_hold_switch_nothing(checker):
    # "bros" is English chat; "souvlaki" alone is no switch: the workplace is still found
    text = "kosta my manager at souvlaki bros gave me paid leave for donation"
    assert any("souvlaki bros" in f.text for f in checker.check(text, profile="nmdp-social")), text
