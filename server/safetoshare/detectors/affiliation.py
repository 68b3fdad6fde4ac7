"""References to named clubs, churches and community groups: "our Rotary chapter", "the Elks lodge".
Named causes and charities come from affiliations.txt via the gazetteer; this detector finds groups
named before a group noun. "My church" or "our running club" names nothing and is left alone (the
labelling convention counts such generic words as no identifier)."""
from __future__ import annotations

from . import words
from .base import Context, candidate

# The words that open a named group ("our", "the") come from rules/<lang>/words/affiliation.toml.
WORDS = frozenset({"leads"})


def detect(ctx: Context):
    doc = ctx.tokens
    nouns = ctx.rules.words("group_nouns")
    if not nouns:
        return
    leads = words.table(ctx.rules, "affiliation", WORDS)["leads"]
    max_words = ctx.rules.built(_longest_noun)
    for tok in doc:
        if tok.lower_ not in leads:
            continue
        # up to three capitalised name words, then a group noun: "our Rotary chapter", "the Elks lodge"
        j = tok.i + 1
        named = 0
        while j < len(doc) and named < 3 and doc[j].text[:1].isupper() and doc[j].lower_ not in nouns:
            j += 1
            named += 1
        for width in range(max_words, 0, -1):
            phrase = " ".join(t.lower_ for t in doc[j : j + width])
            if j + width <= len(doc) and phrase in nouns:
                if not named:
                    break  # "my church", "our running club", "the club": no group is named, none identified
                end = doc[j + width - 1]
                if not ctx.public_work(doc[tok.i + 1 : j + width]):  # "the Premier League": a competition, no group of yours
                    yield candidate(ctx, doc[tok.i + 1].idx, end.idx + len(end), "affiliation", "group", "affiliation", priority=74)
                break


def _longest_noun(rules) -> int:
    """The most words a group noun has ("prayer chain": 2), counted once per rules."""
    return max((len(n.split()) for n in rules.words("group_nouns")), default=1)
