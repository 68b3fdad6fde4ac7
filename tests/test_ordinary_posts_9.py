"""Ordinary posts from four new sets (gamers' chat, runners' captions, grandparents' posts, workplace chat) that read
like groups, names or places: voice chat and a LAN party ("in vc", "the lan"), a Twitch emote said as a word
("KEKW"), "lofi", the office's short forms ("by EOD", "WFH", "PTO", "OKRs", "CSR"), a bike and its app ("the Peloton
instructor") and what someone is good at ("cracked at finding veins"); and, written amid English, words of Scots and
patois that are given names elsewhere ("tae", "inna"). Other words than the corpora's; a real town and a real
employer beside them are still found."""
from __future__ import annotations

import pytest

from posts import check_nothing_identifying, covers, shown


@pytest.mark.parametrize(
    "text",
    [
        "hop in vc after the clinic, i'm bored out of my mind",
        "the new year lan is on, bring an extension lead",
        "KEKW the nurse asked if my headset was a medical device",
        "lofi playlist carried me through the apheresis",
        "send me the slides by EOD and i'll review tonight",
        "WFH all week while the bruise heals",
        "my PTO request for the collection got approved",
        "OKRs are due thursday, don't shoot the messenger",
        "our CSR budget is covering the swab kits this year",
        "the Peloton instructor yelled that pain is weakness leaving the body",
        "that phlebotomist is elite at finding veins",
        "gaun tae the drive the morra, anyone want a lift",
        "mi deh inna di waiting room from seven",
    ],
)
def test_ordinary_posts_name_no_one(checker, text):
    check_nothing_identifying(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("WFH from Fredericton till the bruise heals", "Fredericton"),
        ("hop in vc, my manager at Infosys says we can swab at work", "Infosys"),
    ],
)
def test_a_real_place_or_employer_beside_them_is_still_found(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)
