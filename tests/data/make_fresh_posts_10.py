"""Fresh held-out post set 10: 240 informal public social posts, written blind (without looking at the
checker, its rules, its training data or any other corpus) to measure how the checker handles posts as
people really type them.

Style: the US (the South, the Midwest, Texas, California, New England), Puerto Rico and Canada (Quebec
anglophones, Ontario, the Prairies), as written on Reddit, X/Twitter, TikTok captions and Facebook. About a
third in normal mixed case, the rest lowercase, some all-caps shouting. Writers: families of child
recipients, college students who joined the registry at a campus drive, nurses, church groups, sports fans
(high-school football, college teams by nickname, minor-league and rec teams), military families. Names from
many backgrounds (Black American, Mexican-American, Cajun, Vietnamese, Hmong, Haitian, Dominican,
Appalachian, Ojibwe, Cree, Ukrainian-Canadian, Quebecois), nicknames and pets; small-town and children's
hospitals by local short names, employers with a work cue, schools, churches, bars, diners, gyms, fire
departments; small towns, parishes, neighbourhoods, highways, lakes and local nicknames.

- CLEAN: 130 posts with no labelled span (most are traps: words that are also names or places, celebrities,
  chains, dishes, other languages, shouting, chat abbreviations, headlines, campaign hashtags, shows, songs,
  generic places, bare months and holidays, medical words). Public figures and celebrities, and registry
  hashtags such as #BeTheMatch, carry `ok` spans.
- RISKY: 110 posts with 1-3 labelled spans each (name, org, loc, date, contact, recipient; `ok` for
  celebrities and team slogans).

Labelled by /work/shared/eval/LABELLING.md. All records are kind `post` (checked under nmdp-social).
Run: /work/main/.venv/bin/python tests/data/make_fresh_posts_10.py  -> tests/data/fresh-posts-10.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from markup import build, write_jsonl  # noqa: E402

CLEAN = [
    # prayers, hope, faith, grace and other word-names
    "Y'all pray for us. Counts are finally coming up and I have so much hope right now 🙏",
    "faith over fear. day +30 and still here",
    "grace upon grace. that's all i got today",
    "Will I ever stop being nervous before a bone marrow biopsy? Asking for me.",
    "mark my words y'all, we're ringing that bell by summer",
    "rose from the couch today all by myself. big win in this house",
    "The bill from the transplant came in the mail today and I laughed so hard I cried.",
    "sunny day, first walk outside since transplant. felt like a whole new person ☀️",
    "jack of all trades over here: caregiver, chef, nurse, chauffeur, hype man",
    "Reading everybody's donor stories at 3am instead of sleeping. Again.",
    "my new favorite jersey is a hospital gown apparently",
    "rising like a phoenix from the ashes of chemo 🔥 corny but true",
    "that's so nice of you to say, thank you 🥹",
    "Took a hot bath for the filgrastim bone pain and it helped a little, tbh.",
    "may the odds be ever in your favor, swab kits are free all week",
    "June is always a hard month for us, but we keep going.",
    "march madness in the infusion chair. my bracket is as busted as my immune system",
    "lol the nurse called me sunshine all week and now i kinda miss it",
    "Hockey's on, Dad's yelling at the TV, feels almost normal again",
    "chester the cheetah would be proud of the amount of hot cheetos i ate on steroids",
    "Every saint has a past and every sinner has a future. Also every caregiver needs a nap.",
    "mercy, this week has been LONG",
    "Father, thank you for one more day.",
    "God is good all the time. all the time God is good.",
    # celebrities and public figures (ok)
    "[[Orlando Bloom|ok]] was on TV in the infusion room and my mom woke up just to watch him lmao",
    "[[dolly parton|ok]] said if you want the rainbow you gotta put up with the rain and i'm holding her to it",
    "[[Bad Bunny|ok]] on repeat in the apheresis chair, no regrets",
    "My mom's whole personality is [[Celine Dion|ok]] and she's been blasting it in the bone marrow unit.",
    "[[shania twain|ok]] said man i feel like a woman. chemo said man i feel like a bald woman",
    "jolene by [[dolly|ok]] came on the radio and my nana cried in the passenger seat",
    "Hallelujah by [[Leonard Cohen|ok]] playing in the chapel and not a dry eye in the room",
    "had [[Beyoncé|ok]] tickets for my 'i survived' celebration. watched the concert film from bed instead 🐝",
    "new [[drake|ok]] album and a cup of ice chips, that's my whole night",
    "The way [[Taylor Swift|ok]] fans swabbed at the listening party?? Swifties for the win.",
    "the pope was on tv praying for the sick and my abuela made us all kneel in the hospital room 😭",
    "[[JJ Watt|ok]] visiting sick kids is my roman empire",
    "Somebody get [[Garth Brooks|ok]] to sing at a swab drive, I'm serious",
    "watching [[Mr. Rogers|ok]] clips with my kid between vitals. look for the helpers",
    # chains and brands without a work cue
    "whataburger after my first clinic visit post transplant hit different",
    "Buc-ee's brisket sandwich on the drive home from the donor center 🙌",
    "Tim Hortons double double and a breakfast sandwich at 6am before collection",
    "waffle house at 2am after the ER trip. scattered smothered covered",
    "dollar general had the exact lotion the nurse recommended, praise be",
    "Chick-fil-A sauce is technically a vegetable when you're on a neutropenic diet right",
    "Sonic ice is the only ice my kid will chew during mucositis.",
    # dishes and drinks, including place-named ones
    "Mom made tamales for the whole infusion center and now they think she's a saint.",
    "boudin and cracklins in the family lounge, don't tell the dietitian",
    "Poutine is a food group and I will not be taking questions",
    "griot and pikliz waiting when i got home 😭😭",
    "pernil for days, titi says i need my iron",
    "baba's perogies are the only thing that tastes normal after chemo",
    "bannock and soup from kokum and i'm healed",
    "mofongo > hospital food, it's not even close",
    "sweet tea in the cup holder, swab kits in the back seat, let's gooo",
    "Kolaches for the night nurses because they deserve the good stuff.",
    "Tres leches for my caregiver. She carried this whole family.",
    "banh mi run before my 1pm appointment",
    "texas toast and a philly cheesesteak were my first real meal and i regret nothing",
    "Boston cream donuts for the whole apheresis unit. They earned it.",
    "buffalo wings at the watch party but i had to sit by the window with my mask on",
    "hawaiian pizza on transplant day +1, fight me",
    # other languages
    "gracias a dios 🙏🏽 the biopsy came back clean",
    "mèsi bondye pou tout bagay. one more week in isolation",
    "miigwech to everyone who came out to swab today, so many of you!!",
    "Ua tsaug ntau to all the aunties who brought food to the hospital ❤️",
    "dyakuyu for all the prayers. baba lit a candle every sunday",
    "salamat po to the night shift nurses, y'all are angels",
    "TABARNAK the wifi at the hospital is so bad",
    "cảm ơn everyone, mẹ is home and eating pho again 🍜",
    "wepa!!! platelets over 50 today 🎉",
    "ay bendito, another fever. back to the ER we go",
    "inshallah, clear scans",
    "si dios quiere we go home friday",
    "bendiciones a todos los donantes 🙏🏽",
    "mashallah my little brother has more hair than me now",
    # shouting, chat abbreviations, headlines, hashtags
    "WE GOT ENGRAFTMENT Y'ALL!!!!!",
    "HOW IS IT ALREADY DAY +100",
    "TO EVERYBODY WHO SWABBED: YOU ARE THE REAL MVPS",
    "HOMECOMING WEEK AND I'M STUCK IN A HOSPITAL BED",
    "ANC 1200 WE OUT HERE",
    "idk who needs to hear this but register. it's a cheek swab. that's it.",
    "Smh at people who think donating marrow means they drill your spine.",
    "ikr the juice and cookies after were the best part",
    "lmao the nurse asked if i wanted a warm blanket and i almost proposed",
    "ngl i cried at the donor center today, the nurses were so sweet 😭 [[#BeTheMatch|ok]]",
    "no cap the conditioning chemo was the worst week of my life",
    "Breaking: Local Man Cries At Every Single Donor Video On The Internet",
    "Why Your Cheek Swab Matters More Than You Think",
    "5 Things Nobody Tells You About Being A Caregiver",
    "#GivingTuesday is coming. if you can't give money, give a swab",
    "#MarrowMonday reminder: hydrate hydrate hydrate 💧",
    "swabbed, registered, waiting. [[#BeTheMatch|ok]] #SwabForLife",
    "the way i SPRINTED to the mailbox when the kit came",
    # shows, games, films, songs
    "apheresis was 6 hours and i watched the whole first season of friday night lights. clear eyes full hearts",
    "Anyone else watch the Grey's Anatomy marrow episode and just yell at the TV?",
    "Schitt's Creek marathon while neutropenic. ew, david.",
    "letterkenny in the background, pitter patter let's get at 'er",
    "stardew valley got me through isolation fr",
    "named my animal crossing island 'remission' bc manifesting",
    "sweet caroline came on in the waiting room and the whole room did the ba ba ba",
    "yellowstone reruns with dad every night this week, he's obsessed",
    "Anyone else's kid obsessed with Bluey during chemo? We've watched Sleepytime 40 times",
    "mario kart tournament in the family lounge and a kid with an IV pole destroyed me",
    # generic places, times, holidays, medical words
    "The hospital parking garage is a maze and I've lost my car three times.",
    "my donor center called back!!! they want more bloodwork",
    "the clinic moved my appointment AGAIN",
    "Back to work Monday after 8 weeks out. Kinda scared, not gonna lie.",
    "hit the gym for the first time since transplant. 10 min on the bike and i'm dead",
    "Church folks brought casseroles for a month straight. We are so blessed.",
    "happy thanksgiving from the transplant floor. turkey sandwich and jello for the win",
    "juneteenth cookout but we all wore masks so my cousin could come 🖤",
    "Mardi Gras on the unit: the nurses brought beads and king cake",
    "Sending love to every family on the 4th floor tonight",
    "Who else got the Hickman line out and immediately took the longest shower of their life",
    "chimerism 100% donor!!!! i'm basically a different person now lol",
    "GVHD of the skin has me looking like a lobster. Anyone got lotion recs?",
    "neupogen shots done. bones feel like i'm 90",
    "first haircut since it grew back, chemo curls are REAL",
    "tailgate season and i'm on a low microbial diet. pray for me",
    "Sunday service on livestream from the hospital bed. Pastor gave us a shoutout 🙌",
    "friday night lights down the road and i can't go bc of my counts 😩",
    # questions, thread openers, longer posts
    "Does anyone know if you can donate PBSC if you got a tattoo like 3 months ago?",
    "What do y'all write in the first card to your donor? I keep staring at a blank page.",
    "Does the registry ever actually call people? I signed up forever ago",
    "Thread: everything I wish I knew before donating PBSC 🧵",
    "PSA: you can register online. no needles. no excuses.",
    "pls share: the registry needs more donors of color. black, latino, asian, native, mixed. your swab could be somebody's only match",
    "My son asked if his donor is a superhero and honestly? Yes.",
    "Thread opener for the nurses: what's the one thing you wish every donor knew? I'll start. You don't see the kid "
    "who finally eats a popsicle or the mom who sleeps through the night for the first time in weeks. We do. Every "
    "swab, every needle, every day off work you took. It matters more than you will ever know.",
    "ok real talk for the college kids who signed up at a swab drive for the free pizza: if they call, answer. "
    "it's a few shots, a long day in a chair with a movie, and some sore bones. somebody's mama gets to keep her "
    "baby. that's the whole trade. don't ghost the registry",
]

RISKY = [
    # ---- names: family, friends, nicknames, pets, doctors, initials, sign-offs, hashtags
    "my lil man [[jalen|name]] rang the bell today 🔔 [[#TeamJalen|name]]",
    "Mamaw [[Darlene|name]] drove 3 hours on those mountain roads to sit with me during apheresis.",
    "shoutout to [[dr k|name]] for answering my 11pm panic messages",
    "Nurse [[Keisha|name]] on the night shift is an actual angel sent down.",
    "our dog [[gravy|name]] thinks the picc line is a chew toy",
    "We think about you every day and pray you're doing well. Love, the [[Thibodeaux|name]] family",
    "me and [[ti-guy|name]] went to swab at the campus drive and he almost fainted lol",
    "[[yer|name]] and [[pa houa|name]] organized the whole swab drive at hmong new year, so proud of these girls",
    "We hope you are well and happy. Thank you for our son. — [[K.N.|name]]",
    "every prayer counts 🐻 [[#StrongLikeMakwa|name]]",
    "tío [[chuy|name]] shaved his head in solidarity and now he looks like a thumb 😂",
    "my boy [[dre|name]] just got the call he's a match for somebody!!!",
    "CONGRATS TO MY SISTER [[NAYELI|name]] ON DONATING TODAY!!!!",
    "[[bobby ray|name]] and [[skeeter|name]] drove the church van full of folks to the donor drive",
    "[[Mackenson|name]] donated PBSC this morning and came home asking for griot 😂",
    "Thank you [[Dr. Nguyen|name]] and the whole team 🙏",
    "our cat [[Pickles|name]] has been sleeping on [[Tou|name]]'s hospital bag all week",
    "[[gaétan|name]] says hi, he's watching the [[habs|org]] lose again from his hospital bed",
    "Pray for [[Niigaan|name]] 🙏 he starts conditioning tomorrow",
    "[[dr b|name]] says we can go home if the fever stays down tonight",
    "cuddles with [[tater|name]] 🐾 best medicine there is",
    "[[Réjean|name]] (my dad) shaved his head with me lol",
    "All my love to [[Ginette|name]] at the blood clinic who found my vein on the first try.",
    "[[Moose|name]] the golden retriever wears his therapy vest better than i wear pants",
    "[[Xochitl|name]] y [[memo|name]], los quiero, thank you for everything",
    "from the [[Kingbird|name]] family to everyone who swabbed: miigwech",
    "ORDERED [[BOUDIN|name]] A NEW SWEATER FOR WHEN I GET HOME. yes my dog is named after sausage",
    # ---- organisations: hospitals, employers, schools, teams, venues, military, registries
    "forever grateful to the nurses at [[Cook Children's|org]] 💙",
    "swab drive at [[ULL|org]] today, [[geaux cajuns|ok]] 🌶️",
    "Took the kids to see the [[Montgomery Biscuits|org]] and they gave us free tickets for being a donor family",
    "our beer league team [[the Ice Holes|org]] is doing a swab drive between periods this saturday",
    "los [[cangrejeros|org]] in the final and i'm stuck in a hospital bed 😭",
    "My coworkers at [[H-E-B|org]] covered all my shifts while I donated 🥹",
    "the guys at the [[Irving|org]] refinery raised $4k for us. i can't stop crying",
    "My supervisor at [[Hydro-Québec|org]] gave me the whole week off to donate.",
    "[[Ville Platte FD|org]] showed up with a whole crawfish boil for the family",
    "[[army|org]] wife, donor mom, tired mama",
    "22 years in the [[Marine Corps|org]] and a cheek swab is what finally made me cry.",
    "[[CAF|org]] members can register too, ask your base MO",
    "[[Greater Mt. Zion|org]] is hosting a swab drive after 2nd service this sunday, come thru",
    "prayer circle at [[New Hope Baptist|org]] tonight for my nephew",
    "free pint at [[the rusty nail|org]] if you show your registry card lol",
    "[[CrossFit Iron Bayou|org]] did a workout for my donor and i'm sobbing",
    "Registered with [[NMDP|org]] in college and they called me 11 years later.",
    "[[Héma-Québec|org]] called me back!!! possible match!!!",
    "[[HOGS|org]] WIN AND MY COUNTS ARE UP. BEST DAY EVER. [[WOOO PIG|ok]]",
    "[[riley|org]] nurses forever 💛",
    "[[Sainte-Justine|org]] has the nicest playroom in the world, my daughter cried when we left",
    "Day 12 at [[the Foothills|org]] and the view of the mountains is the only thing keeping me sane",
    "the nurses at [[HIMA|org]] in [[caguas|loc]] treated [[yanelis|name]] like family 🙏🏽",
    "[[Mercy|org]] in [[Joplin|loc]] was incredible to us",
    "The [[Cyclones|org]] won and I didn't throw up from chemo. Good day all around.",
    "teaching 3rd grade at [[Lincoln Elementary|org]] and my whole class made cards for my donor",
    # ---- locations: towns, parishes, neighbourhoods, highways, lakes, nicknames
    "[[mamou|loc]] turned OUT for the benefit, 300 plates of jambalaya sold",
    "Drove [[I-10|loc]] from [[Lake Charles|loc]] to the hospital every day for 3 weeks.",
    "[[Hope, Arkansas|loc]] stand up 😂 best little town for a swab drive",
    "from [[hazard|loc]] to the hospital is 2 and a half hours of curves but we made it",
    "[[Acadia Parish|loc]] people are the best people. Y'all raised so much for us.",
    "back home in [[NDG|loc]] after 40 days, never been happier to see a potholed street",
    "[[Frogtown|loc]] hmong community showed up SO big for the swab drive",
    "[[the peg|loc]] in january with no immune system, wish me luck",
    "[[Moose Jaw|loc]] to [[Saskatoon|loc]] and back twice a week. thank god for the truck",
    "[[gimli|loc]] cottage plans are cancelled but he's alive so who cares",
    "[[bayamón|loc]] se botó 🙌 the whole barrio came to the swab drive",
    "driving from [[Aguadilla|loc]] to [[San Juan|loc]] every week for labs, pray for my gas tank",
    "[[eunice|loc]] folks know how to throw a benefit, they did it courir de mardi gras style",
    "[[the 956|loc]] always shows up 💚 gracias to everyone who swabbed",
    "Near [[Mille Lacs|loc]] so it's an hour and a half to clinic, every single time.",
    "[[eureka|loc]] fog + hospital windows = a whole mood",
    "[[Little Saigon|loc]] aunties made bánh chưng for the whole unit 🥹",
    "the family came down from [[Lac-Saint-Jean|loc]] and brought tourtière for the nurses",
    "From [[the Hammer|loc]] with love 🔨❤️",
    # ---- dates
    "[[3 years ago today|date]] a stranger gave me his stem cells. still can't believe it",
    "transplant day was [[11/4/22|date]], we call it his second birthday",
    "Donated in [[March 2023|date]] and just got my first letter from my recipient 😭",
    "happy 2nd rebirthday to my girl!! [[feb 9|date]] forever our favorite day",
    "my birthday is [[june 3rd|date]] and i'm spending it donating. best gift",
    "[[one year ago today|date]] we got the call that they found a match",
    "BMT on [[Oct 17, 2021|date]]. Still here, still kicking.",
    "Since [[Sept 2022|date]] I've donated twice, once PBSC and once marrow.",
    "[[5 yrs ago today|date]] i got swabbed at [[UNH|org]] and i just got the call!!! a [[little girl with ALL|recipient]] 🥹",
    "our anniversary is [[the 14th|date]] and we'll be spending it on the transplant floor 🫠",
    # ---- contact
    "follow our journey on tiktok [[@teamwidlyne|contact]]",
    "Venmo [[@Tou-Vang-22|contact]] if you want to help with gas money, no pressure.",
    "fundraiser link in bio or here: [[gofundme.com/f/help-baby-yer|contact]]",
    "cards can be sent to [[PO Box 144, Mamou LA 70554|contact]]",
    "call or text [[(337) 555-0142|contact]] if you want a plate for the benefit",
    "DM me or email [[rejean.gagnon.donor@gmail.com|contact]] if your school wants to host a drive.",
    "drop off cans at [[412 rue Principale|contact]], we'll bring them to the hospital",
    "ig: [[@keishaswabs|contact]] 🩸 come swab with us",
    # ---- recipient details (the other party), often with other entities
    "My recipient is a [[6 year old boy|recipient]] and I can't stop crying.",
    "just found out my match is a [[34 yo woman with AML|recipient]]",
    "donated to a [[dad with lymphoma|recipient]], please pray it takes",
    "we finally met!! our donor is a [[22 year old guy from Germany|recipient]] and he's the sweetest",
    "MY PERSON IS IN [[BRAZIL|recipient]]!!! that's all i'm allowed to say",
    "The coordinator told me my recipient is a [[teenage girl|recipient]] and I lost it in the parking lot.",
    "he's [[19|recipient]] and has [[sickle cell|recipient]]. i've been praying for him every night",
    "finished collection at [[Baystate|org]] today. my recipient is a [[woman in her 40s|recipient]] 💛",
    # ---- longer posts with several entities
    "ok storytime. i swabbed at a campus drive at [[Sam Houston|org]] freshman year bc they had free pizza. "
    "6 years later i'm a nurse working nights and i get a call saying i'm a match. did the shots, did the chair, "
    "did the juice box. my recipient has [[leukemia|recipient]] and that's all i know. "
    "if you swabbed for the pizza too, keep your phone on and update your address when you move. "
    "they will find you",
    "Update for everyone asking: we're home in [[Breaux Bridge|loc]]!! 41 days inpatient, a whole lot of Jell-O and "
    "more prayers than I can count. [[Our Lady of Lourdes|org]] nurses, we love y'all. Crawfish season is on hold "
    "but my baby [[Remy|name]] is HOME.",
    "Reddit, i need advice. my wife's a nurse at [[Pikeville Medical|org]] and i'm a possible match for a "
    "stranger. we've got three kids, i drive for a living. how much time off did y'all actually need after "
    "PBSC? two days? a week?",
    "ice storm knocked the power out in [[Steinbach|loc]] and we had to drive [[Pamela|name]]'s meds into the city "
    "at 5am. prairie life with a transplant kid is no joke",
    "my girl [[Pa Nhia|name]] from [[St. Kate's|org]] organized the whole drive in between clinicals 🥹",
    "the [[Kowalchuk|name]] boys and the whole [[Dauphin|loc]] rink swabbed between games",
    "Bro, I swabbed at the [[UTRGV|org]] drive sophomore year and just got the call. Literally shaking.",
    "our donor [[Matthias|name]] sent a card with a little drawing of his dog 🥹",
    "we live off [[Hwy 16|loc]] so every snowstorm is a gamble getting to clinic",
    "My dad [[T-Boy|name]] cooked jambalaya for 400 at the benefit and didn't sit down once.",
    "my husband's with the [[RCMP|org]] and his whole detachment signed up at the drive",
    "Dear donor, my name is [[Khoa|name]] and I am 10. Thank you for my new blood.",
]

records = build([("post", t) for t in CLEAN + RISKY], "fp10-", kinds=("post",))
write_jsonl(Path(__file__).parent / "fresh-posts-10.jsonl", records)

if __name__ == "__main__":
    print(f"{len(CLEAN)} clean, {len(RISKY)} risky, {len(records)} records")
