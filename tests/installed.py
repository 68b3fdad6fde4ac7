"""Starting a server the way an installation does (the installed `safetoshare`, or an autostart
command line), on a free port, and waiting until it answers."""
from __future__ import annotations

import json
import subprocess
import time
import urllib.request


def wait_for_health(proc: subprocess.Popen, url: str, timeout: float = 120) -> dict | None:
    """Poll /api/v1/health until it answers (the model takes seconds to load); None if the server
    exited or never answered."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with urllib.request.urlopen(url + "/api/v1/health", timeout=2) as resp:
                return json.load(resp)
        except OSError:
            try:
                proc.wait(timeout=0.1)  # the polling interval, cut short if the server exits
            except subprocess.TimeoutExpired:
                pass
    return None


def stop(proc: subprocess.Popen):
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
