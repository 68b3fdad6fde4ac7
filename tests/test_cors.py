"""CORS through flask-cors: the extension gets a grant and a full preflight answer; everyone else
gets our 403 and no grant, including origins that differ only in letter case or look alike."""
import pytest

EXTENSION = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"


def test_preflight_grants_the_methods_header_and_cache_time(client):
    pre = client.options("/api/v1/check", headers={"Origin": EXTENSION, "Access-Control-Request-Method": "POST",
                                                   "Access-Control-Request-Headers": "content-type"})
    assert pre.status_code == 204 and pre.data == b""
    assert pre.headers["Access-Control-Allow-Origin"] == EXTENSION
    assert set(pre.headers["Access-Control-Allow-Methods"].replace(" ", "").split(",")) == {"GET", "POST", "OPTIONS"}
    assert pre.headers["Access-Control-Allow-Headers"].lower() == "content-type"
    assert pre.headers["Access-Control-Max-Age"] == "600"
    assert "Access-Control-Allow-Credentials" not in pre.headers


def test_errors_answered_to_the_extension_carry_the_grant(client):
    """So that the extension can read the JSON error (413, 400...) instead of a blind network failure."""
    resp = client.post("/api/v1/check", data=b"{", headers={"Origin": EXTENSION, "Content-Type": "application/json"})
    assert resp.status_code == 400 and resp.headers["Access-Control-Allow-Origin"] == EXTENSION
    assert resp.get_json()["error"]["code"] == "malformed_json"


@pytest.mark.parametrize("origin", [
    "CHROME-EXTENSION://abcdefghijklmnopabcdefghijklmnop",  # browsers send schemes in lowercase
    "chrome-extension://abc.evil.example",
    "chrome-extension://abc/path",
    "https://chrome-extension.evil.example",
    "moz-extension://",
])
def test_lookalike_extension_origins_are_refused_without_a_grant(client, origin):
    for resp in (client.post("/api/v1/check", json={"text": "hi"}, headers={"Origin": origin}),
                 client.options("/api/v1/check", headers={"Origin": origin, "Access-Control-Request-Method": "POST"})):
        assert resp.status_code == 403 and resp.get_json()["error"]["code"] == "forbidden_origin"
        assert not any(h.startswith("Access-Control-") for h in resp.headers.keys())


def test_one_vary_origin_on_granted_and_plain_answers(client):
    for resp in (client.get("/api/v1/health"), client.get("/api/v1/health", headers={"Origin": EXTENSION})):
        assert resp.headers.getlist("Vary") == ["Origin"]


def test_configured_ids_are_matched_exactly(checker):
    from safetoshare.app import create_app
    from safetoshare.config import Settings

    c = create_app(Settings(extension_ids=("ourid", "second.id")), checker=checker).test_client()
    ok = c.get("/api/v1/health", headers={"Origin": "moz-extension://second.id"})
    assert ok.status_code == 200 and ok.headers["Access-Control-Allow-Origin"] == "moz-extension://second.id"
    for origin in ("chrome-extension://ouridx", "chrome-extension://xourid", "chrome-extension://secondxid"):
        resp = c.get("/api/v1/health", headers={"Origin": origin})
        assert resp.status_code == 403 and "Access-Control-Allow-Origin" not in resp.headers


@pytest.mark.parametrize("ids", [("*",), ("abc",)])
def test_the_origin_pattern_matches_whole_origins_only(ids):
    from safetoshare.security import extension_origins

    pattern = extension_origins(ids)
    assert pattern.match("chrome-extension://abc")
    assert not pattern.match("chrome-extension://abc\n") and not pattern.match("chrome-extension://abc/")
    assert not extension_origins(()).match("chrome-extension://abc")  # no ids configured: no extension at all
