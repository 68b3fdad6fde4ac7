"""Opening untrusted image bytes safely.

Everything an upload can do wrong ends here as an :class:`ImageError` with an HTTP status and a
stable code, before any heavy work starts:

* more than ``MAX_UPLOAD_BYTES`` bytes                          -> 413 ``upload_too_large``
* empty body, junk bytes, a truncated or corrupt file           -> 400 ``invalid_image``
* a real image in a format we do not read (GIF, TIFF, BMP, SVG, PDF...) -> 415 ``unsupported_format``
* more than ``MAX_PIXELS`` pixels or a side over ``MAX_SIDE``    -> 413 ``image_too_large``
  (decompression bombs included: the size is read from the header, before any pixel is decoded)

Pillow's own bomb guard is set deliberately: ``Image.MAX_IMAGE_PIXELS = MAX_PIXELS`` (the library
warns above it and refuses above twice it; we refuse above it, and turn the warning into an error).

Pixels never leave memory: the bytes are wrapped in a BytesIO and nothing is written to disk.
"""
from __future__ import annotations

import io
import math
import warnings
from dataclasses import dataclass, field

from PIL import Image, ImageFile, ImageOps

# 50 MP covers every phone camera's ordinary output (12, 24 and 48 MP) and leaves room for panoramas
# up to MAX_SIDE; the raw RGB buffer of the largest accepted image is 150 MB.
MAX_PIXELS = 50_000_000
MAX_SIDE = 20_000
MAX_UPLOAD_BYTES = 25 * 1024 * 1024

Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # deliberate: see the module docstring
ImageFile.LOAD_TRUNCATED_IMAGES = False  # a truncated file is an error, never a half-grey picture

# Pillow format ids we accept, and the mimetype each is reported as.
FORMATS = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "HEIF": "image/heic",
    "AVIF": "image/avif",
}

_heif_registered = False


def _register_heif() -> None:
    """HEIC/HEIF via pi-heif (decode-only libheif build). Pillow reads AVIF itself."""
    global _heif_registered
    if _heif_registered:
        return
    try:
        from pi_heif import register_heif_opener
    except ImportError:  # pragma: no cover - a dependency; without it HEIC is "unsupported"
        FORMATS.pop("HEIF", None)
    else:
        register_heif_opener()
    _heif_registered = True


class ImageError(Exception):
    """A bad upload. ``status`` is the HTTP status, ``code`` a stable machine-readable id."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message

    def to_dict(self) -> dict:
        return {"error": {"code": self.code, "message": self.message}}


def invalid(message: str = "This file is not an image we can read (it may be damaged or incomplete).") -> ImageError:
    return ImageError(400, "invalid_image", message)


def unsupported(kind: str | None = None) -> ImageError:
    what = f"{kind} files are" if kind else "This kind of file is"
    return ImageError(
        415,
        "unsupported_format",
        f"{what} not supported. Send a JPEG, PNG, WebP, HEIC/HEIF or AVIF picture.",
    )


def too_large_upload(limit: int = MAX_UPLOAD_BYTES) -> ImageError:
    return ImageError(413, "upload_too_large", f"The file is larger than {limit // (1024 * 1024)} MB.")


def too_many_pixels(width: int = 0, height: int = 0) -> ImageError:
    size = f"The picture is {width}x{height} pixels; " if width and height else "The picture has too many pixels; "
    return ImageError(
        413,
        "image_too_large",
        f"{size}at most {MAX_PIXELS // 1_000_000} megapixels and {MAX_SIDE} pixels a side are accepted.",
    )


# Signatures of image and document formats we recognise but do not accept (-> 415, not 400).
_OTHER_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"II+\x00", "TIFF"),
    (b"MM\x00+", "TIFF"),
    (b"%PDF", "PDF"),
    (b"\x00\x00\x01\x00", "ICO"),
    (b"8BPS", "PSD"),
    (b"\xff\x0a", "JPEG XL"),
    (b"\x00\x00\x00\x0cJXL ", "JPEG XL"),
    (b"qoif", "QOI"),
    (b"P1", "PBM"), (b"P2", "PGM"), (b"P3", "PPM"), (b"P4", "PBM"), (b"P5", "PGM"), (b"P6", "PPM"),
    (b"\x76\x2f\x31\x01", "OpenEXR"),
    (b"#?RADIANCE", "HDR"),
    (b"icns", "ICNS"),
    (b"DDS ", "DDS"),
    (b"\x89HDF", "HDF"),
)

_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"hevm", b"hevs"}
_AVIF_BRANDS = {b"avif", b"avis"}


def sniff(data: bytes) -> str | None:
    """The accepted format the bytes claim to be (by signature), or None.

    Raises 415 for formats recognised but not accepted. Signature first, so a junk file never
    reaches a parser it was not meant for.
    """
    head = data[:64]
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "WEBP"
    if head[4:8] == b"ftyp":
        brands = {head[8:12]} | {head[i:i + 4] for i in range(16, min(len(head), 64), 4)}
        if brands & _AVIF_BRANDS and head[8:12] in _AVIF_BRANDS | {b"mif1", b"msf1"}:
            return "AVIF"
        if brands & _HEIF_BRANDS:
            return "HEIF"
        if brands & _AVIF_BRANDS:
            return "AVIF"
        raise unsupported("Video or other ISO-media")
    for sig, name in _OTHER_SIGNATURES:
        if head.startswith(sig):
            raise unsupported(name)
    stripped = head.lstrip()[:5].lower()
    if stripped.startswith((b"<svg", b"<?xml", b"<!doc", b"<html")):
        raise unsupported("SVG or other text")
    return None


@dataclass
class Decoded:
    """An opened, fully decoded, orientation-corrected image and what was read on the way."""

    image: Image.Image  # pixels, EXIF orientation applied, mode RGB / RGBA / L (first frame only)
    format: str  # Pillow format id (JPEG, PNG, WEBP, HEIF, AVIF)
    mimetype: str
    source: Image.Image  # the opened original (for its metadata); do not use its pixels
    orientation: int = 1  # EXIF orientation of the original (1 = none)
    frames: int = 1
    scale: float = 1.0  # image size / true size (below 1 when decoded in draft mode)
    true_size: tuple[int, int] = (0, 0)  # oriented size of the full-resolution picture
    info: dict = field(default_factory=dict)

    @property
    def width(self) -> int:
        return self.true_size[0]

    @property
    def height(self) -> int:
        return self.true_size[1]


def open_image(data: bytes, *, max_bytes: int = MAX_UPLOAD_BYTES, draft_side: int | None = None) -> Decoded:
    """Validate and decode ``data``. Raises :class:`ImageError` for anything wrong.

    ``draft_side``: for analysis only, let a JPEG decode at a reduced scale (1/2, 1/4, 1/8) as long
    as the long side stays at least this big; the clean copy always decodes at full size.
    """
    if data is None or len(data) == 0:
        raise invalid("The upload is empty.")
    if len(data) > max_bytes:
        raise too_large_upload(max_bytes)
    fmt = sniff(data)
    if fmt is None:
        raise invalid()
    if fmt == "HEIF":
        _register_heif()
    if fmt not in FORMATS:
        raise unsupported(fmt)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data), formats=[fmt])
            w, h = im.size
            if w <= 0 or h <= 0:
                raise invalid()
            if w * h > MAX_PIXELS or w > MAX_SIDE or h > MAX_SIDE:
                raise too_many_pixels(w, h)
            try:
                exif = im.getexif()
                orientation = int(exif.get(0x0112, 1) or 1)
            except Exception:
                orientation = 1
            frames = int(getattr(im, "n_frames", 1) or 1)
            true_size = (h, w) if orientation in (5, 6, 7, 8) else (w, h)
            if draft_side and fmt == "JPEG" and max(w, h) > 2 * draft_side:
                f = draft_side / max(w, h)
                im.draft("RGB", (max(1, math.ceil(w * f)), max(1, math.ceil(h * f))))
            im.load()
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_many_pixels()
    except MemoryError:
        raise ImageError(413, "image_too_large", "The picture is too large to open.")
    except Exception:  # Pillow raises many kinds (OSError, SyntaxError, ValueError, struct.error...)
        raise invalid()
    try:
        pixels = _normalise_mode(im)
        pixels = _apply_orientation(pixels, orientation)
    except Exception:
        raise invalid()
    scale = pixels.width / true_size[0] if true_size[0] else 1.0
    return Decoded(
        image=pixels,
        format=fmt,
        mimetype=FORMATS[fmt],
        source=im,
        orientation=orientation,
        frames=frames,
        scale=scale,
        true_size=true_size,
        info=dict(im.info),
    )


def _normalise_mode(im: Image.Image) -> Image.Image:
    """RGB, RGBA or L; 16-bit and palette images converted; first frame only."""
    mode = im.mode
    if mode in ("RGB", "RGBA", "L"):
        return im
    if mode in ("LA", "PA") or (mode == "P" and "transparency" in im.info):
        return im.convert("RGBA")
    if mode in ("I;16", "I;16B", "I;16L", "I"):
        import numpy as np

        arr = np.asarray(im, dtype=np.float64)
        top = arr.max() if arr.size else 1.0
        arr = arr * (255.0 / (65535.0 if top > 255 else 255.0))
        return Image.fromarray(arr.clip(0, 255).astype("uint8"), "L")
    return im.convert("RGB")


_TRANSPOSE = {
    2: [Image.Transpose.FLIP_LEFT_RIGHT],
    3: [Image.Transpose.ROTATE_180],
    4: [Image.Transpose.FLIP_TOP_BOTTOM],
    5: [Image.Transpose.TRANSPOSE],
    6: [Image.Transpose.ROTATE_270],
    7: [Image.Transpose.TRANSVERSE],
    8: [Image.Transpose.ROTATE_90],
}


def _apply_orientation(im: Image.Image, orientation: int) -> Image.Image:
    for op in _TRANSPOSE.get(orientation, []):
        im = im.transpose(op)
    return im


def rgb_array(im: Image.Image, max_side: int | None = None):
    """A contiguous uint8 HxWx3 numpy array (alpha composited on white), optionally downscaled.

    Returns (array, factor) where factor = array width / image width.
    """
    import numpy as np

    factor = 1.0
    if max_side and max(im.size) > max_side:
        f = max_side / max(im.size)
        size = (max(1, round(im.width * f)), max(1, round(im.height * f)))
        factor = size[0] / im.width
        im = im.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
    if im.mode == "RGBA":
        bg = Image.new("RGB", im.size, (255, 255, 255))
        bg.paste(im, mask=im.getchannel("A"))
        im = bg
    elif im.mode != "RGB":
        im = im.convert("RGB")
    return np.ascontiguousarray(np.asarray(im, dtype=np.uint8)), factor


__all__ = [
    "Decoded", "ImageError", "open_image", "sniff", "rgb_array", "FORMATS",
    "MAX_PIXELS", "MAX_SIDE", "MAX_UPLOAD_BYTES", "ImageOps",
]
