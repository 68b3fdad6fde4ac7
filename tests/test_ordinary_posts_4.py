"""Ordinary posts flagged by breadth (issue 10, fresh posts 8): other-language phrases the main model tags, titles that are
also places or first names, dishes named after places, chain slang and medicine brands, times, letter compounds. Each
class has negatives that must stay clean and positives (real names, places, employers) that must stay caught. Our own
examples, not the corpora's."""
from __future__ import annotations

import pytest

SOCIAL = "nmdp-social"


@pytest.mark.parametrize("text", [
    # other languages, capitalised in tidy text (the main model's guesses)
    "Subhanallah, the results came back clear. Thank you all.",
    "Eid Mubarak to everyone fasting through treatment this year.",
    "Ngiyabonga kakhulu for every message this week, it meant a lot.",
    "waheguru, the match came through this morning",
    "salamat po to the nurses on the night shift",
    "asante sana for the swabs everyone sent back",
    # titles beside a work word
    "the Letterkenny finale had us in stitches",
    "rewatching Encanto for the fifth time today",
    "mirabel costume for the school dress up day",
    "Coronation Street was on in the day room all afternoon",
    "cried at Toy Story 2 again, every time",
    # dishes named after places, with an article or in the plural
    "the Bakewell tarts from the bake sale are gone",
    "cornish pasties for the volunteers after the drive",
    "Yorkshire puddings with the roast after my bloods",
    # chain slang and medicine brands
    "Maccas run after my bloods, no regrets",
    "nothing Nurofen couldn't sort out after the harvest",
    "Timmies on the way to apheresis",
    # times, letter compounds, gym shorthand, everyday places
    "the call came at 5:47pm on a Tuesday",
    "k-drama marathon while I recover",
    "the charity AMRAP raised more than we hoped",
    "lunch in the cafeteria again, the soup was fine",
])
def test_ordinary_posts_stay_clean(checker, text):
    assert [f.text for f in checker.check(text, profile=SOCIAL)] == []


@pytest.mark.parametrize("text, found", [
    ("my cousin moana drove me to every appointment", "moana"),
    ("we moved to maui the year before my transplant", "maui"),
    ("she lives in letterkenny now", "letterkenny"),
    ("we went camping at Yellowstone with my donor's family", "yellowstone"),
    ("watched Bruno play football with my nephew", "bruno"),
    ("My sister Elsa drove me to the clinic", "elsa"),
    ("she works at westfield now", "westfield"),
    ("I work at Maccas on weekends", "maccas"),
    ("Sione came to visit from Tonga", "sione"),
    ("Amara and Kofi came to the drive", "amara"),
])
def test_real_names_places_and_employers_stay_found(checker, text, found):
    assert any(found in f.text.lower() for f in checker.check(text, profile=SOCIAL)), text
