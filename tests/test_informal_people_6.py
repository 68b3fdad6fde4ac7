"""People in posts by cues a donors' set and a tweet set showed: a first name that is a word too thanked ("thanks tanner
for plowing", "shoutout big mike and the crew"), a family word "in law" without hyphens, a month that is a first name
after "my" and a family word, a season or role that is a name acting with "her" or "his", and a lowercase month and day
closing a clause. Other names, days and words than the corpora's; the ordinary posts beside them stay clean."""
from __future__ import annotations

import pytest

from posts import check_clean, check_positive, covers, findings


@pytest.mark.parametrize(
    "text, name",
    [
        ("thanks dean for jumping my car this morning", "dean"),
        ("shoutout pete and the night shift, legends", "pete"),
        ("shoutout big russ & the lads for the lift", "russ"),
        ("thank you bill for sitting with me all day", "bill"),
        ("massive shoutout lil ty 🙌 best cousin ever", "ty"),
    ],
)
def test_a_first_name_that_is_a_word_thanked(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "thanks everyone for the messages today",
        "thanks again for the help with the drive",
        "thanks heaps for coming along",
        "shoutout coffee and the night shift",
        "thanks so much for all the cards",
        "thanks big time for the support",
    ],
)
def test_thanks_without_a_name_stay_clean(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("my brother in law gav fixed the boiler while i was laid up", "gav"),
        ("my sister in law shaz is driving me to the clinic", "shaz"),
    ],
)
def test_a_family_word_in_law_without_hyphens(checker, text, name):
    check_positive(checker, text, name)


def test_in_law_with_no_name_stays_clean(checker):
    check_clean(checker, "my father in law is coming up for the weekend")


@pytest.mark.parametrize(
    "text, name",
    [
        ("happy 30th to my big sis june 🎉 love you loads", "june"),
        ("my daughter april, what a little star", "april"),
    ],
)
def test_a_month_that_is_a_name_after_a_family_word(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "visiting my sister in june for a week",
        "swab drive for our girl saturday, come along",
        "my son may need a lift to training",
    ],
)
def test_a_month_of_the_calendar_stays_clean(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("autumn finally passed her driving test!!", "autumn"),
        ("hunter lost his boot in the mud at training lol", "hunter"),
    ],
)
def test_a_season_or_role_that_is_a_name_acting_with_her_or_his(checker, text, name):
    check_positive(checker, text, name)


def test_hope_and_love_with_her_stay_clean(checker):
    check_clean(checker, "hope got her through the worst of it")


@pytest.mark.parametrize(
    "text, day",
    [
        ("transplant day is locked in, the big one, april 22. nervous", "april 22"),
        ("we got the call on our anniversary, may 4 🎉", "may 4"),
        ("collection booked in for the 19th!! eek", "19th"),
    ],
)
def test_a_lowercase_day_closing_a_clause(checker, text, day):
    assert covers(checker, text, day, "personal_date")


@pytest.mark.parametrize(
    "text",
    [
        "we march 9 miles tomorrow for the charity walk",
        "you may 5 times check the form and still miss it",
        "back for the 3rd time this week lol",
    ],
)
def test_a_month_word_going_on_is_no_date(checker, text):
    assert not [f for f in findings(checker, text) if f.category == "personal_date"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("missing dog near the rec, answers to waffles, pls share", "waffles"),
        ("found a cat on our street 🐱 answers to the name of bramble", "bramble"),
        ("walked noodle round the block for the first time since the op", "noodle"),
        ("muffin has not left my side all week 🐶", "muffin"),
    ],
)
def test_a_pet_by_a_lost_notice_a_walk_or_what_it_does(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "the cat answers to no one in this house",
        "dogs have not left my side all week 🐶",
        "walked miles round the lake today",
    ],
)
def test_no_pet_named_there(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("long walk on the beach with my sister and dumpling the dog", "dumpling"),
        ("nell from payroll swabbed after my post, one convert at a time", "nell"),
        ("dusty from accounts you're a star for covering", "dusty"),
        ("couldn't watch the final, rocco send me the goals", "rocco"),
        ("300 kits at the drive, brody you did that 💙", "brody"),
    ],
)
def test_a_pet_before_the_dog_a_colleague_and_someone_spoken_to(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "and feed the dog before you go",
        "we were walking the dog at 6am",
        "got an email from payroll about the leave",
        "ok pls send me the link",
        "lads get the beers in",
        "so you did it, proud of you",
        "WHO'S GONNA HOLD MY HAND TOMORROW",
    ],
)
def test_no_name_in_a_verb_a_department_or_an_order(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("#SwabForOisin drive this saturday, bring your mates", "#SwabForOisin"),
        ("my cousin jo flew in from perth for the collection", "jo"),
        ("my bestie bo drove me in at 6", "bo"),
    ],
)
def test_a_campaign_hashtag_and_a_two_letter_short_form(checker, text, name):
    assert covers(checker, text, name, "personal_name"), text


@pytest.mark.parametrize("text", ["#WalkForLife this sunday, all welcome", "my sister is so happy for me", "my dad gp said rest"])
def test_campaigns_for_words_and_family_words_stay_clean(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize("text", ["cheeky dinner at Nando's after the clinic", "dinner at Nando's in town tonight"])
def test_a_chain_named_after_someone_is_no_name(checker, text):
    check_clean(checker, text)


def test_a_chain_with_a_work_cue_is_the_employer(checker):
    assert covers(checker, "my boss at Nando's gave me the week off", "Nando's", "organization")


def test_a_short_form_before_even_and_a_verb(checker):
    check_positive(checker, "the lads signed a card and trav even drew a blood bag on it", "trav")


def test_an_everyday_word_before_even_stays_clean(checker):
    check_clean(checker, "pizza even tastes better after a week of hospital food")


@pytest.mark.parametrize(
    "text, name",
    [("rusty fell asleep on the sofa at 8pm again", "rusty"), ("pearl owes me a tenner and a coffee", "pearl"),
     ("ruby woke up asking for chips", "ruby")],
)
def test_a_word_name_doing_what_only_people_do(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize("text", ["rain fell all day and the roads flooded", "prices fell again this week", "hope came round eventually"])
def test_things_that_fall_and_feelings_that_come_round_stay_clean(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize(
    "text, name",
    [("by God's grace our pearl is coming home on friday", "pearl"), ("Our Ruby Is Doing Brilliant, Ate A Full Meal Today", "Ruby"),
     ("hunter is recovering well after the op", "hunter")],
)
def test_a_word_name_in_a_state_only_people_are_in(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize("text", ["our hope is in the lord", "my rose is blooming at last", "summer is coming, finally"])
def test_things_in_their_own_states_stay_clean(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize("text, name", [("pearl made me a blanket for the ward, crying", "pearl"), ("ok so jack bought me a coffee and a scone", "jack")])
def test_a_word_name_that_made_or_bought_the_writer_something(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize("text", ["joy made me cry all day", "hope made me a better person", "this made me a believer"])
def test_feelings_that_make_the_writer_something_stay_clean(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize("text, name", [("so proud, charity finally ate a full meal today", "charity"), ("destiny texted me from the ward at 6am", "destiny")])
def test_a_virtue_name_doing_what_only_a_body_does(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize("text", ["hope kept me going all year", "love cried out from every card", "faith got me through it"])
def test_virtues_doing_what_feelings_do_stay_clean(checker, text):
    check_clean(checker, text)
