#!/usr/bin/env python3
"""Hand-labelled posts as training data for the informal-text NER component.

The synthetic posts from generate.py teach case and context; what they cannot teach is how real writers put
a name, a team or a town into a sentence. The labelled post corpora written for this project (each by a
writer who never saw the rules) carry exactly that, so the development sets among them are added to training.
The held-out sets are never read here (see HELD_OUT): they, and sets written after a model, measure it.

Labels: name -> PERSON, org -> ORG, loc -> GPE (the informal detector maps those three back). Contact details
and dates are "outside" (the model must not call them names); `recipient` and `ok` spans are left unannotated,
because a country in "a 52 yo man in germany" is a place while a public figure is neither right nor wrong.

    python training/informal_ner/real_posts.py OUT.spacy CORPUS.jsonl... [--copies 2] [--clean-copies 1] [--lowercase]

writes a DocBin with each post `--copies` times as written (`--clean-copies` times for a post with no entity: half the
posts are clean, and too many of them teach the model to name nothing), and with --lowercase once more in lowercase
when the writer used capitals (the checker must read both).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

LABEL = {"name": "PERSON", "org": "ORG", "loc": "GPE"}
UNANNOTATED = {"recipient", "ok"}
# never training data: the sets that measure a model (benchmarks/accuracy.py) and the French sets
HELD_OUT = {"informal-holdout.jsonl", "tweets-holdout.jsonl", "donor-posts-holdout.jsonl", "fresh-posts-7.jsonl",
            "fresh-posts-8.jsonl", "fresh-posts-10.jsonl", "fresh-posts-11.jsonl", "fresh-posts-16.jsonl", "fresh-posts-18.jsonl",
            "fresh-posts-19.jsonl", "fresh-posts-20.jsonl", "fresh-posts-21.jsonl", "fresh-posts-9.jsonl", "french.jsonl", "french-holdout.jsonl"}


def labelled_doc(nlp, text: str, spans: list):
    """The post as a Doc with its entities set, or None when a span does not fall on token edges."""
    doc = nlp.make_doc(text)
    ents, missing = [], []
    for start, end, cat in spans:
        if cat not in LABEL and cat not in UNANNOTATED:
            continue
        span = doc.char_span(start, end, label=LABEL.get(cat, ""), alignment_mode="strict")
        if span is None:  # "#TeamMaddie": a name inside one token cannot be taught as a whole token
            return None
        (ents if cat in LABEL else missing).append(span)
    try:
        doc.set_ents(ents, missing=missing, default="outside")
    except ValueError:
        return None
    return doc


def read_corpus(path: Path) -> list[dict]:
    if path.name in HELD_OUT:
        raise SystemExit(f"{path.name} is a held-out set: it measures the model and is never trained on")
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--clean-copies", type=int, default=None, help="copies of a post with no entity (default: --copies)")
    ap.add_argument("--lowercase", action="store_true")
    ap.add_argument("--posts-only", action="store_true", help="skip letters and stories")
    args = ap.parse_args()
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    db = DocBin(store_user_data=False)
    added = skipped = 0
    for path in args.corpora:
        for rec in read_corpus(path):
            if args.posts_only and rec.get("kind") != "post":
                continue
            entities = any(cat in LABEL for _, _, cat in rec["spans"])
            clean_copies = args.copies if args.clean_copies is None else args.clean_copies
            variants = [rec["text"]] * (args.copies if entities else clean_copies)
            lowered = rec["text"].lower()
            if args.lowercase and variants and lowered != rec["text"] and len(lowered) == len(rec["text"]):
                variants.append(lowered)
            for text in variants:
                doc = labelled_doc(nlp, text, rec["spans"])
                if doc is None:
                    skipped += 1
                    continue
                db.add(doc)
                added += 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(args.out)
    print(f"wrote {added} labelled posts to {args.out} ({skipped} skipped: a span inside a token)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
