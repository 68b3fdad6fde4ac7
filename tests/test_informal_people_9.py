"""People in posts by cues four new sets showed (gamers' chat, runners' captions, grandparents' posts, workplace chat):
a lowercase given name of the curated world list standing anywhere in a post ("divya is consolidating"), someone
asked something or pleaded with, opening a clause ("paddy do you still have the keys", "kyle pls run it"), someone
praised as "you legend" whom no list holds ("nish u legend"), and a first name that is a word too signing after a dash
("— tom"). Words that only look like names stay clean: an adverb after a title ("coach actually smiled"), a weekday
after a closing word ("best sunday"), a sound closing a post ("Eek."), a common word praised before a pet word ("the
bone pain, best cat ever"). Other names and words than the corpora's."""
from __future__ import annotations

import pytest

from posts import check_clean, check_positive


@pytest.mark.parametrize(
    "text, name",
    [
        ("forms by friday pls, lakshmi is collating them", "lakshmi"),
        ("big thanks to the night shift, oluwaseun covered all my calls", "oluwaseun"),
        ("report is with legal now, will ping anjali when it's back", "anjali"),
    ],
)
def test_a_lowercase_given_name_of_the_curated_world_list(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("marty can you bring the folding table saturday", "marty"),
        ("tessa did you ever hear back from the registry", "tessa"),
        ("back at my desk tmrw. gareth pls cover standup", "gareth"),
    ],
)
def test_someone_asked_or_pleaded_with_opening_a_clause(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("zeb u legend, 25 kits handed out before lunch", "zeb"),
        ("40 swabs before noon. deb ur a star", "deb"),
    ],
)
def test_someone_praised_as_a_legend(checker, text, name):
    check_positive(checker, text, name)


def test_a_first_name_that_is_a_word_too_signing_after_a_dash(checker):
    check_positive(checker, "home now and sleeping it off, thanks for the soup — bill", "bill")


@pytest.mark.parametrize(
    "text",
    [
        "so do you reckon the swab hurts? asking for my nan",
        "ok pls stop sending me memes during the collection",
        "honestly can you believe it took 4 hours",
        "long ride today, coach literally cheered at the finish",
        "slow 10k along the river then pancakes, best saturday",
        "Finally booked my physical for the donation. Eek.",
        "the growth factor bone pain, worst feeling in the world",
        "the filgrastim joint ache, best cat in the world lay on me all night",
    ],
)
def test_words_that_only_look_like_names_stay_clean(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("nugget followed me round the house all morning like a shadow 🐶", "nugget"),
        ("pumpkin sitting on my recovery blanket like she paid for it 🐈", "pumpkin"),
    ],
)
def test_a_pets_name_of_the_lists_opening_a_pet_post_before_what_it_did(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("shout out to chase who drove me in at 5am", "chase"),
        ("big thanks to mark who ran the whole sign-up table", "mark"),
    ],
)
def test_a_name_that_is_a_word_too_thanked_before_who(checker, text, name):
    check_positive(checker, text, name)


def test_words_before_who_that_name_no_one(checker):
    check_clean(checker, "thanks to everyone who came out in the rain")


@pytest.mark.parametrize(
    "text, name",
    [
        ("rk from the finance team just told us she donated last spring", "rk"),
        ("priyanka from procurement is running the sign-up sheet", "priyanka"),
    ],
)
def test_a_colleague_by_their_department(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "still waiting on figures from finance before i can close the deck",
        "the clinic is 20 min from the office so i'll be back by 2",
    ],
)
def test_things_and_units_from_a_department_or_place_are_no_one(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("she rang the bell today!!! #fightlikeorla", "#fightlikeorla"),
        ("table at the rec centre sat 10-2 #SwabForTadhg", "#SwabForTadhg"),
        ("shoutout big dave at the hardware store for the free coffee", "dave"),
    ],
)
def test_a_campaign_hashtag_and_a_name_after_big(checker, text, name):
    check_positive(checker, text, name)


def test_a_campaign_hashtag_of_an_article_and_a_word_names_no_one(checker):
    check_clean(checker, "ran it in the rain #fightlikeagirl #prayforthelost")


@pytest.mark.parametrize(
    "text, name",
    [
        ("71 swabs today!!! dustin you owe me a pint", "dustin"),
        ("home from the clinic. cheers to jas for the lift", "jas"),
        ("becs and i are doing the collection on the same day lol", "becs"),
    ],
)
def test_a_first_name_spoken_to_and_a_short_form_of_the_lists(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "bless you all for the messages",
        "the sat nav sent us round the houses twice",
        "#SwabForHope table is outside the library",
    ],
)
def test_a_blessing_a_sat_nav_and_a_campaign_for_hope_name_no_one(checker, text):
    check_clean(checker, text)


def test_a_name_that_is_a_town_too_before_what_he_did(checker):
    check_positive(checker, "bowls night at the club and wayne hit his best end ever", "wayne")
