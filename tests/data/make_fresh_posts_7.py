"""Writes fresh-posts-7.jsonl: a seventh held-out set of informal posts (lowercase, slang, shouting, hashtags),
written without sight of the rules or the other corpora. 130 clean posts, many of them traps, and 110 with
entities the way people post them. Labelled by /work/shared/eval/LABELLING.md. Run: python tests/data/make_fresh_posts_7.py"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from markup import build, write_jsonl  # noqa: E402

CLEAN = [
    # ordinary words that are also names or places
    "Ngl the hospital parking is a scam. $14 for two hours?? For a blood test??",
    "will i ever learn to stop doomscrolling at 2am. no. the answer is NO",
    "Hope everyone has a good weekend, I'm just gonna sit on the couch and eat jollof til monday",
    "The rose bush finally bloomed and my Mum cried a bit lol",
    "may as well sign up, its literally a cheek swab. done in 5 mins #GivingTuesday",
    "SUNNY SPELLS MY FOOT, its been lashing since 7",
    "reading a book in the waiting room like a normal person while everyone else is on tiktok",
    "nice weather for ducks as my granny used to say 🦆",
    "Hit the jackpot at the charity shop, a cardigan and a whole set of china for 6 quid",
    "grace before meals and then we DEMOLISHED the whole lasagne",
    "faith over fear, always 🙏 #blessed",
    "The joy on her face when the consultant said remission. I cant even",
    "rich tea biscuits are underrated and i will die on this hill",
    "Frank conversation with my husband last night about whether I should donate. He's scared, I'm not.",
    "mark my words, next year ill run that charity 10k",
    "dawn chorus outside my window at 5am, couldnt sleep anyway #insomnia #steroidlife",
    "a ray of sunshine walked in today: the tea trolley lady with the good biscuits",
    "The bill for the ambulance came and i nearly passed out all over again",
    "got a new jersey for the charity run, its bright orange and says DONOR on the back",
    "phoenix from the ashes vibes, day 100 post transplant 🔥 #day100 #stemcelltransplant",
    "swiss cheese memory from the meds. what was i saying",
    "jack of all trades, master of none, currently a professional napper",
    "Patience is a virtue and I have none. Where are my results",
    "the summer heat is no joke on neutropenic precautions, stuck inside with the fan",
    "Autumn leaves, pumpkin spice, and a clean scan. Favourite season confirmed.",
    # team nicknames and sporty words used as words
    "the jets flew over the house this morning and the dog lost his ENTIRE mind",
    "my cats are little devils, they knocked the christmas tree over AGAIN",
    "eagles circling over the car park at work this morning, unreal",
    "when the saints go marching in was playing in the lift and i was NOT ready",
    "crimson tide of emotions today lol, happy crying, sad crying, HUNGRY crying",
    "my kids turned into absolute tigers at the school sports day, the egg and spoon race got VIOLENT",
    "cowboys and aliens is still a terrible film and i watched it twice on the ward",
    # shouting
    "JUST FOUND OUT IM A POTENTIAL MATCH FOR SOMEONE!!! shaking rn",
    "WHY IS THE WAITING ROOM TV ALWAYS ON A HOME RENO SHOW",
    "HAPPY FRIDAY TO EVERYONE EXCEPT THE PHLEBOTOMIST WHO MISSED MY VEIN TWICE",
    "GOD IS GOOD!!! counts are up!!!",
    "SWAB. SAVE. REPEAT. #GivingTuesday #SwabForLife",
    "YOU BEAUTY!!! CLEAR SCAN!!! 🎉🎉",
    "SQUID GAME S2 SPOILERS IN THE REPLIES, YOU'VE BEEN WARNED",
    # donation life, chat abbreviations
    "Day 3 of G-CSF shots. my bones ache like i ran a marathon i did NOT run",
    "The nurses on the ward are angels honestly, every single one of them",
    "anyone else get weird dreams after the filgrastim or just me #donorlife",
    "Apheresis tomorrow. Nervous but ready. Bring on the snacks.",
    "tbh the donor centre was nicer than my flat",
    "rt if you're on the registry and still waiting for the call 📞",
    "lol the nurse said 'small scratch' and then stabbed me like I owed her money",
    "smh they cancelled my appointment AGAIN. third time. ive taken three days off work for this",
    "honestly? grateful. tired, but grateful.",
    "ya'll... the hospital jello is lime. LIME. who approved this",
    "y'all PRAY for my mama she's getting her scans today 🙏🙏",
    "Bless your heart, said the nurse, and I still don't know if it was an insult",
    "ok ok ok i signed up. happy now? 😤 (i'm actually really happy)",
    "lmfao my dad tried to use the word 'rizz' with the consultant",
    "ty all for the prayers fr fr",
    "idk who needs to hear this but its OK to be scared. #mentalhealthmatters",
    "ffs the wifi on this ward",
    "ta for the flowers, theyre gorgeous",
    "Still can't believe a stranger did this for us. Whoever you are, thank you",
    "To my donor, wherever you are: I'm alive because of you. Thank you.",
    "my recipient is doing ok, thats all im allowed to know and thats enough",
    "Registry drive at the student union today, bring a friend and a cheek 😂 #DonorDrive",
    "swabbed at the uni fair today, painless. [[#BeTheMatch|ok]] #SwabForLife",
    "Shoutout to every blood donor out there. You lot are the real MVPs.",
    "Storm warning tonight so the blood drive is moved to next week, check your email",
    "last tuesday i slept 14 hours. today i walked to the shop. progress",
    "quote tweeting this because YES. everyone should be on the registry, its one swab",
    # regional voices
    "wee bit tired the day but nae bother",
    "Sound as a pound, lads, just a bit sore. Cheers for the messages",
    "sweet as bro, the nurses sorted me out with a feed and a cuppa",
    "howzit, just a quick one to say thanks for all the support, shot bru",
    "good craic on the ward tonight, the night nurse has jokes",
    "chale this harmattan dey burn my lips #harmattanseason",
    "Abeg who has an extra charger, my phone don die and the recovery nurse wont let me get up",
    "eish load shedding again and my aftercare leaflet says stay warm. cool cool cool",
    "Monsoon has started and the auto drivers are charging double, nothing new",
    "chai kab milegi yaar, the hospital tea is just hot water with regret",
    "yalla habibi, finish your soup",
    "Inshallah next week I'm home. Fingers crossed.",
    "mashallah the results came back good. alhamdulillah for everything",
    "salamat po sa lahat ng nagdasal, recovery is going well 🙏 #laban",
    "grabe ang sakit ng likod ko after the harvest pero keri lang",
    "ay dios mío the hospital food today 😭",
    "DALE QUE SE PUEDE 💪 almost done with isolation",
    "bora, let's go!! última dose hoje 💪",
    # food and drink
    "we had turkey, the good china AND my aunt's mac and cheese. thanksgiving peaked",
    "Buffalo wings and a cold one after the longest week of my life",
    "im not saying im addicted to brussels sprouts but i had them three times this week",
    "chuck a few snags on the barbie mate, its finally warm",
    "tim tam slam with a cuppa is the only thing getting me through chemo week #chemolife",
    "Vegemite on toast, a flat white, and a nap. Recovery plan sorted.",
    "Pavlova for dessert because it's Christmas and we're not animals",
    "eggs benedict at the café downtown, 10/10 would get neutropenic again (jk)",
    "earl grey and a biscuit, the english cure for everything",
    "caesar salad with extra croutons and no anchovies thanks",
    "extra mayo on EVERYTHING, i dont make the rules",
    "Sloppy Joes for dinner, the kids are thrilled, I am tired",
    "bloody mary at brunch? its 11am somewhere",
    "nothing beats a jamaican patty after a long shift",
    "Mom made pierogi for the whole floor and now the nurses love us",
    "pho is medicine. i will NOT be taking questions",
    "kimchi jjigae when youre sick >>> chicken soup, sorry",
    "halo-halo weather na naman 🥵",
    "mandazi and chai to start the day, sawa sawa",
    "ugali and sukuma wiki, simple food simple life",
    "bunny chow for lunch and now i need a nap",
    "jerk chicken and festival for dinner (festival the fried dumpling, not a party lol)",
    "dr pepper and a packet of doritos, vending machine dinner of champions",
    "Ben & Jerry's for breakfast post-donation, doctors orders (not really)",
    "double double and a timbit, canadian recovery diet",
    "jordans or air max for the charity 5k? SERIOUS question",
    # films, songs, tv, games, public figures
    "[[jolene|ok]] came on at karaoke and my whole table lost it",
    "bohemian rhapsody in the car with the windows down, therapy #mood",
    "the bear season 3 was a bit slow ngl but that kitchen episode tho",
    "Bluey is a better parenting show than anything else on telly, fight me",
    "Who else is watching Love Island from their hospital bed 🙋‍♀️",
    "two hours into catan and my brother has stopped speaking to me",
    "WORDLE IN 2 TODAY, dont talk to me",
    "Mario Kart tournament in the family room on the unit, I came 11th out of 12",
    "[[Taylor Swift|ok]] tickets or a new car? asking for a friend",
    "[[burna boy|ok]] on repeat while the cells collect. afrobeats heals #afrobeats",
    "watching [[son heung-min|ok]] score at the death from a hospital bed, i screamed so loud the nurse came RUNNING",
    # headlines and threads
    "Stem Cell Donation: What Actually Happens On The Day",
    "5 Myths About Bone Marrow Donation That Need To Die",
    "Breaking: Local Woman Finally Finishes Her Puzzle After Six Weeks In Isolation",
    "1/ so you've been told you're a match. here's what nobody tells you about the next six weeks",
    "2/ the medical is long. they check EVERYTHING. bring a book and eat breakfast first",
    "Ok long one. I've been on the register since uni and completely forgot about it until last spring when i got "
    "the email. i thought it was spam honestly. the coordinator was so patient with me, walked me through the whole "
    "thing twice. the injections weren't fun, i won't lie, felt like flu in my hips for three days. donation day "
    "itself was boring more than anything, watched two films and ate a whole packet of jaffa cakes. if you're on "
    "the fence about signing up, just do it. it's a swab.",
    "Update for everyone who's been asking: he's eating again!!! The mouth sores were awful for about two weeks and "
    "he was living on ice chips and those little jelly cups, but this morning he had half a slice of toast and asked "
    "for a second. The team say his counts are climbing slowly, which is what they want. We're taking it one day at "
    "a time. thank you for the meals, the cards, the texts at 3am. we see you. we love you. keep praying x",
    "Merry Christmas from the transplant ward 🎄 the nurses did the whole place up",
    "Eid Mubarak from my isolation room, sending love to everyone fasting and feasting",
]

ENTITY = [
    # replies, handles, contact
    "[[@tunde_fx|contact]] omg SAME, my lower back was screaming after the third shot",
    "[[@bigmac_77|contact]] mate you said you'd bring the charger. you did not bring the charger",
    "Questions about the swab drive? email me at [[tanvir.hossain92@gmail.com|contact]] and ill get back to you",
    "Text [[(417) 555-0198|contact]] if you wanna carpool to the drive Saturday, i got 3 seats",
    "URGENT!!! O neg blood donors needed at [[knh|org]] for my cousin, call [[0722 555 014|contact]] 🙏🙏",
    "venmo [[@kiana-lopes-4|contact]] for raffle tickets, $5 each, prizes are mostly casseroles #raffle #fundraiser",
    "Drop off meals at [[14 Ridgeway Close|contact]], side door, dont knock the baby's asleep",
    "fundraiser for my sister's transplant costs: [[gofundme.com/f/help-amara-heal|contact]] every share helps 🙏",
    "follow [[@cells.for.kofi|contact]] on ig for updates on [[kofi|name]]'s journey 💛 [[#swabforkofi|name]]",
    "ANYONE in [[ls6|contact]] fancy helping at the swab drive? need 4 more volunteers",
    "[[bt9|contact]] lads where's the best chippy near the [[city hospital|org]], starving after my bloods",
    "Call or WhatsApp [[+233 24 555 1870|contact]] to book your slot at the drive, Auntie [[Akos|name]] is coordinating",
    # recipients (the other party)
    "My recipient is a [[42 year old woman with AML|recipient]]. Thats all they told me and i think about her every day",
    "my donor was a [[26 yo guy from poland|recipient]] and ive already learned to say dziękuję",
    "just found out my recipient is a [[little girl|recipient]]. IM NOT OKAY 😭",
    "My stem cells are going to a [[67 year old man in Canada|recipient]] 🇨🇦 go get em grandpa",
    "im donating to a [[teenage boy with sickle cell|recipient]] and if that doesnt make you sign up idk what will #swabtosave",
    "Got a letter from my recipient!! She's a [[34 year old mum|recipient]] and she's doing well. I had to sit down.",
    "my donor is a [[22yo uni student from germany|recipient]] and im sending him the biggest box of tim tams known to man",
    "Matched with a [[woman with myelofibrosis|recipient]]. The shots start Monday, wish me luck",
    "my recipient has [[mds|recipient]], had to google it, now i know WAY too much about bone marrow",
    "all i know is hes [[51 and has lymphoma|recipient]]. thats enough to keep me going through these shots",
    "DONATING TO A [[BABY IN AUSTRALIA|recipient]]!!!! 🇦🇺 hope your mum gets to hold you soon",
    # dates
    "[[two years ago today|date]] a stranger gave me their stem cells. still here. still loud.",
    "My bday is [[March 9|date]] and my new marrow bday is [[June 22|date]], two cakes a year now, no notes",
    "donated on [[11/04/2023|date]] and i still get emotional about it tbh #donorlife",
    "TODAY IS MY [[5TH BONE MARROW BIRTHDAY|date]]!!! 🎂🎂🎂 THANK YOU STRANGER",
    "[[April 2021|date]] they gave me 6 months. It's now [[October 2024|date]]. Suck it, cancer.",
    "We got married on the [[2nd of August|date]] and he was in remission by our first anniversary ❤️",
    "[[one year ago today|date]] i was lying in [[addenbrookes|org]] wondering if id see another spring",
    "collection day moved to [[thurs 19th|date]], hotel's booked, [[jaz|name]] is driving. LETS GOOO",
    # names: lowercase, nicknames, virtue/month/word names, sign-offs, hashtags
    "Big shoutout to [[Robbo|name]] and [[Gaz|name]] for driving me to the [[Beatson|org]] every day this week, legends",
    "[[BIG MAC|name]] FINALLY CAME TO SEE ME, only took him 3 weeks and a guilt trip",
    "my boy [[dre|name]] got swabbed at the [[jackrabbits|org]] game, proud of him fr [[#GoJacks|ok]]",
    "My dog [[Biscuit|name]] knows somethings up, hasn't left my side since I got home",
    "our hamster is called [[toaster|name]] and he has been more supportive than some of my exes",
    "the kids named the new puppy [[beyoncé|name]] and i am NOT strong enough to argue",
    "[[Precious|name]] made me laugh so hard on the ward my line nearly came out",
    "Nurse [[Mercy|name]] on nights is the reason i slept at all this week",
    "[[patience|name]] from church brought jollof and chin chin, i love that woman",
    "[[april|name]] and i did the swab together at lunch, bestie goals #swabsquad",
    "[[Sunday|name]] drove me in and [[Blessing|name]] drove me home, I have the best friends",
    "[[Honey|name]], our old lab, sat by the door all day waiting for me. Real MVP",
    "[[kojo|name]] is home!!! HE IS HOME!!!!",
    "thank you all for the cards and the soup. i read every one. love, [[J.|name]]",
    "cant reply to everyone but i see every message and it means the world xx [[shaz|name]]",
    "Please share!! [[#TeamKwabena|name]] needs a donor of african descent, swab kits at [[KATH|org]] in [[kumasi|loc]] this saturday",
    "[[#PrayersForPriya|name]] day 12 post transplant, counts starting to move 🙏",
    "bring a cheek, save a life [[#DoItForDeshawn|name]] [[#JunjunStrong|name]]",
    "Dr [[Adeyemi|name]] explained everything twice and never once looked at her watch",
    "shoutout sister [[mbali|name]] on the night shift, she sang to me at 3am when i couldnt sleep",
    # relatives' titles in other languages
    "Lola [[Caring|name]] made arroz caldo for the whole ward and the nurses asked for the recipe 😭",
    "ciocia [[basia|name]] brought pierogi AND bigos to the ward, [[rzeszów|loc]] grandmas dont play",
    "Tía [[Lupe|name]] lit a candle for me at [[San Judas Tadeo|org]] every single day, ella es todo para mí",
    "chacha [[imran|name]] drove ALL the way from [[sialkot|loc]] just to sit with me for an hour",
    "Teta [[Samira|name]] flew in from [[Zarqa|loc]] with a suitcase full of maamoul and zero regard for baggage limits",
    "halmeoni keeps sending ice packs from [[daegu|loc]] like the hospital doesnt have a freezer 😂",
    # hospitals and registries as locals say them
    "Transferred from [[KNH|org]] to [[Aga Khan|org]] today and the difference is night and day",
    "day +30 at [[tata memorial|org]], the drive in from [[thane|loc]] is the REAL side effect",
    "dr [[saima|name]] at [[shaukat khanum|org]] is the calmest human alive",
    "[[pgh|org]] waiting area packed as usual, pray for us 🙏 [[#LabanEzekiel|name]]",
    "did my donation at [[groote schuur|org]], the view of the mountain from the ward 😍",
    "[[City of Hope|org]] just said the magic word: ENGRAFTMENT!!!",
    "The [[Christie|org]] do the best cup of tea in [[Manchester|loc]], I'll fight anyone on this",
    "9 hours in [[beaumont|org]] A&E last night, grand so, grand",
    "THE REGISTRY CALLED!!! [[anthony nolan|org]] you absolute legends, IM A MATCH",
    "signed up with [[datri|org]] at college fest, got the call 3 years later, STILL in shock",
    "[[dkms|org]] sent me a thank you card and i might actually frame it [[#DKMS|ok]]",
    "[[Peter Mac|org]] on the [[14th|date]], then recovering at my mates place in [[Footscray|loc]]. Thanks [[Ngaio|name]] for the soup!!",
    # teams, schools, churches, venues, employers, military, unions
    "[[zips|org]] lost AGAIN but [[tay|name]] signed up 40 people at the tailgate so who cares",
    "the [[bairns|org]] did a bucket collection for [[anthony nolan|org]] at the weekend, [[falkirk|loc]] you're BRILLIANT",
    "the lads from [[ponsonby rfc|org]] all shaved their heads with me 🥹 #brotherhood",
    "[[st kizito|org]] old girls reunion was the first thing i went to after isolation, felt human again",
    "coach at [[westmoor high|org]] let the whole team out early to get swabbed, W coach",
    "Prayer meeting at [[Mount Zion Baptist|org]] tonight for Brother [[Delroy|name]], all welcome",
    "[[masjid al-noor|org]] is hosting a donor drive after jummah, brothers and sisters COME THRU",
    "the priest at [[sri venkateswara temple|org]] blessed my hospital bag lol, amma insisted",
    "Our parish, [[St Brigid's|org]], raised 4k for the transplant fund. [[Kildare|loc]] stand up",
    "meet at [[the grind|org]] at 10? ill be the one with the mask and the ugly beanie",
    "first session back at [[iron temple|org]] since donating. benched the bar. just the bar. still counts",
    "KARAOKE at [[the lantern|org]] saturday for [[ikechukwu|name]]'s fundraiser, bring cash and bad singing",
    "my manager at [[nana's kitchen|org]] gave me the week off WITH pay, who does that?? ❤️",
    "The guys at [[Delgado Auto|org]] where I work put a jar on the counter for my moms treatment",
    "to the lads at [[kowalczyk roofing|org]] who covered my shifts, i owe yous a pint. several actually",
    "[[USMC|org]] vet, registered donor, stubborn as hell. got the call last week",
    "Husband's deployed with the [[RAF|org]] so it's just me and the kids for the transplant. Send coffee",
    "[[local 257|org]] brothers and sisters chipped in 2 grand toward [[jimmy|name]]'s bills. solidarity ✊",
    "[[nehawu|org]] comrades came out in numbers for the swab drive in [[pmb|loc]] 💪 #aluta",
    # places: slang, suburbs, small towns, codes, airports, landmarks
    "back in [[brum|loc]] after 6 weeks away, NEVER been happier to see the [[bullring|loc]]",
    "-30 in [[the peg|loc]] and im driving to my donor medical, we are built different",
    "[[the 208|loc]] showed UP for the swab drive 💪",
    "Born and raised in [[the Soo|loc]], donating in [[Sudbury|loc]], yes I will be complaining about the drive",
    "flew into [[dfw|loc]] for the workup then a 2 hour drive to [[tyler|loc]], my butt is numb",
    "Moved to [[Moose Jaw|loc]] for the quiet life and now im doing my donor medical in [[Regina|loc]] lol",
    "shoutout to the [[pocatello|loc]] crew who came out to the swab drive at [[grace lutheran|org]] #swabdrive",
    "Walk along the [[Taieri|loc]] today, first time outdoors in a month and I nearly cried at a sheep",
    "[[muizenberg|loc]] beach at sunrise, lungs full of sea air, marrow doing its thing #grateful",
    "sat under the [[big pineapple|loc]] eating a pineapple sundae, peak recovery",
    "[[SURULERE|loc]] BOYS WE MOVE 💪 back home after 40 days",
    "[[eastleigh|loc]] aunties raised 200k shillings in one weekend for [[farhiya|name]]'s transplant 🙌 #harambee",
    "The whole of [[Ballymote|loc]] turned up to the cake sale, im not crying youre crying",
    "strawberries from [[da lat|loc]] mailed to my ward by bà nội, shes a legend",
    "drove from [[north platte|loc]] to [[omaha|loc]] for my sisters transplant, [[nebraska|loc]] is very flat, news at 11",
    "We're moving back to [[Ghana|loc]] once he's cleared to fly, [[Accra|loc]] here we come",
    # long updates
    "ok long update bc people keep asking. [[tomasz|name]] had his transplant at [[st james's|org]] on the "
    "[[3rd of may|date]] and the first two weeks were rough, mucositis, fevers, the lot. his mam has been sleeping in "
    "the family room and [[ciara|name]] from the ward has been an absolute saint. counts came up on day 17 which the "
    "docs were delighted with. if youre in [[dublin|loc]] and want to help, the fundraiser is at [[the brazen head|org]] "
    "on saturday, all proceeds to the family. thank you all so much, honestly",
    "Long one, sorry. Three years ago I signed up at a drive my church ran and forgot about it. Last month "
    "[[NMDP|org]] called and said I was a match for a [[58 year old man with leukemia|recipient]]. I had my physical "
    "at [[Vanderbilt|org]], got my shots at home, and my wife [[Lakeisha|name]] drove me up to [[Nashville|loc]] for "
    "collection. Took about five hours. I'm sore and tired but I would do it again tomorrow. If you're in "
    "[[Murfreesboro|loc]] and want to swab, come find me after service.",
    "2/ The injections were done at home by a nurse called [[Wendy|name]] who told me about her chickens every "
    "single day. collection was at the [[royal free|org]] in [[hampstead|loc]], 4 hours, 2 films. my recipient is a "
    "[[man in his 40s|recipient]] and thats all i know. if anyone from the [[tring running club|org]] is reading, "
    "cheers for the card lads",
    "UPDATE ON [[DON BETO|name]]: he's out of the ICU!!! the team at [[hospital ángeles|org]] have been incredible. "
    "we drove 9 hours from [[hermosillo|loc]] and i'd do it 100 times over. gracias a todos por las oraciones, "
    "seguimos 🙏 [[#FuerzaDonBeto|name]]",
    "so here's the thing nobody tells you. when [[vusi|name]] got sick we thought the registry would just find "
    "someone. they didnt. not for a long time. we ran drives at [[wits|org]], at our church in [[soweto|loc]], at "
    "his work. [[sabmr|org]] was amazing but there just arent enough black donors on the list. if you're reading "
    "this in [[joburg|loc]], pls swab. it takes two minutes. he got his match in the end, but so many dont. [[#SwabForVusi|name]]",
    "thread 🧵 1/ i'm [[kiri|name]], i'm 24, and in [[february 2023|date]] i donated bone marrow at [[christchurch "
    "hospital|org]]. i'm from a tiny town called [[oamaru|loc]] and nobody there had ever heard of it. so this is me "
    "explaining it to my nan, my cousins, and the lads from the [[waitaki boys|org]] first XV. ask me anything",
]


def main() -> None:
    cases = [("post", t) for t in CLEAN + ENTITY]
    records = build(cases, "fp7-", kinds=("post",))
    assert sum(not r["spans"] or all(s[2] == "ok" for s in r["spans"]) for r in records) >= 130
    write_jsonl(Path(__file__).with_name("fresh-posts-7.jsonl"), records)


if __name__ == "__main__":
    main()
