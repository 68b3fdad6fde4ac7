"""Labels of categories, kinds and severities: rules/categories.toml, GET /api/v1/labels, start-up checks."""
from __future__ import annotations

import json
import shutil
import tomllib
import urllib.request
from pathlib import Path

import pytest

from safetoshare.findings import CATEGORIES, SEVERITIES
from safetoshare.labels import LabelError, load_labels, parse_labels

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "rules"


def _toml():
    with open(RULES / "categories.toml", "rb") as fh:
        return tomllib.load(fh)


def test_every_category_and_severity_has_english_and_french():
    labels = load_labels(RULES)
    for lang in ("en", "fr"):
        answer = labels.for_language(lang)
        assert set(answer["categories"]) == set(CATEGORIES)
        assert set(answer["severities"]) == set(SEVERITIES)
    raw = _toml()
    for cat in CATEGORIES:
        assert raw[cat]["fr"] and raw[cat]["en"]
        for kind, table in raw[cat].get("kinds", {}).items():
            assert table.get("fr"), f"{cat}.{kind} has no French label"


def test_every_kind_with_a_message_has_a_label():
    labels = load_labels(RULES)
    message_files = sorted(RULES.glob("*/messages.toml")) + sorted(RULES.glob("messages.toml"))
    assert message_files
    for path in message_files:
        with open(path, "rb") as fh:
            messages = tomllib.load(fh)
        for cat, kinds in messages.items():
            if not isinstance(kinds, dict) or cat not in CATEGORIES:
                continue
            for kind in kinds:
                if isinstance(kinds[kind], dict):
                    assert f"{cat}.{kind}" in labels.kinds, f"{path.name}: {cat}.{kind} has no label in categories.toml"


def test_lookups_fall_back_to_english_then_to_the_category():
    labels = parse_labels({
        "languages": ["en", "fr"],
        "severities": {s: {"en": s.upper()} for s in SEVERITIES},
        **{c: {"en": f"EN {c}"} for c in CATEGORIES},
        "location": {"en": "Location", "fr": "Lieu", "kinds": {"city": {"en": "City"}}},
    })
    assert labels.category("location", "fr") == "Lieu"
    assert labels.kind("location", "city", "fr") == "City"  # no French label: English
    assert labels.kind("location", "moon", "fr") == "Lieu"  # unknown kind: its category's label
    assert labels.category("location", "DE") == "Location"  # unknown language: English
    assert labels.category("not_ours") == "not ours"
    assert labels.severity("warn", "fr") == "WARN"


@pytest.mark.parametrize(
    "edit, names",
    [
        (lambda d: d["location"].pop("en"), "location has no English label"),
        (lambda d: d.pop("affiliation"), "'affiliation' has no English label"),
        (lambda d: d["location"].update(colour="red"), "location: unknown key 'colour'"),
        (lambda d: d.update(planets={"en": "Planets"}), "unknown key 'planets'"),
        (lambda d: d["location"]["kinds"]["city"].update(de="Stadt"), "location.kinds.city: unknown key 'de'"),
        (lambda d: d["location"]["kinds"]["city"].pop("en"), "location.kinds.city has no English label"),
        (lambda d: d["severities"].update(maybe={"en": "maybe"}), "unknown severity 'maybe'"),
        (lambda d: d["severities"].pop("info"), "severities.info has no English label"),
        (lambda d: d.update(languages=["fr"]), '"en" among them'),
        (lambda d: d["organization"].update(fr=""), "organization.fr must be a non-empty string"),
    ],
)
def test_mistakes_are_refused_naming_the_key(edit, names):
    data = _toml()
    edit(data)
    with pytest.raises(LabelError) as err:
        parse_labels(data)
    assert "categories.toml" in str(err.value) and names in str(err.value)


def test_a_mistake_in_categories_toml_stops_the_server_at_start_up(tmp_path, checker):
    from safetoshare.app import create_app
    from safetoshare.config import Settings

    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules, ignore=shutil.ignore_patterns("*.txt"))
    text = (rules / "categories.toml").read_text(encoding="utf-8")
    (rules / "categories.toml").write_text(text.replace('[location]\nen = "Location"\n', "[location]\n"), encoding="utf-8")
    with pytest.raises(LabelError, match="location has no English label"):
        create_app(Settings(rules_dir=str(rules)), checker=checker)


def _get(url):
    with urllib.request.urlopen(url, timeout=30) as resp:
        return resp.status, resp.headers, json.load(resp)


def test_labels_api_over_http(live_server):
    status, headers, en = _get(live_server + "/api/v1/labels")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert en["language"] == "en"
    assert en["categories"]["personal_name"] == "Personal name"
    assert en["severities"]["block"] == "must be removed"
    assert en["kinds"]["personal_name.pet"] == "Pet's name"
    assert en["kinds"]["photograph.face"] == "Face"

    _, _, fr = _get(live_server + "/api/v1/labels?lang=fr")
    assert fr["language"] == "fr"
    assert fr["categories"]["personal_name"] == "Nom"
    assert fr["categories"]["location"] == "Lieu"
    assert fr["kinds"]["organization.hospital"] == "Hôpital"
    assert set(fr["categories"]) == set(en["categories"]) and set(fr["kinds"]) == set(en["kinds"])

    for lang in ("xx", "de", "", "<script>"):
        status, _, answer = _get(live_server + "/api/v1/labels?lang=" + urllib.request.quote(lang))
        assert status == 200 and answer == en


def test_labels_api_in_process_answers_upper_case_codes(client):
    assert client.get("/api/v1/labels?lang=FR").get_json()["language"] == "fr"
