"""Image-check benchmark: latency for a 12 MP photo (warm), and measured quality on the fixtures.

    .venv/bin/python benchmarks/images.py [--runs 7] [--quick]

Prints: per-image latency p50/p95 for check-image and clean-image on a 12 MP JPEG (models warm,
threads as the server uses them: at most 2), rejection latency for bad input, face recall and false
faces, photo-vs-graphic accuracy (on the test fixtures, which the thresholds were tuned on, and on a
generated held-out set of variants), and words read from pictures.
Needs the test extra (scikit-image for the sample photos).
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "images"))

import numpy as np  # noqa: E402
from PIL import Image, ImageFilter  # noqa: E402

import badinput as B  # noqa: E402
import imgfixtures as F  # noqa: E402


def pct(values, p):
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def twelve_mp_photo() -> bytes:
    """4000 x 3000 camera-like JPEG: the astronaut scene upscaled, with grain, plus planted EXIF."""
    base = F.sample("astronaut.png").resize((4000, 3000), Image.Resampling.BICUBIC)
    rng = np.random.default_rng(0)
    arr = np.asarray(base, dtype=np.float32)
    arr += rng.normal(0, 3, arr.shape).astype(np.float32)
    im = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    return F.encode(im, "JPEG", quality=90, exif=F.planted_exif().tobytes())


def latency(checker, runs: int) -> None:
    from safetoshare.images import check_image_bytes, clean_image_bytes, warm_up

    data = twelve_mp_photo()
    t0 = time.perf_counter()
    warm_up(background=False)
    print(f"model warm-up (faces + OCR load and first run): {time.perf_counter() - t0:.2f} s")
    check_image_bytes(data, "nmdp-letter", checker)  # first full run
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        report = check_image_bytes(data, "nmdp-letter", checker)
        times.append(time.perf_counter() - t)
    print(f"check-image, 12 MP JPEG ({len(data) / 1e6:.1f} MB), {runs} warm runs: "
          f"p50 {pct(times, 50):.2f} s, p95 {pct(times, 95):.2f} s  "
          f"[{len(report['findings'])} findings, photo={report['photo']}]")
    ctimes = []
    for _ in range(max(3, runs // 2)):
        t = time.perf_counter()
        clean_image_bytes(data, "nmdp-letter", checker, blur_faces=True)
        ctimes.append(time.perf_counter() - t)
    print(f"clean-image with face blur, 12 MP: p50 {pct(ctimes, 50):.2f} s, p95 {pct(ctimes, 95):.2f} s")
    small = F.encode(F.sample("astronaut.png"), "JPEG", quality=90)
    stimes = []
    for _ in range(runs):
        t = time.perf_counter()
        check_image_bytes(small, "nmdp-letter", checker)
        stimes.append(time.perf_counter() - t)
    print(f"check-image, 512 px JPEG: p50 {pct(stimes, 50):.2f} s, p95 {pct(stimes, 95):.2f} s")
    from safetoshare.images.decode import ImageError, open_image

    worst = 0.0
    for name, bad, _, _ in B.bad_inputs():
        t = time.perf_counter()
        try:
            open_image(bad)
        except ImageError:
            pass
        worst = max(worst, time.perf_counter() - t)
    print(f"bad input ({len(B.bad_inputs())} kinds incl. bombs): slowest rejection {worst * 1000:.1f} ms")


def faces_quality() -> None:
    from safetoshare.images import faces

    total = found = 0
    for name, im, n in F.face_images():
        got = len(faces.detect(im))
        total += n
        found += min(got, n)
    print(f"faces, fixtures (incl. rotated, group, 2048 px): {found}/{total} found")
    lfw = F.lfw_faces()
    hits = sum(1 for im in lfw if faces.detect(im))
    hits_upright = sum(1 for im in lfw if faces.detect(im, retry=False))
    print(f"faces, scikit-image LFW subset (100 faces, 25 px sources upscaled): {hits}% found "
          f"({hits_upright}% without the rotation retry)")
    non = [im for _, im in F.graphics()] + [im for name, im in F.photos() if name not in ("astronaut.png", "camera.png", "astronaut-small")]
    non += F.lfw_non_faces()
    false = sum(len(faces.detect(im)) for im in non)
    print(f"false faces on {len(non)} non-face images (graphics, photos without people, LFW non-faces): {false}")


def held_out(seed: int = 11):
    rnd = random.Random(seed)
    photos, graphics = [], []
    for name in F.PHOTO_FILES:
        im = F.sample(name)
        for _ in range(2):
            w, h = im.size
            cw, ch = int(w * rnd.uniform(0.5, 0.9)), int(h * rnd.uniform(0.5, 0.9))
            x, y = rnd.randint(0, w - cw), rnd.randint(0, h - ch)
            crop = im.crop((x, y, x + cw, y + ch))
            side = rnd.randint(300, 1400)
            f = side / max(crop.size)
            crop = crop.resize((max(8, int(crop.width * f)), max(8, int(crop.height * f))), Image.Resampling.BICUBIC)
            photos.append(F.reencode(crop, "JPEG", quality=rnd.randint(50, 95)))
    makers = [
        lambda s: F.card(size=(rnd.randint(500, 1200), rnd.randint(400, 900)), seed=s),
        lambda s: F.cartoon(size=(rnd.randint(500, 1200), rnd.randint(400, 900)), seed=s),
        lambda s: F.bar_chart(size=(rnd.randint(700, 1200), rnd.randint(500, 800))),
        lambda s: F.pie_chart(size=(rnd.randint(400, 900),) * 2),
        lambda s: F.screenshot(size=(rnd.choice([720, 1080, 1170]), rnd.choice([1280, 1920, 2532]))),
        lambda s: F.gradient_poster(size=(rnd.randint(500, 1000), rnd.randint(600, 1200))),
        lambda s: F.radial_badge(size=(rnd.randint(400, 900),) * 2),
        lambda s: F.text_card(size=(rnd.randint(900, 1200), rnd.randint(400, 700))),
    ]
    for s in range(5):
        for make in makers:
            im = make(s + 20)
            r = rnd.random()
            if r < 0.4:
                im = F.reencode(im.convert("RGB"), "JPEG", quality=rnd.randint(60, 95))
            elif r < 0.55:
                im = im.convert("RGB").filter(ImageFilter.GaussianBlur(0.7))  # a resampled/softened copy
            graphics.append(im)
    return photos, graphics


def photo_quality() -> None:
    from safetoshare.images.photo import classify

    def acc(photos, graphics):
        tp = sum(classify(im).photo for im in photos)
        tn = sum(not classify(im).photo for im in graphics)
        return tp, len(photos), tn, len(graphics)

    tp, np_, tn, ng = acc([im for _, im in F.photos()], [im for _, im in F.graphics()])
    print(f"photo vs graphic, fixtures (thresholds tuned on these): {(tp + tn) / (np_ + ng):.1%} "
          f"(photos {tp}/{np_}, graphics {tn}/{ng})")
    hp, hg = held_out()
    tp, np_, tn, ng = acc(hp, hg)
    print(f"photo vs graphic, held-out variants (crops, rescales, JPEG, new sizes/seeds): {(tp + tn) / (np_ + ng):.1%} "
          f"(photos {tp}/{np_}, graphics {tn}/{ng})")


def words(s: str) -> list[str]:
    return [w for w in re.split(r"[^\w/']+", s.lower()) if w]


def ocr_quality() -> None:
    from safetoshare.images import ocr

    total = read = 0
    for name, im, lines in F.text_images():
        got = set(words(" ".join(l.text for l in ocr.read_text(im))))
        want = [w for line in lines for w in words(line)]
        hit = sum(1 for w in want if w in got)
        total += len(want)
        read += hit
        print(f"  {name}: {hit}/{len(want)} words read")
    print(f"words read from pictures: {read}/{total} ({read / total:.1%})")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--quick", action="store_true", help="skip the 12 MP latency runs")
    args = ap.parse_args()
    from safetoshare import Checker
    from safetoshare.images._threads import cpu_threads

    print(f"threads for image models: {cpu_threads()} (machine has {len(__import__('os').sched_getaffinity(0))} cores)")
    checker = Checker()
    if not args.quick:
        latency(checker, args.runs)
    faces_quality()
    photo_quality()
    ocr_quality()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
