"""Batch throughput: stories per second for `safetoshare check` on a folder of generated stories.

    .venv/bin/python benchmarks/batch_throughput.py [--stories 1000] [--jobs N] [--seed 5]

Generates varied donor/recipient stories from templates into a temporary folder (about a third
.txt, .md and .html each, 60-400 words, some clean), then measures:

* one process (the batch as it ran before: a loop over the checker), on a sample;
* all cores (the process pool `safetoshare check` uses for large batches), on the whole folder;
* the command end to end (`safetoshare check FOLDER --format json`, model load included).

A benchmark, not a test: it prints figures and asserts nothing.
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))

NAMES = ["Emma", "Jake", "Priya", "Luis", "Hannah", "Tom", "Aisha", "Mateo", "Grace", "Noah", "Sofia", "Ben"]
RELATIONS = ["my sister", "my husband", "my daughter", "my best friend", "my mom", "my brother", "our neighbour"]
CITIES = ["Seattle", "Denver", "Chicago", "Portland", "Boston", "Austin", "Minneapolis", "Tampa"]
STATES = ["Washington", "Colorado", "Illinois", "Oregon", "Texas", "Florida", "Ohio"]
HOSPITALS = ["Fred Hutch", "the Mayo Clinic", "MD Anderson", "Dana-Farber", "Johns Hopkins Hospital", "City of Hope"]
EMPLOYERS = ["Boeing", "Starbucks", "Target", "the fire department", "Walmart", "a small bakery"]
DATES = ["March 3, 2024", "June 12th", "last spring", "on my birthday, May 9", "in 2023", "two years ago"]
FEELINGS = [
    "I think about you every single day.",
    "Words cannot say how grateful our whole family is.",
    "The nurses told me you said yes without hesitating.",
    "I am back at work and I even ran a short race last month.",
    "My kids finally have their dad home again.",
    "Donating was easier than I expected, and I would do it again.",
    "I hope this letter finds you healthy and happy.",
    "Some days are still hard, but every day is a gift.",
]
OPENINGS = ["Dear donor,", "Dear recipient,", "Hello friend,", "To the stranger who saved my life,", "Hi there,"]
CLOSINGS = ["With all my love,", "Forever grateful,", "Warmly,", "Thank you, always,"]
RISKY = [
    "{rel} {name} drove me to {hospital} every morning.",
    "We live just outside {city}, {state}.",
    "My transplant was on {date}.",
    "I work at {employer} as a nurse.",
    "You can write to me at {email} or call {phone}.",
    "Our team, the {city} Rockets, made the playoffs.",
    "My name is {name} and I am 34.",
    "I was treated at {hospital} in {city}.",
]


def story(rng: random.Random) -> str:
    name = rng.choice(NAMES)
    parts = [rng.choice(OPENINGS)]
    n_sent = rng.randint(4, 28)
    risky_share = rng.choice([0.0, 0.1, 0.25, 0.4])
    for _ in range(n_sent):
        if rng.random() < risky_share:
            parts.append(
                rng.choice(RISKY).format(
                    rel=rng.choice(RELATIONS).capitalize(), name=rng.choice(NAMES), hospital=rng.choice(HOSPITALS),
                    city=rng.choice(CITIES), state=rng.choice(STATES), date=rng.choice(DATES), employer=rng.choice(EMPLOYERS),
                    email=f"{name.lower()}{rng.randint(1, 99)}@example.com", phone=f"(206) 555-{rng.randint(1000, 9999)}",
                )
            )
        else:
            parts.append(rng.choice(FEELINGS))
    parts.append(rng.choice(CLOSINGS))
    parts.append(rng.choice(["A grateful recipient", "Your donor", name]))
    return " ".join(parts[:-2]) + "\n\n" + "\n".join(parts[-2:])


def write_stories(folder: Path, n: int, seed: int) -> int:
    rng = random.Random(seed)
    chars = 0
    for i in range(n):
        text = story(rng)
        chars += len(text)
        kind = i % 3
        if kind == 0:
            (folder / f"story-{i:04d}.txt").write_text(text, encoding="utf-8")
        elif kind == 1:
            (folder / f"story-{i:04d}.md").write_text(f"# Letter {i}\n\n{text}\n", encoding="utf-8")
        else:
            body = "".join(f"<p>{p}</p>" for p in text.split("\n"))
            (folder / f"story-{i:04d}.html").write_text(f"<!doctype html><html><body>{body}</body></html>", encoding="utf-8")
    return chars


def main() -> None:
    from safetoshare.batch import check_items, collect, default_jobs
    from safetoshare.checker import Checker

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=int, default=1000)
    ap.add_argument("--sample", type=int, default=200, help="stories for the one-process figure")
    ap.add_argument("--jobs", type=int, default=default_jobs())
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--skip-cli", action="store_true")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="sts-bench-") as tmp:
        folder = Path(tmp)
        chars = write_stories(folder, args.stories, args.seed)
        items = collect([str(folder)])
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"{len(items)} stories, {chars / len(items):.0f} characters on average; {os.cpu_count()} CPUs, jobs={args.jobs}, load average {load:.1f}")

        t = time.perf_counter()
        checker = Checker()
        print(f"model load: {time.perf_counter() - t:.2f} s")
        check_items(checker, items[:20], None)  # warm up

        sample = items[: args.sample]
        t = time.perf_counter()
        res = check_items(checker, sample, None, jobs=1)
        one = len(sample) / (time.perf_counter() - t)
        print(f"one process:  {one:7.1f} stories/s  ({len(sample)} stories)")

        t = time.perf_counter()
        res = check_items(checker, items, None, jobs=args.jobs)
        elapsed = time.perf_counter() - t
        many = len(items) / elapsed
        found = sum(1 for r in res if r.findings)
        errors = sum(1 for r in res if r.error)
        print(f"{args.jobs} processes: {many:7.1f} stories/s  ({len(items)} stories in {elapsed:.1f} s; {found} with findings, {errors} errors)")
        print(f"speed-up:     {many / one:7.2f}x")

        if not args.skip_cli:
            exe = Path(sys.executable).with_name("safetoshare")
            cmd = [str(exe), "check", str(folder), "--format", "json", "--no-progress"] if exe.exists() else [sys.executable, "-m", "safetoshare", "check", str(folder), "--format", "json", "--no-progress"]
            t = time.perf_counter()
            proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            elapsed = time.perf_counter() - t
            print(f"command end to end (model load included): {len(items) / elapsed:7.1f} stories/s  ({elapsed:.1f} s, exit {proc.returncode})")


if __name__ == "__main__":
    main()
