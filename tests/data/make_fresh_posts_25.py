"""Fresh held-out post set 25: tweets, Bluesky and Threads posts as real people type them, writers aged 16 to 50
from Louisiana, Tennessee, Michigan, Wisconsin, Arizona, Nevada, New Jersey, Puerto Rico, Montreal (in English),
Halifax, Edinburgh, Aberdeen, Swansea, Birmingham UK, Liverpool, Dublin, Auckland, the Gold Coast, Hobart, Accra,
Johannesburg, Singapore, Dubai expats, Mumbai, Dhaka, Lahore, Port of Spain and Nassau, each in its own slang.
About four fifths are not about donation at all (sports twitter, stan and music twitter, local news reactions,
commuting, food, college life, work rants, dating, weather, gaming); one fifth are about blood, marrow or
stem-cell donation or a sick relative. Styles: lowercase, ALL CAPS shouting, memes ("not me...", "the way i...",
"tell me why"), quote-tweets, replies, thread openers, emoji, hashtags, typos and missing punctuation.
130 clean posts (most with no entity at all; the rest with brands, dishes, shows, bare months, weekdays,
relationship words, word-names used as ordinary words, public figures and registry hashtags marked ok) and
110 risky posts with 1 to 3 labelled spans each.
Labelled by /work/shared/eval/LABELLING.md. All records are kind `post` (checked under nmdp-social).
Run: /work/main/.venv/bin/python tests/data/make_fresh_posts_25.py  -> tests/data/fresh-posts-25.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from markup import build, write_jsonl  # noqa: E402

CLEAN = [
    # sports twitter
    "that ref needs his eyes tested im not even joking. how was that NOT a pen",
    "WE ARE SO BACK. (we are not back. we lost 3-1. i am lying to myself)",
    "the way i screamed at that free kick my neighbour banged on the wall",
    "fit like, onybody got a spare ticket for saturday? willin tae pay a wee bit ower face value, nae touts",
    "[[LeBron|ok]] sitting on the bench in a fur coat is the most him thing ever",
    "fantasy league update: i am last. again. my team is a crime scene",
    "ngl the halftime show was mid but that second half had me on my feet",
    "tell me why my team only plays well when i'm not watching. i'm done watching. for science",
    "chale the match was too sweet, extra time had the whole compound shouting",
    "[[Virat Kohli|ok]] playing a cover drive is the closest thing to art i will ever see bhai",
    "ref i am BEGGING you to look at the monitor. IT'S RIGHT THERE",
    # stan and music twitter
    "not me crying to [[SZA|ok]] on the bus at 7am like i'm in a music video",
    "the way [[Bad Bunny|ok]] dropped an album on a random tuesday and ruined my whole work week. wepa",
    "STREAM THE NEW SINGLE OR I'M BLOCKING YOU this is not a drill",
    "spotify wrapped says i played the same song 900 times. yeah and?",
    "tickets went on sale at 10, i was in the queue at 9:58 and somehow 41,000th in line. one of us got through and then her card DECLINED. we are not speaking about it. we are grieving as a family. if anyone has a spare i will sell a kidney (i will not, i need both, but the vibe)",
    "[[Charli xcx|ok]] said brat summer and i took it personally, it is now brat winter",
    "whoever's playing gospel on full blast at 6am in the flat below... god bless but it's 6am",
    "tell me why i know every word to a [[Rihanna|ok]] deep cut but can't remember my own postcode",
    "[[Beyoncé|ok]] could release a podcast of her breathing and i'd still stream it 40 times",
    "\"this album is overrated\" ma'am put the phone down and go outside",
    # local news reactions
    "the council said 'roadworks will finish in spring' and didn't say which spring",
    "LOCAL MAN SHOCKED THAT POTHOLE HAS GROWN. more at 11",
    "Breaking: Area Woman Finally Finds Matching Tupperware Lid, Weeps Openly",
    "every local news story is either a new roundabout or a missing cat and honestly i love it here",
    "the comments under the local news page are a war zone over ONE bike lane",
    "se fue la luz AGAIN. third time this week. acho i can't with this",
    "load shedding stage 6 and my phone's on 4%. eish, candlelight dinner again",
    "dumsor is back oo. light off since morning and the fridge dey cry",
    # commuting
    "bus driver just sang 'we're all going on a summer holiday' over the speaker and only i laughed",
    "the 7:42 is cancelled. the 7:52 is cancelled. i live on this platform now",
    "whoever invented the jughandle owes me 20 minutes of my life",
    "trotro mate took my money and forgot my change. paa. never seeing that 2 cedis again",
    "local train at rush hour is a contact sport yaar, got in without my feet touching the ground",
    "two hours in jam for a 6km ride. bhai the rickshaw had more will to live than me",
    "motorway traffic so bad i aged a full year. chur for nothing",
    "the robot's been broken for three days and everyone's just vibing through it, only in this country",
    "train breakdown again alamak. queued for the shuttle bus like my life depends on it",
    "jitney driver playing rake n scrape full volume at 7am and honestly? we move bey",
    # food
    "made a gumbo so good my own mama asked for the recipe, i'm retiring",
    "hot chicken on the 'regret' level and i am fixin to regret it y'all",
    "party store run for pop and chips. ope sorry, didn't see ya there",
    "friday fish fry with cheese curds on the side. this is the life, you wanna come with?",
    "a 3am donair is not a meal it's a lifestyle",
    "greggs sausage roll and a can of irn bru, breakfast of champions, dinnae @ me",
    "scran was boss tonight lad, me nan's scouse could end wars",
    "doubles with slight pepper and extra channa, don't talk to me until i finish",
    "conch salad and a cold one on a friday, life good bey",
    "waakye with extra shito and kelewele. my diet starts never",
    "hawker uncle gave me extra char siew because i said thank you. humanity restored lah",
    "vada pav and cutting chai after a 12 hour shift, ekdum bindaas",
    "kacchi biryani on friday is non negotiable, don't talk to me about diet apu",
    "halwa puri sunday nashta is a religion not a meal. fight me",
    "dep run at midnight for chips and a bag of milk. yes milk comes in bags. no i will not explain",
    "pork roll egg and cheese on a hard roll. i don't want to hear the words taylor ham",
    "scallop pie and a hot chocolate in gale force wind, peak arvo",
    "maccas at 2am after a night out is a human right",
    "yalla who's doing friday brunch, i need bottomless everything and zero responsibilities",
    "mofongo con camarones and a medalla. no notes",
    "🧵 ranking every crisp flavour i ate this month, a thread 1/14",
    # college life
    "3 exams tomorrow and i'm rearranging my playlists. this is called self care",
    "roommate left a passive aggressive post-it about my yogurt. girl it's a yogurt",
    "professor said 'this won't be on the exam' and it WAS the exam. i want to speak to the manager of academia",
    "dining hall pizza hits different at 11pm on 4 hours of sleep",
    "group project update: i am the group",
    "library during finals is giving haunted house, everyone whispering and crying",
    "who decided 8am lectures were legal. asking for me",
    "the duolingo owl is more consistent than my study habits",
    # work rants
    "boss asked if i could 'hop on a quick call'. it was 90 minutes. nothing quick about it",
    "graveyard shift brain at 4am: why do clocks. what is soup",
    "customer asked for my manager. i am the manager. she asked for HIS manager",
    "'per my last email' is the professional way of saying read it, you absolute muppet",
    "the work group chat at 11pm is a crime against humanity",
    "got asked to 'circle back' three times today. i'm dizzy",
    "payday is friday, it's tuesday and i've got £4.12. tara-a-bit dignity",
    "reply all about a birthday cake. 300 people. WHY",
    "clocked in at 9:01 and got a warning. clocked out at 6:45 and got nothing. interesting",
    # dating
    "he said 'wyd' at 2am. sir i'm sleeping, like a normal person",
    "first date took me to a wings place and ordered for me. then asked for separate cheques. then took my fries without asking. ladies, gents, theydies, i am begging you: run. run like the wind. i left through the bathroom window. kidding. mostly",
    "the talking stage is just two scared people in different time zones",
    "dating apps round here is just seeing your cousin's ex over and over",
    "not me checking if he's got a girlfriend through his mum's facebook",
    "yer man ghosted me after 'grand so, see you thursday'. the cheek of him",
    "tabanca so bad i listening to sad soca. yes sad soca exists",
    "he's 'not looking for anything serious' and said i love you on day 4. pick one sir",
    # weather
    "it's a dry heat they said. my steering wheel gave me second degree burns",
    "monsoon rolled in and the whole sky went orange, kinda beautiful kinda apocalypse",
    "absolutely dreich the day. haar so thick i cannae see the end of the street",
    "baltic. pure baltic. my hands have left the chat",
    "some foggy out there today bud, couldn't see the bridge from the ferry",
    "forecast said sunny spells. it has rained sideways for 6 hours",
    "48 degrees and my landlord says the AC is 'working as intended'",
    "smog so bad i can taste it. the sun is a rumour now",
    "april showers my foot it is HAILING",
    "it's lush out, then it's chucking it down, then lush again. make your mind up",
    # gaming
    "lost 6 ranked games in a row and i'm blaming the controller",
    "12 year old in my lobby called me a boomer. i'm 24",
    "ps5 out of storage because i refuse to delete a game i'll never finish",
    "NEW PATCH NERFED MY MAIN. i'm suing",
    # word-name traps and sayings
    "mark my words this is the year i finally learn to parallel park",
    "hope everyone's electric bill is lower than mine. it's not. i checked",
    "keep the faith y'all, friday is coming",
    "chase the bag they said. the bag ran faster",
    "say grace before you eat or grandma will appear in your dreams",
    "rose wine on a tuesday is self care, don't argue with me",
    "pure joy is finding a fiver in last winter's coat",
    # donation and sick relatives
    "OMG THE REGISTRY CALLED. i'm a potential match!!! shaking rn",
    "swabbed my cheek at a uni drive years back and forgot. they just rang. WHAT",
    "signing up to the stem cell registry is 5 mins and a cheek swab. do it lads [[#BeTheMatch|ok]]",
    "gave blood today, got a biscuit and a sticker, feeling like a hero ngl",
    "tbh the needle is not that bad. the free juice and cookies are why i keep going back",
    "my nan's poorly and in the hospital again, if you pray, pray for her x",
    "donated platelets for the 10th time, 2 hours hooked up watching netflix. easiest good deed there is",
    "anyone done a PBSC donation? how bad were the filgrastim injections, asking before i say yes",
    "my cousin needs a stem cell donor and mixed-race donors are so rare on the registry. please sign up, it's a swab",
    "#GivingTuesday is a good day to join the marrow registry. costs you nothing, could be everything for someone",
    "day 100 post transplant for my dad. he walked to the mailbox today. we cried over a mailbox",
    "they told me i'm O negative, the universal donor, and now i feel obligated to donate forever lol",
    "marrow donation was a day of sore hips and a week of feeling like i got tackled. worth it. would do it again",
    "if your work does a blood drive this week please go. it's an hour. stocks run low every summer",
    "not me fainting at the blood bank and waking up to 4 nurses and a juice box",
    "my recipient's family sent a card through the registry and i had to sit in my car for 20 mins",
    "wrote a letter to my donor. deleted it 6 times. how do you thank a stranger for your life in 300 words without crying on the paper. the coordinator said keep it simple, no names no places, just from the heart. my heart apparently has a lot to say and none of it is simple",
    "finally got the all clear from my transplant team. i could SCREAM",
    "bhai went to donate blood and they rejected me for low haemoglobin. eat spinach they said. i am spinach now",
    "shoutout to every nurse on the haematology ward, y'all are unreal",
    "dad's chemo went ok today. he made the nurses laugh. that's my dad",
    "asked the donor centre if i could pick the movie during apheresis. the answer was no. still a hero",
    "ngl when they said 10/10 match i felt like i won the lottery except the prize was a needle",
    "who else gets weirdly emotional seeing the blood donor van outside the supermarket",
]

RISKY = [
    # Louisiana
    "where y'at!! bout to hit [[tre|name]]'s crawfish boil in [[Chalmette|loc]] on [[april 12th|date]], bring ice and a folding chair cher",
    "makin groceries with nonc [[joe|name]] at [[Rouses|org]] on a saturday is a full contact sport",
    "my paw paw been at [[Ochsner|org]] all week, kidneys acting up. if y'all can help at all: [[gofundme.com/f/pawpaw-thibodeaux|contact]] 🙏",
    "[[Destrehan Wildcats|org]] up 21 at the half LETS GOOOO [[504|loc]] STAND UP",
    # Tennessee
    "fixin to drive to [[Cookeville|loc]] for [[brantley|name]]'s wedding and the dress still won't zip y'all pray for me",
    "[[MTSU|org]] really made me pay $40 for a parking pass to park in a cow field in [[Murfreesboro|loc]]",
    "THE REGISTRY CALLED. i'm a match for a [[61 year old man with leukemia|recipient]]. y'all i swabbed at some church thing like six years ago and forgot all about it, now i got bloodwork next week and a physical and i'm fixin to do this thing. mama already crying, dog confused 🧡",
    "for my birthday on [[october 3rd|date]] i want hot chicken from [[Bolton's|org]] and nobody talking to me",
    # Michigan
    "ope, just ran into my 5th grade teacher [[mrs dombrowski|name]] at the party store in [[Hamtramck|loc]] and i was holding 3 bags of flamin hots",
    "anybody else up north this weekend? [[big mike|name]] and me waited 40 min for a pasty in [[Gaylord|loc]]",
    "[[GVSU Lakers|org]] with the comeback!!!! i'm hoarse and [[jd|name]] lost a shoe in the student section",
    "my sister [[nadia|name]] got matched as a marrow donor for a [[teenage girl with sickle cell|recipient]] and she's donating at [[Karmanos|org]]. so proud",
    # Wisconsin
    "bubbler at [[Kimberly High|org]] still tastes like pennies, checked at [[owen|name]]'s game tonight",
    "supper club in [[Minocqua|loc]], brandy old fashioneds sweet, fish fry, uff da what a night",
    "[[@brewcityjess|contact]] you still owe me cheese curds from the fair in [[West Allis|loc]] don't think i forgot",
    "[[3 years ago today|date]] my husband got his stem cells at [[Froedtert|org]]. still here, still annoying 💛",
    # Arizona
    "haboob rolling through [[Casa Grande|loc]] rn, pull over and turn your lights OFF people",
    "[[Banner Desert|org]] ER wait is 7 hours. my mom's been sitting there since noon with chest pain and nobody's seen her",
    "me and [[lupe|name]] hit the sonoran dog cart on [[16th St|loc]] at midnight and i'd die for that man honestly",
    "[[Chandler Wolves|org]] lost by a field goal. somebody check on coach [[reyes|name]]",
    # Nevada
    "bingo with grandma [[dot|name]] at [[Sam's Town|org]] is the best date i've been on all year no contest",
    "swing shift at the [[Wynn|org]] ends at 3am and [[marisol|name]] and i split a gas station hot dog. living the dream",
    "anyone in [[Henderson|loc]] selling a swamp cooler? landlord won't fix the AC, text me [[702-555-0187|contact]]",
    # New Jersey
    "down the shore in [[Seaside Heights|loc]] and a seagull stole [[gianna|name]]'s whole funnel cake. bennies everywhere",
    "taylor ham vs pork roll fight at the [[Tick Tock Diner|org]] at 2am with [[vinny|name]] lasted longer than my last relationship",
    "[[Don Bosco Prep|org]] pulled it off in OT, [[kev|name]] with the pick six, my throat is GONE",
    "my uncle [[sal|name]] needs platelets every week at [[Hackensack Meridian|org]]. if you're in [[Bergen County|loc]] please go donate",
    "yard sale saturday at [[412 Maple Ave|contact]], everything must go including my ex's golf clubs",
    # Puerto Rico
    "janguiando en [[La Placita|loc]] con [[yari|name]] hasta las 3 WEPA 🔥",
    "acho los [[Cangrejeros|org]] won again and the whole barrio in [[Santurce|loc]] went off, brutal",
    "chinchorreo por [[Piñones|loc]] today, bacalaítos and a cold one, bendito que rico",
    "mi titi [[carmín|name]] está en [[Centro Médico|org]] with pneumonia. pichea the bad vibes and pray for her 🙏 [[787|loc]] we need you",
    # Montreal
    "finally signed a lease for a 4 and a half in [[Verdun|loc]] starting [[july 1st|date]]. moving day chaos here i come: three flights of outdoor stairs, a couch that will not fit, a landlord who only answers in voice notes and a mattress on the curb that is definitely not mine. pray for my back",
    "the 80 bus skipped me AGAIN on [[Avenue du Parc|loc]]. i'm outside crying in franglais",
    "poutine at [[La Banquise|org]] at 4am with [[gab|name]] after the formal, zero regrets",
    "my friend [[étienne|name]] is donating stem cells at [[the Jewish|org]] next week and keeps showing me his injection bruises lol",
    # Halifax
    "some good night at the [[Lower Deck|org]] b'y. [[meg|name]] danced on a table and fell right off it",
    "donair on [[Quinpool|loc]] at 3am with [[connor|name]], the ideal ending to any night",
    "[[Mooseheads|org]] win in OT!!! [[sully|name]] you absolute beauty, the rink was wicked loud",
    "grandad's at the [[QEII|org]] for bloodwork and i'm paying $14 to sit in the parkade and be stressed",
    # Edinburgh
    "pure dreich walk up [[Arthur's Seat|loc]] wi [[kirsty|name]], saw nothing, ate oor piece at the top anyway",
    "got the job at [[Standard Life|org]] and my maw's telt the whole stair already. cheers [[JT|name]] for the reference",
    "havenae seen [[Hibs|org]] play this mince since [[march 2019|date]]. ken what, i'm no even surprised",
    "[[two years ago today|date]] i got my stem cells at the [[Western General|org]]. [[dr mcintyre|name]] you're a legend",
    # Aberdeen
    "fit like loons and quines, onybody ging tae the [[Dons|org]] game the morn? [[doddie|name]]'s got a spare",
    "skint till payday, me and [[ewan|name]] walked doon [[Union Street|loc]] and it's a ghost toon on a tuesday",
    "my loon [[callum|name]] got an apprenticeship offshore wi [[Wood Group|org]], proud mam here 😭",
    "stem cell donation done at [[ARI|org]] the day, fair puggled. recipient's a [[wee laddie in Poland|recipient]], gie him strength",
    # Swansea
    "now in a minute i'm going down [[Mumbles|loc]] for an ice cream with [[bethan|name]], tidy",
    "the [[Jacks|org]] scored in the 94th minute and i'm cwtching strangers in a pub in [[Sketty|loc]]",
    "nan's back in [[Morriston|org]] with her chest, nurse [[gwen|name]] is an angel but where's the parking to, mun 😩",
    "lush night at [[No Sign|org]] with [[rhys|name]] and [[ffion|name]], head is banging now. never again (until friday)",
    # Birmingham
    "ow am ya bab! stuck on the [[Hagley Road|loc]] for an hour with a cob in me hand",
    "[[Villa|org]] away day with [[kez|name]], tara-a-bit to me voice",
    "me babby [[alfie|name]] had his first swim at [[Moseley Road Baths|org]] and screamed the place down",
    "dad's stem cell transplant at the [[QE|org]] is on the [[14th of may|date]], keeping everything crossed 🤞",
    # Liverpool
    "made up for our kid [[jamie|name]], passed his test first time. scran at [[Maray|org]] on him la",
    "boss night in [[Anfield|loc]]. meet at the [[Albert|org]] before, i'll be in me best kecks",
    "me ma's just got her results from [[Clatterbridge|org]] and it's ALL CLEAR!!! get in!!!",
    "anyone in [[L8|contact]] lost a ginger cat called [[biscuit|name]]? he's been sat on our wall all day",
    # Dublin
    "yer wan on the bus to [[Tallaght|loc]] eating a full spice bag at 9am, fair play to her",
    "deadly night in [[the Brazen Head|org]] with [[aoife|name]], the craic was ninety",
    "[[Bohs|org]] tonight with [[ciarán|name]], absolute scenes, it's gas",
    "my brother's match came through, a [[22 year old fella from Germany|recipient]]. he goes into [[St James's|org]] monday. grand so. terrified",
    # Auckland
    "chur bro, hard out session at [[Piha|loc]] with [[nikau|name]] today, surf was mean as",
    "the dairy on [[Dominion Rd|loc]] does the best mince n cheese pie in the motu don't @ me",
    "my nephew [[tama|name]] is at [[Starship|org]] for round 3 of chemo. if you got whānau in there we see you 🤍 [[#TamaStrong|name]]",
    # Gold Coast
    "servo pie in [[Nerang|loc]] after the footy arvo, cheers for the lift [[shazza|name]]",
    "[[Titans|org]] lose again. bloody hell. at least the beer's cold",
    "work feeding the seals at [[Sea World|org]] and they're heaps nicer than [[brendo|name]] from accounts",
    "bloody stinker and schoolies are out at [[Surfers|loc]], i just want a flat white mate",
    # Hobart
    "drove up the mountain for snow and [[kunanyi|loc]] said nope, clouds only",
    "[[JackJumpers|org]] got the WIN, [[Glenorchy|loc]] was shaking",
    "[[Salamanca|loc]] market saturday with [[pip|name]] and her kelpie [[bluey|name]] who stole a scallop pie",
    "mum's bone marrow biopsy at the [[RHH|org]] on [[tuesday the 18th|date]], nervous as. send good vibes x [[jac|name]]",
    # Accra
    "chale [[kwabena|name]] owes me 50 cedis since january ei, the boy has vanished from the earth",
    "[[Hearts of Oak|org]] lost AGAIN?? herh [[nii|name]] i told you this club will kill us",
    "waakye from the auntie at [[Madina|loc]] station beats every restaurant, i said what i said",
    "my sister [[efua|name]] is at [[Korle Bu|org]] for another sickle cell crisis 💔 please pray with us [[#PrayForEfua|name]]",
    # Johannesburg
    "eish load shedding caught us mid braai at [[sipho|name]]'s in [[Melville|loc]], we're cooking by phone torch",
    "[[Amakhosi|org]] with the late winner, i'm screaming in the taxi to [[Soweto|loc]], haibo!!",
    "howzit, anyone lose bakkie keys at [[Zoo Lake|loc]]? dm [[@thandi_jhb|contact]]",
    "signed up as a donor at [[Wits|org]] orientation and now i'm a match for a patient in [[Brazil|recipient]], collection day is [[14 february|date]]. lekker nervous",
    # Singapore
    "chope table at [[Maxwell|org]] with a tissue packet, uncle gave me side eye but it's the rules",
    "[[NUS|org]] hall life is suffering lah, aircon spoil and [[wei jie|name]] snores like a lorry",
    "walao [[Tampines|loc]] interchange at 8am is a warzone",
    "ah ma at [[SGH|org]] since monday, [[dr lim|name]] says her platelets super low. paiseh but anyone can go donate blood?",
    # Dubai
    "yalla [[farah|name]] got the cabin crew job!!! goodbye to her sleep schedule and our friday brunches 😭",
    "friday brunch at [[Barasti|org]] with [[priya|name]] and i have lost my shoes and my dignity, inshallah we find both",
    "moving from [[JLT|loc]] to [[Al Barsha|loc]] in august, anyone selling a sofa? whatsapp [[+971 50 555 2146|contact]]",
    "just found out i'm a stem cell match for a [[42 year old woman|recipient]] with [[lymphoma|recipient]]. flying home on [[3 march|date]] to donate. mashallah",
    # Mumbai
    "bhai [[Bandra|loc]] to [[Andheri|loc]] in 2 hours on a SUNDAY?? ekdum pagal traffic",
    "[[Mumbai Indians|org]] lost AGAIN, [[kabir|name]] i'm leaving the fan club, take my jersey",
    "my nani is at [[Tata Memorial|org]] for chemo and the queue starts at 6am. respect to every family waiting there - [[anjali|name]]",
    "cutting chai at the college canteen with [[rohan|name]] and [[meher|name]] before exams, nostalgia hit hard",
    # Dhaka
    "ki obostha [[Mirpur|loc]]?? jam from here to the moon, rickshaw mama gave up on me",
    "exams next week and i'm in [[Dhanmondi|loc]] watching cricket with [[rafi|name]], we are not the same",
    "urgent: my bhaiya [[tanvir|name]] needs B negative blood at [[Square Hospital|org]] today, please call [[01711-555902|contact]]",
    # Lahore
    "oye [[Liberty Market|loc]] on a saturday with [[hamza|name]] is a cardio workout jani",
    "[[Qalandars|org]] won and the whole of [[Gulberg|loc]] is honking at 1am",
    "donated blood at [[Shaukat Khanum|org]] for [[ayesha|name]]'s abbu today, yaar the nurses were so kind",
    "[[LUMS|org]] cafe chai and [[zainab|name]]'s notes are the only reason i'm passing this semester",
    # Port of Spain
    "liming by the [[Savannah|loc]] with doubles and [[kerwin|name]], life sweet",
    "steups, traffic on the [[Lady Young Road|loc]] bad bad. reach work late again",
    "[[QRC|org]] old boys fete in [[St Clair|loc]] this weekend, allyuh coming or what",
    "my granny at [[Mt Hope|org]] and they say she need O positive. anybody could go donate? [[#BloodForGranMerle|name]]",
    # Nassau
    "sip sip: [[Arawak Cay|loc]] fish fry friday, who coming bey? [[dwayne|name]] bringing the speaker",
    "lost my phone at [[Cable Beach|loc]] last night, if you find it email [[tanisha.rolle242@gmail.com|contact]] please bey",
    "my mudda at [[PMH|org]] since tuesday, they need blood donors for her surgery. dm [[@keisha242|contact]] if you can help",
    "my lil cousin [[jaylen|name]] won the 400 at the track meet, we screaming in the stands bey",
]

records = build([("post", t) for t in CLEAN + RISKY], "fp25-", kinds=("post",))
write_jsonl(Path(__file__).parent / "fresh-posts-25.jsonl", records)

if __name__ == "__main__":
    print(f"{len(CLEAN)} clean, {len(RISKY)} risky, {len(records)} records")
