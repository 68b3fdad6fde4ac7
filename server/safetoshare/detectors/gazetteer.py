"""Curated lists (hospitals, registries, teams, military, places...) matched over the shared Doc.

The lists are compiled once per process into spaCy PhraseMatchers: one on lowercase forms for
lists matched in any case, one on exact forms for case-sensitive lists. Hashtags are matched by
their joined-up form (#FredHutch, #BeTheMatch) through a dictionary of compacted entries.
"""
from __future__ import annotations

import re

from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string

from ..ruleset import RuleSet
from . import entities, words
from .base import CALENDAR, Context, camel_parts, candidate, compact

# The words read around a match (cue words, place cues, word-like codes, medical words) come from
# rules/<lang>/words/gazetteer.toml; a language without that file matches its lists without them.
WORDS = frozenset({"cue_words", "articles", "place_cues", "wordlike_codes", "medical_cues"})
NO_WORDS = {key: frozenset() for key in WORDS}
# a language may add: words after "the <team nickname>" that only a team takes ("fans", "lost"); words after a
# place opening a post that only a place takes ("the gong represent"); words joining places in a list ("and");
# a word after ordinary words that makes them a common noun ("the flats of my hand");
# for posts opening with a name in lowercase: words after a team's nickname opening a clause ("bombers lost
# again", "windies cricket"), the sport words that back one that is a very common word ("heat lost in overtime"),
# the people of a place ("ibadan mama", "kumasi fam"), words after a consumer brand that make it the writer's
# workplace ("tesco shift done"), the words joining two sides of a match ("warriors v sea eagles") and the words
# that end a side's name ("admu this weekend"); a hospital's ward and unit words ("mater day unit") and the words that
# open hospitals' names without naming one ("st", "university"); what a town has that a word does not, after its name
# opening a clause in lowercase ("wellington weather"); the words that make a list's name of plain words a noun phrase
# ("a new jersey", "my new PB"); chat abbreviations that a list also holds as an acronym ("dnd", "pb"); the words after a
# short code that make it a school subject ("PE teacher")
OPTIONAL_WORDS = frozenset({
    "team_after", "place_after", "list_joiners", "common_noun_after",
    "team_opening_after", "sport_events", "people_after", "employer_after", "employer_after_mine", "shift_times", "versus", "side_stops",
    "hospital_units", "hospital_head_not", "fan_leads", "team_not_owning",
    "place_conditions", "noun_phrase_leads", "chat_acronyms", "record_codes", "record_cues",
    "home_cues", "home_clause_ends", "the_nickname_cues", "address_marks", "called_home",
    "place_people", "place_people_not", "name_used_before", "works_verbs", "code_subject_followers",
    # read by Context (detectors/base.py) for every detector: what is done to a song, a saint's titles, a feast day's
    # words, what a hospital's "day ..." is, and what makes a short form a blood count
    "sung_verbs", "saint_titles", "feast_words", "day_services", "work_words_in_titles", "lab_value_words", "lab_value_links",
})


def _words(ctx: Context) -> dict:
    return words.table(ctx.rules, "gazetteer", WORDS, optional=True) or NO_WORDS


class GazetteerIndex:
    """Everything compiled from the lists, built once per RuleSet."""

    def __init__(self, nlp, rules: RuleSet):
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        # the same acronyms and as-written names in lowercase, for posts written all in lowercase ("atx", "msk")
        self.lowered = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.specs = {}  # match id -> GazetteerList
        self.hashtags = {}  # compact form -> GazetteerList
        # Names of letters-only words matched in any case (most towns, names and places) are looked up by
        # the tokens' lowercase forms instead of going through the PhraseMatcher: the same matches, without
        # making a Doc of each of tens of thousands of entries at start-up (most of the index's build time).
        self.single: dict[str, list[int]] = {}  # lowercase word -> match ids
        self.multi: dict[str, list[int]] = {}  # lowercase words joined by single spaces -> match ids
        tokenizer = nlp.tokenizer
        special = {k.lower() for k in tokenizer.rules} if tokenizer.rules else set()
        # An organisation's alias that is also a place ("Oregon" for the university) is read as the
        # place: the place is the more common meaning, and both identify.
        # (towns are too many and too small for that: "Hopkins" is the hospital, not the town)
        places = {alias.lower() for gl in rules.lists if gl.category == "location" and gl.kind != "city" for entry in gl.entries for alias in entry}
        for n, gl in enumerate(rules.lists):
            key = f"gz{n}"
            self.specs[nlp.vocab.strings.add(key)] = gl
            names = [alias for entry in gl.entries for alias in entry
                     if gl.category == "location" or alias == entry[0] or alias.lower() not in places]
            # short all-capital forms (RAN, UPS, CHOP) are acronyms: matched only as written
            acronyms = [n for n in names if n.isupper() and len(n) <= 4]
            others = [n for n in names if not (n.isupper() and len(n) <= 4)]
            if gl.case == "sensitive":
                acronyms, others = names, []
            if acronyms:
                self.exact.add(key, list(tokenizer.pipe(acronyms)))
                # typed in lowercase: acronyms ("atx", "ucsf"), and hospitals' short names beside a
                # medical word ("cedars"); "Mac" typed "mac" is mac and cheese
                lowered = [n for n in acronyms if n.isupper() or gl.kind == "hospital"]
                if lowered:
                    self.lowered.add(key, list(tokenizer.pipe(lowered)))
            match_id, phrases = nlp.vocab.strings[key], []
            for n in others:
                if not _plain_words(n, special):
                    phrases.append(n)
                    continue
                ids = (self.multi if " " in n else self.single).setdefault(n.lower(), [])
                if match_id not in ids:
                    ids.append(match_id)
            if phrases:
                self.lower.add(key, list(tokenizer.pipe(phrases)))
            for name in names:
                c = compact(name)
                if len(c) >= 4:
                    current = self.hashtags.get(c)
                    if current is None or gl.priority > current.priority:
                        self.hashtags[c] = gl
        self.single_by_hash = {hash_string(word): (word, ids) for word, ids in self.single.items()}
        self.multi_by_hash = {tuple(map(hash_string, words.split(" "))): (words, ids) for words, ids in self.multi.items()}
        self.multi_lengths: dict[int, tuple[int, ...]] = {}  # first word's hash -> the names' lengths in words
        for hashes in self.multi_by_hash:
            self.multi_lengths[hashes[0]] = tuple(sorted({*self.multi_lengths.get(hashes[0], ()), len(hashes)}))
        # spaCy's tokenizer remembers how it split at most max_cache_size (10,000) pieces of text, and then adds no
        # more: splitting the list names above filled it, so every piece of every text went through the prefix,
        # suffix and infix patterns again (a post took 5 times as long to tokenize). The texts get their own 10,000
        # places. (The cache only remembers splits: the tokens are the same either way.)
        if isinstance(getattr(tokenizer, "max_cache_size", None), int):
            tokenizer.max_cache_size += TEXT_PIECES_CACHED


    def matches(self, matcher, ctx: Context):
        """(match id, start, end) of a matcher over the Doc, by start; the lowercase matcher's with the
        one-word names looked up token by token."""
        found = matcher(ctx.doc)
        if matcher is not self.lower:
            return found
        # by the tokens' lowercase hashes (one array, no string made per token); a hit is confirmed by its text
        lowers = ctx.doc.to_array("LOWER").tolist()
        words = []
        for i, h in enumerate(lowers):
            entry = self.single_by_hash.get(h)
            if entry and entry[0] == ctx.tokens[i].lower_ and entry[1]:
                words.append((entry[1], i, i + 1))
            for n in self.multi_lengths.get(h, ()):
                if i + n > len(lowers):
                    break  # (lengths ascend) a shorter slice at the end would match a shorter name
                entry = self.multi_by_hash.get(tuple(lowers[i : i + n]))
                if entry and entry[0] == " ".join(t.lower_ for t in ctx.tokens[i : i + n]):
                    words.append((entry[1], i, i + n))
        if not words:
            return found
        return sorted(found + [(key, i, j) for ids, i, j in words for key in ids], key=lambda m: (m[1], m[2]))


# pieces of the texts' words whose splits the tokenizer keeps, beside the list names' (spaCy's own default size)
TEXT_PIECES_CACHED = 10_000

# a name of letters only is one token (unless the tokenizer has a special case for it: "cannot")
ONE_WORD = re.compile(r"[^\W\d_]+")


def _plain_words(name: str, special: set[str]) -> bool:
    """The name is words of letters only between single spaces ("new york"), which the tokenizer splits into
    exactly those words: it can be looked up by the tokens' lowercase forms."""
    return all(ONE_WORD.fullmatch(w) and w.lower() not in special for w in name.split(" "))


def _capitalised_ok(ctx: Context, start: int, end: int, kind: str = "") -> bool:
    """For lists of words that are also ordinary words: a capital away from a sentence start, or,
    in an all-lowercase post, a cue word just before ("go hawks", "in philly"), or for a team a word
    after it that only a team takes ("the pistons lost", "all the bulldogs fans")."""
    doc = ctx.tokens
    w = _words(ctx)
    first = doc[start]
    prev = doc[start - 1].lower_ if start > 0 else ""
    cued = prev in w["cue_words"] or (prev in w["articles"] and start > 1 and doc[start - 2].lower_ in w["cue_words"])
    cued = cued or _listed_after(ctx, start, w["cue_words"])
    cued = cued or kind in PLACE_KINDS and (_locals_addressed(ctx, start, end) or end - start == 1 and _home_named(ctx, start))
    if kind == "team" and not cued and end < len(doc) and prev in w["articles"]:
        cued = doc[end].lower_ in w.get("team_after", ())
    team_opening = False
    if not cued and not first.text[:1].isupper() and ctx.informal:
        team_opening = _team_opening(ctx, start, end, kind)
        cued = team_opening or _people_of_a_place(ctx, start, end, kind) or _place_condition(ctx, start, end, kind)
        cued = cued or _place_person(ctx, start, end, kind)
    if not first.text[:1].isupper():
        if end - start > 1 and all(ctx.plain_word(t.text) for t in doc[start:end] if t.is_alpha):
            # "home sweet home", "love the flying pig": words typed as words need a word that asks for a place,
            # or for a team a word only a team takes after it ("all blacks fan")
            return ctx.informal and (prev in w["place_cues"] or team_opening or _place_condition(ctx, start, end, kind)
                                     or _place_person(ctx, start, end, kind))
        # a word no dictionary holds needs no lowercase post: "drives across oyo and ogun" beside a #CamelCase tag
        if not cued and ctx.informal and kind in PLACE_KINDS and _place_name_not_a_word(ctx, start, end):
            return True  # "kampala traffic today", "cebu heat hits different": typed in lowercase, still the place
        return cued and (ctx.informal or end - start == 1 and not ctx.plain_word(first.text))
    if first.text.isupper() and len(first.text) > 3 and not ctx.text.isupper():
        return True
    # where the writer capitalises everyday words ("Thank You for the Cards and Prayers"), a capital proves nothing either
    emphatic = ctx.emphatic_capitals and all(ctx.plain_word(t.text) for t in doc[start:end] if t.is_alpha)
    if cued or not emphatic and (not ctx.at_sentence_start(start) or any(t.text[:1].isupper() for t in doc[start + 1 : end])):
        return True
    # opening a sentence, the capital proves nothing for a word ("Brown leaves"), but a name that is no
    # word is still the name ("Abuja people, ...", "Ilorin to Lagos"); a team by a word only teams take
    # after it ("Packers fan logic")
    if _team_word_after(ctx, end, kind):
        return True
    # not a first name either ("Taylor drove me"), nor what the model read as a person
    r = ctx.rules
    return (end - start == 1 and not ctx.plain_word(first.text) and first.lower_ not in r.words("common_words")
            and first.lower_ not in r.words("world_first_names") and first.ent_type_ != "PERSON")


def _opens_clause(ctx: Context, i: int) -> bool:
    """Token i opens a sentence, a line or a clause after a comma."""
    return ctx.at_sentence_start(i) or ctx.tokens[i - 1].text == ","


def _team_opening(ctx: Context, start: int, end: int, kind: str) -> bool:
    """A team's nickname typed in lowercase opening a clause, or after "a" ("a huge"), with a word after it only a
    team takes ("bombers lost again", "sharks by 3", "windies cricket has me stressed", "a pirates fan"). A nickname
    that is a very common word needs a sport's word in its sentence too ("heat lost in overtime"; "heat lost through
    the roof", "dogs won't settle" stay words)."""
    doc = ctx.tokens
    w = _words(ctx)
    nxt = doc[end].lower_ if end < len(doc) else ""
    # "the sharks vs the bulls": "the" opening the clause, then the nickname, then "vs"
    the_versus = start >= 1 and doc[start - 1].lower_ in w["articles"] and _opens_clause(ctx, start - 1) and nxt in w.get("versus", ())
    if kind != "team" or end >= len(doc) or not (_opens_clause(ctx, start) or doc[start - 1].lower_ in w.get("fan_leads", ()) or the_versus):
        return False
    if nxt == "by":
        backed = end + 1 < len(doc) and doc[end + 1].text.isdigit()
    elif nxt == "in":
        return _series_call(doc, end)  # "heat in 6": only a team wins a series in so many games
    else:
        backed = nxt in w.get("team_opening_after", ())
        # "sharks lost their teeth", "dogs won my heart": what a creature loses or wins is its own
        backed = backed and not (end + 1 < len(doc) and doc[end + 1].lower_ in w.get("team_not_owning", ()))
    if not backed:
        return False
    if doc[end - 1].lower_ not in ctx.rules.words("very_frequent_words"):  # the nickname's noun ("all blacks": blacks)
        return True
    if nxt in w.get("versus", ()) and _nickname_at(ctx, end + 1):
        return True  # "blues vs chiefs": two nicknames that are words, each side the other's cue
    sentence = doc[start : min(len(doc), end + 12)]
    events = w.get("sport_events", ())
    return any(t.lower_ in events for t in sentence)


def _nickname_at(ctx: Context, i: int) -> bool:
    """A team's nickname that is a word at token i, past "the" ("vs the sharks"), that ends the side: no noun after
    it ("cats vs dogs debate" is an argument; "blues v chiefs on the tv", "sharks vs stormers tonight" are matches)."""
    doc = ctx.tokens
    w = _words(ctx)
    if i < len(doc) and doc[i].lower_ in w["articles"]:
        i += 1
    if i >= len(doc) or doc[i].lower_ not in ctx.rules.words("team_words"):
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or not nxt.is_alpha or nxt.is_stop or nxt.lower_ in w.get("side_stops", ())


# how many games a best-of-seven series (or a best-of-five) can take
SERIES_LENGTHS = frozenset({"3", "4", "5", "6", "7"})


def _series_call(doc, end: int) -> bool:
    """"in 6" after a nickname, then the clause ends: a call on a playoff series ("heat in 6", "celtics in 5, calling
    it"); "in 5 minutes" is a time."""
    after = end + 2
    return after <= len(doc) and doc[end + 1].text in SERIES_LENGTHS and (after == len(doc) or doc[after].is_punct)


def _people_of_a_place(ctx: Context, start: int, end: int, kind: str) -> bool:
    """A town no dictionary holds, typed in lowercase opening a clause, with its people after it ("ibadan mama
    came through", "kumasi fam") or a trip to another listed place ("eldoret to kisumu bus"); or the end of a trip
    from a listed place ("lagos to ogbomosho")."""
    doc = ctx.tokens
    if kind != "city" or end != start + 1:
        return False
    word = doc[start].lower_
    r = ctx.rules
    if ctx.plain_word(word) or word in r.words("world_first_names") or word in r.words("common_words"):
        return False
    if start >= 2 and doc[start - 1].lower_ == "to" and _listed_place(ctx, doc[start - 2]):
        return True  # the end of the trip: "from gweru to bulawayo", "lagos to ogbomoso"
    if end + 1 >= len(doc) or not _opens_clause(ctx, start):
        return False
    nxt = doc[end].lower_
    if nxt in _words(ctx).get("people_after", ()):
        return True
    return nxt == "to" and _listed_place(ctx, doc[end + 1])


def _place_condition(ctx: Context, start: int, end: int, kind: str) -> bool:
    """A town typed in lowercase opening a clause, then what only a place has: its weather, its traffic ("wellington
    weather is brutal", "durban humidity"); not a very common word ("nice weather", "reading traffic reports")."""
    doc = ctx.tokens
    if kind not in PLACE_KINDS or end >= len(doc) or not _opens_clause(ctx, start):
        return False
    if doc[end].lower_ not in _words(ctx).get("place_conditions", ()):
        return False
    common = ctx.rules.words("very_frequent_words")
    return not any(t.lower_ in common or t.lower_ in CALENDAR for t in doc[start:end])


def _place_person(ctx: Context, start: int, end: int, kind: str) -> bool:
    """A town or county before who someone is: "cork girl stuck in hospital", "a bray native", "kildare lad" (the
    words of place_people); not a very common word or a first name ("nice girl", "reading boy", "paris girl"), nor a
    compound with a place word (place_people_not: "derby girl", "buffalo girls")."""
    doc = ctx.tokens
    w = _words(ctx)
    if kind not in PLACE_KINDS or end >= len(doc) or doc[end].lower_ not in w.get("place_people", ()):
        return False
    r = ctx.rules
    name = " ".join(t.lower_ for t in doc[start:end])
    if name in w.get("place_people_not", ()) or end - start == 1 and name in r.words("world_first_names"):
        return False
    return not any(t.lower_ in r.words("very_frequent_words") or t.lower_ in r.words("common_words") for t in doc[start:end])


def _home_named(ctx: Context, i: int) -> bool:
    """A town that is a common word right after words only a home takes ("grew up in reading", "moved to mobile last
    year"), the clause ending after it; "grew up in reading books" and "live in hope" (no home cue) stay words."""
    doc = ctx.tokens
    if not _preceded_by(doc, i, _words(ctx).get("home_cues", ())):
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.lower_ in _words(ctx).get("home_clause_ends", ())


def _called_home(ctx: Context, end: int) -> bool:
    """After a place opening a post, what the writer says of home: "the gong will always be home", "the peg is home",
    "the soo feels like home" (a verb of being, up to three words, then "home")."""
    doc = ctx.tokens
    home = _words(ctx).get("called_home", ())
    for j in range(end, min(len(doc), end + 4)):
        if doc[j].lower_ == "home":  # "home to my yoga practice" houses something
            return j > end and doc[j - 1].lower_ in home and not (j + 1 < len(doc) and doc[j + 1].lower_ == "to")
        if not (doc[j].is_alpha or doc[j].text in ("'s", "’s")):
            return False
    return False


def _preceded_by(doc, i: int, phrases) -> bool:
    """One of the phrases (one to three lowercase words) ends right before token i."""
    before = " ".join(t.lower_ for t in doc[max(0, i - 3) : i])
    return any(before == p or before.endswith(" " + p) for p in phrases)


def _locals_addressed(ctx: Context, start: int, end: int) -> bool:
    """A town opening a post or a sentence, its people after it and a comma: the writer calls on its locals
    ("Reading friends, swab event on thursday", "bath peeps: who's free?"); "reading friends' posts" is no call."""
    doc = ctx.tokens
    w = _words(ctx)
    if end + 1 >= len(doc) or not ctx.at_sentence_start(start) or doc[end].lower_ not in w.get("people_after", ()):
        return False
    return doc[end + 1].text in w.get("address_marks", ())


def _listed_place(ctx: Context, tok) -> bool:
    """One word that a place list holds and no dictionary does ("kisumu")."""
    return not ctx.plain_word(tok.text) and is_listed_place(ctx, tok.lower_)


def is_listed_place(ctx: Context, word: str) -> bool:
    """One lowercase word that a place list holds ("lagos", "uganda")."""
    index = ctx.gazetteers
    ids = index.single.get(word, ()) if index is not None else ()
    return any(index.specs[i].category == "location" for i in ids)


# kinds of place a list names that a lowercase post may name without a cue, when the name is no word
PLACE_KINDS = frozenset({"city", "region", "state", "country"})


def _place_name_not_a_word(ctx: Context, start: int, end: int) -> bool:
    """One word of a place list that is no word of the language, no first name anywhere, no brand or title
    ("kampala", "cebu", "eldoret"): in a lowercase post that is the place, cue or not (not "nice", "reading",
    "florence", "zara")."""
    if end - start != 1:
        return False
    tok = ctx.tokens[start]
    low, r = tok.lower_, ctx.rules
    # "9 year olds": the plural of a word is a word too
    return (len(low) >= 4 and tok.is_alpha and not ctx.plain_word(low) and not (low.endswith("s") and ctx.plain_word(low[:-1]))
            and low not in r.words("common_words")
            and low not in r.words("world_first_names") and low not in r.words("ambiguous_first_names")
            and not ctx.brand([tok], organisation=False) and not ctx.public_work([tok]) and not ctx.other_language([tok]))


def _team_word_after(ctx: Context, end: int, kind: str) -> bool:
    """A word only teams take right after the name ("Packers fan logic", "Pistons lost")."""
    doc = ctx.tokens
    return kind == "team" and end < len(doc) and doc[end].lower_ in _words(ctx).get("team_after", ())


def _cued_place(ctx: Context, start: int, end: int) -> bool:
    """A place word before ("in Buffalo", "back home in the couve", "across oyo and ogun"), or opening a post
    or sentence a word after that only a place takes ("the gong represent"); a capital, or a lowercase post."""
    doc = ctx.tokens
    w = _words(ctx)
    cued = start > 0 and doc[start - 1].lower_ in w["place_cues"] or _listed_after(ctx, start, w["place_cues"])
    if not cued and end < len(doc) and (doc[end].lower_ in w.get("place_after", ()) or _called_home(ctx, end)):
        cued = ctx.at_sentence_start(start)
    cued = cued or _locals_addressed(ctx, start, end) or _place_person(ctx, start, end, "city")
    if not cued and ctx.informal:
        cued = _people_of_a_place(ctx, start, end, "city")  # "cebu to manila flight", "pindi fam"
        # typed in lowercase, a name that is no word needs no cue, as in the capitalised lists ("cebu heat hits different")
        cued = cued or doc[start].text.islower() and _place_name_not_a_word(ctx, start, end)
    if not cued and start > 0 and end - start > 1 and doc[start].lower_ in w["articles"]:
        # "missing the gong", "left the peg at 18"; no noun running on ("missed the boro game" is the club's)
        runs_on = end < len(doc) and doc[end].is_alpha and not doc[end].is_stop
        cued = doc[start - 1].lower_ in w.get("the_nickname_cues", ()) and not runs_on
    return cued and (doc[start].text[:1].isupper() or ctx.informal or end - start == 1 and not ctx.plain_word(doc[start].text))


def _listed_after(ctx: Context, start: int, cues) -> bool:
    """The name follows one or two others in a list that a cue opens ("across oyo and ogun", "in lagos,
    ibadan or abuja"): each of them one word, no stop word."""
    doc = ctx.tokens
    joiners = _words(ctx).get("list_joiners", ())
    i = start - 1  # the joiner before the name
    for _ in range(2):
        if i < 2 or doc[i].lower_ not in joiners or not doc[i - 1].is_alpha or doc[i - 1].is_stop:
            return False
        if doc[i - 2].lower_ in cues:
            return True
        i -= 2
    return False


def _common_noun_phrase(ctx: Context, span) -> bool:
    """Ordinary words in lowercase that run on into "of" ("the flats of my hand"): a common noun, no place."""
    doc = ctx.tokens
    if span.end >= len(doc) or doc[span.end].lower_ not in _words(ctx).get("common_noun_after", ()):
        return False
    return all(t.is_lower and ctx.plain_word(t.text) for t in span if t.is_alpha)


def _noun_phrase(ctx: Context, span) -> bool:
    """A place's name after an article, a possessive or "new" that reads as a thing: plain words in lowercase ("a new
    jersey", "my long beach towel"), or a short code the clause ends after ("new PB on my 5k", "a PR!"); "my LA
    friends", "a New Jersey native" stay the place."""
    doc = ctx.tokens
    if _a_record(ctx, span):
        return True
    if span.start == 0 or doc[span.start - 1].lower_ not in _words(ctx).get("noun_phrase_leads", ()):
        return False
    if span.text.islower():
        return all(t.is_alpha and ctx.plain_word(t.text) for t in span)
    nxt = doc[span.end] if span.end < len(doc) else None
    code = len(span) == 1 and span.text.isupper() and len(span.text) <= 3
    return code and (nxt is None or nxt.is_punct or nxt.is_stop or nxt.lower_ in _words(ctx).get("side_stops", ()))


def _a_phrase(ctx: Context, span) -> bool:
    """A name of several plain words, in lowercase after an article or a possessive ("the gift of life", "a gift of
    life"): the everyday phrase, not the organisation it names."""
    doc = ctx.tokens
    if len(span) < 2 or span.start == 0 or not span.text.islower():
        return False
    if span.end < len(doc) and doc[span.end].lower_ in _words(ctx).get("name_used_before", ()):
        return False  # "the gift of life registry"
    lead = doc[span.start - 1].lower_
    return (lead == "the" or lead in _words(ctx).get("noun_phrase_leads", ())) and all(t.is_alpha and ctx.plain_word(t.text) for t in span)




def _a_record(ctx: Context, span) -> bool:
    """A code that is also an athlete's record ("PB", "PR") with a race or lift in its sentence: "5k PB this morning",
    "parkrun PB not happening"."""
    w = _words(ctx)
    if len(span) != 1 or span.text.upper() not in w.get("record_codes", ()):
        return False
    sentence = span.sent if ctx.doc.has_annotation("SENT_START") else ctx.doc
    cues = w.get("record_cues", ())
    return any(t.lower_ in cues or t.lower_.rstrip("km").isdigit() and t.lower_[-1:] in "km" for t in sentence)


def _code_ok(ctx: Context, start: int, end: int) -> bool:
    """Short all-capital codes: not in shouted text, and word-like ones only in an address."""
    doc = ctx.tokens
    word = ctx.text[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])]
    after_city = start >= 2 and doc[start - 1].text == "," and doc[start - 2].text[:1].isupper()
    if end - start == 1 and word.endswith(".") and ctx.plain_word(word[:-1]):
        # "after Sunday Mass.", "I was Ill.": a word ending a sentence, not the dotted short form ("Springfield, Mass.")
        return after_city
    if end - start > 1 or len(word) > 3 or not word.isupper():
        return True
    if ctx.shouted(start) or end < len(doc) and doc[end].lower_ in _words(ctx).get("code_subject_followers", ()):
        return False
    if word in _words(ctx)["wordlike_codes"]:
        before_zip = end < len(doc) and doc[end].text.isdigit() and len(doc[end].text) == 5
        return after_city or before_zip
    return True


def _just_a_word(ctx: Context, token, gl, common) -> bool:
    """'reading', 'college', 'sky': an English word that a list also holds as a name. Lowercase or
    opening a sentence, it is the word; after a place cue, only very common words stay words.
    Months and weekdays are never places or teams ("I donated in March")."""
    low = token.lower_
    if low in CALENDAR:
        return True
    if token.text[:1].isupper() and not ctx.at_sentence_start(token.i):
        return False
    if token.text.isupper() and len(token.text) > 1:
        return False
    if _team_word_after(ctx, token.i + 1, gl.kind) or ctx.informal and _team_opening(ctx, token.i, token.i + 1, gl.kind):
        return False  # "Packers fan logic", "the pistons lost", "bombers lost again"
    if ctx.informal and token.text.islower() and _place_condition(ctx, token.i, token.i + 1, gl.kind):
        return False  # "wellington weather": the town
    if gl.kind in PLACE_KINDS and (_home_named(ctx, token.i) or _locals_addressed(ctx, token.i, token.i + 1)
                                   or _place_person(ctx, token.i, token.i + 1, gl.kind)):
        return False  # "grew up in reading, moved to leeds", "Reading friends, ...": the town
    if low in common:
        return True
    if gl.case == "cue":
        return low in ctx.rules.words("very_frequent_words")
    # capitalised-mode lists have passed their own capital-or-cue test ("go broncos"); a capital
    # opening a sentence proves nothing ("Brown leaves everywhere")
    # nor does a cue make a lowercase everyday word a name ("sleeping in the van")
    return (gl.case == "insensitive" or ctx.at_sentence_start(token.i) or token.text.islower()) and low in ctx.rules.words("frequent_words")


# Hashtags of ordinary words that still name someone: fans' slogans (#GoBucks) and a registry's own (#BeTheMatch)
# (kinds of list, the same in every language: no words here)
NAMED_BY_PLAIN_WORDS = frozenset({"team", "registry"})


def _plain_words_out_of_place(ctx: Context, span, gl) -> bool:
    """Ordinary words that a list holds as a name, where their form proves nothing: capitals amid shouting
    ("SO READY RN") or in a Title Case headline ("Things To Pack"), or a campaign hashtag (#DonateLife).
    Fans' hashtags and slogans still name a team."""
    if not all(ctx.plain_word(p) for t in span for p in camel_parts(t.text.lstrip("#")) or [t.text]):
        return False
    if span.start > 0 and ctx.doc[span.start - 1].text == "#" or span.text.startswith("#"):
        return gl.kind not in NAMED_BY_PLAIN_WORDS
    capitals_matter = gl.case in ("sensitive", "capitalised")
    return capitals_matter and (ctx.shouted_span(span.start_char, span.end_char) or ctx.title_case_line(span.start_char))


def _amid_other_language(ctx: Context, span) -> bool:
    """A lowercase word that a list holds as an acronym or a town ("ang", "nasa", "parang") and that is a word of another
    language too, beside another word of it: a phrase of that language ("grabe ang init", "parang nasa oven"); "uwi drive
    was packed" is the university."""
    doc = ctx.tokens
    if span.start > 0 and doc[span.start - 1].lower_ in _words(ctx)["place_cues"]:
        return False  # "in nanaimo": the town, though a dish is named after it
    if ctx.other_language(span):
        return True
    foreign, particles = ctx.rules.words("other_language_words"), ctx.rules.words("other_language_particles")
    if len(span) != 1 or span[0].lower_ not in foreign and span[0].lower_ not in particles:
        return False
    beside = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return any(t.is_alpha and t.text.islower() and len(t) > 2 and (t.lower_ in foreign or t.lower_ in particles) for t in beside)


def _lowercase_in_a_post(ctx: Context, span, gl) -> bool:
    """An acronym or an as-written name typed in lowercase in an informal post: "atx", "msk", "upmc" are
    no English words; a hospital's short form that is a word ("cedars", "mayo") needs a medical word near."""
    if not ctx.informal or any(c.isupper() for c in span.text) or span.text in _words(ctx).get("chat_acronyms", ()):
        return False  # "phone on dnd": chat, not Canada's defence department
    # a list's own cue is checked next; letters and digits together are no word either ("f45"); a hospital's name
    # from a list of word-like names needs its medical word even when no dictionary holds it ("starship")
    word_like_hospital = gl.kind == "hospital" and gl.case == "sensitive"
    if not word_like_hospital and (gl.cues or not all(t.is_alpha and ctx.plain_word(t.text) for t in span if any(c.isalpha() for c in t.text))):
        return True
    if gl.kind != "hospital":
        return False
    near = ctx.tokens[max(0, span.start - 5) : span.end + 4]
    medical = _words(ctx)["medical_cues"]
    return any(t.lower_ in medical for t in near)


def detect(ctx: Context, index: GazetteerIndex):
    doc = ctx.doc
    common = ctx.rules.words("common_words")
    sides = []  # teams and schools found: (start, end, list)
    # the lowercase copies of acronyms serve only informally written paragraphs
    for matcher in (index.lower, index.exact, index.lowered) if ctx.informal else (index.lower, index.exact):
        for match_id, start, end in index.matches(matcher, ctx):
            gl = index.specs[match_id]
            span = doc[start:end]
            if matcher is index.lowered:
                if span.text != span.text.lower() or not _lowercase_in_a_post(ctx, span, gl):
                    continue  # written as listed, the exact matcher has it
            elif gl.case == "capitalised" and not _capitalised_ok(ctx, start, end, gl.kind):
                continue
            elif (gl.case == "capitalised" and gl.category == "location" and end - start == 1
                  and doc[start].lower_ in ctx.rules.words("very_frequent_words") and not _cued_place(ctx, start, end)):
                continue  # "the Man from the hospital", "a Bad day": a town named by one of the commonest words needs a place word
            elif gl.case == "cue" and not _cued_place(ctx, start, end):
                continue
            elif gl.case == "sensitive" and not _code_ok(ctx, start, end):
                continue
            if (gl.cues and not any(t.lower_ in gl.cues for t in ctx.tokens[max(0, start - 4) : start]) and not _work_word_after(ctx, start, end, gl)
                    and not _at_work_later(ctx, start, end, gl)):
                continue
            if gl.cues and gl.category == "location" and _common_noun_phrase(ctx, span):
                continue  # "in the flats of my hand": the words, not the district
            if _plain_words_out_of_place(ctx, span, gl):
                continue
            if start > 0 and f"{doc[start - 1].lower_} {span.text.lower()}" in entities.generic_words(ctx.rules):
                continue  # "Thank you Prayer Warriors": a phrase of church life (entities.toml generic), no team
            if len(span) == 1 and ctx.family_word_owned(span.text):
                continue  # "mams roast", "nans house": a family word's own, no district (Mams of Pretoria)
            if gl.category == "location" and _had_with_a(ctx, start, end):
                continue  # "an ice pack and a Topo Chico.", "ordered a Manhattan and": a thing had, no place ("a Texas girl" stays)
            if span.text.islower() and _amid_other_language(ctx, span):
                continue  # "parang nasa oven": words of another language that a list holds as an acronym or a town too
            if gl.category == "location" and _noun_phrase(ctx, span):
                continue  # "a new jersey for the game", "new PB on my 5k": a thing, not the place
            if gl.category == "location" and end < len(doc) and f"{span.text.lower()} {ctx.lowers[end]}" in ctx.rules.words("public_works"):
                continue  # "canada day shift", "australia day bbq": the holiday the place names (a shift's work word aside)
            if gl.kind == "registry" and _a_phrase(ctx, span):
                continue  # "gave the gift of life": the phrase; "swabbed with gift of life" is the registry
            # "a plate of Buffalo wings", "Victoria sponge for the nurses"; a short form that is a word too, in a thing's
            # name: "Famous Mac and cheese" (no McMaster)
            if (gl.category == "location" or gl.file.endswith("common-words.txt")) and ctx.names_a_thing(start, end):
                continue
            if ctx.public_work(span) or gl.category == "location" and ctx.brand(span, False, longer=True):
                continue  # "the Premier League", "Six Nations", "the New York Times crossword": a title or brand, no place or group
            if start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
                continue  # "a deadlift-a-thon": the tail of a hyphenated word, not the name a list holds (THON)
            if len(doc[end - 1].text) <= 2 and end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
                continue  # "G-CSF shots", "T-cells": a letter opening a hyphenated word, not the code a list holds
            if (len(span) == 1 and gl.case == "capitalised" and ctx.informal and span.text.isupper() and len(span.text) > 3
                    and ctx.plain_word(span.text) and not _team_word_after(ctx, end, gl.kind)):
                continue  # "i DREAM of a runny egg": one word in capitals amid lowercase is stress, not the team
            if len(span) == 1 and matcher is not index.exact and span.text.isupper() and span.text.lower() in ctx.rules.words("chat_words"):
                continue  # "Does BAH change": a short form of chat or service life in capitals, not the town a list holds as "Bah"
            if len(span) == 1 and ctx.shouted(start) and ctx.plain_word(span.text) and not (start > 0 and doc[start - 1].lower_ in _words(ctx)["cue_words"]):
                continue  # "PROUD OF YOU BRO": a word in shouting, not the code a list holds (BRO, PUP, UNI); "GO PACKERS" stays
            # a list's own cue ("work at target") already says the name is meant, not the word
            if len(span) == 1 and not gl.cues and matcher is not index.lowered and _just_a_word(ctx, ctx.tokens[start], gl, common):
                continue
            if gl.kind in SIDES:
                sides.append((start, end, gl))
            yield candidate(ctx, span.start_char, span.end_char, gl.category, gl.kind, "gazetteer:" + gl.file, priority=gl.priority)
    yield from _other_sides(ctx, sides)
    if ctx.informal:
        yield from _hospital_units(ctx)
    yield from _hashtags(ctx, index)


def _hospital_heads(rules) -> frozenset[str]:
    """The first word of every hospital's name and alias, lowercase ("mater" of "Mater Private", "royal")."""
    return frozenset(alias.split()[0].lower() for gl in rules.lists if gl.kind == "hospital" for entry in gl.entries for alias in entry)


def _hospital_units(ctx: Context):
    """"mater day unit", "the royal's ward 5", "knh ward 7": in a lowercase post, the word opening a listed hospital's
    name right before one of its wards or units. A word of the dictionary needs the possessive ("the royal's
    ward"); a first name never counts ("the new ward", "grace ward", "sarah's ward" name none)."""
    w = _words(ctx)
    units = w.get("hospital_units", ())
    if not units:
        return
    doc = ctx.tokens
    r = ctx.rules
    heads = r.built(_hospital_heads)
    for i in ctx.indices_of(heads):
        tok = doc[i]
        low = tok.lower_
        if low in w.get("hospital_head_not", ()) or not (tok.is_alpha and tok.text.islower()):
            continue
        j = tok.i + 1
        owned = j < len(doc) and doc[j].lower_ in ("'s", "’s")
        j += owned
        if j < len(doc) and doc[j].lower_ == "day":
            j += 1  # "the day unit", "day ward"
        if j >= len(doc) or doc[j].lower_ not in units:
            continue
        if low in r.words("world_first_names") or ctx.plain_word(low) and not owned:
            continue
        yield candidate(ctx, tok.idx, tok.idx + len(tok), "organization", "hospital", "gazetteer:units", priority=UNIT_PRIORITY)


# a hospital named by its ward: below the lists' own names
UNIT_PRIORITY = 60


def _work_word_after(ctx: Context, start: int, end: int, gl) -> bool:
    """A brand right before a word of the writer's job ("tesco shift done", "my target uniform", "my Walmart manager"):
    the workplace ("the tesco manager was rude" is a shopper's)."""
    doc = ctx.tokens
    w = _words(ctx)
    if gl.kind != "employer" or end >= len(doc):
        return False
    if end + 1 < len(doc) and doc[end].lower_ in w.get("shift_times", ()):
        end += 1  # "doing tesco night shifts"
    if doc[end].lower_ in ("where", "that") and any(t.lower_ in w.get("works_verbs", ()) for t in doc[end + 1 : end + 5]):
        return True  # "the walmart where i work", "the tesco that my mum works at"
    if doc[end].lower_ in w.get("employer_after_mine", ()):
        owners = ctx.name_words.get("writer_possessives", ())
        return start > 0 and doc[start - 1].lower_ in owners
    return doc[end].lower_ in w.get("employer_after", ())


def _had_with_a(ctx: Context, start: int, end: int) -> bool:
    """The place's name, with the capitalised words before it, follows "a" or "an" and ends a phrase: a drink or a dish
    had ("a Topo Chico.", "a Manhattan and fries"), as no place is ("a Texas girl" goes on)."""
    doc = ctx.tokens
    first = start
    while first > 0 and doc[first - 1].is_alpha and doc[first - 1].text[:1].isupper() and start - first < 2:
        first -= 1
    return ctx.after_lone_article(first) and ctx.ends_a_phrase(end)


def _at_work_later(ctx: Context, start: int, end: int, gl) -> bool:
    """"back at Woolies tomorrow, told my manager i donated": a brand one is at, then a word of the writer's job later in
    the sentence (within eight words)."""
    doc = ctx.tokens
    if gl.kind != "employer" or start < 1:
        return False
    before = start - 2 if doc[start - 1].lower_ in _words(ctx)["articles"] else start - 1
    if before < 0 or doc[before].lower_ != "at":
        return False
    for t in doc[end : end + 8]:
        if t.text in (".", "!", "?") or "\n" in t.text or t.lower_ in ctx.name_words.get("with_words", ()):
            return False  # "lunch at Nandos with my boss": company kept, no workplace
        if t.lower_ in gl.cues:
            return True
    return False


# kinds of list whose names meet in a match ("warriors v sea eagles", "dlsu vs admu")
SIDES = frozenset({"team", "school"})
# a side named after the other is a guess beside it (below the lists')
SIDE_PRIORITY_DROP = 10


def _other_sides(ctx: Context, sides: list):
    """"warriors v sea eagles", "dlsu vs admu": a team or school the lists found, joined by "v"/"vs" to a few
    words; those words are the other side, of the same kind (up to three, no function, time or calendar word)."""
    if not sides:
        return
    doc = ctx.tokens
    w = _words(ctx)
    versus, stops = w.get("versus", ()), w.get("side_stops", ())
    found = {i for start, end, _ in sides for i in range(start, end)}

    def side_word(i: int) -> bool:
        t = doc[i]
        return t.is_alpha and not t.is_stop and t.lower_ not in stops and t.lower_ not in CALENDAR and i not in found

    for start, end, gl in sides:
        if end + 1 < len(doc) and doc[end].lower_ in versus:
            s = e = end + 1
            if s + 1 < len(doc) and doc[s].lower_ in w["articles"]:
                s = e = s + 1  # "the sharks vs the bulls"
            while e < len(doc) and e - s < 3 and side_word(e):
                e += 1
        elif start >= 2 and doc[start - 1].lower_ in versus:
            s = e = start - 1
            while s > 0 and e - s < 3 and side_word(s - 1) and not (s < e and ctx.at_sentence_start(s)):
                s -= 1
        else:
            continue
        if e > s and not ctx.public_work(doc[s:e]):
            yield candidate(ctx, doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), gl.category, gl.kind, "gazetteer:versus",
                            priority=gl.priority - SIDE_PRIORITY_DROP)


def _hashtags(ctx: Context, index: GazetteerIndex):
    if "#" not in ctx.text:
        return  # no hashtag, no token to look at
    toks = ctx.tokens
    for token in toks:
        if not token.text.startswith("#") and not (token.i > 0 and toks[token.i - 1].text == "#" and not toks[token.i - 1].whitespace_):
            continue
        body = token.text.lstrip("#")
        start = token.idx - (0 if token.text.startswith("#") else 1)
        end = token.idx + len(token.text)
        gl = index.hashtags.get(compact(body))
        parts = camel_parts(body)
        priority = gl.priority if gl else 0
        if not gl:
            # #SeattleStrong, #GoHawks: a known name inside the CamelCase parts
            best = None
            for i in range(len(parts)):
                for j in range(len(parts), i, -1):
                    c = compact("".join(parts[i:j]))
                    hit = index.hashtags.get(c)
                    if hit and len(c) >= 4 and (best is None or len(c) > best[0]):
                        best = (len(c), hit)
            if not best:
                continue
            gl, priority = best[1], best[1].priority - 5
        if gl.kind not in NAMED_BY_PLAIN_WORDS and all(ctx.plain_word(p) for p in parts):
            continue  # a campaign hashtag of ordinary words (#GivingTuesday, #DonateLife); fans' ones (#GoBucks) name a team
        yield candidate(ctx, start, end, gl.category, gl.kind, "gazetteer:hashtag", priority=priority)
