"""UK dialling codes standing for home in a post ("0113 get swabbed", "the 0191 massive"): Ofcom's 01 and 02 codes are
all geographic. A phone number, a time, a PIN or a reference stays what it is. Other codes than the corpora's."""
from __future__ import annotations

import pytest

from posts import covers, findings, shown


@pytest.mark.parametrize(
    "text, code",
    [
        ("0113 get on the register this weekend!!", "0113"),
        ("the 0191 massive turned up for the swab drive", "0191"),
        ("029 stand up, three donors from one street", "029"),
    ],
)
def test_a_uk_dialling_code_as_home(checker, text, code):
    assert covers(checker, text, code, "location"), shown(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "it's 0200 and i can't sleep again",
        "my pin is 0123, don't tell anyone lol",
        "ref 01234 on the form, whatever that means",
        "scored 0-1 at half time, grim",
    ],
)
def test_other_numbers_with_a_zero_stay_clean(checker, text):
    assert not [f for f in findings(checker, text) if f.category == "location"], shown(checker, text)


def test_a_uk_phone_number_is_contact_not_a_place(checker):
    found = findings(checker, "ring the ward on 0113 496 0123 after 2")
    assert [f.category for f in found if "0113" in f.text] == ["contact_info"], found


@pytest.mark.parametrize(
    "text, owner",
    [
        ("Geraghty's is hosting a swab night on friday, come down", "Geraghty"),
        ("donnellan's hosts the table quiz for the drive tonight", "donnellan"),
    ],
)
def test_a_venue_named_by_its_owner_hosting(checker, text, owner):
    assert covers(checker, text, owner), shown(checker, text)
