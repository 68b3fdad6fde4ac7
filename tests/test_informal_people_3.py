"""People and pets in lowercase posts, fourth push: a pet named with a word before an -s verb ("my cat mango knows"), a
name before a bracket saying how the writer is related ("theo (my godson, 4)"), a neighbour ("pete next door"), a child
called by an endearment and a word of size ("my little man kwame"), a sign-off after an emoji, a name that is a word
too before a past tense only people do ("ruby baked a cake"), Filipino nicknames after a family title ("kuya boy"),
first names of more of the world, and the newer words and dishes that are no names ("donor fundraiser", "easy
peasy", "pancit"). Positives and ordinary posts that must stay clean, with other names than the corpora's."""
from __future__ import annotations

import pytest

from posts import SOCIAL, check_clean, check_positive, names_in


# --- a pet named with an everyday word, before one of the commonest verbs with its -s
@pytest.mark.parametrize(
    "text, name",
    [
        ("my cat mango knows when i'm sad", "mango"),
        ("our dog biscuit thinks the swab kit is a toy", "biscuit"),
        ("my rabbit clover hates the vet", "clover"),
    ],
)
def test_a_pet_before_an_s_verb(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "my dog really knows when i'm sad",
        "my cat always knows",
        "my dog food smells awful",
        "my cat litter smells",
        "my dog barely eats since the move",
        "my cat scratcher works great",
        "my puppy clearly wants out",
    ],
)
def test_no_pet_name_before_an_s_verb(checker, text):
    check_clean(checker, text)


# --- a name before a bracket that says how the writer is related
@pytest.mark.parametrize(
    "text, name",
    [
        ("theo (my godson, 4) wants to know if it hurt", "theo"),
        ("bea (my sister) drove me to every appointment", "bea"),
        ("chinonso (my cousin) came all the way from enugu", "chinonso"),
    ],
)
def test_a_name_before_a_bracketed_relation(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "lunch (my treat) was great",
        "the car (my dad's) broke down on the way",
        "swabbed today (my sister made me)",
    ],
)
def test_no_name_before_other_brackets(checker, text):
    check_clean(checker, text)


# --- a neighbour
@pytest.mark.parametrize(
    "text, name",
    [
        ("pete next door mowed my lawn all month", "pete"),
        ("ruby from across the road brought a casserole", "ruby"),
        ("ingrid upstairs fed my fish while i was in", "ingrid"),
    ],
)
def test_a_neighbour(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "the party next door was so loud",
        "noise from next door all night",
        "ran upstairs to grab the swab kit",
        "love from next door 💕",
        "cake from across the road, bless them",
    ],
)
def test_no_neighbour_in_ordinary_posts(checker, text):
    check_clean(checker, text)


# --- a child called by an endearment and a word of size
@pytest.mark.parametrize(
    "text, name",
    [
        ("my little man kwame rang the bell today", "kwame"),
        ("our lil lady zuri turned 3", "zuri"),
    ],
)
def test_an_endearment_and_a_name(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    ["my little man finished chemo today", "our little lady turned 3", "my little one said the funniest thing", "my big man is so brave"],
)
def test_an_endearment_alone(checker, text):
    check_clean(checker, text)


# --- a sign-off after an emoji
@pytest.mark.parametrize(
    "text, name",
    [("thank u all for the cards 💛 bex", "bex"), ("miss you all 😭🙏 kofi", "kofi")],
)
def test_a_signoff_after_an_emoji(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    ["love u all ❤️ xx", "thanks so much 🙏 guys", "love this ❤️ lol", "thanks 🙏 everyone", "love u 💕 always", "thanks again 🙏 amen"],
)
def test_no_signoff_after_an_emoji(checker, text):
    check_clean(checker, text)


# --- a first name that is a word too, before a past tense only people do
@pytest.mark.parametrize(
    "text, name",
    [("ruby baked a cake for the nurses", "ruby"), ("dawn drove me to the clinic at 5am", "dawn"), ("ivy texted the whole group chat", "ivy")],
)
def test_a_word_name_acting(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "hope kept me going through the worst of it",
        "faith got me through",
        "summer came early this year",
        "art helped me through chemo",
        "love brought us here",
        "the sun came out after the draw",
    ],
)
def test_no_word_name_where_a_thing_acts(checker, text):
    check_clean(checker, text)


# --- Filipino nicknames that are family words too, after a family title
@pytest.mark.parametrize(
    "text, name", [("kuya boy drove me to the apheresis", "boy"), ("tita baby cooked for the whole ward", "baby")]
)
def test_a_nickname_after_a_family_title(checker, text, name):
    check_positive(checker, text, name)


def test_no_nickname_in_a_compound(checker):
    check_clean(checker, "my tita baby-sat the kids")


# --- first names of more of the world
@pytest.mark.parametrize(
    "text, name",
    [
        ("tamati and nikau came to the drive", "tamati"),
        ("seun said he'd swab too", "seun"),
        ("thommo reckons it's a good cause", "thommo"),
        ("eilidh just texted me from the ward", "eilidh"),
        ("#WojtekStrong 💙 swab for my cousin", "#WojtekStrong"),
        ("chuy drove 3 hours to sit with me", "chuy"),
    ],
)
def test_world_first_names(checker, text, name):
    check_positive(checker, text, name)


# --- newer words and dishes are no names
@pytest.mark.parametrize(
    "text",
    [
        "donor fundraiser this saturday at the rec",
        "swabbed today, easy peasy",
        "we had pancit and lumpia after the drive",
        "made jollof for the whole ward",
        "donor meetup videos make me cry every time",
    ],
)
def test_newer_words_and_dishes(checker, text):
    check_clean(checker, text)


# --- a first name of the lists and a popular pet name as a plural subject
@pytest.mark.parametrize(
    "text, name",
    [("kemi and biscuit were waiting at the door", "biscuit"), ("tolu and moose went for a walk", "moose")],
)
def test_a_person_and_a_pet_as_a_subject(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    ["matcha and boba are my weakness", "ramen and tea were dinner again", "salt and pepper are on the table"],
)
def test_no_pair_of_things(checker, text):
    check_clean(checker, text)


def test_wine_beside_a_name_is_no_pet(checker):
    assert "wine" not in names_in(checker, "jess and wine are my only friends this week")


# --- chat "lil" and dishes named by a phrase
@pytest.mark.parametrize(
    "text",
    ["lil update from the ward", "lil reminder that it takes 2 min to swab", "bringing the mac and cheese to the potluck", "mac n cheese again lol"],
)
def test_no_name_in_chat_or_a_dish(checker, text):
    check_clean(checker, text)


# --- "ate", the Filipino title for an older sister, opening a sentence before a name and what people do
@pytest.mark.parametrize(
    "text, name", [("ate liza said she'd bring lumpia", "liza"), ("ate rose brought flowers to the ward", "rose")]
)
def test_ate_opening_before_a_name(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize("text", ["ate pizza said the sign", "i ate rice then slept", "ate my weight in pancit"])
def test_ate_the_verb(checker, text):
    check_clean(checker, text)


# --- two lowercase names the informal model took for a group are names, not an organisation
def test_names_joined_are_no_organisation(checker):
    text = "nkem and yaw are fighting over the aux again"
    found = checker.check(text, profile=SOCIAL)
    assert not any(f.category == "organization" for f in found), found
    check_positive(checker, text, "yaw")
