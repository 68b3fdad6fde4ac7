"""Image fixtures built in code: drawn graphics, text on backgrounds, wristband-like labels,
planted metadata, and the permissively licensed sample photographs that ship inside scikit-image
(BSD-3; see skimage/data/README.txt). Shared by the tests and benchmarks/images.py.

Nothing here touches the network or writes outside memory.
"""
from __future__ import annotations

import io
import random
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

# --- fonts -------------------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def font(size: int) -> ImageFont.FreeTypeFont:
    """Pillow's bundled scalable font (needs Pillow built with FreeType, as the wheels are)."""
    return ImageFont.load_default(size=size)


# --- sample photographs from scikit-image ------------------------------------------------------------


def _skimage_dir() -> Path:
    import skimage.data

    return Path(skimage.data.__file__).parent


@lru_cache(maxsize=None)
def sample(name: str) -> Image.Image:
    """A scikit-image sample file as an RGB image (files that ship in the wheel only)."""
    path = _skimage_dir() / name
    with Image.open(path) as im:
        im.load()
        if im.mode in ("RGBA", "LA", "P"):
            bg = Image.new("RGB", im.size, (255, 255, 255))
            rgba = im.convert("RGBA")
            bg.paste(rgba, mask=rgba.getchannel("A"))
            return bg
        return im.convert("RGB")


# (file, faces in it) - photographs of real scenes
PHOTO_FILES = {
    "astronaut.png": 1,
    "camera.png": 1,
    "chelsea.png": 0,
    "coffee.png": 0,
    "coins.png": 0,
    "grass.png": 0,
    "gravel.png": 0,
    "brick.png": 0,
    "hubble_deep_field.jpg": 0,
    "ihc.png": 0,
    "moon.png": 0,
    "motorcycle_left.png": 0,
    "rocket.jpg": 0,
    "retina.jpg": 0,
    "page.png": 0,
    "text.png": 0,
    "cell.png": 0,
    "color.png": 0,
}
# drawings, synthetic pictures and logos that ship in scikit-image
GRAPHIC_FILES = ["logo.png", "horse.png", "chessboard_RGB.png", "phantom.png"]


def photos() -> list[tuple[str, Image.Image]]:
    """Photographs: the samples, plus derived copies a person would plausibly send
    (downscaled, re-saved as JPEG, with a caption drawn on)."""
    out = [(name, sample(name)) for name in PHOTO_FILES]
    base = sample("astronaut.png")
    out.append(("astronaut-small", base.resize((256, 256), Image.Resampling.LANCZOS)))
    out.append(("coffee-jpeg60", reencode(sample("coffee.png"), "JPEG", quality=60)))
    cap = sample("chelsea.png").copy()
    ImageDraw.Draw(cap).text((10, 10), "Best day ever!", fill=(255, 255, 255), font=font(28))
    out.append(("chelsea-caption", cap))
    out.append(("wristband-photo", wristband_photo()[0]))
    return out


def reencode(im: Image.Image, fmt: str, **kw) -> Image.Image:
    buf = io.BytesIO()
    im.save(buf, fmt, **kw)
    buf.seek(0)
    out = Image.open(buf)
    out.load()
    return out.convert("RGB")


# --- drawn graphics ----------------------------------------------------------------------------------


def card(size=(800, 560), seed=1) -> Image.Image:
    """A greeting-card design: flat colours, a border, hearts and big text."""
    rnd = random.Random(seed)
    im = Image.new("RGB", size, (250, 236, 220))
    d = ImageDraw.Draw(im)
    d.rectangle([12, 12, size[0] - 12, size[1] - 12], outline=(180, 40, 60), width=6)
    for _ in range(12):
        x, y = rnd.randint(30, size[0] - 60), rnd.randint(30, size[1] - 60)
        r = rnd.randint(10, 25)
        heart(d, x, y, r, (220, 60, 90))
    d.text((size[0] // 2, size[1] // 2), "Thank you!", fill=(120, 20, 40), font=font(72), anchor="mm")
    return im


def heart(d: ImageDraw.ImageDraw, x: int, y: int, r: int, fill) -> None:
    d.ellipse([x - r, y - r, x, y], fill=fill)
    d.ellipse([x, y - r, x + r, y], fill=fill)
    d.polygon([(x - r, y - r // 2), (x + r, y - r // 2), (x, y + r)], fill=fill)


def bar_chart(size=(900, 600)) -> Image.Image:
    im = Image.new("RGB", size, "white")
    d = ImageDraw.Draw(im)
    d.line([(80, 40), (80, 540), (860, 540)], fill="black", width=3)
    vals = [3, 7, 5, 9, 4, 6]
    colours = [(31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189), (140, 86, 75)]
    for i, (v, c) in enumerate(zip(vals, colours)):
        x = 120 + i * 120
        d.rectangle([x, 540 - v * 50, x + 70, 540], fill=c)
        d.text((x + 35, 555), f"Q{i + 1}", fill="black", font=font(20), anchor="mt")
    d.text((450, 20), "Donations per quarter", fill="black", font=font(26), anchor="mt")
    return im


def pie_chart(size=(600, 600)) -> Image.Image:
    im = Image.new("RGB", size, (245, 245, 245))
    d = ImageDraw.Draw(im)
    start = 0
    for frac, c in [(0.4, (66, 133, 244)), (0.25, (219, 68, 55)), (0.2, (244, 180, 0)), (0.15, (15, 157, 88))]:
        d.pieslice([50, 50, 550, 550], start, start + frac * 360, fill=c, outline="white", width=3)
        start += frac * 360
    return im


def screenshot(size=(1080, 1920)) -> Image.Image:
    """A phone screenshot of a chat/text app: bars, bubbles, lines of text."""
    im = Image.new("RGB", size, (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, size[0], 140], fill=(0, 122, 255))
    d.text((40, 70), "Messages", fill="white", font=font(48), anchor="lm")
    y = 200
    lines = ["Hi! How are you feeling today?", "Much better, thank you", "The nurses were so kind",
             "See you next week", "Sending love to everyone"]
    for i, text in enumerate(lines * 3):
        left = i % 2 == 0
        w = 40 + 22 * len(text)
        x0 = 40 if left else size[0] - 40 - w
        d.rounded_rectangle([x0, y, x0 + w, y + 90], radius=30, fill=(229, 229, 234) if left else (0, 122, 255))
        d.text((x0 + 30, y + 45), text, fill="black" if left else "white", font=font(36), anchor="lm")
        y += 115
    return im


def gradient_poster(size=(800, 1000)) -> Image.Image:
    """Smooth gradients with text: a hard case (no flat areas, but no noise either)."""
    w, h = size
    y = np.linspace(0, 1, h)[:, None]
    x = np.linspace(0, 1, w)[None, :]
    r = (40 + 200 * y + 0 * x)
    g = (90 + 120 * x * (1 - y))
    b = (200 - 120 * y + 30 * x)
    arr = np.stack(np.broadcast_arrays(r, g, b), -1).clip(0, 255).astype(np.uint8)
    im = Image.fromarray(arr, "RGB")
    d = ImageDraw.Draw(im)
    d.text((w // 2, h // 3), "1 YEAR", fill="white", font=font(110), anchor="mm")
    d.text((w // 2, h // 2), "since my transplant", fill="white", font=font(44), anchor="mm")
    return im


def radial_badge(size=(700, 700)) -> Image.Image:
    w, h = size
    yy, xx = np.mgrid[0:h, 0:w]
    r = np.hypot(xx - w / 2, yy - h / 2) / (w / 2)
    arr = np.zeros((h, w, 3), np.float64)
    arr[..., 0] = 255 * (1 - r * 0.6)
    arr[..., 1] = 180 * (1 - r * 0.8)
    arr[..., 2] = 60 + 80 * r
    im = Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(im)
    d.ellipse([100, 100, 600, 600], outline="white", width=12)
    d.text((350, 350), "HERO", fill="white", font=font(120), anchor="mm")
    return im


def cartoon(size=(800, 600), seed=3) -> Image.Image:
    """Flat-shaded shapes: a sun, hills, a house."""
    im = Image.new("RGB", size, (135, 206, 235))
    d = ImageDraw.Draw(im)
    d.ellipse([600, 40, 720, 160], fill=(255, 215, 0))
    d.polygon([(0, 420), (250, 280), (520, 430), (800, 300), (800, 600), (0, 600)], fill=(60, 160, 70))
    d.rectangle([300, 330, 480, 480], fill=(200, 80, 60))
    d.polygon([(280, 335), (390, 250), (500, 335)], fill=(120, 50, 40))
    d.rectangle([370, 400, 410, 480], fill=(90, 60, 30))
    return im


def logo_shapes(size=(512, 512)) -> Image.Image:
    im = Image.new("RGBA", size, (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse([40, 40, 472, 472], fill=(230, 57, 70, 255))
    d.ellipse([130, 130, 382, 382], fill=(255, 255, 255, 255))
    heart(d, 256, 270, 70, (230, 57, 70, 255))
    return im


def text_card(size=(900, 500)) -> Image.Image:
    """A typed note on a plain background (a graphic with identifying text in it)."""
    im = Image.new("RGB", size, (255, 253, 240))
    d = ImageDraw.Draw(im)
    d.text((40, 60), "Dear friend,", fill=(20, 20, 20), font=font(40))
    d.text((40, 150), "Thank you from Emma Johnson", fill=(20, 20, 20), font=font(40))
    d.text((40, 240), "in Boise, Idaho.", fill=(20, 20, 20), font=font(40))
    return im


def graphics() -> list[tuple[str, Image.Image]]:
    out = [
        ("card", card()),
        ("bar-chart", bar_chart()),
        ("pie-chart", pie_chart()),
        ("screenshot", screenshot()),
        ("gradient-poster", gradient_poster()),
        ("radial-badge", radial_badge()),
        ("cartoon", cartoon()),
        ("logo-shapes", logo_shapes()),
        ("text-card", text_card()),
        ("card-jpeg75", reencode(card(seed=5), "JPEG", quality=75)),
        ("chart-jpeg70", reencode(bar_chart(), "JPEG", quality=70)),
        ("screenshot-jpeg80", reencode(screenshot(), "JPEG", quality=80)),
    ]
    out += [(name, sample(name)) for name in GRAPHIC_FILES]
    return out


# --- text in pictures -------------------------------------------------------------------------------

WRISTBAND_LINES = ["JOHNSON, EMMA", "DOB 03/14/1987", "St. Luke's Hospital", "Boise, Idaho"]


def wristband_photo(seed: int = 7) -> tuple[Image.Image, list[str]]:
    """A hospital wristband-like label photographed on a textured background: white band, dark
    print, a slight tilt, soft focus and sensor-like noise. Returns (image, lines printed)."""
    rnd = np.random.default_rng(seed)
    bg = sample("coffee.png").resize((1200, 800), Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(3))
    band = Image.new("RGBA", (900, 260), (0, 0, 0, 0))
    d = ImageDraw.Draw(band)
    d.rounded_rectangle([0, 0, 899, 259], radius=40, fill=(248, 248, 244, 255))
    y = 22
    for i, line in enumerate(WRISTBAND_LINES):
        d.text((60, y), line, fill=(15, 15, 25, 255), font=font(46 if i == 0 else 40))
        y += 58
    band = band.rotate(4, resample=Image.Resampling.BICUBIC, expand=True)
    bg.paste(band, (140, 250), band)
    arr = np.asarray(bg.filter(ImageFilter.GaussianBlur(0.8)), dtype=np.float64)
    arr = arr + rnd.normal(0, 4.0, arr.shape)
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB"), list(WRISTBAND_LINES)


SIGN_LINES = ["Welcome to", "Seattle Children's Hospital", "Bone Marrow Transplant Unit"]


def sign_on_wall() -> tuple[Image.Image, list[str]]:
    bg = sample("brick.png").convert("RGB").resize((1280, 900))
    d = ImageDraw.Draw(bg)
    d.rectangle([140, 240, 1140, 620], fill=(20, 60, 130))
    y = 280
    for line in SIGN_LINES:
        d.text((640, y + 40), line, fill="white", font=font(60 if y == 280 else 54), anchor="mm")
        y += 110
    arr = np.asarray(bg, dtype=np.float64) + np.random.default_rng(2).normal(0, 3, (900, 1280, 3))
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8)), list(SIGN_LINES)


def text_images() -> list[tuple[str, Image.Image, list[str]]]:
    band, band_lines = wristband_photo()
    sign, sign_lines = sign_on_wall()
    return [
        ("wristband", band, band_lines),
        ("sign", sign, sign_lines),
        ("text-card", text_card(), ["Dear friend,", "Thank you from Emma Johnson", "in Boise, Idaho."]),
        ("screenshot", screenshot(), ["Messages", "Hi! How are you feeling today?", "Much better, thank you"]),
    ]


# --- faces -------------------------------------------------------------------------------------------


def face_crop(name: str) -> Image.Image:
    boxes = {"astronaut.png": (150, 20, 310, 230), "camera.png": (170, 80, 290, 230)}
    return sample(name).crop(boxes[name])


def group_photo() -> tuple[Image.Image, int]:
    """Two faces pasted into a photographed scene."""
    bg = sample("coffee.png").resize((1000, 660)).convert("RGB")
    bg.paste(face_crop("astronaut.png"), (80, 120))
    bg.paste(face_crop("camera.png").resize((160, 200)), (600, 200))
    return bg, 2


def face_images() -> list[tuple[str, Image.Image, int]]:
    """(name, image, number of faces). Includes rotated copies (a phone photo without its
    orientation tag) to exercise the rotation retry."""
    astro = sample("astronaut.png")
    cam = sample("camera.png")
    group, n = group_photo()
    return [
        ("astronaut", astro, 1),
        ("camera", cam, 1),
        ("group", group, n),
        ("astronaut-rot90", astro.rotate(90, expand=True), 1),
        ("camera-rot270", cam.rotate(270, expand=True), 1),
        ("astronaut-large", astro.resize((2048, 2048), Image.Resampling.BICUBIC), 1),
    ]


def lfw_faces(n: int = 100, tile: int = 120) -> list[Image.Image]:
    """The first ``n`` faces of scikit-image's LFW subset (25x25 grey crops), upscaled and set
    on a grey card so MTCNN sees some context. A hard set: tiny, low-resolution sources."""
    arr = np.load(_skimage_dir() / "lfw_subset.npy")
    out = []
    for face in arr[:n]:
        f = Image.fromarray((face * 255).clip(0, 255).astype(np.uint8), "L").resize((tile, tile), Image.Resampling.BICUBIC)
        canvas = Image.new("L", (tile * 2, tile * 2), 128)
        canvas.paste(f, (tile // 2, tile // 2))
        out.append(canvas.convert("RGB"))
    return out


def lfw_non_faces(n: int = 100, tile: int = 120) -> list[Image.Image]:
    arr = np.load(_skimage_dir() / "lfw_subset.npy")
    out = []
    for face in arr[100:100 + n]:
        f = Image.fromarray((face * 255).clip(0, 255).astype(np.uint8), "L").resize((tile, tile), Image.Resampling.BICUBIC)
        canvas = Image.new("L", (tile * 2, tile * 2), 128)
        canvas.paste(f, (tile // 2, tile // 2))
        out.append(canvas.convert("RGB"))
    return out


# --- encodings and planted metadata ------------------------------------------------------------------

XMP_PACKET = (
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
    'xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    'photoshop:City="Boise" photoshop:State="Idaho" xmp:CreateDate="2024-03-14T10:22:00">'
    "<dc:creator><rdf:Seq><rdf:li>Emma Johnson</rdf:li></rdf:Seq></dc:creator>"
    '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Donation day at the clinic</rdf:li></rdf:Alt></dc:description>'
    "<exif:GPSLatitude>43,36.9N</exif:GPSLatitude><exif:GPSLongitude>116,12.2W</exif:GPSLongitude>"
    "</rdf:Description></rdf:RDF></x:xmpmeta>"
    '<?xpacket end="w"?>'
)


def planted_exif(orientation: int | None = None) -> Image.Exif:
    """EXIF with every identifying field we read: owner, device, dates, comment, GPS."""
    exif = Image.Exif()
    exif[0x010F] = "Apple"  # Make
    exif[0x0110] = "iPhone 15 Pro"  # Model
    exif[0x013B] = "Emma Johnson"  # Artist
    exif[0x8298] = "(c) Emma Johnson"  # Copyright
    exif[0x010E] = "Me at the apheresis chair"  # ImageDescription
    exif[0x0132] = "2024:03:14 10:22:00"  # DateTime
    exif[0x9C9D] = "Emma J".encode("utf-16-le") + b"\x00\x00"  # XPAuthor
    if orientation:
        exif[0x0112] = orientation
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = "2024:03:14 10:22:00"  # DateTimeOriginal
    sub[0xA430] = "Emma Johnson"  # CameraOwnerName
    sub[0xA431] = "F2LXK123ABC"  # BodySerialNumber
    sub[0x9286] = b"ASCII\x00\x00\x00Donation day"  # UserComment
    sub[0x829A] = (1, 120)  # ExposureTime
    sub[0x829D] = (18, 10)  # FNumber
    sub[0x8827] = 100  # ISO
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (43.0, 36.0, 54.0)
    gps[3] = "W"
    gps[4] = (116.0, 12.0, 12.0)
    gps[0x1D] = "2024:03:14"
    return exif


def iptc_block() -> bytes:
    """IPTC-IIM records wrapped in a Photoshop 8BIM resource (APP13 payload)."""
    def rec(ds: int, value: str) -> bytes:
        b = value.encode("utf-8")
        return bytes([0x1C, 2, ds]) + len(b).to_bytes(2, "big") + b

    iim = rec(80, "Emma Johnson") + rec(90, "Boise") + rec(95, "Idaho") + rec(101, "United States") \
        + rec(55, "20240314") + rec(120, "Donation day")
    if len(iim) % 2:
        iim += b"\x00"
    res = b"8BIM" + (0x0404).to_bytes(2, "big") + b"\x00\x00" + len(iim).to_bytes(4, "big") + iim
    return b"Photoshop 3.0\x00" + res


def insert_app13(jpeg: bytes, payload: bytes) -> bytes:
    """Insert an APP13 segment right after SOI."""
    assert jpeg[:2] == b"\xff\xd8"
    seg = b"\xff\xed" + (len(payload) + 2).to_bytes(2, "big") + payload
    return jpeg[:2] + seg + jpeg[2:]


def encode(im: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    if fmt == "HEIF":
        import pillow_heif  # test-only encoder (the app decodes HEIC with pi-heif)

        heif = pillow_heif.from_pillow(im.convert("RGB"))
        heif.save(buf, quality=80, **kw)
    else:
        im.save(buf, fmt, **kw)
    return buf.getvalue()


def jpeg_with_everything(im: Image.Image | None = None, orientation: int | None = None) -> bytes:
    im = im if im is not None else sample("astronaut.png")
    data = encode(im, "JPEG", quality=90, exif=planted_exif(orientation).tobytes(),
                  xmp=XMP_PACKET.encode("utf-8"))
    return insert_app13(data, iptc_block())


def png_with_text(im: Image.Image | None = None) -> bytes:
    from PIL import PngImagePlugin

    im = im if im is not None else card()
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Emma Johnson")
    info.add_text("Comment", "Made for my donor")
    info.add_text("Creation Time", "2024-03-14")
    info.add_itxt("Location", "Boise, Idaho", lang="en")
    info.add_text("Software", "Paint")
    info.add_text("XML:com.adobe.xmp", XMP_PACKET)
    return encode(im, "PNG", pnginfo=info, exif=planted_exif().tobytes())


