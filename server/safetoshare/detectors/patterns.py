"""Organisations and places recognisable from their shape: "St. Luke's Hospital", "Lincoln High
School", "University of Iowa", "Lake Tahoe", "King County", and "I work at Boeing"."""
from __future__ import annotations

import itertools
import re

from . import entities, words
from .base import CALENDAR, Context, candidate

# rules/en/words/patterns.toml (the shapes themselves are English and stay here)
WORDS = frozenset({"event_drive_words", "area_code_cues", "area_code_after", "area_code_after_the", "area_code_counted"})
# a language may add (optional keys) the nouns of places people go out to ("park", "beach"), the words of going there
# before the name or after the noun ("walk in", "uhuru park walk"), and the words going along a river ("along", "beside")
OPTIONAL_WORDS = frozenset({"outdoors_nouns", "outdoors_cues_before", "outdoors_cues_after", "along_water", "area_code_clause_openers"})

CAP = r"(?:St\.|Saint|Mt\.|[A-Z][\w'’&.-]*|of|the|and|for|de|&)"
CAP_RUN = rf"(?:[A-Z][\w'’&.-]*|St\.|Saint)(?:\s+{CAP}){{0,5}}"

ORG_SUFFIXES = {
    "hospital": r"Hospitals?|Medical\s+Cent(?:er|re)|Health(?:care)?(?:\s+System)?|Clinic|Cancer\s+(?:Cent(?:er|re)|Institute)|Children['’]s|Infirmary|Blood\s+(?:Cent(?:er|re)|Bank)|Transplant\s+Cent(?:er|re)|Oncology",
    "school": r"University|College|High(?:\s+School)?|Middle\s+School|Elementary(?:\s+School)?|Academy|School(?:\s+District)?|Institute\s+of\s+Technology|Prep",
    # clubs named with their code's or sport's initials: Castlehaven GAA, Old Belvedere RFC, Tynecastle FC
    "team": r"GAA(?:\s+[Cc]lub)?|CLG|RFC|RUFC|AFC|FC|GFC|LFC|JFC|YFC|RLFC|ARLFC|HC",
    "employer": r"Hotel|Inn|Motel|Resort|Caf[eé]|Coffee(?:\s+(?:Co\.?|Company|Shop|House))?|Diner|Restaurant|Bakery|Brewery|Brewing|Pharmacy|Market|Grocery|Salon|Garage|Auto|Dental|Law\s+(?:Firm|Office)|Realty|Construction|Inc\.?|LLC|Ltd\.?|Corp(?:oration)?\.?|Company|Co\.|Bank|Airlines?|Insurance|Group|Partners|Technologies|Industries|Motors|Foods|Fire\s+Department|Police\s+Department|Sheriff['’]s\s+Office|School\s+District",
}


# a run of words that ends as an organisation's name does ("Garryowen RFC", "Mercy Hospital"): no one's name
ENDS_AS_AN_ORGANISATION = re.compile(rf"\s(?:{'|'.join(ORG_SUFFIXES.values())})$")


def _heads(alternation: str) -> tuple[str, ...]:
    """The letters each alternative of a regex alternation opens with ("Hospitals?|Medical\\s+Cent(?:er|re)"
    -> "Hospital", "Medical"): one of them is in any text the alternation matches (case-sensitive)."""
    alternatives, depth, start = [], 0, 0
    for i, ch in enumerate(alternation):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            alternatives.append(alternation[start:i])
            start = i + 1
    heads = []
    for alternative in alternatives + [alternation[start:]]:
        head = re.match(r"[A-Za-z0-9]*", alternative).group()
        heads.append(head[:-1] if alternative[len(head) : len(head) + 1] in ("?", "*", "{") else head)
    if not all(heads):
        raise ValueError(f"an alternative opens with no letter: {alternation}")
    return tuple(heads)


# Each pattern with the words one of which it cannot match without (None: no such test), so that a
# text without any of them skips the pattern's pass (a word test costs far less).
ORG_PATTERNS = [
    (kind, re.compile(rf"\b{CAP_RUN}\s+(?:{suffix})\b"), _heads(suffix)) for kind, suffix in ORG_SUFFIXES.items()
] + [
    ("school", re.compile(r"\b(?:University|College)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|at|of))*(?:\s+[A-Z][\w'’-]*)?"), ("University", "College")),
    ("hospital", re.compile(r"\b(?:St\.|Saint|Mount|Mt\.)\s+[A-Z][\w'’-]*(?:['’]s)?(?:\s+(?:Hospital|Medical\s+Cent(?:er|re)|Health))?"), ("St.", "Saint", "Mount", "Mt.")),
    ("employer", re.compile(r"\b(?:Hotel|Cafe|Café|Camp|Fort)\s+[A-Z][\w'’-]+"), ("Hotel", "Cafe", "Café", "Camp", "Fort")),
    # military units: 2nd Battalion, 82nd Airborne, 1st Marine Division, 3rd Infantry Regiment
    ("military", re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:[A-Z][a-z]+\s+){0,2}(?i:battalion|brigade|division|regiment|infantry|airborne|squadron|wing|fleet|cavalry|marines|rangers|special\s+forces\s+group|signal\s+company|engineer\s+battalion)\b"), None),
    # numbered units: Station 14, Ladder 42, IBEW Local 960, Troop 217, Post 112, Engine Co. 7
    ("employer", re.compile(r"\b(?:[A-Z]{2,6}\s+)?(?:[Ss]tation|Ladder|Engine(?:\s+Co\.?)?|Local|Troop|Pack|Post|Chapter|Lodge|Squadron|Battalion|Precinct|District|Ward|Unit|Company)\s+(?:No\.?\s*|#\s*)?\d{1,4}\b"),
     ("tation", "Ladder", "Engine", "Local", "Troop", "Pack", "Post", "Chapter", "Lodge", "Squadron", "Battalion", "Precinct", "District", "Ward", "Unit", "Company")),
]
EVENTS = r"Marathon|Half[-\s]Marathon|Half|5K|10K|Fun\s+Run|Walk|Run|Ride|Triathlon|Gala|Telethon|Fundraiser|Bake\s+Sale|Festival|Parade|Rodeo"
GREEK_LETTERS = "Alpha|Beta|Gamma|Delta|Epsilon|Zeta|Eta|Theta|Iota|Kappa|Lambda|Mu|Nu|Xi|Omicron|Pi|Rho|Sigma|Tau|Upsilon|Phi|Chi|Psi|Omega"
AFFILIATION_PATTERNS = [
    # events people run or walk in: Chicago Marathon, Light the Night Walk, Tour de Cure
    ("cause", re.compile(rf"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}\s+(?:{EVENTS})\b"), _heads(EVENTS)),
    # Greek-letter societies: Kappa Sigma, Alpha Phi, Delta Delta Delta, KappaSig
    ("group", re.compile(r"\b(?:Alpha|Beta|Gamma|Delta|Epsilon|Zeta|Eta|Theta|Iota|Kappa|Lambda|Mu|Nu|Xi|Omicron|Pi|Rho|Sigma|Tau|Upsilon|Phi|Chi|Psi|Omega)(?:\s?(?:Alpha|Beta|Gamma|Delta|Epsilon|Zeta|Eta|Theta|Iota|Kappa|Lambda|Mu|Nu|Xi|Omicron|Pi|Rho|Sigma|Sig|Tau|Upsilon|Phi|Chi|Psi|Omega)){1,2}\b"),
     _heads(GREEK_LETTERS)),
]
_GREEK = "alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron|pi|rho|sigma|sig|tau|upsilon|phi|chi|psi|omega"
GREEK_LOWERCASE = re.compile(rf"\b(?:{_GREEK})(?:\s(?:{_GREEK})){{1,2}}\b")
LANDMARKS = "Park|River|Lake|Beach|Bay|Valley|Island|Islands|Mountains?|Canyon|Falls|Trail|Forest|Stadium|Arena|Field|Bridge|Pier|Square|Gardens|Zoo|Mall"
AREAS = "County|Parish|Borough|Township|Shire"
STREETS = r"Street|Avenue|Ave\.?|Road|Boulevard|Blvd\.?|Lane|Drive|Terrace|Parkway"
PLACE_PATTERNS = [
    ("landmark", re.compile(r"\b(?:Lake|Mount|Mt\.|Fort|Cape|Port|Glacier|Isle\s+of)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"),
     ("Lake", "Mount", "Mt.", "Fort", "Cape", "Port", "Glacier", "Isle")),
    ("landmark", re.compile(rf"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}\s+(?:{LANDMARKS})\b"), _heads(LANDMARKS)),
    ("state", re.compile(rf"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:{AREAS})\b"), _heads(AREAS)),
    # streets named without a number: Maple Street, Elm Ave
    ("landmark", re.compile(rf"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:{STREETS})\b"), _heads(STREETS)),
    # roads people live along: I-95, Route 66, US-101, the M25, Highway 1
    ("landmark", re.compile(r"\b(?:I|US|SR|SH|M|A)-?\d{1,3}\b(?!\s*(?:%|mg|ml|am|pm))|\b(?:Route|Highway|Hwy|Interstate)\s+\d{1,3}\b"), None),
]
# "stuck on the m62", "up the a1 to leeds", "off the i-95": a motorway typed in lowercase after a word of travel and
# "the" (not a chip, a paper size or a model: "the m1 chip", "the a4 pages")
LOWERCASE_ROAD = re.compile(r"\b(?:on|up|down|along|off|via|onto|took|take|taking|joined|join|near|by)\s+the\s+(?P<road>(?:m|a|i-?|n)\d{1,3})\b(?![\w'’-])(?!\s+(?:chip|chips|mac|macbook|pro|max|ultra|air|ipad|paper|sheet|sheets|page|pages|size|sized|model|series|engine|steak|sauce|grade|level|levels|rating|form|visa))")
LOWERCASE_STREET = re.compile(r"\b(?P<name>[a-z][a-z'’-]{2,}|\d{1,3}(?:st|nd|rd|th))\s+(?:ave|avenue|blvd|boulevard|street|st|lane|ln|pkwy|parkway|rd)\b\.?(?![\w'’-])")
# A three-digit number in the shape of a North American area code: first digit 2-9, not N11 (211, 411 are
# service numbers), not 9 in the middle (the informal model's guard reads the shape; the patterns below
# also need the code in rules/<lang>/gazetteers/area-codes.txt).
def is_area_code(digits: str) -> bool:
    return len(digits) == 3 and digits[0] in "23456789" and digits[1] != "9" and digits[1:] != "11"


# "the 216", "313": a number that may be an area code standing for home; not part of a score, price, time,
# range or decimal ("216-180", "$313", "3:13", "250.5", "250%")
AREA_NUMBER = re.compile(r"(?<![\d$£€#:.,/-])\b(?P<the>(?i:the)\s+)?(?P<code>[2-9]\d\d)\b(?![-/.,:]\d|%|\s*(?i:am|pm|k)\b)")
# a UK dialling code standing for home ("0161 get on the register", "in 01524"): 01 and 02 codes are all geographic
# (Ofcom's National Telephone Numbering Plan); no more digits after it, which would make it a phone number
UK_AREA_NUMBER = re.compile(r"(?<![\d$£€#:.,/+-])\b(?P<the>(?i:the)\s+)?(?P<code>0(?:1\d{2,4}|2\d))\b(?![-/.,:]?\s*\d)")
# the word after the number (None: punctuation, an emoji or the end of the text)
NEXT_WORD = re.compile(r"\s*([^\W\d_][\w'’-]*)")
# the characters that end a sentence or a line: after one, a number opens a sentence
SENTENCE_END = frozenset(".!?…\n")


def _area_code_words(w: dict) -> dict:
    after = frozenset(x.lower() for x in w["area_code_after"])
    return {
        "cue": re.compile(rf"(?i)(?:^|\W){words.any_of(w['area_code_cues'])}\s+$"),
        "after": after,
        "after_the": after | {x.lower() for x in w["area_code_after_the"]},
        "counted": frozenset(x.lower() for x in w["area_code_counted"]),
        # "spurs win and the 210 is going crazy": a joining word opens a clause as a full stop does
        "clause_opener": re.compile(rf"(?i)(?:^|\W){words.any_of(w.get('area_code_clause_openers', ()))}\s+$"),
    }


def _opens_sentence(text: str, i: int) -> bool:
    """Nothing but spaces, quotes or emoji between the start of the text or of a sentence and position i."""
    for ch in reversed(text[max(0, i - 200) : i]):
        if ch in SENTENCE_END:
            return True
        if ch.isalnum() or ch in ",;":
            return False
    return True


def _area_codes(ctx: Context, text: str):
    """(start, end) of each area code a post names as home: "repping the 404", "moving back to the 919",
    "the 216 showed up", "313 stand up!!". A real code (the list) and a cue: a place word before "the NNN",
    or, opening the post or a sentence, a word after it that a place takes ("stand up", "represent").
    What the number counts or numbers stays clean ("the 216 swabs", "in the 300 club", "of the 250")."""
    codes = ctx.rules.words("area_codes")
    if not codes:
        return
    w = words.built(words.table(ctx.rules, "patterns", WORDS), _area_code_words)
    uk = UK_AREA_NUMBER.finditer(text) if "0" in text else ()
    for m in itertools.chain(AREA_NUMBER.finditer(text), uk):
        if m.re is AREA_NUMBER and m.group("code") not in codes:
            continue
        nxt = NEXT_WORD.match(text, m.end())
        after = nxt.group(1).lower() if nxt else None
        opening = (_opens_sentence(text, m.start()) or bool(w["clause_opener"].search(text, max(0, m.start() - 12), m.start()))
                   or _after_a_cheer(ctx, text, m.start()))
        if m.group("the"):
            if after is not None and not _not_counting(ctx, text, m.start(), after) and _counted(ctx, after, w):
                continue
            cued = w["cue"].search(text, max(0, m.start() - 40), m.start())
            if not (cued or opening and (after is None or after in w["after_the"])):
                continue
        elif not (opening and after in w["after"]):
            continue
        yield m.start(), m.end()


def _after_a_cheer(ctx: Context, text: str, start: int) -> bool:
    """Right after a chat word or a cheer, however stretched ("LETS GOOOO 504 STAND UP", "omg 216 represent")."""
    before = text[max(0, start - 20) : start].split()
    if not before or not before[-1].isalpha():
        return False
    return ctx.chat_word(before[-1].lower())


def listed_code_not_counting(ctx: Context, code: str, start: int, end: int) -> bool:
    """"the NNN" from character `start` to `end` is a real area code (the list) that counts or numbers nothing
    after it: "in the 250 range for platelets", "the 216 swabs" are counts. After a place word, "who" or "that"
    after it say who lives there ("everyone in the 907 who came out"); chat words are no plural ("the 808 pls")."""
    if code not in ctx.rules.words("area_codes"):
        return False
    w = words.built(words.table(ctx.rules, "patterns", WORDS), _area_code_words)
    nxt = NEXT_WORD.match(ctx.text, end)
    after = nxt.group(1).lower() if nxt else None
    if after is None or _not_counting(ctx, ctx.text, start, after):
        return True
    return not _counted(ctx, after, w)


def _not_counting(ctx: Context, text: str, start: int, after: str) -> bool:
    """After "the NNN" (from `start`), a word that says the number counts nothing: a chat word ("the 808 pls"), or
    "who"/"that" after a place word ("everyone in the 907 who swabbed")."""
    if after in ctx.rules.words("chat_words"):
        return True
    before = text[max(0, start - 12) : start].lower().split()
    return after in RELATIVES and bool(before) and before[-1] in WITHIN


# words after "the NNN" that may say who lives there as well as whom it counts, and the words before it that say
# "there" ("everyone in the 907 who", not "to the 250 who came")
RELATIVES = frozenset({"who", "that", "which", "whom"})
WITHIN = frozenset({"in", "from", "around", "across", "throughout"})


def _counted(ctx: Context, word: str, w: dict) -> bool:
    """A word after "the NNN" that the number counts or numbers: "swabs", "people", "club", "of", "who"."""
    if word in w["counted"]:
        return True
    if word in w["after_the"] or not word.endswith("s"):
        return False
    dictionary = ctx.rules.words("dictionary_words")
    return word[:-1] in dictionary or word.endswith("es") and word[:-2] in dictionary  # a plural: "the 250 volunteers"


# "I'm a nurse at Cedars", "I work for Boeing", "works at the Kroger on Main"
EMPLOYER_CUE_WORDS = ("work", "job", "employed", "shift", "nurse", "teacher", "engineer", "manager", "intern", "volunteer", "teach", "retired")
EMPLOYER_CUE = re.compile(
    r"\b(?:(?:work(?:s|ed|ing)?|job|employed|shift|nurse|teacher|engineer|manager|intern|volunteer(?:s|ed|ing)?|teach(?:es|ing)?)\s+(?:\w+\s+){0,2}?(?:at|for|with)"
    r"|retired\s+from)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|&|of)){0,4})"
)
# An email signature line: "Senior Analyst | Northwind Traders" names the employer after the bar.
SIGNATURE_ORG = re.compile(r"(?m)^[^\n|]{2,60}\|\s*(?P<org>[A-Z][\w&.'’-]*(?:[ \t]+(?:[A-Z][\w&.'’-]*|&|of)){0,4})[ \t]*$")
SAFE_HEADS = frozenset({"The", "A", "An", "My", "Our", "I", "We", "Home", "Night", "Work", "Christmas", "Easter"})


def _passes(text: str, patterns):
    """(kind, match) of each pattern whose words are in the text."""
    for kind, pattern, needs in patterns:
        if needs is None or any(map(text.__contains__, needs)):
            for m in pattern.finditer(text):
                yield kind, m


def detect(ctx: Context):
    text = ctx.text
    generic = entities.generic_words(ctx.rules)
    for kind, m in _passes(text, ORG_PATTERNS):
        s = _skip_leading_function_words(text, m.start(), m.end())
        if s is not None and not _headline_words(ctx, s, m.end()) and text[s : m.end()].lower() not in generic:
            yield candidate(ctx, s, m.end(), "organization", kind, "patterns", priority=76)
    for kind, m in _passes(text, PLACE_PATTERNS):
        s = _skip_leading_function_words(text, m.start(), m.end())
        if s is None or _event_drive(ctx, text[s : m.end()]) or _headline_words(ctx, s, m.end()) or ctx.public_work(ctx.tokens_between(s, m.end())):
            continue
        named = ctx.tokens_between(s, m.end())
        if named and ctx.after_lone_article(named[0].i) and all(ctx.plain_word(w) for w in text[s : m.end()].split()):
            continue  # "it has been a Long Road", "a Rocky Road": a kind of road in capitals, none by its name
        yield candidate(ctx, s, m.end(), "location", kind, "patterns", priority=71)
    for start, end in _area_codes(ctx, text) if any(map(str.isdigit, text)) else ():
        yield candidate(ctx, start, end, "location", "abbreviation", "patterns", priority=71)
    for kind, m in _passes(text, AFFILIATION_PATTERNS):
        # "WHO'S READY FOR THE 5K": capitals amid shouting name no event; "Fall Festival", "Cake Walk": a church's
        # everyday events (entities.toml generic), no named one
        if not ctx.shouted_span(m.start(), m.end()) and m.group().lower() not in generic:
            yield candidate(ctx, m.start(), m.end(), "affiliation", kind, "patterns", priority=73)
    if ctx.informal:
        # in a lowercase post: "we swabbed sigma nu", "pi kappa phi's philanthropy week" (two or three letters)
        for m in GREEK_LOWERCASE.finditer(text):
            yield candidate(ctx, m.start(), m.end(), "affiliation", "group", "patterns", priority=73)
        # "the drive on frazier ave", "parked on 5th st": a street typed in lowercase (its name no common word:
        # "side street", "main st" stay words)
        very_common = ctx.rules.words("very_frequent_words")
        for m in LOWERCASE_ROAD.finditer(text) if " the " in text else ():
            yield candidate(ctx, m.start("road"), m.end("road"), "location", "landmark", "patterns", priority=70)
        yield from _lowercase_outdoors(ctx)
        for m in LOWERCASE_STREET.finditer(text) if " " in text else ():
            name = m.group("name")
            if ctx.public_work(ctx.tokens_between(m.start(), m.end())):
                continue  # "coronation street was grim tonight": the soap, no street
            if name[0].isdigit() or (name not in very_common and not ctx.stop_word(name)):
                yield candidate(ctx, m.start(), m.end(), "location", "landmark", "patterns", priority=70)
    for m in SIGNATURE_ORG.finditer(text) if "|" in text else ():
        yield candidate(ctx, m.start("org"), m.end("org"), "organization", "employer", "patterns", priority=66)
    for _, m in _passes(text, [("employer", EMPLOYER_CUE, EMPLOYER_CUE_WORDS)]):
        org = m.group("org")
        head = re.sub(r"['’]s$", "", org.split()[0]).lower()
        # "volunteering at Saturday's drive", "shift at Christmas": a day or a time of year, no employer
        if org.split()[0] in SAFE_HEADS or ctx.rules.words("relationship_words") & {org.lower()} or head in CALENDAR:
            continue
        yield candidate(ctx, m.start("org"), m.end("org"), "organization", "employer", "patterns", priority=68)


def _lowercase_outdoors(ctx: Context):
    """A park, beach, forest or river typed in lowercase that no list holds, named by a word no dictionary holds, where
    people go: "a walk in kiambu forest", "ngong park run this sunday", "walked along the tolka" ("a walk in the park",
    "by the way", "along the corridor" stay words)."""
    w = words.table(ctx.rules, "patterns", WORDS, optional=True)
    nouns = w.get("outdoors_nouns", ()) if w else ()
    if not nouns:
        return
    before_cues, after_cues, along = (w.get(k, ()) for k in ("outdoors_cues_before", "outdoors_cues_after", "along_water"))
    doc = ctx.tokens
    for i, tok in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if nxt.lower_ in nouns and nxt.text.islower() and _unlisted_name(ctx, tok):
            after = doc[i + 2].lower_ if i + 2 < len(doc) else ""
            if any(t.lower_ in before_cues for t in doc[max(0, i - 3) : i]) or after in after_cues:
                yield candidate(ctx, tok.idx, nxt.idx + len(nxt), "location", "landmark", "patterns", priority=70)
        elif i >= 1 and tok.lower_ == "the" and doc[i - 1].lower_ in along and _unlisted_name(ctx, nxt):
            ends = i + 2 >= len(doc) or doc[i + 2].is_punct or doc[i + 2].is_stop or doc[i + 2].lower_ in nouns
            if ends:  # "along the tolka." or "along the tolka river", not "along the hallway carpet"
                yield candidate(ctx, nxt.idx, nxt.idx + len(nxt), "location", "landmark", "patterns", priority=70)


def _unlisted_name(ctx: Context, tok) -> bool:
    """A lowercase word of four letters or more that is no word, no first name, no illness, brand or title."""
    low, r = tok.lower_, ctx.rules
    return (len(low) >= 4 and tok.is_alpha and tok.text.islower() and not ctx.plain_word(low)
            and not any(low in r.words(key) for key in ("common_words", "world_first_names", "ambiguous_first_names", "diagnoses"))
            and not ctx.brand([tok], organisation=False) and not ctx.public_work([tok]))


def _headline_words(ctx: Context, start: int, end: int) -> bool:
    """Ordinary words with capitals in a Title Case headline ("...Than Your Morning Coffee Order"): no name."""
    return ctx.title_case_line(start) and all(ctx.plain_word(w) for w in re.findall(r"[^\W\d_]+", ctx.text[start:end]))


def _event_drive(ctx: Context, name: str) -> bool:
    """"Cheek Swab Drive", "the Blood Drive": a drive people give at, not a street."""
    parts = name.lower().split()
    if len(parts) < 2 or parts[-1] not in ("drive", "drives"):
        return False
    return parts[-2] in words.table(ctx.rules, "patterns", WORDS)["event_drive_words"]


def _skip_leading_function_words(text: str, start: int, end: int):
    """'The Mayo Clinic' -> 'Mayo Clinic'; a lone suffix word ('Hospital') is not a name."""
    words = text[start:end].split()
    while words and words[0] in {"The", "A", "An", "My", "Our", "In", "At", "From", "To", "And", "Of", "I", "We"}:
        start += text[start:end].index(words[0]) + len(words[0])
        while start < end and text[start].isspace():
            start += 1
        words = words[1:]
    return start if len(words) >= 2 or any(c.isdigit() for c in text[start:end]) else None
