"""The shape of what the checker reports: candidates from detectors and final findings."""
from __future__ import annotations

from dataclasses import dataclass, field

CATEGORIES = (
    "personal_name",
    "organization",
    "location",
    "affiliation",
    "personal_date",
    "contact_info",
    "recipient_detail",
)


@dataclass
class Candidate:
    """A span a detector believes may identify someone, before the profile is applied.

    `kind` refines the category (city, state, hospital, team, email...) and picks the message and
    rewrite; `priority` breaks ties when candidates overlap (curated lists beat the model's guess);
    `suggestions`, when given, replace the kind's default rewrites (e.g. "my sister Emma" -> "my sister").
    """

    start: int
    end: int
    category: str
    kind: str
    detector: str
    priority: int = 50
    suggestions: tuple[str, ...] | None = None

    def overlaps(self, other: "Candidate") -> bool:
        return self.start < other.end and other.start < self.end

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass
class Finding:
    start: int
    end: int
    text: str
    category: str
    kind: str
    severity: str
    message: str
    rule: str
    source: str
    detector: str
    suggestions: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "category": self.category,
            "kind": self.kind,
            "severity": self.severity,
            "message": self.message,
            "rule": self.rule,
            "source": self.source,
            "detector": self.detector,
            "suggestions": list(self.suggestions),
        }
