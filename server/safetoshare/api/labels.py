"""GET /api/v1/labels?lang=fr: what each category, kind and severity is called (rules/categories.toml).

Answers ``{"language": "fr", "categories": {"personal_name": "Nom", ...}, "severities": {"block": ...},
"kinds": {"personal_name.pet": ...}}``. ``lang`` defaults to English; a language without labels gets
English (200, with ``"language": "en"``), so a client can always show something.
"""
from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request

from ..labels import load_labels

labels_bp = Blueprint("labels_api", __name__)


@labels_bp.record_once
def _on_register(state) -> None:
    # Read and check categories.toml at start-up: a mistake in it stops the server, naming the key.
    settings = state.app.extensions["safetoshare"]["settings"]
    state.app.extensions["safetoshare"]["labels"] = load_labels(settings.rules_dir)


def get_labels():
    return current_app.extensions["safetoshare"]["labels"]


@labels_bp.get("/api/v1/labels")
def labels():
    return jsonify(get_labels().for_language(request.args.get("lang")))
