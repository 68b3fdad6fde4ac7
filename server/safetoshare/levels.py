"""How much a detector's word counts when two detectors claim the same text.

A candidate's priority is its detector's level plus a small tie-break within that level (a list of
hospitals above a list of towns): levels carry the meaning, tie-breaks only order equals."""
from __future__ import annotations

from enum import IntEnum


class Level(IntEnum):
    GUESS = 20  # a statistical model's entity: fills only the gaps the others leave, or widens them
    CUE = 30  # the words around say what it is ("my sister X", "at the X", "Dr. X")
    LIST = 60  # an entry of a curated list
    FORMAT = 85  # an exact format: email, phone, link, postcode
    USER = 99  # the user's own watchlist


def is_guess(priority: int) -> bool:
    """A model's guess: placed after every other candidate (resolve.settle_overlaps)."""
    return priority < Level.CUE
