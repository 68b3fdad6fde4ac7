"""People and pets in posts by cues three new sets showed (donors in the US Midwest and Canada, tweets from Britain and
Ireland, young donors): a pet's name opening a post about the pet with what it did ("rusty sat on my heating pad 🐈"), a
name said before "my" and a pet or family word ("diesel my shepherd guarded the couch"), a breed called something,
someone to ask for, a regional grandparent's title before a name (even a month's), a coach with any word for a name
doing what a person does, and "wee" before a name. Other names, pets and words than the corpora's; the ordinary posts
beside them stay clean."""
from __future__ import annotations

import pytest

from posts import check_clean, check_positive


@pytest.mark.parametrize(
    "text, name",
    [
        ("bandit sat on my charger all night 🐕 no regrets apparently", "bandit"),
        ("pretzel stole a whole sock off the radiator 🐶", "pretzel"),
        ("tater keeps trying to sleep on my sore side, silly dog", "tater"),
        ("noodle has chewed through another dog bed, third one this year", "noodle"),
        ("gravy is sleeping on my donor leaflet and i cannot move her, she's a cat", "gravy"),
    ],
)
def test_a_pet_named_with_a_word_opening_a_post_about_it(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("dozer my cattle dog guarded the door the whole time i was on the couch", "dozer"),
        ("peanut my old beagle slept beside me after the shots", "peanut"),
        ("kez my sister drove me to the clinic at 5am", "kez"),
        ("if anyone sees a brindle staffy called biscuit near the canal pls message me", "biscuit"),
    ],
)
def test_a_name_said_before_my_and_a_pet_or_family_word(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("register at the desk and ask for becs, she has the swab kits", "becs"),
        ("ring the drive line and ask for mandy", "mandy"),
        ("driving to the clinic with memaw april riding along, pray for us", "april"),
        ("papaw ray sent money for gas, bless him", "ray"),
        ("nana joy sent this for the nurses", "joy"),
        ("coach brick said i could miss practice for the donation", "brick"),
        ("happy birthday to wee callum, six today", "callum"),
        ("walked Pepper twice round the estate before my shift", "Pepper"),
        ("Nana here. Seán slept right through, first time in a fortnight", "Seán"),
        ("my brother Sunday says hi to everyone at the drive", "Sunday"),
    ],
)
def test_names_after_a_title_or_someone_to_ask_for(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "mark my words, the registry will call you one day",
        "Mark My Words That Girl Will Be Back On The Court By Summer",
        "today my dog ate half a sandwich off the counter",
        "honestly my cat is the best nurse",
        "coffee has saved me today, dumb dog kept me up all night",
        "pizza is arriving soon and my dog is losing it",
        "the coach bus said it was delayed an hour",
        "dont be afraid to ask for help with the forms",
        "ask for grace and it will come",
        "visiting grandma in june for her birthday",
        "grandma rose early to make breakfast",
    ],
)
def test_the_ordinary_posts_beside_them_stay_clean(checker, text):
    check_clean(checker, text)
