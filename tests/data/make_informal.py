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
