"""Places, venues, churches and teams in lowercase posts (places helper, blind-set classes): each class with positives
and the ordinary posts that must stay clean, in our own words: other towns, teams, churches and pubs than the
corpora's."""
from __future__ import annotations

import pytest

from posts import covers, findings, shown


# --- a town typed in lowercase opening a clause, then its weather or traffic
@pytest.mark.parametrize(
    "text, place",
    [
        ("monterrey traffic is wild today, late for my swab appt", "monterrey"),
        ("so done. wellington weather has me in three jumpers", "wellington"),
        ("durban humidity and a 7am collection, pray for me", "durban"),
    ],
)
def test_town_before_its_weather(checker, text, place):
    assert covers(checker, text, place, "location"), shown(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "nice weather today, walked to the clinic",
        "reading traffic reports on the bus again",
        "spring weather is so confusing",
    ],
)
def test_word_before_weather_stays_clean(checker, text):
    assert not any(f.category == "location" for f in findings(checker, text)), shown(checker, text)


# --- a team's nickname opening a clause: a series call, a collapse, two nicknames joined by "vs"
@pytest.mark.parametrize(
    "text, team",
    [
        ("celtics in 5, calling it now", "celtics"),
        ("heat in 7. trust", "heat"),
        ("jets bottled it again and i'm hooked up to the machine", "jets"),
        ("sharks vs stormers tonight, swab kit in hand", "stormers"),
        ("kings vs the bulls on the ward tv", "kings"),
    ],
)
def test_team_results_and_matchups(checker, text, team):
    assert covers(checker, text, team, "organization"), shown(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "heat in 5 minutes then i leave for my appointment",
        "stars in 3 hours, can't wait to see the sky",
    ],
)
def test_in_n_is_a_time_not_a_series(checker, text):
    assert not any(f.category == "organization" for f in findings(checker, text)), shown(checker, text)


# --- no place: chat, an athlete's record, plain words after a determiner, a height
@pytest.mark.parametrize(
    "text, word",
    [
        ("phone on dnd all day, recovery mode", "dnd"),
        ("10k PB this morning and then a nap", "PB"),
        ("ran the river loop, PR not happening this week lol", "PR"),
        ("mile high pile of dishes waiting for me", "mile high"),
    ],
)
def test_not_a_place(checker, text, word):
    assert not covers(checker, text, word, "location") and not covers(checker, text, word, "organization"), shown(checker, text)


@pytest.mark.parametrize(
    "text, place",
    [
        ("moved to PB last summer, beach every day", "PB"),
        ("flying to PR for my cousin's wedding", "PR"),
        ("born in New Jersey, raised on bagels", "New Jersey"),
    ],
)
def test_codes_and_states_still_places(checker, text, place):
    assert covers(checker, text, place, "location"), shown(checker, text)


# --- a gym brand with letters and digits typed in lowercase
def test_gym_code_in_lowercase(checker):
    text = "f45 class before work then straight to the donor centre"
    assert covers(checker, text, "f45"), shown(checker, text)


# --- churches named by the words churches take
@pytest.mark.parametrize(
    "text, church",
    [
        ("calvary fellowship is hosting a swab day sunday", "calvary fellowship"),
        ("the youth at bethany baptist all signed up", "bethany baptist"),
        ("mount zion church prayed over me before the harvest", "mount zion church"),
        ("after mass at hillcrest chapel we swabbed 40 people", "hillcrest chapel"),
    ],
)
def test_church_named(checker, text, church):
    assert covers(checker, text, church), shown(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "saved by grace, through faith, grateful every day",
        "my faith got me through the harvest",
        "found a church near the hospital for sunday",
    ],
)
def test_faith_words_stay_clean(checker, text):
    assert not any(f.category in ("organization", "affiliation") for f in findings(checker, text)), shown(checker, text)


# --- pubs by their sign, a place by its owner's name
@pytest.mark.parametrize(
    "text, venue",
    [
        ("swab drive at the hare and hounds on friday, come have a pint", "hare and hounds"),
        ("quiz night at the white hart tonight", "white hart"),
        ("meet us at the royal oak after the walk", "royal oak"),
        ("doherty's gig last night, ears still ringing", "doherty"),
    ],
)
def test_pubs_and_owners_places(checker, text, venue):
    assert covers(checker, text, venue, "organization"), shown(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "we stared at the red fox in the garden for ages",
        "went to the golden eagle exhibit at the zoo",
        "nana's brunch tomorrow, so excited",
        "last night's gig was unreal",
    ],
)
def test_animals_and_family_stay_clean(checker, text):
    # the model's own guesses are another detector's; the inn's sign and the owner's place must not fire
    assert not any(f.detector == "venues" for f in findings(checker, text)), shown(checker, text)


# --- a motorway typed in lowercase after a word of travel and "the"
@pytest.mark.parametrize("text, road", [("stuck on the m6 for an hour before my appointment", "m6"), ("two hours up the a1 to the clinic", "a1")])
def test_motorway_in_lowercase(checker, text, road):
    assert covers(checker, text, road, "location"), shown(checker, text)


@pytest.mark.parametrize("text", ["my laptop runs fine on the m2 chip", "printed the consent form on the a4 paper"])
def test_chips_and_paper_are_no_roads(checker, text):
    assert not any(f.detector == "patterns" and f.category == "location" for f in findings(checker, text)), shown(checker, text)


# --- county sides by their fans' nicknames, studios and gyms by brand
@pytest.mark.parametrize(
    "text, org",
    [
        ("the rossies won and i cried in the apheresis chair", "rossies"),
        ("up the banner!! watched it from the ward", "up the banner"),
        ("corepower class before my swab appt", "corepower"),
        ("barry's bootcamp this morning, legs gone", "barry's bootcamp"),
    ],
)
def test_county_sides_and_studios(checker, text, org):
    assert covers(checker, text, org), shown(checker, text)


# --- a town that is a common word after words only a home takes
@pytest.mark.parametrize(
    "text, town",
    [("grew up in bath, moved north for uni", "bath"), ("we moved to mobile last year and found a new clinic", "mobile")],
)
def test_home_town_that_is_a_word(checker, text, town):
    assert covers(checker, text, town, "location"), shown(checker, text)


@pytest.mark.parametrize("text", ["grew up in reading books with my dad", "i live in hope the match is a yes", "moved to tears by the card"])
def test_words_after_home_cues_stay_words(checker, text):
    assert not any(f.category == "location" for f in findings(checker, text)), shown(checker, text)


# --- city nicknames: one no word needs no cue in lowercase; one opening with "the" after missing or leaving it
@pytest.mark.parametrize(
    "text, place",
    [
        ("davao sunsets hit different, miss home", "davao"),
        ("missing the soo so much this week", "soo"),
        ("left the peg at 18, back for the transplant", "peg"),
        ("the whole superdome was swabbing at halftime", "superdome"),
    ],
)
def test_nicknames_and_domes(checker, text, place):
    assert covers(checker, text, place, "location"), shown(checker, text)


@pytest.mark.parametrize("text", ["missing the chi energy from that yoga class", "stay strong in your deen during treatment"])
def test_nickname_words_stay_clean(checker, text):
    assert not any(f.category == "location" for f in findings(checker, text)), shown(checker, text)


# --- a town's locals called on, a team blowing a lead, an inn before a past-tense verb, a city named without "City"
@pytest.mark.parametrize(
    "text, found, category",
    [
        ("Derby friends, swab event at the library this saturday", "Derby", "location"),
        ("watched the bills blow a 10 point lead from my hospital bed", "bills", "organization"),
        ("jo at the white hart cheered when she heard i donated", "white hart", "organization"),
        ("my tita ran a drive in iligan and 80 people came", "iligan", "location"),
    ],
)
def test_locals_leads_inns_and_cities(checker, text, found, category):
    assert covers(checker, text, found, category), shown(checker, text)


@pytest.mark.parametrize("text", ["reading friends' posts all day in the ward", "Reading friends the card you wrote made me cry"])
def test_reading_friends_is_no_call(checker, text):
    assert not any(f.category == "location" for f in findings(checker, text)), shown(checker, text)


# --- a nickname opening a post that the writer calls home
@pytest.mark.parametrize("text, place", [("the soo will always be home", "soo"), ("the noog feels like home after this week", "noog")])
def test_nickname_called_home(checker, text, place):
    assert covers(checker, text, place, "location"), shown(checker, text)


def test_home_to_something_is_no_call(checker):
    text = "the chi is home to my yoga practice"
    assert not any(f.category == "location" for f in findings(checker, text)), shown(checker, text)


def test_versus_before_a_noun_is_an_argument(checker):
    text = "bears vs sharks argument in the waiting room again"
    assert not any(f.category == "organization" for f in findings(checker, text)), shown(checker, text)
