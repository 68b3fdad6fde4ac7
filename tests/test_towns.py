"""Small towns (towns.txt: GeoNames places of 1,000 to 5,000 people in the US, Canada, the UK, Ireland, Australia and NZ)
and a family word's own that a district list holds. Towns other than any corpus's."""
from __future__ import annotations

import re

import pytest

from posts import check_clean, covers, findings


@pytest.mark.parametrize(
    "text, town",
    [
        ("home to stradbally for the weekend, the roast was unreal", "stradbally"),
        ("Back in Taumarunui for Christmas and the rain has not stopped", "Taumarunui"),
        ("anyone from chacewater still on here?? x", "chacewater"),
        ("we grew up in Glossodia and the bus took an hour each way", "Glossodia"),
        ("moving to naujaat for the teaching job, pray for me", "naujaat"),
    ],
)
def test_a_small_town_is_a_place(checker, text, town):
    assert covers(checker, text, town, "location")


def test_the_towns_list_holds_no_word_or_first_name(checker):
    """The build leaves out words English uses (a town called Rainbow is a word first) and first names."""
    rules = checker.reader("en").rules
    [towns] = [gl for gl in rules.lists if gl.file == "towns.txt"]
    plain, firsts = rules.words("dictionary_words"), rules.words("first_names")
    one_word = [a.lower() for entry in towns.entries for a in entry if re.fullmatch(r"[A-Za-z]+", a)]
    assert len(one_word) > 4000
    assert not [w for w in one_word if w in plain or w in firsts]


@pytest.mark.parametrize(
    "text",
    [
        "mams roast was unreal today, stuffed",
        "up the road to nans house for the match",
        "Just Got Back From The Hospital And The Nurses Were Amazing",
    ],
)
def test_a_family_words_own_is_no_place(checker, text):
    check_clean(checker, text)
    assert not [f for f in findings(checker, text) if f.category == "location"]
