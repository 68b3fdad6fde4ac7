"""Photograph or graphic? Colour, gradient and noise statistics with numpy.

A camera picture is textured everywhere: sensor noise, focus blur and real surfaces give a large
share of small-to-medium gradients and almost no perfectly flat runs of identical pixels. Drawings,
charts, screenshots and card designs are the opposite: big areas of exactly one colour, sharp
edges between them, and (for smooth gradients) steps of at most a level or two.

Features (on a copy at most ``ANALYSIS_SIDE`` pixels on its long side, box-filtered):

* ``texture``  share of pixels whose gradient is between 2 and 20 levels (photo texture)
* ``flat``     share of pixels identical to their right and lower neighbours (flat fills)
* ``noise``    median absolute Laplacian (fine grain; 0 in drawings, >= 1 in most photos)
* ``colours``  distinct colours after 5-bit quantisation (reported, weakly used)

EXIF camera tags (exposure time, aperture, ISO...) add a little evidence but never decide alone:
screenshots and re-saved photos have none, and a tag can be copied onto a drawing.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from PIL import Image

ANALYSIS_SIDE = 512
THRESHOLD = 0.08
CAMERA_BONUS = 0.06


@dataclass
class PhotoVerdict:
    photo: bool
    score: float
    confidence: float
    features: dict = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)


def features(im: Image.Image) -> dict:
    if im.mode == "RGBA":
        bg = Image.new("RGB", im.size, (255, 255, 255))
        bg.paste(im, mask=im.getchannel("A"))
        im = bg
    elif im.mode != "RGB":
        im = im.convert("RGB")
    if max(im.size) > ANALYSIS_SIDE:
        f = ANALYSIS_SIDE / max(im.size)
        im = im.resize((max(1, round(im.width * f)), max(1, round(im.height * f))), Image.Resampling.BOX)
    a = np.asarray(im, dtype=np.int16)
    if a.shape[0] < 3 or a.shape[1] < 3:
        return {"texture": 0.0, "flat": 1.0, "noise": 0.0, "colours": 1}
    dx = np.abs(np.diff(a, axis=1)).max(axis=2)[:-1, :]
    dy = np.abs(np.diff(a, axis=0)).max(axis=2)[:, :-1]
    flat = float(((dx == 0) & (dy == 0)).mean())
    grad = np.hypot(dx, dy)
    texture = float(((grad > 2) & (grad < 20)).mean())
    g = a.astype(np.float32).mean(axis=2)
    lap = (4 * g[1:-1, 1:-1] - g[:-2, 1:-1] - g[2:, 1:-1] - g[1:-1, :-2] - g[1:-1, 2:])
    noise = float(np.median(np.abs(lap)))
    q = (a >> 3).astype(np.int32)
    colours = int(np.unique((q[..., 0] << 10) | (q[..., 1] << 5) | q[..., 2]).size)
    return {"texture": round(texture, 4), "flat": round(flat, 4), "noise": round(noise, 3), "colours": colours}


def classify(im: Image.Image, camera_tags: list[str] | None = None) -> PhotoVerdict:
    f = features(im)
    score = f["texture"] - 0.5 * f["flat"] + 0.05 * min(f["noise"], 2.0)
    evidence = []
    if camera_tags:
        evidence.append("camera settings in EXIF: " + ", ".join(camera_tags[:4]))
        if len(camera_tags) >= 2:
            score += CAMERA_BONUS
    photo = score >= THRESHOLD
    confidence = 1.0 / (1.0 + math.exp(-(score - THRESHOLD) * 25.0))
    confidence = confidence if photo else 1.0 - confidence
    if f["texture"] > 0.3:
        evidence.append("textured like a camera picture")
    if f["flat"] > 0.5:
        evidence.append("large areas of one flat colour, like a drawing or screenshot")
    return PhotoVerdict(photo=photo, score=round(score, 4), confidence=round(confidence, 3), features=f,
                        evidence=evidence)
