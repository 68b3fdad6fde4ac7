"""Our labelled corpora in tests/data, read and scored the way ../shared/eval/score.py scores them:
a labelled span counts as caught when any finding overlaps it (for the floors the tests set)."""
from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).parent / "data"
PROFILE_BY_KIND = {"letter": "nmdp-letter", "post": "nmdp-social", "story": "nmdp-social"}
REQUIRED = {"name", "org", "loc", "date", "contact"}


def cases(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(checker, name: str) -> tuple[float, float, float]:
    """(recall, precision, share of clean texts flagged) of the checker on tests/data/<name>."""
    caught = total = false = found_all = clean = clean_flagged = 0
    for case in cases(name):
        found = [(f.start, f.end) for f in checker.check(case["text"], profile=PROFILE_BY_KIND[case["kind"]])]
        gold = case["spans"]
        required = [g for g in gold if g[2] in REQUIRED]
        total += len(required)
        caught += sum(any(overlaps(f, g) for f in found) for g in required)
        spurious = [f for f in found if not any(overlaps(f, g) for g in gold)]
        found_all += len(found)
        false += len(spurious)
        if not required:
            clean += 1
            clean_flagged += bool(spurious)
    return caught / total, 1 - false / found_all, clean_flagged / clean
