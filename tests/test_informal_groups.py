"""Teams, campus groups, gyms, bars, colleges and workplaces typed in lowercase (issue 10: local places and
groups in posts as people write them). Each class with positives and the ordinary posts that must stay
clean, in our own words: other teams, letters, venues and towns than the issue's and the corpora's."""
from __future__ import annotations

import pytest

from posts import covers, shown


# --- team nicknames that are words, with an event in the sentence and a verb a team takes
@pytest.mark.parametrize(
    "text, team",
    [
        ("the jazz are hosting a donor night at the arena, come swab", "jazz"),
        ("no way the hornets scheduled a bark night AND a swab night", "hornets"),
        ("the magic were giving out free tix if u swabbed at the game", "magic"),
        ("omg the saints really did a swab drive at the stadium today", "saints"),
        ("kings nation we need u at the swab table saturday", "kings"),  # a word only fans write after it
        ("rooting for the jazz tonight from the infusion chair", "jazz"),  # a cheer before it
    ],
)
def test_team_nickname_with_an_event(checker, text, team):
    assert covers(checker, text, team), shown(checker, text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("the heat was brutal at the game today", "heat"),  # a singular word with "was": the weather
        ("the thunder kept me up all night and now the storm is gone", "thunder"),  # "all night" is no theme night
        ("the wild berries are finally in season", "wild"),  # a noun after it: no team
        ("the giants in my field are all so kind, what a season", "giants"),  # a preposition after a plural
        ("the kings and queens at chess club were so sweet", "kings"),  # no event word
        ("the bears are out early this season, be careful hiking", "bears"),  # a season of the year is no sport's
        ("not a fan of the heat today, staying in with the ac", "heat"),
        ("what a season it's been, the angels were watching over us", "angels"),
    ],
)
def test_words_that_are_team_nicknames_stay_words(checker, text, word):
    assert not covers(checker, text, word), shown(checker, text)


# --- college and minor league teams by a nickname no word ("blue hens") or their full name in any case
@pytest.mark.parametrize(
    "text, team",
    [
        ("go blue hens!! swabbed 60 people at the tailgate", "blue hens"),
        ("swab night with the sod poodles friday, pull up", "sod poodles"),
        ("the toledo mud hens are doing a bark in the park night", "toledo mud hens"),
    ],
)
def test_college_and_minor_league_teams(checker, text, team):
    assert covers(checker, text, team), shown(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("the brown bears at the zoo were asleep the whole time", "brown bears"),  # an animal, not Brown's team
        ("a thundering herd of toddlers just ran through the infusion room", "thundering herd"),
    ],
)
def test_team_nicknames_that_are_phrases_stay_phrases(checker, text, words):
    assert not covers(checker, text, words), shown(checker, text)


# --- Greek-letter organisations: the short forms students use, single letters only beside a campus word
@pytest.mark.parametrize(
    "text, group",
    [
        ("tri sig and adpi co-hosted the swab table", "tri sig"),
        ("tri sig and adpi co-hosted the swab table", "adpi"),
        ("huge thanks to sig chi for running the line", "sig chi"),
        ("tke brought like 40 people to the drive", "tke"),
        ("the kappa house raised 2k for the registry this week", "kappa"),
        ("we swabbed the whole theta chapter in one afternoon lol", "theta"),
        ("rushed pike freshman year and they still text me", "pike"),
        ("my sorority (gamma) hosted the drive", "gamma"),
    ],
)
def test_greek_letter_organisations(checker, text, group):
    assert covers(checker, text, group), shown(checker, text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("my beta blockers make me so tired", "beta"),
        ("kappa light chains were normal on my labs, phew", "kappa"),
        ("the alpha thalassemia results came back", "alpha"),
        ("the delta variant wrecked our plans last year", "delta"),
        ("pi day means pie day in this house", "pi"),
        ("hit delts and back today, first lift since donating", "delts"),
        ("the sorority house down the street had a party", "sorority"),
        ("the sigma chapter of my stats book is brutal", "sigma"),
        ("we had an alpha house vibe going all weekend", "alpha"),
    ],
)
def test_greek_letters_in_maths_science_and_the_gym_stay_clean(checker, text, word):
    assert not covers(checker, text, word), shown(checker, text)


# --- local clubs and groups opened by a name in lowercase
@pytest.mark.parametrize(
    "text, group",
    [
        ("the harrowgate running club came out in force for the swab drive", "harrowgate running club"),
        ("our wrenfield book club all signed up together", "wrenfield book club"),
        ("our ashbury troop ran the swab table", "ashbury troop"),
    ],
)
def test_lowercase_club_opened_by_a_name(checker, text, group):
    assert covers(checker, text, group), shown(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("our local running club did a 5k for the registry", "local running club"),
        ("my grief support group was so kind about it", "grief support group"),
        ("my thursday book club sent flowers", "thursday book club"),
        ("my nicu moms group sent a meal train", "nicu moms group"),  # what sort of group, not which
    ],
)
def test_what_sort_of_club_names_none(checker, text, words):
    assert not covers(checker, text, words), shown(checker, text)


# --- gyms, studios, bars and breweries by the kind word ending their name; the street of a place people go
@pytest.mark.parametrize(
    "text, venue",
    [
        ("post donation workout at ironbark fitness, slow but steady", "ironbark fitness"),
        ("swab drive at the hollow oak brewing tomorrow 6-9", "hollow oak brewing"),
        ("first class back at bramble yoga since collection", "bramble yoga"),
        ("back at the gym (kestrel fitness fam 💪) one week post collection", "kestrel fitness"),
        ("crossfit wolfhaven is doing a swab wod saturday", "crossfit wolfhaven"),
    ],
)
def test_lowercase_venue_by_the_kind_ending_its_name(checker, text, venue):
    assert covers(checker, text, venue), shown(checker, text)


@pytest.mark.parametrize(
    "text, street",
    [
        ("meet us at the copper pot on 14th before the drive", "14th"),
        ("swabbing at the gym on 23rd and elm all day", "23rd"),
        ("we're at the bakery on 2nd tonight if u wanna swab", "2nd"),
    ],
)
def test_the_street_of_a_place_people_go(checker, text, street):
    assert covers(checker, text, street), shown(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("see u at hot yoga tomorrow, my hamstrings are crying", "hot yoga"),
        ("went to prenatal yoga and almost fell asleep lol", "prenatal yoga"),
        ("tried indoor climbing for the first time and my arms are jelly", "indoor climbing"),
        ("dinner at the irish pub with the fam tonight", "irish pub"),
        ("at the big pub on the corner", "big pub"),
        ("love a good crossfit workout after a long week", "crossfit"),
        ("back at the gym after donation, slowly", "gym"),
        ("i'm at the hospital on 5th floor again", "5th floor"),  # an ordinal before a noun is no street
        ("meet at the park on sunday for the walk", "park"),
    ],
)
def test_kinds_of_places_stay_clean(checker, text, words):
    assert not covers(checker, text, words), shown(checker, text)


# --- colleges and schools: a name then the kind of school, or a short form that is a word at a clause's end
@pytest.mark.parametrize(
    "text, school",
    [
        ("our class at lakeshore tech all signed up", "lakeshore tech"),
        ("she's a senior at westbrook prep and already swabbed", "westbrook prep"),
        ("swab table at ridgemont high on friday", "ridgemont high"),
        ("donating at northwestern tmrw, nervous", "northwestern"),
    ],
)
def test_lowercase_school_after_a_cue(checker, text, school):
    assert covers(checker, text, school), shown(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("i taught at the community college for a bit", "community college"),
        ("we met at summer camp and again at high school", "high school"),
        ("we're so bad at new tech in this house", "new tech"),
        ("in the chair at temple rn", "temple"),  # a word too common to be the university's alone
        ("from state to state the laws vary", "state"),
        ("the northwestern part of the state got snow", "northwestern"),
    ],
)
def test_school_words_stay_words(checker, text, words):
    assert not covers(checker, text, words), shown(checker, text)


# --- workplaces after a work cue: a name that is no everyday phrase, or a public body's service
@pytest.mark.parametrize(
    "text, employer",
    [
        ("he drives for lakeview transit and told every rider about the registry", "lakeview transit"),
        ("My brother drives for Greyhound and told every passenger.", "Greyhound"),  # a word, but no everyday one
        ("Marisol drives for Harbor Line Transit and tells every passenger to swab.", "Harbor Line Transit"),
        ("she works at the county recorder's office", "county recorder"),
        ("i work at bramblewood dental and they gave me the day off", "bramblewood dental"),
    ],
)
def test_workplace_after_a_work_cue(checker, text, employer):
    assert covers(checker, text, employer), shown(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("i work at the hospital so the shots were no big deal", "hospital"),
        ("he drives for a living and still came to every appt", "living"),
        ("works at the local library on weekends", "library"),
        ("she works at a bank downtown", "bank"),
        ("works for the city now, way better hours", "city"),
        ("my sister volunteers at the animal shelter", "animal shelter"),
        ("he works at night mostly", "night"),
        ("I drive for hours to get to the clinic", "hours"),
        ("She works with Kids who have cancer.", "Kids"),
    ],
)
def test_everyday_work_phrases_stay_clean(checker, text, words):
    assert not covers(checker, text, words), shown(checker, text)
