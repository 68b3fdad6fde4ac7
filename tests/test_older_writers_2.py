"""Older writers' capitals on gatherings, holidays and roads: a post's guess of everyday words that ends with a gathering
("the Chili Supper", "the Candle Vigil") or opens with a holiday ("Christmas Wreaths") names no place or group, nor is "a
Bumpy Road" a street. Named venues, groups and streets stay. Other words than the corpora's."""
from __future__ import annotations

import pytest

from posts import covers, findings, shown


@pytest.mark.parametrize(
    "text",
    [
        "So many came out to the Chili Supper last night, we are overwhelmed with Love",
        "Thank you all for coming to the Candle Vigil, what a night of Prayer",
        "The Church Potluck was a blessing, so much Food and so many Hugs",
        "Hung the Christmas Wreaths on the porch today and she smiled for the first time in weeks",
        "She wore her Thanksgiving Sweater to chemo and the nurses loved it",
        "It has been a Bumpy Road this year but we are still here",
    ],
)
def test_everyday_gatherings_holidays_and_roads_stay_clean(checker, text):
    assert not findings(checker, text), shown(checker, text)


@pytest.mark.parametrize(
    "text, words, category",
    [
        ("drinks at the Rusty Anchor after the supper, all welcome", "Rusty Anchor", "organization"),
        ("we moved onto Larkspur Avenue last spring", "Larkspur Avenue", "location"),
        ("she lives off Quarry Road near the old mill", "Quarry Road", "location"),
    ],
)
def test_named_venues_and_streets_stay(checker, text, words, category):
    assert covers(checker, text, words, category), shown(checker, text)


@pytest.mark.parametrize("text", ["We think of you every single day.\n\nLove, Nan", "Thinking of you always.\n\nLove, Oma xx"])
def test_a_family_word_signing_a_letter_is_no_name(checker, text):
    assert not [f for f in checker.check(text, profile="nmdp-letter") if f.category == "personal_name"], shown(checker, text)


def test_a_name_signing_a_letter_stays(checker):
    assert any(f.text.startswith("Maureen") for f in checker.check("Thinking of you always.\n\nLove, Maureen xx", profile="nmdp-letter"))


@pytest.mark.parametrize(
    "text",
    [
        "The Man from the pharmacy rang twice today about her tablets",
        "Woke up to a Finch singing outside the window, Spring is coming",
        "Thank you Prayer Warriors, she slept through the night 🙏",
        "Had a Bad night but the Nurses were wonderful",
    ],
)
def test_common_words_in_capitals_are_no_town_team_or_person(checker, text):
    assert not findings(checker, text), shown(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [("we flew home to Sale for the holidays", "Sale"), ("go Warriors!! what a win", "Warriors")],
)
def test_the_town_and_the_team_stay_with_their_cue(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)


def test_love_always_signs_off_too(checker):
    family = checker.check("Thinking of you.\n\nLove always, Oma", profile="nmdp-letter")
    named = checker.check("Thinking of you.\n\nLove always, Bernadette", profile="nmdp-letter")
    assert not [f for f in family if f.category == "personal_name"], family
    assert [f.kind for f in named if f.text == "Bernadette"] == ["signoff"], named


def test_home_sweet_home_is_a_saying_not_the_town(checker):
    assert not findings(checker, "Home Sweet Home after 41 days on the ward!!!")
    assert covers(checker, "we live in Sweet Home now, near the lake", "Sweet Home", "location")


@pytest.mark.parametrize("text", ["The Lord Will Provide. He always has. 🙏", "God Will Provide, we keep praying"])
def test_a_saying_of_faith_is_no_name(checker, text):
    assert not findings(checker, text), shown(checker, text)
