"""People in posts written in lowercase with weak cues (issue 10): a name as a clause's subject, owning a
medical or life event, closing a post, after a hyphenated or slang family word, a pet by where it stands, a
colleague by their department, a day or month that is a first name. Positives and ordinary posts that must
stay clean, with other names than the corpora's."""
from __future__ import annotations

import pytest

SOCIAL = "nmdp-social"


def found(checker, text, profile=SOCIAL):
    return checker.check(text, profile=profile)


def names_in(checker, text, profile=SOCIAL):
    return {f.text.lower() for f in found(checker, text, profile) if f.category == "personal_name"}


def covers_name(checker, text, word, profile=SOCIAL):
    """Some personal-name finding overlaps `word` in `text`."""
    s = text.lower().index(word.lower())
    e = s + len(word)
    return any(f.category == "personal_name" and f.start < e and s < f.end for f in found(checker, text, profile))


# --- a name opening a clause: the subject of a verb, or paired with the writer
@pytest.mark.parametrize(
    "text, name",
    [
        ("omg obinna really slept through the whole collection", "obinna"),
        ("deshawn says the swab kit came today", "deshawn"),
        ("kez and i both signed up at the drive 💪", "kez"),
        ("me and priyanka are doing the 5k for the registry", "priyanka"),
        ("so nat texted me at 6am asking if i was nervous", "nat"),
        ("jade and i finally matched with the same clinic", "jade"),
        ("me and will got the call on the same day", "will"),
    ],
)
def test_a_name_opening_a_clause_as_its_subject(checker, text, name):
    assert covers_name(checker, text, name), (text, names_in(checker, text))


@pytest.mark.parametrize(
    "text",
    [
        "the rose and i were the only things blooming in that yard",
        "roses are red and so is my arm after the draw",
        "honestly just really tired after the clinic today",
        "everyone says the second donation is easier",
        "nobody and i mean nobody warned me about the juice",
        "traffic really said no to my appointment this morning 😩",
        "apheresis and i are not friends lol",
        "coffee and i have an understanding",
        "tylenol really said not today",
        "me and covid finally parted ways",
        "yayyy finally got the call",
        "ugh mgmt just moved my shift again",
        "ok so dr and i talked for an hour",
        "bf and i are swabbing together",
    ],
)
def test_ordinary_subjects_are_no_names(checker, text):
    assert not names_in(checker, text), text


# --- a first name after a verb said of people
@pytest.mark.parametrize(
    "text, name",
    [
        ("blame ruby lol she picked the playlist", "ruby"),
        ("tell kofi i said good luck tomorrow", "kofi"),
        ("pls thank jade 💕 she drove me home", "jade"),
    ],
)
def test_a_first_name_after_a_verb_said_of_people(checker, text, name):
    assert covers_name(checker, text, name), (text, names_in(checker, text))


@pytest.mark.parametrize(
    "text",
    [
        "blame the weather lol",
        "ask will you be there, they need a headcount",
        "tell everyone i said thanks",
        "hug ray of sunshine that she is",
    ],
)
def test_ordinary_objects_are_no_names(checker, text):
    assert not names_in(checker, text), text


# --- a name owning a medical or life event
@pytest.mark.parametrize(
    "text, name",
    [
        ("everyone please keep ayodele's transplant in your prayers this week", "ayodele"),
        ("raffle for nico's chemo bills, link in bio", "nico"),
        ("zaid's scans came back clear!!!", "zaid"),
    ],
)
def test_a_name_owning_an_event(checker, text, name):
    assert covers_name(checker, text, name), (text, names_in(checker, text))


@pytest.mark.parametrize(
    "text",
    [
        "today's infusion took forever but we made it",
        "the hospital's discharge process is a maze",
        "the world's longest appointment, i swear",
        "everyone's recovery looks different, be patient with yourself",
    ],
)
def test_an_ordinary_owner_of_an_event_is_no_name(checker, text):
    assert not names_in(checker, text), text


# --- a short form closing a post
@pytest.mark.parametrize(
    "text, name",
    [
        ("can't wait to see you all at the drive on saturday xx tash", "tash"),
        ("you're all amazing, thank you for the cards. love, mimz", "mimz"),
        ("swabbed at lunch, easiest thing i've done all year - kaz", "kaz"),
    ],
)
def test_a_short_form_signing_off_a_post(checker, text, name):
    assert covers_name(checker, text, name), (text, names_in(checker, text))


@pytest.mark.parametrize(
    "text",
    [
        "i love ikea",
        "back home and resting, thanks everyone xx",
        "the clinic was freezing - bring a hoodie",
        "day three of recovery, love, gratitude",
        "see y'all at the drive - mgmt",
        "ok bye xx mwah",
    ],
)
def test_ordinary_endings_are_no_sign_offs(checker, text):
    assert not names_in(checker, text), text


# --- family words written with hyphens or in slang before a name
@pytest.mark.parametrize(
    "text, name",
    [
        ("my brother-in-law femi drove me to every appointment", "femi"),
        ("my step-mom dana brought soup", "dana"),
        ("my nephew's wife yewande organised the whole drive", "yewande"),
    ],
)
def test_a_hyphenated_or_compound_family_word_before_a_name(checker, text, name):
    assert covers_name(checker, text, name), (text, names_in(checker, text))


@pytest.mark.parametrize(
    "text, span",
    [
        ("my nephew's wife yewande organised the whole drive", "my nephew's wife yewande"),
        ("my big sis tola swabbed first", "my big sis tola"),
        ("my great-aunt dolores knitted me a blanket", "my great-aunt dolores"),
    ],
)
def test_the_family_words_are_reported_whole_with_the_name(checker, text, span):
    assert span in names_in(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "my mother-in-law is the reason i signed up",
        "my step-dad drove me to the clinic",
        "my sister-in-law and i both swabbed",
    ],
)
def test_a_hyphenated_family_word_alone_names_no_one(checker, text):
    assert not names_in(checker, text), text


# --- pets by where they stand
@pytest.mark.parametrize(
    "text, name",
    [
        ("shoutout to pickle my emotional support hedgehog for the cuddles", "pickle"),
        ("my tabby zuzu slept on my lap the whole recovery", "zuzu"),
        ("introducing our new husky, kodiak!", "kodiak"),
        ("my corgi taro stole the gauze off my arm 😭", "taro"),
        ("my golden clementine is on nurse duty today", "clementine"),
        ("our golden retriever pepper has not left my side", "pepper"),
        ("my cat sunshine was not impressed by the bandage", "sunshine"),
    ],
)
def test_a_pet_named_by_where_it_stands(checker, text, name):
    assert covers_name(checker, text, name), (text, names_in(checker, text))


@pytest.mark.parametrize(
    "text",
    [
        "took my dog outside before the appointment",
        "fed my cat breakfast and drove to the clinic",
        "love my dog so much",
        "my dog walker cancelled so my neighbour stepped in",
        "thanks to my dog for waking me at 5am",
        "my dog smells 😂",
        "walked my dog twice.",
        "the golden hour at the beach was unreal",
        "my golden years are going to be spent donating",
        "Dinner at Golden Corral with the whole family after the swab drive",
        "We walked past Husky Stadium on the way to the clinic",
        "thanks honey, my dog is fine",
    ],
)
def test_ordinary_words_beside_a_pet_word_are_no_pet_name(checker, text):
    assert not names_in(checker, text), text


# --- a colleague named by their department
@pytest.mark.parametrize(
    "text, name",
    [
        ("huge thanks to sunny from payroll for sorting my leave", "sunny"),
        ("ask ifeanyi in billing, he knows the donor leave forms", "ifeanyi"),
        ("had lunch with marisol from marketing who is also a donor", "marisol"),
    ],
)
def test_a_colleague_named_by_their_department(checker, text, name):
    assert covers_name(checker, text, name), (text, names_in(checker, text))


@pytest.mark.parametrize(
    "text",
    [
        "ask someone in hr about donor leave",
        "shout out to everyone from payroll",
        "got an email from billing about the parking fee",
        "thanks to all in marketing for the cake",
    ],
)
def test_a_department_alone_names_no_one(checker, text):
    assert not names_in(checker, text), text


# --- a day or month that is a first name, before a surname
@pytest.mark.parametrize(
    "text, name",
    [
        ("Sunday Okonkwo, a teacher in Leeds, joined the register after a school assembly.", "Sunday Okonkwo"),
        ("Her coordinator, April Nwachukwu, called the next morning.", "April Nwachukwu"),
    ],
)
def test_a_day_or_month_as_a_first_name(checker, text, name):
    assert covers_name(checker, text, name), (text, names_in(checker, text))


@pytest.mark.parametrize(
    "text",
    [
        "We went to Sunday Mass before the appointment.",
        "The clinic was shut for May Day.",
        "Sunday Funday at the donor centre, who knew.",
        "The drive runs every Saturday Morning this month.",
    ],
)
def test_days_and_months_in_ordinary_phrases_name_no_one(checker, text):
    assert not names_in(checker, text), text


@pytest.mark.parametrize(
    "text, date, name",
    [
        ("In June Adebayo called me with the news.", "June", "Adebayo"),
        ("Last Sunday Kwabena drove me to the clinic.", "Sunday", "Kwabena"),
    ],
)
def test_a_day_or_month_after_a_date_word_stays_out_of_the_name(checker, text, date, name):
    names = names_in(checker, text)
    assert not any(date.lower() in n for n in names), (text, names)
