"""Who may call the server, what it keeps (nothing), and how it holds up to odd input and load."""
import json
import socket
import threading
import time
import urllib.request

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from serverproc import post_json

CANARY = "Zebracanary Quillfeather lives at 88 Canary Row, Tacoma"


# --- only the right callers -------------------------------------------------------------

@pytest.mark.parametrize("host", ["evil.example", "attacker.test:8337", "192.168.1.5:8337", "localhost.evil.example"])
def test_foreign_host_header_is_refused(client, host):
    resp = client.get("/api/v1/health", headers={"Host": host})
    assert resp.status_code == 403 and resp.get_json()["error"]["code"] == "forbidden_host"


@pytest.mark.parametrize("host", ["localhost", "localhost:8337", "127.0.0.1:8337", "[::1]:8337"])
def test_loopback_host_headers_are_served(client, host):
    assert client.get("/api/v1/health", headers={"Host": host}).status_code == 200


@pytest.mark.parametrize("origin", ["https://evil.example", "http://localhost:9999", "null", "file://"])
def test_foreign_origins_get_403_and_no_cors(client, origin):
    resp = client.post("/api/v1/check", json={"text": "hi"}, headers={"Origin": origin})
    assert resp.status_code == 403
    assert "Access-Control-Allow-Origin" not in resp.headers


def test_preflight_from_a_web_page_gets_no_grant(client):
    resp = client.options("/api/v1/check", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert resp.status_code == 403 and "Access-Control-Allow-Origin" not in resp.headers


@pytest.mark.parametrize("origin", ["chrome-extension://abcdefghijklmnopabcdefghijklmnop", "moz-extension://2b0f7a3c-1111-4a4a-9c9c-123456789abc"])
def test_extension_origins_get_their_own_origin_back(client, origin):
    resp = client.post("/api/v1/check", json={"text": "hi"}, headers={"Origin": origin})
    assert resp.status_code == 200
    assert resp.headers["Access-Control-Allow-Origin"] == origin
    pre = client.options("/api/v1/check", headers={"Origin": origin, "Access-Control-Request-Method": "POST"})
    assert pre.status_code == 204 and pre.headers["Access-Control-Allow-Origin"] == origin


def test_configured_extension_id_excludes_other_extensions(checker):
    from safetoshare.app import create_app
    from safetoshare.config import Settings

    app = create_app(Settings(extension_ids=("ourextensionid",)), checker=checker)
    c = app.test_client()
    assert c.post("/api/v1/check", json={"text": "hi"}, headers={"Origin": "chrome-extension://ourextensionid"}).status_code == 200
    assert c.post("/api/v1/check", json={"text": "hi"}, headers={"Origin": "chrome-extension://someotherextension"}).status_code == 403


def test_same_origin_page_requests_are_allowed(client):
    resp = client.post("/api/v1/check", json={"text": "hi"}, headers={"Origin": "http://localhost"})
    assert resp.status_code == 200 and "Access-Control-Allow-Origin" not in resp.headers


def test_no_wildcard_cors_and_security_headers_everywhere(client):
    for resp in (client.get("/api/v1/health"), client.get("/api/v1/nope"), client.post("/api/v1/check", data=b"{")):
        assert resp.headers.get("Access-Control-Allow-Origin") != "*"
        assert "script-src 'self'" in resp.headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in resp.headers["Content-Security-Policy"]
        assert resp.headers["X-Frame-Options"] == "DENY"
        assert resp.headers["X-Content-Type-Options"] == "nosniff"


def test_server_listens_on_loopback_only(live_server_process):
    port = live_server_process.port
    listening = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = open(table).read().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            addr, p = local.rsplit(":", 1)
            if int(p, 16) == port and state == "0A":  # LISTEN
                listening.append(addr)
    assert listening, "server socket not found"
    loopback = {"0100007F", "00000000000000000000000001000000"}
    assert set(listening) <= loopback, listening


# --- keep nothing ------------------------------------------------------------------------

def test_checked_text_never_reaches_the_log(live_server_process):
    url = live_server_process.url
    status, body, _ = post_json(url + "/api/v1/check", {"text": CANARY, "watchlist": ["Zebracanary"]})
    assert status == 200 and body["findings"]
    post_json(url + "/api/v1/check", {"text": CANARY, "profile": "no-such-profile"})
    post_json(url + "/api/v1/check", None, raw=("{\"text\": \"" + CANARY).encode())
    post_json(url + "/api/v1/check", {"html": f"<p>{CANARY}</p>"})
    # the access lines for these requests are written before the responses are sent
    log = live_server_process.log()
    assert "POST /api/v1/check 200" in log and "POST /api/v1/check 400" in log
    for word in ("Zebracanary", "Quillfeather", "Canary Row"):
        assert word not in log


def test_error_messages_do_not_echo_the_input(client):
    for payload in ({"text": 5, "profile": CANARY}, {"text": CANARY, "watchlist": CANARY}):
        body = client.post("/api/v1/check", json=payload).get_data(as_text=True)
        assert "Zebracanary" not in body


# --- bad input ---------------------------------------------------------------------------

@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=400))
def test_any_unicode_text_gets_valid_findings(client, text):
    resp = client.post("/api/v1/check", json={"text": text, "profile": "nmdp-social"})
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["text"] == text
    for f in body["findings"]:
        assert 0 <= f["start"] < f["end"] <= len(text)
        assert text[f["start"] : f["end"]] == f["text"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(["My", "sister", "Emma", "🧡", "🇺🇸", "Seattle", "3/14", "#TeamJo", "é", "\n\n", "Dr.", "K", "@x_y", "Love,", "J.M.", "\x00", "\u200d", "go", "hawks"]), max_size=30))
def test_donor_like_word_salad_gets_valid_offsets(client, words):
    text = " ".join(words)
    body = client.post("/api/v1/check", json={"text": text}).get_json()
    for f in body["findings"]:
        assert text[f["start"] : f["end"]] == f["text"]


def test_nul_bytes_and_control_characters_are_just_text(client):
    text = "Hi\x00 from\x07 Seattle\x1b"
    body = client.post("/api/v1/check", json={"text": text}).get_json()
    assert any(f["text"] == "Seattle" for f in body["findings"])


def test_a_check_that_runs_too_long_is_stopped(checker):
    from safetoshare.app import create_app
    from safetoshare.config import Settings

    app = create_app(Settings(request_timeout_s=0.0), checker=checker)
    text = "\n\n".join(f"Paragraph {i} written in Boise by someone unique {i}." for i in range(50))
    resp = app.test_client().post("/api/v1/check", json={"text": text})
    assert resp.status_code == 503 and resp.get_json()["error"]["code"] == "timeout"


# --- load --------------------------------------------------------------------------------

def test_many_parallel_clients_each_get_their_own_answer(live_server):
    cities = ["Boise", "Tucson", "Omaha", "Spokane", "Albany", "Fresno", "Tulsa", "Wichita"]
    people = ["Tobias", "Ingrid", "Mateo", "Priya", "Desmond", "Yuki", "Annelise", "Kofi"]
    # every text a different (person, city, number) combination, so a mixed-up answer shows
    texts = [f"Request {i}: my brother {people[(i // 8) % 8]} drove me from {cities[i % 8]} to Mayo Clinic." for i in range(48)]
    results = {}

    def worker(chunk):
        for text in chunk:
            status, body, _ = post_json(live_server + "/api/v1/check", {"text": text})
            results[text] = (status, body)

    threads = [threading.Thread(target=worker, args=(texts[i::12],)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert len(results) == len(texts)
    for i, text in enumerate(texts):
        status, body = results[text]
        assert status == 200 and body["text"] == text
        found = {f["text"] for f in body["findings"]}
        assert {cities[i % 8], "Mayo Clinic"} <= found, (text, found)
        assert f"my brother {people[(i // 8) % 8]}" in found, (text, found)


def test_a_slow_client_does_not_block_others(live_server_process):
    slow = socket.create_connection(("127.0.0.1", live_server_process.port))
    try:
        slow.sendall(b"POST /api/v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"text\": \"")
        started = time.monotonic()
        status, body, _ = post_json(live_server_process.url + "/api/v1/check", {"text": "Greetings from Fargo"})
        elapsed = time.monotonic() - started
        assert status == 200 and body["findings"]
        assert elapsed < 10, "a stalled upload held up another client"  # generous: only a block would exceed it
    finally:
        slow.close()


def test_server_survives_garbage_on_the_socket(live_server_process):
    for junk in (b"\x00\xff" * 500 + b"\r\n\r\n", b"GET / HTTP/1.1\r\nHost: " + b"a" * 70000 + b"\r\n\r\n", b"NOTAMETHOD /x HTTP/9\r\n\r\n"):
        with socket.create_connection(("127.0.0.1", live_server_process.port)) as s:
            s.sendall(junk)
            s.settimeout(10)
            try:
                s.recv(1024)
            except OSError:
                pass
    with urllib.request.urlopen(live_server_process.url + "/api/v1/health", timeout=10) as resp:
        assert json.load(resp)["status"] == "ok"
