"""What the bundled English lists hold, for the scripts that build more lists from them."""
from __future__ import annotations

from pathlib import Path

GAZ = Path(__file__).resolve().parents[1] / "rules" / "en" / "gazetteers"

# the lists whose words are something other than a given name: a name list built from a source of names leaves these out
NOT_NAMES = ["english-words.txt", "english-words-extra.txt", "english-common.txt", "first-names-ambiguous.txt", "first-names-words.txt",
             "common-words.txt", "foreign-words.txt", "other-language-expressions.txt", "other-language-slang.txt",
             "other-language-particles.txt", "dishes.txt", "chat-words.txt", "demonyms.txt", "relationship-words.txt",
             "pet-words.txt", "cities.txt", "cities-ambiguous.txt", "countries.txt", "states.txt", "regions.txt",
             "city-nicknames.txt", "city-districts.txt", "employers-consumer-brands.txt", "public-works.txt"]


def listed(name: str) -> set[str]:
    """Every entry and alias ("a | b") of a bundled list, lowercase."""
    words = set()
    for line in (GAZ / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            words.update(part.strip().lower() for part in line.split("|"))
    return words
