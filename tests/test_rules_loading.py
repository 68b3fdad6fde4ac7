"""Unknown keys anywhere in rules/ stop the start with the file and key named, never an empty list."""
import pytest
from rules_edit import copy_rules, edit

from safetoshare.checker import Checker
from safetoshare.ruleset import RulesError, load_rules


@pytest.fixture()
def rules_copy(tmp_path):
    return copy_rules(tmp_path)


@pytest.mark.parametrize("file, old, new, named", [
    ("en/gazetteers.toml", 'file = "hospitals.txt"', 'file = "hospitals.txt"\ncase_ = "sensitive"', "case_"),
    ("en/gazetteers.toml", 'file = "hospitals.txt"', 'file = "hospital.txt"', "hospital.txt"),
    ("en/gazetteers.toml", "\n[support]\n", "\n[supports]\n", "supports"),
    ("en/messages.toml", '[location.city]\nmessage =', '[location.city]\nmesage = "x"\nmessage =', "mesage"),
    ("profiles/nmdp-letter.toml", 'id = "nmdp-letter"', 'id = "nmdp-letter"\nchanel = "post"', "chanel"),
    ("fr/language.toml", 'name = "French"', 'name = "French"\nmodel = "fr_core_news_md"', "model"),
    ("fr/words/names.toml", "list_words =", "list_wrds = []\nlist_words =", "list_wrds"),
    ("patterns.toml", 'name = "uk_postcode"', 'name = "uk_postcode"\nflags = "i"', "flags"),
])
def test_an_unknown_or_misspelt_key_is_an_error_naming_it(rules_copy, file, old, new, named):
    edit(rules_copy / file, old, new)
    with pytest.raises(RulesError, match=named):
        Checker(rules_dir=rules_copy)


def test_a_missing_key_a_detector_needs_is_an_error(rules_copy):
    edit(rules_copy / "fr/words/dates.toml", "\nmonths = [", "\nmois = [")
    with pytest.raises(RulesError, match="months|mois"):
        Checker(rules_dir=rules_copy)


def test_every_language_folder_loads_with_its_own_words():
    rules = load_rules()
    assert set(rules.languages) == {"en", "fr"}
    fr = rules.for_language("fr")
    assert "sœur" in fr.words("relationship_words") and "sister" not in fr.words("relationship_words")
    assert fr.table("names")["titles"] != rules.table("names")["titles"]
    assert fr.message("location", "city")[1][0] == "ma ville" and rules.message("location", "city")[1][0] == "my city"
