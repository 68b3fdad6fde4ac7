"""The Checker: one spaCy Doc per text, every detector over it, the profile applied at the end.

Long texts are checked paragraph by paragraph through a small cache, so that while someone types
only the paragraph they changed is parsed again.
"""
from __future__ import annotations

import dataclasses
import re
import threading
import time
from collections import OrderedDict

from .detectors import affiliation, contact, dates, entities, gazetteer, informal, names, patterns, recipient
from .detectors import watchlist as watchlist_detector
from .detectors.base import Context, looks_informal
from .findings import Finding
from .nlp import load_informal_model, load_model
from .resolve import settle_overlaps, to_findings
from .rewrites import recheck
from .ruleset import RuleSet, load_rules

# Each detector has one job; the order does not matter, overlaps are settled afterwards.
TEXT_DETECTORS = (contact.detect, dates.detect, names.detect, entities.detect, informal.detect, patterns.detect, affiliation.detect, recipient.detect)

MAX_TEXT_CHARS = 100_000
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# Control characters (NUL, ESC...) glue words together for the tokenizer; the checker reads a copy
# with each replaced by a space, so offsets stay those of the text as given.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class TextTooLong(ValueError):
    pass


class CheckTimeout(TimeoutError):
    pass


class Checker:
    def __init__(self, model: str | None = None, rules: RuleSet | None = None, rules_dir=None, cache_size: int = 512, informal_model: str | None = None):
        self.model_name, self.nlp = load_model(model)
        # the NER component trained for lowercase, shouted and slangy posts, beside the main model
        self.informal_nlp = load_informal_model(informal_model, vocab=self.nlp.vocab)
        self.rules = rules or load_rules(rules_dir)
        self.gazetteers = gazetteer.GazetteerIndex(self.nlp, self.rules)
        # spaCy pipelines and matchers are not documented as thread-safe; the server runs threads.
        self._lock = threading.RLock()
        self._cache: OrderedDict = OrderedDict()
        self._cache_size = cache_size

    @property
    def profiles(self):
        return self.rules.profiles

    def profile(self, name=None):
        return self.rules.profile(name)

    def parse(self, text: str):
        with self._lock:
            return self.nlp(text)

    def check(self, text: str, profile: str | None = None, watchlist=(), allow=(), timeout: float | None = None) -> list[Finding]:
        """Findings for `text` under `profile`; `timeout` seconds bound the work (CheckTimeout)."""
        if not isinstance(text, str):
            raise TypeError("text must be a string")
        if len(text) > MAX_TEXT_CHARS:
            raise TextTooLong(f"text is {len(text)} characters; the limit is {MAX_TEXT_CHARS}")
        prof = self.rules.profile(profile)
        if not text.strip():
            return []
        deadline = None if timeout is None else time.monotonic() + timeout
        watch, allowed = tuple(watchlist), tuple(allow)
        original, text = text, CONTROL.sub(" ", text)
        pieces = paragraphs(text)
        results = self._check_pieces([text[s:e] for s, e in pieces], prof, watch, allowed, deadline)
        findings = []
        for (start, _), piece_findings in zip(pieces, results):
            findings.extend(dataclasses.replace(f, start=f.start + start, end=f.end + start) for f in piece_findings)
        if len(pieces) > 1:
            findings = self._names_across_paragraphs(text, findings, prof, allowed)
        if original is not text:
            findings = [dataclasses.replace(f, text=original[f.start : f.end]) for f in findings]
        return findings

    def _check_pieces(self, texts: list[str], prof, watch, allow, deadline=None) -> list[list[Finding]]:
        """Findings for each paragraph: cached ones from the cache, the others parsed together
        (spaCy's nlp.pipe batches them, about a fifth faster than one by one)."""
        keys = [(t, prof.id, watch, allow) for t in texts]
        with self._lock:
            results = [self._cache.get(k) for k in keys]
            todo = [i for i, r in enumerate(results) if r is None]
            for i, (doc, by_informal_model) in zip(todo, self._parse_all([texts[i] for i in todo])):
                if deadline is not None and time.monotonic() > deadline:
                    raise CheckTimeout("the check took too long")
                results[i] = self.check_doc(doc, prof, watch, allow, by_informal_model)
                self._cache[keys[i]] = results[i]
            for k in keys:
                self._cache.move_to_end(k)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return results

    def _parse_all(self, texts: list[str]):
        """(doc, read by the informal-post model?) for each text, in order. A paragraph written informally
        (mostly lowercase) is read by the informal-post model alone: one model pass per paragraph. Tidy text
        is read by the main model, which knows it best."""
        informal = [bool(self.informal_nlp) and looks_informal(t) for t in texts]
        tidy_docs = iter(self.nlp.pipe([t for t, inf in zip(texts, informal) if not inf], batch_size=64))
        informal_docs = iter(self.informal_nlp.pipe([t for t, inf in zip(texts, informal) if inf], batch_size=64)) if self.informal_nlp else iter(())
        for inf in informal:
            yield (next(informal_docs), True) if inf else (next(tidy_docs), False)

    def check_doc(self, doc, prof, watchlist=(), allow=(), by_informal_model=False) -> list[Finding]:
        findings = self._detect(doc, prof, watchlist, allow, by_informal_model)
        # a suggestion that would itself be flagged is not offered: the lists, cues and patterns run
        # again over the rewritten paragraph (its tokens only: the model's pass is what costs time)
        return recheck(doc.text, findings, lambda rewritten: self._detect(self.nlp.make_doc(rewritten), prof, watchlist, allow), self.rules)

    def _detect(self, doc, prof, watchlist=(), allow=(), by_informal_model=False) -> list[Finding]:
        text = doc.text
        ctx = Context(text=text, doc=doc, rules=self.rules, channel=prof.channel, by_informal_model=by_informal_model)
        cands = []
        for detect in TEXT_DETECTORS:
            cands.extend(c for c in detect(ctx) if c is not None)
        cands.extend(c for c in gazetteer.detect(ctx, self.gazetteers) if c is not None)
        if watchlist:
            cands.extend(c for c in watchlist_detector.detect(ctx, list(watchlist)) if c is not None)
        kept = settle_overlaps(cands)
        repeats = names.propagate(ctx, kept)
        if repeats:
            kept = settle_overlaps(kept + repeats)
        return to_findings(text, kept, prof, self.rules, allow)

    def _names_across_paragraphs(self, text, findings, prof, allow) -> list[Finding]:
        """A name found in one paragraph is a name in the others too ("my name is Bill" ... "Bill")."""
        ctx = Context(text=text, doc=None, rules=self.rules, channel=prof.channel)
        repeats = [c for c in names.propagate(ctx, findings) if not any(c.start < f.end and f.start < c.end for f in findings)]
        extra = to_findings(text, settle_overlaps(repeats), prof, self.rules, allow)
        return sorted(findings + extra, key=lambda f: f.start)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blank lines separate them; the breaks belong to no paragraph.
    A paragraph longer than LONG_PARAGRAPH is cut further at sentence ends, so that typing in a long
    one re-checks only its part and the time limit is checked between parts."""
    spans, start = [], 0
    for m in PARAGRAPH_BREAK.finditer(text):
        if text[start : m.start()].strip():
            spans.extend(_sentence_chunks(text, start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.extend(_sentence_chunks(text, start, len(text)))
    return spans


LONG_PARAGRAPH = 3000
SENTENCE_GAP = re.compile(r"(?<=[.!?…])\s+(?=\S)|\n\s*")


def _sentence_chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut text[start:end] at sentence gaps into parts of at most LONG_PARAGRAPH characters where
    it can (a single longer sentence stays whole)."""
    if end - start <= LONG_PARAGRAPH:
        return [(start, end)]
    parts, part_start, last_gap = [], start, None
    for m in SENTENCE_GAP.finditer(text, start, end):
        if m.start() - part_start > LONG_PARAGRAPH and last_gap is not None:
            parts.append((part_start, last_gap[0]))
            part_start = last_gap[1]
        last_gap = (m.start(), m.end())
    if end - part_start > LONG_PARAGRAPH and last_gap is not None and last_gap[1] > part_start:
        parts.append((part_start, last_gap[0]))
        part_start = last_gap[1]
    parts.append((part_start, end))
    return [(s, e) for s, e in parts if text[s:e].strip()]
