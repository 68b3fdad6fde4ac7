"""Checking rules files against the keys their loader knows: a typo is an error, never an empty list."""
from __future__ import annotations


class RulesError(ValueError):
    """A rules file is malformed; the message names the file and the key."""


def check_keys(data, allowed: set[str], where: str, required: set[str] = frozenset()) -> None:
    if not isinstance(data, dict):
        raise RulesError(f"{where}: expected a table")
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        raise RulesError(f"{where}: unknown key {', '.join(repr(k) for k in unknown)} (known: {', '.join(sorted(allowed))})")
    missing = sorted(set(required) - set(data))
    if missing:
        raise RulesError(f"{where}: missing key {', '.join(repr(k) for k in missing)}")
