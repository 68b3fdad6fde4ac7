"""The detectors' registry: each detector with its name, the categories it reports, the languages it
can read and its level (how much its word counts when two detectors claim the same text).

rules/detectors.toml lists the detectors the checker runs, switches them on or off and says on
which languages each runs; rules/patterns.toml declares identifiers that a pattern finds (postcodes,
phone formats, plates) as data. Both are checked at start-up against this registry.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..findings import CATEGORIES, Candidate
from ..levels import Level, is_guess  # noqa: F401 (re-exported: detectors speak of levels)
from ..rules_schema import RulesError, check_keys
from . import affiliation, contact, dates, entities, gazetteer, informal, names, patterns, recipient, venues, watchlist
from .base import Context, candidate

ANY_LANGUAGE = "*"  # runs on every text, also in languages we cannot read (emails, phones, links...)
OTHER_LANGUAGES = "other"  # runs only on texts in languages we cannot read (what a language's own detector covers elsewhere)


@dataclass(frozen=True)
class Detector:
    name: str
    run: Callable[[Context], Iterable[Candidate | None]]
    categories: tuple[str, ...]
    level: Level
    languages: tuple[str, ...] = (ANY_LANGUAGE,)  # what it can read: codes, or "*" for any
    about: str = ""
    words: frozenset[str] = frozenset()  # keys it needs in rules/<lang>/words/<name>.toml
    optional_words: frozenset[str] = frozenset()  # keys a language may add there
    # run again around rewrites of plain words (checker._detect_around): "my city", "my friend", "about a year ago" (which
    # the date detectors must read again) are no figure of an identifier, contact detail or detail of the other party
    rereads_rewrites: bool = True

    def reads(self, language: str) -> bool:
        return ANY_LANGUAGE in self.languages or language in self.languages


def _with_words(det: Detector) -> Detector:
    """The detector with the words its module declares (none for a detector without a words file)."""
    module = MODULES.get(det.name)
    return dataclasses.replace(det, words=frozenset(getattr(module, "WORDS", ())), optional_words=frozenset(getattr(module, "OPTIONAL_WORDS", ())))


def _gazetteer(ctx: Context):
    return gazetteer.detect(ctx, ctx.gazetteers) if ctx.gazetteers is not None else ()


def _watchlist(ctx: Context):
    return watchlist.detect(ctx, list(ctx.watchlist)) if ctx.watchlist else ()


# The modules whose words live in rules/<lang>/words/<name>.toml (WORDS: needed; OPTIONAL_WORDS: allowed)
MODULES = {"contact": contact, "dates": dates, "names": names, "entities": entities, "informal": informal,
           "patterns": patterns, "affiliation": affiliation, "recipient": recipient, "gazetteer": gazetteer, "venues": venues}

# What the code provides. The languages here are what each CAN read: "*" for a detector whose language
# is all in rules/<lang>/words/<name>.toml (or that needs none), codes for one whose code knows a
# language (the informal-post model was trained on English). rules/detectors.toml picks where each runs.
BUILTIN: dict[str, Detector] = {
    d.name: _with_words(d)
    for d in (
        Detector("contact", contact.detect, ("contact_info",), Level.FORMAT, (ANY_LANGUAGE,),
                 "emails, phone numbers, links, handles; street addresses and zip codes where the language's words say how",
                 rereads_rewrites=False),
        Detector("numeric_dates", dates.numeric_dates, ("personal_date",), Level.FORMAT, (ANY_LANGUAGE,),
                 "dates written in figures (12/03/2021, 12.03.2021), in any language"),
        Detector("dates", dates.detect, ("personal_date",), Level.CUE, (ANY_LANGUAGE,),
                 "dates with month names, birthdays, anniversaries, a month with its year, 'N years ago today'"),
        Detector("names", names.detect, ("personal_name",), Level.CUE, (ANY_LANGUAGE,),
                 "names after relationship words and titles, introductions, sign-offs, initials, name hashtags"),
        Detector("entities", entities.detect, ("personal_name", "organization", "location"), Level.GUESS, (ANY_LANGUAGE,),
                 "the spaCy model's named entities, where no list or cue said more"),
        Detector("informal", informal.detect, ("personal_name", "organization", "location"), Level.GUESS, ("en",),
                 "the informal-post model's entities in lowercase, slangy posts, with a guard against ordinary words"),
        Detector("patterns", patterns.detect, ("organization", "location", "affiliation"), Level.CUE, ("en",),
                 "organisations and places by their shape: 'St. Luke's Hospital', 'Lake Tahoe', 'I work at X'"),
        Detector("venues", venues.detect, ("organization",), Level.GUESS, (ANY_LANGUAGE,),
                 "places people go named after 'at' mid-sentence ('drinks at The Blue Door') that no list knows"),
        Detector("affiliation", affiliation.detect, ("affiliation",), Level.CUE, ("en",),
                 "named clubs and community groups before a group noun ('our Rotary chapter')"),
        Detector("recipient", recipient.detect, ("recipient_detail",), Level.CUE, (ANY_LANGUAGE,),
                 "in public posts: the other party's age, sex, diagnosis, country", rereads_rewrites=False),
        Detector("gazetteer", _gazetteer, ("organization", "location", "affiliation"), Level.LIST, (ANY_LANGUAGE,),
                 "the curated lists of rules/<lang>/gazetteers.toml"),
        Detector("watchlist", _watchlist, ("personal_name", "organization", "location"), Level.USER, (ANY_LANGUAGE,),
                 "the user's own watchlist, with nicknames and initials"),
    )
}

DETECTOR_KEYS = {"name", "enabled", "languages"}
PATTERN_KEYS = {"name", "category", "kind", "pattern", "languages", "level", "tiebreak", "group", "about", "source", "examples", "not_examples", "enabled"}


@dataclass(frozen=True)
class PatternSpec:
    """An identifier found by a regular expression alone, declared in rules/patterns.toml."""

    name: str
    category: str
    kind: str
    regex: re.Pattern
    level: Level
    tiebreak: int = 0
    group: int | str = 0  # the part of the match that is the identifier
    examples: tuple[str, ...] = ()
    not_examples: tuple[str, ...] = ()
    needs_figure: bool = False  # every match holds a figure (\d): a text without one is not searched
    needs_chars: str = ""  # ASCII punctuation every match holds ("$" of a cashtag)

    def detect(self, ctx: Context):
        text = ctx.text
        if self.needs_figure and not ctx.has_figure or any(c not in text for c in self.needs_chars):
            return
        for m in self.regex.finditer(text):
            yield candidate(ctx, m.start(self.group), m.end(self.group), self.category, self.kind, f"pattern:{self.name}", priority=self.level + self.tiebreak)


@dataclass
class DetectorPlan:
    """The detectors that run, from rules/detectors.toml and rules/patterns.toml."""

    enabled: list[tuple[Detector, tuple[str, ...]]]  # (detector, languages it runs on)
    patterns: list[PatternSpec] = field(default_factory=list)

    def for_language(self, language: str, supported: bool = True) -> list[Detector]:
        """The detectors that run on a text in `language` (one we read, or not: then only "*" ones)."""
        return [d for d, langs in self.enabled if ANY_LANGUAGE in langs or (language in langs if supported else OTHER_LANGUAGES in langs)]


def load_plan(root: Path, read_toml, languages: tuple[str, ...], tables: dict[str, dict[str, dict]]) -> DetectorPlan:
    """Read detectors.toml and patterns.toml; check names, languages and each detector's words."""
    data = read_toml(root / "detectors.toml")
    check_keys(data, {"detector"}, "detectors.toml")
    enabled, seen = [], set()
    for n, spec in enumerate(data.get("detector", [])):
        where = f"detectors.toml detector #{n + 1}"
        check_keys(spec, DETECTOR_KEYS, where, required={"name", "languages"})
        name = spec["name"]
        if name not in BUILTIN:
            raise RulesError(f"{where}: no detector is called {name!r} (known: {', '.join(sorted(BUILTIN))})")
        if name in seen:
            raise RulesError(f"{where}: {name!r} is listed twice")
        seen.add(name)
        det, langs = BUILTIN[name], tuple(spec["languages"])
        for lang in langs:
            if lang == OTHER_LANGUAGES:
                lang = ANY_LANGUAGE
            if lang != ANY_LANGUAGE and lang not in languages:
                raise RulesError(f"{where}: {name!r} runs on {lang!r}, which has no rules folder")
            if not det.reads(lang):
                raise RulesError(f"{where}: {name!r} cannot read {lang!r} (it reads {', '.join(det.languages)})")
            if lang != ANY_LANGUAGE and det.words:
                table = tables.get(lang, {}).get(name)
                if table is None:
                    raise RulesError(f"{where}: {name!r} needs rules/{lang}/words/{name}.toml")
                missing = sorted(det.words - set(table))
                if missing:
                    raise RulesError(f"rules/{lang}/words/{name}.toml: missing {', '.join(missing)}")
        if spec.get("enabled", True):
            enabled.append((det, langs))
    for lang, per_detector in tables.items():
        for name, table in per_detector.items():
            if name not in BUILTIN:
                raise RulesError(f"rules/{lang}/words/{name}.toml: no detector is called {name!r}")
            det = BUILTIN[name]
            unknown = sorted(set(table) - det.words - det.optional_words)
            if unknown:
                raise RulesError(f"rules/{lang}/words/{name}.toml: unknown key {', '.join(unknown)}")
    patterns_path = root / "patterns.toml"
    declared = _load_patterns(read_toml(patterns_path), languages) if patterns_path.exists() else []
    enabled.extend((det, langs) for det, langs, _ in declared)
    return DetectorPlan(enabled, [p for _, _, p in declared])


def _needs(regex: re.Pattern) -> tuple[bool, str]:
    """(every match holds a figure, the ASCII punctuation every match holds), read from the pattern's parse tree;
    what cannot be told for sure is not needed."""
    import string
    from re import _constants as C
    from re import _parser

    def digit_class(items) -> bool:
        def digit(op, av):
            if op is C.CATEGORY:
                return av is C.CATEGORY_DIGIT
            if op is C.RANGE:
                return 48 <= av[0] <= av[1] <= 57
            return op is C.LITERAL and 48 <= av <= 57
        return bool(items) and all(digit(op, av) for op, av in items)

    def needs(seq, test) -> bool:
        return any(item(op, av, test) for op, av in seq)

    def item(op, av, test) -> bool:
        if test(op, av):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            return av[0] >= 1 and needs(av[2], test)
        if op is C.SUBPATTERN:
            return needs(av[3], test)
        if op is C.ATOMIC_GROUP:
            return needs(av, test)
        if op is C.BRANCH:
            return all(needs(alt, test) for alt in av[1])
        if op is C.ASSERT:  # a lookahead or lookbehind that must match reads those characters of the text
            return needs(av[1], test)
        return False

    try:
        tree = _parser.parse(regex.pattern, regex.flags)
    except Exception:  # noqa: BLE001 - an unreadable tree needs nothing
        return False, ""
    figure = needs(tree, lambda op, av: op is C.IN and digit_class(av) or op is C.LITERAL and 48 <= av <= 57)
    chars = "".join(c for c in string.punctuation if needs(tree, lambda op, av, c=ord(c): op is C.LITERAL and av == c))
    return figure, chars


def _load_patterns(data: dict, languages) -> list[tuple[Detector, tuple[str, ...], PatternSpec]]:
    check_keys(data, {"pattern"}, "patterns.toml")
    out = []
    for n, spec in enumerate(data.get("pattern", [])):
        where = f"patterns.toml pattern #{n + 1}"
        check_keys(spec, PATTERN_KEYS, where, required={"name", "category", "kind", "pattern", "languages"})
        if spec["category"] not in CATEGORIES:
            raise RulesError(f"{where}: unknown category {spec['category']!r}")
        level_name = spec.get("level", "format").upper()
        if level_name not in Level.__members__:
            raise RulesError(f"{where}: level must be one of {', '.join(m.lower() for m in Level.__members__)}")
        try:
            regex = re.compile(spec["pattern"])
        except re.error as exc:
            raise RulesError(f"{where}: not a valid pattern ({exc})") from None
        for lang in spec["languages"]:
            if lang not in (ANY_LANGUAGE, OTHER_LANGUAGES) and lang not in languages:
                raise RulesError(f"{where}: language {lang!r} has no rules folder")
        if not spec.get("enabled", True):
            continue
        p = PatternSpec(spec["name"], spec["category"], spec["kind"], regex, Level[level_name], int(spec.get("tiebreak", 0)),
                        spec.get("group", 0), tuple(spec.get("examples", ())), tuple(spec.get("not_examples", ())), *_needs(regex))
        # a pattern every match of which holds a figure cannot match the plain words of a rewrite
        det = Detector(f"pattern:{p.name}", p.detect, (p.category,), p.level, tuple(spec["languages"]), spec.get("about", ""),
                       rereads_rewrites=not p.needs_figure)
        out.append((det, tuple(spec["languages"]), p))
    return out
