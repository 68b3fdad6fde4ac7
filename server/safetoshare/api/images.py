"""The image API: check a picture, or get a clean copy of it.

``POST /api/v1/check-image``
    multipart/form-data with the file in field ``image`` and, optionally, ``profile`` (a profile id;
    the default profile otherwise) and repeated ``watchlist`` / ``allow`` fields, applied to the
    text read in the picture as in ``/api/v1/check``. Answers 200 with::

        {"photo": bool, "photo_confidence": float, "width": int, "height": int, "format": "image/jpeg",
         "profile": "...", "channel": "letter" | "post", "summary": {"block": n, "warn": n, "info": n},
         "text_lines": n, "elapsed_ms": n, "findings": [...]}

    Findings have the text API's shape (safetoshare.findings.Finding), and the profile sets their
    severity. What the picture itself shows or hides: category ``photograph``, no ``start``/``end``
    /``text``, kind ``photo`` (``meta``: confidence, evidence), ``face`` (``box`` {x, y, w, h},
    ``meta``: confidence) or ``metadata_<field>`` for gps/date/owner/device/comment/location_text
    (``meta``: field, tag, value, metadata_source). Text read in the picture: the text checker's
    own category and kind, ``"source": "image_text"``, ``text`` (the words as read), ``box`` and
    ``meta`` (ocr_confidence). Boxes are in pixels of the picture as displayed (EXIF orientation
    applied), full size.

``POST /api/v1/clean-image``
    The same form fields, plus optional ``blur_faces`` and ``blur_text`` ("1"/"true"/"on") to blur
    faces and the text regions the checker flags, and optional ``response`` = ``json``.

    Default answer: the clean image itself (``image/jpeg`` for JPEG/HEIC/AVIF input, ``image/png``
    for PNG, ``image/webp`` for WebP), as an attachment, with what was removed in the response
    header ``X-Safe-To-Share-Report``: ASCII JSON (non-ASCII escaped) of the form::

        {"metadata": [{"field": "gps", "tag": "...", "source": "exif"}, ...],
         "metadata_blocks": ["exif", "xmp", ...], "obscured": [{"category": "face", "box": [...]}],
         "orientation_applied": bool, "colour_profile": ..., "frames_dropped": n,
         "format": "image/jpeg", "width": n, "height": n, "original_format": "...", "profile": "..."}

    (the header never carries metadata values, only field names). With ``response=json`` the
    answer is JSON instead: ``{"image": "<base64>", "mimetype": "...", "report": {...}}``.

Errors are JSON ``{"error": {"code", "message"}}``: 400 ``invalid_image`` / ``missing_image`` /
``unknown_profile``, 413 ``upload_too_large`` / ``image_too_large``, 415 ``unsupported_format``,
503 ``busy``. The picture, its metadata and the text read from it are never logged or stored.
"""
from __future__ import annotations

import base64
import json

from flask import Blueprint, Response, jsonify, request
from werkzeug.exceptions import RequestEntityTooLarge

from ..images import check_image_bytes, clean_image_bytes, warm_up
from ..images.decode import ImageError
from ..profiles import UnknownProfile
from .errors import error_response, unknown_profile
from .state import get_checker, get_settings
from .text import word_list

images_bp = Blueprint("images_api", __name__)

REPORT_HEADER = "X-Safe-To-Share-Report"
TRUE = {"1", "true", "yes", "on"}


@images_bp.record_once
def _on_register(state) -> None:
    # Load the face and text models in the background so the first picture is not slow and the
    # text API is never held up by them, when SAFETOSHARE_IMAGE_WARMUP=1 (off by default: memory).
    warm_up(background=True)


def _upload_limit() -> int:
    return get_settings().max_upload_bytes


def _too_large(limit: int):
    return error_response(413, "upload_too_large", f"The file is larger than {limit / 1_000_000:.0f} MB.")


def _read_upload() -> tuple[bytes, str | None]:
    """The uploaded file's bytes and the profile id. Raises ImageError / RequestEntityTooLarge."""
    limit = _upload_limit()
    if request.content_length is not None and request.content_length > limit + 64 * 1024:
        raise RequestEntityTooLarge()
    if not (request.mimetype or "").startswith("multipart/form-data"):
        raise ImageError(400, "missing_image", 'Send the picture as multipart/form-data in a field named "image".')
    upload = request.files.get("image")
    if upload is None:
        raise ImageError(400, "missing_image", 'Send the picture as multipart/form-data in a field named "image".')
    data = upload.stream.read(limit + 1)
    if len(data) > limit:
        raise RequestEntityTooLarge()
    profile = (request.form.get("profile") or "").strip() or None
    return data, profile


def _word_lists() -> dict:
    """The user's watchlist and allow list, as repeated form fields (watchlist=..., allow=...)."""
    return {key: [v for v in word_list(key, request.form.getlist(key)) if v.strip()] for key in ("watchlist", "allow")}


@images_bp.errorhandler(ImageError)
def _image_error(exc: ImageError):
    return error_response(exc.status, exc.code, exc.message)


@images_bp.errorhandler(UnknownProfile)
def _unknown_profile(exc: UnknownProfile):
    error = unknown_profile(exc)
    return error_response(error.status, error.code, error.message, error.field)


@images_bp.errorhandler(RequestEntityTooLarge)
def _entity_too_large(exc):
    return _too_large(_upload_limit())


@images_bp.post("/api/v1/check-image")
def check_image():
    data, profile = _read_upload()
    result = check_image_bytes(data, profile, get_checker(), **_word_lists())
    return jsonify(result)


@images_bp.post("/api/v1/clean-image")
def clean_image():
    data, profile = _read_upload()
    blur_faces = (request.form.get("blur_faces") or "").strip().lower() in TRUE
    blur_text = (request.form.get("blur_text") or "").strip().lower() in TRUE
    as_json = (request.form.get("response") or request.args.get("response") or "").strip().lower() == "json"
    out, mimetype, report = clean_image_bytes(data, profile, get_checker(), blur_faces=blur_faces, blur_text=blur_text, **_word_lists())
    if as_json:
        return jsonify(image=base64.b64encode(out).decode("ascii"), mimetype=mimetype, report=report)
    resp = Response(out, mimetype=mimetype)
    resp.headers["Content-Disposition"] = f'attachment; filename="clean.{report.get("extension", "jpg")}"'
    resp.headers[REPORT_HEADER] = json.dumps(report, ensure_ascii=True, separators=(",", ":"))
    resp.headers["Access-Control-Expose-Headers"] = REPORT_HEADER
    return resp
