"""Fixtures for the image tests: an app with the image blueprint, and helpers to post pictures."""
from __future__ import annotations

import io

import pytest


@pytest.fixture(scope="session")
def image_app(checker):
    from safetoshare.app import create_app
    from safetoshare.config import Settings

    app = create_app(Settings(), checker=checker)
    if "images_api" not in app.blueprints:  # until the app factory registers it
        from safetoshare.api.images import images_bp

        app.register_blueprint(images_bp)
    return app


@pytest.fixture()
def image_client(image_app):
    return image_app.test_client()


def post_image(client, path: str, data: bytes, filename: str = "picture.jpg", **fields):
    form = {"image": (io.BytesIO(data), filename), **{k: str(v) for k, v in fields.items()}}
    return client.post(path, data=form, content_type="multipart/form-data")


@pytest.fixture()
def post(image_client):
    def _post(data: bytes, path: str = "/api/v1/check-image", filename: str = "picture.jpg", **fields):
        return post_image(image_client, path, data, filename, **fields)

    return _post
