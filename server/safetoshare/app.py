"""The Flask application factory: one shared Checker, the API blueprints, the review page."""
from __future__ import annotations

import logging
import time

from flask import Flask, g, request

from . import security
from .api import errors
from .api.contact import contact_bp
from .api.images import images_bp
from .api.labels import labels_bp
from .api.text import text_bp
from .checker import Checker
from .config import Settings
from .web import web_bp

access_log = logging.getLogger("safetoshare.access")


def create_app(settings: Settings | None = None, checker: Checker | None = None) -> Flask:
    settings = settings or Settings.from_env()
    app = Flask(__name__)
    # Flask refuses larger bodies with 413 before reading them (uploads are the largest).
    app.config["MAX_CONTENT_LENGTH"] = max(settings.max_json_bytes, settings.max_upload_bytes)
    app.config["JSON_SORT_KEYS"] = False
    app.json.ensure_ascii = False
    if checker is None:
        checker = Checker(model=settings.model, rules_dir=settings.rules_dir)
    app.extensions["safetoshare"] = {"checker": checker, "settings": settings}

    security.install(app, settings)
    errors.register(app)
    app.register_blueprint(text_bp)
    app.register_blueprint(images_bp)
    app.register_blueprint(contact_bp)
    app.register_blueprint(labels_bp)
    app.register_blueprint(web_bp)

    @app.before_request
    def _start_timer():
        g.started = time.perf_counter()

    @app.after_request
    def _log(resp):
        # Method, path, status, timing and sizes only: never the text or image checked.
        started = g.get("started", time.perf_counter())
        access_log.info(
            "%s %s %s %.1fms in=%sB out=%sB",
            request.method,
            request.path,
            resp.status_code,
            (time.perf_counter() - started) * 1000,
            request.content_length or 0,
            resp.calculate_content_length() or 0,
        )
        return resp

    return app
