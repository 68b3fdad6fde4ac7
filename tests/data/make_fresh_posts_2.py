"""Writes fresh-posts-2.jsonl: 240 held-out informal posts (lowercase, slang, shouting, hashtags), written
blind to the rules and to the other corpora, as a yardstick nobody has tuned to.

130 clean posts, many of them traps (team nicknames, first names, places and greek letters used as plain
words, numbers next to place-like words, kin words of several languages, sign-offs without a name), and
110 posts with entities as people post them: lowercase names and nicknames, cities, area codes, suburbs,
regions, venues, schools, clubs, greek houses, employers, teams and hospitals from many countries.
Labels follow /work/shared/eval/LABELLING.md. Run: python tests/data/make_fresh_posts_2.py"""
from __future__ import annotations

import random
from pathlib import Path

from markup import build, write_jsonl

# No entity at all: any finding here is a false alarm. Celebrities are `ok`.
CLEAN = [
    # team names and nicknames used as plain words
    "the heat in this flat is unreal, fan on full blast and i'm still melting",
    "thunder woke the baby at 3am and now NOBODY is sleeping",
    "ngl the magic of a 20 min nap cannot be overstated",
    "kings of procrastination, table for one 🙋‍♀️",
    "the jazz in this waiting room is lowkey a vibe, might stay after my blood draw",
    "my whole family are giants lol i'm the short one at 6'1",
    "those sharks in the documentary had me SCREAMING at the tv",
    "raiders of the lost fridge, 2am edition",
    "bears spotted near the campsite so we're sleeping in the car tbh",
    "the little cardinals came back to the feeder 🐦❤️",
    "the nets at the driving range have holes in them again smh",
    "spurs on grandad's old boots jingled the whole way down the aisle, not a dry eye in the room",
    "storm rolled in the second i got to the park 🙃",
    "celtic knot tattoo done!! 4 hrs, zero regrets",
    "rangers came round the campsite to warn us about the fire ban",
    "saints preserve us, the printer is jammed AGAIN",
    "lightning took out the power so it's candles and a book tonight",
    "the rockets at the fireworks show were so loud the dog hid under the bed",
    "the pistons in my old ute are making that noise again, pray for me",
    "a pack of wolves howled on the nature doc and the husky joined in 😂",
    "the chargers at the library are all broken, who do i even complain to",
    "lions and tigers and filgrastim aches, oh my",
    "blues hit different on a sunday night with the rain going",
    # first names and pet names used as plain words
    "rose early, ran 5k, ate a whole pizza. balance",
    "will do! thanks for checking in 💛",
    "honey in my tea and a blanket. sick day mode activated",
    "peanut butter on toast is my entire personality at this point",
    "the bill came and my jaw hit the floor",
    "big fan of frank conversations about donation tbh, ask me anything",
    "pat on the back for me, finally booked the dentist",
    "grace under pressure? never heard of her",
    "joy is a clean kitchen at 9pm and nobody asking me for anything",
    "faith in humanity restored by the bus driver who waited while i ran for it",
    "the baby said cookie for the first time and i cried in the middle of the shop",
    "biscuit crumbs all over the couch and no one is confessing",
    "autumn leaves everywhere and i'm kicking every single pile",
    "chase your dreams or whatever, i'm chasing a nap",
    "penny for your thoughts? no? ok bye",
    "ginger tea for the filgrastim aches, genuine game changer",
    "max effort at the gym, zero effort everywhere else",
    "dawn patrol surf then straight to work, knackered but happy",
    # numbers next to place-like words
    "missed the 405 bus by like 3 seconds, standing in the rain now",
    "room 212 has the best view of the car park lmao",
    "top 100 songs of the 90s playlist going HARD rn",
    "the 7:15 is cancelled AGAIN, love that for me",
    "gate 23 is basically in another postcode, i'm running",
    "90 min of hot yoga at 6 and now i'm soup",
    "bed 3 by the window, cosy setup for collection day 🛏️",
    "1000 steps to the top and my calves have left the chat",
    "seat 14b, middle seat, between two manspreaders. send help",
    "day 4 of 5 filgrastim shots, one more to go 💉",
    "4 cheek swabs, 60 seconds, done. what are u waiting for",
    # "back in", "from the", "at the" with no place after them
    "back in the day we drank from the hose and we turned out fine (mostly)",
    "from the heart: thank you for every single message this week ❤️",
    "at the gym by 5am, who even am i",
    "at the end of the day it's just a cheek swab. do it",
    "back in the saddle after a week off, legs are jelly",
    "at the bus stop and it's bucketing down",
    "back in my own bed after collection, nothing beats it",
    "down at the corner shop for milk, came back with four snacks and no milk",
    "from the bottom of my heart, to whoever gets my cells: fight hard, i'm rooting for you",
    # greek letters and science words
    "delta variant took out half the office that winter",
    "alpha male energy from a 4 year old in a dinosaur costume",
    "beta test of the new app and it crashed 3 times in 10 min",
    "gamma rays gave the [[hulk|ok]] his powers. filgrastim gave me bone ache",
    "sigma grindset is just skipping lunch and being grumpy",
    "my cd34 count was high enough on day 1 so only ONE apheresis session!!",
    "stem cells are literally magic and nobody can convince me otherwise",
    # gym, yoga, cafe
    "the brew is strong this morning ☕ and so am i",
    "spin instructor yelled CLIMB and i climbed straight into bed",
    "cold plunge at the gym is a scam, change my mind",
    # kin words and slang without a name
    "my bestie drove 2 hrs to sit with me during collection 🥹",
    "the girlies are coming over for wine and trash tv",
    "my sister-in-law is visiting so the house is spotless for once",
    "my mans really turned up with soup and a hot water bottle, keeper",
    "big bro got me a hoodie that says 'i gave marrow and all i got was this hoodie'",
    "my hubby cried more than i did at the apheresis unit",
    "auntie sent a voice note 9 minutes long, i'm scared to play it",
    "the lads are watching the match without me, tragic",
    "kuya drove me to the airport at 4am, no complaints, legend",
    "abeg my oga said i can't take leave for the donation, wahala",
    "bhai sent memes all night so i wouldn't be nervous about the harvest",
    "mi abuela lit a candle for the patient. i'm not crying, you are",
    "my lola sent pandesal with my tita, i am so loved",
    # sign-offs without a name
    "thanks for all the love xx",
    "love u all, more updates after the 2nd shot - me",
    "that's all for today. peace ✌️",
    "ttyl, your fave donor 💉✨",
    # school words
    "varsity practice ran late again, coach is relentless",
    "the dorm smells like burnt popcorn every single night",
    "my sorority sisters are hosting a swab drive next week!! come thru",
    "the frat house next door is LOUD and it's a tuesday",
    "homecoming this weekend and i have nothing to wear",
    # shouting, chat abbreviations, emoji
    "I GOT THE CALL. I'M A MATCH. I CAN'T BREATHE",
    "WHO TOOK MY CHARGER",
    "tbh the swab was the easiest part of the whole thing",
    "😭😭😭 best day ever",
    "rt if you're on the registry 🙋",
    "lmaooo the nurse said i have 'great veins' and i've never felt so seen",
    "istg if one more person asks if it hurts... it's a needle, babe",
    "brb crying",
    # hashtags
    "swabbed today, easy peasy #donorlove #beatthematch",
    "feeling lucky #givingtuesday #swabtosave",
    "#tbt to when i thought needles were scary 😂",
    # donor talk
    "the registry called. i'm a potential match. i need to sit down.",
    "apheresis done! 5 hrs, 2 movies, one very good blanket",
    "anyone else get weirdly emotional at the confirmatory typing blood draw?",
    "the courier took my cells in a cooler and gave me a thumbs up, surreal",
    "bone marrow harvest recovery update: walking like a cowboy 🤠",
    "if you're 18-40 and healthy, get swabbed pls, it's literally a q-tip",
    "wrote my anonymous card last night, took 6 drafts and a lot of tissues. every sentence i started turned into "
    "something i'm not allowed to say, so in the end it was just: i think about you a lot, i hope the cells are "
    "settling in, eat something nice for me. that's the card",
    "does anyone know how long the first update on the patient usually takes? asking for me. i'm the friend. "
    "it's been weeks and i keep checking my email like it's going to tell me something new every five minutes",
    "told work i need 2 days off for the donation and they were so chill about it",
    # questions, headlines, celebrities, place words that are food or things, holidays and months
    "who else is up at 4am for no reason",
    "thread: things i wish i knew before donating stem cells 🧵",
    "Local Donor Explains What Apheresis Actually Feels Like",
    "Why I Joined The Registry At 19 (And Why You Should Too)",
    "[[beyonce|ok]] tickets sold out in 4 min, devastated",
    "[[taylor swift|ok]] on repeat during the whole collection lol",
    "[[burna boy|ok]] live was insane, my ears are still ringing",
    "popped the cork on the fizz, we made it through the week",
    "grandma's china only comes out for christmas and funerals",
    "a long bath and an early night, sorted",
    "nice! congrats on signing up 🎉",
    "new jersey for the fun run came in the wrong size 😩",
    "lekker braai this weekend, eish the heat though",
    "what's the craic, anyone up for a walk later",
    "no cap the hospital jello slaps",
    "march was a long month, april better be kind to me",
    "see everyone after easter, taking a little break from socials to rest up after the harvest. "
    "thank you for the flowers and the soup and the memes, you lot are the best thing about the internet. "
    "back soon with a full recovery update, promise",
]

# Entities as people post them. A span is the name itself: "my sister [[ana|name]]", "the [[heat|org]]".
ENTITIES = [
    # friends, family, pets, coworkers
    "me and [[kofi|name]] at the swab drive, he signed up in like 2 min 🙌 "
    "then dragged his cousin [[yaw|name]] over, "
    "and [[yaw|name]] dragged his whole five-a-side team, so that's eleven new donors because one guy didn't want to "
    "go to the cinema alone. never underestimate a bored man",
    "shoutout to [[aroha|name]] for driving me to every appointment, chur",
    "love u all, see u on the other side of apheresis - [[tash|name]] xx",
    "my sister [[nneka|name]] flew in from [[abuja|loc]] just to hold my hand 😭",
    "ate [[len|name]] made me arroz caldo after the harvest 🥹",
    "grandma [[pearl|name]] turned 90 on [[june 3rd|date]] and still beat us all at cards",
    "our dog [[biscuit|name]] refused to leave my side after the harvest",
    "[[rose|name]] and i are walking the 5k for the registry on sunday, sponsor us",
    "[[will|name]] said he'd swab too if i stopped bugging him lol",
    "[[amaka|name]]'s birthday is [[14 feb|date]] and she's spending it at my bedside lol",
    "[[tomás|name]] y yo en la clínica, mi hermano es un campeón 💪",
    "mi hermana [[lupe|name]] vino desde [[monterrey|loc]] para la donación",
    "tito [[boy|name]] brought lechon to the hospital lol, the nurses loved him",
    "[[priya|name]] didi made me kheer after the donation",
    "[[lahore|loc]] heat is something else. shoutout to [[bilal|name]] bhai for the lift",
    "xoxo [[mimi|name]]",
    "#team[[kwame|name]] all the way, he's donating tomorrow",
    "#prayfor[[jax|name]] he's having his transplant this week 🙏",
    "[[KEMI|name]] AND I ARE BOTH MATCHES??? SAME WEEK??",
    "my coworker [[bongani|name]] covered my shifts all week, legend",
    "[[wanjiku|name]] and [[akinyi|name]] organised the whole drive at church",
    "[[sydney|name]] my ride or die, drove me home from the harvest 💕",
    "my niece [[georgia|name]] drew me a get well card with a superhero on it",
    "our parrot [[mango|name]] has learned to say 'nurse' and won't stop",
    "big ups to [[sione|name]] for the lift to [[middlemore|org]]",
    "[[osu|loc]] nights with [[efua|name]] before donation week, no alcohol though",
    "hey [[kat|name]], the swab kit is on your desk at [[deloitte|org]], no excuses",
    "the [[dockers|org]] lost again and [[mick|name]] won't talk to anyone",
    "me n [[thandi|name]] on [[vilakazi street|loc]] last night 🔥",
    "[[jabu|name]] won't stop talking about the [[bucs|org]] even in the ward",
    # cities, nicknames, area codes, suburbs, regions
    "back in [[wagga|loc]] for the weekend and nothing has changed lol",
    "[[lagos|loc]] traffic had me 40 min late for my blood draw, nurse [[bisi|name]] was so nice about it",
    "back a [[mobay|loc]] fi christmas, mi cyaan wait",
    "[[kisumu|loc]] to [[nairobi|loc]] on the night bus for my donor workup, tired but ready",
    "[[cebu|loc]] heat hits different. miss my lola so much",
    "the [[416|loc]] is freezing and my veins are hiding from the nurse",
    "[[yeg|loc]] folks, there's a swab drive at [[nait|org]] on saturday, come thru",
    "[[brissie|loc]] arvo, just got home from collection, heaps tired",
    "[[kerry|loc]] girl living in [[cork|loc]], don't @ me",
    "from the [[bronx|loc]] to the registry, let's gooo",
    "[[peckham|loc]] stand up, my mum has told every single person on the bus about my donation",
    "[[soweto|loc]] to the world 🌍 registered today!!",
    "brunch in [[ponsonby|loc]] to celebrate being a match",
    "[[rathmines|loc]] flat is freezing, me and [[orla|name]] are wearing three jumpers each",
    "[[bandra|loc]] sea face at sunset after the donor medical, needed that",
    "[[half way tree|loc]] traffic mad today, nearly miss mi appointment",
    "[[kzn|loc]] weather has me sweating through my hospital gown",
    "driving through [[punjab|loc]] to see nani before the donation",
    "[[sask|loc]] winters are no joke, -40 and the courier still showed up",
    "[[jozi|loc]] 🫶",
    "the [[peg|loc]] in january is a crime against humanity",
    "[[dbn|loc]] to [[cpt|loc]] for the harvest, first flight ever",
    "back on the [[rock|loc]] after 10 yrs away, [[st. john's|loc]] fog and all",
    "moved to the [[mission|loc]], burrito count this week: 14",
    "[[victoria|loc]] is so rainy, can't wait to move back to the [[prairies|loc]]",
    "[[kampala|loc]] boda ride to the hospital was honestly the scariest part of donating",
    # venues, churches, clubs, greek houses, schools
    "pints at the [[stag's head|org]] after, obviously",
    "[[nola|loc]] friends!! swab party at the [[spotted cat|org]] friday",
    "hot yoga at [[moksha|org]] then a flat white at [[bean there|org]] with [[tink|name]], recovery done right",
    "moved to [[kilimani|loc]] last month and already found a gym, [[crossfit kilimani|org]] is brutal",
    "[[grace baptist|org]] hosted our swab drive, 60 new donors!! pastor [[femi|name]] swabbed first",
    "the youth group at [[st columba's|org]] baked 300 cupcakes for the drive and [[moose|name]] ate about 40 of them",
    "our [[harbourside striders|org]] lot ran a bake sale for the swab drive",
    "did [[marlay parkrun|org]] a week after donating, PB not happening lol",
    "[[sigma chi|org]] brothers showed up to the drive in force",
    "[[alpha phi|org]] swab drive was a success, love my sisters",
    "skipped a lecture at [[strathclyde|org]] for my medical, worth it",
    "signed up with [[datri|org]] at the [[iit bombay|org]] fest, took 5 mins",
    "[[mzansi|loc]] stand up!! we registered 200 people at [[wits|org]] today",
    "coach at [[st kevin's|org]] let the whole hurling team sign up",
    "[[unilag|org]] students came out in numbers for the registry today 💪",
    "[[otago|org]] scarfies, come get swabbed at the union",
    "[[uwi mona|org]] massive, mi register today!!",
    "[[philly|loc]] friends, the swab drive is saturday at [[temple|org]]",
    # employers with a work cue, registries
    "night shifts at [[kaiser|org]] and donating on my day off, tired queen",
    "just got hired at [[wegmans|org]]!!! first shift tmrw",
    "my manager at [[safaricom|org]] gave me the whole week off for the donation 🙏",
    "clocked out of [[jollibee|org]] and went straight to the swab drive, still in uniform lol",
    "12 yrs a nurse with the [[nhs|org]] and now i'm on the other side of the needle",
    "[[anthony nolan|org]] sent my welcome pack, officially on the register",
    # teams, also nicknames and slogans
    "the [[bokke|org]] won and the whole street is screaming, eish my ears",
    "[[gor mahia|org]] fans where u at, the hospital tv is showing the match",
    "go [[habs|org]] go",
    "the [[heat|org]] blew a 20 pt lead, i'm done with this team",
    "[[thunder|org]] up!! [[okc|loc]] forever",
    "up the [[déise|org]]!!",
    "[[saints|org]] fan since birth, [[who dat|ok]]",
    "[[canes|org]] by 12 and the wind in [[welly|loc]] didn't even matter",
    "[[blues|org]] v [[chiefs|org]] on the ward tv, the nurses are picking sides",
    "[[mumbai indians|org]] fan in a [[chennai|loc]] hospital, wish me luck",
    "[[csk|org]] [[whistle podu|ok]] 🦁",
    "my u12s at [[ballyhale shamrocks|org]] made me a get well card 😭",
    # hospitals, also short forms
    "[[ucla med center|org]] was so good to me during collection",
    "the nurses at [[sickkids|org]] are actual angels",
    "[[groote schuur|org]] did my bone marrow harvest, 10/10 staff",
    "[[kenyatta|org]] had the longest queue but the donor nurse was a legend",
    "did my medical at [[luth|org]] and then jollof at home, perfect day",
    "donated at the [[mater|org]] and went straight to [[croke park|loc]] for the match, no regrets",
    "[[st. luke's|org]] apheresis unit has the comfiest chairs, i'd know",
    # personal dates, contacts, the other party
    "donated on [[march 14 2025|date]] and i think about it every day",
    "[[3 years ago today|date]] i got the call that i was a match",
    "our anniversary is [[10/12|date]] so this donation is our gift to the universe",
    "swabbed in [[aug 2024|date]], donated in [[jan 2025|date]], still buzzing",
    "collection day is the [[22nd|date]]!! hold me",
    "born [[9/9/99|date]], registered the week i turned 18 obv",
    "donation got moved to after eid, the [[28th|date]] now",
    "dm me on insta [[@chidi.runs|contact]] if u want to host a drive at ur church",
    "help us reach our goal: [[gofund.me/3f9a2c1b|contact]] 💛 every bit counts",
    "email [[swabsquad.kate@gmail.com|contact]] to volunteer, we need 10 more people",
    "[[eldoret|loc]] donor here! my recipient is [[a 34 yo woman with aml|recipient]] and i pray for her daily",
]


def cases() -> list[tuple[str, str]]:
    """Clean and labelled posts interleaved in a fixed order, so ids say nothing about the answer."""
    marked = CLEAN + ENTITIES
    random.Random(20261202).shuffle(marked)
    return [("post", text) for text in marked]


if __name__ == "__main__":
    out = Path(__file__).with_name("fresh-posts-2.jsonl")
    write_jsonl(out, build(cases(), "g", kinds=("post",)))
