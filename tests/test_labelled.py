"""Our own labelled donor texts (tests/data/labelled.jsonl, made by make_labelled.py): other names,
places, teams and hospitals than any evaluation set. A floor on recall and precision, and no
finding in the texts that hold nothing identifying."""
import json
from pathlib import Path

PROFILE_BY_KIND = {"letter": "nmdp-letter", "post": "nmdp-social", "story": "nmdp-social"}
REQUIRED = {"name", "org", "loc", "date", "contact"}


def load():
    path = Path(__file__).parent / "data" / "labelled.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def test_recall_and_precision_on_our_labelled_texts(checker):
    caught = total = false = found_all = 0
    clean_flagged = []
    for case in load():
        found = [(f.start, f.end) for f in checker.check(case["text"], profile=PROFILE_BY_KIND[case["kind"]])]
        gold = case["spans"]
        for g in gold:
            if g[2] in REQUIRED:
                total += 1
                caught += any(overlaps(f, g) for f in found)
        spurious = [f for f in found if not any(overlaps(f, g) for g in gold)]
        found_all += len(found)
        false += len(spurious)
        if not [g for g in gold if g[2] in REQUIRED] and spurious:
            clean_flagged.append(case["id"])
    assert caught / total >= 0.95, f"recall {caught}/{total}"
    assert 1 - false / found_all >= 0.95, f"{false} false of {found_all}"
    assert clean_flagged == []


def _score(checker, name):
    path = Path(__file__).parent / "data" / name
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    caught = total = false = found_all = clean = clean_flagged = 0
    for case in cases:
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


def test_floor_on_the_informal_posts_corpus(checker):
    """A floor under today's figures on the informal corpus (benchmarks/accuracy.py prints the exact ones)."""
    recall, precision, clean_flagged = _score(checker, "informal.jsonl")
    assert recall >= 0.85, recall
    assert precision >= 0.90, precision
    assert clean_flagged <= 0.06, clean_flagged
