"""Details about the other party in public posts: age, sex, diagnosis, country.

Each detail is found on its own ("45 yo", "man", "AML", "Germany 🇩🇪"); details that stand together
("a 43-year-old woman with AML") become one finding, whose rewrite is "my recipient". Only
sentences about the other person count: ones that mention the recipient, the patient, the match,
or (in a text that does) he/she. An age range alone ("a teenager") is its own kind, which DKMS allows.
"""
from __future__ import annotations

import re

from .base import Context, candidate

NUM_WORD = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUM = rf"(?:\d{{1,2}}|(?:{NUM_WORD})(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?)"
AGE = re.compile(
    rf"\b{NUM}\s*[-\s]?\s*(?:years?|yrs?|months?|mos?)[-\s]?old\b|\b{NUM}\s*(?:yo|y/o|y\.o\.)(?!\w)|\b\d{{1,2}}yo\b"
    rf"|\b(?:aged?|age)\s+\d{{1,2}}\b|\b(?:\d0|{NUM_WORD})[-\s]something\b",
    re.IGNORECASE,
)
# "my recipient is 36", "she turned 7": a bare number after is/was/turned, not a count of something
BARE_AGE = re.compile(
    r"(?:(?<=\bis\s)|(?<=\bwas\s)|(?<=\bturned\s)|(?<=\bturns\s)|(?<=\bturning\s))\d{1,2}\b(?![.,:/]\d)(?!\s*(?:%|percent|days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|am|pm|a\.m|p\.m|times?|units?|bags?|ml|kg|lbs?|pounds?|miles?|km|people|donors?|patients?|cups?|of\b|out\b|to\b|/))",
    re.IGNORECASE,
)
AGE_RANGE = re.compile(
    r"\b(?:in\s+(?:his|her|their)\s+(?:early\s+|mid[-\s]?|late\s+)?(?:\d0'?s|twenties|thirties|forties|fifties|sixties|seventies|eighties))"
    r"|\b(?:middle[-\s]aged|teenage|teen|elderly|young|little|older|retired)\b",
    re.IGNORECASE,
)
PERSON = re.compile(
    r"\b(?:man|woman|boy|girl|guy|gal|lady|gentleman|male|female|baby|infant|toddler|teenager|teen|child|kid|"
    r"grandmother|grandfather|grandma|grandpa|mother|father|mom|mum|dad|son|daughter|veteran|college\s+student|student|"
    r"teacher|nurse|father\s+of\s+\w+|mother\s+of\s+\w+)\b",
    re.IGNORECASE,
)
FLAG = re.compile(r"(?:[\U0001F1E6-\U0001F1FF]{2})+")
# The other party: the recipient for a donor, the donor for a recipient (and their families).
OTHER_PARTY = re.compile(
    r"\b(?:recipient|patient|(?:my|his|her|their|our|the|your)\s+(?:donor|match)|genetic\s+twin|blood\s+twin|(?:stem\s+)?cell\s+twin|"
    r"donated\s+(?:\w+\s+){0,3}?(?:to|for)|donating\s+(?:\w+\s+){0,3}?(?:to|for)|my\s+cells|"
    r"match(?:ed)?\s+(?:with|w|to|for)|(?:a|the)\s+match\b|"
    r"(?:went|going|headed|traveled|travelled|flown|flew|on\s+(?:their|its)\s+way)\s+to)\b",
    re.IGNORECASE,
)
PRONOUN = re.compile(r"\b(?:he|she|his|her|him|they)\b", re.IGNORECASE)
WRITER = re.compile(r"(?:^|[,;]\s*)\s*(?:i|i'm|i\s+am|i\s+was|im|me|my\s+(?:own\s+)?(?:diagnosis|doctor))\b", re.IGNORECASE)
JOINERS = re.compile(r"^[\s,]*(?:(?:a|an|the|with|who\s+has|who\s+had|has|had|fighting|battling|from|in|of|and|is|was|,|\(|\))\s*)*$", re.IGNORECASE)


def detect(ctx: Context):
    if ctx.channel != "post":
        return
    text = ctx.text
    diagnoses = _diagnosis_pattern(ctx)
    countries = _country_pattern(ctx)
    about_other = bool(OTHER_PARTY.search(text))
    if not about_other:
        return
    for s0, s1 in _sentences(text):
        chunk = text[s0:s1]
        if not (OTHER_PARTY.search(chunk) or PRONOUN.search(chunk)):
            continue
        parts = []
        for kind, pattern in (("age", AGE), ("age", BARE_AGE), ("age_range", AGE_RANGE), ("sex", PERSON), ("diagnosis", diagnoses), ("country", countries), ("country", FLAG)):
            if pattern is None:
                continue
            parts.extend((m.start(), m.end(), kind) for m in pattern.finditer(chunk) if kind != "country" or not _just_a_word(ctx, m.group()))
        parts = _dedupe(sorted(parts))
        for group in _groups(chunk, parts):
            start, end = group[0][0], group[-1][1]
            kinds = {k for _, _, k in group}
            if kinds <= {"age_range"} and len(group) == 1:
                if not PERSON.search(chunk[end : end + 20]) and not re.match(r"in\s+(?:his|her|their)", chunk[start:end], re.IGNORECASE):
                    continue  # "young" or "little" alone describes nothing
            if kinds == {"sex"} and not _described(chunk, start):
                continue  # "a man" alone, without age or illness, identifies no one
            if WRITER.search(chunk[max(0, start - 14) : start]):
                continue  # the writer's own age or diagnosis
            start = _with_article(chunk, start)
            kind = "description" if len(kinds - {"age_range"}) >= 2 or (kinds >= {"age_range", "sex"} and len(group) > 1) else _single_kind(kinds)
            # "my recipient is a 43-year-old woman": the rewrite must not repeat "my recipient"
            named = RECIPIENT_BEFORE.search(chunk[:start])
            suggestions = ("someone who needed a transplant", "a patient") if named and kind == "description" else None
            yield candidate(ctx, s0 + start, s0 + end, "recipient_detail", kind, "recipient", priority=86, suggestions=suggestions)


RECIPIENT_BEFORE = re.compile(r"\b(?:recipient|patient|match)\b[^.!?]{0,12}$", re.IGNORECASE)


def _with_article(chunk: str, start: int) -> int:
    m = re.search(r"\b(?:an?|the)\s+$", chunk[:start], re.IGNORECASE)
    return m.start() if m else start


def _just_a_word(ctx, found: str) -> bool:
    """'a reunion' is no Réunion: a lowercase English word is not a country."""
    return found.islower() and found in ctx.rules.words("english_common")


def _single_kind(kinds):
    for k in ("age", "diagnosis", "country", "sex", "age_range"):
        if k in kinds:
            return "age_range" if k == "sex" and "age_range" in kinds else k
    return "description"


def _described(chunk: str, start: int) -> bool:
    """A sex word counts when an article or adjective ties it to a person being described."""
    before = chunk[max(0, start - 20) : start].lower()
    return bool(re.search(r"\b(?:a|an|is|was|my\s+recipient\s+is)\s*$", before))


def _dedupe(parts):
    out = []
    for p in parts:
        if out and p[0] < out[-1][1]:
            if p[1] - p[0] > out[-1][1] - out[-1][0]:
                out[-1] = p
            continue
        out.append(p)
    return out


def _groups(chunk, parts):
    group = []
    for p in parts:
        if group and JOINERS.match(chunk[group[-1][1] : p[0]]):
            group.append(p)
        else:
            if group:
                yield group
            group = [p]
    if group:
        yield group


_CACHE: dict[tuple[int, str], re.Pattern | None] = {}


def _words_pattern(words) -> re.Pattern | None:
    if not words:
        return None
    # short all-capital forms (US, UK, AML) match only as written, so "us" and "all" stay words
    forms = sorted(words, key=len, reverse=True)
    alternation = "|".join(f"(?-i:{re.escape(w)})" if len(w) <= 3 and w.isupper() else re.escape(w) for w in forms)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def _diagnosis_pattern(ctx):
    key = (id(ctx.rules), "dx")
    if key not in _CACHE:
        _CACHE[key] = _words_pattern(ctx.rules.words_as_written("diagnoses"))
    return _CACHE[key]


def _country_pattern(ctx):
    key = (id(ctx.rules), "country")
    if key not in _CACHE:
        names = {alias for gl in ctx.rules.lists if gl.kind == "country" for entry in gl.entries for alias in entry}
        _CACHE[key] = _words_pattern({n for n in names if len(n) > 2 or n.isupper()})
    return _CACHE[key]


def _sentences(text: str):
    start = 0
    for m in re.finditer(r"[.!?\n]+\s*", text):
        yield start, m.end()
        start = m.end()
    if start < len(text):
        yield start, len(text)
