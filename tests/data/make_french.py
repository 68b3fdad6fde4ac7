#!/usr/bin/env python3
"""Writes french.jsonl: the French development corpus (issue 14), letters, social posts and short
public stories as French speakers in France, Québec, Belgium and Switzerland write them.

Every case was written by hand. Markup as in make_labelled.py: [[span text|cat]] around each span,
cats name, org, loc, date, contact, recipient, ok, as the shared labelling convention (LABELLING.md)
defines them. French forms: the name after "ma sœur", "mon chum" (never the relationship word itself),
"Dr Lefebvre" with its title, "14 mars" / "14/03/2019" / "novembre 2015" / "il y a sept ans
aujourd'hui" as dates (bare months and "à Noël" stay clean), departments by number ("le 69" -> 69) as
places. A case with no span outside 'ok' is clean. The script validates offsets, overlaps and ids, checks
that no name, organisation or place appears in more than two cases, and prints counts.
Run: python3 tests/data/make_french.py
"""
import collections
import sys
import unicodedata
from pathlib import Path

from markup import CATS, build, write_jsonl


CASES = []

# Batch 1: letters (vouvoiement, tutoiement, Québec, Belgique, Suisse), everyday posts, short stories.
CASES += [
    ("letter", "Chère famille, je m'appelle [[Camille|name]], j'ai 27 ans et je suis infirmière au [[CHU de Nantes|org]]. Le jour du prélèvement, ma sœur [[Émilie|name]] m'a tenu la main du début à la fin. Je pense très fort à vous."),
    ("letter", "À mon donneur, je ne sais pas comment vous remercier. Il y a un an, je ne pouvais plus monter un escalier. Aujourd'hui je joue au ballon avec mes enfants dans le jardin. Merci du fond du cœur. Votre receveuse"),
    ("letter", "Cher receveur, je suis pompier volontaire dans le [[Cantal|loc]] et supporter de l'[[ASM|org]] depuis toujours. Mon chien [[Filou|name]] vous salue ! Bien à vous, [[Thierry|name]]"),
    ("letter", "Madame, Monsieur, j'espère que cette lettre vous trouvera en meilleure santé. Quand on m'a annoncé que j'étais compatible, j'ai pleuré dans ma voiture. Je vous souhaite tout le bonheur du monde. Votre donneuse"),
    ("letter", "Salut à toi, c'est ta donneuse! Je vis à [[Rimouski|loc]] avec mon chum [[Jérôme|name]] pis nos deux filles. J'ai fait mon don à [[Montréal|loc]] en plein mois de janvier, il faisait -30. Prends soin de toi, [[Marie-Ève|name]]"),
    ("letter", "Chère donneuse, cher donneur, je ne connais ni votre prénom ni votre visage, mais votre geste m'a rendu ma vie. Ma mère dit que vous êtes notre ange gardien. Avec toute ma reconnaissance."),
    ("letter", "Bonjour à vous, je vous écris de [[Namur|loc]]. J'ai été soignée à l'[[Institut Jules Bordet|org]] pendant huit mois. Ma greffe a eu lieu le [[14 mars|date]] et depuis je revis. Mille mercis, [[Nadia B|name]]."),
    ("letter", "Cher donneur, chère donneuse, je suis [[Luca|name]], j'ai 16 ans et j'habite près de [[Sion|loc]]. On m'a greffé aux [[HUG|org]] en [[novembre 2022|date]]. Je recommence le hockey avec le [[HC Sierre|org]] cet hiver ! Merci"),
    ("letter", "À la personne qui a reçu mes cellules : je pense à vous chaque matin. J'ai eu un peu mal au dos après le prélèvement, rien de grave. J'espère que vous pourrez bientôt reprendre une vie normale. Je vous embrasse."),
    ("letter", "Chère famille, mon mari [[Karim|name]] et moi tenons une boulangerie à [[Roubaix|loc]]. Depuis la greffe, je me lève à 4 h comme avant ! Les infirmières de l'[[hôpital Claude-Huriez|org]] ont été formidables. Amitiés, [[Samira|name]]"),
    ("letter", "Merci. Merci pour la vie, pour les rires de mes petits-enfants, pour les balades au bord de l'eau. Je n'ai pas les mots, alors je vous envoie tout mon amour."),
    ("letter", "À mon donneur, j'ai 9 ans et je m'appelle [[Tidiane|name]]. J'adore le foot et mon équipe c'est le [[PSG|org]]. Mon chat s'appelle [[Caramel|name]]. Merci de m'avoir sauvé. Bisous"),
    ("letter", "Cher receveur, je suis un homme ordinaire qui a eu la chance de pouvoir aider. On m'a dit que vous alliez mieux et c'est le plus beau cadeau que je pouvais recevoir. Courage pour la suite, on ne lâche rien."),
    ("letter", "Chère famille, je suis sergent dans la [[Légion étrangère|org]], au quartier de [[Castelnaudary|loc]]. Mes camarades m'ont encouragé quand j'ai su que j'étais compatible. Avec tout mon respect, [[Novak|name]]"),
    ("letter", "Bonjour, je vous écris depuis mon lit d'hôpital, la veille de la greffe. Je ne sais pas qui vous êtes, mais je sais que vous avez dit oui. Demain, une partie de vous deviendra une partie de moi. Merci."),
    ("letter", "Cher donneur, le [[3 mai dernier|date]], ça faisait un an que vous m'aviez donné une seconde chance. Si un jour c'est permis, écrivez-moi : [[sylvie.morin58@orange.fr|contact]]. [[Sylvie|name]]"),
    ("letter", "Chers inconnus, je vous remercie au nom de toute notre famille. Notre fils a retrouvé des couleurs et ses copains de classe ont fait une banderole pour son retour. Que la vie vous le rende."),
    ("letter", "Chère receveuse, je travaille chez [[Michelin|org]] depuis quinze ans. Mes collègues de l'atelier m'ont offert un gâteau le jour où je suis revenu. Je vous souhaite beaucoup de force. [[Gérald|name]]"),
    ("letter", "Allô mon donneur! J'ai été traité à [[Maisonneuve-Rosemont|org]] pis j'ai passé 40 jours en isolement. Ma blonde [[Stéphanie|name]] venait me voir tous les soirs. On va fêter ça au [[Centre Bell|loc]] dès que je peux! Merci mille fois"),
    ("letter", "Chère famille du receveur, j'ai vécu le don comme une aventure. Une longue journée dans un fauteuil, un film, des biscuits et beaucoup de gentillesse autour de moi. Je serais prête à recommencer."),
    ("letter", "Cher donneur, [[il y a deux ans aujourd'hui|date]], vos cellules arrivaient dans ma chambre. Je vous écris avec une tasse de thé et les yeux mouillés. Tendrement, [[Odile|name]]"),
    ("letter", "Monsieur ou Madame, je suis le père de la petite fille que vous avez aidée. Elle a recommencé l'école à la rentrée. Elle vous a dessiné un arc-en-ciel, il est dans l'enveloppe. Merci pour elle."),
    ("letter", "Cher receveur, je suis étudiante en médecine à l'[[Université de Lausanne|org]] et j'ai grandi à [[Yverdon-les-Bains|loc]]. Je me suis inscrite chez [[Swiss Blood Stem Cells|org]] à 19 ans. Bonne route, [[Léa|name]]"),
    ("letter", "Cher donneur, ma greffe s'est bien passée et mes analyses sont bonnes. Je marche un peu plus chaque jour. J'ai recommencé à cuisiner, ce qui pour moi est le signe que la vie revient. Avec gratitude."),
    ("letter", "Bonjour mon donneur, je m'appelle [[Widlyne|name]] et je suis préposée aux bénéficiaires à [[Laval|loc]]. Mon fils [[Kervens|name]] veut vous écrire lui aussi. Que Dieu vous bénisse."),
    ("letter", "Salut! J'sais pas trop quoi écrire, c'est ma première lettre à un inconnu. J'espère que tu vas bien pis que tu peux enfin sortir dehors. Moi ça va, j'ai juste eu un peu mal au dos. Lâche pas!"),
    ("letter", "Chère famille, si les règles le permettent un jour, voici mon numéro : [[06 12 48 73 95|contact]]. Je m'appelle [[Bastien|name]] et je suis boulanger dans la [[Drôme|loc]]. Prenez soin de vous."),
    ("letter", "Chère donneuse, on m'a dit que vous aviez fait un long voyage pour donner. Je vous imagine dans un train, un livre à la main. Merci pour ce voyage, il a changé le mien."),
    ("letter", "Cher donneur, je m'appelle [[Thanh|name]], j'ai 34 ans et je suis comptable à [[Marseille|loc]]. Ma grand-mère [[Hoa|name]] prie pour vous chaque dimanche à la pagode. Merci de tout cœur."),
    ("letter", "À vous qui m'avez redonné la vie : je n'oublierai jamais. Chaque printemps, je planterai une fleur pour vous dans mon jardin. Affectueusement, votre receveur."),
    ("letter", "Chère receveuse, je suis prof de maths au [[collège Jean-Moulin|org]] de [[Quimper|loc]]. Mes élèves de 4e ont organisé une journée pour parler du don. Je vous envoie toute leur énergie. [[M. Le Goff|name]]"),
    ("letter", "Chère famille, je vous remercie pour votre lettre, elle m'a beaucoup touché. Je l'ai lue trois fois. Je suis heureux de savoir que votre mari va mieux et qu'il a repris ses promenades."),
    ("letter", "Bonjour, je suis [[Maxime|name]], 31 ans, ingénieur chez [[Solvay|org]] à [[Bruxelles|loc]]. J'ai donné à l'[[hôpital Erasme|org]] un lundi pluvieux. Je croise les doigts pour vous !"),
    ("letter", "Cher donneur anonyme, votre cadeau m'a permis d'assister au mariage de ma fille cet été. J'ai dansé, un peu, et j'ai beaucoup pleuré. Merci d'avoir rendu cette journée possible."),
    ("letter", "Chère famille, la [[Dre Tremblay|name]] m'a annoncé la bonne nouvelle un mardi matin. J'ai appelé ma mère à [[Chicoutimi|loc]] tout de suite. Je vous souhaite une longue vie. [[Geneviève|name]]"),
    ("letter", "Bonjour, j'ai 62 ans et j'étais persuadé que ma vie était finie. Votre don m'a prouvé le contraire. Je vais enfin faire ce voyage dont je rêve depuis toujours. Merci, merci, merci."),
    ("letter", "À mon héros, j'ai été soignée au [[CHU de Bordeaux|org]] et mon infirmière [[Aïcha|name]] m'a lu votre premier message. On a pleuré toutes les deux. Votre receveuse de [[Gironde|loc]]"),
    ("letter", "Cher toi, je te tutoie parce que j'ai l'impression de te connaître un peu. J'espère que tes globules font la fête et que ton appétit revient. Bisous de ta donneuse."),
    ("post", "jsuis MATCH 😭😭 le registre m'a appelée ce matin jpp #dondemoelle"),
    ("post", "trop fière de mon frère [[Yanis|name]] qui vient de donner sa moelle à [[Gustave-Roussy|org]] 💪 #MerciDonneur"),
    ("post", "ptdr l'infirmière m'a demandé si j'avais peur des aiguilles alors que j'ai 14 tatouages"),
    ("post", "qui vient au don de sang samedi à la salle des fêtes ?? on y va en bande"),
    ("post", "ben là tabarnak j'ai reçu l'appel d'[[Héma-Québec|org]] pendant la game du [[Canadien|org]] 😂 j'suis compatible!!!"),
    ("post", "mon donneur c'est un [[homme|recipient]] de [[35 ans|recipient]] en [[Allemagne|recipient]] 🇩🇪 c'est tout ce que je sais et c'est déjà énorme"),
    ("post", "c'est ouf comme ça passe vite, un an déjà depuis la greffe 🎉"),
    ("post", "tkt maman jsuis bien rentrée, la collecte s'est super bien passée, bcp de monde"),
    ("post", "RT stp !!! [[Lina|name]] a 7 ans et attend un donneur compatible. la cagnotte pour sa famille c'est ici 👉 [[leetchi.com/c/courage-lina|contact]] 🙏"),
    ("post", "les gars jsuis en train de regarder le match en perf de neupogen, ça pique mais ALLEZ L'[[OM|org]] 💙"),
    ("post", "quelqu'un a déjà donné par aphérèse ? ça fait mal ou pas ? j'ai mon rdv la semaine pro"),
    ("post", "Cinq Choses Que Personne Ne Vous Dit Avant Votre Don De Moelle"),
    ("post", "apéro à la guinguette [[Chez Gégène|org]] ce soir pour fêter mon don 🍻 venez nombreux"),
    ("post", "dm moi ou appelle au [[+33 6 71 20 45 88|contact]] si t'as des questions sur le don, je réponds à tout le monde"),
    ("post", "ma pote [[Fatou|name]] m'a traînée au stand d'inscription à la fac et voilà j'suis donneuse 💛"),
    ("post", "mdr mon chat refuse de quitter mon lit depuis que je suis rentrée de l'hosto"),
    ("post", "greffe dans 3 jours. j'ai peur mais j'ai hâte. merci à tous pour vos messages ❤️"),
    ("post", "[[Lyon|loc]] on est là !!! 80 nouveaux inscrits au registre aujourd'hui place [[Bellecour|loc]] 🔥"),
    ("post", "on m'a dit que ma receveuse est une [[femme|recipient]] de [[45 ans|recipient]] atteinte de [[leucémie|recipient]]. j'espère qu'elle va s'en sortir 🙏"),
    ("post", "pk personne m'a dit que le G-CSF donnait mal aux os comme ça 😩 jsuis une mamie"),
    ("post", "full fier de mon chum [[Olivier|name]], il s'est inscrit au registre au [[cégep de Sherbrooke|org]] pis il vient d'être appelé 🥹"),
    ("post", "on est le 1er et j'ai déjà plus de thunes, mais j'ai sauvé une vie donc ça compense"),
    ("post", "allez le [[Stade toulousain|org]] 🔴⚫ regardé le match depuis ma chambre stérile à l'[[IUCT Oncopole|org]], les infirmières hurlaient plus que moi"),
    ("post", "venez on parle de la vraie question : pain au chocolat ou chocolatine ? (je suis en isolement, j'ai le temps)"),
    ("post", "suivez [[@moelle.et.moi|contact]] pour tout savoir sur mon parcours de greffe 🙏"),
    ("post", "VOUS AVEZ PAS IDÉE, J'AI ÉTÉ APPELÉE PAR LE REGISTRE !!!!! 📞"),
    ("post", "nouvelle vie depuis le [[12/09/2021|date]] 🎂 mon 2e anniversaire à moi"),
    ("post", "bon ben jsuis en arrêt 2 jours après le don, mon boss a été trop compréhensif franchement"),
    ("post", "big up à l'équipe de l'[[EFS|org]] de [[Rennes|loc]], vous êtes des crèmes 🍦"),
    ("post", "aujourd'hui c'est la journée mondiale des donneurs, inscrivez-vous c'est simple ✌️ #dondemoelle #donneurdemoelle"),
    ("post", "ma receveuse est une [[petite fille|recipient]] de [[4 ans|recipient]] au [[Canada|recipient]] 🇨🇦 je suis en PLS"),
    ("post", "quelqu'un connaît un bon resto près de l'hôpital ? mes parents montent me voir ce week-end"),
    ("post", "dans le [[93|loc]] on sait se mobiliser 💪 140 inscrits à la collecte de [[Bobigny|loc]]"),
    ("post", "icitte à [[Trois-Rivières|loc]] on a fait une collecte record au [[Colisée Vidéotron|org]]!!! merci gang"),
    ("post", "ok mais pk mon char est en panne LE jour de mon don 😭 merci [[Réjean|name]] mon voisin qui m'a donné un lift"),
    ("post", "la pire partie du don c'est le jus d'orange tiède à la fin, je dis ça je dis rien"),
    ("post", "ma fille [[Noa|name]] fête ses 10 ans le [[22 juin|date]], et c'est grâce à un inconnu qu'elle sera là pour souffler ses bougies 🎂"),
    ("post", "question sérieuse : on peut boire un verre après le don ou c'est mort ?"),
    ("post", "shoutout au [[Dr Lefebvre|name]] et à toute l'équipe d'hémato, vous m'avez sauvé la vie"),
    ("post", "mon coloc m'a fait un gâteau en forme de seringue mdrrr il est grave"),
    ("post", "on vient d'apprendre que le donneur de ma mère est un [[gars|recipient]] dans la [[vingtaine|recipient]] en [[France|recipient]] 🇫🇷 MERCI TOI"),
    ("post", "#MerciDonneur à la personne qui a sauvé mon papa, t'es un·e vrai·e héros·ïne"),
    ("post", "inscrite au registre à 18 ans, appelée à 29. comme quoi faut jamais désespérer ✨"),
    ("story", "[[Aurélien Marchand|name]], 38 ans, menuisier à [[Bourg-en-Bresse|loc]], a été appelé par [[France Greffe de Moelle|org]] dix ans après son inscription. Son receveur, un [[adolescent|recipient]] en [[Italie|recipient]], lui a depuis écrit deux lettres anonymes."),
    ("story", "Elle s'était inscrite sur un coup de tête, lors d'une collecte organisée par son club de sport. Six ans plus tard, un coup de fil a tout changé. Aujourd'hui, elle encourage ses proches à sauter le pas, sans jamais dévoiler l'identité de la personne qu'elle a aidée."),
    ("story", "À [[Sherbrooke|loc]], [[Mélanie Gagnon|name]] raconte avoir reçu l'appel d'[[Héma-Québec|org]] la veille de Noël. Ses cellules souches sont parties vers un [[homme|recipient]] de [[50 ans|recipient]] atteint d'un [[lymphome|recipient]]. « Le plus beau cadeau que j'ai fait », dit-elle."),
    ("story", "Le prélèvement dure environ quatre heures. Le donneur est allongé, un film passe sur l'écran. « On m'a apporté des crêpes, j'ai presque oublié pourquoi j'étais là », s'amuse ce père de famille qui préfère rester anonyme."),
    ("story", "Originaire de [[Dakar|loc]], [[Mamadou Ndiaye|name]] s'est installé à [[Clermont-Ferrand|loc]] pour ses études. Inscrit lors d'une soirée de l'association [[Les Globules d'Auvergne|org]], il a donné ses cellules souches deux ans plus tard, juste avant ses partiels."),
    ("story", "Pour les receveurs, l'attente d'un donneur compatible peut durer des mois. Les chances sont plus faibles pour les patients métissés, d'où l'importance d'inscrire des donneurs de toutes origines."),
    ("story", "[[Jonas Perrin|name]], garde-frontière à [[Genève|loc]], a donné ses cellules souches au [[CHUV|org]] un matin d'octobre. Il ne sait de sa receveuse qu'une chose : c'est une [[jeune femme|recipient]] qui vit en [[Pologne|recipient]]."),
    ("story", "À [[Liège|loc]], les supporters du [[Standard|org]] ont organisé une journée d'inscription avant le derby. Parmi les inscrits ce jour-là, [[Kevin Lambot|name]], plombier, a été appelé l'an dernier pour un [[enfant|recipient]] de [[six ans|recipient]]."),
    ("story", "Dans une lettre transmise par le centre de greffe, la receveuse écrit simplement : « Je vis. » Deux mots que la donneuse a fait encadrer et accrocher dans son salon."),
    ("story", "Née à [[Port-au-Prince|loc]], [[Nadège Joseph|name]] est arrivée à [[Montréal-Nord|loc]] à 12 ans. Aujourd'hui infirmière, elle a convaincu plus de deux cents personnes de sa communauté de s'inscrire au registre après la greffe de son neveu [[Wesley|name]]."),
    ("story", "Chaque année, des milliers de personnes s'inscrivent sur le registre, mais beaucoup ne seront jamais appelées. Celles qui le sont disent souvent la même chose : on ne regrette pas."),
    ("story", "À [[Saint-Pierre|loc]], sur l'île de [[La Réunion|loc]], [[Jessica Payet|name]] a été greffée au [[CHU Sud Réunion|org]] en [[juillet 2020|date]]. Sa donneuse, elle le sait seulement, vivait en métropole."),
    ("story", "[[Rachid Benali|name]], chauffeur de bus à la [[RATP|org]], a appris en [[février 2019|date]] qu'il était compatible. Sa receveuse, une [[femme|recipient]] de [[60 ans|recipient]] en [[Espagne|recipient]], lui a envoyé une carte à chaque Noël depuis."),
    ("story", "Le don de moelle osseuse reste méconnu. Beaucoup imaginent une ponction dans la colonne vertébrale, alors qu'il s'agit le plus souvent d'un prélèvement dans le sang, proche d'un don de plaquettes."),
]


def is_clean(row):
    return all(cat == "ok" for _, _, cat in row["spans"])


def overused(rows, limit=2):
    """Names, organisations and places used in more than `limit` cases: the corpus should reward a
    checker that generalises, not one that learnt a handful of words."""
    seen = collections.Counter()
    for row in rows:
        seen.update({row["text"][s:e].lower() for s, e, cat in row["spans"] if cat in ("name", "org", "loc")})
    return sorted(word for word, n in seen.items() if n > limit)


def punctuated(rows):
    """Spans that begin or end with punctuation ('Nadia B.' is labelled 'Nadia B'); @ and # belong to
    handles and hashtags."""
    def is_punct(ch):
        return unicodedata.category(ch).startswith("P") and ch not in "@#"
    return [(row["id"], piece) for row in rows for s, e, _ in row["spans"]
            if is_punct((piece := row["text"][s:e])[0]) or is_punct(piece[-1])]


def main():
    rows = build(CASES, "f")
    repeated = overused(rows)
    assert not repeated, f"used in more than two cases: {repeated}"
    padded = punctuated(rows)
    assert not padded, f"spans with outer punctuation: {padded}"
    out = Path(__file__).with_name("french.jsonl")
    write_jsonl(out, rows)
    kinds = collections.Counter(row["kind"] for row in rows)
    clean = sum(is_clean(row) for row in rows)
    per_cat = collections.Counter(cat for row in rows for _, _, cat in row["spans"])
    print(f"{out}: {len(rows)} cases ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})")
    print(f"clean (no span but ok): {clean} = {clean / len(rows):.1%}")
    print("spans per cat: " + ", ".join(f"{cat} {per_cat[cat]}" for cat in sorted(CATS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
