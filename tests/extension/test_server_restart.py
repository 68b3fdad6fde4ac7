"""The extension when the local server stops and starts again (issue 6, point 5): a dedicated server
process on its own port is stopped under a checked draft and started again on the same port."""
from __future__ import annotations

import pytest
from serverproc import ServerProcess, free_port
from test_extension import GUARD, PANEL, RISKY, finding, open_fixture, posted, type_into

pytestmark = pytest.mark.browser

STATUS = "[data-testid=sts-status]"
BOXES = "safe-to-share-ui .box"


class RestartableServer:
    """A real server on a fixed port that the test can stop and start again on that same port."""

    def __init__(self):
        self.port = free_port()
        self.server = ServerProcess(port=self.port).wait_ready()
        self.url = self.server.url

    def stop(self):
        self.server.stop()

    def start(self):
        self.server = ServerProcess(port=self.port).wait_ready()
        assert self.server.url == self.url

    def close(self):
        self.server.stop()


@pytest.fixture
def own_server():
    server = RestartableServer()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def ext_own(extension, own_server):
    """The extension with clean settings pointing at the test's own server."""
    extension.reset(own_server.url)
    return extension


def popup_state(ext, popup, state: str) -> str:
    popup.goto(ext.url("popup/popup.html"))
    popup.wait_for_selector(f"#server-status[data-state={state}]")
    return popup.inner_text("#server-status")


def test_extension_recovers_when_the_server_stops_and_starts_again(ext_own, own_server, page, browser_context, fixture_site, artifacts):
    ext = ext_own
    popup = browser_context.new_page()
    try:
        # 1. Running: the draft is checked and highlighted.
        open_fixture(page, fixture_site, "textarea.html")
        type_into(page, "#compose", RISKY)
        page.wait_for_selector(finding("Emma"))
        page.wait_for_selector(f"{BOXES}.block", state="attached")
        assert "Connected" in popup_state(ext, popup, "connected")

        # 2. The server stops; the next edit says plainly that nothing was checked.
        own_server.stop()
        page.click("#compose")
        page.keyboard.press("End")
        page.keyboard.insert_text(" ")
        status = page.locator(f"{STATUS}[data-state=error]")
        status.wait_for()
        text = status.inner_text()
        assert "not running" in text and "Not checked" in text
        panel_text = page.locator(PANEL).inner_text()
        assert "Nothing identifying" not in panel_text
        assert "safetoshare serve" in panel_text
        assert page.locator(f"{PANEL} li.finding").count() == 0  # the old findings are not shown as current
        page.wait_for_selector(BOXES, state="detached")  # nor their highlights
        page.screenshot(path=str(artifacts / "restart-server-down.png"))
        assert "Not running" in popup_state(ext, popup, "down")

        # Posting the unchecked draft asks first.
        page.click("#post")
        page.wait_for_selector(f"{GUARD}[data-state=holding]")
        assert "could not be checked" in page.locator(GUARD).inner_text()
        assert posted(page) == []
        page.click(f"{GUARD} button[data-action=review]")
        page.wait_for_selector(GUARD, state="detached")
        assert posted(page) == []

        # 3. The server starts again on the same port: the next edit is checked again.
        own_server.start()
        page.click("#compose")
        page.keyboard.press("End")
        page.keyboard.insert_text("!")
        page.wait_for_selector(finding("Emma"))
        page.wait_for_selector(f"{STATUS}:not([data-state=error])")
        for word in ("Seattle", "Fred Hutch"):
            assert page.locator(finding(word)).count() == 1
        page.wait_for_selector(f"{BOXES}.block", state="attached")
        assert "Connected" in popup_state(ext, popup, "connected")
        page.screenshot(path=str(artifacts / "restart-server-back.png"))

        # The guard holds for the findings again, no longer for an unchecked draft.
        page.click("#post")
        page.wait_for_selector(f"{GUARD}[data-state=holding]")
        guard_text = page.locator(GUARD).inner_text()
        assert "could not be checked" not in guard_text and "Emma" in guard_text
        assert posted(page) == []
    finally:
        popup.close()


def test_post_after_restart_rechecks_without_an_edit(ext_own, own_server, page, fixture_site):
    """A draft left in the not-checked state is checked again when Post is pressed once the server is back."""
    open_fixture(page, fixture_site, "textarea.html")
    own_server.stop()
    type_into(page, "#compose", RISKY)
    page.wait_for_selector(f"{STATUS}[data-state=error]")
    own_server.start()
    page.click("#post")
    page.wait_for_selector(f"{GUARD}[data-state=holding]")
    guard_text = page.locator(GUARD).inner_text()
    assert "could not be checked" not in guard_text and "Emma" in guard_text
    assert posted(page) == []



def test_check_again_once_the_checker_is_started(ext_own, own_server, page, fixture_site):
    """First run: the notice's "Check again" checks the draft as soon as the checker runs, with no edit."""
    own_server.stop()
    open_fixture(page, fixture_site, "textarea.html")
    type_into(page, "#compose", RISKY)
    notice = page.locator(f"{PANEL} [data-testid=sts-first-run]")
    notice.wait_for()
    own_server.start()
    notice.locator("button[data-action=check-again]").click()
    page.wait_for_selector(finding("Emma"))
    assert page.locator(f"{PANEL} [data-testid=sts-first-run]").count() == 0
    assert page.locator(f"{STATUS}[data-state=ok]").count() == 1
