#!/usr/bin/env python3
"""Synthetic training data for the informal-text NER component (PERSON, ORG, GPE).

Real posts are lowercase, shouted, full of slang and emoji; en_core_web_sm learned from tidy news text
and leans on capital letters. This script writes posts the way people type them, built from the
hand-written sentence templates in templates.txt (with and without entities) and slot values drawn from
the project's own gazetteers, Faker's multilingual name lists and generated venue and team names; then it
varies the case (all lowercase, as written, sentence case, all caps) so that the model learns entities
from their context and shape, not from a capital letter.

The evaluation corpora in tests/data are never read here: they measure the result.

    python training/informal_ner/generate.py OUT_DIR [--train 14000] [--dev 1500] [--seed 7]

writes OUT_DIR/train.spacy and OUT_DIR/dev.spacy (spaCy DocBin).
"""
from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
GAZ = HERE.parents[1] / "rules" / "en" / "gazetteers"

LABEL = {
    "per": "PERSON", "per2": "PERSON", "full": "PERSON", "nick": "PERSON", "pet": "PERSON", "init": "PERSON", "doc": "PERSON",
    "last": "PERSON",
    "venue": "ORG", "team": "ORG", "mascot": "ORG", "hosp": "ORG", "emp": "ORG", "school": "ORG", "church": "ORG",
    # every place is GPE (en_core_web_sm's label for cities, states and countries): the checker needs the category
    "city": "GPE", "city2": "GPE", "state": "GPE", "country": "GPE", "abbr": "GPE", "air": "GPE", "air2": "GPE",
    "area": "GPE", "park": "GPE",
    "sport": None,  # filled, not an entity
}
SLOT = re.compile(r"\{(\w+)\}")


def read_list(name: str, aliases: bool = True) -> list[str]:
    out = []
    for line in (GAZ / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|") if p.strip()]
        out.extend(parts if aliases else parts[:1])
    return out


def words(name: str) -> set[str]:
    return {w.lower() for w in read_list(name)}


ADJ = "salty rusty golden blue red lazy drunken happy lucky little old crooked silver copper iron wild brass velvet green black hungry sleepy jolly dusty windy tipsy howling painted stubborn".split()
NOUN = "dog anchor lion fox pig goat owl door spoon kettle barrel tap crow pelican whale rooster bear moose horse bean cup bagel taco donut lantern compass mule parrot pickle monkey otter heron".split()
VENUE_KIND = "pub tavern diner bistro grill taproom brewery cafe coffee bakery fitness gym yoga climbing lanes bowl kitchen cantina saloon lounge".split()
PETS = (
    "pickles biscuit waffles mochi bean peanut oreo nugget pepper ziggy luna max bella charlie cooper daisy rocky "
    "meatball noodle pumpkin muffin cookie ginger maple olive juniper pancake tofu sushi taco nacho churro bagel "
    "pretzel toast butters marshmallow sprinkles cinnamon nutmeg clover willow smokey shadow bandit tank moose "
    "bear tiger cheddar brie gouda kiwi mango peaches coco cocoa latte mocha espresso frankie gus otis milo "
    "winnie ollie teddy rufus bruno zeus apollo thor loki pixel sprocket gizmo widget boots socks mittens "
    "whiskers patches scout ranger chief duke princess queenie biggie tater dumpling wonton potato"
).split()
MASCOT = (
    "bearcats wildcats hornets mustangs eagles falcons tigers panthers cougars bulldogs huskies spartans trojans "
    "knights warriors rams hawks owls lions bobcats badgers wolverines buckeyes gators hurricanes cyclones "
    "jayhawks hoosiers boilermakers bruins ducks beavers utes aggies longhorns sooners razorbacks vols tarheels "
    "hokies cavaliers terps hawkeyes huskers mountaineers bearkats zips redhawks chippewas broncos rockets "
    "bulls blazers roadrunners miners lobos aztecs rebels seahawks pirates vikings raiders chargers titans "
    "jaguars stallions colts wolves wolfpack gophers salukis racers governors dukes monarchs phoenix ospreys "
    "pelicans gamecocks commodores catamounts paladins keydets skyhawks tritons anteaters gauchos matadors"
).split()
GREEK = "kappa,sig ep,delta gamma,tri delt,pike,theta,alpha phi,chi o,kappa sig,phi psi,beta,zeta,ato,sae,fiji".split(",")
SPORTS = "lacrosse soccer football hoops volleyball softball baseball wrestling swim track hockey rugby".split()
AIRPORTS = (
    "lax jfk ord atl dfw den sfo sea mia bos msp dtw phl clt iah phx las mco ewr bwi dca iad slc san tpa pdx stl "
    "bna aus msy mci cle pit ind cmh rdu sat smf oak sjc bur lgb ont sna hnl anc lhr lgw man dub yyz yvr yul syd "
    "mel bne akl ord mdw hou dal btv pvd bdl alb buf roc syr gsp chs sav jax rsw pbi fll okc tul abq elp tus boi geg"
).split()
SAINTS = "mary joseph luke john paul peter michael anne brigid patrick jude francis anthony teresa monica vincent andrew james".split()
DENOMS = "baptist church,methodist church,community church,lutheran church,bible church,chapel,church of christ,presbyterian church,ame church,assembly of god".split(",")
CLUBS = "rotary club,lions club,kiwanis club,running club,knitting circle,garden club,quilting guild,vfw post,moose lodge,elks lodge".split(",")
SCHOOL_KIND = "high,high school,elementary,middle school,community college,state,academy,prep".split(",")
GENERIC_TAGS = "#blessed #donorlife #stemcells #grateful #registry #bethechange #savealife #donorday #marrowdonor #recovery #selfcare #mood #vibes #fyp".split()
EMOJI = "🙏 ❤️ 💛 💪 😭 😂 🥹 🎉 ✨ 🩸 🧬 💉 🔥 💯 😴 🤞 🙌 😅 🥳 💕".split()
# Minimal pairs: the same templates filled with ordinary words ("drinks at the bar", "hbd my mom") are
# no entities, so the model learns what in the context makes a name, not that any word in that place is one.
GENERIC = {
    "per": ["my mom", "my sister", "the nurse", "everyone", "my bestie", "the kids", "my husband", "my wife", "my dad",
            "my roommate", "my coworker", "grandma", "the doctor", "someone", "nobody", "the whole family", "you", "them",
            "my brother", "my aunt", "the boys", "the girls", "my neighbor", "this guy", "that lady", "my partner"],
    "full": ["my favorite nurse", "the charge nurse", "the lady at the front desk"],
    "nick": ["my brother", "my cousin", "the big guy", "my buddy", "dad", "the kid"],
    "doc": ["doc"], "last": ["too"],
    "venue": ["the bar", "the gym", "a cafe", "the coffee shop", "my favorite bar", "the brewery down the street", "the mall",
              "the park", "the diner", "a new place downtown", "the pub", "the climbing gym", "the bowling alley", "home",
              "the taco place", "the bakery", "happy hour", "the club", "the beach", "the lake"],
    "team": ["my team", "the home team", "the team", "our boys", "my kid's team"],
    "mascot": ["team", "the team", "the squad", "the boys", "the girls", "our team"],
    "hosp": ["the hospital", "the clinic", "the cancer center", "the donor center", "the infusion center", "the unit",
             "the er", "the transplant floor"],
    "emp": ["work", "the office", "my job", "the warehouse", "the store", "the restaurant", "the plant", "my new job"],
    "school": ["school", "college", "campus", "my old high school", "uni", "the library"],
    "church": ["church", "my church", "bible study", "the youth group", "the community center"],
    "city": ["my hometown", "the city", "town", "the suburbs", "the countryside", "downtown", "the big city"],
    "state": ["the midwest", "the south", "the mountains", "the coast", "up north"],
    "country": ["overseas", "abroad", "another country", "the old country"],
    "abbr": ["town", "the city", "the burbs", "downtown"],
    "air": ["the airport", "security", "the gate"],
    "area": ["neighborhood", "hood", "block"],
    "park": ["the park", "the lake", "the beach", "the trail", "the mountains", "the river"],
}
GENERIC["per2"], GENERIC["city2"], GENERIC["air2"] = GENERIC["per"], GENERIC["city"], GENERIC["air"]
TAILS = ["lol", "lmao", "haha", "omg", "fr", "tbh", "!!", "!!!", "...", "ngl", "smh", "rn"]


class Slots:
    """Where slot values come from. Lists are read once; Faker gives names from many languages."""

    def __init__(self, rng: random.Random):
        from faker import Faker

        self.rng = rng
        common = words("common-words.txt") | words("english-very-common.txt")
        self.first = [n for n in read_list("first-names.txt") + read_list("first-names-extra.txt") if n.lower() not in common]
        self.ambiguous = read_list("first-names-ambiguous.txt")
        locales = ["en_US", "en_GB", "en_IN", "es_MX", "fr_FR", "de_DE", "it_IT", "pt_BR", "yo_NG", "pl_PL", "en_AU", "ga_IE", "en_PH", "nl_NL", "tr_TR"]
        self.fakers = [Faker(loc) for loc in locales]
        for f, seed in zip(self.fakers, range(len(locales))):
            f.seed_instance(rng.randrange(1 << 30) + seed)
        self.hosp = [h for h in read_list("hospitals.txt") if len(h) > 2]
        self.teams = [t for t in read_list("teams.txt") if t.lower() not in words("teams-common-words.txt")]
        self.emp = [e for e in read_list("employers.txt") if e.lower() not in words("employers-common-words.txt")]
        self.schools = read_list("universities.txt")
        self.cities = read_list("cities.txt", aliases=False)
        self.states = read_list("states.txt")
        self.countries = [c for c in read_list("countries.txt") if len(c.split()) <= 3]
        self.abbr = read_list("city-nicknames.txt")[1::2] + read_list("state-abbreviations.txt")
        self.parks = read_list("landmarks.txt")
        # ordinary words for word-salad sentences and Title Case headlines: common English words that are no
        # first name or place in our lists
        known = {w.lower() for w in self.first + self.ambiguous + self.cities + self.states + self.countries}
        self.plain = sorted(words("english-common.txt") - known)

    def pick(self, seq):
        return self.rng.choice(seq)

    def faker(self):
        return self.pick(self.fakers)

    def first_name(self) -> str:
        r = self.rng.random()
        if r < 0.45:
            return self.pick(self.first).title()
        if r < 0.5:
            return self.pick(self.ambiguous).title()
        return self.faker().first_name().split()[0]

    def surname(self) -> str:
        return self.faker().last_name().split()[0]

    def town(self) -> str:
        return self.pick(self.cities)

    def value(self, slot: str) -> str:
        r = self.rng
        if slot in ("per", "per2"):
            return self.first_name()
        if slot == "full":
            return f"{self.first_name()} {self.surname()}"
        if slot == "last" or slot == "doc":
            return self.surname()
        if slot == "nick":
            name = self.first_name()
            cut = name[: r.choice((3, 3, 4))] if len(name) > 4 else name
            return r.choice([cut, cut, f"big {cut}", f"lil {cut}", name[-3:] if len(name) > 5 else name, cut + "y"])
        if slot == "pet":
            return r.choice(PETS) if r.random() < 0.75 else self.first_name()
        if slot == "init":
            a, b = self.first_name()[0].upper(), self.surname()[0].upper()
            return r.choice([f"{a}.{b}.", f"{a}{b}", f"{a}.{b}", f"{a}"])
        if slot == "venue":
            k = r.random()
            if k < 0.3:
                return f"the {r.choice(ADJ)} {r.choice(NOUN)}"
            if k < 0.5:
                return f"{self.surname()}'s" + r.choice(["", "", f" {r.choice(VENUE_KIND)}"])
            if k < 0.75:
                return f"{r.choice(NOUN + ADJ + [self.town().split()[0]])} {r.choice(VENUE_KIND)}"
            if k < 0.85:
                return f"cafe {r.choice(NOUN + [self.first_name()])}"
            if k < 0.92:
                return f"crossfit {r.choice(ADJ + [self.town().split()[0]])}"
            return f"the {r.choice(NOUN)} & {r.choice(NOUN)}"
        if slot == "team":
            return self.pick(self.teams)
        if slot == "mascot":
            k = r.random()
            if k < 0.6:
                return r.choice(MASCOT)
            if k < 0.8:
                return f"{self.town().split()[0]} {r.choice(MASCOT)}"
            return f"the {r.choice(GREEK)} house" if k < 0.9 else r.choice(GREEK)
        if slot == "hosp":
            return self.pick(self.hosp)
        if slot == "emp":
            return self.pick(self.emp) if r.random() < 0.6 else self.faker().company().split(",")[0]
        if slot == "school":
            if r.random() < 0.55:
                return self.pick(self.schools)
            return f"{r.choice([self.town(), self.surname()])} {r.choice(SCHOOL_KIND)}"
        if slot == "church":
            k = r.random()
            if k < 0.35:
                return f"st. {r.choice(SAINTS)}'s" if r.random() < 0.5 else f"saint {r.choice(SAINTS)}'s"
            if k < 0.7:
                return f"{self.town().split()[0]} {r.choice(DENOMS)}"
            return f"the {self.town().split()[0]} {r.choice(CLUBS)}"
        if slot in ("city", "city2"):
            return self.town() if r.random() < 0.85 else self.faker().city()
        if slot == "state":
            return self.pick(self.states)
        if slot == "country":
            return self.pick(self.countries)
        if slot == "abbr":
            return self.pick(self.abbr)
        if slot in ("air", "air2"):
            return r.choice(AIRPORTS).upper() if r.random() < 0.5 else r.choice(AIRPORTS)
        if slot == "area":
            return str(r.randint(201, 989))
        if slot == "park":
            return self.pick(self.parks)
        if slot == "sport":
            return r.choice(SPORTS)
        raise KeyError(slot)


def read_templates() -> tuple[list[str], list[str]]:
    pos, neg, section = [], [], None
    for line in (HERE / "templates.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.strip() in ("[pos]", "[neg]"):
            section = pos if line.strip() == "[pos]" else neg
            continue
        section.append(line.strip())
    return pos, neg


def salad(slots: Slots) -> str:
    """A run of ordinary words: as a Title Case headline, in capitals or in lowercase, none is an entity."""
    r = slots.rng
    ws = [r.choice(slots.plain) for _ in range(r.randint(3, 9))]
    if r.random() < 0.4:
        return " ".join(w.capitalize() for w in ws)
    return " ".join(ws)


def fill(template: str, slots: Slots, proper: bool, generic: bool = False) -> tuple[str, list[tuple[int, int, str]]]:
    """The template with its slots filled; {Per}-style slots (in hashtags) are CamelCase and glued.
    With `generic`, slots take ordinary words instead (no entity at all)."""
    out, spans, pos = [], [], 0
    length = 0
    for m in SLOT.finditer(template):
        lit = template[pos : m.start()]
        out.append(lit)
        length += len(lit)
        name = m.group(1)
        camel = name[0].isupper()
        if generic:
            val = slots.rng.choice(GENERIC.get(name, [slots.value(name)]))
            out.append(val)
            length += len(val)
            pos = m.end()
            continue
        val = slots.value(name.lower())
        if camel:
            val = "".join(w.capitalize() for w in re.split(r"[\s'.&-]+", val) if w)
        elif proper and not name.lower() in ("air", "air2", "area"):
            val = " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in val.split(" "))
        label = LABEL[name.lower()]
        if label:
            start = length
            # a glued hashtag is labelled whole (#TeamNoor, #SeattleStrong)
            if camel and lit.rfind("#") > lit.rfind(" "):
                start = length - (len(lit) - lit.rfind("#"))
            spans.append((start, length + len(val), label))
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    # extend a hashtag span to the end of the hashtag word
    fixed = []
    for s, e, lab in spans:
        if text[s] == "#":
            while e < len(text) and (text[e].isalnum()):
                e += 1
        fixed.append((s, e, lab))
    return text, fixed


def recase(text: str, mode: str) -> str:
    if mode == "lower":
        return text.lower()
    if mode == "upper":
        return text.upper()
    if mode == "sentence":
        return text[:1].upper() + text[1:]
    return text


def example(rng: random.Random, slots: Slots, pos: list[str], neg: list[str]) -> tuple[str, list[tuple[int, int, str]]]:
    parts = rng.choice((1, 1, 2, 2, 3))
    mode = rng.choices(("lower", "as_written", "sentence", "upper"), weights=(45, 25, 22, 8))[0]
    proper = mode in ("as_written", "sentence") and rng.random() < 0.7 or mode == "upper"
    text, spans = "", []
    for i in range(parts):
        k = rng.random()
        if k < 0.45:
            seg, seg_spans = fill(rng.choice(pos), slots, proper)
        elif k < 0.65:
            tpl = rng.choice([t for t in pos if "{pet}" not in t and "{init}" not in t and not re.search(r"\{[A-Z]", t)])
            seg, seg_spans = fill(tpl, slots, proper, generic=True)
        elif k < 0.75:
            seg, seg_spans = salad(slots), []
        else:
            seg, seg_spans = fill(rng.choice(neg), slots, proper)
        if mode == "sentence" or (mode == "as_written" and rng.random() < 0.5):
            seg = seg[:1].upper() + seg[1:]
        if text:
            text += rng.choice((" ", ". ", "! ", "!! ", "\n", " - ", ", "))
        offset = len(text)
        text += seg
        spans += [(s + offset, e + offset, lab) for s, e, lab in seg_spans]
        if rng.random() < 0.3:
            text += " " + rng.choice(EMOJI + TAILS)
    if rng.random() < 0.25:
        text += " " + " ".join(rng.sample(GENERIC_TAGS, rng.choice((1, 2))))
    if mode in ("lower", "upper"):
        # recasing keeps every offset: str.lower/upper change no length for these texts
        cased = recase(text, mode)
        if len(cased) == len(text):
            text = cased
    return text, spans


def build(n: int, rng: random.Random, slots: Slots, pos, neg, nlp):
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    made = 0
    while made < n:
        text, spans = example(rng, slots, pos, neg)
        doc = nlp.make_doc(text)
        ents = []
        for s, e, lab in spans:
            span = doc.char_span(s, e, label=lab, alignment_mode="expand")
            if span is None:
                break
            ents.append(span)
        else:
            try:
                doc.ents = ents
            except ValueError:  # two slots glued into one token: skip the example
                continue
            db.add(doc)
            made += 1
    return db


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--train", type=int, default=14000)
    ap.add_argument("--dev", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--show", type=int, default=0, help="print N examples and exit")
    args = ap.parse_args()
    import spacy

    rng = random.Random(args.seed)
    slots = Slots(rng)
    pos, neg = read_templates()
    if args.show:
        for _ in range(args.show):
            text, spans = example(rng, slots, pos, neg)
            print(repr(text), [(text[s:e], lab) for s, e, lab in spans])
        return 0
    nlp = spacy.blank("en")
    args.out.mkdir(parents=True, exist_ok=True)
    build(args.train, rng, slots, pos, neg, nlp).to_disk(args.out / "train.spacy")
    build(args.dev, rng, slots, pos, neg, nlp).to_disk(args.out / "dev.spacy")
    print(f"wrote {args.train} training and {args.dev} dev examples to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
