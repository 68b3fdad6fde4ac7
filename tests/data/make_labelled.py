#!/usr/bin/env python3
"""Writes labelled.jsonl: our own labelled donor texts, in the shared scorer's format.

Each case is written with [[double brackets|cat]] around its identifying spans; this script
strips the markup and records code-point offsets. Categories: name, org, loc, date, contact,
recipient, ok. Run: python tests/data/make_labelled.py
"""
from pathlib import Path

from markup import build, write_jsonl

CASES = [
    ("letter", "Dear recipient, I'm a firefighter with [[Engine 23|org]] in [[Sacramento|loc]]. My daughter [[Lucia|name]] drew you the picture inside. Warmly, [[Hector|name]]"),
    ("letter", "Hello! I teach third grade at [[Maple Ridge Elementary|org]] and my students made you this card. We live near [[Lake Champlain|loc]]. Love, [[Ms. T|name]]"),
    ("letter", "Dear donor, my husband [[Arjun|name]] and I celebrated our [[10th wedding anniversary|date]] in the hospital, and you gave us many more. Thank you. [[Deepa|name]]"),
    ("letter", "To my hero: I was treated at [[Roswell Park|org]] after my diagnosis on [[January 8, 2024|date]]. I'm back to cheering for the [[Sabres|org]]! [[K.L.|name]]"),
    ("letter", "Dear friend, I hope you are feeling stronger every day. The nurses told me the collection went well. Sending you all my hope and courage. Your donor"),
    ("letter", "Dear recipient, I served with the [[101st Airborne|org]] and I'm now a mechanic at [[Caterpillar|org]]. My pup [[Rosie|name]] says hi. [[Travis|name]]"),
    ("letter", "Dear donor, when they told me a match was found I cried in the parking lot. My mom held my hand the whole time. You are in our prayers every night. Your recipient"),
    ("letter", "Hi from [[Manitoba|loc]]! My name is [[Colette|name]] and I play hockey with the [[Brandon Wheat Kings|org]] alumni. My email is [[colette.b@example.ca|contact]] if the rules ever allow."),
    ("letter", "Dear donor, [[our church youth group|ok]] at [[St. Brigid's Parish|org]] prayed for you. I'm [[Father Declan|name]]'s nephew. Gratefully, your recipient"),
    ("letter", "Dear recipient, I registered at a swab drive at [[Clemson|org]] during my sophomore year. Now I work as a nurse in [[Greenville|loc]]. Go [[Tigers|org]]!"),
    ("letter", "Dear donor, I am seventy-two and I have six grandchildren who still have their grandpa because of you. I can't thank you enough. With love, your recipient"),
    ("letter", "Dear donor, my birthday is [[June 12th|date]] and this year it will be the best one yet. My sister [[Ines|name]] is baking the cake. [[Rafael|name]]"),
    ("post", "just got home from donating PBSC at [[Vanderbilt|org]]!! shoutout to my wife [[britt|name]] for the snacks 💛 [[#nashville|loc]] [[#BeTheMatch|org]]"),
    ("post", "donated marrow yesterday, back is sore but heart is full. my recipient is a [[34 year old|recipient]] [[woman|recipient]] with [[leukemia|recipient]] 🥹"),
    ("post", "ok who else is donating this month? the injections make ur bones ache but it's so worth it. register if u can, it's just a cheek swab"),
    ("post", "Swabbing at the [[Kent State|org]] student center today from 10-4! Stop by and join the registry 🧬 [[#FlashesGiveBack|org]]"),
    ("post", "my little bro [[mateo|name]] was my match. bone marrow transplant went great at [[Children's Mercy|org]] in [[KC|loc]] 🙏"),
    ("post", "[[a year ago today|date]] I donated stem cells and I still think about my recipient every day. grateful for the chance."),
    ("post", "Huge thanks to [[Anthony Nolan|org]] for looking after me through the whole process. [[#StemCellDonor|ok]]"),
    ("post", "Donation update: my cells went to a [[teenage boy|recipient]] in [[Italy|recipient]] 🇮🇹 and he's doing well!"),
    ("post", "Ran the [[Twin Cities Marathon|org]] in honor of my donor today 🏃 [[#MplsStrong|loc]]"),
    ("post", "Donor day complete. Apheresis took 6 hours, watched three movies, ate way too many crackers. 10/10 would recommend."),
    ("post", "follow my recovery on insta [[@healing_with_hannah|contact]] 💪 day 30 post transplant"),
    ("post", "Can't believe it's been two years since my transplant. Life is good. Thank you to everyone who ever joined the registry."),
    ("post", "home sweet home in [[Duluth|loc]] after 40 days at [[Mayo|org]] 🏠"),
    ("post", "so my donor and i finally met!!! she flew all the way from [[Germany|recipient]] and we cried at the airport"),
    ("post", "first day of neupogen shots 💉 my hubby [[derek|name]] is being the best nurse lol. collection is at [[Froedtert|org]] on [[thursday the 14th|date]]"),
    ("post", "so proud of my sister [[ana|name]] who donated bone marrow today at [[UCSF|org]] 🥹 [[#SFstrong|loc]]"),
    ("post", "anyone else from [[boise|loc]] on the registry?? looking for people to swab at [[our church|ok]] on sunday"),
    ("post", "Not gonna lie, the catheter was the worst part. But I'd do it again tomorrow. Register people!"),
    ("post", "donated PBSC today!! shoutout to [[jess|name]] and [[mike|name]] at the [[Vitalant|org]] center 💪"),
    ("post", "[[Go Cats|org]]! watching the [[Wildcats|org]] from my recovery couch in [[Lexington|loc]] 🏀"),
    ("post", "our [[Kappa Delta|org]] chapter signed up 87 new donors today!!"),
    ("post", "just a reminder that joining the registry takes 5 minutes and a cheek swab. do it."),
    ("post", "my recipient's family sent a card with a photo of their [[golden retriever|ok]]. i'm not crying you're crying"),
    ("post", "DM me on IG [[@marrow.mama|contact]] if you have questions about donating!"),
    ("post", "it's official, I'm a donor! my cells are going to a [[9 yo|recipient]] [[boy|recipient]] 💙"),
    ("post", "[[Tía Carmen|name]] flew in from [[San Juan|loc]] to take care of me after the transplant ❤️"),
    ("letter", "Dear donor, I am a [[dairy farmer|ok]] and I am back milking cows every morning thanks to you. My wife [[June|name]] says thank you too. God bless, your recipient"),
    ("letter", "Dear recipient, I run marathons and I like to think some of my speed went with the cells. Keep going, one step at a time. Your donor"),
    ("story", "When [[Marcus Bell|name]], a high school coach from [[Dayton|loc]], joined the registry at a [[Dayton Flyers|org]] game, he never expected a call. Three years later he donated at [[Cleveland Clinic|org]] for a [[52-year-old|recipient]] [[father of two|recipient]]."),
    ("story", "Our volunteers collected 312 swabs at the spring drive. Every one of those people is now a potential lifesaver for a patient who needs a match."),
    ("story", "The donor, [[a nurse|ok]] at [[Sutter Health|org]], asked that her story be shared without her name. She donated on [[3/2|date]], just days before her own wedding."),
    ("story", "[[Grandma Ruth|name]] knitted a blanket for the recipient. [[Her knitting circle|ok]] at the [[Elks Lodge|org]] in [[Bozeman|loc]] helped."),
    ("story", "A donor from the [[Midwest|loc]] shared that the hardest part was waiting. The collection itself was quiet and calm, with music and warm blankets."),
    ("story", "After the transplant, the recipient wrote that she had started painting again. She hopes one day to meet the stranger who gave her a second chance."),
]


def main():
    out = Path(__file__).with_name("labelled.jsonl")
    write_jsonl(out, build(CASES, "t"))
    print(out, len(CASES))


if __name__ == "__main__":
    main()
