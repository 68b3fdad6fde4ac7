#!/usr/bin/env python3
"""Writes other-languages.jsonl: drafts a donor might write in a language other than English or
French, plus very short English and French ones (where language detection fails most).

One record a line: {"id", "language", "text", "contact": [[start, end, "contact"|"date"], ...]},
language an ISO 639-1 code, code-point offsets. Only language-independent spans are marked:
emails, phone numbers, URLs, @handles (contact) and numeric dates such as 12.03.2021 (date). The
German, Spanish, Italian, Dutch, Portuguese and Polish texts are full of names, towns, clinics and
teams on purpose: a checker that cannot read the language must report none of them, only the
marked spans, and say the text was not checked. The short English and French drafts carry no
name, place or worded date, so their marked spans are all there is to find. Markup:
[[span text|cat]] as in markup.py. Run: python3 tests/data/make_other_languages.py
"""
from collections import Counter
from pathlib import Path

from markup import parse, write_jsonl

CATS = {"contact", "date"}

GERMAN = [
    "Liebe Empfängerin, mein Name ist Jonas und ich wohne in Freiburg. Vor einem Jahr habe ich in Köln Stammzellen gespendet. Ich hoffe, es geht Ihnen gut! Herzliche Grüße, Jonas",
    "Mein Spender hat mir das Leben gerettet. Am [[12.03.2021|date]] war meine Transplantation in der Uniklinik Tübingen. Danke, wer auch immer du bist! ❤️ #DKMS",
    "Hallo zusammen! Ich bin Lena aus Bremen und habe letzte Woche bei der DKMS gespendet. Wer Fragen hat: [[lena.spendet@example.de|contact]]",
    "Unser Sohn Finn (7) braucht dringend einen Stammzellspender. Typisierungsaktion am Samstag in der Turnhalle in Gelsenkirchen-Buer, alle zwischen 17 und 55 sind willkommen! Infos: [[0176 23456789|contact]]",
    "Heute vor zwei Jahren habe ich gespendet. Mein genetischer Zwilling lebt in den USA und wir schreiben uns inzwischen. Unglaublich. 🥹",
    "Liebe Familie, ich arbeite als Krankenpfleger im Klinikum Passau und spiele in meiner Freizeit Handball beim TV Hutthurm. Ich denke jeden Tag an Sie. Ihr Spender Markus",
    "Endlich Post von meiner Empfängerin aus Polen! 😭 Sie ist 45 und hat zwei Kinder. Ich habe am [[05.11.2022|date]] in Dresden gespendet.",
    "Folgt mir auf [[@stammzellheldin|contact]], ich berichte jeden Tag von meiner Vorbereitung auf die Spende 💉",
    "Lieber Spender, lieber Unbekannter, dank dir kann ich wieder mit meinem Hund Bruno an der Elbe spazieren gehen. Viele Grüße aus Hamburg-Altona, Ihre Gisela",
    "Registrieren geht ganz einfach: Wattestäbchen, drei Minuten, fertig. Set bestellen unter [[www.dkms.de/mitmachen|contact]] – bitte teilen!",
    "Meine Schwester Anja wurde am [[2021-09-14|date]] an der Charité transplantiert. Heute arbeitet sie wieder in ihrer Kita in Pankow.",
    "Ich bin Feuerwehrmann in Wuppertal und wurde bei der Bundeswehr typisiert. Vor drei Wochen kam der Anruf aus Tübingen. Aufgeregt? Und wie!",
    "Guten Tag, ich bin Landwirt im Allgäu, in der Nähe von Kempten. Mein Enkel Leon hat ein Bild für Sie gemalt. Alles Gute, Ihr Spender",
    "Spendenaktion für Mehmet: [[betterplace.me/hilfe-fuer-mehmet|contact]]. Die Familie wohnt in Duisburg-Marxloh und braucht jede Unterstützung. 🙏",
    "Liebe Grüße aus Graz! Ich bin Sophie, Studentin an der TU, und habe im Mai im LKH gespendet. Es war leichter als gedacht.",
    "Kurzes Update: Tag +100 nach der Transplantation im UKE. Blutwerte stabil, Haare wachsen wieder. Danke an Dr. Brandt und Schwester Heike!",
    "Wer kommt am [[18.05.2024|date]] zur Typisierung ins Vereinsheim des SV Ebnet? Wir brauchen noch Helfer! Meldet euch bei Tobias: [[+49 761 4567890|contact]]",
    "Hallo liebe Empfängerin, ich bin 24, komme aus Leipzig und studiere Medizin. Ich wünsche Ihnen von Herzen alles Gute. Ihre Spenderin Marie",
    "Ich habe so lange auf diesen Brief gewartet. Mein Spender ist ein junger Mann aus Österreich, 29 Jahre alt. Er fährt gern Ski in Tirol. Ich heule.",
    "Die Stammzellentnahme in Dresden war entspannt. Vier Stunden Netflix, zwei Brötchen und ein sehr netter Pfleger namens Ömer. 😅",
    "Unsere Kita in Mainz-Gonsenheim veranstaltet eine Typisierung für die kleine Emilia. Kontakt per Mail: [[kita.sonnenschein@example.de|contact]]",
    "Liebe Familie, wir haben uns am [[24.12.2023|date]] zum ersten Mal geschrieben und jetzt weiß ich, dass Sie in Bern leben. Ich freue mich so sehr! Mit lieben Grüßen, Katrin aus Rostock",
    "Seit meiner Knochenmarkspende in Köln bin ich noch stolzer auf unseren 1. FC. Effzeh für immer! 🐐",
    "Mein Papa Heinz hat Leukämie und liegt in der Uniklinik Ulm. Bitte lasst euch registrieren, jede Spende zählt. Mehr Infos auf Instagram: [[@hilfe_fuer_heinz|contact]]",
    "Bin so müde vom G-CSF. Rücken tut weh, Kopf auch. Aber übermorgen ist es geschafft! Durchhalten 💪",
    "Moin aus Kiel! Ich heiße Ole, bin Fischer und habe letzten Sommer am UKSH gespendet. Meine Frau Birte sagt, ich sei jetzt ein Held. 😂",
    "Meine Empfängerin ist 62 Jahre alt und lebt in Frankreich. Am [[01.06.2025|date]] sind zwei Jahre um, dann fahre ich nach Lyon!",
    "Unsere Handballerinnen von der HSG Wetzlar haben gestern 200 neue Spender registriert. Danke, Wetzlar! Fotos unter [[www.hsg-wetzlar-damen.de/typisierung|contact]]",
    "Liebe Empfängerin, leider darf ich nicht viel über mich erzählen. Nur so viel: Ich bin Lehrerin in Rosenheim und liebe die Berge. Alles Liebe und viel Kraft, Ihre Spenderin",
    "Ich wohne in Winterthur und habe mich bei Blutspende SRK Schweiz registriert. Telefon für Rückfragen: [[+41 52 123 45 67|contact]]. Grüezi mitenand!",
]

SPANISH = [
    "¡Hola! Me llamo Lucía y soy de Zaragoza. Doné médula en el Hospital Miguel Servet el [[15/09/2022|date]] y fue lo mejor que he hecho.",
    "Querida familia, soy enfermero en Sevilla y mi hija Carmen les ha hecho un dibujo. Les deseo toda la salud del mundo. Un abrazo, Javier",
    "Mi hermano Andrés necesita un donante de médula. Campaña de registro este sábado en el polideportivo de Getafe. Info: [[+34 612 345 678|contact]]",
    "Hace tres años recibí el trasplante en el Hospital La Fe de Valencia. Hoy corrí mi primera media maratón. ¡Gracias, donante anónimo! 🏃‍♀️",
    "Síganme en [[@medula_valiente|contact]] para ver todo el proceso de la donación 💪 #DonaMédula",
    "Querido donante: gracias a ti mi nieta Valentina conocerá a su abuela. Te escribo desde Oaxaca con todo mi cariño. Doña Rosa",
    "Estoy en Bogotá con mi mamá, que está en la Fundación Santa Fe esperando trasplante. Si pueden donar escríbanme: [[camila.rojas.bog@example.com|contact]]",
    "Mi receptora es una chica de 19 años de Alemania. No sé nada más y ya la quiero muchísimo 😭",
    "Colecta para el tratamiento de Mateo en Buenos Aires: [[gofundme.com/f/fuerza-mateo|contact]] ¡Cada peso cuenta! 🇦🇷",
    "Soy bombero en Bilbao y juego al fútbol con los veteranos del Athletic. Ayer me llamaron de la Fundación Josep Carreras: ¡soy compatible!",
    "Querida familia, el día [[03/02/2024|date]] fue mi trasplante en el Hospital Clínic de Barcelona. Hoy ya puedo pasear por la playa de la Barceloneta. Montse",
    "Qué nervios, mañana me ponen la vía para la aféresis en Madrid. Mi novio Álvaro me acompaña. Deséenme suerte 🙏",
    "Buenas, soy Pedro, profesor en un instituto de Valladolid. Mis alumnos organizaron una jornada de registro y se apuntaron 80 personas. ¡Orgullo total!",
    "Mi papá Ernesto salió hoy del Hospital Italiano después de 40 días. Gracias a todos por las cadenas de oración desde Rosario 🙏",
    "Llámenme si quieren ayudar con la campaña en Lima: [[+51 987 654 321|contact]]. Buscamos donantes para mi primo Diego.",
    "Hoy hace un año de mi donación en Santiago. Mi receptor es un señor de 60 años de Estados Unidos. Pienso mucho en él.",
    "Estimado donante: soy maestra en Málaga y tengo dos hijos, Hugo y Martina. Gracias por devolverles a su madre. Con cariño, Inmaculada",
    "Nos vemos el [[2024-10-12|date]] en la plaza de Armas de Cusco para la campaña de registro. ¡Traigan a sus amigos!",
    "Doné células madre en el Hospital Universitario de Salamanca y mi perro Toby no se separa de mí desde que llegué a casa 🐶",
    "¿Alguien sabe si puedo donar médula si tuve hepatitis de niña? Vivo en Montevideo y nadie me sabe responder.",
    "Querido donante, me llamo Sofía, tengo 8 años y vivo en Guadalajara. Me gusta dibujar y ya tengo pelo otra vez. Besos",
    "Mi amiga Yolanda me convenció en la feria de la Universidad de Granada. Cinco años después, aquí estoy, donando. Gracias, Yoli ❤️",
    "Más información sobre el registro de donantes en [[www.fcarreras.org/es/donamedula|contact]] o en el [[900 123 456|contact]].",
    "Con el Real Oviedo en el corazón y las células de un desconocido en la sangre. ¡Vamos Oviedo! Trasplantado el [[21.06.2023|date]]",
    "Hola familia, soy de Tenerife y trabajo en un hotel en Puerto de la Cruz. Les mando un fuerte abrazo y mucha fuerza. Raúl",
]

ITALIAN = [
    "Ciao a tutti! Sono Giulia da Bergamo, ho donato il midollo all'ospedale Papa Giovanni XXIII il [[10/05/2023|date]]. Esperienza bellissima ❤️",
    "Caro donatore, grazie a te mio figlio Tommaso è tornato a giocare a calcio con la sua squadra di Lecce. Ti abbraccio, Antonella",
    "Mio fratello Luca cerca un donatore compatibile. Raccolta tipizzazioni a Parma sabato in piazza Garibaldi. Info: [[+39 347 123 4567|contact]]",
    "Seguitemi su [[@midollo_e_coraggio|contact]], racconto tutto il percorso della donazione 🩸 #ADMO",
    "Cara famiglia, sono un infermiere di Palermo e tifo Rosanero da sempre. Vi auguro tanta salute. Salvatore",
    "Oggi un anno dal trapianto al Policlinico Gemelli. Mia moglie Francesca ha preparato la torta. Grazie donatore, chiunque tu sia.",
    "La mia ricevente è una ragazza di 22 anni della Spagna. Non so altro ma le voglio già bene 🥹",
    "Raccolta fondi per le cure di Matteo a Padova: [[gofundme.com/f/forza-matteo-padova|contact]] grazie per ogni condivisione!",
    "Sono un carabiniere a Cagliari e ho donato le cellule staminali a Milano. Il mio cane Argo mi ha aspettato alla porta per tre giorni.",
    "Caro donatore, ti scrivo dalla Val di Non, dove coltivo mele. Mia nipote Sara ti ha fatto un disegno. Con affetto, nonno Bruno",
    "Per informazioni scrivete a [[admo.verona@example.it|contact]], organizziamo una giornata di tipizzazione all'Università di Verona il [[14.11.2024|date]].",
    "Ansia a mille: domani aferesi a Torino. Il mio ragazzo Davide mi porta i biscotti. Forza! 💪",
    "Sono Chiara, maestra elementare a Trieste. I miei alunni hanno scritto una lettera per il mio ricevente. Che emozione!",
    "Il mio donatore vive in Germania, ha 31 anni e fa il pompiere. Ci siamo scritti dopo due anni. Napoli lo aspetta! 🇮🇹🇩🇪",
    "Grazie al Cagliari Calcio per aver ospitato la giornata ADMO allo stadio. 300 nuovi iscritti! Foto su [[www.admosardegna.it/giornata|contact]]",
]

DUTCH = [
    "Hoi! Ik ben Sanne uit Zwolle en ik heb vorige maand stamcellen gedoneerd in het UMC Utrecht. Best spannend, maar zo de moeite waard!",
    "Lieve ontvanger, ik werk als verpleegkundige in Groningen en mijn dochter Fenna heeft een tekening voor je gemaakt. Veel liefs, Anouk",
    "Mijn broer Daan zoekt een stamceldonor. Registratieactie zaterdag in sporthal De Tjalk in Leeuwarden. Vragen? Bel [[06-12345678|contact]]",
    "Volg mijn donatieverhaal op [[@stamceldonor_bram|contact]] 🩸 #Matchis",
    "Op [[17-04-2023|date]] kreeg ik mijn transplantatie in het Erasmus MC. Vandaag fiets ik weer naar mijn werk in Schiedam. Dank je wel, onbekende donor!",
    "Mijn donor is een man van 35 uit Duitsland. Meer weet ik niet, maar ik denk elke dag aan hem.",
    "Beste familie, ik ben leraar op een basisschool in Gent en speel voetbal bij de veteranen van KAA Gent. Ik wens jullie veel sterkte. Pieter",
    "Inzamelactie voor de behandeling van Lotte uit Maastricht: [[doneeractie.nl/lotte-moet-beter|contact]] Alle beetjes helpen! 💛",
    "Vandaag precies een jaar geleden heb ik gedoneerd in Leiden. Mijn hond Bas weet niet beter dan dat ik een held ben 😂",
    "Lieve donor, ik ben Marieke uit Apeldoorn en dankzij jou kan ik weer met mijn kleinzoon Thijs naar de Veluwe. Liefs",
    "Wie helpt mee op [[09/06/2024|date]] bij de registratiedag van Matchis in Eindhoven? Mail naar [[joost.vandenberg@example.nl|contact]]",
    "Zenuwachtig hoor, morgen aferese in Nijmegen. Mijn vriendin Eline gaat mee met een tas vol stroopwafels 🧇",
    "Hallo, ik ben Jeroen, brandweerman in Antwerpen. Vorige week werd ik gebeld door het Rode Kruis: ik ben een match!",
    "Mijn ontvanger is een meisje van 12 uit Canada. Ik heb haar een kaartje geschreven via de stichting. Hoop dat het goed met haar gaat 🍁",
    "Meer info over stamceldonatie op [[www.matchis.nl|contact]] of bel [[+31 20 123 4567|contact]]. Laat je registreren!",
]

PORTUGUESE = [
    "Olá! Sou a Beatriz, de Braga, e doei medula no IPO do Porto no dia [[22/03/2023|date]]. Recomendo a todos!",
    "Querida família, sou professor em Coimbra e o meu filho Tiago fez-vos um desenho. Muita força, Rui",
    "Meu irmão Gabriel precisa de um doador de medula. Cadastro no hemocentro de Campinas neste sábado. Contato: [[(19) 98765-4321|contact]]",
    "Sigam [[@medula_do_bem|contact]] para acompanhar minha doação 💪 #SejaDoador",
    "Meu receptor é um senhor de 55 anos da Alemanha. Não sei mais nada, mas penso nele todos os dias 🙏",
    "Vaquinha para o tratamento da Ana Clara em Recife: [[vakinha.com.br/forca-ana-clara|contact]] Compartilhem!",
    "Hoje faz dois anos do meu transplante no Hospital Albert Einstein. Minha esposa Juliana fez um bolo. Obrigado, doador anônimo!",
    "Caro dador, vivo em Faro e trabalho num restaurante junto à marina. A minha neta Leonor manda-lhe um beijinho. Abraço, Manuel",
    "Alguém sabe se posso doar medula tendo tido hepatite? Moro em Belo Horizonte e ninguém me responde.",
    "Dúvidas sobre o registo de dadores: [[dadores.lisboa@example.pt|contact]] ou [[+351 912 345 678|contact]].",
]

POLISH = [
    "Cześć! Jestem Kasia z Poznania i w zeszłym miesiącu oddałam komórki macierzyste w Warszawie. Polecam każdemu!",
    "Drogi Dawco, dzięki Tobie mój syn Kuba znowu gra w piłkę w Legii. Dziękuję z całego serca. Agnieszka",
    "Mój tata Zbigniew szuka dawcy szpiku. Rejestracja w sobotę w hali sportowej w Rzeszowie. Kontakt: [[+48 601 234 567|contact]]",
    "Obserwujcie [[@szpik_i_odwaga|contact]], pokazuję cały proces donacji 🩸 #DKMS",
    "Mój biorca to mężczyzna, 48 lat, ze Stanów Zjednoczonych. Nic więcej nie wiem, ale myślę o nim codziennie.",
    "Zbiórka na leczenie Zosi z Gdańska: [[zrzutka.pl/pomoc-dla-zosi|contact]] Każda złotówka się liczy! 💛",
    "Przeszczep miałam [[15.08.2023|date]] w Gliwicach. Dziś czuję się świetnie. Dzięki, nieznany dawco!",
    "Droga Rodzino, jestem strażakiem z Zakopanego i lubię chodzić po Tatrach. Życzę dużo zdrowia. Tomek",
    "Stresuję się, jutro afereza we Wrocławiu. Moja dziewczyna Ola idzie ze mną z termosem herbaty ☕",
    "Pytania o rejestrację? Piszcie na [[rejestracja.krakow@example.pl|contact]]. Akcja na Uniwersytecie Jagiellońskim [[2024-05-20|date]].",
]

SHORT_ENGLISH = [
    "omg im a match 😭😭",
    "donated today, feeling kinda wrecked ngl",
    "swab kit came in the mail lol 📦",
    "bone pain from the shots is unreal 💀",
    "who else is on the registry?? 🙋‍♀️",
    "tysm for all the love y'all 💛",
    "DM [[@swabsquad|contact]] for drive info",
    "lowkey nervous for tmrw's collection fr",
    "day +30 and counts are up!! 🎉",
    "just got the call. SCREAMING",
    "pls swab, it takes 2 mins 🙏",
    "back at work already lmao",
    "collection done ✅ nap time 😴",
    "text [[555-0142|contact]] to sign up for the drive",
    "feeling human again after transplant 🥹 grateful af",
]

SHORT_FRENCH = [
    "jsuis compatible 😭😭",
    "don fait, j'suis mort mdr",
    "kit reçu, coton-tige ready 📦",
    "mal au dos à cause des piqûres 💀",
    "qui est inscrit au registre ? 🙋‍♂️",
    "merci pour tous vos messages 💛",
    "écrivez à [[@donmoelle_infos|contact]] pour la collecte",
    "grave stressée pour demain tbh",
    "J+30, les plaquettes remontent !! 🎉",
    "ils m'ont appelée. JE HURLE",
    "inscrivez-vous stp, ça prend 2 min 🙏",
    "déjà de retour au taf ptdr",
    "prélèvement fini ✅ dodo 😴",
    "tabarnak chu un match 😳",
    "la greffe a pris, je revis 🥹",
]

CASES = [("de", t) for t in GERMAN] + [("es", t) for t in SPANISH] + [("it", t) for t in ITALIAN] \
    + [("nl", t) for t in DUTCH] + [("pt", t) for t in PORTUGUESE] + [("pl", t) for t in POLISH] \
    + [("en", t) for t in SHORT_ENGLISH] + [("fr", t) for t in SHORT_FRENCH]


def build(cases: list[tuple[str, str]], prefix: str) -> list[dict]:
    """One record a case, ids prefix000...; raises on broken markup, unknown cats, padded spans,
    duplicate texts, or a short English/French draft outside 3-12 words."""
    records, texts = [], set()
    for n, (language, marked) in enumerate(cases):
        text, spans = parse(marked)
        rid = f"{prefix}{n:03d}"
        assert "[[" not in text and "]]" not in text, f"{rid}: markup left in text"
        assert text not in texts, f"{rid}: duplicate text"
        texts.add(text)
        for start, stop, cat in spans:
            piece = text[start:stop]
            assert cat in CATS, f"{rid}: unknown cat {cat}"
            assert piece == piece.strip(), f"{rid}: span {piece!r} has outer spaces"
            assert f"[[{piece}|{cat}]]" in marked, f"{rid}: offsets do not round-trip"
        if language in ("en", "fr"):
            assert 3 <= len(text.split()) <= 12, f"{rid}: short draft has {len(text.split())} words"
        records.append({"id": rid, "language": language, "text": text, "contact": spans})
    return records


def main():
    records = build(CASES, "ol")
    out = Path(__file__).with_name("other-languages.jsonl")
    write_jsonl(out, records)
    langs = Counter(r["language"] for r in records)
    cats = Counter(cat for r in records for _, _, cat in r["contact"])
    print(f"{out}: {len(records)} drafts, {dict(langs)}")
    print(f"with a marked span: {sum(bool(r['contact']) for r in records)}; spans per cat: {dict(cats)}")


if __name__ == "__main__":
    main()
