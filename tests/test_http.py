"""The real server over HTTP, started the way a user starts it."""
import json
import subprocess
import sys
import urllib.request

from serverproc import ServerProcess, free_port, post_json


def test_health_and_check_over_http(live_server):
    with urllib.request.urlopen(live_server + "/api/v1/health", timeout=10) as resp:
        assert json.load(resp)["status"] == "ok"
    status, body, headers = post_json(live_server + "/api/v1/check", {"text": "We drove from Spokane to see the Mariners.", "profile": "nmdp-social"})
    assert status == 200
    cats = {f["text"]: f["category"] for f in body["findings"]}
    assert cats.get("Spokane") == "location" and cats.get("Mariners") == "organization"
    assert "Access-Control-Allow-Origin" not in headers


def test_bad_json_over_http_is_a_clear_400(live_server):
    status, body, _ = post_json(live_server + "/api/v1/check", None, raw=b"{oops")
    assert status == 400 and body["error"]["code"] == "malformed_json"


def test_extension_origin_gets_cors_and_web_origin_is_refused(live_server):
    status, body, headers = post_json(live_server + "/api/v1/check", {"text": "hi"}, headers={"Origin": "chrome-extension://abcdefghijklmnop"})
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "chrome-extension://abcdefghijklmnop"
    status, body, headers = post_json(live_server + "/api/v1/check", {"text": "hi"}, headers={"Origin": "https://evil.example"})
    assert status == 403 and body["error"]["code"] == "forbidden_origin"
    assert "Access-Control-Allow-Origin" not in headers


def test_server_refuses_to_start_on_a_taken_port(live_server_process):
    out = subprocess.run([sys.executable, "-m", "safetoshare", "serve", "--port", str(live_server_process.port)], capture_output=True, text=True, timeout=120)
    assert out.returncode != 0
    assert "already in use" in out.stderr


def test_server_stops_cleanly_on_sigterm():
    server = ServerProcess(port=free_port()).wait_ready()
    server.proc.terminate()
    assert server.proc.wait(timeout=20) == 0
    server.stop()
