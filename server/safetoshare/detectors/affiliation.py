"""References to named clubs, churches, campus and community groups: "our Rotary chapter", "the Elks
lodge", in a lowercase post "the ridgeview running club" and "the kappa house", and teams whose nickname
is a word ("the thunder are doing a swab night").
Named causes and charities come from affiliations.txt via the gazetteer; this detector finds groups
named before a group noun. "My church" or "our running club" names nothing and is left alone (the
labelling convention counts such generic words as no identifier).

A word that names a group only sometimes (a Greek letter, a nickname like "heat" or "kings") counts only
with a cue that belongs to the group: a campus word beside the letter ("theta formal", "my sorority
(gamma)"), or for a team an event word in the sentence and a verb a team takes after it. "beta
blockers", "kappa light chains", "the heat was brutal at the game" stay clean."""
from __future__ import annotations

from . import words
from .base import CALENDAR, SENTENCE_END, Context, candidate
from .gazetteer import is_listed_place

# The words that open a named group ("our", "the") and the cues come from rules/<lang>/words/affiliation.toml.
WORDS = frozenset({
    "leads", "place_named_groups", "campus_nouns", "campus_before", "campus_not_before", "campus_not_after",
    "team_articles", "team_fans_after", "team_cheers", "team_events", "team_nights", "night_openers", "team_verbs", "team_not_after",
    "church_name_openers",
})
# a language may add the words of a church's tradition that its name holds ("riverside baptist youth group"), the
# words churches are named by ("grace", "calvary", "bethel") and the kinds of church after them ("fellowship", "chapel")
OPTIONAL_WORDS = frozenset({"denominations", "church_names", "church_kinds", "church_dedications", "church_cues", "team_results",
                            "team_results_not_before",
                            "saint_openers", "house_of_worship_before_name", "house_of_worship_after_name",
                            "arabic_articles", "worship_not_names", "saint_town_cues", "titled_church_traditions",
                            "denomination_qualifiers", "school_sports", "church_name_middles"})
# a team named by a cue ranks with the lists' team nicknames (teams-common-words: 60)
TEAM_PRIORITY = 60
GROUP_PRIORITY = 74
# how far around a team's nickname an event word may stand, within its sentence
TEAM_WINDOW = 8


def detect(ctx: Context):
    w = words.table(ctx.rules, "affiliation", WORDS)
    yield from _named_groups(ctx, w)
    yield from _campus_groups(ctx, w)
    if ctx.informal:  # a nickname with a capital is the lists' (teams-common-words)
        yield from _lowercase_named_groups(ctx, w)
        yield from _churches(ctx, w)
        yield from _church_named(ctx, w)
        yield from _teams(ctx, w)
    yield from _unlisted_teams(ctx, w)
    yield from _sports_of_a_name(ctx, w)
    yield from _dedicated_churches(ctx, w)
    yield from _titled_churches(ctx, w)
    yield from _houses_of_worship(ctx, w)


def _named_groups(ctx: Context, w: dict):
    doc = ctx.tokens
    nouns = ctx.rules.words("group_nouns")
    if not nouns:
        return
    max_words, medical = ctx.rules.built(_longest_noun), ctx.rules.built(_medical_words)
    for i in ctx.indices_of(w["leads"]):
        tok = doc[i]
        # up to three capitalised name words, then a group noun: "our Rotary chapter", "the Elks lodge"
        j = tok.i + 1
        while j < len(doc) and j - tok.i <= 3 and doc[j].text[:1].isupper() and doc[j].lower_ not in nouns:
            j += 1
        # "my church", "our running club", "the club": no group is named, none identified
        if j == tok.i + 1:
            continue  # no name word: the group noun need not be looked for
        width = _noun_at(doc, j, nouns, max_words)
        if width and all(t.lower_ in medical for t in doc[tok.i + 1 : j]):
            continue  # "the BMT unit", "the ICU team": the ward, no group
        if width and j > tok.i + 1 and not ctx.public_work(doc[tok.i + 1 : j + width]):  # "the Premier League": a competition
            end = doc[j + width - 1]
            yield candidate(ctx, doc[tok.i + 1].idx, end.idx + len(end), "affiliation", "group", "affiliation", priority=GROUP_PRIORITY)


def _medical_words(rules) -> frozenset[str]:
    """Words of treatment that name a ward, not a group (entities.toml's generic words, the diagnoses)."""
    from .entities import generic_words

    return generic_words(rules) | rules.words("diagnoses")


def _lowercase_named_groups(ctx: Context, w: dict):
    """"the ridgeview running club", "our maplewood book club": in a lowercase post, a name no dictionary holds
    before a group noun that places name ("our local running club" names no group; "my nicu moms group" is
    what sort of group, not which)."""
    doc = ctx.tokens
    r = ctx.rules
    nouns, max_words = w["place_named_groups"], words.built(w, _longest_place_named_group)
    if not ctx.indices_of(words.built(w, _place_named_group_heads)):
        return  # no group noun in the text (the sentence openings below are read only where one is)
    # after a lead ("the", "our") or opening the post or a sentence ("strathy mountaineering club climbed ben lomond")
    firsts = sorted({i + 1 for i in ctx.indices_of(w["leads"])} | {k for k in range(len(doc)) if doc[k].is_alpha and doc[k].text.islower() and ctx.at_sentence_start(k)})
    for first in firsts:
        for n in (1, 2, 3):
            names = doc[first : first + n]
            if len(names) < n or not (names[-1].is_alpha and names[-1].text.islower()) or names[-1].lower_ in nouns:
                break
            width = _noun_at(doc, first + n, nouns, max_words)
            if width:
                end = doc[first + n + width - 1]
                faith = any(t.lower_ in w.get("worship_not_names", ()) for t in names)  # "the hindu temple": which faith
                if any(not ctx.plain_word(t.text) for t in names) and not any(_everyday(r, t.lower_) for t in names) and not faith:
                    yield candidate(ctx, names[0].idx, end.idx + len(end), "affiliation", "group", "affiliation", priority=GROUP_PRIORITY)
                break


def _churches(ctx: Context, w: dict):
    """"riverside baptist youth group", "our hope methodist choir": in a lowercase post, a church named by a word and
    its tradition, before a group noun; "my baptist church", "the local methodist choir", "first baptist" (a
    common word: it says which kind, not which church) name none."""
    traditions = w.get("denominations", ())
    if not traditions:
        return
    doc = ctx.tokens
    r = ctx.rules
    nouns, max_words = r.words("group_nouns"), r.built(_longest_noun)
    common = r.words("very_frequent_words")
    for i in ctx.indices_of(traditions):
        tok = doc[i]
        if not tok.text.islower() or tok.i == 0:
            continue
        start = tok.i
        while start > 0 and tok.i - start < 2 and _church_name_word(r, doc[start - 1], traditions, common, w):
            start -= 1
        if start < tok.i and _noun_at(doc, tok.i + 1, nouns, max_words):
            yield candidate(ctx, doc[start].idx, tok.idx + len(tok), "affiliation", "group", "affiliation", priority=GROUP_PRIORITY)


def _church_named(ctx: Context, w: dict):
    """"grace fellowship prayed for us", "our pastor at calvary chapel", "bethel church", "new hope baptist": in a
    lowercase post, a word churches are named by (a virtue, a place of the Bible) right before a kind of church or its
    tradition; "by grace alone", "a mosque near us", "hope chapel is" only with both words."""
    names, kinds = w.get("church_names", ()), w.get("church_kinds", ())
    if not names or not kinds:
        return
    doc = ctx.tokens
    for i in ctx.indices_of(kinds):
        tok = doc[i]
        if not tok.text.islower() or tok.i == 0:
            continue
        start = tok.i - 1
        if start > 0 and doc[start].lower_ in w.get("church_name_middles", ()) and doc[start - 1].lower_ in names:
            start -= 1  # "grace community church", "hope bible chapel": a word of its name between
        if doc[start].lower_ not in names or not doc[start].text.islower():
            continue
        if start > 0 and doc[start - 1].lower_ in w["church_name_openers"]:
            start -= 1  # "new hope baptist", "mount zion church"
        yield candidate(ctx, doc[start].idx, tok.idx + len(tok), "affiliation", "group", "affiliation", priority=GROUP_PRIORITY)


def _dedicated_churches(ctx: Context, w: dict):
    """A church named after a saint, a feast or the Trinity, with a church word before it ("our church holy trinity",
    "mass at st anne's", "church of the sacred heart") or a kind of church after it ("holy cross parish", "st
    brigid's church"); "the holy trinity" of theology, "st patrick's day" and "saint of a nurse" name none."""
    dedications, cues = w.get("church_dedications", ()), w.get("church_cues", ())
    if not dedications or not cues:
        return
    doc = ctx.tokens
    kinds = w.get("church_kinds", ())
    # only where a dedication or a saint's title opens (one set look-up a word, not five joins)
    openers = words.built(w, _dedication_openers)
    for i in ctx.indices_of(openers):
        end = _dedication_at(ctx, i, dedications, w)
        if not end:
            continue
        before = [t.lower_ for t in doc[max(0, i - 4) : i]]
        kind_after = end < len(doc) and doc[end].lower_ in kinds
        if kind_after or any(b in cues for b in before):
            last = doc[end] if kind_after else doc[end - 1]
            yield candidate(ctx, doc[i].idx, last.idx + len(last), "affiliation", "group", "affiliation", priority=GROUP_PRIORITY)


def _dedication_openers(w: dict) -> frozenset[str]:
    """The first word of every dedication, and the saints' titles ("holy", "our", "st", "saint")."""
    return frozenset(d.split()[0] for d in w.get("church_dedications", ())) | frozenset(w.get("saint_openers", ()))


def _dedication_at(ctx: Context, i: int, dedications, w: dict) -> int:
    """The end of a saint's name or a dedication starting at token i ("holy trinity", "st anne's", "our lady of
    lourdes"), or 0."""
    doc = ctx.tokens
    for width in (6, 5, 4, 3, 2):  # "our lady of the assumption" ... "holy cross"
        if " ".join(t.lower_ for t in doc[i : i + width]) in dedications:
            return i + width
    town = i > 0 and doc[i - 1].lower_ in w.get("saint_town_cues", ())  # "our church in st louis": the town
    # "St. Agatha's Parish" with its capitals is the shape patterns.py already reads; typed in lowercase, only this
    if doc[i].lower_ in w.get("saint_openers", ()) and doc[i].text.islower() and not town:
        j = i + 1 + (i + 1 < len(doc) and doc[i + 1].text == ".")
        if j < len(doc) and doc[j].is_alpha and not doc[j].is_stop and not ctx.plain_word(doc[j].text) or j < len(doc) and doc[j].lower_ in ctx.rules.words("world_first_names"):
            j += 1
            if j < len(doc) and doc[j].text in ("'s", "’s"):
                j += 1
            return j
    return 0


def _titled_churches(ctx: Context, w: dict):
    """"the ladies at First Baptist", "Grace Baptist sent a card", "Mount Zion AME": a church named by words with
    capitals before its tradition with one; "I grew up Southern Baptist", "Irish Catholic" (a tradition and its
    branch or people) and a line in Title Case name none."""
    traditions = w.get("titled_church_traditions")
    hits = ctx.indices_of(traditions) if traditions else ()
    if not hits or ctx.emphatic_capitals:
        return
    doc, openers = ctx.tokens, w["church_name_openers"]
    demonyms, branches = ctx.rules.words("demonyms"), w.get("denomination_qualifiers", frozenset()) | w.get("denominations", frozenset())
    for i in hits:
        tok = doc[i]
        if not tok.text[:1].isupper() or ctx.title_case_line(tok.idx):
            continue
        start = ctx.capitalised_run_before(i, stops=openers)  # "First Baptist"
        if start == i or all(t.lower_ in branches or t.lower_ in demonyms for t in doc[start:i]):
            continue
        yield candidate(ctx, doc[start].idx, tok.idx + len(tok), "affiliation", "group", "affiliation", priority=GROUP_PRIORITY)


def _houses_of_worship(ctx: Context, w: dict):
    """A mosque, gurdwara or temple by its name: "masjid al-noor", "jamia masjid", "al-huda mosque", "gurdwara
    guru nanak darbar"; a name with an Arabic article or no word of the language ("a mosque near us" names none)."""
    after_kinds, before_kinds = w.get("house_of_worship_before_name", ()), w.get("house_of_worship_after_name", ())
    if not after_kinds and not before_kinds:
        return
    doc = ctx.tokens
    for i in ctx.indices_of(after_kinds | before_kinds if after_kinds and before_kinds else after_kinds or before_kinds):
        tok = doc[i]
        low = tok.lower_
        if low in after_kinds and tok.i + 1 < len(doc):
            end = _worship_name_end(ctx, tok.i + 1, w)
            if end:
                yield candidate(ctx, tok.idx, doc[end - 1].idx + len(doc[end - 1]), "affiliation", "group", "affiliation", priority=GROUP_PRIORITY)
        elif low in before_kinds and tok.i >= 1:
            start = _worship_name_start(ctx, tok.i, w)
            if start is not None:
                yield candidate(ctx, doc[start].idx, tok.idx + len(tok), "affiliation", "group", "affiliation", priority=GROUP_PRIORITY)


def _worship_name_end(ctx: Context, i: int, w: dict) -> int:
    """After "masjid": "al-noor" (an Arabic article, a hyphen, a word) or one word no dictionary holds."""
    doc = ctx.tokens
    if doc[i].lower_ in w.get("arabic_articles", ()) and i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].is_alpha:
        return i + 3
    # "masjid al noor": the article and a word no dictionary holds, without the hyphen
    if doc[i].lower_ in w.get("arabic_articles", ()) and i + 1 < len(doc) and doc[i + 1].is_alpha and len(doc[i + 1]) >= 3 and not ctx.plain_word(doc[i + 1].text):
        return i + 2
    word = doc[i]
    named = word.is_alpha and len(word) >= 4 and not ctx.plain_word(word.text) and word.lower_ not in w.get("worship_not_names", ())
    return i + 1 if named else 0


def _worship_name_start(ctx: Context, k: int, w: dict):
    """Before "mosque": "al-huda" or one word no dictionary holds and no first name."""
    doc = ctx.tokens
    if k >= 3 and doc[k - 2].text == "-" and doc[k - 3].lower_ in w.get("arabic_articles", ()) and doc[k - 1].is_alpha:
        return k - 3
    prev = doc[k - 1]
    r = ctx.rules
    if (prev.is_alpha and len(prev) >= 4 and not ctx.plain_word(prev.text) and prev.lower_ not in w.get("worship_not_names", ())
            and prev.lower_ not in r.words("world_first_names") and prev.lower_ not in r.words("demonyms")):
        return k - 1
    return None


def _church_name_word(rules, t, traditions, common, w: dict) -> bool:
    """A lowercase word that may name a church ("riverside", "cedar grove"): none of the commonest words, no
    family or chat word, no other tradition."""
    low = t.lower_
    if not (t.is_alpha and t.text.islower()) or t.is_stop or low in common or low in w["leads"] or low in traditions:
        return False
    return not _everyday(rules, low)


def _noun_at(doc, i: int, nouns, max_words: int) -> int:
    """How many words the group noun at token i has (0: none)."""
    for width in range(max_words, 0, -1):
        if i + width <= len(doc) and " ".join(t.lower_ for t in doc[i : i + width]) in nouns:
            return width
    return 0


def _everyday(rules, word: str) -> bool:
    """A word that says what sort of group, not which one: a common word, a family word, an illness."""
    return any(word in rules.words(key) for key in ("very_frequent_words", "relationship_words", "diagnoses", "chat_words"))


def _campus_groups(ctx: Context, w: dict):
    """"the kappa house", "theta formal", "my sorority (gamma)": Greek letters or a campus short form with a
    campus word right beside them (two or three letters in a row are the lists' and patterns.py's)."""
    letters = ctx.rules.words("greek_letter_words")
    doc = ctx.tokens
    lowers = ctx.lowers
    i = 0
    while i < len(doc):
        if lowers[i] not in letters:
            i += 1
            continue
        end = i
        while end < len(doc) and end - i < 3 and lowers[end] in letters:
            end += 1
        s, e = doc[i].idx, doc[end - 1].idx + len(doc[end - 1])
        if _campus_cued(doc, i, end, w) and not ctx.shouted_span(s, e):
            yield candidate(ctx, s, e, "affiliation", "group", "affiliation", priority=GROUP_PRIORITY)
        i = end


def _campus_cued(doc, i: int, end: int, w: dict) -> bool:
    """A campus word right after the letters i:end ("kappa house", not "the sigma chapter of my stats book") or
    before them past a bracket ("my sorority (gamma)"); no "a" before them ("an alpha house vibe")."""
    if i > 0 and doc[i - 1].lower_ in w["campus_not_before"]:
        return False
    if end < len(doc) and doc[end].lower_ in w["campus_nouns"]:
        return not (end + 1 < len(doc) and doc[end + 1].lower_ in w["campus_not_after"])
    k = i - 1
    while k >= 0 and (doc[k].is_bracket or doc[k].is_quote):
        k -= 1
    return k >= 0 and doc[k].lower_ in w["campus_before"]


def _teams(ctx: Context, w: dict):
    """"the thunder are doing a swab night at the arena", "the hornets really scheduled a swab night": a
    team nickname that is a word, typed in lowercase after "the", with an event word in its sentence and
    after it a verb a team takes (a plural: "the thunder are") or, for a plural nickname, no preposition or
    article ("the kings of", "the giants in"). A fans' word after it ("heat nation") or a cheer before
    ("rooting for the jazz") is cue enough."""
    nicknames = ctx.rules.words("team_words")
    doc = ctx.tokens
    for i in ctx.indices_of(nicknames):
        tok = doc[i]
        if not tok.text.islower():
            continue
        if _fans_cue(doc, tok.i, w) or _team_sentence(doc, tok.i, w):
            yield candidate(ctx, tok.idx, tok.idx + len(tok), "organization", "team", "affiliation", priority=TEAM_PRIORITY)


def _fans_cue(doc, i: int, w: dict) -> bool:
    """"thunder nation", "rooting for the kings": a word only fans write after it, a cheer before it."""
    if i + 1 < len(doc) and doc[i + 1].lower_ in w["team_fans_after"]:
        return True
    return i >= 3 and doc[i - 1].lower_ in w["team_articles"] and f"{doc[i - 3].lower_} {doc[i - 2].lower_}" in w["team_cheers"]


def _team_sentence(doc, i: int, w: dict) -> bool:
    """"the <nickname>", a verb a team takes after it, and an event in the sentence."""
    if i == 0 or doc[i - 1].lower_ not in w["team_articles"]:
        return False
    low = doc[i].lower_
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if nxt in w["team_not_after"] if low.endswith("s") else nxt not in w["team_verbs"]:
        return False
    return _event_near(doc, i, w)


def _event_near(doc, i: int, w: dict) -> bool:
    """An event word in token i's sentence, at most TEAM_WINDOW tokens away ("a swab night": a night named
    by a word after "a")."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(doc) and abs(j - i) <= TEAM_WINDOW and doc[j].text not in SENTENCE_END:
            low = doc[j].lower_
            if low in w["team_events"] or low in w["team_nights"] and j >= 2 and doc[j - 2].lower_ in w["night_openers"]:
                return True
            j += step
    return False


def _longest_noun(rules) -> int:
    """The most words a group noun has ("prayer chain": 2), counted once per rules."""
    return max((len(n.split()) for n in rules.words("group_nouns")), default=1)


def _place_named_group_heads(w: dict) -> frozenset[str]:
    """The first word of each group noun that places name ("running" of "running club"), made once per table."""
    return frozenset(n.split()[0] for n in w["place_named_groups"])


def _longest_place_named_group(w: dict) -> int:
    """The most words a group noun that places name has ("running club": 2), counted once per table."""
    return max((len(n.split()) for n in w["place_named_groups"]), default=1)


def _unlisted_teams(ctx: Context, w: dict):
    """"Shockers game tonight", "Mooseheads win in OT": a capitalised plural no list holds, before a word only a team
    takes there (team_results), is a school's or a town's team. Not a word English uses often ("Kids game night",
    "Nurses win"), nor people, kin, pets or groups, a title, a brand or a place; not in a Title Case line or shouting."""
    results = w.get("team_results")
    if not results:
        return
    doc, r = ctx.tokens, ctx.rules
    skip = r.built(_no_team_words)
    for i in ctx.indices_of(results):
        if i == 0:
            continue
        tok = doc[i - 1]
        t, low = tok.text, tok.lower_
        if not (len(t) >= 5 and t.isalpha() and t[0].isupper() and t[1:].islower() and low.endswith("s")):
            continue
        # the result word in lowercase: in a Title Case headline it has its capital too ("Cookies Win Bake-Off")
        if low in skip or low[:-1] in skip or ctx.shouted(tok.i) or not doc[i].text.islower():
            continue
        if i + 1 < len(doc) and doc[i + 1].lower_ in w.get("team_results_not_before", ()):
            continue  # "Thompsons game night", "Legos game night": a night in, no team
        if ctx.public_work([tok]) or ctx.brand([tok], organisation=True) or is_listed_place(ctx, low):
            continue
        yield candidate(ctx, tok.idx, tok.idx + len(t), "organization", "team", "affiliation", priority=TEAM_PRIORITY - 5)


def _sports_of_a_name(ctx: Context, w: dict):
    """"McNeese baseball guys came by", "proud of the Tigard lacrosse boys": a name no dictionary holds, with a capital,
    right before a sport is a school's or a town's team; a word of the language only inside a sentence ("the Vandals
    football swab drive"), since "Backyard football with the kids" opens one. Not a day, a people, a brand, a title,
    nor in a Title Case line, shouting or a post's emphatic capitals."""
    sports = w.get("school_sports")
    hits = ctx.indices_of(sports) if sports else ()
    if not hits or ctx.emphatic_capitals:
        return
    doc, r = ctx.tokens, ctx.rules
    skip = r.built(_no_team_words)
    for i in hits:
        if i == 0 or not doc[i].text.islower():
            continue
        tok = doc[i - 1]
        t, low = tok.text, tok.lower_
        if not (len(t) >= 3 and t.isalpha() and t[0].isupper() and not t.isupper()) or low in skip or low in CALENDAR:
            continue  # ("McNeese" too)
        if ctx.plain_word(t) and (ctx.at_sentence_start(tok.i) or low in r.words("very_frequent_words")):
            continue
        if ctx.shouted(tok.i) or ctx.title_case_line(tok.idx) or ctx.public_work([tok]) or ctx.brand([tok], organisation=True):
            continue
        yield candidate(ctx, tok.idx, tok.idx + len(t), "organization", "team", "affiliation", priority=TEAM_PRIORITY - 5)


def _no_team_words(rules) -> frozenset[str]:
    """What no unlisted team is called (joined once per rules): words English uses often, people, kin, pets, groups."""
    return (rules.words("frequent_words") | rules.words("relationship_words") | rules.words("group_nouns") | rules.words("pet_words")
            | rules.words("demonyms"))
