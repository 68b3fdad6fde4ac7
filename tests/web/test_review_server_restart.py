"""The review desk when the local server stops and starts again (issue 6, point 5): the page is
opened from a dedicated server process, which is stopped and then started again on the same port."""
from __future__ import annotations

import pytest
from serverproc import ServerProcess, free_port
from test_review_page import STORY, mark, wait_status

pytestmark = pytest.mark.browser


@pytest.fixture
def own_server():
    holder = {"server": ServerProcess(port=free_port()).wait_ready()}
    try:
        yield holder
    finally:
        holder["server"].stop()


def checked_count(page) -> int:
    return int(page.evaluate("Number(document.body.dataset.checked || 0)"))


def test_check_while_the_server_is_down_keeps_the_story_and_works_once_it_is_back(review_browser, own_server, artifacts_dir):
    server = own_server["server"]
    port, url = server.port, server.url
    context = review_browser.new_context(viewport={"width": 1280, "height": 900}, base_url=url)
    page_errors: list[str] = []
    try:
        page = context.new_page()
        page.on("pageerror", lambda e: page_errors.append(str(e)))
        page.on("dialog", lambda d: (page_errors.append("dialog: " + d.message), d.dismiss()))
        page.goto("/")
        page.wait_for_selector("body[data-profiles-loaded='true']")
        page.fill("#story", STORY)
        page.fill("#watch", "Lakeview Bakery")

        # The server stops; Check says so plainly and keeps what the user pasted.
        server.stop()
        page.get_by_role("button", name="Check", exact=True).click()
        error = page.locator("#error")
        error.wait_for(state="visible")
        message = error.inner_text()
        assert "Cannot reach the Safe to Share server" in message and "running" in message
        assert "Failed to fetch" not in message and "TypeError" not in message
        wait_status(page, "The check failed.")
        assert page.input_value("#story") == STORY
        assert page.input_value("#watch") == "Lakeview Bakery"
        assert page.get_by_role("button", name="Check", exact=True).is_enabled()
        assert page.get_attribute("body", "aria-busy") is None
        assert checked_count(page) == 0
        assert page.locator("#reviewed mark").count() == 0
        page.screenshot(path=str(artifacts_dir / "review-server-down.png"), full_page=True)

        # The server starts again on the same port; the same Check now shows the findings.
        own_server["server"] = server = ServerProcess(port=port).wait_ready()
        assert server.url == url
        page.get_by_role("button", name="Check", exact=True).click()
        page.wait_for_function("n => Number(document.body.dataset.checked || 0) > n", arg=0)
        assert error.is_hidden()
        for words in ("Seattle", "Fred Hutch", "jo.donor@example.com"):
            assert mark(page, words).count() == 1, words
        assert page.eval_on_selector("#reviewed", "el => el.textContent") == STORY
        wait_status(page, "Checked:")
        assert page.input_value("#story") == STORY
        page.screenshot(path=str(artifacts_dir / "review-server-back.png"), full_page=True)
        assert page_errors == []
    finally:
        context.close()
