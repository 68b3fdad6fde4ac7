"""Our own labelled donor texts (tests/data/labelled.jsonl, made by make_labelled.py): other names,
places, teams and hospitals than any evaluation set. A floor on recall and precision, and no
finding in the texts that hold nothing identifying."""
import pytest

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
    assert recall >= 0.90, recall
    assert precision >= 0.93, precision
    assert clean_flagged <= 0.04, clean_flagged


def test_floor_on_the_held_out_tweets_and_donor_posts(checker):
    """Floors under today's figures on the two sets written apart and never tuned to one case at a time
    (tweets: 0.93 / 0.98 / 1.3% clean flagged; donor posts 0.91 / 0.97 / 1.4%): the issue's bars for real
    tweets (90% caught, 6% of entity-free tweets flagged) and donor posts (0.90 / 0.85 / 12%)."""
    recall, precision, clean_flagged = score(checker, "tweets-holdout.jsonl")
    assert recall >= 0.90 and precision >= 0.90 and clean_flagged <= 0.06, (recall, precision, clean_flagged)
    recall, precision, clean_flagged = score(checker, "donor-posts-holdout.jsonl")
    assert recall >= 0.88 and precision >= 0.90 and clean_flagged <= 0.06, (recall, precision, clean_flagged)


FRESH_FLOORS = {  # (recall, precision, clean flagged) floors under today's figures, in benchmarks/accuracy.py
    "fresh-posts.jsonl": (0.95, 0.97, 0.03),  # 0.98 / 1.00 / 0%
    "fresh-posts-2.jsonl": (0.90, 0.96, 0.03),  # 0.93 / 0.99 / 0.8%
    "fresh-posts-3.jsonl": (0.93, 0.93, 0.05),  # 0.97 / 0.99 / 0.8%
    "fresh-posts-4.jsonl": (0.95, 0.96, 0.04),  # 0.98 / 1.00 / 0%
    "fresh-posts-5.jsonl": (0.92, 0.97, 0.03),  # 0.95 / 1.00 / 0%
    "fresh-posts-6.jsonl": (0.91, 0.93, 0.06),  # 0.94 / 0.97 / 2.8% (0.86 / 0.89 / 8.5% blind at d269e3f, read since)
    "fresh-posts-7.jsonl": (0.82, 0.90, 0.09),  # 0.85 / 0.93 / 6.4%, never read (blind at fe30ffb: 0.83 / 0.87 / 13.5%)
    "fresh-posts-8.jsonl": (0.86, 0.92, 0.07),  # 0.89 / 0.95 / 4.3% (blind at b061d25: 0.79 / 0.72 / 22.5%, read since)
    "fresh-posts-9.jsonl": (0.88, 0.92, 0.06),  # 0.91 / 0.95 / 2.9% (blind at b061d25: 0.76 / 0.75 / 15.9%, read since)
    "fresh-posts-10.jsonl": (0.79, 0.86, 0.09),  # 0.82 / 0.90 / 5.8%, never read (blind at b061d25: 0.79 / 0.84 / 11.0%)
    "fresh-posts-11.jsonl": (0.84, 0.85, 0.13),  # 0.87 / 0.88 / 9.6%, never read (blind at b061d25: 0.83 / 0.82 / 14.0%)
    "fresh-posts-12.jsonl": (0.88, 0.92, 0.07),  # 0.91 / 0.95 / 3.5% (blind at 824a9b7: 0.89 / 0.92 / 5.7%, read since)
    "fresh-posts-13.jsonl": (0.83, 0.90, 0.10),  # 0.87 / 0.94 / 6.5% (blind at 824a9b7: 0.82 / 0.80 / 20.9%, read since)
    "fresh-posts-14.jsonl": (0.92, 0.92, 0.09),  # 0.95 / 0.95 / 5.8% (blind at 0c24b03: 0.94 / 0.93 / 7.9%, read since)
    "fresh-posts-15.jsonl": (0.87, 0.92, 0.04),  # 0.91 / 0.95 / 0.7% (blind at 7d1fdb1: 0.84 / 0.92 / 2.8%, read since)
    "fresh-posts-16.jsonl": (0.83, 0.92, 0.05),  # 0.86 / 0.95 / 2.1%, never read (blind at 768686a: 0.85 / 0.95 / 2.1%)
    "fresh-posts-17.jsonl": (0.82, 0.85, 0.10),  # 0.86 / 0.88 / 7.4% (blind at 768686a: 0.78 / 0.88 / 7.4%, read since)
    "fresh-posts-18.jsonl": (0.89, 0.86, 0.13),  # 0.92 / 0.89 / 9.8%, never read (blind at 602b33b: 0.90 / 0.89 / 9.8%)
    "fresh-posts-19.jsonl": (0.86, 0.90, 0.12),  # 0.89 / 0.94 / 9.1% (blind at 602b33b: 0.88 / 0.93 / 9.8%, read since)
    "fresh-posts-20.jsonl": (0.90, 0.87, 0.14),  # 0.93 / 0.90 / 11.3%, never read (blind at 028358c: the same)
    "fresh-posts-21.jsonl": (0.82, 0.92, 0.08),  # 0.86 / 0.96 / 5.3% (blind at 028358c: 0.78 / 0.93 / 7.5%, read since)
    "fresh-posts-22.jsonl": (0.85, 0.81, 0.18),  # 0.88 / 0.85 / 14.6%, never read (blind at 028358c: 0.88 / 0.86 / 13.9%)
    "fresh-posts-23.jsonl": (0.85, 0.93, 0.07),  # 0.88 / 0.96 / 4.5%, never read (blind at 028358c: 0.86 / 0.95 / 5.3%)
    "fresh-posts-24.jsonl": (0.87, 0.88, 0.12),  # 0.91 / 0.92 / 8.7% (blind at 8e9d1bb: 0.83 / 0.89 / 12.3%, read since)
    "fresh-posts-25.jsonl": (0.86, 0.91, 0.05),  # 0.89 / 0.95 / 2.3% (blind at 8e9d1bb: 0.83 / 0.94 / 3.8%, read since)
    "fresh-posts-26.jsonl": (0.89, 0.88, 0.07),  # 0.92 / 0.92 / 4.4%, never read (blind at 8e9d1bb: 0.90 / 0.91 / 5.1%)
    "fresh-posts-27.jsonl": (0.87, 0.91, 0.08),  # 0.91 / 0.95 / 5.2%, never read (blind at 8e9d1bb: 0.90 / 0.94 / 5.2%)
    "fresh-posts-28.jsonl": (0.91, 0.86, 0.14),  # 0.94 / 0.90 / 10.4% (blind at 8e9d1bb: 0.94 / 0.74 / 28.9%, read since)
    "fresh-posts-29.jsonl": (0.80, 0.91, 0.06),  # 0.84 / 0.95 / 3.0%, never read (blind at 8e9d1bb: 0.81 / 0.95 / 3.7%)
    "fresh-posts-30.jsonl": (0.78, 0.87, 0.08),  # 0.81 / 0.91 / 4.3%, never read (blind at c6cfee6: 0.82 / 0.79 / 17.3%)
    "fresh-posts-31.jsonl": (0.87, 0.93, 0.05),  # 0.90 / 0.96 / 1.5%, never read (blind at c6cfee6: the same)
    "fresh-posts-32.jsonl": (0.86, 0.83, 0.14),  # 0.90 / 0.87 / 10.1%, never read (blind at c6cfee6: the same)
    "fresh-posts-33.jsonl": (0.90, 0.85, 0.14),  # 0.94 / 0.89 / 11.0% (blind at c6cfee6: 0.91 / 0.80 / 19.9%, read since)
    "fresh-posts-34.jsonl": (0.81, 0.90, 0.06),  # 0.84 / 0.94 / 3.0% (blind at b939d2d: 0.83 / 0.78 / 15.7%, read since)
    "fresh-posts-35.jsonl": (0.89, 0.88, 0.10),  # 0.93 / 0.92 / 6.7% (blind at 4b95614: 0.90 / 0.90 / 8.2%, read since)
    "fresh-posts-36.jsonl": (0.81, 0.94, 0.05),  # 0.84 / 0.97 / 1.5% (blind at 1329ee7 and c6cfee6: 0.80 / 0.94 / 4.3%, read since)
    "fresh-posts-37.jsonl": (0.88, 0.94, 0.05),  # 0.91 / 0.98 / 2.9% (blind at fcdbe38: 0.88 / 0.98 / 2.9%, read since)
    "fresh-posts-38.jsonl": (0.85, 0.94, 0.03),  # 0.88 / 0.97 / 0.7% (blind at fcdbe38: 0.87 / 0.97 / 0.7%, read since)
    "fresh-posts-39.jsonl": (0.92, 0.88, 0.10),  # 0.95 / 0.92 / 7.4% (blind at fcdbe38, never read)
    "fresh-posts-40.jsonl": (0.81, 0.94, 0.03),  # 0.84 / 0.98 / 0.7% (blind at 9de6d95; 0.84 / 0.98 / 0.7% at fcdbe38; read since)
    "fresh-posts-41.jsonl": (0.89, 0.96, 0.02),  # 0.92 / 0.99 / 0% (blind at 9de6d95; 0.91 / 0.99 / 0% at fcdbe38; never read)
    "fresh-posts-42.jsonl": (0.91, 0.90, 0.09),  # 0.94 / 0.94 / 6.5% (blind at 9de6d95 and fcdbe38; never read)
    "fresh-posts-43.jsonl": (0.84, 0.94, 0.04),  # 0.88 / 0.99 / 1.5% (blind at 5ccb99d: 0.83 / 0.97 / 2.2%, read since)
    "fresh-posts-44.jsonl": (0.87, 0.94, 0.03),  # 0.91 / 0.99 / 0.7% (blind at 5ccb99d: 0.88 / 0.95 / 3.0%, read since)
    "fresh-posts-45.jsonl": (0.89, 0.91, 0.08),  # 0.93 / 0.95 / 5.9% (blind at 5ccb99d: 0.93 / 0.95 / 5.9%; never read)
    "fresh-posts-46.jsonl": (0.85, 0.95, 0.03),  # 0.89 / 1.00 / 0% (blind at 5ccb99d: 0.86 / 0.98 / 0.7%, read since)
    "fresh-posts-47.jsonl": (0.88, 0.93, 0.06),  # 0.93 / 0.97 / 2.9% (blind at e08fd3c: 0.92 / 0.93 / 6.5%, read since)
    "fresh-posts-48.jsonl": (0.88, 0.93, 0.06),  # 0.92 / 0.98 / 3.0% (blind at e08fd3c: 0.92 / 0.96 / 3.8%, read since)
    "fresh-posts-49.jsonl": (0.85, 0.94, 0.04),  # 0.89 / 0.98 / 1.5% (blind at e08fd3c: the same; never read)
    "fresh-posts-50.jsonl": (0.91, 0.95, 0.04),  # 0.95 / 0.99 / 0.8% (blind at f2c99c1: 0.94 / 0.95 / 3.0%, read since)
    "fresh-posts-51.jsonl": (0.93, 0.95, 0.04),  # 0.97 / 0.99 / 0.7% (blind at f2c99c1: 0.97 / 0.98 / 1.5%, read since)
    "fresh-posts-52.jsonl": (0.93, 0.95, 0.03),  # blind at a079331: 0.97 / 0.98 / 0.7% (never read)
    "fresh-posts-53.jsonl": (0.88, 0.95, 0.03),  # 0.92 / 0.99 / 0.7% (blind at a079331: 0.88 / 0.91 / 8.1%, read since)
    "fresh-posts-54.jsonl": (0.87, 0.95, 0.04),  # 0.91 / 0.98 / 1.5% (blind at a079331: 0.87 / 0.96 / 2.9%, read since)
    "fresh-posts-55.jsonl": (0.94, 0.94, 0.04),  # 0.98 / 0.97 / 1.5% (blind at 85ae625 and at 2783a47: 0.96 / 0.93 / 3.8%, read since)
    "fresh-posts-56.jsonl": (0.88, 0.94, 0.04),  # blind at 85ae625: 0.91 / 0.97 / 2.2%; at 2783a47: 0.92 / 0.97 / 2.2% (never read)
    "fresh-posts-57.jsonl": (0.89, 0.95, 0.03),  # blind at 85ae625: 0.92 / 0.99 / 1.5%; at 009f5bd: 0.93 / 0.99 / 0.7% (never read)
    "fresh-posts-58.jsonl": (0.93, 0.92, 0.07),  # 0.97 / 0.96 / 4.3% (blind at 85ae625 and at 009f5bd: 0.97 / 0.91 / 8.0%, read since)
    "fresh-posts-59.jsonl": (0.83, 0.88, 0.08),  # blind at 92cd469: 0.87 / 0.92 / 5.1%
    "fresh-posts-60.jsonl": (0.88, 0.91, 0.08),  # blind at 92cd469: 0.92 / 0.95 / 5.9%
    "fresh-posts-61.jsonl": (0.89, 0.93, 0.05),  # blind at 92cd469: 0.93 / 0.97 / 3.0% (never read)
    "fresh-posts-62.jsonl": (0.86, 0.90, 0.07),  # blind at 92cd469: 0.90 / 0.94 / 4.3%
    "fresh-posts-63.jsonl": (0.84, 0.92, 0.06),  # blind at 5d90eb7: 0.88 / 0.96 / 2.9% (never read)
    "fresh-posts-64.jsonl": (0.85, 0.85, 0.12),  # blind at 5d90eb7: 0.89 / 0.89 / 9.5%
    "fresh-posts-65.jsonl": (0.82, 0.92, 0.08),  # blind at 5d90eb7: 0.86 / 0.96 / 5.0%
    "fresh-posts-66.jsonl": (0.86, 0.88, 0.09),  # blind at 5d90eb7: 0.90 / 0.92 / 6.5% (never read)
    "fresh-posts-67.jsonl": (0.84, 0.80, 0.22),  # blind at 34e8695: 0.89 / 0.85 / 19.4%
    "fresh-posts-68.jsonl": (0.91, 0.91, 0.06),  # blind at 34e8695: 0.96 / 0.96 / 3.7% (never read)
    "fresh-posts-69.jsonl": (0.89, 0.93, 0.05),  # 0.93 / 0.97 / 2.2% (blind at 6f4e2d9: 0.92 / 0.94 / 4.4%, read since)
    "fresh-posts-70.jsonl": (0.89, 0.90, 0.06),  # 0.93 / 0.94 / 3.0% (blind at 6f4e2d9: 0.88 / 0.92 / 4.5%, read since)
    "fresh-posts-71.jsonl": (0.89, 0.94, 0.04),  # 0.93 / 0.98 / 1.5% (blind at 6f4e2d9: 0.87 / 0.98 / 1.5%, read since)
    "fresh-posts-72.jsonl": (0.85, 0.83, 0.10),  # blind at 6f4e2d9: 0.89 / 0.88 / 6.7% (never read)
    "fresh-posts-73.jsonl": (0.90, 0.94, 0.04),  # blind at 6f4e2d9 and at 353d4a8: 0.94 / 0.98 / 1.5% (never read)
    "fresh-posts-74.jsonl": (0.85, 0.93, 0.05),  # blind at 6f4e2d9: 0.88 / 0.97 / 2.2%; at 353d4a8: 0.89 / 0.97 / 2.2% (never read)
}


@pytest.mark.parametrize("corpus", sorted(FRESH_FLOORS))
def test_floor_on_the_fresh_lowercase_posts(checker, corpus):
    """The sets of 240 posts with traps, each written blind to the rules; all but fresh-posts-7, -10, -11, -16, -18, -20,
    -22, -23, -26, -27, -29, -30, -31, -32, -39, -41, -42, -45, -49, -52, -56, -57, -61, -63, -66, -68 and -72 to -74 were read for classes once first
    measured."""
    recall, precision, clean_flagged = score(checker, corpus)
    least_recall, least_precision, most_clean = FRESH_FLOORS[corpus]
    assert recall >= least_recall and precision >= least_precision and clean_flagged <= most_clean, (recall, precision, clean_flagged)
