"""Writes fresh-posts.jsonl: 240 informal posts (lowercase, slang, shouting, hashtags), written without
looking at the rules or the other corpora, to tell whether the lowercase-entity rules generalise.
130 are clean, most of them traps (team nicknames, first names and places used as ordinary words);
110 carry entities written the way people post them. Labels follow /work/shared/eval/LABELLING.md.
Run: python tests/data/make_fresh_posts.py"""
from __future__ import annotations

import random
from pathlib import Path

from markup import build, parse, write_jsonl

# No entity at all (only `ok` spans for public figures, public works and registry hashtags).
CLEAN = [
    # team nicknames used as ordinary words
    "the heat is unreal today, my phone said 104 and i believe it",
    "thunder woke the baby at 3am and now we're both just staring at the ceiling",
    "never underestimate the magic of a good nap after a long shift",
    "we are the kings of procrastination in this house. laundry's been in the dryer since tuesday",
    "the bills are piling up but the dog does not care one bit",
    "saints preserve us, the kids found the glitter",
    "cardinal spotted at the feeder this morning 🐦",
    "the jets at the air show made the baby laugh so hard she got hiccups",
    "mavericks don't ask permission, they just do the thing",
    "to all the warriors in the waiting room today, you're seen 💛",
    "rangers at the park said the trail was closed so we ate sandwiches in the car instead",
    "the rockets we built in science class actually flew!!",
    "the twins woke up at 5 and chose violence",
    "the bucks in the backyard are eating my tomatoes again",
    "packers of the world: how do you fit 3 weeks of clothes in one carry on",
    "the nets at the park have holes but we played anyway",
    "jazz night at home: candles, vinyl, the dog asleep on my feet",
    "the blues hit different on a rainy sunday",
    "i'm a lightning rod for weird questions ever since i told people i donated",
    "the wild thing about donating is how normal you feel a week later. i spent a whole day hooked to a machine, my bones ached for five days straight, and now i'm back at work arguing about the office thermostat like nothing happened. humans are weird and resilient",
    "storm's rolling in, power's flickering, candles ready",
    "sparks flew at the family bbq when someone brought up politics",
    "the dolphins at the aquarium were showing off for the kids",
    "the eagles nest in the tall pine behind our house is back for another year",
    "bears in the campground bins again, keep your snacks in the car. the rangers came round at dusk to warn everyone and the kids now think they're celebrities. the lake was glass this morning though, worth every mosquito bite",
    "tigers are my daughter's whole personality this month",
    "the chargers for these hospital beds never reach the bed. who designs this",
    "HEAT WAVE + FILGRASTIM = I AM A PUDDLE",
    # first names and pet names used as words
    "rose early for once, watched the sun come up with a coffee. 10/10 would recommend",
    "will do! thanks for the reminder about the swab kit, sending it back tomorrow",
    "honey in my tea, blanket on, filgrastim aches can do their worst",
    "peanut butter on toast is the only thing i could eat the morning after apheresis",
    "jack of all trades, master of none, but at least i can fix the sink now",
    "penny for your thoughts? mine are all about pizza",
    "the bill came in way higher than expected, classic",
    "mark my words, this is the year i learn to cook",
    "sunny with a chance of naps",
    "grace under pressure is not my thing, i cried at the blood draw",
    "summer can't come fast enough",
    "faith, family, fries. in that order",
    "may the odds be ever in your favour",
    "april showers my foot, it's been raining since february",
    "august is my month, i can feel it",
    "ward rounds at 7 and i was up at 5 anyway",
    "to be frank the waiting was the hardest part, the needle was nothing",
    "chase your dreams but also chase your water bottle",
    "miles and miles of hospital corridor, my step count is insane",
    "dawn patrol surf, the water was freezing",
    "poison ivy from the hike, itching like crazy",
    "holly and ivy everywhere, the neighbours went all out this year",
    "daisy chains in the backyard with the littles 🌼",
    "pat on the back for everyone who showed up to the drive",
    "sage advice from an old nurse: always eat before the blood draw",
    "joy is a warm shower after a six hour apheresis day",
    "an angel of a nurse held my hand the whole time",
    "got a ruby red lipstick for the donor gala and i'm feeling myself",
    # numbers near place-like words
    "the 405 bus was late AGAIN so i walked and honestly it was nice",
    "room 212 has the best view of the parking lot lol",
    "made it into the top 100 on the office step challenge. small wins",
    "the 90s had better cartoons and i will not be taking questions",
    "314 days sober today. one day at a time",
    "level 3 of the parking garage is where cars go to die",
    "gate 12 to nowhere, flight delayed 3 hours",
    "mile 20 of the marathon and i saw god",
    "top 10 reasons to join the registry: 1. you could save a life. 2-10. see 1",
    "chapter 3 of my donor journey: the phone call",
    "floor 6 has the vending machine with the good chips, you're welcome",
    "the 8:15 train at rush hour should count as cardio",
    # back in / from the / at the without a place
    "back in the day we rode bikes till the streetlights came on",
    "from the heart: thank you to everyone who signed up at the drive yesterday 💛",
    "at the gym at 5am like a lunatic, send help",
    "back in my day we had to rewind tapes",
    "at the end of the day it's one cheek swab. just do it",
    "down the road there's a dog who barks only at me",
    "out in the garden till the light went",
    "over the moon with my new glasses",
    "in the middle of nowhere with one bar of signal",
    "back in bed by 9 like a grandpa",
    "meet me at the usual spot, you know the one",
    # science, gym, yoga, cafe
    "delta variant, omicron, whatever is next, i'm just tired of my glasses fogging up",
    "alpha male energy is just needing a nap and not admitting it",
    "signed up to beta test a new app and it already crashed twice",
    "hot yoga at 6 then straight to bed, that's the plan",
    "the brew is strong today and so am i ☕",
    "new shoes, old knees, long run. the usual",
    "doc says iron levels are fine so no more excuses, back to the squat rack",
    # kinship slang and sign-offs without names
    "my bestie drove me to the collection center and stayed the whole 5 hours. who does that. a real one",
    "the girlies are coming over for wine and bad reality tv",
    "my sister-in-law is visiting so the house is spotless for the first time in months",
    "love u all, goodnight xx",
    "thanks for all the messages today, it means more than you know. - me",
    "my grandma still calls me every sunday at 8 on the dot",
    "little man lost his first tooth today 🦷",
    "hubby made pancakes shaped like blood drops for my donation day. weird. sweet.",
    "my mum says hi to everyone reading this 👋",
    "my nan just discovered voice notes and there is no going back",
    # school words
    "varsity practice ran late so dinner is cereal",
    "the dorm smells like burnt popcorn and regret",
    "my sorority sisters showed up with a whole banner for donation day, i cried",
    # chat abbreviations, shouting, emoji, hashtags
    "ngl the cheek swab was the easiest thing i've done all year. idk why i waited so long",
    "rt if you've ever had to explain to your boss what apheresis is",
    "lmao the cat knocked my swab kit off the counter and then sat on it",
    "smh the printer at work jammed on the one day i needed it",
    "WHO TOOK THE LAST OREO. I JUST WANT TO TALK",
    "ok who else is stress baking at midnight",
    "omw!!",
    "hbu? how's everyone holding up this week",
    "tysm for the flowers 💐 u didn't have to",
    "istg if one more person asks if donating marrow means a spinal tap",
    "#donorlove to everyone who swabbed this week 💜",
    "#mondaymotivation: drink water, sign up, save a life",
    "#givingtuesday is coming, be ready",
    "swab party at ours saturday!! #swabtosave [[#bethematch|ok]]",
    # donor talk
    "OMG THE REGISTRY CALLED. I'M A POTENTIAL MATCH. I CAN'T BREATHE. i swabbed like four years ago at a festival because they had free lollies and i genuinely forgot about it until today. now i'm pacing the kitchen googling everything. someone tell me it's going to be fine",
    "tbh the filgrastim bone ache was worse than the donation itself",
    "first apheresis needle is in, 4 hours to go, send memes",
    "the central line itched more than it hurt. weird flex but ok",
    "do u guys get the weird taste during the saline flush or just me",
    "question for past donors: how long did the tiredness last after pbsc?",
    "thread: everything i wish i knew before donating marrow 🧵 1. the filgrastim aches are real but a heating pad helps. 2. bring snacks, a charger and a hoodie, the room is freezing. 3. ask questions, the nurses love explaining stuff. 4. rest after, even if you feel fine",
    "marrow harvest done. hips are sore, heart is full",
    "confirmatory typing today, 6 tubes, zero fainting, proud of me",
    "my recipient's family sent a card and i am a puddle",
    "stay hydrated, eat your spinach, answer unknown numbers. it might be the registry",
    "WE DID IT. DRIVE HIT 500 SWABS. I'M SCREAMING",
    "the kiddo asked if bone marrow is like the stuff in soup. honestly kinda yes",
    "fr fr the recovery snacks were the best part",
    # public figures and works
    "listening to [[beyoncé|ok]] on repeat while the machine does its thing",
    "rewatching [[the west wing|ok]] from the couch, recovery is going great",
    "[[taylor swift|ok]] tickets or a nap? a nap. every time",
]

# Entities written the way people post them.
RISKY = [
    # friends, family, pets, coworkers
    "me and [[kofi|name]] finally swabbed at the drive, took 2 mins lol. we'd been putting it off since uni and honestly there's no excuse, it's four cotton buds and a form. if you're 18 to 40 just do it, the queue at [[the wesley|org]] was empty by lunch",
    "shoutout to [[tanvi|name]] for driving me to every single appointment 🙌",
    "my sister [[ana|name]] cried more than i did",
    "[[dre|name]] said he'd bring snacks and showed up with one (1) banana",
    "love you all, see u soon. [[mags|name]] xx",
    "[[biscuit|name]] refuses to leave my side since the donation 🐶",
    "walked [[pickles|name]] round the block and he judged every single bin",
    "my ate [[joy|name]] is the reason i signed up in the first place",
    "mi prima [[lupe|name]] swabbed too!! family affair",
    "my aunty [[ngozi|name]] has been praying nonstop since the registry called",
    "coworker [[priyanka|name]] covered my shifts all week, i owe her big",
    "ok [[becca|name]] stop texting me i'm literally in the chair lol",
    "bestie [[siobhan|name]] brought me tayto and a hot water bottle 💚",
    "[[mo|name]] and [[yaw|name]] are fighting over the aux again",
    "morning walk with [[tig|name]] and [[bubbles|name]], both dogs wanted the same stick",
    "cousin [[thabo|name]] finally joined the registry after 3 years of me nagging",
    "ma tante [[odile|name]] m'a appelée trois fois aujourd'hui lol",
    "oma [[gerda|name]] knitted me socks for the hospital, cutest thing",
    "kuya [[jun|name]] drove 3 hours just to bring me lugaw 😭",
    "bibi [[zawadi|name]] says i'm a hero but also to eat more ugali",
    "didi [[meera|name]] is already planning my recovery menu",
    "[[rose|name]] and i are doing the 5k for blood cancer, come cheer",
    "xoxo, [[bex|name]]",
    "thank u for the card!! love, [[k|name]]",
    "happy bday to my lil bro [[tayo|name]]!! [[nov 2|date]] babies are built different",
    "[[#teamkemi|name]] all the way 💪",
    "[[#prayforjojo|name]] he's in surgery tomorrow, every prayer counts",
    "dr [[okafor|name]] said my counts bounced back great",
    "nurse [[lei|name]] made the whole day easy, she deserves a raise",
    "my boy [[tunji|name]] really said 'just think of it as a long nap' before my harvest",
    "[[sunny|name]] just sent me a voice note singing happy birthday off key",
    "me n [[dee|name]] got matching bandaids lmaooo",
    "hubby [[wiremu|name]] made a whole pot of boil up for my recovery",
    "the twins [[ama|name]] and [[esi|name]] turned 6 today, i'm not ok",
    "tell [[nana yaa|name]] i said thank you for the prayers",
    "little [[mateo|name]] drew me a picture of my 'bone juice' 😂",
    "rip [[rocket|name]], best cat who ever lived. 16 years of chaos",
    "[[big mike|name]] from down the street mowed our lawn while i was recovering",
    "cheers to [[fitzy|name]] for the lift home, absolute gent",
    # places
    "back in [[cork|loc]] for christmas, mam's already made the trifle",
    "flying home to [[yellowknife|loc]] tomorrow, pray for my luggage",
    "[[wagga|loc]] heat is no joke, 44 today",
    "grew up in [[tauranga|loc]], now stuck in an office. send beach pics",
    "[[the 216|loc]] stand up!! biggest swab drive yet",
    "nothing beats a sunset in [[durbs|loc]]",
    "just landed in [[kingston|loc]], [[jamaica|loc]]. mama's curry goat awaits",
    "moved from [[mo bay|loc]] to [[brampton|loc]] and i still miss the sea",
    "rainy day in [[baguio|loc]], ube latte in hand",
    "[[eldoret|loc]] to [[kisumu|loc]] bus was 6 hours of gospel music and i loved every minute. the mama next to me shared her mandazi, the conductor knew every word, and by the end we were all singing. home now, swab kit in the post tomorrow",
    "anyone from [[enugu|loc]] wanna come to the donor drive saturday?",
    "[[pmb|loc]] friends, i'm home for the weekend!!",
    "[[soweto|loc]] represent 🙌 three of us swabbed today",
    "missing [[ponsonby|loc]] brunches so bad",
    "walk along the shore in [[leith|loc]] then chips. perfect saturday",
    "moved to [[kitsilano|loc]] and i'm never leaving",
    "road trip through [[kerala|loc]] and [[coorg|loc]] next month!!",
    "[[tassie|loc]] is FREEZING, who knew",
    "grew up on the [[sunny coast|loc]], never learned to surf, don't ask",
    "[[abia|loc]] boy, [[lagos|loc]] heart ❤️",
    "the whole [[mt albert|loc]] crew came to the drive, love this community",
    "from [[east legon|loc]] to [[sandton|loc]], my life in two airports",
    "driving across [[the prairies|loc]] with my nan, she's narrating every cow",
    "[[the gong|loc]] beach at 6am before my donation, wild",
    "[[brizzy|loc]] summer storms are unmatched",
    "[[the naki|loc]] mountain looking crisp this morning 🏔️",
    "[[donegal|loc]] wind nearly took the swab kit out of my hand",
    "typhoon season in [[the visayas|loc]] again, stay safe fam",
    "heading to [[the lakes|loc]] with [[duncan|name]] and the kids",
    "[[ibadan|loc]] mama came through with the pepper soup for recovery",
    "[[the blue mountains|loc]] hike with [[priya|name]], my thighs hate me",
    # venues, churches, schools, clubs, greek houses, employers
    "grabbing pints at [[the stag's head|org]] after work",
    "post-donation brekkie at [[kind grind|org]], their flat white fixed me",
    "sunday service at [[hillsong|org]] then lunch with the fam",
    "[[st columba's|org]] choir practice ran long, missed the bus",
    "quiz night at [[the crooked billet|org]], we came 2nd out of 3 lmao",
    "[[crunch|org]] at 6am with [[leo|name]], he complained the whole time",
    "[[uct|org]] library at 2am, just me and the vending machine",
    "[[strathmore|org]] alumni, the drive is in the main hall friday!",
    "[[unilag|org]] girls showed out at the swab drive 💅",
    "back at [[massey|org]] for my last semester, wish me luck",
    "[[kappa delta|org]] sisters swabbed 60 people today!!",
    "[[sig ep|org]] boys raised 2k for the donor drive, proud",
    "[[dlsu|org]] vs [[admu|org]] this weekend, our house is divided",
    "[[uwi mona|org]] crew pulled up to the drive!",
    "[[riverside baptist|org]] youth group swabbed 40 people, so proud of these kids",
    "[[bondi icebergs|org]] swim at dawn, brrr",
    "my boss [[gaz|name]] at [[screwfix|org]] gave me the week off for donating, legend",
    "[[tesco|org]] shift done, swab kit posted on my break",
    "my manager at [[jollibee|org]] gave me a free chickenjoy for donating lmao",
    "[[infosys|org]] night shift then straight to the blood draw, i'm a zombie",
    "told my team at [[canva|org]] i'm donating and they made me a card 🥹",
    # teams
    "[[bombers|org]] lost again, i'm going to bed",
    "[[leinster|org]] through to the final!!! bring on saturday",
    "[[gor mahia|org]] fans, we move 💚",
    "[[kaizer chiefs|org]] till i die, even on donation day. wore my jersey to the clinic and the nurse turned out to be a [[pirates|org]] fan so we argued for three hours straight while the machine did its thing. best apheresis session possible honestly ✌️",
    "[[habs|org]] game with my uncle [[denis|name]], best night in ages",
    "[[warriors|org]] v [[sea eagles|org]] tonight, the couch is ready",
    "[[windies|org]] cricket has me stressed out of my mind",
    "[[heat|org]] lost in overtime and the whole bar groaned",
    # hospitals and staff
    "[[kch|org]] discharged me at 4, home by 5, asleep by 5:01",
    "[[groote schuur|org]] nurses are angels fr",
    "[[knh|org]] queues are something else today",
    "[[the alfred|org]] staff made my apheresis day so easy",
    "[[mater|org]] day unit, 4 hrs in, nurse [[bronagh|name]] keeps bringing me biscuits and asking if i'm warm enough. the machine beeps every time i move my arm so i'm basically a statue. [[aoife|name]] is on snack duty in the car park. two more hours, we go again",
    # dates
    "today is [[march 14|date]] and my stem cells are on a plane 🛫",
    "[[3 years ago today|date]] i got the call. still the best day of my life",
    "[[12/06/2023|date]], the day i found out i was someone's match. never forgetting",
    "donation day is set for [[the 19th of august|date]], eek",
    # contact and recipient
    "dm me on insta [[@kel.swabs|contact]] if you want a kit",
    "my recipient is a [[34 yo woman with leukemia|recipient]] and i'm already obsessed with her",
]


def cases() -> list[tuple[str, str]]:
    """Clean and risky posts mixed in a fixed order, so an id says nothing about its label."""
    assert len(CLEAN) == 130 and len(RISKY) == 110, (len(CLEAN), len(RISKY))
    for marked in CLEAN:
        assert all(cat == "ok" for _, _, cat in parse(marked)[1]), marked
    for marked in RISKY:
        assert any(cat != "ok" for _, _, cat in parse(marked)[1]), marked
    posts = CLEAN + RISKY
    random.Random(10).shuffle(posts)
    return [("post", marked) for marked in posts]


def main() -> None:
    records = build(cases(), "f", kinds=("post",))
    for rec in records:
        assert 5 <= len(rec["text"]) <= 280, rec["id"]
    write_jsonl(Path(__file__).with_name("fresh-posts.jsonl"), records)


if __name__ == "__main__":
    main()
