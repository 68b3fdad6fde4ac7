"""First run: no checker on this computer yet. The panel and the popup say so once, calmly, with the
install and start commands for this system (copy buttons), a link to the review desk and "Check
again"; other pages say it quietly; a draft is never called safe while unchecked."""
from __future__ import annotations

import sys

import pytest

from test_extension import PANEL, RISKY, open_fixture, type_into

pytestmark = pytest.mark.browser

FIRST_RUN = f"{PANEL} [data-testid=sts-first-run]"
PILL = "[data-testid=sts-pill]"
COMMANDS = ["pipx install safe-to-share", "uv tool install safe-to-share", "safetoshare autostart enable", "safetoshare serve"]
THIS_OS = "windows" if sys.platform == "win32" else "macos" if sys.platform == "darwin" else "linux"


def shown_commands(locator) -> list[str]:
    return locator.locator("button[data-action=copy]").evaluate_all("bs => bs.map(b => b.dataset.command)")


def test_first_run_panel_without_a_server(ext, page, fixture_site, closed_port_url, artifacts, browser_context):
    ext.set(serverUrl=closed_port_url)
    browser_context.grant_permissions(["clipboard-read", "clipboard-write"], origin=fixture_site)
    open_fixture(page, fixture_site, "textarea.html")
    type_into(page, "#compose", RISKY)
    notice = page.locator(FIRST_RUN)
    notice.wait_for()
    status = page.locator("[data-testid=sts-status]")
    assert status.get_attribute("data-state") == "error"
    assert status.inner_text().startswith("Not checked")
    assert "isn't running on this computer" in notice.inner_text()
    assert notice.get_attribute("data-os") == THIS_OS
    assert shown_commands(notice) == COMMANDS
    desk = notice.locator("[data-testid=sts-review-desk]")
    assert desk.get_attribute("href") == closed_port_url + "/"
    panel_text = page.locator(PANEL).inner_text()
    assert "Nothing identifying" not in panel_text
    assert page.locator(f"{PANEL} li.finding").count() == 0
    page.screenshot(path=str(artifacts / "first-run-panel.png"))
    page.locator(PANEL).screenshot(path=str(artifacts / "first-run-panel-only.png"))

    # Copy puts the exact command on the clipboard and leaves the focus in the draft.
    notice.locator('button[data-command="pipx install safe-to-share"]').click()
    page.wait_for_selector(f'{FIRST_RUN} button[data-command="pipx install safe-to-share"]:has-text("Copied")')
    assert page.evaluate("navigator.clipboard.readText()") == "pipx install safe-to-share"
    assert page.evaluate("document.activeElement.id") == "compose"

    # "Check again" while it is still not running says so, calmly, and still calls nothing safe.
    notice.locator("button[data-action=check-again]").click()
    page.wait_for_selector("[data-testid=sts-notice]:has-text('Still not running')")
    assert page.locator(FIRST_RUN).count() == 1


def test_first_run_notice_is_shown_once_then_quietly(ext, page, browser_context, fixture_site, closed_port_url):
    ext.set(serverUrl=closed_port_url)
    open_fixture(page, fixture_site, "textarea.html")
    type_into(page, "#compose", RISKY)
    page.locator(FIRST_RUN).wait_for()
    # Another page in the same browser session: no full notice, a quiet "not checked" pill.
    other = browser_context.new_page()
    try:
        open_fixture(other, fixture_site, "contenteditable.html")
        type_into(other, "#editor", RISKY)
        pill = other.locator(f"{PILL}[data-state=error]")
        pill.wait_for()
        assert "Not checked" in pill.inner_text() and "not running" in pill.inner_text()
        assert other.locator(PANEL).is_hidden()
        assert other.locator(FIRST_RUN).count() == 0
        # It is one click away.
        pill.click()
        other.locator(FIRST_RUN).wait_for()
        assert shown_commands(other.locator(FIRST_RUN)) == COMMANDS
    finally:
        other.close()


def test_popup_first_run(ext, page, closed_port_url, artifacts):
    ext.set(serverUrl=closed_port_url)
    page.set_viewport_size({"width": 380, "height": 760})
    page.goto(ext.url("popup/popup.html"))
    page.wait_for_selector("#server-status[data-state=down]")
    notice = page.locator("#first-run [data-testid=sts-first-run]")
    notice.wait_for()
    assert shown_commands(notice) == COMMANDS
    assert notice.get_attribute("data-os") == THIS_OS
    assert notice.locator("[data-testid=sts-review-desk]").get_attribute("href") == closed_port_url + "/"
    page.screenshot(path=str(artifacts / "popup-first-run.png"), full_page=True)
    # Check again once the checker runs (here: its address is set right) shows it connected.
    ext.set(serverUrl=ext.live_url)
    notice.locator("button[data-action=check-again]").click()
    page.wait_for_selector("#server-status[data-state=connected]")
    assert page.locator("#first-run").is_hidden()
    assert page.locator("#server-update").is_hidden()  # this server is new enough


@pytest.fixture(autouse=True)
def _remember_live(ext, live_server):
    ext.live_url = live_server
