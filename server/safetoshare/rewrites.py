"""Rewrites that read like the writer wrote them: each finding's suggestions chosen from its context.

The kind of a finding gives the safe words (rules/messages.toml: "the hospital", "my city"); the
words around it decide how they fit the sentence. A suggestion replaces exactly text[start:end], so
where the natural rewrite needs a word next to the name, the span widens over it. Per case:

- A determiner before the name stays outside the span and the rewrite drops its own ("at the Mayo
  Clinic" -> "hospital", "our Rotary chapter" -> "group"): the highlight stays on the name. An
  article "a"/"an" goes into the span, since the new noun may need the other one ("an Army
  medic" -> "a medic", "a Marine" -> "a service member").
- A name used as a modifier is dropped: the span widens over the noun it modifies, which is the
  rewrite ("the Okonkwo family" -> "family", "a Coast Guard rescue swimmer" -> "a rescue swimmer");
  that removes words without offering an empty suggestion.
- A naming clause or introduction goes whole ("a terrier named Biscuit" -> "terrier", "My name is
  Dana and I" -> "I"), a relationship stays ("my wife @jen" -> "my wife", "Nurse Joy" -> "one of
  the nurses"), and a name met that way reads the same later ("Eli" after "my son Eli" -> "my son").
- Prepositions go with what they introduce when the rewrite needs another ("works at Costco" ->
  "works", "email me at x@y" -> "through the registry", "on May 4" -> "recently", "in Germany"
  -> "abroad"); otherwise they stay ("at Walmart" -> "work", "donated at Rochester" -> "the
  hospital": the kind the span really is, not the list it came from).
- "go <team>", team slogans and cheers all read "go team".
- A proper noun the detectors found in part takes the rest of it ("Marcus" of "Marcus Bell",
  "St. Agatha's Parish"), and a name found in two pieces is rewritten once.
- Two names of one kind joined by "and" are rewritten once, as the messages' `joined` words say ("w/ kemi
  and tolu" -> "w/ two friends", "Dr. Patel and Dr. Osei" -> "my doctors"), not "a friend and a friend".
- A rewrite that opens a sentence is capitalised when the name was.

Spans widen only over plain words, never into another candidate, and a finding's `text` is always
text[start:end]. A placeholder ("[name removed]") is offered only when nothing else is left.
`recheck` then withdraws any first suggestion that would itself be flagged or double a word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import rewrites_fr
from .findings import Candidate, Finding
from .ruleset import RuleSet

DETERMINERS = frozenset("the my our your his her their this that these those its".split())
ARTICLES = frozenset({"a", "an"})
# Words after a name that make it a modifier: "the Garcia family", "a Packers fan".
HEAD_NOUNS = frozenset(
    "fan fans game games family families community area native natives resident residents hospital clinic "
    "centre center staff nurse nurses doctor doctors den troop chapter club group church office store branch "
    "location base station campus student students alum alumni grad graduate veteran vet employee employees "
    "colleague colleagues coworkers co-workers crew season stadium drive event walk leader member members "
    "volunteers parish hall kids boy boys girl girls guy guys buddy buddies team squad unit league "
    "congregation chapel wedding concert show ward floor clan household tradition rivalry brothers sisters "
    "sergeant officer medic pilot corpsman soldier sailor airman marine ranger wife husband spouse post nest "
    "plant factory warehouse site".split()
)
NOT_HEADS = frozenset(
    "and or but nor so yet who whom whose that which what when where while as at in on of for from to with by about "
    "is are was were be been am has have had do does did will would can could should may might must not "
    "here there now then too also very just only again once since until than".split()
)
# A medical word just before "at" ("donated at", "my transplant at", "a nurse at"): the place is a hospital.
MEDICAL_CUES = re.compile(r"\b(?:donat\w*|transplant\w*|treat\w*|admitted|apheresis|collection|harvest\w*|surgery|chemo|infusion|bmt|marrow|cells?|nurses?|doctors?|physician|oncolog\w*)(?:\s+[\w'’]+)?\s+$", re.IGNORECASE)
PLATFORM_WORDS = frozenset("insta instagram ig tiktok tt twitter x fb facebook snapchat snap youtube threads bluesky linkedin venmo".split())
CONTACT_PREPOSITIONS = frozenset("at on via".split())
ROLE_DONOR = re.compile(r"\b(?:dear|my|to\s+my)\s+recipient\b|\bmy\s+cells\b|\bi\s+(?:donated|was\s+a\s+match)\b|\bmy\s+donation\b", re.IGNORECASE)
ROLE_RECIPIENT = re.compile(r"\b(?:dear|my|to\s+my)\s+donor\b|\byour\s+(?:cells|gift|marrow)\b|\bmy\s+transplant\b|\bi\s+received\b", re.IGNORECASE)
OTHER_PARTY = re.compile(r"\b(?:my|our|his|her|their)\s+(?:donor|recipient|match)\b", re.IGNORECASE)
FIRST_PERSON = re.compile(r"\b(?:i|me|my|we|our|us)\b", re.IGNORECASE)
NAME_INTRO = re.compile(r"\b(?:my\s+name\s+is|my\s+name['’]s|i\s+am\s+called|i['’]m\s+called|i['’]m|i\s+am|it['’]s|this\s+is)\s+$", re.IGNORECASE)
CALLED_ME = re.compile(r"\b(?:call|calls|called)\s+me\s+$", re.IGNORECASE)
NAMING = re.compile(r"(?P<noun>\b[\w'’-]+),?\s+(?:named|called|nicknamed)\s+$", re.IGNORECASE)
NOT_NAMING_NOUNS = frozenset("me him her them us was is be been i we they it".split())
THEIR_NAME = re.compile(r"\b(?:his|her|their|its)\s+name\s+(?:is|was)\s+$", re.IGNORECASE)
TITLE_NOUNS = {
    "nurse": "one of the nurses", "coach": "my coach", "pastor": "my pastor", "father": "our priest",
    "fr": "our priest", "rev": "our pastor", "reverend": "our pastor", "rabbi": "our rabbi", "imam": "our imam",
    "sister": "one of the sisters", "brother": "one of the brothers", "prof": "my professor", "professor": "my professor",
}
LANDMARK_NOUNS = {
    "lake": "lake", "park": "park", "river": "river", "beach": "beach", "bay": "bay", "valley": "valley",
    "island": "island", "islands": "islands", "mountain": "mountain", "mountains": "mountains", "mount": "mountain",
    "mt": "mountain", "canyon": "canyon", "falls": "waterfall", "trail": "trail", "forest": "forest", "stadium": "stadium",
    "arena": "arena", "field": "field", "bridge": "bridge", "pier": "pier", "square": "square", "gardens": "garden",
    "zoo": "zoo", "mall": "mall", "street": "street", "avenue": "street", "ave": "street", "road": "road",
    "boulevard": "street", "blvd": "street", "lane": "street", "drive": "street", "parkway": "road",
    "route": "highway", "highway": "highway", "hwy": "highway", "interstate": "highway", "fort": "base", "cape": "coast",
}
UNIT_NOUNS = {
    "station": "station", "ladder": "station", "engine": "station", "local": "union", "troop": "troop", "pack": "pack",
    "post": "post", "chapter": "chapter", "lodge": "lodge", "squadron": "squadron", "battalion": "unit",
    "precinct": "precinct", "district": "district", "ward": "ward", "unit": "unit", "company": "company",
}
EVENT_NOUNS = {
    "marathon": "marathon", "half": "half marathon", "5k": "5K", "10k": "10K", "walk": "charity walk", "run": "charity run",
    "ride": "charity ride", "triathlon": "triathlon", "gala": "charity gala", "telethon": "telethon", "fundraiser": "fundraiser",
    "sale": "bake sale", "festival": "festival", "parade": "parade", "rodeo": "rodeo",
}
ROAD = re.compile(r"(?:i|us|sr|sh|m|a)-?\d{1,3}")  # I-95, US-101, the M25
# "St. Luke's" followed by punctuation, a capital or a small word is a name, not a possessive
NAME_ENDING_IN_S = re.compile(r"['’]s(?:[ \t]+(?:[A-Z]|(?:for|in|on|at|and|or|to|with|from|is|was|has|had|where|which|who|last|next)\b)|[^\w\s]|$)")
CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
                     "august september october november december today tonight tomorrow yesterday".split())
# The last word of a venue's or group's name says what it is: "the Regal Cinema" -> "the cinema".
PLACE_HEADS = frozenset(
    "cinema theatre theater cafe café diner bar pub tavern brewery bakery gym studio salon church chapel temple mosque "
    "synagogue cathedral parish library museum gallery academy club society association assembly auxiliary choir band "
    "orchestra league lodge quilters stitchers singers players runners riders rovers foundation trust centre center "
    "hall market shop store restaurant kitchen farm ranch garage".split()
)
CELEBRATIONS = frozenset("anniversary birthday bday transplantiversary rebirthday cellebration cellversary".split())
WORSHIP = frozenset("cathedral church chapel parish temple mosque synagogue".split())
# Words before a name spoken to: "Dear Maria", "love u jen", "thank you Mike" -> "friend".
VOCATIVE_CUES = frozenset("dear hi hello hey u you thanks thx ty congrats congratulations".split())
SLANG_RELATIONS = frozenset("boy boys girl girls babe baby man dude".split())  # "my boy jaylen"
COUNTY_WORDS = frozenset("county parish borough township shire".split())
# A hashtag is rewritten as a hashtag, in lowercase: the model reads capitalised ones as names
# (#GoTeam), and the re-check does not run the model (see recheck).
HASHTAGS = {"organization:team": ("#goteam",), "location": ("#hometown",), "personal_name": ("#teamrecipient",)}
GENERAL_HASHTAGS = ("#beadonor", "#swabtosavelives")


@dataclass
class Rewrite:
    """Where a finding's suggestions apply (perhaps wider than the detector's span) and what they are."""

    start: int
    end: int
    suggestions: list[str]


def _relation_words(rules: RuleSet) -> frozenset[str]:
    """Family and pet words (made once per RuleSet: RuleSet.built)."""
    return rules.words("relationship_words") | rules.words("pet_words")


class _Around:
    """The words next to a span in one text, and the candidates its widening must not enter."""

    def __init__(self, text: str, blocked: list[tuple[int, int]], rules: RuleSet):
        self.text = text
        self.blocked = blocked
        self.relations = rules.built(_relation_words) if rules else frozenset()
        self.known: dict[str, str] = {}
        self.channel = "letter"

    def free(self, start: int, end: int) -> bool:
        """No candidate holds any of text[start:end] (the words a span would widen over)."""
        return not any(s < end and start < e for s, e in self.blocked)

    def word_before(self, pos: int) -> tuple[str, int] | None:
        """The word just before the spaces before `pos` (within 60 characters), and where it starts."""
        # what re.search(r"([\w'’-]+)[ \t]+$", window) finds, read from the end: it is called for every
        # finding several times, and the search tries every position of the window
        window = self.text[max(0, pos - 60) : pos]
        body = window[:-1] if window.endswith("\n") else window  # "$" also matches before a last newline
        end = len(body.rstrip(" \t"))
        if end == len(body):
            return None
        start = end
        while start > 0 and (body[start - 1].isalnum() or body[start - 1] in "_'’-"):
            start -= 1
        return (body[start:end], pos - (len(body) - start)) if start < end else None

    def word_after(self, pos: int) -> tuple[str, int] | None:
        m = re.match(r"[ \t]+([\w'’-]+)", self.text[pos : pos + 60])
        return (m.group(1), pos + m.end()) if m else None

    def sentence_start(self, pos: int) -> bool:
        before = self.text[:pos].rstrip(" \t\"'“‘(")
        return not before or before[-1] in ".!?\n…"


def plan(text: str, cands: list[Candidate], keep: list[Candidate], rules: RuleSet, channel: str = "letter") -> dict[int, Rewrite | None]:
    """A Rewrite for each candidate in `keep` (by id), widening only over words no candidate in `cands`
    holds; None for the second piece of a name found in two (the first one's rewrite covers it)."""
    if not keep:
        return {}  # nothing to rewrite (most re-checks): the text's role and known names are not read
    around = _Around(text, [(c.start, c.end) for c in cands], rules)
    around.known = _names_with_relations(text, cands)
    around.channel = channel
    role = _writer_role(text)
    plans: dict[int, Rewrite | None] = {}
    for c, whole, joined in _whole_names(text, keep, rules):
        if whole is None:
            plans[id(c)] = None
            continue
        whole_noun = _whole_proper_noun(around, whole, rules)
        # "Anna and Ben" -> "two friends": the pair's words, wherever it stands
        rewrite = Rewrite(whole_noun.start, whole_noun.end, list(joined)) if joined else _rewrite(around, whole_noun, rules, role)
        plans[id(c)] = _settle(around, whole, rewrite, rules)
    return plans


def _whole_names(text: str, keep: list[Candidate], rules: RuleSet):
    """(candidate, what to rewrite, the pair's words): a name found in two pieces ("Kenji" "Watanabe") is rewritten
    once as a whole, and so are two names of a kind joined by "and" ("Anna and Ben" -> "two friends",
    rules/<lang>/messages.toml's `joined`, the third item; else None); the second piece gets None (its words are in
    the first one's rewrite)."""
    names = ("default", "watchlist", "signoff")
    whole: Candidate | None = None
    head = 0  # where the name being joined stands in out
    out = []
    for c in sorted(keep, key=lambda c: c.start):
        joined = whole is not None and c.category == "personal_name" and c.kind in names and whole.kind in names and re.fullmatch(r" |-", text[whole.end : c.start])
        pair = _joined_pair(text, whole, c, rules) if whole is not None and not joined else None
        if joined or pair:
            whole = replace(whole, end=c.end)
            out[head] = (out[head][0], whole, pair)
            out.append((c, None, None))
            whole = None if pair else whole  # a third name after "Anna and Ben" is a name of its own
            continue
        whole = c if c.category == "personal_name" else None
        head = len(out)
        out.append((c, c, None))
    return out


AND = re.compile(r"[ \t]+(?:and|&|n|an'|'n'|et)[ \t]+", re.IGNORECASE)  # English, and French "et"


def _joined_pair(text: str, first: Candidate, second: Candidate, rules: RuleSet) -> tuple[str, ...] | None:
    """The rewrites for "first and second" when both are names of one kind that has them (`joined`), and the
    pair is no tail of a longer list ("Me, Sarah and Tom": each reads on its own there)."""
    if not (first.category == second.category == "personal_name" and first.kind == second.kind and first.suggestions == second.suggestions
            and AND.fullmatch(text[first.end : second.start])):
        return None
    if text[: first.start].rstrip().endswith(","):
        return None
    joined = rules.messages.get("personal_name", {}).get(first.kind, {}).get("joined")
    return tuple(joined) if joined else None


def _whole_proper_noun(a: _Around, c: Candidate, rules: RuleSet) -> Candidate:
    """The rest of a proper noun the detector found only in part goes with it, or it is left behind:
    'Marcus' of 'Marcus Bell', 'Haifa' of 'Maccabi Haifa', 'Pine Ridge' of 'the Pine Ridge Stitchers'."""
    names = c.category == "personal_name" and c.kind in ("default", "relative", "pet", "watchlist", "signoff")
    if not (names or c.category in ("location", "organization") and c.kind not in ("team",)):
        return c
    start, end = c.start, c.end
    title = re.search(r"\b(?:mr|mrs|ms|miss|dr|doc|coach|nurse|pastor|father|rev)\.?[ \t]+$", a.text[max(0, start - 8) : start], re.IGNORECASE)
    if names and c.kind == "default" and title and a.free(start - len(title.group(0)), start):
        start -= len(title.group(0))  # "mrs. okonkwo": the title goes with the name, not "mrs. a friend"
    if not a.text[c.start : c.end].split()[-1][:1].isupper():
        return c if start == c.start else replace(c, start=start)
    nxt = a.word_after(end + 2)
    if not names and re.match(NAME_ENDING_IN_S, a.text[end : end + 12]) and a.free(end, end + 2) and (not nxt or a.free(end + 2, nxt[1])):
        end += 2  # "St. Luke's", "St. Mary's Cathedral": the 's belongs to the name, not a possessive
    for _ in range(2):
        after = a.word_after(end)
        if not (after and _capitalised_word(after[0], a, rules) and a.free(end, after[1])):
            break
        end = after[1]
    if not names:
        saint = re.search(r"\b(?:St|Mt|Ft|Saint|Mount|Fort)\.?[ \t]+$", a.text[max(0, start - 8) : start])
        if saint and a.free(start - len(saint.group(0)), start):
            start -= len(saint.group(0))  # "St. Brigid's Parish", not "St. my parish"
        for _ in range(2):
            before = a.word_before(start)
            if not (before and _capitalised_word(before[0], a, rules) and a.free(before[1], start) and not a.sentence_start(before[1])):
                break
            start = before[1]
    return c if (start, end) == (c.start, c.end) else replace(c, start=start, end=end)


def _capitalised_word(word: str, a: _Around, rules: RuleSet) -> bool:
    low = word.lower()
    if not re.fullmatch(r"[A-Z][a-zà-ÿ'’-]+", word) or low in CALENDAR or low in a.relations or low in DETERMINERS:
        return False
    return not (len(low) <= 3 and low in rules.words("very_frequent_words"))


def _names_with_relations(text: str, cands: list[Candidate]) -> dict[str, str]:
    """'my son Eli' found once: 'Eli' elsewhere in the text is 'my son' too."""
    known = {}
    for c in cands:
        named = NAMING.search(text[max(0, c.start - 60) : c.start]) if c.category == "personal_name" else None
        if named and named.group("noun").lower() not in NOT_NAMING_NOUNS:
            for word in text[c.start : c.end].split()[:1]:
                known.setdefault(word.lower(), "the " + named.group("noun").lower())  # "a farmer named Beau" ... "Beau" -> "the farmer"
        if c.category == "personal_name" and c.kind in ("relative", "pet") and c.suggestions:
            safe = c.suggestions[0]
            span = text[c.start : c.end]
            if span.lower().startswith(safe.lower()) and safe.split(" ", 1)[0].lower() in DETERMINERS:
                name = span[len(safe) :].strip(" ,-–")
                if name:
                    known[name.lower()] = safe[:1].lower() + safe[1:]
    return known


def _writer_role(text: str) -> str | None:
    donor, recipient = bool(ROLE_DONOR.search(text)), bool(ROLE_RECIPIENT.search(text))
    return "donor" if donor and not recipient else "recipient" if recipient and not donor else None


def _rewrite(a: _Around, c: Candidate, rules: RuleSet, role) -> Rewrite:
    span = a.text[c.start : c.end]
    if c.suggestions and "," in span and a.text[c.end : c.end + 1] == ",":
        c = replace(c, end=c.end + 1)  # "My husband, Gerald," -> "My husband,": one comma, not two
        span = a.text[c.start : c.end]
    _, defaults = rules.message(c.category, c.kind)
    defaults = list(c.suggestions) if c.suggestions is not None else defaults
    if rules.language != "en":
        return _in_other_language(a, c, span, rules, defaults)
    key = f"{c.category}:{c.kind}"
    start = c.start - 1 if a.text[c.start - 1 : c.start] == "#" and not span.startswith("#") else c.start
    if a.text[start:].startswith("#"):
        tags = HASHTAGS.get(key) or HASHTAGS.get(c.category, ())
        plain = [d for d in defaults if not d.startswith("#")]  # the last resort before a placeholder
        return Rewrite(start, c.end, [*tags, *(d for d in defaults if d.startswith("#")), *GENERAL_HASHTAGS, *plain])
    for special in (_naming_clause, _own_name, _relation_handle, _work_phrase, _contact_phrase, _date_phrase, _country_phrase, _their_place, _go_team):
        found = special(a, c, span, role)
        if found:
            return found
    nouns = _nouns(a, c, span, rules, role, defaults)
    if c.category in ("organization", "location", "affiliation") or c.kind in ("default", "watchlist", "public_figure"):
        modifier = _modifier(a, c, nouns)
        if modifier:
            return modifier
    before = a.word_before(c.start)
    prev = before[0].lower() if before else ""
    fits_determiner = c.category != "recipient_detail" and nouns["bare"]
    if fits_determiner and (prev in DETERMINERS or prev.endswith(("'s", "’s"))):  # "the", "our", "my son's"
        own = [s for s in defaults if not _has_determiner(s)]
        # a detector's own words come first ("love, the okafor fam" -> "love, the fam")
        return Rewrite(c.start, c.end, own + nouns["bare"] if c.suggestions is not None else nouns["bare"] + own)
    if fits_determiner and prev in ARTICLES and nouns["article"] and a.free(before[1], c.start):
        return Rewrite(before[1], c.end, [_match_case(_with_article(n), before[0]) for n in nouns["article"]])
    if prev == "at" and (c.category == "location" or c.kind == "school") and MEDICAL_CUES.search(a.text[max(0, before[1] - 40) : before[1]]):
        return Rewrite(c.start, c.end, ["the hospital", "the transplant centre"])
    if prev == "at" and c.category == "location" and c.kind in ("city", "default", "region", "state", "country") and not nouns["full"]:
        # "at Amazon" read as a place: a workplace after work words, a venue otherwise
        working = re.search(r"\b(?:co-?workers|colleagues|job|shifts?|boss|manager|team|work(?:s|ed|ing)?)\s+$", a.text[max(0, before[1] - 20) : before[1]], re.IGNORECASE)
        return Rewrite(c.start, c.end, ["work"] if working else ["a local spot", "a place nearby"])
    if prev == "at" and c.kind == "employer":
        if nouns["bare"] == ["base"] or re.match(r"['’]s\b", a.text[c.end : c.end + 3]):
            return Rewrite(c.start, c.end, nouns["full"] or ["the company"])  # "at Ford's plant" -> "at the company's plant"
        return Rewrite(c.start, c.end, ["work"] + nouns["full"])
    if prev in VOCATIVE_CUES and c.category == "personal_name" and c.kind in ("default", "watchlist"):
        return Rewrite(c.start, c.end, ["friend", "there"])
    return Rewrite(c.start, c.end, nouns["full"] + defaults)


# Languages whose rewrites know their grammar: a module that fits the safe words to what stands before.
LANGUAGE_FIT = {"fr": rewrites_fr.fit}


def _in_other_language(a: _Around, c: Candidate, span: str, rules: RuleSet, defaults: list[str]) -> Rewrite:
    """A language other than English: its messages' safe words (or the detector's own, "ma sœur"),
    fitted to the preposition or article before them where the language has a module for it."""
    start = c.start - 1 if a.text[c.start - 1 : c.start] == "#" and not span.startswith("#") else c.start
    if a.text[start:].startswith("#"):
        return Rewrite(start, c.end, [d for d in defaults if d.startswith("#")] + [d for d in defaults if not d.startswith("#")])
    fit = LANGUAGE_FIT.get(rules.language)
    if fit is None or c.suggestions is not None:
        return Rewrite(c.start, c.end, defaults)
    entry = rules.messages.get(c.category, {})
    nouns = entry.get(c.kind, {}).get("nouns", entry.get("default", {}).get("nouns", []))
    wide, suggestions = fit(a.text, c.start, defaults, nouns)
    if wide < c.start and not a.free(wide, c.start):
        return Rewrite(c.start, c.end, defaults)
    return Rewrite(wide, c.end, suggestions)


def _nouns(a: _Around, c: Candidate, span: str, rules: RuleSet, role, defaults: list[str]) -> dict[str, list[str]]:
    """The kind's rewrites in two forms: "full" to stand alone ("my favourite team"), "bare" after
    a determiner ("team"). The span's own words refine them: "Lake Tahoe" -> a lake, "Troop 12" -> troop."""
    words = [w.lower().strip(".") for w in re.findall(r"[\w'’.-]+", span)]
    first, last = (words[0], words[-1]) if words else ("", "")
    entry = rules.messages.get(c.category, {}).get(c.kind, {})
    base = rules.messages.get(c.category, {}).get("default", {})
    bare = list(entry.get("nouns", base.get("nouns", [])))
    full: list[str] = []
    if c.category == "personal_name":
        if span.lower() in a.known:
            full = [a.known[span.lower()]]
        elif c.kind in ("default", "watchlist") and _closes_text(a.text, c):
            full = _signoffs(role)
        elif first in TITLE_NOUNS and c.kind in ("default", "watchlist"):
            full = [TITLE_NOUNS[first]]
            bare = [TITLE_NOUNS[first].split()[-1]] if first in ("coach", "pastor", "rabbi", "imam") else bare
        elif c.kind in ("signoff", "initials"):
            full = _signoffs(role)
        elif c.kind in ("default", "watchlist") and not FIRST_PERSON.search(a.text):
            full = ["someone", "a friend"]
    elif c.category == "location" and c.kind in ("landmark", "default") and (first in LANDMARK_NOUNS or last in LANDMARK_NOUNS or ROAD.fullmatch(first)):
        noun = LANDMARK_NOUNS.get(last) or LANDMARK_NOUNS.get(first, "highway")
        full, bare = [_with_article(noun)], [noun]
    elif c.category == "location" and c.kind == "state" and last in COUNTY_WORDS:
        full, bare = [f"my {last}"], [last]
    elif c.category in ("organization", "affiliation", "location") and last in PLACE_HEADS and len(words) > 1 and (c.kind not in ("hospital", "school", "registry", "team") or last in WORSHIP):
        full, bare = [f"a local {last}"], [last]
    elif c.category == "organization" and (first in ("camp", "fort") or "base" in words):
        full, bare = ["the base"], ["base"]
    elif c.category == "organization" and c.kind == "employer" and _unit(words):
        unit = _unit(words)
        full, bare = [f"my {unit}", f"the {unit}"], [unit]
    elif c.category == "organization" and c.kind == "school":
        college = any(w in ("university", "college") for w in words) or c.detector.startswith("gazetteer:universities")
        full, bare = (["college", "my university"], ["university"]) if college else (["school", "my school"], ["school"])
    elif c.category == "affiliation" and (last in EVENT_NOUNS or last.endswith(("5k", "10k"))):
        noun = EVENT_NOUNS.get(last, last.upper())
        full, bare = [_with_article(noun)], [noun]
    elif c.category == "recipient_detail":
        full = _other_party(a.text, c, span)
    if not bare:
        bare = [_strip_determiner(s) for s in (full or defaults) if _has_determiner(s)]
    article = list(entry.get("after_article", base.get("after_article", []))) if not full else []
    return {"full": full, "bare": bare, "article": article or bare}


def _unit(words: list[str]) -> str | None:
    """'Troop 217' -> troop, 'IBEW Local 960' -> union: the unit word before a number."""
    for word, nxt in zip(words, words[1:]):
        if word in UNIT_NOUNS and (nxt[:1].isdigit() or nxt in ("no", "#")):
            return UNIT_NOUNS[word]
    return None


def _other_party(text: str, c: Candidate, span: str) -> list[str]:
    """The other person described: 'my donor is a 22 y/o guy' -> 'a kind stranger'; an age alone -> 'young'."""
    if c.kind == "country" or c.suggestions is not None:
        return []
    number = re.search(r"\d+", span)
    after = re.match(r"[ \t]+([a-z]+)", text[c.end : c.end + 20])
    if c.kind == "age" and re.search(r"\bold$|\by/?o$", span) and after and after.group(1) not in NOT_HEADS:
        # "a 22 year old college guy" -> "a college guy": the age goes, its article stays and agrees
        # ("young" would be an age range again)
        article = re.match(r"(an?)\s", span, re.IGNORECASE)
        if article:
            return [_match_case(_with_article(after.group(1)).split()[0], article.group(1))]
    if re.search(r"\bdonor\b[^.!?]{0,14}$", text[max(0, c.start - 30) : c.start], re.IGNORECASE):
        return ["a kind stranger", "a stranger"]
    if c.kind == "age":
        if re.search(r"month|week|day", span, re.IGNORECASE) or number and int(number.group()) < 30:
            return ["young"]
        return ["older"] if number and int(number.group()) >= 60 else ["a certain age"]
    if c.kind in ("sex", "age_range"):
        return ["someone"]
    return []


def _closes_text(text: str, c: Candidate) -> bool:
    """A name alone on the last line or after the closing comma ("Be well, Bảo")."""
    rest = text[c.end :]
    return not re.search(r"[\w]", rest) and text[: c.start].rstrip(" \t").endswith((",", "\n", "-", "—", "–", ".", "!"))


def _signoffs(role) -> list[str]:
    if role == "recipient":
        return ["your recipient", "a grateful recipient"]
    if role == "donor":
        return ["your donor", "a grateful donor"]
    return ["your donor", "your recipient"]


def _has_determiner(s: str) -> bool:
    return s.split(" ", 1)[0].lower() in DETERMINERS | ARTICLES and " " in s


def _strip_determiner(s: str) -> str:
    return s.split(" ", 1)[1] if _has_determiner(s) else s


def _with_article(noun: str) -> str:
    return ("an " if noun[:1].lower() in "aeiou" and not noun.lower().startswith(("uni", "one", "eu")) else "a ") + noun


def _modifier(a: _Around, c: Candidate, nouns) -> Rewrite | None:
    """'the Garcia family' -> 'family', 'a Packers fan' -> 'a sports fan', 'Seahawks fans' -> 'the fans'."""
    after = a.word_after(c.end)
    before = a.word_before(c.start)
    prev = before[0].lower() if before else ""
    # after "a"/"an" the next lowercase word goes on with the noun phrase ("a Coast Guard rescue swimmer")
    nounish = after and prev in ARTICLES and re.fullmatch(r"[a-z]+", after[0]) and after[0] not in NOT_HEADS and not after[0].endswith(("ed", "ing", "ly"))
    if not after or not (after[0] in HEAD_NOUNS or nounish) or not a.free(c.end, after[1]):
        return None
    head = after[0]
    if c.kind == "team" and head in ("fan", "fans"):
        head = "sports " + head
    if c.category == "location" and head in ("native", "natives"):
        head = "local" + head[6:]  # "a Seattle native" -> "a local"
    if prev in DETERMINERS:
        return Rewrite(c.start, after[1], [head])
    if prev in ARTICLES and a.free(before[1], c.start):
        return Rewrite(before[1], after[1], [_with_article(head)])
    if a.text[: c.start].rstrip().endswith(("'s", "’s")):
        return Rewrite(c.start, after[1], [head])
    if any(w.lower() in DETERMINERS | ARTICLES for w in a.text[max(0, c.start - 30) : c.start].split()[-2:]):
        return Rewrite(c.start, after[1], [head])  # "a retired Army nurse" -> "a retired nurse"
    local = "local " if c.category == "location" else "the "
    return Rewrite(c.start, after[1], [local + head if not head.startswith("sports") else head] + [n + " " + after[0] for n in nouns["full"] if not _has_determiner(n)])


def _naming_clause(a: _Around, c: Candidate, span: str, role) -> Rewrite | None:
    """'a beagle named Pepper' -> 'a beagle' (the noun before 'named' takes the name's place)."""
    if c.category != "personal_name":
        return None
    m = NAMING.search(a.text[max(0, c.start - 60) : c.start])
    if m and m.group("noun").lower() not in NOT_NAMING_NOUNS:
        start = c.start - len(m.group(0))
        if a.free(start, c.start):
            return Rewrite(start, c.end, [m.group("noun")])
    m = THEIR_NAME.search(a.text[max(0, c.start - 40) : c.start])
    if m:
        nxt = re.match(r"\s*(?:,\s*)?and\s+(?P<next>[\w'’]+)", a.text[c.end : c.end + 40])
        start = c.start - len(m.group(0))
        if nxt and a.free(start, c.start) and a.free(c.end, c.end + nxt.end()):
            return Rewrite(start, c.end + nxt.end(), [_match_case(nxt.group("next"), a.text[start])])
    return None


def _own_name(a: _Around, c: Candidate, span: str, role) -> Rewrite | None:
    """'my name is Dana and I' -> 'I'; 'My name is Dana. We' -> 'We'; 'Dana here' -> 'Hi'; 'call me Dee' -> 'me'."""
    head = a.text[max(0, c.start - 40) : c.start]
    plain_name = c.category == "personal_name" and c.kind == "default" and NAME_INTRO.search(head)
    if plain_name and (span.split()[0].lower().rstrip(".") in TITLE_NOUNS or re.match(r"['’]s\b", a.text[c.end : c.end + 3])):
        plain_name = False  # "I'm Father Declan's nephew" introduces the nephew, not Father Declan
    if c.kind != "own_name" and not plain_name:
        return None
    intro = NAME_INTRO.search(head)
    if intro:
        start = c.start - len(intro.group(0))
        apposition = re.match(r",\s+(an?)\s", a.text[c.end : c.end + 6])
        if apposition and intro.group(0).lower().startswith(("i'm", "i’m", "i am")) and a.free(c.end, c.end + apposition.end(1)):
            return Rewrite(c.start, c.end + apposition.end(1), [apposition.group(1)])  # "I'm Dana, a nurse" -> "I'm a nurse"
        # the rest of the name ("Dana Ruiz") may be a second finding: step over it only if it is ours
        nxt = re.match(r"\s*(?:,\s*)?(?:and|&)\s+(?P<next>[\w'’]+)|\s*[.!]\s+(?P<sentence>[A-Z][\w'’]*)", a.text[c.end : c.end + 40])
        if nxt and a.free(start, c.start) and a.free(c.end, c.end + nxt.end()):
            word = nxt.group("next") or nxt.group("sentence")
            return Rewrite(start, c.end + nxt.end(), [_match_case(word, a.text[start]) if word not in ("I", "I'm", "I’m") else word])
        # "your donor" to the other party in a letter; in a post, to everyone, "a donor"
        role_words = ("your " if a.channel == "letter" and role else "a ") + (role or "donor")
        if a.free(start, c.start):
            return Rewrite(start, c.end, [_match_case(f"I'm {role_words}", a.text[start])])
    called = CALLED_ME.search(head)
    if called:
        start = c.start - len(called.group(0)) + called.group(0).lower().rindex("me")
        return Rewrite(start, c.end, ["me"])
    here = re.match(r"\s+here\b", a.text[c.end : c.end + 10])
    if here:
        return Rewrite(c.start, c.end + here.end(), [_match_case("hi", span)])
    return None


def _relation_handle(a: _Around, c: Candidate, span: str, role) -> Rewrite | None:
    """'my husband @jen' -> 'my husband', 'my cat Mr. Whiskers' -> 'my cat': the relationship stays."""
    if not (c.category == "contact_info" and c.kind == "handle" or c.category == "personal_name" and c.kind in ("default", "watchlist")):
        return None
    # "my husband", "my sweet boy": a possessive may carry one word before the relationship
    m = re.search(r"\b((?:my|our|his|her|their)\s+(?:[a-z]+\s+)?)?([\w'’-]+)[ \t]*,?[ \t]*$", a.text[max(0, c.start - 40) : c.start], re.IGNORECASE)
    if m and (m.group(2).lower() in a.relations or m.group(2).lower() in SLANG_RELATIONS) and (m.group(1) or "," not in m.group(0)):
        start = c.start - len(m.group(0))
        if a.free(start, c.start):
            return Rewrite(start, c.end, [m.group(0).rstrip(" \t,")])
    return None


def _work_phrase(a: _Around, c: Candidate, span: str, role) -> Rewrite | None:
    """'works at Costco' -> 'works', 'employed by Boeing' -> 'employed'."""
    if c.category != "organization" or c.kind not in ("employer", "default", "watchlist", "venue"):
        return None
    m = re.search(r"\b(work(?:s|ed|ing)?|employed)\s+(?:at|for|by|with)\s+(?:the\s+)?$", a.text[max(0, c.start - 30) : c.start], re.IGNORECASE)
    if m and not re.search(r"[.!?]\s", span):
        start = c.start - len(m.group(0))
        if a.free(start, c.start):
            return Rewrite(start, c.end, [m.group(1)])
    return None


def _contact_phrase(a: _Around, c: Candidate, span: str, role) -> Rewrite | None:
    """'text me at 555-0100' -> 'text me through the registry'; 'my email is x@y' -> 'my email is with the registry'."""
    if c.category != "contact_info":
        return None
    head = a.text[max(0, c.start - 40) : c.start]
    owned = re.search(r"\b(?:my|our)\s+(?:e-?mail(?:\s+address)?|number|phone(?:\s+number)?|cell|address|insta|ig|handle|tiktok|website|blog)\s*(?:is|:)\s*$", head, re.IGNORECASE)
    if owned and c.kind in ("email", "phone", "handle", "url"):
        return Rewrite(c.start, c.end, ["with the registry"])  # "my email is with the registry"
    if c.kind == "postcode":
        return Rewrite(c.start, c.end, ["my area"])
    if c.kind == "address":
        before = a.word_before(c.start)
        if before and before[0].lower() == "at":
            return Rewrite(before[1], c.end, ["nearby", "in my neighbourhood"])
        return Rewrite(c.start, c.end, ["my street", "my neighbourhood"])
    before = a.word_before(c.start)
    prev = before[0].lower() if before else ""
    if prev in PLATFORM_WORDS:
        return Rewrite(c.start, c.end, ["(ask me for it)", "(ask the registry)"])
    if prev == "to" and c.kind in ("email", "address"):
        return Rewrite(c.start, c.end, ["the registry"])  # "write to me@x" -> "write to the registry"
    if prev in CONTACT_PREPOSITIONS and c.kind != "handle" and a.free(before[1], c.start):
        if c.kind == "url":
            return Rewrite(before[1], c.end, ["online"])
        return Rewrite(before[1], c.end, ["through the registry"])
    if c.kind == "url":
        return Rewrite(c.start, c.end, ["(ask me for the link)"])
    if c.kind == "handle":
        low = span.lower()
        if any(r in low for r in ("bethematch", "nmdp", "dkms", "anthonynolan", "registry")):
            return Rewrite(c.start, c.end, ["the registry"])
        return Rewrite(c.start, c.end, ["a friend", "someone"])
    return Rewrite(c.start, c.end, ["(ask the registry)", "through the registry"])


def _date_phrase(a: _Around, c: Candidate, span: str, role) -> Rewrite | None:
    """'on May 4' -> 'recently' (a date's preposition goes with it), 'since 2015' -> 'for a while now'."""
    if c.category != "personal_date" or c.suggestions is not None:
        return None
    last = re.findall(r"[\w'’-]+", span)[-1:]
    if last and last[0].lower() in CELEBRATIONS:
        return Rewrite(c.start, c.end, [last[0].lower()])  # "my 3rd transplantiversary" -> "my transplantiversary": the number dates it
    before = a.word_before(c.start)
    prev = before[0].lower() if before else ""
    if prev in ("on", "in") and a.free(before[1], c.start):
        return Rewrite(before[1], c.end, [_match_case(s, before[0]) for s in ("recently", "this year")])
    if prev == "since" and a.free(before[1], c.start):
        return Rewrite(before[1], c.end, [_match_case("for a while now", before[0])])
    if prev in DETERMINERS or prev in ("of", "before", "after", "until", "by"):
        return Rewrite(c.start, c.end, ["special day"] if prev in DETERMINERS else ["that day"])
    return None


def _country_phrase(a: _Around, c: Candidate, span: str, role) -> Rewrite | None:
    """A country of the other party: 'in Germany' -> 'abroad', 'from Germany' -> 'from abroad'."""
    other_party = c.category == "recipient_detail" and c.kind == "country"
    if not other_party and not (c.category == "location" and c.kind == "country"):
        return None
    before = a.word_before(c.start)
    start = c.start
    if before and before[0].lower() == "the" and a.word_before(before[1]):
        start, before = before[1], a.word_before(before[1])  # "from the UK": "the" goes too
    prev = before[0].lower() if before else ""
    if not other_party:
        near = a.text[max(0, c.start - 30) : c.start].lower()
        if not (prev == "from" and re.search(r"\b(?:donor|recipient|match)\b", near)):
            return None
    if prev in ("in", "to") and a.free(before[1], c.start):
        return Rewrite(before[1], c.end, ["abroad", "in another country"])
    if prev == "from" and a.free(start, c.start):
        return Rewrite(start, c.end, ["abroad", "another country"])
    return Rewrite(c.start, c.end, ["another country"])


def _their_place(a: _Around, c: Candidate, span: str, role) -> Rewrite | None:
    """The other party's town is not 'my city': 'my donor flew in from Karachi' -> 'from far away',
    'my recipient lives in Texas' -> 'in their state'."""
    if c.category != "location" or c.kind not in ("city", "state", "region", "default", "abbreviation"):
        return None
    before = a.word_before(c.start)
    prev = before[0].lower() if before else ""
    sentence = re.split(r"[.!?\n]", a.text[max(0, c.start - 80) : c.start])[-1]
    if prev not in ("from", "in", "near") or not OTHER_PARTY.search(sentence):
        return None
    if prev == "from":
        return Rewrite(c.start, c.end, ["far away", "another place"])
    return Rewrite(c.start, c.end, [{"city": "their city", "state": "their state"}.get(c.kind, "their part of the world")])


def _go_team(a: _Around, c: Candidate, span: str, role) -> Rewrite | None:
    """'go Seahawks' and the slogan 'Go Vols' (or 'Roll Tide') both read 'go team'."""
    if c.category != "organization":
        return None
    before = a.word_before(c.start)
    if c.kind != "team":  # "go zips!!": whatever the list said, a name after "go" is cheered as a team
        return Rewrite(c.start, c.end, ["team"]) if before and before[0].lower() == "go" else None
    slogan = re.match(r"(go|roll|let['’]s\s+go)\s+", span, re.IGNORECASE)
    # a team's name alone as a cheer ("Gig 'em!!", "Roll Tide.") is a slogan too
    cheer = a.sentence_start(c.start) and re.match(r"\s*(?:[!.]|$)", a.text[c.end :])
    if slogan or cheer:
        return Rewrite(c.start, c.end, [_match_case("go team", span)])
    before = a.word_before(c.start)
    if before and before[0].lower() == "go":
        return Rewrite(c.start, c.end, ["team"])
    return None


def _match_case(suggestion: str, original: str) -> str:
    """The suggestion with the original's first letter case ('My name is' -> 'I'm ...', 'go' -> 'go')."""
    if original[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    if original[:1].islower() and suggestion[:1].isupper() and not suggestion.startswith(("I ", "I'", "I’")) and suggestion != "I":
        return suggestion[:1].lower() + suggestion[1:]
    return suggestion


def _with_capital_article(a: _Around, rw: Rewrite) -> Rewrite:
    """"drinks at The Copper Lantern": the name's own capital "The" (mid-sentence) goes with it, or the rewrite
    would read "at The place"; a suggestion without a determiner of its own takes a lowercase "the"."""
    before = a.word_before(rw.start)
    if not before or before[0] != "The" or a.sentence_start(before[1]) or not a.free(before[1], rw.start):
        return rw
    if not a.text[rw.start : rw.start + 1].isupper() or a.text[rw.start : rw.end].isupper():
        return rw
    return Rewrite(before[1], rw.end, [s if s.split(" ", 1)[0].lower() in DETERMINERS | ARTICLES or s.startswith(("[", "#")) else "the " + s
                                       for s in rw.suggestions])


def _settle(a: _Around, c: Candidate, rw: Rewrite, rules: RuleSet) -> Rewrite:
    """Sentence case, no doubled word with the neighbours, no repeats, and at least one suggestion."""
    rw = _with_capital_article(a, rw)
    original = a.text[rw.start : rw.end]
    opens = a.sentence_start(rw.start) and original[:1].isupper()
    out: list[str] = []
    before, after = a.word_before(rw.start), a.word_after(rw.end)
    # "GO BLUE DEVILS" -> "GO TEAM": shouted words are rewritten in capitals
    shouted = original.isupper() and sum(ch.isalpha() for ch in original) > 1 and before is not None and before[0].isupper() and len(before[0]) > 1
    for s in rw.suggestions:
        if not s:
            continue
        if shouted and not s.startswith("#"):
            s = s.upper()
        if opens and s[:1].islower():
            s = s[:1].upper() + s[1:]
        if s == original or s in out or _doubles(s, before, after) or a.text[: rw.start].endswith("#") and " " in s:
            continue
        out.append(s)
    if not out:
        out = [placeholder(rules, c.category, c.kind)]
    return Rewrite(rw.start, rw.end, out)


def placeholder(rules: RuleSet, category: str, kind: str) -> str:
    """The last resort: '[name removed]'."""
    per_cat = rules.messages.get(category, {})
    return per_cat.get(kind, {}).get("placeholder") or per_cat.get("default", {}).get("placeholder", "[removed]")


def _doubles(s: str, before, after) -> bool:
    words = re.findall(r"[\w'’-]+", s.lower())
    if not words:
        return False
    return bool(before and before[0].lower() == words[0] or after and after[0].lower() == words[-1])


def recheck(text: str, findings: list[Finding], find, rules: RuleSet) -> list[Finding]:
    """Withdraw first suggestions that would be flagged again, or that double a word (one text: `find(new_text,
    regions)` gives the findings in it; see recheck_all)."""
    return recheck_all([text], [findings], lambda jobs: [find(t, regions) for t, regions in jobs], rules)[0]


def recheck_all(texts: list[str], findings_lists: list[list[Finding]], find_all, rules: RuleSet) -> list[list[Finding]]:
    """Withdraw first suggestions that would be flagged again, or that double a word, in each of several texts.

    All first suggestions are applied to each text at once and `find_all([(new_text, regions), ...])` runs the
    detectors over them (where the suggestions landed: `regions`, so that it may read only around them; all the texts
    of a round together, since a run of the detectors costs about as much for a few words as for a sentence). The
    Checker runs the lists, cues and patterns on the rewritten text's tokens without the statistical model: the
    model's pass is most of a check's time, and the rewrites are plain lowercase words it does not take for names
    (benchmarks/rewrites.py counts what is left blocking after a full second check). A suggestion is withdrawn when a
    new finding touches the words it put in, and the next one moves up; three rounds at most, then the placeholder."""
    open_ = list(range(len(texts)))
    for _ in range(3):
        jobs = []
        for n in open_:
            current = [f for f in findings_lists[n] if f.suggestions]
            if current:
                jobs.append((n, current, *_apply_first(texts[n], current)))
        if not jobs:
            break
        open_ = []
        for (n, current, new_text, regions), flagged in zip(jobs, find_all([(t, regions) for _, _, t, regions in jobs])):
            bad = set()
            for f, (s, e) in zip(current, regions):
                if any(g.start < e and s < g.end for g in flagged) or _doubled_at(new_text, s, e):
                    bad.add(id(f))
            if bad:
                open_.append(n)
                for f in findings_lists[n]:
                    if id(f) in bad:
                        f.suggestions = f.suggestions[1:] or [placeholder(rules, f.category, f.kind)]
    return findings_lists


def _apply_first(text: str, findings: list[Finding]) -> tuple[str, list[tuple[int, int]]]:
    """The text with every first suggestion applied, and where each one landed in it."""
    pieces, regions, pos, shift = [], [], 0, 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < pos:
            regions.append((f.start + shift, f.start + shift))
            continue
        s = f.suggestions[0]
        pieces.append(text[pos : f.start])
        regions.append((f.start + shift, f.start + shift + len(s)))
        pieces.append(s)
        shift += len(s) - (f.end - f.start)
        pos = f.end
    pieces.append(text[pos:])
    order = sorted(range(len(findings)), key=lambda i: findings[i].start)
    by_index = [None] * len(findings)
    for region, i in zip(regions, order):
        by_index[i] = region
    return "".join(pieces), by_index


def _doubled_at(text: str, start: int, end: int) -> bool:
    """A word the suggestion put in repeats the word next to it ("the the")."""
    around = _Around(text, [], None)
    return _doubles(text[start:end], around.word_before(start), around.word_after(end))
