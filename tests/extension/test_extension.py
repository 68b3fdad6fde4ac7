"""The extension in Debian's Chromium against the real server, on fixture pages that mimic the
compose boxes of social sites and webmail."""
from __future__ import annotations

import io
import json
import urllib.error
import urllib.request
import uuid

import pytest

pytestmark = pytest.mark.browser

RISKY = "Donation day! My sister Emma drove me from Seattle to Fred Hutch 🧡 #BeTheMatch"
EMOJI_FIRST = "🧡🇺🇸 Thank you! My sister Emma drove me from Seattle to Fred Hutch."
PANEL = "[data-testid=sts-panel]"
GUARD = "[data-testid=sts-guard]"


def finding(text: str) -> str:
    """The panel's finding whose flagged words contain `text` (the server decides the exact span,
    e.g. "Emma" or "my sister Emma")."""
    return f'{PANEL} li.finding[data-finding*="{text}"]'


def wait_settled(page, timeout=20000):
    """Waits until the field's latest text has been checked (status no longer 'checking')."""
    page.wait_for_function(
        """() => { const h = document.querySelector('safe-to-share-ui');
                   const s = h && h.shadowRoot.querySelector('[data-testid=sts-status]');
                   const pill = h && h.shadowRoot.querySelector('[data-testid=sts-pill]');
                   return (s && s.dataset.state !== 'checking' && s.dataset.state !== 'idle' && !h.shadowRoot.querySelector('.panel').hidden)
                          || (pill && !pill.hidden); }""",
        timeout=timeout,
    )


def open_fixture(page, fixture_site, name):
    page.goto(f"{fixture_site}/{name}")
    # The content script runs at document_idle; wait until it has started watching the page.
    page.wait_for_load_state("load")


def type_into(page, selector, text):
    page.click(selector)
    page.keyboard.insert_text(text)


def posted(page):
    return page.evaluate("window.posted")


def click_action(page, finding_text, action, replacement=None):
    """Clicks an action of a finding; returns (flagged words, replacement used)."""
    item = page.locator(finding(finding_text))
    words = item.get_attribute("data-finding")
    sel = f"button[data-action={action}]"
    if replacement is not None:
        sel += f'[data-replacement="{replacement}"]'
    button = item.locator(sel).first
    used = button.get_attribute("data-replacement")
    button.click()
    return words, used


# ---- showing ----------------------------------------------------------------------------------

def test_textarea_risky_draft_shows_highlights_and_panel(ext, page, fixture_site, live_server, artifacts):
    open_fixture(page, fixture_site, "textarea.html")
    type_into(page, "#compose", RISKY)
    page.wait_for_selector(finding("Emma"))
    for word in ("Seattle", "Fred Hutch", "#BeTheMatch"):
        assert page.locator(finding(word)).count() == 1
    emma = page.locator(finding("Emma"))
    assert emma.get_attribute("data-severity") == "block"
    # Labels come from the checker (GET /api/v1/labels in the browser's language, here English).
    with urllib.request.urlopen(f"{live_server}/api/v1/labels?lang=en") as r:
        labels = json.load(r)
    cat, kind = emma.get_attribute("data-category"), emma.get_attribute("data-kind")
    label = labels["kinds"].get(f"{cat}.{kind}") or labels["categories"][cat]
    assert emma.locator(".cat").inner_text() == label
    assert "name" in label.lower()
    assert "name" in emma.locator(".why").inner_text().lower()  # the reason is shown
    # The panel is a landmark whose accessible name says Safe to Share.
    panel = page.get_by_role("complementary", name="Safe to Share: what could identify you in this draft")
    assert panel.is_visible()
    assert "could identify" in page.locator("[data-testid=sts-status]").inner_text()
    # Highlight boxes (textarea: overlay) cover each flagged word, red for blocking findings.
    boxes = page.locator("safe-to-share-ui .box.block")
    boxed = set(boxes.evaluate_all("bs => bs.map(b => b.dataset.text)"))
    flagged = set(page.locator(f"{PANEL} li.finding").evaluate_all("ls => ls.map(l => l.dataset.finding)"))
    assert boxed == flagged
    for word in ("Emma", "Seattle", "Fred Hutch", "#BeTheMatch"):
        assert any(word in b for b in boxed), word
    ta_box = page.locator("#compose").bounding_box()
    for b in boxes.evaluate_all("bs => bs.map(b => b.getBoundingClientRect().toJSON())"):
        assert ta_box["x"] <= b["x"] and b["x"] + b["width"] <= ta_box["x"] + ta_box["width"] + 1
        assert ta_box["y"] <= b["y"] and b["y"] + b["height"] <= ta_box["y"] + ta_box["height"] + 1
    page.screenshot(path=str(artifacts / "panel-textarea.png"))
    page.locator(PANEL).screenshot(path=str(artifacts / "panel-only.png"))


def test_contenteditable_highlights_use_custom_highlight_api(ext, page, fixture_site, artifacts):
    open_fixture(page, fixture_site, "contenteditable.html")
    page.evaluate("setDraft('nested')")
    page.click("#editor")  # a restored draft is checked when the field gets focus
    page.wait_for_selector(finding("Emma"))
    page.wait_for_function("CSS.highlights.has('safe-to-share-block') && CSS.highlights.get('safe-to-share-block').size >= 3")
    words = page.evaluate("[...CSS.highlights.get('safe-to-share-block')].map(r => r.toString())")
    flagged = page.locator(f"{PANEL} li.finding[data-severity=block]").evaluate_all("ls => ls.map(l => l.dataset.finding)")
    assert sorted(words) == sorted(flagged)  # each highlight covers exactly the flagged words
    for word in ("Emma", "Seattle", "Fred Hutch"):  # "Seattle" spans two <span>s in this draft
        assert any(word in w for w in words), word
    page.screenshot(path=str(artifacts / "panel-contenteditable.png"))


# ---- fixing -----------------------------------------------------------------------------------

EDITORS = {
    # fixture page, editor selector, how to put the draft in, how to read what the site would post
    "textarea": ("textarea.html", "#compose", "type", "document.getElementById('compose').value"),
    "contenteditable": ("contenteditable.html", "#editor", "type", "document.getElementById('editor').innerText"),
    "lexical-like": ("lexical-like.html", "#editor", "type", "editorModel()"),
    "draft-like": ("draft-like.html", "#editor", "set", "editorModel()"),
}


@pytest.mark.parametrize("editor", sorted(EDITORS))
def test_apply_suggestion_changes_exactly_the_words_after_emoji(ext, page, fixture_site, editor):
    fixture, sel, how, read = EDITORS[editor]
    open_fixture(page, fixture_site, fixture)
    if how == "type":
        type_into(page, sel, EMOJI_FIRST)
    else:
        page.evaluate("(t) => setDraft(t)", EMOJI_FIRST)
        page.click(sel)
    page.wait_for_selector(finding("Seattle"))
    assert page.evaluate(read).strip() == EMOJI_FIRST

    words, _ = click_action(page, "Seattle", "apply", "my city")
    page.wait_for_selector(finding("Seattle"), state="detached")
    expected = EMOJI_FIRST.replace(words, "my city")
    page.wait_for_function(f"() => ({read}).trim() === {json.dumps(expected)}")

    # The name's own suggestion (e.g. "my sister Emma" -> "my sister") replaces exactly its words.
    wait_settled(page)
    words, used = click_action(page, "Emma", "apply")
    expected = expected.replace(words, used)
    assert "Emma" not in expected and "🧡🇺🇸 Thank you!" in expected
    page.wait_for_function(f"() => ({read}).trim() === {json.dumps(expected)}")
    page.wait_for_selector(finding("Emma"), state="detached")

    # Removing the words takes them and one space, nothing else.
    wait_settled(page)
    words, _ = click_action(page, "Fred Hutch", "remove")
    expected = expected.replace(" " + words, "")
    page.wait_for_function(f"() => ({read}).trim() === {json.dumps(expected)}")
    page.wait_for_selector(finding("Fred Hutch"), state="detached")
    if editor == "lexical-like":
        # Went through the editor's own beforeinput handling (like Lexical), not around it.
        events = page.evaluate("editorEvents")
        assert "insertText" in events and "deleteContentBackward" in events


def test_undo_restores_a_replaced_word_in_textarea(ext, page, fixture_site):
    open_fixture(page, fixture_site, "textarea.html")
    type_into(page, "#compose", RISKY)
    page.wait_for_selector(finding("Seattle"))
    click_action(page, "Seattle", "apply", "my city")
    page.wait_for_function("document.getElementById('compose').value.includes('from my city to')")
    page.keyboard.press("Control+z")
    page.wait_for_function(f"document.getElementById('compose').value === {json.dumps(RISKY)}")


def test_stale_suggestion_is_refused(ext, page, fixture_site, artifacts):
    open_fixture(page, fixture_site, "textarea.html")
    type_into(page, "#compose", RISKY)
    page.wait_for_selector(finding("Seattle"))
    # The site changes the draft behind our back (no input event): the checked offsets are stale.
    page.evaluate("document.getElementById('compose').value = 'Hello. ' + document.getElementById('compose').value")
    click_action(page, "Seattle", "apply", "my city")
    page.wait_for_selector("[data-testid=sts-notice]")
    assert "changed since it was checked" in page.locator("[data-testid=sts-notice]").inner_text()
    assert page.input_value("#compose") == "Hello. " + RISKY  # nothing scrambled
    page.screenshot(path=str(artifacts / "panel-stale.png"))
    # It checks again, and then the suggestion applies at the new offsets.
    wait_settled(page)
    page.wait_for_selector(finding("Seattle"))
    click_action(page, "Seattle", "apply", "my city")
    page.wait_for_function("document.getElementById('compose').value.includes('from my city to')")
    assert page.input_value("#compose") == "Hello. " + RISKY.replace("Seattle", "my city")


def test_ignore_and_always_allow(ext, page, fixture_site):
    open_fixture(page, fixture_site, "textarea.html")
    type_into(page, "#compose", RISKY)
    page.wait_for_selector(finding("Fred Hutch"))
    click_action(page, "Fred Hutch", "ignore")
    page.wait_for_selector(finding("Fred Hutch"), state="detached")
    assert page.locator(finding("Emma")).count() == 1
    words, _ = click_action(page, "Emma", "allow")
    page.wait_for_selector(finding("Emma"), state="detached")
    assert ext.wait_for_list_item("allow", words)
    # A new draft elsewhere: the allowed name is no longer flagged (the server got the allow list),
    # the ignored one is (ignore is for one draft only).
    page.goto(f"{fixture_site}/lexical-like.html")
    type_into(page, "#editor", "My sister Emma came to Fred Hutch with me.")
    page.wait_for_selector(finding("Fred Hutch"))
    wait_settled(page)
    assert page.locator(finding("Emma")).count() == 0


def test_watchlist_words_are_flagged(ext, page, fixture_site):
    ext.set(watchlist=["Lakeview Bakery"])
    open_fixture(page, fixture_site, "textarea.html")
    type_into(page, "#compose", "Thanks to everyone at Lakeview Bakery for the cake.")
    page.wait_for_selector(finding("Lakeview Bakery"))


# ---- guarding the Post button -----------------------------------------------------------------

def test_post_guard_holds_reviews_and_posts_anyway(ext, page, fixture_site, artifacts):
    open_fixture(page, fixture_site, "textarea.html")
    type_into(page, "#compose", RISKY)
    page.wait_for_selector(finding("Emma"))
    page.click("#post")
    guard = page.get_by_role("alertdialog", name="Safe to Share: hold on before posting")
    guard.wait_for()
    assert posted(page) == []
    listed = page.locator(f"{GUARD} li").evaluate_all("ls => ls.map(l => l.dataset.finding)")
    assert len(listed) == 4
    for word in ("Emma", "Seattle", "Fred Hutch", "#BeTheMatch"):
        assert any(word in item for item in listed), word
    page.screenshot(path=str(artifacts / "post-guard.png"))
    page.click(f"{GUARD} button[data-action=review]")
    page.wait_for_selector(GUARD, state="detached")
    assert posted(page) == []
    # Keyboard activation of the role=button is held too.
    page.focus("#post")
    page.keyboard.press("Enter")
    guard.wait_for()
    assert posted(page) == []
    page.click(f"{GUARD} button[data-action=post-anyway]")
    page.wait_for_function("window.posted.length === 1")
    assert posted(page) == [RISKY]


def test_post_guard_releases_once_the_draft_is_clean(ext, page, fixture_site):
    open_fixture(page, fixture_site, "textarea.html")
    type_into(page, "#compose", RISKY)
    for word in ("Emma", "Seattle", "Fred Hutch", "#BeTheMatch"):
        wait_settled(page)
        page.wait_for_selector(finding(word))
        click_action(page, word, "remove")
        page.wait_for_selector(finding(word), state="detached")
    wait_settled(page)
    clean = page.input_value("#compose")
    assert "Emma" not in clean and "Seattle" not in clean
    page.click("#post")
    page.wait_for_function("window.posted.length === 1")
    assert posted(page) == [clean]
    assert page.locator(GUARD).count() == 0


def test_clean_draft_posted_at_once_is_checked_then_let_through(ext, page, fixture_site):
    open_fixture(page, fixture_site, "draft-like.html")
    page.evaluate("setDraft('Feeling grateful today. Please consider joining the registry.')")
    page.click("#editor")
    page.click("[data-testid=tweetButtonInline]")  # before any check has finished
    page.wait_for_function("window.posted.length === 1")
    assert posted(page) == ["Feeling grateful today. Please consider joining the registry."]
    assert page.locator(GUARD).count() == 0


def test_ctrl_enter_is_held_while_blocking_findings_remain(ext, page, fixture_site):
    open_fixture(page, fixture_site, "lexical-like.html")
    type_into(page, "#editor", RISKY)
    page.wait_for_selector(finding("Emma"))
    page.keyboard.press("Control+Enter")
    page.wait_for_selector(f"{GUARD}[data-state=holding]")
    assert posted(page) == []
    page.click(f"{GUARD} button[data-action=post-anyway]")
    page.wait_for_function("window.posted.length === 1")
    assert posted(page) == [RISKY]


# ---- images -----------------------------------------------------------------------------------

def _photo_bytes() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (320, 240), (180, 200, 230))
    d = ImageDraw.Draw(img)
    d.ellipse((120, 60, 200, 160), fill=(224, 172, 140))
    d.text((20, 200), "Fred Hutch Seattle", fill=(0, 0, 0))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=90)
    return buf.getvalue()


def _server_check_image(base_url: str, data: bytes):
    boundary = uuid.uuid4().hex
    body = (
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"image\"; filename=\"photo.jpg\"\r\n"
        "Content-Type: image/jpeg\r\n\r\n"
    ).encode() + data + f"\r\n--{boundary}--\r\n".encode()
    req = urllib.request.Request(
        base_url + "/api/v1/check-image", data=body, method="POST",
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, json.load(r)
    except urllib.error.HTTPError as e:
        return e.code, json.load(e)


def test_attached_image_is_checked(ext, page, fixture_site, live_server, artifacts, tmp_path):
    data = _photo_bytes()
    path = tmp_path / "donation-day.jpg"
    path.write_bytes(data)
    status, answer = _server_check_image(live_server, data)
    open_fixture(page, fixture_site, "image.html")
    type_into(page, "#compose", "Donation day!")
    page.set_input_files("#photo", str(path))
    item = page.locator(f'{PANEL} li.image[data-image="donation-day.jpg"]')
    item.wait_for()
    page.wait_for_function(
        """() => { const h = document.querySelector('safe-to-share-ui');
                   const li = h.shadowRoot.querySelector('li.image');
                   return li && li.dataset.status !== 'checking'; }""",
        timeout=60000,
    )
    # The site's blob: preview of the same picture is not checked a second time.
    page.wait_for_selector("#previews img")
    assert page.locator(f"{PANEL} li.image").count() == 1
    page.locator(PANEL).screenshot(path=str(artifacts / "panel-image.png"))
    if status == 200:
        assert item.get_attribute("data-status") == "done"
        shown = item.locator("li.finding").evaluate_all("ls => ls.map(l => l.dataset.category)")
        assert sorted(shown) == sorted(f["category"] for f in answer["findings"])
    else:
        assert item.get_attribute("data-status") == "error"
        assert answer["error"]["message"] in item.inner_text()
    # A blocking finding in the picture holds the post; once the picture is ignored, it goes.
    if any(f["severity"] == "block" for f in answer.get("findings", [])):
        page.click("button[type=submit]")
        page.wait_for_selector(f"{GUARD}[data-state=holding]")
        assert posted(page) == []
        page.click(f"{GUARD} button[data-action=review]")
    item.locator("button[data-action=ignore-image]").click()
    item.wait_for(state="detached")
    page.click("button[type=submit]")
    page.wait_for_function("window.posted.length === 1")
    assert posted(page) == ["Donation day!"]


# ---- server down, settings, popup -------------------------------------------------------------

def test_server_down_is_said_plainly_and_never_called_safe(ext, page, fixture_site, closed_port_url, artifacts):
    ext.set(serverUrl=closed_port_url)
    open_fixture(page, fixture_site, "textarea.html")
    type_into(page, "#compose", RISKY)
    status = page.locator("[data-testid=sts-status][data-state=error]")
    status.wait_for()
    text = status.inner_text()
    assert "not running" in text and "Not checked" in text
    assert "safetoshare serve" in page.locator(PANEL).inner_text()
    assert "Nothing identifying" not in page.locator(PANEL).inner_text()
    page.screenshot(path=str(artifacts / "panel-server-down.png"))
    # Posting an unchecked draft asks first.
    page.click("#post")
    page.wait_for_selector(f"{GUARD}[data-state=holding]")
    assert "could not be checked" in page.locator(GUARD).inner_text()
    assert posted(page) == []
    # The server comes back (here: the address is corrected) and the draft is checked again.
    page.click(f"{GUARD} button[data-action=review]")
    ext.set(serverUrl=ext_live(ext))
    page.wait_for_selector(finding("Emma"))


def ext_live(ext):
    return ext.live_url


@pytest.fixture(autouse=True)
def _remember_live(ext, live_server):
    ext.live_url = live_server


def test_site_switch_turns_the_extension_off(ext, page, fixture_site):
    ext.set(disabledSites=["127.0.0.1"])
    open_fixture(page, fixture_site, "textarea.html")
    type_into(page, "#compose", RISKY)
    page.click("#post")  # not held: the extension is off here
    assert posted(page) == [RISKY]
    assert page.locator("safe-to-share-ui").count() == 0
    # Switched back on (as the popup does): it checks again without a reload.
    ext.set(disabledSites=[])
    page.click("#compose")
    page.keyboard.insert_text(" ")
    page.wait_for_selector(finding("Emma"))


def test_popup_shows_status_and_saves_settings(ext, page, artifacts):
    page.set_viewport_size({"width": 380, "height": 700})
    page.goto(ext.url("popup/popup.html"))
    page.wait_for_selector("#server-status[data-state=connected]")
    page.wait_for_selector("#profile option[value=nmdp-social]", state="attached")
    page.select_option("#profile", "nmdp-social")
    page.fill("#watchlist", "Jane Doe\nSpringfield\n")
    page.locator("#watchlist").blur()
    # a function, not an expression: the extension's pages forbid eval, which polling an expression would need
    page.wait_for_function("() => document.getElementById('watchlist-msg').textContent === 'Saved.'")
    s = ext.settings()
    assert s["profile"] == "nmdp-social"
    assert s["watchlist"] == ["Jane Doe", "Springfield"]
    page.screenshot(path=str(artifacts / "popup.png"))


def test_popup_says_when_server_is_not_running(ext, page, artifacts, closed_port_url):
    ext.set(serverUrl=closed_port_url)
    page.set_viewport_size({"width": 380, "height": 700})
    page.goto(ext.url("popup/popup.html"))
    page.wait_for_selector("#server-status[data-state=down]")
    assert "Not running" in page.inner_text("#server-status")
    page.wait_for_selector("#first-run [data-testid=sts-first-run]")
    assert "safetoshare serve" in page.inner_text("#first-run")
    page.screenshot(path=str(artifacts / "popup-server-down.png"))


def test_options_accepts_only_a_local_server(ext, page, live_server, artifacts):
    page.goto(ext.url("options/options.html"))
    page.fill("#server-url", "https://example.com")
    page.click("#server-save")
    page.wait_for_selector("#server-url-msg.error")
    assert ext.settings()["serverUrl"] == live_server
    page.fill("#server-url", live_server + "/")
    page.click("#server-save")
    page.wait_for_selector("#server-status[data-state=connected]")
    assert ext.settings()["serverUrl"] == live_server
    page.screenshot(path=str(artifacts / "options.png"), full_page=True)


# ---- real editors from npm (tests/extension/editors, bundled into fixtures/editors) ------------

EDITABLE = "#mount [contenteditable=true]"


@pytest.mark.parametrize("editor", ["lexical", "draft", "prosemirror", "tiptap", "quill", "slate"])
def test_real_editor_model_gets_the_fix(ext, page, fixture_site, editor, artifacts):
    page.goto(f"{fixture_site}/real.html?e={editor}")
    page.wait_for_function("window.editorReady === true")
    page.click(EDITABLE)
    page.keyboard.insert_text(EMOJI_FIRST)
    page.wait_for_function(f"editorModel() === {json.dumps(EMOJI_FIRST)}")
    page.wait_for_selector(finding("Seattle"))
    page.screenshot(path=str(artifacts / f"real-{editor}.png"))

    words, _ = click_action(page, "Seattle", "apply", "my city")
    expected = EMOJI_FIRST.replace(words, "my city")
    # The editor's own model (what the site posts) has the change, not just the screen.
    page.wait_for_function(f"editorModel() === {json.dumps(expected)}")
    page.wait_for_selector(finding("Seattle"), state="detached")

    wait_settled(page)
    words, _ = click_action(page, "Fred Hutch", "remove")
    expected = expected.replace(" " + words, "")
    page.wait_for_function(f"editorModel() === {json.dumps(expected)}")

    # The next keystroke keeps the fix (Slate-style editors restore their stale model here).
    page.click(EDITABLE)
    page.keyboard.press("End")
    page.keyboard.insert_text("!")
    page.wait_for_function(f"editorModel() === {json.dumps(expected + '!')}")
    page.click("#post")
    page.wait_for_selector(f"{GUARD}[data-state=holding]")  # the name is still there
    page.click(f"{GUARD} button[data-action=post-anyway]")
    page.wait_for_function("window.posted.length === 1")
    assert posted(page) == [expected + "!"]


def test_popup_switches_the_current_site_off_and_on(ext, page, fixture_site, artifacts):
    open_fixture(page, fixture_site, "textarea.html")
    page.bring_to_front()
    # Open the real popup page in its own popup window, as the toolbar button does.
    with ext.context.expect_page() as new_page:
        ext.worker.evaluate("chrome.windows.create({url: chrome.runtime.getURL('popup/popup.html'), type: 'popup', width: 380, height: 700})")
    popup = new_page.value
    popup.wait_for_selector("#site-label:has-text('Check drafts on 127.0.0.1')")
    assert popup.is_checked("#site-enabled")
    popup.screenshot(path=str(artifacts / "popup-site-switch.png"))
    popup.uncheck("#site-enabled")
    assert ext.wait_for_list_item("disabledSites", "127.0.0.1")
    popup.close()
    type_into(page, "#compose", RISKY)
    page.click("#post")  # not held: switched off for this site
    assert posted(page) == [RISKY]
    assert page.locator("safe-to-share-ui").count() == 0


def test_pasted_image_is_sent_for_checking(ext, page, fixture_site, live_server):
    open_fixture(page, fixture_site, "lexical-like.html")
    type_into(page, "#editor", "Look at this!")
    # The site receives a pasted picture (a PNG drawn in the page).
    page.evaluate(
        """async () => {
            const c = document.createElement('canvas'); c.width = 64; c.height = 48;
            const g = c.getContext('2d'); g.fillStyle = '#c33'; g.fillRect(8, 8, 40, 30);
            const blob = await new Promise((r) => c.toBlob(r, 'image/png'));
            const dt = new DataTransfer();
            dt.items.add(new File([blob], 'pasted.png', {type: 'image/png'}));
            document.getElementById('editor').dispatchEvent(
                new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));
        }"""
    )
    item = page.locator(f'{PANEL} li.image[data-image="pasted.png"]')
    item.wait_for()
    page.wait_for_function(
        """() => { const li = document.querySelector('safe-to-share-ui').shadowRoot.querySelector('li.image');
                   return li && li.dataset.status !== 'checking'; }""",
        timeout=60000,
    )
    assert item.get_attribute("data-status") in ("done", "error")
    if item.get_attribute("data-status") == "error":
        assert "Not checked" in item.inner_text()


def test_form_submit_is_held_and_replayed(ext, page, fixture_site):
    open_fixture(page, fixture_site, "image.html")
    type_into(page, "#compose", RISKY)
    page.wait_for_selector(finding("Seattle"))
    page.evaluate("document.getElementById('composer').requestSubmit()")  # e.g. Enter in a form field
    page.wait_for_selector(f"{GUARD}[data-state=holding]")
    assert posted(page) == []
    page.click(f"{GUARD} button[data-action=post-anyway]")
    page.wait_for_function("window.posted.length === 1")
    assert posted(page) == [RISKY]


# ---- the guard holds only the guarded draft's own action; pictures removed or dropped ---------

def _gps_photo_bytes(colour=(120, 160, 90)) -> bytes:
    """A JPEG whose EXIF says where it was taken: the server blocks it (GPS coordinates)."""
    from PIL import Image

    img = Image.new("RGB", (200, 150), colour)
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (47.0, 37.0, 40.0), 3: "W", 4: (122.0, 19.0, 50.0)}
    buf = io.BytesIO()
    img.save(buf, format="JPEG", exif=exif.tobytes())
    return buf.getvalue()


def _drop_file(page, selector, data: bytes, name: str, mime="image/jpeg"):
    """Drops a file (made in the page from these bytes) onto the element, as a person dragging a
    picture from their desktop would."""
    import base64

    page.evaluate(
        """([sel, b64, name, mime]) => {
            const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
            const dt = new DataTransfer();
            dt.items.add(new File([bytes], name, {type: mime}));
            const target = document.querySelector(sel);
            for (const type of ['dragenter', 'dragover', 'drop'])
                target.dispatchEvent(new DragEvent(type, {dataTransfer: dt, bubbles: true, cancelable: true, composed: true}));
        }""",
        [selector, base64.b64encode(data).decode(), name, mime],
    )


def _image_item(page, name):
    return page.locator(f'{PANEL} li.image[data-image="{name}"]')


def _wait_image_checked(page, name):
    page.wait_for_selector(f'{PANEL} li.image[data-image="{name}"]:not([data-status=checking])', timeout=60000)


def test_post_guard_holds_only_the_compose_box_action(ext, page, fixture_site, artifacts):
    open_fixture(page, fixture_site, "feed.html")
    type_into(page, "#compose", RISKY)
    page.wait_for_selector(finding("Emma"))
    # Other people's posts in the feed: their Share / Reply / comment Post are not this draft's.
    page.click("#share-1")
    page.click("#reply-1")
    page.focus("#reply-1")
    page.keyboard.press("Enter")  # a role=button activated from the keyboard
    page.click("#share-2")
    page.click("#comment-3-send")  # a submit button of another form
    page.wait_for_function("feedActions.length === 5")
    assert page.evaluate("feedActions") == ["share-1", "reply-1", "reply-1", "share-2", "comment-3"]
    assert page.locator(GUARD).count() == 0
    # A reply typed under someone's post goes out with its own Reply button and Ctrl+Enter.
    type_into(page, "#reply-2", "Congratulations, so happy for you!")
    page.click("#reply-2-send")
    page.wait_for_function("replies.length === 1")
    page.keyboard.press("Control+Enter")  # focus is in the reply box, not in the guarded draft
    page.wait_for_function("replies.length === 2")
    assert page.locator(GUARD).count() == 0
    assert posted(page) == []

    # The compose box's own Post button is held.
    page.click("#post")
    page.wait_for_selector(f"{GUARD}[data-state=holding]")
    assert page.locator(f'{GUARD} li[data-finding*="Emma"]').count() == 1
    assert posted(page) == []
    page.screenshot(path=str(artifacts / "guard-feed.png"))
    page.click(f"{GUARD} button[data-action=review]")
    page.wait_for_selector(GUARD, state="detached")
    # Review leads to the findings: the panel is open with its first finding focused.
    assert page.evaluate(
        "!!document.querySelector('safe-to-share-ui').shadowRoot.activeElement.closest('li.finding[data-severity=block]')")
    assert page.locator(PANEL).is_visible()
    # Ctrl+Enter in the guarded draft is held too; Post anyway posts it.
    page.click("#compose")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector(f"{GUARD}[data-state=holding]")
    assert posted(page) == []
    page.click(f"{GUARD} button[data-action=post-anyway]")
    page.wait_for_function("window.posted.length === 1")
    assert posted(page) == [RISKY]
    assert page.evaluate("feedActions.length") == 5 and page.evaluate("replies.length") == 2


def test_picture_taken_out_of_the_file_input_no_longer_holds(ext, page, fixture_site, tmp_path):
    path = tmp_path / "where.jpg"
    path.write_bytes(_gps_photo_bytes())
    open_fixture(page, fixture_site, "image.html?nopreview")
    type_into(page, "#compose", "Donation day!")
    page.set_input_files("#photo", str(path))
    _wait_image_checked(page, "where.jpg")
    item = _image_item(page, "where.jpg")
    assert item.get_attribute("data-status") == "done"
    # The photo's hidden GPS position (category photograph, kind metadata_<field> since issue 14).
    assert item.locator("li.finding[data-severity=block][data-kind^=metadata]").count() == 1
    page.click("button[type=submit]")
    page.wait_for_selector(f"{GUARD}[data-state=holding]")
    assert posted(page) == []
    page.click(f"{GUARD} button[data-action=review]")
    page.wait_for_selector(GUARD, state="detached")
    # The site clears its file input (no event is fired): the picture leaves the panel.
    page.evaluate("document.getElementById('photo').value = ''")
    item.wait_for(state="detached")
    page.click("button[type=submit]")
    page.wait_for_function("window.posted.length === 1")
    assert posted(page) == ["Donation day!"]
    assert page.locator(GUARD).count() == 0
    # Attached again, it is checked again.
    page.set_input_files("#photo", str(path))
    _wait_image_checked(page, "where.jpg")
    assert _image_item(page, "where.jpg").locator("li.finding[data-severity=block]").count() == 1


def test_dropped_picture_is_checked(ext, page, fixture_site, live_server, artifacts):
    data = _gps_photo_bytes((200, 120, 90))
    status, answer = _server_check_image(live_server, data)
    assert status == 200
    open_fixture(page, fixture_site, "feed.html")
    # Dropped onto the compose box (not the text field) before anything was typed.
    _drop_file(page, "#compose-box", data, "dropped.jpg")
    _wait_image_checked(page, "dropped.jpg")
    item = _image_item(page, "dropped.jpg")
    assert item.get_attribute("data-status") == "done"
    shown = item.locator("li.finding").evaluate_all("ls => ls.map(l => l.dataset.category + '/' + l.dataset.severity)")
    expected = [f["category"] + "/" + ("block" if f["severity"] == "block" else "warn") for f in answer["findings"]]
    assert sorted(shown) == sorted(expected)
    kinds = item.locator("li.finding[data-severity=block]").evaluate_all("ls => ls.map(l => l.dataset.kind)")
    assert any(k.startswith("metadata") for k in kinds)  # the hidden GPS position
    assert page.locator(f"{PANEL} li.image").count() == 1  # the site's blob: preview is the same picture
    page.locator(PANEL).screenshot(path=str(artifacts / "panel-dropped-image.png"))
    # The picture belongs to the compose box's draft: its Post is held.
    type_into(page, "#compose", "Donation day!")
    page.click("#post")
    page.wait_for_selector(f"{GUARD}[data-state=holding]")
    assert page.locator(f'{GUARD} li[data-finding="dropped.jpg"]').count() == 1
    page.click(f"{GUARD} button[data-action=post-anyway]")
    page.wait_for_function("window.posted.length === 1")


def test_removed_preview_releases_the_post(ext, page, fixture_site):
    open_fixture(page, fixture_site, "feed.html")
    type_into(page, "#compose", "Donation day!")
    _drop_file(page, "#compose", _gps_photo_bytes((90, 120, 200)), "beach.jpg")
    page.wait_for_selector("#previews img")
    _wait_image_checked(page, "beach.jpg")
    assert _image_item(page, "beach.jpg").locator("li.finding[data-severity=block]").count() == 1
    page.click("#post")
    page.wait_for_selector(f"{GUARD}[data-state=holding]")
    page.click(f"{GUARD} button[data-action=review]")
    page.wait_for_selector(GUARD, state="detached")
    # The person removes the picture with the site's own button: its preview leaves the page.
    page.click("#previews button.remove")
    _image_item(page, "beach.jpg").wait_for(state="detached")
    page.click("#post")
    page.wait_for_function("window.posted.length === 1")
    assert posted(page) == ["Donation day!"]
    assert page.locator(GUARD).count() == 0
