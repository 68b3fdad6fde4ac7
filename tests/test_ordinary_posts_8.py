"""Ordinary posts from two new sets (recipients' and carers' updates, students' and young athletes' posts) that read
like dates, groups, names or places: a score or a match out of ten after "a" ("the jello is a 6/10", "they found a
9/10"), a fund or a rota of meals by its platform ("the meal train", "gofundme"), a greeting and a chant ("hola
summer", "OLÉ OLÉ"), a brand named after a person or thanked ("a Tim Hortons run", "shoutout to Costco rotisserie
chicken", "Barry's tea"); from a set of drive volunteers' posts: shouting of short words after an email address ("AND
I'LL SEND YOU A KIT"), "msg", a school subject ("AP Bio") and Friday prayers ("after Jummah"); from a set of posts in
the Englishes of South Asia, Africa and Southeast Asia: the words of a language a post switches into ("pero worth it
kasi", "pain me sha"), a kin word ("ammu") and Sallah. Other words than the corpora's; a real date and a real
town beside them are still found."""
from __future__ import annotations

import pytest

from posts import check_nothing_identifying, covers, shown


@pytest.mark.parametrize(
    "text",
    [
        "cafeteria lasagna review: honestly a 7/10",
        "the registry found a 10/10 and we are crying",
        "the meal train is full through the holidays, thank you all",
        "gofundme is up, link in bio",
        "adios exams, hola summer",
        "OLÉ OLÉ OLÉ we won the semi",
        "Tim Hortons run before the clinic, double double obviously",
        "shoutout to Walmart rotisserie chicken for feeding us all week",
        "SIGN UP LINK IN BIO OR EMAIL ME AT drives@example.org AND I'LL SEND YOU A KIT",
        "msg from the committee: forms are in the boot",
        "Lyons tea and a scone after the drive, perfect",
        "our AP Chem class ran the whole drive",
        "the hall was packed after Jummah, 60 registered",
        "came down for ammu's scans, three weeks now in a rented room",
        "Happy Sallah to everyone, we are still in hospital but the ram meat reached us",
    ],
)
def test_scores_platforms_greetings_chants_and_brands_are_no_dates_groups_names_or_places(checker, text):
    check_nothing_identifying(checker, text, also={"personal_date"})


@pytest.mark.parametrize(
    "text, words",
    [
        ("her transplant is on 9/14, pray for us", "9/14"),
        ("the meal train from Zanesville has us fed", "Zanesville"),
    ],
)
def test_a_real_date_and_town_beside_them_are_found(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "the nurses were so kind kasi they know, pero i miss home na",
        "kami sa donor lounge pa rin, pero the movie is good",
    ],
)
def test_a_post_switching_into_another_language_keeps_its_words(checker, text):
    check_nothing_identifying(checker, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("huge shoutout inday for bringing snacks to the drive, salamat po sa lahat 🙏", "inday"),
        ("grabe ang pagod pero sulit, salamat kay Marites for driving me", "Marites"),
    ],
)
def test_a_name_with_a_cue_or_a_capital_stays_in_a_switching_post(checker, text, name):
    assert covers(checker, text, name, "personal_name"), shown(checker, text)
