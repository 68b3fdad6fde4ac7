"""Which sentences of a carefully written paragraph the statistical model needs to read.

In tidy text every entity the model's findings keep has a capital letter in it (the entities detector drops
its lowercase guesses, and a lone dictionary word opening a sentence); so a sentence whose only capitals are
a dictionary word opening it and single letters ("I") holds nothing the model could add, and reading it costs
as much as any other. The model reads the runs of sentences that have a capital elsewhere, each on its own; the
lists, cues and patterns still read every word. Informally written paragraphs are read whole by the
informal-post model, whose guesses do not need capitals.
"""
from __future__ import annotations

import re

SENTENCE_GAP = re.compile(r"(?<=[.!?…])\s+(?=\S)|\n\s*")
LETTERS = re.compile(r"[^\W\d_]+")
# a paragraph whose sentences almost all need the model is read whole: one pass, full context
WHOLE_SHARE = 0.8
# a sentence of fewer words than this is read with the one before it
SHORT = 6
# a text shorter than this (a short post) is read whole: the model reads a name better with all of
# its context, and there is little to save
SHORT_TEXT = 140


def sentences(text: str) -> list[tuple[int, int]]:
    parts, start = [], 0
    for m in SENTENCE_GAP.finditer(text):
        if m.start() > start:
            parts.append((start, m.start()))
        start = m.end()
    if len(text) > start:
        parts.append((start, len(text)))
    return parts


def needs_model(sentence: str, plain_word) -> bool:
    """A capital the model could make an entity of: anywhere but a word opening the sentence in lowercase
    letters after its capital ("My", "Thanks", not "JB"), and no single letter ("I", "A")."""
    for i, word in enumerate(LETTERS.findall(sentence)):
        if not word[0].isupper() or len(word) == 1:
            continue
        if i == 0 and word[1:].islower() and plain_word(word):
            continue
        return True
    return False


def parts_to_read(text: str, plain_word) -> list[tuple[int, int]] | None:
    """The (start, end) of each run of sentences the model must read, or None when it should read the whole
    text. Neighbouring sentences are read together, and a short one ("Les Nguyen" closing a letter) with the
    sentence before it: the model reads a name better in its context."""
    if len(text) < SHORT_TEXT:
        return None
    spans = sentences(text)
    need = [needs_model(text[s:e], plain_word) for s, e in spans]
    for n in range(1, len(spans)):
        if need[n] and not need[n - 1] and len(LETTERS.findall(text[spans[n][0] : spans[n][1]])) < SHORT:
            need[n - 1] = True
    parts = runs(spans, need)
    if sum(e - s for s, e in parts) >= WHOLE_SHARE * len(text):
        return None
    return parts


def runs(spans: list[tuple[int, int]], need: list[bool]) -> list[tuple[int, int]]:
    """Consecutive wanted sentences joined into one (start, end)."""
    parts: list[tuple[int, int]] = []
    previous = False
    for (s, e), wanted in zip(spans, need):
        if wanted and previous:
            parts[-1] = (parts[-1][0], e)
        elif wanted:
            parts.append((s, e))
        previous = wanted
    return parts
