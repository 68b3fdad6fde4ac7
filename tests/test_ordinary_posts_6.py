"""Ordinary posts flagged, third round (issue 10, fresh posts 12 and 13): feast days named after a saint, a word that
ends a sentence read as a dotted state code, a letter opening a hyphenated drug name, "called and" read as a name's
introduction, slogans and titles in Title Case. Each class has negatives that must stay clean and positives that must
stay caught. Our own examples, not the corpora's."""
from __future__ import annotations

import pytest

SOCIAL = "nmdp-social"


@pytest.mark.parametrize("text", [
    # a saint's feast day: no name, no church, no town
    "st david's day and im in a daffodil onesie at the clinic",
    "St. Patrick's Day and not a drop of stout for me, doctor's orders",
    "Happy St Andrew's Day from the infusion suite",
    "st george's day bunting all over the ward lol",
    "happy st. patrick's day, green everything in the infusion chair",
    # a word ending a sentence, not a dotted state code
    "Swab drive in the parish hall after Sunday Mass. Bring a friend!",
    # a letter opening a hyphenated word
    "3 days after the G-CSF shots and my back is killing me",
    # "called and": no name follows
    "the registry called and IM A MATCH",
    "my coordinator called and then emailed the schedule",
    # Title Case slogans and titles made of ordinary words
    "Our pastor shaved his head for the fundraiser!!! Bald And Beautiful!!!",
    "The nurses were amazing. Donating Was The Best Thing I Ever Did!!!",
])
def test_ordinary_posts_stay_clean(checker, text):
    assert [f.text for f in checker.check(text, profile=SOCIAL)] == []


@pytest.mark.parametrize("text, found", [
    ("we drove to St. Louis Day 3 of the road trip", "St. Louis"),
    ("moved to Springfield, Mass. last spring", "Mass"),
    ("my daughter is named Grace and she swabbed too", "Grace"),
    ("swab drive at St. Patrick's this sunday after mass", "St. Patrick"),
    ("the day I met Father Okonkwo at the clinic", "Father Okonkwo"),
])
def test_names_and_places_beside_them_stay_caught(checker, text, found):
    assert found in [f.text for f in checker.check(text, profile=SOCIAL)]


@pytest.mark.parametrize("text, found", [
    ("st james's day ward staff are angels", "st james"),
    ("grew up on the South Side of Chicago", "South Side"),
    ("ring Mairéad on 087 555 3192 for tickets", "Mairéad"),
    ("text bev at 0412 555 019 if you can help", "bev"),
    ("email Tunde Bakare at tunde.b@example.com", "Tunde Bakare"),
])
def test_a_hospital_day_ward_a_district_and_a_person_to_ring_are_caught(checker, text, found):
    assert found in [f.text for f in checker.check(text, profile=SOCIAL)]


@pytest.mark.parametrize("text", [
    "call reception on 020 7946 0000 to book",
    "call me at 0412 555 019 if you have questions",
    "ring the ward on 01632 960 000 before you come",
])
def test_a_desk_or_a_pronoun_before_a_number_is_no_name(checker, text):
    assert [f.category for f in checker.check(text, profile=SOCIAL) if f.category == "personal_name"] == []


@pytest.mark.parametrize("text, found", [
    ("my boss at chinwe textiles gave me the week off", "chinwe textiles"),  # the name stops before the verb
    ("bake sale at the walmart where i work raised $400", "walmart"),
    ("the tesco that my mum works at did a collection", "tesco"),
    ("thandi our neighbour dropped off soup again", "thandi"),
])
def test_workplaces_and_people_by_what_they_are_to_the_writer(checker, text, found):
    assert found in [f.text for f in checker.check(text, profile=SOCIAL)]


@pytest.mark.parametrize("text", [
    "grabbed snacks at the walmart where we parked",
    "love my mom so much it hurts",
    "omg my boss let me leave early for the appointment",
])
def test_a_brand_a_word_and_a_boss_alone_stay_clean(checker, text):
    assert [f.text for f in checker.check(text, profile=SOCIAL)] == []


@pytest.mark.parametrize("text, expected", [
    ("gave the gift of life to a stranger and i'd do it again", []),
    ("blessing upon blessing, the gift of life is real folks", []),
    ("swabbed with gift of life at my college", ["gift of life"]),
    ("signed up with the gift of life registry last fall", ["gift of life"]),
])
def test_the_gift_of_life_is_a_phrase_and_gift_of_life_a_registry(checker, text, expected):
    assert [f.text for f in checker.check(text, profile=SOCIAL)] == expected


@pytest.mark.parametrize("text, found", [
    ("#teamkeanu day 9 and already bossing the nurses around", "#teamkeanu"),
    ("rang the bell today!!!! #hudsonstrong", "#hudsonstrong"),
    ("#TobiBrave day +5, mucositis is rough", "#TobiBrave"),
    # shouted runs are read like lowercase posts; the finding quotes the capitals
    ("DAY +200!!! SHOUTOUT TO NURSE DELPHINE WHO TOLD ME A BAD JOKE EVERY MORNING", "DELPHINE"),
    ("HAPPY 1ST BIRTHDAY TO OUR GRANDSON TOBIAS, WE LOVE YOU BUDDY", "TOBIAS"),
])
def test_name_hashtags_in_lowercase_and_names_in_shouting(checker, text, found):
    assert any(found in f.text for f in checker.check(text, profile=SOCIAL))


@pytest.mark.parametrize("text", [
    "#teamhope all the way this week",
    "#familystrong #staystrong #marrowstrong #teamwork",
    "OMG THE REGISTRY CALLED ME AND I AM A MATCH",
    "SO HYPED RN, COLLECTION DAY IS FRIDAY",
    "TOTALLY NORMAL TO BE THIS EXCITED ABOUT A SWAB KIT RIGHT?",
])
def test_virtue_hashtags_and_shouting_stay_clean(checker, text):
    assert [f.text for f in checker.check(text, profile=SOCIAL)] == []


def test_a_rewrite_of_shouted_words_is_shouted(checker):
    [f] = [f for f in checker.check("SHOUTOUT TO NURSE DELPHINE WHO TOLD ME A BAD JOKE EVERY MORNING", profile=SOCIAL)
           if f.category == "personal_name"]
    assert f.text.isupper() and f.suggestions and all(s.isupper() for s in f.suggestions)


@pytest.mark.parametrize("text", [
    "GCSE results day, so proud of every kid in my form",
    "finally passed my CDL road test",
    "irish coffee at brunch is a personality trait",
    "me singing Jolene at karaoke at 1am to a room of strangers",
    "Father Ted on the telly and I'm laughing so hard the nurse came in",
])
def test_exams_peoples_songs_and_shows_stay_clean(checker, text):
    assert [f.text for f in checker.check(text, profile=SOCIAL)] == []


@pytest.mark.parametrize("text, found", [
    ("my sister Jolene came to visit", "Jolene"),
    ("Father Okafor blessed the swab kits", "Father Okafor"),
])
def test_the_same_names_as_people_stay_caught(checker, text, found):
    assert any(found in f.text for f in checker.check(text, profile=SOCIAL))


@pytest.mark.parametrize("text, found", [
    ("driving to anchorage tomorrow for the workup", "anchorage"),
    ("heading down to bath tonight, wish me luck", "bath"),
])
def test_a_town_that_is_a_word_at_the_end_of_a_trip(checker, text, found):
    assert found in [f.text for f in checker.check(text, profile=SOCIAL)]


@pytest.mark.parametrize("text", [
    "driving to work tomorrow after my last shot",
    "drove to target for snacks before collection",
    "driving to church on sunday with the kids",
])
def test_a_trip_to_somewhere_ordinary_stays_clean(checker, text):
    assert [f.text for f in checker.check(text, profile=SOCIAL)] == []


@pytest.mark.parametrize("text, found", [
    ("Meet Biscotti, my recovery supervisor 🐱", "Biscotti"),
    ("LONG POST: i'm tevita, 23, and i donated stem cells last spring", "tevita"),
])
def test_a_pet_or_person_introduced(checker, text, found):
    assert any(found in f.text for f in checker.check(text, profile=SOCIAL))


@pytest.mark.parametrize("text", [
    "meet me at the clinic at 9",
    "Meet the team behind the swab drive!",
    "i'm tired, 24 hours with no sleep",
])
def test_meeting_and_saying_how_one_is_stay_clean(checker, text):
    assert [f.category for f in checker.check(text, profile=SOCIAL) if f.category == "personal_name"] == []


def test_a_two_letter_name_doing_what_people_do(checker):
    assert "bo" in [f.text for f in checker.check("bo drove me to the collection center at 5am", profile=SOCIAL)]
    assert [f.text for f in checker.check("bf drove me to the collection center at 5am", profile=SOCIAL)] == []


@pytest.mark.parametrize("text", [
    "Sat Sri Akal everyone 🙏 the transplant worked. Chardi Kala!!!",
    "sana all may jowa 😩 anyway swab kits are free",
])
def test_a_phrase_of_another_language_is_no_name(checker, text):
    assert [f.text for f in checker.check(text, profile=SOCIAL) if f.category == "personal_name"] == []


@pytest.mark.parametrize("text, found", [
    ("tayo and ife came with balloons and a card", "tayo"),
    ("shoutout to Kala for driving me to every appointment", "Kala"),
])
def test_a_name_that_is_a_word_of_another_language_stays_a_name(checker, text, found):
    assert any(found in f.text for f in checker.check(text, profile=SOCIAL))


@pytest.mark.parametrize("text, found", [
    ("my son chase gets his new cells today", "chase"),
    ("my daughter summer rang the bell this morning", "summer"),
    ("my sister hope made dinner for the whole ward", "hope"),
])
def test_a_word_name_after_my_son_or_sister_doing_things(checker, text, found):
    assert any(found in f.text for f in checker.check(text, profile=SOCIAL))


@pytest.mark.parametrize("text", [
    "my husband will drive me to collection",
    "my mom rose early to drive me",
    "my sister may come too if she gets off work",
])
def test_a_verb_after_my_husband_or_mom_is_no_name(checker, text):
    assert [f.text for f in checker.check(text, profile=SOCIAL)] == []


@pytest.mark.parametrize("text, found", [
    # one sentence opening in lowercase: informal, though the writer capitalised a road or a venue
    ("stuck on the M50 for an hour, niamh texted 'where r u' eleven times", "niamh"),
    ("took the kids bowling at Strike Zone Lanes, kenzie bowled a 97 with the bumpers up", "kenzie"),
])
def test_a_friend_in_lowercase_beside_a_capitalised_venue(checker, text, found):
    assert found in [f.text for f in checker.check(text, profile=SOCIAL)]


def test_a_tidy_sentence_stays_tidy():
    from safetoshare.detectors.base import looks_informal
    assert not looks_informal("We donated at the Westfield Centre last March and it went well.", lowercase_opening=True)
    assert looks_informal("stuck on the M50 for an hour, niamh texted me eleven times", lowercase_opening=True)
    # the model made for lowercase posts reads it only when more of it is lowercase
    assert not looks_informal("stuck on the M50 for an hour, niamh texted me eleven times")


@pytest.mark.parametrize("text, expected", [
    ("coach dre made us run laps till we cried", ["coach dre"]),
    ("come hungry, father okafor is on the fryer", ["father okafor"]),
    ("father christmas came early this year", []),
    ("the jack russell next door barks at the nurse", []),
    ("nurse practitioner said it all looks fine", []),
])
def test_a_title_before_a_lowercase_name_and_figures_named_after_someone(checker, text, expected):
    assert [f.text for f in checker.check(text, profile=SOCIAL) if f.category == "personal_name"] == expected


@pytest.mark.parametrize("text, expected", [
    ("kraken game tonight w haruto, first hockey game ever", ["haruto"]),
    ("brunch with ellie, $28 for eggs, peak city life", ["ellie"]),
    ("dinner with grace tonight, the good kind", []),
    ("nana's 90th at the club, our kayleigh did a speech", ["kayleigh"]),
    ("our house is a mess and our hope is in the lord", []),
    ("with love from all of us at home", []),
])
def test_a_name_after_with(checker, text, expected):
    assert [f.text for f in checker.check(text, profile=SOCIAL) if f.category == "personal_name"] == expected


def test_a_sentence_opening_in_lowercase_with_a_name_in_a_tidy_post(checker):
    text = "Scarlets were shocking today. rhodri still made us sing the whole way home on the coach"
    assert "rhodri" in [f.text for f in checker.check(text, profile=SOCIAL)]
    assert [f.text for f in checker.check("We had a lovely day. Thank you so much.", profile=SOCIAL)] == []


@pytest.mark.parametrize("text, expected", [
    ("swab drive for our girl saturday, church hall, 10-2", []),
    ("my sister june is coming to the drive", ["my sister june"]),
])
def test_a_weekday_or_month_after_a_family_word(checker, text, expected):
    assert [f.text for f in checker.check(text, profile=SOCIAL) if f.category == "personal_name"] == expected


def test_a_song_on_repeat(checker):
    assert [f.text for f in checker.check("jolene on repeat while i clean the whole house", profile=SOCIAL)] == []
    assert "jolene" in " ".join(f.text for f in checker.check("my daughter jolene is home from the ward", profile=SOCIAL))


@pytest.mark.parametrize("text", [
    "three up at half time and the whole pub is singing",
    "lost in OT again, going to bed",
])
def test_the_parts_of_a_game_are_no_place(checker, text):
    assert [f.text for f in checker.check(text, profile=SOCIAL)] == []


@pytest.mark.parametrize("text, found, category", [
    ("coach at st kevin's let the whole hurling team sign up", "st kevin", "organization"),
    ("we moved to st. paul last year", "st. paul", None),
])
def test_a_saints_name_is_the_place_or_church_named_after_them(checker, text, found, category):
    findings = checker.check(text, profile=SOCIAL)
    assert any(found in f.text and (category is None or f.category == category) for f in findings)
    assert not any(f.category == "personal_name" for f in findings)


def test_a_ward_is_no_group(checker):
    text = "anyone been through the BMT unit? starting conditioning next week"
    assert [f.text for f in checker.check(text, profile=SOCIAL) if f.category == "affiliation"] == []


def test_a_town_the_model_and_a_place_list_agree_on(checker):
    findings = checker.check("pies lost and the whole of preston is in mourning", profile=SOCIAL)
    assert ("preston", "location") in [(f.text, f.category) for f in findings]
    assert ("rocco", "personal_name") in [(f.text, f.category) for f in checker.check("it's me, rocco", profile=SOCIAL)]


@pytest.mark.parametrize("text, expected", [
    ("graduation today!! mum ululating the whole ceremony", []),
    ("my cousin sterling is coming to the drive", ["my cousin sterling"]),
    ("neutropenic diet is rough. i DREAM of a runny egg", []),
])
def test_what_a_relative_is_doing_and_a_stressed_word(checker, text, expected):
    assert [f.text for f in checker.check(text, profile=SOCIAL) if f.category in ("personal_name", "organization")] == expected


@pytest.mark.parametrize("text", [
    "All-Ireland final Sunday and the house is already decked out in flags",
    "The swab drive is on after both Masses this Sunday in the hall, bring a friend.",
])
def test_a_compound_and_the_masses_of_a_parish_name_no_place(checker, text):
    assert [f.text for f in checker.check(text, profile=SOCIAL) if f.category == "location"] == []
