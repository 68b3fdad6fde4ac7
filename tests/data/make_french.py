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
    ("post", "les gars jsuis en train de regarder le match avec mes piqûres de neupogen dans le ventre, ça pique mais ALLEZ L'[[OM|org]] 💙"),
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

# Batch 2: more letters (families, soldiers, teachers, addresses and phone numbers), posts in chat style and
# Québécois, departments by number, recipient details, public figures, headlines; more stories.
CASES += [
    ("letter", "Chère famille, je vous écris de [[Saint-Malo|loc]], où je suis marin-pêcheur. Mon fils [[Gwenaël|name]] m'a aidé à écrire cette lettre parce que je ne suis pas doué avec les mots. Bon vent à vous. [[Yannick|name]]"),
    ("letter", "Cher donneur, aujourd'hui j'ai soufflé mes bougies entourée de ma famille. J'ai pensé à vous au moment du vœu. Je vous souhaite d'être aussi heureux que je le suis ce soir."),
    ("letter", "Bonjour à vous, je suis la maman d'[[Elyas|name]], 5 ans, greffé à l'[[hôpital Robert-Debré|org]]. Il vous a dessiné un dinosaure (c'est un T-rex, il insiste). Merci d'avoir sauvé notre petit bonhomme. [[Kenza|name]]"),
    ("letter", "Chère famille, je vous écris avec beaucoup d'émotion. On m'a dit que la greffe avait pris et que vous rentriez bientôt à la maison. Je n'aurais jamais imaginé qu'une prise de sang puisse compter autant."),
    ("letter", "Cher receveur, je travaille à la [[SNCF|org]] comme contrôleur sur la ligne [[Paris|loc]]-[[Clermont|loc]]. Si un jour vous prenez ce train, c'est peut-être moi qui vérifierai votre billet ! Amicalement, [[Didier|name]]"),
    ("letter", "Chère receveuse, je suis une maman de trois enfants et je me suis inscrite après avoir vu une affiche dans la salle d'attente de mon médecin. Je n'aurais jamais cru être appelée. Je vous embrasse bien fort."),
    ("letter", "Bonjour, j'ai été greffé au [[CHU de Québec|org]] en [[août 2021|date]]. Je suis retraité d'[[Hydro-Québec|org]] pis je passe mes journées à pêcher au lac avec mon petit-fils [[Mathis|name]]. Merci du fond du cœur, [[Gaétan|name]]"),
    ("letter", "Bonjour mon donneur, ça fait bizarre d'écrire à quelqu'un qu'on ne verra peut-être jamais. Je voulais juste que tu saches que je vais bien, que je mange comme quatre et que je ris beaucoup."),
    ("letter", "Chère famille, je m'appelle [[Ousmane|name]], j'ai 24 ans et je suis étudiant en informatique à l'[[INSA de Lyon|org]]. Mes parents vivent à [[Bamako|loc]] et ils prient pour vous. Paix et santé à votre foyer."),
    ("letter", "Cher donneur, chère donneuse, mes médecins disent que je suis un miracle. Moi je dis que le miracle, c'est vous. Merci d'avoir tendu le bras pour un inconnu."),
    ("letter", "Bonjour, je suis caporal-chef dans l'[[armée de terre|org]] et j'ai donné pendant une permission. Mes frères d'armes du [[1er RCP|org]] vous saluent. Tenez bon ! [[Sébastien|name]]"),
    ("letter", "Chère famille, depuis ma greffe je savoure chaque petite chose : le café du matin, le bruit de la pluie, les messages de mes amis. Je vous dois tout cela. Avec toute mon affection, votre receveur"),
    ("letter", "Chère receveuse, je suis boulangère à [[Fribourg|loc]] et je chante dans le chœur de la cathédrale [[Saint-Nicolas|org]]. Tout le chœur a prié pour vous. Avec amitié, [[Noémie|name]]"),
    ("letter", "Cher inconnu, ma fille a 19 ans et elle peut enfin faire des projets. Elle veut devenir infirmière pour aider les autres comme on l'a aidée. Merci de lui avoir rendu son avenir."),
    ("letter", "Chère famille, si vous voulez m'écrire directement un jour, mon adresse est [[7 rue des Tilleuls|contact]], [[21000|contact]] [[Dijon|loc]]. Je m'appelle [[Paulette|name]] et j'ai 67 ans. Je vous tricote une écharpe."),
    ("letter", "À mon donneur, je t'écris depuis le balcon, au soleil. Ça peut paraître rien mais il y a six mois je ne pouvais pas sortir de ma chambre. Merci pour le soleil."),
    ("letter", "Bonjour, je suis [[Delphine|name]], infirmière aux [[Cliniques universitaires Saint-Luc|org]], donc je connais l'autre côté de la greffe ! Cette fois c'était mon tour de donner. Courage, et bises de [[Wavre|loc]]"),
    ("letter", "Chère famille, je n'ai pas beaucoup de mots en français, je viens d'ailleurs. Mais je veux dire merci. Grâce à la personne de votre famille, je vois grandir mes enfants."),
    ("letter", "Cher donneur, mon anniversaire c'est le [[9 décembre|date]] et cette année je vais le fêter pour la première fois hors de l'hôpital. Ma sœur [[Maëlys|name]] prépare déjà le gâteau. [[Chloé|name]]"),
    ("letter", "Bonjour à la famille, j'espère que tout le monde va bien chez vous. J'ai appris que le patient avait pu rentrer chez lui pour les fêtes. C'est la plus belle nouvelle de mon année."),
    ("letter", "Cher donneur, je suis [[Guerline|name]], j'ai grandi aux [[Gonaïves|loc]] et je vis maintenant à [[Montréal-Nord|loc]]. Je chante dans la chorale de l'église [[Saint-Rémi|org]] et chaque dimanche je chante pour vous."),
    ("letter", "Cher toi, je ne sais pas si tu préfères le thé ou le café, la mer ou la montagne, l'été ou l'hiver. Moi je sais juste que je te dois ma vie. Prends soin de toi."),
    ("letter", "Chère famille, si jamais ça devient possible un jour de se parler, mon cell c'est le [[514-555-0193|contact]]. Je m'appelle [[Francis|name]] pis je suis camionneur. Bonne chance à vous autres!"),
    ("letter", "Madame, Monsieur, votre générosité m'a bouleversée. Je suis une vieille dame et je pensais que personne ne prendrait ce risque pour moi. Je garde votre lettre dans ma bible."),
    ("letter", "Chère receveuse, j'ai 42 ans, je suis caissière chez [[Carrefour|org]] et maman de jumeaux. On fait du vélo tous les dimanches le long du [[canal de Nantes à Brest|loc]]. Bises, [[Sandrine|name]]"),
    ("letter", "Cher donneur, je voudrais vous raconter ma première promenade après la greffe : dix minutes, un banc, un pigeon très curieux. C'était la plus belle promenade de ma vie."),
    ("letter", "Chère famille, mon hématologue, le [[Dr Benhamou|name]], dit que mes analyses sont parfaites. Je suis retournée travailler à la médiathèque de [[Pontivy|loc]] la semaine dernière. Avec gratitude, [[Gwenaëlle|name]]"),
    ("letter", "Salut, c'est ton donneur. Paraît que t'es un battant. J'espère que t'as bien mangé ce midi et que tu fais des siestes de champion. On lâche rien, ok ?"),
    ("letter", "Chère famille, le don a eu lieu le [[03.05.2021|date]] à [[Bâle|loc]]. Je suis apprenti mécanicien à [[Delémont|loc]] et je joue de l'accordéon. Je vous envoie une chanson dans mon cœur. [[Loris|name]]"),
    ("letter", "Cher receveur, le prélèvement s'est fait sous anesthésie générale, je me suis réveillé avec un petit bleu et une grande fierté. Je vous souhaite une très belle guérison."),
    ("letter", "Chère famille, je m'appelle [[Minh|name]] et je tiens un restaurant de phở dans le [[13e arrondissement|loc]]. Si un jour c'est autorisé, je vous invite à manger. Portez-vous bien."),
    ("letter", "Bonjour, je suis le mari de la personne que vous avez sauvée. Je voulais vous dire merci moi aussi. Ma femme rit de nouveau et notre maison est pleine de musique."),
    ("letter", "Cher donneur, je suis [[Youssef|name]], 48 ans, chauffeur de taxi à [[Toulouse|loc]]. Mon fils [[Bilal|name]] joue au [[Stade toulousain|org]] chez les cadets. J'ai passé l'Aïd à l'hôpital mais grâce à vous, l'an prochain je serai à la maison."),
    ("letter", "Chère donneuse, à chaque contrôle, les médecins sourient. Je ne connais pas votre visage mais je devine votre sourire dans le leur. Merci infiniment."),
    ("letter", "Salut toi, je voulais te dire que ma leucémie est en rémission complète ! Je retourne à l'[[UQAM|org]] en septembre. Merci pour tout, gros câlin. Bisous, [[M|name]]."),
    ("letter", "Chère famille, je pense que vous avez dû avoir très peur. Moi aussi j'avais peur, avant le don. Maintenant je sais que la peur passe et que ce qui reste, c'est le lien. Prenez soin de vous."),
    ("letter", "Bonjour, je m'appelle [[Jean-Luc|name]] et je vis à [[Saint-Paul|loc]], à [[La Réunion|loc]]. Je suis moniteur de surf et je vous attends sur la plage dès que vous irez mieux ! Mi aime à ou, comme on dit chez nous."),
    ("letter", "Cher receveur, on m'a appris que vous étiez sorti de l'hôpital. J'ai ouvert une bouteille de cidre avec ma famille pour fêter ça. À votre santé, vraiment !"),
    ("letter", "Merci à toi, donneur au grand cœur 💛 Grâce à toi, je serai là pour le mariage de ma fille [[Inès|name]] le [[18 mai|date]]. [[Farid|name]]"),
    ("letter", "Cher donneur, chère donneuse, je suis infirmier et j'ai vu beaucoup de patients attendre. Cette fois c'est moi qui attendais. Et vous êtes venu. Merci."),
    ("letter", "Chère famille, je travaille chez [[Proximus|org]] à [[Mons|loc]] et mes collègues ont fait une cagnotte pour des fleurs le jour du don. Je vous les envoie en pensée. Bien à vous, [[Arnaud|name]]"),
    ("letter", "À vous qui avez reçu mes cellules : elles ont un peu voyagé, elles aussi. J'espère qu'elles se plaisent chez vous et qu'elles font bien leur travail. Bonne convalescence !"),
    ("letter", "Cher donneur, ma chienne [[Pistache|name]] ne me lâche plus depuis mon retour à la maison. Mes voisins de [[Sarlat|loc]] m'ont apporté des confitures. La vie est douce. [[Hélène|name]]"),
    ("letter", "Bonjour, je ne sais pas si vous êtes jeune ou vieux, homme ou femme. Je sais seulement que vous avez pris une journée de votre vie pour sauver la mienne. Merci."),
    ("letter", "Chère famille, je suis en terminale au [[lycée Victor-Hugo|org]] de [[Besançon|loc]] et je passe le bac cette année. J'ai donné pendant les vacances de février. Plein de belles choses à vous, [[Quentin|name]]"),
    ("letter", "Chère receveuse, je vous écris en pensant à ma grand-mère, partie trop tôt d'une leucémie. C'est pour elle que je me suis inscrite. Je suis heureuse que vous, vous puissiez rester."),
    ("letter", "Allô! Si jamais on peut s'écrire directement un jour, mon adresse c'est [[4520 rue Saint-Denis|contact]], [[Montréal|loc]] [[H2J 2L3|contact]]. Mon nom c'est [[Rosalie|name]]. Lâche pas!"),
    ("post", "jsuis trop contente, ma receveuse va bien!!! elle avait une [[LAM|recipient]] et maintenant elle remarche 🥹"),
    ("post", "[[@sofiane_mtp|contact]] merci frérot pour le lift jusqu'à l'hôpital, t'es un vrai"),
    ("post", "ALERTE : les biscuits de la salle de repos sont les meilleurs biscuits du monde. c'est tout."),
    ("post", "mon chat [[Moka|name]] a dormi sur ma valise toute la nuit comme pour m'empêcher de partir à l'hosto 😹"),
    ("post", "jpp de ces gens qui disent 'ah moi j'ai peur des aiguilles'... on a tous peur frr inscris toi quand même"),
    ("post", "c'est le jour J ! direction [[Purpan|org]] pour le prélèvement 🩸 souhaitez moi bonne chance"),
    ("post", "le [[69|loc]] représente !! 🦁 100 inscrits à la soirée de l'asso ce weekend"),
    ("post", "petit rappel : s'inscrire sur le registre c'est entre 18 et 35 ans, et c'est juste un questionnaire et un frottis de la joue 👍 #donneurdemoelle"),
    ("post", "mon beau-frère [[Sylvain|name]] a reçu sa greffe à [[Maisonneuve|org]] hier pis y va bien 🙏 merci à tous pour les prières"),
    ("post", "est ce que c'est normal d'avoir envie de dormir 14h par jour après une greffe ou je suis juste une loutre"),
    ("post", "le [[Rocket de Laval|org]] a gagné pis moi j'ai reçu mes cellules, meilleure soirée EVER 🏒"),
    ("post", "on m'a dit : [[monsieur|recipient]], [[58 ans|recipient]], [[myélome|recipient]]. j'espère que t'as encore plein d'années devant toi monsieur 💪"),
    ("post", "Don De Moelle Osseuse : Comment S'inscrire En 5 Minutes Chrono"),
    ("post", "photo avec mon infirmière préférée [[Manon|name]] qui m'a chanté du [[Stromae|ok]] pendant toute la séance 🎶"),
    ("post", "on a fait une collecte au boulot aujourd'hui, 23 collègues inscrits, je suis trop fière de mon équipe 💚"),
    ("post", "dispo pour répondre à vos questions sur le don en mp ou par mail : [[donneuse.heureuse@gmail.com|contact]] 💌"),
    ("post", "[[ya 3 ans jour pour jour|date]] je recevais ma greffe à [[Necker|org]] 🥳"),
    ("post", "ptn le café de l'hôpital est immonde, qqn peut m'apporter un vrai café svp"),
    ("post", "[[#TeamGaspard|name]] 💪 notre petit guerrier a enfin trouvé son donneur !!! partagez partagez"),
    ("post", "à tous ceux qui hésitent : faites le. moi j'ai hésité 4 ans et je le regrette"),
    ("post", "mon boss chez [[Decathlon|org]] m'a filé 3 jours pour le don sans discuter, respect"),
    ("post", "gros big up aux [[Alouettes|org]] qui ont fait une collecte au stade ce soir 🏈 j'me suis inscrit entre deux touchés"),
    ("post", "nan mais sérieux qui a inventé les blouses d'hôpital ouvertes dans le dos"),
    ("post", "ma petite sœur [[Kiara|name]] a fait une pancarte 'MERCI INCONNU' pour accueillir mon donneur... qui viendra jamais mdr mais l'intention est là 🥲"),
    ("post", "en direct de [[Nyon|loc]] 🇨🇭 stand du registre au [[Paléo|org]] jusqu'à dimanche, venez vous inscrire entre deux concerts"),
    ("post", "mes globules blancs remontent !!! le médecin a dit 'c'est très bien' et moi j'ai pleuré devant lui"),
    ("post", "paraît que mon donneur est un [[jeune homme|recipient]] de [[22 ans|recipient]] aux [[États-Unis|recipient]] 🇺🇸 thank u bro"),
    ("post", "c'est tiguidou, j'ai fini mes traitements pis j'peux enfin recommencer à jaser avec mes chums au dépanneur"),
    ("post", "venez à la collecte au [[Vieux-Port|loc]] dimanche, y aura des crêpes et de la bonne humeur 🥞"),
    ("post", "genre on m'a demandé si le don de moelle c'était dans la colonne vertébrale 💀 NON. renseignez-vous"),
    ("post", "une fois, j'ai été appelée par le registre et j'ai cru que c'était une arnaque 😂 [[Charleroi|loc]] représente"),
    ("post", "envoyez vos messages d'encouragement à [[Kofi|name]] sur [[instagram.com/kofi.fight|contact]] il lit tout 💛"),
    ("post", "quelqu'un a des conseils pour occuper un ado de 14 ans en chambre stérile pendant 3 semaines ??"),
    ("post", "gg à mon cousin [[Rayan|name]] qui a donné sa moelle ce matin à [[Saint-Antoine|org]], t'es un boss 👑"),
    ("post", "on se revoit le [[1er avril|date]] pour mon bilan des 100 jours 🎉 et c'est pas une blague"),
    ("post", "la fatigue après la greffe c'est pas une blague. prenez soin de vous les copains 💙"),
    ("post", "fière de représenter la [[Marine nationale|org]] à la collecte de [[Brest|loc]] aujourd'hui ⚓"),
    ("post", "ma receveuse a [[17 ans|recipient]] et c'est une [[fille|recipient]] comme moi. elle a une [[drépanocytose|recipient]]. force à toi ma belle ❤️"),
    ("post", "JE SUIS EN RÉMISSION !!!!!!!!!!! MERCI À TOUS !!!!!!!"),
    ("post", "jsuis tro contente g ete appelee par le registre, jsp koi dire a part merci"),
    ("post", "mes potes de la chorale [[Les Voix du Lac|org]] m'ont chanté une chanson à ma sortie d'hôpital 😭"),
    ("post", "full stressée pour mon check-up de demain, mais bon on reste positive vibes only ✨"),
    ("post", "trop hâte de retourner au [[CrossFit Belleville|org]] après ma convalescence 🏋️ les coachs m'attendent"),
    ("post", "merci a la team du [[chu de nimes|org]] vous etes au top 👍"),
    ("post", "papi [[Jo|name]] a 70 ans et il a partagé ma cagnotte à tout son club de pétanque mdr"),
    ("post", "bon dimanche à tous, ici on est en pyjama toute la journée et on assume"),
    ("post", "on organise une course solidaire à [[Millau|loc]] le [[14 septembre|date]] pour le don de moelle, inscriptions ouvertes 🏃"),
    ("post", "mon chum [[Alexis|name]] m'a fait une surprise, on a soupé au [[Cochon Dingue|org]] pour fêter mes 100 jours 🐷"),
    ("post", "vous pensez que je peux prendre l'avion 6 mois après la greffe ? je veux aller voir ma famille"),
    ("post", "mdr mon pote [[Gauthier|name]] a swabé la moitié de l'[[ULB|org]] en une aprem"),
    ("post", "les [[Verts|org]] ont gagné et moi j'ai eu mes résultats : tout est OK 💚 allez [[Sainté|loc]] !"),
    ("post", "trop bien de revoir enfin la mer après 2 mois d'hôpital 🌊"),
    ("post", "besoin de donneurs à [[Fort-de-France|loc]] 🇲🇶 partagez svp, infos au [[0696 12 34 56|contact]]"),
    ("post", "l'enfant qui a reçu mes cellules est un [[petit garçon|recipient]] en [[Belgique|recipient]] 🇧🇪 j'ai appris ça ce matin et j'ai pas arrêté de sourire"),
    ("post", "j'écoute [[Céline Dion|ok]] en boucle dans ma chambre stérile, les infirmières en peuvent plus 😂"),
    ("story", "[[Léon Dubreuil|name]], 71 ans, ancien facteur de [[Dinan|loc]], a été greffé en [[avril 2017|date]] au [[CHU de Rennes|org]]. « J'ai reçu une lettre de ma donneuse, une [[étudiante|recipient]] en [[Allemagne|recipient]] », raconte-t-il."),
    ("story", "Dans le service d'hématologie, les infirmières racontent que les lettres de donneurs sont lues à voix haute, parfois plusieurs fois. Les patients les gardent dans leur tiroir de chevet, à côté des photos de famille."),
    ("story", "Au [[Saguenay|loc]], l'équipe de hockey junior des [[Saguenéens|org]] a recruté plus de 300 donneurs en une soirée. Le capitaine, [[Félix Bouchard|name]], avait lui-même été greffé il y a cinq ans."),
    ("story", "[[Aminata Diallo|name]], aide-soignante à l'[[hôpital Avicenne|org]] de [[Bobigny|loc]], s'est inscrite après avoir vu un patient attendre deux ans. Appelée en [[mars 2023|date]], elle a donné pour une [[fillette|recipient]] en [[Suède|recipient]]."),
    ("story", "Une donneuse raconte : « Le plus dur, c'était les piqûres de facteur de croissance, les quatre jours avant. Le reste, c'était un après-midi dans un fauteuil avec une série. »"),
    ("story", "À [[Gaspé|loc]], [[Jacinthe Bernier|name]], pêcheuse de homard, a dû prendre l'avion jusqu'à [[Québec|loc]] pour le prélèvement. Sa receveuse : une [[femme|recipient]] d'une [[quarantaine d'années|recipient]] en [[Australie|recipient]]."),
    ("story", "[[Yvan Rochat|name]], agriculteur dans la [[vallée de Joux|loc]], donne son sang depuis trente ans. En [[janvier 2024|date]], il a appris qu'il pouvait aussi donner ses cellules souches à un [[enfant|recipient]] atteint de [[leucémie aiguë lymphoblastique|recipient]]."),
    ("story", "Selon les médecins, un donneur inscrit sur quatre cents seulement sera appelé un jour. Mais pour le patient qui attend, ce donneur-là est le seul qui compte."),
    ("story", "À [[Tournai|loc]], [[Sophie Vandenbroucke|name]], institutrice à l'école communale [[Les Tilleuls|org]], a donné sa moelle pour un [[homme|recipient]] au [[Portugal|recipient]]. Ses élèves lui ont fabriqué une médaille en carton."),
    ("story", "[[Steeve Jean-Baptiste|name]], 29 ans, agent de sécurité à [[Pointe-à-Pitre|loc]], est le premier donneur de sa famille. Il s'est inscrit pendant le carnaval, « entre deux défilés », et a été appelé dix-huit mois plus tard."),
    ("story", "Les greffés parlent souvent d'une « deuxième date de naissance ». Certains la fêtent chaque année avec un gâteau, d'autres préfèrent une simple pensée pour la personne qui a donné."),
    ("story", "Né à [[Casablanca|loc]], [[Mehdi Alaoui|name]] est développeur chez [[Airbus|org]] à [[Blagnac|loc]]. Il a donné en [[juin 2018|date]] pour un [[homme|recipient]] de [[40 ans|recipient]] qu'il ne rencontrera sans doute jamais."),
    ("story", "[[Linh Nguyen|name]] et son mari tiennent une pharmacie à [[Brossard|loc]]. Après la greffe de leur fils [[Bao|name]] à [[Sainte-Justine|org]], ils ont organisé trois collectes dans la communauté vietnamienne."),
    ("story", "[[Maude Lapointe|name]], policière à la [[Sûreté du Québec|org]] en [[Abitibi|loc]], a reçu l'appel du registre pendant un quart de nuit. « J'ai cru à une urgence. C'en était une, mais pas pour moi. »"),
    ("story", "Il a vingt-trois ans, joue de la guitare et ne voulait pas qu'on cite son nom. « Ce n'est pas moi l'histoire, c'est la personne qui a guéri », répète-t-il."),
    ("story", "[[Nassim Saïd|name]], jardinier à [[Villeurbanne|loc]] et abonné à l'[[OL|org]] depuis l'enfance, a donné pour un [[garçon|recipient]] de [[12 ans|recipient]]. Il porte désormais un bracelet orange, la couleur du registre."),
    ("story", "[[Leïla Ben Salah|name]], étudiante à [[Polytechnique Montréal|org]], a lancé une campagne d'inscription sur les réseaux sociaux après la greffe de sa tante. En un mois, 1 200 jeunes se sont inscrits."),
    ("story", "Venue d'[[Abidjan|loc]] pour un master à [[Sciences Po|org]], [[Awa Kouassi|name]] s'est inscrite au registre lors d'une journée associative. Deux ans plus tard, elle a donné pour une [[femme|recipient]] de [[30 ans|recipient]] atteinte d'[[aplasie médullaire|recipient]]."),
]

# Batch 3: the remaining hospitals and forms (CHUM, Saint-Louis, a Paris postcode, Swiss phone), overseas
# departments, landmarks, bare months and holidays in clean texts, capitalised words that are not names.
CASES += [
    ("letter", "Chère famille, j'ai été greffée à l'[[Hôpital Saint-Louis|org]] au printemps. Mon atelier de couture, au [[18 rue Oberkampf|contact]], [[75011|contact]] [[Paris|loc]], a rouvert ses portes la semaine dernière. Merci pour tout, [[Fanny|name]]"),
    ("letter", "Bonjour, en mars j'étais encore à l'hôpital, en avril je marchais dans le parc, en mai je suis retourné travailler. Votre don a tout rendu possible. Merci de tout mon cœur."),
    ("letter", "Cher donneur, j'ai été soigné au [[CHUM|org]] par une équipe extraordinaire. Mon chien [[Réglisse|name]] m'a attendu tout ce temps chez mes parents à [[Joliette|loc]]. Merci, [[Mathieu|name]]"),
    ("letter", "Chère famille, je vis dans une petite ville de montagne et ici tout le monde se connaît. Personne ne sait que j'ai donné, et c'est très bien comme ça. Je voulais seulement vous dire que je pense à vous."),
    ("letter", "Chère receveuse, je suis assistante sociale à [[Aix-en-Provence|loc]] et je cours le semi-marathon de [[Cassis|loc]] chaque année. Cette fois, je courrai pour vous ! [[Yasmine|name]]"),
    ("letter", "Joyeux Noël, cher donneur ! Cette année, pour la première fois depuis longtemps, j'ai pu décorer le sapin avec mes petits-enfants. Vous étiez dans toutes nos pensées."),
    ("letter", "Salut toi ! Moi c'est [[Lotte|name]], j'ai 20 ans et je fais des études de kiné à [[Louvain-la-Neuve|loc]]. J'espère que tu vas bien et que tu manges plein de frites ! Bises"),
    ("letter", "Bonjour, je suis retraitée et je n'avais jamais écrit à un inconnu. On m'a dit que je pouvais vous envoyer quelques mots, alors voilà : courage, patience, et beaucoup de tendresse."),
    ("letter", "Cher receveur, j'ai été soigné au [[Centre Léon Bérard|org]] il y a quelques années et c'est pour ça que je me suis inscrit. Je suis chef de cuisine à [[Annecy|loc]]. Bon appétit pour la suite ! [[Romain|name]]"),
    ("letter", "Allô toi, j'espère que t'es correct. Moi j'ai trouvé ça ben moins pire que je pensais, le don. Pis si ça t'a aidé, ben c'est la meilleure journée de ma vie. Prends soin de toi."),
    ("letter", "Chère famille, je m'appelle [[Ricardo|name]], je suis d'origine haïtienne et je vis à [[Gatineau|loc]]. Je travaille de nuit au [[Casino du Lac-Leamy|org]], alors j'ai donné après mon quart. Bonne santé à tous."),
    ("post", "dans le [[974|loc]] on est solidaires 🌋 collecte géante à [[Saint-Pierre|loc]] samedi"),
    ("post", "Coucou tout le monde ! petite nouvelle : la greffe a pris 🎉 merci pour vos messages, ça m'a porté"),
    ("post", "le [[Château Frontenac|loc]] vu de ma chambre d'hôpital ce soir 🧡 j'ai connu pire comme vue"),
    ("post", "Mars arrive et moi je sors enfin de l'hôpital. printemps de la renaissance 🌱"),
    ("post", "shoutout à l'équipe de nuit du [[CHU de Liège|org]] et surtout à [[Nathalie|name]] qui m'a fait rire à 3h du mat"),
    ("post", "on dit merci à qui quand on reçoit une nouvelle vie ? au hasard ? à la génétique ? à un inconnu ? je dis merci à tout le monde alors"),
    ("post", "ouf mon char a passé l'hiver, moi aussi 😅 greffé à l'[[Hôtel-Dieu de Lévis|org]] en [[février 2020|date]] pis encore debout"),
    ("post", "big mood : le cathéter est enlevé, je peux ENFIN prendre une vraie douche 🚿"),
    ("post", "mise à jour : le receveur est un [[papa|recipient]] de [[39 ans|recipient]] avec un [[lymphome de Hodgkin|recipient]]. je pense à ses enfants 🥺"),
    ("post", "appelez moi au [[+41 79 555 12 34|contact]] si vous voulez organiser une collecte à [[Neuchâtel|loc]] 💪"),
    ("post", "Rose, blanc, rouge : les couleurs de mes pilules du matin 💊 la vie en rose version hosto"),
    ("post", "joyeux anniversaire mon [[Timothée|name]] 🎂 né le [[2 février 2018|date]], greffé à 3 ans, aujourd'hui en pleine forme"),
    ("post", "Bravo à tous les inscrits de la semaine, vous êtes incroyables 💚 #donneurdemoelle"),
    ("post", "merci [[@jb.lefort|contact]] pour la vidéo, elle a fait le tour de mon école mdr"),
    ("story", "[[Benoît Lemaire|name]], guide de kayak sur la [[Lesse|loc]], a donné ses cellules souches au [[CHU UCL Namur|org]]. Sa receveuse, une [[femme|recipient]] en [[Irlande|recipient]], lui a écrit une lettre de trois pages."),
    ("story", "Ils sont de plus en plus nombreux à s'inscrire au registre avant leurs 35 ans. Pour beaucoup, c'est une vidéo sur les réseaux sociaux qui les a convaincus ; pour d'autres, une histoire dans leur entourage."),
    ("story", "[[Hoang Van Long|name]], retraité de [[Renault|org]] à [[Boulogne-Billancourt|loc]], a été greffé en [[septembre 2019|date]]. Son donneur était un [[jeune homme|recipient]] d'[[Autriche|recipient]]."),
    ("story", "Le jour du don, on se sent un peu comme un héros, raconte une donneuse de 27 ans. Puis on rentre chez soi, on mange une pizza et on dort douze heures."),
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
