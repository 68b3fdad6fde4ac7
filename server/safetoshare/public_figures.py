"""Public figures: a celebrity's name says nothing about who the writer is.

A personal name the detectors found that is a public figure ("Taylor Swift", "beyonce"), the model's
guess of an organisation or a place that is one ("Beyoncé" as an ORG), a name, place or organisation
found inside one ("Houston" in "Whitney Houston"), and a part of one named in full elsewhere in the
text ("Swift" after "Taylor Swift"; not a first name such as "Taylor", which could be anyone) become
personal_name:public_figure, which resolve reports as a warn at most. The list is rules/en/gazetteers/public-figures.txt.
Names tied to the writer stay what they are: a relative's ("my sister Taylor"), a pet's, the
writer's own, a sign-off, a watchlist entry, and any name right after a relationship word or
"named" ("our dog Beyonce", "a boy named Kobe").
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from functools import lru_cache

from .findings import Candidate
from .levels import is_guess
from .ruleset import RuleSet

KIND = "public_figure"
# what a detector may have mistaken a famous name for
CATEGORIES = frozenset({"personal_name", "location", "organization"})
# kinds that say whose name it is
PERSONAL_KINDS = frozenset({"relative", "pet", "own_name", "signoff", "initials", "hashtag", "watchlist"})
NAMING_WORDS = frozenset({"named", "called", "nicknamed", "name", "names"})
WORD = re.compile(r"[^\W_]+")
# what may stand between the words of one name: "Jay-Z", "O'Neal", "Dr. Phil", "AC/DC"
NAME_GAP = re.compile(r"[ \t.'’‘\-/&]{1,3}")
CLAUSE_BREAK = re.compile(r"[.!?;:\n]")


def fold(word: str) -> str:
    """Lowercase without accents: 'Beyoncé' -> 'beyonce'."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


@dataclasses.dataclass(frozen=True)
class Index:
    names: frozenset[str]  # each name's folded words joined by one space
    first_words: frozenset[str]
    longest: int


@lru_cache(maxsize=4)
def _index(entries: frozenset[str]) -> Index:
    names = {" ".join(fold(w) for w in WORD.findall(e)) for e in entries}
    names.discard("")
    return Index(frozenset(names), frozenset(n.split()[0] for n in names), max((len(n.split()) for n in names), default=0))


@dataclasses.dataclass
class _Occurrence:
    start: int
    end: int
    words: tuple[str, ...]


def mark(text: str, cands: list[Candidate], rules: RuleSet) -> list[Candidate]:
    """The candidates, with those that are public figures marked (and widened to the whole name)."""
    if not any(c.category in CATEGORIES and c.kind not in PERSONAL_KINDS for c in cands):
        return cands
    index = _index(rules.words_as_written("public_figures"))
    if not index.names:
        return cands
    occurrences = _occurrences(text, index, rules)
    if not occurrences:
        return cands
    marked = {}
    for i, c in enumerate(cands):
        if c.category in CATEGORIES and c.kind not in PERSONAL_KINDS:
            span = _public_figure_span(text, c, occurrences, rules)
            if span:
                marked[i] = span
    if not marked:
        return cands
    out, placed = [], set()
    for i, c in enumerate(cands):
        if i not in marked:
            out.append(c)
            continue
        start, end = marked[i]
        if any(j not in marked and other.start < end and start < other.end for j, other in enumerate(cands)):
            start, end = c.start, c.end  # widening would swallow another finding
        if (start, end) in placed:
            continue  # "Barack" and "Obama" are one "Barack Obama"
        placed.add((start, end))
        out.append(dataclasses.replace(c, start=start, end=end, category="personal_name", kind=KIND, suggestions=None))
    return out


def _public_figure_span(text: str, c: Candidate, occurrences: list[_Occurrence], rules: RuleSet) -> tuple[int, int] | None:
    words = tuple(fold(w) for w in WORD.findall(text[c.start : c.end]))
    if not words:
        return None
    inside = [o for o in occurrences if o.start <= c.start and c.end <= o.end]
    if c.category != "personal_name" and not is_guess(c.priority):
        # what a list or a cue found as a place or an organisation is a name only inside a longer
        # one ("Houston" in "Whitney Houston"); "Lincoln" the city and "Drake" the university stay
        inside = [o for o in inside if len(o.words) > len(words)]
    if inside:
        o = max(inside, key=lambda o: o.end - o.start)
        return o.start, o.end
    if c.category != "personal_name" or any(w in rules.words("first_names") or w in rules.words("ambiguous_first_names") for w in words):
        return None
    if any(_contains(o.words, words) for o in occurrences):
        return c.start, c.end  # "Swift" where "Taylor Swift" stands elsewhere
    return None


def _contains(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(whole[i : i + len(part)] == part for i in range(len(whole) - len(part) + 1))


def _occurrences(text: str, index: Index, rules: RuleSet) -> list[_Occurrence]:
    """Every public figure's name in the text, longest at each word, unless tied to the writer."""
    spans = [(m.start(), m.end()) for m in WORD.finditer(text)]
    folded = [fold(text[s:e]) for s, e in spans]
    found = []
    for i, word in enumerate(folded):
        if word not in index.first_words:
            continue
        for n in range(min(index.longest, len(spans) - i), 0, -1):
            last = i + n - 1
            if " ".join(folded[i : last + 1]) in index.names and _one_name(text, spans, i, last):
                if not _after_personal_word(text, spans, folded, i, rules):
                    found.append(_Occurrence(spans[i][0], spans[last][1], tuple(folded[i : last + 1])))
                break
    return found


def _one_name(text: str, spans, first: int, last: int) -> bool:
    return all(NAME_GAP.fullmatch(text[spans[k][1] : spans[k + 1][0]]) for k in range(first, last))


def _after_personal_word(text: str, spans, folded, i: int, rules: RuleSet) -> bool:
    """'my sister Taylor', 'our dog, Beyonce', 'a pup named Elvis': someone the writer knows."""
    if i == 0 or CLAUSE_BREAK.search(text[spans[i - 1][1] : spans[i][0]]):
        return False
    prev = folded[i - 1]
    return prev in NAMING_WORDS or prev in rules.words("relationship_words") or prev in rules.words("pet_words")
