"""Fixtures for the browser extension tests: Debian's Chromium with the unpacked extension loaded,
local fixture pages served over http://127.0.0.1, and the real Safe to Share server (`live_server`
from tests/conftest.py)."""
from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXTENSION_DIR = ROOT / "extension"
FIXTURES_DIR = Path(__file__).resolve().parent / "fixtures"
ARTIFACTS = ROOT / "test-artifacts" / "extension"
CHROMIUM = os.environ.get("SAFETOSHARE_CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")


@pytest.fixture(scope="session")
def chromium_path() -> str:
    return CHROMIUM


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def closed_port_url() -> str:
    """A loopback URL where nothing listens: the server-down state."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}"


class Extension:
    """The loaded extension: its id, its service worker, and its settings in chrome.storage.local."""

    def __init__(self, context, worker):
        self.context = context
        self.worker = worker
        self.id = worker.url.split("/")[2]

    def url(self, path: str) -> str:
        return f"chrome-extension://{self.id}/{path}"

    def settings(self) -> dict:
        return self.worker.evaluate("chrome.storage.local.get(null)")

    def set(self, **values) -> None:
        self.worker.evaluate("(v) => chrome.storage.local.set(v)", values)

    def wait_for_list_item(self, key: str, item: str, timeout_ms: int = 10000) -> bool:
        """Resolves true once settings[key] (a list) contains item; checked on every storage change."""
        return self.worker.evaluate(
            """([key, item, timeout]) => new Promise((resolve, reject) => {
                const test = () => chrome.storage.local.get(key).then((s) => {
                    if ((s[key] || []).includes(item)) { chrome.storage.onChanged.removeListener(test); clearTimeout(t); resolve(true); } });
                const t = setTimeout(() => { chrome.storage.onChanged.removeListener(test); reject(new Error(key + ' never got ' + item)); }, timeout);
                chrome.storage.onChanged.addListener(test);
                test();
            })""",
            [key, item, timeout_ms],
        )

    def reset(self, server_url: str) -> None:
        """Clean settings, and a new browser session as far as the extension knows (the first-run
        notice is shown in full again)."""
        self.worker.evaluate(
            """(url) => Promise.all([chrome.storage.session.clear(), chrome.storage.local.clear()])
                .then(() => chrome.storage.local.set({serverUrl: url}))""",
            server_url,
        )


@pytest.fixture(scope="session")
def browser_context(playwright_instance, tmp_path_factory):
    user_dir = tmp_path_factory.mktemp("chromium-profile")
    args = [
        f"--disable-extensions-except={EXTENSION_DIR}",
        f"--load-extension={EXTENSION_DIR}",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-features=DisableLoadExtensionCommandLineSwitch",
    ]
    context = playwright_instance.chromium.launch_persistent_context(
        str(user_dir), executable_path=CHROMIUM, headless=True, args=args, viewport={"width": 1100, "height": 800}
    )
    yield context
    context.close()


@pytest.fixture(scope="session")
def extension(browser_context) -> Extension:
    workers = [w for w in browser_context.service_workers if w.url.startswith("chrome-extension://")]
    worker = workers[0] if workers else browser_context.wait_for_event("serviceworker", timeout=15000)
    return Extension(browser_context, worker)


@pytest.fixture
def ext(extension, live_server) -> Extension:
    """The extension, with clean settings pointing at the live server."""
    extension.reset(live_server)
    return extension


@pytest.fixture
def page(browser_context):
    p = browser_context.new_page()
    yield p
    p.close()
