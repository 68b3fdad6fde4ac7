"""Workplaces and hospitals the four new sets named in ways the lists and cues missed: an employer after "retired
from", a big system's one-word short form that is a surname (Lurie, Sloan) with a medical word near, and hospital
initials before the people who work there. Other names than the corpora's where the lists allow."""
from __future__ import annotations

import pytest

from posts import check_nothing_identifying, covers, shown


@pytest.mark.parametrize(
    "text, words",
    [
        ("grandad (retired from Rolls-Royce) drove me to every appointment", "Rolls-Royce"),
        ("she retired from Air Canada in march and now she runs the swab table", "Air Canada"),
        ("Sloan called, scans are clear and the transplant is on", "Sloan"),
        ("three weeks at Lurie and the nurses know my son's favourite song", "Lurie"),
        ("huge thanks to the BMC night staff who kept me sane", "BMC"),
    ],
)
def test_the_workplace_or_hospital_is_found(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)


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
