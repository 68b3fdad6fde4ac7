"""Ordinary posts that read like names, places or organisations, from tweets in Britain and Ireland and donors in North
America: a group chat ("the gc"), a school subject's initials ("PE teacher"), Scots "fae", head lice ("nits"), a family
word's own home ("at NANS"), "merci", an app after a family word ("donor tiktok"), a thing had with "a" ("a Runza"), a
show being watched ("watching The Chase"), a drink named for its brand ("Busch Light") and smoked fish ("the smokies");
from a set of Spanglish posts in the US South and a set of tweets from North America: Spanish the lists lacked ("mija
por favor"), "appt" and "ATTN", a drink had with "a" ("a Long Island and"), a ward's short words ("peds rehab") and the
food Kraft makes. Other words than the corpora's; the real names and places beside them are still found."""
from __future__ import annotations

import pytest

from posts import check_clean, covers, findings, shown


@pytest.mark.parametrize(
    "text",
    [
        "lowkey the only person in the gc who remembered my donation day",
        "my old RE teacher just walked past me in the big tesco",
        "bairns back fae the swimming, all knackered",
        "got the dreaded letter about nits from the school again",
        "DINNER AT MAMS IS AT 5 AND SHE WILL NOT WAIT",
        "merci for all the kind messages today",
        "spent the whole recovery scrolling mum instagram",
        "my cousin picked me up a Culver's and a shake after the shots",
        "watching The Traitors with mum, shouting at the telly",
        "Coors Light in the cooler, cells in the bag, good day",
        "the smokies at the harbour are the best in the world",
        "mija por favor just swab, it takes two minutes",
        "mi abuela always says la fe mueve montañas",
        "the tíos brought the grill and the music",
        "ATTN: the drive moved to the gym",
        "my appt got moved again, third time this month",
        "ordered a Long Island and instantly regretted it",
        "grabbed a Coors Banquet and watched the game",
        "started on peds onc today, so nervous",
        "kraft mac and cheese is the official recovery meal",
        "We Made It Home After 40 Days!!! Thank You Jesus!!!",
        "Christmas Eve on the children's ward and Santa came round with presents",
        "our little guy's first night home in a month",
        "the rose bush by the back door finally flowered",
        "Euchre night at the hall was a laugh, lost every hand",
        "the pastor blessed our baby girl Sunday. what a morning",
        "waheguru mehar karan, the results were good",
        "walaahi this soup is the only thing that helps",
    ],
)
def test_everyday_words_that_look_like_names_or_places_stay_clean(checker, text):
    check_clean(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("hiking the Smokies next month after recovery", "Smokies"),
        ("my son just got into one of the NITs", "NITs"),
        ("moving to PE in the spring, any donors there?", "PE"),
        ("our dog Marmite sat with me all day", "Marmite"),
        ("watching the Steelers with my dad after the shots", "Steelers"),
        ("packing boxes at kraft for 12 years now", "kraft"),
        ("moving to a Denver suburb next spring", "Denver"),
    ],
)
def test_the_real_names_and_places_beside_them_are_found(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)
