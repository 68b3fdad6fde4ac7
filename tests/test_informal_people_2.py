"""People and pets in lowercase posts, third push (issue 10): a word no list holds is a name only with a second cue
or a short form's shape; a name joined to a found one, two names as a pair subject, a name after "little"/"big", a
name before what only people do to the writer ("texted me"), short forms and initials signing off, pets named with
everyday words by what follows them, and family words of other languages that are English words too. Positives and
ordinary posts that must stay clean, with other names than the corpora's."""
from __future__ import annotations

import pytest

from posts import SOCIAL, check_clean, check_positive, names_in


# --- a word no dictionary holds is no name by where it stands alone: foods, apps, medicines
@pytest.mark.parametrize(
    "text, name",
    [
        ("me and jojo did the 5k for the registry", "jojo"),  # a doubled syllable, a short form's shape
        ("baz and i swabbed together lol", "baz"),  # consonant, vowel, z
        ("funmi's scans are clear!!!", "funmi"),  # an event owned: a second cue
        ("lmao segun really slept through the whole thing", "segun"),  # a West African name the lists now hold
    ],
)
def test_a_name_beside_the_writer_or_owning_an_event(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "matcha and i are on a break",
        "me and ramen tonight",
        "kpop and i go way back",
        "pedialyte really saved me",
        "insta really ate today",
        "zofran really helped so much",
        "boba and i have a complicated relationship",
        "oatly and i are done",
        "lmao duolingo really said no",
        "me and tiktok at 3am",
        "gatorade really saved me after the draw",
    ],
)
def test_foods_apps_and_medicines_beside_the_writer_are_no_names(checker, text):
    check_clean(checker, text)


# --- a second name joined to a found one, and two names as the subject
@pytest.mark.parametrize(
    "text, name",
    [
        ("kemi and tolu are fighting over the remote again", "tolu"),
        ("kemi and tolu are fighting over the remote again", "kemi"),
        ("the twins bayo and efua turned 3 today", "efua"),
        ("lol kwabena and akosua both cried at the airport", "akosua"),
        ("my nephews femi and dayo came to the drive", "dayo"),
        ("bosede and chinedu both signed up at church", "bosede"),  # one listed, the other no word
    ],
)
def test_a_second_name_joined_to_a_name(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "salt and pepper are the only seasonings i can taste rn",
        "matcha and boba are my whole personality",
        "chemo and radiation are done",
        "my sister and her husband came to visit",
        "cats and dogs and hamsters, i love them all",
        "tea and toast and bed, lol",
        "uber and lyft are both surging tonight",
        "venmo and zelle are both down again",
        "ramen and gyoza were all i wanted after the draw",
    ],
)
def test_ordinary_pairs_are_no_names(checker, text):
    check_clean(checker, text)


# --- a first name after a word of size or age
@pytest.mark.parametrize(
    "text, name",
    [
        ("tiny luca drew me a heart on my plaster", "luca"),
        ("lil zainab made me a card", "zainab"),
        ("hugged big tomasz at the drive today", "tomasz"),
        ("old pete from next door brought soup", "pete"),
    ],
)
def test_a_name_after_little_or_big(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "tiny house living is not for me",
        "little by little the fatigue is lifting",
        "old habits die hard, back at the gym already",
        "baby steps but i'm walking again",
        "big news coming soon, stay tuned",
        "little things like soup make recovery bearable",
        "big thanks to everyone who swabbed",
    ],
)
def test_size_words_before_ordinary_words_are_no_names(checker, text):
    check_clean(checker, text)


# --- what only people do to the writer: a name that is a word too counts before it
@pytest.mark.parametrize(
    "text, name",
    [
        ("priya just texted me good luck", "priya"),
        ("hope called me after the transplant", "hope"),
        ("ugh so faith facetimed me at 6am", "faith"),
        ("dawn just sent me the sweetest card", "dawn"),
    ],
)
def test_a_name_before_what_people_do_to_the_writer(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "the hospital called me about my results",
        "work called me in on my day off",
        "the clinic just texted me my appointment time",
        "hr called me into a meeting",
        "mom called me crying happy tears",
        "honey texted me a pic of the cake, she's the best",
        "babe just sent me the cutest video",
        "life just sent me a reminder to slow down",
        "someone called me brave today and i cried",
        "will send me the link when the clinic confirms",  # the modal before a base form ("will sent me" is someone: test_informal_people_10)
        "karma called me out today",
        "mark called me out for skipping meals lol",
        "bill just sent me into a spiral, $400 for parking",
    ],
)
def test_ordinary_callers_are_no_names(checker, text):
    check_clean(checker, text)


# --- a short form or an initial signing off
@pytest.mark.parametrize(
    "text, name",
    [
        ("see you at the drive. bex xx", "bex"),
        ("miss you all. dotty x", "dotty"),
        ("thanks for the flowers, love, r", "r"),
    ],
)
def test_a_short_form_or_initial_signing_off(checker, text, name):
    s = text.rindex(name)
    assert any(f.category == "personal_name" and f.start <= s < f.end for f in checker.check(text, profile=SOCIAL)), (text, names_in(checker, text))


@pytest.mark.parametrize(
    "text",
    [
        "love you all, see you soon xx",
        "night night xx",
        "thanks everyone xx",
        "going to bed now. nite xx",
        "feeling so lucky today. much love xx",
        "i love u",
        "love ya x",
        "ok bye xx",
        "can't wait, love u",
        "happy friday. tgif xx",
        "bye for now. tty xx",
        "one more sleep. eek xx",
        "thanks everyone xx tgif",
        "see you soon. mum xx",
    ],
)
def test_ordinary_closings_are_no_names(checker, text):
    check_clean(checker, text)


# --- pets named with everyday words, by what follows
@pytest.mark.parametrize(
    "text, name",
    [
        ("a walk with pip and noodle, both dogs soaked", "noodle"),
        ("a walk with pip and noodle, both dogs soaked", "pip"),
        ("rip sprout, bestest hamster there ever was", "sprout"),
        ("walked waffles round the park and she sniffed everything 🐶", "waffles"),
        ("nugget refuses to get off my lap 🐱", "nugget"),
        ("fed crumpet and went back to bed, my cat owns me", "crumpet"),
        ("rip pretzel, goodest boy there ever was", "pretzel"),
        ("walked dumpy round the block and he sniffed every single lamppost", "dumpy"),  # no pet word: walked, then "he"
    ],
)
def test_a_pet_named_with_an_everyday_word(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "rip my phone, it fell in the toilet",
        "rip sleep, new puppy in the house",
        "rip the couch, the puppy ate it",
        "walked the dog and then napped for three hours",
        "fed the baby and passed out on the couch",
        "walked home from the clinic, felt great",
        "walked the puppy around the block twice 🐶",
        "fed up with waiting for my results",
        "nap refuses to happen with a puppy in the house 🐶",
        "pizza, best food ever, no debate",
        "chips and salsa, the best dog treat? no, don't",
        "everyone loves the dog more than me 🐶",
        "walked laps around the ward and she cheered me on",
        "walked miles round the lake with my mum, she was tired",
        "walked barefoot around the garden and he laughed",
        "walked upstairs to the ward, she was there",
    ],
)
def test_ordinary_posts_about_pets_name_none(checker, text):
    check_clean(checker, text)


# --- a family word of another language that is an English word too
@pytest.mark.parametrize(
    "text, name",
    [
        ("my ate rose flew in for the donation", "rose"),
        ("our ate grace drove me to the clinic", "grace"),
    ],
)
def test_a_name_after_a_family_word_of_another_language(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "i ate joy's fries at lunch",
        "i ate grace's leftovers oops",
        "my ate a whole pizza? no i did",
        "got a ruby red lipstick for the donor gala and i'm feeling myself",
    ],
)
def test_ate_as_a_verb_names_none(checker, text):
    check_clean(checker, text)


# --- a name owning a relative, a name before "is my" and a family word, "me n", "w/"
@pytest.mark.parametrize(
    "text, name",
    [
        ("yinka's mum drove me to the clinic", "yinka"),
        ("so grateful for deji's wife, she brought soup", "deji"),
        ("toyin is my donor and i just met her!!", "toyin"),
        ("kwabena was my brother's best friend", "kwabena"),
        ("me n kofi went to the drive together", "kofi"),
        ("dinner w/ tola tonight, so needed", "tola"),
    ],
)
def test_a_name_by_the_people_around_it(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "everyone's mum was at the drive",
        "is anyone else's mum this dramatic about needles",
        "the nurse's husband is also a donor lol",
        "coffee is my best friend",
        "sleep is my best friend this week",
        "the registry is my new family",
        "insta's new update is trash",
        "hope is my middle name lol",
        "me n my sister swabbed together",
        "dinner w/ my family tonight",
        "summer called me back outside",
        "summer just called me, the beach is calling",
    ],
)
def test_ordinary_owners_and_callers_name_none(checker, text):
    check_clean(checker, text)


# --- a name before where the writer knows them from
@pytest.mark.parametrize(
    "text, name",
    [
        ("kemi from church drove me to my appointment", "kemi"),
        ("lunch with dapo from work, he's a donor too", "dapo"),
        ("ifeoma from next door brought jollof", "ifeoma"),
        ("sunny from the registry called to check in", "sunny"),
    ],
)
def test_a_name_before_where_the_writer_knows_them_from(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "help from church has been amazing",
        "a text from work ruined my nap",
        "the girl from school messaged me",
        "food from church every night this week",
        "calls from the clinic at 7am are brutal",
        "news from the registry: they found a match",
        "flowers from my team arrived today",
        "everyone from work signed the card",
        "someone from the registry called me",
        "cards from school kids made me cry",
    ],
)
def test_things_from_places_name_none(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("will said he'd get swabbed too if i stopped nagging", "will"),
        ("mark says he's coming to the drive saturday", "mark"),
        ("ngozi swore she'd sign up after my harvest", "ngozi"),
    ],
)
def test_a_name_that_says_something_of_itself(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "he said he'd call back after lunch",
        "everyone said she'd be fine",
        "time will tell if she's a match",
        "my sister said she'd come to the clinic",
        "nobody says she's wrong about that",
    ],
)
def test_people_without_a_name_saying_things_name_none(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("anjali didi made me halwa after the donation", "anjali"),
        ("sanjay bhaiya drove me to the hospital", "sanjay"),
        ("rekha aunty sent food for the whole ward", "rekha"),
    ],
)
def test_a_name_before_a_respectful_word(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize(
    "text",
    ["my aunty sent food for the whole ward", "the uncle at the counter was so kind", "thank you so much aunty",
     "our favourite uncle came to visit", "big bro energy today"],
)
def test_respectful_words_without_a_name_name_none(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize("text, name", [("my ouma thandi sent rusks for my recovery", "thandi"), ("my bibi wanjiru prayed for my donor", "wanjiru")])
def test_grandparents_named_in_afrikaans_and_swahili(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize("text", ["siblings ftw, we're both on the registry now", "fyi the drive moved to saturday", "fomo is real, missed the swab drive"])
def test_chat_abbreviations_are_no_names(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize("text, name", [("love, the mensah fam 💛 thank you for sharing", "mensah"), ("from the oyelaran family xx", "oyelaran")])
def test_a_family_signing_by_its_surname(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize("text", ["love, the whole fam", "thanks the best family ever", "from the night shift crew xx"])
def test_a_family_signing_without_a_surname_names_none(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize("text, name", [("walked waffles twice today and she's still bouncing", "waffles")])
def test_a_pet_walked_again_and_spoken_of_after(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize("text", ["walked home twice today and she laughed at me", "walked miles today and he said well done"])
def test_walking_somewhere_names_no_pet(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize("text, name", [("cillian owes me three pints after that", "cillian"), ("pints after work, rhys shouted the whole round", "rhys")])
def test_a_first_name_that_is_nothing_else_opening_a_clause(checker, text, name):
    check_positive(checker, text, name)


@pytest.mark.parametrize("text", ["telly is on but nobody is watching", "arvo nap after the clinic", "asante sana to everyone who came"])
def test_words_of_other_englishes_opening_a_clause_name_none(checker, text):
    assert [f.text for f in checker.check(text, profile="nmdp-social") if f.detector == "names"] == []


@pytest.mark.parametrize("text, initials", [
    ("to everyone still on the list: hold on. — tk", "tk"),
    ("swab kits are in the post, go go go - ajw", "ajw"),
    ("see u at the drive -jm", "jm"),
])
def test_lowercase_initials_after_a_dash_sign_a_post(checker, text, initials):
    assert initials in {f.text for f in checker.check(text, profile="nmdp-social")}


@pytest.mark.parametrize("text", [
    "results friday - eek", "home at last - ugh", "that's the update - tmi", "need a nap - zzz", "miss u all - xo",
])
def test_sounds_and_chat_after_a_dash_stay_clean(checker, text):
    assert not checker.check(text, profile="nmdp-social")
