"""The extension's scenarios in Firefox ESR (run.mjs: puppeteer-core over WebDriver BiDi, Firefox
started once), one pytest test per scenario: the real editors, the shadow-DOM compose box, the Post
guard, searches and forms that are never held, the draft's language, and the first-run panel with no server."""
from __future__ import annotations

import json
import os
import socket
import subprocess

import pytest

from test_firefox import FIREFOX, HERE, ROOT, node_modules  # noqa: F401  (fixture)

pytestmark = pytest.mark.browser

EDITORS = ["lexical", "draft", "prosemirror", "tiptap", "quill", "slate"]
SCENARIOS = ["first-run", *[f"editor-{e}" for e in EDITORS], "shadow", "guard-textarea", "guard-feed",
             "guard-ctrl-enter", "search-type", "search-role", "search-get", "forms-never-held", "email-subject", "chat-line",
             "languages"]
RISKY = "Donation day! My sister Emma drove me from Seattle to Fred Hutch 🧡 #BeTheMatch"
QUERY = "mayo clinic parking rochester"
COMMANDS = ["pipx install safe-to-share", "uv tool install safe-to-share", "safetoshare autostart enable", "safetoshare serve"]


@pytest.fixture(scope="module")
def closed_port_url() -> str:
    """A loopback URL where nothing listens: no checker on this computer."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


@pytest.fixture(scope="module")
def results(node_modules, live_server, fixture_site, closed_port_url):  # noqa: F811
    """Runs every scenario in one Firefox; {scenario: its JSON line}."""
    listed = subprocess.run(["node", str(HERE / "run.mjs"), "--list"], cwd=HERE, capture_output=True, text=True, check=True)
    assert json.loads(listed.stdout) == SCENARIOS
    env = dict(os.environ, SERVER_URL=live_server, CLOSED_URL=closed_port_url, FIXTURE_URL=fixture_site,
               ARTIFACTS=str(ROOT / "test-artifacts" / "firefox"), FIREFOX=FIREFOX)
    proc = subprocess.run(["node", str(HERE / "run.mjs")], cwd=HERE, env=env, capture_output=True, text=True, timeout=1200)
    out = {}
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            rec = json.loads(line)
            out[rec["scenario"]] = rec
    assert out.get("installed", {}).get("ok"), proc.stdout[-3000:] + proc.stderr[-3000:]
    assert out.get("server", {}).get("ok"), proc.stdout[-3000:] + proc.stderr[-3000:]
    out["_stderr"] = proc.stderr
    return out


def result(results, name) -> dict:
    rec = results.get(name)
    assert rec is not None, f"{name} did not run: {results['_stderr'][-3000:]}"
    assert rec["ok"], rec.get("error")
    return rec


@pytest.mark.parametrize("editor", EDITORS)
def test_firefox_real_editor(results, editor):
    rec = result(results, f"editor-{editor}")
    for word in ("Emma", "Seattle", "Fred Hutch"):
        assert any(word in f for f in rec["found"]), word
    assert any("Seattle" in h for h in rec["highlighted"])
    assert "my city" in rec["posted"] and "Seattle" not in rec["posted"] and "Fred Hutch" not in rec["posted"]
    assert rec["posted"].startswith("🧡🇺🇸 Thank you!") and rec["posted"].endswith("!")


def test_firefox_shadow_dom_compose_box(results):
    rec = result(results, "shadow")
    assert any("Seattle" in b for b in rec["boxes"])
    assert "my city" in rec["posted"] and "Seattle" not in rec["posted"] and "Emma" in rec["posted"]


@pytest.mark.parametrize("scenario", ["guard-textarea", "guard-feed", "guard-ctrl-enter"])
def test_firefox_post_guard(results, scenario):
    rec = result(results, scenario)
    assert rec["posted"] == RISKY
    if scenario == "guard-textarea":
        for word in ("Emma", "Seattle", "Fred Hutch", "#BeTheMatch"):
            assert any(word in item for item in rec["listed"]), word
    if scenario == "guard-feed":
        assert rec["feedActions"] == ["share-1", "reply-1", "share-2", "comment-3"]


@pytest.mark.parametrize("scenario", ["search-type", "search-role", "search-get"])
def test_firefox_site_search_is_submitted_untouched(results, scenario):
    rec = result(results, scenario)
    assert rec["submitted"] == QUERY and rec["shown"] == QUERY


def test_firefox_login_payment_address_never_held(results):
    rec = result(results, "forms-never-held")
    assert rec["sent"] == ["login", "payment", "address"] and rec["boxesOutsideBody"] == 0


def test_firefox_email_subject_is_checked_and_held(results):
    assert result(results, "email-subject")["subject"] == "My sister Emma at Fred Hutch"


def test_firefox_first_run_panel(results):
    rec = result(results, "first-run")
    assert rec["notice"]["commands"] == COMMANDS
    assert rec["notice"]["os"] == "linux"
    assert rec["notice"]["desk"].startswith("http://127.0.0.1:") and rec["notice"]["desk"].endswith("/")
    assert "isn't running on this computer" in rec["notice"]["text"]
    assert rec["status"].startswith("Not checked")
    assert rec["quiet"] and "Not checked" in rec["pill"]
    assert (ROOT / "test-artifacts" / "firefox" / "firefox-first-run.png").is_file()


def test_firefox_chat_line_with_a_send_button_is_held(results):
    assert result(results, "chat-line")["posted"] == "My sister Emma is at Fred Hutch"


def test_firefox_draft_language_is_shown(results):
    """A German draft: not checked for names and places, said plainly, its text marked dotted grey;
    a clean French draft: the pill says it was checked in French (run.mjs asserts the wording)."""
    rec = result(results, "languages")
    assert "were not checked in this German draft" in rec["note"]
    assert rec["style"] == "dotted"
    assert rec["pill"].endswith("(checked in French)")
