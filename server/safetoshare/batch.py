"""`safetoshare check`: read files and folders (or standard input), check each, report.

Text, Markdown and HTML files; folders are walked for those. One unreadable file is reported
and does not stop the others. Exit code: 0 nothing found, 1 findings, 2 an error occurred.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .htmltext import html_to_text

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm"}


@dataclass
class FileResult:
    path: str
    text: str = ""
    findings: list = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict:
        out = {"path": self.path, "findings": [f.to_dict() for f in self.findings]}
        if self.error:
            out["error"] = self.error
        return out


def collect(paths: list[str]) -> list[Path | str]:
    out: list[Path | str] = []
    for p in paths:
        if p == "-":
            out.append("-")
            continue
        path = Path(p)
        if path.is_dir():
            out.extend(sorted(q for q in path.rglob("*") if q.is_file() and q.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES))
        else:
            out.append(path)
    return out


def read_text(item) -> str:
    if item == "-":
        return sys.stdin.read()
    raw = Path(item).read_bytes()
    text = raw.decode("utf-8-sig")
    if Path(item).suffix.lower() in HTML_SUFFIXES:
        text = html_to_text(text)
    return text


def check_items(checker, items, profile, watchlist=(), allow=()) -> list[FileResult]:
    results = []
    for item in items:
        name = "<stdin>" if item == "-" else str(item)
        try:
            text = read_text(item)
        except FileNotFoundError:
            results.append(FileResult(name, error="file not found"))
            continue
        except UnicodeDecodeError:
            results.append(FileResult(name, error="not a UTF-8 text file"))
            continue
        except OSError as exc:
            results.append(FileResult(name, error=f"cannot read: {exc.strerror or exc.__class__.__name__}"))
            continue
        results.append(FileResult(name, text, checker.check(text, profile=profile, watchlist=watchlist, allow=allow)))
    return results


COLORS = {"block": "\033[1;31m", "warn": "\033[1;33m", "dim": "\033[2m", "reset": "\033[0m"}


def render_text(results, color: bool) -> str:
    c = COLORS if color else {k: "" for k in COLORS}
    lines = []
    for r in results:
        if r.error:
            lines.append(f"{r.path}: error: {r.error}")
            continue
        if not r.findings:
            lines.append(f"{r.path}: nothing identifying found")
            continue
        lines.append(f"{r.path}: {len(r.findings)} finding(s)")
        for f in r.findings:
            line_no, col, line = locate(r.text, f.start)
            width = max(1, min(f.end, f.start - col + len(line)) - f.start)
            lines.append(f"  {r.path}:{line_no}:{col + 1}: {c[f.severity]}{f.severity}{c['reset']} {f.category} ({f.kind}) {f.rule}")
            lines.append(f"    {line}")
            lines.append(f"    {' ' * col}{c[f.severity]}{'^' * width}{c['reset']} {f.text!r}")
            lines.append(f"    {c['dim']}{f.message}{c['reset']}")
            if f.suggestions:
                lines.append(f"    try: {' / '.join(repr(s) for s in f.suggestions)}")
    return "\n".join(lines)


def locate(text: str, offset: int) -> tuple[int, int, str]:
    """1-based line number, 0-based column and the line holding `offset`."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    if line_end == -1:
        line_end = len(text)
    return text.count("\n", 0, offset) + 1, offset - line_start, text[line_start:line_end]


def check_command(args) -> int:
    from .checker import Checker
    from .ruleset import UnknownProfile

    items = collect(args.paths)
    try:
        checker = Checker()
        checker.profile(args.profile)
    except UnknownProfile as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    results = check_items(checker, items, args.profile, args.watch, args.allow)
    if args.format == "json":
        print(json.dumps({"profile": checker.profile(args.profile).id, "files": [r.to_dict() for r in results]}, ensure_ascii=False, indent=2))
    else:
        color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
        print(render_text(results, color))
    if any(r.error for r in results):
        return 2
    return 1 if any(r.findings for r in results) else 0
