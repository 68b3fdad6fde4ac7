"""`safetoshare check`: read files and folders (or standard input), check each, report.

Text, Markdown and HTML files, and pictures (JPEG, PNG, WebP, HEIC, AVIF) through the image
checks; folders are walked for those. One unreadable file is reported and does not stop the
others. Large batches of texts are spread over all cores (a process pool; each worker runs the
whole checker, spaCy parse and detectors). A progress bar goes to standard error when it is a
terminal (or with --progress).

Output: --format text (default), json or html (the report); --report FILE also writes the HTML
report. Exit code: 0 nothing found, 1 findings (block or warn), 2 an error occurred.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .findings import Finding
from .htmltext import html_to_text
from .labels import load_labels
from .language import name_of

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
# Kept in step with safetoshare.images.IMAGE_EXTENSIONS (not imported here: the image models are
# heavy and only needed when a batch holds pictures).
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".jpe", ".png", ".webp", ".heic", ".heif", ".avif"}

# Below this many texts, starting worker processes costs more than it saves.
PARALLEL_MIN_ITEMS = 24
WARM_UP_TEXT = "Dear donor, my sister Emma drove me to Fred Hutch in Seattle on May 3, 2024. Write to jo@example.com!"


@dataclass
class FileResult:
    path: str
    text: str = ""
    findings: list[Finding] = field(default_factory=list)  # texts and pictures alike
    error: str | None = None
    kind: str = "text"  # text | html | image
    image: dict | None = None  # for pictures: photo, width, height, format
    # for texts: the language checked in, whether we read it, and the parts we do not read
    # ({"start", "end", "language", "language_name"}: names, places and organisations not checked there)
    language: str | None = None
    language_supported: bool | None = None
    unchecked: list[dict] = field(default_factory=list)

    def finding_dicts(self) -> list[dict]:
        return [f.to_dict() for f in self.findings]

    @property
    def flagged(self) -> bool:
        """True when a finding is block or warn ("info" findings, such as a photo in a post, do not count)."""
        return any(f.severity in ("block", "warn") for f in self.findings)

    def to_dict(self) -> dict:
        out = {"path": self.path, "type": self.kind, "findings": self.finding_dicts()}
        if self.language:
            out.update(language=self.language, language_name=name_of(self.language),
                       language_supported=bool(self.language_supported), unchecked=list(self.unchecked))
        if self.image:
            out.update(self.image)
        if self.error:
            out["error"] = self.error
        return out


def kind_of(item) -> str:
    if item == "-":
        return "text"
    suffix = Path(item).suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return "image"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "text"


def collect(paths: list[str]) -> list[Path | str]:
    """Files to check, in order: given files as they are, folders walked (sorted) for known kinds."""
    out: list[Path | str] = []
    wanted = TEXT_SUFFIXES | HTML_SUFFIXES | IMAGE_SUFFIXES
    for p in paths:
        if p == "-":
            out.append("-")
            continue
        path = Path(p)
        if path.is_dir():
            out.extend(
                sorted(
                    q
                    for q in path.rglob("*")
                    if q.is_file() and q.suffix.lower() in wanted and not any(part.startswith(".") for part in q.relative_to(path).parts)
                )
            )
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


def _read_error(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        return "file not found"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    if isinstance(exc, UnicodeDecodeError):
        return "not a UTF-8 text file"
    if isinstance(exc, OSError):
        return f"cannot read: {exc.strerror or exc.__class__.__name__}"
    return f"cannot read: {exc.__class__.__name__}"


def check_one(checker, item, profile, watchlist=(), allow=(), text: str | None = None) -> FileResult:
    """Check one text file (or stdin, or an already read `text`); never raises."""
    from .checker import TextTooLong

    name = "<stdin>" if item == "-" else str(item)
    kind = kind_of(item)
    if text is None:
        try:
            text = read_text(item)
        except (OSError, UnicodeDecodeError) as exc:
            return FileResult(name, error=_read_error(exc), kind=kind)
    try:
        checked = checker.check_text(text, profile=profile, watchlist=watchlist, allow=allow)
    except TextTooLong as exc:
        return FileResult(name, text, error=str(exc), kind=kind)
    except Exception as exc:  # a bug in one detector must not lose the whole batch
        return FileResult(name, text, error=f"internal error while checking: {exc.__class__.__name__}", kind=kind)
    return FileResult(name, text, checked.findings, kind=kind, language=checked.language, language_supported=checked.supported,
                      unchecked=[u.to_dict() for u in checked.unchecked])


def check_image_file(checker, item, profile) -> FileResult:
    name = str(item)
    try:
        data = Path(item).read_bytes()
    except OSError as exc:
        return FileResult(name, error=_read_error(exc), kind="image")
    try:
        from .images import ImageError, check_image
    except Exception as exc:  # the image packages are missing or broken
        return FileResult(name, error=f"image checks are not available ({exc.__class__.__name__})", kind="image")
    try:
        result = check_image(data, profile, checker)
    except ImageError as exc:
        return FileResult(name, error=exc.message, kind="image")
    except Exception as exc:
        return FileResult(name, error=f"internal error while checking the picture: {exc.__class__.__name__}", kind="image")
    info = {k: result[k] for k in ("photo", "width", "height", "format") if k in result}
    return FileResult(name, findings=list(result.get("findings", [])), kind="image", image=info)


def check_chunk(checker, chunk, profile, watchlist=(), allow=()) -> list[tuple[int, FileResult]]:
    """Check a chunk of (index, path) text items (one task for a worker process). Never raises.

    Each text goes through `Checker.check` itself, not `nlp.pipe` + `check_doc`: `check` works
    paragraph by paragraph, cleans control characters and carries names across paragraphs, and
    the batch must find exactly what the page and the API find."""
    return [(index, check_one(checker, item, profile, watchlist, allow)) for index, item in chunk]


# --- the process pool ----------------------------------------------------------------------------

_WORKER: dict = {}


def _worker_init(model_name, rules_dir, profile, watchlist, allow):
    # Under fork the parent's Checker is inherited (copy on write, no second model load);
    # under spawn each worker loads its own.
    if "checker" not in _WORKER:
        from .checker import Checker

        _WORKER["checker"] = Checker(model=model_name, rules_dir=rules_dir)
    _WORKER["args"] = (profile, tuple(watchlist), tuple(allow))


def _worker_chunk(chunk):
    profile, watchlist, allow = _WORKER["args"]
    return check_chunk(_WORKER["checker"], chunk, profile, watchlist, allow)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _chunks(seq, size):
    return [seq[i : i + size] for i in range(0, len(seq), size)]


def check_items(checker, items, profile, watchlist=(), allow=(), jobs: int = 1, progress=None) -> list[FileResult]:
    """Check every item; results in the items' order. `jobs` > 1 spreads large batches of texts
    over that many processes. `progress`, if given, is called with the number of items done."""
    results: list[FileResult | None] = [None] * len(items)
    done = 0

    def tick(n=1):
        nonlocal done
        done += n
        if progress:
            progress(done)

    text_jobs = []
    for i, item in enumerate(items):
        if item == "-":
            try:
                results[i] = check_one(checker, item, profile, watchlist, allow, text=sys.stdin.read())
            except (OSError, UnicodeDecodeError) as exc:
                results[i] = FileResult("<stdin>", error=_read_error(exc))
            tick()
        elif kind_of(item) == "image":
            continue  # below, in this process: the image checker runs one picture at a time anyway
        else:
            text_jobs.append((i, item))

    if jobs > 1 and len(text_jobs) >= PARALLEL_MIN_ITEMS:
        workers = min(jobs, len(text_jobs))
        # Small chunks keep both the progress bar and the load balance smooth.
        size = max(4, min(32, len(text_jobs) // (workers * 6)))
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        if ctx.get_start_method() == "fork":
            # Warm the pipeline up once here, so each forked worker inherits what spaCy and the
            # detectors set up lazily on first use, instead of each paying for it (measured: 2x).
            checker.check(WARM_UP_TEXT, profile=profile)
            _WORKER["checker"] = checker
        try:
            with ctx.Pool(workers, initializer=_worker_init, initargs=(checker.model_name, None, profile, list(watchlist), list(allow))) as pool:
                for chunk_results in pool.imap_unordered(_worker_chunk, _chunks(text_jobs, size)):
                    for index, result in chunk_results:
                        results[index] = result
                    tick(len(chunk_results))
        finally:
            _WORKER.pop("checker", None)
    else:
        for chunk in _chunks(text_jobs, 16):
            chunk_results = check_chunk(checker, chunk, profile, watchlist, allow)
            for index, result in chunk_results:
                results[index] = result
            tick(len(chunk_results))

    for i, item in enumerate(items):
        if results[i] is None and kind_of(item) == "image":
            results[i] = check_image_file(checker, item, profile)
            tick()
    return results  # type: ignore[return-value]


# --- output ----------------------------------------------------------------------------------------

COLORS = {"block": "\033[1;31m", "warn": "\033[1;33m", "info": "\033[1;34m", "dim": "\033[2m", "reset": "\033[0m"}


def render_text(results, color: bool, labels=None) -> str:
    """Findings as a compiler would print them: file:line:column for text, the file for a picture's own."""
    c = COLORS if color else {k: "" for k in COLORS}
    labels = labels or load_labels()
    lines = []
    for r in results:
        if r.error:
            lines.append(f"{r.path}: error: {r.error}")
            continue
        checked_in = f" (checked in {name_of(r.language)})" if r.language and r.language_supported else ""
        if not r.findings:
            lines.append(f"{r.path}: nothing identifying found{checked_in}")
        else:
            lines.append(f"{r.path}: {len(r.findings)} finding(s){checked_in}")
        lines.extend(not_checked_lines(r))
        for f in r.findings:
            sev = f"{c[f.severity]}{f.severity}{c['reset']}"
            what = f"{f.category} ({labels.kind(f.category, f.kind)}) {f.rule}"
            if f.in_text:
                line_no, col, line = locate(r.text, f.start)
                width = max(1, min(f.end, f.start - col + len(line)) - f.start)
                lines.append(f"  {r.path}:{line_no}:{col + 1}: {sev} {what}")
                lines.append(f"    {line}")
                lines.append(f"    {' ' * col}{c[f.severity]}{'^' * width}{c['reset']} {f.text!r}")
            else:  # about the picture, or words read in it: no line to point at
                detail = f" {f.text!r}" if f.text else ""
                if f.meta.get("field"):
                    detail += f" [{f.meta['field']}]"
                lines.append(f"  {r.path}: {sev} {what}{detail}")
            lines.append(f"    {c['dim']}{f.message}{c['reset']}")
            if f.suggestions:
                lines.append(f"    try: {' / '.join(repr(s) for s in f.suggestions)}")
    return "\n".join(lines)


def not_checked_lines(r) -> list[str]:
    """What was not read: the whole text, or its parts in a language we do not read."""
    if r.language and r.language_supported is False:
        return [f"  {r.path}: not checked: written in {name_of(r.language)}, which is not read yet; names, places and "
                "organisations were not checked (only emails, phones, links, handles, numeric dates, postcodes and the watchlist)"]
    out = []
    for part in r.unchecked:
        line_no, _, _ = locate(r.text, part["start"])
        out.append(f"  {r.path}:{line_no}: not checked: Names, places and organisations were not checked in this {part['language_name']} part.")
    return out


def locate(text: str, offset: int) -> tuple[int, int, str]:
    """1-based line number, 0-based column and the line holding `offset`."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    if line_end == -1:
        line_end = len(text)
    return text.count("\n", 0, offset) + 1, offset - line_start, text[line_start:line_end]


def summary(results) -> dict:
    by_category: dict[str, dict[str, int]] = {}
    for r in results:
        for f in r.finding_dicts():
            slot = by_category.setdefault(f.get("category", "other"), {})
            sev = f.get("severity", "info")
            slot[sev] = slot.get(sev, 0) + 1
    return {
        "files": len(results),
        "with_findings": sum(1 for r in results if not r.error and r.findings),
        "errors": sum(1 for r in results if r.error),
        "block": sum(v.get("block", 0) for v in by_category.values()),
        "warn": sum(v.get("warn", 0) for v in by_category.values()),
        "by_category": by_category,
    }


class Progress:
    """A one-line progress bar on a terminal stream: `[#####.....] 512/1000 files 51% 85.2/s`."""

    def __init__(self, total: int, stream=None, width: int = 30):
        self.total, self.stream, self.width = total, stream or sys.stderr, width
        self.started = time.perf_counter()
        self._last = 0.0

    def __call__(self, done: int) -> None:
        now = time.perf_counter()
        if done < self.total and now - self._last < 0.1:
            return
        self._last = now
        frac = done / self.total if self.total else 1.0
        filled = int(self.width * frac)
        rate = done / max(now - self.started, 1e-9)
        self.stream.write(f"\rChecking [{'#' * filled}{'.' * (self.width - filled)}] {done}/{self.total} files {frac:4.0%} {rate:6.1f}/s")
        self.stream.flush()

    def finish(self) -> None:
        self.stream.write("\n")
        self.stream.flush()


def check_command(args) -> int:
    from .checker import Checker
    from .report import render_report
    from .ruleset import UnknownProfile

    items = collect(args.paths)
    if not items:
        print("error: no text, Markdown, HTML or picture files found in " + ", ".join(args.paths), file=sys.stderr)
        return 2
    try:
        checker = Checker()
        prof = checker.profile(args.profile)
    except UnknownProfile as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    jobs = getattr(args, "jobs", None) or default_jobs()
    show = getattr(args, "progress", None)
    if show is None:
        show = sys.stderr.isatty() and len(items) > 1
    bar = Progress(len(items)) if show and items else None
    results = check_items(checker, items, args.profile, args.watch, args.allow, jobs=jobs, progress=bar)
    if bar:
        bar.finish()

    fmt = getattr(args, "format", "text")
    if fmt == "json":
        print(json.dumps({"profile": prof.id, "files": [r.to_dict() for r in results], "summary": summary(results)}, ensure_ascii=False, indent=2))
    elif fmt == "html":
        sys.stdout.write(render_report(results, prof.id, prof.title))
    else:
        color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
        print(render_text(results, color))

    failed = any(r.error for r in results)
    report_path = getattr(args, "report", None)
    if report_path:
        try:
            Path(report_path).write_text(render_report(results, prof.id, prof.title), encoding="utf-8")
        except OSError as exc:
            print(f"error: cannot write the report to {report_path}: {exc.strerror or exc.__class__.__name__}", file=sys.stderr)
            failed = True
    if failed:
        return 2
    return 1 if any(r.flagged for r in results) else 0
