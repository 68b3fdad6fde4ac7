"""Teams, places, schools and workplaces typed in lowercase at a clause's start or beside a word only they take
(issue 10, third push). Each class with positives and the ordinary posts that must stay clean, in our own words:
other teams, towns, schools and brands than the corpora's."""
from __future__ import annotations

import pytest

from posts import covers, findings, shown


# --- a team's nickname opening a clause, with a word only a team takes after it
@pytest.mark.parametrize(
    "text, team",
    [
        ("raiders lost again, i need a nap before my swab appointment", "raiders"),
        ("so tired. eels won by a point and i screamed at the tv", "eels"),
        ("dolphins by 7 and the nurse kept peeking at my phone", "dolphins"),
        ("proud mum today, and a rabbitohs fan even in the donor chair", "rabbitohs"),
        ("stars lost in overtime, worst night", "stars"),  # a very common word: with a sport's word in the sentence
        ("sundowns cricket? no, sundowns football, always", "sundowns"),
        ("gor mahia till i die, swab kit done", "gor mahia"),
        ("tallawahs fans where u at, swab drive this sunday", "tallawahs"),
        ("all blacks fan since birth, even in the bmt ward", "all blacks"),  # plain words, a fans' word after
        ("stormers lost, bad day for my recovery", "stormers"),
        ("my dad is a lifelong dolphins supporter, even in the ward", "dolphins"),
    ],
)
def test_team_opening_a_clause(checker, text, team):
    assert covers(checker, text, team, "organization"), shown(checker, text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("heat lost through the old windows all winter, bills are wild", "heat"),
        ("dogs won't stop barking at the swab kit box lol", "dogs"),
        ("stars by 9 tonight if the clouds clear", "stars"),
        ("storm lost power for 3 hours, donation moved", "storm"),
        ("kings of comfort food, my mom and aunt made soup", "kings"),
        ("bombers jacket finally arrived for the cold clinic mornings", "bombers"),
        ("sharks by the pier again on the news, not swimming today", "sharks"),
        ("she's a big cats fan honestly, three at home", "cats"),  # a very common word, no sport near
        ("dolphins forever, best day at the aquarium", "dolphins"),
        ("tigers drew a crowd at the zoo with my niece", "tigers"),
        ("sharks lost their teeth all the time, learned that at the museum", "sharks"),
    ],
)
def test_words_opening_a_clause_stay_words(checker, text, word):
    assert not covers(checker, text, word), shown(checker, text)


# --- two sides of a match: one side the lists know makes the other one too
@pytest.mark.parametrize(
    "text, side",
    [
        ("titans v dragons tonight, snacks ready", "titans"),
        ("knust vs legon this weekend and my house is split", "knust"),
        ("ateneo vs feu later, my cousin is playing", "feu"),
        ("watching kotoko vs hearts tonight with my brothers", "hearts"),
    ],
)
def test_the_other_side_of_a_match(checker, text, side):
    assert covers(checker, text, side, "organization"), shown(checker, text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("cats vs dogs debate at the clinic while i waited", "cats"),
        ("giants v dwarfs was the theme of my kid's party", "dwarfs"),
        ("pizza v tacos for the post donation dinner", "tacos"),
        ("me vs the needle, round two", "needle"),
    ],
)
def test_ordinary_words_either_side_of_versus(checker, text, word):
    assert not covers(checker, text, word), shown(checker, text)


# --- a town no dictionary holds opening a clause: its people after it, or a trip to another listed place
@pytest.mark.parametrize(
    "text, place",
    [
        ("enugu mama sent jollof for the whole ward", "enugu"),
        ("kisumu fam, the drive is on saturday", "kisumu"),
        ("so grateful. bulawayo friends came to the hospital", "bulawayo"),
        ("nakuru to mombasa train tomorrow, then the clinic", "nakuru"),
        ("kaduna people, swab with us this friday", "kaduna"),
        ("jinja friends came to visit me in hospital", "jinja"),  # a town of 20,000+ where many post in English
        ("naivasha to nakuru matatu was wild", "naivasha"),
        ("pindi to lahore bus with my mum, then the clinic", "pindi"),  # a nickname that needs a cue
        ("moved from gweru to bulawayo last year", "bulawayo"),  # the end of a trip from a listed place
        ("lagos to ogbomoso", "ogbomoso"),
    ],
)
def test_town_opening_a_clause(checker, text, place):
    assert covers(checker, text, place, "location"), shown(checker, text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("mama came through with the pepper soup again", "mama"),
        ("friends, i'm home for the weekend finally", "friends"),
        ("cafe to gym to clinic, busy day", "cafe"),
        ("bus to the clinic was late again", "bus"),
        ("from lagos to tola's house for the weekend", "tola"),  # a first name after "to"
        ("tunde fam, thank you for the flowers", "tunde"),  # a first name, no town
    ],
)
def test_people_words_after_ordinary_words(checker, text, word):
    assert not covers(checker, text, word, "location"), shown(checker, text)


# --- short forms and slang for towns
@pytest.mark.parametrize(
    "text, place",
    [
        ("brizzy traffic made me late for my bloods", "brizzy"),
        ("moving back to maritzburg after treatment", "maritzburg"),
        ("missing mobay so much this winter", "mobay"),
        ("beach walks on the sunny coast are my recovery plan", "sunny coast"),
    ],
)
def test_town_short_forms(checker, text, place):
    assert covers(checker, text, place, "location"), shown(checker, text)


# --- schools named before their people or grounds
@pytest.mark.parametrize(
    "text, school",
    [
        ("jkuat alumni, the swab drive is on the main lawn", "jkuat"),
        ("knust grads pulled up to the drive, so proud", "knust"),
        ("maseno university students swabbed 200 people", "maseno"),
        ("kabarak university students swabbed 200 people", "kabarak"),  # no list holds it: a name, then the kind
        ("legon campus was packed for the drive", "legon"),
    ],
)
def test_school_before_its_people(checker, text, school):
    assert covers(checker, text, school, "organization"), shown(checker, text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("nursing students swabbed 50 people today", "nursing"),
        ("fellow alumni, please sign up to the registry", "fellow"),
        ("erasmus students from the exchange came to swab", "erasmus"),
        ("ugandan students came to the swab table", "ugandan"),
        ("gcse students and their teachers came too", "gcse"),
        ("med students kept asking me questions during apheresis", "med"),
    ],
)
def test_ordinary_words_before_students(checker, text, word):
    assert not covers(checker, text, word), shown(checker, text)


# --- a brand right before a word of the writer's job
@pytest.mark.parametrize(
    "text, brand",
    [
        ("sainsbury's shift done, swabbed on my lunch", "sainsbury"),
        ("my walmart uniform is still in the car lol", "walmart"),
        ("asda rota is out and i'm off for my donation day", "asda"),
        ("my costa shift ended early so i swabbed", "costa"),
    ],
)
def test_brand_before_a_work_word(checker, text, brand):
    assert covers(checker, text, brand, "organization"), shown(checker, text)


@pytest.mark.parametrize(
    "text, brand",
    [
        ("tesco meal deal is my recovery snack, don't judge", "tesco"),
        ("had a costa coffee before the appointment", "costa"),
        ("aldi run for the week, ready for recovery", "aldi"),
        ("work trip to costa rica after my donation", "costa"),  # the country, no coffee shop
    ],
)
def test_brand_as_a_shop(checker, text, brand):
    assert not covers(checker, text, brand, "organization"), shown(checker, text)


# --- the informal model's guesses: an area code that counts something, ordinary noun phrases
@pytest.mark.parametrize(
    "text, words",
    [
        ("my hb is in the 250 range lol jk its 12", "250"),  # a range, no place
        ("i nearly fainted at the blood test, so embarrassing", "blood test"),  # a clinic's thing
        ("back to the leg press monday lets go", "leg press"),  # a gym's thing
        ("hurricane season in the gulf, stay safe", "hurricane season"),  # a season of the year, no team's
        ("monsoon season again, stay dry everyone", "monsoon season"),
        ("cuddles on the couch with the tinies 🧸", "tinies"),  # one word after "the", no cue
        ("back in town for easter, mam's making the roast", "mam"),  # a family word and its possessive
        ("to the 250 who came out to swab, thank you", "250"),  # whom it counts
        ("aldi haul for the week, ready for recovery", "aldi"),  # a brand run on into what was bought
        ("capitec app is down again, can't pay for parking", "capitec"),
    ],
)
def test_ordinary_phrases_the_model_guesses(checker, text, words):
    assert not covers(checker, text, words), shown(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("everyone in the 907 who swabbed today, ur the best", "907"),  # who lives there
        ("if u are from the 808 pls swab", "808"),
        ("drinks at the copper kettle tonight to celebrate", "copper kettle"),  # a venue of plain words stays
    ],
)
def test_area_codes_and_venues_the_model_finds(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)


# --- pubs named "the <word>'s <word>" after "at"
@pytest.mark.parametrize(
    "text, pub",
    [
        ("quiz night at the miner's arms, then bed before my collection", "miner's arms"),
        ("pints at the fox's den to celebrate being a match", "fox's den"),
        ("lunch at the traveller's rest with the donor team", "traveller's rest"),
    ],
)
def test_pub_after_at(checker, text, pub):
    assert covers(checker, text, pub, "organization"), shown(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("at the doctor's office again for bloods", "doctor's office"),
        ("dinner at my mum's place then an early night", "mum's place"),
        ("lunch at the farmer's market before the clinic", "farmer's market"),
        ("i was at the baby's head end the whole labour lol", "baby's head"),
    ],
)
def test_possessive_places_that_are_no_pub(checker, text, words):
    assert not covers(checker, text, words), shown(checker, text)


# --- churches named by a word and their tradition before a group word
@pytest.mark.parametrize(
    "text, church",
    [
        ("hillcrest methodist choir sang at my send off", "hillcrest methodist"),
        ("cedar grove presbyterian congregation raised 2k for the drive", "cedar grove presbyterian"),
        ("so proud of oakfield lutheran youth group today", "oakfield lutheran"),
    ],
)
def test_church_by_name_and_tradition(checker, text, church):
    assert covers(checker, text, church), shown(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("our baptist church is hosting a drive next week", "baptist"),
        ("first baptist church swabbed 40 people", "first baptist"),
        ("my catholic youth group made cards for me", "catholic"),
        ("raised methodist, married into a lutheran family", "lutheran"),
    ],
)
def test_kinds_of_church_name_none(checker, text, words):
    assert not covers(checker, text, words), shown(checker, text)


# --- a hospital's short form before one of its wards or units
@pytest.mark.parametrize(
    "text, hospital",
    [
        ("korle bu ward c, day 3, food is terrible", "korle bu"),
        ("the mater icu was calm overnight", "mater"),
        ("the royal's ward 5 again, same nurses", "royal"),
        ("knh ward 7 visiting hours are so short", "knh"),
    ],
)
def test_hospital_short_form_before_a_ward(checker, text, hospital):
    assert covers(checker, text, hospital, "organization"), shown(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("the new ward is so much nicer", "new"),
        ("grace ward nurses are angels", "grace"),
        ("sarah's ward 3 has the best view", "sarah"),
        ("my mum's ward was quiet tonight", "mum"),
        ("the day unit called, bloods at 9", "day unit"),
    ],
)
def test_ordinary_words_before_a_ward(checker, text, words):
    assert not covers(checker, text, words, "organization"), shown(checker, text)


# --- city nicknames that need a cue: opening a post, a word only a place takes after them
@pytest.mark.parametrize(
    "text, place",
    [
        ("the soo locals showed up for the swab drive", "soo"),
        ("the goldie beach at dawn before my collection", "goldie"),
    ],
)
def test_cued_nickname_before_its_locals_or_beach(checker, text, place):
    assert covers(checker, text, place, "location"), shown(checker, text)


@pytest.mark.parametrize("text, teams", [("the chiefs vs the blues on saturday, can't wait", {"chiefs", "blues"})])
def test_two_teams_with_their_articles_either_side_of_vs(checker, text, teams):
    found = {f.text for f in checker.check(text, profile="nmdp-social") if f.category == "organization"}
    assert teams <= found, found


@pytest.mark.parametrize("text", ["the cats vs the dogs debate at the clinic", "the good vs the bad, a thread"])
def test_things_either_side_of_vs_are_no_teams(checker, text):
    assert [f.text for f in checker.check(text, profile="nmdp-social") if f.category == "organization"] == []


@pytest.mark.parametrize(
    "text, words",
    [
        ("kinloch hillwalking club did the whole ridge for her today", "kinloch hillwalking club"),
        ("612 fam sign up, the drive is at the union this weekend", "612"),
    ],
)
def test_a_group_opening_a_post_and_an_area_code_called_out(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)


@pytest.mark.parametrize("text", ["rec league tonight, we lost again lol", "book club tonight, bringing the wine"])
def test_an_everyday_group_opening_a_post_is_no_name(checker, text):
    assert not findings(checker, text), shown(checker, text)
