"""A clean copy: the pixels only, re-encoded with no metadata at all.

* EXIF orientation is applied to the pixels first (so the copy looks the same without its tag).
* A colour profile other than sRGB is converted to sRGB and then dropped (colours stay right,
  and no embedded profile - which can name a device - remains).
* JPEG, HEIC/HEIF and AVIF come back as JPEG (quality 90); PNG as PNG; WebP as WebP. Only the
  first frame of an animation is kept.
* On request, regions (faces, flagged text) are made unreadable: pixelated to a few blocks across,
  then blurred, so nothing can be recovered by sharpening.

The original bytes are never modified; the new file is built in memory from decoded pixels, with
no ``exif``, ``icc_profile``, ``xmp`` or text chunks passed to the encoder.
"""
from __future__ import annotations

import io

from PIL import Image, ImageCms, ImageFilter

from .decode import Decoded

OUTPUT = {"JPEG": "JPEG", "HEIF": "JPEG", "AVIF": "JPEG", "PNG": "PNG", "WEBP": "WEBP"}
MIMETYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}

_SRGB = None


def _to_srgb(im: Image.Image, icc: bytes | None) -> tuple[Image.Image, bool]:
    """Convert from an embedded ICC profile to sRGB. Returns (image, converted?)."""
    global _SRGB
    if not icc or im.mode not in ("RGB", "RGBA"):
        return im, False
    try:
        src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        desc = (ImageCms.getProfileDescription(src) or "").strip().lower()
        if desc.startswith("srgb"):
            return im, False
        if _SRGB is None:
            _SRGB = ImageCms.createProfile("sRGB")
        out = ImageCms.profileToProfile(im, src, _SRGB, outputMode=im.mode)
        return (out if out is not None else im), True
    except Exception:  # a broken profile: keep the pixels as they are
        return im, False


def obscure(im: Image.Image, box: tuple[int, int, int, int], pad: float = 0.15) -> Image.Image:
    """Pixelate then blur a region in place (returns the same image)."""
    x, y, w, h = box
    px, py = int(w * pad), int(h * pad)
    x0, y0 = max(0, x - px), max(0, y - py)
    x1, y1 = min(im.width, x + w + px), min(im.height, y + h + py)
    if x1 <= x0 or y1 <= y0:
        return im
    region = im.crop((x0, y0, x1, y1))
    rw, rh = region.size
    blocks = 6
    small = region.resize((max(1, blocks), max(1, round(blocks * rh / max(rw, 1)))), Image.Resampling.BOX)
    region = small.resize((rw, rh), Image.Resampling.NEAREST)
    region = region.filter(ImageFilter.GaussianBlur(radius=max(2, min(rw, rh) / 8)))
    im.paste(region, (x0, y0))
    return im


def encode_clean(decoded: Decoded, regions: list[tuple[str, tuple[int, int, int, int]]] = ()) -> tuple[bytes, str, dict]:
    """Pixels of ``decoded`` (full size, oriented) re-encoded without metadata.

    ``regions``: (label, box) pairs to obscure, boxes in the oriented full-size picture.
    Returns (bytes, mimetype, details).
    """
    im = decoded.image
    if im.size != decoded.true_size:  # decoded in draft mode: never for a clean copy
        raise ValueError("clean copies need a full-size decode")
    icc = decoded.info.get("icc_profile")
    im, converted = _to_srgb(im, icc)
    im = im.copy()  # never touch the decoded original
    out_fmt = OUTPUT[decoded.format]
    if out_fmt == "JPEG" and im.mode != "RGB":
        if im.mode == "RGBA":
            bg = Image.new("RGB", im.size, (255, 255, 255))
            bg.paste(im, mask=im.getchannel("A"))
            im = bg
        elif im.mode != "L":
            im = im.convert("RGB")
    obscured = []
    for label, box in regions:
        obscure(im, box)
        obscured.append({"category": label, "box": list(box)})
    # A brand-new image object: no .info, no EXIF, no text chunks can ride along.
    fresh = Image.frombytes(im.mode, im.size, im.tobytes())
    buf = io.BytesIO()
    if out_fmt == "JPEG":
        fresh.save(buf, "JPEG", quality=90, optimize=True)
    elif out_fmt == "PNG":
        fresh.save(buf, "PNG", optimize=False, compress_level=6)
    else:
        fresh.save(buf, "WEBP", quality=90, method=4)
    details = {
        "format": MIMETYPES[out_fmt],
        "extension": EXTENSIONS[out_fmt],
        "width": fresh.width,
        "height": fresh.height,
        "orientation_applied": decoded.orientation not in (0, 1),
        "colour_profile": "converted to sRGB and removed" if converted else ("removed" if icc else None),
        "frames_dropped": max(0, decoded.frames - 1),
        "obscured": obscured,
    }
    return buf.getvalue(), MIMETYPES[out_fmt], details
