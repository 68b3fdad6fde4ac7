"""Posts as people type them (issue: accuracy on informal posts). Each class of the issue pinned with our
own examples: other names, venues, teams and places than the issue's and the corpora's."""
from __future__ import annotations

import pytest

SOCIAL = "nmdp-social"


def found(checker, text, profile=SOCIAL):
    return checker.check(text, profile=profile)


def flagged(checker, text, profile=SOCIAL):
    return {f.text.lower() for f in found(checker, text, profile)}


def covers(checker, text, word, profile=SOCIAL):
    """Some finding overlaps `word` in `text`."""
    s = text.lower().index(word.lower())
    e = s + len(word)
    return any(f.start < e and s < f.end for f in found(checker, text, profile))


# --- lowercase names with slang or weak cues
@pytest.mark.parametrize(
    "text, name",
    [
        ("ifeoma and i are finally heading to the clinic, pray for us", "ifeoma"),
        ("shoutout my guy tariq for the 5am ride", "tariq"),
        ("hbd soraya!! wish i could be there", "soraya"),
        ("ty dr. abernathy for answering all my dumb questions", "abernathy"),
        ("my cousin wojtek drove four hours to sit with me", "wojtek"),
        ("happy bday to marisela, the best roommate ever", "marisela"),
    ],
)
def test_lowercase_names_with_slang_cues(checker, text, name):
    assert covers(checker, text, name), (text, flagged(checker, text))


@pytest.mark.parametrize(
    "text, pet",
    [
        ("my dog noodle has not left my side since i got home", "noodle"),
        ("our cat dumpling is judging me from the windowsill", "dumpling"),
    ],
)
def test_pets_named_with_everyday_words(checker, text, pet):
    assert covers(checker, text, pet)


# --- local places people go, teams in lowercase, abbreviations
@pytest.mark.parametrize(
    "text, span",
    [
        ("post donation drinks at the copper kettle tonight, who's in", "copper kettle"),
        ("go lumberjacks!!! swabbed 90 people at the game", "lumberjacks"),
        ("the mudcats fans at the swab tent were so loud today", "mudcats"),
        ("landed in pdx and going straight to bed", "pdx"),
        ("flying out of bwi tomorrow for my collection", "bwi"),  # airports after a travel word
        ("greetings from the 614, come get swabbed saturday", "614"),
        ("repping the 207 at the swab drive today", "207"),  # an area code no list holds
        ("omw to vanderbilt for my workup, wish me luck", "vanderbilt"),
        # short forms and acronyms typed in lowercase: a hospital's word-like name needs a medical word near
        ("three weeks at cedars and the nurses knew my coffee order", "cedars"),
        ("ucsf nurses are the best, no debate", "ucsf"),
        ("nola friends pls come swab saturday", "nola"),
    ],
)
def test_places_venues_and_teams_in_lowercase(checker, text, span):
    assert covers(checker, text, span), (text, flagged(checker, text))


# --- false alarms: shouting, chat abbreviations, interjections, headlines, campaign hashtags
@pytest.mark.parametrize(
    "text",
    [
        "OMG I AM A MATCH FOR A STRANGER!!! CANNOT BREATHE",
        "SO READY FOR DONATION DAY RN",
        "ngl im nervous but tbh the nurses make it easy lmao",
        "rt if ur on the registry, thnx fam",
        "Hehehe guess who just got the call",
        "Woohoo GO TEAM",
        "7 Things To Pack For Your Apheresis Appointment",
        "What Nobody Tells You About The Filgrastim Shots",
        "join the registry this #GivingTuesday #DonateLife",
        "stared at the sky for an hour after donating. weird feeling, good feeling",
        "drinks at the bar tonight to celebrate being a match!!",
        "my cat hid under the bed the whole time i was gone lol",
        "we swabbed 200 people in the 300 club at school",
        "the cedars along our fence are huge this year",
        "lost at sea with all these forms lol",
        "mayo on fries is underrated, fight me",
        "join us on world marrow donor day #WorldMarrowDonorDay",
        "stuck in the 411 queue for an hour lol",
    ],
)
def test_ordinary_posts_are_not_flagged(checker, text):
    assert flagged(checker, text) == set()


def test_a_public_figure_is_at_most_a_warning_in_posts(checker):
    text = "blasting dolly parton in the apheresis chair, 10/10 would donate again"
    figures = [f for f in found(checker, text) if "dolly" in f.text.lower()]
    assert all(f.severity == "warn" for f in figures)


def test_email_me_is_no_name_but_the_address_is_contact(checker):
    text = "Email me at sam.reyes@example.org if you want to know how donating went"
    result = found(checker, text)
    assert [f.category for f in result] == ["contact_info"]


def test_a_city_after_a_hospital_is_a_place_not_a_name(checker):
    text = "Thank you Moffitt, Tampa! Could not have done this without you"
    by_text = {f.text: f.category for f in found(checker, text)}
    assert by_text.get("Tampa") == "location"


# --- the informal model itself: a lowercase guess must survive its guard, an ordinary word must not
def test_the_informal_model_ships_in_the_package(checker):
    assert checker.informal_nlp is not None
    assert "ner" in checker.informal_nlp.pipe_names


def test_informal_guesses_of_ordinary_words_are_dropped(checker):
    # the model may read "the kitchen table" as a venue; in tidy text lowercase words name nothing
    text = "The donor read the letter at the kitchen table and cried for an hour."
    assert flagged(checker, text, "nmdp-letter") == set()


def test_tidy_letters_are_unchanged(checker):
    text = "Dear recipient, my husband Tomasz and I live near Lake Tahoe. I work at Intel. Warmly, Ewa"
    got = flagged(checker, text, "nmdp-letter")
    assert any("tomasz" in g for g in got) and any("tahoe" in g for g in got) and any("intel" in g for g in got) and "ewa" in got


@pytest.mark.parametrize("text, tag", [
    ("walking 5k this sunday #MilesForTomasz 💛", "#MilesForTomasz"),
    ("drive at the union tmrw!! #SwabForZainab", "#SwabForZainab"),
])
def test_a_campaign_hashtag_that_ends_with_a_first_name_names_someone(checker, text, tag):
    assert (tag, "hashtag") in [(f.text, f.kind) for f in checker.check(text, profile="nmdp-social")]


@pytest.mark.parametrize("text", ["#GivingTuesday #MarrowMonday #ThankYouNurses #LoveWins #DonateLife #MatchDay", "#StandWithUkraine 💙💛"])
def test_campaign_hashtags_ending_in_ordinary_words_or_places_name_no_one(checker, text):
    assert [f.kind for f in checker.check(text, profile="nmdp-social") if f.kind == "hashtag"] == []


def test_greek_letter_societies_in_a_lowercase_post(checker):
    found = [(f.text, f.category) for f in checker.check("huge thx to delta gamma and tau kappa epsilon for running the swab table 🫶", profile="nmdp-social")]
    assert ("delta gamma", "affiliation") in found and ("tau kappa epsilon", "affiliation") in found
    assert checker.check("ngl the beta test of the app was rough, my delta flight too", profile="nmdp-social") == []


def test_a_first_name_from_elsewhere_with_a_surname_is_a_name(checker):
    found = {f.text: f.category for f in checker.check("When Tomasz Kowalczyk got the call he was at work.", profile="nmdp-social")}
    assert found.get("Tomasz Kowalczyk") == "personal_name"
    # a list's longer name wins over a first name followed by a capital ("Georgia Tech" is a school)
    found = {f.text: f.kind for f in checker.check("The whole Georgia Tech band came to the swab drive.", profile="nmdp-social")}
    assert found == {"Georgia Tech": "school"}


def test_a_lowercase_team_nickname_with_a_word_only_teams_take(checker):
    assert [(f.text, f.kind) for f in checker.check("ugh the pistons lost again, at least the swab night was fun", profile="nmdp-social")] == [("pistons", "team")]
    assert checker.check("the heat was brutal today and the magic of it all got me", profile="nmdp-social") == []


@pytest.mark.parametrize("text, name", [("shoutout my boy kwabena for the ride 🙏", "kwabena"), ("my girl oyinda drove me at 5am", "oyinda")])
def test_my_boy_and_my_girl_before_a_lowercase_name(checker, text, name):
    found = checker.check(text, profile="nmdp-social")
    assert any(name in f.text and f.category == "personal_name" for f in found), found
    assert [s for f in found for s in f.suggestions[:1]] == [text[found[0].start : text.index(name)].strip()]


def test_a_relationship_word_inside_an_organisations_name_names_no_relative(checker):
    found = [(f.text, f.category) for f in checker.check("I'm a Girl Scouts troop leader and my son was a Boy Scout.", profile="nmdp-letter")]
    assert all(category == "affiliation" for _, category in found) and found


@pytest.mark.parametrize("text", ["WHO'S READY FOR THE 5K THIS WEEKEND", "lost wages from two weeks off work after donating, worth it"])
def test_shouted_events_and_everyday_phrases_that_are_nicknames_name_nothing(checker, text):
    assert checker.check(text, profile="nmdp-social") == []
