"""Our own labelled donor texts (tests/data/labelled.jsonl, made by make_labelled.py): other names,
places, teams and hospitals than any evaluation set. A floor on recall and precision, and no
finding in the texts that hold nothing identifying."""
from corpus import PROFILE_BY_KIND, REQUIRED, cases, overlaps, score


def test_recall_and_precision_on_our_labelled_texts(checker):
    caught = total = false = found_all = 0
    clean_flagged = []
    for case in cases("labelled.jsonl"):
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


def test_floor_on_the_informal_posts_corpus(checker):
    """A floor under today's figures on the informal corpus (benchmarks/accuracy.py prints the exact ones)."""
    recall, precision, clean_flagged = score(checker, "informal.jsonl")
    assert recall >= 0.85, recall
    assert precision >= 0.90, precision
    assert clean_flagged <= 0.06, clean_flagged
