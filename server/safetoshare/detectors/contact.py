"""Contact details: emails, phone numbers, links, social handles, street addresses, postcodes."""
from __future__ import annotations

import re

from .base import Context, candidate

EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
URL = re.compile(
    r"(?:\bhttps?://|\bwww\.)[^\s<>\"']+"
    r"|\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|me|co|us|uk|de|ly|gl|gg|info|link|page|site|app)(?:/[^\s<>\"']*)?(?!\w|\.\w)",
    re.IGNORECASE,
)
# +1 (206) 555-0134, 206-555-0134, 206.555.0134, 07700 900123, +44 7700 900123, +49 30 1234567
PHONE = re.compile(
    r"(?<![\w/])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{2,5}[\s.-])\d{3,4}[\s.-]?\d{3,4}(?![\w/])"
    r"|(?<![\w/])\d{3}[.-]\d{3}[.-]\d{4}(?![\w/])"
)
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?\b")
STREET_TYPES = (
    "street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|"
    "circle|cir|highway|hwy|parkway|pkwy|square|sq|trail|close|crescent|grove|gardens|row|mews|strasse|straße"
)
ADDRESS = re.compile(
    # street names capitalised (so "5 hours down the road" is no address), street types in any case
    r"\b\d{1,5}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-zA-Z'’-]+\s+){1,3}(?i:" + STREET_TYPES + r")\b\.?"
    r"(?:,?\s+(?i:apt|apartment|unit|suite|#)\.?\s*\w+)?"
)
PO_BOX = re.compile(r"\bP\.?\s?O\.?\s+Box\s+\d+\b", re.IGNORECASE)
# A U.S. zip after a state (WA 98101), or with a cue word; ZIP+4; UK and Canadian postcodes.
US_STATE_CODES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|"
    "OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI"
)
ZIP = re.compile(rf"\b(?:(?:{US_STATE_CODES})\.?,?\s+|(?:zip|zip code|zipcode|postcode)\s*:?\s*)(\d{{5}}(?:-\d{{4}})?)\b", re.IGNORECASE)
ZIP4 = re.compile(r"\b\d{5}-\d{4}\b")
# UK and Canadian postcodes are declared as data: rules/patterns.toml


def detect(ctx: Context):
    text = ctx.text
    emails = [m.span() for m in EMAIL.finditer(text)]

    def inside_email(s, e):
        return any(a <= s and e <= b for a, b in emails)

    for s, e in emails:
        yield candidate(ctx, s, e, "contact_info", "email", "contact", priority=95)
    for m in URL.finditer(text):
        if not inside_email(*m.span()):
            yield candidate(ctx, m.start(), m.end(), "contact_info", "url", "contact", priority=95)
    for m in HANDLE.finditer(text):
        if not inside_email(*m.span()):
            yield candidate(ctx, m.start(), m.end(), "contact_info", "handle", "contact", priority=90)
    for m in PHONE.finditer(text):
        digits = sum(c.isdigit() for c in m.group())
        if 7 <= digits <= 15 and not _looks_like_date_or_range(m.group()):
            yield candidate(ctx, m.start(), m.end(), "contact_info", "phone", "contact", priority=90)
    for pattern in (ADDRESS, PO_BOX):
        for m in pattern.finditer(text):
            yield candidate(ctx, m.start(), m.end(), "contact_info", "address", "contact", priority=92)
    for m in ZIP.finditer(text):
        yield candidate(ctx, m.start(1), m.end(1), "contact_info", "postcode", "contact", priority=88)
    for pattern in (ZIP4,):
        for m in pattern.finditer(text):
            yield candidate(ctx, m.start(), m.end(), "contact_info", "postcode", "contact", priority=88)


def _looks_like_date_or_range(s: str) -> bool:
    # 2023-2024 or 12-12-2023 style strings are dates or ranges, not numbers to call
    return bool(re.fullmatch(r"\d{1,4}[-./]\d{1,2}[-./]\d{2,4}", s.strip()) or re.fullmatch(r"(19|20)\d\d\s*[-–]\s*(19|20)\d\d", s.strip()))
