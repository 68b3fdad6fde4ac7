"""Who may talk to the server: loopback Host names only (no DNS rebinding), and browser requests
only from the server's own pages or the Safe to Share extension. No wildcard CORS, ever."""
from __future__ import annotations

import re

from flask import request

from .api.errors import error_response

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}
EXTENSION_ORIGIN = re.compile(r"^(chrome-extension|moz-extension)://([a-zA-Z0-9-]+)$")

# The pages use only files the server itself serves: no inline script, no framing, no sniffing.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


def host_name(host_header: str) -> str:
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[: host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if ":" in host else host


def extension_allowed(origin: str, extension_ids) -> bool:
    m = EXTENSION_ORIGIN.match(origin)
    if not m:
        return False
    return "*" in extension_ids or m.group(2) in extension_ids


def install(app, settings):
    def own_origins():
        host = request.host.lower()
        return {f"http://{host}"}

    @app.before_request
    def _guard():
        if host_name(request.host) not in LOOPBACK_HOSTS and not app.config.get("SAFETOSHARE_ANY_HOST"):
            return error_response(403, "forbidden_host", "This server only answers requests addressed to localhost.")
        origin = request.headers.get("Origin")
        if origin is None or origin in own_origins():
            return None
        if not extension_allowed(origin, settings.extension_ids):
            return error_response(403, "forbidden_origin", "This server only answers its own pages and the Safe to Share extension.")
        if request.method == "OPTIONS":
            resp = app.make_default_options_response()
            resp.status_code = 204
            return resp
        return None

    @app.after_request
    def _headers(resp):
        origin = request.headers.get("Origin")
        if origin and extension_allowed(origin, settings.extension_ids):
            resp.headers["Access-Control-Allow-Origin"] = origin
            resp.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            resp.headers["Access-Control-Allow-Headers"] = "Content-Type"
            resp.headers["Access-Control-Max-Age"] = "600"
        resp.headers["Vary"] = "Origin"
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["X-Frame-Options"] = "DENY"
        resp.headers["Referrer-Policy"] = "no-referrer"
        resp.headers["Content-Security-Policy"] = CSP
        resp.headers["Cache-Control"] = "no-store"
        return resp
