"""One JSON error shape for every failure: {"error": {"code", "message"}}, plus "field" when one is at fault.

Messages never repeat what the user sent: the text may be the most private thing they wrote.
"""
from __future__ import annotations

from flask import jsonify
from werkzeug.exceptions import HTTPException


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, field: str | None = None):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.field = field  # the request field at fault, when one is (never its value)


def unknown_profile(exc) -> ApiError:
    """The one wording for an unknown profile, on every endpoint: the known ids, never the one sent."""
    return ApiError(400, "unknown_profile", f"Unknown profile. Known profiles: {', '.join(exc.known)}.", field="profile")


def error_response(status: int, code: str, message: str, field: str | None = None):
    error = {"code": code, "message": message}
    if field:
        error["field"] = field
    resp = jsonify({"error": error})
    resp.status_code = status
    return resp


def register(app):
    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError):
        return error_response(exc.status, exc.code, exc.message, exc.field)

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        code = (exc.name or "error").lower().replace(" ", "_")
        messages = {
            404: "No such page or API endpoint.",
            405: "This endpoint does not accept that method.",
            413: "The request is too large.",
        }
        resp = error_response(exc.code or 500, code, messages.get(exc.code, exc.description or exc.name))
        if exc.code == 405 and hasattr(exc, "valid_methods") and exc.valid_methods:
            resp.headers["Allow"] = ", ".join(exc.valid_methods)
        return resp

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        app.logger.error("internal error: %s", exc.__class__.__name__)
        return error_response(500, "internal_error", "Something went wrong inside the checker.")
