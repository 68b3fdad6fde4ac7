"""Schools and clubs named in lowercase posts without a cue (issue 10): a word no list or dictionary holds right
before the kind of school or club it names. Our own examples, and the ordinary posts that stay clean."""
from __future__ import annotations

import pytest

from posts import covers, findings, shown

SOCIAL = "nmdp-social"


def organisations(checker, text):
    return {f.text for f in checker.check(text, profile=SOCIAL) if f.category == "organization"}


@pytest.mark.parametrize("text, name", [
    ("glenwarren elementary pta ran the bake sale for my transplant fund", "glenwarren elementary"),
    ("the kids from tallowmere primary made me cards 🥹", "tallowmere primary"),
    ("ashcombe academy year 10s swabbed their teachers", "ashcombe academy"),
    ("clonsilla rfc lads all signed up", "clonsilla rfc"),
    ("kilbrin gaa hosted the swab night", "kilbrin gaa"),
    ("marlowvale netball girls made a banner", "marlowvale netball"),
])
def test_a_school_or_club_named_by_its_kind(checker, text, name):
    assert any(name in f for f in organisations(checker, text)), organisations(checker, text)


@pytest.mark.parametrize("text", [
    "covid primary care is a mess right now",
    "the scan showed no secondary infection, thank god",
    "soooo primary school vibes in this waiting room",
    "my fantasy fc is cursed this season",
    "kevin fc forever lol",
    "brb cricket on the telly",
])
def test_ordinary_words_before_those_kinds_stay_clean(checker, text):
    assert not {f for f in organisations(checker, text) if "fc" in f.lower() or "primary" in f.lower() or "secondary" in f.lower()
                or "cricket" in f.lower()}, organisations(checker, text)


@pytest.mark.parametrize("text, school", [("old boys of mfantsipim ran the swab drive", "mfantsipim"),
                                          ("the old girls from kenwyn raised 2k for the registry", "kenwyn")])
def test_a_schools_former_pupils_name_it(checker, text, school):
    assert covers(checker, text, school), shown(checker, text)


@pytest.mark.parametrize("text", ["the old boys from school came to visit", "old girls of the choir sang"])
def test_former_pupils_of_a_plain_word_name_nothing(checker, text):
    assert not [f for f in findings(checker, text) if f.category == "organization"], shown(checker, text)


@pytest.mark.parametrize("text, brand", [("doing tesco night shifts through the jabs", "tesco"), ("asda early shift again, send coffee", "asda")])
def test_a_brand_before_a_shift_is_the_workplace(checker, text, brand):
    assert covers(checker, text, brand, "organization"), shown(checker, text)
