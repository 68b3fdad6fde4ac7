"""The [[span text|cat]] markup our labelled corpora are written in (make_*.py), and the checks every
corpus passes before its JSONL is written."""
from __future__ import annotations

import json
import re
from pathlib import Path

CATS = {"name", "org", "loc", "date", "contact", "recipient", "ok"}
MARK = re.compile(r"\[\[(.+?)\|(\w+)\]\]")


def parse(marked: str) -> tuple[str, list[list]]:
    """Strips [[text|cat]] markup; returns the plain text and [start, end, cat] spans (code points)."""
    text, spans, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos : m.start()]
        start = len(text)
        text += m.group(1)
        spans.append([start, len(text), m.group(2)])
        pos = m.end()
    text += marked[pos:]
    return text, spans


def build(cases: list[tuple[str, str]], prefix: str, kinds=("letter", "post", "story")) -> list[dict]:
    """One record a case, ids prefix000...; raises on broken markup, unknown kinds or cats, overlapping
    or padded spans, offsets that do not round-trip, duplicate ids or texts."""
    records, texts = [], set()
    for n, (kind, marked) in enumerate(cases):
        text, spans = parse(marked)
        rid = f"{prefix}{n:03d}"
        assert kind in kinds, f"{rid}: kind {kind}"
        assert "[[" not in text and "]]" not in text, f"{rid}: markup left in text"
        assert text not in texts, f"{rid}: duplicate text"
        texts.add(text)
        end = 0
        for start, stop, cat in spans:
            piece = text[start:stop]
            assert cat in CATS, f"{rid}: unknown cat {cat}"
            assert start >= end and stop > start, f"{rid}: overlapping or empty span"
            assert piece == piece.strip(), f"{rid}: span {piece!r} has outer spaces"
            assert f"[[{piece}|{cat}]]" in marked, f"{rid}: offsets do not round-trip"
            end = stop
        records.append({"id": rid, "kind": kind, "text": text, "spans": spans})
    return records


def write_jsonl(path: Path, records: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
