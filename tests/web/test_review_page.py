"""The review desk in Debian's Chromium against the real server: paste, check, marks, details,
apply, apply all, keep, download, copy, keyboard-only use, and hostile stories that must never run."""
from __future__ import annotations

import json
import re
import urllib.request

import pytest
from bs4 import BeautifulSoup
from serverproc import post_json

pytestmark = pytest.mark.browser

# Emoji and a ZWJ family before the findings: code point offsets differ from UTF-16 ones.
STORY = (
    "🎉🎉 Dear donor,\n"
    "Thanks to you I rang the bell at Fred Hutch last spring. 👩‍👩‍👧 We still live near Seattle, "
    "and my whole family says thank you.\n"
    "If you ever want to write, my address is jo.donor@example.com — no pressure! 💛"
)


def run_check(page, text: str, mode: str | None = None) -> None:
    before = int(page.evaluate("Number(document.body.dataset.checked || 0)"))
    page.fill("#story", text)
    if mode:
        page.select_option("#mode", mode)
    page.get_by_role("button", name="Check", exact=True).click()
    page.wait_for_function("n => Number(document.body.dataset.checked || 0) > n", arg=before)


def wait_status(page, words: str) -> None:
    """The aria-live status announces `words` (set a moment after being cleared)."""
    page.wait_for_function("(w) => document.getElementById('status').textContent.includes(w)", arg=words)


def mark(page, words: str):
    return page.locator("#reviewed mark", has_text=words)


def reviewed_text(page) -> str:
    return page.eval_on_selector("#reviewed", "el => el.textContent")


def api_check(live_server, text: str) -> dict:
    status, body, _ = post_json(live_server + "/api/v1/check", {"text": text})
    assert status == 200
    return body


def apply_first_suggestions(text: str, findings: list[dict]) -> str:
    """What "apply all" must produce, computed on code points (Python string indices)."""
    for f in sorted(findings, key=lambda f: f["start"], reverse=True):
        if f["suggestions"]:
            text = text[: f["start"]] + f["suggestions"][0] + text[f["end"] :]
    return text


def test_paste_check_shows_marks_by_category_with_a_legend(review_page, artifacts_dir):
    page = review_page
    run_check(page, STORY)
    assert mark(page, "Seattle").count() == 1
    assert "cat-location" in mark(page, "Seattle").get_attribute("class")
    assert "cat-organization" in mark(page, "Fred Hutch").get_attribute("class")
    assert "cat-contact_info" in mark(page, "jo.donor@example.com").get_attribute("class")
    for m in page.locator("#reviewed mark").all():
        assert re.search(r"\bsev-(block|warn)\b", m.get_attribute("class"))
    # Each mark covers exactly the finding's words although emoji precede them (UTF-16 vs code points).
    assert mark(page, "Seattle").text_content() == "Seattle"
    assert mark(page, "jo.donor@example.com").text_content() == "jo.donor@example.com"
    assert reviewed_text(page) == STORY
    assert page.locator("#legend").is_visible()
    assert not page.locator("#batch-report").is_visible()  # only once a batch was checked
    assert page.locator("#legend .cat-location").count() == 1
    # The legend's names are the server's labels (rules/categories.toml), not a copy in the page.
    labels = json.load(urllib.request.urlopen(page.url.rstrip("/") + "/api/v1/labels"))
    legend = {li.get_attribute("data-category"): li.text_content() for li in page.locator("#legend li[data-category]").all()}
    assert legend == {c: name for c, name in labels["categories"].items() if c != "photograph"}
    assert labels["severities"]["block"] in page.locator("#legend").text_content()
    n = page.locator("#reviewed mark").count()
    wait_status(page, f"Checked: {n} finding{'s' if n != 1 else ''}")
    mark(page, "Seattle").click()
    expect_details = page.locator("#details-body")
    expect_details.wait_for(state="visible")
    page.screenshot(path=str(artifacts_dir / "review-page.png"), full_page=True)
    assert page.log.page_errors == [] and page.log.console_errors == []
    assert page.log.external_requests == []


def test_selecting_a_mark_shows_rule_profile_source_and_suggestions(review_page, live_server):
    page = review_page
    run_check(page, STORY)
    expected = next(f for f in api_check(live_server, STORY)["findings"] if f["text"] == "Fred Hutch")
    mark(page, "Fred Hutch").click()
    assert page.text_content("#d-rule") == expected["rule"]
    assert page.text_content("#d-source") == expected["source"]
    assert page.text_content("#d-message") == expected["message"]
    assert "nmdp-letter" in page.text_content("#d-profile")
    assert "Fred Hutch" in page.text_content("#details-heading")
    buttons = page.locator("#d-suggestions button.apply")
    assert buttons.count() == len(expected["suggestions"]) > 0
    assert expected["suggestions"][0] in buttons.first.text_content()
    assert mark(page, "Fred Hutch").get_attribute("aria-current") == "true"


def test_apply_one_suggestion_replaces_it_and_shifts_later_marks(review_page):
    page = review_page
    run_check(page, STORY)
    n_marks = page.locator("#reviewed mark").count()
    mark(page, "Fred Hutch").click()
    button = page.locator("#d-suggestions button.apply").first
    suggestion = re.fullmatch(r"Apply “(.*)”", button.text_content()).group(1)
    button.click()
    assert mark(page, "Fred Hutch").count() == 0
    assert page.locator("#reviewed mark").count() == n_marks - 1
    assert reviewed_text(page) == STORY.replace("Fred Hutch", suggestion)
    assert page.locator("#reviewed .applied").text_content() == suggestion
    # Later marks still cover exactly their words after the length change.
    assert mark(page, "Seattle").text_content() == "Seattle"
    assert mark(page, "jo.donor@example.com").text_content() == "jo.donor@example.com"
    # Undo puts the original back.
    page.locator("#reviewed .applied").click()
    page.click("#d-undo")
    assert reviewed_text(page) == STORY
    assert mark(page, "Fred Hutch").count() == 1


def test_own_wording_and_keep(review_page):
    page = review_page
    run_check(page, STORY)
    mark(page, "Seattle").click()
    page.fill("#d-own", "the city 🌆")
    page.click("#d-own-apply")
    assert reviewed_text(page) == STORY.replace("Seattle", "the city 🌆")
    mark(page, "jo.donor@example.com").click()
    page.click("#d-keep")
    assert mark(page, "jo.donor@example.com").count() == 0
    assert page.locator("#reviewed .kept").text_content() == "jo.donor@example.com"
    assert "1 kept" in page.text_content("#summary")
    assert reviewed_text(page) == STORY.replace("Seattle", "the city 🌆")


def test_apply_all_then_download_the_cleaned_text(review_page, live_server):
    page = review_page
    run_check(page, STORY)
    result = api_check(live_server, STORY)
    expected = apply_first_suggestions(STORY, result["findings"])
    page.click("#apply-all")
    without_suggestion = sum(1 for f in result["findings"] if not f["suggestions"])
    assert page.locator("#reviewed mark").count() == without_suggestion
    assert reviewed_text(page) == expected
    assert "Seattle" not in expected and "jo.donor@example.com" not in expected
    with page.expect_download() as info:
        page.click("#download")
    download = info.value
    assert download.suggested_filename == "cleaned-story.txt"
    with open(download.path(), encoding="utf-8") as fh:
        assert fh.read() == expected
    wait_status(page, "Downloaded the cleaned text as cleaned-story.txt")


def test_report_of_one_review_says_what_was_done(review_page):
    page = review_page
    run_check(page, STORY)
    mark(page, "Seattle").click()
    page.locator("#d-suggestions button.apply").first.click()
    mark(page, "jo.donor@example.com").click()
    page.click("#d-keep")
    with page.expect_download() as info:
        page.click("#report")
    with open(info.value.path(), encoding="utf-8") as fh:
        soup = BeautifulSoup(fh.read(), "html.parser")
    findings = {li.mark.get_text(): li.get_text(" ") for li in soup.select("li.finding")}
    assert "changed to “my" in findings["Seattle"]
    assert "kept as written" in findings["jo.donor@example.com"]
    assert "still open" in findings["Fred Hutch"]
    # The context is the story as checked (emoji included), not the cleaned text.
    assert soup.select("li.finding .context")[0].get_text().startswith("🎉🎉 Dear donor")


def test_copy_puts_the_cleaned_text_on_the_clipboard(review_page, live_server):
    page = review_page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server)
    run_check(page, STORY)
    page.click("#apply-all")
    page.click("#copy")
    wait_status(page, "Copied the cleaned text.")
    assert page.evaluate("navigator.clipboard.readText()") == reviewed_text(page)


def test_check_again_lets_kept_details_through(review_page):
    page = review_page
    run_check(page, STORY)
    mark(page, "Seattle").click()
    page.click("#d-keep")
    mark(page, "Fred Hutch").click()
    page.locator("#d-suggestions button.apply").first.click()
    cleaned = reviewed_text(page)
    before = int(page.evaluate("Number(document.body.dataset.checked)"))
    page.click("#recheck")
    page.wait_for_function("n => Number(document.body.dataset.checked) > n", arg=before)
    assert reviewed_text(page) == cleaned
    assert mark(page, "Seattle").count() == 0  # kept: sent as "allow"
    assert mark(page, "jo.donor@example.com").count() == 1


def test_keyboard_only(review_page):
    page = review_page
    kb = page.keyboard

    def active() -> dict:
        return page.evaluate(
            "() => { const a = document.activeElement; return {id: a.id, tag: a.tagName, text: a.textContent, cls: a.className,"
            " outline: getComputedStyle(a).outlineStyle, outlineWidth: getComputedStyle(a).outlineWidth}; }"
        )

    def tab_until(pred, limit=25):
        for _ in range(limit):
            kb.press("Tab")
            a = active()
            if pred(a):
                return a
        raise AssertionError(f"focus never reached the target; last: {active()}")

    tab_until(lambda a: a["id"] == "story")
    kb.insert_text(STORY)
    tab_until(lambda a: a["id"] == "profile")
    kb.press("ArrowDown")  # another profile, chosen from the keyboard
    chosen = page.eval_on_selector("#profile", "s => s.value")
    tab_until(lambda a: a["id"] == "check")
    kb.press("Enter")
    page.wait_for_function("() => Number(document.body.dataset.checked || 0) > 0")
    assert page.locator("#reviewed mark").count() > 0
    first = tab_until(lambda a: a["tag"] == "MARK")
    assert first["outline"] != "none" and first["outlineWidth"] != "0px", "focused mark must show its focus"
    kb.press("Enter")
    assert active()["id"] == "details-heading"
    assert chosen in page.text_content("#d-profile")
    selected_words = first["text"]
    assert selected_words in page.text_content("#details-heading")
    apply_button = tab_until(lambda a: "apply" in a["cls"].split())
    suggestion = re.fullmatch(r"Apply “(.*)”", apply_button["text"]).group(1)
    kb.press("Enter")
    assert page.locator("#reviewed .applied").first.text_content() == suggestion
    # Focus moved on to the next open finding; Space selects it; Keep from the keyboard.
    nxt = active()
    if page.locator("#reviewed mark").count():
        assert nxt["tag"] == "MARK"
        kb.press(" ")
        assert active()["id"] == "details-heading"
        tab_until(lambda a: a["id"] == "d-keep")
        kb.press("Enter")
        assert page.locator("#reviewed .kept").first.text_content() == nxt["text"]
    assert "Changed" in page.text_content("#summary") or "changed" in page.text_content("#summary")
    # Escape from the details goes back to the selected finding.
    page.locator("#reviewed [data-id]").first.focus()
    kb.press("Enter")
    kb.press("Escape")
    assert active()["tag"] in ("MARK", "SPAN")


HOSTILE = (
    "<p>Dear donor,</p>"
    "<script>window.__pwned = 'script'; alert('script')</script>"
    "<img src=\"x\" onerror=\"window.__pwned = 'img'; alert('img')\">"
    "<svg onload=\"window.__pwned = 'svg'\"><circle r=\"5\"/></svg>"
    "<a href=\"javascript:window.__pwned='link'\">a link</a>"
    "<p onclick=\"window.__pwned='click'\">Write to <b>jo.donor@example.com</b> from Seattle.</p>"
    "<iframe srcdoc=\"<script>parent.__pwned='iframe'</script>\"></iframe>"
    "<style>body{display:none}</style>"
)


def assert_never_ran(page):
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.log.dialogs == []
    for tag in ("script", "img", "svg", "a", "iframe", "style", "b", "p"):
        assert page.locator(f"#reviewed {tag}").count() == 0, tag
        if tag != "p":  # the details panel has paragraphs of its own
            assert page.locator(f"#details {tag}").count() == 0, tag
    assert page.locator("body").is_visible()


@pytest.mark.parametrize("mode", ["auto", "text"])
def test_hostile_story_is_shown_as_text_and_never_runs(review_page, mode):
    page = review_page
    run_check(page, HOSTILE, mode)
    # Click everything the story offered, just in case.
    for m in page.locator("#reviewed mark").all():
        m.click()
    page.locator("#reviewed").click()
    assert_never_ran(page)
    assert mark(page, "jo.donor@example.com").count() == 1
    shown = reviewed_text(page)
    if mode == "text":
        # Read as plain text: the markup is shown literally, character for character.
        assert shown == HOSTILE
        assert "<script>window.__pwned" in shown
    else:
        # Read as HTML: the reader's text, with scripts and styles dropped.
        assert "Dear donor," in shown and "Write to jo.donor@example.com from Seattle." in shown
        assert "__pwned" not in shown
        assert "read as HTML" in page.text_content("#summary")


def test_hostile_file_names_and_contents_in_a_batch(review_page, tmp_path):
    page = review_page
    bad_name = tmp_path / "<img src=x onerror=alert(1)>.txt"
    bad_name.write_text("<img src=x onerror=\"window.__pwned='file'\"> from Seattle", encoding="utf-8")
    page.set_input_files("#files", [str(bad_name)])
    page.wait_for_function("() => document.getElementById('file-results').dataset.done === '1'")
    entry = page.locator("#file-results .file-entry")
    assert entry.locator(".file-name").text_content() == bad_name.name
    entry.locator("button.open-review").click()
    assert reviewed_text(page).startswith("<img src=x onerror=")
    assert_never_ran(page)
    assert page.locator("#file-results img").count() == 0


def test_batch_of_files_each_checked_with_a_list_per_file(review_page, tmp_path):
    page = review_page
    a = tmp_path / "letter-a.txt"
    a.write_text("We met at Fred Hutch in Seattle.", encoding="utf-8")
    b = tmp_path / "letter-b.html"
    b.write_text("<p>Email me: <b>jo.donor@example.com</b></p>", encoding="utf-8")
    c = tmp_path / "clean.md"
    c.write_text("Thank you. I feel stronger every day.", encoding="utf-8")
    d = tmp_path / "broken.txt"
    d.write_bytes(b"\xff\xfe\x00 not utf-8 \xc3\x28")
    page.set_input_files("#files", [str(a), str(b), str(c), str(d)])
    page.wait_for_function("() => document.getElementById('file-results').dataset.done === '1'")
    entries = page.locator("#file-results .file-entry")
    assert entries.count() == 4
    states = {e.get_attribute("data-name"): e.get_attribute("data-state") for e in entries.all()}
    assert states == {"letter-a.txt": "findings", "letter-b.html": "findings", "clean.md": "clean", "broken.txt": "error"}
    a_entry = page.locator(".file-entry[data-name='letter-a.txt']")
    assert a_entry.locator(".cat-location").count() >= 1 and a_entry.locator(".cat-organization").count() >= 1
    assert page.locator(".file-entry[data-name='letter-b.html'] .cat-contact_info").count() == 1
    assert "not a UTF-8 text file" in page.locator(".file-entry[data-name='broken.txt']").text_content()
    wait_status(page, "Checked 4 files: 2 with findings, 1 clean, 1 with errors.")
    # The report of the whole batch, downloaded and parsed back.
    assert page.locator("#batch-report").is_visible()
    with page.expect_download() as info:
        page.click("#batch-report")
    assert info.value.suggested_filename == "safe-to-share-report.html"
    with open(info.value.path(), encoding="utf-8") as fh:
        soup = BeautifulSoup(fh.read(), "html.parser")
    rows = {r["data-file"]: r.get_text(" ") for r in soup.select("table.by-file tr[data-file]")}
    assert set(rows) == {"letter-a.txt", "letter-b.html", "clean.md", "broken.txt"}
    assert "not a UTF-8 text file" in rows["broken.txt"] and "clean" in rows["clean.md"]
    assert "Seattle" in {m.get_text() for m in soup.select('section[data-file="letter-a.txt"] mark')}
    assert soup.find("script") is None
    # Open one in the review, fix it, and download it under its own name.
    page.locator(".file-entry[data-name='letter-b.html'] button.open-review").click()
    assert mark(page, "jo.donor@example.com").count() == 1
    page.click("#apply-all")
    with page.expect_download() as info:
        page.click("#download")
    assert info.value.suggested_filename == "letter-b-cleaned.txt"
    with open(info.value.path(), encoding="utf-8") as fh:
        assert "jo.donor@example.com" not in fh.read()


def _png_bytes() -> bytes:
    import io

    from PIL import Image, ImageDraw

    img = Image.new("RGB", (200, 100), "white")
    ImageDraw.Draw(img).rectangle([20, 20, 80, 80], fill="black")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def drop_files(page, files: list[tuple[str, str, bytes]]) -> None:
    """Drag and drop files onto the drop zone, as a browser does (DataTransfer with File objects)."""
    import base64

    payload = [{"name": n, "type": t, "b64": base64.b64encode(d).decode()} for n, t, d in files]
    page.evaluate(
        """(files) => {
            const dt = new DataTransfer();
            for (const f of files) {
                const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
                dt.items.add(new File([bytes], f.name, { type: f.type }));
            }
            const zone = document.getElementById('dropzone');
            for (const type of ['dragenter', 'dragover', 'drop']) {
                zone.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
            }
        }""",
        payload,
    )


def test_dropped_picture_shows_the_image_checks(review_page):
    page = review_page
    seen = {}
    answer = {
        "photo": True, "photo_confidence": 0.9, "width": 200, "height": 100, "format": "image/png", "profile": "nmdp-letter",
        "findings": [
            {"category": "photograph", "kind": "photo", "severity": "block", "message": "This is a photograph.", "rule": "nmdp-letter/no-photographs", "suggestions": []},
            {"category": "photograph", "kind": "face", "severity": "block", "box": {"x": 20, "y": 20, "w": 60, "h": 60}, "message": "A face is visible.", "rule": "nmdp-letter/no-photographs", "suggestions": []},
            {"category": "photograph", "kind": "metadata_gps", "severity": "block", "meta": {"field": "gps", "value": "47.6, -122.3"}, "message": "GPS position <b>inside</b>.", "rule": "nmdp-letter/no-photographs"},
        ],
    }

    def handle(route):
        seen["body"] = route.request.post_data_buffer
        seen["type"] = route.request.headers.get("content-type", "")
        route.fulfill(status=200, content_type="application/json", body=json.dumps(answer))

    page.route("**/api/v1/check-image", handle)
    drop_files(page, [("walk.png", "image/png", _png_bytes())])
    page.wait_for_function("() => document.getElementById('file-results').dataset.done === '1'")
    assert seen["type"].startswith("multipart/form-data")
    assert b'name="image"; filename="walk.png"' in seen["body"] and b'name="profile"' in seen["body"]
    entry = page.locator(".file-entry[data-name='walk.png']")
    assert entry.get_attribute("data-state") == "findings"
    assert "a photograph" in entry.locator(".file-summary").text_content()
    assert entry.locator(".file-finding").count() == 3
    assert entry.locator(".cat-photograph").count() == 3
    # Each named by its kind's label from /api/v1/labels (rules/categories.toml).
    chips = [c.text_content() for c in entry.locator(".file-finding .chip").all()]
    assert chips == ["Photograph · block", "Face · block", "Hidden GPS position · block"]
    assert "[gps: 47.6, -122.3]" in entry.text_content()
    assert "GPS position <b>inside</b>." in entry.text_content()  # shown as text
    assert entry.locator("b").count() == 0
    assert entry.locator("canvas").get_attribute("aria-label") == "Preview of walk.png with 1 marked area"
    # The face box was drawn in red over the picture (canvas is 200x100, box at 20..80).
    pixel = page.evaluate("() => Array.from(document.querySelector('.file-entry canvas').getContext('2d').getImageData(20, 50, 1, 1).data)")
    assert pixel[0] > 150 and pixel[1] < 80


def test_image_check_error_is_shown_plainly(review_page):
    page = review_page
    page.route(
        "**/api/v1/check-image",
        lambda route: route.fulfill(status=415, content_type="application/json",
                                    body=json.dumps({"error": {"code": "unsupported_format", "message": "This picture format is not supported."}})),
    )
    drop_files(page, [("scan.png", "image/png", _png_bytes()), ("note.txt", "text/plain", b"Seattle")])
    page.wait_for_function("() => document.getElementById('file-results').dataset.done === '1'")
    entry = page.locator(".file-entry[data-name='scan.png']")
    assert entry.get_attribute("data-state") == "error"
    assert "This picture format is not supported. (HTTP 415)" in entry.locator(".error").text_content()
    # The batch went on with the next file.
    assert page.locator(".file-entry[data-name='note.txt']").get_attribute("data-state") == "findings"


def test_server_errors_are_reported(review_page):
    page = review_page
    page.route(
        "**/api/v1/check",
        lambda route: route.fulfill(status=413, content_type="application/json",
                                    body=json.dumps({"error": {"code": "text_too_long", "message": "The text is too long; check it in parts."}})),
    )
    page.fill("#story", "Seattle")
    page.get_by_role("button", name="Check", exact=True).click()
    page.locator("#error").wait_for(state="visible")
    assert "The text is too long; check it in parts." in page.text_content("#error")
    assert page.locator("#check").is_enabled()


def test_dropped_pictures_against_the_real_image_api(review_page):
    """No mock: the server's own /api/v1/check-image, one good picture and one broken one."""
    page = review_page
    drop_files(page, [("square.png", "image/png", _png_bytes()), ("broken.jpg", "image/jpeg", b"not a picture at all")])
    page.wait_for_function("() => document.getElementById('file-results').dataset.done === '1'", timeout=120_000)
    good = page.locator(".file-entry[data-name='square.png']")
    assert good.get_attribute("data-state") in ("clean", "findings")
    assert good.locator(".file-summary").text_content().startswith("Picture, 200×100")
    assert good.locator("canvas").count() == 1
    bad = page.locator(".file-entry[data-name='broken.jpg']")
    assert bad.get_attribute("data-state") == "error"
    assert re.search(r"The image check failed: .+ \(HTTP 4\d\d\)", bad.locator(".error").text_content())
