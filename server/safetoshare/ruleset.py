"""Reading the rules/ folder: profiles, messages and gazetteers, all plain data files.

The folder ships inside the package (safetoshare.rules); SAFETOSHARE_RULES points to another copy,
so a registry or a volunteer can extend the lists without touching code.
"""
from __future__ import annotations

import logging
import os
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path

from .profiles import Profile, UnknownProfile, load_profile

log = logging.getLogger(__name__)


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
    root: Path
    profiles: dict[str, Profile]
    default_profile: str
    messages: dict
    lists: list[GazetteerList]
    support_as_written: dict[str, frozenset[str]] = field(default_factory=dict)

    def profile(self, name: str | None) -> Profile:
        key = name or self.default_profile
        try:
            return self.profiles[key]
        except KeyError:
            raise UnknownProfile(key, self.profiles) from None

    @cached_property
    def _support_lower(self) -> dict[str, frozenset[str]]:
        return {key: frozenset(w.lower() for w in words) for key, words in self.support_as_written.items()}

    def words(self, key: str) -> frozenset[str]:
        """A support list, lowercased (for membership tests)."""
        return self._support_lower.get(key, frozenset())

    def words_as_written(self, key: str) -> frozenset[str]:
        """A support list as its file spells it (AML stays upper case)."""
        return self.support_as_written.get(key, frozenset())

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
            names = [part.strip() for part in line.split(" | ") if part.strip()]
            if names:
                entries.append(names)
    return entries


def load_rules(root: Path | None = None) -> RuleSet:
    root = Path(root) if root else default_rules_dir()
    profiles = {}
    for path in sorted((root / "profiles").glob("*.toml")):
        profile = load_profile(path)
        profiles[profile.id] = profile
    if not profiles:
        raise FileNotFoundError(f"no profiles found in {root / 'profiles'}")
    defaults = [p.id for p in profiles.values() if p.default]
    default_profile = defaults[0] if defaults else sorted(profiles)[0]

    with open(root / "messages.toml", "rb") as fh:
        messages = tomllib.load(fh)
    with open(root / "gazetteers.toml", "rb") as fh:
        index = tomllib.load(fh)

    lists = []
    for spec in index.get("list", []):
        path = root / "gazetteers" / spec["file"]
        if not path.exists():
            log.warning("gazetteer %s is listed but missing", spec["file"])
            continue
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
            path = root / "gazetteers" / name
            if not path.exists():
                log.warning("support list %s is listed but missing", name)
                continue
            for entry in read_list(path):
                words.update(entry)
        support[key] = frozenset(words)
    return RuleSet(root, profiles, default_profile, messages, lists, support)
