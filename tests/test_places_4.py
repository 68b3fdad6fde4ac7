"""Places and employers in posts, by classes a tweet set showed: a road's number with a place word before it ("stuck on
the 405"), an area code before the weather only a place has ("613 winters are brutal"), and a boss in Nigerian English
as a work cue ("my oga at Zenith Bank"). Other numbers, roads and banks than the corpora's."""
from __future__ import annotations

import pytest

from posts import check_clean, covers


@pytest.mark.parametrize(
    "text, place",
    [
        ("stuck on the 405 for an hour, send snacks", "405"),
        ("traffic on the 610 is a war crime", "610"),
        ("303 winters are no joke, stay warm everyone", "303"),
        ("nobody in the 919 makes biscuits like my nana", "919"),
        ("bulls win and the 312 is losing its mind", "312"),
    ],
)
def test_a_road_or_area_code_as_a_place(checker, text, place):
    assert covers(checker, text, place, "location")


@pytest.mark.parametrize(
    "text",
    [
        "the 250 traffic cones on my street are a mystery",
        "we raised 405 dollars at the bake sale",
        "stuck on the 3rd chapter for a week",
        "250 winters of experience, says the old man in the game lol",
        "we ran the drive and the 312 volunteers were incredible",
    ],
)
def test_no_place_in_counts(checker, text):
    check_clean(checker, text)


def test_a_boss_in_nigerian_english_makes_a_bank_the_employer(checker):
    assert covers(checker, "my oga at Zenith Bank still wants the report by 9am", "Zenith Bank", "organization")


def test_a_bank_without_a_work_cue_stays_clean(checker):
    check_clean(checker, "paid the bills through Zenith Bank app, so smooth")


@pytest.mark.parametrize(
    "text, place",
    [
        ("just moved to bushwick and the rent is already a crime", "bushwick"),
        ("stuck on mopac for an hour, austin traffic is undefeated", "mopac"),
        ("third mainland bridge at 7am is a spiritual test", "third mainland"),
        ("htx humidity has me sweating through my shirt", "htx"),
    ],
)
def test_a_neighbourhood_road_or_city_short_form(checker, text, place):
    assert covers(checker, text, place, "location")


@pytest.mark.parametrize(
    "text",
    [
        "missed the 405 bus again, standing in the rain",
        "the 417 to town was packed this morning",
    ],
)
def test_no_road_in_a_bus_number(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize(
    "text, place",
    [
        ("moved to canton last month and already know the man at the bakery", "canton"),
        ("moving back to marion for a job, wish me luck", "marion"),
    ],
)
def test_a_town_after_a_move_is_a_place_even_in_lowercase(checker, text, place):
    assert covers(checker, text, place, "location")


@pytest.mark.parametrize(
    "text",
    [
        "moved to tears by the nurses today",
        "we moved to plan b when the flight got cancelled",
    ],
)
def test_no_town_in_what_moves_the_writer(checker, text):
    check_clean(checker, text)


def test_years_at_a_brand_make_it_the_employer(checker):
    assert covers(checker, "10 years at Costco today and they gave me a cake", "Costco", "organization")
