"""Reading the rules/ folder: profiles, detectors, patterns, and per language its lists and messages.

The folder ships inside the package (safetoshare.rules); SAFETOSHARE_RULES points to another copy,
so a registry or a volunteer can extend the lists without touching code. Layout:

    profiles/*.toml  detectors.toml  patterns.toml        language-free
    <lang>/gazetteers.toml  <lang>/gazetteers/*.txt       one folder per language read (en, fr)
    <lang>/messages.toml  <lang>/words/<detector>.toml    (a detector's word sets and patterns)

A key the loader does not know is an error at start-up (RulesError names the file and the key):
a typo must not silently leave a list empty.
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path

from .profiles import Profile, UnknownProfile, load_profile
from .rules_schema import RulesError, check_keys

__all__ = ["RulesError", "RuleSet", "UnknownProfile", "load_rules", "default_rules_dir", "read_list"]

DEFAULT_LANGUAGE = "en"
LIST_KEYS = {"file", "category", "kind", "case", "priority", "cues"}
CASES = {"insensitive", "sensitive", "capitalised", "cue"}
MESSAGE_KEYS = {"message", "suggestions", "nouns", "after_article", "placeholder", "joined"}
LANGUAGE_KEYS = {"name", "models", "informal_model", "function_words", "reads_amid"}


@dataclass
class GazetteerList:
    file: str
    category: str
    kind: str
    case: str
    priority: int
    entries: list[list[str]]  # each: canonical first, then aliases
    cues: frozenset[str] = frozenset()  # if set, one must stand among the four words before


@dataclass
class RuleSet:
    """The rules for one language (lists, support words, messages, word tables), with the language-free
    ones (profiles) shared by all. `for_language(code)` gives another language's view."""

    root: Path
    profiles: dict[str, Profile]
    default_profile: str
    messages: dict
    lists: list[GazetteerList]
    support_as_written: dict[str, frozenset[str]] = field(default_factory=dict)
    language: str = DEFAULT_LANGUAGE
    tables: dict[str, dict] = field(default_factory=dict)  # <lang>/words/<detector>.toml, one per detector
    by_language: dict[str, "RuleSet"] = field(default_factory=dict, repr=False)
    about: dict = field(default_factory=dict)  # <lang>/language.toml: name, models, informal_model, function_words, reads_amid
    _built: dict = field(default_factory=dict, repr=False, compare=False)

    def profile(self, name: str | None) -> Profile:
        key = name or self.default_profile
        try:
            return self.profiles[key]
        except KeyError:
            raise UnknownProfile(key, self.profiles) from None

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.by_language) or (self.language,)

    def for_language(self, code: str) -> "RuleSet":
        return self.by_language.get(code, self)

    @cached_property
    def work_cues(self) -> frozenset[str]:
        """The cue words of the employer lists ("work", "shift"): what makes a brand an employer."""
        return frozenset().union(*(gl.cues for gl in self.lists if gl.kind == "employer"))

    @cached_property
    def _support_lower(self) -> dict[str, frozenset[str]]:
        return {key: frozenset(w.lower() for w in words) for key, words in self.support_as_written.items()}

    def words(self, key: str) -> frozenset[str]:
        """A support list, lowercased (for membership tests)."""
        return self._support_lower.get(key, frozenset())

    def words_as_written(self, key: str) -> frozenset[str]:
        """A support list as its file spells it (AML stays upper case)."""
        return self.support_as_written.get(key, frozenset())

    def built(self, build):
        """build(self), made once for these rules (a pattern or word set detectors derive from the lists;
        `build` must be a module-level function: it is the key)."""
        if build not in self._built:
            self._built[build] = build(self)
        return self._built[build]

    def table(self, detector: str) -> dict:
        """The detector's table from <lang>/words/<detector>.toml (word lists as frozensets, *_pattern
        strings compiled)."""
        return self.tables.get(detector, {})

    def message(self, category: str, kind: str) -> tuple[str, list[str]]:
        per_cat = self.messages.get(category, {})
        base = per_cat.get("default", {})
        entry = per_cat.get(kind, {})
        return (
            entry.get("message", base.get("message", "This may identify you.")),
            list(entry.get("suggestions", base.get("suggestions", []))),
        )


def default_rules_dir() -> Path:
    configured = os.environ.get("SAFETOSHARE_RULES")
    if configured:
        return Path(configured)
    return Path(str(resources.files("safetoshare.rules")))


def read_list(path: Path) -> list[list[str]]:
    """One entry a line, aliases after ' | ', '#' lines are comments."""
    entries = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if " | " not in line:  # most lines: one name
                entries.append([line])
                continue
            names = [part.strip() for part in line.split(" | ") if part.strip()]
            if names:
                entries.append(names)
    return entries


def read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"{path.name}: not valid TOML ({exc})") from None


def language_folders(root: Path) -> list[str]:
    """The languages the rules folder holds: each folder with a gazetteers.toml, English first."""
    codes = sorted(p.parent.name for p in root.glob("*/gazetteers.toml"))
    return sorted(codes, key=lambda c: c != DEFAULT_LANGUAGE)


def load_rules(root: Path | None = None, languages: tuple[str, ...] | None = None) -> RuleSet:
    """The rules for every language folder (or the ones named); the result is the English view."""
    root = Path(root) if root else default_rules_dir()
    profiles = {}
    for path in sorted((root / "profiles").glob("*.toml")):
        profile = load_profile(path)
        profiles[profile.id] = profile
    if not profiles:
        raise FileNotFoundError(f"no profiles found in {root / 'profiles'}")
    defaults = [p.id for p in profiles.values() if p.default]
    default_profile = defaults[0] if defaults else sorted(profiles)[0]

    codes = [c for c in language_folders(root) if languages is None or c in languages]
    if not codes:
        raise FileNotFoundError(f"no language folder (with a gazetteers.toml) found in {root}")
    by_language: dict[str, RuleSet] = {}
    for code in codes:
        by_language[code] = _load_language(root, code, profiles, default_profile, by_language)
    return by_language.get(DEFAULT_LANGUAGE, by_language[codes[0]])


def _load_language(root: Path, code: str, profiles, default_profile, by_language) -> RuleSet:
    folder = root / code
    where = f"{code}/"
    messages = read_toml(folder / "messages.toml") if (folder / "messages.toml").exists() else {}
    for cat, kinds in messages.items():
        if not isinstance(kinds, dict):
            raise RulesError(f"{where}messages.toml: {cat!r} must be a table of kinds")
        for kind, entry in kinds.items():
            check_keys(entry, MESSAGE_KEYS, f"{where}messages.toml [{cat}.{kind}]")
    index = read_toml(folder / "gazetteers.toml")
    check_keys(index, {"list", "support"}, f"{where}gazetteers.toml")
    lists = []
    for n, spec in enumerate(index.get("list", [])):
        place = f"{where}gazetteers.toml list #{n + 1}"
        check_keys(spec, LIST_KEYS, place, required={"file", "category", "kind"})
        if spec.get("case", "insensitive") not in CASES:
            raise RulesError(f"{place}: case must be one of {', '.join(sorted(CASES))}")
        path = folder / "gazetteers" / spec["file"]
        if not path.exists():
            raise RulesError(f"{place}: the list file {spec['file']} does not exist")
        lists.append(
            GazetteerList(
                file=spec["file"],
                category=spec["category"],
                kind=spec["kind"],
                case=spec.get("case", "insensitive"),
                priority=int(spec.get("priority", 50)),
                entries=read_list(path),
                cues=frozenset(c.lower() for c in spec.get("cues", ())),
            )
        )
    support = {}
    for key, files in index.get("support", {}).items():
        words = set()
        for name in files:
            path = folder / "gazetteers" / name
            if not path.exists():
                raise RulesError(f"{where}gazetteers.toml [support] {key}: the list file {name} does not exist")
            for entry in read_list(path):
                words.update(entry)
        support[key] = frozenset(words)
    tables = {path.stem: _load_table(path, f"{where}words/{path.name}") for path in sorted((folder / "words").glob("*.toml"))}
    about = read_toml(folder / "language.toml") if (folder / "language.toml").exists() else {}
    check_keys(about, LANGUAGE_KEYS, f"{where}language.toml")
    return RuleSet(root, profiles, default_profile, messages, lists, support, code, tables, by_language, about)


def _load_table(path: Path, where: str) -> dict:
    """One detector's words: lists of words (kept as frozensets, as written) and patterns (keys ending
    in _pattern, compiled; flags inline, e.g. "(?i)"). Which keys a detector reads is checked against
    the detectors' registry when the checker starts."""
    out = {}
    for key, value in read_toml(path).items():
        if key.endswith("_pattern"):
            if not isinstance(value, str):
                raise RulesError(f"{where}: {key}: a pattern must be a string")
            try:
                out[key] = re.compile(value)
            except re.error as exc:
                raise RulesError(f"{where}: {key}: not a valid pattern ({exc})") from None
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            out[key] = frozenset(value)
        elif isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
            out[key] = dict(value)  # a mapping, e.g. a month name -> its number
        else:
            raise RulesError(f"{where}: {key}: expected a list of words, a table of words or a *_pattern string")
    return out
