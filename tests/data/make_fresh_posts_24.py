"""Fresh held-out post set 24: donor-community and family posts as Instagram and TikTok captions, Facebook
group posts and Reddit comments, written by teens to people in their 40s: blood, platelet, plasma, stem-cell
and marrow donors, recipients and their families (swab drives, transplant anniversaries, "my donor", "my
recipient"), and the same people's everyday life (work, kids, pets, sport, food spots, weekends). Mostly
lowercase with slang, some ALL CAPS, heavy emoji and hashtags, from Alabama, Arkansas, Kansas, Kentucky,
Oregon, Maine, New Hampshire, the Texas Panhandle, Hawaii, Manitoba, Nova Scotia, British Columbia, Leeds,
Newcastle, Cardiff, Glasgow, Norwich, Cork, Perth, Brisbane, Adelaide, Wellington, Durban, Cape Town,
Hyderabad, Kolkata, Cebu, Nairobi and Montego Bay, each in its own slang.
130 clean posts (about two thirds with no entity at all, the rest with brands, dishes, TV shows, weekdays,
relationship words, public figures or registry hashtags marked ok) and 110 risky posts with 1 to 3 labelled
spans each.
Labelled by /work/shared/eval/LABELLING.md. All records are kind `post` (checked under nmdp-social).
Run: /work/main/.venv/bin/python tests/data/make_fresh_posts_24.py  -> tests/data/fresh-posts-24.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from markup import build, write_jsonl  # noqa: E402

CLEAN = [
    # Alabama
    "y'all i'm fixin to go give platelets again and they better have the good cookies this time 🍪🩸 #platelets #donorlife",
    "bless her heart my mama thinks the swab kit is a covid test 😭😭 mama NO it's for the marrow registry",
    "might could go to the lake this weekend if it quits raining, who's bringing the cokes and the boiled peanuts 🥜☀️",
    "[[Nick Saban|ok]] retiring still got me emotional ngl. anyway back to work 😤",
    # Arkansas
    "woke up to the tornado siren test AND a text saying my blood type is needed lmaooo ok ok im going 🌪️🩸",
    "first time donating plasma and the nurse said i have 'great veins' best compliment ive gotten all year fr 💪",
    "crappie were bitin this mornin, caught 14 before my coffee got cold 🎣 #fishinlife",
    # Kansas
    "ope sorry, just gonna squeeze past ya and sign up for the stem cell registry real quick 🙃 #ope",
    "wheat harvest is DONE and i'm finally sleeping more than 4 hrs, praise be 🌾😴",
    "WHO DECIDED 5AM PRACTICE WAS OK FOR 9 YEAR OLDS. not me. i just drive the minivan 🚐☕",
    # Kentucky
    "reckon i'll donate blood friday then go get a hot brown after, that's the deal i made with myself 🩸🥪",
    "my recipient's family sent a card through the donor center and i been crying in the truck for 20 min 😭💛 #marrowdonor",
    "y'all ever find a bourbon so good you keep the bottle after it's empty? asking for me",
    # Oregon
    "dutch bros run before my 8am apheresis appt bc priorities 🧋 #plateletdonor",
    "hella moss on the roof again. it's not a house it's a terrarium at this point 🌧️🍄",
    "stoked!!! got the call that i'm a potential match for someone. cried in the parking lot, no shame 🥹🧬 [[#bethematch|ok]]",
    # Maine
    "wicked cold for a blood drive but we had a line out the door, ayuh 🥶❤️",
    "whoopie pie for breakfast is a valid choice when you just gave a pint, don't @ me 🍫",
    "dooryard is a skating rink, kids are loving it, my hip is not 🧊🤕",
    # New Hampshire
    "anyone else's kid obsessed with frappes or just mine. $7 a pop. send help 🥤💸",
    "swabbed my cheeks at the college fair today took like 2 mins, DO IT!! #swabforlife",
    "statie sat behind me for 10 miles and i have never driven more perfectly in my life 😬🚓",
    # Texas Panhandle
    "wind's blowin so hard the trampoline is in the neighbor's yard again. happy tuesday y'all 🌬️",
    "DONATED DOUBLE RED CELLS TODAY 🩸🩸 nurse said o neg folks are like gold out here. i'll take it 🤠",
    "whataburger at 1am after the game is a sacred tradition and i will not be taking questions 🍔🧡",
    # Hawaii
    "howzit! pau hana, plate lunch, sunset. life stay good brah 🌺🌅",
    "my donor gave me one second chance and i think about dem every time i paddle out 🤙🌊 mahalo nui loa",
    "slippahs at the door or grandma going scold you, house rules 🩴",
    "choke aunties came out for the swab drive, never seen so many cheek swabs in one room 😂🧬",
    # Manitoba
    "-38 with the windchill and i still showed up to donate, toque and all 🥶🩸 tell me i'm not a legend",
    "going to a social saturday, anyone know if it's rude to bring your own mickey lol",
    "back playing rec hockey after my stem cell transplant, slow as molasses but i'm out there eh 🏒💪",
    # Nova Scotia
    "donair at 2am is some good b'ys. right some good 🌯",
    "kitchen party last night went til 4, my fiddle hand is SORE 🎻😵",
    "got my 50th donation pin today!! 🩸🎉 the volunteers gave me a cookie and a hug, right proper",
    # British Columbia
    "raining for the 19th day straight, growing gills at this point 🐟☔",
    "hella nervous for my marrow harvest tmr, any donors got tips? pls and ty 🙏🧬",
    "got a double double and a timbit for being brave at the blood clinic lol 🍩",
    # Leeds
    "ey up, gave blood today and the lass gave me two biscuits instead of one, absolutely chuffed 🍪❤️",
    "nowt better than a proper sunday dinner with yorkshires the size of your head 🥩",
    "me mam's well mardy cos i forgot to ring her, summat about a son who never calls 🙄📞",
    # Newcastle
    "howay man it's canny cold out, bairns still want the park though 🥶🛝",
    "why aye i finally got me letter from me recipient!!! divvent knaa whether to laugh or cry pet 😭💌",
    "greggs sausage roll and a cuppa after giving platelets, the proper recovery meal 🥐☕",
    # Cardiff
    "tidy day for it, going for a walk now in a minute, cwtch the dog first obvs 🐶",
    "lush news today, my donor's stem cells have fully engrafted!!! iechyd da everyone 🥂💜",
    "i am TAMPING. parked for 10 mins and got a ticket. ych a fi 😤",
    # Glasgow
    "pure buzzin, got ma first ever blood donor card the day 🩸🥳",
    "weans are boggin after the park, straight in the bath the lot of them 🛁",
    "wee reminder the stem cell register is just a cheek swab, nae needles hen 🧬",
    "[[Lewis Capaldi|ok]] on the telly again and ma gran still thinks he's gonnae marry her 😂",
    # Norwich
    "that's a load of old squit if you ask me bor, the bin men ain't coming til thursday",
    "picture's on the huh again, the cat's been at it 🖼️🐈",
    "just had my first stem cell donor health check on the phone, they were lovely, nervous but excited 🥹",
    # Cork
    "it's a day for the ducks out there like, sure look, gave blood anyway 🌧️🩸",
    "langer of a day at work, me gatch is up to high doh. pint? 🍺",
    "c'mere to me, did anyone else cry at the late late toy show or was it just me 😭",
    "the swab took 30 seconds boi, no excuses, go on the register 🧬💚",
    # Perth
    "38 degrees and the servo's outta ice. this is how i go 🥵🧊",
    "gave plasma this arvo and they gave me a sanga and a milo, living the dream 🥪",
    # Brisbane
    "kids found a bubbler and now they think it's a water park 💦😂",
    "my son's port weighs more than him, what are they putting in there 🎒😩",
    "bin chicken stole my sanga at lunch. thought about it all arvo. revenge will be mine 😤",
    "my donor is a total stranger who made my kid better. there's no words. there's just no words 💙🧬",
    # Adelaide
    "fritz and sauce sandwich for lunch, dont judge, it's heaps good 🥪",
    "platelet donors are heaps good people and i will hear no slander 🩸💛",
    "pie floater at midnight is a choice i made and now i live with it 🥧",
    # Wellington
    "southerly's in, hold onto your jandals bro 🌬️🩴",
    "sweet as, booked in for my first plasma donation, chur to everyone who talked me into it 🤙",
    "got my recipient's thank you card today and i'm absolutely munted emotionally 🥹💌",
    "kia ora team, who's got a good flat white rec, new to the area and lost af ☕",
    # Durban
    "howzit, eish the robots are out again, 40 mins to get home 🚦😩",
    "bunny chow on a friday is lekker for the soul 🍛",
    "ja so i'm officially on the stem cell registry now, shame my mom cried more than me 😂🧬",
    # Cape Town
    "aweh, wind is pumping, washing is somewhere in the next suburb 🌬️👕",
    "gatsby for 4 people and it was just me. no regrets jislaaik 🥖",
    "my donor and i still don't know each other's names but i send love into the universe every day 🌍💛",
    # Hyderabad
    "irani chai and osmania biscuits at 5pm is non negotiable, hau ki nakko? ☕🍪",
    "donated blood for the first time today, amma made biryani as reward, worth it 😋🩸",
    "kaiku itna late aaya delivery wala, biryani thanda ho gaya 😭",
    # Kolkata
    "adda with the gang til 1am, phuchka count unknown, regrets none 🥟",
    "ki re, registry te naam likhiechis? swab is free, just do it 🧬",
    "mishti doi is the cure for everything except rain, and it's raining 🌧️",
    # Cebu
    "lami kaayo ang lechon sa birthday sa akong lola 🐷",
    "donated blood today bai, gikapoy pero happy 🩸😊",
    # Nairobi
    "sasa wasee, matatu ilikuwa na music ya kuvunja ears, still got to work on time 🚐🎶",
    "nyama choma weekend is loading... who's bringing the kachumbari 🍖",
    "niaje! just registered as a stem cell donor, mad easy, swab tu 🧬",
    # Montego Bay
    "wah gwaan, mi deh yah a give blood, nuff respect to di nurses dem 🩸",
    "ackee and saltfish fi breakfast, yaad life irie 😋",
    "bless up to every donor out there, unu a real heroes 🙏",
    # word-names, shouting, headlines, abbreviations
    "will i ever stop crying at donor stories? no. no i will not 😭",
    "hope is a funny thing. two years ago i didn't have any. now i've got a garden and a dog 🌱🐶",
    "grace under pressure is not me at a needle station lol 🙈💉",
    "sun's out and the rose bush is finally blooming 🌹",
    "the electric bill this month is a crime. a CRIME 💡💸",
    "mark my words this is the year i run a half marathon 🏃‍♀️",
    "april showers can stop now thanks 🌧️",
    "pure joy watching my kid run around after everything we've been through 🥹",
    "summer's almost here and my transplant team finally cleared me for swimming!!! 🏊",
    "sunny side up eggs and an iced coffee, perfect saturday 🍳",
    "chase your dreams, or at least chase the ice cream truck 🍦",
    "faith, family and a cold drink on the porch. that's the whole list",
    "OMG THE REGISTRY CALLED!!!! I'M A MATCH!!!! 🧬🧬🧬",
    "Five Things Nobody Tells You About Donating Platelets (A Thread) 🧵",
    "ngl the apheresis chair is comfier than my couch",
    "tbh i was scared of needles my whole life and today i donated marrow. we grow 🌱",
    "Who Else Is Donating This #GivingTuesday?? drop a 🩸 below",
    "idk who needs to hear this but drink water before you give blood fr fr 💧",
    "lmao my dog thinks the bandage on my arm is a chew toy 🐶🩹",
    "rn just sitting in the recovery chair scrolling tiktok while they tell me to eat more crackers",
    "some days i forget how scared we were. my little brother is out there causing chaos again 💙",
    "[[Taylor Swift|ok]] on repeat for my 3 hr platelet donation, it's the only way",
    "[[Dolly Parton|ok]] said if you want the rainbow you gotta put up with the rain and honestly same 🌈",
    "[[Usain Bolt|ok]] who? i ran from the needle faster 😂",
    "[[Shah Rukh Khan|ok]] movie marathon while recovering from apheresis, perfect sick day 🍿",
    "[[#DeleteBloodCancer|ok]] swab party tonight in the group chat lol everyone ordering kits",
    "tried the new taco bell thing and my stomach filed a complaint 🌮",
    "watched bluey with the kids for the 40th time and i still cried at the grandma episode 😭",
    "[[Siya Kolisi|ok]] speech had the whole braai crying again 🏉",
    "Thread: what did your donor center give you as a snack? mine had juice boxes like i'm 6 🧃",
    "is it just me or does every recipient family group chat turn into a recipe swap 😂",
    "my kid asked if my stem cells need a passport now 😭 sweetest question ever",
    "just joined the register, took 2 mins 💪 [[#AnthonyNolan|ok]] #stemcelldonor",
    "[[Virat Kohli|ok]] fitness routine? nah i'm on the post donation biscuit routine 🍪",
    "yeah nah yeah, the dairy ran out of pies again, unreal 🥧",
    "shoutout to the phlebotomist who found my vein first try, you are a wizard 🧙‍♀️",
    "LMAO my teenager said 'bet' when i asked him to do the dishes and then did not do the dishes",
    "Grandma's Famous Mac And Cheese Recipe Finally Revealed (It Was Velveeta The Whole Time)",
    "any tips for keeping a toddler busy during the weekly clinic wait? we're there for HOURS",
]

RISKY = [
    # Alabama
    "me and [[kaylee|name]] finally made it to a [[bama|org]] game!!! [[roll tide|ok]] 🐘❤️",
    "gave platelets at the [[UAB|org]] donor room again, 30th time 💪 shoutout nurse [[tasha|name]] for the warm blanket 🩸",
    "my recipient is a [[7 year old boy|recipient]] and i think about him every single day 🥺 #marrowdonor",
    "fish fry at [[Mt. Zion Baptist|org]], [[418 Pine Knoll Rd|contact]] in [[Hueytown|loc]] this sunday, bring ya lawn chairs y'all 🐟",
    # Arkansas
    "[[WOO PIG SOOIE|ok]]!!! [[hogs|org]] by 14 and uncle [[ricky|name]] threw his sweet tea at the tv 😂🐗",
    "marrow swab drive at [[Har-Ber|org]] gym friday 3-6, come get swabbed!! questions text me [[479-555-0143|contact]]",
    "just moved back to [[the 501|loc]] and honestly miss my old shift at [[Tyson|org]]?? who am i",
    "[[UAMS|org]] told us today [[brantley|name]]'s counts are up!!! keep praying y'all 🙏🩸",
    # Kansas
    "[[rock chalk|ok]]!!! [[KU|org]] made me cry again, who's going to the watch party in [[Lawrence|loc]] 🏀",
    "found out my donor is a [[24 year old guy|recipient]] from [[Germany|recipient]] 😭 danke danke danke",
    "[[Shockers|org]] game tonight w [[maddox|name]] and [[bryce|name]] 🏀🌾 LETS GOOO",
    "aunt [[bev|name]]'s bierocks from the church sale in [[Garden City|loc]] hit different 😋",
    # Kentucky
    "[[BBN|org]] let's gooo 💙 watching from [[Hazard|loc]] with the whole holler 😂",
    "donated stem cells at [[Markey|org]] [[3 years ago today|date]] and just heard my recipient is thriving 🥹 #stemcelldonor",
    "shoutout to dr. [[patel|name]] and the whole 6th floor crew, y'all saved my mama's life 💛",
    "date night w [[trav|name]] at the [[Galt House|org]] revolving bar, it spins y'all 🍸😵‍💫",
    # Oregon
    "[[OHSU|org]] apheresis crew are the GOAT, 2nd PBSC donation done 🧬 follow my journey [[@jessa.runs.pdx|contact]]",
    "moved from [[Klamath Falls|loc]] to [[Sellwood|loc]] and the coffee situation improved 1000% ☕",
    "[[pickles|name]] (the cat) has discovered rain and she is FURIOUS 😾🌧️",
    "[[Sheldon Irish|org]] won state!!! [[deacon|name]] with the final bucket!!! 🏀☘️",
    # Maine
    "wicked proud of my girl [[piper|name]] who ran her first 5k out on [[Mackworth Island|loc]] 🏃‍♀️",
    "8 months post transplant and dr. [[thibodeau|name]] says i can finally eat a lobstah roll again, ayuh 🦞",
    "[[Sea Dogs|org]] game with my nephew [[ollie|name]] was the best part of my whole summer ⚾🌭",
    # New Hampshire
    "packie run then [[Hampton|loc]] beach, wicked good day w [[sully|name]] 🍻🌊",
    "transplant was at [[DHMC|org]] on [[feb 9 2022|date]] and today i'm back at the gym 💪",
    "[[Fisher Cats|org]] tonight, [[mo|name]] brought his glove like he's actually getting a foul ball lol",
    # Texas Panhandle
    "[[Sod Poodles|org]] game w the fam, [[Amarillo|loc]] summer nights hit different 🌭⚾",
    "[[Dumas High|org]] blood drive saturday in the big gym, coach [[rhodes|name]] is donating so y'all got no excuse 💪🩸",
    "the registry says my recipient is a [[19 year old|recipient]] who loves football just like me 🏈😭",
    # Hawaii
    "shoots, swab drive at [[Kahuku|org]] gym was choke people, mahalo aunty [[lei|name]] for the musubi 🤙🧬",
    "our keiki [[kaimana|name]] got her transplant at [[Kapiʻolani|org]] and she stay home now!!! 🌈🌺",
    "broke da mouth poke from [[Tamura's|org]] in [[Wahiawa|loc]], no can beat 🐟",
    "my donor is from [[Poland|recipient]] and i like learn polish just so i can say thank you right 🥹",
    "pau chemo!!! next stop transplant 💪🌺 [[#TeamKoa|name]]",
    # Manitoba
    "[[Moose|org]] game tonight with [[kenzie|name]], we're gonna be loud eh 🏒",
    "gave blood at the [[St. Vital|loc]] clinic w [[paisley|name]], got cookies and a free slurpee coupon lol 🩸",
    "[[CancerCare Manitoba|org]] staff are angels. [[100 days post transplant today|date]]!! 🎉",
    "social for [[brody|name]] and [[tay|name]] in [[Steinbach|loc]] saturday, jambusters at midnight 🥳",
    # Nova Scotia
    "the [[IWK|org]] nurses got my boy [[jace|name]] through it all. right some good people 💙",
    "[[Mooseheads|org]] game, donair, home by 11. perfect night in [[Dartmouth|loc]] 🌯🏒",
    "kitchen party in [[Antigonish|loc]] tonight, [[tessa|name]] on the fiddle 🎻",
    "swab drive at [[Acadia|org]] today!!! 87 new potential donors, thanks [[J.R.|name]] 🧬🎉 DM [[@axe.swabteam|contact]] to help next time",
    # British Columbia
    "[[two years ago today|date]] a stranger's stem cells came into [[VGH|org]] in a cooler and saved my life 🧊🧬",
    "skiff of snow on the [[Malahat|loc]] and everyone forgets how to drive 🙄🚗",
    "up [[Mount Doug|loc]] this morning w [[juniper|name]], she ate a stick and a pinecone 🐕🌲",
    "swab drive at the [[UBC|org]] nest tmrw 11-3, come by!! questions email [[swabs.tbirds@gmail.com|contact]]",
    # Leeds
    "ey up, gave platelets at the [[Seacroft|loc]] donor centre, [[mandy|name]] on reception is a legend 🩸",
    "[[Rhinos|org]] at [[Headingley|loc]] friday wi our kid, can't wait 🏉",
    "[[jimmy's|org]] looked after me dad for 6 weeks, can't thank ward 95 enough 💙 love [[lorraine|name]] x",
    "me and [[becca|name]] at [[Kirkgate Market|loc]] buying cheap flowers like pensioners 💐",
    # Newcastle
    "[[Gateshead FC|org]] away day with [[macca|name]], canny atmosphere 🍻",
    "had me transplant at the [[RVI|org]], nurses were class, especially [[gemma|name]] on nights 💜",
    "why aye, fish n chips at [[Tynemouth|loc]] then a walk on [[Longsands|loc]] with the bairns 🐟🌊",
    "me recipient is a [[bloke in his 50s|recipient]] with [[lymphoma|recipient]] and he wrote me the nicest letter 😭",
    # Cardiff
    "cwtches for [[dai|name]] who's 3 years cancer free, love you butt 💛",
    "going down [[Roath|loc]] for a coffee now in a minute, [[ffion|name]] you coming? ☕",
    "ych a fi, [[the Heath|org]] car park is a nightmare, 40 mins circling before clinic 🚗",
    # Glasgow
    "ma wee boy [[callum|name]] rang the bell on [[Schiehallion|org]] today 🔔😭",
    "getting ma messages in [[Shawlands|loc]] then a piece in [[Queen's Park|loc]] 🥪",
    "stem cell donation was [[14th march 2023|date]] and ah still think about ma recipient every day 💜",
    # Norwich
    "the [[N&N|org]] haematology lot are brilliant, 6 weeks in and [[ange|name]] says they're like family now",
    "blast, left my flask at [[Whitlingham Broad|loc]] again, [[kev|name]] reckons it's gone for good 🙄",
    "selling my old pram, collection from [[NR2 3LB|contact]] only, dm me 👶",
    # Cork
    "[[the Barrs|org]] won and [[Togher|loc]] is gone mental altogether boi 🍺",
    "[[deirdre|name]] from the registry rang me, i'm a match for someone boi!!! 🧬😱",
    "allergic to the rain but gave blood in [[Ballincollig|loc]] anyway, [[aoife|name]] held me hand 😂",
    "marrowversary dinner at [[Elbow Lane|org]] on [[the 23rd|date]], who's in 🍽️",
    # Perth
    "[[Freo|loc]] markets then fish n chips on the beach, cheers [[jono|name]] for the lift 🐟",
    "gave platelets at the [[Murray St|loc]] donor centre this arvo with [[nat|name]], got a sanga and a nap in 🩸",
    "[[Fiona Stanley|org]] BMT ward got me through. transplant [[august 2023|date]] and 1 year clear now 🎉",
    "[[Claremont Tigers|org]] smashed it, [[bazza|name]] kicked 4 👏🏉",
    # Brisbane
    "[[Norths Devils|org]] game in [[Nundah|loc]] w the kids, they want bubblers and pies 🥧🏉",
    "[[RBWH|org]] stem cell team you're all legends. [[jacko|name]]'s 6 month checkup all clear 💙",
    "we found out our donor is a [[woman in her 20s|recipient]] from the [[US|recipient]] 🥹 no words",
    "brekky at [[Gunshop Cafe|org]] in [[West End|loc]] with [[steph|name]], honestly heaps good 🍳",
    # Adelaide
    "footy's cooked for the season 😩 anyway who's up for [[Glenelg|loc]] tmrw w [[tahlia|name]] 🏖️",
    "got my recipient update, a [[4 yr old girl|recipient]] and she's doing great 😭💕",
    "pie floater at [[Cowley's|org]] with [[shaz|name]] after the footy 🥧",
    "[[RAH|org]] haematology day unit thank you for everything, [[charlie|name]] is home 🏠💛",
    # Wellington
    "[[rangi|name]] got us tix for the [[Cake Tin|org]] friday, chur bro 🏉",
    "swimming at [[Oriental Bay|loc]] in a southerly is a choice i made 🥶",
    "my recipient is in [[Australia|recipient]] and just sent the sweetest card, sweet as 🥹",
    "[[Cuba St|loc]] dumplings w [[mereana|name]] then bed. good night 🥟",
    # Durban
    "[[Sharks|org]] won bru!! lekker jol on [[Florida Road|loc]] after 🦈🍻",
    "bunny chow from [[Gounden's|org]] in [[Sydenham|loc]] is the only correct answer",
    "eish [[nomsa|name]] got the call, she's a match for a [[teenager|recipient]] in [[Germany|recipient]] 😭🧬",
    # Cape Town
    "[[Groote Schuur|org]] gave my ma a second chance, 5 years post BMT and still dancing 💛",
    "rugby then a gatsby in [[Athlone|loc]] with [[ziyaad|name]] and the bras 🥖🏉",
    "[[Rondebosch Boys|org]] swab drive did 300 sign ups, jislaaik proud of [[thabo|name]] who organised it 🧬",
    "nurse [[lindiwe|name]] said my iron is lekker high this time 💪🩸",
    # Hyderabad
    "irani chai at [[Nimrah|org]] near [[Charminar|loc]] with [[farhan|name]] bhai ☕",
    "[[NIMS|org]] blood bank needs B neg urgently, went straight from office. call [[98480 55501|contact]] if you can donate 🩸",
    "[[Sunrisers|org]] lost but the crowd at [[Uppal|loc]] was insane, kya baat 🏏🔥",
    "kaiku tension [[imran|name]], doctors said amma's platelets are coming up 🙏",
    # Kolkata
    "[[Tata Medical|org]] in [[Rajarhat|loc]], baba's transplant went well, maa durga's blessing 🙏",
    "[[Mohun Bagan|org]] won!!! [[rintu|name]] da is dancing on the para road 😂⚽",
    "phuchka at [[Vivekananda Park|loc]] with [[mou|name]], ekdom perfect evening 🥟",
    "pujo blood donation camp at our para club in [[Ballygunge|loc]], 11am, come!! 🩸",
    # Cebu
    "lechon gikan sa [[Carcar|loc]] para sa birthday ni lola [[nena|name]] 🐷🎉",
    "blood bank needs O+ bai, palihog share, PM lang si ate [[joy|name]] 🙏🩸",
    "ayo ayo sa [[Osmeña Peak|loc]] hike ugma w [[jhun|name]] ug [[kaye|name]] ⛰️",
    "[[Chong Hua|org]] nurses the best, 1 year since my sister's transplant on [[june 14|date]] 💙",
    # Nairobi
    "sasa wasee, harambee for my cousin's transplant, M-Pesa paybill [[247247|contact]] or [[gofund.me/4b7e21c9|contact]] 🙏",
    "[[Gor Mahia|org]] won manze!!! [[otieno|name]] alikuwa mad 😂⚽",
    "[[KNH|org]] blood drive this weekend, [[Kilimani|loc]] wasee come through 🩸",
    "nyama choma at [[Carnivore|org]] for [[akinyi|name]]'s bday, the girls are outside 🍖",
    # Montego Bay
    "[[Cornwall Regional|org]] blood bank need donors bad, mi just give, unu fi go too 🩸",
    "big up [[tevin|name]] and [[romario|name]], champs again!!! 🏆",
    "jerk pork at [[Scotchies|org]] wid [[dwayne|name]] and [[shanice|name]], yaad vibes 🍗",
    "mi bredda [[kemar|name]] get him transplant in [[Miami|loc]] [[2 yrs ago today|date]], nuff respect to him donor 🙏",
]

records = build([("post", t) for t in CLEAN + RISKY], "fp24-", kinds=("post",))
write_jsonl(Path(__file__).parent / "fresh-posts-24.jsonl", records)

if __name__ == "__main__":
    print(f"{len(CLEAN)} clean, {len(RISKY)} risky, {len(records)} records")
