"""Fresh held-out post set 70: nurses, healthcare assistants, porters, pharmacists and ward clerks, plus
patients and families they have cared for, posting on Instagram, TikTok captions, Reddit (r/nursing style) and
private staff WhatsApp groups in the US, UK, Philippines, India, Nigeria, Canada and Australia. Styles: shift
talk and night-shift humour, unit jargon and clinical abbreviations (NPO, ANC, MAR, PICC, G-CSF, GVHD), chat
slang from each place (ngl, smh, abeg, wahala, yaar, kuya/ate, arvo, knackered), ALL CAPS, Title Case headlines,
hashtags, families thanking staff, and staff who become stem cell donors themselves.
130 clean posts (slang, jargon, holidays, weekdays, bare months, relative times, relationship words and titles,
word-names used as words, brands/TV/songs, celebrities marked `ok`, registry hashtags marked `ok`) and 110 risky
posts with 1 to 3 labelled spans each (colleagues' names, nicknames, lowercase names, initials, pets, doctors,
sign-offs and hashtag names; hospitals and short forms, employers, schools, teams, venues, churches, registries,
military branches; cities, regions, nicknames and abbreviations; dates, contacts and recipient details).
Labelled by /work/shared/eval/LABELLING.md. All records are kind `post` (checked under nmdp-social).
Run: /work/main/.venv/bin/python tests/data/make_fresh_posts_70.py  -> tests/data/fresh-posts-70.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from markup import build, write_jsonl  # noqa: E402

CLEAN = [
    # shift talk, slang, jargon
    "12 hr shift turned into 14 again smh. charting till my eyes bleed #NightShift",
    "NGL the 3am vending machine noodles hit different after a code",
    "WHO KEEPS STEALING THE GOOD SCISSORS FROM THE MED ROOM",
    "pt asked if I was the doctor, I said no I'm the one who actually knows where the blankets are 💀",
    "Porters don't get enough credit tbh. pushed beds for 11 miles today according to my watch",
    "Pharmacy queue was 40 deep at 5pm fr. please stop sending scripts at handover 🙏",
    "Anyone else's unit doing the new falls huddle every shift? how long is yours taking",
    "thread: worst thing a patient's family ever brought you as a thank you gift. I'll start: a live chicken",
    "me at 0400 trying to remember if I signed the MAR or just thought about signing it",
    "Reminder that NPO means NOTHING BY MOUTH, not 'just a little coffee' 🙃",
    "anyone got tips for a new grad starting on heme/onc? scared but excited",
    "ANC finally over 500!! the whole team did a little dance at the nurses station",
    "Mondays on the BMT unit are chaos. rounds take forever and everybody's counts are in the basement",
    "the 'quick question' at 0645 is never a quick question",
    "Sats dropped, called a rapid response, turned out the probe was on his sock 🧦 lmao",
    "pharmacist here: please stop crushing the extended release tablets. i'm begging",
    "HCA gang where you at? wipe, turn, obs, repeat 💪",
    "knackered after 4 long days. cuppa and bed. don't text me",
    "arvo shift done, straight to the servo for a pie. living the dream",
    "Night shift brain: put my car keys in the sharps bin tray. they're fine. I'm not",
    "salamat po to the families who feed us every night shift. pancit at 2am just hits",
    "abeg who took my charger from the nurses station. no wahala, just return it",
    "yaar this 14 hour shift is killing me, somebody bring chai",
    "Omo this night don start well. two admissions in 20 mins",
    "Kuya at security walked me to my car at 3am again. real ones exist 🥹",
    "Ate from the lab brought us turon. the best",
    "Sister told me off for wearing a watch on the ward again 😅 bare below the elbows I know I know",
    "Matron walked in during our pizza break and took two slices. icon",
    "the marites in the pantry already know who got promoted before HR does",
    "POV: it's 3am and the only thing keeping you alive is a Red Bull and spite",
    "Hot take: night shift people are the nicest people in any building",
    "Who decided 7pm handover should clash with every single visitor leaving. genuine question",
    "pharm tech appreciation post: y'all catch so many errors before they reach us 🙌",
    "Big thank you to the blood bank for answering my 4 calls in one hour with zero attitude",
    "lmao the new EHR logs you out every 4 minutes. who designed this",
    "Epic went down at midnight and we had to chart on paper like it's the 90s",
    "Got floated to ortho tonight. I know nothing about ortho. pray for me",
    "agency nurse here and the permanent staff made me feel so welcome tonight. rare. appreciated",
    "bank shift bingo: unfamiliar ward, no login, no locker, everyone's lovely anyway",
    "Stop saying the q word on shift. you know what you did.",
    "ICU nurses have the darkest humour and the softest hearts. change my mind",
    "wheelchair with the wonky wheel is back in circulation. iykyk",
    "PICC dressing change on a wriggly toddler is an olympic sport and I deserve gold",
    "GVHD skin checks, mouth care, weights, I&Os... and then the call bell. every. single. time.",
    "when the pt says 'I don't want to be a bother' for the 10th time 🥺 you're the least bother on this floor",
    "real talk: PTO denied for my own wedding. healthcare is a love story with a villain",
    "the ALL vs AML lecture finally clicked today. educator used candy colours. genius",
    "Hunter green scrubs > navy. fight me",
    # words that are also names, used as words
    "Grace under pressure is a myth, I cried in the sluice and then hung a bag of platelets like nothing happened",
    "there's still hope for this unit, someone restocked the glove boxes without being asked 😭",
    "Will the night charge nurse ever let us have a proper break? stay tuned",
    "May this be the week nobody pulls out their NG tube. amen",
    "the rose my pt's wife left at the desk is still alive 3 days later, like her husband 🌹",
    "the bill for staff parking this month is more than my groceries. parking should be free full stop",
    "Mark my words, the day I get a lunch break is the day the fire alarm goes off",
    "faith in humanity restored: a visitor brought the whole unit donuts and left without a word",
    "summer nights on a ward with no AC should be illegal",
    "sunny day, zero call bells, full staffing. I'm suspicious",
    "Patience is a virtue they don't hand out on nights",
    "Joy is when pharmacy verifies your order in under 5 minutes",
    "crystal clear handover for once. whoever did it, I love you",
    "Precious little sleep this week but the pt went home walking 🥲",
    "what a blessing to have a full team tonight. no agency, no gaps",
    # headlines, shouting
    "Nurse Tip Of The Day: Label Your Lunch Or Lose It",
    "This Is Your Reminder To Drink Water On Shift. Not Coffee. Water.",
    "BREAKING: Unit Coffee Machine Fixed After Three Weeks, Staff Weep Openly",
    "How To Survive Your First Night Shift (From Someone Who Barely Did)",
    "Why Every Ward Needs A Good Ward Clerk: A Thread",
    "WE HIT 100 SWABS AT THE DONOR DRIVE!!! #WorldMarrowDonorDay",
    "ward clerk life: answering the phone 200 times to say 'I'll get the nurse' 📞",
    # holidays, weekdays, bare months, relative times
    "Happy International Nurses Day to everyone doing the work nobody sees 💙",
    "Eid shift again this year. saving my biryani for after handover",
    "Diwali on nights means the ward smelled like sweets and sanitiser. not complaining",
    "First Christmas working L&D. three babies before midnight lol",
    "Happy Thanksgiving to everyone eating turkey out of a tupperware in the break room",
    "Boxing Day on the ward: leftovers, tinsel on the drip stands and a very confused pt",
    "New Year's countdown happened mid-code. we celebrated at 00:07 instead",
    "Ramadan nights on shift: iftar from a vending machine. next year I'm packing dates",
    "Holi colours still on my hands, pt asked if I had a rash 😂",
    "Sunday = pharmacy on skeleton crew = everything takes 3 hours",
    "since March I've done 41 night shifts. my body thinks I live on another planet",
    "last week a pt called me an angel. this week a pt called me something else. balance",
    "GivingTuesday win: our donor drive swabbed 212 people in the staff canteen. so proud #GivingTuesday",
    "our hospital's blood drive is Friday, come give blood and get a free cookie 🍪",
    # donors, registry, families
    "Just finished my apheresis collection!! filgrastim bone pain was no joke but so worth it #StemCellDonor [[#BeTheMatch|ok]]",
    "just got my swab kit in the mail!! took 30 seconds. if you're 18-40 please do it #BloodCancerAwareness",
    "My doctor said I'm fine to donate again if I'm ever called back as a match. ready when you are",
    "Mom asked if donating marrow means they drill into my spine. no mom. it's my hip. and it was mostly blood",
    "My sister is a nurse too so Sunday lunch is just two people arguing about cannula sizes",
    "Coach asked why I missed practice. because I was giving stem cells to a stranger, coach",
    "Registered during Nurses Week on a whim. got the call this spring. life is weird",
    "Day 4 of G-CSF injections. Bones feel 90 years old. Collection tomorrow, wish me luck",
    "Done! 5 hours in the apheresis chair and a bag of stem cells on its way to someone's new beginning",
    "Joined the registry years ago and forgot. got a text last week saying I'm a potential match. whaaat",
    "if ur 18-35 and healthy PLEASE join the registry. the cheek swab is literally nothing #SwabForLife",
    "I'm 27, healthy, and just found out I'm a match for someone. honestly shaking",
    "update: the transplant team said the cells arrived and it went ahead. that's all I know and it's enough",
    "No, we can't tell you who your donor is. yes, you can write an anonymous card. yes, I cried reading yours",
    "Patient's daughter hugged me in the corridor and said thank you for looking after her dad. that's the whole job",
    "Our pt's family left a card that just says 'you were kind when we needed kind'. laminating it",
    "The hardest part of onc nursing isn't the chemo, it's the quiet when a room empties",
    "Dear night shift, thank you for leaving the unit better than you found it. Signed, day shift",
    "Please stop asking for ice chips at shift change. Love, your tired nurses 💙",
    # brands, TV, songs, celebrities
    "omg the new Figs joggers actually have pockets big enough for scissors, tape AND a snack",
    "Hokas or Crocs for 12s? my feet are filing a formal complaint",
    "Watching Grey's Anatomy after a real shift is wild. nobody charts in that show",
    "CPR to Stayin' Alive is still the best thing they taught us ngl",
    "TikTok made me think being a nurse was all dances. it is not all dances #NurseTok",
    "[[Florence Nightingale|ok]] did not carry a lamp through wards so I could be told to do more with less 🕯️",
    "If [[Beyoncé|ok]] worked one night on a med-surg floor she would write a whole album about it",
    "night shift playlist: [[Burna Boy|ok]] on repeat to keep the eyes open",
    "Our charge nurse plays [[Dolly Parton|ok]] at 4am to wake everyone up. it works",
    "[[Shah Rukh Khan|ok]] movie marathon on my days off, I have earned it",
    "The pt in room 8 asked me to sing [[Adele|ok]] and honestly I did",
    "[[Gordon Ramsay|ok]] yelling is nothing compared to a consultant on a post-take ward round",
    "Canteen only had jollof left at 9pm and honestly that's a win",
    "Finally passed my NCLEX!!! nurse life here I come",
    "Stem cell donor here. Recovery was 3 days on the couch watching Call the Midwife. would recommend both",
    # longer posts
    "Six months ago I was the nurse hanging the bag. Last week I was the donor in the chair. Honestly the needles "
    "were fine, it was the waiting that got me. The apheresis team talked me through every minute. If you're on the "
    "fence about joining the registry, this is your sign. [[#BeTheMatch|ok]]",
    "Long post, sorry. I've been a porter for 11 years. People think we just push beds. We are the ones patients "
    "talk to on the way to theatre when they're scared. We hear the jokes, the prayers, the goodbyes. Be kind to "
    "your porters.",
    "Ward clerk appreciation thread. Ours knows every consultant's coffee order, every family's worries and every "
    "broken printer's mood. When she's on leave the unit genuinely falls apart. Pay ward clerks more.",
    "To the family who sent the fruit basket after your mum's transplant: we read your card out loud at handover. "
    "Nobody had dry eyes. We don't always get to see how the story ends, so thank you for telling us. Sending love "
    "from nights.",
    "Real question for pharmacists. How do you stay sharp at the end of a 10 hour shift? I find myself rereading the "
    "same label three times. Coffee stopped working months ago. Tips welcome, judgement not.",
    "Tried to explain G-CSF to my nan. She thinks I'm growing extra bones. Close enough honestly. Donating next "
    "week and she's already knitted me a hip cushion.",
    "Confession: I used to roll my eyes at donor drive tables in the lobby. Then I nursed a guy through his "
    "transplant and saw what those cheek swabs actually turn into. Signed up the same week. Still haven't been "
    "called, but I'm ready.",
    "Ok nurses, settle this. Is it acceptable to eat a patient's untouched jelly at 4am if they're asleep and "
    "going home in the morning? Asking for a colleague. The colleague is me. The jelly was lime.",
    "Healthcare assistant, 8 years in. Nobody tells you how much of the job is listening. Yesterday a lady told me "
    "her whole life story during a bed bath. I learned about her garden, her late husband and her opinions on "
    "biscuits. Best hour of my week.",
    "PSA from your friendly pharmacist: 'as needed' does not mean 'as the family demands'. We love you. We want you "
    "safe. Please stop shouting at the hatch.",
    "Five years abroad next month. Missed weddings, birthdays, my lola's last Christmas. But my kids are in school "
    "and my patients go home. It's complicated. Sending love to every nurse far from home tonight.",
    "Things nobody tells you about donating stem cells: the snacks are great, the chair is comfy, and you will text "
    "everyone you know about it. Also the bone ache from the injections is real. Take the paracetamol. Worth it.",
]

RISKY = [
    # names: slang cues, lowercase, nicknames, word-names
    "shoutout to [[Tunde|name]] for covering my last two hours, owe you jollof bro",
    "ty [[grace|name]] for the coffee at 4am, you're a real one ☕",
    "my boy [[kels|name]] just got his first IV in one stick 🎉",
    "ily [[bincy|name]] thank u for taking my 2am admission 😭",
    "welcome to the team [[Lovely|name]]!! first week on nights survived 🎉",
    "The night [[Princess|name]] ran the code like a boss and then went back to eating her pancit",
    "Ate [[Joy|name]] from the lab brought us turon again 😭",
    "Kuya [[Rommel|name]] the porter is the only reason anything moves in this building",
    "the security guard [[Jun-jun|name]] keeps a stash of candy for scared kids in ER",
    "[[Will|name]] on nights is the calmest human in any code",
    "big hug to [[Hope|name]] from the hospice team who sat with my nan till the end",
    "[[Faith|name]] just passed her NCLEX!!! the night crew is SCREAMING",
    "[[mark|name]] from transport where are you, bed 14 is ready to go 🙃",
    "prayers for [[Sunny|name]] in our HCA team, she donated marrow yesterday for her brother",
    "[[Blessing|name]] brought puff puff for the whole ward and I've had seven",
    "My preceptor [[Deepa|name]] taught me more in 6 weeks than 3 years of uni",
    "[[Niamh|name]] and I have done 6 nights in a row and we're now communicating only in memes",
    "[[Kez|name]] you're the best ward clerk in the trust and I'll fight anyone who says otherwise",
    "[[Funmi|name]] just became a stem cell donor for a stranger. our ward clerk is a HERO",
    "[[Seun|name]] and [[Kelechi|name]] stayed back 2 hrs to help me with a death. I'll never forget that",
    "Aunty [[Bisi|name]] in the kitchen gives night staff extra plantain if you smile. proven",
    "[[Anjali|name]] chechi taught me how to do a PICC dressing without crying",
    "[[Rahul|name]] bhai from pharmacy I owe you one, that interaction catch saved my pt",
    "[[Tayla|name]]'s farewell arvo tea is at 3 in the tea room, bring a plate",
    "[[Shazza|name]] and [[Robbo|name]] from ED brought us sausage rolls at 3am, legends",
    "[[Mathieu|name]] the PSW on our floor speaks 4 languages and uses all of them at 3am",
    "ok but [[tintu|name]] said the funniest thing at handover and I can't repeat it here",
    "[[jaspreet|name]] u left ur stethoscope in my car again lol",
    # initials, doctors, pets, sign-offs, hashtags
    "massive thanks to [[JR|name]] and [[KT|name]] on days for staying late to help with the transfer",
    "shoutout [[MJ|name]] for the best handover of my life",
    "Dr [[Adeyemi|name]] came in at 2am to talk my pt's family through everything. not all heroes wear capes",
    "our fave reg Dr [[Szabo|name]] brought pastéis de nata for nights. marry me",
    "Nurse [[Bev|name]] on ward 7 has been there since before I was born and still runs rings round us",
    "My dog [[Biscuit|name]] knows when I've done a night shift and just lies on my feet",
    "came home from a 13 to [[Mochi|name]] sitting on my clean scrubs. the cat has chosen violence",
    "Thank you to every nurse on the ward for looking after our dad. You made the worst weeks bearable. "
    "— the [[Okonkwo|name]] family",
    "You were all so kind to me during my transplant. I'm home, eating, and cheeky again. Love, [[Dayo|name]] x",
    "Swab drive this weekend for our HCA's little boy. [[#TeamKayode|name]] #SwabForLife",
    "[[#BincyStrong|name]] 💪 our colleague starts conditioning tomorrow, prayers appreciated",
    "Wear purple Friday for our porter. [[#FightLikeFemi|name]] 💜",
    "Birthday girl on the ward today 🎂 happy birthday [[Ifeoma|name]]!!",
    "[[Kristine|name]] and [[Jhoanna|name]] passed their NCLEX on the same day!!! [[Cebu|loc]] to the world 💙",
    # orgs: hospitals and short forms
    "Night crew at [[St. Brigid's|org]] really said 'no admissions' and then took 6",
    "Finally off orientation at [[Mercy Ridge|org]]! [[Ngozi|name]], thank you for being the most patient preceptor alive",
    "ward sister [[Siobhan|name]] retiring after 34 years at the [[Queen Adelaide|org]]. end of an era 💐",
    "[[QAI|org]] night staff are the best night staff, I said what I said",
    "bank shift at [[Fairlea General|org]] tonight, anyone know if the car park's still a nightmare?",
    "[[Macca|name]] finally got his grad year offer at [[Redgum Base Hospital|org]]!! so proud",
    "welcome back [[Emeka|name]]!!! 3 months after his transplant he's back at [[OTH|org]] pushing beds like nothing happened",
    "[[Gurpreet|name]] just got hired at [[Lakeshore Regional|org]]!!! see you on the unit sis",
    "[[SVMC|org]] night staff: pizza's on me tonight, I finally got my donor call",
    "From [[Our Lady of Peñafrancia Medical Center|org]] in [[Naga|loc]] to nights in [[Leeds|loc]]. still can't believe it",
    "[[OLPMC|org]] batchmates reunion at 2am on video call because we're all on nights in different time zones lol",
    # orgs: employers, schools, venues, churches, teams, military, registries
    "Left [[Medsure Pharmacy|org]] after 9 years for a hospital job. best and scariest move",
    "Pharmacist at [[Boots|org]] by day, stem cell donor by... well, also day. collection was Tuesday!",
    "Post-shift pints at [[Crooked Anchor|org]] tonight if anyone's about 🍺",
    "Met my donor buddy [[Chiamaka|name]] at [[Kape Kuya|org]] for ube lattes ☕",
    "hit [[Iron Temple|org]] at 8am after nights because I am unwell in the head",
    "Just swabbed at the drive at [[Living Waters Chapel|org]] after service, took 2 min",
    "my daughter's school [[Bishop Kelly Elementary|org]] raised $900 for the donor drive 🥹",
    "[[Aaliyah|name]] and [[Luis|name]] ran our donor table at [[Westbrook High|org]] and swabbed 80 kids",
    "our unit softball team, the [[Bedpan Bandits|org]], lost 14-2 and we're still proud",
    "our porter [[Brodie|name]] will not stop talking about the [[Roos|org]] win. we get it mate",
    "Whole unit watched the [[Bombers|org]] game on the break room TV. [[go blue go|ok]]",
    "my husband's in the [[Navy|org]] and deployed, so nights + solo parenting = zombie mode",
    "Ex-[[RAF|org]] medic turned HCA, best decision I ever made",
    "[[DKMS|org]] just called. I'm a match. I'm on shift and I can't stop smiling behind my mask",
    "I joined [[Datri|org]] at a college camp in [[Pune|loc]] and now they want me for further testing!!",
    "just signed up with [[Be The Match|org]] during my break. cheek swab done in the staff toilets lol",
    "Signed up with [[Anthony Nolan|org]] at a freshers fair ages ago and they finally called!!",
    # locations
    "Moved from [[Iloilo|loc]] to [[Winnipeg|loc]] for this job and tonight it was -38. what have I done",
    "back in [[Brum|loc]] after 3 years nursing in [[Riyadh|loc]]. the weather is an adjustment",
    "[[Kerala|loc]] girls nursing in [[Perth|loc]], where you at? 🥥",
    "night shift in [[Lagos|loc]] and the generator went off twice. we charted by phone torch",
    "[[Bmore|loc]] nurses: which unit has the best break room? asking for a friend (me, I'm the friend)",
    "[[QC|loc]] nurses, who's joining the donor drive on Saturday?",
    "Moving to [[YEG|loc]] for a BMT job. any nurses know where to rent near the hospital?",
    "Anyone in [[the Gong|loc]] done stem cell donation? what's the recovery like",
    "new grad RN in [[Kzoo|loc]] looking for a heme/onc mentor, DMs open",
    "3 hour commute from [[Ikeja|loc]] for a 12 hour shift. make it make sense",
    "[[Thrissur|loc]] to [[Coventry|loc]] in 2 years. amma still asks when I'm coming home",
    "[[Jarrah|name]] drove 2 hours from [[Wagga|loc]] to cover nights for us. mate.",
    # dates, contacts, recipient details
    "One year since donating. [[March 2024|date]] feels like yesterday",
    "[[3 years ago today|date]] I gave my PBSC to a stranger. today I'm charge nurse on a BMT unit",
    "celebrated my donorversary on [[June 9th|date]] with cake from the night team",
    "My recipient's first re-birthday is [[October 3|date]]. I'm baking a cake for someone I've never met",
    "I started on this ward in [[September 2012|date]] and today I handed in my notice. bittersweet",
    "swap anyone? I need [[Dec 24|date]] off, will give you any weekend you want",
    "fundraiser for our ward clerk's transplant travel costs: [[gofundme.com/f/help-bev-get-home|contact]] 💙",
    "DM me or text [[0412 338 906|contact]] if you want to join our donor drive roster",
    "email [[donordrive.nights@gmail.com|contact]] to volunteer for the swab table",
    "follow our unit page [[@5northnightowls|contact]] for donor drive updates",
    "Tag me in your swab selfies! [[@nurse.jhoanna|contact]]",
    "meal train drop-off for [[Tunde|name]]'s family: [[27 Wattle Grove|contact]], [[Parramatta|loc]]",
    "donor drive at the community hall, [[LS11 5PQ|contact]], Saturday from 10",
    "call or whatsapp [[+234 803 555 0192|contact]] to bring food for the night staff rota",
    "my match: [[45M, lymphoma|recipient]]. bags collected, courier's on the way 🚑",
    "Cells are flying to [[Poland|recipient]] tonight! safe travels little guys",
    "He's a [[4 year old boy with leukaemia|recipient]] and I'd do it ten more times",
    "[[Canadian Blood Services|org]] says my recipient is a [[30-something woman|recipient]]. already rooting for her",
    # longer posts
    "Four years ago I was the scared new grad on heme/onc at [[Northgate|org]]. [[Priyanka|name]] was my preceptor "
    "and she never once made me feel stupid. Last month she donated her own stem cells to a stranger. She worked a "
    "shift two days later because of course she did. Proud doesn't cover it.",
    "Our son spent 41 days on the transplant unit at [[St. Columba's|org]]. The nurses learned all his dinosaur "
    "names and the porters raced his bed down the corridor. Nurse [[Fe|name]] sang to him every night. We will "
    "never forget you. Thank you from all of us.",
    "I'm a porter at [[Royal Wyndham|org]] and last spring I got a letter saying I matched. I took unpaid leave, sat "
    "in the chair for 5 hours, and went back to pushing beds the next week. My recipient is a [[teenage girl|recipient]]. "
    "Some days that's the only thing that gets me through a shift.",
    "Night shift potluck report 🧵 [[Chioma|name]] brought akara, [[Dante|name]] brought lumpia and somebody "
    "brought a single bag of crisps. We know it was you. Best night of the month. Same time next payday?",
    "Huge thanks to the night team on haematology at [[Harrowgate Infirmary|org]]. When my wife spiked a fever at "
    "2am, [[Oisín|name]] was in the room before I'd even pressed the bell. He stayed calm, so we stayed calm. She's "
    "home now and bossing me around again.",
    "Update for everyone who's been asking: I did it! Collection done at [[Princess Alexandra|org]] yesterday. 4.5 "
    "hours, two films and a lot of biscuits. My recipient is a [[man in his 60s|recipient]] and I hope he feels the "
    "love. Back on shift Thursday.",
    "Never thought I'd post this. [[Two years ago today|date]] I was on the other side of the bed rail, a nurse "
    "waiting for a match. A stranger said yes. Tonight I worked my first shift back on the same unit. If you're "
    "thinking about joining the registry, please do.",
    "Story time from the pharmacy. [[Ramesh|name]] has worked nights here for 22 years and knows every interaction "
    "by heart. Tonight he caught a dosing error that would've been bad. Really bad. He just shrugged and went back "
    "to his samosa. Legend.",
    "We lost our favourite porter this week. Uncle [[Femi|name]] pushed beds at [[Oduduwa Teaching Hospital|org]] "
    "for 30 years and knew every nurse's children by name. He made terrified patients laugh on the way to theatre. "
    "Rest well, sir.",
    "Our little [[Amara|name]] rang the bell today!! Home for good. To every nurse, HCA and cleaner at "
    "[[Starbridge Children's|org]], thank you for loving her like your own. We'll be back to visit with cake.",
]

records = build([("post", t) for t in CLEAN + RISKY], "fp70-", kinds=("post",))
write_jsonl(Path(__file__).parent / "fresh-posts-70.jsonl", records)

if __name__ == "__main__":
    print(f"{len(CLEAN)} clean, {len(RISKY)} risky, {len(records)} records")
