"""The models ship inside packages and load with no network; onnxruntime is tamed for 2 cores."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

OFFLINE_RUN = textwrap.dedent(
    """
    import socket, sys
    def refuse(*a, **k):
        raise OSError("network disabled in this test")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    sys.path.insert(0, sys.argv[1])
    import imgfixtures as F
    from safetoshare.images import faces, ocr
    im, lines = F.wristband_photo()
    read = " ".join(l.text for l in ocr.read_text(im))
    assert "1987" in read, "OCR read nothing"
    assert len(faces.detect(F.sample("astronaut.png"))) == 1
    print("OFFLINE-OK")
    """
)


def test_models_load_and_run_without_network():
    here = Path(__file__).parent
    proc = subprocess.run([sys.executable, "-c", OFFLINE_RUN, str(here)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "OFFLINE-OK" in proc.stdout


def test_ocr_uses_packaged_models_without_spinning_and_at_most_two_threads():
    import rapidocr

    from safetoshare.images import ocr

    engine = ocr.get_engine()
    pkg = Path(rapidocr.__file__).parent / "models"
    for part in ("text_det", "text_cls", "text_rec"):
        session = getattr(engine, part).session.session
        opts = session.get_session_options()
        assert opts.get_session_config_entry("session.intra_op.allow_spinning") == "0"
        assert 1 <= opts.intra_op_num_threads <= 2
        assert Path(session._model_path).parent == pkg


def test_thread_limit_respects_override(monkeypatch):
    from safetoshare.images._threads import cpu_threads

    monkeypatch.setenv("SAFETOSHARE_IMAGE_THREADS", "1")
    assert cpu_threads() == 1
    monkeypatch.delenv("SAFETOSHARE_IMAGE_THREADS")
    assert 1 <= cpu_threads() <= 2
