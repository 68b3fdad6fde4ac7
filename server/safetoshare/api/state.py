"""The process-wide Checker, shared by all requests (the spaCy model loads once)."""
from __future__ import annotations

from flask import current_app


def get_checker():
    return current_app.extensions["safetoshare"]["checker"]


def get_settings():
    return current_app.extensions["safetoshare"]["settings"]
