"""What categories, kinds and severities are called, per language: rules/categories.toml, checked at start-up.

    labels = load_labels(rules_dir)     # LabelError names the file and key of a mistake
    labels.for_language("fr")           # {"language", "categories", "kinds", "severities"}
    labels.category("location", "fr")   # one label; English where the language has none

The review desk, the extension (through GET /api/v1/labels), the batch output and the report all
read these labels, so a category is named the same everywhere.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .findings import CATEGORIES, SEVERITIES

FILE = "categories.toml"
DEFAULT_LANGUAGE = "en"


class LabelError(ValueError):
    """A mistake in categories.toml; the message names the file and the key."""


@dataclass(frozen=True)
class Labels:
    languages: tuple[str, ...]
    categories: dict[str, dict[str, str]]  # category -> {language: label}
    kinds: dict[str, dict[str, str]]  # "category.kind" -> {language: label}
    severities: dict[str, dict[str, str]]  # severity -> {language: label}

    def language(self, lang: str | None) -> str:
        """The label language for `lang` (an ISO 639-1 code, any case): English unless we have it."""
        lang = (lang or "").strip().lower()
        return lang if lang in self.languages else DEFAULT_LANGUAGE

    @staticmethod
    def _pick(labels: dict[str, str], lang: str) -> str:
        return labels.get(lang) or labels[DEFAULT_LANGUAGE]

    def category(self, category: str, lang: str | None = None) -> str:
        labels = self.categories.get(category)
        if labels is None:  # not ours (e.g. a finding from an older client): readable all the same
            return str(category or "other").replace("_", " ")
        return self._pick(labels, self.language(lang))

    def kind(self, category: str, kind: str, lang: str | None = None) -> str:
        labels = self.kinds.get(f"{category}.{kind}")
        return self._pick(labels, self.language(lang)) if labels else self.category(category, lang)

    def severity(self, severity: str, lang: str | None = None) -> str:
        labels = self.severities.get(severity)
        return self._pick(labels, self.language(lang)) if labels else str(severity)

    def for_language(self, lang: str | None) -> dict:
        """Every label in one language (English where that language has none): the API's answer."""
        lang = self.language(lang)
        return {
            "language": lang,
            "categories": {c: self._pick(v, lang) for c, v in self.categories.items()},
            "severities": {s: self._pick(v, lang) for s, v in self.severities.items()},
            "kinds": {k: self._pick(v, lang) for k, v in self.kinds.items()},
        }


def _label_table(table, where: str, languages: tuple[str, ...], extra: tuple[str, ...] = ()) -> dict[str, str]:
    """{language: label} from one table, refusing unknown keys, empty labels and no English."""
    if not isinstance(table, dict):
        raise LabelError(f"{FILE}: {where} must be a table of labels (en = \"...\")")
    out = {}
    for key, value in table.items():
        if key in extra:
            continue
        if key not in languages:
            raise LabelError(f"{FILE}: {where}: unknown key {key!r} (labels are keyed by the languages {list(languages)})")
        if not isinstance(value, str) or not value.strip():
            raise LabelError(f"{FILE}: {where}.{key} must be a non-empty string")
        out[key] = value.strip()
    if DEFAULT_LANGUAGE not in out:
        raise LabelError(f"{FILE}: {where} has no English label (en = \"...\")")
    return out


def parse_labels(data: dict) -> Labels:
    """Labels from the parsed TOML; raises LabelError for anything unknown or missing."""
    languages = data.get("languages")
    if not isinstance(languages, list) or DEFAULT_LANGUAGE not in languages or not all(
        isinstance(x, str) and len(x) == 2 and x.isalpha() and x.islower() for x in languages
    ):
        raise LabelError(f'{FILE}: languages must list two-letter codes, "en" among them')
    languages = tuple(languages)

    severities_table = data.get("severities")
    if not isinstance(severities_table, dict):
        raise LabelError(f"{FILE}: missing [severities] table")
    severities = {}
    for sev, table in severities_table.items():
        if sev not in SEVERITIES:
            raise LabelError(f"{FILE}: unknown severity {sev!r} (known: {', '.join(SEVERITIES)})")
        severities[sev] = _label_table(table, f"severities.{sev}", languages)
    for sev in SEVERITIES:
        if sev not in severities:
            raise LabelError(f"{FILE}: severities.{sev} has no English label (en = \"...\")")

    categories, kinds = {}, {}
    for key, table in data.items():
        if key in ("languages", "severities"):
            continue
        if key not in CATEGORIES:
            raise LabelError(f"{FILE}: unknown key {key!r} (categories: {', '.join(CATEGORIES)})")
        categories[key] = _label_table(table, key, languages, extra=("kinds",))
        kind_tables = table.get("kinds", {})
        if not isinstance(kind_tables, dict):
            raise LabelError(f"{FILE}: {key}.kinds must hold one table per kind")
        for kind, kind_table in kind_tables.items():
            kinds[f"{key}.{kind}"] = _label_table(kind_table, f"{key}.kinds.{kind}", languages)
    for cat in CATEGORIES:
        if cat not in categories:
            raise LabelError(f"{FILE}: category {cat!r} has no English label (add [{cat}] en = \"...\")")
    return Labels(languages=languages, categories=categories, kinds=kinds, severities=severities)


def load_labels_file(path: Path) -> Labels:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise LabelError(f"{FILE}: not found in {path.parent}") from None
    except tomllib.TOMLDecodeError as exc:
        raise LabelError(f"{FILE}: not valid TOML ({exc})") from None
    return parse_labels(data)


@lru_cache(maxsize=4)
def _load_cached(root: str) -> Labels:
    return load_labels_file(Path(root) / FILE)


def load_labels(rules_dir=None) -> Labels:
    """The labels of the rules folder (the bundled one, or SAFETOSHARE_RULES), read once per folder."""
    from .ruleset import default_rules_dir

    return _load_cached(str(Path(rules_dir) if rules_dir else default_rules_dir()))
