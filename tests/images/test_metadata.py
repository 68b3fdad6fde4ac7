"""Hidden metadata: EXIF (IFD0, Exif, GPS), XMP, IPTC and PNG text, in every accepted format."""
from __future__ import annotations

import pytest

import imgfixtures as F
from safetoshare.images import check_image, check_image_bytes
from safetoshare.images.decode import open_image
from safetoshare.images.metadata import parse_iim, read_metadata, xmp_findings

FIELDS = {"gps", "date", "owner", "device", "comment", "location_text"}


def meta_of(data: bytes):
    decoded = open_image(data)
    return read_metadata(decoded.source)


def by(findings, **match):
    return [f for f in findings if all(f.get(k) == v for k, v in match.items())]


def test_jpeg_exif_xmp_iptc_every_field():
    findings, camera = meta_of(F.jpeg_with_everything())
    assert {f["field"] for f in findings} == FIELDS
    assert {f["metadata_source"] for f in findings} == {"exif", "xmp", "iptc"}
    # EXIF IFD0, Exif IFD and GPS IFD
    assert by(findings, tag="Artist", value="Emma Johnson", field="owner")
    assert by(findings, tag="XPAuthor", value="Emma J", field="owner")
    assert by(findings, tag="CameraOwnerName", field="owner")
    assert by(findings, tag="Make", value="Apple", field="device")
    assert by(findings, tag="BodySerialNumber", value="F2LXK123ABC", field="device")
    assert by(findings, tag="DateTimeOriginal", field="date")
    assert by(findings, tag="UserComment", value="Donation day", field="comment")
    gps = by(findings, field="gps", metadata_source="exif")
    assert len(gps) == 1
    assert gps[0]["latitude"] == pytest.approx(43.615, abs=1e-4)
    assert gps[0]["longitude"] == pytest.approx(-116.20333, abs=1e-4)
    # XMP
    assert by(findings, tag="XMP creator", value="Emma Johnson", field="owner")
    assert by(findings, tag="XMP City", value="Boise", field="location_text")
    assert by(findings, field="gps", metadata_source="xmp")
    # IPTC
    assert by(findings, tag="IPTC By-line", value="Emma Johnson", field="owner")
    assert by(findings, tag="IPTC City", value="Boise", field="location_text")
    assert by(findings, tag="IPTC Country-PrimaryLocationName", value="United States")
    assert {"ExposureTime", "FNumber", "ISOSpeedRatings"} <= set(camera)


def test_png_text_chunks_and_exif():
    findings, _ = meta_of(F.png_with_text())
    assert by(findings, tag="PNG Author", value="Emma Johnson", field="owner", metadata_source="png_text")
    assert by(findings, tag="PNG Comment", field="comment")
    assert by(findings, tag="PNG Creation Time", field="date")
    assert by(findings, tag="PNG Location", value="Boise, Idaho", field="location_text")
    assert not by(findings, tag="PNG Software")  # names a program, identifies no one
    assert by(findings, field="gps", metadata_source="exif")  # eXIf chunk
    assert by(findings, field="owner", metadata_source="xmp")  # iTXt XMP


@pytest.mark.parametrize("fmt", ["WEBP", "AVIF", "HEIF"])
def test_exif_and_xmp_in_other_formats(fmt):
    data = F.encode(F.sample("chelsea.png"), fmt, exif=F.planted_exif().tobytes(), xmp=F.XMP_PACKET.encode())
    findings, _ = meta_of(data)
    assert {f["field"] for f in findings} == FIELDS
    assert by(findings, tag="Artist", value="Emma Johnson")
    assert by(findings, tag="XMP City", value="Boise")


def test_png_imagemagick_raw_profile_exif():
    from PIL import PngImagePlugin

    exif = F.planted_exif().tobytes()
    hexed = exif.hex()
    info = PngImagePlugin.PngInfo()
    info.add_text("Raw profile type exif", f"\nexif\n{len(exif):8d}\n" + "\n".join(hexed[i:i + 72] for i in range(0, len(hexed), 72)))
    findings, _ = meta_of(F.encode(F.card(), "PNG", pnginfo=info))
    assert by(findings, tag="Artist", value="Emma Johnson")
    assert by(findings, field="gps")


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_no_metadata_no_findings(fmt):
    findings, camera = meta_of(F.encode(F.card(), fmt))
    assert findings == [] and camera == []


def test_severity_comes_from_the_profile(checker):
    """rules/profiles/*.toml [forbids.photograph] sets each metadata kind's severity."""
    data = F.jpeg_with_everything()

    def severities(profile):
        found = check_image(data, profile, checker, faces=False, text=False)["findings"]
        by_field = {}
        for f in found:
            if f.kind.startswith("metadata_"):
                assert f.kind == "metadata_" + f.meta["field"] and f.start is None and f.end is None
                assert f.rule == f"{profile}/" + checker.profile(profile).forbids["photograph"].rule
                by_field.setdefault(f.meta["field"], set()).add(f.severity)
        return by_field

    letter, post = severities("nmdp-letter"), severities("nmdp-social")
    assert set(letter) == set(post) == FIELDS
    assert all(letter[k] == {"block"} for k in ("gps", "owner", "date", "location_text"))
    assert letter["device"] == letter["comment"] == {"warn"}
    assert all(post[k] == {"block"} for k in ("gps", "owner", "location_text"))
    assert post["date"] == post["comment"] == {"warn"} and post["device"] == {"info"}


def test_xmp_with_entities_is_ignored_not_expanded():
    evil = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
            '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            '<rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="&b;"/>'
            "</rdf:RDF></x:xmpmeta>")
    assert xmp_findings(evil) == []
    assert xmp_findings(b"<x:xmpmeta><unclosed") == []


def test_malformed_metadata_never_breaks_the_check(checker):
    broken_iptc = F.insert_app13(F.encode(F.card(), "JPEG"), b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\xff\xff\x1c\x02")
    report = check_image_bytes(broken_iptc, "nmdp-letter", checker, faces=False, text=False)
    assert report["width"] == 800
    assert parse_iim(b"\x1c\x02\x50\xff\xff" + b"x" * 10) == []  # length runs past the end
    assert parse_iim(b"\x1c\x02\x50\x00\x03abc") == [(2, 80, b"abc")]


def test_metadata_reported_by_the_endpoint(post):
    resp = post(F.jpeg_with_everything(), profile="nmdp-social")
    assert resp.status_code == 200
    meta = [f for f in resp.get_json()["findings"] if f["kind"].startswith("metadata_")]
    assert {f["meta"]["field"] for f in meta} == FIELDS
    for f in meta:
        assert f["category"] == "photograph" and f["kind"] == "metadata_" + f["meta"]["field"]
        assert f["source"] == "image_metadata" and f["message"] and f["severity"] in ("block", "warn", "info")
        assert f["meta"]["tag"] and f["meta"]["metadata_source"] in ("exif", "xmp", "iptc", "png_text")
