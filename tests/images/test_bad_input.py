"""Every kind of bad upload gets a clear 4xx JSON error, and the server keeps serving."""
from __future__ import annotations

import pytest
from PIL import Image

import badinput as B
import imgfixtures as F
from safetoshare.images import check_image_bytes, clean_image_bytes
from safetoshare.images.decode import MAX_PIXELS, ImageError, open_image

CASES = B.bad_inputs()


def test_pillow_bomb_limit_is_set_deliberately():
    assert Image.MAX_IMAGE_PIXELS == MAX_PIXELS == 50_000_000


@pytest.mark.parametrize("name,data,status,code", CASES, ids=[c[0] for c in CASES])
def test_open_image_rejects(name, data, status, code):
    with pytest.raises(ImageError) as err:
        open_image(data)
    assert (err.value.status, err.value.code) == (status, code)
    assert err.value.message  # a sentence for a person, not a traceback


@pytest.mark.parametrize("name,data,status,code", CASES, ids=[c[0] for c in CASES])
def test_check_image_endpoint_rejects_then_keeps_serving(post, name, data, status, code):
    resp = post(data, filename="upload.bin")
    assert resp.status_code == status
    body = resp.get_json()
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    # the same app answers a good picture right after
    ok = post(F.encode(F.card(), "PNG"), filename="card.png")
    assert ok.status_code == 200, ok.get_json()
    assert ok.get_json()["photo"] is False


@pytest.mark.parametrize("name,data,status,code", [c for c in CASES if c[0] in ("junk", "gif", "png-bomb", "truncated-jpeg")])
def test_clean_image_endpoint_rejects(post, name, data, status, code):
    resp = post(data, path="/api/v1/clean-image")
    assert resp.status_code == status
    assert resp.get_json()["error"]["code"] == code


def test_oversized_upload_is_413(post, image_app):
    limit = image_app.extensions["safetoshare"]["settings"].max_upload_bytes
    resp = post(B.oversized_upload(limit))
    assert resp.status_code == 413
    assert resp.get_json()["error"]["code"] in ("upload_too_large", "request_entity_too_large")
    ok = post(F.encode(F.card(), "PNG"))
    assert ok.status_code == 200


def test_service_refuses_bytes_over_its_own_limit():
    with pytest.raises(ImageError) as err:
        open_image(b"\xff\xd8\xff" + b"\x00" * 100, max_bytes=50)
    assert err.value.status == 413 and err.value.code == "upload_too_large"


def test_missing_field_and_wrong_content_type(image_client):
    resp = image_client.post("/api/v1/check-image", data={"picture": "x"}, content_type="multipart/form-data")
    assert resp.status_code == 400
    assert resp.get_json()["error"]["code"] == "missing_image"
    resp = image_client.post("/api/v1/check-image", data=F.encode(F.card(), "PNG"), content_type="image/png")
    assert resp.status_code == 400
    assert resp.get_json()["error"]["code"] == "missing_image"
    resp = image_client.get("/api/v1/check-image")
    assert resp.status_code == 405


def test_unknown_profile_is_400(post):
    resp = post(F.encode(F.card(), "PNG"), profile="no-such-registry")
    assert resp.status_code == 400
    body = resp.get_json()
    assert body["error"]["code"] == "unknown_profile"
    assert "nmdp-letter" in body["error"]["message"]


def test_unknown_profile_raises_keyerror_in_service(checker):
    with pytest.raises(KeyError):
        check_image_bytes(F.encode(F.card(), "PNG"), "no-such-registry", checker)
    with pytest.raises(KeyError):
        clean_image_bytes(F.encode(F.card(), "PNG"), "no-such-registry", checker)


def test_side_limit_and_pixel_limit_are_checked_before_decoding():
    # 20,001 x 1 has few pixels but an absurd side; 7072 x 7072 is just over 50 MP
    for w, h in ((20_001, 1), (7072, 7072)):
        with pytest.raises(ImageError) as err:
            open_image(B.png_claiming(w, h))
        assert err.value.code == "image_too_large"
