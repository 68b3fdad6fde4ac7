"""The extension asks the checker's version (/api/v1/health) and says calmly "update the checker"
when it is older than the extension needs (lib/server.js MIN_SERVER_VERSION)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from serverproc import ARTIFACTS, ServerProcess, free_port

from test_extension import PANEL, RISKY, finding, open_fixture, type_into

pytestmark = pytest.mark.browser

OLD_VERSION = "0.1.0"
AS_VERSION = Path(__file__).resolve().parent / "server_as_version.py"


class OlderServer(ServerProcess):
    """The real server, started as a user does, answering /api/v1/health with an older version."""

    def __init__(self, version: str):  # like ServerProcess.__init__, with the version wrapper
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        ARTIFACTS.mkdir(exist_ok=True)
        self.log_path = ARTIFACTS / f"server-{self.port}-as-{version}.log"
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            [sys.executable, str(AS_VERSION), version, "serve", "--port", str(self.port)],
            stdout=self._log, stderr=subprocess.STDOUT,
        )


@pytest.fixture
def older_server():
    server = OlderServer(OLD_VERSION).wait_ready()
    try:
        yield server
    finally:
        server.stop()


def test_older_checker_is_named_in_panel_and_popup(extension, older_server, page, fixture_site, artifacts):
    extension.reset(older_server.url)
    open_fixture(page, fixture_site, "textarea.html")
    type_into(page, "#compose", RISKY)
    page.wait_for_selector(finding("Emma"))  # it still checks
    note = page.locator(f"{PANEL} [data-testid=sts-update]")
    note.wait_for()
    assert f"version {OLD_VERSION}" in note.inner_text() and "update the checker" in note.inner_text()
    assert note.locator("button[data-action=copy]").get_attribute("data-command") == "pipx upgrade safe-to-share"
    page.locator(PANEL).screenshot(path=str(artifacts / "panel-update-checker.png"))

    page.goto(extension.url("popup/popup.html"))
    page.wait_for_selector("#server-status[data-state=connected]")
    popup_note = page.locator("#server-update [data-testid=sts-update]")
    popup_note.wait_for()
    assert "update the checker" in popup_note.inner_text()


def test_current_checker_gets_no_update_note(ext, page, fixture_site):
    open_fixture(page, fixture_site, "textarea.html")
    type_into(page, "#compose", RISKY)
    page.wait_for_selector(finding("Emma"))
    assert page.locator(f"{PANEL} [data-testid=sts-update]").count() == 0
