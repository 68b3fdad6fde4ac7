"""The review desk's "When can I write or meet?" section in Debian's Chromium against the real server:
today's stage, the day direct contact becomes possible, the timeline, uncertain rules shown as
uncertain, and the entries kept in this browser only."""
from __future__ import annotations

import datetime as dt

import pytest

from safetoshare.contact_planner import add_years, spoken

pytestmark = pytest.mark.browser

# Half a year ago: anonymous contact in every country that allows it, whatever today is.
TRANSPLANT = dt.date.today() - dt.timedelta(days=180)


def wait_for(page, js: str, arg=None):
    page.wait_for_function(js, arg=arg)


def test_contact_section_shows_stage_date_timeline_and_keeps_entries(review_page, artifacts_dir):
    page = review_page
    page.wait_for_selector("body[data-contact-ready='true']")
    assert page.is_hidden("#contact-result")
    page.wait_for_selector("#contact-country option[value=DE]", state="attached")

    page.fill("#contact-date", TRANSPLANT.isoformat())
    page.select_option("#contact-country", "US")
    direct = spoken(add_years(TRANSPLANT, 1))
    wait_for(page, "(d) => document.getElementById('contact-direct').textContent === d", direct)
    result = page.locator("#contact-result")
    assert result.get_attribute("data-stage") == "anonymous" and result.get_attribute("data-certain") == "true"
    assert page.inner_text("#contact-stage") == "Today: Anonymous contact only (anonymous letters, anonymous updates)."
    assert page.inner_text("#contact-profile-now") == "nmdp-letter"
    assert page.is_hidden("#contact-use-profile")  # already checking with the letter profile
    assert page.is_hidden("#contact-uncertain")
    steps = page.locator("#contact-timeline li")
    assert steps.count() == 3
    current = page.locator("#contact-timeline li[aria-current=step]")
    assert "Anonymous contact only" in current.inner_text() and "(today)" in current.inner_text()
    assert f"From {direct}" in steps.nth(2).inner_text()
    page.locator("#contact-section").screenshot(path=str(artifacts_dir / "contact-desk.png"))

    # Germany waits two years: the stricter side wins over NMDP's one.
    page.select_option("#contact-country", "DE")
    wait_for(page, "(d) => document.getElementById('contact-direct').textContent === d", spoken(add_years(TRANSPLANT, 2)))

    # The registry follows the profile chosen for checking; an uncertain rule is shown as uncertain.
    page.select_option("#profile", "dkms-social")
    page.select_option("#contact-country", "NL")
    wait_for(page, "() => document.getElementById('contact-result').dataset.certain === 'false'")
    assert page.inner_text("#contact-direct") == "never (not certain)"
    assert "Only older DKMS material" in page.inner_text("#contact-uncertain")  # the reason, from the data
    assert "may never be possible for a recipient in the Netherlands" in page.inner_text("#contact-says")
    assert page.is_visible("#contact-uncertain")
    assert "check with your registry" in page.inner_text("#contact-uncertain")
    assert "Not certain" in page.inner_text("#contact-says")
    page.locator("#contact-section").screenshot(path=str(artifacts_dir / "contact-desk-uncertain.png"))

    # A post profile's letters are checked with the registry's letter profile: one click chooses it.
    page.select_option("#profile", "nmdp-social")
    page.wait_for_selector("#contact-use-profile:visible")
    page.click("#contact-use-profile")
    assert page.input_value("#profile") == "nmdp-letter"
    page.wait_for_selector("#contact-use-profile", state="hidden")
    wait_for(page, "(d) => document.getElementById('contact-direct').textContent === d", "never (not certain)")

    # Cord blood: never any contact.
    page.select_option("#contact-product", "cord")
    wait_for(page, "() => document.getElementById('contact-result').dataset.stage === 'no_contact'")
    assert page.inner_text("#contact-stage") == "Today: No contact (nothing)."

    # Kept in this browser: a reload shows the same answer without typing again.
    stored = page.evaluate("JSON.parse(localStorage.getItem('safetoshare.contact'))")
    assert stored == {"transplantDate": TRANSPLANT.isoformat(), "country": "NL", "role": "donor", "product": "cord"}
    page.reload()
    page.wait_for_selector("body[data-contact-ready='true']")
    assert page.input_value("#contact-date") == TRANSPLANT.isoformat()
    assert page.input_value("#contact-country") == "NL" and page.input_value("#contact-product") == "cord"
    wait_for(page, "() => document.getElementById('contact-result').dataset.stage === 'no_contact'")

    assert page.log.console_errors == [] and page.log.page_errors == [] and page.log.external_requests == []


def test_a_recipient_sees_the_words_for_a_recipient(review_page):
    page = review_page
    page.wait_for_selector("body[data-contact-ready='true']")
    page.wait_for_selector("#contact-country option[value=GB]", state="attached")
    page.select_option("#contact-role", "recipient")
    page.select_option("#contact-country", "GB")
    page.fill("#contact-date", TRANSPLANT.isoformat())
    wait_for(page, "() => document.getElementById('contact-says').textContent.includes('your donor')")
    assert page.inner_text("#contact-direct") == spoken(add_years(TRANSPLANT, 2))
    assert page.log.console_errors == [] and page.log.page_errors == []


def test_the_desk_and_the_popup_render_the_timeline_with_one_file(live_server):
    """One source: the desk is served the extension popup's timeline.js, byte for byte."""
    import urllib.request
    from pathlib import Path

    with urllib.request.urlopen(live_server + "/web-static/timeline.js", timeout=30) as resp:
        served = resp.read()
    assert served == (Path(__file__).resolve().parents[2] / "extension" / "popup" / "timeline.js").read_bytes()
    with urllib.request.urlopen(live_server + "/", timeout=30) as resp:
        page = resp.read().decode()
    assert page.index('<script src="/web-static/timeline.js">') < page.index('src="/web-static/contact.js"')
