"""Who may talk to the server: loopback Host names only (no DNS rebinding), and browser requests
only from the server's own pages or the Safe to Share extension. No wildcard CORS, ever.

flask-cors writes the CORS headers and answers preflights; the refusals (403 for a foreign Host or
Origin) are ours, since flask-cors only withholds headers and still runs the request."""
from __future__ import annotations

import re

from flask import request
from flask_cors import CORS

from .api.errors import error_response

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}
EXTENSION_ORIGIN = re.compile(r"^(chrome-extension|moz-extension)://([a-zA-Z0-9-]+)\Z")

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


def extension_origins(extension_ids) -> re.Pattern:
    """The extension origins allowed to call the API: any extension id, or exactly the configured ones.
    One pattern serves our refusal and flask-cors' grant, so the two can never disagree."""
    if "*" in extension_ids:
        return EXTENSION_ORIGIN
    ids = "|".join(re.escape(i) for i in extension_ids) or "(?!)"
    return re.compile(rf"^(chrome-extension|moz-extension)://({ids})\Z")  # \Z: no trailing newline either


def install(app, settings):
    allowed = extension_origins(settings.extension_ids)

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
        if not allowed.match(origin):
            return error_response(403, "forbidden_origin", "This server only answers its own pages and the Safe to Share extension.")
        if request.method == "OPTIONS":
            resp = app.make_default_options_response()
            resp.status_code = 204  # a preflight has no body; flask-cors adds the grant
            return resp
        return None

    @app.after_request
    def _headers(resp):
        resp.headers["Vary"] = "Origin"  # on every answer, with or without a grant (flask-cors only adds it to grants)
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["X-Frame-Options"] = "DENY"
        resp.headers["Referrer-Policy"] = "no-referrer"
        resp.headers["Content-Security-Policy"] = CSP
        resp.headers["Cache-Control"] = "no-store"
        return resp

    # Registered after _headers, so it runs before it (Flask runs after_request hooks last-first).
    CORS(app, origins=[allowed], methods=["GET", "POST", "OPTIONS"], allow_headers=["Content-Type"],
         max_age=600, always_send=False, send_wildcard=False, supports_credentials=False)
