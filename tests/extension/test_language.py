"""The draft's language in the extension, against the real server: the panel says which language
was checked, says plainly which parts were not checked (a language the checker does not read) and
marks them with a dotted grey highlight; such a draft is never called clean, and the Post guard
repeats it. The popup lists the languages the checker reads."""
from __future__ import annotations

import json
import urllib.request

import pytest

from test_extension import GUARD, PANEL, open_fixture, type_into, wait_settled

pytestmark = pytest.mark.browser

GERMAN = "Mein Spender hat mir das Leben gerettet. Liebe Grüße aus München, Anna"
ENGLISH = "We finally heard from the transplant team today and everyone is doing really well."
FRENCH = "Bonjour à tous, je voulais vous dire que la greffe s'est bien passée et que je vais beaucoup mieux."
FRENCH_WITH_PLACE = "Bonjour à tous, ma sœur m'a conduit à Lyon pour la greffe et je vais beaucoup mieux."
NOTE = "[data-testid=sts-language]"
NOT_CHECKED = "Names, places and organisations were not checked in"
ONLY = "only emails, phone numbers, links and dates were."


def language_note(page):
    page.wait_for_selector(NOTE)
    note = page.locator(NOTE)
    return note.inner_text(), note.get_attribute("data-partial"), note.get_attribute("data-language")


def test_german_draft_is_said_unchecked_and_marked(ext, page, fixture_site, artifacts):
    open_fixture(page, fixture_site, "textarea.html")
    type_into(page, "#compose", GERMAN)
    text, partial, lang = language_note(page)
    wait_settled(page)
    assert (partial, lang) == ("true", "de")
    assert text == f"{NOT_CHECKED} this German draft; {ONLY}"
    status = page.locator("[data-testid=sts-status]").inner_text()
    assert "Nothing identifying found in this draft" not in status  # never called clean
    # No English guesses on German words: neither the name nor the city is offered as a finding.
    shown = page.locator(f"{PANEL} li.finding").evaluate_all("ls => ls.map(l => l.dataset.finding)")
    assert not any(w in " ".join(shown) for w in ("Anna", "München"))
    # The part that was not read is marked with a dotted grey box (a textarea: overlay boxes).
    page.wait_for_selector("safe-to-share-ui .box.unchecked", state="attached")
    marked = page.locator("safe-to-share-ui .box.unchecked").evaluate_all("bs => bs.map(b => b.dataset.text)")
    assert set(marked) == {GERMAN}
    style = page.locator("safe-to-share-ui .box.unchecked").first.evaluate("b => getComputedStyle(b).borderBottomStyle")
    assert style == "dotted"
    page.locator(PANEL).screenshot(path=str(artifacts / "panel-german.png"))


def test_german_part_of_an_english_draft_is_marked_alone(ext, page, fixture_site, artifacts):
    open_fixture(page, fixture_site, "contenteditable.html")
    page.click("#editor")
    page.keyboard.insert_text(ENGLISH)
    page.keyboard.press("Enter")  # a blank line between the paragraphs
    page.keyboard.press("Enter")
    page.keyboard.insert_text(GERMAN)
    text, partial, _ = language_note(page)
    assert partial == "true"
    assert text.endswith(f"{NOT_CHECKED} the German part; {ONLY}")
    page.wait_for_function("CSS.highlights.has('safe-to-share-unchecked') && CSS.highlights.get('safe-to-share-unchecked').size === 1")
    marked = page.evaluate("[...CSS.highlights.get('safe-to-share-unchecked')].map(r => r.toString())")
    assert len(marked) == 1 and GERMAN in marked[0] and "transplant" not in marked[0]
    page.screenshot(path=str(artifacts / "panel-german-part.png"))


def test_french_draft_says_it_was_checked_in_french(ext, page, fixture_site):
    open_fixture(page, fixture_site, "textarea.html")
    type_into(page, "#compose", FRENCH)
    # Clean: only the pill shows, and it names the language.
    page.wait_for_selector("[data-testid=sts-pill][data-language=fr]:not([hidden])")
    assert page.locator("[data-testid=sts-pill]").inner_text() == (
        "Safe to Share: Nothing identifying found in this draft (checked in French)")
    # With a finding the panel opens and says it above the findings.
    page.fill("#compose", "")
    type_into(page, "#compose", FRENCH_WITH_PLACE)
    text, partial, lang = language_note(page)
    assert (text, partial, lang) == ("Checked in French.", "false", "fr")
    assert page.locator(f"{PANEL} li.finding[data-finding*=Lyon]").count() == 1
    assert page.locator("safe-to-share-ui .box.unchecked").count() == 0


def test_post_guard_repeats_what_was_not_checked(ext, page, fixture_site):
    open_fixture(page, fixture_site, "textarea.html")
    type_into(page, "#compose", GERMAN + " Schreib mir an anna.schmidt@example.de")
    page.wait_for_selector(f"{PANEL} li.finding[data-category=contact_info]")
    page.click("#post")
    page.wait_for_selector(f"{GUARD}[data-state=holding]")
    note = page.locator(f"{GUARD} [data-testid=sts-guard-language]").inner_text()
    assert note.startswith(NOT_CHECKED) and "German" in note
    assert "safe" not in page.locator(GUARD).inner_text().lower().replace("safe to share", "")
    page.click(f"{GUARD} button[data-action=review]")


def test_popup_lists_the_languages_the_checker_reads(ext, page, live_server):
    with urllib.request.urlopen(f"{live_server}/api/v1/health") as r:
        languages = json.load(r)["languages"]
    assert "en" in languages and "fr" in languages
    page.goto(ext.url("popup/popup.html"))
    page.wait_for_selector("[data-testid=languages]:not([hidden])")
    line = page.locator("[data-testid=languages]").inner_text()
    assert line.startswith("Reads ") and "English" in line and "French" in line
    assert "emails, phone numbers, links and dates" in line  # what other languages still get
