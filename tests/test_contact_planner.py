"""The contact planner over the real rules/contact.toml: every registry and country of the domain
reference, the special cases, leap days and the boundary day; and the checks the data gets at load."""
import datetime as dt
import shutil
from pathlib import Path

import pytest

from safetoshare.contact_planner import add_years, plan
from safetoshare.contact_request import ContactInputError, answer
from safetoshare.contact_rules import ContactRulesError, load_contact_rules
from safetoshare.ruleset import load_rules

RULES_DIR = Path(__file__).resolve().parents[1] / "rules"
D = dt.date


@pytest.fixture(scope="module")
def profiles():
    return load_rules(RULES_DIR).profiles


@pytest.fixture(scope="module")
def rules(profiles):
    return load_contact_rules(RULES_DIR, profiles)


def ask(rules, registry, country=None, transplant=D(2026, 6, 1), on=D(2026, 12, 1), **kw):
    reg = rules.registries[registry]
    return plan(rules, reg, reg.profiles[0], transplant, on, country, **kw)


# ---- registries and countries ------------------------------------------------------------------

@pytest.mark.parametrize("profile, registry, letter_profile", [
    ("nmdp-letter", "nmdp", "nmdp-letter"),
    ("nmdp-social", "nmdp", "nmdp-letter"),  # a post profile: letters are still checked as letters
    ("dkms-social", "dkms", "nmdp-letter"),  # no DKMS letter profile: the fallback, the strictest
    ("anthony-nolan-letter", "anthony-nolan", "anthony-nolan-letter"),
    ("abmdr-letter", "abmdr", "abmdr-letter"),
])
def test_every_profile_maps_to_its_registry_and_letter_profile(rules, profiles, profile, registry, letter_profile):
    reg = rules.registry_for_profile(profile)
    assert reg.id == registry
    assert rules.letter_profile(reg) == letter_profile
    assert profiles[letter_profile].channel == "letter"


@pytest.mark.parametrize("registry, years", [("nmdp", 1), ("dkms", 2), ("anthony-nolan", 2), ("abmdr", 2)])
def test_registry_rule_alone_is_given_but_uncertain_without_the_recipients_country(rules, registry, years):
    p = ask(rules, registry)
    assert p.direct_contact_after_years == years
    assert p.direct_contact_from == D(2026 + years, 6, 1)
    assert not p.certain
    assert "country is not given" in p.uncertain_because[0]
    assert "Check with your registry." in p.says


# registry, recipient country, waiting years (or "never"), anonymous letters, letter limit, certain
REFERENCE = [
    ("nmdp", "US", 1, True, None, True),
    ("dkms", "US", 1, True, None, True),  # DKMS: one year for U.S. patients
    ("dkms", "DE", 2, True, None, True),
    ("dkms", "GB", 2, True, None, True),
    ("anthony-nolan", "GB", 2, True, None, True),
    ("dkms", "AT", 5, True, None, True),
    ("dkms", "ZA", 5, True, None, True),
    ("dkms", "ES", "never", True, 1, True),  # one anonymous letter, never a meeting
    ("dkms", "CH", "never", True, 1, False),  # older material: no contact at all
    ("abmdr", "AU", 2, True, None, True),
    ("nmdp", "FR", "never", True, None, True),  # Civil Code art. 16-8; letters still pass
    ("dkms", "BE", "never", True, None, False),
    ("dkms", "IT", "never", True, None, False),
    ("dkms", "NO", "never", True, None, False),
    ("dkms", "NL", "never", True, None, False),
    ("dkms", "CN", "never", False, None, False),
    ("dkms", "FI", "never", False, None, False),
    ("dkms", "SI", "never", False, None, False),
    ("dkms", "PL", 2, True, None, False),  # DKMS country without a published waiting period
    ("dkms", "CL", 2, True, None, False),
    ("dkms", "IN", 2, True, None, False),
]


@pytest.mark.parametrize("registry, country, years, letters, limit, certain", REFERENCE)
def test_each_country_of_the_reference(rules, registry, country, years, letters, limit, certain):
    p = ask(rules, registry, country, on=D(2040, 1, 1))
    assert p.direct_contact_after_years == years
    assert p.letters_limit == limit
    assert p.certain is certain
    assert ("anonymous_letter" in p.allowed_now) is letters
    if years == "never":
        assert p.direct_contact_from is None
        assert "direct_contact" not in p.allowed_now
        assert all("direct_contact" not in s.allows for s in p.stages)
    else:
        assert p.direct_contact_from == D(2026 + years, 6, 1)
        assert "direct_contact" in p.allowed_now
    if not certain:
        # uncertain facts are never asserted plainly: the answer says so and why
        assert "Not certain" in p.says and "Check with your registry." in p.says
        assert p.uncertain_because
        assert "is never possible" not in p.says and " is possible" not in p.says  # put as "may"
    else:
        assert "Not certain" not in p.says and not p.uncertain_because
    assert p.sources


def test_no_contact_countries_allow_nothing_at_any_time(rules):
    p = ask(rules, "nmdp", "CN", on=D(2060, 1, 1))
    assert p.stage == "no_contact" and p.allowed_now == [] and p.profile_now is None
    assert "not even anonymous letters" in p.says


@pytest.mark.parametrize("registry, country, years", [
    ("nmdp", "DE", 2),  # NMDP's one year, Germany's two: two
    ("anthony-nolan", "US", 2),  # Anthony Nolan's two years, the U.S.'s one: two
    ("nmdp", "AT", 5),
    ("abmdr", "ZA", 5),
    ("nmdp", "ES", "never"),
])
def test_the_stricter_side_wins(rules, registry, country, years):
    assert ask(rules, registry, country).direct_contact_after_years == years


def test_the_reason_for_doubt_comes_from_the_data(rules):
    p = ask(rules, "dkms", "CH")
    assert p.uncertain_because == ["DKMS allows one anonymous letter and never a meeting; an older version of its "
                                   "material lists Switzerland as allowing no contact at all."]
    assert p.uncertain_because[0] not in p.notes
    assert "Direct contact may never be possible for a recipient in Switzerland." in p.says
    assert "Possibly no contact at all" in ask(rules, "nmdp", "SI").says
    assert ask(rules, "dkms", "PL").uncertain_because == [
        "The sources name no waiting period for patients in Poland; DKMS's own two years are assumed."]


def test_a_country_without_rules_gets_the_registrys_rule_flagged_uncertain(rules):
    p = ask(rules, "nmdp", "SE")
    assert p.direct_contact_after_years == 1 and p.country_name == "Sweden" and not p.country_has_rules
    assert not p.certain
    assert "no rules for Sweden" in p.uncertain_because[0]


def test_updates_are_listed_only_where_the_sources_say_so(rules):
    assert "anonymous_update" in ask(rules, "nmdp", "US").allowed_now
    dkms = ask(rules, "dkms", "DE")
    assert "anonymous_update" not in dkms.allowed_now
    assert any("do not say whether DKMS passes on anonymous updates" in n for n in dkms.notes)
    assert "anonymous_update" not in ask(rules, "nmdp", "FI").allowed_now


def test_the_transplant_centre_caveat_is_always_said_with_anonymous_contact(rules):
    assert any("Some transplant centres allow no anonymous" in n for n in ask(rules, "nmdp", "US").notes)


# ---- special cases -----------------------------------------------------------------------------

def test_cord_blood_never_allows_any_contact(rules):
    for on in (D(2026, 5, 1), D(2026, 6, 1), D(2040, 6, 1)):
        p = ask(rules, "nmdp", "US", on=on, product="cord")
        assert p.allowed_now == [] and p.stage == "no_contact"
        assert p.direct_contact_from is None and p.profile_now is None
        assert p.certain  # nothing is stricter than never
        assert "cord-blood" in p.says


def test_cryopreserved_cells_count_from_the_day_they_were_given(rules):
    p = ask(rules, "nmdp", "US", transplant=D(2027, 1, 10), on=D(2026, 12, 1), product="cryopreserved")
    assert p.stage == "before_transplant" and p.allowed_now == []
    assert p.direct_contact_from == D(2028, 1, 10)
    assert "only once they have been given to a patient" in p.notes[0]


# ---- dates: transplant day, the boundary day, leap days ----------------------------------------

def test_nothing_before_transplant_day_and_anonymous_contact_from_that_day(rules):
    before = ask(rules, "nmdp", "US", on=D(2026, 5, 31))
    assert before.stage == "before_transplant" and before.allowed_now == [] and before.profile_now is None
    assert "nothing may be exchanged" in before.says
    on_the_day = ask(rules, "nmdp", "US", on=D(2026, 6, 1))
    assert on_the_day.allowed_now == ["anonymous_letter", "anonymous_update"]
    assert on_the_day.profile_now == "nmdp-letter"


@pytest.mark.parametrize("registry, country, anniversary", [
    ("nmdp", "US", D(2027, 6, 1)), ("dkms", "DE", D(2028, 6, 1)), ("dkms", "AT", D(2031, 6, 1))])
def test_direct_contact_is_allowed_on_the_anniversary_itself(rules, registry, country, anniversary):
    eve = ask(rules, registry, country, on=anniversary - dt.timedelta(days=1))
    assert "direct_contact" not in eve.allowed_now and eve.stage == "anonymous"
    day = ask(rules, registry, country, on=anniversary)
    assert "direct_contact" in day.allowed_now and day.stage == "direct_contact"
    assert day.says.startswith("From today")


def test_leap_day_waits_until_the_first_of_march():
    assert add_years(D(2024, 2, 29), 1) == D(2025, 3, 1)
    assert add_years(D(2024, 2, 29), 2) == D(2026, 3, 1)
    assert add_years(D(2024, 2, 29), 4) == D(2028, 2, 29)  # a leap year again
    assert add_years(D(2023, 2, 28), 1) == D(2024, 2, 28)
    assert add_years(D(2023, 3, 1), 1) == D(2024, 3, 1)


def test_leap_day_transplant_in_a_plan(rules):
    leap = D(2024, 2, 29)
    assert "direct_contact" not in ask(rules, "nmdp", "US", transplant=leap, on=D(2025, 2, 28)).allowed_now
    p = ask(rules, "nmdp", "US", transplant=leap, on=D(2025, 3, 1))
    assert p.direct_contact_from == D(2025, 3, 1) and "direct_contact" in p.allowed_now
    assert ask(rules, "dkms", "AT", transplant=leap).direct_contact_from == D(2029, 3, 1)


def test_stages_follow_each_other_without_gap_or_overlap(rules):
    for registry, country, *_ in REFERENCE:
        stages = ask(rules, registry, country).stages
        assert stages[0].start is None and stages[-1].until is None
        for a, b in zip(stages, stages[1:]):
            assert a.until + dt.timedelta(days=1) == b.start


def test_role_changes_who_the_other_person_is(rules):
    assert "to your recipient" in ask(rules, "nmdp", "US").says
    p = ask(rules, "nmdp", "US", role="recipient")
    assert "to your donor" in p.says and "your transplant centre" in p.says
    with pytest.raises(ValueError):
        ask(rules, "nmdp", "US", role="doctor")


def test_answer_as_json_names_every_field(rules):
    d = ask(rules, "nmdp", "DE").to_dict()
    assert d["allowed_now"] == ["anonymous_letter", "anonymous_update"]
    assert d["direct_contact_from"] == "2028-06-01"
    assert d["recipient_country"] == {"code": "DE", "name": "Germany", "has_rules": True}
    assert [s["id"] for s in d["stages"]] == ["before_transplant", "anonymous", "direct_contact"]
    assert d["stages"][1] == {**d["stages"][1], "from": "2026-06-01", "until": "2028-05-31"}
    assert d["certain"] is True and d["sources"]


# ---- questions typed by a person ---------------------------------------------------------------

def typed(rules, profiles, **kw):
    kw.setdefault("profile", "nmdp-letter")
    kw.setdefault("transplant_date", "2026-06-01")
    return answer(rules, profiles, "nmdp-letter", today=D(2026, 12, 1), **kw)


@pytest.mark.parametrize("field, values", [
    ("transplant_date", [None, "", "2026-6-1", "01/06/2026", "2026-02-30", "2025-02-29", "9999-12-31", "1800-01-01", "2026-06-01T00:00"]),
    ("on", ["tomorrow", "2026-13-01", "０２０２６-06-01"]),
    ("recipient_country", ["XX", "USA", "Q", "1A", "ÜS"]),
    ("profile", ["no-such-profile"]),
    ("role", ["doctor"]),
    ("product", ["kidney"]),
])
def test_bad_input_names_the_field_and_never_repeats_the_value(rules, profiles, field, values):
    for value in values:
        with pytest.raises(ContactInputError) as exc:
            typed(rules, profiles, **{field: value})
        assert exc.value.field == field
        if value:
            assert value not in exc.value.message


def test_typed_defaults_and_lowercase_country(rules, profiles):
    p = typed(rules, profiles, recipient_country="de", profile=None)
    assert p.profile == "nmdp-letter" and p.country == "DE" and p.role == "donor" and p.product == "marrow"
    assert p.on == D(2026, 12, 1)
    assert typed(rules, profiles, on="2024-02-29", transplant_date="2020-02-29").direct_contact_from == D(2021, 3, 1)


# ---- the data is checked at load ---------------------------------------------------------------

@pytest.fixture
def rules_copy(tmp_path):
    for name in ("contact.toml", "iso3166.toml"):
        shutil.copy(RULES_DIR / name, tmp_path / name)
    return tmp_path


def edit(folder, old, new):
    path = folder / "contact.toml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


@pytest.mark.parametrize("old, new, says", [
    ("anonymous_letters = true\nsource = \"DKMS \\\"Writing", "anonymous_leters = true\nsource = \"DKMS \\\"Writing", "unknown key 'anonymous_leters'"),
    ("[country.AT]\nname = \"Austria\"\n", "[country.AT]\nname = \"Austria\"\nwait = 3\n", "[country.AT]: unknown key 'wait'"),
    ("[country.ZA]", "[country.ZZ]", "'ZZ' is no ISO 3166-1"),
    ("direct_contact_after_years = 5", "direct_contact_after_years = \"five\"", "whole years"),
    ("direct_contact_after_years = 5", "direct_contact_after_years = 0", "whole years (1-50)"),
    ("letter_profile = \"abmdr-letter\"", "letter_profile = \"abmdr-letters\"", "no profile 'abmdr-letters'"),
    ("certain = false", "certain = \"no\"", "'certain' has the wrong type"),
    ("[product.cord]", "[product.cord-blood]", "unknown product"),
    ("fallback_letter_profile", "fallback_profile", "unknown key 'fallback_profile'"),
])
def test_a_mistake_in_the_data_is_a_clear_error_at_load(rules_copy, profiles, old, new, says):
    edit(rules_copy, old, new)
    with pytest.raises(ContactRulesError) as exc:
        load_contact_rules(rules_copy, profiles)
    assert says in str(exc.value)


def test_the_shipped_data_loads_and_names_only_real_countries(rules):
    assert set(rules.registries) == {"nmdp", "dkms", "anthony-nolan", "abmdr", "france"}
    assert len(rules.iso_names) == 249
    expected = {"US", "DE", "GB", "AT", "ZA", "ES", "CH", "FR", "AU", "BE", "IT", "NO", "NL", "CN", "FI", "SI"}
    assert set(rules.countries) == expected
    assert set(rules.registries["dkms"].countries) == {"US", "PL", "CL", "IN"}



def test_france_never_allows_direct_contact_whatever_the_country(rules):
    assert rules.letter_profile(rules.registry_for_profile("france-social")) == "france-letter"
    for country in (None, "FR", "US", "DE"):
        p = ask(rules, "france", country, on=D(2040, 1, 1))
        assert p.direct_contact_after_years == "never" and p.direct_contact_from is None
