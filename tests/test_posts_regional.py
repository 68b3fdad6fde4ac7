"""Posts in regional English, twelfth push: "with" as people type it ("wid", "wiv", "wi"), thanks by "cheers", "mahalo"
and "big up", a short English post whose letters look like another language, a word said loud after "I'm" or a family
word, "9 year olds", a thread's counter after "thread", the air conditioning ("the AC"), a short form that is a word in a
dish's name ("Famous Mac and cheese"), and the words of a switched-into language after a role ("the nurses dem").
Other names and places than the corpora's."""
from __future__ import annotations

import pytest

from posts import SOCIAL, check_clean, check_positive, covers, findings, shown


@pytest.mark.parametrize(
    "text, name",
    [
        ("chillin wiv kerwin at the market", "kerwin"),
        ("curry night wid dwayne, yaad vibes", "dwayne"),
        ("long walk up the hill wi kirsty, saw nothing", "kirsty"),
        ("cheers jono for the lift", "jono"),
        ("mahalo keoni for the ride to the clinic", "keoni"),
        ("big up tunde for driving me to the swab drive", "tunde"),
    ],
)
def test_names_after_regional_cues(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "cheers mate", "cheers to that", "cheers everyone for the support", "big up the nurses", "wi fi is down again",
        "i am TAMPING. parked for 10 mins and got a ticket", "im DONE with this week", "mama NO it's for the marrow registry",
        "respect to di nurses dem", "respect to the nurses abeg",
    ],
)
def test_no_name_in_regional_sayings(checker, text):
    check_clean(checker, text)


def test_a_short_english_post_is_read_as_english(checker):
    checked = checker.check_text("cheers jono for the lift", profile=SOCIAL)
    assert checked.language == "en"
    assert checker.check_text("dank je wel voor alles", profile=SOCIAL).language == "nl"


def test_a_title_case_line_is_read_in_its_own_language(checker):
    assert checker.check_text("Mac And Cheese Recipe", profile=SOCIAL).language == "en"


@pytest.mark.parametrize(
    "text",
    [
        "WHO DECIDED 5AM PRACTICE WAS OK FOR 9 YEAR OLDS. not me.",
        "the 5 year olds were wild at practice",
        "48 degrees and my landlord says the AC is 'working as intended'",
        "landlord won't fix the AC again",
        "🧵 ranking every crisp flavour i ate this month, a thread 1/14",
        "Famous Mac and cheese for the nurses",
    ],
)
def test_no_place_date_or_school_in_ordinary_posts(checker, text):
    assert not findings(checker, text), shown(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [("boardwalk in AC was packed", "AC"), ("we moved to olds last year", "olds"), ("studying at Mac this fall", "Mac"),
     ("my transplant was 1/14", "1/14")],
)
def test_the_place_date_or_school_itself(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)
