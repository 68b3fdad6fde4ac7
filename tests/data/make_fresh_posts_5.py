"""Writes fresh-posts-5.jsonl: a fifth held-out set of informal posts (lowercase, slang, shouting, hashtags),
written without sight of the rules or the other corpora. 130 clean posts, many of them traps (team
nicknames, names and places used as ordinary words), and 110 with entities the way people post them.
Labelled by /work/shared/eval/LABELLING.md. Run: python tests/data/make_fresh_posts_5.py"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from markup import build, write_jsonl  # noqa: E402

CLEAN = [
    # team nicknames used as ordinary words
    "the heat is unreal today, my car seat is basically a griddle",
    "thunder woke the baby at 4am and now nobody in this house is sleeping",
    "the magic of a good nap cannot be overstated",
    "kings of procrastination, that's us, the whole group chat",
    "the bulls on my uncle's farm are bigger than my car",
    "the nets in the pond need cleaning again, the koi are judging me",
    "spurs on the boots, hat on the head, line dancing class starts at 7",
    "the rockets my nephew built in the backyard actually flew. engineer in training 🚀",
    "my bf texted 'the royals are coming' and it was just his parents lol",
    "the saints in my life: whoever invented the heated blanket and whoever invented the snooze button",
    "the giants in my garden are just sunflowers that got out of hand 🌻",
    "blue jays fighting at the feeder again, nature is metal",
    "the cardinals are back at the feeder which means winter is coming",
    "watched a panthers documentary last night, big cats are so majestic",
    "lions, tigers and a very confused toddler at the zoo today",
    "the jets flying over at 5am are my alarm clock now",
    "eagles nesting in the dead tree by the creek, binoculars out",
    "the storm knocked out the power so we're playing cards by candlelight",
    "lightning hit the tree across the road last night, LOUDEST thing i've ever heard",
    "the united front of my cats refusing to eat the new food is honestly impressive",
    "the angels on the donor unit kept my blanket warm the whole 6 hours 😇",
    "pistons in the old truck finally gave up. rip to a legend",
    "the pirates at my kid's party were terrifying, 10/10 would hire again",
    # words that are also first names or pet names
    "will do, see u all sunday",
    "honey in my tea, blanket on, phone on dnd. do not perceive me",
    "peanut butter on everything era",
    "rose early for once and watched the sun come up over the parking lot. romantic",
    "mercy me, this humidity",
    "grace under pressure is not my thing, i panic-bought 6 loaves of bread",
    "hope is a weird thing. you hold onto it even when the numbers say otherwise",
    "faith in humanity restored: a stranger paid for my coffee",
    "joy is a warm croissant straight out of the oven",
    "buddy, pal, mate, whoever you are, stop parking in my spot",
    "cookie crumbs in the bed again. who did this",
    "the biscuit tin has been empty since tuesday and no one will admit it",
    "pumpkin spice is back and so is my personality",
    "a max of 2 visitors at a time on the transplant floor, so the family took shifts",
    "mark my words, this is the year i finally learn to swim",
    "electric bill came in and i laughed out loud. then i cried",
    "sue me, i like my coffee sweet",
    "dawn patrol surf session, water was freezing and i regret nothing",
    "drew a picture of my donor bag for my kid's show and tell, the teacher loved it",
    "chase your dreams, not your ex",
    "ivy growing all over the back fence. fine. it's a feature now",
    "the iris of my left eye apparently has a freckle?? optometrist was delighted",
    "penny for your thoughts? nah keep them, i'm tired",
    "ruby red grapefruit is the only acceptable breakfast fruit",
    "amber alert went off on everyone's phone at the same time in the cinema",
    "sterling silver ring from my grandma, wearing it on collection day for luck 💍",
    # months and days that are no date
    "april showers my foot, it's snowing",
    "may the odds be in your favour with the match results 🤞",
    "june gloom is back, grey skies all week",
    "august heat, september rent, october vibes",
    # numbers near place-like words
    "the 405 bus was 40 mins late again, i could have walked",
    "room 212 has the best view on the whole ward, just saying",
    "made the top 100 on the leaderboard finally 🎮",
    "the 90s really had the best cartoons and i will not be taking questions",
    "gate 12 is always the farthest gate from security, every single time",
    "seat 23c, window shade down, podcast on, don't talk to me",
    "the number 9 bus smelled like burnt toast this morning",
    # "back in", "from the", "at the" without a place
    "back in the day we'd ride bikes till the streetlights came on",
    "from the heart: thank u to everyone who shared my post about joining the registry",
    "at the gym at 5am like a psychopath, who even am i",
    "back in the saddle after 2 weeks off post-donation 🐴",
    "greetings from the couch, population: me and a bag of chips",
    "at the end of the day it's all about the people who show up",
    "back in my room after collection, watching trash tv and eating jelly",
    # place-like words that are no place
    "the bay leaves went in the soup, not my fault it tastes like a tree",
    "got grandma's big apple pie recipe out of the binder, wish me luck",
    "the valley between my two monitors is where snacks go to die",
    "the hills are alive with the sound of my kids screaming",
    "mile high stack of laundry and zero motivation",
    "downtown traffic is a personality test and i'm failing it",
    "north side of the house gets zero sun, my tomatoes are sad",
    # greek letters and science words
    "delta variant talk at the dinner table again, pass the potatoes pls",
    "alpha male energy is when you cry at the dog food commercial tbh",
    "beta test for the new app starts monday, pray for my inbox",
    "my omega 3 tablets are the size of a grape, who approved this",
    # gym, yoga, cafe, bar, church words
    "hot yoga at 6 then brunch, i've become the person i used to mock",
    "the brew is strong today and so am i ☕",
    "club sandwich at the hospital cafe was honestly elite",
    "the pub quiz team lost by one point. ONE POINT",
    "bar trivia is the only cardio i do",
    "church potluck tomorrow, i'm bringing the mac and cheese as usual",
    # kinship without names, sign-offs without names
    "my bestie drove me to my apheresis appt and sat there 5 hours playing candy crush. real one",
    "the girlies are coming over for wine and bad movies 🍷",
    "my sister-in-law is visiting for the week so the house is spotless for once",
    "love u all, goodnight xx",
    "ok that's it from me, logging off - me",
    "grandad says in his day you'd just give blood and get a biscuit",
    "my mum keeps telling the neighbours i 'gave my bone marrow away' like it was a sofa",
    # school words
    "varsity practice ran long so dinner is cereal",
    "the dorm fire alarm went off at 3am because someone microwaved popcorn. AGAIN",
    "my sorority sisters showed up to the donor drive in matching shirts and i cried",
    # chat abbreviations, shouting, emoji
    "lol no",
    "smh the self checkout yelled at me again",
    "idk who needs to hear this but drink water",
    "HAPPY FRIDAY TO EVERYONE EXCEPT MY ALARM CLOCK",
    "WHO TOOK MY CHARGER. I KNOW IT WAS ONE OF YOU",
    "🥹🥹🥹 match confirmed. more soon",
    # donor talk
    "swab kit came in the mail!! 4 cotton swabs, one envelope, done in 5 mins #swabtosave",
    "day 3 of filgrastim shots and my hips feel like they belong to a 90 year old lol",
    "THE REGISTRY CALLED. I'M A POTENTIAL MATCH. I'M SHAKING",
    "ngl the stem cell collection was way less scary than the needle videos made it look",
    "just got home from donating, the nurses were angels and the juice was cold. 10/10 #donorlove",
    "omg omg omg my donor packet came and there's a whole schedule in it",
    "rt if you've ever been asked to do a second swab because the first one got lost in the post",
    "tbh the worst part of donating was the hospital parking",
    "does anyone else get bone pain from the booster shots or is it just me??",
    "wild to think my cells are out there helping someone right now",
    "praying for everyone waiting on a match tonight 🙏 #beatthematch",
    "imo the best part of donating was the free cookies, fight me",
    "fyi the donor center gives you a blanket if you ask, bring socks tho",
    "Five Things Nobody Tells You About Donating Stem Cells",
    "how long did everyone's physical take? mine is thursday and i'm nervous",
    "is it normal to feel this tired a week after PBSC? asking for me",
    "#GivingTuesday reminder: joining the registry is free and takes a cheek swab",
    "apheresis day: two needles, one movie marathon, zero regrets",
    "the recipient's family sent a card through the coordinator and i've read it 20 times",
    "first shift back at work after donating and everyone treated me like a war hero",
    "stg if one more person asks if it hurts... yes. a bit. worth it",
    "pat on the back for me, i donated today 💪 [[#bethematch|ok]]",
    "marrow harvest done. back hurts like i fell off a horse but the surgeon said it went perfectly and "
    "i'm allowed ice cream for dinner, which frankly should be the law for everyone, donor or not",
    "update for the people asking: recovery is slow but steady, i can walk to the mailbox now without "
    "a nap after. thank you for the soup, the cards, the memes. you lot carried me through this month",
    "to whoever is in that waiting room tonight waiting to hear if there's a match: i was you "
    "two years ago. the wait is the worst part. the phone feels like it weighs a ton and every unknown "
    "number makes your heart stop. hold on. eat something. it gets lighter",
    "[[taylor swift|ok]] tickets sold out in 4 minutes and my heart is broken",
    "crying at [[beyonce|ok]] live at 2am, normal behaviour",
    "the blood draw lady said i have 'great veins' and honestly that's the nicest thing anyone's said to me",
    "if you're 18 to 40 and reading this, please just order the swab kit. it's free and it's 5 minutes",
    "we're raising money for the family's travel costs, details coming soon, pls share",
]

ENTITY = [
    # friends, family, coworkers, pets
    "me and [[kemi|name]] at the donor drive handing out swab kits all day 🙌",
    "shoutout to [[thabo|name]] for driving me to every single appointment, you're a legend bru",
    "[[obinna|name]] said he hates needles then signed up anyway. proud of u bro",
    "[[rose|name]] brought soup over after my collection, she's the best",
    "me and [[will|name]] at the lake, first weekend off in forever",
    "my boy [[kwame|name]] got the call from the registry today!!!",
    "[[max|name]] (my nephew, 6) asked if i have a robot inside me now",
    "happy birthday to my baby sister [[aroha|name]] 🎂 21 today!!",
    "lola [[nena|name]] turned 90 and still beat everyone at mahjong",
    "tita [[bing|name]] made pancit for the whole donor ward lol",
    "oma [[gerda|name]] still sends me letters by post, the latest one was about my donation",
    "mi abuela [[chela|name]] lit a candle for my donor every sunday",
    "nani [[kamla|name]] says i'm too thin after donating, arrived with 4 tiffins",
    "bhai [[rohit|name]] came all the way from [[nagpur|loc]] to sit with me during collection",
    "[[chidi|name]] bought everyone suya after we all swabbed 🔥",
    "my coworker [[deshawn|name]] covered my shifts so i could donate, legend",
    "my dog [[pickles|name]] knows something's up, hasn't left my side since the collection",
    "[[mango|name]] the cat knocked my consent form off the desk and then sat on it",
    "[[bubba|name]] and [[tank|name]] are furious i'm home late, dinner was 4 minutes overdue",
    "thanks for all the messages, means everything. [[jess|name]] xx",
    "love u all ❤️ [[tash|name]]",
    "ok bed now. - [[kez|name]]",
    "[[siobhan|name]] you absolute weapon. 300 people swabbed at the stall in one day, in the rain, with a "
    "card reader that kept dying and a gazebo that tried to fly off. if even one of them turns out to "
    "be someone's match it was worth every soggy sandwich. love u",
    "babe [[lerato|name]] just walked in with flowers for me, crying",
    "[[grace|name]] from next door fed the chickens the whole week i was in hospital",
    "uncle [[fitzroy|name]] still calls me 'the donor' at every family function",
    "nonna [[pina|name]] would be proud of this pasta",
    "shoutout to nurse [[precious|name]] on the day unit, she made 6 hours feel like 1",
    "dr [[okafor|name]] explained the whole process in plain english, more doctors like that pls",
    "my brother [[sipho|name]] is a 10/10 match for dad!!! still processing",
    "[[wiremu|name]] carried my bags up 3 flights after the harvest, chur bro",
    "[[jimmy-lee|name]] and i swabbed together on our first date. romance is alive",
    "[[#teamzuri|name]] let's find her a match 💛 swab, share, repeat",
    "my little man [[ayo|name]] finished chemo today!! ring that bell baby",
    "lowkey [[priya|name]] is the reason i joined the registry, she wouldn't stop talking about it",
    "[[mohammed|name]] from work drove me home from the hospital, didn't even let me pay for petrol",
    # places: cities, nicknames, area codes, neighbourhoods, regions
    "back in [[dunedin|loc]] for the weekend and it's raining sideways",
    "[[ballarat|loc]] people, where's the good coffee now that the old place shut",
    "landed back in [[the 876|loc]] and the heat hit me like a wall",
    "[[mobay|loc]] sunsets never miss",
    "[[koramangala|loc]] traffic at 9am should be studied by scientists",
    "[[lekki|loc]] to [[yaba|loc]] in 3 hours. [[lagos|loc]] traffic is a lifestyle",
    "ferry to [[manly|loc]] then fish and chips, perfect sunday",
    "[[brissy|loc]] humidity is a different beast",
    "[[the 413|loc]] stand up, we swabbed 80 people this weekend",
    "moved from [[tulsa|loc]] to [[boise|loc]] and nobody here has decent bbq",
    "[[st pete|loc]] sunsets with [[mar|name]] 🌅",
    "driving up from [[naas|loc]] for the collection, 2 hrs each way, worth it",
    "[[salthill|loc]] prom walk with [[aoife|name]] and [[ciaran|name]] before the rain",
    "[[brum|loc]] lads, swab drive in [[digbeth|loc]] on saturday, be there",
    "[[jozi|loc]] traffic + load shedding = i'm working from bed",
    "home to [[durbs|loc]] for the holidays, bunny chow incoming",
    "[[the gong|loc]] beaches hit different after a week in hospital",
    "[[wagga|loc]] to [[sydney|loc]] on the train for my workup, 6 hours, bring snacks",
    "[[bandra|loc]] sea face at sunset with the cousins 🌊",
    "flight from [[port harcourt|loc]] got delayed 5 hours, classic",
    "[[kelowna|loc]] wine tour with the girlies for my 30th 🍷",
    "[[qc|loc]] to [[bgc|loc]] in under an hour?? miracle",
    "[[cebu|loc]] beach day before i fly out for the donation 🏝",
    "[[half way tree|loc]] was packed today, couldn't even find a taxi",
    "[[westlands|loc]] on a friday is chaos, took 2 hrs to get to [[java house|org]]",
    "grew up in [[limpopo|loc]], now i live in a city where nobody greets you",
    "anyone from [[saskatoon|loc]] want to help run a swab table at the farmers market?",
    # venues, gyms, cafes, bars, churches
    "pints at [[kehoe's|org]] after the match, who's in",
    "[[whelan's|org]] gig last night, ears still ringing",
    "cold coffee at [[third wave|org]] in [[indiranagar|loc]] before my swab appointment",
    "[[hotpod yoga|org]] with [[tati|name]] at 7am, never again. ok maybe tuesday",
    "[[f45|org]] in [[ponsonby|loc]] did a fundraiser class for our donor drive 💪",
    "[[tomoca|org]] macchiato in [[piassa|loc]], the only way to start a day",
    "after service at [[grace fellowship|org]] we ran a swab drive in the car park",
    "the boys at [[the brazen head|org]] raised 2k for the transplant fund in one night 🍻",
    # schools, universities, clubs, greek houses
    "first day at [[uwi mona|org]] and i already got lost twice",
    "[[wits|org]] res food should be a human rights violation",
    "[[unilag|org]] donor drive this thursday, come swab with us",
    "[[sig ep|org]] hosted a swab drive and 60 people joined the registry",
    "my [[kappa delta|org]] sisters ran a bake sale for the transplant fund",
    "[[ucd|org]] exams are over and i am a shell of a person",
    "[[alliance girls|org]] alumni showing up for the swab drive 💚",
    "the lads from [[st jude's gaa|org]] all swabbed after training, sound men",
    # teams, also nicknames
    "go [[bokke|org]]!!! what a game",
    "[[ateneo|org]] vs [[la salle|org]] tonight, house divided 😤",
    "the [[dubs|org]] better show up sunday or i'm moving to [[kerry|loc]]",
    "the [[canes|org]] lost again, [[wellington|loc]] weather matched my mood",
    "go [[habs|org]] go 🏒",
    "[[bama|org]] won, [[roll tide|ok]] forever",
    "[[spurs|org]] bottled it again, nothing new",
    "[[heat|org]] in 6, book it",
    "[[thunder|org]] up!!! [[sga|ok]] is HIM",
    # employers with a work cue, hospitals
    "12 hour shift at [[kroger|org]] and then a donor physical, i'm dead",
    "my manager at [[safaricom|org]] gave me 3 days off for the donation 🙏",
    "[[shoprite|org]] shift done, now off to the swab drive",
    "[[tims|org]] run before my shift at [[sunnybrook|org]]",
    "[[kenyatta national|org]] donor unit staff are so kind",
    "[[luth|org]] doctors are overworked and still so patient",
    "[[st vincent's|org]] apheresis unit, chair 4, let's gooo",
    "[[qeii|org]] in [[halifax|loc]] gave me the best care after my transplant",
    "3 weeks at [[gosh|org]] with my little one and the play staff are saints",
    "[[ohsu|org]] donor center coffee is terrible and i love it",
    "[[the christie|org]] has the comfiest chairs i've ever donated in",
    "[[cmc vellore|org]] transplant team are magicians",
    # personal dates, contacts, recipient details
    "[[1 year ago today|date]] i sat in that apheresis chair. best day of my life",
    "[[12/04/2024|date]], the day the registry called. never forgetting it",
    "collection day is [[nov 22|date]]!! countdown starts now",
    "our anniversary is [[june 14th|date]] and he'll be in the transplant unit, so we're celebrating early",
    "my match is a [[24 year old man with aml|recipient]] and i'd do it again tomorrow",
    "found out my recipient is a [[little girl|recipient]] in [[germany|recipient]] 😭",
    "my cells are going to a [[60 yo woman with lymphoma|recipient]], praying for her",
    "dm me on insta [[@swabqueen_ke|contact]] if you want to host a drive at your school",
    "fundraiser for my cousin's transplant: [[gofund.me/4a7c2e19|contact]] every bit helps",
    "questions about the drive? email [[lisa.drives.donors@gmail.com|contact]] or text [[082 555 0193|contact]]",
]


def interleave(clean: list[str], entity: list[str]) -> list[str]:
    """Mixes the two lists so clean and risky posts alternate through the ids."""
    out, i, j = [], 0, 0
    while i < len(clean) or j < len(entity):
        if i < len(clean):
            out.append(clean[i])
            i += 1
        if j < len(entity) and (i % 6 != 0):
            out.append(entity[j])
            j += 1
    return out


def main() -> None:
    assert len(CLEAN) == 130, len(CLEAN)
    assert len(ENTITY) == 110, len(ENTITY)
    records = build([("post", t) for t in interleave(CLEAN, ENTITY)], "n", kinds=("post",))
    write_jsonl(Path(__file__).parent / "fresh-posts-5.jsonl", records)


if __name__ == "__main__":
    main()
