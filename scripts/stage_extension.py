"""Copy extension/ into a folder for one browser, with the manifest that browser expects, and
optionally zip it with the manifest at the root (what the Chrome Web Store and Edge Add-ons take).

    python scripts/stage_extension.py chrome build/extension/chrome --zip dist/safe-to-share-0.2.0-chrome.zip
    python scripts/stage_extension.py firefox build/extension/firefox   # then web-ext build

One manifest serves both browsers in the repository (Load unpacked / Load Temporary Add-on); each
package drops the keys only the other browser reads, so neither shows a manifest warning:
- Chrome and Edge: no `browser_specific_settings` ("Unrecognized manifest key") and no
  `background.scripts` ("'background.scripts' requires manifest version of 2 or lower").
- Firefox: no `background.service_worker` (Firefox runs `background.scripts`; web-ext lint warns
  "BACKGROUND_SERVICE_WORKER_IGNORED").
Developer-only files (tools/, README.md) stay out of both.
"""
from __future__ import annotations

import argparse
import json
import shutil
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "extension"
DEV_ONLY = {"tools", "README.md"}
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the same bytes from the same sources


def manifest_for(browser: str, manifest: dict) -> dict:
    manifest = json.loads(json.dumps(manifest))
    background = manifest.get("background", {})
    if browser == "chrome":
        manifest.pop("browser_specific_settings", None)
        background.pop("scripts", None)
    else:
        background.pop("service_worker", None)
    return manifest


def stage(browser: str, dest: Path) -> Path:
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(SOURCE, dest, ignore=lambda folder, names: [
        n for n in names
        if (Path(folder) == SOURCE and n in DEV_ONLY) or n.startswith(".") or n in ("__pycache__", "node_modules")
    ])
    manifest = json.loads((SOURCE / "manifest.json").read_text(encoding="utf-8"))
    (dest / "manifest.json").write_text(json.dumps(manifest_for(browser, manifest), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return dest


def zip_folder(folder: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(path.relative_to(folder).as_posix(), FIXED_TIME)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, path.read_bytes())
    return target


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("browser", choices=("chrome", "firefox"))
    parser.add_argument("dest", type=Path)
    parser.add_argument("--zip", type=Path, default=None, metavar="FILE")
    args = parser.parse_args(argv)
    folder = stage(args.browser, args.dest)
    if args.zip:
        print(zip_folder(folder, args.zip))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
