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


@pytest.mark.parametrize(
    "text, name",
    [
        ("left my flask at the lake again, tomasz reckons it's gone for good", "tomasz"),
        ("peg danced on the bar and fell right off it", "peg"),
        ("so proud of sipho who organised the whole drive", "sipho"),
        ("thank you dawn for the card, it made my week", "dawn"),
        ("derrick you absolute legend", "derrick"),
        ("marcus and me waited an hour for a table", "marcus"),
    ],
)
def test_names_by_what_is_said_of_them(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "those who donate are heroes", "anyone who wants to swab, dm me", "thank you hope for nothing", "thank you all for coming",
        "mum you absolute legend", "thank you legend", "damn you autocorrect", "hope wants to know where the snacks went",
    ],
)
def test_no_name_in_what_is_said_of_things(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize(
    "text, team",
    [("Razorbacks game tonight w the boys", "Razorbacks"), ("Bluejackets win in OT!!!", "Bluejackets"),
     ("so proud of our girls, the Lady Stingrays won state", "Stingrays")],
)
def test_a_team_no_list_holds_by_its_result(checker, text, team):
    assert covers(checker, text, team, "organization"), shown(checker, text)


@pytest.mark.parametrize(
    "text",
    ["Kids game night at ours", "Nurses win again", "Thompsons game night was chaos", "Cookies Win The Bake-Off", "Donors win",
     "Grandparents win every argument", "Canadians won gold"],
)
def test_no_team_in_a_plural_that_wins(checker, text):
    assert not any(f.category == "organization" for f in findings(checker, text)), shown(checker, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("nurses on 4 were class, especially shauna on nights", "shauna"),
        ("that pic of jolanda at the beach lmao", "jolanda"),
        ("the dog likes marisol more than me", "marisol"),
    ],
)
def test_a_first_name_of_the_lists_in_lowercase_without_a_cue(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "trader joe's dumplings are my entire personality now",
        "a karen at the self checkout asked for the machine's manager",
        "sweet caroline on the speakers and everyone went BAH BAH BAH",
        "st david's day and im in a daffodil onesie at my checkup",
        "mungu akubariki to everyone... asante sana!!",
        "welsh cakes from nan after every appointment",
    ],
)
def test_no_lowercase_name_in_what_a_name_is_part_of(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize(
    "text, code",
    [("Rams up 14 at the half LETS GOOOO 619 STAND UP", "619"), ("omg 216 represent", "216")],
)
def test_an_area_code_after_a_cheer(checker, text, code):
    assert covers(checker, text, code, "location"), shown(checker, text)


@pytest.mark.parametrize("text", ["lol 300 people showed up", "ngl 250 swabs in a day", "omg 216 swabs today"])
def test_no_area_code_in_a_count_after_a_cheer(checker, text):
    assert not any(f.category == "location" for f in findings(checker, text)), shown(checker, text)


@pytest.mark.parametrize("text, name", [("Bohs tonight with ciarán, absolute scenes", "ciarán"), ("lunch w zoë today", "zoë")])
def test_a_lowercase_first_name_with_its_accent(checker, text, name):
    check_positive(checker, text, name)


def test_no_name_in_a_phrase_joined_by_hyphens(checker):
    assert "tara" not in {f.text.lower() for f in findings(checker, "off to the shops, tara-a-bit") if f.detector == "names"}
