"""Text inside the picture: read, checked with the same profile, reported with boxes."""
from __future__ import annotations

import pytest

import imgfixtures as F
from safetoshare.images import check_image_bytes, ocr


def inside(box, region, slack=10):
    x, y, w, h = box
    rx, ry, rw, rh = region
    return x >= rx - slack and y >= ry - slack and x + w <= rx + rw + slack and y + h <= ry + rh + slack


@pytest.fixture(scope="module")
def wristband():
    im, lines = F.wristband_photo()
    return im, lines


def test_ocr_reads_the_wristband(wristband):
    im, lines = wristband
    read = ocr.read_text(im)
    got = " ".join(l.text for l in read).lower()
    for line in lines:
        for word in line.replace(",", " ").split():
            assert word.lower() in got
    for l in read:
        assert 0.5 <= l.score <= 1.0
        assert inside(l.box, (100, 200, 1000, 450))  # all on the band, none on the background


def test_text_findings_carry_category_source_text_and_box(checker, wristband):
    im, _ = wristband
    report = check_image_bytes(F.encode(im, "JPEG", quality=90), "nmdp-letter", checker)
    text = [f for f in report["findings"] if f.get("source") == "image_text"]
    cats = {f["category"] for f in text}
    assert "personal_date" in cats  # DOB 03/14/1987
    assert cats & {"personal_name", "organization"}  # the patient's name / the hospital
    for f in text:
        assert f["text"] and isinstance(f["text"], str)
        box = f["box"]
        assert inside((box["x"], box["y"], box["w"], box["h"]), (100, 200, 1000, 450))
        assert 0 < f["meta"]["ocr_confidence"] <= 1
        assert f["severity"] in ("block", "warn", "info") and f["message"] and f["rule"]
        assert "start" not in f and "end" not in f
    date = next(f for f in text if f["category"] == "personal_date")
    assert "1987" in date["text"]
    assert report["text_lines"] == 4


def test_same_profile_as_the_text_checker(checker):
    """What the text checker says about the words, the image check says about the picture."""
    im = F.text_card()
    report = check_image_bytes(F.encode(im, "PNG"), "nmdp-letter", checker)
    from_image = sorted((f["category"], f["text"]) for f in report["findings"] if f.get("source") == "image_text")
    direct = checker.check("Dear friend,\n\nThank you from Emma Johnson\n\nin Boise, Idaho.", profile="nmdp-letter")
    assert from_image == sorted((f.category, f.text) for f in direct)
    assert ("personal_name", "Emma Johnson") in from_image
    assert report["photo"] is False


def test_sign_on_a_wall_names_the_hospital(checker):
    im, _ = F.sign_on_wall()
    report = check_image_bytes(F.encode(im, "JPEG", quality=90), "nmdp-social", checker)
    texts = [f["text"] for f in report["findings"] if f.get("source") == "image_text"]
    assert any("Hospital" in t for t in texts)


def test_harmless_text_gives_no_findings(checker):
    report = check_image_bytes(F.encode(F.screenshot(), "PNG"), "nmdp-letter", checker)
    assert report["text_lines"] >= 5
    assert [f for f in report["findings"] if f.get("source") == "image_text"] == []


def test_checker_none_skips_text_checking():
    report = check_image_bytes(F.encode(F.text_card(), "PNG"), None, None)
    assert [f for f in report["findings"] if f.get("source") == "image_text"] == []
