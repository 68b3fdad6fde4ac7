"""Image checks end to end: bytes in, findings out; and the clean copy.

    check_image_bytes(data, profile_id, checker) -> dict
    clean_image_bytes(data, profile_id, checker, blur_faces=..., blur_text=...) -> (bytes, mimetype, report)

Both raise :class:`~safetoshare.images.decode.ImageError` for bad input (with ``.status`` 400, 413,
415, or 503 when the image worker stays busy) and the checker's ``UnknownProfile`` (a KeyError) for
a profile it does not know. Nothing is written to disk or logged: not the picture, not the text read
from it, not its metadata.

Findings (each a dict):

* ``photograph``: ``severity`` block in letter profiles, info in post profiles; ``confidence``, ``evidence``
* ``face``: ``box`` [x, y, w, h], ``confidence``; block in letters, warn in posts
* ``metadata``: ``field`` (gps/date/owner/device/comment/location_text), ``tag``, ``value``
* text in the picture: the text checker's finding (its own category, severity, rule, suggestions)
  plus ``source: "image_text"``, ``text`` (the words as read) and ``box``.

Boxes are in the pixels of the picture as displayed (EXIF orientation applied), full size.
"""
from __future__ import annotations

import os
import threading
import time
from typing import Any

from . import faces as faces_mod
from . import ocr as ocr_mod
from .clean import encode_clean
from .decode import Decoded, ImageError, open_image
from .metadata import read_metadata
from .photo import classify

# Lines read from a picture are separate blocks (a wristband's name line and hospital line are not
# one phrase); a blank line between them keeps the text checker from joining them into one entity.
LINE_SEPARATOR = "\n\n"
ANALYSIS_DRAFT_SIDE = 1600  # JPEGs are decoded at 1/2, 1/4... while the long side stays >= this
BUSY_TIMEOUT_S = float(os.environ.get("SAFETOSHARE_IMAGE_QUEUE_TIMEOUT", "60"))

# One picture analysed at a time: on 2 cores a second one would only slow both down, and the
# models hold locks anyway. Requests wait (bounded) for their turn; the text API never waits here.
_SLOT = threading.BoundedSemaphore(1)

SEVERITY_BY_CHANNEL = {
    "photograph": {"letter": "block", "post": "info"},
    "face": {"letter": "block", "post": "warn"},
}


class _Slot:
    def __enter__(self):
        if not _SLOT.acquire(timeout=BUSY_TIMEOUT_S):
            raise ImageError(503, "busy", "The image checker is busy; try again in a minute.")
        return self

    def __exit__(self, *exc):
        _SLOT.release()
        return False


def _resolve_profile(checker, profile_id: str | None):
    """(profile id, channel). Raises UnknownProfile for an unknown id."""
    if checker is None:
        return profile_id, "letter" if not profile_id or "letter" in profile_id else "post"
    prof = checker.profile(profile_id) if hasattr(checker, "profile") else checker.profiles[profile_id]
    return prof.id, prof.channel


# --- findings --------------------------------------------------------------------------------------


def photograph_finding(verdict, channel: str, profile_id: str | None) -> dict:
    sev = SEVERITY_BY_CHANNEL["photograph"]["letter" if channel == "letter" else "post"]
    if channel == "letter":
        message = ("This is a photograph. Anonymous letters may not contain photographs (NMDP and other "
                   "registries remove them); leave the picture out.")
        suggestions = ["Leave the photograph out of the letter", "Describe the moment in words instead"]
    else:
        message = ("This is a photograph. Before posting, check what it shows: faces, wristbands, signs, "
                   "screens and landmarks can all identify you or your recipient.")
        suggestions = ["Use the clean copy (no hidden metadata)", "Blur faces and readable text"]
    return {
        "category": "photograph",
        "kind": "photograph",
        "severity": sev,
        "confidence": verdict.confidence,
        "evidence": list(verdict.evidence),
        "message": message,
        "rule": f"{profile_id}/photographs" if profile_id else "photographs",
        "source": "image",
        "detector": "image-photo",
        "suggestions": suggestions,
    }


def face_finding(face, channel: str) -> dict:
    return {
        "category": "face",
        "kind": "face",
        "severity": SEVERITY_BY_CHANNEL["face"]["letter" if channel == "letter" else "post"],
        "box": list(face.box),
        "confidence": face.confidence,
        "message": "A face is visible: anyone who knows this person can recognise them.",
        "rule": "image-face",
        "source": "image",
        "detector": "image-faces",
        "suggestions": ["Blur faces in the clean copy", "Crop the face out"],
    }


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


def text_findings(lines, checker, profile_id: str | None, watchlist=(), allow=()) -> list[dict]:
    """Run the words read through the text checker (with the user's watchlist and allow list);
    map each finding back to a box."""
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
        d = f.to_dict() if hasattr(f, "to_dict") else dict(f)
        s, e = d.pop("start", 0), d.pop("end", 0)
        boxes, conf, words = [], [], []
        for line, (ls, le) in zip(lines, spans):
            if s < le and ls < e:
                a, b = max(s, ls) - ls, min(e, le) - ls
                boxes.append(_sub_box(line, a, b))
                conf.append(line.score)
                words.append(line.text[a:b].strip())
        if not boxes:
            continue
        d["source"] = "image_text"
        d["text"] = " ".join(w for w in words if w)  # a finding across lines: its words, one space apart
        d["box"] = _union(boxes)
        d["ocr_confidence"] = round(min(conf), 3)
        out.append(d)
    return out


# --- the pipeline ----------------------------------------------------------------------------------


def _analyse(decoded: Decoded, checker, profile_id, channel, *, want_faces=True, want_text=True, watchlist=(), allow=()) -> dict:
    meta, camera = read_metadata(decoded.source, channel)
    verdict = classify(decoded.image, camera)
    found_faces = faces_mod.detect(decoded.image, scale_to=decoded.true_size) if want_faces else []
    lines = ocr_mod.read_text(decoded.image, scale_to=decoded.true_size) if want_text else []
    tfind = text_findings(lines, checker, profile_id, watchlist, allow) if want_text else []
    findings: list[dict] = []
    if verdict.photo:
        findings.append(photograph_finding(verdict, channel, profile_id))
    findings.extend(face_finding(f, channel) for f in found_faces)
    findings.extend(tfind)
    findings.extend(meta)
    return {"verdict": verdict, "faces": found_faces, "lines": lines, "findings": findings, "metadata": meta}


def check_image_bytes(data: bytes, profile_id: str | None = None, checker=None, *,
                      faces: bool = True, text: bool = True, watchlist=(), allow=()) -> dict:
    """Check one picture. ``checker`` is the shared :class:`safetoshare.Checker` (text in the picture
    is checked with it under ``profile_id``; None skips that part). Returns
    ``{"photo", "width", "height", "format", "profile", "findings", "summary", "text_lines", "elapsed_ms"}``.
    """
    t0 = time.perf_counter()
    profile_id, channel = _resolve_profile(checker, profile_id)
    with _Slot():
        decoded = open_image(data, draft_side=ANALYSIS_DRAFT_SIDE)
        res = _analyse(decoded, checker, profile_id, channel, want_faces=faces, want_text=text, watchlist=watchlist, allow=allow)
    findings = res["findings"]
    summary = {"block": 0, "warn": 0, "info": 0}
    for f in findings:
        summary[f.get("severity", "info")] = summary.get(f.get("severity", "info"), 0) + 1
    return {
        "photo": res["verdict"].photo,
        "photo_confidence": res["verdict"].confidence,
        "width": decoded.width,
        "height": decoded.height,
        "format": decoded.mimetype,
        "profile": profile_id,
        "channel": channel,
        "findings": findings,
        "summary": summary,
        "text_lines": len(res["lines"]),
        "elapsed_ms": round((time.perf_counter() - t0) * 1000),
    }


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
    profile_id, channel = _resolve_profile(checker, profile_id)
    with _Slot():
        decoded = open_image(data)  # full size
        meta, _ = read_metadata(decoded.source, channel)
        regions: list[tuple[str, tuple[int, int, int, int]]] = []
        if blur_faces:
            regions += [("face", f.box) for f in faces_mod.detect(decoded.image, scale_to=decoded.true_size)]
        if blur_text and checker is not None:
            lines = ocr_mod.read_text(decoded.image, scale_to=decoded.true_size)
            regions += [(f.get("category", "text"), tuple(f["box"])) for f in text_findings(lines, checker, profile_id, watchlist, allow)]
        blocks = _metadata_blocks(decoded)
        out, mimetype, details = encode_clean(decoded, regions)
    report = {
        "profile": profile_id,
        "original_format": decoded.mimetype,
        "metadata": [{"field": m["field"], "tag": m["tag"], "source": m["metadata_source"]} for m in meta],
        "metadata_blocks": blocks,
        **details,
    }
    return out, mimetype, report


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
