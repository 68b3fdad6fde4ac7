"""The popup's "When can I write or meet?" section: the real extension in Debian's Chromium, talking
to the real server through its background worker."""
from __future__ import annotations

import datetime as dt

import pytest

from safetoshare.contact_planner import add_years, spoken

pytestmark = pytest.mark.browser

# Half a year ago: anonymous contact in every country that allows it, whatever today is.
TRANSPLANT = dt.date.today() - dt.timedelta(days=180)
DIRECT = "(d) => document.getElementById('contact-direct').textContent === d"


def wait_direct(page, expected: str):
    """Waits until the section shows `expected` as the direct-contact day; on failure says what it shows."""
    try:
        page.wait_for_function(DIRECT, arg=expected, timeout=20000)
    except Exception:
        shown = page.evaluate("['contact-direct', 'contact-msg'].map((id) => document.getElementById(id).textContent)")
        raise AssertionError(f"expected {expected!r}, the section shows {shown!r}") from None


def open_popup(ext, page):
    page.set_viewport_size({"width": 380, "height": 1000})
    page.goto(ext.url("popup/popup.html"))
    page.wait_for_selector("body[data-contact-ready='true']")


def test_popup_contact_section_shows_stage_date_and_timeline(ext, page, artifacts):
    open_popup(ext, page)
    page.wait_for_selector("#contact-country option[value=US]", state="attached")
    assert page.is_hidden("#contact-result")
    assert "Enter the transplant day" in page.inner_text("#contact-msg")

    page.fill("#contact-date", TRANSPLANT.isoformat())
    page.select_option("#contact-country", "US")
    wait_direct(page, spoken(add_years(TRANSPLANT, 1)))
    assert page.inner_text("#contact-stage") == "Today: Anonymous contact only (anonymous letters, anonymous updates)."
    assert page.is_hidden("#contact-uncertain")
    assert page.locator("#contact-timeline li").count() == 3
    current = page.inner_text("#contact-timeline li[aria-current=step]")
    assert "Anonymous contact only" in current and "(today)" in current
    assert ext.settings()["contact"] == {"transplantDate": TRANSPLANT.isoformat(), "country": "US", "role": "donor", "product": "marrow"}
    page.screenshot(path=str(artifacts / "popup-contact.png"), full_page=True)

    # The registry follows the profile chosen in the popup: Poland has no rules of its own, so
    # NMDP's one year, then DKMS's two, both flagged uncertain.
    page.select_option("#contact-country", "PL")
    wait_direct(page, spoken(add_years(TRANSPLANT, 1)) + " (not certain)")
    page.wait_for_selector("#profile option[value=dkms-social]", state="attached")
    page.select_option("#profile", "dkms-social")
    wait_direct(page, spoken(add_years(TRANSPLANT, 2)) + " (not certain)")
    assert page.is_visible("#contact-uncertain")
    assert "check with your registry" in page.inner_text("#contact-uncertain")
    page.screenshot(path=str(artifacts / "popup-contact-uncertain.png"), full_page=True)
    # DKMS has no letter profile here: letters are checked with the strictest, one click away.
    assert page.inner_text("#contact-profile-now") == "nmdp-letter" and page.is_visible("#contact-use-profile")
    page.click("#contact-use-profile")
    wait_direct(page, spoken(add_years(TRANSPLANT, 1)) + " (not certain)")
    assert page.input_value("#profile") == "nmdp-letter"
    page.wait_for_selector("#contact-profile-line", state="hidden")
    page.wait_for_function("() => document.getElementById('profile-msg').textContent === 'Saved.'")
    assert ext.settings()["profile"] == "nmdp-letter"
    page.select_option("#profile", "dkms-social")
    wait_direct(page, spoken(add_years(TRANSPLANT, 2)) + " (not certain)")
    page.select_option("#profile", "")  # back to the server's default (NMDP)
    wait_direct(page, spoken(add_years(TRANSPLANT, 1)) + " (not certain)")


def test_popup_contact_entries_are_kept_and_cord_blood_allows_nothing(ext, page):
    ext.set(contact={"transplantDate": TRANSPLANT.isoformat(), "country": "DE", "role": "recipient", "product": "cord"})
    open_popup(ext, page)
    page.wait_for_function("() => document.getElementById('contact-result').dataset.stage === 'no_contact'")
    assert page.input_value("#contact-date") == TRANSPLANT.isoformat()
    assert page.input_value("#contact-country") == "DE" and page.input_value("#contact-role") == "recipient"
    assert page.inner_text("#contact-stage") == "Today: No contact (nothing)."
    assert page.inner_text("#contact-direct") == "never"

    page.select_option("#contact-product", "pbsc")
    wait_direct(page, spoken(add_years(TRANSPLANT, 2)))  # Germany: two years
    assert "your donor" in page.text_content("#contact-says")


def test_popup_contact_says_when_the_server_is_not_running(ext, page, closed_port_url):
    ext.set(serverUrl=closed_port_url, contact={"transplantDate": TRANSPLANT.isoformat(), "country": "US"})
    open_popup(ext, page)
    page.wait_for_selector("#contact-msg.error")
    assert "not running" in page.inner_text("#contact-msg")
    assert page.is_hidden("#contact-result")
