"""The clean copy: pixels only, orientation applied, optional blurring; the original untouched."""
from __future__ import annotations

import base64
import hashlib
import io
import json

import numpy as np
import pytest
from PIL import Image

import imgfixtures as F
from safetoshare.images import clean_image_bytes, faces, ocr
from safetoshare.images.decode import open_image
from safetoshare.images.metadata import read_metadata

REPORT = "X-Safe-To-Share-Report"


def assert_no_metadata(data: bytes):
    im = Image.open(io.BytesIO(data))
    im.load()
    assert len(im.getexif()) == 0
    for key in ("exif", "xmp", "XML:com.adobe.xmp", "photoshop", "icc_profile", "comment"):
        assert not im.info.get(key), key
    assert not getattr(im, "text", None)
    findings, camera = read_metadata(open_image(data).source)
    assert findings == [] and camera == []
    # nothing identifying survives anywhere in the bytes
    for needle in (b"Emma", b"Boise", b"Apple", b"iPhone", b"F2LXK123ABC", b"2024:03:14", b"8BIM", b"Exif\x00"):
        assert needle not in data, needle


@pytest.mark.parametrize("fmt,expect", [("JPEG", "image/jpeg"), ("WEBP", "image/webp"), ("AVIF", "image/jpeg"),
                                         ("HEIF", "image/jpeg")])
def test_clean_copy_drops_all_metadata(fmt, expect, checker):
    if fmt == "JPEG":
        original = F.jpeg_with_everything()
    else:
        original = F.encode(F.sample("chelsea.png"), fmt, exif=F.planted_exif().tobytes(), xmp=F.XMP_PACKET.encode())
    before = hashlib.sha256(original).hexdigest()
    out, mimetype, report = clean_image_bytes(original, "nmdp-social", checker)
    assert hashlib.sha256(original).hexdigest() == before
    assert mimetype == expect == report["format"]
    assert_no_metadata(out)
    assert {m["field"] for m in report["metadata"]} >= {"gps", "owner", "date", "device"}
    assert "exif" in report["metadata_blocks"] and "xmp" in report["metadata_blocks"]


def test_clean_png_drops_text_chunks(checker):
    out, mimetype, report = clean_image_bytes(F.png_with_text(), "nmdp-letter", checker)
    assert mimetype == "image/png"
    assert_no_metadata(out)
    assert "png_text" in report["metadata_blocks"]
    # pixels are the same picture, losslessly
    a = np.asarray(Image.open(io.BytesIO(out)).convert("RGB"))
    b = np.asarray(F.card())
    assert a.shape == b.shape and np.array_equal(a, b)


def test_orientation_is_applied_first(checker):
    # a 60x40 picture, red in its stored top-left corner, tagged "rotate 90 CW to display" (6)
    im = Image.new("RGB", (60, 40), (0, 0, 255))
    im.paste((255, 0, 0), (0, 0, 10, 10))
    exif = Image.Exif()
    exif[0x0112] = 6
    data = F.encode(im, "JPEG", quality=95, exif=exif.tobytes())
    out, _, report = clean_image_bytes(data, None, checker)
    clean = Image.open(io.BytesIO(out))
    assert clean.size == (40, 60) and report["orientation_applied"] is True
    assert 0x0112 not in clean.getexif()
    r, g, b = clean.convert("RGB").getpixel((35, 3))  # stored top-left shows at the top right
    assert r > 200 and b < 80


def test_icc_profile_removed(checker):
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = F.encode(F.sample("coffee.png"), "JPEG", icc_profile=srgb)
    assert Image.open(io.BytesIO(data)).info.get("icc_profile")
    out, _, report = clean_image_bytes(data, None, checker)
    assert "icc_profile" in report["metadata_blocks"] and report["colour_profile"]
    assert not Image.open(io.BytesIO(out)).info.get("icc_profile")


def test_blur_faces_makes_them_undetectable(checker):
    im, n = F.group_photo()
    data = F.encode(im, "JPEG", quality=92)
    out, _, report = clean_image_bytes(data, None, checker, blur_faces=True)
    obscured = [o for o in report["obscured"] if o["category"] == "face"]
    assert len(obscured) == n
    clean = Image.open(io.BytesIO(out)).convert("RGB")
    assert faces.detect(clean) == []
    # outside the faces the picture is unchanged (up to JPEG re-encoding)
    a = np.asarray(clean, dtype=np.int16)[0:100, 300:500]
    b = np.asarray(im.convert("RGB"), dtype=np.int16)[0:100, 300:500]
    assert np.abs(a - b).mean() < 4


def test_blur_text_hides_flagged_words_only(checker):
    im = F.text_card()
    out, _, report = clean_image_bytes(F.encode(im, "PNG"), "nmdp-letter", checker, blur_text=True)
    assert {o["category"] for o in report["obscured"]} >= {"personal_name"}
    read = " ".join(l.text for l in ocr.read_text(Image.open(io.BytesIO(out))))
    assert "Emma" not in read and "Johnson" not in read
    assert "Dear friend" in read  # harmless text stays readable


def test_no_blur_by_default(checker):
    im, _ = F.group_photo()
    out, _, report = clean_image_bytes(F.encode(im, "JPEG", quality=92), None, checker)
    assert report["obscured"] == []
    assert len(faces.detect(Image.open(io.BytesIO(out)))) == 2


def test_clean_endpoint_returns_image_and_report_header(post):
    resp = post(F.jpeg_with_everything(), path="/api/v1/clean-image", blur_faces="1")
    assert resp.status_code == 200
    assert resp.mimetype == "image/jpeg"
    assert "attachment" in resp.headers["Content-Disposition"]
    report = json.loads(resp.headers[REPORT])
    assert {m["field"] for m in report["metadata"]} == {"gps", "date", "owner", "device", "comment", "location_text"}
    assert report["obscured"] and report["obscured"][0]["category"] == "face"
    assert "Emma" not in resp.headers[REPORT]  # field names only, never values
    assert_no_metadata(resp.data)


def test_clean_endpoint_json_mode(post):
    resp = post(F.png_with_text(), path="/api/v1/clean-image", response="json")
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["mimetype"] == "image/png"
    data = base64.b64decode(body["image"])
    assert_no_metadata(data)
    assert body["report"]["metadata"]
