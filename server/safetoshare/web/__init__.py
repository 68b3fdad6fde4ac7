"""The volunteers' review desk: the page at `/` and its static files (HTML, CSS, JS modules).

Everything is served by this server: no CDN, no external fonts or scripts. The page only talks to
the JSON API (/api/v1/check, /api/v1/profiles, /api/v1/check-image) and builds its DOM with
textContent, never innerHTML, so a hostile story is shown as text and never runs.
"""
from __future__ import annotations

import re
from pathlib import Path

from flask import Blueprint, send_from_directory

from ..findings import Finding

HERE = Path(__file__).resolve().parent

web_bp = Blueprint(
    "web",
    __name__,
    static_folder="static",
    static_url_path="/web-static",
    template_folder="templates",
)


@web_bp.get("/")
def review_page():
    # A plain file (no template logic): the page fills itself from the API.
    resp = send_from_directory(HERE / "templates", "index.html", mimetype="text/html")
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp


__all__ = ["web_bp"]


# --- the report of what the page checked -----------------------------------------------------------

MAX_REPORT_FILES = 1000
TEXT_KEYS = ("text", "category", "kind", "severity", "message", "rule", "source", "detector")
META_KEYS = ("field", "tag", "value", "metadata_source", "status")  # what the report shows of `meta`
BOX_KEYS = ("x", "y", "w", "h")


LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
MAX_UNCHECKED = 200


def _language_fields(f: dict) -> dict:
    """The language a file was checked in and the parts not read, as the check answered them."""
    code = f.get("language")
    if not isinstance(code, str) or not LANGUAGE_CODE.match(code):
        return {}
    parts = []
    for u in f.get("unchecked") if isinstance(f.get("unchecked"), list) else []:
        if not isinstance(u, dict) or _offset(u.get("start")) is None or _offset(u.get("end")) is None:
            continue
        lang = u.get("language") if isinstance(u.get("language"), str) and LANGUAGE_CODE.match(u.get("language")) else "und"
        parts.append({"start": u["start"], "end": u["end"], "language": lang, "language_name": _short(u.get("language_name"), 40) or lang})
    return {"language": code, "language_supported": f.get("language_supported") is not False, "unchecked": parts[:MAX_UNCHECKED]}


def _offset(v) -> int | None:
    return v if isinstance(v, int) and not isinstance(v, bool) else None


def _short(v, limit: int = 2000) -> str | None:
    return str(v)[:limit] if isinstance(v, (str, int, float)) and not isinstance(v, bool) else None


def _clean_finding(f) -> Finding | None:
    """A finding the page sent back (a check's answer, plus the review's `status`) as a Finding,
    keeping only what the report shows, as plain strings and numbers."""
    if not isinstance(f, dict):
        return None
    fields = {k: _short(f.get(k)) for k in TEXT_KEYS}
    suggestions = f.get("suggestions")
    suggestions = [str(s)[:500] for s in suggestions[:20]] if isinstance(suggestions, list) else []
    box = f.get("box")
    if isinstance(box, dict) and all(isinstance(box.get(k), (int, float)) and not isinstance(box.get(k), bool) for k in BOX_KEYS):
        box = {k: box[k] for k in BOX_KEYS}
    else:
        box = None
    raw_meta = f.get("meta") if isinstance(f.get("meta"), dict) else {}
    meta = {k: v for k, v in ((k, _short(raw_meta.get(k))) for k in META_KEYS) if v is not None}
    if _short(f.get("status")) is not None:  # what the volunteer did about it (the review desk)
        meta["status"] = _short(f.get("status"))
    return Finding(
        _offset(f.get("start")), _offset(f.get("end")), fields["text"],
        fields["category"] or "other", fields["kind"] or "default", fields["severity"] or "info",
        fields["message"] or "", fields["rule"] or "", fields["source"] or "", fields["detector"] or "",
        suggestions, box=box, meta=meta,
    )


@web_bp.post("/api/v1/report")
def report():
    """The self-contained HTML report of results the page already has (a batch, or one review).

    Body: {"profile": id, "files": [{"path", "text", "findings": [...], "error"?, "type"?, "language"?,
    "language_supported"?, "unchecked"?}]} (the last three as /api/v1/check answered them).
    Answers text/html as an attachment. Everything in it is escaped by safetoshare.report.
    """
    from flask import Response

    from ..api.errors import ApiError, unknown_profile
    from ..api.labels import get_labels
    from ..api.state import get_checker
    from ..api.text import read_json_object
    from ..batch import FileResult
    from ..report import render_report
    from ..ruleset import UnknownProfile

    body = read_json_object()
    files = body.get("files")
    if not isinstance(files, list) or not files or len(files) > MAX_REPORT_FILES:
        raise ApiError(400, "invalid_field", f'"files" must be a list of 1 to {MAX_REPORT_FILES} results.')
    profile = body.get("profile")
    if profile is not None and not isinstance(profile, str):
        raise ApiError(400, "invalid_field", '"profile" must be a string.')
    try:
        prof = get_checker().profile(profile or None)
    except UnknownProfile as exc:
        raise unknown_profile(exc) from None
    results = []
    for f in files:
        if not isinstance(f, dict) or not isinstance(f.get("path"), str):
            raise ApiError(400, "invalid_field", 'Each file needs a "path" (its name).')
        text = f.get("text") if isinstance(f.get("text"), str) else ""
        findings = [c for c in (_clean_finding(x) for x in (f.get("findings") or [])) if c] if isinstance(f.get("findings"), list) else []
        error = f.get("error") if isinstance(f.get("error"), str) and f.get("error") else None
        kind = f.get("type") if f.get("type") in ("text", "html", "image") else "text"
        results.append(FileResult(f["path"][:500], text, findings, error=error, kind=kind, **_language_fields(f)))
    resp = Response(render_report(results, prof.id, prof.title, labels=get_labels()), mimetype="text/html")
    resp.headers["Content-Disposition"] = 'attachment; filename="safe-to-share-report.html"'
    return resp
