"""Contact details: emails, phone numbers, links, social handles, street addresses, postcodes."""
from __future__ import annotations

import re
from types import SimpleNamespace

from . import words
from .base import Context, candidate

# Street types, state codes and zip cue words come from rules/<lang>/words/contact.toml; a language
# without that file gets emails, links, phones, handles and ZIP+4 codes only.
WORDS = frozenset({"street_types", "unit_words", "compass_letters", "state_codes", "zip_cues", "po_box_pattern"})
# a language may add the words before an address typed in lowercase ("drop off at 14 kestrel close") and the common
# words streets are named by ("station road", "mill lane"), which the lowercase addresses' guard lets through
OPTIONAL_WORDS = frozenset({"address_cues", "street_name_words", "handle_platforms", "group_mentions"})

EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
URL = re.compile(
    r"(?:\bhttps?://|\bwww\.)[^\s<>\"']+"
    r"|\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|me|co|us|uk|de|ly|gl|gg|info|link|page|site|app)(?:/[^\s<>\"']*)?(?!\w|\.\w)"
    # any country's domain with a path after it: zrzutka.pl/pomoc-dla-zosi, vakinha.com.br/forca-ana
    r"|\b(?:[a-z0-9-]+\.)+[a-z]{2,6}/[a-z0-9][^\s<>\"']*",
    re.IGNORECASE,
)
# +1 (206) 555-0134, 206-555-0134, 206.555.0134, 07700 900123, +44 7700 900123, +49 30 1234567
PHONE = re.compile(
    r"(?<![\w/])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{2,5}[\s.-])\d{3,4}[\s.-]?\d{3,4}(?![\w/])"
    r"|(?<![\w/])\d{3}[.-]\d{3}[.-]\d{4}(?![\w/])"
)
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?\b")
ZIP4 = re.compile(r"\b\d{5}-\d{4}\b")
# a number in one run: international ("+254712345678") or a UK mobile ("07700900123") alone; other runs of 10 to 13
# figures only after a word of calling ("call 5551234567", "whatsapp me on 0712345678"), an order or tracking number
# being the same shape
PHONE_INTERNATIONAL = re.compile(r"(?<![\w+/])\+\d{10,13}(?![\w/])|(?<![\w/])07\d{9}(?![\w/])")
PHONE_CUED = re.compile(r"\b(?:call|calling|text|txt|ring|phone|mobile|cell|number|tel|whatsapp|wa|sms|dial|reach me)\b[^\n\d]{0,15}?(?P<phone>(?<![\w/])\d{10,13})(?![\w/])", re.IGNORECASE)
# an email spelled out so that bots miss it: "jess.m at gmail dot com", "jessm [at] outlook [dot] com"
EMAIL_SPELLED = re.compile(
    r"\b(?P<local>[A-Za-z0-9][A-Za-z0-9._-]{1,40})\s*(?:\(at\)|\[at\]|\sat\s|@)\s*(?:gmail|googlemail|yahoo|hotmail|outlook|icloud|aol|live|msn|proton(?:mail)?|me|mail)"
    r"\s*(?:\(dot\)|\[dot\]|\sdot\s|\.)\s*(?:com|net|org|co\s*(?:\.|dot)?\s*uk|ie|ca|au)\b",
    re.IGNORECASE,
)
# UK and Canadian postcodes are declared as data: rules/patterns.toml


def _patterns(w: dict) -> SimpleNamespace:
    """Addresses and zip codes from the language's words (built once per table: words.built)."""
    compass = words.any_of(w["compass_letters"])
    return SimpleNamespace(
        address=re.compile(
            # street names capitalised (so "5 hours down the road" is no address), street types in any case
            rf"\b\d{{1,5}}[A-Za-z]?\s+(?:{compass}\.?\s+)?(?:[A-Z][a-zA-Z'’-]+\s+){{1,3}}(?i:{words.any_of(w['street_types'])})\b\.?"
            rf"(?:,?\s+(?i:{words.any_of(w['unit_words'])})\.?\s*\w+)?"
        ),
        po_box=w["po_box_pattern"],
        # typed in lowercase, after a word that introduces a place to go or send to; the street's words are checked after
        lowercase_address=re.compile(
            rf"\b(?:{words.any_of(w.get('address_cues', ()))})\s+(?P<address>\d{{1,4}}[a-z]?\s+(?P<name>(?:[a-z][a-z'’-]+\s+){{1,2}})"
            rf"(?:{words.any_of(w['street_types'])}))\b(?![\w'’-])"
        ) if w.get("address_cues") else None,
        # a handle after the app's name, without its "@": "snap: jessyb99", "venmo jess-marie-22", "discord is jess#1234";
        # it opens with a letter and holds a figure, "_", ".", "#" or "-" inside (a word after "ig" is a word)
        platform_handle=re.compile(
            rf"\b(?:{words.any_of(w.get('handle_platforms', ()))})\b\s*(?:(?:name|handle|user(?:name)?|id|tag)\s*)?(?:is|:|-|=)?\s*"
            r"(?P<handle>@?[A-Za-z][A-Za-z0-9]*(?:[_.#-][A-Za-z0-9]+|\d)[A-Za-z0-9_.#-]*)(?![\w@/.#-])",
            re.IGNORECASE,
        ) if w.get("handle_platforms") else None,
        # a U.S. zip after a state (WA 98101), or with a cue word
        # the platforms' names as runs of word characters ("cash app": cash, app), or None when one does not open and
        # close with a word character (then the pattern always runs)
        platform_words=_word_runs(w.get("handle_platforms", ())),
        # after a cue, the postcodes of four and six figures too ("postcode 4350", "pin code is 560034")
        zip=re.compile(rf"\b(?:(?:{words.any_of(w['state_codes'])})\.?,?\s+(?=\d{{5}}\b)|(?:{words.any_of(w['zip_cues'])})(?:\s+is)?\s*:?\s*)"
                       rf"(\d{{5}}(?:-\d{{4}})?|\d{{4}}|\d{{6}})\b", re.IGNORECASE),
    )


# after a street address or a PO box, its town (and state) and a postcode of four or five figures
POSTCODE_AFTER_TOWN = re.compile(r"(?:,?[ \t]+[A-Z][\w'’.-]*){1,3},?[ \t]+(\d{4,5}(?:-\d{4})?)(?![\w-])")

# What some patterns cannot match without: a pass over a text that lacks it is skipped
FIGURE = re.compile(r"\d")
THREE_FIGURES = re.compile(r"\d{3}")  # a phone number has runs of three figures or more
FIVE_FIGURES = re.compile(r"\d{5}")  # a zip code
FOUR_FIGURES = re.compile(r"\d{4}")  # a postcode after its cue


def detect(ctx: Context):
    text = ctx.text
    w = words.table(ctx.rules, "contact", WORDS, optional=True)
    at = "@" in text  # in every email and handle
    figure, three, four, five = (p.search(text) is not None for p in (FIGURE, THREE_FIGURES, FOUR_FIGURES, FIVE_FIGURES))
    emails = [m.span() for m in EMAIL.finditer(text)] if at else []

    def inside_email(s, e):
        return any(a <= s and e <= b for a, b in emails)

    for s, e in emails:
        yield candidate(ctx, s, e, "contact_info", "email", "contact", priority=95)
    for m in URL.finditer(text):
        if not inside_email(*m.span()):
            yield candidate(ctx, m.start(), m.end(), "contact_info", "url", "contact", priority=95)
    mentions = (w or {}).get("group_mentions", ())
    for m in HANDLE.finditer(text) if at else ():
        if m.group()[1:].lower() in mentions:
            continue  # "@everyone swab drive reminder": a chat's call to all its members, no one's handle
        if not inside_email(*m.span()):
            yield candidate(ctx, m.start(), m.end(), "contact_info", "handle", "contact", priority=90)
    lowered = text.lower()
    for m in EMAIL_SPELLED.finditer(text) if " at " in lowered or "[at]" in lowered or "(at)" in lowered else ():
        local = m.group("local")
        if inside_email(*m.span()) or local.isalpha() and ctx.plain_word(local):
            continue  # "look at gmail dot com": a word before "at" is the sentence's
        yield candidate(ctx, m.start(), m.end(), "contact_info", "email", "contact", priority=95)
    for m in PHONE_INTERNATIONAL.finditer(text) if three else ():
        yield candidate(ctx, m.start(), m.end(), "contact_info", "phone", "contact", priority=90)
    for m in PHONE_CUED.finditer(text) if three else ():
        yield candidate(ctx, m.start("phone"), m.end("phone"), "contact_info", "phone", "contact", priority=90)
    for m in PHONE.finditer(text) if three else ():
        digits = sum(c.isdigit() for c in m.group())
        if 7 <= digits <= 15 and not _looks_like_date_or_range(m.group()):
            yield candidate(ctx, m.start(), m.end(), "contact_info", "phone", "contact", priority=90)
    if w is not None:
        p = words.built(w, _patterns)
        for pattern in (p.address, p.po_box):
            for m in pattern.finditer(text) if figure or pattern is p.po_box else ():
                yield candidate(ctx, m.start(), m.end(), "contact_info", "address", "contact", priority=92)
                code = POSTCODE_AFTER_TOWN.match(text, m.end())
                if code and _town_before(ctx, text[m.end() : code.start(1)]):
                    # "1406 Magnolia Ridge Dr Houma 70360", "PO Box 214, Whakatane 3120": the address's postcode
                    yield candidate(ctx, code.start(1), code.end(1), "contact_info", "postcode", "contact", priority=88)
        for m in p.platform_handle.finditer(text) if p.platform_handle and _platform_named(ctx, p.platform_words) else ():
            if not inside_email(*m.span("handle")) and not URL.fullmatch(m.group("handle")):
                yield candidate(ctx, m.start("handle"), m.end("handle"), "contact_info", "handle", "contact", priority=90)
        for m in p.lowercase_address.finditer(text) if figure and p.lowercase_address and ctx.informal else ():
            if _street_name(ctx, m.group("name").split(), w):
                yield candidate(ctx, m.start("address"), m.end("address"), "contact_info", "address", "contact", priority=92)
        for m in p.zip.finditer(text) if four else ():
            yield candidate(ctx, m.start(1), m.end(1), "contact_info", "postcode", "contact", priority=88)
    for pattern in (ZIP4,):
        for m in pattern.finditer(text) if five else ():
            yield candidate(ctx, m.start(), m.end(), "contact_info", "postcode", "contact", priority=88)


def _town_before(ctx: Context, between: str) -> bool:
    """The words between an address and a figure name its town and state, no everyday word ("12 Oak Street Since 2019"
    is a year): read from the text alone, since contact details need no tokens."""
    frequent = ctx.rules.words("very_frequent_words")
    return not any(word.lower() in frequent for word in re.findall(r"[A-Za-z]+", between))


def _word_runs(names) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]] | None:
    """(the names of one run of word characters, the runs of each other name), lowercase; None when a name does not
    open and close with a word character."""
    if not all(re.fullmatch(r"\w(?:.*\w)?", n) for n in names):
        return None
    runs = [tuple(re.findall(r"\w+", n.lower())) for n in names]
    return frozenset(r[0] for r in runs if len(r) == 1), tuple(r for r in runs if len(r) != 1)


def _platform_named(ctx: Context, platforms) -> bool:
    """An app's name may stand in the text: in an ASCII text, every word of one of them is a word of the text (the
    handle pattern opens with \\b<app>\\b in any case); in another text, or without the words, always."""
    seen = ctx.ascii_words
    if seen is None or platforms is None:
        return True
    singles, several = platforms
    return not singles.isdisjoint(seen) or any(all(part in seen for part in parts) for parts in several)


def _street_name(ctx: Context, names: list[str], w: dict) -> bool:
    """The words between the number and the street type name a street ("kestrel", "mill", "birch"), not what the
    number counts ("at 5 miles close to", "to 3 kids court"): no plural, no stop word, and none of the commonest
    words unless streets are often named by it."""
    very_common = ctx.rules.words("very_frequent_words")
    street_words = w.get("street_name_words", ())
    return all(not (n.endswith("s") and not n.endswith("ss")) and not ctx.stop_word(n) and (n not in very_common or n in street_words)
               for n in names)


def _looks_like_date_or_range(s: str) -> bool:
    # 2023-2024 or 12-12-2023 style strings are dates or ranges, not numbers to call
    return bool(re.fullmatch(r"\d{1,4}[-./]\d{1,2}[-./]\d{2,4}", s.strip()) or re.fullmatch(r"(19|20)\d\d\s*[-–]\s*(19|20)\d\d", s.strip()))
