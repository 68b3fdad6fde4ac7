"""People in posts, sixth push: the given names of younger Americans that no other list held ("kashton", "jayceon",
"ryker"), from the US Social Security Administration's baby-name counts (first-names-us-ssa.txt). Like every
world name, such a word is a name only where a person stands; foods, medicines and apps in the same places stay
clean. Other names than the corpora's."""
from __future__ import annotations

import pytest

from posts import check_clean, check_positive


@pytest.mark.parametrize(
    "text, name",
    [
        ("kashton scored twice at flag football and will not shut up about it", "kashton"),
        ("me n jayceon at the game, section 104 baby", "jayceon"),
        ("ryker and i are finally doing the swab thing this weekend", "ryker"),
        ("shoutout to daijah for driving me to every appointment", "daijah"),
        ("kamdyn says hi to everyone at the clinic", "kamdyn"),
    ],
)
def test_a_younger_americans_given_name(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "pedialyte and i are best friends after the collection",
        "matcha and i have a complicated relationship",
        "zofran says hi to my stomach, never again",
        "duolingo and i are no longer speaking",
    ],
)
def test_no_name_in_foods_medicines_and_apps_where_people_stand(checker, text):
    check_clean(checker, text)


# --- a name that is a word too, doing what people and pets do
@pytest.mark.parametrize(
    "text, name",
    [
        ("ivy finally slept through the night, first time since the transplant", "ivy"),
        ("dawn just replied to the group chat with 14 crying emojis", "dawn"),
        ("august came with me to the clinic and held my hand", "august"),
        ("our maple knows her name now, good girl", "maple"),
        ("biscuit wants his dinner at 4pm sharp every single day", "biscuit"),
    ],
)
def test_a_word_name_acting(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "summer finally came and so did the mosquitoes",
        "july came and went, where did it go",
        "march came in like a lion this year",
        "the rose needs her water every morning",
        "hope finally ate away at the worry",
        "storm finally passed, power is back",
    ],
)
def test_no_name_in_seasons_months_and_things_acting(checker, text):
    check_clean(checker, text)


# --- a name after "for" said of people, after "meet", or before a state only people and pets are in
@pytest.mark.parametrize(
    "text, name",
    [
        ("please say a prayer for zara tonight, surgery at 8", "zara"),
        ("swabbing for mateo this saturday, bring your friends", "mateo"),
        ("meeting tomasz at the pub before kickoff", "tomasz"),
        ("cookie is hiding under the sofa again, fireworks season", "cookie"),
        ("ginger is obsessed with the new bed we got her", "ginger"),
    ],
)
def test_a_name_for_whom_or_in_a_state(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "pray for rain this weekend, the garden is dying",
        "signed up for summer camp, wish me luck",
        "meeting friday at the office, pray for me",
        "the wind is howling and the bins are gone",
        "hope is asleep in this house, it's 3am",
    ],
)
def test_no_name_in_things_prayed_for_or_asleep(checker, text):
    check_clean(checker, text)


# --- a post in tidy case still types a friend's name in lowercase
@pytest.mark.parametrize(
    "text, name",
    [
        ("Donor confirmed for my nephew! Whole family, please say a prayer for zara tonight.", "zara"),
        ("Quiz night at The Crown went well. Shoutout to jaxon for the last round!", "jaxon"),
        ("Fish fry at St. Mark's tonight. Come hungry, father obi is on the fryer.", "father obi"),
        ("Great game at the Dome. Me and dario were screaming the whole time.", "dario"),
    ],
)
def test_a_lowercase_name_in_a_post_in_tidy_case(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Donor confirmed! Please say a prayer for peace in our house tonight.",
        "Quiz night went well. Shoutout to everyone for the last round!",
        "Free coffee at the drive today, Dutch Bros lmaooo",
    ],
)
def test_no_lowercase_name_in_tidy_posts_without_one(checker, text):
    check_clean(checker, text)


# --- a word-name after a title only people have; whatever follows "a cat named"; what only people do to the writer
@pytest.mark.parametrize(
    "text, name",
    [
        ("bloods done, nurse hope had the best playlist on the ward", "hope"),
        ("pastor mercy preached for two hours and nobody minded", "mercy"),
        ("lost: a ginger cat named waffle near the school, very friendly", "waffle"),
        ("a tabby called pudding has adopted our garden", "pudding"),
        ("dimitri bringing me soup at 11pm, what a man", "dimitri"),
    ],
)
def test_a_name_by_title_naming_or_kindness(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "i miss grace and patience, where did they go",
        "father time is undefeated and my knees agree",
        "my mum called ahead to the clinic",
        "we named the group chat after the cat",
        "the Elden Ring DLC boss has killed me 40 times",
    ],
)
def test_no_name_in_verbs_figures_or_a_games_boss(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("the storm is back and nugget (the dog not the snack) is hiding", "nugget"),
        ("come find tamika at the merch table, she has the swab kits", "tamika"),
    ],
)
def test_a_pet_by_a_bracket_or_a_name_to_find(checker, text, name):
    check_positive(checker, text, name)


def test_a_bracket_about_a_place_names_no_one(checker):
    check_clean(checker, "the park (the dog park, not the big one) is closed for repairs")
