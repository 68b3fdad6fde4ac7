"""Places as posts write them (issue 10): area codes standing for home, city nicknames and regions typed in
lowercase, local areas named with a place noun. Each class with our own examples (other codes, cities and
regions than the corpora's) and the ordinary posts that must stay clean."""
from __future__ import annotations

from pathlib import Path

import pytest

from safetoshare.ruleset import read_list

SOCIAL = "nmdp-social"
ROOT = Path(__file__).resolve().parents[1]
GAZETTEERS = ROOT / "rules" / "en" / "gazetteers"


def places(checker, text):
    """The words of the text reported as a location, lowercase."""
    return {f.text.lower() for f in checker.check(text, profile=SOCIAL) if f.category == "location"}


def flagged(checker, text):
    return {f.text.lower() for f in checker.check(text, profile=SOCIAL)}


def covers(found: set[str], word: str) -> bool:
    return any(word in f or f in word for f in found)


# --- area codes: a real North American code with a cue that says place
@pytest.mark.parametrize(
    "text, code",
    [
        ("the 412 showed up big today, 60 new swabs", "412"),  # opening a post, a verb a place takes
        ("the 305 came through for the drive!!", "305"),
        ("602 stand up!! first swab drive of the year", "602"),  # no "the": only a word only a place takes
        ("502 represent 🐎 we signed up 30 donors", "502"),
        ("repping the 865 at the registry table all weekend", "865"),  # a place word before "the NNN"
        ("moving back to the 843 after my collection", "843"),
        ("shout out to the 317 for the love", "317"),
        ("nothing like fall in the 802", "802"),
        ("greetings from the 709, come swab with us", "709"),  # a Canadian code (Newfoundland)
    ],
)
def test_area_codes_said_as_places(checker, text, code):
    assert covers(places(checker, text), code), (text, flagged(checker, text))


@pytest.mark.parametrize(
    "text",
    [
        "the 412 swabs we collected are on their way to the lab",  # a count: a plural it counts
        "we invited 300 and the 305 who came got t-shirts",  # "the NNN who": the people counted
        "only 40 of the 602 showed up",  # "of the NNN": a count
        "502 showed up to register today!!",  # a count opening a post: no "stand up", no "represent"
        "the 250 of us cheered when the kits arrived",
        "we got to the 312 mark on signups this week",
        "the score was 317-280 at halftime",
        "paid $313 for the hotel near the clinic",
        "room 412 on the transplant floor has the best view",
        "the 330 appointment got moved to 4",
        "i walked 843 miles for this charity",
        "the 404 error page again lol",  # the code's numbers counted or named as a thing
        "the 3 of us drove to the drive together",
        "back in the day we were top 100",
        "from the 90s til now nothing changed",
        "in the 800 number queue for an hour",  # toll-free: no place in the numbering plan
        "stuck in the 500 club at the gym",  # a non-geographic code
    ],
)
def test_numbers_that_count_stay_clean(checker, text):
    assert not any(ch.isdigit() for f in flagged(checker, text) for ch in f), (text, flagged(checker, text))


def test_the_area_code_list_is_real_and_regenerable():
    """The list holds geographic codes only (no toll-free, service or non-geographic ones) and the script
    that writes it is the one in scripts/ (it runs where the [train] extra is installed)."""
    codes = {entry[0] for entry in read_list(GAZETTEERS / "area-codes.txt")}
    assert {"216", "313", "404", "919", "604", "709", "876"} <= codes  # US, Canada, Jamaica
    assert not codes & {"800", "888", "500", "900", "411", "911", "555"}
    assert all(len(c) == 3 and c.isdigit() for c in codes)
    header = (GAZETTEERS / "area-codes.txt").read_text(encoding="utf-8").splitlines()[:6]
    assert any("scripts/build_area_codes.py" in line for line in header)
    assert (ROOT / "scripts" / "build_area_codes.py").is_file()


# --- city nicknames in lowercase after a place word, or opening a post before "represent"
@pytest.mark.parametrize(
    "text, nickname",
    [
        ("finally back in chi and the first stop is the donor center", "chi"),
        ("flying home to the soo for christmas, swab drive on the 28th", "soo"),
        ("anyone here from the couve? need a ride to the clinic", "couve"),
        ("the noog represent!! 25 new donors at the game", "noog"),
        ("just moved to sauga and found a swab drive already", "sauga"),
        ("moving to atx next month, any donors there?", "atx"),
        ("back in wagga for the summer, who wants to swab", "wagga"),
        ("back in vizag for the holidays, swab drive sunday", "vizag"),  # nicknames of cities around the world
        ("swab drive in addis this weekend, pls share", "addis"),
        ("moving home to the granite city after my collection", "granite city"),  # words: after a place word
    ],
)
def test_city_nicknames_in_lowercase(checker, text, nickname):
    assert covers(places(checker, text), nickname), (text, flagged(checker, text))


@pytest.mark.parametrize(
    "text",
    [
        "hit the gong at the end of yoga class",
        "the chi energy in that room was something else",
        "love the boro of my heart lol",  # no place word before, no place word after at the opening
        "a sac of fluid on my knee, waiting on the doctor",
        "in the village there is a bakery we love",
        "i work in corpus linguistics at the uni",
        "we picked the granite city countertops for the clinic lobby",
    ],
)
def test_nickname_words_without_a_place_cue_stay_clean(checker, text):
    found = places(checker, text)
    assert not found & {"gong", "the gong", "chi", "boro", "the boro", "sac", "corpus", "granite city"}, (text, found)


# --- regions and states of the world in lowercase after a place word
@pytest.mark.parametrize(
    "text, region",
    [
        ("swab drives across ekiti and kwara this month", "kwara"),  # a list a place word opens
        ("swab drives across ekiti and kwara this month", "ekiti"),
        ("anyone in pampanga want to join the registry drive?", "pampanga"),
        ("back home in kiambu for the holidays, still on the registry", "kiambu"),
        ("our church in jalisco held a drive, so proud", "jalisco"),
        ("flying to selangor next week, then the workup", "selangor"),
        ("moved from enugu state to toronto in 2019", "enugu state"),
    ],
)
def test_regions_in_lowercase(checker, text, region):
    assert covers(places(checker, text), region), (text, flagged(checker, text))


@pytest.mark.parametrize(
    "text",
    [
        "the delta in my blood counts was tiny",  # a region that is a word stays a word without its "State"
        "rivers and lakes make me calm before the needle",
        "we got the plateau of the fundraiser this week",
        "the eastern region of my chart looks better",
    ],
)
def test_region_words_stay_words(checker, text):
    assert places(checker, text) == set(), (text, flagged(checker, text))



# --- local areas, markets and districts: a list, and for ordinary words a place word before
@pytest.mark.parametrize(
    "text, area",
    [
        ("swab table at findlay market til 2, come say hi", "findlay market"),
        ("lunch in pilsen after my collection, best tacos", "pilsen"),
        ("we're doing a drive near the danforth this weekend", "danforth"),
        ("40 swabs at west side market today!!", "west side market"),
        ("meet us at the third ward farmers market sunday", "third ward"),
    ],
)
def test_local_areas_named_in_posts(checker, text, area):
    assert covers(places(checker, text), area), (text, flagged(checker, text))


@pytest.mark.parametrize(
    "text",
    [
        "slapped the table with the flats of my hand",  # the words running on into "of"
        "drinks at the market after the drive",
        "the market was packed today",
        "i bought flats at the mall for the gala",  # "flats" without the list's article and cue
        "the italian market near us closed",  # no place word before it
    ],
)
def test_place_nouns_alone_stay_clean(checker, text):
    assert places(checker, text) == set(), (text, flagged(checker, text))


@pytest.mark.parametrize(
    "text, place",
    [
        ("lusaka heat hits different this week", "lusaka"),
        ("dodoma traffic made me late for my swab appointment", "dodoma"),
        ("missing kumasi so much today", "kumasi"),
    ],
)
def test_a_place_name_that_is_no_word_needs_no_cue_in_a_lowercase_post(checker, text, place):
    assert covers(places(checker, text), place), (text, flagged(checker, text))


@pytest.mark.parametrize(
    "text",
    [
        "nice weather for a donor walk",  # a town and a word
        "reading all day while i recover",
        "florence came to visit me in recovery",  # a town and a first name
        "zara haul before the gala lol",  # a brand
    ],
)
def test_place_names_that_are_words_names_or_brands_need_their_cue(checker, text):
    assert places(checker, text) == set(), (text, flagged(checker, text))


def test_a_citys_bare_nickname_that_is_plain_words_counts_only_as_written(checker):
    assert places(checker, "big apple pie in the oven and the house smells like autumn") == set()
    assert covers(places(checker, "just landed in the Big Apple for my donation!!"), "big apple")


@pytest.mark.parametrize("text, place", [
    ("palmy for the weekend then back to work", "palmy"), ("missing naija food so much today", "naija"),
    ("sask winters are no joke", "sask"),
])
def test_more_place_slang(checker, text, place):
    assert covers(places(checker, text), place), (text, flagged(checker, text))


def test_a_team_named_after_birds_needs_its_capitals_and_a_neighbourhood_of_words_its_cue(checker):
    assert [f.text for f in checker.check("blue jays at the feeder all morning", profile="nmdp-social")] == []
    assert "Blue Jays" in {f.text for f in checker.check("Blue Jays won again!!", profile="nmdp-social")}
    assert covers(places(checker, "grew up in the liberties, nothing scares me"), "liberties")
    assert places(checker, "civil liberties matter to everyone") == set()


# --- a street address typed in lowercase, after a word that sends someone there
@pytest.mark.parametrize("text, street", [
    ("casseroles can go to 27 linnet crescent, thank u all", "linnet crescent"),
    ("we're at 3b foxglove mews now, new flat who dis", "foxglove mews"),
    ("cards welcome at 112 old quarry road x", "old quarry road"),
    ("my addy is 8 heron way if anyone wants to send soup", "heron way"),
])
def test_lowercase_street_addresses_after_a_cue(checker, text, street):
    found = {f.text.lower() for f in checker.check(text, profile=SOCIAL) if f.category == "contact_info"}
    assert any(street in f for f in found), found


@pytest.mark.parametrize("text", [
    "walked 6 miles close to the river today, legs are jelly",
    "got to 4 kids drive me up the wall by 9am",
    "be there at 10 sharp, way before the nurses arrive",
    "up to 5 people way more than i expected swabbed",
])
def test_numbers_before_street_words_that_count_stay_clean(checker, text):
    assert not {f for f in checker.check(text, profile=SOCIAL) if f.category == "contact_info"}
