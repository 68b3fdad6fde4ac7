"""Image checks end to end: bytes in, findings out; and the clean copy.

    check_image(data, profile_id, checker) -> dict with Finding objects
    check_image_bytes(data, profile_id, checker) -> the same, JSON-ready
    clean_image_bytes(data, profile_id, checker, blur_faces=..., blur_text=...) -> (bytes, mimetype, report)

Both raise :class:`~safetoshare.images.decode.ImageError` for bad input (with ``.status`` 400, 413,
415, or 503 when the image worker stays busy) and the checker's ``UnknownProfile`` (a KeyError) for
a profile it does not know. Nothing is written to disk or logged: not the picture, not the text read
from it, not its metadata.

Findings are :class:`safetoshare.findings.Finding` objects (``check_image``) or their dicts
(``check_image_bytes``), one shape with the text checker's. What the picture itself shows or hides
has category ``photograph`` and no text offsets; the profile sets each kind's severity:

* kind ``photo``: the picture is a photograph; ``meta`` {``confidence``, ``evidence``}
* kind ``face``: ``box`` {x, y, w, h}; ``meta`` {``confidence``}
* kinds ``metadata_gps``, ``metadata_date``, ``metadata_owner``, ``metadata_device``,
  ``metadata_comment``, ``metadata_location_text``: ``meta`` {``field``, ``tag``, ``value``,
  ``metadata_source``} (GPS adds ``latitude``, ``longitude``)
* text in the picture: the text checker's finding (its own category, kind, severity, rule,
  suggestions) with ``source: "image_text"``, ``text`` (the words as read), ``box`` and
  ``meta`` {``ocr_confidence``}.

Boxes are in the pixels of the picture as displayed (EXIF orientation applied), full size.
"""
from __future__ import annotations

import os
import threading
import time
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ..findings import SEVERITIES, Finding
from ..profiles import Profile, UnknownProfile
from . import faces as faces_mod
from . import ocr as ocr_mod
from .clean import encode_clean
from .decode import Decoded, ImageError, open_image
from .metadata import MESSAGES, read_metadata
from .photo import classify

# Lines read from a picture are separate blocks (a wristband's name line and hospital line are not
# one phrase); a blank line between them keeps the text checker from joining them into one entity.
LINE_SEPARATOR = "\n\n"
ANALYSIS_DRAFT_SIDE = 1600  # JPEGs are decoded at 1/2, 1/4... while the long side stays >= this
BUSY_TIMEOUT_S = float(os.environ.get("SAFETOSHARE_IMAGE_QUEUE_TIMEOUT", "60"))

# One picture analysed at a time: on 2 cores a second one would only slow both down, and the
# models hold locks anyway. Requests wait (bounded) for their turn; the text API never waits here.
_SLOT = threading.BoundedSemaphore(1)

PICTURE = "photograph"  # the category of what a picture itself shows or hides (profiles set its kinds' severities)


class _Slot:
    def __enter__(self):
        if not _SLOT.acquire(timeout=BUSY_TIMEOUT_S):
            raise ImageError(503, "busy", "The image checker is busy; try again in a minute.")
        return self

    def __exit__(self, *exc):
        _SLOT.release()
        return False


@lru_cache(maxsize=1)
def _bundled_profiles():
    """The profiles alone, for a check without a Checker (no model, no gazetteers loaded)."""
    from ..profiles import load_profile
    from ..ruleset import default_rules_dir

    return {p.id: p for p in (load_profile(path) for path in sorted((default_rules_dir() / "profiles").glob("*.toml")))}


def _resolve_profile(checker, profile_id: str | None) -> Profile:
    """The profile asked for (or the default one). Raises UnknownProfile for an unknown id."""
    if checker is not None:
        return checker.profile(profile_id)
    profiles = _bundled_profiles()
    key = profile_id or next((p.id for p in profiles.values() if p.default), sorted(profiles)[0])
    if key not in profiles:
        raise UnknownProfile(key, profiles)
    return profiles[key]


# --- findings --------------------------------------------------------------------------------------


def picture_finding(profile: Profile, kind: str, message: str, suggestions: list[str], source: str, detector: str,
                    *, box: dict | None = None, meta: dict | None = None) -> Finding | None:
    """A finding about the picture itself (no text offsets), as severe as the profile says for
    `photograph` and this kind; None when the profile lets it through."""
    forbidden = profile.forbids.get(PICTURE)
    if forbidden is None or f"{PICTURE}:{kind}" in profile.allowed_kinds:
        return None
    return Finding(None, None, None, PICTURE, kind, forbidden.severity_for(kind), message,
                   f"{profile.id}/{forbidden.rule}", source, detector, list(suggestions), box=box, meta=meta or {})


def photograph_finding(verdict, profile: Profile) -> Finding | None:
    if profile.channel == "letter":
        message = ("This is a photograph. Anonymous letters may not contain photographs (NMDP and other "
                   "registries remove them); leave the picture out.")
        suggestions = ["Leave the photograph out of the letter", "Describe the moment in words instead"]
    else:
        message = ("This is a photograph. Before posting, check what it shows: faces, wristbands, signs, "
                   "screens and landmarks can all identify you or your recipient.")
        suggestions = ["Use the clean copy (no hidden metadata)", "Blur faces and readable text"]
    return picture_finding(profile, "photo", message, suggestions, "image", "image-photo",
                           meta={"confidence": verdict.confidence, "evidence": list(verdict.evidence)})


def face_finding(face, profile: Profile) -> Finding | None:
    return picture_finding(profile, "face", "A face is visible: anyone who knows this person can recognise them.",
                           ["Blur faces in the clean copy", "Crop the face out"], "image", "image-faces",
                           box=as_box(face.box), meta={"confidence": face.confidence})


def metadata_finding(item: dict, profile: Profile) -> Finding | None:
    """A metadata item (field, tag, value, metadata_source...) as a finding of kind metadata_<field>."""
    return picture_finding(profile, f"metadata_{item['field']}", MESSAGES[item["field"]],
                           ["Use the clean copy: it keeps the pixels and drops all hidden metadata."],
                           "image_metadata", "image-metadata", meta=dict(item))


def as_box(box) -> dict:
    x, y, w, h = (int(v) for v in box)
    return {"x": x, "y": y, "w": w, "h": h}


def _sub_box(line, a: int, b: int) -> list[int]:
    """Box of characters [a, b) of an OCR line, interpolated along its (possibly tilted) quad."""
    n = max(1, len(line.text))
    if a <= 0 and b >= n or len(line.quad) != 4:
        return list(line.box)
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = line.quad
    ta, tb = a / n, b / n

    def lerp(p, q, t):
        return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)

    pts = [lerp((x0, y0), (x1, y1), ta), lerp((x0, y0), (x1, y1), tb),
           lerp((x3, y3), (x2, y2), ta), lerp((x3, y3), (x2, y2), tb)]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    left, top = int(min(xs)), int(min(ys))
    return [max(0, left), max(0, top), max(1, int(round(max(xs))) - left), max(1, int(round(max(ys))) - top)]


def _union(boxes: list[list[int]]) -> list[int]:
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[0] + b[2] for b in boxes)
    y1 = max(b[1] + b[3] for b in boxes)
    return [x0, y0, x1 - x0, y1 - y0]


def text_findings(lines, checker, profile_id: str | None, watchlist=(), allow=()) -> list[Finding]:
    """Run the words read through the text checker (with the user's watchlist and allow list);
    map each finding back to a box. The findings keep their text category and severity; they
    point at no text (start/end None): `text` holds the words as read, `box` where they are."""
    if not lines or checker is None:
        return []
    parts, spans, pos = [], [], 0
    for line in lines:
        parts.append(line.text)
        spans.append((pos, pos + len(line.text)))
        pos += len(line.text) + len(LINE_SEPARATOR)
    text = LINE_SEPARATOR.join(parts)
    out = []
    for f in checker.check(text, profile=profile_id, watchlist=watchlist, allow=allow):
        boxes, conf, words = [], [], []
        for line, (ls, le) in zip(lines, spans):
            if f.start < le and ls < f.end:
                a, b = max(f.start, ls) - ls, min(f.end, le) - ls
                boxes.append(_sub_box(line, a, b))
                conf.append(line.score)
                words.append(line.text[a:b].strip())
        if not boxes:
            continue
        out.append(replace(
            f,
            start=None,
            end=None,
            text=" ".join(w for w in words if w),  # a finding across lines: its words, one space apart
            source="image_text",
            box=as_box(_union(boxes)),
            meta={**f.meta, "ocr_confidence": round(min(conf), 3)},
        ))
    return out


# --- the pipeline ----------------------------------------------------------------------------------


def _analyse(decoded: Decoded, checker, profile: Profile, *, want_faces=True, want_text=True, watchlist=(), allow=()) -> dict:
    meta, camera = read_metadata(decoded.source)
    verdict = classify(decoded.image, camera)
    found_faces = faces_mod.detect(decoded.image, scale_to=decoded.true_size) if want_faces else []
    lines = ocr_mod.read_text(decoded.image, scale_to=decoded.true_size) if want_text else []
    findings: list[Finding | None] = []
    if verdict.photo:
        findings.append(photograph_finding(verdict, profile))
    findings.extend(face_finding(f, profile) for f in found_faces)
    if want_text:
        findings.extend(text_findings(lines, checker, profile.id, watchlist, allow))
    findings.extend(metadata_finding(m, profile) for m in meta)
    return {"verdict": verdict, "faces": found_faces, "lines": lines, "findings": [f for f in findings if f is not None]}


def check_image(data: bytes, profile_id: str | None = None, checker=None, *,
                faces: bool = True, text: bool = True, watchlist=(), allow=()) -> dict:
    """Check one picture. ``checker`` is the shared :class:`safetoshare.Checker` (text in the picture
    is checked with it under the profile; None skips that part). Returns
    ``{"photo", "photo_confidence", "width", "height", "format", "profile", "channel", "findings",
    "summary", "text_lines", "elapsed_ms"}`` with ``findings`` as :class:`Finding` objects.
    """
    t0 = time.perf_counter()
    profile = _resolve_profile(checker, profile_id)
    with _Slot():
        decoded = open_image(data, draft_side=ANALYSIS_DRAFT_SIDE)
        res = _analyse(decoded, checker, profile, want_faces=faces, want_text=text, watchlist=watchlist, allow=allow)
    findings = res["findings"]
    summary = {severity: 0 for severity in SEVERITIES}
    for f in findings:
        summary[f.severity] += 1
    return {
        "photo": res["verdict"].photo,
        "photo_confidence": res["verdict"].confidence,
        "width": decoded.width,
        "height": decoded.height,
        "format": decoded.mimetype,
        "profile": profile.id,
        "channel": profile.channel,
        "findings": findings,
        "summary": summary,
        "text_lines": len(res["lines"]),
        "elapsed_ms": round((time.perf_counter() - t0) * 1000),
    }


def check_image_bytes(data: bytes, profile_id: str | None = None, checker=None, **kw) -> dict:
    """:func:`check_image`, JSON-ready: each finding as ``Finding.to_dict()``."""
    result = check_image(data, profile_id, checker, **kw)
    return {**result, "findings": [f.to_dict() for f in result["findings"]]}


def _metadata_blocks(decoded: Decoded) -> list[str]:
    info = decoded.info
    blocks = []
    if info.get("exif") or len(decoded.source.getexif()):
        blocks.append("exif")
    if info.get("xmp") or info.get("XML:com.adobe.xmp"):
        blocks.append("xmp")
    if info.get("photoshop"):
        blocks.append("iptc/photoshop")
    if info.get("icc_profile"):
        blocks.append("icc_profile")
    if info.get("comment"):
        blocks.append("comment")
    text = getattr(decoded.source, "text", None) if decoded.format == "PNG" else None
    if text:
        blocks.append("png_text")
    return blocks


def clean_image_bytes(data: bytes, profile_id: str | None = None, checker=None, *,
                      blur_faces: bool = False, blur_text: bool = False, watchlist=(), allow=()) -> tuple[bytes, str, dict]:
    """A clean copy of the picture: (bytes, mimetype, report).

    The report says what was removed: ``metadata`` (the identifying fields found, as in the check,
    without their values), ``metadata_blocks`` (every metadata block dropped, identifying or not),
    ``obscured`` (faces / text regions blurred), ``orientation_applied``, ``colour_profile``,
    ``frames_dropped``, and the new ``format``, ``width``, ``height``.
    """
    profile = _resolve_profile(checker, profile_id)
    with _Slot():
        decoded = open_image(data)  # full size
        meta, _ = read_metadata(decoded.source)
        regions: list[tuple[str, tuple[int, int, int, int]]] = []
        if blur_faces:
            regions += [("face", f.box) for f in faces_mod.detect(decoded.image, scale_to=decoded.true_size)]
        if blur_text and checker is not None:
            lines = ocr_mod.read_text(decoded.image, scale_to=decoded.true_size)
            regions += [(f.category, _box_tuple(f.box)) for f in text_findings(lines, checker, profile.id, watchlist, allow)]
        blocks = _metadata_blocks(decoded)
        out, mimetype, details = encode_clean(decoded, regions)
    report = {
        "profile": profile.id,
        "original_format": decoded.mimetype,
        "metadata": [{"field": m["field"], "tag": m["tag"], "source": m["metadata_source"]} for m in meta],
        "metadata_blocks": blocks,
        **details,
    }
    return out, mimetype, report


def _box_tuple(box: dict) -> tuple[int, int, int, int]:
    return box["x"], box["y"], box["w"], box["h"]


def is_image_file(path) -> bool:
    """True for a file the image check accepts (by its first bytes; the extension is not trusted)."""
    from pathlib import Path

    from .decode import FORMATS, sniff

    try:
        with open(Path(path), "rb") as fh:
            head = fh.read(64)
        return sniff(head) in FORMATS
    except (OSError, ImageError):
        return False


def check_image_file(path, profile_id: str | None = None, checker=None, **kw) -> dict:
    """check_image_bytes for a file on disk (for the CLI). Reads at most the upload limit + 1 byte,
    so an enormous file is refused without being read whole. Raises ImageError / UnknownProfile."""
    from pathlib import Path

    from .decode import MAX_UPLOAD_BYTES

    with open(Path(path), "rb") as fh:
        data = fh.read(MAX_UPLOAD_BYTES + 1)
    return check_image_bytes(data, profile_id, checker, **kw)


# --- warm-up ---------------------------------------------------------------------------------------

_warm_lock = threading.Lock()
_warm_thread: threading.Thread | None = None


def warm_up(background: bool = True) -> threading.Thread | None:
    """Load the face and text models (and run each once) so the first picture is not slow.

    In a daemon thread by default; once per process. Off unless SAFETOSHARE_IMAGE_WARMUP=1: the
    models take about 250 MB and a second of both cores, which a laptop that only checks text
    should not pay; without warm-up the first picture loads them (about a second more).
    """
    global _warm_thread
    if os.environ.get("SAFETOSHARE_IMAGE_WARMUP", "0") != "1":
        return None
    with _warm_lock:
        if _warm_thread is not None:
            return _warm_thread

        def run() -> None:
            try:
                from PIL import Image

                blank = Image.new("RGB", (96, 64), (250, 250, 250))
                faces_mod.detect(blank, retry=False)
                ocr_mod.read_text(blank)
            except Exception:  # a warm-up failure must not kill the server; requests will report it
                pass

        t = threading.Thread(target=run, name="safetoshare-image-warmup", daemon=True)
        _warm_thread = t
        if background:
            t.start()
        else:
            t.run()
        return t


def status() -> dict[str, Any]:
    return {"faces_loaded": faces_mod._detector is not None, "ocr_loaded": ocr_mod._engine is not None}
