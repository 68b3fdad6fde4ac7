"""Older writers' family updates in Mixed Case With Capitalised Everyday Words: a book of scripture with chapter and verse
is no name ("Jeremiah 29:11"), and where a writer capitalises everyday words for emphasis, a capital proves nothing for a
list's word that is an everyday word too ("Cards", "Warriors") nor for the model's guess at a person made of everyday
words ("Moms", "Pot Roast"). Names, teams and places stay where the writing is tidy."""
from __future__ import annotations

import pytest

from posts import covers, findings, shown


@pytest.mark.parametrize(
    "text",
    [
        "Jeremiah 29:11 🙏❤️ For I know the plans I have for you",
        "Read Isaiah 40:31 to him last night. They shall mount up with wings as eagles.",
        "Psalm 23:4 on the fridge door this week",
        "To everyone who sent Cards, Meals, and Prayers... THANK YOU!!! Our Church is the Best",
        "Happy Mother's Day to all the Moms sitting in Hospital rooms today. You are Warriors and Angels",
    ],
)
def test_no_finding_in_scripture_or_emphatic_capitals(checker, text):
    assert not findings(checker, text), shown(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("The Moose Jaw curling club hosted its first swab drive at the Ford Curling Centre.", "Moose Jaw"),
        ("Met John at 3:16 today at the clinic", "John"),
        ("watching the game with Dad. go Cards!!! the Nurses are Angels and the Food is Great", "Cards"),
    ],
)
def test_names_and_teams_stay(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)


@pytest.mark.parametrize("text", ["Tried that Zoom thing for Sunday School and saw the ceiling fan", "Fall Festival at the church Saturday, Cake Walk at 2"])
def test_no_group_or_event_in_church_life(checker, text):
    assert not findings(checker, text), shown(checker, text)


@pytest.mark.parametrize("text, words", [("ran the Chicago Marathon for him", "Chicago Marathon"), ("Lincoln High School won state", "Lincoln High School")])
def test_named_events_and_schools_stay(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "Frost on the pumpkin this morning 🎃 Time to bring the Mums inside",
        "Snow again?? This late??? I have had ENOUGH 😂❄️ Grandpa says quit complaining and go find the shovel",
        "My Son in Law works nights and still came to every appointment",
    ],
)
def test_no_person_in_plurals_kin_or_an_emoji(checker, text):
    assert not any(f.category == "personal_name" for f in findings(checker, text)), shown(checker, text)


def test_a_name_after_an_emoji_stays(checker):
    assert covers(checker, "❤️ Marisol drove me to the clinic again", "Marisol"), shown(checker, "❤️ Marisol drove me to the clinic again")


@pytest.mark.parametrize(
    "text",
    [
        "Please keep praying for his Dry Skin and the Itching, it is driving him crazy",
        "Brought her a Strawberry Milkshake and she drank the whole thing 🙏",
        "Bill came home with a big bag of Sweet Corn from the farm stand",
        "The Night Nurse brought him Warm Blankets and sat with him a while",
    ],
)
def test_a_posts_capitalised_everyday_words_are_no_name_where_no_name_would_stand(checker, text):
    # the model takes "Dry Skin", "Sweet Corn" for a person or a place; no "the", place word, word names are built of or
    # word after it says a name is meant
    assert not findings(checker, text), shown(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("Took Grandma to the Rusty Bucket for supper, her first time out in a month", "Rusty Bucket"),
        ("Lunch at Salt & Vine with the girls from work, they surprised me with a card", "Salt & Vine"),
        ("so proud of the Sea Wolves tonight, our grandson scored twice", "Sea Wolves"),
        ("Crooked Creek game tonight!!! Grandpa is wearing his lucky hat", "Crooked Creek"),
        ("She moved out to Spring Valley Rd last year to be near the kids", "Spring Valley Rd"),
    ],
)
def test_a_proper_name_of_everyday_words_stays_where_a_name_stands(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("So Proud of my Granddaughter Willow, she Finished her last Round today. Thank You all for the Prayers and the Cards", "Willow"),
        ("Update From The Hospital. My Husband Wade Walked The Whole Hall Today!!! God Is Good", "Wade"),
    ],
)
def test_a_family_words_name_stays_in_a_line_of_title_case_sentences(checker, text, words):
    # one sentence in Title Case is a headline ("Our Cat Refuses To Leave The Sunbeam"), where a capital proves nothing;
    # a writer who capitalises whole sentences still names the grandchild after "my Granddaughter"
    assert covers(checker, text, words), shown(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("Little Arlo had his port taken out today!!! Thank You Jesus", "Arlo"),
        ("Please pray for Baby Noelle, she has a fever again tonight", "Noelle"),
        ("Little Faith rang the bell this morning, the whole floor clapped", "Faith"),
    ],
)
def test_a_childs_name_after_little_or_baby_in_capitals(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)


@pytest.mark.parametrize("text", ["Bought a box of Little Debbie snacks for the nurses station", "Watched Little Women again with my sister tonight"])
def test_a_brand_or_title_after_little_is_no_child(checker, text):
    assert not findings(checker, text), shown(checker, text)


def _untitled(checker, text):
    from spacy.attrs import IS_STOP

    from safetoshare.detectors.base import untitled

    return untitled(text, checker.nlp.vocab.lex_attr_getters[IS_STOP])


def test_a_line_with_every_word_capitalised_is_read_in_lowercase_and_keeps_its_length(checker):
    text = "Well What A Week!! Home From The Ward And The Dog Hasn't Left His Side, RSL Raffle Friday\nMet Sarah Jones at Boston General today"
    read = _untitled(checker, text)
    assert len(read) == len(text)
    assert read.splitlines()[0] == "well what a week!! home from the ward and the dog hasn't left his side, RSL raffle friday"
    assert read.splitlines()[1] == text.splitlines()[1]  # tidy capitals: names and places keep theirs


@pytest.mark.parametrize(
    "text",
    [
        "Jam And Cream On The Scones, None Of That Fancy Buttercream Nonsense Says Nan",
        "Sat Out The Back All Arvo With A Cuppa, The Fella Next Door Brought Over Some Tomatoes",
        "Thank You To Everyone Who Came To The Quiz Night At The Bowls Club, What A Turnout",
    ],
)
def test_no_finding_in_a_post_written_in_title_case(checker, text):
    assert not findings(checker, text), shown(checker, text)


def test_a_name_in_a_title_case_post_is_found_and_its_rewrite_has_a_capital(checker):
    text = "Little Poppy Rang The Bell Today And Got A Standing Ovation From The Whole Ward"
    found = [f for f in checker.check(text, profile="nmdp-social") if f.text == "Poppy"]
    assert found and found[0].suggestions[0][:1].isupper(), shown(checker, text)


def test_an_address_in_a_title_case_post(checker):
    text = "Cards Can Be Sent To The House, 14 Rowan Crescent, Thank You All So Much"
    assert covers(checker, text, "14 Rowan Crescent"), shown(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "Emmerdale Was Something Else Tonight Wasn't It, Needed A Cuppa After That",
        "watching gardening australia with a cuppa, they said to plant garlic now",
        "Our Grandson Sang Amazing Grace At The Service And There Wasn't A Dry Eye",
        "my sister sang at the gala last night and everyone cried",
        "Bronte And Her Mates From Netball Held A Bake Sale, What A Turnout",
    ],
)
def test_no_place_or_name_in_a_show_a_song_or_what_a_relative_did(checker, text):
    found = [f for f in findings(checker, text) if f.text != "Bronte"]
    assert not found, shown(checker, text)
