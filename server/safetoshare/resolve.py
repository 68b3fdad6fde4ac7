"""From detector candidates to findings: settle overlaps, honour the allow list and the profile."""
from __future__ import annotations

import re

from .findings import Candidate, Finding
from .profiles import Profile
from .ruleset import RuleSet


def settle_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Keep one candidate for each stretch of text.

    Confident detectors (curated lists, cues, patterns) are placed first, longest first, so that
    "Texas A&M" beats "Texas" and "my sister Emma" beats "Emma". The model's guesses (priority
    below 30) then fill only the gaps, or widen a kept span of the same category that they
    overlap ("Fred Hutch" -> "Fred Hutch Cancer Center").
    """
    kept: list[Candidate] = []
    confident = sorted((c for c in cands if c.priority >= 30), key=lambda c: (-c.length, -c.priority, c.start))
    guesses = sorted((c for c in cands if c.priority < 30), key=lambda c: (-c.length, c.start))
    for c in confident:
        if not any(c.overlaps(k) for k in kept):
            kept.append(c)
    for c in guesses:
        clashes = [k for k in kept if c.overlaps(k)]
        if not clashes:
            kept.append(c)
        elif len(clashes) == 1 and clashes[0].category == c.category and clashes[0].suggestions is None:
            k = clashes[0]
            k.start, k.end = min(k.start, c.start), max(k.end, c.end)
    # widening may have made two kept spans touch
    kept.sort(key=lambda c: c.start)
    merged: list[Candidate] = []
    for c in kept:
        if merged and c.overlaps(merged[-1]):
            if c.length > merged[-1].length:
                merged[-1] = c
            continue
        merged.append(c)
    return merged


def allowed_by_user(text: str, allow: list[str]) -> bool:
    low = text.lower().strip()
    return any(low == a or re.fullmatch(r"#?" + re.escape(a) + r"(?:['’]s)?", low) for a in allow)


def to_findings(text: str, cands: list[Candidate], profile: Profile, rules: RuleSet, allow=()) -> list[Finding]:
    allow_l = [a.lower().strip() for a in allow if isinstance(a, str) and a.strip()]
    findings = []
    for c in cands:
        forbidden = profile.forbids.get(c.category)
        if forbidden is None or f"{c.category}:{c.kind}" in profile.allowed_kinds:
            continue
        span = text[c.start : c.end]
        if allowed_by_user(span, allow_l):
            continue
        message, suggestions = rules.message(c.category, c.kind)
        if c.suggestions is not None:
            suggestions = list(c.suggestions)
        findings.append(
            Finding(
                start=c.start,
                end=c.end,
                text=span,
                category=c.category,
                kind=c.kind,
                severity=forbidden.severity,
                message=f"{message} {forbidden.says}",
                rule=f"{profile.id}/{forbidden.rule}",
                source=profile.source,
                detector=c.detector,
                suggestions=[s for s in suggestions if s != span],
            )
        )
    return findings
