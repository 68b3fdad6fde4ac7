"""Image checks: photographs, faces, hidden metadata, text in the picture, and a clean copy.

Public entry points (see :mod:`safetoshare.images.service`)::

    from safetoshare.images import check_image, check_image_bytes, clean_image_bytes, ImageError
    report = check_image(data, profile_id, checker)                # findings as Finding objects
    report = check_image_bytes(data, profile_id, checker)          # dict, JSON-ready
    data, mimetype, report = clean_image_bytes(data, profile_id, checker, blur_faces=True)

Heavy models (MTCNN faces, RapidOCR) load lazily; ``warm_up()`` loads them in a background thread.
"""
from .decode import FORMATS, MAX_PIXELS, MAX_UPLOAD_BYTES, ImageError, sniff
from .service import check_image, check_image_bytes, check_image_file, clean_image_bytes, is_image_file, status, warm_up

IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".jpe", ".png", ".webp", ".heic", ".heif", ".avif")

__all__ = [
    "check_image",
    "check_image_bytes",
    "check_image_file",
    "is_image_file",
    "clean_image_bytes",
    "warm_up",
    "status",
    "ImageError",
    "sniff",
    "FORMATS",
    "MAX_PIXELS",
    "MAX_UPLOAD_BYTES",
    "IMAGE_EXTENSIONS",
]
