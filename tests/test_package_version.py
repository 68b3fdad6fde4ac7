"""One version everywhere: the package, pyproject's dynamic version, the extension's manifest,
`safetoshare --version` and the API's health answer."""
import ast
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import safetoshare

ROOT = Path(__file__).resolve().parents[1]


def source_version() -> str:
    """__version__ as written in server/safetoshare/__init__.py (what setuptools reads, without importing)."""
    tree = ast.parse((ROOT / "server" / "safetoshare" / "__init__.py").read_text())
    return next(node.value.value for node in tree.body if isinstance(node, ast.Assign)
                and any(getattr(t, "id", None) == "__version__" for t in node.targets))


def test_pyproject_reads_the_version_from_the_package():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" in project["project"]["dynamic"] and "version" not in project["project"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "safetoshare.__version__"}
    assert safetoshare.__version__ == source_version()


def test_manifest_health_and_cli_report_the_same_version(client):
    manifest = json.loads((ROOT / "extension" / "manifest.json").read_text())
    health = client.get("/api/v1/health").get_json()
    cli = subprocess.run([sys.executable, "-m", "safetoshare", "--version"], capture_output=True, text=True, timeout=60)
    assert cli.returncode == 0
    assert manifest["version"] == health["version"] == source_version() == cli.stdout.split()[-1]
