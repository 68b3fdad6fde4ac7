"""Curated lists (hospitals, registries, teams, military, places...) matched over the shared Doc.

The lists are compiled once per process into spaCy PhraseMatchers: one on lowercase forms for
lists matched in any case, one on exact forms for case-sensitive lists. Hashtags are matched by
their joined-up form (#FredHutch, #BeTheMatch) through a dictionary of compacted entries.
"""
from __future__ import annotations

from spacy.matcher import PhraseMatcher

from ..ruleset import RuleSet
from .base import Context, camel_parts, candidate, compact

# Words before a lowercase or sentence-initial match that show a name is meant ("go hawks").
CUE_WORDS = frozenset(
    "go love in from at to near visit visiting visited watch watching watched fan fans cheer cheering "
    "live lived living moved born raised grew home near outside around".split()
)


class GazetteerIndex:
    """Everything compiled from the lists, built once per RuleSet."""

    def __init__(self, nlp, rules: RuleSet):
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.specs = {}  # match id -> GazetteerList
        self.hashtags = {}  # compact form -> GazetteerList
        tokenizer = nlp.tokenizer
        for n, gl in enumerate(rules.lists):
            key = f"gz{n}"
            self.specs[nlp.vocab.strings.add(key)] = gl
            names = [alias for entry in gl.entries for alias in entry]
            patterns = [tokenizer(name) for name in names]
            (self.exact if gl.case == "sensitive" else self.lower).add(key, patterns)
            for name in names:
                c = compact(name)
                if len(c) >= 4:
                    current = self.hashtags.get(c)
                    if current is None or gl.priority > current.priority:
                        self.hashtags[c] = gl


_INDEX_CACHE: dict[int, GazetteerIndex] = {}


def index_for(nlp, rules: RuleSet) -> GazetteerIndex:
    key = id(rules)
    if key not in _INDEX_CACHE:
        _INDEX_CACHE[key] = GazetteerIndex(nlp, rules)
    return _INDEX_CACHE[key]


def _capitalised_ok(ctx: Context, start: int, end: int) -> bool:
    """For lists of words that are also ordinary words: a capital away from a sentence start, or a cue."""
    doc = ctx.doc
    first = doc[start]
    prev = doc[start - 1].lower_ if start > 0 else ""
    if prev in CUE_WORDS or (prev == "the" and start > 1 and doc[start - 2].lower_ in CUE_WORDS):
        return True
    if not first.text[:1].isupper():
        return False
    if first.text.isupper() and len(first.text) > 3 and not ctx.text.isupper():
        return True
    return not ctx.at_sentence_start(start) or any(t.text[:1].isupper() for t in doc[start + 1 : end])


def detect(ctx: Context, index: GazetteerIndex):
    doc = ctx.doc
    common = ctx.rules.words("common_words")
    for matcher in (index.lower, index.exact):
        for match_id, start, end in matcher(doc):
            gl = index.specs[match_id]
            span = doc[start:end]
            if gl.case == "capitalised" and not _capitalised_ok(ctx, start, end):
                continue
            if len(span) == 1 and span.text.lower() in common and not span.text[:1].isupper():
                continue
            yield candidate(ctx, span.start_char, span.end_char, gl.category, gl.kind, "gazetteer:" + gl.file, priority=gl.priority)
    yield from _hashtags(ctx, index)


def _hashtags(ctx: Context, index: GazetteerIndex):
    for token in ctx.doc:
        if not token.text.startswith("#") and not (token.i > 0 and ctx.doc[token.i - 1].text == "#" and not ctx.doc[token.i - 1].whitespace_):
            continue
        body = token.text.lstrip("#")
        start = token.idx - (0 if token.text.startswith("#") else 1)
        end = token.idx + len(token.text)
        gl = index.hashtags.get(compact(body))
        if gl:
            yield candidate(ctx, start, end, gl.category, gl.kind, "gazetteer:hashtag", priority=gl.priority)
            continue
        # #SeattleStrong, #GoHawks: a known name inside the CamelCase parts
        parts = camel_parts(body)
        best = None
        for i in range(len(parts)):
            for j in range(len(parts), i, -1):
                c = compact("".join(parts[i:j]))
                hit = index.hashtags.get(c)
                if hit and len(c) >= 4 and (best is None or len(c) > best[0]):
                    best = (len(c), hit)
        if best:
            yield candidate(ctx, start, end, best[1].category, best[1].kind, "gazetteer:hashtag", priority=best[1].priority - 5)
