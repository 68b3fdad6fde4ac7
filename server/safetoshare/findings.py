"""The shape of what the checker reports: candidates from detectors and final findings.

One `Finding` for text and pictures: a text finding has `start`/`end` offsets into the text; a
picture finding has `start = end = None` (it points at no text), a `box` for a region of the picture
(faces, words read in it) and details in `meta` (the EXIF tag and value, the OCR confidence...).
"""
from __future__ import annotations

from dataclasses import dataclass, field

TEXT_CATEGORIES = (
    "personal_name",
    "organization",
    "location",
    "affiliation",
    "personal_date",
    "contact_info",
    "recipient_detail",
)
# What a picture itself shows or hides (kinds photo, face, metadata_<field>); words read in a
# picture are reported under the text categories.
PICTURE_CATEGORIES = ("photograph",)
CATEGORIES = TEXT_CATEGORIES + PICTURE_CATEGORIES
# block: breaks the registry's rules; warn: may identify; info: worth knowing (a photo in a post).
SEVERITIES = ("block", "warn", "info")


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
    """What the checker reports, under a profile. `start`/`end` are None for a finding about a
    picture rather than a span of text; `box` is {"x", "y", "w", "h"} in the picture's pixels (as
    displayed, full size), None for text."""

    start: int | None
    end: int | None
    text: str | None  # the words: as written, or as read in a picture; None for a picture-level finding
    category: str
    kind: str
    severity: str
    message: str
    rule: str
    source: str
    detector: str
    suggestions: list[str] = field(default_factory=list)
    box: dict | None = None
    meta: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """JSON-ready; fields that are None (offsets of a picture finding, box of a text finding)
        and an empty `meta` are left out, so a text finding reads exactly as before pictures joined."""
        out = {
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
        if self.box is not None:
            out["box"] = dict(self.box)
        if self.meta:
            out["meta"] = dict(self.meta)
        return {k: v for k, v in out.items() if v is not None}

    @property
    def in_text(self) -> bool:
        """True for a finding on a span of text (it has offsets), False for one about a picture."""
        return self.start is not None and self.end is not None
