"""The editor adapters (extension/content/adapters/), one test per editor family, in Chromium on the
fixture pages with the real editors (bundled from npm) and without the extension: the adapter
scripts are added to the page in the manifest's order. Each adapter must be the one picked for its
editor, read the text the editor's own model holds, map offsets to the right DOM range, refuse a fix
whose words changed since the check, see the editor's own changes, and rewrite through the editor
so that its model (what the site posts) gets the fix."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
EXTENSION_DIR = ROOT / "extension"

# editor fixture (real.html?e=) -> the adapter that must handle it
REAL_EDITORS = {
    "lexical": "lexical",
    "draft": "draft",
    "prosemirror": "prosemirror",
    "tiptap": "prosemirror",
    "quill": "quill",
    "slate": "slate",
}
FIRST, SECOND = "Hi Emma 🧡", "We met in Seattle"
DRAFT = FIRST + "\n\n" + SECOND
WORD = "Seattle"


def adapter_scripts() -> list[Path]:
    """The text model and the adapter files, in the order the manifest loads them."""
    manifest = json.loads((EXTENSION_DIR / "manifest.json").read_text())
    scripts = manifest["content_scripts"][0]["js"]
    wanted = [s for s in scripts if s == "lib/textmodel.js" or s.startswith("content/adapters/")]
    assert "content/adapters/registry.js" in wanted
    return [EXTENSION_DIR / s for s in wanted]


@pytest.fixture(scope="module")
def browser(playwright_instance, chromium_path):
    b = playwright_instance.chromium.launch(executable_path=chromium_path, headless=True, args=["--no-sandbox", "--disable-gpu"])
    yield b
    b.close()


@pytest.fixture
def bare_page(browser):
    p = browser.new_page()
    yield p
    p.close()


def add_adapters(page) -> None:
    for path in adapter_scripts():
        page.add_script_tag(path=str(path))


def probe(page, selector: str) -> dict:
    """Which adapter the registry picks for the field, what it reads and the range of WORD."""
    return page.evaluate(
        """([sel, word]) => {
            const field = SafeToShare.textmodel.fieldFor(document.querySelector(sel));
            const a = SafeToShare.adapters.forField(field);
            const text = a.readText(field);
            const s = text.indexOf(word);
            const range = a.rangeFor(field, s, s + word.length);
            return {name: a.name, text, range: range && range.toString()};
        }""",
        [selector, WORD],
    )


def replace(page, selector: str, expected: str, replacement: str) -> dict:
    return page.evaluate(
        """async ([sel, word, expected, replacement]) => {
            const field = SafeToShare.textmodel.fieldFor(document.querySelector(sel));
            const a = SafeToShare.adapters.forField(field);
            const s = a.readText(field).indexOf(word);
            return a.replace(field, s, s + word.length, expected, replacement);
        }""",
        [selector, WORD, expected, replacement],
    )


def start_observing(page, selector: str) -> None:
    page.evaluate(
        """(sel) => {
            const field = SafeToShare.textmodel.fieldFor(document.querySelector(sel));
            window.adapterChanges = 0;
            window.stopObserving = SafeToShare.adapters.forField(field).observe(field, () => { window.adapterChanges++; });
        }""",
        selector,
    )


@pytest.mark.parametrize("editor", sorted(REAL_EDITORS))
def test_adapter_of_each_real_editor(bare_page, fixture_site, editor):
    page = bare_page
    page.goto(f"{fixture_site}/real.html?e={editor}")
    page.wait_for_function("window.editorReady === true")
    sel = "#mount [contenteditable=true]"
    add_adapters(page)
    # An empty editor reads as empty (Slate's zero-width filler and placeholders are not text).
    assert probe(page, sel)["text"] == ""

    page.click(sel)
    page.keyboard.insert_text(FIRST)
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    page.keyboard.insert_text(SECOND)
    page.wait_for_function(f"editorModel() === {json.dumps(DRAFT)}")

    got = probe(page, sel)
    assert got == {"name": REAL_EDITORS[editor], "text": DRAFT, "range": WORD}

    # A fix whose words are no longer those checked changes nothing.
    refused = replace(page, sel, "Portland", "my city")
    assert refused["ok"] is False and refused["stale"] is True
    assert page.evaluate("editorModel()") == DRAFT

    # The editor's own changes are seen, with or without an input event.
    start_observing(page, sel)
    page.keyboard.press("End")
    page.keyboard.insert_text("!")
    page.wait_for_function("window.adapterChanges > 0")
    page.evaluate("window.stopObserving()")

    result = replace(page, sel, WORD, "my city")
    assert result == {"ok": True}
    expected = DRAFT.replace(WORD, "my city") + "!"
    page.wait_for_function(f"editorModel() === {json.dumps(expected)}")
    assert probe(page, sel)["text"] == expected


@pytest.mark.parametrize(
    "fixture,selector,name",
    [("textarea.html", "#compose", "plain"), ("contenteditable.html", "#editor", "contenteditable")],
)
def test_adapter_of_plain_fields_and_any_contenteditable(bare_page, fixture_site, fixture, selector, name):
    page = bare_page
    page.goto(f"{fixture_site}/{fixture}")
    add_adapters(page)
    page.click(selector)
    page.keyboard.insert_text(SECOND)
    got = probe(page, selector)
    assert got["name"] == name and got["text"] == SECOND
    # A textarea has no DOM text inside: no range (the overlay draws boxes over a mirror of it).
    assert got["range"] == (None if name == "plain" else WORD)
    assert replace(page, selector, "Portland", "my city")["stale"] is True
    assert replace(page, selector, WORD, "my city") == {"ok": True}
    assert probe(page, selector)["text"] == SECOND.replace(WORD, "my city")
    # Undo goes through the browser's own history: the words come back.
    page.keyboard.press("Control+z")
    page.wait_for_function(
        f"SafeToShare.adapters.forField(SafeToShare.textmodel.fieldFor(document.querySelector({json.dumps(selector)})))"
        f".readText(SafeToShare.textmodel.fieldFor(document.querySelector({json.dumps(selector)}))) === {json.dumps(SECOND)}"
    )


def test_registry_tries_specific_adapters_before_the_generic_one(bare_page, fixture_site):
    page = bare_page
    page.goto(f"{fixture_site}/blank.html")
    add_adapters(page)
    got = page.evaluate(
        """() => {
            const mk = (attrs, cls) => { const d = document.createElement('div'); d.contentEditable = 'true';
                for (const [k, v] of Object.entries(attrs)) d.setAttribute(k, v); if (cls) d.className = cls;
                document.body.appendChild(d); return SafeToShare.adapters.forField(d).name; };
            let duplicate = null;
            try { SafeToShare.adapters.register({name: 'quill', matches: () => false, readText() {}, rangeFor() {}, replace() {}, observe() {}}); }
            catch (e) { duplicate = e.message; }
            let incomplete = null;
            try { SafeToShare.adapters.register({name: 'half', matches: () => false}); } catch (e) { incomplete = e.message; }
            return {lexical: mk({'data-lexical-editor': 'true'}), slate: mk({'data-slate-editor': 'true'}),
                    quill: mk({}, 'ql-editor'), pm: mk({}, 'tiptap ProseMirror'), draft: mk({}, 'notranslate public-DraftEditor-content'),
                    plain: mk({}), names: SafeToShare.adapters.names(), duplicate, incomplete,
                    none: SafeToShare.adapters.forField(document.createElement('p'))};
        }"""
    )
    assert got["lexical"] == "lexical" and got["slate"] == "slate" and got["quill"] == "quill"
    assert got["pm"] == "prosemirror" and got["draft"] == "draft" and got["plain"] == "contenteditable"
    assert got["names"][-1] == "contenteditable"  # loaded last, and a fallback either way
    assert "registered twice" in got["duplicate"]
    assert "missing" in got["incomplete"]
    assert got["none"] is None
