"""The text API: health, profiles and check."""
from __future__ import annotations

import json
import time

from flask import Blueprint, jsonify, request

from .. import __version__
from ..checker import CheckTimeout, TextTooLong, UnknownLanguage
from ..language import name_of
from ..htmltext import html_to_text
from ..ruleset import UnknownProfile
from .errors import ApiError, unknown_profile
from .state import get_checker, get_settings

text_bp = Blueprint("text_api", __name__)


@text_bp.get("/api/v1/health")
def health():
    checker = get_checker()
    return jsonify(
        status="ok",
        version=__version__,
        model=checker.model_name,
        profiles=sorted(checker.profiles),
        default_profile=checker.rules.default_profile,
        languages=list(checker.languages),
    )


@text_bp.get("/api/v1/profiles")
def profiles():
    checker = get_checker()
    return jsonify(profiles=[p.to_dict() for p in sorted(checker.profiles.values(), key=lambda p: (not p.default, p.id))])


def read_json_object() -> dict:
    """The request body as a JSON object, or an ApiError that says plainly what is wrong."""
    settings = get_settings()
    if request.content_length is not None and request.content_length > settings.max_json_bytes:
        raise ApiError(413, "body_too_large", f"The request body is larger than {settings.max_json_bytes} bytes.")
    raw = request.get_data(cache=False)
    if len(raw) > settings.max_json_bytes:
        raise ApiError(413, "body_too_large", f"The request body is larger than {settings.max_json_bytes} bytes.")
    if not raw:
        raise ApiError(400, "empty_body", 'Send a JSON object such as {"text": "..."}.')
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError(400, "invalid_utf8", "The request body is not valid UTF-8.") from None
    try:
        body = json.loads(decoded)
    except RecursionError:
        raise ApiError(400, "too_deep", "The JSON is nested too deeply.") from None
    except ValueError:
        raise ApiError(400, "malformed_json", "The request body is not valid JSON.") from None
    if not isinstance(body, dict):
        raise ApiError(400, "not_an_object", 'The JSON must be an object such as {"text": "..."}.')
    return body


MAX_WORD_LIST = 200  # entries in a watchlist or allow list, and characters in each


def word_list(key: str, value) -> list[str]:
    """A watchlist or allow list from a request (JSON array or repeated form field), bounded."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ApiError(400, "invalid_field", f'"{key}" must be a list of strings.')
    if len(value) > MAX_WORD_LIST or any(len(v) > MAX_WORD_LIST for v in value):
        raise ApiError(400, "invalid_field", f'"{key}" may hold at most {MAX_WORD_LIST} entries of at most {MAX_WORD_LIST} characters.')
    return value


def _valid_unicode(s: str) -> bool:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@text_bp.post("/api/v1/check")
def check():
    started = time.perf_counter()
    body = read_json_object()
    checker = get_checker()
    settings = get_settings()
    if "html" in body and "text" not in body:
        if not isinstance(body["html"], str):
            raise ApiError(400, "invalid_field", '"html" must be a string.')
        text = html_to_text(body["html"])
    elif "text" in body:
        text = body["text"]
        if not isinstance(text, str):
            raise ApiError(400, "invalid_field", '"text" must be a string.')
    else:
        raise ApiError(400, "missing_text", 'Send the draft as "text" (or "html").')
    if not _valid_unicode(text):
        raise ApiError(400, "invalid_unicode", "The text contains invalid Unicode (a lone surrogate).")
    if len(text) > settings.max_text_chars:
        raise ApiError(413, "text_too_long", f"The text is {len(text)} characters long; the limit is {settings.max_text_chars}. Check it in parts.")
    profile = body.get("profile")
    if profile is not None and not isinstance(profile, str):
        raise ApiError(400, "invalid_field", '"profile" must be a string.')
    language = body.get("language")
    if language is not None and not isinstance(language, str):
        raise ApiError(400, "invalid_field", '"language" must be a two-letter code such as "en" or "fr", or "auto".')
    watchlist = word_list("watchlist", body.get("watchlist"))
    allow = word_list("allow", body.get("allow"))
    try:
        prof = checker.profile(profile)
        checked = checker.check_text(text, profile=prof.id, watchlist=watchlist, allow=allow, timeout=settings.request_timeout_s, language=language)
    except UnknownProfile as exc:
        raise unknown_profile(exc) from None
    except UnknownLanguage:
        raise ApiError(400, "invalid_field", '"language" must be a two-letter code such as "en" or "fr", or "auto".') from None
    except TextTooLong as exc:
        raise ApiError(413, "text_too_long", str(exc)) from None
    except CheckTimeout:
        raise ApiError(503, "timeout", f"The check took longer than {settings.request_timeout_s} s and was stopped. Check a shorter text.") from None
    items = [f.to_dict() for f in checked.findings]
    return jsonify(
        profile=prof.id,
        text=text,
        language=checked.language,
        language_name=name_of(checked.language),
        language_supported=checked.supported,
        # parts in a language we do not read: names, places and organisations were not checked there
        unchecked=[u.to_dict() for u in checked.unchecked],
        findings=items,
        summary={
            "block": sum(f["severity"] == "block" for f in items),
            "warn": sum(f["severity"] == "warn" for f in items),
            "ms": round((time.perf_counter() - started) * 1000, 1),
        },
    )
