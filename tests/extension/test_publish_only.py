"""Only where people publish or send: site searches, logins, payment and address forms are never
checked or held; compose boxes, an email's subject and a web component's compose box are (Chromium,
real server). The same scenarios run in Firefox from tests/firefox."""
from __future__ import annotations

import json
from urllib.parse import parse_qs, urlparse

import pytest

from test_extension import GUARD, PANEL, RISKY, finding, open_fixture, posted, type_into, wait_settled

pytestmark = pytest.mark.browser

QUERY = "mayo clinic parking rochester"


def tracked_fields(ext, page) -> int:
    """How many fields of the page the content script treats as drafts (it tracks them on focus
    and input, synchronously), asked the way the popup asks: a message to the active tab."""
    page.bring_to_front()
    return ext.worker.evaluate(
        """async () => {
            const win = await chrome.windows.getLastFocused({windowTypes: ['normal']});
            const [tab] = await chrome.tabs.query({active: true, windowId: win.id});
            return (await SafeToShare.protocol.send('siteInfo', {}, {tabId: tab.id})).result.fields;
        }"""
    )


@pytest.mark.parametrize("field,param", [("#q-typed", "q"), ("#q-role", "terms"), ("#q-get", "text")])
def test_site_search_is_submitted_untouched(ext, page, fixture_site, field, param):
    open_fixture(page, fixture_site, "search.html")
    type_into(page, field, QUERY)
    assert tracked_fields(ext, page) == 0  # not a draft: no check, no panel
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_url("**/results.html?*")
    assert parse_qs(urlparse(page.url).query)[param] == [QUERY]
    assert page.inner_text("#query") == QUERY
    assert page.locator("safe-to-share-ui").count() == 0


def test_login_payment_and_address_forms_are_never_checked_or_held(ext, page, fixture_site):
    open_fixture(page, fixture_site, "search.html")
    type_into(page, "#username", "emma.seattle")
    type_into(page, "#password", "Fred Hutch 2024")
    page.keyboard.press("Enter")  # the submit handler runs at once: nothing held it
    type_into(page, "#cc-name", "Emma Johnson")
    type_into(page, "#cc-number", "4111 1111 1111 1111")
    page.keyboard.press("Enter")
    type_into(page, "#street", "1100 Fairview Ave N")
    type_into(page, "#city", "Seattle")
    type_into(page, "#delivery-notes", "Leave it with my sister Emma at Fred Hutch in Seattle.")
    page.click("#address button[type=submit]")
    assert [s["form"] for s in page.evaluate("sent")] == ["login", "payment", "address"]
    assert page.evaluate("sent")[2]["data"]["delivery-notes"] == "Leave it with my sister Emma at Fred Hutch in Seattle."
    assert tracked_fields(ext, page) == 0
    assert page.locator("safe-to-share-ui").count() == 0


def test_email_subject_belongs_to_the_draft(ext, page, fixture_site):
    open_fixture(page, fixture_site, "search.html")
    type_into(page, "#q-typed", QUERY)  # the site search on the same page stays out of it
    type_into(page, "#subject", "My sister Emma at Fred Hutch")
    page.wait_for_selector(finding("Fred Hutch"))
    type_into(page, "#body", "Thank you for everything.")
    assert tracked_fields(ext, page) == 2
    wait_settled(page)
    page.click("#send")
    page.wait_for_selector(f"{GUARD}[data-state=holding]")
    assert page.evaluate("sent") == []
    assert page.locator(f'{GUARD} li[data-finding*="Fred Hutch"]').count() == 1
    page.click(f"{GUARD} button[data-action=post-anyway]")
    page.wait_for_function("sent.length === 1")
    assert page.evaluate("sent")[0]["data"]["subject"] == "My sister Emma at Fred Hutch"


def test_shadow_dom_compose_box_is_checked_rewritten_and_held(ext, page, fixture_site, artifacts):
    open_fixture(page, fixture_site, "shadow.html")
    editor = "x-composer .editor"  # Playwright's CSS pierces open shadow roots
    type_into(page, editor, RISKY)
    page.wait_for_selector(finding("Seattle"))
    # Highlighted: boxes over the flagged words (page ::highlight styles do not reach shadow trees).
    boxed = page.locator("safe-to-share-ui .box.block").evaluate_all("bs => bs.map(b => b.dataset.text)")
    assert any("Seattle" in b for b in boxed) and any("Emma" in b for b in boxed)
    edit_box = page.locator(editor).bounding_box()
    for b in page.locator("safe-to-share-ui .box").evaluate_all("bs => bs.map(b => b.getBoundingClientRect().toJSON())"):
        assert edit_box["y"] <= b["y"] <= edit_box["y"] + edit_box["height"]
    page.screenshot(path=str(artifacts / "shadow-dom.png"))

    item = page.locator(finding("Seattle"))
    words = item.get_attribute("data-finding")
    item.locator('button[data-action=apply][data-replacement="my city"]').click()
    expected = RISKY.replace(words, "my city")
    page.wait_for_function(f"editorModel() === {json.dumps(expected)}")
    page.wait_for_selector(finding("Seattle"), state="detached")

    # The Post button in the same shadow root is held while the name is still there.
    wait_settled(page)
    page.click("x-composer button.post")
    page.wait_for_selector(f"{GUARD}[data-state=holding]")
    assert posted(page) == []
    page.click(f"{GUARD} button[data-action=post-anyway]")
    page.wait_for_function("window.posted.length === 1")
    assert posted(page) == [expected]


def test_chat_line_whose_send_button_appears_while_typing_is_a_draft(ext, page, fixture_site):
    open_fixture(page, fixture_site, "search.html")
    page.click("#chat")
    page.keyboard.type("My sister Emma is at Fred Hutch")  # key by key: Send appears after the first
    page.wait_for_selector(finding("Fred Hutch"))
    wait_settled(page)
    page.click("#chat-send")
    page.wait_for_selector(f"{GUARD}[data-state=holding]")
    assert posted(page) == []
    page.click(f"{GUARD} button[data-action=post-anyway]")
    page.wait_for_function("window.posted.length === 1")
    assert posted(page) == ["My sister Emma is at Fred Hutch"]
