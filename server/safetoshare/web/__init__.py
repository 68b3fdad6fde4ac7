"""The volunteers' review desk: the page at `/` and its static files (HTML, CSS, JS modules).

Everything is served by this server: no CDN, no external fonts or scripts. The page only talks to
the JSON API (/api/v1/check, /api/v1/profiles, /api/v1/check-image) and builds its DOM with
textContent, never innerHTML, so a hostile story is shown as text and never runs.
"""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, send_from_directory

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
FINDING_KEYS = ("start", "end", "text", "category", "kind", "severity", "message", "rule", "source", "detector",
                "suggestions", "box", "field", "value", "status")


def _clean_finding(f) -> dict | None:
    if not isinstance(f, dict):
        return None
    out = {}
    for k in FINDING_KEYS:
        if k not in f:
            continue
        v = f[k]
        if k in ("start", "end"):
            if isinstance(v, int) and not isinstance(v, bool):
                out[k] = v
        elif k == "suggestions":
            if isinstance(v, list):
                out[k] = [str(s)[:500] for s in v[:20]]
        elif k == "box":
            if isinstance(v, list) and all(isinstance(n, (int, float)) for n in v):
                out[k] = v[:4]
        elif isinstance(v, (str, int, float)):
            out[k] = str(v)[:2000]
    return out


@web_bp.post("/api/v1/report")
def report():
    """The self-contained HTML report of results the page already has (a batch, or one review).

    Body: {"profile": id, "files": [{"path", "text", "findings": [...], "error"?, "type"?}]}.
    Answers text/html as an attachment. Everything in it is escaped by safetoshare.report.
    """
    from flask import Response

    from ..api.errors import ApiError, unknown_profile
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
        results.append(FileResult(f["path"][:500], text, findings, error=error, kind=kind))
    resp = Response(render_report(results, prof.id, prof.title), mimetype="text/html")
    resp.headers["Content-Disposition"] = 'attachment; filename="safe-to-share-report.html"'
    return resp
