"""Fresh held-out post set 17: 240 informal public social posts, written blind (without looking at the
checker, its rules, its training data or any other corpus) to measure how the checker handles posts as
people really type them.

Style: real-looking posts and tweets by ordinary people on X, Threads, Facebook, Reddit comments and
Instagram captions. About two thirds are NOT about donation (kids, work, commuting, sport, weather, food,
pets, church, school runs, gigs, holidays, TV, gaming, local news); one third are about donation, swab
drives, transplants and registries. Regions: the US South, Midwest and West Coast; Canada (Quebec
anglophones, the Maritimes, the Prairies); the UK (Wales, the North East, London); Ireland; Australia
(Melbourne, Adelaide, Tasmania); New Zealand; Singapore; Kenya; Jamaica. Mostly lowercase, some mixed case
and ALL-CAPS shouting; memes, sarcasm, chat abbreviations, emoji, hashtags, @replies, thread openers,
Welsh, Irish, Quebec French, Maori, Singlish, Sheng/Swahili and Patois words.

- CLEAN: 130 posts with no labelled span except `ok` (most are traps: words that are also names or
  places, chains and brands without a work cue, dishes, shows, songs, games, holidays, Title Case
  headlines, campaign hashtags, memes, other-language phrases, bare months and weekdays, relative times,
  the writer's own treatment, generic places). Celebrities and public figures, and registry hashtags such
  as #BeTheMatch, carry `ok` spans.
- RISKY: 110 posts with 1-3 labelled spans each (name, org, loc, date, contact, recipient; `ok` for
  celebrities, a team slogan next to its labelled team, and a country in a DKMS post): lowercase names,
  nicknames, pets with word-names, local pubs, cafes, gyms and churches, schools, teams by nickname,
  employers with a work cue, hospitals by local short forms, suburbs, small towns, neighbourhoods,
  highways, area codes, postcodes, handles, phone numbers, hashtags with names, "N years ago today",
  month + year, the other party's age/sex/diagnosis/country.

Labelled by /work/shared/eval/LABELLING.md. All records are kind `post` (checked under nmdp-social).
Run: /work/main/.venv/bin/python tests/data/make_fresh_posts_17.py  -> tests/data/fresh-posts-17.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from markup import build, write_jsonl  # noqa: E402

CLEAN = [
    # --- daily life: US South, Midwest, West Coast ---
    "ope, just backed my cart into a whole display of pop at the grocery store. the apology tour continues 😭",
    "HOW IS IT MONDAY AGAIN",
    "will somebody explain why the school sends the permission slip home the NIGHT BEFORE the field trip",
    "bless your heart is not a compliment and my coworker STILL hasn't figured that out 💀",
    "stopped at buc-ee's for gas and left with brisket, a beaver plushie and a yard sign. no regrets",
    "waffle house at 2am is the great equalizer. everybody in there is going through something",
    "mark my words the price of eggs is gonna hit ten bucks by summer",
    "the electric bill came and i screamed. HOW. i keep the ac at 78 like a martyr",
    "buffalo wings or queso for the game tonight? wrong answers only",
    "rain rain rain. the mobile home park down the road is basically a lake again, stay safe y'all",
    "denver omelette, hash browns scattered smothered covered, sweet tea. i am a simple woman",
    "Thanksgiving at the in-laws this year. pray for me and my casserole",
    "jolene on repeat while i clean the whole house. Dolly Parton is a national treasure and that's on period",
    "pat on the back to me for doing my taxes 3 days before the deadline instead of 3 hours",
    "chase the kids round the park for an hour, came home, passed out on the couch. cardio done ✅",
    "drew a dinosaur for my nephew and he asked why the dog has spikes. brutal",
    "dawn patrol surf, water freezing, zero regrets 🌊",
    "finally beat the final boss in Elden Ring at 2am, hands shaking, wife unimpressed",
    # --- Canada: Quebec anglophones, Maritimes, Prairies ---
    "got my first paycheque and immediately spent it at timmies and dollarama like a true adult",
    "dep run at midnight for chips and a jos louis. living the dream",
    "tabarnak, the pothole on my street just ate my hubcap. c'est la vie i guess",
    "donair at 2am after the bar. some good b'y",
    "wearing my bunnyhug in june because it is 9 degrees. love it here 🙃",
    "Canada Day fireworks scared the dog so bad he's living in the bathtub now",
    "superstore parking lot on a saturday is the hunger games and i did not volunteer as tribute",
    # --- UK: Wales, North East, London ---
    "made welsh cakes with the kids, half ended up on the floor and the other half in the dog. cwtch on the sofa now",
    "diolch to whoever left a pound coin in the trolley at the supermarket. you're a legend",
    "bore da. it's raining. shock horror",
    "howay man it's baltic out there and the bairns still want ice lollies",
    "beef wellington for sunday dinner and i'm not sharing with anyone",
    "bruv the queue at greggs this morning was longer than my commute",
    "Coronation Street is just people shouting in a pub for 30 mins and i love it",
    "Gavin & Stacey christmas special rewatch, non negotiable in this house",
    "reading on the bus is my only personal time and today a man sat next to me and narrated his divorce",
    "Council Confirms Bin Collections Move To Fortnightly From Next Month",
    "nice weather for once. NICE. i said it. now watch it hail",
    "Boxing Day sales. went in for socks, came out with a fridge freezer",
    "a karen at the self checkout just asked to speak to the machine's manager",
    # --- Ireland ---
    "the craic was mighty at the wedding, still recovering, don't talk to me till wednesday",
    "penneys haul for the holidays. 12 quid for a jumper is criminal in the good way",
    "kids made me watch Derry Girls again and now they say 'catch yourself on' at dinner",
    "St Patrick's Day and the kids want green pancakes. fine. FINE.",
    "cork popped, prosecco poured, exam results are in and we're not talking about maths",
    # --- Australia: Melbourne, Adelaide, Tasmania ---
    "ngl the last episode of Bluey had me crying in the car park at aldi",
    "sausage sizzle at bunnings, saw a bloke carry a whole door under one arm. peak saturday arvo",
    "tram was rammed again this morning, someone's backpack in my face for 40 mins. love this city 🙃",
    "Anzac Day dawn service this morning. cold, quiet, moving. lest we forget",
    "ruby slippers costume for book week. glitter EVERYWHERE. send help",
    # --- New Zealand ---
    "kia ora whānau, mahi was rough today so it's fish n chips at the beach tonight",
    "ka pai to the kid who helped me pick up all my spilled kiwifruit at the supermarket, faith in humanity restored",
    "aroha nui to everyone who checked in this week, it's been a hard one",
    "Shortland Street cliffhanger was criminal, i need to know NOW",
    "Waitangi Day bbq got rained out so we ate sausages in the garage like kings",
    # --- Singapore ---
    "can lah, just chope the table with a tissue packet and go order. so shiok",
    "Hari Raya open house season, i've eaten rendang 4 times in 2 days and regret nothing",
    "happy Deepavali to all celebrating, the murukku my neighbour dropped round is dangerous",
    # --- Kenya ---
    "pole sana to everyone stuck in traffic this morning. matatu driver blasting gospel at full volume and honestly it helped",
    "sasa, who's watching the derby tonight? i need company, my brother supports the other lot",
    "Jamhuri Day long weekend and it's raining, of course",
    # --- Jamaica ---
    "wah gwaan everybody, rain a fall from morning and mi still haffi go work",
    "ackee and saltfish with fried dumpling this morning. bless up",
    "[[@Shenseea|ok]] drop the album already we waiting 😩",
    "[[Usain Bolt|ok]] doing a charity fun run and still outrunning everybody lmao",
    # --- everywhere: pets, kids, TV, memes, headlines ---
    "ngl tbh idk what's for dinner. cereal? cereal.",
    "jack up the car, wheel's stuck, rain pouring, neighbour watching from his window with a cuppa. cheers mate",
    "sunny and 24 today and the whole town's out in shorts",
    "april showers my foot, it's been raining since february",
    "may the odds be ever in my favour at parents evening",
    "penny for your thoughts? mine are all about tacos",
    "ginger nuts dunked in tea is elite and i won't be taking questions",
    "holly and ivy up on the mantel, house smells like a candle shop",
    "frank conversation with my boss today: i need a raise or a nap. she laughed. at which part",
    "rose gold phone case is back. 2016 me would be proud",
    "ash everywhere from the bonfire, kids smell like smoked ham",
    "hope everyone's surviving the school holidays, it's day 4 and i've hidden in the pantry twice",
    "Storm Warning Upgraded As Heavy Rain Set To Hit Overnight",
    "Petrol Prices Tipped To Jump Again Before Long Weekend",
    "Love Island villa meltdown tonight was unhinged, who's watching",
    "[[Beyoncé|ok]] could release an album of her breathing and i'd buy it on vinyl",
    "[[David Attenborough|ok]] narrating my cat stalking a moth is the show i need",
    "[[Taylor Swift|ok]] tickets gone in 8 minutes and i was number 41,000 in the queue. cool cool cool",
    "sweet caroline came on at the wedding and my uncle lost it. BA BA BAAAA",
    "mr brightside on the school run, windows down, kids mortified. main character energy",
    "1/ a thread on everything that went wrong at my kid's birthday party, starting with the bouncy castle",
    "turkey sandwiches for the 4th day running. the leftovers are winning",
    "ok so today: alarm didn't go off, toast burnt, dog ate my left shoe, the bus sailed past me, got to work soaked, spilled coffee on the printer, boss said 'rough morning?' and i laughed till i cried. anyway it's 3pm and i've decided it's friday in my heart. who's in",
    "POV: you said 'quick trip to the shops' and came back with a cactus and no milk",
    "not me stanning a cooking show contestant harder than my own family",
    # --- donation, transplant, registries ---
    "swabbed my cheek at the drive today. took 2 minutes. why did i wait 5 years",
    "got the call that i might be a match for someone. shaking. WHAT DO I DO",
    "day +100 post transplant. counts look good, doc's happy, i'm happy. cake time",
    "PBSC donation done! the needle was the worst part, the rest was netflix and juice boxes",
    "filgrastim shots had my bones aching like i'm 90. worth it. so worth it",
    "my donor gave me a second birthday and i don't even know their name. that's the whole point tho",
    "if you're 18-40 and healthy please sign up to the stem cell register. it's a cheek swab. that's it",
    "[[#BeTheMatch|ok]] is trending and i'm crying at my desk",
    "#GivingTuesday: if you can't give money, give a swab. #StemCellDonor",
    "bone marrow biopsy number 3 done. still hate it. still here.",
    "hope is a cheek swab in an envelope. post it back people",
    "got my registry kit in the mail today!! swabbed all 4 sides like a pro",
    "a year since my transplant and i'm allowed to write to my donor properly. what do you even say",
    "chemo brain is real, i put the milk in the cupboard and the cereal in the fridge",
    "GVHD flare again, skin's on fire, staying in with Schitt's Creek and ice packs",
    "to the stranger who donated their stem cells to me: you're my hero and i mean that. thank you thank you thank you",
    "nurses on the ward are angels with coffee stains. that's it, that's the post",
    "cleared for donation!! medical was a breeze, just need to drink more water apparently",
    "real question for donors: how sore were your hips after the marrow harvest? went in this morning and i'm walking like a cowboy",
    "#WorldMarrowDonorDay shoutout to everyone who swabbed, even if you never get the call",
    "Blood Cancer Awareness Month. sign up, share the link, annoy your friends until they swab",
    "my dad's in the clinic for his top up. i'm in the car park eating crisps and praying",
    "[[#DeleteBloodCancer|ok]] 💪 swab party at the uni bar went OFF",
    "neutropenic diet is the worst. i want a runny egg. i DREAM of a runny egg",
    "got told i'm a 10/10 match. TEN OUT OF TEN. never got that on a test in school",
    "my recipient's family sent a card through the registry. i had to sit down on the kitchen floor",
    "please stop asking if donating marrow means they drill into your spine. it does not. it's your hip. most of the time it's just your arm",
    "engraftment!!!! EVERYONE SCREAM WITH ME",
    "hickman line out today. showering like a normal human again 🚿",
    "my son just joined the register without telling me. proud doesn't cover it",
    "reminder that the register needs way more donors from mixed and minority backgrounds. swab up",
    "5 hours in the donor chair with a hot water bottle and Taskmaster on my phone. not bad honestly",
    "grateful doesn't cover it. 2 years cancer free thanks to a total stranger",
    "anyone know if you can still donate if you got a tattoo recently? asking before the drive",
    "just got my 'thank you for joining' text. now we wait. could be never, could be tomorrow",
    "mum's transplant is going ahead!!! donor found!!! i'm sobbing in tesco",
    "cord blood banking: worth it or a scam? hospital gave us a leaflet and i'm lost",
    "rang the bell today. RANG. THE. BELL.",
    "went to the blood drive, fainted, got two biscuits instead of one. win win",
    "[[Robin Roberts|ok]] talking about her transplant on tv years ago is the reason i signed up",
    "Local Teen Signs Up Entire Football Team To Stem Cell Register",
    "rt if you're on the register and still checking your phone every time an unknown number calls",
]
RISKY = [
    # --- US South ---
    "[[tayshawn|name]] scored twice at rec league tonight and would NOT stop talking about it in the car 🙄",
    "took the kids bowling at [[Cypress Lanes|org]], [[kenzie|name]] bowled a 97 with the bumpers up and now thinks she's going pro",
    "fish fry at [[St. Bernadette's|org]] tonight, come hungry, father [[okafor|name]] is on the fryer",
    "[[Vols|org]] won and [[knoxville|loc]] is on fire (metaphorically. mostly.)",
    "homecoming at [[Pearl River|org]] this weekend, [[tucker|name]] is on the court 👑",
    "back in the [[504|loc]] and my hair is already 3x bigger",
    "pastor [[ray|name]] pitched a no-hitter at church softball and now he's insufferable, lord forgive me",
    "[[SAINTS|org]] WIN!!!! [[WHO DAT|ok]] BABY",
    "choir practice at [[Bethel AME|org]] ran late because sister [[gloria|name]] had notes. so many notes",
    # --- US Midwest ---
    "uff da, [[Lakeville|loc]] got 14 inches overnight and [[gus|name]] is tunneling through the yard like a mole 🐕",
    "hotdish potluck at [[Grace Lutheran|org]] sunday, bring a crockpot and your own fork",
    "ran into [[brynn|name]] from high school at hy-vee and we talked for 45 mins in the cereal aisle. the goodbye took another 20",
    "my shift at [[Menards|org]] ends at 10 and i'm already dead inside",
    "grandpa [[walt|name]] still wears his [[Huskers|org]] hat to church like it's a holy relic",
    "PTA meeting at [[Ridgecrest Elementary|org]] ran 2 hrs over because of a fight about the bake sale. i have never felt more alive",
    # --- US West Coast ---
    "took [[diego|name]] to his first [[Sounders|org]] match, he cried when they scored and again when his hot dog fell",
    "the [[405|loc]] at 5pm should be illegal",
    "[[june|name]] dragged me to a [[Timbers|org]] match and i'm a convert now. the smoke! the drums!",
    "earthquake just now in [[eureka|loc]]?? did anyone else feel that",
    "[[Niners|org]] game at tío [[chuy|name]]'s, abuela yelling at the ref in spanish the whole 4th quarter",
    # --- Canada ---
    "skating on [[Beaver Lake|loc]] after work, [[mathilde|name]] fell 9 times and laughed every single time",
    "[[Habs|org]] lose in OT again. tabarnak. going to bed",
    "lobster supper at the hall in [[clyde river|loc]] tonight, aunt [[dot|name]] is doing the pies",
    "fog so thick on the [[Confederation Bridge|loc]] i couldn't see the car in front of me 😬",
    "[[Riders|org]] win!!! [[Mosaic|loc]] was SHAKING",
    "-38 with the windchill in [[moose jaw|loc]] and [[pickles|name]] still wants his walk. this dog is unwell",
    "12 years at [[Canadian Tire|org]] today and they gave me a pen. a PEN.",
    "[[Connor McDavid|ok]] with another hat trick and the [[Oilers|org]] fans in my office are unbearable",
    "1/ road trip from hell: left [[regina|loc]] at 6am, [[bodhi|name]] threw up before [[swift current|loc]], and that was the GOOD part",
    # --- UK: Wales ---
    "[[Scarlets|org]] were shocking today. [[rhodri|name]] still made us sing the whole way home on the coach",
    "quick pint at the [[Llew Du|org]] then home for tea, promise 🍺",
    "up the [[valleys|loc]] for sunday dinner at mam's, grav everywhere",
    "lost cat in [[CF24|contact]], grey tabby called [[smudge|name]], very shouty, please check your sheds",
    # --- UK: North East ---
    "going to the match with [[kev|name]] saturday, [[Toon|org]] better turn up or i'm selling me season ticket",
    "me nana's 90th at the club in [[Jarrow|loc]], our [[kayleigh|name]] did a speech and the whole room bawled",
    "12 hr shift at the [[RVI|org]] and A&E was carnage. bath, bed, don't talk to me",
    "anyone in [[NE6|contact]] seen a blue scooter? it's my lad's and he's gutted",
    # --- UK: London ---
    "trains down AGAIN. walked from [[peckham|loc]] to [[dalston|loc]], legs are finished",
    "[[Bees|org]] three up at half time, uncle [[tunde|name]] already planning the parade 😂",
    "new job at [[Pret|org]] starts monday, wish me luck with the 6am starts",
    "[[@marlee_j|contact]] lmaooo stop, i was THERE, it was worse",
    # --- Ireland ---
    "the [[Rebels|org]] are killing me. [[cathal|name]] hasn't spoken since the final whistle",
    "stuck on the [[M50|loc]] for an hour, [[aoife|name]] texted 'where r u' eleven times",
    "my cousin [[saoirse|name]] is getting married in [[dingle|loc]] and i have to do a speech. someone write it for me pls",
    "working a double at the [[Mater|org]], ward is mobbed, send tea",
    "saw [[Fontaines DC|ok]] at [[Whelan's|org]] last night, ears still ringing",
    # --- Australia ---
    "[[Pies|org]] lost and the whole of [[preston|loc]] is in mourning",
    "brunch at [[Higher Ground|org]] with [[ellie|name]], $28 for eggs, peak [[melbourne|loc]]",
    "[[Dees|org]] membership renewed, [[poppy|name]] gets her first scarf this year 🥹",
    "[[Crows|org]] or [[Power|org]]? my house is split down the middle and dinner is tense",
    "fritz and sauce sanga from the deli in [[glenelg|loc]]. [[adelaide|loc]] childhood in one bite",
    "snow on [[kunanyi|loc]] this morning and the kids think it's christmas",
    "[[JackJumpers|org]] game with [[ollie|name]], he got his jersey signed and won't take it off",
    "lost dog near the oval, brown staffy, answers to [[bruno|name]], pls call [[0412 558 903|contact]]",
    "WE BOOKED [[BALI|loc]] 🌴🌴🌴 the boss doesn't know yet",
    # --- New Zealand ---
    "[[Blues|org]] lost again. yeah nah. nah yeah. nah.",
    "ferry to [[Waiheke|loc]] with the girls, [[moana|name]] forgot the chilly bin. ONE job",
    "[[tama|name]]'s first day at [[Ōtāhuhu College|org]], he's taller than me now, how",
    "shift at [[Pak'nSave|org]] tonight, please nobody drop a jar of pickles in aisle 4 again",
    # --- Singapore ---
    "makan at [[Tiong Bahru|loc]] market with [[wei ling|name]], chwee kueh queue 30 mins but shiok",
    "[[junhao|name]] books in at [[Tekong|loc]] sunday, mummy already crying 😭",
    "[[SGH|org]] clinic queue 3 hours, brought my whole switch and 2 chargers",
    # --- Kenya ---
    "[[Gor Mahia|org]] wins and [[otieno|name]] is buying everyone nyama choma. i witnessed it",
    "matatu from [[rongai|loc]] to town took 2 hrs, i could've walked to [[nakuru|loc]] faster",
    "[[wanjiru|name]] graduated from [[Kenyatta University|org]] today!! mum ululating the whole ceremony 🎓",
    "200 calls today at [[Safaricom|org]] customer care. my ears are ringing",
    # --- Jamaica ---
    "[[Reggae Boyz|org]] play tonight, everybody link up at [[Sugar Shack|org]] in [[half way tree|loc]]",
    "[[tashana|name]] pass her CSEC maths!!! big up mi baby 🎉",
    "curry goat from [[Miss Lorna's|org]] in [[Mo Bay|loc]], best on the island don't @ me",
    # --- pets, birthdays, anniversaries, contacts ---
    "[[ROSCOE|name]] ATE MY BIRTHDAY CAKE. THE WHOLE THING. HE IS A BEAGLE.",
    "it's [[zara|name]]'s 7th birthday on the [[19th|date]] and she wants a unicorn cake that is also a dinosaur",
    "happy anniversary to my husband, [[12 years ago today|date]] you cried at the altar and blamed hay fever",
    "my baby started high school today. feels like [[march 2012|date]] was yesterday 😭",
    "selling 2 tix for saturday's gig, DM [[@kiera_m22|contact]]",
    "garage sale this sat at [[44 Hemlock Dr|contact]], baby clothes and a treadmill nobody has ever used",
    # --- donation, transplant, registries ---
    "donated stem cells at [[Fred Hutch|org]] this morning for a [[34 year old woman with leukemia|recipient]]. tired but buzzing",
    "[[3 years ago today|date]] i got my transplant. hi donor, wherever you are, i'm still here 💛",
    "swab drive for our girl saturday, church hall, 10-2, spread the word [[#TeamKeziah|name]]",
    "all i know about my donor: [[22 yo guy from denmark|recipient]]. danke, whoever you are 🫶",
    "[[Anthony Nolan|org]] just rang!!! i'm a match for a [[man in his 50s|recipient]] 😭",
    "donating at [[UCLH|org]] on [[14 March|date]], nervous and excited in equal measure",
    "marrow harvest done at [[Vandy|org]], hips are sore, [[brantley|name]] brought me a milkshake like a hero",
    "day +30 for my little brother at [[Peter Mac|org]] 🙏 counts finally rising",
    "my recipient is a [[6 year old girl with ALL|recipient]] and i think about her every single day",
    "[[DKMS|org]] rang, i'm a potential match!!! i only registered in [[Germany|ok]] on my gap year lol",
    "signed up with [[Strength to Give|org]] at the footy, easiest 5 mins of my life",
    "my transplant was [[June 2021|date]] at the [[RAH|org]]. this week i ran 5k 🏃‍♀️",
    "swabbing at [[Flinders Uni|org]] today, come find us near the library, we have lollies",
    "dad's donor was a [[19 year old from chile|recipient]] and we're writing to them through the registry this week",
    "[[KNH|org]] needs stem cell donors urgently, share share share. call [[0722 301 447|contact]] for the drive",
    "asante sana to everyone who came to the registry drive at [[Strathmore|org]], 214 swabs in one day!!",
    "my sis is still searching for a match and black donors are so underrepresented. please swab [[#SwabForNkechi|name]]",
    "mi cousin [[shanique|name]] need a donor, she deh at [[UHWI|org]]. please, if yuh can, register",
    "donated [[one year ago today|date]] to a [[41yo man with lymphoma|recipient]]. update says he's doing well 🥲",
    "[[Be The Match|org]] just called me 6 years after i swabbed in college!!! [[#BeTheMatch|ok]]",
    "transplant day at [[Foothills|org]]!!! [[Oct 3|date]] is my new birthday 🎂",
    "my wee sister's transplant at the [[QEII|org]] went well. thanks for the prayers from [[truro|loc]] to [[sydney|loc]]",
    "signed up with [[Héma-Québec|org]] at the blood clinic, nurse [[josée|name]] was a sweetheart",
    "[[@jessmakes_things|contact]] thank you for the chemo cap you knitted me, i'm crying",
    "all we're allowed to know about my sister's donor: [[female, 27, UK|recipient]]. that's it. we love her anyway",
    "collection done at [[Guy's|org]], nurse [[femi|name]] kept me laughing the whole 4 hours",
    "[[5 years ago today|date]] my brother got his stem cells from a stranger in [[brazil|recipient]]",
    "donated bone marrow at [[NUH|org]] this morning. my recipient is a [[child with thalassemia|recipient]]. drink water people",
    "[[BMDP|org]] drive at [[Jurong Point|loc]] this weekend, go register lah",
    "letter from the [[NZBMDR|org]] today, possible match for a [[woman in her 40s|recipient]] overseas. kia kaha to her",
    "our [[Rotary|org]] club ran a swab drive in [[timaru|loc]] and signed up 88 people 🙌",
    "[[10/2/2022|date]] was transplant day for mum. today she planted tomatoes 🍅",
    "my donor wrote to me!!! she's a [[mum of three from australia|recipient]] and i can't stop crying",
    "text [[07845 221906|contact]] if you want swab kits for your office, we'll drop them round",
    "[[Canadian Blood Services|org]] called. potential match. i'm sitting in my car in a parking lot shaking",
]

records = build([("post", t) for t in CLEAN + RISKY], "fp17-", kinds=("post",))
write_jsonl(Path(__file__).parent / "fresh-posts-17.jsonl", records)

if __name__ == "__main__":
    print(f"{len(CLEAN)} clean, {len(RISKY)} risky, {len(records)} records")
