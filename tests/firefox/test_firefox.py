"""Firefox smoke test: Debian's firefox-esr with the unpacked extension, driven by puppeteer-core
over WebDriver BiDi (smoke.mjs), against the real server and the extension's fixture pages."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FIREFOX = os.environ.get("SAFETOSHARE_FIREFOX", shutil.which("firefox-esr") or "/usr/bin/firefox-esr")

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def node_modules():
    """puppeteer-core from the npm registry (npm ci, from package-lock.json), installed once."""
    if not (HERE / "node_modules" / "puppeteer-core").is_dir():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=HERE, check=True, timeout=600)
    return HERE / "node_modules"


def test_firefox_smoke(node_modules, live_server, fixture_site):
    artifacts = ROOT / "test-artifacts" / "firefox"
    env = dict(os.environ, SERVER_URL=live_server, FIXTURE_URL=fixture_site, ARTIFACTS=str(artifacts), FIREFOX=FIREFOX)
    proc = subprocess.run(["node", str(HERE / "smoke.mjs")], cwd=HERE, env=env, capture_output=True, text=True, timeout=300)
    steps = {}
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            rec = json.loads(line)
            steps[rec["step"]] = rec
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert steps["installed"]["id"] == "safe-to-share@safetoshare.invalid"
    assert steps["options"]["status"].startswith("Connected")
    for word in ("Emma", "Seattle", "Fred Hutch", "#BeTheMatch"):
        assert any(word in f for f in steps["findings"]["found"]), word
    assert steps["applied"]["value"] == "Donation day! My sister Emma drove me from my city to Fred Hutch 🧡 #BeTheMatch"
    assert steps["guard"]["held"] is True
    assert steps["done"]["ok"] is True
    assert (artifacts / "firefox-panel.png").is_file()
