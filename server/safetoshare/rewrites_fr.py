"""French rewrites: the kind's safe words (rules/fr/messages.toml) fitted to the words before them.

French glues its prepositions to the article ("au CHU de Lyon" is "à le CHU de Lyon"), so the
rewrite takes the article and preposition before the span with it and builds them again around
the safe words: "au CHU de Lyon" -> "à l'hôpital", "du Stade toulousain" -> "de mon équipe",
"à Lyon" -> "dans ma ville", "la Clinique Pasteur" -> "l'hôpital".
"""
from __future__ import annotations

import re

# what stands before the span: a preposition, a contracted one, or an article; the preposition in it
# ("au" is "à le"), which the rewrite builds again around the safe words' own article
BEFORE = re.compile(r"(?:^|(?<=[\s(«\"']))(?P<word>au|aux|du|des|à\s+la|à\s+l['’]|de\s+la|de\s+l['’]|à|a|de|d['’]|le|la|les|l['’])\s*$", re.IGNORECASE)
PREPOSITION = {"au": "à", "aux": "à", "à la": "à", "à l'": "à", "à l’": "à", "à": "à", "a": "à",
               "du": "de", "des": "de", "de la": "de", "de l'": "de", "de l’": "de", "de": "de", "d'": "de", "d’": "de"}
DETERMINERS = ("le ", "la ", "les ", "l'", "l’", "un ", "une ", "des ", "mon ", "ma ", "mes ", "notre ", "nos ", "ton ", "ta ", "son ", "sa ")
POSSESSIVES = ("mon ", "ma ", "mes ", "notre ", "nos ")
VOWEL = re.compile(r"^[aeiouyàâäéèêëîïôöùûüh]", re.IGNORECASE)
OWN_DETERMINER = re.compile(r"(?:^|(?<=[\s(«\"']))(?:mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|leurs|ce|cet|cette|un|une)\s+$", re.IGNORECASE)


def fit(text: str, start: int, suggestions: list[str], nouns: list[str] = ()) -> tuple[int, list[str]]:
    """(new start, suggestions): the preposition or article before `start` rebuilt around each
    suggestion that brings its own determiner; those without one are offered as they are. After the
    writer's own determiner ("notre CHUM") the kind's bare nouns follow it ("notre hôpital")."""
    window = text[max(0, start - 12) : start]
    if OWN_DETERMINER.search(window):
        return start, list(nouns) or [s for s in suggestions if not s.lower().startswith(DETERMINERS)] or suggestions
    m = BEFORE.search(window)
    own = [s for s in suggestions if s.lower().startswith(DETERMINERS)]
    if not m or not own:
        return start, suggestions
    prep = PREPOSITION.get(re.sub(r"\s+", " ", m.group("word").lower()), "")
    wide = start - len(window) + m.start("word")
    out = [_join(prep, s) for s in own]
    if text[wide : wide + 1].isupper():
        out = [o[:1].upper() + o[1:] for o in out]
    return wide, out


def _join(prep: str, phrase: str) -> str:
    low = phrase.lower()
    if prep == "à":
        if low.startswith("le "):
            return "au " + phrase[3:]
        if low.startswith("les "):
            return "aux " + phrase[4:]
        if low.startswith(POSSESSIVES):
            return "dans " + phrase  # "à Lyon" -> "dans ma ville"
        return "à " + phrase
    if prep == "de":
        if low.startswith("le "):
            return "du " + phrase[3:]
        if low.startswith("les "):
            return "des " + phrase[4:]
        return ("d'" if VOWEL.match(phrase) and not low.startswith(("l'", "l’")) else "de ") + phrase
    return phrase
