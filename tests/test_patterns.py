"""Identifiers declared as data in rules/patterns.toml: each pattern's own examples and counter-examples,
then each pattern through the real checker. Adding a kind of identifier: a [[pattern]] there plus a test here."""
import tomllib

import pytest

from safetoshare.ruleset import default_rules_dir

PATTERNS = tomllib.loads((default_rules_dir() / "patterns.toml").read_text(encoding="utf-8"))["pattern"]


@pytest.mark.parametrize("spec", PATTERNS, ids=[p["name"] for p in PATTERNS])
def test_each_pattern_finds_its_examples_and_not_its_counter_examples(checker, spec):
    plan = {p.name: p for p in checker.plan.patterns}[spec["name"]]
    assert spec["examples"] and spec["not_examples"], "every pattern documents what it finds and what it leaves"
    for text in spec["examples"]:
        assert any(plan.regex.finditer(text)), text
    for text in spec["not_examples"]:
        assert not any(plan.regex.finditer(text)), text


def found(checker, text, **kw):
    return [(f.text, f.kind) for f in checker.check(text, **kw) if f.category == "contact_info"]


def test_uk_postcodes(checker):
    assert ("LS6 2AB", "postcode") in found(checker, "Our address is 14 Cardigan Road, Leeds LS6 2AB.")
    assert found(checker, "I take 20 MG every morning and 5 AM starts are rough") == []


def test_canadian_postcodes(checker):
    assert ("T2P 1J9", "postcode") in found(checker, "Cards can go to PO Box 12, Calgary AB T2P 1J9")


def test_french_phone_numbers_in_any_language(checker):
    assert ("06 12 34 56 78", "phone") in found(checker, "Ruf mich an: 06 12 34 56 78, liebe Grüße und bis bald aus Straßburg")


def test_us_licence_plates_after_a_cue(checker):
    assert ("8KMS442", "licence_plate") in found(checker, "lol my license plate is 8KMS442 so you'll see me at the drive")
    assert found(checker, "the plate was full of pancakes and my license plate frame says go team") == []


def test_the_word_tests_before_each_shape_pattern_never_change_what_it_finds(checker, monkeypatch):
    # a shape pattern is skipped where none of the words it needs is in the text; run on every text
    # of two corpora, with and without those tests, it finds the same
    from corpus import cases

    from safetoshare.detectors import patterns
    from safetoshare.detectors.base import Context

    texts = [c["text"] for c in cases("labelled.jsonl") + cases("informal.jsonl")]
    docs = [checker.nlp.make_doc(t) for t in texts]

    def found():
        return [[(c.start, c.end, c.kind) for c in patterns.detect(Context(text=d.text, doc=d, rules=checker.rules)) if c] for d in docs]

    gated = found()
    monkeypatch.setattr(patterns, "_passes", lambda text, pats: ((kind, m) for kind, pattern, _ in pats for m in pattern.finditer(text)))
    assert gated == found()
    assert sum(map(len, gated)) > 20


def test_a_hospitals_initials_after_going_to_it(checker):
    def hospitals(text):
        return [(f.text, f.kind) for f in checker.check(text, profile="nmdp-social") if f.category == "organization"]

    assert ("WRMC", "hospital") in hospitals("3 hour drive from home to WRMC for the apheresis, bring snacks")
    assert ("BGH", "hospital") in hospitals("back at BGH tomorrow for bloods")
    assert hospitals("smh at the state of the roads today") == []
    assert hospitals("the MC at the gala was hilarious") == []
