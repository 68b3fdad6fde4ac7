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


@pytest.mark.parametrize(
    "text, pet",
    [
        ("me, a blanket, and crumpet the cat keeping my feet warm", "crumpet"),
        ("say hi to admiral, my tortoise, who is older than me", "admiral"),
        ("recovery crew today: mochi (my rabbit) and a lot of tea", "mochi"),
        ("our rescue mutt pretzel has not left the couch since i got home", "pretzel"),
    ],
)
def test_a_pet_named_with_a_word_by_where_it_stands(checker, text, pet):
    """A name in apposition to a pet word, or a word after "our dog" that a verb follows."""
    assert covers(checker, text, pet), (text, flagged(checker, text))


@pytest.mark.parametrize(
    "text",
    [
        "drew a little doodle of the dog in my notebook while waiting",
        "every time it storms my cat hides and honestly same",
        "my dog walker is the best human alive",
        "my cat finally has a vet appointment",
        "walked the dog, fed the cat, now donating",
        "coffee, my cat and a heating pad. perfect recovery day",
    ],
)
def test_verbs_and_things_beside_a_pet_word_are_no_pet_name(checker, text):
    assert not [f for f in found(checker, text) if f.category == "personal_name"], flagged(checker, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("yo desmond thx for the lift, owe u one", "desmond"),
        ("the whole family group chat is crying 😭 ok beatrice", "beatrice"),
        ("congrats to ingrid on finishing her last shot of filgrastim", "ingrid"),
    ],
)
def test_a_lowercase_first_name_spoken_to(checker, text, name):
    assert covers(checker, text, name), (text, flagged(checker, text))


@pytest.mark.parametrize("text", ["Hey Siri, remind me to drink water before collection", "ok so the registry called back", "hey alexa play something calm"])
def test_greetings_before_a_device_or_a_word_name_no_one(checker, text):
    assert not [f for f in found(checker, text) if f.category == "personal_name"], flagged(checker, text)


def test_a_name_the_model_placed_is_a_person_and_its_chat_words_are_trimmed(checker):
    # the informal model's span edges are loose in slang: the finding is the name alone
    text = "new phone who dis. jk it's me, giorgio, donor as of this morning"
    names = [f for f in found(checker, text) if f.category == "personal_name"]
    assert [f.text for f in names] == ["giorgio"], flagged(checker, text)


@pytest.mark.parametrize(
    "text, span",
    [
        ("Enugu to Kano by bus today, pray for me", "Enugu"),
        ("Kisumu people, is the old market still open on sundays?", "Kisumu"),
        ("Bruins fans are the loudest people alive", "Bruins"),
    ],
)
def test_a_place_or_team_opening_a_post_is_still_found(checker, text, span):
    """A capital opening a sentence proves nothing for a word ("Brown leaves"), but a name that is no word is
    the name, and a team before a word only teams take is the team."""
    assert covers(checker, text, span), (text, flagged(checker, text))


@pytest.mark.parametrize("text", ["Brown leaves everywhere this time of year", "Reading is my whole recovery plan", "Bloods done, now we wait 🤞"])
def test_a_word_opening_a_post_is_still_a_word(checker, text):
    assert not found(checker, text), flagged(checker, text)


@pytest.mark.parametrize("text, name", [("SO PROUD OF YOU NNAMDI!!! FIRST DONOR IN THE FAMILY", "NNAMDI"), ("CALL ME WHEN YOU LAND IMOGEN", "IMOGEN")])
def test_a_first_name_in_shouting_is_a_name(checker, text, name):
    assert covers(checker, text, name), (text, flagged(checker, text))


@pytest.mark.parametrize("text", ["PROUD OF YOU BRO", "OMG THE REGISTRY CALLED ME BACK", "FINALLY HOME WITH THE PUP"])
def test_words_in_shouting_are_no_codes_or_names(checker, text):
    assert not found(checker, text), flagged(checker, text)


def test_shouted_team_after_go_is_still_the_team(checker):
    assert covers(checker, "GO PACKERS GO", "PACKERS")


@pytest.mark.parametrize("text", ["EKG and bloods done this morning, all clear", "G-CSF jabs start tomorrow, wish me luck"])
def test_medical_abbreviations_name_no_organisation(checker, text):
    assert not found(checker, text), flagged(checker, text)


def test_a_place_nickname_of_plain_words_typed_plainly_is_the_words(checker):
    assert not found(checker, "meet me by the old market, then the big park"), flagged(checker, "meet me by the old market, then the big park")


@pytest.mark.parametrize("text, name", [("ok kev, you win, the swab was painless", "kev"), ("thank you, love tash x", "tash")])
def test_short_forms_of_first_names_are_names(checker, text, name):
    assert covers(checker, text, name), (text, flagged(checker, text))


def test_a_few_shouted_words_leave_a_lowercase_post_informal():
    from safetoshare.detectors.base import looks_informal

    assert looks_informal("pints at the crooked spoon tonight bc i'm officially a MATCH, first round on me")
    assert not looks_informal("Dear donor, I am writing to thank you. My family and I think of you every day.")
    assert not looks_informal("OMG THE REGISTRY CALLED ME")  # all shouting is read as it stands


@pytest.mark.parametrize("text", ["DM me on IG if you have questions about donating!", "went AFK for ten minutes and came back to chaos"])
def test_platform_and_gaming_shorthand_names_no_one(checker, text):
    assert not found(checker, text), flagged(checker, text)


def test_a_first_name_from_elsewhere_alone_mid_sentence_is_a_name(checker):
    text = "Coffee with Niamh after my medical, then home to sleep"
    assert covers(checker, text, "Niamh"), flagged(checker, text)


def test_a_first_name_the_model_placed_is_a_person(checker):
    text = "Brunch w Siobhan then the match, cannot wait"
    assert [(f.text, f.category) for f in found(checker, text)] == [("Siobhan", "personal_name")]


def test_a_birthday_wish_names_its_person(checker):
    text = "happiest bday to becca who drove me to every single appointment"
    assert covers(checker, text, "becca"), flagged(checker, text)


def test_a_lowercase_place_of_plain_words_needs_a_place_cue(checker):
    assert not found(checker, "back from the clinic, home sweet home at last")


@pytest.mark.parametrize("text", ["slept in the van outside the clinic lol", "the birds outside my window are so loud today"])
def test_an_everyday_lowercase_word_stays_a_word_even_after_a_place_cue(checker, text):
    assert not found(checker, text), flagged(checker, text)


@pytest.mark.parametrize("text", ["opened a bottle of Jameson to celebrate the match", "my Dyson broke the day after collection, typical"])
def test_a_brand_the_model_takes_for_an_organisation_is_no_finding(checker, text):
    assert not found(checker, text), flagged(checker, text)


def test_a_brand_with_a_work_word_around_it_is_the_employer(checker):
    text = "the crew at jollibee where i work sent me chicken after collection"
    assert covers(checker, text, "jollibee"), flagged(checker, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("my kuya Jomar drove six hours to sit with me during collection", "Jomar"),
        ("mi prima Itzel got swabbed at the drive too", "Itzel"),
        ("my son Will is 2 weeks post transplant and already bossing the nurses", "Will"),
        ("#prayforwiremu he starts conditioning on monday", "#prayforwiremu"),
        ("crumble the hamster is the only one in this house who didn't cry", "crumble"),
    ],
)
def test_kin_words_names_that_are_words_lowercase_hashtags_and_pets_opening_a_sentence(checker, text, name):
    assert covers(checker, text, name), (text, flagged(checker, text))


@pytest.mark.parametrize(
    "text",
    [
        "#teamwork makes the dream work, 40 swabs today",
        "we raised $2k with a bench-a-thon, gym bros are soft fr",
        "fundraiser update: 80% of the goal, link in bio",
        "love u tita, see u at lunch",
    ],
)
def test_words_in_hashtags_compounds_and_kin_words_name_no_one(checker, text):
    assert not found(checker, text), flagged(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "BREAKING: Dog Refuses To Leave Couch, Owner Late For Everything",
        "The Definitive Donor Snack Rankings (Pretzels Are Top Tier, Fight Me)",
        "Slept ten hours, ate a bagel, did my shot. Productive? Arguable.",
    ],
)
def test_headlines_and_one_word_answers_name_no_one(checker, text):
    assert not found(checker, text), flagged(checker, text)


def test_a_pet_in_a_shouted_post_is_still_a_name(checker):
    text = "DAY 3 OF SHOTS. EVERYTHING ACHES. MUFFIN (THE CAT) HAS NOT LEFT MY LAP"
    assert covers(checker, text, "MUFFIN"), flagged(checker, text)


@pytest.mark.parametrize("text", ["Cheek Swab Drive This Saturday, Bring A Friend, Save A Life", "the Blood Drive is at 5 in the gym"])
def test_a_donor_drive_is_no_street(checker, text):
    assert not found(checker, text), flagged(checker, text)


def test_a_street_called_drive_is_still_a_place(checker):
    assert covers(checker, "we moved to Juniper Drive last spring", "Juniper Drive")


@pytest.mark.parametrize("text", ["ate a whole plate of Buffalo wings before my physical, zero regrets", "Victoria sponge for the nurses' station bc they earned it x"])
def test_things_named_after_a_place_name_no_place(checker, text):
    assert not found(checker, text), flagged(checker, text)


def test_a_first_name_from_elsewhere_opening_a_story_is_a_name(checker):
    text = "Grzegorz drove five hours to the clinic, his daughter asleep in the back."
    assert covers(checker, text, "Grzegorz"), flagged(checker, text)


def test_ordinary_words_in_a_headline_make_no_organisation_or_street(checker):
    text = "A Cheek Swab Takes Less Time Than Your Morning Coffee Order"
    assert not found(checker, text), flagged(checker, text)


@pytest.mark.parametrize("text, street", [("swab drive outside the library on kessler ave this sat", "kessler ave"), ("parked on 9th st, running late", "9th st")])
def test_a_street_typed_in_lowercase_is_a_place(checker, text, street):
    assert covers(checker, text, street), flagged(checker, text)


def test_an_everyday_street_phrase_is_no_place(checker):
    assert not found(checker, "took the side street home to avoid traffic")


@pytest.mark.parametrize("text", ["grabbed a Diet Coke on the way to the clinic", "ate Chick-fil-A in the car after collection"])
def test_a_brand_the_model_has_only_part_of_is_still_a_brand(checker, text):
    assert not found(checker, text), flagged(checker, text)


def test_a_venue_of_plain_words_with_its_street_after_at(checker):
    text = "writing this from the corner table at the lazy heron on elm, same oat latte as always"
    assert covers(checker, text, "lazy heron"), flagged(checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "Just finished Stranger Things season 4 and I need to lie down",
        "Grey’s Anatomy marathon all weekend, no regrets",
        "finally beat Elden Ring after 80 hours",
        "The Office reruns all day, peak recovery",
        "watching the Six Nations with dad after collection",
        "New York Times crossword took me 40 minutes today",
        "A Court of Thorns and Roses ruined my sleep schedule",
    ],
)
def test_titles_of_shows_games_books_papers_and_competitions_name_no_one(checker, text):
    assert not found(checker, text), flagged(checker, text)


@pytest.mark.parametrize(
    "text, span",
    [("I'm an editor at Vogue, the team threw me a send-off", "Vogue"), ("moved to Washington post-transplant, new start", "Washington"),
     ("flew to New York for the collection", "New York")],
)
def test_a_title_with_a_work_word_or_a_place_that_merely_starts_one_is_still_found(checker, text, span):
    assert covers(checker, text, span), flagged(checker, text)


@pytest.mark.parametrize("text, team", [("watched the broncos blew a 14 point lead from my hospital bed", "broncos"), ("the canucks hoodie is coming to collection with me", "canucks")])
def test_a_lowercase_team_before_a_word_only_teams_take(checker, text, team):
    assert covers(checker, text, team), flagged(checker, text)


def test_a_result_verb_alone_makes_no_team(checker):
    assert not found(checker, "my dad blew a tire on the way to the clinic")


@pytest.mark.parametrize("text", ["@everyone swab drive reminder, bring ur mates and ur ID", "hella nervous for my donor physical ngl",
                                  "ok storytime: signed up at a freshers fair years ago", "lachie's brother reckons he's batman now, unbearable"])
def test_chat_mentions_slang_and_superheroes_are_no_one(checker, text):
    found = [f for f in checker.check(text, profile="nmdp-social") if f.text.lower() != "lachie"]
    assert not found, [(f.text, f.detector) for f in found]
