"""The spaCy model's own entities, mapped to our categories and cleaned of its usual mistakes.

Lowest priority: any curated list or cue that covers the same words wins.
"""
from __future__ import annotations

from . import words
from .base import CLOCK_TIME, SCRIPTURE_VERSE, Context, camel_parts, candidate

# The model's labels and the words it tags that identify no one come from rules/<lang>/words/entities.toml
# (each language's model has its own labels).
WORDS = frozenset({"labels", "generic"})
# a language may add the words a name or a place has no capital for inside it, but a slogan or a title in Title Case does
OPTIONAL_WORDS = frozenset({"title_case_tells", "proper_noun_before", "place_words_before", "name_structure_words", "kind_words_after",
                            "employer_words_before", "holiday_openers", "event_nouns", "watch_verbs", "product_tails"})


def detect(ctx: Context):
    if ctx.by_informal_model:
        return  # an informal paragraph was read by the informal-post model: detectors/informal.py maps it
    w = words.table(ctx.rules, "entities", WORDS)
    label_map, generic = words.built(w, words.category_kinds), w["generic"]
    relations = ctx.rules.built(_kin_and_pets)
    common = ctx.rules.words("common_words")
    diagnoses = ctx.rules.words("diagnoses")
    for ent in ctx.doc.ents:
        mapped = label_map.get(ent.label_)
        if not mapped:
            continue
        category, kind = mapped
        if category == "location" and len(ent) == 1 and _first_name_not_word(ctx, ent[0]):
            category, kind = "personal_name", "default"  # "brunch w Siobhan": a name the model placed (a real town is in the lists, which win)
        # words only: an emoji's variation selector the model took in ("️ Grandpa") is no part of a name
        toks = [t for t in ent if not t.is_punct and not t.is_space and any(ch.isalnum() for ch in t.text)]
        ent_words = [t.lower_ for t in toks]
        chat = ctx.rules.words("chat_words")
        if not ent_words or ent.text.lower() in generic or all(t.is_stop or t.lower_ in generic or t.lower_ in relations or t.lower_ in common or t.lower_ in diagnoses or t.lower_ in chat
                            for t in toks):
            continue
        if _end_of_a_kin_phrase(ctx, ent, relations):
            continue  # "my Son in Law": the last word of a family word written apart ("son-in-law")
        if ent.text.startswith("#") or ent.text.startswith("@"):
            continue  # hashtags and handles have their own detectors
        hyphen = ent.start if ent[0].text == "-" else ent.start - 1
        if (hyphen > 0 and ctx.doc[hyphen].text == "-" and not ctx.doc[hyphen - 1].whitespace_ and not ctx.doc[hyphen].whitespace_
                and ctx.plain_word(ctx.doc[hyphen - 1].text)):
            continue  # "All-Ireland final", "pan-African": the tail of a word made with a hyphen ("Dublin-Boston" stays)
        if SCRIPTURE_VERSE.search(ent.text) or SCRIPTURE_VERSE.match(ctx.text, ent.end_char):
            continue  # "Jeremiah 29:11", "John 3:16": a book of scripture with chapter and verse
        if ctx.names_a_thing(ent.start, ent.end):
            continue  # "Buffalo wings", "Eggs Benedict": a thing named after a place or a person
        if ctx.public_work(ent):
            continue  # "Just finished Stranger Things", "the Premier League": a title, no one's
        if ctx.brand(ent, organisation=category == "organization"):
            continue  # "a bottle of Jameson", "my Dyson": a brand, an employer only with a work cue (the lists')
        if ctx.other_language(ent) or CLOCK_TIME.fullmatch(ent.text.strip()):
            continue  # "Alhamdulillah", "Olorun is faithful", "Danke schön"; "at 4:58pm": a phrase or a time, no one
        if not any(t.text[:1].isupper() for t in ent):
            continue  # the model's lowercase guesses are mostly wrong; lists and cues cover real ones
        if len(ent) == 1 and ent.text.isupper() and len(ent.text) > 3 and ent.text.lower() in common:
            continue  # shouting ("SCREAMING"), not an acronym
        if ctx.shouted_span(ent.start_char, ent.end_char):
            continue  # "WHO'S GONNA HOLD MY HAND": capitals amid shouting are no entity
        plain = all(ctx.plain_word(p) for t in ent if not t.is_punct for p in camel_parts(t.text.strip("#@")) or [t.text])
        shouted_word = ent.text.isupper() and len(ent.text) > 2  # "SUB", "a LOT"; "LA" stays a place
        if plain and (ent.start > 0 and ctx.doc[ent.start - 1].text == "#" or shouted_word or ctx.title_case_line(ent.start_char)):
            continue  # #GivingTuesday, "SUB", a headline in Title Case ("Swab Sent"): ordinary words, no entity
        if plain and any(t.lower_ in w.get("title_case_tells", ()) and t.text[:1].isupper() for t in ent[1:]):
            continue  # "Bald And Beautiful!!!", "The Easiest Thing I Ever Did": words in Title Case, a slogan or a title
        if category == "personal_name" and len(ent) == 1 and _plural_of_a_word(ctx, ent[0]):
            continue  # "bring the Mums inside", "the Hydrangeas are taller than me": things, no one
        if len(ent) > 1 and ent[0].lower_ in w.get("holiday_openers", ()) and all(ctx.plain_word(t.text) for t in ent[1:] if not t.is_punct):
            continue  # "Easter Lilies", "her Easter Dress", "Christmas Cards": a holiday's things
        before = ent.start - 1 if ent.start > 0 and ctx.lowers[ent.start - 1] != "the" else ent.start - 2
        if category == "organization" and (before >= 0 and ctx.lowers[before] in w.get("watch_verbs", ())
                                           or len(toks) > 1 and toks[-1].lower_ in w.get("product_tails", ())):
            continue  # "watching The Chase", "Busch Light in one hand": a show, a drink (a team is the lists')
        if ctx.after_lone_article(ent.start) and ctx.ends_a_phrase(ent.end):
            continue  # "ordered a Long Island and", "cracked open a Corona.": a drink or a thing had, ending there
        named = ent[1:] if len(ent) > 1 and ctx.after_lone_article(ent.start + 1) else ent
        if category == "personal_name" and ctx.after_lone_article(named.start) and all(ctx.plain_word(t.text) for t in named):
            continue  # "woke up to a Robin singing", the model's "a Robin": a thing, no one (a name takes no "a")
        # words of the language or the model's generic words ("her Easter Dress")
        everyday = plain or all(ctx.plain_word(t.text) or t.lower_ in generic for t in toks)
        if everyday and ctx.channel == "post" and w.get("proper_noun_before") and not _opens_with_a_name(ctx, ent) and not _named_by_its_place(ctx, ent, category, w):
            continue  # "a bowl of Potato Soup", "his Mouth Sores", "Overwhelmed by your Kindness": a post's capitals stress words
        if plain and ctx.emphatic_capitals and category == "personal_name" and not _opens_with_a_name(ctx, ent):
            continue  # "a proper Pot Roast", "Prayer Request", "the Moms": everyday words a writer capitalises, no name opening them
        if len(ent) == 1 and ent[0].is_stop:
            continue
        if len(ent) == 1 and (_doubtful_name(ctx, ent[0], common) if category == "personal_name" else _opening_word(ctx, ent[0])):
            continue
        yield candidate(ctx, ent.start_char, ent.end_char, category, kind, "model:" + ent.label_, priority=20)




def generic_words(rules) -> frozenset[str]:
    """Words a model tags that identify no one (entities.toml's generic: "chemo", "covid", "donor"); none for a
    language without the table."""
    return (words.table(rules, "entities", WORDS, optional=True) or {}).get("generic", frozenset())


def _kin_and_pets(rules) -> frozenset[str]:
    return rules.words("relationship_words") | rules.words("pet_words")


def _first_name_not_word(ctx: Context, token) -> bool:
    r = ctx.rules
    low = token.lower_
    return low in r.words("world_first_names") and low not in r.words("ambiguous_first_names") and not ctx.plain_word(low)


def _doubtful_name(ctx: Context, token, common) -> bool:
    """A lone word the model calls a person but that is more likely a word: two letters ("Un"),
    or a word that is also a name ("Mark my words", "Dawn was breaking") opening a sentence."""
    if len(token.text) <= 2:
        return True
    low = token.lower_
    ambiguous = ctx.rules.words("ambiguous_first_names")
    # "Email me at...", "Hunter green walls": a dictionary word opening a sentence
    return ctx.at_sentence_start(token.i) and (low in ambiguous or low in common or ctx.plain_word(low))


def _opening_word(ctx: Context, token) -> bool:
    """A word in the dictionary opening a sentence ("Prends soin de toi", "Partagez !"): the capital is
    the sentence's, and a lone such word is no place or organisation (acronyms in capitals stay)."""
    return not token.text.isupper() and ctx.at_sentence_start(token.i) and ctx.plain_word(token.lower_)


def _opens_with_a_name(ctx: Context, ent) -> bool:
    """The guess opens with a first name of any list ("Will Provide" may be Will; "Chicken Spaghetti" is no one)."""
    low = ent[0].lower_
    r = ctx.rules
    return low in r.words("first_names") or low in r.words("ambiguous_first_names") or low in r.words("world_first_names")


def _plural_of_a_word(ctx: Context, token) -> bool:
    """A word in the plural whose singular is a word of the language and no first name ("Mums", "Hydrangeas")."""
    low = token.lower_
    if not (low.endswith("s") and len(low) > 3 and ctx.plain_word(low)):
        return False
    singular = low[:-2] if low.endswith("es") and ctx.plain_word(low[:-2]) else low[:-1]
    return ctx.plain_word(singular) and not _opens_with_a_name(ctx, [token])


def _named_by_its_place(ctx: Context, ent, category: str, w) -> bool:
    """A guess of everyday words in a post stands where a proper name does: after "the" ("the Mud Hens", "the Blue
    Spruce"), a place's word before a place ("in Broken Bow"), with a word names are built of ("Salt & Static",
    "Dominion Rd", "St Pat's"), before what a team, a club or a hospital has ("JackJumpers game", "Banner Desert ER"),
    or a person's guess before what people do ("since Con went in")."""
    doc = ctx.doc
    if len(ent) > 1 and ent[-1].lower_ in w.get("event_nouns", ()):
        return False  # "the Prayer Vigil", "the Pancake Breakfast": a gathering
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    the = w.get("proper_noun_before", ())
    if before in the or ent[0].lower_ in the or category == "location" and before in w.get("place_words_before", ()):
        return True  # "the Mud Hens", the model's "the Blue Spruce", "in Broken Bow"
    structure = w.get("name_structure_words", frozenset())
    if any(t.lower_.rstrip(".") in structure for t in ent) or ctx.after_saint_title(ent.start + 1) or after in structure:
        return True
    kinds = w.get("kind_words_after", ())
    if after in kinds or len(ent) > 1 and ent[-1].lower_ in kinds:
        return True  # "JackJumpers game", the model's "Banner Desert ER"
    if before in w.get("employer_words_before", ()) and any(t.lower_ in ctx.rules.work_cues for t in doc[max(0, ent.start - 4) : ent.start - 1]):
        return True  # "an editor at Vogue", "I work for Sunrise": an employer after a work word
    names = ctx.rules.table("names")
    return category == "personal_name" and (after in names.get("subject_followers", ()) or after in names.get("person_past_verbs", ()))


def _end_of_a_kin_phrase(ctx: Context, ent, relations) -> bool:
    """The guess ends a family word written with spaces ("Son in Law", "Mother in Law"), which the lists hold hyphenated."""
    doc = ctx.doc
    for back in (2, 3):
        if ent.start - back >= 0 and "-".join(t.lower_ for t in doc[ent.start - back : ent.end]) in relations:
            return True
    return False
