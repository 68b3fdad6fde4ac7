"""Which language a draft (or a part of it) is written in.

lingua-language-detector (models inside its wheel, made for short text) reads the letters; its
low-accuracy mode over a few candidate languages costs about 20 MB and 1 ms a text, so it is asked
only where the words of the languages we read do not settle the question by themselves. Posts are short
and full of names, slang and emoji, where any detector guesses: so a language other than the default
is chosen only on clear evidence, and for short texts the word lists of the languages we read vote
too ("thank u so much" is English even when the letters alone look Dutch).
"""
from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass

DEFAULT = "en"
UNDETERMINED = "und"

# ISO 639-1 -> English name, for the languages the detector tells apart (the ones donors most often
# write in besides English and French: the big registries' countries).
NAMES = {
    "en": "English",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "nl": "Dutch",
    "pt": "Portuguese",
    "pl": "Polish",
    "sv": "Swedish",
    "da": "Danish",
    "nb": "Norwegian",
    "tr": "Turkish",
    "cs": "Czech",
    "vi": "Vietnamese",
}
# Languages written in Latin letters amid English by donors' families ("salamat po sa lahat", "asante sana"): lingua
# tells them apart (else it takes them for whichever of the languages above their letters look like), and a language
# we read that lists them (<lang>/language.toml reads_amid) reads them, since "not checked" would let every name through
MIXED_IN = {
    "tl": "Tagalog",
    "ms": "Malay",
    "id": "Indonesian",
    "sw": "Swahili",
    "yo": "Yoruba",
    "zu": "Zulu",
    "xh": "Xhosa",
    "st": "Sotho",
    "tn": "Tswana",
    "sn": "Shona",
    "lg": "Ganda",
    "so": "Somali",
    "mi": "Maori",
}
# Codes a request may name: the detectable ones plus any other two-letter code (answered honestly as
# not supported).
CODE = re.compile(r"^[a-z]{2}$")

# links (also bare domains: gofund.me/4f2a), emails, handles, hashtags and numbers say nothing of the language
NOISE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|\b[\w-]+(?:\.[\w-]+)+/\S*|[@#][\w.]+|\d+", re.UNICODE)
WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)  # words of two letters or more ("lola's" -> "lola")
SHORT_WORDS = 6  # below this many words, the word lists decide among the languages we read
MARGIN = 0.15  # how much more of its words another language we read needs over the default
SEEN = 1024  # texts whose language is remembered (never written anywhere: memory only)
CLEAR = 0.80  # lingua's confidence needed to leave the default for another language
DEFAULT_SHARE = 0.6  # a short text mostly of the default language's words stays in it, whatever its letters look like
MARKERS, MARKER_SHARE = 2, 0.10  # distinct function words of a language we read, and their share of the words, that keep it


def name_of(code: str) -> str:
    return NAMES.get(code) or MIXED_IN.get(code, code)


@dataclass(frozen=True)
class Verdict:
    language: str  # ISO 639-1, or "und" when there are too few words to tell
    confidence: float


class LanguageDetector:
    """Tells the language of a text. `supported` are the languages the checker reads, each with a
    lowercase word set (its dictionary and chat words): the share of a text's words in each decides
    between them, and settles short texts."""

    def __init__(self, supported: dict[str, frozenset[str]], default: str = DEFAULT, markers: dict[str, frozenset[str]] | None = None,
                 read_as: dict[str, str] | None = None):
        self.supported = supported
        # a language lingua tells apart (MIXED_IN) -> the language we read it in
        self.read_as = {code: reader for code, reader in (read_as or {}).items() if code in MIXED_IN and reader in supported}
        # each language's function words no other language we meet writes ("the", "my", "after"): see _marked
        self.markers = {code: words for code, words in (markers or {}).items() if words}
        self.default = default
        self._lingua = None
        self._lock = threading.Lock()
        self._seen: OrderedDict[str, Verdict] = OrderedDict()
        self._build_lock = threading.Lock()

    def _detector(self):
        with self._build_lock:
            if self._lingua is None:
                from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

                langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in [*NAMES, *self.read_as]]
                self._lingua = LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()
            return self._lingua

    def detect(self, text: str) -> Verdict:
        """The text's language; remembered for the last texts seen (while someone types, the same
        paragraphs come again with every check)."""
        with self._lock:
            known = self._seen.get(text)
            if known is not None:
                self._seen.move_to_end(text)
                return known
        verdict = self._detect(text)
        if verdict.language in self.read_as:
            verdict = Verdict(self.read_as[verdict.language], verdict.confidence)
        with self._lock:
            self._seen[text] = verdict
            while len(self._seen) > SEEN:
                self._seen.popitem(last=False)
        return verdict

    def _detect(self, text: str) -> Verdict:
        plain = NOISE.sub(" ", text)
        words = [w.lower() for w in WORD.findall(plain)]
        if len(words) < 2 and sum(len(w) for w in words) < 8:
            return Verdict(UNDETERMINED, 0.0)
        if len(words) < SHORT_WORDS:
            scores = self._scores(plain)
            return self._short(plain, words, scores, max(scores, key=scores.get))
        votes = {code: sum(w in known for w in words) / len(words) for code, known in self.supported.items()}
        best_listed = max(votes, key=lambda c: (votes[c], c == self.default))
        # between the languages we read, their words decide (English and French texts differ by 0.25 or
        # more in the share of their words on our corpora); the default unless another clearly leads
        listed = best_listed if votes[best_listed] - votes.get(self.default, 0) >= MARGIN else self.default
        if votes[listed] >= (0.5 if listed == self.default else 0.6):
            # mostly words of a language we read (an English post full of names the letters take for Dutch);
            # French shares more words with Spanish and Italian than English does, so it needs more of them.
            # Whatever the letters say, the words decide here, so lingua is not asked (most of our texts).
            return Verdict(listed, votes[listed])
        scores = self._scores(plain)
        best = max(scores, key=scores.get)
        if best in self.supported:
            return Verdict(listed, votes[listed])
        marked = self._marked(words)
        if marked:
            return Verdict(marked, votes.get(marked, 0.0))
        if scores[best] < CLEAR:
            return Verdict(self.default, scores.get(self.default, 0.0))
        return Verdict(best, scores[best])

    def _marked(self, words: list[str]) -> str | None:
        """A language we read whose own function words run through the text ("langar at dasmesh darbar after the swab
        drive, waheguru ji ka khalsa..."): an English post with words of a language lingua does not know (Punjabi,
        Yoruba, Tagalog), which it would otherwise take for whichever of its languages the letters look like."""
        found = {code: {w for w in words if w in marks} for code, marks in self.markers.items()}
        found = {code: hits for code, hits in found.items() if len(hits) >= MARKERS and sum(w in hits for w in words) >= MARKER_SHARE * len(words)}
        if not found:
            return None
        return max(found, key=lambda c: (len(found[c]), c == self.default))

    def _scores(self, plain: str) -> dict[str, float]:
        """lingua's confidence in each language for the letters of the text."""
        return {v.language.iso_code_639_1.name.lower(): v.value for v in self._detector().compute_language_confidence_values(plain)}

    def _short(self, plain: str, words: list[str], scores: dict, best: str) -> Verdict:
        """A few words: the letters alone mislead, so the words decide: those only one language we read
        has ("merci", "bisous" against "thanks"), names left out (capitalised words after the first), and
        words both have ("ok", "love") count for neither. Without such words, only clear letters decide;
        else the language stays undetermined (the text's, or the default)."""
        capitals = [w for w in WORD.findall(plain)[1:] if w[:1].isupper()]
        # in a Title Case line every word has a capital: they are its words, not names ("Mac And Cheese Recipe")
        title_case = len(words) >= 3 and len(capitals) >= len(words) - 1
        named = set() if title_case else {w.lower() for w in capitals}
        plain_words = [w for w in words if w not in named] or words
        own = {code: sum(w in known and not any(w in other for c, other in self.supported.items() if c != code) for w in plain_words) / len(plain_words)
               for code, known in self.supported.items()}
        lead = max(own, key=lambda c: (own[c], c == self.default))
        if own[lead] >= 0.5 and all(own[lead] > v for c, v in own.items() if c != lead):
            return Verdict(lead, own[lead])
        if best in self.supported and scores[best] >= 0.9 and (best == self.default or own[best] > own.get(self.default, 0)):
            return Verdict(best, scores[best])  # "Greffée le 02/11/2023 à Nantes.": words we do not list, letters clear
        # "cheers jono for the lift" looks Dutch by its letters; most of its words are English ones (which French may
        # share: "for", "lift"), so it is no Dutch text
        default_share = sum(w in self.supported.get(self.default, ()) for w in plain_words) / len(plain_words)
        if best not in self.supported and scores[best] >= 0.95 and max(own.values()) < 0.5 and default_share < DEFAULT_SHARE:
            return Verdict(best, scores[best])
        return Verdict(UNDETERMINED, 0.0)
