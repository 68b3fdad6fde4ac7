"""The extension's typed message protocol (extension/lib/protocol.js): its unit tests under node's
test runner, and the background worker's dispatcher in the loaded extension, asked from an
extension page the way the popup asks it."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

HERE = Path(__file__).resolve().parent


def test_protocol_unit_tests_pass_under_node():
    node = shutil.which("node")
    assert node, "node is needed for the extension's unit tests (it also runs tests/firefox)"
    proc = subprocess.run([node, "--test", str(HERE / "protocol.test.mjs")], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert "# fail 0" in proc.stdout


@pytest.fixture
def popup(ext, page):
    page.goto(ext.url("popup/popup.html"))
    # a function, not an expression: the extension's pages forbid eval, which polling an expression would need
    page.wait_for_function("() => !!(window.SafeToShare && SafeToShare.protocol)")
    return page


def test_background_refuses_unknown_and_malformed_messages(popup):
    raw = """(msg) => chrome.runtime.sendMessage(msg)"""
    unknown = popup.evaluate(raw, {"type": "deleteEverything"})
    assert unknown == {"ok": False, "error": {"code": "unknown_message", "message": "Unknown message type."}}
    missing = popup.evaluate(raw, {"type": "check"})
    assert missing["ok"] is False and missing["error"]["code"] == "bad_message"
    assert '"text" must be a string' in missing["error"]["message"]
    wrong = popup.evaluate(raw, {"type": "check", "text": "Anna", "profil": "dkms-social"})
    assert wrong["error"]["code"] == "bad_message" and '"profil"' in wrong["error"]["message"]
    assert "Anna" not in wrong["error"]["message"]
    # A tab's message sent to the background is not one it answers.
    assert popup.evaluate(raw, {"type": "siteInfo"})["error"]["code"] == "unknown_message"


def test_send_checks_the_shape_before_sending_and_answers_typed_results(popup, live_server):
    refused = popup.evaluate(
        """() => SafeToShare.protocol.send('check', {text: 5}).then(() => 'sent', (e) => e.code)"""
    )
    assert refused == "bad_message"
    answer = popup.evaluate("""() => SafeToShare.protocol.send('check', {text: 'My sister Emma drove me to Seattle.'})""")
    assert answer["ok"] is True
    assert {f["text"] for f in answer["result"]["findings"]} >= {"Seattle"}
    labels = popup.evaluate("""() => SafeToShare.protocol.send('labels')""")
    assert labels["ok"] is True and labels["result"]["categories"]["location"]
