"""Places people go, named by where the name stands: "drinks at The Blue Door", "brunch at Kehoe's",
"coworkers at Dangote", "drives for Metro Transit". A capitalised name right after "at" in the middle of a
sentence (or after "for" behind a work verb) is a pub, a café, a gym, a church or a workplace more often
than anything else; the lists know the famous ones and win any overlap, the model knows some; this finds
the local ones neither has heard of.

Not a venue: a word that is a word on its own ("at Church", "at Home"), a month or a holiday ("at Christmas"),
a person's house ("at Sarah's": the name is found as a name), a brand people shop at ("at Aldi": an employer
only with a work cue), a Title Case headline, shouting.

In a post typed in lowercase, capitals say nothing, so the name's own words have to: a kind of place
ending it ("forge fitness", "ivy tech"), or a work cue before a name that is no everyday phrase ("works at the
county library", not "works at the hospital"); and "at the tap room on 5th" gives away the street.
"""
from __future__ import annotations

from . import entities, words
from .base import CALENDAR, STRETCHED, Context, candidate
from .gazetteer import is_listed_place

WORDS = frozenset({
    "cues", "joiners", "articles", "work_verbs", "work_joiners", "public_bodies", "kinds", "activities", "kinds_first",
    "kind_modifiers", "school_kinds", "school_word_cues", "time_words", "locators", "street_words", "lowercase_cues",
})
# a language may add: words after a school's name that only its people or grounds take ("strathmore alumni"), words
# of courses and exams that stand there without naming a school ("gcse students"), and the last words of a pub's
# name after a possessive ("at the stag's head", "the king's arms")
OPTIONAL_WORDS = frozenset({"campus_after", "campus_not_names", "pub_tails", "drink_words", "not_venues", "owner_events", "pub_openers",
                            "pub_nouns", "gaze_verbs", "campus_faculties", "institution_kinds", "club_kinds", "institution_not_before",
                            "alumni_openers", "irregular_past", "owner_hosting", "staff_after", "kinds_named_alone"})
# a guess (below 30) above the model's: it fills gaps the lists leave and never outgrows what they found
# ("at Boeing's Everett plant" stays the employer and the town)
PRIORITY = 26


def detect(ctx: Context):
    w = words.table(ctx.rules, "venues", WORDS)
    yield from _capitalised(ctx, w)
    yield from _staffed(ctx, w)
    yield from _titled_kind(ctx, w)
    if ctx.informal:
        yield from _lowercase(ctx, w)
        yield from _campus_people(ctx, w)
        yield from _owners_place(ctx, w)
        yield from _institution_named(ctx, w)
        yield from _alumni_of(ctx, w)


def _titled_kind(ctx: Context, w: dict):
    """"the whole Iron Forge Gym crew came", "Salt Mine Brewing did a swab night": capitalised words closed by a kind of
    place in capitals (kinds_named_alone) name that place wherever they stand. Not a sentence's first word alone before
    the kind ("Local gym"), a brand ("Planet Fitness" is the lists'), nor capitals a writer uses for stress or a Title
    Case line."""
    kinds = w.get("kinds_named_alone")
    hits = ctx.indices_of(kinds) if kinds else ()
    if not hits or ctx.emphatic_capitals:
        return
    doc, r = ctx.tokens, ctx.rules
    for i in hits:
        kind = doc[i]
        if not kind.text[:1].isupper() or kind.text.isupper() and len(kind.text) > 3:
            continue
        start = ctx.capitalised_run_before(i)
        if start == i or start == i - 1 and ctx.at_sentence_start(start) or doc[start].lower_ in CALENDAR:
            continue
        s, e = doc[start].idx, kind.idx + len(kind)
        if ctx.shouted_span(s, e) or ctx.title_case_line(s) or ctx.brand(doc[start : i + 1], organisation=True):
            continue
        yield candidate(ctx, s, e, "organization", "venue", "venues", priority=PRIORITY)


def _staffed(ctx: Context, w: dict):
    """"the Common Grounds barista knows my order", "the Rusty Nail bouncer let us in": words with capitals between "the"
    and the staff of a café or a bar name the place. Not a brand's ("the Starbucks barista"), nor words a writer
    capitalises for stress ("the Coffee Shop barista"), nor a Title Case line."""
    staff = w.get("staff_after")
    hits = ctx.indices_of(staff) if staff else ()
    if not hits or ctx.emphatic_capitals:
        return
    doc, r = ctx.tokens, ctx.rules
    everyday = r.built(_everyday_words)
    for i in hits:
        start = ctx.capitalised_run_before(i)
        if start == i or start == 0 or doc[start - 1].lower_ not in w["articles"] or ctx.title_case_line(doc[start].idx):
            continue
        run = doc[start:i]
        name = " ".join(t.lower_ for t in run)
        if all(t.lower_ in everyday for t in run) or name in r.words("consumer_brands") or ctx.public_work(run):
            continue  # (a staff word is a work cue, so Context.brand would take "the Starbucks barista" for a workplace)
        last = run[-1]
        yield candidate(ctx, run[0].idx, last.idx + len(last), "organization", "venue", "venues", priority=PRIORITY)


def _everyday_words(rules) -> frozenset[str]:
    """Words a writer capitalises for stress before a staff word ("the Coffee Shop barista"), joined once per rules."""
    return rules.words("common_words") | rules.words("place_nouns") | entities.generic_words(rules)


def _work_cue(doc, i: int, w: dict) -> bool:
    """Token i joins a work verb to an employer: "drives for", "works at", "my shift at"."""
    return doc[i].lower_ in w["work_joiners"] and i > 0 and doc[i - 1].lower_ in w["work_verbs"]


def _capitalised(ctx: Context, w: dict):
    doc = ctx.tokens
    r = ctx.rules
    brands = r.words("consumer_brands")
    first_names, world_names = r.words("first_names"), r.words("world_first_names")
    place_nouns = r.words("place_nouns")
    for i in ctx.indices_of(words.built(w, _cue_openers)):
        tok = doc[i]
        at_work = _work_cue(doc, tok.i, w)
        # "my college (Holy Cross) is doing": the name in brackets after the kind of place
        bracketed = tok.text == "(" and tok.i > 0 and ctx.lowers[tok.i - 1] in place_nouns
        if not (tok.lower_ in w["cues"] or at_work or bracketed) or tok.i + 1 >= len(doc) or ctx.at_sentence_start(tok.i):
            continue
        start = tok.i + 1
        if doc[start].lower_ in w["articles"] and start + 1 < len(doc):
            start += 1  # "at the Crooked Spoon", "at The Blue Door"
        end = _capitalised_run(doc, start, w["joiners"])
        if end == start:
            continue
        s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        if doc[start - 1].lower_ in w["articles"]:
            s = doc[start - 1].idx  # "at the Crooked Spoon": the name with its article
        named = [t for t in doc[start:end] if t.text[:1].isupper()]
        first = named[0].lower_
        if first in CALENDAR or ctx.shouted_span(s, e) or ctx.title_case_line(s):
            continue
        if len(named) > 1 and named[-1].lower_ in _event_nouns(r) and all(ctx.plain_word(t.text) for t in named):
            continue  # "at the Fish Fry", "at the Prayer Vigil": a gathering of everyday words, no venue
        # "at Church", "at Mass", "at Sarah's"; after a work cue, a word no everyday one is the employer ("drives
        # for Greyhound", not "works at Home")
        everyday = first in r.words("very_frequent_words") if at_work else ctx.plain_word(first)
        if len(named) == 1 and (everyday or first in r.words("common_words") or first in first_names or first in world_names):
            continue
        if at_work and (first in r.words("relationship_words") or first in r.words("diagnoses")):
            continue  # "works for Uncle Sam", "we work with AML patients" ("drinks at Uncle Bob's Tavern" stays)
        if not at_work and ctx.public_work(doc[start:end]):
            continue  # "cried at Toy Story 3", "laughing at Bluey": a title, no venue
        if " ".join(t.lower_ for t in named) in brands and not at_work:
            continue  # "coffee at Starbucks"; "works at Starbucks" is the employer
        yield candidate(ctx, s, e, "organization", "employer" if at_work else "venue", "venues", priority=PRIORITY)


def _event_nouns(rules) -> frozenset[str]:
    """The words that close the name of a gathering (rules/<lang>/words/entities.toml event_nouns)."""
    return (rules.table("entities") or {}).get("event_nouns", frozenset())


def _cue_openers(w: dict) -> frozenset[str]:
    """The words a venue's name follows: its cues, the work joiners ("at", "for") and a bracket ("my gym (Forge)"), made
    once per table."""
    return frozenset(w["cues"]) | frozenset(w["work_joiners"]) | {"("}


def _capitalised_run(doc, i: int, joiners) -> int:
    """The end of a run of capitalised words from i, through joiners ("&", "of", "'s") inside it."""
    end = i
    j = i
    while j < len(doc):
        t = doc[j]
        if t.text[:1].isupper() and t.is_alpha or t.text in ("'s", "’s") and j > i:
            j += 1
            end = j
        elif t.lower_ in joiners and j > i and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
            j += 1
        else:
            break
        if end - i >= 5:
            break
    return end


def _lowercase(ctx: Context, w: dict):
    """Names typed in lowercase after a cue ("at", "to", "from", a work cue, or "(" after a place noun: "the gym
    (forge fitness)"): a kind of place ending the name, a street after it, or a workplace. A kind that opens a
    name needs no cue ("crossfit ironside": the name after it is no common word)."""
    doc = ctx.tokens
    place_nouns = ctx.rules.words("place_nouns")
    for tok in doc:
        at_work = _work_cue(doc, tok.i, w)
        low = tok.lower_
        found = None
        if low in w["kinds_first"] and tok.text.islower():
            found = _kind_named(ctx, doc, tok.i, _lowercase_run(ctx, doc, tok.i, w), w)
        elif low in w["lowercase_cues"] or at_work or low == "(" and tok.i > 0 and doc[tok.i - 1].lower_ in place_nouns:
            start = tok.i + 1
            if start < len(doc) and doc[start].lower_ in w["articles"]:
                start += 1
            end = _lowercase_run(ctx, doc, start, w)
            if end == start:
                continue
            found = _kind_named(ctx, doc, start, end, w) or _school(ctx, doc, start, end, w, low)
            if not found and doc[start - 1].lower_ in w["articles"] and not (tok.i > 0 and doc[tok.i - 1].lower_ in w.get("gaze_verbs", ())):
                found = _pub_named(doc, start, w)
            if not found and low in w["cues"] and doc[start - 1].lower_ in w["articles"]:
                found = _pub(ctx, doc, start, w) or _drinks_at(ctx, doc, tok.i, start, end, w)
            if not found and at_work:
                found = _workplace(ctx, doc, start, end, w)
            if not found and low in w["cues"]:
                found = _on_a_street(doc, start, end, w)
        if found:
            s, e, category, kind = found
            yield candidate(ctx, doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), category, kind, "venues", priority=PRIORITY)


def _pub(ctx: Context, doc, start: int, w: dict):
    """"at the stag's head", "at the king's arms": the <word>'s and a pub's last word (no family word or person:
    "at the baby's head", "at the doctor's office" stay clean)."""
    if start + 2 >= len(doc) or doc[start + 1].lower_ not in ("'s", "’s") or doc[start + 2].lower_ not in w.get("pub_tails", ()):
        return None
    owner = doc[start]
    r = ctx.rules
    if not (owner.is_alpha and owner.text.islower()) or owner.lower_ in r.words("relationship_words"):
        return None
    return start - 1, start + 3, "organization", "venue"


def _pub_named(doc, start: int, w: dict):
    """"at the red lion", "to the fox and hounds", "at the crown & anchor": after a cue and "the", the words an
    inn's sign shows, a colour or title and a beast or emblem, or two emblems joined by "and" ("at the old oak tree",
    "at the red light" stay clean: no emblem, or a word after it)."""
    nouns, openers = w.get("pub_nouns", ()), w.get("pub_openers", ())

    def word(i, allowed):
        return i < len(doc) and doc[i].text.islower() and doc[i].lower_ in allowed

    if word(start, openers) and word(start + 1, nouns):
        end = start + 2
    elif word(start, nouns) and start + 1 < len(doc) and doc[start + 1].lower_ in ("and", "&", "n") and word(start + 2, nouns):
        end = start + 3
    else:
        return None
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.is_alpha and not nxt.is_stop and nxt.lower_ not in w["time_words"] and not nxt.lower_.endswith("ed"):
        return None  # "at the red lion statue", "at the crown and anchor tattoo shop" (a noun runs on; "shouted" does not)
    return start - 1, end, "organization", "venue"


def _owners_place(ctx: Context, w: dict):
    """"whelan's gig last night", "kehoe's pints after work": in a lowercase post, a surname no dictionary or list of
    first names holds, with "'s", right before what happens at a bar or venue (a gig, pints, a quiz, brunch); in any
    post, one that hosts an event ("Brogan's is hosting a swab night")."""
    events, hosting = w.get("owner_events", ()), w.get("owner_hosting", ())
    doc = ctx.tokens
    r = ctx.rules
    for i in ctx.indices_of(("'s", "’s")):
        tok = doc[i]
        if tok.i == 0 or tok.i + 1 >= len(doc):
            continue
        nxt = doc[tok.i + 1].lower_
        hosts = nxt in hosting or tok.i + 2 < len(doc) and f"{nxt} {doc[tok.i + 2].lower_}" in hosting
        if nxt not in events and not hosts:
            continue
        owner = doc[tok.i - 1]
        low = owner.lower_
        if not (owner.is_alpha and (owner.text.islower() or hosts)) or ctx.plain_word(low) or low in CALENDAR:
            continue
        if low in r.words("world_first_names") or low in r.words("first_names") or low in r.words("relationship_words"):
            continue  # "sarah's gig" is the name detector's; "nana's brunch" is family
        if low in r.words("chat_words") or ctx.brand([owner], False):
            continue
        yield candidate(ctx, owner.idx, tok.idx + len(tok), "organization", "venue", "venues", priority=PRIORITY)


def _drinks_at(ctx: Context, doc, cue: int, start: int, end: int, w: dict):
    """"pints at the flying horse after work", "drinks at the salty dog tonight": after a drink and "at the", two or
    three lowercase words that end in no everyday place or occasion ("drinks at the rooftop bar", "beers at the
    game", "a pint at the airport" stay clean)."""
    if cue < 1 or doc[cue - 1].lower_ not in w.get("drink_words", ()) or not 2 <= end - start <= 3:
        return None
    r = ctx.rules
    last = doc[end - 1].lower_
    if last in r.words("place_nouns") or last in w.get("not_venues", ()) or last in w["kinds"] or ctx.brand(doc[start:end], False):
        return None
    if any(t.lower_ in r.words("relationship_words") or t.lower_ in r.words("demonyms") for t in doc[start:end]):
        return None  # "drinks at the in-laws", "at the irish embassy"
    return start - 1, end, "organization", "venue"


def _lowercase_run(ctx: Context, doc, i: int, w: dict) -> int:
    """The end of up to four lowercase words from i (no function, chat, calendar or time word)."""
    j = i
    while j < len(doc) and j - i < 4:
        t = doc[j]
        low = t.lower_
        if not (t.is_alpha and t.text.islower()) or t.is_stop or low in CALENDAR or low in w["time_words"] or low in ctx.rules.words("chat_words"):
            break
        j += 1
    return j


def _distinctive(ctx: Context, word: str, w: dict, rare: bool) -> bool:
    """A word that can name a place: no modifier of its kind ("hot", "local"), no nationality, no abbreviation
    ("ed tech"), and not among the commonest words (rare: among no common word at all)."""
    r = ctx.rules
    common = r.words("frequent_words") if rare else r.words("very_frequent_words")
    return len(word) > 2 and word not in w["kind_modifiers"] and word not in common and word not in r.words("demonyms") and word not in w["kinds"]


def _kind_named(ctx: Context, doc, start: int, end: int, w: dict):
    """"forge fitness", "hollow oak brewing", "crossfit ironside": a name, then the kind of place (or the kind,
    then a name no common word)."""
    first = doc[start].lower_
    if first in w["kinds_first"] and end > start + 1 and _distinctive(ctx, doc[start + 1].lower_, w, rare=True):
        return start, start + 2, "organization", "venue"
    for k in range(start + 1, end):
        kind = doc[k].lower_
        if kind in w["kinds"]:
            names = [t.lower_ for t in doc[start:k]]
            rare = kind in w["activities"]
            if all(n not in w["kind_modifiers"] for n in names) and any(_distinctive(ctx, n, w, rare) for n in names):
                if not ctx.brand(doc[start : k + 1], False):
                    return start, k + 1, "organization", "venue"
            return None
    return None


def _school(ctx: Context, doc, start: int, end: int, w: dict, cue: str):
    """"our class at ivy tech", "from boise state": a name, then the kind of school; "at northwestern rn": a
    university's short form that is a word, alone between "at"/"from" and the end of the clause."""
    for k in range(start + 1, end):
        if doc[k].lower_ in w["school_kinds"]:
            names = [t.lower_ for t in doc[start:k]]
            if all(_distinctive(ctx, n, w, rare=False) for n in names):
                return start, k + 1, "organization", "school"
            return None
    word = doc[start].lower_
    r = ctx.rules
    if cue in w["school_word_cues"] and end == start + 1 and word in r.words("school_words") and word not in r.words("very_frequent_words"):
        nxt = doc[end] if end < len(doc) else None
        if nxt is None or nxt.is_punct or nxt.lower_ in w["time_words"] or nxt.lower_ in r.words("chat_words"):
            return start, end, "organization", "school"
    return None




def _workplace(ctx: Context, doc, start: int, end: int, w: dict):
    """After a work cue: a name that is no everyday phrase ("works at dunder mifflin", not "works at the
    hospital"), or a public body's service ("drives for metro transit", "works at the county library")."""
    r = ctx.rules
    common = r.words("very_frequent_words")
    while end - start > 1 and doc[end - 1].lower_ in common and (doc[end - 1].lower_.endswith(("s", "ed", "ing")) or doc[end - 1].lower_ in w.get("irregular_past", ())):
        end -= 1  # "my shift at harlow logistics starts at 6", "my manager at souvlaki bros gave me": a verb ends the name
    first = doc[start].lower_
    if first in w["public_bodies"] and end - start > 1:
        return start, end, "organization", "employer"
    # "i work with jess": a colleague, the names detector's
    if not ctx.plain_word(first) and first not in r.words("relationship_words") and first not in r.words("world_first_names"):
        return start, end, "organization", "employer"
    return None


def _on_a_street(doc, start: int, end: int, w: dict):
    """"at the tap room on 5th", "at the bakery on birch st": the street that locates a place people go (a
    bare ordinal is a street only after "at <place> on"; the place's name is the model's to find)."""
    if end + 1 >= len(doc) or doc[end].lower_ not in w["locators"]:
        return None
    street = doc[end + 1]
    after = doc[end + 2] if end + 2 < len(doc) else None
    named = after is not None and after.lower_ in w["street_words"]
    if street.text[:1].isdigit() and street.text[-2:].lower() in ("st", "nd", "rd", "th"):
        located = named or after is None or after.is_punct or after.is_stop or after.lower_ in w["time_words"]
    else:
        located = named and street.is_alpha
    return (end + 1, end + 2 + named, "location", "landmark") if located else None


def _institution_named(ctx: Context, w: dict):
    """"ridgeview elementary pta", "kilmacud rfc lads", "hollins academy": in a lowercase post, a word no dictionary,
    list of first names or places holds, right before the kind of school or club it names (no cue needed: the word
    is nobody's and nowhere else; "so high", "knee high" and "kevin fc" stay clean)."""
    schools, clubs = w.get("institution_kinds", ()), w.get("club_kinds", ())
    doc = ctx.tokens
    r = ctx.rules
    for tok in doc:
        if tok.i == 0 or not (tok.lower_ in schools or tok.lower_ in clubs) or not tok.text.islower():
            continue
        name = doc[tok.i - 1]
        low = name.lower_
        if not _school_word(ctx, name, w) or ctx.plain_word(name.text) or len(low) < 4 or STRETCHED.search(low):
            continue
        if low in r.words("world_first_names") or low in r.words("consumer_brands") or is_listed_place(ctx, low) or _nationality(ctx, low):
            continue
        if low in r.words("diagnoses") or low in entities.generic_words(r) or ctx.public_work([name]):
            continue  # "covid primary care", "chemo primary", "oscars academy": the words of an illness or a show
        nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        if nxt in w.get("institution_not_before", ()):
            continue  # "primary care", "secondary infection"
        kind = "school" if tok.lower_ in schools else "team"
        yield candidate(ctx, name.idx, tok.idx + len(tok), "organization", kind, "venues", priority=PRIORITY)


def _alumni_of(ctx: Context, w: dict):
    """"old boys of achimota", "old girls from wesley": a school's former pupils and the school after "of"/"from", a
    word no dictionary, list of first names or places holds (or a listed place: the school is named after it)."""
    openers = w.get("alumni_openers", ())
    doc = ctx.tokens
    r = ctx.rules
    for tok in doc[:-3]:
        i = tok.i
        if tok.lower_ != "old" or f"old {doc[i + 1].lower_}" not in openers or doc[i + 2].lower_ not in ("of", "from"):
            continue
        name = doc[i + 3]
        if not name.is_alpha or len(name) < 4 or ctx.plain_word(name.text) or name.lower_ in r.words("world_first_names"):
            continue
        yield candidate(ctx, name.idx, name.idx + len(name), "organization", "school", "venues", priority=PRIORITY)


def _campus_people(ctx: Context, w: dict):
    """"strathmore alumni", "knust grads", "maseno university students": in a lowercase post, a school named by a
    word no dictionary holds (or by a name and a kind of school) right before its people or grounds. No first
    name, nationality, listed place, brand or course ("gcse students", "nigerian students", "nursing students")."""
    after = w.get("campus_after", ())
    if not after:
        return
    doc = ctx.tokens
    r = ctx.rules
    for i in ctx.indices_of(after):
        tok = doc[i]
        if tok.i == 0 or not tok.text.islower():
            continue
        if tok.lower_ == "class" and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"):
            continue
        end = tok.i
        if end >= 2 and doc[end - 1].lower_ in w.get("campus_faculties", ()):
            end -= 1  # "dal med students", "jkuat law students": the school before its faculty
        if doc[end - 1].lower_ in w["school_kinds"]:  # "maseno university": up to two name words before the kind
            start = end - 1
            while start > 0 and start > end - 3 and _school_word(ctx, doc[start - 1], w) and _distinctive(ctx, doc[start - 1].lower_, w, rare=False):
                start -= 1
            if start == end - 1:
                continue
        else:  # "jkuat": one word no dictionary holds; "wits students": a university's short form that is a word
            word = doc[end - 1]
            if not _school_word(ctx, word, w):
                continue
            short_form = _school_short_form(ctx, word.lower_)
            if not short_form and (ctx.plain_word(word.text) or word.lower_ in r.words("world_first_names")):
                continue
            if word.lower_ in r.words("consumer_brands") or is_listed_place(ctx, word.lower_) or _nationality(ctx, word.lower_):
                continue
            start = end - 1
        yield candidate(ctx, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), "organization", "school", "venues", priority=PRIORITY)


def _school_short_form(ctx: Context, word: str) -> bool:
    """A university's short form that is a word but none of the commonest ("wits", "dal", "tufts"; not "western")."""
    r = ctx.rules
    return word in r.words("school_words") and word not in r.words("very_frequent_words")


def _school_word(ctx: Context, tok, w: dict) -> bool:
    """A lowercase word that may name a school: no function, calendar, family or chat word, nationality, course or
    exam."""
    low = tok.lower_
    r = ctx.rules
    if not (tok.is_alpha and tok.text.islower()) or tok.is_stop or low in CALENDAR or low in w.get("campus_not_names", ()):
        return False
    return low not in r.words("demonyms") and low not in r.words("chat_words") and low not in r.words("relationship_words")


# "ugandan" (uganda), "zimbabwean", "sudanese", "congolese", "yemeni": a listed place's people, no school
NATIONALITY_ENDINGS = ("n", "an", "ian", "ese", "lese", "i")


def _nationality(ctx: Context, word: str) -> bool:
    return any(word.endswith(end) and is_listed_place(ctx, word[: -len(end)]) for end in NATIONALITY_ENDINGS)
