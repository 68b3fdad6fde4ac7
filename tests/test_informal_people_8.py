"""People and pets in posts by cues two new sets showed (recipients' and carers' updates, students' and young athletes'
posts): a word with a capital no list holds opening a sentence before what a person did ("Kowal hit the crossbar"), a
campaign hashtag for someone whose name is a word too ("#SwabForSully") or is written with accents ("#SaveOisín"), a
pet's name of the lists capitalised opening a post about the writer's pet ("Peaches has not left her side 🐈"), and a
pet named before "the" and its kind ("Biscuit the golden retriever"). A family word or a nurse after "my" is no title
("my sister got swabbed", "my nurse friend says"), nor two capitals a name ("the Brampton Civic ED"). Other names and pets than the corpora's;
the ordinary posts beside them stay clean."""
from __future__ import annotations

import pytest

from posts import check_clean, check_positive


@pytest.mark.parametrize(
    "text, name",
    [
        ("Brzezinski scored twice and we still lost. unreal", "Brzezinski"),
        ("Okonkwo really did carry the whole drive on his back lol", "Okonkwo"),
        ("Haverty fell asleep on the team bus again", "Haverty"),
        ("great night. Maguire bought everyone chips after the swab table", "Maguire"),
    ],
)
def test_a_capitalised_word_no_list_holds_opening_a_sentence_before_what_a_person_did(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("table outside the library tmrw 11-3 #MatchForCarter", "#MatchForCarter"),
        ("bake sale raised 400 quid #MilesForBrook", "#MilesForBrook"),
    ],
)
def test_a_campaign_hashtag_for_someone_named_with_a_word(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Muffin has not moved from my lap since i got home 🐈", "Muffin"),
        ("Pickles is sleeping on my sore hip again 🐶", "Pickles"),
    ],
)
def test_a_pets_name_of_the_lists_capitalised_opening_a_post_about_it(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("someone brought Pretzel the black lab to the drive and he stole the show", "Pretzel"),
        ("Wilbur the old tabby slept through the whole thing", "Wilbur"),
    ],
)
def test_a_pet_named_before_the_and_its_kind(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("swab drive friday for #TeamSiobhán, bring a friend", "#TeamSiobhán"),
        ("please share #BringHomeSeán", "#BringHomeSeán"),
    ],
)
def test_a_campaign_hashtag_for_a_name_written_with_accents(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Ozempic made me so sick last year, never again",
        "Apheresis went fine today, four hours and a movie",
        "Covid hit the whole ward this week",
        "Backyard football with the kids, my hips say no",
        "#SwabForHope table is up by the canteen",
        "Biscuits are the best with tea 🐶",
        "Peaches are in season and my dog loves them",
        "she called dibs on the front seat",
        "My brother got swabbed at our drive and just got the call",
        "my nurse friend says her whole ward signed up",
        "dropped off forms at the Mercy ED on my way home",
        "Arvo update: counts up a smidge, temp normal",
        "Happy Matariki everyone ✨ making a wish",
    ],
)
def test_the_ordinary_posts_beside_them_stay_clean(checker, text):
    check_clean(checker, text)
