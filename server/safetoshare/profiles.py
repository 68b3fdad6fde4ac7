"""Registry profiles: what one registry's rules forbid and allow on one channel (letter or post)."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .findings import CATEGORIES
from .rules_schema import RulesError, check_keys


class UnknownProfile(KeyError):
    def __init__(self, name, known):
        super().__init__(name)
        self.name = name
        self.known = sorted(known)

    def __str__(self):
        # never the name as given: messages do not echo input (the CLI prints this one)
        return f"unknown profile; known profiles: {', '.join(self.known)}"


SEVERITIES = ("block", "warn", "info")  # info: worth knowing, not against the rules (a photo in a post)


@dataclass(frozen=True)
class Forbidden:
    severity: str
    rule: str
    says: str
    kinds: dict[str, str] = field(default_factory=dict, hash=False)  # kind -> severity, overriding `severity`

    def severity_for(self, kind: str) -> str:
        return self.kinds.get(kind, self.severity)


@dataclass
class Profile:
    id: str
    title: str
    registry: str
    channel: str
    source: str
    summary: str
    forbids: dict[str, Forbidden]
    allows: dict[str, str]
    allowed_kinds: frozenset[str]
    waiting: dict
    default: bool = False
    language: str = "en"  # the language of its title and `says` texts
    after_review: str = ""  # what the registry does with a letter before passing it on, if it says

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "registry": self.registry,
            "channel": self.channel,
            "source": self.source,
            "summary": self.summary,
            "default": self.default,
            "language": self.language,
            "after_review": self.after_review,
            "categories": {
                cat: {"severity": f.severity, "kinds": dict(f.kinds), "rule": f"{self.id}/{f.rule}", "says": f.says}
                for cat, f in self.forbids.items()
            },
            "allows": self.allows,
            "allowed_kinds": sorted(self.allowed_kinds),
            "waiting": self.waiting,
        }


PROFILE_KEYS = {"id", "title", "registry", "channel", "source", "summary", "default", "language", "allowed_kinds", "waiting", "forbids", "allows", "after_review"}
FORBID_KEYS = {"severity", "rule", "says", "kinds"}


def load_profile(path: Path) -> Profile:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    check_keys(data, PROFILE_KEYS, f"profiles/{path.name}", required={"id", "title", "registry", "channel", "source"})
    forbids = {}
    for cat, spec in data.get("forbids", {}).items():
        if cat not in CATEGORIES:
            raise RulesError(f"{path.name}: unknown category {cat!r}")
        check_keys(spec, FORBID_KEYS, f"profiles/{path.name} [forbids.{cat}]", required={"severity", "rule", "says"})
        if spec.get("severity") not in SEVERITIES:
            raise RulesError(f"{path.name}: {cat}: severity must be block, warn or info")
        kinds = spec.get("kinds", {})
        if not isinstance(kinds, dict) or any(v not in SEVERITIES for v in kinds.values()):
            raise RulesError(f"{path.name}: {cat}.kinds: each kind's severity must be block, warn or info")
        forbids[cat] = Forbidden(spec["severity"], spec["rule"], spec["says"], dict(kinds))
    return Profile(
        id=data["id"],
        title=data["title"],
        registry=data["registry"],
        channel=data["channel"],
        source=data["source"],
        summary=data.get("summary", ""),
        forbids=forbids,
        allows=dict(data.get("allows", {})),
        allowed_kinds=frozenset(data.get("allowed_kinds", [])),
        waiting=dict(data.get("waiting", {})),
        default=bool(data.get("default", False)),
        language=str(data.get("language", "en")),
        after_review=str(data.get("after_review", "")),
    )


