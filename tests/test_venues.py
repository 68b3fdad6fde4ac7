"""The venue detector: a capitalised name after "at" mid-sentence is a place people go (issue 10: local
places no list knows). Our own examples, other names than the corpora's."""
from __future__ import annotations

import pytest

SOCIAL = "nmdp-social"


def venues(checker, text):
    return [f.text for f in checker.check(text, profile=SOCIAL) if f.detector == "venues"]


def organisations(checker, text):
    return [f.text for f in checker.check(text, profile=SOCIAL) if f.category == "organization"]


@pytest.mark.parametrize(
    "text, venue",
    [
        ("we met at The Copper Lantern 4 years ago and still go back every winter", "Copper Lantern"),
        ("quiz night at Brennan's then home early, big day tomorrow", "Brennan"),
        ("my coworkers at Okonjo Logistics threw me a send-off before the donation", "Okonjo Logistics"),
        ("after collection we got pancakes at the Maple Leaf Diner on 3rd", "Maple Leaf Diner"),
    ],
)
def test_a_capitalised_name_after_at_is_a_venue(checker, text, venue):
    found = organisations(checker, text)  # a list or a name's shape ("Diner") may claim it first
    assert any(venue in f for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "We met at Church and again at Christmas, every year since",
        "dinner at Priya's tonight, she is cooking",  # a person's house: her name, not a venue
        "I was at Home all week recovering",
        "AT LAST THE REGISTRY CALLED AT NOON",
        "Ten Things To Do At The Beach This Summer",
    ],
)
def test_words_holidays_houses_shouting_and_headlines_are_no_venue(checker, text):
    assert venues(checker, text) == []


def test_the_venue_detector_is_registered_for_english_only(checker):
    from safetoshare.detectors.registry import BUILTIN

    assert BUILTIN["venues"].categories == ("organization",)
    assert [d.name for d in checker.plan.for_language("fr") if d.name == "venues"] == []
    assert [d.name for d in checker.plan.for_language("en") if d.name == "venues"] == ["venues"]


def test_a_venue_guess_never_outgrows_a_listed_employer_or_town(checker):
    # the lists found the employer and the town: the rewrite is the employer's, not a venue's
    text = "he was on the line at Boeing's Everett plant when the call came"
    found = [(f.text, f.detector) for f in checker.check(text, profile=SOCIAL)]
    assert not [d for _, d in found if d == "venues"], found


@pytest.mark.parametrize("text, venue", [
    ("pints at the copper kettle after work, so needed", "copper kettle"),
    ("a pint at the black swan before my shift", "black swan"),
    ("trivia at the crooked spoon thursday anyone?", "crooked spoon"),
])
def test_a_pub_named_after_a_drink_and_at_the(checker, text, venue):
    assert any(venue in f.text for f in checker.check(text, profile="nmdp-social") if f.category == "organization"), text


@pytest.mark.parametrize("text", [
    "beers at the game with my brother", "drinks at the rooftop bar after the swab drive", "drinks at the office party were wild",
    "pints at the end of a long week", "cocktails at the beach house this weekend", "beers at the in laws tonight",
])
def test_drinks_at_an_occasion_or_everyday_place_name_no_venue(checker, text):
    assert [f.text for f in checker.check(text, profile="nmdp-social") if f.detector == "venues"] == [], text
