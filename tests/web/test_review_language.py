"""The review desk says which language each text was checked in, and marks plainly the parts it
did not read (a language we do not support): the real server, the real page in Chromium."""
from __future__ import annotations

from bs4 import BeautifulSoup
from test_review_page import api_check, drop_files, mark, reviewed_text, run_check, wait_status

ENGLISH = ("Dear donor, thank you so much for saving my life. My sister Emma drove me to Fred Hutch in Seattle every week, "
           "and we talked about you the whole way. I hope you are well and happy.")
GERMAN = "Liebe Spenderin, vielen Dank für alles, was Sie für mich getan haben. Meine Schwester Anna wohnt in München."
MIXED = f"{ENGLISH}\n\n{GERMAN}\n\nWrite to me at jo.donor@example.com if you like."
NOT_CHECKED = "Names, places and organisations were not checked in this German part."


def unchecked_text(page) -> str:
    return "".join(page.eval_on_selector_all("#reviewed span.unchecked", "els => els.map((e) => e.textContent)"))


def test_a_german_part_is_marked_as_not_checked(review_page, live_server, artifacts_dir):
    page = review_page
    answer = api_check(live_server, MIXED)
    assert answer["language"] == "en" and answer["unchecked"]  # what the page is given
    (part,) = answer["unchecked"]
    run_check(page, MIXED)
    note = page.locator("#language-note")
    assert note.text_content() == "Checked in English." and note.get_attribute("data-supported") == "true"
    # The German paragraph carries its own neutral marking, exactly over the part not read.
    assert unchecked_text(page) == MIXED[part["start"]:part["end"]]
    assert page.locator("#reviewed span.unchecked").first.get_attribute("data-language") == "de"
    assert page.locator("#reviewed span.unchecked").first.get_attribute("title") == NOT_CHECKED
    notes = page.locator("#unchecked-notes li")
    assert notes.count() == 1 and NOT_CHECKED in notes.first.text_content() and "Liebe Spenderin" in notes.first.text_content()
    assert page.locator("#unchecked-notes").is_visible()
    described = page.locator("#reviewed span.unchecked").first.get_attribute("aria-describedby")
    assert page.locator(f"#{described}").text_content() == notes.first.text_content()
    # English findings are marked; nothing in the German part is guessed at.
    assert mark(page, "Seattle").count() == 1 and mark(page, "jo.donor@example.com").count() == 1
    marked = page.eval_on_selector_all("#reviewed mark", "els => els.map((e) => e.textContent)")
    assert not {"Anna", "München", "Schwester Anna"} & set(marked)
    assert reviewed_text(page) == MIXED
    page.screenshot(path=str(artifacts_dir / "review-language.png"), full_page=True)

    # A rewrite before the German part shifts its marking with the text.
    mark(page, "Fred Hutch").click()
    page.locator("#d-suggestions button.apply").first.click()
    wait_status(page, "Changed “Fred Hutch”")
    assert unchecked_text(page) == GERMAN
    assert page.log.page_errors == [] and page.log.console_errors == []


def test_a_text_in_a_language_we_do_not_read_says_so(review_page):
    page = review_page
    run_check(page, GERMAN + "\n\nSchreiben Sie mir an anna.spenderin@example.de.")
    note = page.locator("#language-note")
    assert note.get_attribute("data-supported") == "false" and note.get_attribute("data-language") == "de"
    assert note.text_content().startswith("Written in German, which Safe to Share does not read yet")
    assert NOT_CHECKED in page.locator("#unchecked-notes").text_content()
    assert GERMAN in unchecked_text(page)
    # Language-independent checks still ran: the email is found, no name or place is guessed.
    marked = page.eval_on_selector_all("#reviewed mark", "els => els.map((e) => e.textContent)")
    assert [m for m in marked if "anna.spenderin@example.de" in m] and not {"Anna", "München"} & set(marked)


def test_the_report_names_the_language_and_what_was_not_checked(review_page):
    page = review_page
    run_check(page, MIXED)
    with page.expect_download() as info:
        page.click("#report")
    with open(info.value.path(), encoding="utf-8") as fh:
        soup = BeautifulSoup(fh.read(), "html.parser")
    row = soup.select_one("table.by-file tr[data-file]")
    assert row.find_all("td")[-1].get_text() == "English; German part not checked"
    (p,) = soup.select("section.file p.not-checked")
    assert p["data-language"] == "de" and NOT_CHECKED in p.get_text() and "Liebe Spenderin" in p.get_text()


def test_dropped_files_say_which_were_not_checked(review_page):
    page = review_page
    drop_files(page, [("brief.txt", "text/plain", GERMAN.encode()), ("letter.txt", "text/plain", ENGLISH.encode())])
    page.wait_for_function("() => document.getElementById('file-results').dataset.done === '1'", timeout=120_000)
    german = page.locator(".file-entry[data-name='brief.txt'] .file-summary").text_content()
    assert "Written in German: names, places and organisations were not checked." in german
    english = page.locator(".file-entry[data-name='letter.txt'] .file-summary").text_content()
    assert "not checked" not in english
