"""Fresh held-out post set 74: people aged 18 to 40 in the UK, Ireland, Australia, New Zealand and South Africa
posting tweets and Threads/Instagram replies. Most posts are not about donation at all (football, rugby and GAA,
pubs, work, exams, telly, weather, family, pets); some come from stem-cell and marrow donors or their mates.
Styles: lowercase banter, local slang (innit, grand, reckon, arvo, howzit, lekker, bru, chur, sweet as), sarcasm,
ALL CAPS shouting, Title Case fake headlines, emoji, chat abbreviations, mates' nicknames, pubs and clubs by name,
suburbs and towns by nickname, local hospitals by short form, a few longer 3-6 sentence posts.
130 clean posts (slang, holidays, weekdays, bare months, relationship words, names-as-ordinary-words, brands and
telly, celebrities marked `ok`, campaign hashtags, registry hashtags marked `ok`) and 110 risky posts with 1 to 3
labelled spans each (names, orgs, locations, dates, contacts, recipient details).
Labelled by /work/shared/eval/LABELLING.md. All records are kind `post` (checked under nmdp-social).
Run: /work/main/.venv/bin/python tests/data/make_fresh_posts_74.py  -> tests/data/fresh-posts-74.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from markup import build, write_jsonl  # noqa: E402

CLEAN = [
    # weather, moods, everyday banter
    "ngl this weather is doing my head in, four seasons before lunch again 🙃",
    "WHO SCHEDULES AN EXAM FOR 9AM ON A MONDAY",
    "reckon i'll just stay in tonight, pizza and the footy, sorted",
    "howzit everyone, loadshedding at 6 again so if i go quiet thats why 🕯️",
    "that arvo nap hit different fr",
    "tbh the pub quiz was rigged, no way the geography round was that hard",
    "lmao the group chat has gone feral since the derby",
    "idk who needs to hear this but drink some water and text your mum back",
    "sunny spells my arse, it's been tipping down since 6",
    "Amber warning for wind tomorrow, bins will be in the neighbour's garden again",
    "it's 34 degrees and i'm at work in a polo shirt, send help",
    "frost on the car AGAIN. scraping windscreens at 7am is not the vibe",
    "ah sure look, it'll be grand",
    "yeah nah yeah, reckon we'll give it a crack",
    "just now just now, i'll do it just now 🙄",
    "sweet as bro, see you at the game",
    "chur for the kai, that was mean 🤤",
    "the stoep, a cold one, and no loadshedding for once 🙏",
    "lekker braai this arvo, the weather actually behaved for once",
    "HOW IS IT ONLY WEDNESDAY",
    "bru the queue at the bank was two hours, i aged",
    "raining sideways and the bus didn't stop. love it here 🙂",
    # names-as-ordinary-words
    "grace period on my library books ended in March and they've only just emailed me, cheers",
    "Will it stop raining before Friday? No. Will I still go out? Absolutely",
    "Rose wine on a Tuesday is self care innit 🍷",
    "Finally hit my mark on the 5k, sub 25 at last 🏃‍♀️",
    "the electricity bill this month is actually criminal smh",
    "may as well give up on the garden, the slugs have won",
    "summer's finally here and i've already got sunburn on one arm, classic",
    "Keeping faith that the lads don't bottle it again this weekend 🙏",
    "honestly, hope is a dangerous thing for a fan to have",
    "rusty at golf after six months off, lost four balls on the first hole",
    "bill finally paid, crisis averted, we go again",
    "jack up the heating, i don't care what it costs",
    "drew a blank on every question in the quiz, i'm a disgrace",
    "frank conversation with myself in the mirror re: my takeaway habit",
    "pat on the back for whoever invented the air fryer",
    "holly and ivy on the mantelpiece, mam's gone full festive already",
    "dawn runs are a lie sold to us by people who sleep at 9pm",
    "bonnie wee day for it, shame i'm stuck indoors",
    # family and relationship words
    "my sister just rang to tell me she's been made manager, so proud of her 🥹",
    "Mum's Sunday roast > any restaurant, don't @ me",
    "nan's just discovered voice notes and i'm getting 4 minute ones about the weather",
    "Grandad said the kettle is 'acting up'. The kettle is fine. He's unplugged it.",
    "my brother borrowed my charger in March and i've not seen it since",
    "omg my nephew said his first word and it was 'no' 😂",
    "my mum has discovered emojis and uses the aubergine unironically, someone tell her",
    "cousin's wedding next month and i still haven't got a suit",
    "my doctor said cut back on the energy drinks so i switched to iced coffee, is that a yes",
    "coach had us doing sprints in the pissing rain, legs are gone",
    # slang cues without names
    "shoutout to whoever left a full packet of biscuits in the staff room, you're a hero",
    "ty to the lads for the lift home, owe yous a pint",
    "my boy really ate three kebabs and asked what's for dessert",
    "big up the bus driver who waited for me this morning, legend",
    # work, exams, uni
    "exam results out thursday and i'm already sick with nerves",
    "Leaving Cert maths paper 2 was a war crime",
    "matric dance photos are coming through and everyone looks so grown up 😭",
    "A-levels done. Never studying again (i'm going to uni in september, i will be studying again)",
    "NCEA level 2 done and dusted, summer starts NOW",
    "Exams start Monday and I have learned nothing since Christmas",
    "my landlord just raised the rent AGAIN, love that for me",
    "boss said 'quick call' and it lasted 90 minutes, the audacity",
    "WFH day = hoodie, slippers, three coffees before 10",
    "@ work and someone microwaved fish. war has been declared",
    "passed my driving test on the third go!!! L plates in the bin",
    "Five-a-side tonight, bring your shin pads and your excuses",
    "Anyone know a decent mechanic? car's making a noise like a dying seagull",
    # headlines and shouting
    "Local Man Once Again Forgets Where He Parked, More At Eleven",
    "Breaking: Woman Decides To Go For 'Just One' And Gets Home At 3am",
    "BREAKING NEWS: kettle boiled, tea made, day saved",
    "Area Student Discovers Library Has Chairs, Refuses To Elaborate",
    "I AM BEGGING THE REF TO BUY GLASSES",
    # holidays, weekdays, bare months
    "#GivingTuesday and my bank account are not friends this year",
    "Boxing Day sales are a scam and i fall for it every single year",
    "Christmas jumper day at work and i'm the only one who forgot 💀",
    "Bonfire Night and the dog is under the bed shaking, poor lad",
    "Anzac Day dawn service this morning, always gets me",
    "Paddy's Day hangover level: critical",
    "Easter Monday and still eating chocolate for breakfast, no regrets",
    "Summer holidays and the kids are already bored, day one",
    # brands, telly, food
    "Bake Off final tonight, nobody talk to me",
    "watched three episodes of Bluey with my nephew and now i'm emotionally compromised",
    "Love Island drama is the only thing getting me through this week",
    "Spotify Wrapped called me out, 900 minutes of the same sad song",
    "anyone else's Netflix password suddenly not working lmao 👀",
    "Vegemite on toast with way too much butter, as god intended",
    "Tim Tam slam at 11pm because i am an adult and nobody can stop me",
    "marmite is a personality test and i am passing",
    "the year 9 changing room smelled of Lynx Africa and regret",
    "Jaffa Cakes are cakes. This is not up for debate.",
    "Yorkshire puddings with every roast, even chicken, i don't make the rules",
    # celebrities (ok)
    "[[Ed Sheeran|ok]] on the wedding playlist AGAIN, every wedding this year 😭",
    "[[Gordon Ramsay|ok]] would have a stroke if he saw what i just made for tea",
    "[[Siya Kolisi|ok]] lifting that trophy still gives me chills, what a captain",
    "[[Sam Kerr|ok]] goal replays on loop in this house",
    "[[Graham Norton|ok]]'s couch would be my dream dinner party ngl",
    "[[Trevor Noah|ok]]'s new special had me crying laughing",
    "[[Lorde|ok]] dropping new music and me pretending i'm 17 again",
    "[[Adele|ok]] tickets sold out in 4 minutes, i'm not crying you are",
    "[[Dua Lipa|ok]] on the gym playlist = PB guaranteed",
    "watched a [[David Attenborough|ok]] doco and now i care deeply about a beetle",
    "[[Paul Mescal|ok]] in anything tbh",
    # donation posts without identifying details
    "Swabbed my cheek today, took about two minutes. No excuse lads #BeADonor",
    "Reminder: joining the stem cell register is a cheek swab. That's it. #StemCellDonor",
    "Gave blood today, the biscuits were the real reward 🍪 #GiveBlood",
    "my donor coordinator is a legend, answered every daft question i had",
    "Got the call. I'm a potential match for someone. Shaking a bit tbh 🫣",
    "Day 3 of the injections and my back feels like i've been tackled by a prop",
    "Donation done ✅ knackered but buzzing. Whoever you are, go well x",
    "Can't say much about the recipient, rules are rules, but I'm thinking of them every day",
    "World Blood Donor Day today, go on, book a slot 🩸",
    "big thanks to everyone who swabbed at the drive, 60-odd new people on the register 🙌 [[#BeTheMatch|ok]]",
    "swabbing is free, takes five minutes and might save a life. easiest decision ever [[#DKMS|ok]]",
    "Marrow donation isn't as scary as people think. General anaesthetic, sore hip for a week, that's about it. Ask me anything.",
    "my recipient's transplant went ahead today. that's all i know and honestly that's plenty 💛",
    "Did a stem cell collection yesterday (the arm one, not the hip one). Watched four films on the machine. 10/10 would donate again.",
    "If you've got a spare ten minutes this week, look up how to join the stem cell register. Could be you that gets the call.",
    # longer posts
    "A year ago I wouldn't have known what a stem cell donor was. Then a mate at work got me to swab at a drive in "
    "the canteen. Forgot all about it until the email came. Now I've donated and I'd do it again tomorrow. "
    "Sign up, it costs you nothing.",
    "Right, bit of a serious one. Last year I got told I was a match for a stranger who needed stem cells. I said "
    "yes before they'd finished the sentence. The jabs were rough, the day itself was boring, and the nurses were "
    "unreal. Someone somewhere has a chance now. Sign up. #BeADonor",
    "Can we talk about how rubbish the trains have been this week. Monday cancelled. Tuesday delayed. Wednesday I "
    "got on and it went the wrong way, I swear. Thursday I drove. Friday I'm staying in bed.",
    "Uni update for the group: dissertation is 80% done. The remaining 20% is the bit where I have to actually say "
    "something. Library closes at 10 so I'm camped in the kitchen. Send snacks.",
    "Pub quiz debrief. We came second. Lost it on the music round because someone (me) thought a song was by a "
    "different band. Bar tab is on me next week to make up for it.",
    "Dog update: he ate a sock. Vet says he'll be fine. Wallet says otherwise. He is currently asleep like nothing "
    "happened.",
    "ok hot take. brunch is overrated. you pay twenty quid for eggs and a queue. make eggs at home, put music on, "
    "boom, brunch. i'll take my answer off the air",
    "Grand Final weekend and the whole house is split down the middle. Dad's lot versus mum's lot. Nobody is "
    "speaking at dinner. Perfect family bonding.",
    "Proper shift tonight. Twelve hours on the ward, two cups of cold tea, one very grateful patient who made it "
    "all worth it. Off to bed. Don't ring me.",
    "New year, same me. Gym membership already paid for and I've been once. Going tomorrow. Probably. Definitely "
    "by Friday.",
    "Hen do this weekend. Pray for me. And for the bar staff. Mostly the bar staff. We have matching sashes and "
    "no shame.",
    "Stag do survivors club, we don't talk about the karaoke. We don't talk about the kebab either. Or the "
    "taxi. Actually we just don't talk.",
    "Blood cancer doesn't care how old you are or where you live. Swabbing does take two minutes though. That's "
    "the whole post. #WorldBloodCancerDay",
]

RISKY = [
    # ---- names ----
    "shoutout to [[kez|name]] for carrying me through that exam, owe you big time",
    "my boy [[tunde|name]] scored a screamer on sunday and hasn't shut up about it",
    "ty [[Aoife|name]] for the lift, absolute lifesaver 🙏",
    "[[Robbo|name]] and [[Davo|name]] arguing about cricket again, someone stop them",
    "happy birthday to the one and only [[Shazza|name]] 🎉 don't do anything i wouldn't",
    "[[Sipho|name]] bru you still owe me for the braai meat",
    "[[#TeamTane|name]] all the way, go on bro you got this 💪",
    "so proud of my cousin [[Caoimhe|name]] for signing up to be a stem cell donor 💚",
    "[[Biscuit|name]] has eaten a whole tea towel and is now pretending to be innocent 🐶",
    "the cat ([[Mango|name]], obviously) has claimed my laptop as a bed",
    "Dr [[Naidoo|name]] explained the whole collection thing so well, calmed me right down",
    "nurse [[Fionnuala|name]] on the day unit deserves a medal, sang to me during the needle",
    "cheers lads for the send off, see you on the other side x [[Gaz|name]]",
    "donated this morning, thank you for all the kind messages everyone. love, [[Nomsa|name]] xx",
    "[[will|name]] is coming round for tea so apparently i have to hoover",
    "[[Hope|name]] started big school today and didn't even look back at me 😭",
    "me and [[grace|name]] did the charity 10k, she beat me by a mile obvs",
    "[[Rusty|name]] the staffy turned 9 and got a sausage cake 🎂",
    "[[JT|name]] you absolute weapon, that try was class",
    "big love to [[Priya|name]] and [[Jas|name]] who came with me to every appointment",
    "[[Lerato|name]] and i have been besties since grade 2 and she just got engaged 💍",
    "[[Oisín|name]] made the county panel!!! the whole house screaming",
    "[[sully|name]] what is this haircut mate",
    "anyone seen [[Pickle|name]]? small brown terrier, legged it from the park an hour ago",
    "[[#RunForRuairi|name]] 5k this sunday, every penny goes to the ward 💙",
    "shoutout [[big mo|name]] for the free trim, legend",
    "ngl [[rhys|name]] crying at the end of the film was the best part of the night",
    "just found out my little brother [[Cillian|name]] is my match, buzzing 🧬",
    "[[Mark|name]] from accounts has microwaved fish again",
    "[[faith|name]] is on her way with the cake, hide the candles",
    "[[Zanele|name]] said she'd be 5 minutes. it has been 45 minutes",
    "rip [[Bonnie|name]], best girl, 14 years of walks and stolen socks 🐾",
    "[[linh|name]] made me a playlist for donation day and it slaps",
    "[[Tama|name]] + [[Mele|name]] = cutest couple in the office, don't tell them i said that",
    "thanks for everything, see you at the reunion - [[Bethan|name]] 💕",
    "[[#KeepGoingKaz|name]] 💜 she's got her next round on monday",
    "[[CJ|name]] if you're reading this, you were right and i hate it",
    "[[chidi|name]] stop sending me voice notes at 2am i have work",
    "innit [[deano|name]], told you the kebab van was shut on mondays",
    "miss you already [[Ro|name]] x see you at christmas",
    # names mixed with other categories
    "[[Thabo|name]] and the okes at [[Kings Park|loc]] for the derby, vibes unmatched",
    "massive thanks to [[Siobhán|name]] and the whole team at [[Beaumont|org]], you're stars ⭐",
    "[[Fitzy|name]] you legend, first pint's on me at [[Doyle's|org]] tonight",
    "my mate [[Tariq|name]] just got his letter from [[Anthony Nolan|org]], he's a potential match!!",
    "[[Kai|name]] and [[Manaia|name]] back from [[the Naki|loc]] with a chilly bin full of fish",
    # longer name posts
    "My best mate [[Niamh|name]] donated stem cells last month to a total stranger. She didn't make a fuss, just "
    "took the jabs, went in, came home and ate a massive curry. I'm so proud of her I could burst. If she can do "
    "it while scared of needles, you can swab.",
    "Quick one. [[Gethin|name]] has been with me at every single appointment, held my coat, brought me a Greggs, "
    "never once complained. If you've got a mate like that, tell them. I don't say it enough. Love you butt.",
    "Story time. [[Mere|name]] and I went to swab at the uni drive thinking it'd take an hour. Ten minutes. We "
    "spent the rest of the afternoon at the beach. Six months later she got the call and now she's a donor. "
    "Legend behaviour.",
    "Update for everyone asking about [[Pip|name]]: the vet says it's just a sprain. She's on crate rest for two "
    "weeks, which she hates. Thanks for all the messages, she's been spoiled rotten with chicken.",
    # ---- orgs ----
    "back at the [[Mater|org]] for bloods again, the car park is a nightmare",
    "collection day at the [[Christie|org]] done and dusted, staff were unreal",
    "spent the day at [[Addies|org]] with the jab nurses, all good 👍",
    "Long day. Bloods at the [[RVI|org]] at 8, then the scan, then three hours in the waiting room with a dead "
    "phone. Nurses were class though. Home now with a chippy tea.",
    "shoutout to the team at [[Groote Schuur|org]], looked after me like family",
    "[[Peter Mac|org]] parking should be illegal, $40 for the day",
    "first shift at [[Woolies|org]] done, my feet are gone",
    "doing nights at [[Tesco|org]] and the 3am crowd is something else",
    "got the job at [[Deloitte|org]]!!!! suits era begins",
    "pints at [[Mulligan's|org]] after work, who's in",
    "quiz night down the [[Fox & Hound|org]], bring your brains",
    "[[Pavilion Rovers|org]] 3-1 up at half time, GET IN!!!",
    "proper banter at the [[Kilcarrig GAA|org]] presentation night, sore head today",
    "[[Shels|org]] away day, who's driving",
    "[[Bokke|org]] on the big screen, braai going, life is lekker",
    "[[St Brigid's|org]] reunion next month, 10 years since we left, i feel ancient",
    "graduated from [[Wits|org]] today!!! 🎓 mom cried, i cried, the dog cried",
    "[[Ōtāhuhu College|org]] old girls, who's keen for a catch up?",
    "joined [[Iron Yard|org]] today, see you never",
    "signed up with [[DKMS|org]] at the freshers fair, never thought i'd hear back",
    "cafe shift at [[Bean There|org]] then straight to lectures, pray for me",
    "Sunday service at [[Grace Fellowship|org]] then a roast, the perfect day",
    "[[Starship|org]] nurses are angels, that's it that's the tweet",
    "ran into my old coach at [[Bara|org]] while waiting for my bloods",
    "[[Sharks|org]] lost again, i'm going to bed",
    "Mum cried when I told her I'd passed selection for the [[Royal Navy|org]]",
    "Eight years at [[Fonterra|org]] and today's my last day. Gonna miss the smoko chats more than the work. "
    "Onwards and upwards, cheers everyone for the send off.",
    # ---- locations ----
    "back in [[Durbs|loc]] for the weekend, humidity already winning",
    "[[Brisvegas|loc]] in summer is a different beast 🥵",
    "moved to [[the Gong|loc]] for the surf, stayed for the rent prices",
    "[[Welly|loc]] wind took my umbrella to another postcode",
    "big night out in [[Brum|loc]], feet in bits",
    "home to [[Stoneybatter|loc]] for christmas, mam's already got the tin of roses out",
    "[[Jozi|loc]] traffic at 5pm should be studied by scientists",
    "finally got a flat in [[Leith|loc]], if you need me i'm broke",
    "[[Freo|loc]] markets then a swim, perfect arvo",
    "[[Maritzburg|loc]] kids know, it's always either boiling or raining",
    "Donor drive in [[Tallaght|loc]] this Saturday, 10 till 4. Takes five minutes, cheek swab, no needles. Bring a "
    "mate and bring your ID. Tea and buns on us 💚",
    "[[Donny|loc]] to [[Manny|loc]] on the train with a hangover, character building",
    "[[Rotovegas|loc]] smells like eggs and i love it",
    "[[Chch|loc]] gets four seasons in a day and the locals act like it's normal",
    "Left [[Gqeberha|loc]] for [[London|loc]] three years ago and I still miss the wind, weirdly. The rain here "
    "just isn't the same. Going home for a month in summer and I can't wait.",
    # ---- dates / contacts / recipient ----
    "[[3 years ago today|date]] i donated and i still think about it every week",
    "my birthday's on the [[14th of August|date]] btw, hint hint",
    "collection booked for [[22 May 2024|date]], stomach doing flips",
    "matched in [[March 2023|date]], donated in [[June 2023|date]], best thing i've ever done",
    "text me if you want the spare ticket, [[07700 900461|contact]]",
    "message me on [[082 555 0143|contact]] if you want to help at the drive",
    "dm [[@kezzabee_|contact]] for raffle tickets, all proceeds to the ward",
    "email [[swabsquad.lisburn@gmail.com|contact]] if you can volunteer on the day",
    "chip in if you can x [[gofundme.com/f/help-jaz-get-home|contact]]",
    "party at mine, [[27 Kowhai Street|contact]], bring a plate",
    "Lost my keys somewhere between the bus stop and the shop. Blue lanyard, three keys and a tiny rubber duck. "
    "If you find them please drop them to [[14 Albert Road|contact]]. I'm begging. My landlord will kill me.",
    "our anniversary is the [[3rd of November|date]] and he's booked NOTHING 🙄 sort it out mate",
    "my recipient is [[a 44 year old bloke in Germany|recipient]] and that's all i know, go well mate",
    "turns out my match was [[a little girl with leukaemia|recipient]], i'm in bits",
    "donated to [[a 60-something man with AML|recipient]], whoever you are kia kaha",
    "[[two years ago today|date]] my mate [[cillian|name]] got his transplant and now he's beating me at squash",
    "selling two tickets for saturday, face value, ring [[0412 555 087|contact]]",
    "follow [[@thekaiqueen_nz|contact]] for the best recipes on the internet",
    "Got a letter from my recipient's family today. [[She's 31|recipient]], she lives in [[Poland|recipient]], and "
    "she's home with her kids. I had to sit down on the stairs. Best post I've ever had.",
]

records = build([("post", t) for t in CLEAN + RISKY], "fp74-", kinds=("post",))
write_jsonl(Path(__file__).parent / "fresh-posts-74.jsonl", records)

if __name__ == "__main__":
    print(f"{len(CLEAN)} clean, {len(RISKY)} risky, {len(records)} records")
