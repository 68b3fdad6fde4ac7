"""What the tests of posts as people write them ask of a check: the findings of a text in a public post, whether one
covers some words, and the names found (shared by tests/test_informal_*.py and tests/test_places_*.py)."""
from __future__ import annotations

SOCIAL = "nmdp-social"


def findings(checker, text):
    return checker.check(text, profile=SOCIAL)


def covers(checker, text, words, category=None):
    """Some finding (of `category`, if given) overlaps `words` in `text`."""
    s = text.lower().index(words.lower())
    e = s + len(words)
    return any(f.start < e and s < f.end and (category is None or f.category == category) for f in findings(checker, text))


def shown(checker, text):
    """What the check found, for an assertion's message."""
    return [(f.text, f.category, f.detector) for f in findings(checker, text)]


def names_in(checker, text) -> set[str]:
    return {f.text.lower() for f in findings(checker, text) if f.category == "personal_name"}


def covers_name(checker, text, word):
    """Some personal-name finding overlaps `word` in `text`."""
    return covers(checker, text, word, "personal_name")


def check_positive(checker, text, name):
    assert covers_name(checker, text, name), (text, names_in(checker, text))


def check_clean(checker, text):
    assert not names_in(checker, text), text


# what a post must not be flagged for when it names no one, no place and no group
IDENTIFYING = frozenset({"personal_name", "organization", "location", "affiliation"})


def check_nothing_identifying(checker, text, also=frozenset()):
    """No finding of a name, place, organisation or group (or of the categories in `also`) in `text`."""
    flagged = [f for f in findings(checker, text) if f.category in IDENTIFYING or f.category in also]
    assert not flagged, shown(checker, text)
