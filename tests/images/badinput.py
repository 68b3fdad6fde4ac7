"""Hostile and broken uploads, built in memory."""
from __future__ import annotations

import io
import random
import struct
import zlib

from PIL import Image

import imgfixtures as F


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_claiming(width: int, height: int) -> bytes:
    """A well-formed PNG header that claims width x height, with almost no pixel data."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 31)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")


def png_bomb(side: int = 9000) -> bytes:
    """A real, valid PNG: side x side greyscale zeros (81 MP for 9000), about 80 KB compressed."""
    comp = zlib.compressobj(9)
    row = b"\x00" * (side + 1)
    parts = [comp.compress(row * 500) for _ in range(side // 500)]
    parts.append(comp.compress(row * (side % 500)))
    parts.append(comp.flush())
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", b"".join(parts)) + _chunk(b"IEND", b"")


def jpeg_claiming(width: int, height: int) -> bytes:
    """A small real JPEG whose frame header is patched to claim width x height."""
    data = bytearray(F.encode(Image.new("RGB", (16, 16), (200, 30, 30)), "JPEG"))
    i = data.find(b"\xff\xc0")
    assert i > 0
    struct.pack_into(">HH", data, i + 5, height, width)
    return bytes(data)


def truncated(data: bytes, keep: float = 0.5) -> bytes:
    return data[: max(1, int(len(data) * keep))]


def junk(n: int = 5000, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(n)


def gif() -> bytes:
    return F.encode(Image.new("P", (32, 32), 3), "GIF")


def bmp() -> bytes:
    return F.encode(Image.new("RGB", (32, 32), (1, 2, 3)), "BMP")


def tiff() -> bytes:
    return F.encode(Image.new("RGB", (32, 32), (1, 2, 3)), "TIFF")


PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>'
MP4 = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + b"\x00" * 64


def bad_inputs() -> list[tuple[str, bytes, int, str]]:
    """(name, bytes, expected status, expected code)."""
    good_jpeg = F.encode(F.sample("coffee.png"), "JPEG", quality=85)
    good_png = F.encode(F.card(), "PNG")
    return [
        ("empty", b"", 400, "invalid_image"),
        ("junk", junk(), 400, "invalid_image"),
        ("text", b"hello, this is not a picture", 400, "invalid_image"),
        ("jpeg-signature-then-junk", b"\xff\xd8\xff\xe0" + junk(2000), 400, "invalid_image"),
        ("truncated-jpeg", truncated(good_jpeg), 400, "invalid_image"),
        ("truncated-png", truncated(good_png), 400, "invalid_image"),
        ("header-only-png", good_png[:40], 400, "invalid_image"),
        ("gif", gif(), 415, "unsupported_format"),
        ("bmp", bmp(), 415, "unsupported_format"),
        ("tiff", tiff(), 415, "unsupported_format"),
        ("pdf", PDF, 415, "unsupported_format"),
        ("svg", SVG, 415, "unsupported_format"),
        ("mp4", MP4, 415, "unsupported_format"),
        ("png-bomb", png_bomb(), 413, "image_too_large"),
        ("png-claims-100k-square", png_claiming(100_000, 100_000), 413, "image_too_large"),
        ("png-claims-51mp", png_claiming(8000, 6400), 413, "image_too_large"),
        ("png-too-wide", png_claiming(30_000, 10), 413, "image_too_large"),
        ("jpeg-claims-60k-square", jpeg_claiming(60_000, 60_000), 413, "image_too_large"),
    ]


def oversized_upload(limit: int) -> bytes:
    """A JPEG-signed file just over ``limit`` bytes."""
    return b"\xff\xd8\xff\xe0" + b"\x00" * (limit + 10)


__all__ = ["bad_inputs", "oversized_upload", "png_bomb", "png_claiming", "jpeg_claiming", "io"]
