"""First names of the world in lowercase posts with a weak cue (issue 10, second round): names of
rules/en/gazetteers/first-names-world-curated.txt (scripts/build_world_curated.py) from several regions, and
ordinary posts that must stay clean."""
from __future__ import annotations

import pytest

SOCIAL = "nmdp-social"


def covers(checker, text, word):
    s = text.index(word)
    e = s + len(word)
    return any(f.start < e and s < f.end for f in checker.check(text, profile=SOCIAL))


@pytest.mark.parametrize(
    "text, name",
    [
        ("mahnoor and i went to the donor drive yesterday", "mahnoor"),  # Pakistan
        ("haziq just texted me that the swab kit arrived", "haziq"),  # Malaysia
        ("oti just got the call, match confirmed", "oti"),  # Nigeria
        ("daniyal and i are heading to the clinic tmrw", "daniyal"),  # Pakistan
        ("gurpreet just texted me from the waiting room", "gurpreet"),  # Punjabi
        ("oluwatobi and i signed up together lol", "oluwatobi"),  # Yoruba
        ("chidinma just texted me she's a match!!", "chidinma"),  # Igbo
        ("nkosinathi and i went to get swabbed", "nkosinathi"),  # Zulu
        ("keabetswe just texted me the pics", "keabetswe"),  # Tswana
        ("arash's birthday is next week and i'm still recovering", "arash"),  # Iran
        ("niloufar and i went to the drive at work", "niloufar"),  # Iran
        ("syafiq just texted me after his harvest", "syafiq"),  # Malaysia
        ("jepoy and i finally got the kits", "jepoy"),  # Philippines
        ("seoyeon just texted me, she's donating friday", "seoyeon"),  # Korea
        ("zihan and i went to the info session", "zihan"),  # China
        ("haruto just texted me about the drive", "haruto"),  # Japan
        ("mackenson and i got swabbed at church", "mackenson"),  # Haiti
        ("oleksii just texted me from the hospital", "oleksii"),  # Ukraine
        ("chenoa and i drove out to the clinic", "chenoa"),  # Indigenous North America
        ("takoda's birthday was the same day as the harvest", "takoda"),  # Indigenous North America
    ],
)
def test_world_first_names_with_weak_cues(checker, text, name):
    assert covers(checker, text, name), text


@pytest.mark.parametrize(
    "text",
    [
        "me and my mom went to the donor drive yesterday, so proud of her",
        "just texted the coordinator back, waiting on the call",
        "the swab kit arrived today and it took like two minutes",
        "make dua for everyone waiting on a match tonight",
        "sending love to all the families on the list",
        "dat feeling when the registry calls you back",
        "had momo and chai after the drive, best day",
        "i'm so tired but it was worth it, would do it again",
    ],
)
def test_ordinary_posts_stay_clean(checker, text):
    found = checker.check(text, profile=SOCIAL)
    assert not [f for f in found if f.category == "personal_name"], [(f.text, f.category) for f in found]


def test_curated_list_is_well_formed():
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "rules" / "en" / "gazetteers" / "first-names-world-curated.txt"
    names = [l for l in path.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    assert len(names) >= 4000
    assert all(len(n) > 1 and n == n.lower() for n in names)
