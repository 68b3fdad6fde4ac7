"""Organisations and places recognisable from their shape: "St. Luke's Hospital", "Lincoln High
School", "University of Iowa", "Lake Tahoe", "King County", and "I work at Boeing"."""
from __future__ import annotations

import re

from .base import Context, candidate

CAP = r"(?:St\.|Saint|Mt\.|[A-Z][\w'’&.-]*|of|the|and|for|de|&)"
CAP_RUN = rf"(?:[A-Z][\w'’&.-]*|St\.|Saint)(?:\s+{CAP}){{0,5}}"

ORG_SUFFIXES = {
    "hospital": r"Hospitals?|Medical\s+Cent(?:er|re)|Health(?:care)?(?:\s+System)?|Clinic|Cancer\s+(?:Cent(?:er|re)|Institute)|Children['’]s|Infirmary|Blood\s+(?:Cent(?:er|re)|Bank)|Transplant\s+Cent(?:er|re)|Oncology",
    "school": r"University|College|High(?:\s+School)?|Middle\s+School|Elementary(?:\s+School)?|Academy|School(?:\s+District)?|Institute\s+of\s+Technology|Prep",
    "employer": r"Inc\.?|LLC|Ltd\.?|Corp(?:oration)?\.?|Company|Co\.|Bank|Airlines?|Insurance|Group|Partners|Technologies|Industries|Motors|Foods|Fire\s+Department|Police\s+Department|Sheriff['’]s\s+Office|School\s+District",
}
ORG_PATTERNS = [
    (kind, re.compile(rf"\b{CAP_RUN}\s+(?:{suffix})\b")) for kind, suffix in ORG_SUFFIXES.items()
] + [
    ("school", re.compile(r"\b(?:University|College)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|at|of))*(?:\s+[A-Z][\w'’-]*)?")),
    ("hospital", re.compile(r"\b(?:St\.|Saint|Mount|Mt\.)\s+[A-Z][\w'’-]*(?:['’]s)?(?:\s+(?:Hospital|Medical\s+Cent(?:er|re)|Health))?")),
]
PLACE_PATTERNS = [
    ("landmark", re.compile(r"\b(?:Lake|Mount|Mt\.|Fort|Cape|Port|Glacier|Isle\s+of)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")),
    ("landmark", re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:Park|River|Lake|Beach|Bay|Valley|Island|Islands|Mountains?|Canyon|Falls|Trail|Forest|Stadium|Arena|Field|Bridge|Pier|Square|Gardens|Zoo|Mall)\b")),
    ("state", re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:County|Parish|Borough|Township|Shire)\b")),
]
# "I'm a nurse at Cedars", "I work for Boeing", "works at the Kroger on Main"
EMPLOYER_CUE = re.compile(
    r"\b(?:work(?:s|ed|ing)?|job|employed|shift|nurse|teacher|engineer|manager|intern|volunteer(?:s|ed|ing)?|teach(?:es|ing)?)\s+(?:\w+\s+){0,2}?(?:at|for|with)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|&|of)){0,4})"
)
SAFE_HEADS = frozenset({"The", "A", "An", "My", "Our", "I", "We", "Home", "Night", "Work", "Christmas", "Easter"})


def detect(ctx: Context):
    text = ctx.text
    for kind, pattern in ORG_PATTERNS:
        for m in pattern.finditer(text):
            s = _skip_leading_function_words(text, m.start(), m.end())
            if s is not None:
                yield candidate(ctx, s, m.end(), "organization", kind, "patterns", priority=76)
    for kind, pattern in PLACE_PATTERNS:
        for m in pattern.finditer(text):
            s = _skip_leading_function_words(text, m.start(), m.end())
            if s is not None:
                yield candidate(ctx, s, m.end(), "location", kind, "patterns", priority=71)
    for m in EMPLOYER_CUE.finditer(text):
        org = m.group("org")
        if org.split()[0] in SAFE_HEADS or ctx.rules.words("relationship_words") & {org.lower()}:
            continue
        yield candidate(ctx, m.start("org"), m.end("org"), "organization", "employer", "patterns", priority=68)


def _skip_leading_function_words(text: str, start: int, end: int):
    """'The Mayo Clinic' -> 'Mayo Clinic'; a lone suffix word ('Hospital') is not a name."""
    words = text[start:end].split()
    while words and words[0] in {"The", "A", "An", "My", "Our", "In", "At", "From", "To", "And", "Of", "I", "We"}:
        start += text[start:end].index(words[0]) + len(words[0])
        while start < end and text[start].isspace():
            start += 1
        words = words[1:]
    return start if len(words) >= 2 else None
