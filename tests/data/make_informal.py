#!/usr/bin/env python3
"""Writes informal.jsonl: informal social posts and short public stories, labelled for the scorer.

Every case was written by hand. Markup as in make_labelled.py: [[span text|cat]] around each span,
cats name, org, loc, date, contact, recipient, ok (see /work/shared/eval/LABELLING.md). A case
with no span outside 'ok' is clean. The script validates offsets, overlaps and ids and prints counts.
Run: python3 tests/data/make_informal.py
"""
import collections
import json
import re
import sys
from pathlib import Path

CATS = {"name", "org", "loc", "date", "contact", "recipient", "ok"}

CASES = []
# Batch 1: everyday posts, weak cues and lots of clean chatter.
CASES += [
    ("post", "lmaooo [[tunde|name]] really fell asleep in the apheresis chair before me and i was the one donating 😭"),
    ("post", "ngl the registry calling me at 8am on a saturday was NOT on my bingo card but here we are. potential match!! 🧬"),
    ("post", "shoutout my girl [[nkechi|name]] for driving me to [[emory|org]] at 6am, u a real one 🫶"),
    ("post", "it's raining sideways and i forgot my umbrella AGAIN. love that for me ☔"),
    ("post", "our cat [[noodle|name]] has not left my lap since i got home from collection. she knows 🐈‍⬛"),
    ("post", "PSA: drink water. that's the post. 💧"),
    ("post", "hbd [[soraya|name]]!!! 🎂 ur the reason i signed up for the registry in the first place, love u forever"),
    ("post", "ty [[dr. abernathy|name]] and the whole 4th floor crew, y'all made this so easy 🙏"),
    ("post", "hot take: pineapple on pizza is fine and y'all are just scared of joy 🍍🍕"),
    ("post", "blame [[wes|name]] lol he dragged me to the swab table between classes and now look at me. donor era"),
    ("post", "[[#TeamBenji|name]] 💙 my nephew got his match today!!! his donor is a [[19 yo|recipient]] from [[Chile 🇨🇱|recipient]] we are screaming"),
    ("post", "OMG THE REGISTRY CALLED ME. I REPEAT. THE REGISTRY CALLED ME. 📞📞📞"),
    ("post", "landed at [[PDX|loc]] at midnight after donating, carpet selfie obligatory ✈️"),
    ("post", "will i ever understand how my printer works? no. will i keep yelling at it? yes 🖨️"),
    ("post", "greetings from the [[505|loc]] 🌶️ swab drive at [[sandia brew co.|org]] this weekend, first pint's on us if u swab"),
    ("post", "my shift at [[wegmans|org]] tomorrow is gonna be rough w these neupogen aches lol pray for me"),
    ("post", "10 Things Nobody Tells You Before Your First Apheresis Appointment"),
    ("post", "drinks at [[the rusty anchor|org]] tonight to celebrate being a MATCH 🍻 first round's on me"),
    ("post", "[[5 years ago today|date]] a stranger said yes and i got to grow up. happy rebirthday to me 🎈"),
    ("post", "tbh the cheek swab tickled more than anything. took like 30 seconds. idk why i waited so long"),
    ("post", "go [[zips|org]]!!! swabbed 140 people at the rec center today 💙💛"),
    ("post", "Hope everyone has a calm week. I'm mostly napping and eating toast, which feels like a personality now."),
    ("post", "the [[phi mu|org]] house is hosting a swab party sat, pizza provided, be there 🍕"),
    ("post", "donated today at [[penn presby|org]] and my nurse [[tamsin|name]] braided my hair while i waited 😭 angels walk among us"),
    ("post", "recipient update: [[62|recipient]], [[male|recipient]], [[myelofibrosis|recipient]]. that's all they told me and it's enough 🥹"),
    ("post", "LETS GOOOOO 🗣️🗣️ cleared my physical, collection is a go"),
    ("post", "my boy [[jaylen|name]] hit me w the 'bro u donating marrow?? respect' text and i'm framing it"),
    ("post", "idk who needs to hear this but the warm blankets in the infusion room are elite. steal one. (don't steal one)"),
    ("post", "the [[pistons|org]] lost again but at least i got to watch from the apheresis chair 🦁🙃"),
    ("post", "[[313|loc]] stand up!! 40 new donors signed at [[eastern market|loc]] today"),
    ("post", "Rose early, walked the dog, did my filgrastim shot, now I'm back in bed. Productive? Debatable."),
    ("post", "dm me for the swab kit link or text [[(612) 555-0187|contact]] and i'll mail u one"),
    ("post", "is it normal for ur lower back to feel like it's full of bees the week before donating? asking for me"),
    ("post", "email me at [[quinn.donates@proton.me|contact]] if ur nervous about the shots, happy to talk it thru"),
    ("post", "Mark my words: this is the year I finally learn to make sourdough without crying."),
    ("post", "fundraiser for [[lola|name]]'s transplant costs is at [[gofund.me/4f2a9c1e|contact]] every dollar helps 💗"),
    ("post", "thread 🧵 everything i packed for donation day and what i actually used (spoiler: just the charger)"),
    ("post", "ok [[#NoraStrong|name]] fam, she's engrafting!!!! counts up!!! 🙌"),
    ("post", "it's giving main character energy: me, a heating pad, and [[waffles|name]] the dog guarding the door 🐶"),
    ("post", "fr tho why do hospital vending machines only sell the saddest crackers known to man"),
    ("post", "[[omari|name]] says hi from the recovery couch 👋 he ate all my snacks"),
    ("post", "SO HYPED RN. my cells are on a plane somewhere and i'm eating cereal for dinner. life is weird and good"),
    ("post", "[[mrs. okonkwo|name]] from 3rd period if u see this i donated!!! u told us about the registry in [[2019|ok]] and i never forgot"),
    ("post", "smh at myself for booking a dentist appointment the same week as the shots. rookie mistake"),
    ("post", "yo [[@blake.runs.far|contact]] thx for the ride to [[ohsu|org]] this morning 🙏"),
    ("post", "Question for the group: did anyone else get headaches on the growth factor shots? What helped?"),
    ("post", "the way tío [[beto|name]] cried when i told him i'm his match 🥹 family group chat is UNWELL"),
    ("post", "omg the bill arrived for my parking at the hospital and it's more than my phone plan 😭 (registry reimburses it, phew)"),
    ("post", "[[sunderland|org]] fan, marrow donor, dad of two. not in that order 😂 [[#HawayTheLads|ok]]"),
    ("post", "donating at [[the christie|org]] tomorrow, absolutely bricking it lads 😬"),
    ("post", "Hehehe the nurse said i have 'excellent veins' and i've never been so proud of anything"),
    ("post", "home in [[brissie|loc]] after the whole thing. knackered but stoked [[#StrengthToGive|ok]]"),
    ("post", "my nan [[maureen|name]] knitted me a cheek swab cosy?? idk what it's for but i love it"),
    ("post", "honestly the group project in stats is more painful than any needle i've met this month"),
    ("post", "so my donor is a [[28 yr old|recipient]] [[woman|recipient]] from [[Sweden|recipient]] and i think about her every time i eat a cinnamon bun 🇸🇪"),
    ("post", "#GivingTuesday reminder: u don't need money to give. a cheek swab costs nothing and might mean everything"),
    ("post", "[[#PrayForParth|name]] 🙏 he needs a south asian donor, please swab, kits are free and it takes 2 mins"),
    ("post", "lowkey obsessed w my new compression socks. fashion? no. comfort? yes."),
    ("post", "donating on my bday ([[march 3rd|date]]) bc why not 🎂 best present i'll ever give"),
    ("post", "iykyk: the juice boxes after apheresis hit different 🧃"),
    ("post", "I joined in [[October 2018|date]] at a street fair and forgot all about it until the call this spring."),
    ("post", "traffic on the bypass this morning was so bad i watched a whole podcast episode from one spot 🚗🚗🚗"),
    ("post", "[[ucc|org]] rag week swab drive was class, fair play to everyone who came out 🇮🇪"),
    ("post", "sending love to [[@ayoola.t|contact]] who donated in [[abuja|loc]] today!!! 💚🤍💚"),
    ("post", "my pastor at [[new covenant tabernacle|org]] announced i'm donating and now the whole congregation is praying for my hips lmao"),
    ("post", "GO TEAM GO. whoever u are, recipient, we got this 💪"),
    ("post", "Exams in 3 days and I've reorganised my pencil case four times. Normal behaviour."),
    ("post", "dad walked in w a bouquet and said 'for the hero' and then ate half my jello. iconic"),
    ("post", "can someone explain why my cat only wants to sit on the ONE sore hip. the audacity 🐈"),
    ("post", "pls be kind to ur coordinator. mine answered 400 of my dumb questions and never once sighed (that i heard)"),
    ("post", "rt if u'd say yes to the call 🙋"),
    ("post", "the [[kelowna|loc]] crew came thru!!! 63 swabs at the [[okanagan college|org]] drive 🍁🙌"),
    ("post", "my recipient is a [[little boy|recipient]] in [[Portugal|recipient]] and i've started learning portuguese on duolingo lol obrigada"),
    ("post", "cold brew, sweatpants, heating pad. recovery starter pack ☕"),
    ("post", "big thanks to nurse [[pim|name]] who kept me laughing for 5 straight hours 😂"),
    ("post", "anyone know if u can still donate after getting a tattoo last month? asking for a friend (the friend is me)"),
    ("post", "it's my [[3rd transplantiversary|date]] and i'm spending it at the beach like my donor told me to in their card 🌊"),
    ("post", "weather app said 'sunny' and then it hailed. trust no one ⛈️"),
    ("post", "shoutout to [[bean|name]] my emotional support guinea pig for holding it down while i was at the hospital 🐹"),
    ("post", "Not me crying at a registry commercial in the middle of the grocery store. Again."),
    ("post", "[[#WalkForWilla|name]] is this sunday!! 5k around the lake, wear purple 💜"),
    ("post", "booked my flight to [[YYZ|loc]] for the collection, the registry is covering it so i'm getting the fancy airport pretzel"),
    ("post", "just realized i've said 'i'm fine' 14 times today and i am in fact fine. neupogen tired but fine"),
    ("post", "happy #WorldMarrowDonorDay to every single person who ever swabbed 🧡"),
    ("post", "hey [[@gracie_lu|contact]] ur cookies got me thru day 4 of shots ily"),
    ("post", "me and [[big sal|name]] at the swab table, 11 hours, zero regrets 🫡"),
    ("post", "drew a little doodle of my stem cells wearing tiny capes. they deserve it 🦸"),
    ("post", "frank question: does anyone actually read the consent packet start to finish? (i did. twice. i'm like that)"),
    ("post", "got matched w a [[teen|recipient]] [[girl|recipient]] w [[sickle cell|recipient]] and i've never been more ready for anything"),
    ("post", "the [[hoyas|org]] game tonight was a swab drive in disguise and i love it 🐶"),
    ("post", "Update: counts are up, appetite is back, and I ate a whole pizza. Day +21."),
    ("post", "yall pray for my hips on [[friday the 9th|date]] 🙏 surgical harvest is a go"),
    ("post", "honestly? 10/10 experience. 0/10 hospital coffee."),
    ("post", "Just Got The Call: What Happens Next, Step By Step"),
    ("post", "my sis [[yara|name]] made me a playlist called 'bone zone' for collection day and it's all bangers"),
    ("post", "just saw a dog wearing boots in the snow and honestly that's the highlight of my week ❄️🐕"),
    ("post", "congrats to [[jonah k.|name]] on being the 1000th person to register at our drives!! 🎉"),
    ("post", "the hospital wifi password was longer than my donation. respect to the IT dept"),
    ("post", "bro i got a text from coach [[bautista|name]] saying the whole team is wearing orange for me tmrw 😭🧡"),
    ("post", "lmk if u wanna come to the swab drive at [[the tap room on 5th|org]], we're there til 9"),
    ("post", "#DonateLife month got me thinking... if ur 18-40 u really should sign up"),
    ("post", "nothing humbles u like trying to open a bag of chips with an IV in each arm 🥲"),
    ("post", "idk why i thought donating would hurt. the scariest part was parallel parking in the garage"),
    ("post", "so proud of my brother [[emeka|name]] who just donated at [[luth|org]] 🇳🇬🥹"),
    ("post", "can we normalise naps as a competitive sport"),
    ("post", "[[june 21, 2023|date]] was the best day of my life and i spent most of it lying very still watching cooking shows"),
    ("post", "WE DID IT. 217 NEW DONORS. I'M SCREAMING."),
    ("post", "first time posting here. I'm a donor, three weeks out, AMA about the process"),
    ("post", "my coworkers at [[the home depot|org]] signed a giant card and stuck it in my locker, i'm not ok 🧡"),
    ("post", "grace under pressure is not my thing, i yelped at the first shot and the nurse laughed for a full minute"),
    ("post", "our bulldog [[mr. biggs|name]] refused to let me out of bed this morning. recovery mandated 🐶"),
    ("post", "Happy Friday! Anyone else counting down the minutes until the weekend? 🎉"),
    ("post", "meeting my donor next month!!! he's a [[firefighter|ok]] from [[Ireland|recipient]] and i've already bought him 6 thank-you gifts"),
    ("post", "my recipient is [[3|recipient]]. THREE. i need to lie down."),
    ("post", "currently: blasting [[taylor swift|ok]] in the apheresis chair and the nurse is singing along 🎤"),
    ("post", "anyone on here from [[the soo|loc]]? we're trying to get a drive going before winter"),
    ("post", "u ever just look at a cheek swab and think, that little stick could save someone. anyway hi"),
    ("post", "lol the guy next to me at the clinic was also a donor and we bonded over hating the smell of the sanitiser"),
    ("post", "officially back at the gym ([[forge fitness|org]] represent 💪) two weeks post donation. took it easy, promise"),
    ("post", "happy rebirthday to my sweet boy [[kai|name]]!! [[one year ago today|date]] he got his new cells 💙"),
    ("post", "my manager at [[dunkin|org]] said take as many days as u need and i've never felt so seen"),
    ("post", "Why do all my best ideas come at 3am and disappear by 7"),
    ("post", "ok i'm begging: if u signed up years ago UPDATE YOUR PHONE NUMBER with the registry. they can't reach u otherwise"),
    ("post", "my donor was a [[22 year old|recipient]] [[college guy|recipient]] and i hope he's off somewhere eating wings and living his best life"),
    ("post", "the [[mumbai|loc]] drive at [[st. xavier's|org]] was chaos in the best way, 300+ students registered 🇮🇳"),
    ("post", "no thoughts just toast 🍞"),
    ("post", "Getting swabbed at a music festival? Yep, that happened, and honestly it was the best decision of the whole weekend."),
    ("post", "pls send good vibes to auntie [[funmi|name]], her transplant is tomorrow 🙏💛"),
    ("post", "can't believe i'm saying this but i miss my neupogen nurse. she was so funny"),
    ("post", "[[#GoHawks|org]] 🦅 swab table at the [[lumen field|loc]] gates today, come say hi"),
    ("post", "I'm fine, you're fine, the cat is fine. The dishes are not fine."),
]

# Batch 1: stories.
CASES += [
    ("story", "[[Rhiannon Pryce|name]] was twenty when she swabbed at a freshers' fair in [[Aberystwyth|loc]]. She had honestly forgotten until the letter arrived, nine years later, while she was working nights as a [[care assistant|ok]]. She donated at [[the Royal Liverpool|org]] and her recipient, a [[man in his fifties|recipient]] in [[Denmark|recipient]], wrote her a card that she keeps in her purse. She says she would do it again next week if they asked."),
    ("story", "The donor in this story asked us not to share her name or where she lives. She joined the registry online after a friend's post, got a call two years later, and spent a week on injections that made her feel like she'd been hit by a slow truck. Collection day was quiet. She read half a novel and ate three pudding cups. Her advice to anyone on the fence: just answer the phone."),
    ("story", "When [[Tomasz Wróbel|name]] got the call, he was halfway through a shift on the line at [[Ford's Oakville plant|org]]. His supervisor sent him home early to call the coordinator back. A month later he donated in [[Hamilton|loc]], [[ON|loc]], and went straight back to his hockey league the following week. 'I told the guys I was donating and they asked if I'd still be able to take faceoffs,' he laughs."),
    ("story", "Our chapter started swabbing in a borrowed classroom with two folding tables and a sign made from a pizza box. This year we registered more people than ever, most of them first-year students who had never heard of the registry. Nobody on the committee has been matched yet. We keep going anyway, because someone out there is waiting for a stranger to say yes."),
    ("story", "[[Abuela Lupe|name]] never liked hospitals. When her grandson [[Rodrigo|name]] needed a transplant at [[Children's Hospital Colorado|org]], she moved into the family room with a rosary and a crockpot. The donor, a [[young woman|recipient]] from [[Mexico|recipient]], had joined at a church drive in [[Guadalajara|loc]]. Rodrigo is now seven and wants to be a pilot."),
    ("story", "A recipient we spoke to described the year after transplant as 'learning to trust my body again.' There were setbacks, a few scary nights and a lot of waiting rooms. Now she walks every morning and has started teaching her neighbour's kids to play chess. She hopes her donor knows that every game she wins is partly theirs."),
    ("story", "[[Staff Sergeant|ok]] [[Deshawn Pruitt|name]] swabbed during basic training at [[Lackland|loc]] and forgot about it for six years. He was out of the [[Air Force|org]] and driving for [[FedEx|org]] in [[San Antonio|loc]] when the call came. He says the hardest part was keeping his hands off his phone during the five-hour collection. His recipient, a [[40-year-old|recipient]] [[mother|recipient]] with [[AML|recipient]], is doing well."),
    ("story", "Nobody in the family had heard of stem cell donation before the diagnosis. Within a week, cousins in three time zones were ordering swab kits and texting photos of themselves with cotton sticks in their mouths. None of them matched, but a stranger did. The family now hosts a drive every summer at their reunion picnic."),
    ("story", "[[Father Anselm|name]] of [[Holy Rosary Parish|org]] in [[Lafayette|loc]], [[Louisiana|loc]], announced the swab drive from the pulpit on a Sunday in Lent. By the end of the day, 212 parishioners had registered, including a [[crawfish farmer|ok]] named [[Beau Thibodeaux|name]] who was matched the following spring. 'Father said give something up for Lent,' Beau joked. 'I gave up some bone marrow.'"),
    ("story", "It took eleven months for her donor to write back. The card was short, with no name, just a few lines in neat handwriting about hoping she was enjoying the sunshine. She read it aloud to her kids at the kitchen table. They wrote back together that night."),
    ("story", "[[Meera Iyer|name]], a [[software tester|ok]] at [[Wipro|org]] in [[Chennai|loc]], registered with [[DATRI|org]] after a colleague's father died waiting for a match. Two years later she donated peripheral blood stem cells for a [[teenage boy|recipient]] in [[the UAE|recipient]]. Her mother insisted on coming to every appointment with a steel tiffin of curd rice. Meera now speaks at college drives across [[Tamil Nadu|loc]]."),
    ("story", "The donor wore his lucky socks to the collection: bright green, with tiny tacos on them. He says the nurses noticed immediately and asked if he'd brought a second pair for luck. Five hours later he was done, a little tired and very hungry. He still wears the socks on the anniversary of the day."),
    ("story", "[[Sione Taufa|name]] plays prop for the [[Otahuhu Leopards|org]] and is built like a fridge, but he admits the needle made him nervous. He registered at a [[Pasifika|ok]] festival drive in [[Māngere|loc]] after hearing how few Pacific donors are on the list. His recipient, a [[child|recipient]] in [[Fiji|recipient]], received his cells in [[March 2022|date]]. His teammates now wear a green ribbon on their boots every round."),
    ("story", "When the coordinator called to say the transplant had happened, the donor was in a supermarket queue holding a bag of oranges. She put the oranges down, went to her car and cried for ten minutes. Then she went back inside and bought the oranges. 'It felt important to finish the errand,' she says."),
    ("story", "[[Kateryna Bondar|name]] arrived in [[Winnipeg|loc]] in [[2022|ok]] with two suitcases and a cat. She signed up with [[OneMatch|org]] at a community centre event, hoping to give something back to the city that had taken her in. Eighteen months later she was a match. She donated on [[her 31st birthday|date]] and celebrated with varenyky afterwards."),
]
# Batch 2: more regions, shouting, typos, handles, teams and clean look-alikes.
CASES += [
    ("post", "CONGRATS [[DIEGO|name]]!!!! U DID THAT 🎉🎉 first donor from our block lol"),
    ("post", "woke up at 5am for no reason. body said no sleep for u. ok body"),
    ("post", "donatd yesterdy at [[st jude|org]] n im sooo tired lol spelling is hard rn"),
    ("post", "the [[cyclones|org]] swab table at [[hilton|loc]] was packed tonight 🌪️ cy-clones!!"),
    ("post", "Who else reads the entire ingredients list on a granola bar and then eats it anyway"),
    ("post", "new phone who dis. jk it's me, [[rocco|name]], donor as of 11am today 🫡"),
    ("post", "ok so apparently u CAN'T have ur nails done for the collection bc of the finger clip thing. RIP my gel mani 💅"),
    ("post", "greetings from [[the valley|loc]] lol 118 degrees and i'm on the couch w ice packs on my hips"),
    ("post", "my dad has been telling every single person at [[costco|ok]] that his kid is a bone marrow donor. sir. they're just giving out samples"),
    ("post", "Tip: bring fuzzy socks. The apheresis room is kept at approximately arctic."),
    ("post", "wishing the happiest bday to [[tash|name]] who has driven me to 9 appointments this month 🎂 ily"),
    ("post", "my recipient's mom wrote that her [[daughter|recipient]] just started [[first grade|recipient]] 😭😭 i'm not ok"),
    ("post", "FINALLY MATCHED AFTER 11 YEARS ON THE LIST!!!!! WHO'S GONNA HOLD MY HAND"),
    ("post", "quick q for pbsc donors: did u get the catheter in ur neck or both arms? nervous abt the neck one tbh"),
    ("post", "we swabbed [[tri delt|org]], [[sig ep|org]] and half of the dining hall today, ty everyone 🫶"),
    ("post", "pizza, gatorade and a documentary about octopuses. recovery is going great actually"),
    ("post", "the [[canucks|org]] lost, my hips hurt, but i saved a life today so who's really winning 👑"),
    ("post", "bless up [[@naija.marrow.club|org]] for making this so easy for us in the diaspora 🇳🇬"),
    ("post", "summer in the city = melting pavement and iced coffee everywhere 🥵"),
    ("post", "just dropped my swab kit in the mailbox 📬 ok universe, ur move"),
    ("post", "my sister-in-law [[jo|name]] started a meal train for us on [[mealtrain.com/trains/8kd2x|contact]] if anyone wants in 🥘"),
    ("post", "Does anyone have a good recipe for a bland soup that doesn't taste sad? Asking for recovery week."),
    ("post", "drove up from [[tulum|loc]] to [[cdmx|loc]] for my collection and the whole way i was singing to [[bad bunny|ok]] lol"),
    ("post", "ok real talk: the worst part was the boredom. bring a book, a game, anything"),
    ("post", "day +60 and i walked the dog all the way around the block. small wins 🐾"),
    ("post", "hahaha the nurse asked me what i do for fun and i said 'this, apparently'"),
    ("post", "my recipient is a [[middle-aged|recipient]] [[dad|recipient]] from [[Vietnam 🇻🇳|recipient]] and honestly? i hope he's eating the best pho of his life rn"),
    ("post", "thanks [[dr. ferreira-lopes|name]] for answering my 11pm messages without once making me feel dumb"),
    ("post", "it's always the ones u least expect. my quiet coworker at [[accenture|org]] just told me she donated marrow twice"),
    ("post", "grinding thru finals week fueled only by spite and vending machine pretzels"),
    ("post", "my kid drew me a card that says 'my mom is a SUPER HERO she gave her BLUD' and i'm keeping it forever"),
    ("post", "[[#CantStopColby|name]] 💚 round 2 of chemo done, still searching for a match, please swab"),
    ("post", "the drive at [[bayside bowl|org]] was a STRIKE 🎳 72 new registrants, tysm everyone"),
    ("post", "All caps because I'm excited: I AM A DONOR. THAT IS ALL."),
    ("post", "ngl i feel kinda famous at work since the donation. someone left a cupcake on my desk 🧁"),
    ("post", "[[six years ago today|date]] i got my sister's cells. she still brags about it at every dinner 🙄❤️"),
    ("post", "me: i'll rest after donating. also me: reorganises the entire garage"),
    ("post", "just landed in [[MNL|loc]] 🇵🇭 after donating for my kuya, home sweet home"),
    ("post", "can't believe i'm watching the rugby from a hospital bed. gutted. anyway, the cells are in 🏉"),
    ("post", "friday vibes 🎶 no shots, no appointments, just vibes"),
    ("post", "the [[kappa alpha theta|org]] girls at our school came thru with 200+ swabs 🪁"),
    ("post", "someone asked me if donating marrow means i'll be 'shorter' now and i cannot stop laughing"),
    ("post", "shoutout to my uber driver who asked why i had a bandage on both arms and then told me his cousin donated too. small world"),
    ("post", "Live footage of me trying to get out of bed: 🐢"),
    ("post", "proud of u [[b.|name]] 💙 u did the thing"),
    ("post", "our pup [[pretzel|name]] got a new bandana that says 'my human is a donor' and he's insufferable about it now"),
    ("post", "gonna be honest i cried when the bag of cells left the room. felt like sending a kid to college"),
    ("post", "it's [[aug 4|date]] which means 2 years since my transplant and i'm going ziplining to celebrate 🌲"),
    ("post", "everyone in [[the 907|loc]] who came out in -20 to get swabbed, ur actually insane and i love u ❄️"),
    ("post", "Happy Monday! Reminder that you are allowed to have a slow start."),
    ("post", "no bc the [[hornets|org]] really scheduled a swab night and i wasn't even in town?? robbed"),
    ("post", "i'm the tall one in the pic. [[lucy|name]] is the one making the peace sign. we both joined tonight ✌️"),
    ("post", "reply guy here: yes u can register if u've had covid. yes, it's free. no, it doesn't hurt."),
    ("post", "big love to the nurses at [[addenbrooke's|org]] who let me pick the telly for five hours"),
    ("post", "LMAO my mom made t-shirts. with my face on them. for the hospital. 😭"),
    ("post", "anybody else's hands tingle during apheresis? nurse gave me calcium chews and it stopped"),
    ("post", "still can't get over the fact that my donor was from [[Argentina|recipient]]. mi corazón es medio argentino ahora 🇦🇷"),
    ("post", "I'm in a tunnel and my podcast stopped. this is my villain origin story"),
    ("post", "thx [[@rooster_brewing_co|org]] for hosting our drive!! free pint for everyone who swabbed 🍺"),
    ("post", "lol imagine being scared of a cheek swab. (it me. i was scared of a cheek swab.)"),
    ("post", "Huge thank you to the whole gang at [[Crumpet & Co.|org]], where I work, for covering my shifts this week ☕"),
    ("post", "snowed in, netflix on, hips sore, heart full ❄️🫶"),
    ("post", "[[#BringBackBodhi|name]] 🙏 he's 4 and needs a donor of indian descent, please pass this on"),
    ("post", "honestly blessed. that's it. that's the post."),
    ("post", "my recipient is a [[girl|recipient]] around [[10|recipient]] w [[thalassemia|recipient]] and i need everyone to know i'm now a big sister to a stranger"),
    ("post", "in the chair at [[northwestern|org]] rn, send memes"),
    ("post", "What's everyone reading this week? I need something light, my brain is mush."),
    ("post", "Yall my grandma [[pearl|name]] just turned 91 and asked how she can join the registry 😂 sorry nana, age limit"),
    ("post", "sooo i got the call. the REAL call. workup next week. ahhhhh"),
    ("post", "hey [[manchester|loc]], we're swabbing at [[the crown & anchor|org]] on thursday from 6, come have a pint and save a life"),
    ("post", "rain rain go away, my hips are sore and i wanna play 🌧️"),
    ("post", "met my recipient today after 2 years of letters. she's a [[retired nurse|recipient]] from [[Scotland|recipient]] and she hugged me for like 5 min straight"),
    ("post", "y'all the st. paddy's parade had a swab tent and i saw at least 30 people in leprechaun hats sign up 🍀"),
    ("post", "me after donating: i could run a marathon. me 20 min later: asleep in the car"),
    ("post", "[[#JusticeForJuniper|name]] lol my cat [[juniper|name]] is mad i won't let her sit on my bandages"),
    ("post", "breaking: local donor eats an entire rotisserie chicken alone. more at 11"),
    ("post", "anyone else get super emotional on filgrastim? i cried at a dog food commercial. twice."),
    ("post", "big shoutout to [[tita malou|name]] who cooked enough adobo to feed the entire transplant floor 🇵🇭"),
    ("post", "brb gonna go lie on the floor for no reason"),
    ("post", "donor #1,204 registered at [[ateneo|org]] today, lezgo [[blue eagles|org]] 🦅💙"),
    ("post", "update from the couch: still tired, still happy, still eating crackers"),
    ("post", "my fiance [[arturo|name]] surprised me with balloons at the door 🎈 ok i'm marrying him for real now"),
    ("post", "TOTALLY NORMAL TO BE THIS EXCITED ABOUT A FEDEX ENVELOPE RIGHT? (it's my swab kit)"),
    ("post", "thank u [[@marrowmate_au|org]] for the care package, the lip balm was a lifesaver 💋"),
    ("post", "my donor was a [[34|recipient]] yr old [[man|recipient]]. that's it. that's all i know. and it's enough 🙏"),
    ("post", "the cafeteria had mac and cheese today and i'm choosing to see that as a sign"),
    ("post", "someone on the bus asked about my hospital bracelet and now they're registering. the cycle continues 🔁"),
    ("post", "if u live in [[brum|loc]] and ur 18-30 pls come to the [[aston villa|org]] drive sat, they're giving out scarves 💜"),
    ("post", "low-key the best part of this whole thing was the warm cookies the volunteers brought"),
    ("post", "haven't slept properly in 3 days but that's just a tuesday tbh"),
    ("post", "[[ms. kapoor|name]] if ur reading this, ur biology class is why i'm on the registry. thank u 🧬"),
    ("post", "it's a beautiful day to be a donor ☀️ (and a terrible day to lift anything heavy)"),
    ("post", "Tbh I thought the whole process would take forever but from call to collection was six weeks."),
    ("post", "my brother [[kwabena|name]] flew in from [[accra|loc]] to be my donor and i can't stop crying 🇬🇭"),
    ("post", "WHO'S READY FOR THE 5K??? not me, i just donated, but i'll be cheering from a lawn chair"),
    ("post", "Today's vibe: warm tea, heavy blanket, zero obligations."),
    ("post", "shout out to [[gabby|name]] from hr who handled all my leave paperwork in like 10 min"),
    ("post", "fell asleep during the movie i picked and woke up to the nurse clapping bc we were done lol"),
    ("post", "i signed up at [[coachella|org]] of all places 🌵 best souvenir ever"),
    ("post", "why is every song on the radio about heartbreak today, i'm emotionally fragile (filgrastim)"),
    ("post", "donor life: get called, say yes, take shots, nap, repeat. ⭐⭐⭐⭐⭐"),
    ("post", "got my 6 month recipient update!! she's home from the hospital and [[back at school|recipient]] 🎒"),
    ("post", "[[@the.kim.sisters|contact]] took me to get bingsu after collection and i've never felt so cared for 🍧"),
    ("post", "if ur on the fence: i was too. then i said yes. now i'm a person who says yes. love that"),
    ("post", "all the [[bulldogs|org]] fans at the swab tent today were SO loud and SO nice 🐶"),
    ("post", "I've been drinking so much water this week I'm basically a fish 🐟"),
    ("post", "the [[gaa|org]] club in our parish ran a drive after the match and half the under-21s signed up ⚽"),
    ("post", "omw to collection day #2 (they needed more cells, i have more cells, easy)"),
    ("post", "my girlfriend [[ximena|name]] drew little hearts on my bandages 🥹"),
    ("post", "bc someone asked: no, i don't know who my recipient is. yes, i'm curious. no, i'm not allowed to know yet."),
    ("post", "gran sent me a crossword book for recovery and i've done 3 pages and feel like a genius"),
    ("post", "reminder: the registry will never DM u for ur bank details. block and report 🚫"),
    ("post", "back at my desk at [[deloitte|org]] today and everyone's acting like i came back from war lol"),
    ("post", "the nurse's badge had like 40 pins on it and one said 'vein whisperer' and i think that's her whole identity"),
    ("post", "happy kwanzaa everyone, my gift to the world this year was stem cells 🕯️"),
    ("post", "Joy is a warm shower after three days of hospital sponge baths."),
    ("post", "special thanks to [[doc ty|name]] at the [[ucsd|org]] clinic who explained everything w diagrams 📊"),
]

# Batch 2: stories.
CASES += [
    ("story", "[[Obinna Eze|name]], a [[final-year medical student|ok]] at [[the University of Ibadan|org]], organised the first campus swab drive there after his cousin died waiting for a match. 'People thought it was a blood drive and kept asking for biscuits,' he says. Within a month, more than eight hundred students had registered. One of them, a classmate, has already been matched with a [[patient in the UK|recipient]]."),
    ("story", "The family asked us to share their story without names. Their son was diagnosed at four, and for almost a year no match could be found. Then a donor appeared, a stranger who had joined on a whim at a shopping centre. The boy is now eight, plays the drums very loudly, and has asked if he can write to his donor in crayon."),
    ("story", "[[Leticia Amaral|name]] works the early shift at [[Pão de Açúcar|org]] in [[Campinas|loc]]. She registered at a [[Hemocentro da Unicamp|org]] drive when her colleague's husband fell ill, and was matched three years later with a [[woman|recipient]] in [[Uruguay|recipient]]. She donated on [[12 de maio de 2023|date]], she tells us, and went back to the bakery counter a week later."),
    ("story", "Every year on the anniversary of his transplant, one recipient in our community buys coffee for the next ten people in line. He doesn't tell them why. He says it's his way of passing on what a stranger did for him, quietly and without asking for anything back."),
    ("story", "[[Aoife Ní Bhriain|name]] was training for the [[Dublin Marathon|org]] when the call came from the [[Irish Unrelated Bone Marrow Registry|org]]. She postponed the race, donated, and ran it the following year in two hours fifty-one. Her recipient, a [[man|recipient]] in [[Austria|recipient]], sent a card congratulating her on 'running for two.' She finished the race wearing a green ribbon from her club in [[Galway|loc]]."),
    ("story", "When the match came through, the donor was between jobs and worried about the time off. The registry covered her travel, her meals and her lost wages. She spent the week before collection binge-watching baking shows and practising how to sit still. 'Turns out I'm very good at sitting still,' she says."),
    ("story", "[[Rev. Segun Oyelaran|name]] leads [[Shiloh Gospel Assembly|org]] in [[Baton Rouge|loc]] and has made swab drives part of every church homecoming since 2016. His own daughter [[Temi|name]] was matched with a [[teenage girl|recipient]] in [[Greece|recipient]] last year. 'I preach about loving strangers,' he says. 'She went and did it.'"),
    ("story", "A group of night-shift cleaners at a city hospital organised their own drive after one of them was diagnosed. They made flyers in four languages and set up a table by the staff lockers at 2am. Dozens of porters, nurses and kitchen staff registered. Their colleague found a donor the following spring."),
    ("story", "[[Hamish McAllister|name]], a [[sheep farmer|ok]] from near [[Oamaru|loc]], says he only signed up because the swab table was next to the pie stall at the [[Waimate A&P Show|org]]. Fourteen years later he flew to [[Christchurch|loc]] to donate. He was back on the farm for lambing a fortnight later. 'The pies were good,' he adds. 'Not as good as this, though.'"),
    ("story", "Some donors write long letters; this one wrote a single sentence on the back of a postcard: 'I hope your first cup of tea at home tastes amazing.' The recipient kept the postcard on her fridge for a year. When she finally could reply, she wrote: 'It did.'"),
    ("story", "[[Ishaan|name]] and [[Kavya Bhatt|name]] are twins from [[Leicester|loc]] who registered together at a Diwali mela. Only Kavya was ever matched. 'He's still annoyed,' she says of her brother. Her recipient is a [[young father|recipient]] with [[lymphoma|recipient]], and she has written to him twice through [[DKMS UK|org]]."),
    ("story", "The collection room had a window overlooking a car park, and the donor spent five hours watching people come and go. He made up stories about each of them. By the end he had invented a whole soap opera. He says it was the most peaceful afternoon he'd had in years."),
    ("story", "[[Nomvula Dlamini|name]] had never left [[Durban|loc]] when she was told she was a match. The registry flew her to [[Johannesburg|loc]] for the collection, her first time on a plane. She took a selfie with the clouds and sent it to her gogo. Her recipient, a [[child|recipient]] overseas, received the cells the next morning."),
]


def parse(marked):
    """Strips [[text|cat]] markup; returns the plain text and [start, end, cat] spans."""
    text, spans, pos = "", [], 0
    for m in re.finditer(r"\[\[(.+?)\|(\w+)\]\]", marked):
        text += marked[pos : m.start()]
        start = len(text)
        text += m.group(1)
        spans.append([start, len(text), m.group(2)])
        pos = m.end()
    text += marked[pos:]
    return text, spans


def validate(rows):
    """Raises on broken markup, unknown cats, overlapping spans or duplicate ids."""
    ids = set()
    for row, (kind, marked) in zip(rows, CASES):
        text, spans = row["text"], row["spans"]
        assert row["id"] not in ids, f"duplicate id {row['id']}"
        ids.add(row["id"])
        assert kind in ("post", "story"), f"{row['id']}: kind {kind}"
        assert not re.search(r"\[\[|\]\]", text), f"{row['id']}: markup left in text"
        marked_spans = re.findall(r"\[\[(.+?)\|(\w+)\]\]", marked)
        for (s, e, cat), (span_text, _) in zip(spans, marked_spans):
            assert cat in CATS, f"{row['id']}: unknown cat {cat}"
            assert text[s:e] == span_text and span_text == span_text.strip(), f"{row['id']}: bad span {span_text!r}"
        for (s0, e0, _), (s1, e1, _) in zip(spans, spans[1:]):
            assert e0 <= s1, f"{row['id']}: overlapping spans"


def is_clean(row):
    return all(cat == "ok" for _, _, cat in row["spans"])


def main():
    rows = []
    for n, (kind, marked) in enumerate(CASES):
        text, spans = parse(marked)
        rows.append({"id": f"i{n:03d}", "kind": kind, "text": text, "spans": spans})
    validate(rows)
    out = Path(__file__).with_name("informal.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    kinds = collections.Counter(row["kind"] for row in rows)
    clean = sum(is_clean(row) for row in rows)
    per_cat = collections.Counter(cat for row in rows for _, _, cat in row["spans"])
    print(f"{out}: {len(rows)} cases ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})")
    print(f"clean (no span but ok): {clean} = {clean / len(rows):.1%}")
    print("spans per cat: " + ", ".join(f"{cat} {per_cat[cat]}" for cat in sorted(CATS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
