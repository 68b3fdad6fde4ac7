"""A copy of the bundled rules/ to break on purpose (unknown keys, missing words...)."""
from __future__ import annotations

import shutil
from pathlib import Path

from safetoshare.ruleset import default_rules_dir


def copy_rules(folder: Path) -> Path:
    root = folder / "rules"
    shutil.copytree(default_rules_dir(), root)
    return root


def edit(path: Path, old: str, new: str) -> None:
    """Replace the first `old` in the file (which must hold it) by `new`."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
