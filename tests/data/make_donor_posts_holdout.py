#!/usr/bin/env python3
"""Writes donor-posts-holdout.jsonl: 150 held-out donor and recipient posts typed the way people post.

A yardstick nobody has tuned the checker on: written apart from the other corpora, with its own names,
places, hospitals, teams and venues (US, UK, Ireland, Canada, Australia, New Zealand, India, Nigeria,
Ghana, the Philippines, Mexico, Germany, Poland, Finland), in lowercase, ALL CAPS, chat slang, typos,
emoji, hashtags, Title Case headlines, threads and sarcasm. 65 posts are clean; several of them use
words that are names or places when capitalised (Hope, Grace, Will, Reading, Mobile, Buffalo wings),
and the same words turn up as real names and towns in the risky ones. Markup and categories follow
/work/shared/eval/LABELLING.md: [[span text|cat]], cats name, org, loc, date, contact, recipient, ok.
Spans hold the name itself ("my sister [[Ana|name]]", "dr [[Mbatha|name]]", "the [[14th|date]]"), a
hashtag with a name in it is labelled whole, the other party's age, sex, diagnosis and country are
labelled piece by piece as recipient. A case is clean when it has no span other than ok.
Run: python3 tests/data/make_donor_posts_holdout.py
"""
from collections import Counter
from pathlib import Path

from markup import build, write_jsonl


CLEAN = [
    "swabbed my cheeks at a uni fair 4 yrs ago and forgot all about it. today the registry called. i'm shaking ngl 😭 #DonateLife",
    "PSA: IT TAKES FIVE MINUTES TO SWAB YOUR CHEEK. FIVE. MINUTES. STOP SCROLLING AND ORDER THE KIT 📦 [[#BeTheMatch|ok]]",
    "day 3 of filgrastim and my hips feel like they belong to a 90 year old lmao. the antihistamine trick helps a bit tbh",
    "Hope is a funny thing. u hold onto it for months and then one phone call and suddenly it's all real",
    "Will i ever be able to eat hospital jello again? no. no i will not 💀",
    "Reading every single donor story on here at 2am instead of sleeping, as one does the night before a harvest",
    "Mobile swab van parked outside work today and like 30 ppl signed up!! so proud of my coworkers fr 🥹",
    "ate an entire plate of Buffalo wings the night before my physical and my cholesterol still came back fine. science is a lie",
    "Grace under pressure is NOT what i showed when the nurse missed my vein twice 😂 but we got there in the end",
    "1/5 ok so a lot of you asked what donating pbsc is actually like, so here's the thread 🧵",
    "2/5 the neupogen shots: 4 days, twice a day. bone aches mostly in my lower back and sternum. tylenol + heating pad = survival",
    "3/5 apheresis day: a needle in each arm, 5ish hours, watched a whole season of a baking show. u get cold from the machine so bring socks and a hoodie. the tingly lips from the citrate are normal, they give u calcium tabs. ask for the good blanket",
    "my donor, if you ever see this: i got to watch my kid graduate. i don't know your name but i say thank you to you every single day",
    "A YEAR SINCE TRANSPLANT AND I JUST RAN A WHOLE MILE WITHOUT STOPPING. WHO IS SHE 🏃‍♀️🏃‍♀️",
    "iykyk... the 6am hospital car park coffee before collection just hits different ☕",
    "does anyone else get weirdly emotional at the donor center?? like i cried at the vending machine lol",
    "tbh i thought marrow harvest meant a giant needle in my spine. it's the back of the hip, under anaesthesia. slept thru it, sore for a week. that's it",
    "Why Nobody Tells You About The Waiting: A Short Rant From A Recipient's Mom",
    "fundraiser update: we're at 80% of the goal for the family's travel + lodging costs 🙏 every share helps, link in bio",
    "registry drive this saturday!! swab kits, snacks, and a very excited golden retriever. 18-40 and healthy? come thru",
    "omg omg omg i'm a MATCH. for a stranger. who needs ME. brb crying in the car",
    "my brother donated to a total stranger and now he will not shut up about it. deserved tbh 🙄❤️",
    "my recipient's family sent a card through the registry and i have read it 40 times. no names, just 'thank you for giving us more time'",
    "oh yes, i LOVE being poked with needles every day, it's my favourite hobby 🙃 (day 62 post transplant, send snacks)",
    "nurses who remember ur coffee order during a 6 week inpatient stay are a different breed. angels, every one of them",
    "rn sitting in the waiting room for my donor physical and the guy next to me is here for the exact same thing?? small world",
    "ngl the hardest part of being a caregiver is pretending to be fine at 3am",
    "is it normal for the registry to take 3 weeks to call back after confirmatory typing? asking for me, i am going insane",
    "quick q for donors: did u take the whole week off work after marrow harvest or just a few days?",
    "\"you're giving someone a second birthday\" — my coordinator said that on the phone and i have not been ok since 🥲",
    "my dad's donor wrote back!!! we can't share anything yet but just know a stranger out there is an absolute legend 🫡",
    "CAN WE TALK ABOUT HOW THE APHERESIS MACHINE BEEPS EVERY 4 SECONDS. I HEAR IT IN MY SLEEP",
    "lmao my cat has been sitting exactly on the harvest sites on my hip. she knows. she's a menace",
    "it's been a little over a year since the cells went in and i'm still here being annoying. thank u to my donor forever 💛",
    "Joy. that's the word. the counts came back up and my whole family screamed in the hallway",
    "Mark my words, i will be at every registry drive from now on. i owe the universe one",
    "#GivingTuesday is coming and if u have $5 to spare, it covers a swab kit. that's it that's the post",
    "SIX VIALS?? for a physical?? 😩",
    "thinking of everyone stuck in isolation for the holidays. the window visits, the video calls, the mask selfies. you're not alone 🎄",
    "tw long post. my sister was my match and then she wasn't (a health thing came up), so we went to the unrelated registry. the waiting after that is hard to describe. you refresh your email, you jump at every unknown number, you stop making plans. then one tuesday the phone rings 🧵",
    "Chase the sunrise they said. so i did, from the ward window, on day +14 🌅",
    "anybody else's donor coordinator a saint? mine texted to check on me every day of the shots",
    "DID YOU KNOW: MOST DONATIONS ARE PBSC NOW, NOT SURGICAL MARROW. NO DRILLING. STOP BELIEVING THE MOVIES",
    "my son asked if the donor is 'a superhero with a cape' and honestly. yeah. basically.",
    "ok but hear me out: free cookies after donating should be a human right 🍪",
    "not me crying at a cereal ad 3 days after apheresis. the neupogen hormones are real (they are not hormones, i know, let me be dramatic)",
    "volunteered at my 12th swab drive this year and a shy teenager asked if it hurts. told them the truth: it tickles",
    "remember when we all said 'i'd donate if i matched'? well. prove it. swab kits are free 🧬",
    "To The Stranger Who Saved My Wife: Thank You Is Not Enough",
    "lowkey proud that my bone aches were a 3/10 after all the horror stories. ymmv tho",
    "the waiting room tv played the same cooking channel for 5 hours straight. i can now make a soufflé in theory",
    "Victoria sponge for the nurses' station bc they earned it x",
    "they said 'you might feel a bit tired' after harvest. tired?? i slept 14 hours and woke up hungry enough to eat a horse lol",
    "someone in my family always said a stranger won't help you. a stranger did. that's the whole post.",
    "ok who else screenshotted the 'you're a potential match' email and sent it to the group chat immediately 😂",
    "Faith, family, and fresh cells. that's the caption. that's the year.",
    "caregivers deserve a medal AND a nap",
    "the HLA typing explanation my coordinator gave me had diagrams and i understood maybe 40% of it 🤓",
    "WE DID IT!!! FUNDRAISER FULLY FUNDED!!! thank u to every single person who chipped in even a dollar 😭😭 #DonateLife",
    "Sunny day, clear scans, ice cream in hand. a year ago i would not have believed it",
    "when ppl ask 'does it hurt' i just show them my very dramatic bruise pics and say worth it",
    "honestly the hardest part of donating was not being able to tell anyone who it was for. the not knowing. people ask 'so who got it?' and i just say 'someone who needed it' and they look at me like i'm hiding something. i kind of am?? is that weird?",
    "apheresis tip: pee BEFORE they hook u up. you will not be able to move your arms for hours. learn from my mistakes",
    "seeing [[Robin Roberts|ok]] talk about her transplant on tv years ago is literally why i swabbed. thank God for that interview",
    "spent my lunch break reading about gvhd and now i'm anxious lol. wishing my recipient all the boring healthy days in the world",
]

RISKY = [
    # names: friends, family, pets, nurses, doctors; nicknames, initials, lowercase, hashtags
    "lmaooo my roommate [[siddharth|name]] nearly passed out watching ME do the neupogen shot. i'm the one donating bro 💀",
    "nurse [[Dervla|name]] on the apheresis unit deserves a raise, a holiday and a statue. in that order 🫶",
    "my tita [[Marites|name]] organised a whole novena for my transplant and half the barangay showed up 🙏 love u tita",
    "[[#TeamKwabena|name]] update: COUNTS ARE UP!!! day +19 and the boy asked for waakye, we are so back",
    "DAY 4 OF SHOTS. MY BONES HURT. [[BISCUIT|name]] (THE DOG) HAS NOT LEFT MY SIDE. 10/10 NURSE, WOULD HIRE",
    "dr [[Mbatha|name]] literally held my hand thru the bone marrow biopsy. some doctors are just built different",
    "my boy [[dapo|name]] drove me to collection at 5am with a flask of tea and zero complaints. real ones only",
    "[[Saoirse|name]] and [[Oisín|name]] made a 'get well' banner for their uncle and spelled transplant wrong (TRANSPLAMT) and i'm keeping it forever. he laughed so hard his obs went off and the nurse came running. worth it",
    "love u [[gosia|name]], best friend and best cheerleader, even if ur cheering sounded like a football chant on the ward lol",
    "Shoutout [[J.R.|name]] from the bloodmobile crew, you kept me laughing the whole 4 hours 😂",
    "xx thank you all for the messages, they mean the world. back on here soon. — [[KB|name]]",
    "[[#prayforrangi|name]] he goes in for conditioning tomorrow. kia kaha bro 💪🏽",
    "nurse [[Tolu|name]] aka the vein whisperer got me first try every single time 🙌",
    "[[pickles|name]] the hamster is the only one in this house who didn't cry when i said i'm donating",
    "my daughter [[Hope|name]] is 3 weeks post transplant and already bossing the nurses around. that's my girl",
    "[[Will|name]] from accounts swabbed because of my post. [[Will|name]]. the man who ignores every email. growth.",
    "lil sis [[grace|name]] made me a playlist for apheresis and it's all sad girl songs, thanks babe",
    "Oma [[Hannelore|name]] knitted socks for the whole transplant ward in [[Bielefeld|loc]] 🧦 no one is cold on her watch",
    "[[Bartek|name]] from the warehouse drove me to the donation centre in [[Gdynia|loc]] and refused petrol money. legend",
    "mi prima [[Xóchitl|name]] flew in from [[Oaxaca|loc]] to get tested for me. not a match, but she swabbed 20 cousins for the registry lol",
    "[[lachie|name]] shaved his head at the [[Crown & Anchor|org]] to raise money for my transplant and he looks like a thumb. love him",
    "[[#SadeStrong|name]] shirts are in!!! proceeds go to the family's travel costs, link: [[bit.ly/sadestrong-tees|contact]]",
    "LANDED AT [[NAIA|loc]] AND WENT STRAIGHT TO THE WARD TO SEE LOLA [[CORING|name]]. SHE SAID I LOOK THIN. SHE HAD A TRANSPLANT 3 WEEKS AGO 😭",
    # hospitals and cancer centres, short forms, lowercase
    "ok who had the [[mskcc|org]] parking garage on their bingo card bc here i am AGAIN lol",
    "admitted to the [[christie|org]] today for conditioning. tell me ur best films for a 4 week stay, go",
    "[[tata memorial|org]] OPD at 7am is a whole different universe. 600 people and one chai stall. we survive",
    "[[peter mac|org]] nurses > everyone. no notes",
    "3 weeks at [[Korle Bu|org]] and my mother didn't leave my bedside once. God gave me a strong woman",
    "we're at [[LUTH|org]] for the workup, pray for us abeg 🙏🏾",
    "the [[CMC|org]] team was amazing with my brother. 6 weeks, [[Siliguri|loc]] to [[Vellore|loc]] by train and back, ma packing enough thepla for an army, appa arguing with every auto driver. never again lol but also i'd do it again tomorrow",
    "the ppl at [[princess margaret|org]] made my first christmas post transplant feel normal, i owe them everything",
    # employers, schools, universities, venues, churches, gyms, cafés
    "whole team at [[Wärtsilä|org]] swabbed over lunch after i told them about my niece. engineers with feelings, who knew",
    "my manager at [[jollibee|org]] gave me harvest week off AND sent chickenjoy to the hospital. loyalty unlocked",
    "rang [[tesco|org]] to say i need 3 days off for 'stem cell donation' and my shift manager just said 'legend' and hung up",
    "my brother's in the [[Navy|org]] and they flew him home to donate?? didn't know that was even possible",
    "the transition years at [[St Columba's|org]] ran a swab drive for my son and i'm in absolute bits 😭 thank u lads",
    "big love to the [[uOttawa|org]] med students who ran the drive. tbh they did 90% of the work and i held a clipboard",
    "swab drive in the [[St. Brigid's|org]] hall after 10 o'clock mass: 41 sign ups and the tea ladies ran out of scones by 11",
    "pints + swabs at [[Kavanagh's|org]] last night, 64 new ppl on the register and the barman did a kit too 🍻",
    "the 6am crew at [[Ironbark Strength|org]] raised $3k for my recovery fund with a deadlift-a-thon. gym bros are soft fr",
    "drive was at [[Kaffeehaus Lindner|org]] on the corner and honestly their apple strudel recruited more donors than i did",
    # teams: pro, college, school, local; nicknames; lowercase; slogans
    "watched the [[riders|org]] blow a 14 point lead from my hospital bed. honestly the transplant hurt less",
    "[[Oklahoma State|org]] on the tv in the infusion room and the whole ward yelling. [[go pokes|ok]] 🤠",
    "the [[Carrigaline U14s|org]] wore orange laces for my daughter this weekend and i had to sit in the car for a bit",
    "lost a bet so now i have to wear a [[kotoko|org]] jersey to my follow up. the nurses are [[hearts|org]] fans. pray for me",
    "[[Ginebra|org]] won while i was hooked up to the machine and the whole unit cheered, [[never say die|ok]] talaga",
    "nothing like watching the [[gophers|org]] lose to make a hospital stay feel normal",
    "my son's team, the [[Bearcats|org]], wore gold ribbons for his donor drive. 9th grade boys being sweet is rare, treasure it",
    "sunday league lads from [[Leith Athletic|org]] swabbed after the match. muddy boots, cotton buds, big hearts",
    # towns, neighbourhoods, states, countries, airports, city nicknames
    "back home in [[Tullamore|loc]] after 7 weeks. my own bed. my own kettle. my own terrible wifi. bliss",
    "the aunties in [[surulere|loc]] are cooking for my mum every single day while she recovers. community is everything ❤️",
    "any donors from [[Saskatchewan|loc]] here?? flying out for collection next week and ngl i'm nervous about the travel part",
    "[[brum|loc]] lot!! swab drive outside the [[Bullring|loc]] this saturday, come say hi and bring a mate 💜",
    "made it to [[the Peg|loc]] for my physical. -31 with windchill. if i survive this i can survive apheresis",
    "homesick for [[wagga|loc]] rn, hospital food is NOT my nan's roast",
    "update for the fam back in [[Ghana|loc]]: i'm home, i'm eating, i'm annoying my siblings again. thank u for the prayers",
    "any [[WV|loc]] donors wanna carpool to the collection center? it's a 3 hour drive for me lol",
    "first walk in [[Nooga|loc]] since the transplant, made it to the river and back, legs = jelly",
    "stuck at [[Kotoka|loc]] for 6 hrs and missed the first visiting window. pray for my patience",
    "anyone know bone marrow donors in [[Mobile|loc]]? trying to start a little support group, DMs open",
    "[[Reading|loc]] friends, swab event at the uni library this thursday, bring a friend and a pulse",
    "moved back to [[Buffalo|loc]] to be near my parents after transplant. the [[Bills|org]] are the only thing that makes winter bearable",
    "family in [[cebu|loc]] can reach my mom on [[+63 917 555 0142|contact]] for updates, she's not on fb",
    # personal dates
    "exactly [[2 years ago today|date]] a stranger's stem cells walked into my life (well, dripped). happy 2nd birthday to me 🎂",
    "donated on [[march 3rd|date]] and they still haven't told me anything. is no news good news??",
    "harvest is on the [[14th|date]]. nervous but ready. send ur best hospital snack recs",
    "diagnosed [[aug 2022|date]], transplant [[jan 2023|date]], today i ran 5k. we move 🏃",
    "[[19/06|date]] will always be my second birthday. the day my donor's cells came in 💛",
    "mum's first checkup after transplant is on [[Feb 29th|date]] which feels very on brand for her",
    "[[one year ago today|date]] i said goodbye to my hair and hello to my donor's cells. love u [[Tanvi|name]] for shaving yours too 🫶",
    "[[Yaw|name]] turns 6 on the [[1st of may|date]] and for the first time in two years he gets a party with other kids 🎈",
    # contact
    "if anyone can share, my cousin's transplant travel fund is here: [[gofundme.com/f/aroha-gets-her-cells|contact]] 🙏 every dollar counts",
    "questions about swabbing? email me at [[kasia.wrobel.rn@gmail.com|contact]], happy to talk anyone through it 💉",
    "call or text [[0803 555 2194|contact]] to volunteer at the drive, we need hands on the registration table",
    "follow [[@swabwithsuvi|contact]] for drive dates in the area!! we're doing 3 this month",
    "if u wanna help w gas money for the hospital runs, venmo [[@dee-harlow|contact]] 🙏 no pressure at all",
    "cards for [[Mhairi|name]] can go to [[22 Craigie Ave|contact]] until she's off the ward 💌",
    "all our fundraiser stuff is on [[linktr.ee/teamzofia|contact]], the raffle closes friday",
    # the other party: age, sex, diagnosis, country
    "update bc so many of u asked: the registry told me my recipient is a [[34 y/o|recipient]] [[woman|recipient]] in [[Germany|recipient]] and i think about her every morning over coffee. i hope she's drinking one too. i hope it's a good one. i hope she hates decaf like me",
    "just found out my cells went to a [[teenage|recipient]] [[boy|recipient]] with [[ALL|recipient]]. i'm in the car park crying. i was a teenage boy like 10 minutes ago, i know exactly how much life he's got left to live. he's gonna make it, i can feel it in my hip bones lmao",
    "my donor was a [[22 year old|recipient]] [[guy|recipient]] from [[Brazil|recipient]]!!! OBRIGADA MEU HERÓI",
    "MY RECIPIENT IS A [[7 YEAR OLD|recipient]] [[GIRL|recipient]]. A CHILD. I HAVE NEVER RUN TO A CLINIC SO FAST",
    "found out my donor is a [[dad|recipient]] in his [[40s|recipient]] from the [[UK|recipient]]. cannot wait til the 2 years are up so i can hug him",
    "my stem cells are headed to someone with [[sickle cell|recipient]] and i'm so happy, that's the post",
    "a [[56yo|recipient]] with [[MDS|recipient]] is walking around with my blood type now lmao imagine",
]


def interleave(risky: list[str], clean: list[str]) -> list[str]:
    """Spreads the clean posts evenly among the risky ones, so that no stretch of ids is all one kind."""
    keyed = [((n + 0.5) / len(risky), 0, t) for n, t in enumerate(risky)]
    keyed += [((n + 0.5) / len(clean), 1, t) for n, t in enumerate(clean)]
    return [t for _, _, t in sorted(keyed)]


CASES = [("post", t) for t in interleave(RISKY, CLEAN)]


def main():
    records = build(CASES, "p", kinds=("post",))
    for rec in records:
        assert 20 <= len(rec["text"]) <= 280, f"{rec['id']}: {len(rec['text'])} characters"
    out = Path(__file__).with_name("donor-posts-holdout.jsonl")
    write_jsonl(out, records)
    clean = sum(all(cat == "ok" for _, _, cat in r["spans"]) for r in records)
    cats = Counter(cat for r in records for _, _, cat in r["spans"])
    print(f"{out}: {len(records)} posts, clean (no span but ok): {clean}, with entities: {len(records) - clean}")
    print("spans per cat:", dict(sorted(cats.items())))


if __name__ == "__main__":
    main()
