"""Fixtures for the review page tests: Debian's Chromium driven by Playwright against the real
server (`live_server` from tests/conftest.py). Each test gets a fresh context and page; console
errors, page errors and dialogs are recorded so a test can assert none happened."""
from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = os.environ.get("SAFETOSHARE_CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]


@pytest.fixture(scope="session")
def review_browser(playwright_instance):
    browser = playwright_instance.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
    try:
        yield browser
    finally:
        browser.close()


class PageLog:
    def __init__(self):
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.dialogs: list[str] = []
        self.external_requests: list[str] = []


@pytest.fixture()
def review_page(review_browser, live_server):
    """A fresh page on the review desk, with profiles loaded. `page.log` records what went wrong."""
    context = review_browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900}, base_url=live_server)
    page = context.new_page()
    log = PageLog()
    page.on("console", lambda m: log.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: log.page_errors.append(str(e)))

    def _dialog(d):
        log.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", _dialog)
    page.on("request", lambda r: log.external_requests.append(r.url) if not r.url.startswith((live_server, "data:", "blob:")) else None)
    page.log = log
    page.goto("/")
    page.wait_for_selector("body[data-profiles-loaded='true']")
    try:
        yield page
    finally:
        context.close()
