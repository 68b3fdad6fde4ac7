"""The spaCy model's own entities, mapped to our categories and cleaned of its usual mistakes.

Lowest priority: any curated list or cue that covers the same words wins.
"""
from __future__ import annotations

from .base import Context, candidate

LABELS = {
    "PERSON": ("personal_name", "default"),
    "ORG": ("organization", "default"),
    "GPE": ("location", "city"),
    "LOC": ("location", "region"),
    "FAC": ("location", "landmark"),
}
# Words the model tags as entities in donor texts that are not identifying on their own.
GENERIC = frozenset(
    "donor recipient registry hospital transplant team the match love hope faith joy grace peace dear warmly "
    "cheers thanks thank covid covid-19 god lord jesus christ bible christmas thanksgiving easter hanukkah "
    "ramadan diwali halloween icu er bmt hla gvhd aml all cml cll mds nurse doctor chemo marrow stem cell".split()
)


def detect(ctx: Context):
    relations = ctx.rules.words("relationship_words") | ctx.rules.words("pet_words")
    common = ctx.rules.words("common_words")
    diagnoses = ctx.rules.words("diagnoses")
    for ent in ctx.doc.ents:
        mapped = LABELS.get(ent.label_)
        if not mapped:
            continue
        category, kind = mapped
        words = [t.lower_ for t in ent if not t.is_punct and not t.is_space]
        if not words or all(w in GENERIC or w in relations or w in common or w in diagnoses for w in words):
            continue
        if ent.text.startswith("#") or ent.text.startswith("@"):
            continue  # hashtags and handles have their own detectors
        if category == "personal_name" and not any(t.text[:1].isupper() for t in ent):
            continue  # lowercase PERSON guesses are mostly wrong; the name cues cover real ones
        if len(ent) == 1 and ent[0].is_stop:
            continue
        yield candidate(ctx, ent.start_char, ent.end_char, category, kind, "model:" + ent.label_, priority=20)
