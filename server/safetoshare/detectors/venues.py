"""Places people go, named by where the name stands: "drinks at The Blue Door", "brunch at Kehoe's",
"coworkers at Dangote". A capitalised name right after "at" in the middle of a sentence is a pub, a café, a
gym, a church or a workplace more often than anything else; the lists know the famous ones and win any
overlap, the model knows some; this finds the local ones neither has heard of.

Not a venue: a word that is a word on its own ("at Church", "at Home"), a month or a holiday ("at Christmas"),
a person's house ("at Sarah's": the name is found as a name), a brand people shop at ("at Aldi": an employer
only with a work cue, which the lists' cues handle), a Title Case headline, shouting.
"""
from __future__ import annotations

from . import words
from .base import CALENDAR, Context, candidate

WORDS = frozenset({"cues", "joiners", "articles"})
# a guess (below 30) above the model's: it fills gaps the lists leave and never outgrows what they found
# ("at Boeing's Everett plant" stays the employer and the town)
PRIORITY = 26


def detect(ctx: Context):
    w = words.table(ctx.rules, "venues", WORDS)
    doc = ctx.tokens
    r = ctx.rules
    brands = r.words("consumer_brands")
    first_names, world_names = r.words("first_names"), r.words("world_first_names")
    for tok in doc:
        if tok.lower_ not in w["cues"] or tok.i + 1 >= len(doc) or ctx.at_sentence_start(tok.i):
            continue
        start = tok.i + 1
        if doc[start].lower_ in w["articles"] and start + 1 < len(doc):
            start += 1  # "at the Crooked Spoon", "at The Blue Door"
        end = _capitalised_run(doc, start, w["joiners"])
        if end == start:
            continue
        s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        if doc[start - 1].lower_ in w["articles"]:
            s = doc[start - 1].idx  # "at the Crooked Spoon": the name with its article
        named = [t for t in doc[start:end] if t.text[:1].isupper()]
        first = named[0].lower_
        if first in CALENDAR or ctx.shouted_span(s, e) or ctx.title_case_line(s):
            continue
        if len(named) == 1 and (ctx.plain_word(first) or first in r.words("common_words") or first in first_names or first in world_names):
            continue  # "at Church", "at Mass", "at Sarah's"
        if " ".join(t.lower_ for t in named) in brands:
            continue
        yield candidate(ctx, s, e, "organization", "venue", "venues", priority=PRIORITY)


def _capitalised_run(doc, i: int, joiners) -> int:
    """The end of a run of capitalised words from i, through joiners ("&", "of", "'s") inside it."""
    end = i
    j = i
    while j < len(doc):
        t = doc[j]
        if t.text[:1].isupper() and t.is_alpha or t.text in ("'s", "’s") and j > i:
            j += 1
            end = j
        elif t.lower_ in joiners and j > i and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
            j += 1
        else:
            break
        if end - i >= 5:
            break
    return end
