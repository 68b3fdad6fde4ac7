"""The page's review logic (static/review-state.js) over the offsets module it shares with the
extension (static/offsets.js is extension/lib/offsets.js), run in Chromium: code points from the
server to UTF-16 indices, replacements that shift later findings, undo, apply all."""
from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.browser


@pytest.fixture()
def js(review_page):
    def call(body: str, arg=None):
        return review_page.evaluate(
            f"async (arg) => {{ const m = await import('/web-static/review-state.js'); const o = globalThis.SafeToShare.offsets; {body} }}", arg
        )

    return call


def finding(text: str, words: str, suggestions=("X",), start_cp: int | None = None) -> dict:
    start = text.index(words) if start_cp is None else start_cp
    return {"start": start, "end": start + len(words), "text": words, "category": "location", "severity": "block", "suggestions": list(suggestions)}


def test_code_point_offsets_become_utf16_indices(js):
    text = "😀 a 👩‍👩‍👧 Seattle 𝔘 Boston"
    # Python indices are code points; the page must slice exactly the same words.
    fs = [finding(text, "Seattle"), finding(text, "Boston")]
    got = js("const items = m.makeItems(arg.text, arg.fs); return items.map((it) => arg.text.slice(it.s, it.e));", {"text": text, "fs": fs})
    assert got == ["Seattle", "Boston"]
    assert js("return o.codePointIndex('a😀b');") == [0, 1, 3, 4]
    assert js("return o.utf16ToCp('a😀b', 3);") == 2


def test_the_page_and_the_extension_share_one_offsets_module(live_server):
    """One source: the page is served the extension's file, byte for byte."""
    with urllib.request.urlopen(live_server + "/web-static/offsets.js", timeout=30) as resp:
        served = resp.read()
    assert served == (ROOT / "extension" / "lib" / "offsets.js").read_bytes()
    with urllib.request.urlopen(live_server + "/", timeout=30) as resp:
        page = resp.read().decode()
    assert page.index('<script src="/web-static/offsets.js">') < page.index('src="/web-static/review.js"')


def test_bad_or_overlapping_findings_are_dropped(js):
    text = "near Seattle today"
    fs = [finding(text, "Seattle"), {**finding(text, "Seattle"), "start": 6}, {**finding(text, "today"), "end": 99}, {**finding(text, "near"), "start": "0"}]
    assert js("return m.makeItems(arg.text, arg.fs).map((it) => it.original);", {"text": text, "fs": fs}) == ["Seattle"]


def test_replace_shifts_later_items_and_undo_restores(js):
    text = "🎉 Fred Hutch in Seattle, 💛 jo@example.com"
    fs = [finding(text, "Fred Hutch", ["the hospital"]), finding(text, "Seattle", ["my city"]), finding(text, "jo@example.com", ["[email removed]"])]
    out = js(
        """
        let st = { text: arg.text, items: m.makeItems(arg.text, arg.fs) };
        st = m.replaceItem(st, 1, 'my 🏙️ city');
        const afterOne = { text: st.text, words: st.items.map((it) => st.text.slice(it.s, it.e)), status: st.items.map((it) => it.status) };
        st = m.replaceItem(st, 0, 'the hospital');
        const afterTwo = { text: st.text, words: st.items.map((it) => st.text.slice(it.s, it.e)) };
        st = m.undoItem(st, 1);
        st = m.undoItem(st, 0);
        return { afterOne, afterTwo, restored: st.text, status: st.items.map((it) => it.status) };
        """,
        {"text": text, "fs": fs},
    )
    assert out["afterOne"]["text"] == "🎉 Fred Hutch in my 🏙️ city, 💛 jo@example.com"
    assert out["afterOne"]["words"] == ["Fred Hutch", "my 🏙️ city", "jo@example.com"]
    assert out["afterOne"]["status"] == ["open", "applied", "open"]
    assert out["afterTwo"]["words"] == ["the hospital", "my 🏙️ city", "jo@example.com"]
    assert out["restored"] == text
    assert out["status"] == ["open", "open", "open"]


def test_apply_all_uses_first_suggestions_and_skips_kept_and_bare(js):
    text = "Emma and Seattle and Boston and Tom"
    fs = [finding(text, "Emma", ["my sister"]), finding(text, "Seattle", ["my city", "my town"]), finding(text, "Boston", []), finding(text, "Tom", ["a friend"])]
    out = js(
        """
        let st = { text: arg.text, items: m.makeItems(arg.text, arg.fs) };
        st = m.setStatus(st, 3, 'kept');
        const [next, n] = m.applyAll(st);
        return { text: next.text, n, status: next.items.map((it) => it.status) };
        """,
        {"text": text, "fs": fs},
    )
    assert out == {"text": "my sister and my city and Boston and Tom", "n": 2, "status": ["applied", "applied", "open", "kept"]}


@pytest.mark.parametrize(
    "text, html",
    [
        ("<p>Hello</p>", True),
        ("Hi<br>there", True),
        ("Fish &amp; chips", True),
        ("</div>", True),
        ("I <3 you and 2 < 3 > 1", False),
        ("Plain letter, no markup.", False),
        ("a <sister> b", False),
    ],
)
def test_html_detection(js, text, html):
    assert js("return m.looksLikeHtml(arg);", text) is html


def test_split_list(js):
    assert js("return m.splitList(arg);", " Jane Doe, Springfield ,,Jane Doe\nAcme ") == ["Jane Doe", "Springfield", "Acme"]
