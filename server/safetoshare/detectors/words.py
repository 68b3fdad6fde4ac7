"""A detector's words for the text's language (rules/<lang>/words/<detector>.toml), and what code builds
from them (regexes made from word lists) once per table rather than once per text."""
from __future__ import annotations

import re
from typing import Callable, Iterable

from ..rules_schema import RulesError

# id(table) -> (table, {builder: what it built}); the table is held so that its id is never reused
_BUILT: dict[int, tuple[dict, dict]] = {}


# (id(table), keys) -> the table found to hold every key (held, so that its id is never reused)
_COMPLETE: dict[tuple[int, frozenset[str]], dict] = {}


def table(rules, detector: str, keys: frozenset[str], optional: bool = False) -> dict | None:
    """The detector's table, with every key in `keys` present (a missing one is a RulesError naming the
    file). `optional`: a language without the file gives None (the detector skips what needs words)."""
    words = rules.table(detector)
    if not words and optional:
        return None
    if _COMPLETE.get((id(words), keys)) is not words:  # checked once per table and key set, not on every text
        missing = keys - words.keys()
        if missing:
            raise RulesError(f"{rules.language}/words/{detector}.toml: missing key {', '.join(sorted(missing))}")
        _COMPLETE[(id(words), keys)] = words
    return words


def built(words: dict, build: Callable[[dict], object]):
    """build(words), made once for this table (`build` must be a module-level function: it is the key)."""
    entry = _BUILT.get(id(words))
    if entry is None or entry[0] is not words:
        entry = _BUILT[id(words)] = (words, {})
    made = entry[1]
    if build not in made:
        made[build] = build(words)
    return made[build]


def alternation(words: Iterable[str], hyphens: bool = False) -> str:
    """A regex alternation of words, longest first (so "june" is tried before "jun"); a space in a word
    matches any run of whitespace; with `hyphens`, a hyphen matches a hyphen or one whitespace character
    ("twenty-one", "twenty one")."""
    out = []
    for w in sorted(words, key=lambda w: (-len(w), w)):
        parts = [re.escape(part) for part in w.split()]
        if hyphens:
            parts = [part.replace(r"\-", r"[-\s]") for part in parts]
        out.append(r"\s+".join(parts))
    return "|".join(out)


def any_of(words: Iterable[str], hyphens: bool = False) -> str:
    """(?:a|b|c) from a word list (see alternation); for an empty list a pattern that never matches, so
    a language that leaves a list empty switches that part off instead of matching anything."""
    return f"(?:{alternation(words, hyphens)})" if words else "(?!)"


# Letters that re's IGNORECASE reads as i or s but str.lower() leaves alone (or, for İ, makes two characters)
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def folded(text: str) -> str:
    """The text in lowercase as an IGNORECASE pattern compares it, for `mentions`."""
    return (text if text.isascii() else text.translate(_FOLD)).lower()


def pieces(words: Iterable[str]) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The words cut at spaces and hyphens, lowercase, for `mentions`: (the one-piece words, the
    pieces of each other word). A pattern made with any_of can match a word only where every one of
    its pieces is in the text."""
    cut = [tuple(p for p in re.split(r"[\s-]+", folded(w)) if p) for w in words]
    return tuple(w[0] for w in cut if len(w) == 1), tuple(w for w in cut if len(w) != 1)


def mentions(folded_text: str, word_pieces: tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]) -> bool:
    """Some word's pieces are all in the (folded) text: a cheap test that lets a costly pattern that
    needs one of these words be skipped where none can match (an empty list is never mentioned)."""
    singles, several = word_pieces
    return any(map(folded_text.__contains__, singles)) or any(all(p in folded_text for p in word) for word in several)


def category_kinds(table: dict) -> dict[str, tuple[str, str]]:
    """A model's labels (the table's `labels`: label -> "category.kind") as (category, kind); build it once
    with built(table, category_kinds)."""
    out = {}
    for label, target in table["labels"].items():
        category, _, kind = target.partition(".")
        if not category or not kind:
            raise RulesError(f"words: labels.{label} must be \"category.kind\", not {target!r}")
        out[label] = (category, kind)
    return out


def words_pattern(words) -> re.Pattern | None:
    """One case-insensitive regex for a list's words and phrases as whole words (diagnoses, countries, medicines)."""
    if not words:
        return None
    # short all-capital forms (US, UK, AML) match only as written, so "us" and "all" stay words
    caps = {w for w in words if len(w) <= 3 and w.isupper()}
    others = {folded(w) for w in words if w not in caps}
    branches = [b for b in (trie(others), f"(?-i:{trie(caps)})" if caps else "") if b]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(branches)})(?![\w-])", re.IGNORECASE)


def trie(words) -> str:
    """One regex for the words as a tree of their letters ("ca(?:ncer|rcinoma)"): a few hundred diagnoses or
    countries are tried letter by letter instead of one after another (ten times faster), and the greedy
    tree still prefers the longest word at a place, as an alternation sorted longest first does. The words
    must differ in more than case (folded, for a pattern read with IGNORECASE)."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)
