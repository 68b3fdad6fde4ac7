"""The check-image endpoint's answer, over Flask's test client and over real HTTP."""
from __future__ import annotations

import io
import json
import re
import socket
import urllib.request
import uuid

import pytest

import badinput as B
import imgfixtures as F
from safetoshare.config import Settings


def test_check_image_answer_shape(post):
    resp = post(F.jpeg_with_everything(), profile="nmdp-letter")
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["photo"] is True
    assert (body["width"], body["height"]) == (512, 512)
    assert body["format"] == "image/jpeg" and body["profile"] == "nmdp-letter"
    kinds = {(f["category"], f["kind"]) for f in body["findings"]}
    assert {("photograph", "photo"), ("photograph", "face"), ("photograph", "metadata_gps")} <= kinds
    for f in body["findings"]:
        assert f["severity"] in ("block", "warn", "info")
        assert isinstance(f["message"], str) and f["message"]
        assert f["rule"].startswith("nmdp-letter/")  # the profile's rules, pictures included
        if f["category"] == "photograph":
            assert "start" not in f and "end" not in f and "text" not in f  # about the picture, not a text
    assert body["summary"]["block"] >= 1


def test_default_profile_when_none_given(post, checker):
    body = post(F.encode(F.card(), "PNG")).get_json()
    assert body["profile"] == checker.rules.default_profile


def test_width_height_are_as_displayed(post):
    exif = F.planted_exif(orientation=6)
    im = F.sample("chelsea.png")  # 451 x 300 stored
    body = post(F.encode(im, "JPEG", exif=exif.tobytes())).get_json()
    assert (body["width"], body["height"]) == (300, 451)


@pytest.mark.parametrize("fmt,mime", [("PNG", "image/png"), ("WEBP", "image/webp"), ("AVIF", "image/avif"),
                                       ("HEIF", "image/heic")])
def test_every_accepted_format(post, fmt, mime):
    body = post(F.encode(F.cartoon(), fmt), filename="x").get_json()
    assert body["format"] == mime and body["photo"] is False
    assert (body["width"], body["height"]) == (800, 600)


def _multipart(data: bytes, fields: dict) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    out = io.BytesIO()
    for k, v in fields.items():
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode())
    out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="image"; filename="p.jpg"\r\n'
              f"Content-Type: application/octet-stream\r\n\r\n".encode())
    out.write(data)
    out.write(f"\r\n--{boundary}--\r\n".encode())
    return out.getvalue(), f"multipart/form-data; boundary={boundary}"


def http_post(url: str, data: bytes, **fields):
    body, ctype = _multipart(data, fields)
    req = urllib.request.Request(url, data=body, headers={"Content-Type": ctype})
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def raw_upload(port: int, size: int) -> tuple[int, str, bytes]:
    """POST ``size`` bytes as the image over a raw socket; read the answer even if the server
    stops reading the body early. Returns (status, content type, body)."""
    head = b'--b\r\nContent-Disposition: form-data; name="image"; filename="x.jpg"\r\n\r\n'
    tail = b"\r\n--b--\r\n"
    with socket.create_connection(("127.0.0.1", port), timeout=60) as conn:
        conn.sendall(f"POST /api/v1/check-image HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                     f"Content-Type: multipart/form-data; boundary=b\r\n"
                     f"Content-Length: {len(head) + size + len(tail)}\r\nConnection: close\r\n\r\n".encode() + head)
        chunk = b"\xff\xd8\xff" + b"\x00" * 65533
        try:
            sent = 0
            while sent < size:
                n = min(len(chunk), size - sent)
                conn.sendall(chunk[:n])
                sent += n
            conn.sendall(tail)
        except OSError:
            pass  # the server answered early and closed; its answer is still in our buffer
        data = b""
        try:
            while True:
                part = conn.recv(65536)
                if not part:
                    break
                data += part
        except OSError:
            pass
    head_raw, _, body = data.partition(b"\r\n\r\n")
    lines = head_raw.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1]) if lines and lines[0].startswith("HTTP/") else 0
    ctype = next((l.split(":", 1)[1].strip() for l in lines[1:] if l.lower().startswith("content-type:")), "")
    return status, ctype, body


@pytest.mark.http
def test_over_http(live_server, live_server_process):
    band, _ = F.wristband_photo()
    status, raw, _ = http_post(live_server + "/api/v1/check-image", F.encode(band, "JPEG", quality=90),
                               profile="nmdp-letter")
    assert status == 200, raw[:300]
    body = json.loads(raw)
    assert body["photo"] is True
    assert any(f.get("source") == "image_text" for f in body["findings"])
    for name, data, code_status, code in [c for c in B.bad_inputs() if c[0] in ("junk", "gif", "png-bomb")]:
        status, raw, _ = http_post(live_server + "/api/v1/check-image", data)
        assert status == code_status and json.loads(raw)["error"]["code"] == code
    status, raw, headers = http_post(live_server + "/api/v1/clean-image", F.jpeg_with_everything())
    assert status == 200 and raw[:3] == b"\xff\xd8\xff" and b"Emma" not in raw
    assert "X-Safe-To-Share-Report" in headers
    with urllib.request.urlopen(live_server + "/api/v1/health", timeout=10) as resp:
        assert json.load(resp)["status"] == "ok"  # still serving
    # nothing read from the pictures reaches the server's log
    log = live_server_process.log()
    # the log's own numbers (timestamps, timings, sizes) may hold any digits ("out=1987B"): leave them out
    words = re.sub(r"^\S+ \S+ |\d+(?:\.\d+)?ms|\b(?:in|out)=\d+B", " ", log, flags=re.M)
    for secret in ("JOHNSON", "Emma", "Boise", "1987", "F2LXK123ABC", "43.6"):
        assert secret not in words


@pytest.mark.http
def test_oversized_upload_over_http_is_json_413(live_server, live_server_process):
    status, ctype, raw = raw_upload(live_server_process.port, Settings().max_upload_bytes + 1000)
    assert status == 413
    # JSON from the app, not the WSGI server's plain-text refusal (waitress's own body cap must sit
    # above the app's upload limit for that)
    assert ctype.startswith("application/json"), raw[:200]
    assert json.loads(raw)["error"]["code"] in ("upload_too_large", "request_entity_too_large")
    with urllib.request.urlopen(live_server + "/api/v1/health", timeout=10) as resp:
        assert json.load(resp)["status"] == "ok"


def test_file_helpers_for_the_cli(tmp_path, checker):
    from safetoshare.images import ImageError, check_image_file, is_image_file

    pic = tmp_path / "note.heic"  # extension lies: it is a PNG; content decides
    pic.write_bytes(F.encode(F.text_card(), "PNG"))
    txt = tmp_path / "letter.jpg"
    txt.write_text("Dear donor, thank you")
    assert is_image_file(pic) and not is_image_file(txt) and not is_image_file(tmp_path / "missing.png")
    report = check_image_file(pic, "nmdp-letter", checker)
    assert any(f.get("source") == "image_text" and f["category"] == "personal_name" for f in report["findings"])
    gif = tmp_path / "anim.gif"
    gif.write_bytes(B.gif())
    with pytest.raises(ImageError) as err:
        check_image_file(gif, None, checker)
    assert err.value.status == 415


def test_watchlist_and_allow_list_apply_to_text_in_the_picture(image_client):
    """text_card() reads "Thank you from Emma Johnson / in Boise, Idaho.": the user's own lists
    change what is reported about those words, exactly as for typed text."""
    png = F.encode(F.text_card(), "PNG")
    form = {
        "image": (io.BytesIO(png), "card.png"),
        "profile": "nmdp-letter",
        "watchlist": ["Dear friend"],
        "allow": ["Boise", "Idaho"],
    }
    body = image_client.post("/api/v1/check-image", data=form, content_type="multipart/form-data").get_json()
    read = {f["text"] for f in body["findings"] if f.get("source") == "image_text"}
    assert "Dear friend" in read
    assert not read & {"Boise", "Idaho"}
    assert any("Emma Johnson" in t for t in read)
    too_many = {"image": (io.BytesIO(png), "card.png"), "allow": ["x"] * 201}
    resp = image_client.post("/api/v1/check-image", data=too_many, content_type="multipart/form-data")
    assert resp.status_code == 400 and resp.get_json()["error"]["code"] == "invalid_field"
