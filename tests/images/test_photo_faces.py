"""Photograph vs graphic, and faces (with the rotation retry)."""
from __future__ import annotations

import pytest
from PIL import Image

import imgfixtures as F
from safetoshare.images import check_image_bytes, faces
from safetoshare.images.photo import classify

PHOTOS = F.photos()
GRAPHICS = F.graphics()


@pytest.mark.parametrize("name,im", PHOTOS, ids=[p[0] for p in PHOTOS])
def test_photographs_are_photographs(name, im):
    v = classify(im)
    assert v.photo, (name, v.score, v.features)
    assert 0.5 <= v.confidence <= 1.0


@pytest.mark.parametrize("name,im", GRAPHICS, ids=[g[0] for g in GRAPHICS])
def test_graphics_are_not_photographs(name, im):
    v = classify(im)
    assert not v.photo, (name, v.score, v.features)


def test_camera_tags_are_evidence_but_do_not_decide():
    flat = classify(F.card(), camera_tags=["ExposureTime", "FNumber", "ISOSpeedRatings"])
    assert not flat.photo  # a card design with camera tags copied onto it is still a graphic
    assert any("EXIF" in e for e in flat.evidence)
    plain = classify(F.sample("moon.png"))
    tagged = classify(F.sample("moon.png"), camera_tags=["ExposureTime", "FNumber"])
    assert tagged.score > plain.score


def test_photograph_severity_follows_the_profile_channel(checker):
    data = F.encode(F.sample("coffee.png"), "JPEG", quality=85)  # no EXIF: a re-saved photo
    letter = check_image_bytes(data, "nmdp-letter", checker, faces=False, text=False)
    post = check_image_bytes(data, "nmdp-social", checker, faces=False, text=False)
    assert letter["photo"] is True and post["photo"] is True
    (pl,) = [f for f in letter["findings"] if f["kind"] == "photo"]
    (pp,) = [f for f in post["findings"] if f["kind"] == "photo"]
    assert pl["severity"] == "block" and pl["rule"] == "nmdp-letter/no-photographs"
    assert pp["severity"] == "info" and pp["rule"] == "nmdp-social/check-photographs"
    assert 0.5 <= pl["meta"]["confidence"] <= 1.0 and isinstance(pl["meta"]["evidence"], list)
    graphic = check_image_bytes(F.encode(F.card(), "PNG"), "nmdp-letter", checker, faces=False, text=False)
    assert graphic["photo"] is False
    assert not [f for f in graphic["findings"] if f["kind"] == "photo"]


def _iou(a, b):
    ax0, ay0, aw, ah = a
    bx0, by0, bw, bh = b
    ix = max(0, min(ax0 + aw, bx0 + bw) - max(ax0, bx0))
    iy = max(0, min(ay0 + ah, by0 + bh) - max(ay0, by0))
    inter = ix * iy
    return inter / float(aw * ah + bw * bh - inter)


ASTRONAUT_FACE = (182, 63, 87, 111)  # measured once; the face is at the top centre of the picture


def test_one_face_with_box_and_confidence():
    (face,) = faces.detect(F.sample("astronaut.png"))
    assert _iou(face.box, ASTRONAUT_FACE) > 0.7
    assert face.confidence >= 0.9


def test_group_photo_two_faces():
    im, n = F.group_photo()
    found = faces.detect(im)
    assert len(found) == n
    xs = sorted(f.box[0] for f in found)
    assert xs[0] < 300 < 500 < xs[1]  # one on the left, one on the right, as pasted


@pytest.mark.parametrize("angle", [90, 270])
def test_rotation_retry_maps_box_back(angle):
    im = F.sample("astronaut.png").rotate(angle, expand=True)
    (face,) = faces.detect(im)  # found upright or by the retry, either way mapped to this picture
    assert face.rotation in (0, 90, 270)
    # where the upright face lands after PIL's counter-clockwise rotation
    x, y, w, h = ASTRONAUT_FACE
    W = 512
    expected = (y, W - x - w, h, w) if angle == 90 else (W - y - h, x, h, w)
    assert _iou(face.box, expected) > 0.5


def test_retry_finds_a_face_the_upright_pass_misses():
    im = F.sample("astronaut.png").rotate(90, expand=True)
    assert faces.detect(im, retry=False) == []
    (face,) = faces.detect(im)
    assert face.rotation == 270


def test_boxes_scale_to_the_full_picture():
    big = F.sample("astronaut.png").resize((2048, 2048), Image.Resampling.BICUBIC)
    (face,) = faces.detect(big)
    scaled = tuple(v * 4 for v in ASTRONAUT_FACE)
    assert _iou(face.box, scaled) > 0.7


@pytest.mark.parametrize("name,im", [g for g in GRAPHICS if g[0] in ("card", "screenshot", "cartoon", "logo.png")]
                         + [p for p in PHOTOS if p[0] in ("coffee.png", "chelsea.png", "rocket.jpg", "wristband-photo")])
def test_no_false_faces(name, im):
    assert faces.detect(im) == []


def test_face_findings_from_the_endpoint(post):
    resp = post(F.encode(F.group_photo()[0], "JPEG", quality=90), profile="nmdp-social")
    body = resp.get_json()
    assert resp.status_code == 200
    found = [f for f in body["findings"] if f["kind"] == "face"]
    assert len(found) == 2
    for f in found:
        assert f["category"] == "photograph"
        assert set(f["box"]) == {"x", "y", "w", "h"} and all(isinstance(v, int) for v in f["box"].values())
        assert 0.9 <= f["meta"]["confidence"] <= 1.0
        assert f["severity"] == "warn"  # nmdp-social: [forbids.photograph.kinds] face = "warn"
