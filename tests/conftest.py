"""Shared fixtures: one Checker per test session, a Flask test client, and the real server
started as a subprocess on a free port (for HTTP, browser and CLI tests)."""
from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest
from serverproc import ARTIFACTS, ServerProcess

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def checker():
    from safetoshare import Checker

    return Checker()


@pytest.fixture(scope="session")
def app(checker):
    from safetoshare.app import create_app
    from safetoshare.config import Settings

    return create_app(Settings(), checker=checker)


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def artifacts_dir():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def live_server_process():
    server = ServerProcess()
    try:
        yield server.wait_ready()
    finally:
        server.stop()


@pytest.fixture(scope="session")
def live_server(live_server_process) -> str:
    """Base URL of the real server running in a subprocess, e.g. http://127.0.0.1:54321."""
    return live_server_process.url


@pytest.fixture(scope="session")
def playwright_instance():
    """One Playwright driver for the whole run: the sync API allows only one at a time."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def fixture_site():
    """Base URL of the extension's fixture pages (compose boxes of several sites), served over
    http://127.0.0.1 because content scripts do not run on file:// pages."""
    handler = functools.partial(_QuietHandler, directory=str(ROOT / "tests" / "extension" / "fixtures"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
