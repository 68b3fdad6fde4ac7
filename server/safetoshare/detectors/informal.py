"""Entities from the NER component trained for posts as people type them (training/informal_ner).

en_core_web_sm learned from tidy news text and leans on capital letters: "marco and i", "drinks at the
salty dog", "go bearcats" escape it, and shouted text fools it. The informal component, fine-tuned from it
on case-varied synthetic posts, reads lowercase names, venues and teams from their context. It reads
informally written paragraphs instead of the main model (checker._parse_all); its guesses rank as model
guesses do (curated lists and cues win any overlap).

The guard against ordinary words: a guess made only of dictionary words ("fine", "sweatpants", "the
grocery store") is kept only with a cue the model cannot be trusted to weigh: a family, pet or title word
just before a name ("my dog pickles", "dr. rose"), a capital letter inside a sentence of tidy text, or a
venue named after "at"/"to" whose last word is no everyday place noun ("at the salty dog").
"""
from __future__ import annotations

from . import entities, names, words
from .gazetteer import is_listed_place
from .base import CALENDAR, CLOCK_TIME, POSSESSIVE, STRETCHED, Context, candidate, is_emoji
from .patterns import is_area_code, listed_code_not_counting

# The model's labels and the words its guard reads come from rules/en/words/informal.toml (the model
# was trained on English posts).
WORDS = frozenset({
    "labels", "naming_words", "birthday_cue_pattern", "determiners", "articles", "place_before", "team_cues", "team_after",
    "venue_cues", "venue_cues_before_the", "function_after", "verb_endings", "venue_locators",
})
# a language may add the words of the clinic and the gym that open no venue's name ("the blood draw", "the squat rack")
OPTIONAL_WORDS = frozenset({"not_venue_openers", "team_after_literal"})
# A model's guess (below 30): it fills only the gaps that lists and cues leave.
PRIORITY = 22

def detect(ctx: Context):
    if not ctx.by_informal_model:
        return
    r = ctx.rules
    w = _words(ctx)
    labels = words.built(w, words.category_kinds)
    safe = r.built(_safe_words)
    for ent in ctx.doc.ents:
        mapped = labels.get(ent.label_)
        if not mapped:
            continue
        toks = _trimmed([t for t in ent if not t.is_punct and not t.is_space], r)
        # without the emoji or possessive closing it ("littles 🌼", "mam's"): the words alone meet the guard
        while len(toks) > 1 and (toks[-1].lower_ in POSSESSIVE or is_emoji(toks[-1].text)):
            toks = toks[:-1]
        if not toks:
            continue
        mapped = _person_if_first_name(ctx, toks, mapped)
        pair = _first_names_joined(r, toks)
        if pair and mapped[0] != "personal_name":
            # "kemi and yaw are fighting": lowercase first names the model took for a place or a group
            for t in pair:
                yield candidate(ctx, t.idx, t.idx + len(t), "personal_name", "default", "informal:" + ent.label_, priority=PRIORITY)
            continue
        lowered = [t.lower_ for t in toks]
        if not lowered or all(x in safe or _plain(x) in safe for x in lowered if any(c.isalnum() for c in x)):
            continue
        if ent.text.startswith(("#", "@")):
            continue  # hashtags and handles have their own detectors
        if ent.end < len(ctx.doc) and f"{ent.text.lower()} {ctx.lowers[ent.end]}" in r.words("public_works"):
            continue  # "canada day shift": the holiday the place names
        if ctx.names_a_thing(toks[0].i, toks[-1].i + 1):
            continue  # "buffalo wings", "eggs benedict", "the mac and cheese": a thing named after a place or a person, a dish
        if ctx.public_work(toks):
            continue  # "finally beat elden ring": a title, no one's
        nxt = toks[-1].i + 1
        owned = nxt < len(ctx.doc) and ctx.doc[nxt].lower_ in POSSESSIVE  # "wendy's": a chain named after someone
        if owned and ctx.brand(toks + [ctx.doc[nxt]], organisation=True) or ctx.brand(toks, organisation=mapped[0] == "organization") or _brand_and_words(ctx, toks):
            continue  # "just ordered a tesla", "aldi haul": a brand, an employer only with a work cue (the lists')
        if CLOCK_TIME.fullmatch(ent.text.strip()) or _letter_compound(toks) or ctx.other_language(toks):
            continue  # "at 4:58pm", "o-week", "k-drama", "ka pai", "de verdad": a time, a compound word, another language
        if all(t.is_stop or len(t.text) == 1 for t in toks) or lowered[0] in w["determiners"]:
            continue  # "w", "a meal train": no name starts with an article
        if mapped[0] == "organization" and len(toks) == 1 and ctx.family_word_owned(_plain(lowered[0])):
            continue  # "grace at nans takes 10 minutes", "at my mums": a family word's own home, no venue
        had = ctx.after_lone_article(toks[0].i) and (mapped[0] == "personal_name" or ctx.ends_a_phrase(toks[-1].i + 1))
        if had or mapped[0] == "personal_name" and len(toks) == 1 and toks[0].text in _names_words(ctx)["not_initials"]:
            continue  # "brought me a Runza", "ice pack and a Topo Chico.": a thing had ("a UCLA grad" stays); "my old PE teacher"
        if any(t.like_num for t in toks) and not _area_code(ctx, ent, toks, mapped[0], w):
            continue  # "300+ students", "118 degrees"; an area code ("the 505") is a place
        lowercase = all(not t.text[:1].isupper() for t in toks)
        if lowercase and not ctx.informal:
            continue  # in carefully capitalised writing a name has its capital; the main model reads that text
        named = toks[1:] if len(toks) == 2 and toks[0].lower_ in w["articles"] else toks
        if len(named) == 1 and lowercase and not _lowercase_word_cued(ctx, ent, named[0], mapped[0]):
            continue  # "with the littles": one word after "the" is one word
        if len(named) == 1 and lowercase and named[0].lower_ in r.table("names").get("irregular_past_acts", ()):
            continue  # "my sister sang at the gala", "he won": a past tense ("sang", "won" are names somewhere too)
        if all(t.is_stop or len(t.text) == 1 or t.lower_ in safe or _ordinary(r, t.lower_) for t in toks) and not _cued(ctx, ent, mapped[0]):
            continue
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
        if mapped[0] == "personal_name" and not lowercase:
            # "Oprah reruns": the capitalised name without the lowercase words the model ran on into
            named = [t for t in toks if t.text[:1].isupper() or not _ordinary(r, t.lower_)]
            start, end = named[0].idx, named[-1].idx + len(named[-1])
        yield candidate(ctx, start, end, *mapped, "informal:" + ent.label_, priority=PRIORITY)


def _letter_compound(toks: list) -> bool:
    """"o-week", "k-drama", "e-bike", "x-ray": one hyphenated word opening with a lone letter (the hyphen was dropped
    with the punctuation), a word, not a name."""
    if len(toks) != 2 or len(toks[0].text) != 1 or not toks[0].is_alpha or toks[0].whitespace_:
        return False
    doc = toks[0].doc
    i = toks[0].i
    return i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].i == toks[1].i and not doc[i + 1].whitespace_


def _brand_and_words(ctx: Context, toks: list) -> bool:
    """"aldi haul", "capitec app is down": in lowercase, a consumer brand and dictionary words after it, the model
    running a brand on into what was bought or used; no work word around it ("my aldi shift": the lists')."""
    if len(toks) < 2 or not all(t.text.islower() for t in toks):
        return False
    r = ctx.rules
    brands = r.words("consumer_brands")
    for k in range(1, len(toks)):
        if " ".join(t.lower_ for t in toks[:k]) in brands:
            rest = toks[k:]
            if all(t.lower_ in r.words("dictionary_words") for t in rest):
                near = ctx.tokens[max(0, toks[0].i - 5) : toks[-1].i + 5]
                return not any(t.lower_ in r.work_cues for t in near)
    return False


def _safe_words(rules) -> frozenset[str]:
    """Words that alone make no entity (RuleSet.built: joined once per rules); with entities.toml's generic
    words, which a model tags but identify no one ("donor", "Christmas")."""
    generic = entities.generic_words(rules)
    return (rules.words("relationship_words") | rules.words("pet_words") | rules.words("common_words") | rules.words("diagnoses")
            | rules.words("chat_words") | rules.words("demonyms") | generic | CALENDAR)


def _first_names(rules) -> frozenset[str]:
    return rules.words("first_names") | rules.words("ambiguous_first_names")


def _edge_words(rules) -> frozenset[str]:
    return rules.words("chat_words") | CALENDAR


def _trimmed(toks: list, rules) -> list:
    """The guess without the chat words and calendar words it ran into at either end ("yo marcel thx",
    "ann arbor pls", "the blind pig thurs"): the model's span edges are loose in slang."""
    edge = rules.built(_edge_words)
    while toks and (toks[0].lower_ in edge or _plain(toks[0].lower_) in edge):
        toks = toks[1:]
    while toks and (toks[-1].lower_ in edge or _plain(toks[-1].lower_) in edge):
        toks = toks[:-1]
    return toks


def _person_if_first_name(ctx: Context, toks: list, mapped: tuple) -> tuple:
    """"it's me, rocco": one lowercase word the model placed but that is a first name from somewhere in the
    world is a person, unless a place list holds it too ("the whole of preston is in mourning": the model and the
    list agree on the town, which the list alone found no cue for)."""
    if mapped[0] == "personal_name" or len(toks) != 1 or toks[0].text[:1].isupper():
        return mapped
    if toks[0].lower_ not in ctx.rules.words("world_first_names") or mapped[0] == "location" and is_listed_place(ctx, toks[0].lower_):
        return mapped
    return ("personal_name", "default")


def _first_names_joined(rules, toks: list) -> list:
    """"A and B" (or "A & B") in lowercase, one of them a first name from somewhere in the world and no frequent word
    ("yaw", not "will"): the words that could be names (that one, the other if a first name too or a short form that is no
    very frequent word); else []."""
    if len(toks) != 3 or toks[1].lower_ not in ("and", "&", "n") or not all(t.text.islower() and t.is_alpha for t in toks[::2]):
        return []
    names, words, safe = rules.words("world_first_names"), rules.words("frequent_words"), rules.built(_safe_words)
    pair = [toks[0], toks[2]]
    if any(t.lower_ in safe or t.is_stop for t in pair):
        return []
    only_names = [t.lower_ in names and t.lower_ not in words for t in pair]
    could_be = [t.lower_ in names or len(t) <= 3 and t.lower_ not in rules.words("very_frequent_words") for t in pair]
    return [t for t, a, b in zip(pair, only_names, could_be) if a or b] if any(only_names) else []


def _area_code(ctx: Context, ent, toks, category: str, w: dict) -> bool:
    """"the 505": a listed area code, a place; not what it counts ("in the 250 range for platelets")."""
    if category != "location" or len(toks) != 1 or not is_area_code(toks[0].text):
        return False
    tok = toks[0]
    if tok.i == 0 or ent.doc[tok.i - 1].lower_ not in w["articles"]:
        return False
    return listed_code_not_counting(ctx, tok.text, ent.doc[tok.i - 1].idx, tok.idx + len(tok))


def _lowercase_word_cued(ctx: Context, ent, tok, category: str) -> bool:
    """One lowercase word is a name when it is a known first name (from any country) or follows a family, pet
    or title word; a place or venue when a place word stands before it ("in okc") or a team word after it."""
    doc = ent.doc
    w = _words(ctx)
    before = [t.lower_ for t in doc[max(0, ent.start - 3) : ent.start] if t.text not in (".", " ")]
    prev = before[-1] if before else ""
    if prev in w["articles"] and len(before) > 1:
        prev = before[-2]
    after = [t.lower_ for t in doc[ent.end : ent.end + 2]]
    if category == "personal_name":
        r = ctx.rules
        pets = r.words("pet_words")
        head = ctx.text[max(0, ent.start_char - 40) : ent.start_char]
        return (
            tok.lower_ in r.words("world_first_names")
            or prev in _name_cues(ctx) or prev in r.words("relationship_words") or prev in pets
            or (len(after) == 2 and after[0] in w["articles"] and after[1] in pets)  # "waffles the dog"
            or bool(w["birthday_cue_pattern"].search(head)) or any(m.end() == len(head) for m in _names_words(ctx)["gratitude_cue_pattern"].finditer(head))
        )
    nxt = after[0] if after else ""
    if nxt in w["team_after"]:
        # "sharks lost again", "the heat won": a team; not a word that is a word too before what its own sense does next
        # ("sharks lost their teeth", "heat lost through the windows"), unless "the" or a team cue comes before it
        literal = len(after) == 2 and after[1] in w.get("team_after_literal", ()) and ctx.plain_word(tok.text)
        return not literal or bool(before) and (before[-1] in w["articles"] or before[-1] in w["team_cues"])
    if category == "location" and is_listed_place(ctx, tok.lower_) and not ctx.plain_word(tok.text):
        return True  # "the whole of preston is in mourning": the model and a place list agree on a word that is nothing else
    return prev in w["place_before"]


def _words(ctx: Context) -> dict:
    return words.table(ctx.rules, "informal", WORDS)


def _names_words(ctx: Context) -> dict:
    return words.table(ctx.rules, "names", names.WORDS)


def _name_cues(ctx: Context) -> frozenset[str]:
    """Words after which a name follows: "named", "called" and the titles ("dr. rose", "nurse joy")."""
    return _words(ctx)["naming_words"] | _names_words(ctx)["titles"]


def _plain(word: str) -> str:
    """"lmaooo" -> "lmao", "soooo" -> "so": stretched letters folded for the word-list look-ups."""
    return STRETCHED.sub(r"\1", word) if STRETCHED.search(word) else word


def _ordinary(rules, word: str) -> bool:
    """A dictionary word, or a common word of another language or a dish, that is no known first name (names that are
    also words, like rose, count as words)."""
    words, foreign = rules.words("dictionary_words"), rules.words("other_language_words")
    w = word if word in words or word in foreign else _plain(word)
    if w not in words and w not in foreign:
        return False
    return w not in rules.words("first_names") or w in rules.words("ambiguous_first_names") or w in rules.words("frequent_words")


def _cued(ctx: Context, ent, category: str) -> bool:
    doc = ent.doc
    w = _words(ctx)
    before = [t.lower_ for t in doc[max(0, ent.start - 2) : ent.start] if not t.is_space]
    prev = before[-1] if before else ""
    r = ctx.rules
    toks = [t for t in ent if not t.is_punct]
    if category == "personal_name":
        # "my dog pickles", "dr. rose", "nurse joy": a name-like word after a family, pet or title word
        # (not a verb: "nurse laughed", "mom wrote")
        pets = r.words("pet_words")
        cue_words = _name_cues(ctx) | r.words("relationship_words") | pets
        while toks and toks[0].lower_ in cue_words:
            prev, toks = toks[0].lower_, toks[1:]
        # pets are named with everyday words (pickles, bean) though not the commonest (ate, sleeps);
        # people after "nurse" or "my sister" with names (joy, rose) or unknown words
        plain = r.words("very_frequent_words") if prev in pets else r.words("frequent_words")
        names = r.built(_first_names)
        nxt = doc[ent.end].lower_ if ent.end < len(doc) else ""
        # "my cat hid under the bed": a verb after the pet word, not its name
        verb_like = nxt in w["function_after"] or any(t.lower_.endswith(tuple(w["verb_endings"])) for t in toks) or (len(toks) == 1 and ctx.common_verb_with_s(toks[0].lower_))
        if prev in pets and len(toks) == 1 and toks[0].lower_ in _names_words(ctx).get("pet_compounds", ()):
            return False  # "my dog walker"
        if toks and prev in cue_words and all(t.lower_ in names or (t.lower_ not in plain and not verb_like) for t in toks):
            return True
    else:
        # "go zips", "the bulldogs fans", "the pistons lost again": a team named with a plain word
        nxt = doc[ent.end].lower_ if ent.end < len(doc) else ""
        if prev in w["team_cues"] or nxt in w["team_after"] or (len(toks) > 1 and toks[-1].lower_ in w["team_after"]):
            return True
        # "drinks at the salty dog": a name made of words, after "at (the)", that is no everyday place ("the grocery store")
        # (two words at least: "at the sky" is no venue)
        names = [t for t in toks if t.lower_ not in w["articles"]]
        # "at the daily grind on birch": the street after "on" says where, the name is before it
        on = next((n for n, t in enumerate(names) if n and t.lower_ in w["venue_locators"]), None)
        if on is not None:
            names = names[:on]
        cue = prev in w["venue_cues"] or (prev in w["articles"] and len(before) == 2 and before[0] in w["venue_cues_before_the"])
        # no everyday place in it ("the hospital ran late": the model ran on past it), no clinic or gym thing
        places = r.words("place_nouns")
        if cue and len(names) >= 2 and not any(t.is_stop or t.lower_ in places for t in names):
            # "cracked at finding veins": right after "at", a word of -ing is what someone is good at, no venue ("at the
            # laughing cow" may be one)
            gerund = prev in w["venue_cues"] and names[0].lower_.endswith("ing") and names[0].lower_ in r.words("dictionary_words")
            return names[0].lower_ not in w.get("not_venue_openers", ()) and not gerund
    return _capitalised_in_sentence(doc, ent)


def _capitalised_in_sentence(doc, ent) -> bool:
    """Every word capitalised, not at a sentence start, with lowercase words around it (no headline, no shouting)."""
    toks = [t for t in ent if t.is_alpha]
    if not toks or not all(t.text[0].isupper() for t in toks) or all(t.text.isupper() for t in toks):
        return False
    prev = doc[ent.start - 1] if ent.start > 0 else None
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if prev is None or prev.is_punct or prev.is_space or "\n" in prev.text:
        return False
    neighbours = [t for t in (prev, nxt) if t is not None and t.is_alpha]
    return bool(neighbours) and all(t.text.islower() for t in neighbours)
