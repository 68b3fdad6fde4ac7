"""From detector candidates to findings: settle overlaps, honour the allow list and the profile."""
from __future__ import annotations

import bisect
import re

from . import public_figures
from .findings import Candidate, Finding
from .levels import is_guess
from .profiles import Profile
from .rewrites import plan
from .ruleset import RuleSet


class _Kept:
    """Non-overlapping spans kept so far, sorted by start: overlap look-ups in O(log n)."""

    def __init__(self):
        self.starts: list[int] = []
        self.items: list[Candidate] = []

    def clashes(self, c: Candidate) -> list[Candidate]:
        i = bisect.bisect_left(self.starts, c.start)
        if i > 0 and self.items[i - 1].end > c.start:
            i -= 1
        out = []
        while i < len(self.items) and self.items[i].start < c.end:
            if self.items[i].overlaps(c):
                out.append(self.items[i])
            i += 1
        return out

    def add(self, c: Candidate):
        i = bisect.bisect_left(self.starts, c.start)
        self.starts.insert(i, c.start)
        self.items.insert(i, c)


def settle_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Keep one candidate for each stretch of text.

    Confident detectors (curated lists, cues, patterns) are placed first, longest first, so that
    "Texas A&M" beats "Texas" and "my sister Emma" beats "Emma". The model's guesses (levels.Level.GUESS)
    then fill only the gaps, or widen a kept span of the same category that they
    overlap ("Fred Hutch" -> "Fred Hutch Cancer Center").
    """
    kept = _Kept()
    confident = sorted((c for c in cands if not is_guess(c.priority)), key=lambda c: (-c.length, -c.priority, c.start))
    guesses = sorted((c for c in cands if is_guess(c.priority)), key=lambda c: (-c.length, -c.priority, c.start))
    for c in confident:
        if not kept.clashes(c):
            kept.add(c)
    widened = False
    for c in guesses:
        clashes = kept.clashes(c)
        if not clashes:
            kept.add(c)
        elif len(clashes) == 1 and clashes[0].category == c.category and clashes[0].suggestions is None:
            k = clashes[0]
            k.start, k.end = min(k.start, c.start), max(k.end, c.end)
            kept.starts = [x.start for x in kept.items]
            widened = True
    items = sorted(kept.items, key=lambda c: c.start) if widened else kept.items
    # widening may have made two kept spans touch
    merged: list[Candidate] = []
    for c in items:
        if merged and c.overlaps(merged[-1]):
            if c.length > merged[-1].length:
                merged[-1] = c
            continue
        merged.append(c)
    return merged


def allowed_by_user(text: str, allow: list[str]) -> bool:
    low = text.lower().strip()
    return any(low == a or re.fullmatch(r"#?" + re.escape(a) + r"(?:['’]s)?", low) for a in allow)


def _severity(forbidden, kind: str) -> str:
    if kind == public_figures.KIND:
        # A celebrity named in a letter or a post is no clue to who the writer is, unless the writer
        # knows them: worth a second look (warn), never a broken rule (block), whatever the channel.
        return "warn"
    return forbidden.severity_for(kind)


def to_findings(text: str, cands: list[Candidate], profile: Profile, rules: RuleSet, allow=()) -> list[Finding]:
    allow_l = [a.lower().strip() for a in allow if isinstance(a, str) and a.strip()]
    cands = public_figures.mark(text, cands, rules)
    reported = []
    for c in cands:
        forbidden = profile.forbids.get(c.category)
        if forbidden is None or f"{c.category}:{c.kind}" in profile.allowed_kinds:
            continue
        if allowed_by_user(text[c.start : c.end], allow_l):
            continue
        reported.append((c, forbidden))
    # the suggestions fit the words around each span, which may widen it (see rewrites.py)
    rewrites = plan(text, cands, [c for c, _ in reported], rules, profile.channel)
    findings = []
    for c, forbidden in reported:
        message, _ = rules.message(c.category, c.kind)
        rw = rewrites[id(c)]
        if rw is None or allowed_by_user(text[rw.start : rw.end], allow_l):
            continue  # part of another finding's words, or let through as the user saw it ("Always allow")
        findings.append(
            Finding(
                start=rw.start,
                end=rw.end,
                text=text[rw.start : rw.end],
                category=c.category,
                kind=c.kind,
                severity=_severity(forbidden, c.kind),
                message=f"{message} {forbidden.says}",
                rule=f"{profile.id}/{forbidden.rule}",
                source=profile.source,
                detector=c.detector,
                suggestions=rw.suggestions,
            )
        )
    return findings
