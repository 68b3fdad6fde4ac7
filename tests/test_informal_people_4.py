"""People in posts, fifth push, by classes a blind set showed: a first name owning something ("borrowed tunde's car",
"at jimmy's"), a first name that is a word too beside the writer ("grace and i"), a child or pet saying how old
("milo turned 5", "Hope is 3 today"), a neighbour by name in tidy text ("Mark from down the road"), a doctor by one
lowercase letter ("dr k said"). Positives and ordinary posts that must stay clean, with other names than the corpora's."""
from __future__ import annotations

import pytest

from posts import check_clean, check_positive, names_in


# --- a first name owning something
@pytest.mark.parametrize(
    "text, name",
    [
        ("borrowed femi's car for the hospital run lol", "femi"),
        ("priya's flat is so cosy, staying there this week", "priya"),
        ("we ended up at danny's again after the swab drive", "danny"),
        ("game night over at bex's, bring snacks", "bex"),
        ("sleeping round at kwame's tonight", "kwame"),
    ],
)
def test_a_first_name_owning_something(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "we went to wendy's after the clinic",
        "lunch at trader joe's was a vibe",
        "macy's had a huge sale",
        "at denny's at 2am like teenagers",
        "today's the day!!",
        "the rose's thorns got me",
        "my mom's lasagna is elite",
        "life's too short for bad coffee",
        "who's coming to the drive",
    ],
)
def test_no_owner_in_chains_and_everyday_possessives(checker, text):
    check_clean(checker, text)


# --- a word that is a first name too, beside the writer
@pytest.mark.parametrize(
    "text, name",
    [
        ("faith and i finally tried the new pho place", "faith"),
        ("april and i both signed up at the drive", "april"),
        ("me and joy went for a walk after", "joy"),
    ],
)
def test_a_word_name_beside_the_writer(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "work and i are not friends this week",
        "chemo and i are finally done",
        "coffee and i have an understanding",
        "my body and i disagree",
    ],
)
def test_no_name_in_things_beside_the_writer(checker, text):
    check_clean(checker, text)


# --- a child or a pet saying how old
@pytest.mark.parametrize(
    "text, name",
    [
        ("our Biscuit turned 9 and still acts like a puppy", "Biscuit"),
        ("so zainab turned 7 yesterday and wants a dog", "zainab"),
        ("Joy is 4 today!!! how", "Joy"),
        ("theo is two years old and already bossy", "theo"),
    ],
)
def test_a_name_saying_how_old(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "my son turned 12 and wants a phone",
        "the blog turned 3 this week",
        "mom turned 60 and partied harder than us",
        "it is 3 today in the group chat",
        "this page turns 5 next month",
    ],
)
def test_no_name_in_other_things_turning_an_age(checker, text):
    check_clean(checker, text)


# --- a neighbour by name in carefully written text
@pytest.mark.parametrize(
    "text, name",
    [
        ("Rose from next door brought soup every day while I was in hospital.", "Rose"),
        ("Gary from across the street mowed our lawn all summer.", "Gary"),
    ],
)
def test_a_neighbour_by_name_in_tidy_text(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Love from across the road, see you soon.",
        "Help from next door came fast.",
        "The noise from next door kept us up.",
    ],
)
def test_no_neighbour_in_greetings_and_things(checker, text):
    check_clean(checker, text)


# --- a doctor by one lowercase letter
@pytest.mark.parametrize("text, name", [("dr k said my counts look normal", "dr k"), ("saw dr j. all good", "dr j")])
def test_a_doctor_by_one_letter(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize("text", ["my dr a lot of the time says rest", "the dr i think was new"])
def test_no_doctor_in_a_and_i(checker, text):
    assert not {n for n in names_in(checker, text) if n.startswith("dr")}, text


# --- kisses before a sign-off, "and" of another language, accents, a family word beside a name
@pytest.mark.parametrize(
    "text, name",
    [
        ("good luck to whoever gets my cells. x bex", "bex"),
        ("see you all at the drive. xx jojo", "jojo"),
        ("sunita aur rohan, you two are the best", "rohan"),
        ("amira dan farah belanja me after the clinic", "farah"),
        ("siobhán says the tea was the best part", "siobhán"),
        ("zoë and i went to the drive", "zoë"),
        ("mum and kezia are fighting again", "kezia"),
        ("nani and priya made a whole dua list", "priya"),
    ],
)
def test_more_ways_to_write_a_name(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "that was the best day. x ray results tomorrow",
        "love you all. xo",
        "mum and dad are proud of me",
        "mum and work are stressing me out",
        "café and i have a date every morning",
        "waheguru ji ka khalsa, so grateful for everyone at the swab drive",
    ],
)
def test_no_name_in_kisses_family_or_things(checker, text):
    check_clean(checker, text)
