"""Personal names found by cues the model does not know: family and pet words, "my name is",
doctors' titles, sign-offs and initials, name hashtags, first names of the lists, and a day or month that
is a first name before a surname ("Sunday Adeyemi"). The weaker cues of lowercase posts ("kev says hi",
"blame rose lol", "kemi's surgery") are in casual_names.py; detect() runs both.

A name right after a relationship word is reported together with it ("my sister Emma"), so the
rewrite keeps the safe part ("my sister").
"""
from __future__ import annotations

import bisect
import re

from . import entities, patterns, words
from .base import CALENDAR, POSSESSIVE, SCRIPTURE_VERSE, WEEKDAYS, Context, camel_parts, candidate, is_emoji, unaccented
from .gazetteer import is_listed_place

# The words and phrases that are language (titles, sign-offs, "my name is"...) come from
# rules/<lang>/words/names.toml; what stays here is shape only.
WORDS = frozenset({
    "titles", "doctor_titles", "not_initials", "lowercase_relatives", "articles", "list_words", "own_name_intros",
    "not_names_here", "signoff_safe_words", "signoff_pattern", "lowercase_signoff_pattern", "gratitude_cue_pattern",
    "name_intro_pattern", "self_intro_pattern", "name_here_pattern", "name_hashtag_pattern",
})
# keys a language may add: words allowed between a relationship word and the name ("mon infirmière préférée Manon");
# possessives ("my", "our": no name, and taken into the span before a relationship word) where its articles
# do not already hold them
# pet_name_followers, pet_compounds and pet_name_article: see _pet_names; date_before: see _calendar_first_names;
# kin_words_too: see _after_relationship_words; kisses_signoff_pattern, initial_signoff_pattern: see _signoffs; and in
# casual_names.py: clause_openers, subject_followers, pair_pronouns, to_writer_pattern, endearments,
# figurative_callers, pair_followers, pair_joining: see subjects; object_verbs, for_people_cues: see objects; life_events: see
# possessive_events; person_verbs, department_links, departments: see people_at_work; name_modifiers: see
# modified_names; pet_verbs, pet_praise, praised_kinds, pet_emoji, pet_walks, pet_routes, pet_walk_objects,
# pet_pronouns, pet_answers, pet_past_acts, pet_scolding: see pets_by_what_follows; known_from_pattern: see people_from; said_of_self_pattern: see said_of_self;
# honorifics_after: see honorifics_after; family_signoff_pattern: see family_signoffs; neighbour_pattern: see people_from;
# person_past_verbs, act_adverbs, perfect_auxiliaries, irregular_past_acts, with_writer_verbs, animate_states, virtue_names,
# role_words_among_names: see word_names_acting; and here: endeared_nouns: see _endeared;
# nickname_titles, title_nicknames, kin_name_acts: see _after_relationship_words; emoji_signoff_cue_pattern: see _emoji_signoff;
# contact_person_pattern: see _contact_person; appositive_roles: see casual_names.subjects; relative_pronouns: see
# casual_names.relative_clauses; vocative_praise, vocative_pronouns, vocative_praise_acts, vocative_imperatives, vocative_questions, vocative_requests,
# vocative_objects: see casual_names.vocatives; colleague_pattern: see casual_names.people_from; person_phrasal_acts,
# bodily_acts, figurative_particles: see casual_names.word_names_acting; writer_possessives: see casual_names.named_then_owned;
# phrase_joiners: see Context.ends_a_phrase; title_name_acts, role_endings: see _word_name_after_title
OPTIONAL_WORDS = frozenset({
    "after_relationship", "possessives", "pet_name_followers", "pet_compounds", "pet_name_article", "clause_openers",
    "subject_followers", "pair_pronouns", "object_verbs", "life_events", "person_verbs", "department_links", "departments",
    "date_before", "to_writer_pattern", "name_modifiers", "pet_verbs", "pet_praise", "pet_emoji", "kin_words_too",
    "kisses_signoff_pattern", "initial_signoff_pattern", "endearments", "pair_followers", "praised_kinds", "pair_joining",
    "figurative_callers", "pet_walks", "pet_routes", "pet_walk_objects", "pet_pronouns", "pet_answers", "pet_past_acts", "pet_scolding", "known_from_pattern",
    "colleague_pattern", "vocative_imperatives", "vocative_objects", "vocative_praise_acts", "vocative_questions", "vocative_requests", "person_phrasal_acts", "bodily_acts",
    "figurative_particles",
    "said_of_self_pattern", "honorifics_after", "family_signoff_pattern", "endeared_nouns", "emoji_signoff_cue_pattern",
    "neighbour_pattern", "virtue_names", "person_past_verbs", "role_words_among_names", "nickname_titles", "title_nicknames",
    "owner_place_cues", "age_after_pattern", "kisses_first_signoff_pattern", "list_words_switched", "contact_person_pattern", "appositive_roles",
    "act_adverbs", "with_writer_verbs", "for_people_cues", "animate_states", "kin_name_acts", "titles_before_word_names", "naming_nouns",
    "writer_objects", "with_words", "owning_pronouns", "state_verbs", "naming_verbs", "naming_verbs_after_a", "lone_articles", "quantifiers", "ordinal_roles", "thanked_before", "cause_campaigns",
    "writer_possessives", "phrase_joiners", "title_name_acts", "role_endings",
    "perfect_auxiliaries", "irregular_past_acts", "vocative_praise", "vocative_pronouns", "relative_pronouns", "modified_name_followers",
    "relayed_messages", "subject_past_acts", "modal_first_names", "retorts", "family_groups", "medical_modifiers", "bodily_phrasal_acts", "reading_this_pattern", "event_ordinals", "event_stretches",
})
# in a Title Case headline every word has a capital, so a capital after a family or pet word proves nothing
# ("BREAKING: Cat Refuses To Leave Sunbeam", "The Ultimate Donor Snack Tier List")
HEADLINE_PRONE = frozenset({"relative", "pet"})
INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}[A-Z]?\.?$|^[A-Z]{2,3}$")
MAY_BE_INITIALS = re.compile(r"[A-Z][.A-Z]")  # what a text holding INITIALS holds
CAPITALS_RUN = re.compile(r"[A-Z]{3}")
# "... Thank you, thank you. Eileen": a lone capitalised name (or two) after the last sentence (looked for in the last
# 200 characters: a name is shorter)
LONE_NAME_AT_END = re.compile(r"[.!?\n]\s*(?P<name>[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]*\.?)?)\s*[.!]?$")
DASH_SIGNOFF = re.compile(r"(?:^|\n|\s)[-–—~]\s*(?P<name>(?:[A-Z][\w'’-]*\.?|[A-Z]\.)(?:[ \t]+(?:[A-Z][\w'’-]*\.?|[A-Z]\.)){0,2})\s*$")
# "dont give up. — mk", "see u soon - dt": two or three lowercase initials after a dash closing a post
LOWERCASE_DASH_INITIALS = re.compile(r"(?:^|\s)[-–—~]\s*(?P<name>[a-z]{2,3})\s*$")
INITIALS_AT_END = re.compile(r"(?:[,.!]\s+|\n\s*)(?P<name>(?:[A-Z]\.\s?){1,3})\s*$")
TOKEN_WORD = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’-]*$")
# how an English name or short form opens: a consonant (or a cluster names open with) then a vowel, or a vowel then a
# consonant ("mags", "shaz", "ev"); not "tgif", "tty", "eek"
NAME_OPENING = re.compile(r"^(?:(?:[bcdfghjklmnpqrstvwxz]|ch|sh|th|ph|wh|[bcdfgkpt]r|[bcfgps]l|s[tkpmnw]|tw)[aeiouà-ÿ]|[aeiouà-ÿ][b-df-hj-np-tv-z])")


class NameLexicon:
    """The word lists the name detector leans on, pulled from the rules once."""

    def __init__(self, rules, optional: bool = False):
        r = rules
        # this language's titles, cue patterns... (optional: {} for a language without names.toml)
        self.w = words.table(r, "names", WORDS, optional=optional) or {}
        self.possessives = self.w.get("possessives", frozenset())
        self.first = r.words("first_names")
        self.ambiguous = r.words("ambiguous_first_names")
        self.relations = r.words("relationship_words")
        self.pets = r.words("pet_words")
        self.pet_names = r.words("pet_names")
        self.common = r.words("common_words")
        # ordinary English words: the checker runs without a part-of-speech tagger (speed), so
        # "is this word a name or a word?" is answered by word lists
        self.english = r.words("frequent_words")
        self.very_common = r.words("very_frequent_words")
        self.dictionary = r.words("dictionary_words")
        self.chat = r.words("chat_words")
        self.demonyms = r.words("demonyms")
        # the words before a role, not a name ("the first reg who", "every karen who"): casual_names.relative_clauses
        self.role_openers = (self.w.get("articles", frozenset()) | self.w.get("quantifiers", frozenset())
                             | self.w.get("ordinal_roles", frozenset()))
        # words a model tags that identify no one: apps, medicines, "covid" (the entity detector's list)
        self.generic = entities.generic_words(r)
        # the words _after_relationship_words can start from (a token with none of them, and no hyphen before it, is skipped)
        self.relation_openers = self.relations | self.pets | self.w.get("kin_words_too", frozenset()) | self.w.get("endeared_nouns", frozenset())
        # what propagate never spreads
        self.not_names = self.w.get("titles", frozenset()) | self.w.get("articles", frozenset()) | self.possessives

    def compound(self, word: str) -> bool:
        """Two dictionary words run together ("meetup", "fundraiser"): a word, not a name."""
        return any(word[:i] in self.dictionary and word[i:] in self.dictionary for i in range(3, len(word) - 1))

    def kin_or_pet(self, word: str) -> bool:
        return word in self.relations or word in self.pets

    def is_safe_word(self, word: str) -> bool:
        w = word.lower()
        return w in self.relations or w in self.pets or w in self.common


# id(rules) -> (rules, {optional: its lexicon}); the rules are held, so that their id is never reused. Not rules.built:
# a RuleSet made from another by dataclasses.replace (another table of names) shares the other's built things.
_LEXICONS: dict[int, tuple[object, dict[bool, NameLexicon]]] = {}


def lexicon(rules, optional: bool = False) -> NameLexicon:
    """The name detector's lexicon for these rules, made once (NameLexicon reads a dozen lists and sets)."""
    entry = _LEXICONS.get(id(rules))
    if entry is None or entry[0] is not rules:
        entry = _LEXICONS[id(rules)] = (rules, {})
    made = entry[1]
    if optional not in made:
        made[optional] = NameLexicon(rules, optional=optional)
    return made[optional]


def _could_be_name(ctx: Context, lex: NameLexicon, token, after_cue: bool) -> bool:
    w = token.text
    if not TOKEN_WORD.match(w) or len(w) < 2 and not w.isupper() or w in lex.w["not_initials"] or ctx.shouted(token.i):
        return False
    low = w.lower()
    if low in lex.relations or low in lex.pets or low in lex.possessives:
        return False
    if w[0].isupper():
        if low in lex.common and not after_cue:
            return False
        # a capital after a cue is a name unless it is plainly a verb, adverb or function word; names that
        # are words ("my daughter Hope", "my brother Will") have their capital there
        return low in lex.first or low not in lex.very_common or (after_cue and low in lex.ambiguous)
    # lowercase: only known first names, and not when the word is used as a verb or function word
    if low in lex.first and low not in lex.ambiguous:
        return low not in lex.english
    if low in lex.ambiguous and after_cue:
        return low not in lex.very_common
    # "my brother kwabena", "my niece zainab": after a cue, a lowercase word that is no English word
    # (dictionary words with wordfreq frequencies) and no chat slang is a name the lists do not know
    # nor an everyday word of a language posts switch into ("nuff respect to di nurses dem", "the nurses abeg")
    # a name may hold an apostrophe inside ("ja'marcus", "de'shawn")
    letters = low.replace("'", "").replace("’", "")
    return (after_cue and ctx.informal and len(low) >= 3 and letters.isalpha() and low[0].isalpha() and low[-1].isalpha()
            and low not in lex.dictionary and low not in lex.chat and not lex.compound(low) and low not in ctx.rules.words("switched_language_words"))


def _name_run(ctx: Context, lex: NameLexicon, i: int, after_cue: bool, limit: int = 2) -> int:
    """Index after a run of up to `limit` name tokens starting at token i (i if none)."""
    doc = ctx.tokens
    j = i
    while j < len(doc) and j - i < limit and _could_be_name(ctx, lex, doc[j], after_cue or j > i):
        if j > i and not doc[j].text[0].isupper() and doc[i].text[0].isupper():
            break
        j += 1
        # double-barrelled names: Nguyen-Patel, Smith-Jones (the tokenizer splits the hyphen)
        while j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and doc[j + 1].text[:1].isupper():
            j += 2
    return j


def detect(ctx: Context):
    lex = lexicon(ctx.rules)
    found = []
    casual = _casual_names()

    for finder in (_after_relationship_words, _pet_names, _titles, _introductions, _name_here, _contact_person, _gratitude, _signoffs, _initials, _hashtags,
                   _known_first_names, casual.subjects, casual.objects, casual.possessive_events, casual.owners_without_apostrophe, casual.owners, casual.ages, casual.people_at_work,
                   _calendar_first_names, casual.modified_names, casual.modified_names_strong, casual.pets_by_what_follows, casual.people_from, casual.said_of_self,
                   casual.honorifics_after, casual.family_signoffs, casual.world_names_opening, casual.capitalised_subjects, casual.word_names_acting,
                   casual.bracketed_relations, casual.named_then_owned, casual.named_so, casual.relative_clauses, casual.vocatives, _lowercase_first_names):
        for c in finder(ctx, lex):
            if c is None or ctx.shouted_span(c.start, c.end) or c.kind in HEADLINE_PRONE and _in_headline(ctx, c.start):
                continue
            if ctx.text[c.start : c.end].lower() in lex.demonyms:
                continue  # "irish coffee at brunch", "the Welsh": a people, no one's name
            if SCRIPTURE_VERSE.match(ctx.text, c.end) or SCRIPTURE_VERSE.search(ctx.text[c.start : c.end]):
                continue  # "Jeremiah 29:11", "John 3:16": a book of scripture with chapter and verse
            if c.kind not in ("own_name", "hashtag") and _names_something_else(ctx, ctx.tokens_between(c.start, c.end)):
                continue
            found.append(c)
            yield c
    yield from casual.joined_names(ctx, lex, found)
    yield from _shouted_first_names(ctx, lex)


def _in_headline(ctx, start: int) -> bool:
    """A Title Case line (not one in capitals: shouting is read as shouting) of one sentence: in a line of sentences in
    Title Case a writer capitalises everyday words, and a family word's name still follows it ("So Proud of my Grandson
    Tucker, he Donated today. Somewhere a Family is Praying")."""
    return ctx.headline(start) and not ctx.line_at(start).isupper()


def _shouted_first_names(ctx, lex):
    """"KWAME GOT ENGAGED!!!", "TEXT ME WHEN YOU LAND MARISOL": in shouting a capital says nothing, but a
    first name that is no word of the language is still a name."""
    if ctx.text.isascii() and not CAPITALS_RUN.search(ctx.text):
        return  # no word of three capitals to look at
    world = ctx.rules.words("world_first_names")
    for tok in ctx.tokens:
        low = tok.lower_
        if (len(low) >= 3 and tok.text.isupper() and ctx.shouted(tok.i) and low in world and not ctx.plain_word(low)
                and low not in lex.common and low not in lex.relations and tok.text not in lex.w["not_initials"]):
            yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "default", "names", priority=40)


def _after_relationship_words(ctx, lex):
    """my sister Emma, our dog Biscuit, nana rose, my buddy jake, Uncle Bob."""
    doc = ctx.tokens
    lowers, openers = ctx.lowers, lex.relation_openers
    for i, low in enumerate(lowers):
        # "my mother in law deb": a family word "in law" written without its hyphens
        in_law = low == "law" and i >= 2 and lowers[i - 1] == "in" and lowers[i - 2] in lex.relations
        if low not in openers and not in_law and not (i >= 2 and lowers[i - 1] == "-"):
            continue  # no family, pet, kin or endeared word, and no hyphenated one ending here
        tok = doc[i]
        first = tok.i
        if in_law:
            first, low = i - 2, lowers[i - 2]
        if tok.i >= 2 and doc[tok.i - 1].text == "-":
            first = _hyphen_start(doc, tok.i)  # "my sister-in-law jo", "my step-dad": the tokenizer splits at hyphens
            if low not in lex.relations:
                low = "".join(t.text for t in doc[first : tok.i + 1]).lower()
        is_pet = low in lex.pets
        # "my ate rose": a family word of another language that is an English word too counts after "my" only
        kin_too = low in lex.w.get("kin_words_too", ()) and (tok.i > 0 and doc[tok.i - 1].lower_ in lex.possessives or _kin_title_opening(ctx, lex, tok.i))
        if not (low in lex.relations or is_pet or kin_too or _endeared(lex, doc, tok.i)):
            continue
        nxt = tok.i + 1
        if nxt < len(doc) and doc[nxt].lower_ in lex.w.get("after_relationship", ()):
            nxt += 1  # a French adjective after the noun: "mon infirmière préférée Manon"
        apposition = nxt < len(doc) and doc[nxt].text in {",", "-", "–"} and nxt + 1 < len(doc)
        if apposition:
            nxt += 1  # "my sister, Emma, ..."
        if nxt < len(doc) and doc[nxt].text.islower() and doc[nxt].lower_ in lex.w.get("irregular_past_acts", ()):
            continue  # "our granddaughter sang danny boy": what the relative did ("sang", "won" are names somewhere too)
        end = _name_run(ctx, lex, nxt, after_cue=True)
        if end == nxt and kin_too and ctx.informal and doc[nxt].lower_ in lex.ambiguous and not doc[nxt].is_stop:
            end = nxt + 1  # "my ate grace": after a family word no one writes of things, a name that is a word too
        if (end == nxt < len(doc) - 1 and ctx.informal and low in lex.relations and tok.i > 0 and doc[tok.i - 1].lower_ in lex.possessives
                and (doc[nxt].lower_ in lex.ambiguous or doc[nxt].lower_ in lex.pet_names) and doc[nxt].text.islower() and not doc[nxt].is_stop
                and _acts(lex, doc[nxt + 1])):
            # "my son chase gets his cells today", "my sister hope made dinner", "my boy tank swabbed": a name that is a word
            # (a pet's name too, as nicknames are), doing things
            end = nxt + 1
        if (end == nxt < len(doc) - 1 and ctx.informal and low in lex.relations and len(doc[nxt]) == 2 and doc[nxt].is_alpha
                and doc[nxt].text.islower() and not doc[nxt].is_stop and doc[nxt].lower_ not in lex.chat and not lex.is_safe_word(doc[nxt].lower_)
                and (_acts(lex, doc[nxt + 1]) or doc[nxt + 1].lower_ in lex.w.get("irregular_past_acts", ()))):
            end = nxt + 1  # "my sister em flew in", "bestie lo made it": a two-letter short form, doing things
        if (end == nxt < len(doc) and ctx.informal and low in lex.w["lowercase_relatives"] and _family_title(lex, doc, tok.i)
                and doc[nxt].lower_ in lex.ambiguous and doc[nxt].text.islower() and not doc[nxt].is_stop and _name_ends_here(lex, doc, nxt + 1)):
            end = nxt + 1  # "tell uncle ray the truck is fixed", "nana joy sent this": a family title before a name that is a word too
        if end == nxt < len(doc) and ctx.lowercase_names and low in lex.w.get("nickname_titles", ()) and doc[nxt].lower_ in lex.w.get("title_nicknames", ()) and not (
                doc[nxt].whitespace_ == "" and nxt + 1 < len(doc) and doc[nxt + 1].text == "-"):  # not "baby-sat"
            end = nxt + 1  # "tito boy", "tita baby": a Filipino nickname that is a family word too, after a family title
        if end == nxt or is_pet and doc[nxt].lower_ in lex.w.get("pet_compounds", ()):
            continue  # "my cat scratcher": a thing of the pet's
        last = doc[end - 1]
        if (end - nxt == 1 and last.text.islower() and len(last.text) > 5 and last.lower_.endswith("ing") and last.lower_ not in lex.first
                and last.lower_ not in lex.ambiguous and last.lower_ not in ctx.rules.words("world_first_names")):
            continue  # "mum ululating the whole ceremony", "dad sobbing": what the relative is doing, not their name
        titled = low in lex.w["lowercase_relatives"] and _family_title(lex, doc, tok.i) and (end == len(doc) or not doc[end].like_num)
        if (doc[end - 1].text.islower() and doc[end - 1].lower_ in CALENDAR and (end == len(doc) or not _acts(lex, doc[end]))
                and not _month_named(ctx, lex, first, nxt, end) and not titled):
            continue  # "swab drive for our girl saturday": when, not who ("my sister june is" stays)
        if end - nxt == 1 and doc[nxt].lower_ in WEEKDAYS and (end == len(doc) or not _acts(lex, doc[end])):
            continue  # "anointed our baby girl Sunday.": when, in any case ("my guy Sunday says", "my daughter April" stay)
        if apposition and end < len(doc) and not doc[end].is_punct:
            continue  # "Dear donor, Bill after bill piled up": not a name in apposition
        if not apposition and doc[end - 1].text.islower() and doc[end - 1].lower_ in lex.dictionary and first > 0 and doc[first - 1].lower_ in lex.w["articles"]:
            continue  # "the donor gala", "a nurse station": after an article the family word names a kind, then a thing
        if is_pet and tok.text[:1].isupper() and doc[nxt].text[:1].isupper():
            continue  # "Golden Corral", "Husky Stadium": a run of capitals opening with a pet word is a brand or a title
        if not apposition and _listed_name(ctx, ctx.text[tok.idx : doc[end - 1].idx + len(doc[end - 1])].lower()):
            continue  # "Girl Scouts", "Brother Rice": an organisation or place the lists know, not a relative
        if not is_pet and end - nxt == 1 and doc[nxt].lower_ not in lex.first and doc[nxt].lower_ not in lex.ambiguous and ctx.brand([doc[nxt]], organisation=False):
            continue  # "scrolling donor tiktok", "nan facebook": a brand or an app after the family word, no one's name (a pet may
            # be named after one: "my dog Vegemite")
        if doc[end - 1].text[0].islower() and not ctx.informal and low not in lex.w["lowercase_relatives"]:
            # lowercase word after a family word in carefully written text: likely not a name
            if doc[end - 1].lower_ not in lex.first:
                continue
        start_tok = first
        # "my cousin's wife ama": the relative's relative, whole
        while start_tok > 1 and doc[start_tok - 1].text in ("'s", "’s") and doc[start_tok - 2].lower_ in lex.relations:
            start_tok -= 2
        while start_tok > 0 and doc[start_tok - 1].lower_ in lex.pets:
            start_tok -= 1  # "my golden retriever sunny"
        if start_tok > 1 and doc[start_tok - 2].lower_ in lex.possessives and doc[start_tok - 1].is_alpha and (doc[start_tok - 1].lower_ in lex.english or doc[start_tok - 1].lower_ in lex.chat):
            start_tok -= 1  # "my big sis tola", "my baby bro": the word between is part of the safe rewrite
        if start_tok > 0 and (doc[start_tok - 1].lower_ in lex.possessives or doc[start_tok - 1].lower_ in lex.w["articles"]):
            start_tok -= 1
        safe = ctx.text[doc[start_tok].idx : tok.idx + len(tok)]
        kind = "pet" if is_pet else "relative"
        yield candidate(ctx, doc[start_tok].idx, doc[end - 1].idx + len(doc[end - 1]), "personal_name", kind, "names", priority=78, suggestions=(safe,))


def _month_named(ctx, lex, first: int, nxt: int, end: int) -> bool:
    """"to my baby sis april 🥳", "my daughter june,": a month that is a first name, alone after "my" and a family word,
    closing there (no day after it: "my sister june 5th", "see my mum april 3")."""
    doc = ctx.tokens
    if end - nxt != 1 or doc[nxt].is_stop or doc[nxt].lower_ not in lex.ambiguous:
        return False
    owned = first > 0 and doc[first - 1].lower_ in lex.possessives or first > 1 and doc[first - 2].lower_ in lex.possessives
    return owned and (end == len(doc) or doc[end].is_punct or is_emoji(doc[end].text))


def _acts(lex, tok) -> bool:
    low = tok.lower_
    return low in lex.w.get("kin_name_acts", ()) or low in lex.w.get("person_past_verbs", ()) or low in lex.w.get("subject_followers", ())


def _kin_title_opening(ctx, lex, i: int) -> bool:
    """"ate joy flew in": a family word that is an English word too ("ate"), opening a sentence, before a first name and a
    past tense only people do (person_past_verbs); "ate pizza said" has no name, "i ate rice" opens no sentence."""
    doc = ctx.tokens
    if not ctx.informal or i + 2 >= len(doc) or not ctx.at_sentence_start(i) or doc[i + 2].lower_ not in lex.w.get("person_past_verbs", ()):
        return False
    name = doc[i + 1].lower_
    return name in lex.first or name in lex.ambiguous and not doc[i + 1].is_stop


def _family_title(lex, doc, i: int) -> bool:
    """The family word at i is said as a title ("tell uncle ray"), not of a kind ("my uncle", "an aunt")."""
    return i == 0 or doc[i - 1].lower_ not in lex.possessives and doc[i - 1].lower_ not in lex.w["articles"]


def _name_ends_here(lex, doc, i: int) -> bool:
    """Token i closes a name before it: the end, punctuation, a function word or what people do ("uncle ray the truck is
    fixed", "nana joy sent", "mamaw june riding shotgun"; not "grandma rose early")."""
    if i >= len(doc):
        return True
    t = doc[i]
    return (t.is_punct or t.is_stop or is_emoji(t.text) or t.lower_ in lex.w.get("person_past_verbs", ()) or t.lower_ in lex.w.get("subject_followers", ())
            or t.lower_ in lex.w.get("irregular_past_acts", ())  # "papaw earl sent money"
            or len(t.text) > 5 and t.lower_.endswith("ing") and t.is_alpha)  # "with mamaw june riding shotgun"


def _endeared(lex, doc, i: int) -> bool:
    """"my little man ayo", "our lil lady zuri": a word that is no family word alone ("man") is one after "my" and a
    word of size (name_modifiers)."""
    return (doc[i].lower_ in lex.w.get("endeared_nouns", ()) and i >= 2 and doc[i - 1].lower_ in lex.w.get("name_modifiers", ())
            and doc[i - 2].lower_ in lex.possessives)


def _hyphen_start(doc, i: int) -> int:
    """The first token of the hyphenated word that token i ends ("sister" of "sister - in - law")."""
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return i


def _pet_names(ctx, lex):
    """Pets are named with ordinary words, which no list can hold: the name is found by where it stands.
    "waffles the dog", "captain, my parrot", "pip (my ferret)" (a name in apposition to a pet), and "our dog
    sprout has..." (a word after the pet that a verb follows, so it is no verb itself; "my dog walker is" is a
    compound, pet_compounds lists those)."""
    followers = lex.w.get("pet_name_followers")
    if not followers:
        return
    doc = ctx.tokens
    owners = lex.possessives | lex.w["articles"]
    thanked = None
    for i in ctx.indices_of(lex.pets):
        tok = doc[i]
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in lex.pets:
            continue  # the last word of "guinea pig", "german shepherd"
        # backwards over modifiers ("emotional support guinea") to "my"/"our"/"the", then the name
        j = tok.i - 1
        while j >= 0 and tok.i - j <= 3 and doc[j].is_alpha and doc[j].lower_ not in owners and not doc[j].is_stop:
            j -= 1
        if j >= 1 and doc[j].lower_ in owners:
            k = j - 1
            opened = doc[k].text in {",", "("}
            if opened:
                k -= 1
            after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
            # "tea, my cat and a blanket": set apart by a comma, the pet must close the phrase
            closed = not after or after in {",", ")", "!", "."} or not after[:1].isalnum()
            # unset apart, only "the": "waffles the dog" (not "thunders my cat", "drew a doodle")
            definite = doc[j].lower_ in lex.w.get("pet_name_article", ())
            # opening a sentence or a list item ("pickles the hamster is...", "and biscuit the cat"), the word is
            # the subject, no verb before "the dog": only the commonest words stay words there
            leading = k >= 0 and (ctx.at_sentence_start(k) or doc[k - 1].lower_ in lex.w["list_words"] or doc[k - 1].text in {",", "&"})
            # "shoutout to bean my emotional support guinea pig": thanked, so no verb ("love my dog")
            if thanked is None:
                thanked = {m.end() for m in lex.w["gratitude_cue_pattern"].finditer(ctx.text)}
            cued = k >= 0 and doc[k].idx in thanked
            # "Biscuit the golden retriever", "max the cat": a pet's or a person's name of the lists, or a word with a
            # capital no dictionary holds, before "the" and the animal
            named = k >= 0 and definite and (doc[k].lower_ in lex.pet_names or doc[k].lower_ in lex.first
                                             or doc[k].text[:1].isupper() and not ctx.plain_word(doc[k].text))
            strictness = "any" if opened or cued or named else "uncommon" if leading else "rare"
            if k >= 0 and (closed if opened else definite or cued) and _pet_name_word(ctx, lex, doc[k], strictness):
                yield candidate(ctx, doc[k].idx, doc[k].idx + len(doc[k]), "personal_name", "pet", "names", priority=74)
        # forwards: "our dog sprout has", "my german shepherd meatball wore"; closing a clause or before a past
        # tense, a word that is no everyday word: "meet our lab biscuit!", "my tabby mochi knocked it over"
        if ctx.informal and tok.i + 1 < len(doc) and any(doc[x].lower_ in lex.possessives for x in range(max(0, tok.i - 3), tok.i)):
            name = doc[tok.i + 1]
            nxt = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
            # "my dog pickles knows": one of the commonest verbs with its -s after a word that is no such verb itself
            acts = nxt is not None and ctx.common_verb_with_s(nxt.lower_) and not ctx.common_verb_with_s(name.lower_)
            follows = nxt is not None and nxt.lower_ in followers or acts
            # ... or before a past tense, with -ed or without ("my cat pickle sat on my lap")
            closes = nxt is None or nxt.is_punct or is_emoji(nxt.text) or (nxt.lower_.endswith("ed") and nxt.lower_ not in lex.very_common
                                                                          or nxt.lower_ in lex.w.get("irregular_past_acts", ()))
            if ((follows or closes) and name.text.islower() and name.lower_ not in lex.w.get("pet_compounds", ())
                    and (_pet_name_word(ctx, lex, name, "any" if follows and not acts else "uncommon") or follows and _sweet_pet_name(lex, name.lower_))
                    and (follows or not ctx.common_verb_with_s(name.lower_) and name.lower_ not in lex.w["titles"])  # "our bulldog mr. biggs"
                    and (name.lower_ in lex.first or name.lower_ in lex.ambiguous or not (name.lower_ in lex.very_common or name.lower_.endswith("ly")))):  # "my dog finally has"
                yield candidate(ctx, name.idx, name.idx + len(name), "personal_name", "pet", "names", priority=74)


def _sweet_pet_name(lex, word: str) -> bool:
    """"my golden honey is", "our cat sugar was": a first name that is also a word people call each other,
    which the common words hold ("thanks honey"), after a pet word and before a verb."""
    return word in lex.ambiguous and word in lex.common and word not in lex.relations and word not in lex.pets


def _pet_name_word(ctx, lex, tok, strictness: str) -> bool:
    """Could this word be a pet's name: a word, no function word, verb form, family or pet word; "any" word
    when a comma or bracket sets the pet apart ("captain, my parrot"), an "uncommon" one opening a sentence or
    a list item ("pickles the hamster is"), else a "rare" one ("brush the dog" is a verb)."""
    low = tok.lower_
    if not TOKEN_WORD.match(tok.text) or tok.is_stop or len(low) < 2 or ctx.shouted(tok.i):
        return False
    if low in lex.relations or low in lex.pets or low in lex.possessives or low in lex.chat or low in lex.common:
        return False
    if low in lex.first and low not in lex.ambiguous:
        return True
    if _verb_form(lex, low):
        return False
    return {"any": True, "uncommon": low not in lex.very_common, "rare": low not in lex.english}[strictness]


def _verb_form(lex, low: str) -> bool:
    """A verb's -ed or -ing form: the word less its ending is a word ("walked", "baking", "stopped"; not "pudding",
    "ted")."""
    for end in ("ing", "ed"):
        if low.endswith(end) and len(low) > len(end) + 1:
            stem = low[: -len(end)]
            if stem in lex.dictionary or stem + "e" in lex.dictionary or len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in lex.dictionary:
                return True
    return False


def _titles(ctx, lex):
    """Dr. K, Dr Patel, Nurse Jackie, Coach Smith."""
    doc = ctx.tokens
    titles, doctor_titles = lex.w["titles"], lex.w["doctor_titles"]
    for i in ctx.indices_of(titles):
        tok = doc[i]
        low = tok.lower_
        if not tok.text[0].isupper() and low not in doctor_titles:
            # "father okafor is on the fryer", "coach dre": in a lowercase post, a title before a word that is nothing
            # but a name (no word of any language the lists hold); "nurse joy", "pastor ray": after a title only people
            # have, a first name that is a word too
            if (ctx.lowercase_names and tok.i + 1 < len(doc) and (_surname_like(ctx, lex, doc[tok.i + 1]) or _word_name_after_title(lex, tok, doc[tok.i + 1]))
                    and not ctx.names_a_thing(tok.i, tok.i + 2) and not ctx.public_work(doc[tok.i : tok.i + 2])):
                yield candidate(ctx, tok.idx, doc[tok.i + 1].idx + len(doc[tok.i + 1]), "personal_name", "default", "names", priority=80)
            continue
        nxt = tok.i + 1
        if nxt < len(doc) and doc[nxt].text == ".":
            nxt += 1
        if nxt >= len(doc):
            continue
        nt = doc[nxt]
        if INITIALS.match(nt.text) or (len(nt.text) == 1 and nt.text.isupper()) or low in doctor_titles and _lowercase_initial(lex, doc, nxt):
            end = nxt + 1
        else:
            end = _name_run(ctx, lex, nxt, after_cue=True)
            if end == nxt or not doc[nxt].text[0].isupper() and low not in doctor_titles:
                continue
        kind = "doctor" if low in doctor_titles else "default"
        suggestions = ("my doctor",) if kind == "doctor" else None
        last = doc[end - 1]
        stop = len(last) == 2 and last.text.endswith(".") and last.text[0].islower()  # "dr j." closing a sentence keeps its stop
        yield candidate(ctx, tok.idx, last.idx + len(last) - stop, "personal_name", kind, "names", priority=80, suggestions=suggestions)


def _word_name_after_title(lex, title, tok) -> bool:
    """"nurse joy", "pastor ray", "coach hope": a first name that is a word too, in lowercase after a title that is no
    verb or everyday word ("miss", "doc" are: "i miss grace")."""
    if title.lower_ not in lex.w.get("titles_before_word_names", ()) or not tok.text.islower() or tok.is_stop or not tok.is_alpha:
        return False
    if tok.lower_ in lex.ambiguous:
        return tok.lower_ not in lex.w.get("irregular_past_acts", ())  # "my sister sang"
    if tok.lower_.endswith("ly") and tok.lower_ in lex.dictionary:
        return False  # "coach actually smiled", "nurse finally said": a word of how, no one's name
    # "coach dub let me skip", "nurse tink said": any word, then what only a person does
    after = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    # not "the coach bus said", nor "my sister got swabbed", "my nurse friend says": after "my" the title is who someone
    # is to the writer, and the word after it what they did or another such word
    titled = title.i == 0 or tok.doc[title.i - 1].lower_ not in lex.w["articles"] and tok.doc[title.i - 1].lower_ not in lex.possessives
    role = tok.lower_.endswith(tuple(lex.w.get("role_endings", ()))) and len(tok) > 5  # "nurse practitioner said": a role
    acted = tok.lower_ in lex.w.get("irregular_past_acts", ()) or tok.lower_ in lex.w.get("person_past_verbs", ()) or tok.lower_ in lex.relations
    return titled and not role and not acted and (after in lex.w.get("person_past_verbs", ()) or after in lex.w.get("title_name_acts", ()))


def _surname_like(ctx, lex, tok) -> bool:
    """A lowercase word of three letters or more that is no word of English, chat, family, or another language the
    lists hold, and no place or brand: after a title, a name ("okafor", "dre")."""
    low = tok.lower_
    if not (tok.is_alpha and tok.text.islower() and len(low) >= 3) or tok.is_stop:
        return False
    if ctx.plain_word(low) or low in lex.dictionary or low in lex.english or low in lex.common or low in lex.chat or lex.kin_or_pet(low):
        return False
    if low in ctx.rules.words("other_language_words") or low in lex.demonyms:
        return False
    return not ctx.brand([tok], organisation=False) and not ctx.public_work([tok])


def _lowercase_initial(lex, doc, i: int) -> bool:
    """"dr k said my counts look fine": one lowercase letter after a doctor's title, closing the clause or before what
    people say or do (not "dr a lot", "dr i think")."""
    tok = doc[i]
    letter = tok.text[:-1] if tok.text.endswith(".") else tok.text  # "dr j. all good": the tokenizer keeps the stop
    if len(letter) != 1 or not letter.isalpha() or letter.lower() in ("a", "i"):
        return False
    if i + 1 >= len(doc) or letter != tok.text or doc[i + 1].is_punct or is_emoji(doc[i + 1].text):
        return True
    nxt = doc[i + 1].lower_
    return nxt in lex.w.get("subject_followers", ()) or nxt in lex.w.get("person_past_verbs", ())


def _introductions(ctx, lex):
    """My name is Marisol, everyone calls me Raj, a pup named biscuit, Hi, I'm Tomás."""
    text = ctx.text
    self_intro = lex.w["self_intro_pattern"]
    for pattern in (lex.w["name_intro_pattern"], self_intro):
        for m in pattern.finditer(text):
            tok = _token_at(ctx, m.end())
            if tok is None:
                continue
            strict = pattern is self_intro
            if not strict and tok.is_stop and tok.lower_ not in lex.first and not tok.text[:1].isupper():
                continue  # "the registry called and IM A MATCH", "called to say": no name follows
            if strict and not ((tok.text[0].isupper() or _age_after(ctx, tok)) and (tok.lower_ in lex.first or tok.lower_ not in lex.english)
                               and tok.lower_ not in lex.common):
                continue  # "Hi, I'm Tomás"; in lowercase only with an age after it ("i'm bao, 24")
            if strict and tok.text.isupper() and len(tok.text) > 1 and tok.lower_ not in lex.first:
                continue  # "i am TAMPING", "im DONE": a word in capitals after "I'm" is said loud, no name of the lists
            end = _name_run(ctx, lex, tok.i, after_cue=not strict)
            if end == tok.i and not strict and (tok.lower_ in lex.first or tok.text[:1].isupper()) and not lex.is_safe_word(tok.text):
                end = tok.i + 1  # "call me kayla": the tagger calls an unknown word a verb
            intro = m.group().lower()
            own_name = strict or any(part in intro for part in lex.w["own_name_intros"])
            span_end = ctx.tokens[end - 1].idx + len(ctx.tokens[end - 1])
            yield candidate(ctx, tok.idx, span_end, "personal_name", "own_name" if own_name else "default", "names", priority=79)
            if not own_name:
                yield from _listed_after(ctx, lex, end)


def _names_something_else(ctx, toks) -> bool:
    """A name found (not the writer's own, not a hashtag) that is part of something else: "Harry Potter rewatch" (a
    title), "in st. paul", "mass at st anne's" (a place or church named after a saint), "father christmas", "a jack
    russell" (a figure or thing named after someone), "Chardi Kala!!!", "sana all" (a phrase of another language),
    "Garryowen RFC" (a club)."""
    if not toks:
        return False
    if ctx.public_work(toks) or ctx.names_a_thing(toks[0].i, toks[-1].i + 1):
        return True
    nxt = toks[-1].i + 1
    if nxt < len(ctx.tokens) and ctx.tokens[nxt].lower_ in POSSESSIVE and ctx.brand(toks + [ctx.tokens[nxt]], organisation=False):
        return True  # "dinner at Nando's", "a Wendy's run": a chain named after someone
    if len(toks) > 1 and patterns.ENDS_AS_AN_ORGANISATION.search(ctx.text[toks[0].idx : toks[-1].idx + len(toks[-1])]):
        return True  # "thanks to Garryowen RFC", "Mercy Hospital": a club or an organisation, no one
    return ctx.after_saint_title(toks[0].i) or _other_language_phrase(ctx, toks)


def _other_language_phrase(ctx, tokens) -> bool:
    """The words are, or sit inside, a listed phrase of another language ("Chardi Kala", "sana all", "shiok sia"); a
    word of another language alone stays a name where a name is expected ("tayo and ife came", "rip pretzel")."""
    toks = [t for t in tokens if t.is_alpha]
    if not toks or not ctx.other_language(tokens):
        return False
    foreign = ctx.rules.words("other_language_words")
    return len(toks) > 1 and " ".join(t.lower_ for t in toks) in foreign or ctx._listed_around(toks, foreign)


def _age_after(ctx, tok) -> bool:
    """The word is followed by a comma and an age ("i'm bao, 24, i donated marrow..."): a name said with an age."""
    doc = ctx.tokens
    i = tok.i
    return (i + 2 < len(doc) and doc[i + 1].text == "," and doc[i + 2].is_digit and len(doc[i + 2].text) <= 2
            and not doc[i].is_stop and doc[i].is_alpha)


def _gratitude(ctx, lex):
    """'shoutout to jess and mike', 'thanks to Dr. Ames' (titles are found elsewhere), 'in memory of grandpa joe'."""
    for m in lex.w["gratitude_cue_pattern"].finditer(ctx.text):
        tok = _token_at(ctx, m.end())
        if tok is None:
            continue
        modified = tok.lower_ in lex.w.get("name_modifiers", ()) and tok.i + 1 < len(ctx.tokens) and ctx.tokens[tok.i + 1].lower_ in lex.first
        if modified:
            tok = ctx.tokens[tok.i + 1]  # "shoutout big mike and the crew": the name after its "big" or "lil"
        if not modified and lex.is_safe_word(tok.text) or tok.lower_ in lex.possessives:
            continue  # after "lil" or "big", a first name that is a chat word too ("shoutout lil ty") is the name
        low = tok.lower_
        # "thank you memory for sitting with gogo": a name that is a word too, thanked for something
        # "thanks tanner for plowing", "shoutout mike and the crew": a first name of the lists that is a word too, then
        # what closes a name thanked
        # a virtue thanked for something is someone too ("ty grace for the coffee at 4am"; not "thank you, grace and peace")
        virtue = low in lex.w.get("virtue_names", ()) and not (tok.i + 1 < len(ctx.tokens) and ctx.lowers[tok.i + 1] == "for")
        # a capital mid-sentence closes a name as a name of the lists does ("thx to Skip and the rest of the post")
        capital = tok.text[:1].isupper() and not tok.text.isupper() and not ctx.at_sentence_start(tok.i)
        thanked_for = ((low in lex.ambiguous or low in lex.first) and not tok.is_stop and not virtue
                       and low not in lex.w.get("endearments", ()) and _thanked_name_ends(ctx, lex, tok.i + 1, low in lex.first or capital)
                       # "ily bincy thank u", "ty kez for the lift": a word no list or dictionary holds, thanked, then what closes a
                       # name (the thanks is the second cue such a word needs: _casual_name)
                       or tok.text.islower() and low not in lex.first and low not in lex.ambiguous and not tok.is_stop
                       and _thanked_name_ends(ctx, lex, tok.i + 1, True) and _casual_names()._casual_name(ctx, lex, tok, strong=False, cued=True))
        # a first name of the lists that is no word, or one of the world's names that is no word of any list ("cheers jono")
        known = (low in lex.first and low not in lex.english
                 or low in ctx.rules.words("world_first_names") and low not in lex.dictionary and low not in lex.chat
                 and low not in ctx.rules.words("other_language_words")
                 or thanked_for or modified and not tok.is_stop)
        if not (known or (tok.text[:1].isupper() and tok.lower_ not in lex.english and tok.lower_ not in lex.common)):
            continue
        end = _name_run(ctx, lex, tok.i, after_cue=True) if not (thanked_for or modified and tok.text.islower()) else tok.i + 1
        if end == tok.i:
            continue
        if not known and ctx.brand(ctx.tokens[tok.i : end], organisation=False):
            continue  # "Shoutout to Costco rotisserie chicken": a brand thanked, no one
        yield candidate(ctx, tok.idx, ctx.tokens[end - 1].idx + len(ctx.tokens[end - 1]), "personal_name", "default", "names", priority=76)
        yield from _listed_after(ctx, lex, end, lowercase_known=True)


def _thanked_name_ends(ctx, lex, i: int, listed_first: bool) -> bool:
    """After a word thanked, what closes a name: "for" ("thank you memory for sitting with gogo"), and for a first name
    of the lists also "and", "&", a comma or "!", an emoji or the end ("shoutout mike and the crew"; not "thanks
    again", "thanks everyone", whose words no list of first names holds)."""
    doc = ctx.tokens
    if i >= len(doc):
        return listed_first
    nxt = doc[i]
    if nxt.lower_ == "for":
        return True
    return listed_first and (nxt.lower_ in lex.w["list_words"] or nxt.text in {"&", ",", "!", "!!"} or is_emoji(nxt.text)
                             or nxt.lower_ in THANKS_AGAIN)  # "ily bincy thank u"


# the thanks that may follow a name thanked ("ily bincy thank u for taking my admission")
THANKS_AGAIN = frozenset({"thank", "thanks", "ty", "thx", "tysm"})


def _listed_after(ctx, lex, i, lowercase_known=False):
    """'three goats named Larry, Curly and Moe': the names that follow the first in a list."""
    toks = ctx.tokens
    joining = lex.w["list_words"]
    while i + 1 < len(toks) and (toks[i].text in joining or toks[i].text in {",", "&"}):
        j = i + 1
        if toks[j].text in joining:
            j += 1
        if j >= len(toks) or lex.is_safe_word(toks[j].text):
            return
        lowercase_name = lowercase_known and toks[j].lower_ in lex.first and toks[j].lower_ not in lex.ambiguous
        if not (toks[j].text[:1].isupper() or lowercase_name):
            return
        # below the place lists: "Thank you Moffitt, Tampa!" lists a city, not a second person
        yield candidate(ctx, toks[j].idx, toks[j].idx + len(toks[j]), "personal_name", "default", "names", priority=45)
        i = j + 1


def _name_here(ctx, lex):
    """'Grace here 👋' opening a post: the writer's own name."""
    m = lex.w["name_here_pattern"].match(ctx.text)
    if m and m.group("name").lower() not in lex.relations | lex.pets | lex.w["not_names_here"]:
        yield candidate(ctx, m.start("name"), m.end("name"), "personal_name", "own_name", "names", priority=79)


def _contact_person(ctx, lex):
    """'ring Mairéad on 087 555 3192', 'text bev at 0412 555 019': the person to reach at a number or an address (a
    plain word there is a desk or a service: "call reception on", "text HELP to"; a name that is also a word, "call
    Grace on", needs its capital)."""
    pattern = lex.w.get("contact_person_pattern")
    if pattern is None or not ctx.has_figure and "@" not in ctx.text:
        return
    for m in pattern.finditer(ctx.text):
        words = [(m.start(g), m.end(g)) for g in ("first", "second") if m.group(g)]
        if not all(_person_word(ctx.text[s:e], lex, i > 0 and ctx.text[words[0][0]].isupper()) for i, (s, e) in enumerate(words)):
            continue
        yield candidate(ctx, words[0][0], words[-1][1], "personal_name", "default", "names", priority=70)


def _person_word(word: str, lex, capital_before: bool) -> bool:
    """A word that can be (part of) a name where one is expected: not a function, family, pet or chat word, and
    not a plain word unless it is written with a capital and is a known first name."""
    low = word.lower()
    if low in lex.not_names or low in lex.relations or low in lex.pets or low in lex.chat or low in lex.very_common or low in lex.generic:
        return False
    if capital_before and not word[:1].isupper():
        return False  # "call Bev back on": a name and then a word
    if low in lex.first and not lex.is_safe_word(word):
        return True
    return not (low in lex.dictionary or low in lex.english or low in lex.common) or word[:1].isupper() and low in lex.first


def _token_at(ctx, char_index):
    """The first non-space token starting at (or one character after) char_index."""
    i = bisect.bisect_left(ctx.token_starts, char_index)
    while i < len(ctx.tokens) and ctx.tokens[i].is_space:
        i += 1
    if i < len(ctx.tokens) and ctx.tokens[i].idx - char_index < 2:
        return ctx.tokens[i]
    return None


def _signoffs(ctx, lex):
    """Love, J.M. / Warmly, Greg / - Sam / a bare name closing the letter."""
    text = ctx.text.rstrip()
    tail = text[-120:]
    offset = len(text) - len(tail)
    for pattern in (lex.w["signoff_pattern"], DASH_SIGNOFF):
        # a name after a dash, kisses and emoji after it aside ("-Nati 💕")
        m = pattern.search(TRAILING_KISSES.sub("", tail) if pattern is DASH_SIGNOFF else tail)
        if m and (re.fullmatch(r"(?:[A-Z]\.\s?)+", m.group("name")) or not _all_safe(m.group("name"), lex)):
            s, e = offset + m.start("name"), offset + m.end("name")
            yield candidate(ctx, s, e, "personal_name", "signoff", "names", priority=82)
            return
    # "..., Z. K." / "- J.M.": dotted initials closing the text
    m = INITIALS_AT_END.search(text)
    if m:
        yield candidate(ctx, m.start("name"), m.end("name"), "personal_name", "signoff", "names", priority=82)
        return
    # "... Thank you, thank you. Eileen": a lone capitalised name (or two) after the last sentence
    m = LONE_NAME_AT_END.search(text, max(0, len(text) - 200))
    if m:
        words = m.group("name").split()
        first = words[0].lower()
        known = first in lex.first or first in lex.ambiguous
        answer = text[: m.start("name")].rstrip().endswith("?")  # "Productive? Debatable.": an answer, no sign-off
        # "... it's real now. Eek.": a sound or a chat word closing the post signs nothing
        if not _all_safe(m.group("name"), lex) and not answer and (known or first not in ctx.rules.words("frequent_words") and first not in lex.chat):
            yield candidate(ctx, m.start("name"), m.end("name"), "personal_name", "signoff", "names", priority=82)
            return
    if ctx.informal:
        # "thanks, jake" / "- priya": a known first name in lowercase closing an informal post
        m = lex.w["lowercase_signoff_pattern"].search(tail)
        name = m.group("name") if m else ""
        # "sore but ok. — tom": after a dash, a first name that is a word too
        dashed = (m is not None and tail[m.start() : m.start("name")].strip()[:1] in ("-", "–", "—", "~") and not ctx.stop_word(name)
                  and name not in lex.chat and (name in lex.first or name in lex.ambiguous))
        # not "then brunch, best sunday": a day or a month after the closing word signs nothing
        if m and name not in lex.w["signoff_safe_words"] and name not in CALENDAR and (name in lex.first and name not in lex.english or dashed
                                                                                       or _unlisted_signoff(ctx, lex, tail, m)):
            yield candidate(ctx, offset + m.start("name"), offset + m.end("name"), "personal_name", "signoff", "names", priority=82)
            return
        # "see you at the drive. bex xx": a short form alone after the last sentence, before the kisses
        # ("... cranky. x jas": the kisses before it)
        for key in ("kisses_signoff_pattern", "kisses_first_signoff_pattern"):
            kisses = lex.w.get(key)
            m = kisses.search(tail) if kisses else None
            if m and _signoff_word(ctx, lex, m.group("name")):
                yield candidate(ctx, offset + m.start("name"), offset + m.end("name"), "personal_name", "signoff", "names", priority=82)
                return
        m = LOWERCASE_DASH_INITIALS.search(tail)
        if m and _lowercase_initials(lex, m.group("name")):
            yield candidate(ctx, offset + m.start("name"), offset + m.end("name"), "personal_name", "initials", "names", priority=82)
            return
        name = _emoji_signoff(ctx, lex)
        if name is not None:
            yield candidate(ctx, name.idx, name.idx + len(name), "personal_name", "signoff", "names", priority=82)
            return
        # "thanks for the flowers, love, r": one letter after a closing word ("love u" is no sign-off)
        initial = lex.w.get("initial_signoff_pattern")
        m = initial.search(tail) if initial else None
        if m:
            yield candidate(ctx, offset + m.start("name"), offset + m.end("name"), "personal_name", "initials", "names", priority=82)


def _lowercase_initials(lex, letters: str) -> bool:
    """Letters that sign as initials: no word, chat abbreviation or kisses ("- lol", "— ok", "- xo" stay clean)."""
    doubled = any(a == b for a, b in zip(letters, letters[1:]))  # "eek", "zzz", "aww": a sound, not initials
    return (letters not in lex.dictionary and letters not in lex.chat and letters not in lex.english and letters not in lex.common
            and not doubled and bool(set(letters) - set("xo")))


def _emoji_signoff(ctx, lex):
    """"love u all ❤️ tash": the last word of a post, after an emoji, signs it when it could (a first name or a short
    form) and a closing word ("love", "thanks", "miss u") stands just before the emoji. The token, or None."""
    cue = lex.w.get("emoji_signoff_cue_pattern")
    words = [t for t in ctx.tokens if not t.is_space]
    while words and words[-1].is_punct and not is_emoji(words[-1].text):
        words.pop()  # "tash!"
    if cue is None or len(words) < 3 or not words[-1].is_alpha or not words[-1].text.islower():
        return None
    k = len(words) - 2
    if not is_emoji(words[k].text):
        return None
    while k > 0 and is_emoji(words[k - 1].text):
        k -= 1
    name = words[-1]
    if not cue.search(ctx.text[max(0, words[k].idx - 40) : words[k].idx]) or not _signoff_word(ctx, lex, name.lower_):
        return None
    return name


def _unlisted_signoff(ctx, lex, tail: str, m) -> bool:
    """"xx bex", "- jojo", "love, tash", "love kels x": a short form no list holds closes the post when it is no word and
    the closing is set apart: kisses or a dash, or a closing word after a sentence with a comma or kisses after the name
    ("i love ikea" is no sign-off)."""
    name = m.group("name")
    if not _short_form(ctx, lex, name):
        return False
    closing = tail[m.start() : m.start("name")].strip()
    if closing and closing[0] in "xX-–—~":
        return True
    before = tail[: m.start()].rstrip()
    # "love, tash", or "love kels x": the closing word set apart by a comma, or the name by kisses after it
    kissed = tail[m.end("name") :].strip(" .!").lower().startswith("x")
    return ("," in closing or kissed) and (not before or not before[-1].isalnum())


def _signoff_word(ctx, lex, name: str) -> bool:
    """A word closing a post could sign it: a first name that is no frequent word, or a short form that is no word."""
    if name in lex.first and name not in lex.english and name not in lex.ambiguous:
        return True
    return _short_form(ctx, lex, name)


def _short_form(ctx, lex, name: str) -> bool:
    """A short form no list holds that could sign a post ("bex", "jojo"): the way a name opens, no word (dictionary,
    chat or run-together), no family, pet or common word, no app or medicine, no sound that closes posts."""
    return (len(name) >= 3 and bool(NAME_OPENING.match(name)) and not ctx.plain_word(name) and not lex.compound(name)
            and not lex.is_safe_word(name) and name not in lex.generic and name not in lex.w["signoff_safe_words"])


def _all_safe(name: str, lex: NameLexicon) -> bool:
    parts = [w.strip(".") for w in name.split()]
    return all(lex.is_safe_word(w) or w.lower() in lex.w["signoff_safe_words"] for w in parts if w)


def _initials(ctx, lex):
    """J.T., KC and A. as names: in sign-offs (handled above), after a relationship word, or dotted."""
    if not MAY_BE_INITIALS.search(ctx.text):
        return  # no capital before a stop or another capital
    doc = ctx.tokens
    for tok in doc:
        t = tok.text
        if t in lex.w["not_initials"] or not INITIALS.match(t) or ctx.shouted(tok.i):
            continue
        dotted = "." in t and len(t) >= 4  # J.T. / J.M.
        prev = doc[tok.i - 1].lower_ if tok.i else ""
        # "mama NO it's for the registry", "mom OMG": a word said loud after a family word, no initials
        said_loud = not dotted and (tok.is_stop or tok.lower_ in lex.chat)
        if (dotted or prev in lex.relations or prev in lex.pets) and not said_loud:
            yield candidate(ctx, tok.idx, tok.idx + len(t), "personal_name", "initials", "names", priority=70)


def _hashtags(ctx, lex):
    """#TeamMegan, #PrayForLiam, #JennaStrong: hashtags built on a first name."""
    if "#" not in ctx.text:
        return
    for m in lex.w["name_hashtag_pattern"].finditer(ctx.text):
        if m.groupdict().get("c") or m.groupdict().get("d"):
            # "#prayforrangi", "#masonstrong": all lowercase, a name is whatever is no word ("#teamwork", "#prayforpeace"
            # are words), or a first name that is no everyday word or virtue ("#teamhunter"; not "#teamhope", "#familystrong")
            name = m.group("c") or m.group("d")
            known = (name in ctx.rules.words("world_first_names") and name not in lex.ambiguous
                     or (name in lex.first or name in lex.ambiguous) and name not in lex.common and name not in lex.w.get("virtue_names", ()))
            # "#fightlikeagirl", "#prayforthelost": an article and a word
            article = any(name.startswith(a) and ctx.plain_word(name[len(a) :]) for a in ("a", "the"))
            if known or (m.group("c") and not ctx.plain_word(name) and not lex.compound(name) and name not in lex.common and not lex.is_safe_word(name)
                         and not article):
                yield candidate(ctx, m.start(), m.end(), "personal_name", "hashtag", "names", priority=83)
            continue
        name = m.group("a") or m.group("b")
        if name.lower() in lex.w.get("virtue_names", ()) and m.group().lower().startswith(tuple(lex.w.get("cause_campaigns", ()))):
            continue  # "#SwabForHope", "#WalkForHope": a campaign for a virtue ("#TeamHope", "#PrayForFaith" are someone)
        # after Team/PrayFor/LoveFor any name-like word counts; before Strong/Army it must be a known name
        known = name.lower() in lex.first or name.lower() in lex.ambiguous or name.lower() in ctx.rules.words("world_first_names")
        if known or (m.group("a") and name.lower() not in lex.common and not lex.is_safe_word(name)):
            end = m.end()
            yield candidate(ctx, m.start(), end, "personal_name", "hashtag", "names", priority=83)
    toks = ctx.tokens
    for tok in toks:
        if tok.i and toks[tok.i - 1].text == "#" and not toks[tok.i - 1].whitespace_:
            parts = camel_parts(tok.text)
            if len(parts) == 1 and parts[0].lower() in lex.first and parts[0].lower() not in lex.ambiguous:
                yield candidate(ctx, tok.idx - 1, tok.idx + len(tok.text), "personal_name", "hashtag", "names", priority=60)
            elif len(parts) >= 2 and _name_at_the_end(ctx, lex, parts):
                # #SwabForSamir, #MilesForMarisa, #BringBackBodhi: a campaign for someone ends with their name
                yield candidate(ctx, tok.idx - 1, tok.idx + len(tok.text), "personal_name", "hashtag", "names", priority=60)


def _world_name_alone(ctx, lex, tok) -> bool:
    """A capitalised first name of the world list alone, no word of the language."""
    low = tok.lower_
    # opening a sentence too: the capital proves nothing there, but a name that is no word is still a name
    if ctx.shouted(tok.i) or tok.text.isupper() or low in lex.ambiguous:
        return False
    if low in lex.dictionary or low in lex.common or lex.is_safe_word(low) or len(low) < 3:
        return False
    return not ctx.brand([tok], organisation=False)


def _world_name_with_surname(ctx, lex, tok) -> bool:
    """A capitalised first name of the world list, no word of the language, away from a sentence start,
    followed by a capitalised word that is no word either (a surname)."""
    doc = ctx.tokens
    low = tok.lower_
    if tok.i + 1 >= len(doc) or ctx.at_sentence_start(tok.i) or ctx.shouted(tok.i) or low in lex.ambiguous:
        return False
    if low in lex.dictionary or low in lex.common or lex.is_safe_word(low) or len(low) < 3:
        return False
    nxt = doc[tok.i + 1]
    return bool(TOKEN_WORD.match(nxt.text)) and nxt.text[:1].isupper() and not nxt.text.isupper() and nxt.lower_ not in lex.dictionary and nxt.lower_ not in lex.common and not lex.is_safe_word(nxt.lower_)


def _list_aliases(rules) -> frozenset[str]:
    """Every place, organisation and group name of the lists, lowercase (rules.built makes it once)."""
    return frozenset(a.lower() for gl in rules.lists if gl.category in ("location", "organization", "affiliation") for e in gl.entries for a in e)


def _listed_name(ctx, phrase: str) -> bool:
    return phrase in ctx.rules.built(_list_aliases)


def _name_at_the_end(ctx, lex, parts: list[str]) -> bool:
    """The last word of a camel-case hashtag is a first name somewhere in the world and nothing else:
    no word of the language, no place or organisation (#PrayForParis, #GivingTuesday, #BeTheMatch)."""
    last = parts[-1]
    low = last.lower()
    if not (last[:1].isupper() and last[1:].islower() and len(last) >= 3):
        return False
    if not low.isascii():
        low = unaccented(low)  # "#SaveOisín": the lists hold the name without its accents
    if len(parts) >= 3 and parts[-2].lower() == "for":
        # "#SwabForSeanie", "#MilesForMarisa": a campaign for someone, whose name no list need hold; no word, place or group
        # ("#PrayForParis", "#WalkForLife")
        if low in lex.ambiguous and low not in lex.common and low not in lex.w.get("virtue_names", ()) and not lex.is_safe_word(low):
            return True  # "#SwabForSully": a name that is a word too, not a virtue ("#SwabForHope")
        return (low not in lex.dictionary and low not in lex.common and low not in lex.chat and not lex.is_safe_word(low)
                and low not in ctx.rules.built(_list_aliases) and not ctx.plain_word(low))
    return _only_a_first_name(ctx, lex, low)


def _only_a_first_name(ctx, lex, low: str) -> bool:
    """A first name somewhere in the world and nothing else: no word of the language or chat, no family, pet or
    common word, no place or organisation of the lists."""
    if low not in ctx.rules.words("world_first_names") or low in lex.ambiguous or low in lex.dictionary or low in lex.common or low in lex.chat:
        return False
    return low not in ctx.rules.built(_list_aliases) and not lex.is_safe_word(low)


def _known_first_names(ctx, lex):
    """A capitalised known first name in mid-sentence (Tomás, Greg) the model did not tag; a first name
    from elsewhere in the world only with a surname after it ("When Tomasz Wróbel got the call")."""
    doc = ctx.tokens
    world = ctx.rules.words("world_first_names")
    for tok in doc:
        w = tok.text
        if not w[:1].isupper():
            continue  # every name here opens with a capital
        low = w.lower()
        if low not in lex.first and low not in world and not low.isascii() and unaccented(low) in lex.first:
            low = unaccented(low)  # "Ciarán", "Seán", "Zoë": the lists hold the name without its accents
        if low not in lex.first and low in lex.chat:
            continue  # "Arvo update": an afternoon's, though Arvo is a name in Finland ("Ty", "Stan" are the lists' names)
        if len(w) == 2 and w.isupper():
            continue  # "the Brampton Civic ED", "AL": two capitals outside shouting are a short form (initials have their finder)
        if w[:1].isupper() and low not in lex.first and low in world and _world_name_with_surname(ctx, lex, tok):
            nxt = doc[tok.i + 1]
            yield candidate(ctx, tok.idx, nxt.idx + len(nxt), "personal_name", "default", "names", priority=40)
            continue
        if w[:1].isupper() and low not in lex.first and low in world and _world_name_alone(ctx, lex, tok):
            yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "default", "names", priority=40)
            continue
        if not w[:1].isupper() or low not in lex.first or low in lex.ambiguous or low in lex.common or low in lex.generic:
            continue  # (generic: "Santa came", "Jesus": no one a post identifies)
        if low in lex.relations and _signs_off(ctx, lex, tok):
            continue  # "Love, Nan": a family word signing the letter, as "Love, Grandad" does
        if ctx.after_lone_article(tok.i) and (low in lex.dictionary or w.isupper() and len(w) > 2):
            continue  # "woke up to a Robin singing", "a Bill came", "a TED talk": a thing, no one (a name takes no "a")
        if ctx.names_a_thing(tok.i, tok.i + 1):
            continue  # "Victoria sponge"
        if ctx.at_sentence_start(tok.i) and low in lex.english:
            continue
        if tok.ent_type_ and tok.ent_type_ not in ("PERSON", "NORP", "ORG", "PRODUCT", "WORK_OF_ART"):
            continue
        end = tok.i + 1
        if end < len(doc) and doc[end].text[:1].isupper() and doc[end].lower_ not in lex.english and doc[end].lower_ not in lex.common:
            end += 1  # a surname
            if _listed_name(ctx, f"{low} {doc[end - 1].lower_}"):
                continue  # "a Tim Hortons run": a brand or a place the lists know by a person's name
        yield candidate(ctx, tok.idx, doc[end - 1].idx + len(doc[end - 1]), "personal_name", "default", "names", priority=40)


# kisses and emoji after a sign-off's name ("Love, Nan xx ❤️")
TRAILING_KISSES = re.compile(r"(?:\s*(?:\b[xX]{1,5}[oO]*\b|[^\w\s.,!?'’-]))+\s*$")


def _signs_off(ctx, lex, tok) -> bool:
    """The token is the name of the text's sign-off ("Love, Nan", "Lots of love, Oma xx")."""
    text = TRAILING_KISSES.sub("", ctx.text.rstrip())
    offset = max(0, len(text) - 120)
    m = lex.w["signoff_pattern"].search(text, offset)
    return m is not None and m.start("name") == tok.idx


def _in_a_compound_of_words(ctx, tok) -> bool:
    """Token tok is joined by a hyphen, with no space, to a word of the language ("tara-a-bit"); not to a name
    ("mary-kate")."""
    doc = ctx.tokens
    for hyphen, other in ((tok.i + 1, tok.i + 2), (tok.i - 1, tok.i - 2)):
        if 0 <= other < len(doc) and doc[hyphen].text == "-" and not doc[min(hyphen, tok.i)].whitespace_ \
                and not doc[min(hyphen, other)].whitespace_ and ctx.plain_word(doc[other].text) and doc[other].lower_ not in ctx.rules.words("first_names"):
            return True
    return False


def _switched_or_particle(rules) -> frozenset[str]:
    """Words of other languages and their particles, joined once per rules."""
    return rules.words("other_language_words") | rules.words("other_language_particles")


def _lowercase_first_names(ctx, lex):
    """"brunch w ash and lena", "especially gemma on nights", "bryce lost his phone": in a post, a lowercase first name
    of the lists is a name wherever it stands, cue or not, when it is nothing else too: no word of English or of a
    language posts switch into, no family or pet word, no place, brand or title, alone or with the word beside it
    ("trader joe's", "sweet caroline", "asante sana", "st david's day", "a karen at the self checkout"), and not a
    word said over and over ("jolene jolene jolene": a song)."""
    if not ctx.lowercase_names:
        return
    r = ctx.rules
    lows = ctx.lowers
    foreign = r.built(_switched_or_particle)
    curated = r.words("curated_world_first_names")
    doc = ctx.tokens
    for tok in doc:
        # "ciarán", "zoë": the lists hold most names without their accents, as people often type them
        low = unaccented(tok.lower_)
        if not tok.text.islower() or not tok.is_alpha or len(low) < 3 or low not in lex.first and low not in curated or lows.count(tok.lower_) > 2:
            continue
        if _in_a_compound_of_words(ctx, tok):
            continue  # "tara-a-bit", "jack-in-the-box": a word of a phrase joined by hyphens
        if (low in lex.ambiguous or low in lex.english or low in lex.common or low in lex.dictionary or low in foreign or low in lex.chat
                or tok.lower_ in foreign
                or lex.is_safe_word(low) or ctx.shouted(tok.i) or is_listed_place(ctx, low) or ctx.brand([tok], organisation=False)
                or ctx.public_work([tok]) or ctx.names_a_thing(tok.i, tok.i + 1) or ctx.other_language([tok])):
            continue
        prev = doc[tok.i - 1] if tok.i else None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        # "the first reg who's asked": after an article and an ordinal, a role
        ranked = (prev is not None and prev.lower_ in lex.w.get("ordinal_roles", ()) and tok.i > 1
                  and (doc[tok.i - 2].lower_ in lex.w["articles"] or doc[tok.i - 2].lower_ in lex.possessives))
        if ranked or prev is not None and (prev.lower_ in lex.w.get("lone_articles", ()) or prev.lower_ in lex.w.get("quantifiers", ())
                                 or ctx.after_saint_title(tok.i) or ctx.public_work([prev, tok])
                                 or ctx.brand([prev, tok], organisation=False) or ctx.other_language([prev, tok])):
            continue  # "a karen at the self checkout", "st david's day", "sweet caroline", "trader joe's", "asante sana"
        if prev is not None and prev.lower_ == "the" and not (nxt is not None and nxt.lower_ in lex.w.get("family_groups", ())):
            continue  # "the marites in the pantry": slang a name gave; "the okafor family" is the family's
        # "wendy's", "macy's": a shop named for someone, even one whose name is a word too
        if nxt is not None and (ctx.public_work([tok, nxt]) or ctx.brand([tok, nxt], organisation=nxt.text in POSSESSIVE)
                                or ctx.other_language([tok, nxt])
                                or nxt.lower_ in r.words("dictionary_words") and ctx.names_a_thing(tok.i, tok.i + 2)):
            continue
        # a name of the world list alone is a guess: a workplace or a venue its word opens wins ("my boss at chinwe textiles")
        yield candidate(ctx, tok.idx, tok.idx + len(tok), "personal_name", "default", "names", priority=35 if low in lex.first else 25)


def _calendar_first_names(ctx, lex):
    """"Sunday Adeyemi, a bus driver", "June Okafor said": a day or month that is a first name too, before a
    capitalised word that is no word of the language (a surname); not "Sunday Mass", "May Day", "Sunday Funday"."""
    doc = ctx.tokens
    world = ctx.rules.words("world_first_names")
    for i in ctx.indices_of(CALENDAR, -1):
        tok = doc[i]
        low = tok.lower_
        if not tok.text[:1].isupper() or tok.text.isupper() or low not in world and low not in lex.ambiguous:
            continue
        if tok.i and doc[tok.i - 1].lower_ in lex.w.get("date_before", ()):
            continue  # "in June Adebayo called": the month, then the name
        nxt = doc[tok.i + 1]
        surname = nxt.lower_
        if (not TOKEN_WORD.match(nxt.text) or not nxt.text[:1].isupper() or nxt.text.isupper() or surname.endswith("day")
                or ctx.plain_word(surname) or surname in lex.common or lex.is_safe_word(surname)):
            continue
        if _listed_name(ctx, surname) or _listed_name(ctx, f"{low} {surname}") or ctx.public_work([tok, nxt]) or ctx.brand([tok, nxt], organisation=False):
            continue
        yield candidate(ctx, tok.idx, nxt.idx + len(nxt), "personal_name", "default", "names", priority=60)


def propagate(ctx: Context, kept) -> list:
    """A name found once by a cue ("my name is Bill") is a name wherever else it stands capitalised
    ("... every morning for you. Bill"). Runs in every language the checker reads; titles and articles
    are left out where the language has them in names.toml."""
    # a model's guess is not spread to the rest of the text; a name found by a cue is
    found = [c for c in kept if c.category == "personal_name" and c.kind != "hashtag" and not c.detector.startswith(("model:", "informal:"))]
    if not found:
        return []
    lex = lexicon(ctx.rules, optional=True)
    not_names = lex.not_names
    names = set()
    for c in found:
        for word in re.findall(r"[A-ZÀ-Ö][\w'’-]+", ctx.text[c.start : c.end]):
            if word.isupper() and len(word) > 3:
                continue  # a shouted word found as a name once is not a name everywhere
            if len(word) >= 2 and not lex.is_safe_word(word) and word.lower() not in not_names:
                names.add(word)
    out = []
    for name in names:
        for start, end in _standing_alone(ctx.text, name):
            out.append(candidate(ctx, start, end, "personal_name", "default", "names:repeat", priority=35))
    return [c for c in out if c is not None]


def _word_char(c: str) -> bool:
    """What a regular expression's \\w matches in a str: a letter, a figure or an underscore."""
    return c.isalnum() or c == "_"


def _standing_alone(text: str, name: str):
    """(start, end) of each occurrence of `name` that no word character, "#" or "@" opens and no word character
    follows, left to right without overlaps: what re.finditer(r"(?<![\\w#@])" + re.escape(name) + r"(?![\\w])")
    finds, without compiling a pattern for every name of every text."""
    n, size = len(name), len(text)
    pos = text.find(name)
    while pos >= 0:
        end = pos + n
        if (pos == 0 or not (_word_char(text[pos - 1]) or text[pos - 1] in "#@")) and (end == size or not _word_char(text[end])):
            yield pos, end
            pos = text.find(name, end)
        else:
            pos = text.find(name, pos + 1)


_CASUAL = []


def _casual_names():
    """casual_names, imported on first use (it builds on this module's helpers) and kept: an import statement in
    detect would run the import machinery on every text."""
    if not _CASUAL:
        from . import casual_names

        _CASUAL.append(casual_names)
    return _CASUAL[0]

