"""The JSON API through Flask's test client: shapes, profiles, and every kind of bad input."""
import json

import pytest

RISKY = "Donation day! My sister Emma drove me from Seattle to Fred Hutch 🧡 #BeTheMatch"


def test_health_names_model_and_profiles(client):
    body = client.get("/api/v1/health").get_json()
    assert body["status"] == "ok"
    assert body["model"].startswith("en_core_web")
    assert {"nmdp-letter", "nmdp-social", "dkms-social", "abmdr-letter", "anthony-nolan-letter"} <= set(body["profiles"])
    assert body["default_profile"] == "nmdp-letter"


def test_profiles_carry_source_channel_and_categories(client):
    profiles = {p["id"]: p for p in client.get("/api/v1/profiles").get_json()["profiles"]}
    assert profiles["nmdp-letter"]["default"] is True
    assert profiles["nmdp-letter"]["channel"] == "letter"
    assert profiles["nmdp-social"]["channel"] == "post"
    assert "recipient_detail" in profiles["nmdp-social"]["categories"]
    assert "recipient_detail" not in profiles["nmdp-letter"]["categories"]
    for p in profiles.values():
        assert p["source"] and p["waiting"]
        for cat in p["categories"].values():
            assert cat["rule"].startswith(p["id"] + "/")


def test_check_returns_findings_with_valid_offsets(client):
    resp = client.post("/api/v1/check", json={"text": RISKY, "profile": "nmdp-social"})
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["profile"] == "nmdp-social" and body["text"] == RISKY
    found = {f["text"]: f for f in body["findings"]}
    assert {"My sister Emma", "Seattle", "Fred Hutch", "#BeTheMatch"} <= set(found)
    for f in body["findings"]:
        assert RISKY[f["start"] : f["end"]] == f["text"]
        assert f["severity"] in ("block", "warn") and f["message"] and f["rule"].startswith("nmdp-social/")
    assert found["My sister Emma"]["suggestions"][0] == "My sister"
    assert found["Seattle"]["suggestions"][0] == "my city"
    assert found["Fred Hutch"]["suggestions"][0] == "the hospital"
    assert body["summary"]["block"] == len(body["findings"])


def test_default_profile_is_nmdp_letter(client):
    body = client.post("/api/v1/check", json={"text": "hello"}).get_json()
    assert body["profile"] == "nmdp-letter" and body["findings"] == []


def test_html_input_is_checked_as_its_text(client):
    html = "<p>Hi from <b>Seattle</b></p><script>alert('x')</script><p>Love, Greg</p>"
    body = client.post("/api/v1/check", json={"html": html}).get_json()
    assert "alert" not in body["text"]
    texts = [f["text"] for f in body["findings"]]
    assert "Seattle" in texts and "Greg" in texts
    for f in body["findings"]:
        assert body["text"][f["start"] : f["end"]] == f["text"]


def test_watchlist_and_allow_list_per_request(client):
    text = "Big hugs from the Hendersons and Mike. We love Seattle."
    body = client.post("/api/v1/check", json={"text": text, "watchlist": ["Michael Henderson"], "allow": ["Seattle"]}).get_json()
    texts = {f["text"] for f in body["findings"]}
    assert "Mike" in texts
    assert "Seattle" not in texts


@pytest.mark.parametrize(
    "payload, status, code",
    [
        (b"{not json", 400, "malformed_json"),
        (b"[1, 2]", 400, "not_an_object"),
        (b'"text"', 400, "not_an_object"),
        (b"", 400, "empty_body"),
        (b'{"text": 5}', 400, "invalid_field"),
        (b'{"text": null}', 400, "invalid_field"),
        (b'{"nothing": "here"}', 400, "missing_text"),
        (b'{"text": "hi", "profile": "no-such-registry"}', 400, "unknown_profile"),
        (b'{"text": "hi", "profile": 3}', 400, "invalid_field"),
        (b'{"text": "hi", "watchlist": "Emma"}', 400, "invalid_field"),
        (b'{"text": "hi", "allow": [1]}', 400, "invalid_field"),
        (b'{"text": "\\ud800 lone"}', 400, "invalid_unicode"),
        (b'\xff\xfe{"text": "x"}', 400, "invalid_utf8"),
        (b"[" * 100_000 + b"]" * 100_000, 400, "too_deep"),
    ],
)
def test_bad_input_gets_a_clear_json_error(client, payload, status, code):
    resp = client.post("/api/v1/check", data=payload, content_type="application/json")
    assert resp.status_code == status
    err = resp.get_json()["error"]
    assert err["code"] == code and err["message"]


def test_unknown_profile_error_lists_known_profiles(client):
    err = client.post("/api/v1/check", json={"text": "hi", "profile": "nope"}).get_json()["error"]
    assert "nmdp-letter" in err["message"]


def test_oversized_body_and_text_are_refused(client, app):
    limit = app.extensions["safetoshare"]["settings"].max_json_bytes
    resp = client.post("/api/v1/check", data=b'{"text": "' + b"a" * limit + b'"}', content_type="application/json")
    assert resp.status_code == 413 and resp.get_json()["error"]["code"] == "body_too_large"
    max_chars = app.extensions["safetoshare"]["settings"].max_text_chars
    resp = client.post("/api/v1/check", json={"text": "é" * (max_chars + 1)})
    assert resp.status_code == 413 and resp.get_json()["error"]["code"] == "text_too_long"


def test_errors_never_echo_the_text(client):
    canary = "CanaryZebra4417"
    resp = client.post("/api/v1/check", json={"text": 1, "profile": canary})
    assert canary not in resp.get_data(as_text=True) or resp.get_json()["error"]["code"] == "unknown_profile"


def test_flask_errors_use_the_same_json_shape(client):
    for resp, status in ((client.get("/api/v1/nope"), 404), (client.get("/api/v1/check"), 405)):
        assert resp.status_code == status
        assert set(resp.get_json()["error"]) == {"code", "message"}


def test_findings_are_json_serialisable_with_emoji_offsets(client):
    text = "🧡🇺🇸 Thanks from Boston!"
    body = json.loads(client.post("/api/v1/check", json={"text": text}).data)
    f = next(f for f in body["findings"] if f["text"] == "Boston")
    assert f["start"] == text.index("Boston")


def test_the_answer_says_which_language_was_read(client):
    body = client.post("/api/v1/check", json={"text": "Thank you so much, we are all doing well here in Spokane."}).get_json()
    assert (body["language"], body["language_name"], body["language_supported"], body["unchecked"]) == ("en", "English", True, [])
    assert set(client.get("/api/v1/health").get_json()["languages"]) >= {"en", "fr"}


def test_a_draft_in_a_language_we_do_not_read_is_answered_honestly(client):
    text = "Lieber Spender, dank dir kann ich wieder mit meinen Enkeln in Freiburg spazieren gehen. Schreib mir: oma.ilse@web.de"
    body = client.post("/api/v1/check", json={"text": text}).get_json()
    assert (body["language"], body["language_name"], body["language_supported"]) == ("de", "German", False)
    assert body["unchecked"] == [{"start": 0, "end": len(text), "language": "de", "language_name": "German"}]
    assert [(f["text"], f["kind"]) for f in body["findings"]] == [("oma.ilse@web.de", "email")]  # no English guesses at names or towns


@pytest.mark.parametrize("language", ["english", 3, "EN", "e"])
def test_a_bad_language_is_a_clear_error(client, language):
    resp = client.post("/api/v1/check", json={"text": "hello", "language": language})
    assert resp.status_code == 400 and resp.get_json()["error"]["code"] == "invalid_field"
    assert "english" not in resp.get_json()["error"]["message"]  # errors never echo the input


def test_the_language_can_be_chosen_by_the_writer(client):
    body = client.post("/api/v1/check", json={"text": "Greetings from Leeds", "language": "de"}).get_json()
    assert body["language"] == "de" and body["language_supported"] is False and body["findings"] == []
    body = client.post("/api/v1/check", json={"text": "Greetings from Leeds", "language": "auto"}).get_json()
    assert body["language"] == "en" and [f["text"] for f in body["findings"]] == ["Leeds"]
