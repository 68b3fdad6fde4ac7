"""Ordinary posts from four new sets (sports clubs, nurses, teenagers, first responders) that read like names or
groups: a slang word a name gave, after "the" ("the marites in the pantry"), a name in capitals after "a" ("a TED
talk"), a club's meeting in capitals ("the AGM"), a moustache ("movember tache"), the ward's record system ("the new
EHR"), a coach's saying that is a team's slogan too ("trust the process"); and a family signing after a dash ("— the
Mbeki family") is still found. Other words than the corpora's."""
from __future__ import annotations

import pytest

from posts import check_nothing_identifying, covers, shown


@pytest.mark.parametrize(
    "text",
    [
        "the karens at the front desk already knew before we did",
        "honestly the debbies in accounts run this hospital",
        "that pep talk was basically a TED talk, still lost 3-1",
        "Reminder: AGM after training Tuesday, pizza provided",
        "the tache is coming along nicely, sponsor me",
        "the new EMR crashed twice during handover lol",
        "gaffer kept saying trust the process while we were getting battered",
    ],
)
def test_ordinary_posts_name_no_one(checker, text):
    check_nothing_identifying(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("You looked after him like your own. We will never forget it. — the Mbeki family", "Mbeki"),
        ("thank you all so much - the ferreira fam", "ferreira"),
    ],
)
def test_a_family_signing_after_a_dash_is_still_found(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)
