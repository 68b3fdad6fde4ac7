"""GET /api/v1/contact-timeline and /api/v1/contact-countries: answers, bad input, and the same
Host/Origin rules as every other endpoint (over the real server), plus the start-up check of the data."""
import copy
import json
import shutil
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from safetoshare.contact_rules import ContactRulesError
from safetoshare.ruleset import load_rules

RULES_DIR = Path(__file__).resolve().parents[1] / "rules"
URL = "/api/v1/contact-timeline"


def get(client, **params):
    resp = client.get(URL, query_string=params)
    return resp.status_code, resp.get_json()


def test_a_donor_six_months_after_transplant(client):
    status, body = get(client, profile="nmdp-letter", transplant_date="2026-06-01", on="2026-12-01", recipient_country="US")
    assert status == 200
    assert body["allowed_now"] == ["anonymous_letter", "anonymous_update"]
    assert body["direct_contact_from"] == "2027-06-01"
    assert body["stage"] == "anonymous" and body["profile_now"] == "nmdp-letter"
    assert body["certain"] is True
    assert [s["id"] for s in body["stages"]] == ["before_transplant", "anonymous", "direct_contact"]
    assert "1 June 2027" in body["says"]
    assert body["sources"] and all(isinstance(s, str) for s in body["sources"])


def test_a_recipient_a_year_after_transplant_in_germany_waits_two(client):
    status, body = get(client, profile="dkms-social", transplant_date="2025-11-15", on="2026-12-01",
                       recipient_country="de", role="recipient")
    assert status == 200
    assert body["direct_contact_from"] == "2027-11-15" and "direct_contact" not in body["allowed_now"]
    assert body["profile_now"] == "nmdp-letter"  # DKMS has no letter profile: the strictest one
    assert "to your donor" in body["says"]


def test_before_transplant_day_nothing_is_allowed(client):
    status, body = get(client, transplant_date="2027-01-10", on="2026-12-01", recipient_country="US")
    assert status == 200 and body["allowed_now"] == [] and body["stage"] == "before_transplant"
    assert body["profile"] == "nmdp-letter"  # the default profile


def test_uncertain_rules_are_said_to_be_uncertain(client):
    status, body = get(client, profile="nmdp-letter", transplant_date="2025-01-01", on="2026-12-01", recipient_country="NL")
    assert status == 200
    assert body["certain"] is False and body["direct_contact_from"] is None
    assert "Check with your registry." in body["says"] and body["uncertain_because"]


def test_cord_blood_and_on_defaults_to_today(client):
    status, body = get(client, transplant_date="2020-01-01", recipient_country="US", product="cord")
    assert status == 200 and body["allowed_now"] == [] and body["direct_contact_from"] is None
    import datetime as dt

    assert body["on"] == dt.date.today().isoformat()


@pytest.mark.parametrize("params, field", [
    ({}, "transplant_date"),
    ({"transplant_date": "2026-02-30"}, "transplant_date"),
    ({"transplant_date": "14.03.2026"}, "transplant_date"),
    ({"transplant_date": "99999-01-01"}, "transplant_date"),
    ({"transplant_date": "2026-06-01", "on": "soon"}, "on"),
    ({"transplant_date": "2026-06-01", "recipient_country": "Atlantis"}, "recipient_country"),
    ({"transplant_date": "2026-06-01", "recipient_country": "XK"}, "recipient_country"),  # not assigned by ISO
    ({"transplant_date": "2026-06-01", "profile": "<script>alert(1)</script>"}, "profile"),
    ({"transplant_date": "2026-06-01", "role": "nurse"}, "role"),
    ({"transplant_date": "2026-06-01", "product": "kidney"}, "product"),
])
def test_bad_input_is_a_400_naming_the_field_without_echoing_it(client, params, field):
    status, body = get(client, **params)
    assert status == 400
    error = body["error"]
    assert error["code"] == "invalid_field" and error["field"] == field and field in error["message"]
    for value in params.values():
        if value != "2026-06-01":
            assert value not in json.dumps(body)


def test_only_get(client):
    resp = client.post(URL, json={"transplant_date": "2026-06-01"})
    assert resp.status_code == 405 and resp.get_json()["error"]["code"] == "method_not_allowed"


def test_countries_for_a_picker(client):
    resp = client.get("/api/v1/contact-countries")
    body = resp.get_json()
    assert resp.status_code == 200 and len(body["countries"]) == 249
    by_code = {c["code"]: c for c in body["countries"]}
    assert by_code["DE"] == {"code": "DE", "name": "Germany", "has_rules": True}
    assert by_code["SE"]["has_rules"] is False
    assert [p["id"] for p in body["products"]] == ["marrow", "pbsc", "cord", "cryopreserved"]
    assert body["profiles"]["dkms-social"] == "dkms"


def test_a_mistake_in_contact_toml_stops_start_up(checker, tmp_path):
    from safetoshare.app import create_app
    from safetoshare.config import Settings

    rules_dir = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules_dir)
    path = rules_dir / "contact.toml"
    path.write_text(path.read_text().replace("[country.AT]\n", "[country.AT]\nwaiting = 5\n", 1))
    broken = copy.copy(checker)  # the real checker, reading the edited folder
    broken.rules = load_rules(rules_dir)
    with pytest.raises(ContactRulesError, match=r"\[country.AT\]: unknown key 'waiting'"):
        create_app(Settings(), checker=broken)


# ---- over the real server: Host and Origin rules as for every endpoint -------------------------

def http_get(url, headers=None):
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, json.load(resp), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read() or b"null"), dict(err.headers)


@pytest.mark.http
def test_over_http_extension_gets_cors_and_other_origins_are_refused(live_server, live_server_process):
    query = "?profile=nmdp-letter&transplant_date=2026-06-01&on=2026-12-01&recipient_country=US"
    status, body, headers = http_get(live_server + URL + query, {"Origin": "chrome-extension://abcdefghijklmnop"})
    assert status == 200 and body["direct_contact_from"] == "2027-06-01"
    assert headers["Access-Control-Allow-Origin"] == "chrome-extension://abcdefghijklmnop"
    assert headers["Cache-Control"] == "no-store"
    status, body, headers = http_get(live_server + URL + query, {"Origin": "https://evil.example"})
    assert status == 403 and body["error"]["code"] == "forbidden_origin"
    assert "Access-Control-Allow-Origin" not in headers
    status, body, _ = http_get(live_server + URL + query, {"Host": "evil.example"})
    assert status == 403 and body["error"]["code"] == "forbidden_host"
    status, body, _ = http_get(live_server + URL + "?transplant_date=2026-02-31")
    assert status == 400 and body["error"]["field"] == "transplant_date"
    # the log has the path but not the query: no transplant date in it
    assert "2026-06-01" not in live_server_process.log() and URL in live_server_process.log()
