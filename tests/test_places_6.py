"""Places, workplaces and days in posts by cues new sets showed: a brand one is at whose staff words come later in the
sentence ("back at Kmart tomorrow, my manager said..."), not one eaten at with the boss; a postcode district someone
was last seen round; and a day of the month a rotation or a course starts on. Other brands, codes and days than the
corpora's."""
from __future__ import annotations

import pytest

from posts import covers, findings, shown


def _employers(checker, text):
    return [f.text for f in findings(checker, text) if f.category == "organization" and f.kind == "employer"]


@pytest.mark.parametrize(
    "text, brand",
    [
        ("back at Kmart on monday, told my manager about the donation and she was lovely", "Kmart"),
        ("first day back at Costco, my supervisor gave me the easy till", "Costco"),
    ],
)
def test_a_brand_one_is_at_with_the_job_later_in_the_sentence(checker, text, brand):
    assert brand in _employers(checker, text), shown(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "lunch at Chipotle with my boss to celebrate the match",
        "at Costco. my manager texted about my shifts",
    ],
)
def test_a_brand_eaten_at_or_past_the_sentence_is_no_workplace(checker, text):
    assert not _employers(checker, text), shown(checker, text)


def test_a_postcode_district_someone_was_last_seen_round(checker):
    text = "our grey cat pebble went missing, last seen round LS11 on tuesday"
    assert covers(checker, text, "LS11", "contact_info"), shown(checker, text)


@pytest.mark.parametrize(
    "text, day",
    [
        ("my rotation starts the 9th and the collection is right before", "9th"),
        ("chemo ends the 21st!! then we wait", "21st"),
    ],
)
def test_a_day_of_the_month_something_starts_or_ends_on(checker, text, day):
    assert covers(checker, text, day, "personal_date"), shown(checker, text)


def test_a_round_or_a_floor_is_no_day(checker):
    for text in ["she starts the 2nd round of chemo", "from the 3rd floor window you can see the car park"]:
        assert not [f for f in findings(checker, text) if f.category == "personal_date"], shown(checker, text)


def test_a_lowercase_month_day_after_a_weekday(checker):
    text = "the swab drive is thursday july 10 at the civic centre"
    assert covers(checker, text, "july 10", "personal_date"), shown(checker, text)


def test_a_city_locals_shorten(checker):
    text = "Daytona showed up for the drive, 80 swabs"
    assert covers(checker, text, "Daytona", "location"), shown(checker, text)


def test_irish_towns_the_lists_lacked(checker):
    text = "Clonmel came out in force for the swab day, thank you all"
    assert covers(checker, text, "Clonmel", "location"), shown(checker, text)


@pytest.mark.parametrize(
    "text, club",
    [
        ("Kilmacud GAA club did a swab night for our lad", "Kilmacud GAA"),
        ("huge thanks to Garryowen RFC for the bucket collection", "Garryowen RFC"),
        ("Bonnyrigg FC under 14s wore her name on their sleeves", "Bonnyrigg FC"),
    ],
)
def test_a_club_named_with_its_codes_initials(checker, text, club):
    assert covers(checker, text, club, "organization"), shown(checker, text)


def test_a_code_alone_is_no_club(checker):
    text = "the HC levels came back fine"
    assert not [f for f in findings(checker, text) if f.category == "organization"], shown(checker, text)
