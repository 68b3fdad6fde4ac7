"""Personal dates: exact dates in any common format, birthdays, anniversaries, "seven years ago today",
and a month with its year ("in November 2015", "September of 2001").

Holidays, bare months, bare years and relative times ("last spring", "two years ago", "a year ago this
week") are not personal dates (the labelling convention in the project's evaluation set).
"""
from __future__ import annotations

import re

from .base import Context, candidate

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
ORDINAL_WORDS = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|"
    r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[-\s](?:first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth)|thirtieth|thirty[-\s]first"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
DAY_OR_WORD = rf"(?:{DAY}|{ORDINAL_WORDS})"
YEAR = r"(?:19|20)\d\d"
WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)"

# "seven", "twenty-one", "5": how many years (months, weeks, days) ago
NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen)"
)
COUNT = rf"(?:{NUMBER_WORD}|an?|\d{{1,3}})"
UNIT = r"(?:years?|yrs?|months?|mos|weeks?|wks?|days?)"
AGO = rf"(?P<ago>{COUNT}\s+{UNIT}\s+ago)"
THIS_DAY = r"(?:on\s+)?this\s+(?:very\s+)?(?:day|date)"

I = re.IGNORECASE
DATE_PATTERNS = [
    # March 3rd, March 3, 2022, Mar. 3 '22, Tuesday, March 3
    re.compile(rf"\b{WEEKDAY}?(?:the\s+)?{MONTH}\s+{DAY}\b(?:,?\s+(?:{YEAR}|'\d\d)\b)?", I),
    # 14 March 2024, 3rd of March, the twelfth of May
    re.compile(rf"\b{WEEKDAY}?(?:the\s+)?{DAY_OR_WORD}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?\b", I),
    # a day of the month without the month: "thursday the 14th", "on the 3rd" (not "the 50th time")
    re.compile(rf"\b(?:{WEEKDAY}the|on\s+the)\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+of\b)(?!\s+(?:time|times|floor|century|place|row|grade|round|day|week|month|year|anniversary|birthday|percentile|draft|pick|inning|hole|try|attempt)s?\b)", I),
    # 2024-03-14, 2024/3/14
    re.compile(rf"\b{YEAR}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\b"),
    # 3/14, 03/14/2024, 14.03.2024, 3-14-24
    re.compile(r"(?<![\w/.-])(?:[0-3]?\d)[/.-](?:[0-3]?\d)(?:[/.-](?:\d{4}|\d{2}))?(?![\w/]|\.\d|-\d)"),
]
# Months that are also ordinary words only count with a capital letter when they stand alone.
NUMERIC_DATE = DATE_PATTERNS[-1]
MONTH_DATES = DATE_PATTERNS[:2]
# "a 10/10 match", "8/10 would recommend": scores, not dates
RATING_AFTER = re.compile(r"\s*(?:match|would|stars?|recommend|pain|rating)\b", I)
AMBIGUOUS_MONTHS = {"may", "march"}

# A month with its year dates a diagnosis or a donation to within weeks: "November 2015", "Nov. '15",
# "September of 2001". The year must follow at once, so "may" and "march" as words stay clean.
MONTH_YEAR = re.compile(rf"(?P<into>\b(?:back\s+)?in\s+)?\b(?P<month>{MONTH}),?\s+(?:of\s+)?(?:{YEAR}\b|['’]\d\d\b(?!['’]))", I)

NEXT_WORD = re.compile(r"\s+(\w+)")
# the verbs of a wish: "May 2025 bring you strength", "may 2024 be your year"
WISH_VERBS = frozenset(
    "be bring give hold fill see grant treat keep find shine continue carry open help heal lead mark usher "
    "become start end stay".split()
)

CUES = [
    # "my birthday is the 4th of July" is caught by its date; "born on" a day or in a year dates a person;
    # "my 30th birthday", "our 25th wedding anniversary", "my 3rd transplantiversary", "10 year transplant
    # anniversary" give an age, a wedding year or the year of the transplant
    (re.compile(r"\b(?:\d{1,3}(?:st|nd|rd|th)|\d{1,3}[-\s]?(?:years?|yrs?))\s+(?:wedding\s+|transplant\s+|donation\s+)?(?:birthday|bday|b-day|anniversary|transplantiversary|rebirthday|re-birthday)\b", I), "birthday"),
    (re.compile(r"\bborn\s+(?:on|in)\s+(?:" + YEAR + r"|" + MONTH + r"\s+" + DAY + r")\b(?:,?\s+" + YEAR + r")?", I), "birthday"),
    # "seven years ago today", "5 yrs ago tomorrow", "on this day 3 years ago", "two years ago on this day",
    # "it's been 4 years today"
    (re.compile(rf"\b{AGO}\s+(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|evening|afternoon))\b", I), "anniversary_today"),
    (re.compile(rf"(?<=\bbeen )(?:exactly\s+)?(?P<ago>{COUNT}\s+{UNIT})\s+today\b", I), "anniversary_today"),
    (re.compile(rf"\b{THIS_DAY},?\s+{AGO}\b", I), "anniversary_today"),
    (re.compile(rf"\b{AGO},?\s+{THIS_DAY}\b", I), "anniversary_today"),
    (re.compile(rf"\b(?:exactly|precisely)\s+{COUNT}\s+(?:years?|months?)\s+(?:ago|since)\b", I), "anniversary_today"),
    (re.compile(rf"\btoday\s+(?:marks|is)\s+(?:exactly\s+)?(?:{COUNT}|my|our)\s+(?:\w+[\s-]+){{0,3}}?(?:years?|months?|anniversary|birthday)\b", I), "anniversary_today"),
    (re.compile(rf"\b{COUNT}\s+years?\s+(?:ago\s+)?to\s+the\s+day\b", I), "anniversary_today"),
]


def _plausible_numeric(s: str) -> bool:
    parts = re.split(r"[/.-]", s)
    try:
        a, b = int(parts[0]), int(parts[1])
    except ValueError:
        return False
    if s in {"24/7", "9/11", "50/50"} or a == 0 or b == 0 or (a == b == 10):
        return False
    if "." in s and len(parts) == 2:
        return False  # 3.14 is a number
    if "-" in s and len(parts) == 2:
        return False  # 3-4 is a range
    return (a <= 12 and b <= 31) or (b <= 12 and a <= 31)


def detect(ctx: Context):
    text = ctx.text
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            s = m.group()
            if pattern is NUMERIC_DATE and (not _plausible_numeric(s) or RATING_AFTER.match(text, m.end())):
                continue
            if pattern in MONTH_DATES and not _month_is_a_month(text, m):
                continue
            yield candidate(ctx, m.start(), m.end(), "personal_date", "date", "dates", priority=85)
    yield from _month_years(ctx)
    for pattern, kind in CUES:
        for m in pattern.finditer(text):
            # "seven years ago today" -> "seven years ago": the time is fine, the exact day is not
            ago = m.groupdict().get("ago")
            suggestions = (re.sub(r"\s+", " ", ago), "some time ago") if ago else None
            yield candidate(ctx, m.start(), m.end(), "personal_date", kind, "dates", priority=84, suggestions=suggestions)


def _month_years(ctx: Context):
    """'in November 2015' (rewritten as a whole: "a few years ago"), 'September of 2001' ("that year")."""
    for m in MONTH_YEAR.finditer(ctx.text):
        if _word_not_month(ctx, m):
            continue
        start = m.start() if m.group("into") else m.start("month")
        suggestions = None if m.group("into") else ("that year", "that time")
        yield candidate(ctx, start, m.end(), "personal_date", "month_year", "dates", priority=83, suggestions=suggestions)


def _word_not_month(ctx: Context, m: re.Match) -> bool:
    """'may' and 'march' are months before a four-digit year, except in a wish ("May 2025 bring you
    strength"). The model runs without a tagger, so a short list of the verbs of wishes stands in."""
    month = m.group("month").rstrip(".").lower()
    if month not in AMBIGUOUS_MONTHS:
        return False
    if not re.search(YEAR, m.group()):
        return True
    after = NEXT_WORD.match(ctx.text, m.end())
    return month == "may" and bool(after) and after.group(1).lower() in WISH_VERBS


def _month_is_a_month(text: str, m: re.Match) -> bool:
    """'May 5' is a date; 'may 5 people' is not. Lowercase ambiguous months need a year or ordinal."""
    month = re.search(MONTH, m.group(), re.IGNORECASE)
    if not month:
        return True
    word = month.group().rstrip(".")
    if word.lower() not in AMBIGUOUS_MONTHS or word[0].isupper():
        return True
    return bool(re.search(r"\d(?:st|nd|rd|th)\b|" + YEAR, m.group(), re.IGNORECASE))
