"""Names in lowercase posts by the weaker cues people type: a name opening a clause as its subject ("kev says
hi", "jt and i", "me n kofi"), after a verb said of people ("blame rose lol"), owning an event or a relative
("kemi's surgery", "yinka's mum"), a colleague by their department ("gabby from hr"), a name after little/big
("tiny luca"), saying something of itself ("will said he'd swab too"), before a respectful word ("anjali didi") or
where the writer knows them from ("kemi from church", "pete next door"), a pet by what follows its name ("walked
pickles round the block"), a name that is a word too before what only people do ("rose brought soup"), a name before a
bracketed relation ("max (my nephew, 6)"), and a name joined to one already found ("ama and esi"). names.detect runs these beside its own finders,
with the same NameLexicon and guards.
"""
from __future__ import annotations

import bisect
import re

from .base import CALENDAR, POSSESSIVE, STRETCHED, candidate, is_emoji, unaccented
from .names import TOKEN_WORD, _acts, _listed_name, _only_a_first_name, _pet_name_word, _verb_form, lexicon

VOWEL = re.compile(r"[aeiouyà-ÿ]")
# the shapes of English short forms no list holds: a consonant, a vowel and z or x ("kez", "baz", "jax"), or a
# doubled syllable ("jojo", "mimi")
SHORT_FORM = re.compile(r"^[b-df-hj-np-tv-z][aeiou][zx]$|^([b-df-hj-np-tv-z][aeiouy])\1$")
# initials typed with full stops closing what stands before a pattern ("a.k." of "a.k. if ur reading this")
INITIALS_BEFORE = re.compile(r"(?:(?<=\s)|^)(?:[A-Za-z]\.){2,3}$")


def _casual_name(ctx, lex, tok, strong: bool, cued: bool = False) -> bool:
    """Could this word, where a person stands in a post, be a name: a first name of the lists that is no frequent
    word; with a `strong` cue ("X and i") also a name that is a word ("rose", "will") and a two-letter short form
    ("jt"). A word no list holds and no dictionary either is as often a food, app or medicine ("matcha and i",
    "pedialyte really saved me"): a name only with a second cue (`cued`: "tunde's surgery") or a short form's
    shape ("kez", "jojo")."""
    w, low = tok.text, unaccented(tok.lower_)
    if not TOKEN_WORD.match(w) or tok.is_stop and not (strong and low in lex.ambiguous) or w in lex.w["not_initials"] or ctx.shouted(tok.i):
        return False  # "me and will": a function word that is a name too, only beside the writer
    if lex.is_safe_word(low) or low in lex.possessives or low in lex.chat or low in lex.w["titles"] or low in CALENDAR or low in ctx.rules.words("demonyms"):
        return False
    if low in lex.generic or low in ctx.rules.words("diagnoses") or STRETCHED.search(low):
        return False  # "tylenol really said", "me and covid", "yayyy finally": medicines, illnesses, apps, cheers
    if low in lex.first and low not in lex.ambiguous and low not in lex.english:
        return True
    if low in lex.first or low in lex.ambiguous:
        return strong
    # three letters or more without a vowel are an abbreviation ("mgmt"), two may be initials ("jt")
    if not (len(low) >= (2 if strong else 3) and low.isalpha() and (len(low) < 3 or VOWEL.search(low)) and low not in lex.dictionary
            and not lex.compound(low)):
        return False
    listed = low in ctx.rules.words("world_first_names") or len(low) == 2 or cued or SHORT_FORM.match(low)
    return bool(listed) and not ctx.brand([tok], organisation=False)


def _casual_pair(ctx, lex, a, b) -> bool:
    """Two words joined as a subject could be two names: both could be, one of them without the second cue; or one is
    a first name of the lists that is no word and the other a popular pet name ("bubba and tank are furious", not
    "jess and wine are")."""
    if _casual_name(ctx, lex, a, strong=False, cued=True) and _casual_name(ctx, lex, b, strong=False, cued=True):
        return _casual_name(ctx, lex, a, strong=False) or _casual_name(ctx, lex, b, strong=False)
    # "ammi and mahnoor made", "mum and kezia are": a family word beside a first name of the lists that is no word
    if a.lower_ in lex.relations and a.text.islower() and _casual_name(ctx, lex, b, strong=False):
        return True
    return any(_pet_beside_person(ctx, lex, x, y) for x, y in ((a, b), (b, a)))


def _pet_beside_person(ctx, lex, person, pet) -> bool:
    low = person.lower_
    return (pet.text.islower() and pet.lower_ in ctx.rules.words("pet_names") and low in lex.first and low not in lex.dictionary
            and _casual_name(ctx, lex, person, strong=False))


def _opens_clause(ctx, lex, i: int) -> bool:
    """Token i opens a post, sentence or clause: after punctuation, an emoji, a chat word ("lmao tunde really
    fell asleep") or a joining word ("and", "but")."""
    if ctx.at_sentence_start(i):
        return True
    prev = ctx.tokens[i - 1]
    if prev.is_punct or is_emoji(prev.text) or prev.lower_ in lex.w.get("clause_openers", ()):
        return True
    return ctx.chat_word(prev.lower_)


# what follows a name before the writer's family word ("tola is my donor") or as an apposition ("kosta my manager")
SUBJECT_NEXT = frozenset({"is", "was", "my", "our"})


def subjects(ctx, lex):
    """A name as the subject opening a clause of a post: "kev says hi", "lmao tunde really fell asleep" (a word that
    follows people), "jt and i are registry twins", "me and rose went" (paired with the writer: names that are
    words too count there, "the rose and i" does not open a clause)."""
    followers, pair = lex.w.get("subject_followers"), lex.w.get("pair_pronouns")
    if not ctx.lowercase_names or not followers:
        return
    to_writer = lex.w.get("to_writer_pattern")
    # where a word ends before "(just) texted me" (the pattern opens with the space after it): one pass over the text
    to_writer_at = {m.start() for m in to_writer.finditer(ctx.text)} if to_writer is not None else set()
    pair_followers = followers | lex.w.get("pair_followers", frozenset())
    doc, lows = ctx.tokens, ctx.lowers
    joining = lex.w["list_words"] | {"&"} | lex.w.get("pair_joining", frozenset())
    ends = [t.idx + len(t) for t in doc] if to_writer_at else None
    for i in range(len(doc) - 1):
        nxt = lows[i + 1]
        # cheap gates first: each way below needs one of these words after the name or a joining word before it
        if not (nxt in joining or nxt in followers or nxt in SUBJECT_NEXT or i >= 2 and lows[i - 1] in joining
                or ends is not None and ends[i] in to_writer_at):
            continue
        tok = doc[i]
        if not tok.is_alpha:
            continue
        paired = nxt in joining and i + 2 < len(doc) and doc[i + 2].lower_ in pair
        after_me = i >= 2 and doc[i - 1].lower_ in joining and doc[i - 2].lower_ in pair and _opens_clause(ctx, lex, i - 2)
        # "dawn just sent me", "faith called me crying": what only people do to the writer, so a name that is a word
        # too counts (not a two-letter word: "hr called me")
        to_me = tok.idx + len(tok) in to_writer_at and len(tok) > 2 and tok.lower_ not in lex.w.get("figurative_callers", ())
        # "kemi and tolu are fighting over the remote": two names as the subject, one a name of the lists, the other one
        # too or a word no dictionary holds (not "matcha and boba are my weakness")
        two = (nxt in joining and i + 3 < len(doc) and doc[i + 3].lower_ in pair_followers and not (i and doc[i - 1].lower_ in joining)
               and _opens_clause(ctx, lex, i) and _casual_pair(ctx, lex, tok, doc[i + 2]))
        if two:
            other = doc[i + 2]
            if tok.lower_ in lex.relations:  # "mum and kezia are": only the name
                yield candidate(ctx, other.idx, other.idx + len(other), "personal_name", "default", "names", priority=60)
                continue
            yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "default", "names", priority=60)
            if _pet_beside_person(ctx, lex, tok, other) or _pet_beside_person(ctx, lex, other, tok):
                # the pet name is a word, which joined_names leaves alone
                yield candidate(ctx, other.idx, other.idx + len(other), "personal_name", "default", "names", priority=60)
            continue
        # "tola is my donor", "kofi was my big brother's best friend": a name of the lists before a family word's "my"
        kin = (nxt in ("is", "was") and i + 3 < len(doc) and doc[i + 2].lower_ in lex.possessives
               and any(doc[k].lower_ in lex.relations for k in range(i + 3, min(i + 5, len(doc)))))
        # "kosta my manager gave me leave", "thandi our neighbour": a name, then who the person is to the writer
        appositive = (nxt in ("my", "our") and i + 2 < len(doc)
                      and (doc[i + 2].lower_ in lex.relations or doc[i + 2].lower_ in lex.w.get("appositive_roles", ())))
        if not (paired or after_me or to_me or kin or appositive or nxt in followers):
            continue
        # "spanish and english and i": the last of a list is no subject of its own
        listed = i > 0 and doc[i - 1].lower_ in joining
        # "hope", "faith" are everyday words too (the common words hold them): a name only before such a verb
        named = (to_me and tok.lower_ in lex.ambiguous and not tok.is_stop and tok.lower_ not in lex.w.get("endearments", ())
                 or (paired or after_me) and _word_name_beside_writer(ctx, lex, tok)
                 or _casual_name(ctx, lex, tok, strong=bool(paired or after_me or to_me and not tok.is_stop)))
        if (after_me or _opens_clause(ctx, lex, i) and not (paired and listed)) and named:
            yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "default", "names", priority=60)


def _word_name_beside_writer(ctx, lex, tok) -> bool:
    """"grace and i finally tried", "me and june went": beside the writer as one subject, a first name that is an
    everyday word or a month too is a person (no grace, hope or month does things with the writer)."""
    low = tok.lower_
    return (tok.text.islower() and not tok.is_stop and low in lex.ambiguous and low not in lex.relations and low not in lex.pets
            and low not in lex.w.get("endearments", ()) and not ctx.shouted(tok.i))


def objects(ctx, lex):
    """A first name after a verb said of people: "tell kev i said hi", "blame rose lol" (a name that is a word too
    only where the clause ends after it: "blame rose lol", not "ask will you"), or after "for" said of people ("say a
    prayer for ava", "swabbing for kai")."""
    verbs = lex.w.get("object_verbs")
    if not ctx.lowercase_names or not verbs:
        return
    doc = ctx.tokens
    for_cues = lex.w.get("for_people_cues", frozenset())
    fors = [i for i in ctx.indices_of({"for"}, -1) if i and doc[i - 1].lower_ in for_cues]
    for i in sorted(set(ctx.indices_of(verbs, -1)) | set(fors)):
        tok = doc[i]
        name = doc[tok.i + 1]
        low = name.lower_
        listed = low in lex.first or low in lex.ambiguous or low in ctx.rules.words("world_first_names")
        if not listed or not _casual_name(ctx, lex, name, strong=True):
            continue
        after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        ends = after is None or after.is_punct or is_emoji(after.text) or ctx.chat_word(after.lower_)
        # "tell dot i said ta", "give nan our love": a message passed on to someone
        relayed = tok.i + 3 < len(doc) and " ".join(t.lower_ for t in doc[tok.i + 2 : tok.i + 4]) in lex.w.get("relayed_messages", ())
        if ends or relayed or _casual_name(ctx, lex, name, strong=False):
            yield candidate(ctx, name.idx, name.idx + len(name), "personal_name", "default", "names", priority=60)


# an ordinal ("70th", "21st"): a birthday owned
ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")


def possessive_events(ctx, lex):
    """"pray for kemi's surgery", "dev's chemo starts monday": a name owning a medical or life event (not "the
    rose's", "today's"); "yinka's mum drove me": a name of the lists owning a relative."""
    events = lex.w.get("life_events")
    if not ctx.lowercase_names or not events:
        return
    doc = ctx.tokens
    owners = lex.possessives | lex.w["articles"]
    for i in ctx.indices_of(POSSESSIVE):  # (a token whose text is one has it as its lowercase too)
        tok = doc[i]
        if tok.text not in POSSESSIVE or i < 1 or i + 1 >= len(doc) or doc[i - 1].whitespace_:
            continue
        owned = doc[i + 1].lower_
        # "paddy's 70th", "sully's first day home"
        birthday = ORDINAL.fullmatch(owned) is not None or (owned in lex.w.get("event_ordinals", ()) and i + 2 < len(doc)
                                                            and doc[i + 2].lower_ in lex.w.get("event_stretches", ()))
        if owned not in events and owned not in lex.relations and not birthday:
            continue
        name = doc[i - 1]
        # a relative's owner only a name of the lists that is no word ("anybody else's donor")
        event = owned in events or birthday
        if (i < 2 or doc[i - 2].lower_ not in owners) and _casual_name(ctx, lex, name, strong=event, cued=event):
            yield candidate(ctx, name.idx, name.idx + len(name), "personal_name", "default", "names", priority=60)


def _relations_and_events(rules) -> frozenset[str]:
    """Family words and life events (made once per rules)."""
    lex = lexicon(rules)
    return frozenset(lex.relations | lex.w.get("life_events", frozenset()))


def owners_without_apostrophe(ctx, lex):
    """"just back from seeing maureens grandson", "jacks surgery went well": a first name of the lists (no word) with an
    s and no apostrophe, owning a relative or a medical or life event, in a lowercase post."""
    events = lex.w.get("life_events")
    if not ctx.lowercase_names or not events:
        return
    doc = ctx.tokens
    for i in ctx.indices_of(ctx.rules.built(_relations_and_events)):
        if i < 1:
            continue
        tok = doc[i - 1]
        low = tok.lower_
        stem = low[:-1]
        if not (tok.is_alpha and tok.text.islower() and low.endswith("s") and len(stem) >= 3) or low in lex.dictionary or low in lex.chat:
            continue
        if stem in lex.first and stem not in lex.ambiguous and stem not in lex.english and not ctx.plain_word(stem):
            yield candidate(ctx, tok.idx, tok.idx + len(stem), "personal_name", "default", "names", priority=60)


def owners(ctx, lex):
    """"borrowed tunde's car", "deepa's flat", "watching the game at jimmy's": a first name owning something, in a
    lowercase post. A name of the lists that is no frequent word owns anything; one that is a word too ("jimmy",
    "rose") only where it stands for a place people go ("at jimmy's", "over to matt's"). Not a chain named after
    someone ("wendy's", "denny's": an employer only with a work cue, the lists'), not "the rose's", "today's"."""
    if not ctx.lowercase_names:
        return
    doc = ctx.tokens
    owners_before = lex.possessives | lex.w["articles"]
    place_cues = lex.w.get("owner_place_cues", ())
    brand_words, brand_names = ctx.rules.words("consumer_brand_words"), ctx.rules.words("consumer_brands")
    for i in ctx.indices_of(POSSESSIVE):
        if i < 1 or doc[i - 1].whitespace_:
            continue
        name = doc[i - 1]
        before = doc[i - 2].lower_ if i >= 2 else ""
        if before in owners_before or not name.text.islower() or name.lower_ in lex.relations or name.lower_ in lex.pets:
            continue
        # "wendy's", "trader joe's": the chain's name up to three words long
        words = [t.lower_ for t in doc[max(0, i - 3) : i - 1]] + [name.lower_ + "'s"]
        if any(" ".join(words[k:]) in brand_words or " ".join(words[k:]) in brand_names for k in range(len(words))):
            continue
        if _casual_name(ctx, lex, name, strong=before in place_cues):
            yield candidate(ctx, name.idx, name.idx + len(name), "personal_name", "default", "names", priority=60)


def people_at_work(ctx, lex):
    """"shout out to gabby from hr", "ask tomi in accounts": after a person cue (thanks, a verb said to people) a
    word before from/in/at and a department is a colleague, whatever else the word means ("gabby")."""
    departments, verbs = lex.w.get("departments"), lex.w.get("person_verbs")
    if not departments or not verbs:
        return
    doc = ctx.tokens
    thanked = None
    for i in ctx.indices_of(departments):
        if i < 3 or doc[i - 1].lower_ not in lex.w.get("department_links", ()):
            continue
        name = doc[i - 2]
        if thanked is None:
            thanked = {m.end() for m in lex.w["gratitude_cue_pattern"].finditer(ctx.text)}
        if not (name.idx in thanked or doc[i - 3].lower_ in verbs):
            continue
        low = name.lower_
        if not TOKEN_WORD.match(name.text) or name.is_stop or lex.is_safe_word(low) or low in lex.chat or low in lex.possessives:
            continue
        if low in lex.first or low in lex.ambiguous or low in ctx.rules.words("world_first_names") or low not in lex.english:
            yield candidate(ctx, name.idx, name.idx + len(name), "personal_name", "default", "names", priority=60)


def modified_names(ctx, lex):
    """"tiny luca drew me a heart", "hugged big tomasz": a word of size or age before a first name of the lists,
    opening a clause or after a past-tense verb or a verb said of people (not "big mac", "old navy", "a little
    debbie": a brand, a place or an article before it)."""
    modifiers = lex.w.get("name_modifiers")
    if not ctx.lowercase_names or not modifiers:
        return
    doc = ctx.tokens
    verbs = lex.w.get("object_verbs", frozenset()) | lex.w.get("person_verbs", frozenset())
    world = ctx.rules.words("world_first_names")
    for i in ctx.indices_of(modifiers, -1):
        tok = doc[i]
        i = tok.i
        prev = doc[i - 1].lower_ if i else ""
        if not (_opens_clause(ctx, lex, i) or prev in verbs or prev.endswith("ed") and doc[i - 1].is_alpha):
            continue
        name = doc[i + 1]
        low = name.lower_
        if not name.text.islower() or not TOKEN_WORD.match(name.text) or low in lex.ambiguous or lex.is_safe_word(low) or low in lex.chat:
            continue
        if not (low in lex.first or low in world and low not in lex.dictionary):
            continue
        after = doc[i + 2] if i + 2 < len(doc) else None
        # "old pete from next door": a name that is a word too only before a function word; none before "and"
        # ("big mac and fries": a dish, a pair of nouns) or an owner's "'s"
        if after is not None and (after.lower_ in lex.w["list_words"] or after.text in ("&", "'s", "’s")):
            continue
        if low in lex.dictionary and not (after is None or after.is_punct or after.is_stop):
            continue
        phrase = [tok, name]
        if _listed_name(ctx, f"{tok.lower_} {low}") or ctx.brand(phrase, organisation=False) or ctx.public_work(phrase):
            continue
        yield candidate(ctx, name.idx, name.idx + len(name), "personal_name", "default", "names", priority=60)


def modified_names_strong(ctx, lex):
    """"Little Piper had a rough night", "Little Hope rang the Bell", "prayers for Baby Kai", "little poppy rang the bell":
    a word of size or age before a first name of any list, even one that is a word too (where modified_names takes only
    names that are no word), opening a clause or after a verb or "for", and before a verb, or in capitals before the
    clause's end (not "Big Ben", "Little Debbie", "Little Women": a landmark, a brand, a title; not "Little Rock": no
    first name)."""
    modifiers = lex.w.get("name_modifiers")
    if not modifiers:
        return
    doc = ctx.tokens
    verbs = lex.w.get("object_verbs", frozenset()) | lex.w.get("person_verbs", frozenset())
    acts = lex.w.get("person_past_verbs", frozenset()) | lex.w.get("subject_followers", frozenset())
    world = ctx.rules.words("world_first_names")
    for i in ctx.indices_of(modifiers, -1):
        tok, name = doc[i], doc[i + 1]
        low = name.lower_
        capitals = tok.text[:1].isupper() and name.text[:1].isupper() and name.text[1:].islower()
        # in lowercase (a post typed so, or one in Title Case read in lowercase) not a virtue: "little hope is all we need"
        typed_low = ctx.lowercase_names and tok.text.islower() and name.text.islower() and low not in lex.w.get("virtue_names", ())
        if not (capitals or typed_low) or not TOKEN_WORD.match(name.text):
            continue
        if not (low in lex.first or low in lex.ambiguous or low in world) or low in lex.relations or low in CALENDAR:
            continue
        prev = doc[i - 1].lower_ if i else ""
        if not (_opens_clause(ctx, lex, i) or prev in verbs or prev == "for" or prev.endswith("ed") and doc[i - 1].is_alpha):
            continue
        after = doc[i + 2] if i + 2 < len(doc) else None
        acting = after is not None and (after.lower_ in acts or after.lower_ in lex.w.get("modified_name_followers", ()))
        if not (acting or capitals and (after is None or after.is_punct or is_emoji(after.text))):
            continue  # in lowercase only before a verb ("little poppy rang the bell"; not "a lil treat, tiny ruby.")
        phrase = [tok, name]
        if _listed_name(ctx, f"{tok.lower_} {low}") or ctx.brand(phrase, organisation=False) or ctx.public_work(phrase) or ctx.names_a_thing(i, i + 2):
            continue
        yield candidate(ctx, name.idx, name.idx + len(name), "personal_name", "default", "names", priority=60)


def pets_by_what_follows(ctx, lex):
    """A pet named with an everyday word, known by what is said of it: praise that names the kind ("rip sprout, bestest
    hamster", "pip and noodle, both dogs"), or, in a post about a pet (a pet word or emoji), a verb done to pets before
    it ("walked waffles round the park") or an -s verb after it opening the post ("nugget refuses to get off my lap 🐱");
    not "rip my phone", "walked the dog", "fed the baby", "walked home"."""
    praise, verbs = lex.w.get("pet_praise"), lex.w.get("pet_verbs")
    if not ctx.lowercase_names or not praise or not verbs:
        return
    doc = ctx.tokens
    emoji = lex.w.get("pet_emoji", frozenset())
    praise_or_article = praise | lex.w["articles"]
    about_pet = own_pet = None
    walks, routes = lex.w.get("pet_walks", frozenset()), lex.w.get("pet_routes", frozenset())
    lows = ctx.lowers + ["", ""]
    for i in range(len(doc)):
        prev, nxt = lows[i - 1] if i else "", lows[i + 1]
        praised = nxt == "," and lows[i + 2] in praise_or_article
        # "answers to mango", "answers to the name of pip": a lost pet's notice
        answered = prev in ("to", "of", "name") and _answers_to(lex, lows, i)
        # cheap gates first: praise after a comma, a verb done to pets before, an -s verb after
        # "rusty sat on my heating pad", "waffles is sitting on my hip": what the pet did or is doing, opening the post
        past = ((nxt in lex.w.get("pet_past_acts", ()) or nxt in lex.w.get("state_verbs", ()) and lows[i + 2].endswith("ing")
                 # "pepper came on the 5k", "noodle guarding me like a raid boss 🐶": a pet's name of the lists, then any verb
                 or lows[i] in lex.pet_names and _an_act(lex, nxt))
                and ctx.at_sentence_start(i))
        if not (praised or answered or prev in verbs or past or nxt[-1:] == "s" and ctx.common_verb_with_s(nxt)):
            continue
        tok = doc[i]
        # "walked Biscuit round the block", "Peaches has not left her side 🐈": a pet's name of the lists capitalised after
        # the walk or a verb done to pets, or opening a post about the writer's pet (checked below)
        titled_pet = (prev in walks or prev in verbs or ctx.at_sentence_start(i)) and tok.text.istitle() and tok.lower_ in lex.pet_names
        if not (tok.text.islower() or titled_pet) or not _pet_name_word(ctx, lex, tok, "any"):
            continue
        # "sprout, bestest hamster", "noodle, the goodest dog": praise then a pet word, within three words, after a name
        # standing alone (not "every bin, good dog")
        alone = i == 0 or not doc[i - 1].is_stop or prev in lex.w["list_words"] or doc[i - 1].is_punct or prev in verbs
        if alone and praised:
            k = i + 2
            while k < min(len(doc), i + 5) and doc[k].lower_ in praise_or_article:
                k += 1
            compound = k + 1 < len(doc) and doc[k + 1].lower_ in lex.w.get("pet_compounds", ())  # "the best dog treat"
            kind = k < len(doc) and (doc[k].lower_ in lex.pets or doc[k].lower_ in lex.w.get("praised_kinds", ()))
            # "the filgrastim bone pain, best cat in the world": one of the commonest words is a pet's name only when the
            # pets' names hold it ("bear, best boy")
            # or a word of the dictionary after another word, the noun the praise is of ("the joint ache, best cat")
            everyday = tok.lower_ not in lex.pet_names and (tok.lower_ in lex.very_common or tok.lower_ in lex.dictionary and i > 0
                                                             and doc[i - 1].is_alpha and doc[i - 1].text.islower() and not doc[i - 1].is_stop
                                                             and prev not in verbs and prev not in lex.w["list_words"])
            if kind and k > i + 2 and doc[k - 1].lower_ in praise and not compound and not everyday:
                yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "pet", "names", priority=74)
                continue
        if about_pet is None:
            about_pet = any(t.lower_ in lex.pets or t.text in emoji for t in doc)
            # the post's pet is the one it opens with: a pet emoji, or one of the writer's pets ("my dog"), not "a puppy
            # in the house" ("nap refuses to happen with a puppy in the house")
            own_pet = (any(t.text in emoji or t.lower_ in lex.pets and _owned_pet_word(lex, doc, t.i) for t in doc)
                       and not any(t.lower_ in lex.pets and t.i and doc[t.i - 1].lower_ in lex.w["articles"] and not _said_to_be(lex, doc, t.i - 1)
                                   for t in doc))
        if prev in walks and nxt in routes and not about_pet and _walked_like_a_pet(lex, lows, i):
            yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "pet", "names", priority=74)
            continue
        if not about_pet or tok.lower_ in lex.pets:
            continue
        after_verb = (prev in verbs or answered) and not tok.lower_.endswith("ly")
        # an -s opening the post is a plural ("dogs"), unless a pet's name of the lists ("pickles has not left my side 🐶")
        opens_with_verb = (own_pet and ctx.at_sentence_start(i) and (ctx.common_verb_with_s(nxt) or past)
                           and (not tok.lower_.endswith("s") or tok.lower_ in lex.pet_names
                                or nxt in lex.w.get("state_verbs", ()) or nxt in lex.w.get("perfect_auxiliaries", ())))
        if ((after_verb or opens_with_verb) and _pet_name_word(ctx, lex, tok, "any" if answered else "uncommon")
                and tok.lower_ not in lex.w.get("pet_compounds", ())):
            yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "pet", "names", priority=74)


def _an_act(lex, low: str) -> bool:
    """A word that says what someone did or is doing: a past act, or a verb's -ed or -ing form ("came", "guarding")."""
    return low in lex.w.get("irregular_past_acts", ()) or low in lex.w.get("person_past_verbs", ()) or _verb_form(lex, low)


def _owned_pet_word(lex, doc, i: int) -> bool:
    """The pet word at i is the writer's pet: after "my" ("my dog"), called names ("dumb dog", "good boy"), before a
    thing of its own ("another dog bed"), or what the pet is said to be ("she's a cat she does what she wants")."""
    if i == 0:
        return False
    before = doc[i - 1].lower_
    if before in lex.possessives or before in lex.w["articles"] and _said_to_be(lex, doc, i - 1):
        return True
    if i + 1 < len(doc) and doc[i + 1].lower_ in lex.w.get("pet_compounds", ()):
        return True
    return doc[i - 1].is_alpha and not doc[i - 1].is_stop and before in lex.w.get("pet_praise", ()) | lex.w.get("pet_scolding", frozenset())


def _said_to_be(lex, doc, i: int) -> bool:
    """The article at i follows "is" or "'s" said of a pet ("she's a cat", "he is a good boy")."""
    return i >= 2 and doc[i - 1].lower_ in lex.w.get("state_verbs", ()) and doc[i - 2].lower_ in lex.w.get("pet_pronouns", ())


def people_from(ctx, lex):
    """"kemi from church drove me", "lunch with dapo from work": a name before where the writer knows them from (not
    "help from church", "a text from work": everyday words; not "the girl from school"). A neighbour ("pete next door",
    "grace from across the road") is a cue strong enough for a name that is a frequent word too, opening a clause."""
    informal = ctx.informal
    owners = lex.possessives | lex.w["articles"]
    for key in ("known_from_pattern", "neighbour_pattern", "colleague_pattern"):
        pattern = lex.w.get(key)
        for m in pattern.finditer(ctx.text) if pattern is not None else ():
            tok = _token_before(ctx, m.start())
            if tok is None or tok.i and ctx.tokens[tok.i - 1].lower_ in owners:
                continue
            if not informal:
                # tidy text: "Mark from down the road mowed our lawn", a capitalised first name the model left alone
                low = tok.lower_
                figurative = any(low in lex.w.get(k, ()) for k in ("endearments", "figurative_callers", "virtue_names"))
                # a colleague by their department or a neighbour: a name of the world list too ("Abi from HDU")
                listed = low in lex.first or low in lex.ambiguous or key != "known_from_pattern" and low in ctx.rules.words("world_first_names")
                if tok.text[:1].isupper() and not tok.text.isupper() and listed and not lex.kin_or_pet(low) and not figurative:
                    yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "default", "names", priority=60)
                continue
            low = tok.lower_
            ambiguous = (low in lex.ambiguous or low in lex.first) and not tok.is_stop and (
                low not in lex.very_common or _word_name_opening(ctx, lex, tok))
            # a neighbour or a colleague by their department is a cue strong enough for initials ("jt from the sales team");
            # not a thing in the plural ("numbers from finance")
            plural = low.endswith("s") and low[:-1] in lex.dictionary
            counted = tok.i > 0 and ctx.tokens[tok.i - 1].like_num  # "20 min from the office": a unit after a number
            if ambiguous or not plural and not counted and _casual_name(ctx, lex, tok, strong=key != "known_from_pattern", cued=True):
                yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "default", "names", priority=60)


def ages(ctx, lex):
    """"milo turned 5", "Our Pepper turned 12", "hope is 3 today": a name saying how old someone is, a child or a pet
    (not "my son turned 12", "the blog turned 3": a family word, or no name of the lists)."""
    pattern = lex.w.get("age_after_pattern")
    if pattern is None:
        return
    doc = ctx.tokens
    pet_names, world = ctx.rules.words("pet_names"), ctx.rules.words("world_first_names")
    for m in pattern.finditer(ctx.text):  # the age said, then the word before it: one pass over the text
        tok = _token_before(ctx, m.start())
        if tok is None:
            continue
        low = tok.lower_
        if not tok.is_alpha or len(low) < 2 or tok.is_stop and low not in lex.ambiguous:
            continue
        if lex.kin_or_pet(low) or (lex.is_safe_word(low) or low in lex.generic) and low not in lex.ambiguous or low in lex.chat:
            continue
        prev = doc[tok.i - 1].lower_ if tok.i else ""
        if not (prev in lex.possessives or _opens_clause(ctx, lex, tok.i)) or ctx.shouted(tok.i):
            continue
        # "sreekutty is 6 today": a word no list and no dictionary holds, saying how old it is, is someone too (not a
        # place, a brand or another language's word)
        unlisted = (_casual_name(ctx, lex, tok, strong=False, cued=True) and low not in ctx.rules.words("other_language_words")
                    and not ctx.public_work([tok]) and ctx.gazetteers is not None and not _listed_name(ctx, low))
        if low in lex.first or low in lex.ambiguous or low in world or low in pet_names or unlisted:
            yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "default", "names", priority=60)


def _word_name_opening(ctx, lex, tok) -> bool:
    """A first name that is a word too ("rose", "grace", "joy") opening a clause, that no one uses of a thing or a
    feeling there: no endearment, season, virtue, family or role word ("love", "summer", "hope", "man")."""
    low = tok.lower_
    # a name of the lists that is a word too ("meg", "bob") stands with the names that are words, and so does a popular
    # pet's name ("waffles ate a swab": a food eats nothing)
    word_name = low in lex.ambiguous or low in lex.first and low in lex.english or low in ctx.rules.words("pet_names")
    if len(low) < 2 or len(low) == 2 and low in lex.chat or tok.is_stop or not word_name or _a_figure(lex, low):
        return False  # two letters only as a name of the lists that is no chat word ("bo drove me"; not "bf drove")
    return _opens_clause(ctx, lex, tok.i)


# the words a name that is a word too stands for as a thing or a feeling where it opens a clause ("love", "hope", "man")
FIGURE_WORDS = ("endearments", "figurative_callers", "virtue_names", "role_words_among_names")


def _a_figure(lex, low: str) -> bool:
    """A month or weekday, a family or pet word, an endearment, a virtue or a role: no name by where it stands alone."""
    return low in CALENDAR or lex.kin_or_pet(low) or any(low in lex.w.get(k, ()) for k in FIGURE_WORDS)


def word_names_acting(ctx, lex):
    """"rose brought soup over", "grace finally ate a full meal", "joy said it was fine": a first name that is a word too,
    opening a clause, before (an adverb and) a past tense only people or pets do (person_past_verbs): "rose" the verb and
    "grace" the noun never bring, eat or say. A month does things only with the writer ("june dragged me to a gig",
    "april came with me"); any such name is a person or pet when "his" or "her" follows its verb ("ruby wants her
    dinner")."""
    verbs = lex.w.get("person_past_verbs")
    if not ctx.lowercase_names or not verbs:
        return
    doc = ctx.tokens
    adverbs = lex.w.get("act_adverbs", frozenset())
    lows = ctx.lowers + ["", "", ""]
    perfect = lex.w.get("perfect_auxiliaries", frozenset())
    owning, states = lex.w.get("owning_pronouns", frozenset()), lex.w.get("state_verbs", frozenset())
    phrasal = lex.w.get("person_phrasal_acts", frozenset())
    phrasal_heads = ctx.rules.built(_phrasal_heads)
    for i in range(len(doc) - 1):
        v = _verb_after(lows, i + 1, adverbs, perfect)
        # a two- or three-word act is looked up only after its first word (this loop reads every token of every post)
        acted = lows[v] in verbs or lows[v] in phrasal_heads and (
            f"{lows[v]} {lows[v + 1]}" in phrasal or f"{lows[v]} {lows[v + 1]} {lows[v + 2]}" in phrasal)
        # cheap gates first: a listed verb, a month, a state verb, or "his"/"her" just after the verb
        if not (acted or lows[i] in CALENDAR or lows[v] in states or not owning.isdisjoint(lows[v + 1 : v + 4])):
            continue
        tok = doc[i]
        # a sentence of a post may open with the name capitalised ("Blessing brought puff puff for the whole ward")
        if not (tok.text.islower() or ctx.channel == "post" and tok.text.istitle() and ctx.at_sentence_start(i)) or not lows[v].isalpha():
            continue
        if (acted and (_word_name_opening(ctx, lex, tok) or _unlisted_opening(ctx, lex, tok, lows, v))
                or _virtue_acting(ctx, lex, tok, lows[v], lows[v + 1]) or _month_with_writer(ctx, lex, tok, lows, v)
                or _gendered_act(ctx, lex, tok, lows, v)):
            yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "default", "names", priority=60)
    yield from _modal_names_acting(ctx, lex, lows, adverbs, perfect)


def _unlisted_opening(ctx, lex, tok, lows, v: int) -> bool:
    """"tintu said the funniest thing", "lol tj fainted at the swab table": a word no list or dictionary holds, opening a
    clause before a past tense only people do (person_past_verbs: the act is the second cue a word no list holds needs,
    where "matcha really saved me" has none); not a thing made to speak ("matcha really said no": retorts), a chat word,
    a medicine or a brand (_casual_name)."""
    low = tok.lower_
    if lows[v] not in lex.w["person_past_verbs"] or low in lex.first or low in lex.ambiguous or len(low) < 2 or not _opens_clause(ctx, lex, tok.i):
        return False
    if tok.i and ctx.tokens[tok.i - 1].text in ("#", "@") and not ctx.tokens[tok.i - 1].whitespace_:
        return False  # "#beatthematch swabbed today": a hashtag's words
    if lows[v] in ("said", "says") and (lows[v + 1] in lex.w.get("retorts", ()) or lows[v - 1] in ("really", "literally")):
        return False
    return _casual_name(ctx, lex, tok, strong=True, cued=True)


def _modal_names_acting(ctx, lex, lows, adverbs, perfect):
    """"will got his match", "Will is finally off the injury list", "will's first day home": a first name that is a modal
    verb too (modal_first_names) opening a clause before a past tense, "is", "was", "has" or a possessive's "'s", which
    no modal is ever followed by ("will hit", "will put": a base form that is a past tense too is left alone)."""
    modals = lex.w.get("modal_first_names")
    if not modals:
        return
    doc = ctx.tokens
    past, states = ctx.rules.built(_past_acts), lex.w.get("state_verbs", ())
    for i in ctx.indices_of(modals):
        tok = doc[i]
        if i + 1 >= len(doc) or not (tok.text.islower() or tok.text.istitle() and ctx.at_sentence_start(i)) or not _opens_clause(ctx, lex, i):
            continue
        nxt = lows[i + 1]
        v = _verb_after(lows, i + 1, adverbs, perfect)
        verb = lows[v]
        # "is", "was", "has"; a possessive's "'s" only written onto the name ("will's first day")
        done = nxt in perfect or nxt in states and (nxt not in POSSESSIVE or not doc[i].whitespace_)
        acted = verb in past and verb not in BASE_FORM_PASTS or len(verb) > 4 and verb.endswith("ed") and not verb.endswith("eed")
        if done or acted:
            yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "default", "names", priority=60)


# past tenses that are base forms too ("will hit", "will put"): after a modal, the modal's verb
BASE_FORM_PASTS = frozenset({"hit", "put", "cut", "read", "set", "let", "shut", "hurt", "cost", "quit", "spread", "beat", "bet", "burst", "come", "run"})


def _phrasal_heads(rules) -> frozenset[str]:
    """The first words of person_phrasal_acts ("fell" of "fell asleep"), made once per rules."""
    return frozenset(act.split()[0] for act in lexicon(rules).w.get("person_phrasal_acts", ()))


def _virtue_acting(ctx, lex, tok, verb: str, after: str) -> bool:
    """"mercy finally ate a full meal", "hope texted me", "hope got engaged on shift": a name that is a virtue too, opening
    a clause, doing what only a body does (bodily_acts, person_phrasal_acts); not in a figure of speech ("hope ate away
    at the worry")."""
    bodily = verb in lex.w.get("bodily_acts", ()) or f"{verb} {after}" in lex.w.get("bodily_phrasal_acts", ())
    return (bodily and after not in lex.w.get("figurative_particles", ()) and tok.lower_ in lex.w.get("virtue_names", ())
            and tok.lower_ in lex.ambiguous
            and tok.lower_ not in lex.w.get("endearments", ()) and _opens_clause(ctx, lex, tok.i))


def _verb_after(lows, i: int, adverbs, perfect) -> int:
    """Where the verb of a clause whose subject ends before token i stands: past an adverb ("grace finally ate"), a
    perfect's auxiliary ("rose has texted", "bong has already lost his slippers") or both."""
    if lows[i] in perfect and lows[i + 1] not in perfect:
        i += 1
    return i + (lows[i] in adverbs)


def _month_with_writer(ctx, lex, tok, lows, v: int) -> bool:
    """"june dragged me", "april came with me": a month that is a first name too, opening a clause, doing something to
    or with the writer ("may" is a verb first; "june took me by surprise" is rare enough)."""
    writer, withs = lex.w.get("writer_objects", ()), lex.w.get("with_words", ())
    return (tok.lower_ in lex.ambiguous and tok.lower_ in CALENDAR and not tok.is_stop and _opens_clause(ctx, lex, tok.i)
            and (lows[v] in lex.w["person_past_verbs"] or lows[v] in lex.w.get("with_writer_verbs", ()))
            and (lows[v + 1] in writer or lows[v + 1] in withs and lows[v + 2] in writer))


def _gendered_act(ctx, lex, tok, lows, v: int) -> bool:
    """"ruby wants her dinner", "our biscuit knows his name", "juniper is asleep": a name that is a word too (a first
    name or a pet's), opening a clause or after "our"/"my", before a verb ending in s or ed and "his" or "her" within
    the three words after it, or before "is" and a state only people and pets are in (animate_states)."""
    low = tok.lower_
    # a season, a month or a role that is a name too acts with "her" or "his" only as a person ("summer got her p plates",
    # "chase lost his boot"); love, hope and family words still do ("hope got her through it")
    figure = lex.kin_or_pet(low) or any(low in lex.w.get(k, ()) for k in ("endearments", "virtue_names"))
    if not (low in lex.ambiguous or low in lex.first or low in ctx.rules.words("pet_names")) or tok.is_stop or figure:
        return False
    owning = lex.w.get("owning_pronouns", frozenset())
    # a verb with -s or -ed, or one of the commonest past tenses without ("lost his slippers", "got her results")
    acted = lows[v].endswith(("s", "ed")) and len(lows[v]) > 3 or lows[v] in lex.w.get("irregular_past_acts", ())
    gendered = acted and lows[v] not in lex.chat and not owning.isdisjoint(lows[v + 1 : v + 4])
    # "biscuit is howling in the back seat", "juniper is asleep": only people and pets are asleep or hiding
    states = lex.w.get("animate_states", ())
    doing = lows[v] in lex.w.get("state_verbs", ()) and (lows[v + 1] in states or f"{lows[v + 1]} {lows[v + 2]}" in states)
    if not (gendered or doing):
        return False
    return (tok.i and lows[tok.i - 1] in lex.possessives) or _opens_clause(ctx, lex, tok.i)


def relative_clauses(ctx, lex):
    """"proud of thabo who organised it", "shoutout to kerwin who drove": a name of the lists that is no word, before "who"
    opening a clause about them."""
    if not ctx.lowercase_names:
        return
    doc = ctx.tokens
    for i in ctx.indices_of(lex.w.get("relative_pronouns", frozenset())):
        if i == 0:
            continue
        tok = doc[i - 1]
        # only people are "who": a name that is a word too counts there ("for big mike who never got his match"), also
        # one that is a word first, thanked or prayed for ("shout out to grace who handed me a gel")
        thanked = tok.i > 0 and ctx.lowers[tok.i - 1] in lex.w.get("thanked_before", ())
        # "the first reg who", "every karen who": a role after an article, a quantifier or an ordinal, no one's name
        role = any(w in lex.role_openers for w in ctx.lowers[max(0, tok.i - 2) : tok.i])
        if tok.text.islower() and not role and not lex.kin_or_pet(tok.lower_) and _casual_name(ctx, lex, tok, strong=tok.lower_ in lex.first or thanked):
            yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "default", "names", priority=60)


def vocatives(ctx, lex):
    """"sully you absolute beauty", "tunde you legend", "hayden you did that": someone spoken to and praised, opening a
    clause after the post's first word; or told to do something ("sully send me the highlights")."""
    praise = lex.w.get("vocative_praise")
    if not ctx.lowercase_names or not praise:
        return
    doc = ctx.tokens
    acts = lex.w.get("vocative_praise_acts", frozenset())
    for i in ctx.indices_of(lex.w.get("vocative_pronouns", frozenset())):
        praised = [w for w in ctx.lowers[i + 1 : i + 4] if w in praise or w in acts]
        if i == 0:
            continue
        tok = doc[i - 1]
        if not praised:
            # "brandon you owe me a steak": spoken to, a first name of the lists that is no word of English opening a clause
            if (tok.text.islower() and tok.lower_ in lex.first and tok.lower_ not in lex.ambiguous and tok.lower_ not in lex.english
                    and not tok.is_stop and _opens_clause(ctx, lex, tok.i) and _casual_name(ctx, lex, tok, strong=True)):
                yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "default", "names", priority=60)
            continue
        if tok.is_stop and all(p in acts for p in praised):
            continue  # "so you did it": a word, where "will you're a hero" is someone
        # the praise is a second cue: "nish u legend" names someone no list holds
        if tok.text.islower() and _opens_clause(ctx, lex, tok.i) and _casual_name(ctx, lex, tok, strong=True, cued=any(p in praise for p in praised)):
            yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "default", "names", priority=60)
    # "lex if you're reading this", "a.k. if ur reading this": spoken to before the post's aside, the word opening a clause
    # (no family word, title or chat word: "mum if you're reading this", "lads if ur reading this")
    pattern = lex.w.get("reading_this_pattern")
    for m in pattern.finditer(ctx.text) if pattern is not None else ():
        initials = INITIALS_BEFORE.search(ctx.text, 0, m.start())
        if initials and (initials.start() == 0 or ctx.text[initials.start() - 1] in "\n.!?"):
            yield candidate(ctx, initials.start(), initials.end(), "personal_name", "default", "names", priority=60)
            continue
        tok = _token_before(ctx, m.start())
        if tok is None or tok.idx + len(tok) != m.start() or not _opens_clause(ctx, lex, tok.i):
            continue
        low = tok.lower_
        # a word for a group is no one ("lads", "guys": a plural of a word)
        plural = low.endswith("s") and (low[:-1] in lex.dictionary or low[:-1] in lex.relations)
        if (not tok.is_stop and not plural and not ctx.shouted(tok.i) and low not in lex.chat
                and low not in lex.relation_openers and low not in lex.w.get("vocative_praise", ())
                and low not in lex.w["titles"] and low not in lex.generic and TOKEN_WORD.match(tok.text) and low not in lex.w.get("list_words", ())):
            yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "default", "names", priority=60)
    # "paddy do you still have the keys", "kyle pls run it": asked something, opening a clause (not "so do you", "ok pls")
    asks, requests = lex.w.get("vocative_questions", frozenset()), lex.w.get("vocative_requests", frozenset())
    for i in ctx.indices_of(asks | requests, -1):
        nxt = ctx.lowers[i + 1]
        if i == 0 or ctx.lowers[i] in asks and nxt not in lex.w["vocative_pronouns"]:
            continue
        tok = doc[i - 1]
        counted = tok.i > 0 and doc[tok.i - 1].like_num  # "back in 10 min pls": a unit after a number
        if (tok.text.islower() and not tok.is_stop and len(tok) > 2 and not counted and _opens_clause(ctx, lex, tok.i)
                and _casual_name(ctx, lex, tok, strong=True)):
            yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "default", "names", priority=60)
    # "sully send me the highlights", "kenz get the chalk ready": told to do something (not "pls send me", "lads get the
    # beers in": a chat word, a plural)
    objects = lex.w.get("vocative_objects", frozenset())
    for i in ctx.indices_of(lex.w.get("vocative_imperatives", frozenset()), -1):
        if i == 0 or doc[i + 1].lower_ not in objects:
            continue
        tok = doc[i - 1]
        # a whole word of three letters or more ("WHO'S GONNA HOLD MY HAND": "gon na" is one word)
        if (tok.text.islower() and not tok.is_stop and len(tok) > 2 and tok.whitespace_ and tok.i > 0
                and _opens_clause(ctx, lex, tok.i) and _casual_name(ctx, lex, tok, strong=True)):
            yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "default", "names", priority=60)


def named_so(ctx, lex):
    """"a grey cat named gumbo", "a guy called dave": whatever word follows "named", or "called" after "a/an" and a
    noun of a pet or a person (naming_nouns), is the name, though it be a dish or a word ("a dog called biscuit")."""
    nouns, named, called = lex.w.get("naming_nouns"), lex.w.get("naming_verbs", frozenset()), lex.w.get("naming_verbs_after_a", frozenset())
    if not nouns:
        return
    doc = ctx.tokens
    lone = lex.w.get("lone_articles", frozenset())
    for i in ctx.indices_of(named | called, -1):
        if i == 0 or doc[i - 1].lower_ not in nouns and doc[i - 1].lower_ not in lex.pets:
            continue
        if doc[i].lower_ not in named and not (i >= 2 and doc[i - 2].lower_ in lone or i >= 3 and doc[i - 3].lower_ in lone):
            continue  # "my mum called dave": a verb; "a guy called dave", "a grey cat called smudge" introduce one
        name = doc[i + 1]
        if not TOKEN_WORD.match(name.text) or name.is_stop or name.lower_ in lex.chat or ctx.shouted(name.i):
            continue
        yield candidate(ctx, name.idx, name.idx + len(name), "personal_name", "pet" if doc[i - 1].lower_ in lex.pets else "default",
                        "names", priority=70)


def bracketed_relations(ctx, lex):
    """"max (my nephew, 6) asked", "jo (my sister) drove me", "jasper (the dog not the park) is refusing walks": a word
    before a bracket that says how the writer is related to them, or that it is a pet; a name when it could be one (a
    name of the lists, or a word no dictionary holds)."""
    if not ctx.lowercase_names:
        return
    doc = ctx.tokens
    for tok in doc[:-3]:
        i = tok.i
        if doc[i + 1].text != "(":
            continue
        # "(the dog)", "(the dog not the park)": a pet; "(the dog park)" is a place
        pet = (doc[i + 2].lower_ in lex.w["articles"] and doc[i + 3].lower_ in lex.pets and i + 4 < len(doc)
               and (not doc[i + 4].is_alpha or doc[i + 4].is_stop))
        if doc[i + 2].lower_ in lex.possessives:
            # the family word within the two words after "my" ("my little sister"), closing the bracket or before a comma
            rel = next((k for k in range(i + 3, min(i + 5, len(doc))) if doc[k].lower_ in lex.relations), None)
            if rel is None or rel + 1 >= len(doc) or doc[rel + 1].text not in (")", ","):
                continue
        elif not pet:
            continue
        low = tok.lower_
        if not TOKEN_WORD.match(tok.text) or tok.is_stop or lex.is_safe_word(low) or low in lex.chat or low in lex.possessives:
            continue
        # a pet's name is any word ("nugget (the dog, not the snack)"); a person's one that could be a name
        if pet or low in lex.first or low in lex.ambiguous or _casual_name(ctx, lex, tok, strong=True, cued=True):
            yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "default", "names", priority=60)


def named_then_owned(ctx, lex):
    """"diesel my shepherd guarded the couch", "sunny my golden retriever thinks my bandage is a toy": a word opening the
    post or a sentence, then "my" and a pet word (within two words) doing something: the pet's name, said first. A
    person's name the same way only when it could be one ("kez my sister drove me"), not "today my dog"."""
    if not ctx.lowercase_names:
        return
    doc, lows = ctx.tokens, ctx.lowers
    owned = lambda k: k < len(doc) and (lows[k] in lex.pets or lows[k] in lex.relations)
    for i in ctx.indices_of(lex.w.get("writer_possessives", frozenset())):
        # the pet or family word within the two words after "my" ("my shepherd", "my golden retriever")
        k = next((k for k in (i + 1, i + 2) if owned(k)), None)
        if i < 1 or k is None:
            continue
        # the owned word last of the words after "my" ("my golden retriever"), then a verb
        while owned(k + 1):
            k += 1
        if k + 1 >= len(doc) or not _acts(lex, doc[k + 1]) and lows[k + 1] not in lex.w.get("pet_past_acts", ()):
            continue
        tok = doc[i - 1]
        if not tok.text.islower() or not ctx.at_sentence_start(tok.i) or not TOKEN_WORD.match(tok.text):
            continue
        pet = lows[k] in lex.pets
        if pet and _pet_name_word(ctx, lex, tok, "uncommon") or not pet and (tok.lower_ in lex.first or tok.lower_ in lex.ambiguous) and _pet_name_word(ctx, lex, tok, "any"):
            yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "pet" if pet else "default", "names", priority=60)


def said_of_self(ctx, lex):
    """"will said he'd swab too", "hope says she's fine": a word opening a clause that says something of itself
    as he or she is a person, even a name that is a word ("will" the verb never says anything)."""
    pattern = lex.w.get("said_of_self_pattern")
    if not ctx.lowercase_names or pattern is None:
        return
    ends = {m.start() for m in pattern.finditer(ctx.text)}
    if not ends:
        return
    for tok in ctx.tokens:
        low = tok.lower_
        if tok.idx + len(tok) not in ends or len(low) < 3 or not _opens_clause(ctx, lex, tok.i):
            continue
        if low in lex.first or low in lex.ambiguous or low in ctx.rules.words("world_first_names"):
            if low not in lex.w.get("endearments", ()) and low not in lex.relations and low not in lex.generic:
                yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "default", "names", priority=60)


def honorifics_after(ctx, lex):
    """"priya didi made me kheer", "raju bhaiya", "meena aunty": a first name, or a word no dictionary holds, before
    a respectful word that follows names in South Asian English (not "my aunty", "the uncle")."""
    after = lex.w.get("honorifics_after")
    if not after:
        return
    doc = ctx.tokens
    for tok in doc[:-1]:
        if doc[tok.i + 1].lower_ not in after or not tok.is_alpha or tok.is_stop or len(tok) < 3:
            continue
        low = tok.lower_
        if low in lex.possessives or low in lex.relations or low in lex.w["articles"] or lex.is_safe_word(low):
            continue
        if low in ctx.rules.words("other_language_words") and low not in ctx.rules.words("world_first_names"):
            continue  # "waheguru ji ka khalsa": a word of that language (here God's name), no one's
        if low in lex.first and low not in lex.english or low in ctx.rules.words("world_first_names") and not ctx.plain_word(low) or _casual_name(ctx, lex, tok, strong=False, cued=True):
            yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "default", "names", priority=60)


def _token_before(ctx, char_index: int):
    """The token ending at char_index (None if none does)."""
    i = bisect.bisect_left(ctx.token_starts, char_index) - 1
    if i >= 0 and ctx.tokens[i].idx + len(ctx.tokens[i]) == char_index:
        return ctx.tokens[i]
    return None


def _answers_to(lex, lows, i: int) -> bool:
    """Token i follows "answers to", "answers to the name" or "answers to the name of"."""
    answers = lex.w.get("pet_answers", ())
    k = i - 1
    if lows[k] == "of":
        k -= 1
    if lows[k] == "name" and lows[k - 1] == "the":
        k -= 2
    return k >= 1 and lows[k] == "to" and lows[k - 1] in answers


def _walked_like_a_pet(lex, lows, i: int) -> bool:
    """"walked waffles round the park and she sniffed every bush": walked the way a dog is, and spoken of as "he" or
    "she" after, a word that is no everyday one is a pet's name (or a person's) even with no pet word in the post
    (not "walked laps around the track", "walked miles round the lake")."""
    word = lows[i]
    if word in lex.very_common or word in lex.w.get("pet_walk_objects", ()):
        return False
    # a pet's name of the lists walked so needs no "he" or "she" ("walked biscuit round the park")
    return word in lex.pet_names or any(w in lex.w.get("pet_pronouns", ()) for w in lows[i + 2 :])


def joined_names(ctx, lex, found):
    """"the twins bayo and efua", "kofi, dapo and tolu": a word joined by "and" or a comma to a lowercase name found
    alone is a name too when it could be one (a name of the lists, or a word no dictionary holds: "pip and noodle")."""
    if not ctx.lowercase_names or not found:
        return
    doc = ctx.tokens
    # "priya aur arjun", "haziq dan aina": "and" in the language a post switches into too
    joining = lex.w["list_words"] | {"&", ","} | lex.w.get("list_words_switched", frozenset())
    by_end = {t.idx + len(t): t.i for t in doc}
    seen = {c.end for c in found}
    # the name closing each finding ("the twins bayo" ends with one)
    todo = [(by_end[c.end], "pet" if c.kind == "pet" else "default") for c in found
            if c.end in by_end and doc[by_end[c.end]].text.islower() and not lex.kin_or_pet(doc[by_end[c.end]].lower_)]
    while todo:
        i, kind = todo.pop()
        for j, link in ((i + 2, i + 1), (i - 2, i - 1)):
            if not (0 <= j < len(doc)) or doc[link].text.lower() not in joining or doc[j].idx + len(doc[j]) in seen:
                continue
            if doc[link].text == "," and not (j > i and j + 1 < len(doc) and doc[j + 1].lower_ in joining or j < i and i + 1 < len(doc) and doc[i + 1].lower_ in joining):
                continue  # "kofi, tired but ok", "honestly, kofi said": a comma joins names only in a list that goes on
            # what the pair did after the second name ("sam and kit ran the stall", "sam and will were first"): a name of the
            # lists that is a common word too, or a modal ("will"), is someone there
            acted = j > i and j + 1 < len(doc) and (doc[j + 1].lower_ in ctx.rules.built(_pair_acts) and doc[j + 1].lower_ not in BASE_FORM_PASTS)
            if _joinable(ctx, lex, doc[j], kind, acted):
                seen.add(doc[j].idx + len(doc[j]))
                todo.append((j, kind))
                yield candidate(ctx, doc[j].idx, doc[j].idx + len(doc[j]), "personal_name", kind, "names", priority=58)


def _past_acts(rules) -> frozenset[str]:
    """Past tenses only people do and the commonest irregular ones (person_past_verbs, irregular_past_acts), made once
    per rules."""
    w = lexicon(rules).w
    return w.get("person_past_verbs", frozenset()) | w.get("irregular_past_acts", frozenset())


def _pair_acts(rules) -> frozenset[str]:
    """What two people joined by "and" did: a past tense of _past_acts, "were", "are", "have", "had"; made once per rules."""
    return rules.built(_past_acts) | {"were", "are", "have", "had"}


def _joinable(ctx, lex, tok, kind: str, acted: bool = False) -> bool:
    low = tok.lower_
    if acted and low in lex.ambiguous and tok.text.islower() and low in lex.w.get("modal_first_names", ()):
        return True  # "sam and will ran the stall"
    if not tok.text.islower() or not TOKEN_WORD.match(tok.text) or tok.is_stop or lex.is_safe_word(low) or low in lex.possessives:
        return False
    if low in lex.chat or low in lex.w["titles"] or low in CALENDAR or low in lex.generic or low in ctx.rules.words("diagnoses"):
        return False
    if kind == "pet":
        return _pet_name_word(ctx, lex, tok, "uncommon")
    if low in lex.ambiguous:
        return low not in lex.very_common or acted
    # two letters joined to a name are initials too ("jp and mj swabbed")
    return _casual_name(ctx, lex, tok, strong=len(low) == 2, cued=True)


def family_signoffs(ctx, lex):
    """"love, the adeyemi fam", "from the okafor family xx": a family signing by its surname (a word no dictionary
    holds: not "love, the whole fam"). The finding holds the family word too, so that the rewrite drops the surname
    ("love, the fam"), not swaps it for a noun ("the friend fam")."""
    pattern = lex.w.get("family_signoff_pattern")
    if pattern is None:
        return
    for m in pattern.finditer(ctx.text):
        name = m.group("name")
        low = name.lower()
        if len(low) < 3 or ctx.plain_word(low) or low in lex.common or lex.is_safe_word(low) or lex.compound(low) or _listed_name(ctx, low):
            continue
        family = m.group("group") if "group" in pattern.groupindex else None
        end = m.end("group") if family else m.end("name")
        yield candidate(ctx, m.start("name"), end, "personal_name", "default", "names", priority=60, suggestions=(family,) if family else None)


def capitalised_subjects(ctx, lex):
    """"Gallo fell asleep in the ice bath", "Kowal hit the crossbar 3 times", "Dempsey really did a backflip": in a post,
    a word with a capital that no dictionary, list or brand holds, opening a sentence before what a person did (a
    word like "really" between), is someone, often by a surname; the model misses many such in short posts. Not a
    place, a title, a brand, a word of another language, a medicine (Context.medical), nor in shouting."""
    acts = lex.w.get("person_past_verbs", frozenset()) | lex.w.get("irregular_past_acts", frozenset()) | lex.w.get("subject_past_acts", frozenset())
    between = lex.w.get("act_adverbs", ())
    if ctx.channel != "post" or not acts:
        return
    doc = ctx.tokens
    for tok in doc[:-1]:
        t = tok.text
        if not (len(t) >= 3 and t.isalpha() and t[0].isupper() and not t.isupper()) or not ctx.at_sentence_start(tok.i):
            continue
        j = tok.i + 1
        if doc[j].lower_ in between and j + 1 < len(doc):
            j += 1
        if doc[j].lower_ not in acts or not doc[j].text.islower():
            continue
        low = tok.lower_
        if (ctx.plain_word(t) or low in lex.english or low in lex.chat or low in lex.generic or low in lex.common or low in lex.relations
                or low in lex.pets or low in lex.demonyms or low in ctx.rules.words("other_language_words")):
            continue
        if ctx.shouted(tok.i) or ctx.brand([tok], organisation=False) or ctx.public_work([tok]) or _listed_name(ctx, low):
            continue
        yield candidate(ctx, tok.idx, tok.idx + len(t), "personal_name", "default", "names", priority=45)


def world_names_opening(ctx, lex):
    """"rhys at the pub shouted the round", "cillian owes me three": in a lowercase post, a first name from somewhere
    in the world that is nothing else (no word of the language, chat or slang, no place, organisation, brand or title)
    opening a clause, before a word that goes on with it (not a comma, a full stop or an emoji)."""
    doc = ctx.tokens
    world = ctx.rules.words("world_first_names")
    for tok in doc[:-1]:
        low = tok.lower_
        if len(low) < 4 or low not in world:
            continue  # _only_a_first_name asks this first: the costlier tests below are left for the world's first names
        if not tok.is_alpha or not tok.text.islower() or not doc[tok.i + 1].is_alpha or not _opens_clause(ctx, lex, tok.i):
            continue
        if not ctx.informal and not (tok.i > 0 and ctx.at_sentence_start(tok.i)):
            continue  # in a tidy text, only a sentence opening in lowercase is written like a post ("... today. rhodri still made us sing")
        if not _only_a_first_name(ctx, lex, low) or low in lex.generic or lex.compound(low):
            continue
        if ctx.brand([tok], organisation=False) or ctx.public_work([tok]):
            continue
        yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "default", "names", priority=45)

