"""What every detector gets: the text, its one spaCy Doc, the rules, and small shared helpers."""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from spacy.attrs import IS_STOP

from ..findings import Candidate
from ..ruleset import RuleSet
from .words import words_pattern

# "i'm", "i was": the pronoun in lowercase marks informal writing where capitals mean little
LOWERCASE_I = re.compile(r"(?:^|[\s(])i(?:'m|’m|'ve|’ve|'ll|'d)?\s")
WORD = re.compile(r"[^\W\d_]+")
FIGURE = re.compile(r"\d")
ASCII_WORD = re.compile(r"\w+")
# "lmaooo", "soooo": letters stretched for emphasis
STRETCHED = re.compile(r"(\w)\1{2,}")
SHOUTED_WORD = re.compile(r"\b[^\W\d_a-zà-ÿ]{2,}\b")
SENTENCE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*)([A-Za-zÀ-ÖØ-öø-ÿ])")
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays".split()
)
CALENDAR = frozenset("january february march april may june july august september october november december".split()) | WEEKDAYS
# "4:58pm", "10.30am", "7 pm", "0900hrs": a time of day names no place and no organisation
CLOCK_TIME = re.compile(r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|hrs|h)?|\d{1,2}[:.]\d{2}", re.IGNORECASE)
SENTENCE_END = frozenset({".", "!", "?", "\n", ":", ";", "…"})
# the possessive ending as the tokenizer splits it off ("kemi" "'s")
POSSESSIVE = frozenset({"'s", "’s"})


HEAD_WORD = re.compile(r"[^\W_]+|[^\w\s]")


def _heads(names) -> frozenset[str]:
    """The first word of each name, as a token would read it ("grey" of "grey's anatomy")."""
    return frozenset(m.group() for m in map(HEAD_WORD.match, names) if m)


def _medical_pattern(rules):
    """The medicines and the short forms of counts that need no figure after them, as one regex (Context.medical_spans)."""
    return words_pattern(rules.words_as_written("medicines") | rules.words_as_written("lab_terms"))


def _medical_heads(rules) -> frozenset[str]:
    """A word each medicine or short form opens with, as the tokenizer may cut it ("mag" of "mag-ox"; "g-csf" whole): a
    text holding none of them is not searched."""
    heads = set()
    for name in rules.words("medicines") | rules.words("lab_terms"):
        heads.add(name.split()[0])
        first_run = re.match(r"[^\W_]+", name)
        if first_run:
            heads.add(first_run.group())
    return frozenset(heads)


def _other_language_words(rules) -> frozenset[str]:
    """The common words and the particles of other languages, joined once per rules (Context.switches_language)."""
    return rules.words("other_language_words") | rules.words("other_language_particles")


def _brand_heads(rules) -> frozenset[str]:
    return _heads(rules.words("consumer_brands") | rules.words("consumer_brand_words"))


def _strict_brand_heads(rules) -> frozenset[str]:
    return _heads(rules.words("consumer_brands"))


def _thing_heads(rules) -> frozenset[str]:
    return _heads(rules.words("place_named_things"))


def _work_heads(rules) -> frozenset[str]:
    return _heads(rules.words("public_works"))


def _title_work_cues(rules) -> frozenset[str]:
    """The work cues that make a title the employer: not a game's "boss" or a racing game's "driver" (work_words_in_titles
    of rules/<lang>/words/gazetteer.toml)."""
    return rules.work_cues - frozenset((rules.table("gazetteer") or {}).get("work_words_in_titles", ()))


# everyday words in Title Case mid-sentence that mark a writer who capitalises for emphasis (Context.emphatic_capitals)
EMPHATIC_WORDS = 3
# a sentence's end with more words after it: no headline holds one
SENTENCE_INSIDE = re.compile(r"[.!?…]+[\s\"'”’)]+[\w\"'“‘(]")
# a chapter and verse after a word ("Jeremiah 29:11", "Psalm 23:4"): the word is a book of scripture, no one's name
SCRIPTURE_VERSE = re.compile(r"\s*\d{1,3}:\d{1,3}(?:[-–]\d{1,3})?\b")


@dataclass
class Context:
    text: str
    doc: object  # spacy.tokens.Doc, shared by all detectors
    rules: RuleSet
    channel: str = "letter"
    by_informal_model: bool = False  # doc was read by the informal-post NER component (detectors/informal.py maps its entities)
    language: str = "en"  # the language the text was read in (rules is that language's view)
    gazetteers: object = None  # the language's compiled lists (detectors.gazetteer.GazetteerIndex), if any
    watchlist: tuple[str, ...] = ()  # the user's own words to find

    @cached_property
    def tokens(self) -> list:
        """The Doc's tokens made once: each doc[i] builds a new Python object, and every detector walks them."""
        return list(self.doc)

    @cached_property
    def _words_around_names(self) -> dict:
        """The language's words read around names and titles (rules/<lang>/words/gazetteer.toml; sung_verbs, saint_titles,
        feast_words, day_services): none for a language without them."""
        return self.rules.table("gazetteer") or {}

    @cached_property
    def name_words(self) -> dict:
        """The language's words read around names (rules/<lang>/words/names.toml: phrase_joiners, lone_articles,
        writer_possessives...): none for a language without them."""
        return self.rules.table("names") or {}

    @property
    def saint_titles(self) -> frozenset[str]:
        """"st", "saint", "santa": a name after one is a saint's (a place, a church, a feast day)."""
        return self._words_around_names.get("saint_titles", frozenset())

    @cached_property
    def token_starts(self) -> list[int]:
        return [t.idx for t in self.tokens]

    @cached_property
    def lowers(self) -> list[str]:
        """Each token's lower_, read once per doc (a Token attribute builds its string anew on each read)."""
        return [t.lower_ for t in self.tokens]

    def indices_of(self, words, end: int | None = None) -> list[int]:
        """The indices of the tokens (of tokens[:end]) whose lower_ is one of `words`, in order: a finder that
        starts only from such words skips the others (one set operation over the text's distinct words)."""
        where = self.where_words
        hits = self.indices_words(words)
        if not hits:
            return []
        if len(hits) == 1:
            found = list(where[next(iter(hits))])
        else:
            found = [i for w in hits for i in where[w]]
            found.sort()
        if end is None:
            return found
        end = end + len(self.lowers) if end < 0 else end
        return [i for i in found if i < end]

    @cached_property
    def where_words(self) -> dict[str, list[int]]:
        """Each token's lower_ and where it stands."""
        where: dict[str, list[int]] = {}
        for i, low in enumerate(self.lowers):
            where.setdefault(low, []).append(i)
        return where

    @cached_property
    def token_ends_ws(self) -> list[int]:
        """Where each token's text_with_ws ends: text[token_starts[a] : token_ends_ws[b - 1]] is tokens a..b-1
        joined with their spaces (the text is the Doc's)."""
        return [t.idx + len(t.text_with_ws) for t in self.tokens]

    @cached_property
    def has_figure(self) -> bool:
        """The text holds a figure (\\d): what every date, phone number and postcode pattern needs."""
        return FIGURE.search(self.text) is not None

    @cached_property
    def ascii_words(self) -> frozenset[str] | None:
        """The runs of word characters of an ASCII text, lowercase (None for a text with other characters): a word
        of an IGNORECASE pattern's \\b...\\b can match only where it is one of them."""
        return frozenset(ASCII_WORD.findall(self.text.lower())) if self.text.isascii() else None

    @cached_property
    def informal(self) -> bool:
        """Mostly lowercase writing (posts): capitalisation is no evidence either way."""
        return looks_informal(self.text, self.language, lowercase_opening=True)

    @cached_property
    def lowercase_names(self) -> bool:
        """Names may be typed in lowercase here: informal writing, or any English post (a post in tidy case still types a
        friend's name in lowercase: "Hammer fam please say a prayer for ava")."""
        return self.informal or self.channel == "post" and self.language == "en"

    @cached_property
    def emphatic_capitals(self) -> bool:
        """The writer capitalises everyday words for emphasis ("Thank You for the Cards and Prayers, the Nurses are
        Angels"): EMPHATIC_WORDS or more words that English uses often, in Title Case inside a sentence, that are no
        first name of the lists, no month or weekday. A capital says little of names there."""
        r = self.rules
        frequent, names = r.words("frequent_words"), r.built(_first_names_all)
        doc, seen = self.tokens, set()

        def capital(i: int) -> bool:
            return 0 <= i < len(doc) and doc[i].text[:1].isupper()

        for tok in doc:
            t, low = tok.text, tok.lower_
            # alone: a capital beside capitals is part of a name ("Royal University Hospital", "Ford Curling Centre")
            if (len(t) > 2 and t[0].isupper() and t[1:].islower() and low in frequent and low not in names and low not in CALENDAR
                    and not capital(tok.i - 1) and not capital(tok.i + 1) and not self.at_sentence_start(tok.i)):
                seen.add(low)
                if len(seen) >= EMPHATIC_WORDS:
                    return True
        return False

    def shouted(self, i: int) -> bool:
        """Token i is in capitals next to other words in capitals ("GO MOM GO"): no acronym or initials."""
        toks = self.tokens
        if not toks[i].text.isupper():
            return False
        near = [t for t in (_word_beside(toks, i, -1), _word_beside(toks, i, 1)) if t is not None]
        return any(t.text.isupper() and len(t.text) > 1 for t in near)

    def chat_word(self, word: str) -> bool:
        """A chat word, however stretched ("lmaooo", "gooooo"), lowercase."""
        chat = self.rules.words("chat_words")
        return word in chat or STRETCHED.sub(r"\1", word) in chat

    def plain_word(self, word: str) -> bool:
        """An ordinary word (dictionary, chat slang, month or weekday): no name on its own."""
        w = word.lower()
        return len(w) <= 2 or w in CALENDAR or w in self.rules.words("dictionary_words") or w in self.rules.words("chat_words")

    def other_language(self, tokens) -> bool:
        """The words are a phrase of another language or a dish ("Alhamdulillah", "Danke schön", "ka pai", "de verdad"):
        each one a common word of another language, a listed expression or dish, or an English stop word, at least one
        of them foreign, and none a first name from anywhere (names stay names)."""
        foreign, names = self.rules.words("other_language_words"), self.rules.words("world_first_names")
        toks = [t for t in tokens if t.is_alpha]
        words = [t.lower_ for t in toks]
        if not words or any(t.text.isupper() and len(t.text) > 1 for t in toks):
            return False  # "the NG Kerk": an acronym names something
        before = self.tokens[toks[0].i - 1].lower_ if toks[0].i > 0 else ""
        if before in self.rules.words("relationship_words") or before in self.rules.words("pet_words"):
            return False  # "our pup pretzel", "my tita mahal": a name after a family or pet word
        if " ".join(words) in foreign:
            return True  # "ka pai", "de verdad", "asante sana": a listed expression
        if self._listed_around(toks, foreign) or len(toks) == 1 and toks[0].text.islower() and self._particle(toks[0], foreign, names):
            return True  # "sasa wasee", "sana all", "shiok sia", "too long sha, pastor": the guess inside a phrase or a particle
        if any(w in names for w in words):
            return False
        # short function words of other languages ("de", "la", "ka") beside a common word of theirs; two particles together
        # ("parang nasa")
        particles = self.rules.words("other_language_particles")
        if len(words) > 1 and all(w in particles for w in words):
            return True
        return any(w in foreign and len(w) > 2 for w in words) and all(w in foreign or self.stop_word(w) or len(w) <= 2 for w in words)

    @cached_property
    def switches_language(self) -> bool:
        """The post switches into another language: two or more different words that are common words or particles of
        other languages and no English ("salamat po sa lahat", "pero worth it kasi", "abeg ... sha"). In such a post those
        words are that language's wherever they stand, though some are names or towns elsewhere ("pero", "kay")."""
        # two such words of three letters or more that are no chat word of English nor its plural ("que dolores de cabeza";
        # not "er", "bros")
        chat = self.rules.words("chat_words")
        foreign = self.indices_words(self.rules.built(_other_language_words)) - self.rules.words("dictionary_words") - chat
        return sum(len(w) > 2 and not (w.endswith("s") and w[:-1] in chat) for w in foreign) >= 2

    def indices_words(self, words) -> set[str]:
        """The distinct lowercase words of the text that are in `words`."""
        return words.intersection(self.where_words) if isinstance(words, (set, frozenset)) else {w for w in self.where_words if w in words}

    def in_switched_language(self, start: int, end: int, named_too: bool = False) -> bool:
        """Characters start:end are words of the language the post switches into, in lowercase but for a sentence's
        first capital: its common words and particles ("kami sa", "pero", "Salamat po sa lahat"), with short function
        words between (an English stop word, two letters)."""
        r = self.rules
        foreign, particles = r.words("other_language_words"), r.words("other_language_particles")
        # for a name: also the words of that language a list holds as a name ("que dolores de cabeza", "ya no más luz");
        # a place keeps them ("del rio", "el paso")
        named = r.words("other_language_named_words") if named_too else frozenset()
        words = WORD.findall(self.text, start, end)
        if not words or not all(w.islower() or n == 0 and w[1:].islower() and self.at_sentence_start(self.tokens_between(start, end)[0].i)
                                 for n, w in enumerate(words)):
            return False
        lows = [w.lower() for w in words]
        return (any(w in foreign or w in particles or w in named for w in lows if len(w) > 2)
                and all(w in foreign or w in particles or w in named or len(w) <= 2 or self.stop_word(w) for w in lows))

    def _listed_around(self, toks, foreign) -> bool:
        """The guess with up to two words either side is a listed expression ("sasa wasee niaje", "sana all")."""
        doc = self.tokens
        i, j = toks[0].i, toks[-1].i + 1
        for back in (0, 1, 2):
            for fwd in (0, 1, 2):
                if (back or fwd) and i - back >= 0 and j + fwd <= len(doc):
                    span = doc[i - back : j + fwd]
                    if all(t.is_alpha for t in span) and " ".join(t.lower_ for t in span) in foreign:
                        return True
        return False

    def _particle(self, tok, foreign, names) -> bool:
        """A particle that is also a name or a town ("sha", "sia", "sawa"): beside another such word or an expression's
        ("shiok sia", "sawa sawa"), or closing a clause after a lowercase adjective, adverb or noun ("too long sha,")."""
        if tok.lower_ not in self.rules.words("other_language_particles"):
            return False
        doc = self.tokens
        prev = doc[tok.i - 1] if tok.i > 0 else None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        beside = [t for t in (self._word_beside(tok.i, -1), self._word_beside(tok.i, 1)) if t is not None and t.is_alpha and t.text.islower()]
        if any(t.lower_ in foreign and t.lower_ not in names and len(t) > 2 or t.lower_ == tok.lower_ for t in beside):
            return True
        return (prev is not None and prev.is_alpha and prev.text.islower() and not prev.is_stop and prev.pos_ in ("ADJ", "ADV", "NOUN")
                and (nxt is None or nxt.is_punct or nxt.is_space))

    def _word_beside(self, i: int, step: int):
        """The token before (step -1) or after (step 1) token i, over a comma ("sasa, hii traffic ni noma"), or None."""
        doc, j = self.tokens, i + step
        if 0 <= j < len(doc) and doc[j].text == "," and 0 <= j + step < len(doc):
            j += step
        return doc[j] if 0 <= j < len(doc) else None

    def stop_word(self, word: str) -> bool:
        """The language's stop-word test on a string: vocab[word] would store a lexeme for every word ever typed."""
        return self.doc.vocab.lex_attr_getters[IS_STOP](word)

    def common_verb_with_s(self, word: str) -> bool:
        """"smells", "hides", "refuses": one of the commonest verbs with its -s ("my dog smells", "my cat hides"); a
        pet named "pickles" or "waffles" is no common word without its s."""
        common = self.rules.words("very_frequent_words")
        return word.endswith("s") and (word[:-1] in common or word.endswith("es") and word[:-2] in common)

    def names_a_thing(self, start: int, end: int) -> bool:
        """Tokens start:end are in a thing named after a place or a person, or a dish's phrase ("Buffalo wings", "Victoria
        sponge", "eggs Benedict", "mac and cheese"), with up to three words before them and three after: no place, no one."""
        return self._answer(("thing", start, end), lambda: self._names_a_thing(start, end))

    @cached_property
    def _asked(self) -> dict:
        """The answers of names_a_thing, brand and public_work for the tokens asked about: the detectors ask about the same
        guesses (the lists', the model's and the names' finders)."""
        return {}

    def _answer(self, key: tuple, work):
        """The answer to `key`, worked out (`work()`) the first time it is asked."""
        if key not in self._asked:
            self._asked[key] = work()
        return self._asked[key]

    def _names_a_thing(self, start: int, end: int) -> bool:
        things = self.rules.words("place_named_things")
        if not things:
            return False
        n_tokens, text, starts, ends = len(self.tokens), self.text, self.token_starts, self.token_ends_ws
        doc = self.tokens
        while end - start > 1 and doc[start].is_stop:
            start += 1  # "the brussels sprouts": the guess with its article
        # "pirates of the caribbean": up to three words before; "Famous Mac and cheese": from a later word of the guess too
        heads, lowers = self.rules.built(_thing_heads), self.lowers
        for first in [start - back for back in (0, 1, 2, 3) if start - back >= 0] + list(range(start + 1, end)):
            head = HEAD_WORD.match(lowers[first])
            if head is not None and head.group() not in heads:
                continue  # no listed thing opens with this word (most words: one set look-up)
            for n in range(0, 4):
                if end + n > n_tokens:
                    break
                # the tokens' text_with_ws joined: the text from the first token to the last one's spaces
                phrase = text[starts[first] : ends[end + n - 1]].strip().lower()
                # "nanaimo bars", "philly cheesesteaks": the listed thing in the plural
                if phrase in things or phrase.endswith("s") and phrase[:-1] in things:
                    return True
        return False

    def brand(self, tokens, organisation: bool, longer: bool = False) -> bool:
        """The words (without the function words around them: "a Tesla") are a brand people buy from or use:
        an employer only after a work cue, which the lists check. A brand that is also a word or a first name
        (Zara, Kindle) counts only where the model called it an organisation. `longer`: only a brand that goes
        on past the words ("New York" of "New York Times")."""
        return self._answer(("brand", tuple(t.i for t in tokens), organisation, longer), lambda: self._brand(tokens, organisation, longer))

    def _brand(self, tokens, organisation: bool, longer: bool) -> bool:
        brands, brand_words = self.rules.words("consumer_brands"), self.rules.words("consumer_brand_words")
        heads = self.rules.built(_brand_heads) if organisation else self.rules.built(_strict_brand_heads)
        return self._listed_not_at_work(tokens, lambda name: name in brands or organisation and name in brand_words, longer, heads)

    def public_work(self, tokens, longer: bool = False) -> bool:
        """The words are (the start of) the title of a show, film, game, book, paper or competition people post
        about ("Stranger Things", "Elden Ring", "the Premier League"): they identify no one, unless a work word
        stands around them ("a reporter at the Guardian")."""
        return self._answer(("work", tuple(t.i for t in tokens), longer), lambda: self._public_work(tokens, longer))

    def _public_work(self, tokens, longer: bool) -> bool:
        works = self.rules.words("public_works")
        # a game's "boss", a racing game's "driver" are no job: "the Elden Ring DLC boss killed me"
        return (bool(works) and self._listed_not_at_work(tokens, works.__contains__, longer, self.rules.built(_work_heads),
                                                         self.rules.built(_title_work_cues))
                or self._cued_work(tokens))

    def _cued_work(self, tokens) -> bool:
        """A title that is also a place or a first name ("Yellowstone", "Moana", "Letterkenny") or one of a work's
        characters ("Maui's song") is the work only with a work word beside it: "the Yellowstone finale", "watched
        Moana again", "letterkenny marathon"; "we moved to maui" and "my cousin moana" stay."""
        works = self.rules.words("public_works_cued")
        if not works:
            return False
        toks = [t for t in tokens if not t.is_punct and not t.is_space]
        while toks and toks[0].is_stop:
            toks = toks[1:]
        doc = self.tokens
        # the title alone or opening the guess ("letterkenny marathon": the model ran on into the work word)
        k = next((k for k in range(len(toks), 0, -1) if self._name(toks[0].i, toks[k - 1].i + 1) in works), 0)
        if not k:
            return False
        toks = toks[:k]
        after_words, before_words = self.rules.words("work_words_after"), self.rules.words("work_words_before")
        j = toks[-1].i + 1
        while j < len(doc) and (doc[j].lower_ in ("'s", "’s", "'", "-") or doc[j].is_digit or doc[j].lower_ in works):
            j += 1  # "Maui's song", "Toy Story 3 soundtrack", "jolene jolene"
        if any(t.lower_ in after_words for t in doc[j : j + 2]):
            return True
        # "watched Moana again"; not a first name ("watched Bruno play"): someone watched is someone
        title = self._name(toks[0].i, toks[-1].i + 1)
        before = doc[max(0, toks[0].i - 3) : toks[0].i]
        if any(t.lower_ in self._words_around_names.get("sung_verbs", ()) for t in before):
            return True  # "singing Jolene at 1am": a song; no one sings a person
        return title not in self.rules.words("world_first_names") and any(t.lower_ in before_words for t in before)

    @cached_property
    def medical_spans(self) -> list[tuple[int, int]]:
        """Where the text names a medicine ("started Zofran", "acyclovir, bactrim") or a blood count, a line or a treatment
        by its short form ("ANC 0.4", "PICC line"; "RBC 3.2" and "the PCA pump" only with the figure or care word after
        them, RBC and PCA being a bank and a church too): care words, which name no one, no place and no group."""
        pattern = self.rules.built(_medical_pattern)
        heads = self.rules.built(_medical_heads)
        spans = [m.span() for m in pattern.finditer(self.text)] if pattern is not None and self.indices_of(heads) else []
        cued = self.rules.words("lab_terms_cued")
        if cued:
            words = self._words_around_names
            values, links = words.get("lab_value_words", ()), words.get("lab_value_links", ())
            toks, lows = self.tokens, self.lowers
            for i in self.indices_of(cued):
                j = i + 1
                if j < len(toks) and lows[j] in links:
                    j += 1
                if j < len(toks) and toks[j].like_num:
                    spans.append((toks[i].idx, toks[i].idx + len(toks[i])))
                elif j == i + 1 < len(toks) and lows[j] in values:
                    spans.append((toks[i].idx, toks[j].idx + len(toks[j])))  # "PCA pump" whole
        return spans

    def medical(self, start: int, end: int) -> bool:
        """Every word of characters start:end lies in a medicine's name or a count's short form (medical_spans), or joins
        two of them: "Acyclovir, Bactrim" or "mag-ox and potassium chloride" read as one organisation, "Mag" of "Mag-ox"."""
        inside = [(s, e) for s, e in self.medical_spans if s < end and start < e]
        joiners = self.name_words.get("phrase_joiners", ())
        # "the new EMR", "my daily Bactrim": a modifier before the first of them is the model's too
        modifiers = self.name_words.get("medical_modifiers", ())
        words = list(WORD.finditer(self.text, start, end))
        while len(words) > 1 and words[0].group().lower() in modifiers:
            words.pop(0)
        return bool(inside) and all(any(s <= m.start() and m.end() <= e for s, e in inside) or m.group().lower() in joiners for m in words)

    def feast_day(self, start: int, end: int) -> bool:
        """Characters start:end name the saint of a feast day ("st david's day", "St. Patrick's Day", "St Andrews Day"):
        a holiday, no one's name, no church, no town."""
        toks = self.tokens_between(start, end)
        if not toks:
            return False
        doc, j = self.tokens, toks[-1].i + 1
        feast_words = self._words_around_names.get("feast_words", ())
        if toks[0].lower_ not in self.saint_titles and not self.after_saint_title(toks[0].i):
            return False
        if toks[-1].lower_ in feast_words and len(toks) > 2:
            return toks[-2].text.lower() in POSSESSIVE  # the whole "St. Patrick's Day"
        # the saint's name is possessive ("St. Louis day trip" is the city); "st james's day ward" is the hospital's
        return (j + 1 < len(doc) and doc[j].text.lower() in POSSESSIVE and doc[j + 1].lower_ in feast_words
                and not (j + 2 < len(doc) and doc[j + 2].lower_ in self._words_around_names.get("day_services", ())))

    def after_saint_title(self, i: int) -> bool:
        """Token i follows a saint's title ("st kevin's", "St. Patrick"; in lowercase "st. paul" the tokenizer splits the
        stop off)."""
        i -= 1
        if i > 0 and self.tokens[i].text == ".":
            i -= 1
        return i >= 0 and self.lowers[i] in self.saint_titles

    def after_lone_article(self, i: int) -> bool:
        """Token i follows "a" or "an" (names.toml lone_articles), which no proper name takes ("a Robin singing", "a
        Long Road")."""
        return i > 0 and self.lowers[i - 1] in self.name_words.get("lone_articles", ())

    def family_word_owned(self, word: str) -> bool:
        """A family word with its owner's s and no apostrophe ("nans house", "at my mums"): the relative's home or
        things, no place, venue or district of that name."""
        low = word.lower()
        return low[-1:] == "s" and low[:-1] in self.rules.words("relationship_words")

    def capitalised_run_before(self, i: int, most: int = 3, stops=frozenset()) -> int:
        """Where the run of up to `most` words with a capital right before token i starts (i if none): no function
        word in it but `stops` ("First" of "First Baptist")."""
        doc, start = self.tokens, i
        while (start > 0 and i - start < most and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper()
               and (not doc[start - 1].is_stop or self.lowers[start - 1] in stops)):
            start -= 1
        return start

    def ends_a_phrase(self, i: int) -> bool:
        """Token i ends a noun phrase: the end, punctuation or a word joining another thing ("a Topo Chico and chips",
        names.toml phrase_joiners)."""
        return i >= len(self.tokens) or self.tokens[i].is_punct or self.lowers[i] in self.name_words.get("phrase_joiners", ())

    def tokens_between(self, start: int, end: int) -> list:
        """The tokens from character `start` to `end`."""
        starts = self.token_starts
        return self.tokens[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def _listed_not_at_work(self, tokens, known, longer: bool, heads: frozenset[str], cues: frozenset[str] | None = None) -> bool:
        toks = self._listed(tokens, known, longer, heads)
        if not toks:
            return False
        # "the ppl at jollibee where i work", "a developer at Google": a work word around it makes it the employer
        cues = self.rules.work_cues if cues is None else cues
        return not any(t.lower_ in cues for t in self.tokens[max(0, toks[0].i - 5) : toks[-1].i + 5])

    def _listed(self, tokens, known, longer: bool = False, heads: frozenset[str] | None = None) -> list:
        """The tokens without the function words around them, if a name `known` accepts covers them: they
        alone or with the words around them in the same run of capitals ("York" of "New York Times", "The
        Office"), with up to four tokens after them (the model often has only "Diet" of "Diet Coke", "Chick" of
        "Chick-fil-A"; capitals go on where the words have them: "Washington post-transplant" is no paper),
        or their first words when the rest is lowercase ("Stranger Things season"); else []."""
        toks = list(tokens)
        while len(toks) > 1 and (toks[0].is_stop or toks[0].is_punct):
            toks = toks[1:]
        while len(toks) > 1 and (toks[-1].is_stop or toks[-1].is_punct):
            toks = toks[:-1]
        if not toks:
            return []
        doc = self.tokens
        first, end = toks[0].i, toks[-1].i + 1
        capitalised = toks[0].text[:1].isupper()
        starts = [first]
        # the words before it in the same case may open the name too ("gardening australia", "Gardening Australia")
        lower = toks[0].text.islower()
        while len(starts) < 4 and starts[-1] > 0 and (doc[starts[-1] - 1].is_stop or capitalised and doc[starts[-1] - 1].text[:1].isupper()
                                                      or lower and doc[starts[-1] - 1].text.islower() and doc[starts[-1] - 1].is_alpha):
            starts.append(starts[-1] - 1)
        lowers = self.lowers
        if heads is not None and not any(lowers[i].replace("’", "'") in heads for i in starts):
            return []  # no listed name opens with any of these words (most guesses: one set look-up)
        ends = [end + extra for extra in range(0 if not longer else 1, min(5, len(doc) - end + 1))]
        text, char_starts, char_ends = self.text, self.token_starts, self.token_ends_ws
        for e in ends:
            last = doc[e - 1]
            attached = not doc[e - 2].whitespace_  # "Chick-fil-A": the pieces of one word
            if e > end and capitalised and last.is_alpha and not last.is_stop and not last.text[:1].isupper() and not attached:
                break
            stop = char_ends[e - 1]
            for s in starts:  # self._name(s, e), inlined: it runs for every width of every guess
                if known(text[char_starts[s] : stop].strip().lower().replace("’", "'")):
                    return toks
        # "Stranger Things season": the title in capitals, then ordinary lowercase words
        for e in range(end - 1, first, -1) if capitalised else ():
            if all(t.text.islower() or not t.is_alpha for t in doc[e:end]) and known(self._name(first, e)):
                return toks
        # in lowercase, the guess running on past a title that opened before it ("flower of scotland blaring")
        for e in range(end - 1, first, -1) if lower and len(starts) > 1 else ():
            if any(known(self._name(s, e)) for s in starts[1:]):
                return toks
        return []

    def _name(self, start: int, end: int) -> str:
        """Tokens start:end joined with their spaces, stripped, lowercase, with straight apostrophes."""
        if end <= start:
            return ""
        return self.text[self.token_starts[start] : self.token_ends_ws[end - 1]].strip().lower().replace("’", "'")

    def line_at(self, start: int) -> str:
        """The line of the text around character `start`."""
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", start)
        return self.text[line_start : line_end if line_end >= 0 else len(self.text)]

    def title_case_line(self, start: int) -> bool:
        """The line around `start` is a headline in Title Case ("10 Tips For Your First Apheresis")."""
        words = re.findall(r"[^\W\d_][\w'’]*", self.line_at(start))
        long_words = [w for w in words if len(w) > 3]
        return len(words) >= 4 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)

    def headline(self, start: int) -> bool:
        """The line around `start` is one sentence in Title Case, a headline (in a line of sentences in Title Case the
        writer capitalises everyday words, and names are still names)."""
        return self.title_case_line(start) and not SENTENCE_INSIDE.search(self.line_at(start).strip())

    def shouted_span(self, start: int, end: int) -> bool:
        """Words in capitals amid shouting ("THE REGISTRY CALLED ME"): capitals there say nothing of names."""
        words = re.findall(r"[^\W\d_]+", self.text[start:end])
        if not words or not all(w.isupper() for w in words) or all(len(w) == 1 for w in words):
            return False
        i = bisect.bisect_right(self.token_starts, start) - 1
        return 0 <= i < len(self.tokens) and self.shouted(i)

    def at_sentence_start(self, i: int) -> bool:
        """Token i opens a sentence or a line (a capital letter there proves nothing)."""
        doc = self.tokens
        j = i - 1
        while j >= 0 and (doc[j].is_space or doc[j].is_quote or doc[j].is_bracket or is_emoji(doc[j].text)):
            if "\n" in doc[j].text:
                return True
            j -= 1
        if j < 0:
            return True
        prev = doc[j].text
        return prev in SENTENCE_END or prev[-1] in ".!?:;…"


# below this share of capitals a text is written in lowercase: English capitalises "I", names and
# more words than French, whose tidy letters can fall below 2%
FEW_CAPITALS = {"en": 0.02}
FEW_CAPITALS_OTHER = 0.008


def _word_beside(toks, i: int, step: int):
    """The word token next to token i, past a contraction's "'S" or "'LL" ("WHO'S READY")."""
    j = i + step
    while 0 <= j < len(toks) and toks[j].text[:1] in "'’" and len(toks[j].text) <= 3:
        j += step
    return toks[j] if 0 <= j < len(toks) and toks[j].is_alpha else None


def looks_informal(text: str, language: str = "en", lowercase_opening: bool = False) -> bool:
    """Mostly lowercase writing (posts): capitalisation is no evidence either way. A few words shouted
    in a lowercase post ("drinks at the rusty anchor to celebrate being a MATCH") leave it lowercase."""
    shouted = SHOUTED_WORD.findall(text)
    if shouted and len(shouted) * 2 < len(WORD.findall(text)):
        text = SHOUTED_WORD.sub("", text)
    letters = sum(map(str.isalpha, text))
    capitals = sum(map(str.isupper, text))  # only letters are upper case
    if letters < 20:
        return not capitals
    few = FEW_CAPITALS.get(language, FEW_CAPITALS_OTHER)
    if capitals / letters < few or language == "en" and LOWERCASE_I.search(text):
        return True
    starts = SENTENCE_OPENING.findall(text)
    if len(starts) == 1 and starts[0].islower():
        # the only sentence opens in lowercase: "stuck on the M50 for an hour, aoife texted", where the writer capitalises
        # a road or a venue but not a friend (lowercase_opening: the cues for lowercase names read it; the main model
        # still reads its capitalised names, which the informal-post model knows less well)
        return lowercase_opening
    return len(starts) >= 2 and sum(s.islower() for s in starts) * 2 > len(starts)


CHUNK = re.compile(r"\S+")
# what a chunk of five letters or more in capitals holds, in ASCII text
FIVE_CAPITALS = re.compile(r"[A-Z](?:[^\sa-zA-Z]*+[A-Z]){4}")


def unshouted(text: str) -> str:
    """The text with its shouted runs in lowercase, for reading ("SHOUTOUT TO NURSE JO WHO TOLD ME A JOKE",
    "MOOSE JAW REPRESENT!!!"): in shouting a name or a place has no capital to tell it by, as in a post typed in
    lowercase, which the informal-post model and the lowercase cues read. A run is three or more words in capitals
    (figures and emoji between them do not break it), one of five letters or more, or five words of any length ("AND
    I'LL SEND YOU A KIT"): "UCSF BMT ICU" stays. The result
    has the text's length, so a finding's offsets hold for both."""
    if text.isascii() and not FIVE_CAPITALS.search(text):
        return text  # no word of five letters in capitals: no run to read in lowercase
    chunks = [(m.start(), m.end(), m.group()) for m in CHUNK.finditer(text)]
    out, run = list(text), []

    def close():
        words = [c for c in run if c[3]]
        if len(words) >= 5 or len(words) >= 3 and any(c[3] >= 5 for c in words):
            for start, end, chunk, _ in run:
                low = chunk.lower()
                if len(low) == len(chunk):
                    out[start:end] = low
        run.clear()

    for start, end, chunk in chunks:
        letters = sum(ch.isalpha() for ch in chunk)
        if not letters:
            if run:
                run.append((start, end, chunk, 0))  # "+200!!!", an emoji: inside a run, not part of one
            continue
        if chunk.isupper() and (letters >= 2 or chunk.strip(".,!?") in ("A", "I")):
            run.append((start, end, chunk, letters))
        else:
            close()
    close()
    return "".join(out)


def untitled(text: str, is_stop) -> str:
    """The text with its lines written in Title Case in lowercase, for reading ("Jam And Cream, None Of That Buttercream
    Nonsense", "Nan Knows Best, Fella Thinks It's Funny"): where a writer capitalises every word, a capital tells no name,
    as in a post typed in lowercase, which the informal-post model and the lowercase cues read. A line is in Title Case
    when nearly all its words open with a capital, function words (`is_stop`) among them inside a sentence, which tidy
    writing never capitalises there ("Met Sarah Jones at Boston General" stays). Words in capitals stay ("WI", "GAA").
    The result has the text's length."""
    return "".join(_untitled_line(line, is_stop) if TITLE_WORD.search(line) else line for line in text.splitlines(keepends=True))


def _untitled_line(line: str, is_stop) -> str:
    words = list(LINE_WORD.finditer(line))
    if len(words) < TITLE_CASE_WORDS:
        return line
    capitalised = [m for m in words if m.group()[0].isupper()]
    if len(capitalised) < TITLE_CASE_SHARE * len(words):
        return line
    inside = [m for m in capitalised if m.group()[1:].islower() and is_stop(m.group().lower()) and not _opens_a_sentence(line, m.start())]
    if len(inside) < TITLE_CASE_FUNCTION_WORDS:
        return line
    chars = list(line)
    for m in capitalised:
        w = m.group()
        low = w.lower()
        # a one-letter function word too ("A"), not an initial ("K.M.")
        if (w[1:].islower() or len(w) == 1 and is_stop(low) and not line.startswith(".", m.end())) and len(low) == len(w):
            chars[m.start() : m.end()] = low
    return "".join(chars)


def _opens_a_sentence(line: str, start: int) -> bool:
    before = line[:start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:;…\n" or is_emoji(before[-1])


# words of letters (with an apostrophe inside) and a capital opening one
LINE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
TITLE_WORD = re.compile(r"(?:^|\s)[^\W\d_a-z]")
# a line in Title Case: this many words at least, this share opening with a capital, this many function words among them
TITLE_CASE_WORDS, TITLE_CASE_SHARE, TITLE_CASE_FUNCTION_WORDS = 6, 0.85, 2


def is_emoji(s: str) -> bool:
    return bool(s) and all(ord(c) > 0x2000 and not c.isalnum() for c in s)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces, quotes, punctuation, emoji, a possessive 's and a leading 'the'."""
    while start < end and not (text[start].isalnum() or text[start] in "#@" or (text[start] in "+(" and text[start + 1 : start + 2].isdigit())):
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ".)":
        end -= 1
    while end > start and text[end - 1] in ".)" and not _dotted_abbreviation(text[start:end]):
        end -= 1
    for suffix in ("'s", "’s"):
        if text[start:end].endswith(suffix) and end - start > 2:
            end -= 2
    lowered = text[start:end].lower()
    if lowered.startswith("the ") and end - start > 4:
        start += 4
    return start, end


def _dotted_abbreviation(s: str) -> bool:
    return bool(re.search(r"(?:\b[A-Za-z]\.){1,}$", s)) or s.endswith(("Dr.", "St.", "Mt.", "Jr.", "Sr.", "Inc.", "Co."))


def candidate(ctx: Context, start: int, end: int, category: str, kind: str, detector: str, **kw) -> Candidate | None:
    start, end = trim_span(ctx.text, start, end)
    if end <= start:
        return None
    return Candidate(start, end, category, kind, detector, **kw)


def camel_parts(word: str) -> list[str]:
    """'TeamMegan' -> ['Team', 'Megan']; 'BeTheMatch' -> ['Be', 'The', 'Match']; 'DKMS_US' -> ['DKMS', 'US'];
    'SaveOisín' -> ['Save', 'Oisín']."""
    return re.findall(r"[A-ZÀ-Þ]+(?![a-zß-ÿ])|[A-ZÀ-Þ]?[a-zß-ÿ]+|\d+", word)


def compact(s: str) -> str:
    """Letters and digits only, lowercase, accents dropped: '#Sénégal' and 'Sénégal' both 'senegal'."""
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]", "", s.lower())


def _first_names_all(rules) -> frozenset[str]:
    """The first names of the lists with those that are words too, joined once per rules."""
    return rules.words("first_names") | rules.words("ambiguous_first_names")


def unaccented(word: str) -> str:
    """"ciarán" -> "ciaran", "zoë" -> "zoe": the lists hold most names without their accents, as people often type them."""
    if word.isascii():
        return word
    folded = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return folded if folded.isascii() else word
