"""How many threads the image models may use: at most 2 (a 2-core laptop), at least 1.

SAFETOSHARE_IMAGE_THREADS overrides it.
"""
from __future__ import annotations

import os


def cpu_threads() -> int:
    env = os.environ.get("SAFETOSHARE_IMAGE_THREADS", "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    try:
        n = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        n = os.cpu_count() or 1
    return max(1, min(2, n))
