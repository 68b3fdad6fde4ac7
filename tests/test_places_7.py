"""Places, churches, teams, workplaces and addresses in posts by cues two new sets showed (recipients' and carers'
updates in the US South, Ohio, Michigan, Queensland and New Zealand; students and young athletes): a church named by
words with capitals before its tradition ("First Baptist"), a school's name before its sport ("McNeese baseball"), a
town's people after it ("Bundy mob,"), a brand before a workplace word ("Honda plant", "my Walmart manager"), a café
or a bar named before its staff ("the Common Grounds barista") and the postcode after an address's town. Other names
and places than the corpora's; the ordinary posts beside them stay clean."""
from __future__ import annotations

import pytest

from posts import covers, findings, shown


@pytest.mark.parametrize(
    "text, church",
    [
        ("the ladies at First Methodist dropped off a casserole", "First Methodist"),
        ("Shiloh Baptist prayed for us all morning", "Shiloh Baptist"),
        ("so grateful to Mount Olive AME for the cards", "Mount Olive AME"),
    ],
)
def test_a_church_named_with_capitals_before_its_tradition(checker, text, church):
    assert covers(checker, text, church), shown(checker, text)


@pytest.mark.parametrize(
    "text, church",
    [
        ("faith christian fellowship youth group ran the swab table", "faith christian fellowship"),
        ("the ladies from calvary bible church brought a lasagna", "calvary bible church"),
    ],
)
def test_a_lowercase_church_with_a_word_of_its_name_between(checker, text, church):
    assert covers(checker, text, church, "affiliation"), shown(checker, text)


@pytest.mark.parametrize("text", ["i grew up Southern Baptist, so potlucks are my love language", "Proud Baptist Mom Of 3"])
def test_a_tradition_and_its_branch_is_no_church(checker, text):
    assert not [f for f in findings(checker, text) if f.category == "affiliation"], shown(checker, text)


@pytest.mark.parametrize(
    "text, team",
    [
        ("the Wofford football boys came by in masks", "Wofford"),
        ("so proud of our DeLaSalle lacrosse girls", "DeLaSalle"),
    ],
)
def test_a_schools_name_before_its_sport(checker, text, team):
    assert covers(checker, text, team), shown(checker, text)


@pytest.mark.parametrize("text", ["Backyard football with the kids today", "Sunday football and a nap", "we watched some Korean baseball"])
def test_a_kind_of_game_is_no_team(checker, text):
    assert not [f for f in findings(checker, text) if f.category == "organization"], shown(checker, text)


def test_a_towns_people_called_on(checker):
    assert covers(checker, "Gympie mob, the sausage sizzle is on saturday", "Gympie"), shown(checker, "Gympie mob, the sausage sizzle is on saturday")


@pytest.mark.parametrize(
    "text, brand",
    [
        ("Toyota plant crew, thank you for the card", "Toyota"),
        ("my Costco manager let me swap shifts for collection day", "Costco"),
    ],
)
def test_a_brand_before_a_workplace_word(checker, text, brand):
    assert covers(checker, text, brand, "organization"), shown(checker, text)


def test_a_shoppers_manager_is_no_workplace(checker):
    text = "the costco manager was so rude at the returns desk"
    assert not covers(checker, text, "costco", "organization"), shown(checker, text)


@pytest.mark.parametrize(
    "text, code",
    [
        ("cards to 22 Birch Hollow Rd Thibodaux 70301 if you want", "70301"),
        ("send mail to PO Box 88, Taupo 3330 please", "3330"),
    ],
)
def test_the_postcode_after_an_addresses_town(checker, text, code):
    assert covers(checker, text, code, "contact_info"), shown(checker, text)


def test_a_year_after_an_address_is_no_postcode(checker):
    text = "we lived at 12 Oak Street Since 2019"
    assert not covers(checker, text, "2019"), shown(checker, text)


@pytest.mark.parametrize(
    "text, venue",
    [
        ("the Salty Pelican bartender remembered my name", "Salty Pelican"),
        ("the Grind House barista drew a heart on my cup", "Grind House"),
    ],
)
def test_a_cafe_or_bar_named_before_its_staff(checker, text, venue):
    assert covers(checker, text, venue, "organization"), shown(checker, text)


@pytest.mark.parametrize("text", ["the Coffee Shop barista was so sweet to me", "the Hospital Cafe barista knows my order"])
def test_everyday_words_before_a_barista_name_no_place(checker, text):
    assert not [f for f in findings(checker, text) if f.detector == "venues"], shown(checker, text)
