"""French, end to end through the real checker (fr_core_news_sm and rules/fr): the classes of what
identifies someone, what is fine, the rewrites and the messages, and a floor on the French dev corpus."""
import pytest
from corpus import score


def found(checker, text, profile="nmdp-social"):
    checked = checker.check_text(text, profile=profile)
    assert checked.language == "fr" and checked.supported, checked.language
    return checked.findings


@pytest.mark.parametrize("text, words", [
    ("Merci pour tout. Mon frère Thibault et ma sœur Apolline vous embrassent.", ["Thibault", "Apolline"]),
    ("Notre chienne Noisette m'a tenu compagnie pendant toute la convalescence.", ["Noisette"]),
    ("Le Dr Kerbrat et la Dre Ouellet m'ont suivie pendant deux ans, je leur dois tout.", ["Kerbrat", "Ouellet"]),
    ("Je vous souhaite le meilleur pour la suite.\nAvec toute mon affection, Solène", ["Solène"]),
    ("Bonjour, je m'appelle Gaëtan et je viens de recevoir votre lettre.", ["Gaëtan"]),
    ("Je suis infirmière à Rimouski depuis dix ans et j'ai donné au printemps.", ["Rimouski"]),
    ("Prélèvement fait à l'hôpital Necker, tout s'est bien passé pour moi.", ["Necker"]),
    ("Inscrite chez Héma-Québec depuis mes 18 ans, appelée cette année.", ["Héma-Québec"]),
    ("Ma greffe a eu lieu le 22 octobre et depuis je revis complètement.", ["22 octobre"]),
    ("En février 2018, on m'a annoncé une leucémie, et me voilà.", ["février 2018"]),
    ("Il y a cinq ans aujourd'hui, je recevais vos cellules.", ["cinq ans aujourd'hui"]),
    ("Vous pouvez m'écrire au 07 81 22 45 90 ou à gwen.morvan@orange.fr", ["07 81 22 45 90", "gwen.morvan@orange.fr"]),
    ("mon receveur est un homme de 52 ans atteint d'un lymphome, trop heureuse de l'aider", ["52 ans"]),
    ("trop fière de ma cousine Maëlys qui s'est inscrite au registre #TeamMaëlys", ["Maëlys", "#TeamMaëlys"]),
])
def test_what_identifies_someone_is_found(checker, text, words):
    findings = found(checker, text)
    for w in words:
        start = text.index(w)
        assert any(f.start < start + len(w) and start < f.end for f in findings), (w, [(f.text, f.kind) for f in findings])


@pytest.mark.parametrize("text", [
    "Bonjour à vous ! Prenez soin de vous et de votre famille.",
    "Merci, merci, mille fois merci. Je pense à vous chaque jour.",
    "On se voit en mars pour le bilan, et à Noël on fêtera ça en famille.",
    "Ma sœur et mon père étaient là le jour du prélèvement, à l'hôpital.",
    "Partagez ce message : l'inscription au registre prend cinq minutes !",
    "jsuis trop contente mdr, la collecte s'est super bien passée, tkt pas pour moi",
    "Il y a deux ans, je ne savais même pas ce qu'était un don de moelle.",
    "IL ME RESTE DEUX JOURS AVANT LE PRÉLÈVEMENT, J'AI HÂTE !!!",
])
def test_ordinary_french_is_left_alone(checker, text):
    assert [(f.text, f.kind) for f in found(checker, text)] == []


def test_rewrites_read_as_french(checker):
    text = "Ma sœur Émilie et moi habitons à Annecy, on a été soignés au CHU de Grenoble."
    fixes = {f.text: f.suggestions[0] for f in found(checker, text, "france-letter")}
    assert fixes == {"Ma sœur Émilie": "Ma sœur", "à Annecy": "dans ma ville", "au CHU de Grenoble": "à l'hôpital"}


def test_messages_are_in_french_and_the_france_profile_applies(checker):
    f = found(checker, "Je vous écris de Quimper.", "france-letter")[0]
    assert f.rule.startswith("france-letter/") and "ville" in f.message and f.severity == "block"


def test_floor_on_the_french_dev_corpus(checker):
    """A floor under today's figures (benchmarks/accuracy.py prints the exact ones)."""
    recall, precision, clean_flagged = score(checker, "french.jsonl")
    assert recall >= 0.95 and precision >= 0.95 and clean_flagged <= 0.03, (recall, precision, clean_flagged)
