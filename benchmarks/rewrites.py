#!/usr/bin/env python3
"""How the rewrites read: apply every finding's first suggestion, check the result again, print.

    .venv/bin/python benchmarks/rewrites.py [CORPUS.jsonl ...] [--show]

For each text of the labelled corpora (../shared/eval/dev.jsonl, tests/data/labelled.jsonl and
tests/data/informal.jsonl when present), checked with the profile its kind calls for (letter ->
nmdp-letter, post and story -> nmdp-social), every finding's first suggestion is applied right to
left and the result is checked again with the same profile. Printed per corpus and overall:

- nothing blocking left: texts whose rewrite has no `block` finding;
- reads cleanly: texts whose rewrite has no doubled word ("the the", "my my"), no "[... removed]"
  placeholder and no "go", "at", "named" or "called" left dangling before punctuation or the end,
  that the original did not already have;
- findings without a suggestion (should be 0).

The Checker runs in-process (the same code the server runs; no HTTP). `--show` prints each text
that does not read cleanly or keeps a blocking finding, to study (not to tune to). Asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (ROOT.parent / "shared/eval/dev.jsonl", ROOT / "tests/data/labelled.jsonl", ROOT / "tests/data/informal.jsonl")
PROFILE_BY_KIND = {"letter": "nmdp-letter", "post": "nmdp-social", "story": "nmdp-social"}

DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
PLACEHOLDER = re.compile(r"\[[^\]]*\bremoved\]")
DANGLING = re.compile(r"\b(?:go|at|named|called)\s*(?:[.,;:!?)\]]|$)", re.IGNORECASE)
# not part of "reads cleanly" (the definition), printed to study: "the a charity event", "go my team"
CLASH = re.compile(r"\b(?:(?:the|an?|my|our|your|his|her|their)\s+(?:the|an?|my|our|your|his|her|their|abroad)|go\s+(?:my|the)|in\s+abroad)\b", re.IGNORECASE)


def apply_first_suggestions(text: str, findings) -> str:
    for f in sorted(findings, key=lambda f: f.start, reverse=True):
        if f.suggestions:
            text = text[: f.start] + f.suggestions[0] + text[f.end :]
    return text


def defects(text: str) -> Counter:
    found = Counter()
    for name, pattern in (("doubled", DOUBLED), ("placeholder", PLACEHOLDER), ("dangling", DANGLING)):
        for m in pattern.finditer(text):
            found[(name, m.group().lower())] += 1
    return found


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def measure(checker, cases, show=False) -> Counter:
    n = Counter()
    for case in cases:
        profile = PROFILE_BY_KIND.get(case.get("kind"), "nmdp-letter")
        text = case["text"]
        findings = checker.check(text, profile=profile)
        rewritten = apply_first_suggestions(text, findings)
        again = checker.check(rewritten, profile=profile)
        blocking = [f for f in again if f.severity == "block"]
        new_defects = defects(rewritten) - defects(text)
        n["texts"] += 1
        n["with_findings"] += bool(findings)
        n["findings"] += len(findings)
        n["no_suggestion"] += sum(not f.suggestions for f in findings)
        n["nothing_blocking"] += not blocking
        n["clean"] += not new_defects
        clashes = len(CLASH.findall(rewritten)) - len(CLASH.findall(text))
        n["clashes"] += max(0, clashes)
        for (kind, _), count in new_defects.items():
            n["defect:" + kind] += count
        if show and (blocking or new_defects):
            print(f"--- {case.get('id')} ({profile})")
            print("   ", rewritten.replace("\n", " / "))
            for f in blocking:
                print(f"    still blocking: {f.text!r} ({f.category}:{f.kind})")
            for (kind, words), _ in new_defects.items():
                print(f"    {kind}: {words!r}")
        if show and clashes > 0:
            print(f"--- {case.get('id')} determiner clash: {rewritten!r}")
    return n


def report(name: str, n: Counter) -> None:
    texts = max(1, n["texts"])
    print(f"== {name}: {n['texts']} texts ({n['with_findings']} with findings), {n['findings']} findings")
    print(f"   nothing blocking left   {n['nothing_blocking'] / texts:.3f}  ({n['nothing_blocking']}/{n['texts']})")
    print(f"   reads cleanly           {n['clean'] / texts:.3f}  ({n['clean']}/{n['texts']})")
    print(f"   findings without a suggestion  {n['no_suggestion']}")
    print(f"   (to study) determiner clashes added: {n['clashes']}")
    kinds = {k.split(':', 1)[1]: v for k, v in n.items() if k.startswith("defect:")}
    if kinds:
        print("   defects: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=Path, default=list(CORPORA))
    ap.add_argument("--show", action="store_true", help="print each rewrite that is not clean or still blocks")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "server"))
    from safetoshare.checker import Checker

    checker = Checker()
    print(f"model {checker.model_name}; Checker in-process")
    total = Counter()
    for corpus in args.corpora:
        if not corpus.exists():
            print(f"{corpus}: not found, skipped")
            continue
        n = measure(checker, load(corpus), args.show)
        report(str(corpus.relative_to(ROOT) if corpus.is_relative_to(ROOT) else corpus), n)
        total.update(n)
    report("all", total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
