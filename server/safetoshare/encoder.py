"""The entity recogniser's token encoder run by ONNX Runtime instead of thinc.

spaCy's small pipelines give their entity recogniser an encoder of its own (hash embeddings of four
word features, a maxout layer mixing them, four convolutions over neighbouring words, a linear
projection). thinc runs it as some thirty layers called from Python, each with its own matrix product;
ONNX Runtime runs the same arithmetic as one graph in about half the time, which is most of what a
check of a short post costs. The transition loop that reads the entities off the encoding stays spaCy's.

The graph for a model is built from its weights by scripts/build_encoders.py and ships in
models/encoders, named by a fingerprint of those weights: a model with no file (another model, a
retrained one) keeps thinc's encoder, and so does SAFETOSHARE_ENCODER=thinc. The shipped graphs are
quantised (`quantised`: 8-bit weights per output row, activations quantised on the fly), which halves
the encoder's time again; the encodings then differ from thinc's by about 1% and the entities read off
them almost never (tests/test_encoder.py counts them over the corpora, docs/performance.md has the
accuracy sets before and after).
"""
from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

ENCODERS_DIR = Path(__file__).resolve().parent / "models" / "encoders"


class Unsupported(ValueError):
    """The recogniser's encoder is not the shape this module knows."""


@dataclass(frozen=True)
class Weights:
    """What the encoder computes with, read from the thinc model."""

    columns: tuple[str, ...]  # the token attributes hashed (NORM, PREFIX, SUFFIX, SHAPE)
    embeddings: tuple[tuple[np.ndarray, int], ...]  # (table, hash seed) per column
    maxouts: tuple[tuple[np.ndarray, np.ndarray, int, int, np.ndarray, np.ndarray], ...]  # W (nO*nP, nI), b, nO, nP, norm G, norm b
    pad: int  # zero rows around each text before the convolutions (thinc's with_array pad)
    window: int  # words either side each convolution reads
    projection: tuple[np.ndarray, np.ndarray]  # W (nO, nI), b


def weights(tok2vec) -> Weights:
    """The encoder's weights, or Unsupported when its layers are not embed >> mix >> convolutions >> linear."""
    layers = list(tok2vec.walk())
    named = lambda name: [m for m in layers if m.name == name]
    features, embeds, maxouts, norms = named("extract_features"), named("hashembed"), named("maxout"), named("layernorm")
    windows = named("expand_window")
    encoders = [m for m in layers if m.name.startswith("with_array(residual(")]
    linear = [m for m in tok2vec.layers if m.name == "linear"]
    if (len(features) != 1 or not embeds or len(maxouts) != len(windows) + 1 or len(norms) != len(maxouts) or len(encoders) != 1
            or len(linear) != 1 or len({m.attrs["window_size"] for m in windows}) != 1 or tok2vec.layers[-1] is not linear[0]):
        raise Unsupported("not a MultiHashEmbed + MaxoutWindowEncoder + linear encoder")
    if [m.attrs["column"] for m in embeds] != list(range(len(embeds))) or len(features[0].attrs["columns"]) != len(embeds):
        raise Unsupported("embedding columns out of order")
    if any(m.attrs.get("dropout_rate") for m in embeds):
        raise Unsupported("dropout inside the embeddings")
    lin = linear[0]
    return Weights(
        columns=tuple(features[0].attrs["columns"]),
        embeddings=tuple((m.get_param("E"), int(m.attrs["seed"])) for m in embeds),
        maxouts=tuple(
            (mo.get_param("W").reshape(-1, mo.get_dim("nI")), mo.get_param("b").reshape(-1), mo.get_dim("nO"), mo.get_dim("nP"),
             ln.get_param("G"), ln.get_param("b"))
            for mo, ln in zip(maxouts, norms)
        ),
        pad=int(encoders[0].attrs["pad"]),
        window=int(windows[0].attrs["window_size"]),
        projection=(lin.get_param("W"), lin.get_param("b")),
    )


def fingerprint(w: Weights) -> str:
    """A digest of every weight and setting the encoder computes with: the ONNX file's name."""
    h = hashlib.sha256(repr((w.columns, [s for _, s in w.embeddings], [(n, p) for _, _, n, p, _, _ in w.maxouts], w.pad, w.window)).encode())
    arrays = [e for e, _ in w.embeddings] + [a for m in w.maxouts for a in (m[0], m[1], m[4], m[5])] + list(w.projection)
    for a in arrays:
        h.update(repr((a.shape, a.dtype.str)).encode())
        h.update(np.ascontiguousarray(a).tobytes())
    return h.hexdigest()[:32]


class OnnxEncoder:
    """Encodes docs as thinc's tok2vec does: one row of floats per token, the docs' rows one after another."""

    def __init__(self, w: Weights, path: Path):
        import onnxruntime as ort

        options = ort.SessionOptions()
        # one thread: a check is short, and the server runs checks side by side on the machine's cores
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.w = w
        from thinc.api import NumpyOps

        self.ops = NumpyOps()

    def __call__(self, docs) -> np.ndarray:
        w, ops, pad = self.w, self.ops, self.w.pad
        ids, real = [np.zeros((pad, len(w.columns)), "uint64")], [np.zeros(pad, bool)]
        for doc in docs:
            ids += [doc.to_array(list(w.columns)).astype("uint64").reshape(-1, len(w.columns)), np.zeros((pad, len(w.columns)), "uint64")]
            real += [np.ones(len(doc), bool), np.zeros(pad, bool)]
        ids, real = np.concatenate(ids), np.concatenate(real)
        # hashing and table look-ups as thinc's HashEmbed does them (the tables stay in the spaCy model)
        embedded = np.hstack([ops.gather_add(table, ops.hash(np.ascontiguousarray(ids[:, i]), seed) % table.shape[0])
                              for i, (table, seed) in enumerate(w.embeddings)])
        [out] = self.session.run(["encoded"], {"embedded": embedded, "real": real.astype("f")[:, None]})
        return out[real]


def attach(nlp, folder: Path | None = None) -> bool:
    """Run the pipeline's entity recogniser's encoder with ONNX Runtime when a graph for its weights ships
    in `folder`; True when it does. Training (is_train) still goes through thinc."""
    if os.environ.get("SAFETOSHARE_ENCODER", "onnx").lower() == "thinc" or "ner" not in nlp.pipe_names:
        return False
    try:
        tok2vec = nlp.get_pipe("ner").model.get_ref("tok2vec")
        w = weights(tok2vec)
    except (KeyError, ValueError, AttributeError) as exc:
        log.info("entity encoder stays thinc's: %s", exc)
        return False
    path = (folder or ENCODERS_DIR) / f"{fingerprint(w)}.onnx"
    if not path.is_file():
        log.info("entity encoder stays thinc's: no %s", path.name)
        return False
    encoder = OnnxEncoder(w, path)
    thinc_forward = tok2vec._func

    def forward(model, docs, is_train):
        if is_train:
            return thinc_forward(model, docs, is_train)
        return encoder(docs), _no_backprop

    tok2vec._func = forward
    tok2vec.attrs["safetoshare_encoder"] = path.name
    return True


def _no_backprop(d_out):
    raise RuntimeError("the ONNX encoder is for inference only")


def graph(w: Weights):
    """The ONNX graph of the encoder after its table look-ups (build time only: needs the onnx package).
    Inputs: `embedded` (rows, sum of table widths), the looked-up rows with `pad` rows around each doc;
    `real` (rows, 1), 1 for a doc's token and 0 for padding. Output: `encoded` (rows, width)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    inits, nodes = [], []

    def const(name, array):
        inits.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def maxout_norm(x, i, W, b, nO, nP, G, gb):
        nodes.append(helper.make_node("Gemm", [x, const(f"maxout{i}.W", W), const(f"maxout{i}.b", b)], [f"maxout{i}"], transB=1))
        nodes.append(helper.make_node("Reshape", [f"maxout{i}", const(f"pieces{i}", np.array([-1, nO, nP], "int64"))], [f"pieces{i}.out"]))
        nodes.append(helper.make_node("ReduceMax", [f"pieces{i}.out", const(f"axis{i}", np.array([2], "int64"))], [f"max{i}"], keepdims=0))
        # thinc's LayerNorm adds 1e-8 to the variance, as epsilon does here
        nodes.append(helper.make_node("LayerNormalization", [f"max{i}", const(f"norm{i}.G", G), const(f"norm{i}.b", gb)], [f"norm{i}"],
                                      axis=-1, epsilon=1e-8))
        return f"norm{i}"

    def window(x, i):
        """thinc's expand_window (seq2col): each row beside the `window` rows before and after it, zeros past
        the ends: the rows padded with zeros, then shifted copies side by side."""
        n = w.window
        nodes.append(helper.make_node("Pad", [x, const(f"window{i}.pads", np.array([n, 0, n, 0], "int64"))], [f"padded{i}"]))
        shifted = []
        for k in range(2 * n + 1):
            end = k - 2 * n if k < 2 * n else np.iinfo(np.int64).max
            nodes.append(helper.make_node("Slice", [f"padded{i}", const(f"window{i}.from{k}", np.array([k], "int64")),
                                                    const(f"window{i}.to{k}", np.array([end], "int64")), const(f"window{i}.axis{k}", np.array([0], "int64"))],
                                          [f"shift{i}.{k}"]))
            shifted.append(f"shift{i}.{k}")
        nodes.append(helper.make_node("Concat", shifted, [f"window{i}"], axis=1))
        return f"window{i}"

    mixed = maxout_norm("embedded", 0, *w.maxouts[0])
    nodes.append(helper.make_node("Mul", [mixed, "real"], ["h0"]))  # padding rows enter the convolutions as zeros
    h = "h0"
    for i, block in enumerate(w.maxouts[1:], 1):
        nodes.append(helper.make_node("Add", [h, maxout_norm(window(h, i), i, *block)], [f"h{i}"]))  # residual
        h = f"h{i}"
    W, b = w.projection
    nodes.append(helper.make_node("Gemm", [h, const("projection.W", W), const("projection.b", b)], ["encoded"], transB=1))
    width = sum(t.shape[1] for t, _ in w.embeddings)
    model = helper.make_model(
        helper.make_graph(nodes, "entity_encoder",
                          [helper.make_tensor_value_info("embedded", TensorProto.FLOAT, ["rows", width]),
                           helper.make_tensor_value_info("real", TensorProto.FLOAT, ["rows", 1])],
                          [helper.make_tensor_value_info("encoded", TensorProto.FLOAT, ["rows", W.shape[0]])], inits),
        opset_imports=[helper.make_opsetid("", 18)], producer_name="safetoshare scripts/build_encoders.py")
    model.ir_version = 8  # readable by onnxruntime 1.14 and later
    onnx.checker.check_model(model)
    return model


def quantised(model) -> bytes:
    """The graph with its matrix products in 8 bits (build time only): ONNX Runtime's dynamic quantisation, weights
    per output row (per channel, closer to the float weights than one scale per matrix), the activations' scale
    taken from each batch. The same graph always gives the same bytes."""
    import tempfile

    from onnxruntime.quantization import QuantType, quantize_dynamic

    with tempfile.TemporaryDirectory() as tmp:
        plain, small = Path(tmp) / "float.onnx", Path(tmp) / "int8.onnx"
        plain.write_bytes(model.SerializeToString())
        quantize_dynamic(str(plain), str(small), weight_type=QuantType.QInt8, per_channel=True)
        return small.read_bytes()
