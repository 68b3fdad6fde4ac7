"""A detector's words as data (rules/<lang>/words/<detector>.toml): each file loads with exactly the keys
its detector declares (each documented in the file's header), a missing key is an error that names the
file, and another language's words give the same code that language's dates and titles."""
from __future__ import annotations

import dataclasses
import importlib
from pathlib import Path

import pytest
import spacy

from safetoshare.detectors import contact, dates, entities, names
from safetoshare.detectors.base import Context
from safetoshare.rules_schema import RulesError
from safetoshare.ruleset import load_rules

RULES = Path(__file__).resolve().parents[1] / "rules"
WORDS_DIR = RULES / "en" / "words"
TABLES = sorted(p.stem for p in WORDS_DIR.glob("*.toml"))
EVERY_TABLE = sorted((p.parent.parent.name, p.stem) for p in RULES.glob("*/words/*.toml"))
DOCUMENTED = ["affiliation", "contact", "dates", "entities", "gazetteer", "informal", "names"]  # the tables moved out of code here, each key explained in the header


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def with_table(rules, detector: str, table: dict | None):
    """The same rules with one detector's table replaced (None: the language has no such file)."""
    tables = {k: v for k, v in rules.tables.items() if k != detector}
    if table is not None:
        tables[detector] = table
    return dataclasses.replace(rules, tables=tables)


def found(detect, rules, text, doc=None):
    ctx = Context(text=text, doc=doc, rules=rules)
    return [(text[c.start : c.end], c.kind, c.suggestions) for c in detect(ctx) if c is not None]


def test_the_converted_detectors_have_their_tables():
    assert {"affiliation", "contact", "dates", "entities", "gazetteer", "informal", "names"} <= set(TABLES)


@pytest.mark.parametrize("language, name", EVERY_TABLE)
def test_each_table_has_the_keys_its_detector_declares(rules, language, name):
    # every key the detector needs, and none it does not know (some keys are optional)
    module = importlib.import_module(f"safetoshare.detectors.{name}")
    keys = set(rules.for_language(language).table(name))
    assert set(module.WORDS) <= keys
    assert keys <= set(module.WORDS) | set(getattr(module, "OPTIONAL_WORDS", ()))


@pytest.mark.parametrize("name", DOCUMENTED)
def test_each_key_is_documented_in_the_header(name):
    text = (WORDS_DIR / f"{name}.toml").read_text(encoding="utf-8")
    header = " ".join(line for line in text.splitlines() if line.startswith("#"))
    module = importlib.import_module(f"safetoshare.detectors.{name}")
    assert [key for key in sorted(module.WORDS) if key not in header] == []


@pytest.mark.parametrize("detector, module, key, text", [
    ("dates", dates, "months", "We met on March 3rd."),
    ("dates", dates, "ago_after", "Seven years ago today."),
    ("names", names, "titles", "Thank you, Dr. Patel."),
    ("contact", contact, "street_types", "I live at 123 Main Street."),
    ("entities", entities, "labels", "Thank you, Maria."),
])
def test_a_missing_key_is_an_error_naming_the_file_and_the_key(rules, detector, module, key, text):
    table = dict(rules.table(detector))
    del table[key]
    with pytest.raises(RulesError, match=rf"en/words/{detector}\.toml: missing key {key}"):
        found(module.detect, with_table(rules, detector, table), text, spacy.blank("en")(text))


def test_dates_in_figures_need_no_table(rules):
    # a language we do not read: no words, but 14/03/2019 and 2019-03-14 are dates in any language
    bare = with_table(rules, "dates", None)
    text = "Am 14/03/2019 war es so weit, March 3rd, 2019-03-14."
    assert sorted(t for t, _, _ in found(dates.numeric_dates, bare, text)) == ["14/03/2019", "2019-03-14"]
    assert sorted(t for t, _, _ in found(dates.detect, bare, text)) == ["14/03/2019", "2019-03-14"]


FRENCH_DATES = {
    "months": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "month_abbreviations": ["janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc"],
    "ambiguous_months": [], "wish_months": [], "wish_verbs": [],
    "weekdays": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "ordinal_words": ["premier"], "day_suffixes": ["er"], "articles": ["le"], "of_words": [], "day_before": [], "not_after_day": [],
    "rating_words": [], "month_year_before": ["en"],
    "count_words": ["un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "vingt-deux"],
    "units": ["an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours"],
    "year_words": ["an", "ans"], "year_abbreviations": [], "month_words": ["mois"],
    "ago_before": ["il y a"], "ago_after": [], "since_words": [], "this_day": ["jour pour jour"],
    "about_today": ["aujourd'hui", "aujourd’hui", "ce soir", "hier", "demain"], "today": ["aujourd'hui"], "been_words": [],
    "exactly_words": ["exactement"], "today_marks": [], "own_words": [], "anniversary_nouns": [], "occasions": ["anniversaire"],
    "occasion_kinds": [], "born_words": ["né en", "née en"], "to_the_day": [],
}


@pytest.fixture(scope="module")
def french(rules):
    return with_table(rules, "dates", {k: frozenset(v) for k, v in FRENCH_DATES.items()})


@pytest.mark.parametrize("text, span, kind", [
    ("Le greffon est arrivé le 14 mars 2019 à l'hôpital.", "le 14 mars 2019", "date"),
    ("C'était le 1er juillet, un mardi.", "le 1er juillet", "date"),
    ("Samedi 3 octobre 2020, la collecte.", "Samedi 3 octobre 2020", "date"),
    ("Il y a sept ans aujourd'hui, j'ai reçu l'appel.", "Il y a sept ans aujourd'hui", "anniversary_today"),
    ("il y a vingt deux jours hier", "il y a vingt deux jours hier", "anniversary_today"),
    ("Diagnostiquée en novembre 2015.", "en novembre 2015", "month_year"),
    ("née en 1987", "née en 1987", "birthday"),
])
def test_a_french_table_gives_the_same_code_french_dates(french, text, span, kind):
    assert (span, kind) in [(t, k) for t, k, _ in found(dates.detect, french, text)]


def test_the_rewrite_keeps_the_time_in_the_language_of_the_table(french):
    hits = found(dates.detect, french, "Il y a sept ans aujourd'hui.")
    assert ("Il y a sept ans aujourd'hui", "anniversary_today", ("Il y a sept ans", "some time ago")) in hits


def test_a_french_table_knows_no_english_months(french):
    assert found(dates.detect, french, "We met on March 3rd, seven years ago today.") == []
    assert [t for t, _, _ in found(dates.detect, french, "le 14/03/2019")] == ["14/03/2019"]


def test_a_table_of_titles_in_another_language_names_the_doctor(rules):
    table = dict(rules.table("names"))
    table["titles"] = frozenset({"docteur", "dr", "dr.", "infirmière"})
    table["doctor_titles"] = frozenset({"docteur", "dr", "dr."})
    swapped = with_table(rules, "names", table)
    text = "Merci au Docteur Martin et à l'infirmière Claire."
    doc = spacy.blank("fr")(text)
    hits = [(t, k) for t, k, _ in found(names.detect, swapped, text, doc)]
    assert ("Docteur Martin", "doctor") in hits
    english = [(t, k) for t, k, _ in found(names.detect, rules, text, doc)]
    assert ("Docteur Martin", "doctor") not in english


ADDRESS_TEXT = "Write to jane.doe@example.com, 206-555-0134, @janedoe or 123 Main Street, Springfield, IL 62704 (98101-1234)."


def test_contact_details_need_no_table_and_addresses_do(rules):
    kinds = {(t, k) for t, k, _ in found(contact.detect, rules, ADDRESS_TEXT)}
    assert {("123 Main Street", "address"), ("62704", "postcode")} <= kinds
    bare = {(t, k) for t, k, _ in found(contact.detect, with_table(rules, "contact", None), ADDRESS_TEXT)}
    assert bare == {("jane.doe@example.com", "email"), ("206-555-0134", "phone"), ("@janedoe", "handle"), ("98101-1234", "postcode")}


def test_an_empty_list_switches_its_part_off(rules):
    # no state codes: "IL 62704" is no zip, and the empty list must not match everything before five digits (after a
    # street address the town's postcode is still the address's)
    table = with_table(rules, "contact", dict(rules.table("contact"), state_codes=frozenset(), zip_cues=frozenset()))
    assert "62704" not in {t for t, _, _ in found(contact.detect, table, "Moving back to Springfield, IL 62704 in May.")}
    assert {"123 Main Street", "62704"} <= {t for t, _, _ in found(contact.detect, table, ADDRESS_TEXT)}


def test_a_model_label_maps_to_a_category_and_kind(rules):
    table = dict(rules.table("entities"), labels={"PER": "personal_name"})
    text = "Thank you, Maria."
    with pytest.raises(RulesError, match=r"labels\.PER must be \"category\.kind\""):
        found(entities.detect, with_table(rules, "entities", table), text, spacy.blank("en")(text))
