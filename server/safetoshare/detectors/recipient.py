"""Details about the other party in public posts: age, sex, diagnosis, country.

Each detail is found on its own ("45 yo", "man", "AML", "Germany 🇩🇪"); details that stand together
("a 43-year-old woman with AML") become one finding, whose rewrite is "my recipient". Only
sentences about the other person count: ones that mention the recipient, the patient, the match,
or (in a text that does) he/she. An age range alone ("a teenager") is its own kind, which DKMS allows.
"""
from __future__ import annotations

import re

from .base import Context, candidate
from .words import words_pattern

# The language's words and patterns: rules/<lang>/words/recipient.toml (the file says what each holds).
WORDS = frozenset(
    {"age_pattern", "bare_age_pattern", "age_range_pattern", "person_pattern", "other_party_pattern", "pronoun_pattern",
     "writer_pattern", "joiners_pattern", "recipient_before_pattern", "article_before_pattern", "described_before_pattern",
     "age_range_alone_pattern", "named_description"}
)
# a language may add what follows an illness named of everyone, not the other party ("blood cancer patients", "AML research")
OPTIONAL_WORDS = frozenset({"generic_after_pattern"})
FLAG = re.compile(r"(?:[\U0001F1E6-\U0001F1FF]{2})+")  # a flag emoji: two regional indicator letters


def detect(ctx: Context):
    if ctx.channel != "post":
        return
    w = ctx.rules.table("recipient")
    if not w:
        return
    text = ctx.text
    diagnoses = ctx.rules.built(_diagnoses)
    countries = ctx.rules.built(_countries)
    about_other = bool(w["other_party_pattern"].search(text))
    if not about_other:
        return
    for s0, s1 in _sentences(text):
        chunk = text[s0:s1]
        if not (w["other_party_pattern"].search(chunk) or w["pronoun_pattern"].search(chunk)):
            continue
        parts = []
        for kind, pattern in (("age", w["age_pattern"]), ("age", w["bare_age_pattern"]), ("age_range", w["age_range_pattern"]), ("sex", w["person_pattern"]),
                              ("diagnosis", diagnoses), ("country", countries), ("country", FLAG)):
            if pattern is None:
                continue
            parts.extend((m.start(), m.end(), kind) for m in pattern.finditer(chunk) if kind != "country" or not _just_a_word(ctx, m.group()))
        parts = _dedupe(sorted(parts))
        for group in _groups(chunk, parts, w["joiners_pattern"]):
            start, end = group[0][0], group[-1][1]
            kinds = {k for _, _, k in group}
            if kinds <= {"age_range"} and len(group) == 1:
                if not w["person_pattern"].search(chunk[end : end + 20]) and not w["age_range_alone_pattern"].match(chunk[start:end]):
                    continue  # "young" or "little" alone describes nothing
            if kinds == {"sex"} and not _described(chunk, start, w):
                continue  # "a man" alone, without age or illness, identifies no one
            if kinds == {"diagnosis"} and w.get("generic_after_pattern") and w["generic_after_pattern"].match(chunk, end):
                continue  # "so many blood cancer patients never find a match": the illness of many, no one's
            if w["writer_pattern"].search(chunk[max(0, start - 14) : start]):
                continue  # the writer's own age or diagnosis
            start = _with_article(chunk, start, w)
            kind = "description" if len(kinds - {"age_range"}) >= 2 or (kinds >= {"age_range", "sex"} and len(group) > 1) else _single_kind(kinds)
            # "my recipient is a 43-year-old woman": the rewrite must not repeat "my recipient"
            named = w["recipient_before_pattern"].search(chunk[:start])
            suggestions = tuple(sorted(w["named_description"], key=len, reverse=True)) if named and kind == "description" else None
            yield candidate(ctx, s0 + start, s0 + end, "recipient_detail", kind, "recipient", priority=86, suggestions=suggestions)


def _with_article(chunk: str, start: int, w) -> int:
    m = w["article_before_pattern"].search(chunk[:start])
    return m.start() if m else start


def _just_a_word(ctx, found: str) -> bool:
    """'a reunion' is no Réunion: a lowercase English word is not a country."""
    return found.islower() and found in ctx.rules.words("frequent_words")


def _single_kind(kinds):
    for k in ("age", "diagnosis", "country", "sex", "age_range"):
        if k in kinds:
            return "age_range" if k == "sex" and "age_range" in kinds else k
    return "description"


def _described(chunk: str, start: int, w) -> bool:
    """A sex word counts when an article or adjective ties it to a person being described."""
    before = chunk[max(0, start - 20) : start].lower()
    return bool(w["described_before_pattern"].search(before))


def _dedupe(parts):
    out = []
    for p in parts:
        if out and p[0] < out[-1][1]:
            if p[1] - p[0] > out[-1][1] - out[-1][0]:
                out[-1] = p
            continue
        out.append(p)
    return out


def _groups(chunk, parts, joiners):
    group = []
    for p in parts:
        if group and joiners.match(chunk[group[-1][1] : p[0]]):
            group.append(p)
        else:
            if group:
                yield group
            group = [p]
    if group:
        yield group


def _diagnoses(rules) -> re.Pattern | None:
    return words_pattern(rules.words_as_written("diagnoses"))


def _countries(rules) -> re.Pattern | None:
    names = {alias for gl in rules.lists if gl.kind == "country" for entry in gl.entries for alias in entry}
    return words_pattern({n for n in names if len(n) > 2 or n.isupper()})


def _sentences(text: str):
    start = 0
    for m in re.finditer(r"[.!?\n]+\s*", text):
        yield start, m.end()
        start = m.end()
    if start < len(text):
        yield start, len(text)
