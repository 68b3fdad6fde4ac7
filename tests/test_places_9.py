"""Places the new sets named that the lists did not hold or did not read: Puerto Rico's municipalities (with and
without their accents) and a place called out to its people ("cork people are different"). Ordinary words before
the same call-outs stay clean. Other places than the corpora's where the lists allow."""
from __future__ import annotations

import pytest

from posts import check_nothing_identifying, covers, shown


@pytest.mark.parametrize(
    "text, words",
    [
        ("abuela lives in Bayamon now, closer to the hospital", "Bayamon"),
        ("Mayagüez we love you, 200 swabs in one day", "Mayagüez"),
        ("she moved back to toa baja after the transplant", "toa baja"),
        ("galway people are something else, the whole estate did a cake sale", "galway"),
        ("Fontana familia!! my cousin just got the call", "Fontana"),  # a town's people called on, shouting after
    ],
)
def test_the_place_is_found(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "Good people, thank you for every share",
        "church folks, the drive is sunday after mass",
        "home crew assemble, the kettle is on",
    ],
)
def test_ordinary_words_before_a_call_out_name_no_place(checker, text):
    check_nothing_identifying(checker, text)
