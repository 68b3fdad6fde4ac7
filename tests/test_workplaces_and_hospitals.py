"""Workplaces and hospitals the four new sets named in ways the lists and cues missed: an employer after "retired
from", and a big system's one-word short form that is a surname (Lurie, Sloan) with a medical word near, found as
the organisations they are. Other names than the corpora's where the lists allow."""
from __future__ import annotations

import pytest

from posts import check_nothing_identifying, covers, shown


@pytest.mark.parametrize(
    "text, words",
    [
        ("my uncle retired from Halton Transit and swabbed at 57", "Halton Transit"),
        ("mum just retired from Pinecrest Mills after 30 years", "Pinecrest Mills"),
        ("Sloan called, scans are clear and the transplant is on", "Sloan"),
        ("day 40 at Lurie, counts finally up", "Lurie"),
    ],
)
def test_the_workplace_or_hospital_is_found_as_an_organisation(checker, text, words):
    assert covers(checker, text, words, category="organization"), shown(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "retired from teaching after 31 years and finally on the register",
        "listening to Rush on the way to the drive",
        "the ICU night staff deserve a medal",
    ],
)
def test_the_same_cues_without_a_workplace_name_no_one(checker, text):
    check_nothing_identifying(checker, text)
