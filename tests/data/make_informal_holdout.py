#!/usr/bin/env python3
"""Writes informal-holdout.jsonl: a held-out set of informal posts and public stories.

Written separately from the main informal corpus (make_informal.py), with its own names, places,
teams and venues, so that a score on it shows whether the checker generalises rather than
remembers. Markup and categories follow make_labelled.py and /work/shared/eval/LABELLING.md:
[[span text|cat]], cats name, org, loc, date, contact, recipient, ok. A case is clean when it has
no span other than ok. Run: python3 tests/data/make_informal_holdout.py
"""
import json
import re
from collections import Counter
from pathlib import Path

CATS = {"name", "org", "loc", "date", "contact", "recipient", "ok"}

CASES = [
    ("post", "hbd to the one and only [[wren|name]]!!! 🎂 see u at the [[gilded goose|org]] tonight, first round is on me 🍻"),
    ("post", "ngl the neupogen bone ache is no joke. took a claritin like nurse [[fen|name]] said and it helped a lil. day 3 of 5 🫠"),
    ("post", "landed at [[YYC|loc]] at 6am, collection at [[foothills|org]] tmrw. running on timbits and vibes ✈️🩸"),
    ("post", "OMG THE REGISTRY CALLED ME BACK. I'M A PRELIMINARY MATCH. SCREAMING CRYING THROWING UP 😭😭😭"),
    ("post", "big up my guy [[tobi|name]] for sitting w me thru 5 hrs of apheresis and only complaining about the wifi twice 😂"),
    ("post", "hot take: the cheek swab is the least awkward medical thing you will ever do. 30 seconds. do it. #DonateLife"),
    ("post", "our cat [[noodle|name]] hasn't left my lap since i got home from donating. she knows 🐈‍⬛💕"),
    ("post", "10 Things Nobody Tells You Before Your First Apheresis Appointment (A Thread) 🧵"),
    ("post", "go [[jacks|org]]!!! watched the game from the donor chair at [[sanford|org]] lol the nurses were yelling louder than me 🐰"),
    ("post", "will i ever stop crying at donor meetup videos? no. next question"),
    ("post", "[[#TeamOrla|name]] 💚 my niece [[orla|name]] still needs a match and mixed-heritage patients wait the longest. please swab!! drive at [[NUI Galway|org]] on [[the 9th|date]]"),
    ("post", "anyone kno if u can still donate if u had mono in highschool?? asking for me. idk who else to ask lol"),
    ("post", "thank u sm [[dr. marchetti|name]] and nurse [[bex|name]] for making the scariest week of my life feel kinda ok 🥹"),
    ("post", "PSA: drink water. like a LOT of water. the day before collection. ur veins will thank u. that's the post"),
    ("post", "[[2 years ago today|date]] i gave my stem cells to a stranger. just found out she's a [[mum|recipient]] in [[New Zealand|recipient]] and she's running again 🇳🇿🥹"),
    ("post", "SO HYPED RN. physical cleared, bloods cleared, just waiting on the date. LETS GOOO 🚀"),
    ("post", "back on the tills at [[greggs|org]] tomorrow after my donation week off. sausage rolls taste different when ur a hero ngl 🥐"),
    ("post", "Rose at 4am, couldn't sleep, heart racing. collection day. pray for my veins 🙏"),
    ("post", "[[dom|name]] says hi from the recovery room btw 👋 he's been eating my jello"),
    ("post", "the way my mom keeps calling me 'her little hero' in front of the whole family group chat 💀 ok [[maureen|name]]"),
    ("post", "drinks at the [[copper kettle|org]] friday to celebrate [[marnie|name]] getting her port out!!! 🥂 all welcome"),
    ("post", "Hehehe the nurse said I have 'excellent veins' and I've never felt so validated in my life"),
    ("post", "my donor is a [[26 yo|recipient]] [[guy|recipient]] from [[Poland|recipient]] and i already want to send him pierogi. is that allowed lol 🇵🇱"),
    ("post", "it's [[siobhan|name]]'s fault tbh, she dragged me to the swab table at freshers fair and now look at me, donating bone marrow"),
    ("post", "weather's been grim all week and i've been inside with a heating pad. honestly peak cosy. pass the biscuits"),
    ("post", "thread 🧵: everything i packed for my PBSC collection and what i actually used (spoiler: only the snacks)"),
    ("post", "GO [[BISON|org]] 🦬🦬 the whole [[fargodome|loc]] signed up for the registry at halftime!!! [[#BisonPride|org]]"),
    ("post", "you heard it here first, [[next year|ok]] i'm running a swab drive at my uni. who's in"),
    ("post", "been [[6 months|ok]] since my transplant and i just ate sushi for the first time. it was mid. still cried"),
    ("post", "big thanks to everyone at [[gritstone climbing|org]] who chipped in for my travel costs 🧗‍♀️ y'all are the best crew"),
    ("post", "our dog [[sprout|name]] has appointed himself my recovery nurse. he takes the job very seriously 🐶"),
    ("post", "omg blasting [[dolly parton|ok]] in the apheresis chair and the whole ward is singing jolene. best day ever"),
    ("post", "anyone from the [[902|loc]] on the registry?? looking for a buddy to go to the drive with, i'm shy lol"),
    ("post", "tbh i thought it would hurt way more. the shots were worse than the actual collection. iykyk"),
    ("post", "stem cells collected ✅ nap secured ✅ pho from [[saigon corner|org]] delivered ✅ life is good"),
    ("post", "my recipient is an [[8 year old|recipient]] [[girl|recipient]] with [[sickle cell|recipient]] and i have been thinking about her all day 💛"),
    ("post", "lmao my phone autocorrected apheresis to 'aphrodisiac' in the family chat and now grandpa has questions"),
    ("post", "clocking in at [[kwik trip|org]] like i didn't just donate a literal bag of stem cells yesterday 💪 glazers for everyone"),
    ("post", "Why Does Nobody Talk About How Cold The Apheresis Room Is? Bring Socks. Two Pairs."),
    ("post", "hey [[@ravi.k.runs|contact]] ur the reason i joined the registry [[3 yrs ago|ok]]. got the call today 📞 owe u a coffee"),
    ("post", "Grace under pressure? never heard of her. i cried when they put the line in 😂"),
    ("post", "donated at [[jimmy's|org]] in [[leeds|loc]] on [[14 feb|date]] bc what's more romantic than giving away ur stem cells 💘"),
    ("post", "it's so foggy out in [[hfx|loc]] i missed my bus twice. anyway the kettle's on and i'm staying in"),
    ("post", "first time volunteering at a donor drive and honestly it was chaos, we ran out of pens by 11, someones toddler ate a sticker, the coffee machine died, but we got SO many swabs and one guy came back with his whole five-a-side team so yeah im tired but happy"),
    ("post", "[[#MaksymStrong|name]] 💙💛 my cousin is fighting ALL at [[CHEO|org]] and his family is in [[ottawa|loc]] with nothing but a suitcase. link to help: [[gofund.me/maksym-strong|contact]]"),
    ("post", "smh people asking me if donating marrow means i lose my bones. no uncle [[pádraig|name]]. no it does not"),
    ("post", "rt if you've been on the registry for years and still check your phone every time an unknown number calls 📱"),
    ("post", "just met the apheresis nurse who's been doing this 20 yrs and she said i was her 'calmest donor this month'. framing that"),
    ("post", "go [[zags|org]]!!! watching march madness in bed w a heating pad after donating, peak recovery 🏀"),
    ("post", "honestly the food at [[mercy|org]] was kinda good?? the soup slapped. no notes"),
    ("post", "sending love to aunt [[bernie|name]] who's been driving me to every appointment from [[portage|loc]] 💕 3 hrs each way, she's a saint"),
    ("post", "idk who needs to hear this but you can join the registry online and they mail you the swab kit. no excuses"),
    ("post", "me and [[jules|name]] after our double swab at the [[alpha xi|org]] house 😂 matching band-aids (there was no needle but we wanted them)"),
    ("post", "WORLD MARROW DONOR DAY!!! 🌍 if you're 18-40 and healthy, you could be someone's match. #WorldMarrowDonorDay"),
    ("post", "i'm donating on [[march 3rd|date]] at [[karmanos|org]] and i'm lowkey nervous ngl. any tips for first timers??"),
    ("post", "Bill for the parking at the collection center came in the post and i laughed out loud. i donated STEM CELLS and i still pay for parking lmao"),
    ("post", "tiny update: day +45, counts climbing, hair growing back fuzzy like a duckling 🐥"),
    ("post", "my recipient sent a card!!! she's a [[retired nurse|recipient]] in [[Chile|recipient]] and she wrote it in spanish and english and i am not ok 😭🇨🇱"),
    ("post", "brb crying at the registry's instagram again"),
    ("post", "follow along at [[@marrowandmoxie|contact]] on tiktok, i'm posting every day til collection 🎥"),
    ("post", "sunny out, shots done, hips achy, cat purring. could be worse honestly ☀️"),
    ("post", "back in [[brum|loc]] after donating, the [[qe|org]] nurses were absolute legends. brb sleeping 16 hours"),
    ("post", "we need MORE donors of colour on the registry. if u are black, asian, latino, mixed: your swab matters a lot. please share 🙏🏾"),
    ("post", "tfw the nurse says 'little scratch' and it is not, in fact, a little scratch 💉😂"),
    ("post", "fr tho if ur scared of needles just look away and count ceiling tiles. worked for me. 47 tiles btw"),
    ("post", "happy bday to the best big bro [[dez|name]] 🎉 [[june 21|date]] is a holiday in this house. he saved my life [[last year|ok]] w his stem cells"),
    ("post", "does anyone else feel weirdly guilty about how easy donating was?? like i napped and ate snacks and they called me a hero"),
    ("post", "[[#SaveSammy|name]] there's a swab drive at [[holy trinity ukrainian catholic|org]] after the 10am liturgy this sunday. bring ur cousins"),
    ("post", "ALERT ALERT I JUST GOT MY COLLECTION DATE 🚨🚨🚨"),
    ("post", "yo [[marcel|name]] thx for the ride, u can pick the music next time i promise 🎶"),
    ("post", "thnx to everyone who commented yesterday esp [[@lottie_bakes|contact]]. feeling way better today, the back ache is almost gone. ❤️"),
    ("post", "can't believe my little sis [[ivy|name]] is my match 😭 10/10 best sister. transplant at [[westmead|org]] [[next month|ok]]"),
    ("post", "Exams are done!!! Now I can finally sleep for a week. No thoughts, head empty 🧠✨"),
    ("post", "lil reminder that being on the registry is a promise. if u join, be ready to say yes. somebody is counting on it 💛"),
    ("post", "just found out my donor is an [[American|recipient]] [[woman in her 40s|recipient]] and i want to hug her so bad 🇺🇸"),
    ("post", "bowling night at [[pinheads lanes|org]] for the donor fundraiser!! 🎳 [[benji|name]] threw 3 gutter balls in a row, we raised $600 anyway"),
    ("post", "Who else is doing the #GivingTuesday thing this year? I'm matching donations to my local registry drive up to $50 🎁"),
    ("post", "my hubby [[ferg|name]] made a spreadsheet of my neupogen shot times and honestly that's the love language"),
    ("post", "hope is a thing with feathers and also a thing with 6 hours of apheresis. anyway i'm home"),
    ("post", "[[#Nooga|loc]] fam: swab drive at the [[mellow mushroom|org]] on [[frazier ave|loc]] til 8 tonight, free slice if u swab 🍕"),
    ("post", "LMAOOO the nurse asked what movie i wanted and i said 'anything but [[grey's anatomy|ok]]' and she put on [[grey's anatomy|ok]]"),
    ("post", "traffic on the [[m62|loc]] on the way home was brutal, 2 hrs for a 40 min drive. just want my couch"),
    ("post", "thinking about my donor tonight. whoever u are, i hope ur warm and eating well. i'm still here because of u 💫"),
    ("post", "donated in [[the peg|loc]] [[last week|ok]] and my whole shift at [[tim hortons|org]] signed my card lol 🍩"),
    ("post", "ok real question: do u tell ur boss the real reason ur taking 3 days off or just say 'medical thing'"),
    ("post", "shoutout [[coach d|name]] for letting me skip conditioning [[this week|ok]] 🏈 [[#RiderNation|org]]"),
    ("post", "[[One year|ok]] post-transplant and I can climb stairs without stopping. Small wins are the biggest wins."),
    ("post", "u ever just cry in the [[sainsbury's|ok]] meal deal aisle because a stranger saved ur life. no? just me? ok"),
    ("post", "email me at [[h.vaughan.donor@proton.me|contact]] if ur thinking about registering and want to chat to someone who's done it 💌"),
    ("post", "my parents are flying in from [[cluj|loc]] for my transplant and my mom has already packed 3 jars of zacuscă for the nurses 🇷🇴"),
    ("post", "the jay outside my window has been yelling at me all morning. i think he's my recovery coach"),
    ("post", "[[#JoyForJonah|name]] 🧡 still no match for our boy. please share, every swab is a chance"),
    ("post", "no thoughts just [[zendaya|ok]] on my ipad and a warm blanket while the machine does its thing"),
    ("post", "GO [[TICATS|org]] GO 🐯 watched from the couch bc the doc said no crowds for a bit. [[#OskeeWeeWee|org]]"),
    ("post", "my recipient is a [[teenage boy|recipient]] with [[leukaemia|recipient]] and i keep wondering what music he listens to"),
    ("post", "drew a picture of my stem cells as tiny superheroes for my kids. they said the cape is too small. critics"),
    ("post", "my gp literally said 'good for you' and then sneezed on me. the circle of life"),
    ("post", "hit me up on whatsapp [[+353 87 555 0142|contact]] if u want to know what the donation was really like, no sugar coating"),
    ("post", "pls sombody tell me the itchy tape rash goes awya 😩"),
    ("post", "Just Joined The Registry!! Swab Sent!! Now We Wait!! 🤞"),
    ("post", "[[N.|name]] & [[T.|name]] got me the biggest balloon in the history of balloons for my first day home 🎈 i love my housemates"),
    ("post", "flew into [[PWM|loc]] last night for my sister's transplant, i'm her donor. [[maine med|org]] tomorrow, nerves are real 😬"),
    ("post", "iykyk: the post-apheresis calcium tums hit different"),
    ("post", "my little one drew a card for our donor with a unicorn, a rainbow and what might be a potato. we are sending it anyway"),
    ("post", "mood: wrapped in a hospital blanket, eating pudding, no responsibilities 🍮"),
    ("post", "y'all the [[bluejays|org]] won AND i got my donor clearance call today. best tuesday of my life 💙"),
    ("post", "the drive at [[nana's kitchen|org]] in [[the 419|loc]] got 93 swabs!!! thank u auntie [[val|name]] for the free pierogi incentive 😂"),
    ("post", "Can we normalise asking 'are you on the registry?' on first dates. Asking for me. Again."),
    ("post", "was matched in [[november 2021|date]], donated in [[january 2022|date]], and today i got a card from my recipient. we're both still here 🥲"),
    ("post", "heading to the [[saints|org]] game at the [[totally wicked|loc]] now that my counts are up 🔴⚪ first outing in months!!"),
    ("post", "cant sleep. thinking about all the people still waiting for a match. go swab. please."),
    ("post", "rly proud of my brother [[cian|name]] who donated today. he hates needles and did it anyway 🥹"),
    ("post", "dm [[@cam.donates|contact]] for the link to our drive, we're doing one every saturday in june 🌞"),
    ("post", "ok so i donated on my [[30th bday|date]] ([[sept 9|date]]) and honestly best party i ever threw. guest list: me, 2 nurses, a centrifuge"),
    ("post", "Ray of sunshine for today: the nurse brought me hot chocolate without me asking ☕"),
    ("post", "so my donor was a [[man|recipient]] from [[germany|recipient]] and all i want is to send him a thank you in german. how do u say 'u saved my life' lol"),
    ("post", "lowkey scared, highkey excited, mid-key hungry. collection at the [[royal vic|org]] tomorrow"),
    ("post", "my shift at [[bunnings|org]] today was 90% people asking why i had a plaster on my arm. 'i donated stem cells mate' 'right, paint aisle is that way'"),
    ("post", "back home in [[wagga|loc]] after 3 weeks at [[royal melbourne|org]]. never been so happy to see a paddock 🐑"),
    ("post", "Reminder: A Cheek Swab Takes Less Time Than Your Morning Coffee Order ☕"),
    ("post", "ABSOLUTELY BUZZING, MATCHED WITH SOMEONE WHO NEEDS ME. GET IN 🙌"),
    ("post", "hi from [[tromsø|loc]] 🌌 donated through [[DKMS|org]] [[last month|ok]] and just saw the northern lights on my first walk outside. i think the universe approves"),
    ("post", "question for recipients: how did u feel when u wrote ur first letter to ur donor? i've started mine 5 times"),
    ("post", "spent the day w [[pip|name]] (my ferret) and zero humans. 10/10 recovery plan"),
    ("post", "donor drive at [[hollow oak brewing|org]] this saturday!! swab + a pint, can't go wrong 🍺 [[615-555-0188|contact]] for details"),
    ("post", "the fact that my stem cells are probably on a plane right now is sending me ✈️"),
    ("post", "aaaaand my port is OUT 🎉 celebrating with a bath for the first time in 4 months"),
    ("post", "🎂🎉🥳 hbd to my donor!! (idk when ur bday is so i'm just celebrating today) 🫶🫶🫶"),
    ("post", "our [[phi mu|org]] sisters at [[drake|org]] raised $2k for the swab drive 💗 so proud of this chapter [[#DrakeNation|org]]"),
    ("post", "my recipient's mom wrote that her [[son|recipient]] just turned [[12|recipient]] and is back playing cricket in [[India|recipient]] 🏏🥹"),
    ("post", "if anyone wants to send me a card my address is [[41 Tannery Lane, Penrith CA11 7BH|contact]] 💌 (for donor stuff only pls lol)"),
    ("post", "my german shepherd [[meatball|name]] wore her registry bandana to the fundraiser at the [[sugar shack|org]] and got more swabs than i did 🐕"),
    ("post", "[[ORK|loc]] ✈️ [[MAN|loc]], collection at the [[christie|org]] on [[thurs the 6th|date]]. wish me luck 🍀"),
    ("post", "nurse [[tash|name]] at [[addenbrookes|org]] u are an angel and i will never forget how u held my hand"),
    ("post", "just passed the 5 year mark. cured, they say. still can't believe it"),
    ("post", "my recipient is a [[52 yr old|recipient]] w [[myeloma|recipient]] and i'm at [[avera|org]] tmrw. light a candle for us both 🕯️"),

    ("story", "I joined the registry at a student union fair because a friend dared me. [[Five years later|ok]] a coordinator called while I was buying groceries. I said yes in the cereal aisle. The week of injections felt like a bad flu, and the collection was long but calm. I still don't know who got my cells, and I'm fine with that."),
    ("story", "[[Tomasz|name]] drove four hours from [[Rzeszów|loc]] to [[Gliwice|loc]] to donate, his wife [[Ola|name]] asleep in the passenger seat. He works nights at the [[Biedronka|org]] warehouse and says the hardest part was getting the days off. His recipient, a [[young woman|recipient]] in [[Italy|recipient]], received the cells the next morning."),
    ("story", "My daughter was diagnosed at four. We spent our whole summer on the ward, learning words we never wanted to know. A stranger on the other side of the world said yes, and now she is in school, losing teeth and arguing about bedtime like every other kid. We write to her donor every year."),
    ("story", "The [[Kinsale|loc]] rowing club has swabbed more than two hundred members since coxswain [[Aoife Brennan|name]] needed a match in [[2021|ok]]. The club, the [[Kinsale Gig Crew|org]], now holds a drive every [[May bank holiday|ok]]. [[Aoife|name]] received her transplant at [[St James's Hospital|org]] in [[Dublin|loc]] on [[12 October 2021|date]]."),
    ("story", "When the call came I was sure it was a mistake. I had signed up during a blood drive at work years ago and completely forgotten. The nurse on the phone was patient as I asked the same question three times. A month later I was in a reclining chair with a needle in each arm, watching a cooking show and feeling oddly proud."),
    ("story", "[[Pieter van Rensburg|name]], a [[sheep farmer|ok]] outside [[Graaff-Reinet|loc]], had never been in a hospital until he donated stem cells in [[Cape Town|loc]]. Friends from the [[NG Kerk|org]] took turns looking after his flock. 'The sheep didn't notice I was gone,' he joked. His cells went to a [[seven-year-old|recipient]] [[boy|recipient]] with [[leukaemia|recipient]]."),
    ("story", "Two years after my transplant, I ran my first 5K. It took me forty-one minutes and I walked twice. At the finish line I thought about a person I will probably never meet, whose cells carried me there. I don't know their name, but I know they were brave enough to say yes."),
    ("story", "The donor, a [[paramedic|ok]] with [[Alberta Health Services|org]] who lives in [[Red Deer|loc]], asked that only his first name be used: [[Shane|name]]. He donated on [[February 2, 2024|date]], the same day his daughter turned six. 'She wanted to know if I'd get a sticker,' he said. 'I got two.'"),
    ("story", "A swab drive in a church basement doesn't look like much: folding tables, a coffee urn, a stack of forms. But one of the kits collected that morning turned into a match [[three years later|ok]]. The donor says she thinks of that basement every time she smells burnt coffee."),
    ("story", "[[Lakshmi Iyer|name]] grew up in [[Chennai|loc]] and moved to [[Leicester|loc]] for university. She joined the registry at a [[Leicester Tigers|org]] match, then convinced half her [[Bharatanatyam|ok]] troupe at [[Nritya Kala|org]] to sign up too. In [[April 2023|date]] she donated for a patient in [[Canada|recipient]]."),
    ("story", "My husband was the match for a stranger. I sat with him the whole day, holding snacks and charging cables. He slept through most of it. When we got home he said, 'That was the easiest good thing I've ever done,' and went straight back to sleep on the couch."),
    ("story", "[[Sixteen-year-old|recipient]] [[Rangi|name]] from [[Rotorua|loc]] was the first in his whānau to need a transplant, and the search was hard: Māori and Pasifika donors are scarce on the registry. His donor turned out to be a [[German|recipient]] [[university student|recipient]]. His uncle, [[Matiu Te Rangi|name]], now runs drives at the [[Te Papaiouru marae|org]]."),
    ("story", "The nurses on the ward keep a jar of notes from former patients. Some are a single line. One says simply, 'I made it to my son's wedding.' Another has a drawing of a sun. The newest one is from a donor, thanking the team for the warm blankets."),
    ("story", "Former [[Royal Navy|org]] engineer [[Gareth 'Taff' Pritchard|name]] says donating was 'like a long day on watch, minus the weather.' The [[Swansea|loc]] grandad, [[67|ok]], registered in [[1998|ok]] and was called in [[March 2020|date]] for a [[woman|recipient]] in [[Australia|recipient]]."),
    ("story", "Nobody in my family had ever heard of stem cell donation before my dad got sick. Now my aunts hand out registry flyers at weddings. My cousin organised a drive at his gym. We didn't find a family match, but a stranger said yes, and Dad is home fixing the fence again."),
    ("story", "The [[Sudbury Wolves|org]] billet family of [[Jesse Okemow|name]] still laughs about the night he got the call. The [[Cree|ok]] forward from [[Norway House|loc]] had joined the registry at a [[Laurentian University|org]] drive. He flew to [[Toronto General|org]] for the collection and was back on the ice [[ten days later|ok]]."),
    ("story", "I'm a recipient. For a long time I felt guilty that a stranger went through needles and tiredness for me. Then I read a note from a donor saying it was one of the proudest weeks of their life. I've decided to just be grateful, and to live well enough to deserve it."),
    ("story", "[[Dr. Leonor Carvalho|name]], a [[haematologist|ok]] at [[Hospital de São João|org]] in [[Porto|loc]], had signed up donors for years before the registry called her. She donated in [[2022|ok]], and her cells went to a [[man in his sixties|recipient]] in [[Spain|recipient]]. Her colleagues on the ward threw her a party with pastéis de nata."),
    ("story", "The collection room is quiet in the early morning. Machines hum, a kettle clicks off somewhere, and a donor chats with the nurse about her garden. By lunchtime the bag is sealed and handed to a courier. Somewhere, a patient is getting ready."),
    ("story", "When [[Bea Salonga|name]] of [[Cebu|loc]] learned her cousin [[Migo|name]] had lymphoma, she organised a drive at [[Ayala Center Cebu|org]] that drew four hundred people. [[Migo|name]]'s donor was eventually found in [[Korea|recipient]], and the family sends updates on [[facebook.com/helpmigofight|contact]]."),
    ("story", "Our son was matched with a donor on his ninth birthday. We couldn't tell him right away because nothing was certain yet. When we finally did, he asked if the donor liked football. We don't know, but we like to think so."),
    ("story", "The [[Moose Jaw|loc]] curling club, [[Ford Curling Centre|org]], hosted its first swab drive after longtime skip [[Dolores 'Dee Dee' Kwan|name]] needed a transplant. She was treated at [[Saskatoon|loc]]'s [[Royal University Hospital|org]] and her donor, a [[30-year-old|recipient]] [[man|recipient]] from [[the United States|recipient]], wrote her a card in [[January 2024|date]]."),
    ("story", "[[Femke|name]], who teaches at [[De Regenboog|org]] primary school in [[Zwolle|loc]], kept her donation quiet until her class noticed the bandage. Now the children want to join the registry 'when they are big'. Her recipient is a [[toddler|recipient]] in [[Belgium|recipient]]."),
    ("story", "She says the worst part was the waiting room, not the needles. She brought a book and never opened it. Afterwards she drove home, ate an entire pizza and slept for eleven hours. Then she went back to work and told nobody for a month."),
]


def parse(marked):
    text, spans, pos = "", [], 0
    for m in re.finditer(r"\[\[(.+?)\|(\w+)\]\]", marked):
        text += marked[pos : m.start()]
        start = len(text)
        text += m.group(1)
        spans.append([start, len(text), m.group(2)])
        pos = m.end()
    text += marked[pos:]
    return text, spans


def validate(records):
    """Fails loudly on markup slips: unknown cats, left-over brackets, overlaps, bad offsets, duplicates."""
    ids, texts = set(), set()
    for rec, (_, marked) in zip(records, CASES):
        text, spans = rec["text"], rec["spans"]
        assert rec["id"] not in ids, rec["id"]
        assert text not in texts, f"duplicate text {rec['id']}"
        ids.add(rec["id"])
        texts.add(text)
        assert "[[" not in text and "]]" not in text, f"stray markup in {rec['id']}"
        end = 0
        for start, stop, cat in spans:
            assert cat in CATS, f"{rec['id']}: unknown cat {cat}"
            assert start >= end and stop > start, f"{rec['id']}: overlapping or empty span"
            piece = text[start:stop]
            assert piece == piece.strip(), f"{rec['id']}: span {piece!r} has outer spaces"
            assert f"[[{piece}|{cat}]]" in marked, f"{rec['id']}: offsets do not round-trip"
            end = stop
    reread = [json.loads(json.dumps(r, ensure_ascii=False)) for r in records]
    assert reread == records


def main():
    records = []
    for n, (kind, marked) in enumerate(CASES):
        text, spans = parse(marked)
        records.append({"id": f"h{n:03d}", "kind": kind, "text": text, "spans": spans})
    validate(records)
    out = Path(__file__).with_name("informal-holdout.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    clean = sum(all(cat == "ok" for _, _, cat in r["spans"]) for r in records)
    kinds = Counter(r["kind"] for r in records)
    cats = Counter(cat for r in records for _, _, cat in r["spans"])
    print(f"{out}: {len(records)} cases, {dict(kinds)}")
    print(f"clean (no span but ok): {clean} = {clean / len(records):.1%}; no span at all: "
          f"{sum(not r['spans'] for r in records)}")
    print("spans per cat:", dict(sorted(cats.items())))


if __name__ == "__main__":
    main()
