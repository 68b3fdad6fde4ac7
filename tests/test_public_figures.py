"""Public figures: a celebrity's name is reported as personal_name:public_figure, a warn at most in
every profile, never a block; names tied to the writer (relatives, pets, "named ...") stay blocked."""
import re

import pytest

from safetoshare.findings import Candidate
from safetoshare.public_figures import WORD, fold, mark
from safetoshare.ruleset import default_rules_dir, load_rules, read_list

PROFILES = ["nmdp-social", "dkms-social", "nmdp-letter", "anthony-nolan-letter", "abmdr-letter"]


def names(checker, text, profile="nmdp-social", **kw):
    return [(f.text, f.kind, f.severity) for f in checker.check(text, profile=profile, **kw) if f.category == "personal_name"]


FAMOUS = [
    ("Taylor Swift and Beyonce got me through chemo", ["Taylor Swift", "Beyonce"]),
    ("Beyoncé's new album and Jay-Z's tour, ugh", ["Beyoncé", "Jay-Z"]),
    ("We watched LeBron James highlights and Oprah reruns.", ["LeBron James", "Oprah"]),
    ("Barack Obama once said something about hope", ["Barack Obama"]),
    ("Dr. Seuss books with my kids every night", ["Dr. Seuss"]),
    ("Robin Roberts inspired me to register.", ["Robin Roberts"]),
    ("My son wants to play like Michael Jordan and Stephen Curry.", ["Michael Jordan", "Stephen Curry"]),
]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("text, expected", FAMOUS, ids=[t[:30] for t, _ in FAMOUS])
def test_public_figures_are_a_warn_at_most_in_posts_and_letters(checker, profile, text, expected):
    assert names(checker, text, profile) == [(n, "public_figure", "warn") for n in expected]


def test_a_place_inside_a_famous_name_is_the_name(checker):
    # the city list finds "Houston" and "Washington"; inside a longer famous name they are that name
    found = checker.check("Whitney Houston and Denzel Washington got me through.", profile="nmdp-letter")
    assert [(f.text, f.category, f.kind, f.severity) for f in found] == [
        ("Whitney Houston", "personal_name", "public_figure", "warn"),
        ("Denzel Washington", "personal_name", "public_figure", "warn"),
    ]
    # alone they are places, and a list's place that is also a famous surname stays a place
    alone = checker.check("I donated in Houston, we live in Lincoln and my son goes to Drake.", profile="nmdp-letter")
    assert {(f.text, f.category, f.severity) for f in alone} == {
        ("Houston", "location", "block"),
        ("Lincoln", "location", "block"),
        ("Drake", "organization", "block"),
    }


def test_first_and_last_names_are_one_finding(checker):
    assert names(checker, "Barack Obama spoke at the drive.", "nmdp-letter") == [("Barack Obama", "public_figure", "warn")]


def test_a_surname_of_a_famous_name_named_in_full_is_famous_too(checker):
    found = names(checker, "We watched Tom Hanks films all week. Hanks never gets old.", "nmdp-letter")
    assert found == [("Tom Hanks", "public_figure", "warn"), ("Hanks", "public_figure", "warn")]


def test_a_first_name_alone_could_be_anyone(checker):
    # "Taylor" may be a friend even where Taylor Swift is named: it stays a name to remove
    found = names(checker, "I love Taylor Swift. Taylor drove me to chemo.", "nmdp-letter")
    assert found == [("Taylor Swift", "public_figure", "warn"), ("Taylor", "default", "block")]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("my sister taylor drove me to every appointment", "my sister taylor", "relative"),
        ("Our dog Beyonce kept me company.", "Our dog Beyonce", "pet"),
        ("My friend Emma and I watched Emma Stone movies.", "My friend Emma", "relative"),
    ],
)
def test_names_of_people_the_writer_knows_stay_blocked(checker, text, name, kind):
    found = names(checker, text, "nmdp-social")
    assert (name, kind, "block") in found


def test_a_famous_name_given_to_someone_the_writer_knows_stays_blocked(checker):
    found = names(checker, "A tiny pup named Elvis sat with me.", "nmdp-letter")
    assert found and all(severity == "block" and kind != "public_figure" for _, kind, severity in found)


def test_the_watchlist_wins_over_the_list(checker):
    found = names(checker, "I love Taylor Swift and Adele.", "nmdp-letter", watchlist=["Taylor Swift"])
    assert found == [("Taylor Swift", "watchlist", "block"), ("Adele", "public_figure", "warn")]


def test_a_public_figure_finding_explains_itself_and_offers_a_rewrite(checker):
    finding = next(f for f in checker.check("Met Ed Sheeran at a concert!", profile="nmdp-social") if f.text == "Ed Sheeran")
    assert finding.message.startswith("This looks like a public figure")
    assert finding.rule == "nmdp-social/no-personal-names"
    assert "someone famous" in finding.suggestions


def test_the_list_states_its_provenance_and_has_no_repeats():
    path = default_rules_dir() / "en" / "gazetteers" / "public-figures.txt"
    head = [line for line in path.read_text(encoding="utf-8").splitlines()[:6] if line.startswith("#")]
    assert [h.split(":")[0] for h in head[:4]] == ["# source", "# licence", "# provenance", "# purpose"]
    entries = read_list(path)
    assert 300 <= len(entries) <= 600
    keys = [" ".join(fold(w) for w in WORD.findall(name)) for entry in entries for name in entry]
    assert len(keys) == len(set(keys)), sorted(k for k in set(keys) if keys.count(k) > 1)
    # first names people give their children are no mononyms here ("Taylor", "Harry", "Serena")
    mononyms = {k for k in keys if " " not in k}
    assert not mononyms & {"taylor", "harry", "serena", "selena", "ariana", "emma", "tom", "michael", "will"}
    assert all(re.search(r"\w", k) for k in keys)


def test_widening_to_the_whole_name_never_swallows_another_finding():
    text = "@Whitney Houston"
    handle = Candidate(0, 8, "contact_info", "handle", "contact")
    city = Candidate(9, 16, "location", "city", "gazetteer")
    assert [(c.start, c.end, c.kind) for c in mark(text, [handle, city], load_rules())] == [(0, 8, "handle"), (9, 16, "public_figure")]
    # without the handle, "Houston" widens to the whole name
    assert [(c.start, c.end, c.category) for c in mark("Whitney Houston", [Candidate(8, 15, "location", "city", "gazetteer")], load_rules())] == [
        (0, 15, "personal_name")
    ]
