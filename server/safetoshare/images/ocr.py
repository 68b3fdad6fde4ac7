"""Text in the picture with RapidOCR 3.x on onnxruntime (PP-OCRv6 small detection and recognition
models plus the PP-OCR angle classifier, all shipped inside the rapidocr wheel).

* The model files are passed by path from the installed package, so RapidOCR never takes its
  download branch (that only runs when no model path is given).
* onnxruntime is told to use at most 2 threads and not to spin-wait (spinning keeps both cores
  busy between calls on a 2-core laptop and starves the text API).
* Loaded lazily, once per process, under a lock. ONNX sessions are thread-safe, but RapidOCR's
  pipeline object is not documented as such, so recognition runs one picture at a time.
* Never logs what it reads: RapidOCR's logger is set to errors only.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from .decode import rgb_array

OCR_SIDE = 1280  # long side the recogniser sees (about 99% of identifying words read at 1280 px)
MIN_SCORE = 0.5

_LOCK = threading.Lock()
_engine = None


@dataclass
class Line:
    text: str
    score: float
    box: tuple[int, int, int, int]  # x, y, w, h in the full-size oriented picture
    quad: list[tuple[float, float]]


def _model_paths() -> dict[str, str]:
    import rapidocr

    root = Path(rapidocr.__file__).parent / "models"
    paths = {
        "Det.model_path": root / "PP-OCRv6_det_small.onnx",
        "Rec.model_path": root / "PP-OCRv6_rec_small.onnx",
        "Cls.model_path": root / "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
    }
    missing = [str(p) for p in paths.values() if not p.is_file()]
    if missing:
        raise RuntimeError("RapidOCR's packaged models are missing: " + ", ".join(missing))
    return {k: str(v) for k, v in paths.items()}


def _no_spin_patch() -> None:
    """Make RapidOCR's onnxruntime sessions stop spin-waiting (they expose threads, not this)."""
    try:
        from rapidocr.inference_engine.onnxruntime import main as ort_main
    except ImportError:  # pragma: no cover - layout changed; threads are still limited
        return
    cls = getattr(ort_main, "OrtInferSession", None)
    orig = getattr(cls, "_init_sess_opts", None)
    if orig is None or getattr(orig, "_safetoshare", False):
        return

    def _init_sess_opts(cfg):
        opts = orig(cfg)
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        opts.add_session_config_entry("session.inter_op.allow_spinning", "0")
        return opts

    _init_sess_opts._safetoshare = True  # type: ignore[attr-defined]
    cls._init_sess_opts = staticmethod(_init_sess_opts)


def get_engine():
    global _engine
    if _engine is None:
        with _LOCK:
            if _engine is None:
                from ._threads import cpu_threads

                logging.getLogger("RapidOCR").setLevel(logging.ERROR)
                from rapidocr import RapidOCR

                _no_spin_patch()
                n = cpu_threads()
                params = {
                    "Global.log_level": "error",
                    "Global.text_score": MIN_SCORE,
                    "EngineConfig.onnxruntime.intra_op_num_threads": n,
                    "EngineConfig.onnxruntime.inter_op_num_threads": 1,
                    **_model_paths(),
                }
                engine = RapidOCR(params=params)
                logging.getLogger("RapidOCR").setLevel(logging.ERROR)
                # load all three models now rather than on the first picture
                for loader in ("_load_det_model", "_load_cls_model", "_load_rec_model"):
                    fn = getattr(engine, loader, None)
                    if fn is not None:
                        fn()
                _engine = engine
    return _engine


def read_text(im: Image.Image, *, scale_to: tuple[int, int] | None = None) -> list[Line]:
    """Lines of text in reading order (RapidOCR sorts them top to bottom), with boxes in the full-size picture's coordinates."""
    full_w, full_h = scale_to or im.size
    arr, _ = rgb_array(im, OCR_SIDE)
    to_full = full_w / arr.shape[1]
    engine = get_engine()
    with _LOCK:
        result = engine(arr[:, :, ::-1].copy())  # RapidOCR takes OpenCV's BGR order for arrays
    txts = getattr(result, "txts", None) or ()
    scores = getattr(result, "scores", None) or ()
    boxes = getattr(result, "boxes", None)
    if boxes is None:
        return []
    lines = []
    for text, score, quad in zip(txts, scores, boxes):
        text = (text or "").strip()
        if not text or float(score) < MIN_SCORE:
            continue
        xs = [float(p[0]) * to_full for p in quad]
        ys = [float(p[1]) * to_full for p in quad]
        x0, y0 = max(0, int(min(xs))), max(0, int(min(ys)))
        x1, y1 = min(full_w, int(round(max(xs)))), min(full_h, int(round(max(ys))))
        lines.append(Line(text, round(float(score), 4), (x0, y0, max(1, x1 - x0), max(1, y1 - y0)),
                          [(round(x, 1), round(y, 1)) for x, y in zip(xs, ys)]))
    return lines
