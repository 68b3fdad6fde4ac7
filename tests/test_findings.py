"""One Finding for text and pictures; the profiles set the severity of what a picture shows."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from safetoshare.findings import CATEGORIES, Finding
from safetoshare.images.metadata import MESSAGES
from safetoshare.images.photo import PhotoVerdict
from safetoshare.images.service import face_finding, metadata_finding, photograph_finding
from safetoshare.profiles import load_profile

ROOT = Path(__file__).resolve().parents[1]
PROFILES = sorted((ROOT / "rules" / "profiles").glob("*.toml"))
PICTURE_KINDS = {"photo", "face"} | {f"metadata_{field}" for field in MESSAGES}


class Face:  # what faces.detect returns, reduced to what a finding reads
    box = (10, 20, 30, 40)
    confidence = 0.99


def test_a_text_finding_reads_exactly_as_before():
    f = Finding(3, 10, "Seattle", "location", "city", "block", "m", "p/r", "s", "d", ["my city"])
    assert json.dumps(f.to_dict()) == json.dumps({
        "start": 3, "end": 10, "text": "Seattle", "category": "location", "kind": "city", "severity": "block",
        "message": "m", "rule": "p/r", "source": "s", "detector": "d", "suggestions": ["my city"],
    })
    assert f.in_text


def test_a_picture_finding_has_no_offsets_and_carries_box_and_meta():
    f = Finding(None, None, None, "photograph", "face", "warn", "m", "p/r", "image", "image-faces", [],
                box={"x": 1, "y": 2, "w": 3, "h": 4}, meta={"confidence": 0.9})
    d = f.to_dict()
    assert "start" not in d and "end" not in d and "text" not in d
    assert d["box"] == {"x": 1, "y": 2, "w": 3, "h": 4} and d["meta"] == {"confidence": 0.9}
    assert not f.in_text


@pytest.mark.parametrize("path", PROFILES, ids=lambda p: p.stem)
def test_every_profile_sets_what_pictures_may_show(path):
    profile = load_profile(path)
    assert "photograph" in CATEGORIES
    assert "photograph" in profile.forbids, f"{path.name}: add [forbids.photograph] (pictures are not checked without it)"
    forbidden = profile.forbids["photograph"]
    assert set(forbidden.kinds) <= PICTURE_KINDS, f"{path.name}: unknown picture kinds {set(forbidden.kinds) - PICTURE_KINDS}"
    letter = profile.channel == "letter"
    # the severities the image checks had before profiles set them
    expected = {
        "photo": "block" if letter else "info",
        "face": "block" if letter else "warn",
        "metadata_gps": "block",
        "metadata_owner": "block",
        "metadata_location_text": "block",
        "metadata_date": "block" if letter else "warn",
        "metadata_comment": "warn",
        "metadata_device": "warn" if letter else "info",
    }
    assert {kind: forbidden.severity_for(kind) for kind in expected} == expected


def _profile(tmp_path, extra: str):
    path = tmp_path / "test-post.toml"
    path.write_text('id = "test-post"\ntitle = "t"\nregistry = "r"\nchannel = "post"\nsource = "s"\n' + extra, encoding="utf-8")
    return load_profile(path)


def test_the_profile_decides_a_pictures_severity_and_rule(tmp_path):
    profile = _profile(tmp_path, '[forbids.photograph]\nseverity = "warn"\nrule = "pics"\nsays = "s"\n'
                                 '[forbids.photograph.kinds]\nface = "block"\n')
    face = face_finding(Face(), profile)
    assert (face.category, face.kind, face.severity, face.rule) == ("photograph", "face", "block", "test-post/pics")
    assert face.box == {"x": 10, "y": 20, "w": 30, "h": 40} and face.meta == {"confidence": 0.99}
    photo = photograph_finding(PhotoVerdict(photo=True, score=0.3, confidence=0.97, evidence=["textured"]), profile)
    assert (photo.kind, photo.severity, photo.start, photo.box) == ("photo", "warn", None, None)
    gps = metadata_finding({"field": "gps", "tag": "GPSInfo", "value": "1, 2", "metadata_source": "exif"}, profile)
    assert gps.kind == "metadata_gps" and gps.meta["tag"] == "GPSInfo" and gps.message == MESSAGES["gps"]


def test_a_profile_can_let_picture_kinds_through(tmp_path):
    allows_photos = _profile(tmp_path, 'allowed_kinds = ["photograph:photo"]\n'
                                       '[forbids.photograph]\nseverity = "block"\nrule = "pics"\nsays = "s"\n')
    verdict = PhotoVerdict(photo=True, score=0.3, confidence=0.97)
    assert photograph_finding(verdict, allows_photos) is None
    assert face_finding(Face(), allows_photos).severity == "block"
    silent = _profile(tmp_path, "")  # no [forbids.photograph]: pictures are not reported under it
    assert photograph_finding(verdict, silent) is None and face_finding(Face(), silent) is None


def test_a_picture_severity_must_be_known(tmp_path):
    with pytest.raises(ValueError, match="photograph"):
        _profile(tmp_path, '[forbids.photograph]\nseverity = "maybe"\nrule = "pics"\nsays = "s"\n')
