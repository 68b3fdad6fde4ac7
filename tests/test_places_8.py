"""Places named by their own words in posts from four new sets: capitalised words closed by a kind of place wherever
they stand ("the whole Anvil Barbell crew came", no "at" needed), and a name in brackets after the kind of place ("my
gym (Ironbark Strength)"). Capitals for stress, a Title Case line, shouting and a brand are no venue. Other places than
the corpora's."""
from __future__ import annotations

import pytest

from posts import check_nothing_identifying, covers, shown


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
