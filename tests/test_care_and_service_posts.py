"""Posts by nurses and by service members and their families (two new sets): a rank before a surname ("Cpl Hendry",
"sgt okoro"), a colleague from a ward's department ("niamh from theatres", "Anneke from HDU"), a navy ship and a unit
named as the Commonwealth forces write them; and what those posts say that names no one: a role after "the first",
"some" or "every" ("the first reg who", "some karen in the waiting room"), a holiday a place names ("australia day
shift"), the ward's short forms (HCA, ED, HDU, TPN, "the med room"), an illness said of many ("blood cancer
patients"), service life's short forms (PCS, BAH, OCONUS) and a day's event ("Saturday's drive"). Other names, wards
and units than the corpora's."""
from __future__ import annotations

import pytest

from posts import check_clean, check_nothing_identifying, check_positive, covers, findings, shown


@pytest.mark.parametrize(
    "text, name",
    [
        ("Cpl Hendry drove the whole section to the swab drive", "Hendry"),
        ("sgt okoro made the entire platoon swab before chow", "okoro"),
        ("WO1 Pennington signed up on the spot, absolute legend", "Pennington"),
        ("niamh from theatres organised the whole thing", "niamh"),
        ("Tomasz and Anneke from HDU brought cake for my last shift", "Anneke"),
    ],
)
def test_a_rank_before_a_surname_and_a_colleague_from_a_ward(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text, words",
    [
        ("my brother is on HMAS Toowoomba till christmas", "HMAS Toowoomba"),
        ("the 12 Sqn crew swabbed in one morning", "12 Sqn"),
    ],
)
def test_a_ship_and_a_unit(checker, text, words):
    assert covers(checker, text, words, "organization"), shown(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "i'm the first reg who's ever asked to watch a harvest",
        "some karen in the waiting room told me to smile",
        "australia day shift, pavlova in the staff room",
        "every HCA on this ward deserves a medal",
        "our HCA said the obs were fine",
        "cake in the med room, don't tell anyone",
        "the ED was heaving all night",
        "TPN bags finally came up from pharmacy",
        "PCS orders came through the week i got matched",
        "does BAH change on convalescent leave?",
        "OCONUS and matched, the coordinator is sorting flights",
        "Who's helping at Saturday's drive? we need two more",
    ],
)
def test_posts_of_the_ward_and_the_service_name_no_one(checker, text):
    check_nothing_identifying(checker, text)


def test_an_illness_said_of_many_is_no_ones(checker):
    text = "so many blood cancer patients never find a match, it takes five minutes to join"
    assert not [f for f in findings(checker, text) if f.category == "recipient_detail"], shown(checker, text)


def test_the_other_partys_illness_is_still_found(checker):
    text = "my recipient has AML and is 40"
    assert covers(checker, text, "AML", "recipient_detail"), shown(checker, text)
