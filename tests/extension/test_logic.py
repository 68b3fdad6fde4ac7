"""Unit tests of the extension's pure logic, run in Chromium without the extension: code point <->
UTF-16 offset mapping (lib/offsets.js), text extraction from contenteditable DOM (lib/textmodel.js),
the server version check (lib/server.js), the first-run commands per system (lib/firstrun.js) and
which fields hold a draft (content/scope.js)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pathlib import Path

EXTENSION_DIR = Path(__file__).resolve().parents[2] / "extension"
FIXTURES_DIR = Path(__file__).resolve().parent / "fixtures"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def lib_page(playwright_instance, chromium_path):
    browser = playwright_instance.chromium.launch(
        executable_path=chromium_path, headless=True, args=["--no-sandbox", "--disable-gpu"]
    )
    page = browser.new_page()
    page.set_content((FIXTURES_DIR / "blank.html").read_text())
    for name in ("offsets.js", "textmodel.js", "server.js", "firstrun.js"):
        page.add_script_tag(path=str(EXTENSION_DIR / "lib" / name))
    for name in ("scope.js", "guard.js"):  # which fields hold a draft (guard: Post-like buttons)
        page.add_script_tag(path=str(EXTENSION_DIR / "content" / name))
    yield page
    browser.close()


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


# Letters, accents precomposed and combining, emoji (astral), a ZWJ family, flags, CJK, newlines.
PIECES = ["a", "Z", " ", "\n", "é", "e\u0301", "ß", "🧡", "👨‍👩‍👧", "🇺🇸", "🇩🇪", "漢", "𝒳", "#", "Ω", "\u200b"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_code_points_map_to_utf16_like_python(lib_page, pieces):
    text = "".join(pieces)
    expected = [utf16_len(text[:i]) for i in range(len(text) + 1)]
    got = lib_page.evaluate(
        "(t) => { const o = SafeToShare.offsets; const m = o.codePointIndex(t);"
        " return {map: m, each: m.map((_, i) => o.cpToUtf16(t, i)), back: m.map((u) => o.utf16ToCp(t, u)),"
        " len: o.codePointLength(t), past: o.cpToUtf16(t, m.length)}; }",
        text,
    )
    assert got["map"] == expected
    assert got["each"] == expected
    assert got["back"] == list(range(len(text) + 1))
    assert got["len"] == len(text)
    assert got["past"] == -1


def test_map_findings_converts_offsets_and_drops_mismatches(lib_page):
    text = "🧡🇺🇸 My sister Emma lives in Zürich 👨‍👩‍👧 near Köln."
    findings = [
        {"start": text.index("Emma"), "end": text.index("Emma") + 4, "text": "Emma", "severity": "block"},
        {"start": text.index("Köln"), "end": text.index("Köln") + 4, "text": "Köln", "severity": "warn"},
        {"start": text.index("Zürich"), "end": text.index("Zürich") + 6, "text": "Zürich", "severity": "block"},
        {"start": 3, "end": 5, "text": "nope", "severity": "block"},  # offsets that do not match its text
        {"start": 0, "end": 999, "text": "x", "severity": "block"},  # out of range
    ]
    got = lib_page.evaluate("([t, f]) => SafeToShare.offsets.mapFindings(t, f)", [text, findings])
    kept = {f["text"]: (f["start16"], f["end16"]) for f in got["findings"]}
    assert set(kept) == {"Emma", "Zürich", "Köln"}
    for word, (s, e) in kept.items():
        assert s == utf16_len(text[: text.index(word)])
        assert e - s == utf16_len(word)
    assert [f["text"] for f in got["findings"]] == ["Emma", "Zürich", "Köln"]  # sorted by position
    assert len(got["dropped"]) == 2


@pytest.mark.parametrize(
    "checked,current,span,ok",
    [
        ("my sister Emma drove", "my sister Emma drove", (10, 14), True),
        ("my sister Emma drove", "my sister Emma drove fast", (10, 14), True),  # typed after: offsets still valid
        ("my sister Emma drove", "Hi my sister Emma drove", (10, 14), False),  # typed before: offsets moved
        ("my sister Emma drove", "my sister Emmy drove", (10, 14), False),  # the words changed
        ("my sister Emma", "my sister Emmas", (10, 14), False),  # the word grew
        ("my sister Emma", "my sister Emma and", (10, 14), True),
        ("short", "sh", (0, 5), False),
    ],
)
def test_still_as_checked(lib_page, checked, current, span, ok):
    assert lib_page.evaluate("([a, b, s, e]) => SafeToShare.offsets.stillAsChecked(a, b, s, e)", [checked, current, *span]) is ok


@pytest.mark.parametrize(
    "text,word,expected",
    [
        ("drove me from Seattle to work", "from Seattle", "drove me to work"),
        ("I love Emma.", "Emma", "I love."),
        ("Emma drove me", "Emma", "drove me"),
        ("a 🧡 Emma b", "Emma", "a 🧡 b"),
    ],
)
def test_removal_span_leaves_single_spaces(lib_page, text, word, expected):
    s = utf16_len(text[: text.index(word)])
    e = s + utf16_len(word)
    got = lib_page.evaluate(
        "([t, s, e]) => { const o = SafeToShare.offsets; const [a, b] = o.removalSpan(t, s, e); return o.spliced(t, a, b, ''); }",
        [text, s, e],
    )
    assert got == expected


# Editor DOM shapes as the libraries render them (and a hand-typed plain contenteditable).
STRUCTURES = {
    "lexical": (
        '<div contenteditable="true" data-lexical-editor="true"><p dir="ltr"><span data-lexical-text="true">Hello </span>'
        '<strong data-lexical-text="true">Emma</strong><span data-lexical-text="true"> 🧡</span></p><p><br></p>'
        '<p dir="ltr"><span data-lexical-text="true">from Seattle</span></p></div>',
        "Hello Emma 🧡\n\nfrom Seattle",
    ),
    "draft": (
        '<div contenteditable="true" class="public-DraftEditor-content"><div data-contents="true">'
        '<div data-block="true" data-offset-key="a-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="a-0-0">'
        '<span data-offset-key="a-0-0"><span data-text="true">My sister </span></span><span data-offset-key="a-1-0">'
        '<span data-text="true">Emma</span></span></div></div>'
        '<div data-block="true" data-offset-key="b-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="b-0-0">'
        '<span data-offset-key="b-0-0"><br data-text="true"></span></div></div>'
        '<div data-block="true" data-offset-key="c-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="c-0-0">'
        '<span data-offset-key="c-0-0"><span data-text="true">#BeTheMatch</span></span></div></div></div></div>',
        "My sister Emma\n\n#BeTheMatch",
    ),
    "prosemirror": (
        '<div contenteditable="true" class="ProseMirror"><p>line one<br>line two</p>'
        '<p><br class="ProseMirror-trailingBreak"></p><p>Fred <em>Hutch</em></p></div>',
        "line one\nline two\n\nFred Hutch",
    ),
    "quill": (
        '<div class="ql-editor" contenteditable="true"><p>Thank you 🇺🇸</p><p><br></p><p>Köln</p></div>',
        "Thank you 🇺🇸\n\nKöln",
    ),
    "plain": (
        '<div contenteditable="true">hello <span><b>my</b> <span><i>sister</i></span></span><div>world</div><div><br></div><div>end</div></div>',
        "hello my sister\nworld\n\nend",
    ),
    "formatted-html": (
        '<div contenteditable="true">\n  <p>one</p>\n  <p>two</p>\n</div>',
        "one\ntwo",
    ),
    "leading-empty-line": (
        '<div contenteditable="true"><p><br></p><p>x</p></div>',
        "\nx",
    ),
}


@pytest.mark.parametrize("name", sorted(STRUCTURES))
def test_text_extraction_and_ranges(lib_page, name):
    html, expected = STRUCTURES[name]
    got = lib_page.evaluate(
        """(html) => {
            const host = document.getElementById('host');
            host.innerHTML = html;  // test-only: a fixed string from this file
            const ed = host.firstElementChild;
            const tm = SafeToShare.textmodel;
            const text = tm.readText(ed);
            const bad = [];
            // Every span of text that does not cross a line break maps to a DOM Range with the same text.
            for (let s = 0; s < text.length; s++) {
              for (let e = s + 1; e <= text.length; e++) {
                const want = text.slice(s, e);
                if (want.includes('\\n')) break;
                const got = tm.rangeFor(ed, s, e).toString();
                if (got !== want) bad.push([s, e, want, got]);
              }
            }
            return {text, root: tm.fieldFor(ed.querySelector('*') || ed) === ed, bad: bad.slice(0, 5)};
        }""",
        html,
    )
    assert got["text"] == expected
    assert got["root"] is True
    assert got["bad"] == []


def test_field_detection(lib_page):
    got = lib_page.evaluate(
        """() => {
            const host = document.getElementById('host');
            host.textContent = '';
            const mk = (tag, attrs) => { const n = document.createElement(tag); Object.assign(n, attrs || {}); host.appendChild(n); return n; };
            const tm = SafeToShare.textmodel;
            const ta = mk('textarea'), txt = mk('input', {type: 'text'}), pw = mk('input', {type: 'password'}),
                  chk = mk('input', {type: 'checkbox'}), ro = mk('textarea', {readOnly: true});
            const ce = mk('div'); ce.contentEditable = 'true';
            const inner = document.createElement('span'); inner.textContent = 'x'; ce.appendChild(inner);
            const off = mk('div'); off.textContent = 'not editable';
            return [tm.fieldFor(ta) === ta, tm.fieldFor(txt) === txt, tm.fieldFor(pw), tm.fieldFor(chk), tm.fieldFor(ro),
                    tm.fieldFor(inner.firstChild) === ce, tm.fieldFor(off)];
        }"""
    )
    assert got == [True, True, None, None, None, True, None]


def test_settings_accepts_only_loopback_servers(lib_page):
    lib_page.add_script_tag(path=str(EXTENSION_DIR / "lib" / "settings.js"))
    got = lib_page.evaluate(
        """() => ['http://127.0.0.1:8337/', 'http://localhost:9000/x', 'https://example.com', 'ftp://127.0.0.1', 'nonsense']
             .map((u) => { try { return SafeToShare.settings.normaliseServerUrl(u); } catch (e) { return 'error'; } })"""
    )
    assert got == ["http://127.0.0.1:8337", "http://localhost:9000", "error", "error", "error"]


@pytest.mark.parametrize("version,older", [
    ("0.1.0", True), ("0.1.9", True), ("0.2.0", False), ("0.2.1", False), ("0.10.0", False), ("1.0", False),
    ("", True), ("0.2", False), ("0.2.0rc1", False),
])
def test_server_version_against_the_minimum(lib_page, version, older):
    got = lib_page.evaluate("(v) => SafeToShare.server.compatibility({status: 'ok', version: v})", version)
    assert got == {"version": version, "minVersion": "0.2.0", "outdated": older}


@pytest.mark.parametrize("nav,os_name,install", [
    ({"userAgentData": {"platform": "Windows"}}, "windows", "py -m pipx install safe-to-share"),
    ({"platform": "Win32"}, "windows", "py -m pipx install safe-to-share"),
    ({"userAgentData": {"platform": "macOS"}}, "macos", "pipx install safe-to-share"),
    ({"platform": "MacIntel"}, "macos", "pipx install safe-to-share"),
    ({"platform": "Linux x86_64"}, "linux", "pipx install safe-to-share"),
    ({"userAgentData": {"platform": "Chrome OS"}}, "linux", "pipx install safe-to-share"),
])
def test_first_run_commands_for_each_system(lib_page, nav, os_name, install):
    got = lib_page.evaluate(
        "(nav) => { const f = SafeToShare.firstrun; const os = f.platform(nav);"
        " return {os, commands: f.steps(os).flatMap((s) => [...s.commands, s.alt.command])}; }",
        nav,
    )
    assert got == {"os": os_name, "commands": [install, "uv tool install safe-to-share", "safetoshare autostart enable", "safetoshare serve"]}


# Each snippet is put on an otherwise empty page on its own.
FIELDS = [
    '<input id="search-type" type="search">',
    '<form role="search"><input id="in-role-search"></form>',
    '<form action="/search"><input id="get-to-search" name="x"></form>',
    '<form method="get" action="/results?q="><textarea id="textarea-get-search"></textarea></form>',
    '<form method="get"><input id="named-q" name="q"></form>',
    '<form><input id="login-user" autocomplete="username"><input type="password" id="login-password"></form>',
    '<form><input id="login-plain"><input type="password"></form>',
    '<input id="card" autocomplete="cc-number">',
    '<input id="street" autocomplete="shipping street-address">',
    '<form><input id="address-line"><input autocomplete="postal-code"><textarea id="address-notes"></textarea></form>',
    '<input id="email" type="email">',
    '<div><input id="picker" role="combobox"><button>Send</button></div>',
    '<textarea id="compose-combobox" role="combobox"></textarea>',
    '<textarea id="plain-textarea"></textarea>',
    '<div id="plain-editable" contenteditable="true"></div>',
    '<form method="post"><input id="subject"><textarea></textarea></form>',
    '<div><input id="chat-line"><button>Send</button></div>',
    '<div><input id="lonely-input"></div>',
    '<div>' * 9 + '<input id="far-from-post">' + '</div>' * 9 + '<button>Post</button>',
    '<form><input id="comment" name="c"><button type="submit">Post</button></form>',
]
DRAFTS = {"compose-combobox", "plain-textarea", "plain-editable", "subject", "chat-line", "comment"}


def test_which_fields_hold_a_draft(lib_page):
    got = {}
    for html in FIELDS:
        got.update(lib_page.evaluate(
            """(html) => { document.body.innerHTML = html; const out = {};
                for (const el of document.body.querySelectorAll('[id]'))
                    out[el.id] = SafeToShare.scope.isDraftField(SafeToShare.textmodel.fieldFor(el) || el);
                document.body.textContent = ''; return out; }""",
            html,
        ))
    assert {k for k, v in got.items() if v} == DRAFTS
    assert len(got) == 22
