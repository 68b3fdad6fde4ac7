"""Personal dates: exact dates in any common format, birthdays, anniversaries, "seven years ago today",
and a month with its year ("in November 2015", "September of 2001").

Holidays, bare months, bare years and relative times ("last spring", "two years ago", "a year ago this
week") are not personal dates (the labelling convention in the project's evaluation set).

Dates in figures need no words and are found in any language (`numeric_dates`); the rest is built from
the language's words in rules/<lang>/words/dates.toml (months, ordinals, "ago"...), once per table.
"""
from __future__ import annotations

import re
from types import SimpleNamespace

from . import words
from .base import Context, candidate

WORDS = frozenset({
    "months", "month_abbreviations", "ambiguous_months", "wish_months", "wish_verbs", "weekdays", "ordinal_words", "day_suffixes",
    "articles", "of_words", "day_before", "not_after_day", "rating_words", "month_year_before", "count_words", "units",
    "year_words", "year_abbreviations", "month_words", "ago_before", "ago_after", "since_words", "this_day", "about_today", "today",
    "been_words", "exactly_words", "today_marks", "own_words", "anniversary_nouns", "occasions", "occasion_kinds", "born_words",
    "to_the_day",
})
# last_year: after this_day, a year before ("this day last year"); ambiguous_weekdays: short forms that are words too,
# a weekday before a day of the month only with "the" ("sat the 3rd", not "i sat 3rd");
# month_before: words before a lowercase month that is also a word ("on march 14", "today is may 3");
# day_before_closing, day_closing_after: a day alone closing a clause ("moved to the 28th", "is the 22nd now")
OPTIONAL_WORDS = frozenset({"modal_months", "month_before", "day_before_closing", "day_closing_after", "last_year", "ambiguous_weekdays", "own_days", "thread_words"})

YEAR = r"(?:19|20)\d\d"
DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])"
I = re.IGNORECASE
NUMERIC_PATTERNS = [
    # 2024-03-14, 2024/3/14
    re.compile(rf"\b{YEAR}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\b"),
    # 3/14, 03/14/2024, 14.03.2024, 3-14-24
    re.compile(r"(?<![\w/.-])(?:[0-3]?\d)[/.-](?:[0-3]?\d)(?:[/.-](?:\d{4}|\d{2}))?(?![\w/]|\.\d|-\d)"),
]
NUMERIC_DATE = NUMERIC_PATTERNS[-1]
NOT_DATES = frozenset({"24/7", "9/11", "50/50"})
NEXT_WORD = re.compile(r"\s+(\w+)")
FIGURE = re.compile(r"\d")


def _patterns(w: dict) -> SimpleNamespace:
    """The language's date patterns, from its words (built once per table: words.built)."""

    def any_of(*keys: str, hyphens: bool = False) -> str:
        return words.any_of(frozenset().union(*(w[k] for k in keys)), hyphens)

    month = rf"{any_of('months', 'month_abbreviations')}\.?"
    suffix = any_of("day_suffixes")
    day = rf"{DAY_NUMBER}{suffix}?"
    day_or_word = rf"(?:{day}|{any_of('ordinal_words', hyphens=True)})"
    weekday = rf"(?:{any_of('weekdays')}\.?,?\s+)"
    # without "the" before the day, not a weekday's short form that is a word too ("i sat 3rd", "we wed 2nd")
    plain_weekday = rf"(?:{words.any_of(frozenset(w['weekdays']) - frozenset(w.get('ambiguous_weekdays', ())))}\.?,?\s+)"
    article, of = any_of("articles"), any_of("of_words")
    count = rf"(?:{any_of('count_words', hyphens=True)}|\d{{1,3}})"
    unit = any_of("units")
    spans = [rf"{any_of('ago_before')}\s+{count}\s+{unit}"] if w["ago_before"] else []
    spans += [rf"{count}\s+{unit}\s+{any_of('ago_after')}"] if w["ago_after"] else []
    ago = rf"(?P<ago>{'|'.join(spans) or '(?!)'})"
    this_day, exactly = any_of("this_day"), any_of("exactly_words")
    years, long_units = any_of("year_words"), any_of("year_words", "month_words")
    been = "|".join(rf"(?<=\b{re.escape(b)} )" for b in sorted(w["been_words"])) or "(?!)"
    age = rf"\d{{1,3}}{suffix}|\d{{1,3}}[-\s]?{any_of('year_words', 'year_abbreviations')}"

    def needs(*groups: tuple[str, ...], figure: bool = False) -> tuple[bool, tuple]:
        """What a pattern cannot match without: a figure, and a word of each group of lists (see _may_match)."""
        return figure, tuple(words.pieces(frozenset().union(*(w[k] for k in keys))) for keys in groups)

    months, ago_words, long_unit_words = ("months", "month_abbreviations"), ("ago_before", "ago_after"), ("year_words", "month_words")
    # A date with a month or a day opens with one of these words or a figure: the patterns below first
    # look at that one character (the regex engine tries every position, and most fail there).
    opening_keys = ("weekdays", "articles", "months", "month_abbreviations", "ordinal_words", "month_year_before", "day_before")
    opening = {word[0] for key in opening_keys for word in w[key] if word} | set("0123456789")
    opens = f"(?=[{re.escape(''.join(sorted(opening)))}])"
    return SimpleNamespace(
        month=re.compile(month, I),
        ordinal_or_year=re.compile(rf"\d{suffix}\b|{YEAR}", I),
        rating_after=re.compile(rf"\s*{any_of('rating_words')}\b", I),
        month_dates=[
            # March 3rd, March 3, 2022, Mar. 3 '22, Tuesday, March 3
            (re.compile(rf"{opens}\b{weekday}?(?:{article}\s+)?{month}\s+{day}\b(?:,?\s+(?:{YEAR}|'\d\d)\b)?", I), needs(months, figure=True)),
            # 14 March 2024, 3rd of March, the twelfth of May
            (re.compile(rf"{opens}\b{weekday}?(?:{article}\s+)?{day_or_word}\s+(?:{of}\s+)?{month}(?:,?\s+{YEAR})?\b", I), needs(months)),
        ],
        # a day of the month without the month: "thursday the 14th", "tues 14th", "on the 3rd" (not "the 50th time")
        day_alone=(re.compile(
            rf"{opens}\b(?:(?:{weekday}{article}|{any_of('day_before')})\s+|{plain_weekday}){DAY_NUMBER}{suffix}\b(?!\s+{of}\b)(?!\s+{any_of('not_after_day')}s?\b)", I
        ), needs(figure=True)),
        # a day of the month closing a clause after a word that points at a day: "moved to the 28th",
        # "collection day is the 22nd!!" (not "she is the 2nd donor", "to the 3rd floor": a word follows)
        day_closing=re.compile(
            rf"\b{words.any_of(frozenset(w.get('day_before_closing', ())))}\s+{DAY_NUMBER}{suffix}\b(?=\s*(?:$|[^\w\s]|{words.any_of(frozenset(w.get('day_closing_after', ())))}\b))", I),
        # A month with its year dates a diagnosis or a donation to within weeks: "November 2015", "Nov. '15",
        # "September of 2001". The year must follow at once, so "may" and "march" as words stay clean.
        month_year=(re.compile(
            rf"{opens}(?P<into>\b{any_of('month_year_before')}\s+)?\b(?P<month>{month}),?\s+(?:{of}\s+)?(?:{YEAR}\b|['’]\d\d\b(?!['’]))", I
        ), needs(months, figure=True)),
        cues=[
            # "my 30th birthday", "our 25th wedding anniversary", "my 3rd transplantiversary", "10 year transplant
            # anniversary" give an age, a wedding year or the year of the transplant ("my birthday is the 4th of
            # July" is caught by its date)
            (re.compile(rf"\b(?:{age})\s+(?:{any_of('occasion_kinds')}\s+)?{any_of('occasions')}\b", I), "birthday", needs(("occasions",), figure=True)),
            # "born on" a day or in a year dates a person
            (re.compile(rf"\b{any_of('born_words')}\s+(?:{YEAR}|{month}\s+{day})\b(?:,?\s+{YEAR})?", I), "birthday", needs(("born_words",), figure=True)),
            # "seven years ago today", "5 yrs ago tomorrow", "on this day 3 years ago", "two years ago on this day",
            # "it's been 4 years today"
            (re.compile(rf"\b{ago}\s+{any_of('about_today')}\b", I), "anniversary_today", needs(ago_words, ("units",), ("about_today",))),
            (re.compile(rf"(?:{been})(?:{exactly}\s+)?(?P<ago>{count}\s+{unit})\s+{any_of('today')}\b", I), "anniversary_today", needs(("been_words",), ("units",), ("today",))),
            # "Siosaia, 12 years today": a count of years or months that ends today, without "been"
            (re.compile(rf"(?<![\w'’-])(?<!\bbeen )(?P<ago>{count}\s+{long_units})\s+{any_of('today')}\b(?![’'])", I), "anniversary_today",
             needs(long_unit_words, ("today",))),
            # "this day last year"
            (re.compile(rf"\b{this_day}\s+{words.any_of(frozenset(w.get('last_year', ())))}\b", I), "anniversary_today",
             (False, (words.pieces(frozenset(w["this_day"])), words.pieces(frozenset(w.get("last_year", ())))))),
            (re.compile(rf"\b{this_day},?\s+{ago}\b", I), "anniversary_today", needs(("this_day",), ago_words, ("units",))),
            (re.compile(rf"\b{ago},?\s+{this_day}\b", I), "anniversary_today", needs(("this_day",), ago_words, ("units",))),
            (re.compile(rf"\b{exactly}\s+{count}\s+{long_units}\s+{any_of('ago_after', 'since_words')}\b", I), "anniversary_today",
             needs(("exactly_words",), long_unit_words, ("ago_after", "since_words"))),
            # "today marks exactly five years", "today is our anniversary"
            (re.compile(
                rf"\b{any_of('today_marks')}\s+(?:{exactly}\s+)?(?:{count}|{any_of('own_words')})\s+(?:\w+[\s-]+){{0,3}}?"
                rf"(?:{long_units}|{any_of('anniversary_nouns')})\b", I), "anniversary_today",
             needs(("today_marks",), long_unit_words + ("anniversary_nouns",))),
            (re.compile(rf"\b{count}\s+{years}\s+(?:{any_of('ago_after')}\s+)?{any_of('to_the_day')}\b", I), "anniversary_today", needs(("year_words",), ("to_the_day",))),
        ],
    )


def numeric_dates(ctx: Context):
    """Dates in figures (14/03/2019, 2019-03-14): any language. A score after them ("10/10 match") is
    told by the language's words where it has them."""
    w = words.table(ctx.rules, "dates", WORDS, optional=True)
    rating_after = words.built(w, _patterns).rating_after if w else None
    text = ctx.text
    for pattern in NUMERIC_PATTERNS:
        for m in pattern.finditer(text):
            if pattern is NUMERIC_DATE and (not _plausible_numeric(m.group()) or rating_after and rating_after.match(text, m.end())
                                            or _a_count(text, m, w.get("thread_words", ()) if w else ()) or _a_game_score(ctx, m)
                                            or _a_score_had(ctx, m)):
                continue
            yield candidate(ctx, m.start(), m.end(), "personal_date", "date", "dates", priority=85)


def detect(ctx: Context):
    """Every date: in figures, and where the language has a dates table, with words."""
    yield from numeric_dates(ctx)
    yield from word_dates(ctx)


def word_dates(ctx: Context):
    """Dates with month names, a day of the month, a month with its year, birthdays and anniversaries:
    in the languages with a dates table."""
    w = words.table(ctx.rules, "dates", WORDS, optional=True)
    if w is None:
        return
    p = words.built(w, _patterns)
    text = ctx.text
    may_match = _may_match(text)
    holidays = ctx.rules.words("public_works")
    for pattern, needs in p.month_dates:
        for m in pattern.finditer(text) if may_match(needs) else ():
            if re.sub(r"\s+", " ", m.group().lower()).removeprefix("the ") in holidays and not _an_event_before(w.get("own_days", ()), text, m.start()):
                continue  # "Fourth of July", "4th of July": a holiday by its name (the public works list them);
                # "my birthday is the 4th of July" stays a date
            if _month_is_a_month(p, w, m, text):
                yield candidate(ctx, m.start(), m.end(), "personal_date", "date", "dates", priority=85)
    pattern, needs = p.day_alone
    for m in pattern.finditer(text) if may_match(needs) else ():
        yield candidate(ctx, m.start(), m.end(), "personal_date", "date", "dates", priority=85)
    for m in p.day_closing.finditer(text) if may_match(needs) else ():
        day = re.search(r"\d", m.group())
        yield candidate(ctx, m.start() + day.start(), m.end(), "personal_date", "date", "dates", priority=85)
    yield from _month_years(ctx, p, w, may_match)
    for pattern, kind, needs in p.cues:
        for m in pattern.finditer(text) if may_match(needs) else ():
            # "seven years ago today" -> "seven years ago": the time is fine, the exact day is not; then the language's
            # vaguest time ("some time ago", "il y a quelque temps")
            ago = m.groupdict().get("ago")
            vaguest = ctx.rules.messages.get("personal_date", {}).get(kind, {}).get("suggestions", [])[-1:]
            suggestions = (re.sub(r"\s+", " ", ago), *vaguest) if ago else None
            yield candidate(ctx, m.start(), m.end(), "personal_date", kind, "dates", priority=84, suggestions=suggestions)




def _an_event_before(own_days, text: str, start: int) -> bool:
    """A word of the writer's own days just before a holiday ("my birthday is the 4th of July")."""
    return any(word in own_days for word in re.findall(r"[^\W\d_]+", text[max(0, start - 40) : start].lower()))


def _a_game_score(ctx: Context, m) -> bool:
    """"Wordle 4/6": a score right after the name of a game (the brands' and public works' lists)."""
    words = re.findall(r"[^\W\d_]+", ctx.text[max(0, m.start() - 30) : m.start()])
    if not words:
        return False
    last = words[-1].lower()
    return last in ctx.rules.words("consumer_brands") or last in ctx.rules.words("public_works")


def _a_count(text: str, m, thread_words=()) -> bool:
    """"1/5 ok so here's the thread", "... (3/5)", "Wordle 6/6": a thread's counter opening or closing the
    text or in brackets, or a score out of itself, is no day and month (a date with its year stays a date)."""
    s = m.group()
    parts = re.split(r"[/.-]", s)
    if len(parts) != 2 or "/" not in s:
        return False
    if parts[0] == parts[1]:
        return True
    before, after = text[: m.start()].rstrip(), text[m.end() :].lstrip()
    bracketed = before.endswith("(") and after.startswith(")")
    # a thread's place counts up to its length ("19/06" is a date); at the very end only after a sentence's
    # end or an emoji ("... here we go 🧵 2/5"), never after a word or a comma ("see you 5/6!", "Saturday, 9/14")
    counting = int(parts[0]) < int(parts[1]) <= 30
    # ... or right after the word for a thread ("ranking every crisp i ate, a thread 1/14")
    edge = not before or (not any(c.isalnum() for c in after) and (not before[-1].isalnum() and before[-1] not in ",;:"
                                                                    or before.lower().endswith(tuple(thread_words))))
    return bracketed or counting and edge


def _a_score_had(ctx: Context, m) -> bool:
    """"the mac n cheese is a 6/10", "they found a 9/10": a score or a match out of a number after "a", which no day
    takes (a date with its year stays a date)."""
    if m.group().count("/") != 1:
        return False
    toks = ctx.tokens_between(m.start(), m.end())
    return bool(toks) and ctx.after_lone_article(toks[0].i)


def _plausible_numeric(s: str) -> bool:
    parts = re.split(r"[/.-]", s)
    try:
        a, b = int(parts[0]), int(parts[1])
    except ValueError:
        return False
    if s in NOT_DATES or a == 0 or b == 0 or (a == b == 10):
        return False
    if "." in s and len(parts) == 2:
        return False  # 3.14 is a number
    if "-" in s and len(parts) == 2:
        return False  # 3-4 is a range
    return (a <= 12 and b <= 31) or (b <= 12 and a <= 31)


def _may_match(text: str):
    """A test of what a pattern needs (a figure, a word of each group) against this text: most texts
    lack the words of most patterns, and a word test costs far less than the pattern's pass."""
    has_figure = FIGURE.search(text) is not None
    low = None
    mentioned: dict[tuple, bool] = {}  # the patterns share groups (units, years...): each is tested once a text

    def may_match(needs) -> bool:
        nonlocal low
        figure, groups = needs
        if figure and not has_figure:
            return False
        if groups and low is None:
            low = words.folded(text)
        for group in groups:
            found = mentioned.get(group)
            if found is None:
                found = mentioned[group] = words.mentions(low, group)
            if not found:
                return False
        return True

    return may_match


def _month_years(ctx: Context, p, w, may_match):
    """'in November 2015' (rewritten as a whole: "a few years ago"), 'September of 2001' ("that year")."""
    pattern, needs = p.month_year
    for m in pattern.finditer(ctx.text) if may_match(needs) else ():
        if _word_not_month(ctx, w, m):
            continue
        start = m.start() if m.group("into") else m.start("month")
        suggestions = None if m.group("into") else ("that year", "that time")
        yield candidate(ctx, start, m.end(), "personal_date", "month_year", "dates", priority=83, suggestions=suggestions)


def _word_not_month(ctx: Context, w, m: re.Match) -> bool:
    """'may' and 'march' are months before a four-digit year, except in a wish ("May 2025 bring you
    strength"). The model runs without a tagger, so a short list of the verbs of wishes stands in."""
    month = m.group("month").rstrip(".").lower()
    if month not in w["ambiguous_months"]:
        return False
    if not re.search(YEAR, m.group()):
        return True
    after = NEXT_WORD.match(ctx.text, m.end())
    return month in w["wish_months"] and bool(after) and after.group(1).lower() in w["wish_verbs"]


def _month_is_a_month(p, w, m: re.Match, text: str) -> bool:
    """'May 5' is a date; 'may 5 people' and 'we march 14 miles' are not. Lowercase ambiguous months need a
    year, an ordinal or a word before that asks for a date ("on march 14", "today is march 14")."""
    month = p.month.search(m.group())
    if not month:
        return True
    word = month.group().rstrip(".")
    if word.lower() not in w["ambiguous_months"] or word[0].isupper():
        return True
    if m.group()[:1].isdigit() and word.lower() not in w.get("modal_months", ()):
        return True  # "ooo 12-13 march", "back 3 august": the day before the month (not "the top 3 may be wrong")
    before = re.findall(r"[^\W\d_]+", text[max(0, m.start() + month.start() - 20) : m.start() + month.start()].lower())
    # or a day closing the clause ("on my birthday, march 9."): "may 5 people", "march 14 miles" go on with a word
    return (bool(p.ordinal_or_year.search(m.group())) or bool(before) and before[-1] in w.get("month_before", ())
            or DAY_CLOSES.match(text, m.end()) is not None)


# what closes a clause after a lowercase "march 9" or "may 3": its end, a mark or an emoji
DAY_CLOSES = re.compile(r"\s*(?:$|[.,!?;:)\]\u2600-\u27bf\U0001F000-\U0001FAFF])")
