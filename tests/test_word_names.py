"""Given names that are words too beyond the census list (rules/en/gazetteers/first-names-words.txt: "juniper", "tucker",
"goodluck", "lovemore"), named only by a strong cue, and a perfect tense between a name and what only people do ("haven
has already packed her bag"). Positives and ordinary posts that must stay clean, with other names than the corpora's."""
from __future__ import annotations

import pytest

from posts import check_clean, check_positive, covers, findings, shown


@pytest.mark.parametrize(
    "text, name",
    [
        ("me and juniper are hitting the farmers market", "juniper"),
        ("goodluck drove me to the clinic at 5am", "goodluck"),
        ("lovemore and i swabbed at the drive today", "lovemore"),
        ("cooper texted me from the ward, counts are up", "cooper"),
        ("my daughter storm rang the bell today", "storm"),
    ],
)
def test_a_word_name_with_a_strong_cue(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("haven has already packed her bag for the hospital", "haven"),
        ("rose has texted me twice", "rose"),
        ("pepper has lost her favourite toy again", "pepper"),
        ("ember had finally baked the cake for the nurses", "ember"),
    ],
)
def test_a_perfect_tense_after_a_word_name(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "the rain has finally stopped",
        "my memory has gone completely",
        "the storm has already knocked out the power",
        "wisdom says sleep before the donation",
        "knowledge says hydrate the day before",
        "peace and quiet at last",
        "ocean was freezing today lol",
        "cedar smoked salmon for dinner",
        "talent show at school tonight",
        "comfort food after platelets",
        "It is 7 degrees and raining sideways. Lovely.",
        "hope has finally brought us peace",
    ],
)
def test_word_names_as_words(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("tell uncle ray the truck is fixed, he can stop worrying now", "ray"),
        ("auntie pearl is coming up saturday to sit with him", "pearl"),
    ],
)
def test_a_word_name_after_a_family_title(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)


@pytest.mark.parametrize("text", ["grandma rose early to bake for the nurses", "my uncle will drive us to clinic tomorrow"])
def test_a_verb_after_a_family_word_is_no_name(checker, text):
    assert not findings(checker, text), shown(checker, text)


@pytest.mark.parametrize("text, words", [("anjukutty is 4 today and finally home from the ward 🎂", "anjukutty"),
                                          ("our thandolwethu turned 9 yesterday, cancer free for two years", "thandolwethu")])
def test_a_name_no_list_holds_saying_how_old_it_is(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)


@pytest.mark.parametrize("text", ["spotify is 15 years old apparently", "paracetamol is 2 hours apart from the other one lol"])
def test_a_thing_saying_how_old_it_is_is_no_one(checker, text):
    assert not findings(checker, text), shown(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("popped round to see brendas grandson today, hes on the mend", "brenda"),
        ("tell sunny i said thanks for the lift, legend", "sunny"),
        ("give nan our love and tell pearl we miss her", "pearl"),
        ("drinks at the club for kayleigh's 40th tonight", "kayleigh"),
    ],
)
def test_a_name_owning_without_an_apostrophe_or_a_birthday_or_sent_a_message(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)


@pytest.mark.parametrize("text", ["the nurses grandson came in to say hi", "tell mum i said hi from the ward", "the doctors surgery was packed today"])
def test_a_plural_before_a_family_word_is_no_owner(checker, text):
    assert not findings(checker, text), shown(checker, text)


@pytest.mark.parametrize("text, words", [("cheers chazza for the lift home mate", "chazza"), ("massive thanks to jazza for the lasagne", "jazza")])
def test_a_short_form_made_by_rule_after_a_cue(checker, text, words):
    # first-names-derived.txt (scripts/build_first_names_derived.py): Charlie -> chazza, Jarrod -> jazza
    assert covers(checker, text, words), shown(checker, text)


@pytest.mark.parametrize("text, words", [("my cousin de'shawn scored twice tonight", "de'shawn"), ("so proud of my nephew ja'quan, first swab drive", "ja'quan")])
def test_a_name_no_list_holds_with_an_apostrophe_inside_after_a_family_word(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("the whole club turned up for réaltín today, she was buzzing", "réaltín"),
        ("sully and i did the swab drive at the rugby club", "sully"),
        ("drinks at the club for paddy's 70th tonight, first night out since", "paddy"),
    ],
)
def test_irish_and_australian_names_and_word_names_with_a_cue(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)


@pytest.mark.parametrize("text, words", [("this one's for big dave who never got his match 🕊️", "dave"), ("shoutout to mike who drove me to every appointment", "mike")])
def test_a_name_that_is_a_word_too_before_who(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)


@pytest.mark.parametrize("text", ["shoutout to the nurses who stayed late", "my mum who never cries cried today", "anyone who can swab pls come"])
def test_people_words_before_who_are_no_names(checker, text):
    assert not findings(checker, text), shown(checker, text)


@pytest.mark.parametrize("text, words", [("#caoimhesfight day 12, counts coming up slowly", "#caoimhesfight"), ("#jaxonsjourney continues, home next week", "#jaxonsjourney")])
def test_a_lowercase_hashtag_of_a_name_and_its_fight(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)
