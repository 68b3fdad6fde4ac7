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

from spacy.attrs import IS_STOP

from .detectors import gazetteer, names
from .detectors.base import Context, looks_informal, unshouted, untitled
from .detectors.registry import DetectorPlan, load_plan
from .findings import Finding
from .language import DEFAULT, SHORT_WORDS, UNDETERMINED, LanguageDetector, name_of
from .language import WORD as WORDS
from .model_reading import SENTENCE_GAP, parts_to_read, runs, sentences
from .nlp import load_informal_model, load_model
from .resolve import settle_overlaps, to_findings
from .rewrites import recheck, recheck_all
from .ruleset import RuleSet, load_rules, read_toml

MAX_TEXT_CHARS = 100_000
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# Control characters (NUL, ESC...) glue words together for the tokenizer; the checker reads a copy
# with each replaced by a space, so offsets stay those of the text as given.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
DETECT_CHARS = 400  # the language of a text or paragraph is told from its start (cost grows with length; 400 characters tell as well as 3,000 on our corpora)


class TextTooLong(ValueError):
    pass


class CheckTimeout(TimeoutError):
    pass


class UnknownLanguage(ValueError):
    pass


@dataclasses.dataclass
class Unchecked:
    """A part written in a language we do not read: only language-independent checks ran there."""

    start: int
    end: int
    language: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "language": self.language, "language_name": name_of(self.language)}


@dataclasses.dataclass
class Checked:
    findings: list[Finding]
    language: str  # the text's language (the first part's, for a text in several)
    supported: bool
    unchecked: list[Unchecked]


@dataclasses.dataclass
class Reader:
    """What reads one language: its rules, its spaCy pipeline, its compiled lists and its detectors."""

    language: str
    rules: RuleSet
    nlp: object
    model_name: str
    detectors: list
    gazetteers: object = None
    informal_nlp: object = None
    stop_word: object = None  # the language's stop-word test on a string (lines in Title Case are told by them)


class Checker:
    def __init__(self, model: str | None = None, rules: RuleSet | None = None, rules_dir=None, cache_size: int = 512, informal_model: str | None = None):
        self.rules = rules or load_rules(rules_dir)
        by_language = {code: self.rules.for_language(code) for code in self.rules.languages}
        self.plan: DetectorPlan = load_plan(self.rules.root, read_toml, self.rules.languages, {c: r.tables for c, r in by_language.items()})
        self.languages = self.rules.languages
        self.language_detector = LanguageDetector({c: r.words("dictionary_words") | r.words("chat_words") for c, r in by_language.items()},
                                                  markers={c: frozenset(r.about.get("function_words", ())) for c, r in by_language.items()},
                                                  read_as={other: c for c, r in by_language.items() for other in r.about.get("reads_amid", ())})
        # spaCy pipelines and matchers are not documented as thread-safe; the server runs threads.
        self._lock = threading.RLock()
        self._cache: OrderedDict = OrderedDict()
        self._cache_size = cache_size
        self._readers: dict[str, Reader] = {}
        self._readers[DEFAULT] = self._make_reader(DEFAULT, model, informal_model)

    # The English reader's parts, as attributes (the benchmarks and tests reach for them)
    @property
    def nlp(self):
        return self._readers[DEFAULT].nlp

    @nlp.setter
    def nlp(self, value):
        self._readers[DEFAULT].nlp = value

    @property
    def model_name(self) -> str:
        return self._readers[DEFAULT].model_name

    @property
    def informal_nlp(self):
        return self._readers[DEFAULT].informal_nlp

    @property
    def gazetteers(self):
        return self._readers[DEFAULT].gazetteers

    @property
    def profiles(self):
        return self.rules.profiles

    def profile(self, name=None):
        return self.rules.profile(name)

    def _make_reader(self, code: str, model: str | None = None, informal_model: str | None = None) -> Reader:
        """A language's reader; a language we do not read gets a plain tokenizer and the
        language-independent detectors only."""
        if code not in self.languages:
            import spacy

            nlp = spacy.blank("xx")
            return Reader(code, self.rules, nlp, "xx (tokenizer only)", self.plan.for_language(code, supported=False))
        rules = self.rules.for_language(code)
        name, nlp = load_model(model, code, tuple(rules.about.get("models", ())))
        informal_nlp = None
        if rules.about.get("informal_model"):
            # the NER component trained for lowercase, shouted and slangy posts, sharing the main vocab
            informal_nlp = load_informal_model(informal_model, vocab=nlp.vocab)
        gazetteers = gazetteer.GazetteerIndex(nlp, rules) if rules.lists else None
        return Reader(code, rules, nlp, name, self.plan.for_language(code), gazetteers, informal_nlp, nlp.vocab.lex_attr_getters.get(IS_STOP))

    def reader(self, code: str) -> Reader:
        """The reader for a language, made on first use (French loads when the first French text comes)."""
        key = code if code in self.languages else "xx"
        with self._lock:
            if key not in self._readers:
                self._readers[key] = self._make_reader(key)
            reader = self._readers[key]
        return reader

    def parse(self, text: str):
        with self._lock:
            return self.nlp(text)

    def check(self, text: str, profile: str | None = None, watchlist=(), allow=(), timeout: float | None = None, language: str | None = None) -> list[Finding]:
        """Findings for `text` under `profile`; `timeout` seconds bound the work (CheckTimeout)."""
        return self.check_text(text, profile, watchlist, allow, timeout, language).findings

    def detect_language(self, text: str) -> str:
        verdict = self.language_detector.detect(text[:DETECT_CHARS])
        return DEFAULT if verdict.language == UNDETERMINED else verdict.language

    def check_text(self, text: str, profile: str | None = None, watchlist=(), allow=(), timeout: float | None = None, language: str | None = None) -> Checked:
        """Findings, the language and the parts not checked. `language`: a code, or None/"auto" to tell
        it from the text (each paragraph on its own when there are several)."""
        if not isinstance(text, str):
            raise TypeError("text must be a string")
        if len(text) > MAX_TEXT_CHARS:
            raise TextTooLong(f"text is {len(text)} characters; the limit is {MAX_TEXT_CHARS}")
        if language in (None, "", "auto"):
            language = None
        elif not isinstance(language, str) or not re.fullmatch(r"[a-z]{2}", language):
            raise UnknownLanguage("language must be a two-letter ISO 639-1 code such as en or fr, or auto")
        prof = self.rules.profile(profile)
        if not text.strip():
            return Checked([], language or DEFAULT, (language or DEFAULT) in self.languages, [])
        deadline = None if timeout is None else time.monotonic() + timeout
        watch, allowed = tuple(watchlist), tuple(allow)
        original, text = text, CONTROL.sub(" ", text)
        pieces = paragraphs(text)
        overall = language or self.detect_language(text)
        langs = [overall] * len(pieces)
        if language is None:
            pieces, langs = self._pieces_by_language(text, pieces, overall)
        findings = []
        for code in dict.fromkeys(langs):
            idx = [i for i, lang in enumerate(langs) if lang == code]
            reader = self.reader(code)
            results = self._check_pieces([text[pieces[i][0] : pieces[i][1]] for i in idx], prof, watch, allowed, reader, deadline)
            for i, piece_findings in zip(idx, results):
                start = pieces[i][0]
                findings.extend(dataclasses.replace(f, start=f.start + start, end=f.end + start) for f in piece_findings)
        findings.sort(key=lambda f: f.start)
        if len(pieces) > 1 and overall in self.languages:
            findings = self._names_across_paragraphs(text, findings, prof, allowed, self.rules.for_language(overall))
        if original is not text:
            findings = [dataclasses.replace(f, text=original[f.start : f.end]) for f in findings]
        unchecked = []
        for (s, e), code in zip(pieces, langs):
            if code not in self.languages:
                if unchecked and unchecked[-1].language == code and not text[unchecked[-1].end : s].strip():
                    unchecked[-1].end = e
                else:
                    unchecked.append(Unchecked(s, e, code))
        return Checked(findings, overall, overall in self.languages, unchecked)

    def _pieces_by_language(self, text: str, pieces, overall: str):
        """Each paragraph's language; a paragraph whose lines are in different languages (rich editors
        break lines with a single newline: "Thank you so much!" then "Liebe Grüße aus München...") is
        cut at its line breaks where the language changes."""
        out_pieces, out_langs = [], []
        for s, e in pieces:
            lang = self._piece_language(text[s:e], overall) if len(pieces) > 1 else overall
            lines = list(_lines(text, s, e))
            if len(lines) > 1:
                line_langs = [self._piece_language(text[a:b], lang) for a, b in lines]
                if len(set(line_langs)) > 1:
                    for (a, b), line_lang in zip(lines, line_langs):
                        if out_langs and out_langs[-1] == line_lang and out_pieces[-1][1] >= s:
                            out_pieces[-1] = (out_pieces[-1][0], b)
                        else:
                            out_pieces.append((a, b))
                            out_langs.append(line_lang)
                    continue
            out_pieces.append((s, e))
            out_langs.append(lang)
        return out_pieces, out_langs

    def _piece_language(self, piece: str, overall: str) -> str:
        """A paragraph's own language when it says enough to tell ("Love, Marguerite" closing an English
        letter stays English; a German paragraph of its own is German)."""
        if len(WORDS.findall(piece, 0, 200)) < SHORT_WORDS:
            return overall
        verdict = self.language_detector.detect(piece[:DETECT_CHARS])
        return overall if verdict.language == UNDETERMINED else verdict.language

    def _check_pieces(self, texts: list[str], prof, watch, allow, reader: Reader, deadline=None) -> list[list[Finding]]:
        """Findings for each paragraph: cached ones from the cache, the others parsed together
        (spaCy's nlp.pipe batches them, about a fifth faster than one by one)."""
        keys = [(t, prof.id, watch, allow, reader.language) for t in texts]
        with self._lock:
            results = [self._cache.get(k) for k in keys]
            todo = [i for i, r in enumerate(results) if r is None]
            # shouted runs are read in lowercase (detectors.base.unshouted) where a model made for lowercase posts reads
            # them; the findings quote the text as written
            # and so are lines where every word has a capital (detectors.base.untitled)
            reading = [untitled(unshouted(texts[i]), reader.stop_word) if reader.informal_nlp and reader.stop_word else texts[i] for i in todo]
            found = []
            for read, (doc, by_informal_model) in zip(reading, self._parse_all(reading, reader)):
                if deadline is not None and time.monotonic() > deadline:
                    raise CheckTimeout("the check took too long")
                found.append(self._detect(doc, prof, watch, allow, by_informal_model, reader, read))
            # the paragraphs' suggestions are checked again together (see check_doc)
            found = recheck_all(reading, found, lambda jobs: self._detect_around(jobs, prof, watch, allow, reader), reader.rules)
            for i, read, piece_findings in zip(todo, reading, found):
                results[i] = piece_findings if read == texts[i] else _as_written(piece_findings, texts[i], read)
                self._cache[keys[i]] = results[i]
            for k in keys:
                self._cache.move_to_end(k)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return results

    def _parse_all(self, texts: list[str], reader: Reader):
        """(doc, read by the informal-post model?) for each text, in order. A paragraph written informally
        (mostly lowercase) is read by the informal-post model alone: one model pass per paragraph. Tidy text
        is read by the main model, which knows it best."""
        informal = [bool(reader.informal_nlp) and looks_informal(t) for t in texts]
        tidy = [t for t, inf in zip(texts, informal) if not inf]
        tidy_docs = iter(self._read_tidy(tidy, reader) if tidy else ())
        informal_docs = _pipe(reader.informal_nlp, [t for t, inf in zip(texts, informal) if inf]) if reader.informal_nlp else iter(())
        for inf in informal:
            yield (next(informal_docs), True) if inf else (next(tidy_docs), False)

    def _read_tidy(self, texts: list[str], reader: Reader) -> list:
        """Docs of tidy paragraphs, the main model reading only the sentences that need it (model_reading)."""
        plain = Context(text="", doc=None, rules=reader.rules).plain_word
        plans = [parts_to_read(t, plain) for t in texts]
        whole = _pipe(reader.nlp, [t for t, p in zip(texts, plans) if p is None])
        pieces = [(n, s, e) for n, p in enumerate(plans) if p for s, e in p]
        read = _pipe(reader.nlp, [texts[n][s:e] for n, s, e in pieces])
        found: dict[int, list] = {}
        for (n, s, _), piece in zip(pieces, read):
            found.setdefault(n, []).extend((s + ent.start_char, s + ent.end_char, ent.label_) for ent in piece.ents)
        docs = []
        for n, (text, plan) in enumerate(zip(texts, plans)):
            if plan is None:
                docs.append(next(whole))
                continue
            doc = reader.nlp.make_doc(text)
            spans = [doc.char_span(a, b, label=label, alignment_mode="contract") for a, b, label in found.get(n, ())]
            doc.ents = [sp for sp in spans if sp is not None and len(sp)]
            docs.append(doc)
        return docs

    def check_doc(self, doc, prof, watchlist=(), allow=(), by_informal_model=False, reader: Reader | None = None, text: str | None = None) -> list[Finding]:
        """Findings for a parsed paragraph; `text`, when given, is doc.text (which spaCy joins anew on each call)."""
        reader = reader or self._readers[DEFAULT]
        text = doc.text if text is None else text
        findings = self._detect(doc, prof, watchlist, allow, by_informal_model, reader, text)
        # a suggestion that would itself be flagged is not offered: the lists, cues and patterns run
        # again over the sentences of the rewritten paragraph that hold a rewrite (their tokens only: the
        # model's pass is what costs time)
        return recheck(text, findings, lambda rewritten, regions: self._detect_around([(rewritten, regions)], prof, watchlist, allow, reader)[0],
                       reader.rules)

    def _detect_around(self, jobs, prof, watchlist, allow, reader: Reader) -> list[list]:
        """For each (text, regions) of `jobs`, the findings (start, end in that text) in the sentences that hold one
        of its regions. The stretches of all the texts are read as one, a blank line between them: a run of the
        detectors costs about as much for a few words as for a paragraph (the lists' and cues' reach is a few words
        and stops at a blank line)."""
        out = [[] for _ in jobs]
        # rewrites of plain words only ("my city", not "il y a 2 ans"): the detectors of figures, contact details and the
        # other party's details cannot take them for their own
        plain = [not any(ch.isdigit() for s, e in regions for ch in text[s:e]) for text, regions in jobs]
        for group in (True, False):
            stretches, parts, pos = [], [], 0
            for n, (text, regions) in enumerate(jobs):
                if plain[n] is group:
                    for s, e in _windows(text, regions):
                        if parts:
                            parts.append(STRETCH_GAP)
                            pos += len(STRETCH_GAP)
                        stretches.append((pos, pos + e - s, n, s))
                        parts.append(text[s:e])
                        pos += e - s
            if not stretches:
                continue
            joined = "".join(parts)
            for f in self._detect(reader.nlp.make_doc(joined), prof, watchlist, allow, False, reader, joined, plain_rewrites=group):
                # the stretch the finding lies in (one across a gap is of no text)
                for a, b, n, s in stretches:
                    if a <= f.start and f.end <= b:
                        out[n].append(dataclasses.replace(f, start=f.start - a + s, end=f.end - a + s))
                        break
        return out

    def _detect(self, doc, prof, watchlist=(), allow=(), by_informal_model=False, reader: Reader | None = None, text: str | None = None,
                plain_rewrites: bool = False) -> list[Finding]:
        reader = reader or self._readers[DEFAULT]
        text = doc.text if text is None else text
        ctx = Context(text=text, doc=doc, rules=reader.rules, channel=prof.channel, by_informal_model=by_informal_model,
                      language=reader.language, gazetteers=reader.gazetteers, watchlist=tuple(watchlist))
        cands = []
        feasts = bool(ctx.indices_of(ctx.saint_titles))  # a feast day needs a saint's title: most texts have none to look for
        for detector in reader.detectors:
            if plain_rewrites and not detector.rereads_rewrites:
                continue  # around rewrites of plain words, only what plain words can set off
            cands.extend(c for c in detector.run(ctx) if c is not None and not (feasts and c.category in SAINT_NAMED and ctx.feast_day(c.start, c.end)))
        if ctx.medical_spans:  # "started Zofran", "ANC 0.4": a medicine or a count, whichever detector took it for a name
            cands = [c for c in cands if c.category not in CARE_WORD_CLASHES or not ctx.medical(c.start, c.end)]
        if ctx.switches_language:  # "salamat po sa lahat", "pero worth it": the other language's words, no one's name
            # an uncued name made of that language's words a list holds as names too ("ya no más luz") is that language's words
            cands = [c for c in cands if c.category not in CARE_WORD_CLASHES
                     or not ctx.in_switched_language(c.start, c.end, named_too=c.category == "personal_name" and c.priority < CUED)
                     or c.priority >= CUED and " " not in ctx.text[c.start : c.end].strip()]
        kept = settle_overlaps(cands)
        repeats = names.propagate(ctx, kept)
        if repeats:
            kept = settle_overlaps(kept + repeats)
        return to_findings(text, kept, prof, reader.rules, allow)

    def _names_across_paragraphs(self, text, findings, prof, allow, rules) -> list[Finding]:
        """A name found in one paragraph is a name in the others too ("my name is Bill" ... "Bill")."""
        ctx = Context(text=text, doc=None, rules=rules, channel=prof.channel)
        repeats = [c for c in names.propagate(ctx, findings) if not any(c.start < f.end and f.start < c.end for f in findings)]
        if not repeats:
            return findings  # already in order; nothing to settle or rewrite
        extra = to_findings(text, settle_overlaps(repeats), prof, rules, allow)
        return sorted(findings + extra, key=lambda f: f.start)


def _pipe(nlp, texts: list[str]):
    """Docs of `texts` by nlp.pipe (batched); no pipe set up for none (a post is one text, read by one of the models)."""
    return iter(nlp.pipe(texts, batch_size=64)) if texts else iter(())


def _as_written(findings: list[Finding], text: str, read: str) -> list[Finding]:
    """Findings made on the text's reading in lowercase (shouted runs, lines in Title Case), quoting `text` itself; a
    rewrite of shouted words is shouted, one of words in Title Case opens with a capital ("Little Poppy" -> "Someone")."""
    for f in findings:
        if f.start is None:
            continue
        f.text = text[f.start : f.end]
        if f.text.isupper() and sum(ch.isalpha() for ch in f.text) > 1:
            f.suggestions = [s if s.startswith("#") else s.upper() for s in f.suggestions]
        elif f.text != read[f.start : f.end] and f.text[:1].isupper():
            f.suggestions = [s[:1].upper() + s[1:] for s in f.suggestions]
    return findings


# what a saint's name in a feast day ("St David's Day") would otherwise be taken for
SAINT_NAMED = frozenset({"personal_name", "organization", "location"})
# what a medicine's name, a count's short form or a word of another language is taken for (Context.medical,
# Context.in_switched_language)
# one word a cue right beside it finds as a name (a thank-you, a family word, a title: "shoutout dodong") keeps its word of
# the language a post switches into; a run of its words stays the language's ("pa rin": "pa" is a family word too)
CUED = 70
CARE_WORD_CLASHES = frozenset({"personal_name", "organization", "location", "affiliation"})


def _windows(text: str, regions) -> list[tuple[int, int]]:
    """Where to look again after rewriting: for each run of sentences of `text` holding one of `regions`
    (start, end), the stretch from REACH characters before its first region to REACH after its last, cut
    at a space. The lists' and cues' reach is a few words, so a rewrite cannot change a finding further off
    (every finding of the corpora's checks is the same as with whole sentences)."""
    def holds(s, e, rs, re_):
        return s < re_ and rs < e or rs == re_ and s <= rs <= e

    spans = sentences(text)
    out = []
    for s, e in runs(spans, [any(holds(s, e, rs, re_) for rs, re_ in regions) for s, e in spans]):
        first = min(max(rs, s) for rs, re_ in regions if holds(s, e, rs, re_))
        last = max(min(re_, e) for rs, re_ in regions if holds(s, e, rs, re_))
        if first - REACH > s:
            s = text.find(" ", first - REACH, first) + 1 or s
        if last + REACH < e:
            cut = text.rfind(" ", last, last + REACH)
            e = cut if cut > last else e
        out.append((s, e))
    return out


# characters read again on either side of a rewrite
REACH = 60
# between the stretches read again together: a paragraph break
STRETCH_GAP = "\n\n"


def _lines(text: str, start: int, end: int):
    """(start, end) of each non-blank line of text[start:end]."""
    pos = start
    for m in re.finditer(r"\n", text[start:end]):
        stop = start + m.start()
        if text[pos:stop].strip():
            yield pos, stop
        pos = start + m.end()
    if text[pos:end].strip():
        yield pos, end


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
