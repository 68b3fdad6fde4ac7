"""Places and organisations by broad lists and general cues (places2): rivers, lakes, beaches and parks people go to;
a place before girl/boy/lad/native; hospitals by local nicknames; universities by short forms; churches named after a
saint or a feast. Positives and ordinary posts that must stay clean, with other names than the corpora use."""
from __future__ import annotations

import pytest

from posts import covers, findings, shown


# --- rivers, lakes, beaches, parks and forests from waters-parks.txt, the cued rivers and the lowercase cue
@pytest.mark.parametrize(
    "text, place",
    [
        ("evening walk along the mersey before my swab kit goes back", "mersey"),
        ("sat by the Tweed for an hour after the harvest", "tweed"),
        ("walked down the shannon with my sister after clinic", "shannon"),
        ("swim at tooting bec lido then the blood test", "tooting bec lido"),
        ("picnic at aburi gardens with the kids this weekend", "aburi gardens"),
        ("long weekend at diani beach before my donation", "diani beach"),
        ("ran the yarra loop this morning, 2 weeks post donation", "yarra"),
        ("hiking in the ngong hills tomorrow if my counts allow", "ngong hills"),
        ("family day at rizal park after the swab drive", "rizal park"),
        ("sunset at juhu beach, recovery going well", "juhu"),
        ("a walk in kiambu forest before the swab", "kiambu forest"),  # unlisted: a name no dictionary holds + forest
        ("ngong park run this sunday", "ngong park"),
        ("walked along the tolka after clinic", "tolka"),  # unlisted river after "along the"
    ],
)
def test_waters_and_parks(checker, text, place):
    assert covers(checker, text, place, "location"), shown(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "the wear and tear on my body after donating was minimal",
        "by the way i donated last week",
        "walk in the park honestly, the apheresis was easy",
        "along the corridor to the ward with my drip",
        "thames water bill is huge this month",
        "down the test tube it went, swab done",
        "sat by the window in the donor chair for four hours",
        "i hope gardens survive the frost this year",
        "by the lee side of the boat we ate lunch",
    ],
)
def test_waters_and_parks_clean(checker, text):
    assert not [f for f in findings(checker, text) if f.category == "location"], shown(checker, text)


# --- universities by the short forms students use; a short form that is a word only before its students or campus
@pytest.mark.parametrize(
    "text, school",
    [
        ("stellies students swabbed 300 people on friday", "stellies"),
        ("iit b hostel swab drive tonight", "iit b"),
        ("my son goes to manchester met, he signed up at freshers", "manchester met"),
        ("lasu students came out in numbers for the drive", "lasu"),
        ("studying at soas now and just joined the register", "soas"),
        ("swab drive at uplb tomorrow, bring friends", "uplb"),
        ("tufts students ran the table at the drive", "tufts"),  # a word (tufts of grass), before its students
        ("sheffield uni freshers signed up in the hundreds", "sheffield uni"),
        ("dal nursing students ran the swab table", "dal"),  # the school before its faculty
        ("jkuat law alumni came through for the drive", "jkuat"),
    ],
)
def test_university_short_forms(checker, text, school):
    assert covers(checker, text, school, "organization"), shown(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "i'm at my wits end with this wait for a match",
        "western students are often not registered, please share",
        "rice students can live on for weeks lol",
        "tufts of hair everywhere after chemo",
        "pre med students always sign up first",
        "the med students ran the whole drive",
        "nigerian med students came out in numbers",
    ],
)
def test_university_short_forms_clean(checker, text):
    assert not [f for f in findings(checker, text) if f.category == "organization"], shown(checker, text)


# --- hospitals by the names families use; a name from the word-like list needs a medical word in lowercase
@pytest.mark.parametrize(
    "text, hospital",
    [
        ("my son is at starship for chemo again", "starship"),
        ("Starship has been our second home this year", "Starship"),
        ("mulago nurses are angels, day 12 post transplant", "mulago"),
        ("red cross war memorial did her bmt last spring", "red cross war memorial"),
        ("shaukat khanum staff were so kind to my father", "shaukat khanum"),
        ("two weeks in makati med after the transplant", "makati med"),
        ("bustamante children's saved my nephew", "bustamante children's"),
    ],
)
def test_hospital_local_names(checker, text, hospital):
    assert covers(checker, text, hospital, "organization"), shown(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "the starship launch was cool to watch with the kids",
        "ari and i watched the game last night",
        "oh gosh what a day, swab kit finally posted",
        "37 military veterans signed up at the drive",
        "the rotunda at the capitol was beautiful",
    ],
)
def test_hospital_local_names_clean(checker, text):
    assert not [f for f in findings(checker, text) if f.category == "organization"], shown(checker, text)


# --- churches named after a saint, a feast or the Trinity; mosques, gurdwaras and temples by name
@pytest.mark.parametrize(
    "text, church",
    [
        ("our parish all saints is running a swab drive sunday", "all saints"),
        ("christ the king parish hosted 60 new donors", "christ the king"),
        ("mass at st brigid's then the swab drive in the hall", "st brigid"),
        ("after mass at our lady of perpetual help we swabbed", "our lady of perpetual help"),
        ("church of the holy spirit did a collection for the registry", "holy spirit"),
        ("immaculate conception church is hosting the next drive", "immaculate conception"),
        ("masjid an-nur is hosting a swab drive after jummah", "masjid an-nur"),
        ("the al-rahma mosque had a registry table", "al-rahma mosque"),
        ("masjid bilal youth helped at the drive", "masjid bilal"),
        ("jummah at masjid al rahma then we all went to swab", "masjid al rahma"),
        ("langar at nanaksar darbar after the drive was so good", "nanaksar darbar"),
        ("the uncles at sivan kovil signed up after the puja", "sivan kovil"),
    ],
)
def test_churches_and_houses_of_worship(checker, text, church):
    assert covers(checker, text, church, "affiliation"), shown(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "the holy trinity of sleep, snacks and netflix",
        "st patrick's day swab drive was a laugh",
        "she's a saint of a nurse honestly",
        "a mosque near us hosted the drive",
        "the masjid at noon was packed for the drive",
        "all saints day is a quiet one for us",
    ],
)
def test_churches_and_houses_of_worship_clean(checker, text):
    assert not [f for f in findings(checker, text) if f.category in ("affiliation", "organization")], shown(checker, text)


# --- a town or county before girl/boy/lad/native: who someone is by where they are from
@pytest.mark.parametrize(
    "text, place",
    [
        ("hull girl here, registered at the uni drive today", "hull"),
        ("limerick native, swabbed at the drive on friday", "limerick"),
        ("proud tralee lad gave his stem cells last week", "tralee"),
        ("sligo born and bred and now a donor", "sligo"),
    ],
)
def test_place_before_who_someone_is(checker, text, place):
    assert covers(checker, text, place, "location"), shown(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "nice girl at the desk helped me with the forms",
        "reading boy on the train next to me had a kindle",
        "rugby lad energy at the swab table",
        "derby girl practice tonight then the clinic",
        "cover girl vibes today after the infusion",
        "the paper boy brought the news",
    ],
)
def test_place_before_who_someone_is_clean(checker, text):
    assert not [f for f in findings(checker, text) if f.category == "location"], shown(checker, text)


@pytest.mark.parametrize(
    "text, town",
    [
        ("our church in st louis hosted a drive", "st louis"),
        ("the parish in St Paul did a swab drive", "St Paul"),
    ],
)
def test_town_named_after_a_saint_stays_a_place(checker, text, town):
    assert not covers(checker, text, town, "affiliation"), shown(checker, text)
    assert covers(checker, text, town, "location"), shown(checker, text)
