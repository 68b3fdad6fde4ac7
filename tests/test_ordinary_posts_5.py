"""Ordinary posts flagged by breadth, second round (issue 10, fresh posts 9): words and particles of Nigerian Pidgin, Sheng,
Singlish, Taglish, Hinglish, patois and Irish and northern English, things named after places, holidays, everyday hospital
and estate nouns; and districts, estates and hospitals by the short forms locals type. Each class has negatives that must
stay clean and positives that must stay caught. Our own examples, not the corpora's."""
from __future__ import annotations

import pytest

SOCIAL = "nmdp-social"


@pytest.mark.parametrize("text", [
    # particles and slang of other Englishes
    "the queue at the lab was too long sha, but we move",
    "abeg who else is registering this weekend",
    "omo the swab kit came already, wahala no dey",
    "walao eh the wait today, shiok sia when they called my name",
    "sawa sawa, see you at the drive",
    "hay nako the traffic going to the swab event",
    "acha theek hai, I'll go after work",
    "wagwan everyone, swab kits are free this week",
    "eish the clinic was packed today",
    "grand so, sure look we'll go tomorrow",
    # things named after places, holidays
    "bought a chesterfield sofa with the bonus",
    "chelsea boots for the gala, feeling fancy",
    "hari raya open house at my aunt's tomorrow",
    "watching pirates of the caribbean in recovery",
    # everyday hospital and estate nouns
    "the buffet line at the family day was endless",
])
def test_ordinary_posts_stay_clean(checker, text):
    assert [f.text for f in checker.check(text, profile=SOCIAL)] == []


@pytest.mark.parametrize("text, found", [
    ("my friend sha drove me to the clinic", "sha"),
    ("we grew up in kayole, then moved", "kayole"),
    ("born and raised in githurai 45", "githurai 45"),
    ("living in tembz since 2019", "tembz"),
    ("just moved to yishun last month", "yishun"),
    ("we live in PJ now", "pj"),
    ("my bone marrow harvest was at korle bu", "korle bu"),
    ("admitted at KNH for my workup", "knh"),
    ("they moved me to HKL for the transplant", "hkl"),
    ("Tunde came to the swab drive with me", "tunde"),
    ("we moved to New Jersey last year", "new jersey"),
])
def test_real_names_places_and_hospitals_stay_found(checker, text, found):
    assert any(found in f.text.lower() for f in checker.check(text, profile=SOCIAL)), text
