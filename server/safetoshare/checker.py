"""The Checker: one spaCy Doc per text, every detector over it, the profile applied at the end."""
from __future__ import annotations

import threading

from .detectors import affiliation, contact, dates, entities, gazetteer, names, patterns, recipient
from .detectors import watchlist as watchlist_detector
from .detectors.base import Context
from .findings import Finding
from .nlp import load_model
from .resolve import settle_overlaps, to_findings
from .ruleset import RuleSet, load_rules

# Each detector has one job; the order does not matter, overlaps are settled afterwards.
TEXT_DETECTORS = (contact.detect, dates.detect, names.detect, entities.detect, patterns.detect, affiliation.detect, recipient.detect)

MAX_TEXT_CHARS = 100_000


class TextTooLong(ValueError):
    pass


class Checker:
    def __init__(self, model: str | None = None, rules: RuleSet | None = None, rules_dir=None):
        self.model_name, self.nlp = load_model(model)
        self.rules = rules or load_rules(rules_dir)
        self.gazetteers = gazetteer.GazetteerIndex(self.nlp, self.rules)
        # spaCy pipelines are not documented as thread-safe; the server runs several threads.
        self._lock = threading.Lock()

    @property
    def profiles(self):
        return self.rules.profiles

    def profile(self, name=None):
        return self.rules.profile(name)

    def parse(self, text: str):
        with self._lock:
            return self.nlp(text)

    def check(self, text: str, profile: str | None = None, watchlist=(), allow=()) -> list[Finding]:
        if not isinstance(text, str):
            raise TypeError("text must be a string")
        if len(text) > MAX_TEXT_CHARS:
            raise TextTooLong(f"text is {len(text)} characters; the limit is {MAX_TEXT_CHARS}")
        prof = self.rules.profile(profile)
        if not text.strip():
            return []
        doc = self.parse(text)
        return self.check_doc(doc, prof, watchlist, allow)

    def check_doc(self, doc, prof, watchlist=(), allow=()) -> list[Finding]:
        text = doc.text
        ctx = Context(text=text, doc=doc, rules=self.rules, channel=prof.channel)
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
