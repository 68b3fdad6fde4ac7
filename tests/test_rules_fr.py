"""The French rules as data (issue 14): rules/fr/ lists, messages, and the France profiles."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from safetoshare.profiles import load_profile
from safetoshare.ruleset import load_rules, read_list

RULES = Path(__file__).resolve().parents[1] / "rules"
FR = RULES / "fr"
GAZ = FR / "gazetteers"


def index() -> dict:
    return tomllib.loads((FR / "gazetteers.toml").read_text(encoding="utf-8"))


def indexed_files() -> set[str]:
    idx = index()
    files = {spec["file"] for spec in idx["list"]}
    for names in idx["support"].values():
        files.update(names)
    return files


def words(name: str) -> set[str]:
    return {w.lower() for entry in read_list(GAZ / name) for w in entry}


def entry_of(name: str, alias: str) -> list[str] | None:
    """The entry of a list that holds this alias (any case), or None."""
    for entry in read_list(GAZ / name):
        if alias.lower() in (a.lower() for a in entry):
            return entry
    return None


def test_every_list_file_is_indexed_and_every_indexed_file_exists():
    on_disk = {p.name for p in GAZ.glob("*.txt")}
    assert on_disk - indexed_files() == set(), "lists nobody reads"
    assert indexed_files() - on_disk == set(), "indexed lists that do not exist"


@pytest.mark.parametrize("path", sorted(GAZ.glob("*.txt")), ids=lambda p: p.name)
def test_every_list_opens_with_source_licence_and_provenance(path):
    head = path.read_text(encoding="utf-8").splitlines()[:3]
    assert [line.split(":")[0] for line in head] == ["# source", "# licence", "# provenance"]
    assert all(len(line.split(":", 1)[1].strip()) >= 3 for line in head), "an empty source, licence or provenance"


def is_word_safe_file(name: str) -> bool:
    """Lists allowed to hold dictionary words: the -common-words and -ambiguous companions, and the
    support lists made of words on purpose (relationship words, chat words, place nouns...)."""
    idx = index()
    matched_insensitive = {spec["file"] for spec in idx["list"]
                           if spec.get("case", "insensitive") == "insensitive" and not spec.get("cues")}
    return name not in matched_insensitive and name != "first-names.txt"


def test_no_list_matched_in_any_case_holds_a_one_word_dictionary_word():
    dictionary = words("dictionary-words.txt")
    checked = sorted(f for f in indexed_files() if not is_word_safe_file(f)) + ["cities.txt"]
    assert {"hospitals.txt", "teams.txt", "employers.txt", "first-names.txt"} <= set(checked)
    found = {}
    for name in checked:
        clash = sorted({a for entry in read_list(GAZ / name) for a in entry
                        if " " not in a and a.lower() in dictionary and not (len(a) >= 3 and a.isupper())})
        if clash:
            found[name] = clash[:20]
    assert found == {}


def test_lists_matched_as_written_or_capitalised_hold_no_all_lowercase_phrase():
    # "la montagne" matched as written would flag every mountain; such lists are for capitalised names
    found = {}
    for spec in index()["list"]:
        if spec.get("case") in ("sensitive", "capitalised", "cue"):
            lower = [a for entry in read_list(GAZ / spec["file"]) for a in entry if not re.search(r"[A-ZÀ-Ý0-9]", a)]
            if lower:
                found[spec["file"]] = lower[:10]
    assert found == {}


def test_dictionary_words_are_lowercase_and_keep_accents_with_accentless_forms():
    dictionary = words("dictionary-words.txt")
    assert {"école", "ecole", "très", "tres", "greffe", "moelle", "sœur"} <= dictionary
    assert all(w == w.lower() for w in dictionary)
    # names and places that are not words stay out; names that win over the word too
    assert not {"lyon", "montréal", "nantes", "pierre", "marie"} & dictionary


def test_cities_hold_both_spellings_and_send_word_named_towns_to_the_ambiguous_list():
    assert entry_of("cities.txt", "Montreal")[0] == "Montréal"
    assert entry_of("cities.txt", "St-Etienne")[0] == "Saint-Étienne"
    assert entry_of("cities.txt", "saint etienne")[0] == "Saint-Étienne"
    assert entry_of("cities.txt", "Anvers") is not None
    for town in ("Lyon", "Bruxelles", "Genève", "Québec", "Dakar", "Port-au-Prince", "Saint-Denis", "Cayenne"):
        assert entry_of("cities.txt", town) is not None, town
    for town in ("Tours", "Orange", "Sens", "Vienne"):
        assert entry_of("cities.txt", town) is None, town
        assert entry_of("cities-ambiguous.txt", town) is not None, town


def test_cities_come_largest_first():
    names = [entry[0] for entry in read_list(GAZ / "cities.txt")]
    assert names.index("Paris") < names.index("Lyon") < names.index("Rennes") < names.index("Sarlat-la-Canéda")


def test_departements_resolve_from_the_numbers_people_use():
    for said in ("le 93", "dans le 93", "le 9-3", "du 93"):
        assert entry_of("regions.txt", said)[0] == "Seine-Saint-Denis", said
    assert entry_of("regions.txt", "dans le 69")[0] == "Rhône"
    # "le 14" is also a date ("le 14 mars"): only "dans le 14" names the Calvados
    assert entry_of("regions.txt", "le 14") is None
    assert entry_of("regions.txt", "dans le 14") is not None
    for region in ("Montérégie", "Saguenay–Lac-Saint-Jean", "la Gaspésie", "l'Abitibi", "la Rive-Sud", "Côte d'Azur",
                   "Wallonie", "Vaud", "Nouveau-Brunswick"):
        assert entry_of("regions.txt", region) is not None, region
    for word_like in ("Manche", "Somme", "Lot", "le Sud"):
        assert entry_of("regions.txt", word_like) is None, word_like
        assert entry_of("regions-common-words.txt", word_like) is not None, word_like


def test_countries_in_french_and_name_like_ones_capitalised_only():
    assert entry_of("countries.txt", "Allemagne") is not None
    assert entry_of("countries.txt", "les États-Unis") == entry_of("countries.txt", "USA")
    assert entry_of("countries.txt", "Haiti")[0] == "Haïti"
    assert entry_of("countries.txt", "Maurice") is None
    assert entry_of("countries-ambiguous.txt", "Maurice") is not None


def test_first_names_keep_names_and_move_words_to_the_ambiguous_list():
    names, ambiguous = words("first-names.txt"), words("first-names-ambiguous.txt")
    assert {"pierre", "marie", "émilie", "jean-pierre", "mamadou", "fatoumata", "yacine"} <= names
    assert {"rose", "olive", "aimé", "claire"} <= ambiguous
    assert not names & ambiguous


def test_hospitals_teams_and_registries_have_the_short_forms_people_write():
    assert entry_of("hospitals.txt", "CHU Nantes")[0] == "CHU de Nantes"
    assert entry_of("hospitals.txt", "Pitié-Salpêtrière") == entry_of("hospitals.txt", "Pitie-Salpetriere")
    for name in ("Necker", "Gustave-Roussy", "Institut Paoli-Calmettes", "Centre Léon-Bérard", "IUCT Oncopole", "CHUM",
                 "CUSM", "Sainte-Justine", "Maisonneuve-Rosemont", "HUG", "CHUV", "Saint-Luc", "Erasme", "Bordet"):
        assert entry_of("hospitals.txt", name) is not None, name
    assert entry_of("hospitals.txt", "la Pitié") is None  # pity: only as written
    assert entry_of("hospitals-common-words.txt", "la Pitié") is not None
    for name in ("EFS", "Établissement français du sang", "France Greffe de Moelle", "Agence de la biomédecine", "Héma-Québec"):
        assert entry_of("registries.txt", name) is not None, name
    assert entry_of("teams.txt", "Allez l'OM")[0] == "Olympique de Marseille"
    assert entry_of("teams.txt", "Go Habs Go")[0] == "Canadiens de Montréal"
    assert entry_of("teams.txt", "les Verts") is None and entry_of("teams-common-words.txt", "les Verts") is not None


def test_word_like_employers_need_a_work_word():
    spec = next(s for s in index()["list"] if s["file"] == "employers-common-words.txt")
    assert spec["case"] == "sensitive" and {"chez", "travaille", "boulot"} <= set(spec["cues"])
    assert entry_of("employers-common-words.txt", "Orange") is not None
    assert entry_of("employers.txt", "Orange") is None


def test_relationship_words_include_quebec_and_slang():
    assert {"sœur", "soeur", "frérot", "mamie", "tonton", "chum", "blonde", "meuf", "parrain", "hématologue"} <= words("relationship-words.txt")


def test_messages_have_every_english_key_in_french():
    english = tomllib.loads((RULES / "en" / "messages.toml").read_text(encoding="utf-8"))
    french = tomllib.loads((FR / "messages.toml").read_text(encoding="utf-8"))
    for category, kinds in english.items():
        for kind, fields in kinds.items():
            assert set(fields) <= set(french.get(category, {}).get(kind, {})), f"{category}.{kind}"
    assert french["location"]["city"]["suggestions"][0] == "ma ville"
    assert french["organization"]["hospital"]["suggestions"][0] == "l'hôpital"
    assert french["organization"]["team"]["suggestions"][-1] == "mon équipe"
    assert not any("friend" in s or "the " in s for kinds in french.values() for f in kinds.values()
                   for s in f.get("suggestions", [])), "English left in the French suggestions"


def test_the_french_rules_load():
    fr = load_rules(RULES).for_language("fr")
    assert fr.language == "fr"
    assert "montréal" in {a.lower() for lst in fr.lists for entry in lst.entries for a in entry}
    assert "école" in fr.words("dictionary_words")


@pytest.mark.parametrize("name", ["france-letter", "france-social"])
def test_the_france_profiles_load_in_french_with_permanent_anonymity(name):
    profile = load_profile(RULES / "profiles" / f"{name}.toml")
    assert profile.language == "fr"
    assert "16-8" in profile.source and "L1211-5" in profile.source
    assert profile.waiting["direct_contact_after_years"] == "never"
    assert {"personal_name", "organization", "location", "personal_date", "contact_info"} <= set(profile.forbids)
    assert all(re.search(r"[éèàçù]| les | de | la ", f.says) for f in profile.forbids.values()), "says is in French"


def test_the_france_letter_blocks_what_identifies_and_the_post_lets_only_the_country_through(checker):
    text = "Chère receveuse, je m'appelle Julie, ma sœur Émilie et moi vivons à Lyon. J'ai donné au CHU de Nantes."
    letter = checker.check(text, profile="france-letter", language="fr")
    for name in ("Julie", "Lyon", "CHU de Nantes"):
        assert any(name in f.text for f in letter), name
    assert all(f.severity == "block" and f.rule.startswith("france-letter/") for f in letter)
    post = checker.check("J'ai donné ma moelle en France, à l'EFS de Rennes !", profile="france-social", language="fr")
    assert any("EFS" in f.text and f.category == "organization" for f in post)
    assert any("Rennes" in f.text and f.category == "location" for f in post)
    assert not any("France" in f.text and f.category == "location" for f in post)
