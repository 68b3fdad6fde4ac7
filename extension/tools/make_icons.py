"""Draws the extension's icons (a speech bubble with a check mark) into extension/icons/.

Run from the repository root: .venv/bin/python extension/tools/make_icons.py (needs Pillow).
The PNGs are committed, so this is only needed to change the design.
"""
from pathlib import Path

from PIL import Image, ImageDraw

GREEN = (11, 110, 79, 255)
WHITE = (255, 255, 255, 255)
SIZES = (16, 32, 48, 128)
OUT = Path(__file__).resolve().parent.parent / "icons"


def draw(scale: int = 512) -> Image.Image:
    img = Image.new("RGBA", (scale, scale), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    s = scale / 128
    # Speech bubble: a rounded rectangle with a tail at the bottom left.
    d.rounded_rectangle((6 * s, 10 * s, 122 * s, 100 * s), radius=22 * s, fill=GREEN)
    d.polygon([(26 * s, 92 * s), (22 * s, 122 * s), (54 * s, 96 * s)], fill=GREEN)
    # Check mark.
    d.line([(36 * s, 56 * s), (56 * s, 76 * s), (94 * s, 36 * s)], fill=WHITE, width=int(14 * s), joint="curve")
    for x, y in ((36, 56), (94, 36)):
        r = 7 * s
        d.ellipse((x * s - r, y * s - r, x * s + r, y * s + r), fill=WHITE)
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    for size in SIZES:
        big.resize((size, size), Image.LANCZOS).save(OUT / f"icon{size}.png", optimize=True)
        print("wrote", OUT / f"icon{size}.png")


if __name__ == "__main__":
    main()
