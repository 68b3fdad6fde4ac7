"""Places named by their own words in posts from four new sets: capitalised words closed by a kind of place wherever
they stand ("the whole Anvil Barbell crew came", no "at" needed), and a name in brackets after the kind of place ("my
gym (Ironbark Strength)"). Capitals for stress, a Title Case line, shouting and a brand are no venue. Other places than
the corpora's."""
from __future__ import annotations

import pytest

from posts import check_nothing_identifying, covers, findings, shown


@pytest.mark.parametrize(
    "text, words",
    [
        ("the whole Anvil Barbell crew turned up to the drive in matching shirts", "Anvil Barbell"),
        ("shoutout Copper Kettle Bakery for the free scones at the swab table", "Copper Kettle Bakery"),
        ("my gym (Kettlebell Kingdom) is running a swab morning", "Kettlebell Kingdom"),
        ("my college (Saint Anselm) is hosting the drive this year", "Saint Anselm"),
    ],
)
def test_a_place_named_by_its_own_words(checker, text, words):
    assert covers(checker, text, words, "organization"), shown(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "THE WHOLE GYM CREW CAME TO THE DRIVE",
        "went to the college (Monday) to drop off the forms",
        "we did Hot Yoga before the clinic and it was a mistake",
    ],
)
def test_capitals_that_name_no_venue(checker, text):
    check_nothing_identifying(checker, text, also=frozenset())


@pytest.mark.parametrize(
    "text, words",
    [
        ("anyone near the sunshine coast? postcode 4558 represent", "4558"),
        ("send the kits to my place, pin code is 400053", "400053"),
        ("bbq at mine, 7 wattle cres after the drive", "7 wattle cres"),
        ("drop the forms at 31 marine pde before friday", "31 marine pde"),
    ],
)
def test_a_postcode_after_its_cue_and_an_address_by_its_short_forms(checker, text, words):
    assert covers(checker, text, words, "contact_info"), shown(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("ooo 20-21 march for the collection, ping lee for anything urgent", "21 march"),
        ("back 4 august after the donation", "4 august"),
    ],
)
def test_a_lowercase_month_after_its_day(checker, text, words):
    assert covers(checker, text, words, "personal_date"), shown(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "the top 3 may be wrong but the rest is right",
        "zip 4 lyfe",
    ],
)
def test_a_number_beside_may_or_zip_is_no_date_or_postcode(checker, text):
    assert not [f for f in findings(checker, text) if f.category in ("personal_date", "contact_info")], shown(checker, text)
