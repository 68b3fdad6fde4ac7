#!/usr/bin/env python3
"""Writes french-holdout.jsonl: a held-out set of French letters, posts and public stories.

Written apart from the French dev corpus (make_french.py), with its own names, places, hospitals,
teams, venues and slang (France, Québec, Belgium, Switzerland, the Antilles, La Réunion, Senegal,
Côte d'Ivoire), so that a score on it shows whether the French checker generalises rather than
remembers. Markup and categories follow make_labelled.py and /work/shared/eval/LABELLING.md:
[[span text|cat]], cats name, org, loc, date, contact, recipient, ok. Dates are labelled without
their article ("le [[14 mars|date]]"); bare months, holidays, weekdays and relative times are not.
A case is clean when it has no span other than ok. Run: python3 tests/data/make_french_holdout.py
"""
from collections import Counter
from pathlib import Path

from markup import build, write_jsonl


LETTERS = [
    "Chère famille, je m'appelle [[Gwenaëlle|name]] et je suis infirmière à [[Quimperlé|loc]]. Le jour du prélèvement, je pensais très fort à vous. Avec toute mon affection, [[Gwen|name]]",
    "Madame, Monsieur, je ne sais pas qui vous êtes, mais sachez que je pense à vous chaque matin. J'espère que vos forces reviennent doucement. Votre donneur",
    "Cher donneur, grâce à vous j'ai pu voir ma petite-fille [[Maëlys|name]] souffler ses bougies le [[3 juin|date]]. Je vous embrasse de tout cœur. [[Réjean|name]]",
    "Chère receveuse, chère famille, Je voulais simplement vous dire que ce don a été l'une des plus belles choses de ma vie. Prenez soin de vous. Une donneuse qui vous souhaite le meilleur",
    "Bonjour, je vous écris depuis [[Rimouski|loc]], où je travaille comme électricien chez [[Hydro-Québec|org]]. Ma blonde [[Marie-Ève|name]] et moi, on vous souhaite une belle guérison. [[J.-F.|name]]",
    "Cher ami inconnu, J'ai été soignée à l'[[Institut Paoli-Calmettes|org]] pendant quatre mois. Aujourd'hui je marche de nouveau le long de la mer. Merci du fond du cœur. [[Soizic|name]]",
    "Cher donneur, Vous m'avez offert une deuxième vie. Mes enfants ont retrouvé leur maman, et moi j'ai retrouvé le goût des petites choses : le café du matin, le jardin, les fous rires. Merci infiniment. Votre receveuse",
    "Chère famille, mon fils [[Ousmane|name]] a eu 7 ans le [[21 septembre|date]] et il vous a dessiné un soleil. Nous vivons à [[Thiès|loc]], au [[Sénégal|loc]]. Que Dieu vous bénisse. [[Awa|name]]",
    "Bonjour, Je suis pompier volontaire et j'ai toujours voulu aider. Quand on m'a appelé, je n'ai pas hésité une seconde. Je vous souhaite beaucoup de courage pour la suite. Amicalement, votre donneur",
    "Cher donneur, je suis professeure de français au [[lycée Jean-Moulin|org]] et mes élèves de seconde ont fait une carte pour vous. Nous habitons près de [[Lons-le-Saunier|loc]]. [[Mme Perrin|name]]",
    "Chère receveuse, j'ai fait mon don à l'[[hôpital Saint-Louis|org]] le [[14 mars|date]], un jour de pluie. Mon chien [[Filou|name]] m'attendait à la maison. Courage à vous ! [[Baptiste|name]]",
    "Madame, Monsieur, Permettez-moi de vous remercier pour ce geste immense. Je ne trouve pas les mots justes, alors je vous dis simplement merci, mille fois merci. Respectueusement, le receveur",
    "Chère famille, ici en [[Gaspésie|loc]] les journées sont courtes l'hiver, mais je pense à vous en regardant le [[Rocher Percé|loc]]. Mon mari [[Ghislain|name]] vous salue. [[Pierrette|name]]",
    "Cher donneur, je suis comptable à la [[Caisse Desjardins|org]] de [[Lévis|loc]] et j'ai repris le travail en [[janvier 2024|date]]. Vous m'avez rendu ma vie d'avant. [[Frédérique|name]]",
    "Chère famille, je vous écris avec un peu d'émotion. On m'a dit que la greffe s'était bien passée et j'ai pleuré de joie dans ma cuisine. Je vous envoie toute ma tendresse. Une donneuse",
    "Bonjour à vous, mon club de rugby, l'[[US Figeac|org]], a organisé une soirée d'inscription au registre après mon don. Nous étions plus de cinquante ! Bien à vous, [[Mathieu R.|name]]",
    "Cher donneur, je ne peux pas vous dire grand-chose de moi, les règles sont strictes et c'est bien ainsi. Sachez seulement que je vais mieux et que je souris de nouveau. Avec gratitude",
    "Chère receveuse, je travaille à la [[SNCF|org]] comme contrôleur sur la ligne [[Clermont|loc]]–[[Aurillac|loc]]. Chaque fois que le train passe près des volcans, je pense à vous. [[Yannick|name]]",
    "Cher donneur, mes parents sont venus de [[Yamoussoukro|loc]] pour être à mes côtés au [[CHU de Treichville|org]]. Ma maman [[Adjoua|name]] prie pour vous chaque soir. [[Kouadio|name]]",
    "Chère famille, J'espère que cette lettre vous trouvera en bonne santé. De mon côté, la récupération a été rapide, un peu de fatigue et puis plus rien. Je vous souhaite de longues années heureuses. Bien amicalement",
    "Cher donneur, ma femme et moi fêtons nos 40 ans de mariage le [[18 août|date]], et je serai là grâce à vous. Nous penserons à vous à [[Sarlat|loc]]. [[Henri|name]] et [[Josiane|name]]",
    "Bonjour, Je suis maman de trois enfants et je me suis inscrite au registre après avoir vu un reportage à la télévision. Je suis heureuse d'avoir pu aider. Prenez bien soin de vous. Votre donneuse",
    "Chère receveuse, je suis étudiante en biologie à l'[[UCLouvain|org]] et je vis en kot à [[Louvain-la-Neuve|loc]]. Mes colocs m'ont préparé des gaufres après le don ! Bisous, [[Clémence|name]]",
    "Cher donneur, je suis de retour à la ferme, près de [[Saint-Flour|loc]], et mes vaches [[Marguerite|name]] et [[Noisette|name]] m'ont reconnu tout de suite. Merci pour tout. [[Jean-Baptiste|name]]",
    "Cher ami, Votre don m'a permis de revoir le printemps. Je me promène chaque jour un peu plus loin, et chaque pas est un merci. Avec toute ma reconnaissance, votre receveur",
    "Chère famille, je suis militaire au [[3e RPIMa|org]] et j'ai fait mon don entre deux missions. Je vous souhaite une guérison complète. Avec respect, [[Kader|name]]",
    "Bonjour, je vous écris de [[Saint-Pierre|loc]], à [[La Réunion|loc]]. Ici on a le soleil toute l'année, mais moi je veux juste vous dire merci. Ma marmaille vous embrasse. [[Ludovic|name]]",
    "Madame, Monsieur, je souhaitais vous faire savoir que je pense souvent à vous. Le prélèvement s'est très bien passé et l'équipe médicale a été formidable. Je vous souhaite beaucoup de bonheur",
    "Chère receveuse, je suis boulangère et ma boutique, [[La Mie Dorée|org]], ouvre à 6 h tous les jours. Si un jour on peut se rencontrer, le croissant sera offert ! Mon courriel : [[annesophie.lebrun@example.fr|contact]]",
    "Cher donneur, nous avons appris le [[02/11/2023|date]] qu'un donneur compatible avait été trouvé. Le [[docteur Lemaire|name]] nous a appelés à 8 h du matin. Toute notre famille vous remercie. Les [[Nguyen|name]]",
    "Chère famille, Je n'ai jamais écrit de lettre comme celle-ci. Je voulais vous dire que vous n'êtes pas seuls, que quelque part quelqu'un pense à vous et vous souhaite le meilleur. Tendrement",
    "Cher donneur, je suis greffé depuis un an et j'ai pu retourner voir jouer les [[Saguenéens|org]] avec mon grand-père. On a crié comme des fous au [[Centre Georges-Vézina|org]] ! [[Félix|name]]",
    "Bonjour cher donneur, Les médecins disent que tout va bien. Je reprends des forces, je mange de nouveau avec appétit et j'ai même recommencé à chanter sous la douche. Merci, merci, merci",
    "Chère receveuse, je suis chauffeur d'autobus à la [[STM|org]] et, entre deux arrêts, je me demande souvent comment vous allez. Je vous souhaite de beaux jours. [[Dieudonné|name]]",
    "Cher donneur, j'habite à [[Sion|loc]], en [[Valais|loc]], et j'ai été soignée aux [[HUG|org]]. Mon natel ne quitte plus ma poche depuis que j'attends de vos nouvelles. [[Raphaëlle|name]]",
    "Chère famille, Je vous souhaite une belle année et surtout la santé. Je garde précieusement l'idée que mes cellules vous accompagnent. Avec toute mon amitié, votre donneur",
    "Cher donneur, [[il y a un an aujourd'hui|date]], je recevais vos cellules. Mon frère [[Malik|name]] et ma sœur [[Yasmina|name]] ont fait un gâteau pour fêter ma deuxième naissance. [[Samir|name]]",
    "Madame, Monsieur, Je tenais à vous écrire avant Noël. Cette année, il y aura une chaise de plus autour de notre table grâce à vous. Que la nouvelle année vous apporte la paix. La famille de votre receveur",
    "Chère receveuse, je suis de [[Fort-de-France|loc]] et je joue au foot au [[Club Franciscain|org]]. Le coach m'a laissé une semaine de repos après le don ! Kenbé fò, [[Teddy|name]]",
    "Cher donneur, j'ai été très touchée par votre geste. On m'a dit que tout s'était bien passé pour vous aussi, et cela me rassure. Je vous embrasse, votre receveuse",
]

POSTS = [
    "CHU COMPATIBLE!!! l'appel d'[[Héma-Québec|org]] ce matin, j'capote ben raide 😭😭 on va sauver une vie tabarnak",
    "jsp qui a besoin de lire ça mais l'inscription au registre c'est 5 min en ligne et un coton-tige dans la bouche. tkt ça fait pas mal 😂 #DonDeMoelleOsseuse",
    "ptdr ma mère a raconté à TOUT le quartier que j'avais donné ma moelle. merci [[Nadia|name]] 🙄💀",
    "[[il y a 2 ans aujourd'hui|date]] je donnais mes cellules souches à [[Brest|loc]]. j'ai appris que mon receveur est un [[homme|recipient]] de [[58 ans|recipient]] au [[Canada|recipient]] et qu'il va bien 🥹🇨🇦",
    "OMG les injections de facteur de croissance c'est une dinguerie, j'ai mal au dos comme une mamie de 90 ans. encore 2 jours. courage à moi 💪",
    "go les [[Remparts|org]]!!! regardé la game depuis mon lit au [[CHU de Québec|org]] 🏒 les infirmières étaient plus crinquées que moi",
    "[[#TeamLéna|name]] 💜 ma nièce attend toujours un donneur. collecte à la salle des fêtes de [[Montbrison|loc]] [[samedi 12 avril|date]], venez nombreux !! 🙏",
    "question pour celles et ceux qui ont donné : on peut refaire du sport combien de temps après ? je veux pas rater mon match de dimanche lol",
    "shoutout à mon chum [[Maxime|name]] qui m'a amené des poutines à l'hôpital à chaque jour 🍟❤️ t'es le meilleur mon loup",
    "JE SUIS DONNEUSE. JE RÉPÈTE. JE SUIS DONNEUSE!!! j'ai reçu l'appel et j'ai hurlé dans le bureau 😭🎉",
    "merci à toute l'équipe de [[Basic-Fit|org]] à [[Dinant|loc]] qui a fait une cagnotte pour mes frais de déplacement 🏋️‍♀️ vous êtes des amours",
    "Les 7 Choses Que Personne Ne Vous Dit Avant Un Don De Cellules Souches (thread) 🧵",
    "ma receveuse est une [[ado|recipient]] de [[Belgique|recipient]] atteinte d'une [[leucémie|recipient]] et je pense à elle H24 💛 #DonDeMoelle",
    "wsh le prélèvement c'était long mais franchement tranquille, j'ai regardé 3 films et mangé 4 compotes. 10/10 je recommande",
    "cagnotte pour aider [[Sékou|name]] et sa famille pendant la greffe au [[Centre Léon-Bérard|org]] 👉 [[leetchi.com/c/soutien-sekou|contact]] merci de partager 🙏🏿",
    "askip si t'as entre 18 et 35 ans tu peux t'inscrire au registre. bah qu'est-ce que t'attends ? 👀",
    "retour au boulot chez [[Michelin|org]] lundi après ma semaine de don. les collègues m'appellent « le héros » mdr ça va vite me saouler",
    "mon chat [[Réglisse|name]] a pas quitté mes genoux depuis que je suis rentrée du don 🐈‍⬛ il sait",
    "Grosse fatigue aujourd'hui. Canapé, plaid, tisane, série. Le corps fabrique des cellules, il a le droit de râler 😴",
    "on dit quoi les gens d'[[Abidjan|loc]] ? collecte d'inscriptions au registre à [[Cocody|loc]] ce week-end, venez on va gâter le coin 🇨🇮🔥",
    "mdrrr le [[Dr Benhamou|name]] m'a dit que j'avais des « veines de rêve ». je l'encadre",
    "petit rappel : buvez de l'eau la veille du prélèvement. BEAUCOUP d'eau. vos veines vous diront merci. fin du post",
    "TROP FIER DE TOI [[ROMANE|name]]!!! ma petite sœur a donné sa moelle ce matin à [[Bordeaux|loc]] 😭❤️",
    "frr j'ai cru que ça allait faire super mal, en vrai les piqûres c'était pire que le don lui-même. iykyk",
    "Pour infos : je fais un live demain soir sur [[@moelle_et_moi|contact]] pour répondre à vos questions sur le don 🎥",
    "mon donneur est un [[Allemand|recipient]] de [[27 ans|recipient]], j'ai trop envie de lui envoyer des macarons. c'est permis ou pas ? 🇩🇪",
    "#SemaineDuDonDeMoelle : 1 inscription = 1 espoir. Partagez autour de vous, c'est tout ce qu'on vous demande 💚",
    "pensée pour tatie [[Ginette|name]] qui m'a conduite à chaque rendez-vous depuis [[Cholet|loc]] 💕 2 h de route à chaque fois, une sainte",
    "Pour ceux qui demandent : j'ai donné au [[CHUV|org]], à [[Lausanne|loc]], le [[9 mai|date]]. Ça joue, je vais bien 😊",
    "pk personne parle du froid dans la salle d'aphérèse ?? prenez des chaussettes. deux paires.",
    "[[#TousPourNoah|name]] 💙 mon cousin de [[Martigues|loc]] cherche toujours un donneur compatible. infos au [[06 72 18 45 90|contact]] ou en MP",
    "slt tlm, première fois que j'ose poster ici. on m'a appelée pour des examens complémentaires, je stresse un peu. des conseils ?",
    "vivement que je retourne voir les [[Verts|org]] à [[Geoffroy-Guichard|loc]] 💚 en attendant je regarde le match depuis ma chambre stérile",
    "9 mois post-greffe et j'ai remangé des sushis. c'était bof. j'ai quand même pleuré 🍣",
    "ma receveuse m'a écrit !!! c'est une [[maman|recipient]] d'[[Italie|recipient]], elle a écrit en italien et en français et je suis pas bien du tout 😭🇮🇹",
    "RT si t'es inscrit au registre depuis des années et que tu décroches à chaque numéro inconnu 📱😂",
    "en direct de la salle de prélèvement de l'[[Hôtel-Dieu de Lévis|org]] 🩸 merci à l'infirmière [[Josée|name]] qui me fait rire depuis 2 h",
    "ma grand-mère de [[Cilaos|loc]] a fait un cari poulet pour toute l'équipe du [[CHU Félix-Guyon|org]] 😂🇷🇪 personne n'a su dire non",
    "Bonne nouvelle du jour : mes plaquettes remontent ! Petit pas par petit pas. Merci pour tous vos messages ❤️",
    "don fait à [[Dakar|loc]] à l'[[hôpital Fann|org]] le [[14/03|date]], dieureudieuf à tous ceux qui ont prié 🙏🏾 [[#Sénégal|loc]]",
    "Don De Moelle Osseuse : Ce Qu'il Faut Savoir Avant De S'inscrire",
    "hey [[@thibault.grimpe|contact]] c'est grâce à toi que je me suis inscrit [[il y a 3 ans|ok]]. on m'a appelé aujourd'hui 📞 je te dois un café",
    "tsé quand t'attends les résultats pis que ta mère t'appelle aux 10 minutes 😩 oui maman [[Jocelyne|name]], j'ai mangé",
    "tellement fière de la communauté aujourd'hui, 214 nouvelles inscriptions à la collecte. vous êtes des bombes 💥💥",
    "Avis à ceux du [[418|loc]] : collecte de sang et inscription au registre au [[Cégep de Rimouski|org]] [[jeudi 16 octobre|date]] ! 🩸",
]

STORIES = [
    "Je me suis inscrite au registre à 19 ans, lors d'une collecte organisée par l'[[EFS|org]] à la [[fac de Poitiers|org]]. Six ans plus tard, un matin de [[novembre 2022|date]], mon téléphone a sonné. J'étais dans le tram. J'ai dit oui avant même que la dame ait fini sa phrase. Le don a eu lieu au [[CHU de Poitiers|org]] et ma mère, [[Véronique|name]], n'a pas lâché ma main.",
    "Quand on m'a annoncé ma leucémie, j'ai cru que le monde s'arrêtait. Puis il y a eu l'attente, les chimios, et enfin la nouvelle : un donneur compatible existait quelque part. Je ne saurai jamais qui il est, et c'est très bien ainsi. Je lui dois chaque lever de soleil.",
    "Mon père, [[Mamadou|name]], a été greffé à l'[[hôpital Saint-Antoine|org]] le [[5 décembre 2021|date]]. Pendant trois mois, nous avons fait l'aller-retour depuis [[Évry|loc]] chaque jour. Aujourd'hui il a repris sa place au marché et raconte son histoire à tous les clients. Si vous voulez nous écrire : [[famille.diallo91@example.com|contact]]",
    "Je suis gendarme dans la [[Drôme|loc]]. En [[mars 2023|date]], j'ai reçu un courrier de [[France Greffe de Moelle|org]] : j'étais compatible avec un patient. Mes collègues de la brigade de [[Nyons|loc]] ont pris mes gardes pour que je puisse faire les examens. Le prélèvement s'est fait sous anesthésie générale, et trois jours plus tard je faisais déjà du vélo.",
    "Personne ne m'avait dit que le plus dur serait l'attente. Attendre l'appel, attendre les examens, attendre le feu vert. Le jour du don, j'étais presque soulagée. Quelques heures dans un fauteuil, un film, une collation, et c'était fini. Depuis octobre, je porte un petit pin's en forme de goutte sur ma veste.",
    "Notre fille [[Inès|name]] avait 4 ans quand les médecins de l'[[hôpital Robert-Debré|org]] nous ont parlé de greffe. Aucun donneur dans la famille. Nous avons lancé un appel sur les réseaux avec le mot-clic [[#UnDonneurPourInès|name]], et des milliers de personnes se sont inscrites. Le donneur n'est pas forcément l'une d'elles, mais chaque inscription compte.",
    "Je vis à [[Chicoutimi|loc]] et je travaille de nuit à l'usine de [[Rio Tinto|org]]. Quand [[Héma-Québec|org]] m'a appelé, j'ai d'abord cru à une arnaque. Faque j'ai rappelé le numéro officiel, pis c'était vrai. Ma blonde [[Catherine|name]] m'a accompagné à [[Montréal|loc]] pour le prélèvement, à [[Maisonneuve-Rosemont|org]]. On en parle encore à chaque souper de famille.",
    "Il y a des jours où je pense encore à la salle d'attente, aux néons, aux magazines écornés. Et puis je regarde mes enfants jouer dans le jardin et je me dis que tout cela a valu la peine. À tous ceux qui hésitent à s'inscrire : faites-le. Ça prend cinq minutes et ça peut tout changer.",
    "À [[Namur|loc]], notre petit club de basket, le [[BC Jambes|org]], a organisé une journée d'inscription au registre pour notre coach, [[Didier|name]], qui se bat contre un lymphome. Septante personnes sont venues en une après-midi. [[Didier|name]] n'a pas encore de donneur, mais il dit que cette journée l'a porté.",
    "Ma receveuse vit en [[Pologne|recipient]] ; c'est tout ce que je sais d'elle, avec son âge, [[34 ans|recipient]]. En [[février 2024|date]], elle m'a envoyé une lettre traduite par le registre. Elle y parle de ses deux chats et de la neige. J'ai lu la lettre dix fois dans ma voiture, garée devant la pharmacie où je travaille, à [[Vesoul|loc]].",
    "J'ai longtemps eu peur des aiguilles. Le jour où j'ai reçu l'appel, j'ai failli dire non. Ma meilleure amie m'a rappelé pourquoi je m'étais inscrite : pour que quelqu'un, quelque part, ait une chance. Alors j'ai dit oui. Les piqûres de facteur de croissance m'ont donné mal au dos, le prélèvement a duré quatre heures, et je le referais demain.",
    "Je m'appelle [[Kofi|name]] et je suis étudiant à l'[[Université Cheikh Anta Diop|org]]. Au [[Sénégal|loc]], beaucoup de gens ne connaissent pas le don de moelle. Avec mon association, [[Jàmm Santé|org]], nous allons dans les quartiers de [[Pikine|loc]] et de [[Rufisque|loc]] pour expliquer. Contact : [[+221 77 412 58 36|contact]].",
    "Le [[9 juillet 2020|date]], j'ai donné mes cellules souches à l'[[Institut Jules Bordet|org]]. Mon receveur est un [[homme|recipient]] d'une [[cinquantaine d'années|recipient]] qui vit en [[Espagne|recipient]]. Deux ans plus tard, nous avons pu nous écrire directement. Il m'a envoyé une photo de son potager à [[Murcie|loc]]. Je n'ai jamais mangé de tomates aussi belles, même en photo.",
    "Après mon don, j'ai voulu faire quelque chose de plus. Avec les copains du [[Café du Port|org]] à [[Paimpol|loc]], on a monté une course, la [[Foulée des Goélettes|org]], dont les dons vont à la recherche. Première édition le [[21 septembre 2025|date]], 300 coureurs. Inscriptions par courrier : [[12 quai Morand, 22500 Paimpol|contact]].",
    "Greffée à [[Fort-de-France|loc]] en [[avril 2019|date]], j'ai mis du temps à reprendre le travail. Aujourd'hui je suis de retour à l'école primaire du [[François|loc]] où j'enseigne aux CM1. Mes élèves m'appellent « Madame Courage ». Ma collègue [[Lucienne|name]] a tenu la classe pendant un an, et je ne l'en remercierai jamais assez.",
]

CASES = ([("letter", t) for t in LETTERS] + [("post", t) for t in POSTS]
         + [("story", t) for t in STORIES])


def main():
    records = build(CASES, "fh")
    out = Path(__file__).with_name("french-holdout.jsonl")
    write_jsonl(out, records)
    clean = sum(all(cat == "ok" for _, _, cat in r["spans"]) for r in records)
    kinds = Counter(r["kind"] for r in records)
    cats = Counter(cat for r in records for _, _, cat in r["spans"])
    print(f"{out}: {len(records)} cases, {dict(kinds)}")
    print(f"clean (no span but ok): {clean} = {clean / len(records):.1%}; no span at all: "
          f"{sum(not r['spans'] for r in records)}")
    print("spans per cat:", dict(sorted(cats.items())))


if __name__ == "__main__":
    main()
