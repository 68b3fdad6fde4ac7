"""The detectors' registry: rules/detectors.toml and rules/patterns.toml are checked at start-up,
switch detectors on and off, and say which run on which language."""
import pytest
from rules_edit import copy_rules, edit

from safetoshare.checker import Checker
from safetoshare.detectors.registry import BUILTIN, Level, is_guess
from safetoshare.ruleset import RulesError, default_rules_dir


@pytest.fixture()
def rules_copy(tmp_path):
    return copy_rules(tmp_path)


def test_every_builtin_detector_is_listed_in_detectors_toml():
    import tomllib

    listed = [d["name"] for d in tomllib.loads((default_rules_dir() / "detectors.toml").read_text())["detector"]]
    assert sorted(listed) == sorted(BUILTIN)


def test_levels_have_meanings_and_guesses_are_below_cues():
    assert is_guess(Level.GUESS) and not is_guess(Level.CUE) and Level.CUE < Level.LIST < Level.FORMAT < Level.USER
    assert BUILTIN["entities"].level == Level.GUESS and BUILTIN["watchlist"].level == Level.USER


def test_an_unknown_detector_name_is_an_error_naming_it(rules_copy):
    edit(rules_copy / "detectors.toml", 'name = "recipient"', 'name = "recipients"')
    with pytest.raises(RulesError, match="recipients"):
        Checker(rules_dir=rules_copy)


def test_an_unknown_key_is_an_error(rules_copy):
    edit(rules_copy / "detectors.toml", 'name = "contact"', 'name = "contact"\nenable = false')
    with pytest.raises(RulesError, match="enable"):
        Checker(rules_dir=rules_copy)


def test_a_language_without_a_rules_folder_is_an_error(rules_copy):
    edit(rules_copy / "detectors.toml", 'name = "names"\nlanguages = ["en"', 'name = "names"\nlanguages = ["en", "de"')
    with pytest.raises(RulesError, match="'de'"):
        Checker(rules_dir=rules_copy)


def test_a_switched_off_detector_does_not_run(rules_copy):
    text = "Write to me at kim.lowe@example.com or call 206-555-0134."
    assert {f.kind for f in Checker(rules_dir=rules_copy).check(text)} >= {"email", "phone"}
    edit(rules_copy / "detectors.toml", 'name = "contact"\nlanguages = ["*"]', 'name = "contact"\nlanguages = ["*"]\nenabled = false')
    assert {f.kind for f in Checker(rules_dir=rules_copy).check(text)} & {"email", "phone"} == set()


def test_texts_in_languages_we_do_not_read_get_only_language_free_detectors():
    checker = Checker()
    ran = {d.name for d in checker.reader("de").detectors}
    assert {"contact", "numeric_dates", "watchlist"} <= ran
    assert not ran & {"names", "entities", "gazetteer", "informal", "dates", "recipient"}
    assert "numeric_dates" not in {d.name for d in checker.reader("en").detectors}  # the English dates detector covers them
