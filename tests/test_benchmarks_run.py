"""The speed benchmark runs from a fresh clone. Only that it runs and prints its tables: timings
depend on the machine and are never asserted."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

HEADINGS = (
    "== Machine ==",
    "== 1. In-process per-text latency and recall",
    "== 2. Over HTTP: the real server",
    "== 3. Latency against text length",
    "== 4. Where the time goes",
    "== Targets (issue 7) ==",
    "Latency per text, ms",
    "Labelled spans flagged",
    "Batch throughput",
    "cold start:",
    "server RSS after warm-up",
)


@pytest.mark.http
def test_speed_benchmark_quick_runs():
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "speed.py"), "--quick", "--no-presidio"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    for heading in HEADINGS:
        assert heading in proc.stdout, f"missing {heading!r} in:\n{proc.stdout}"
    assert "Presidio: skipped (--no-presidio)" in proc.stdout
