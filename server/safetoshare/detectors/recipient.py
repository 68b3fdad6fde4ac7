"""Details about the other party in public posts: age, sex, diagnosis, country.

"my recipient, a 43-year-old woman with AML" is one finding; "a teenager" alone is an age range,
which some registries (DKMS) allow.
"""
from __future__ import annotations

import re

from .base import Context, candidate

AGE = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
EXACT_AGE = rf"{AGE}[-\s]years?[-\s]old|{AGE}[-\s](?:yo|y/o|yr[-\s]old)"
SEX = r"man|woman|boy|girl|male|female|gentleman|lady|mother|father|mom|mum|dad|grandmother|grandfather|grandma|grandpa|son|daughter|wife|husband|baby|toddler|infant|teen|teenager|kid|child|guy|gal"
RANGE = r"(?:teen(?:ager)?|toddler|infant|baby|child|kid|young\s+(?:adult|man|woman|boy|girl)|adult|(?:man|woman|person|someone|patient)\s+in\s+(?:his|her|their)\s+(?:early\s+|mid[-\s]?|late\s+)?(?:\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties))"
OTHER_PARTY = re.compile(
    r"\b(?:my|our|the|his|her|their)\s+(?:recipient|donor|patient|match|genetic\s+twin|stem\s+cell\s+twin|blood\s+twin)\b"
    r"|\b(?:recipient|donor|patient)\b|\b(?:donated|donating|donate|gave|give|giving)\s+(?:to|for)\b|\bmy\s+cells\b|\bmatch(?:ed)?\s+(?:with|for|to)\b",
    re.IGNORECASE,
)
WRITER_IS_SUBJECT = re.compile(r"^\s*(?:i|i'm|i've|i\s+was|i\s+am|me|my\s+own)\b", re.IGNORECASE)


def _phrase_pattern(diagnoses: frozenset[str]) -> re.Pattern:
    dx = "|".join(sorted((re.escape(d) for d in diagnoses), key=len, reverse=True)) or "leukemia|lymphoma"
    return re.compile(
        rf"\b(?:an?\s+|the\s+)?(?:(?P<age>{EXACT_AGE})\s+)?(?:(?P<sex>{SEX})|(?P<range>{RANGE}))?"
        rf"(?:\s*,?\s*(?:(?:aged?|age)\s+(?P<age2>\d{{1,2}})|\((?P<age3>\d{{1,2}})\)))?"
        rf"(?:\s+(?:with|who\s+has|who\s+had|fighting|battling|suffering\s+from|diagnosed\s+with)\s+(?:an?\s+|the\s+)?(?:rare\s+|aggressive\s+|acute\s+|chronic\s+)?(?P<dx>{dx}))?"
        rf"(?:\s+(?:in|from)\s+(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?\b",
        re.IGNORECASE,
    )


_CACHE: dict[int, re.Pattern] = {}


def detect(ctx: Context):
    if ctx.channel != "post":
        return
    diagnoses = ctx.rules.words("diagnoses")
    pattern = _CACHE.setdefault(id(diagnoses), _phrase_pattern(diagnoses))
    countries = _country_names(ctx)
    for sentence in _sentences(ctx.text):
        s0, s1 = sentence
        chunk = ctx.text[s0:s1]
        if not OTHER_PARTY.search(chunk):
            continue
        for m in pattern.finditer(chunk):
            parts = {k for k, v in m.groupdict().items() if v}
            if not parts or parts == {"sex"} or parts == {"country"} and m.group("country").lower() not in countries:
                continue
            if parts <= {"sex", "country"} and m.group("country") and m.group("country").lower() not in countries:
                continue
            before = chunk[: m.start()]
            if WRITER_IS_SUBJECT.search(before[-12:]) and "dx" in parts and not parts & {"age", "sex"}:
                continue  # "I was diagnosed with AML": the writer's own story
            kind = _kind(parts)
            start, end = s0 + m.start(), s0 + m.end()
            if parts == {"country"} or (m.group("country") and m.group("country").lower() not in countries):
                if m.group("country") and m.group("country").lower() in countries:
                    start = s0 + m.start("country")
                    end = s0 + m.end("country")
                    kind = "country"
                else:
                    end = s0 + (m.start("country") - 4 if m.group("country") else m.end())
            yield candidate(ctx, start, end, "recipient_detail", kind, "recipient", priority=86)


def _kind(parts: set[str]) -> str:
    has_age = bool(parts & {"age", "age2", "age3"})
    if len(parts - {"country"}) >= 2:
        return "description"
    if has_age:
        return "age"
    if "range" in parts:
        return "age_range"
    if "dx" in parts:
        return "diagnosis"
    if "country" in parts:
        return "country"
    return "sex"


def _country_names(ctx: Context) -> frozenset[str]:
    names = set()
    for gl in ctx.rules.lists:
        if gl.kind == "country":
            names.update(alias.lower() for entry in gl.entries for alias in entry)
    return frozenset(names)


def _sentences(text: str):
    start = 0
    for m in re.finditer(r"[.!?\n]+\s*", text):
        yield start, m.end()
        start = m.end()
    if start < len(text):
        yield start, len(text)
