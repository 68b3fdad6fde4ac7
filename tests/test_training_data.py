"""The informal-post model's training data generator (training/informal_ner/generate.py) is code too:
it must keep writing valid spaCy data whose entities sit exactly on the words it filled in."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin

ROOT = Path(__file__).resolve().parents[1]


def test_generator_writes_aligned_entities_and_negatives(tmp_path):
    subprocess.run(
        [sys.executable, str(ROOT / "training/informal_ner/generate.py"), str(tmp_path), "--train", "300", "--dev", "20", "--seed", "3"],
        check=True, capture_output=True,
    )
    nlp = spacy.blank("en")
    docs = list(DocBin().from_disk(tmp_path / "train.spacy").get_docs(nlp.vocab))
    assert len(docs) == 300
    assert len(list(DocBin().from_disk(tmp_path / "dev.spacy").get_docs(nlp.vocab))) == 20
    labels = {e.label_ for d in docs for e in d.ents}
    assert labels == {"PERSON", "ORG", "GPE"}
    # hard negatives: a good share of examples hold no entity at all
    assert sum(not d.ents for d in docs) > 30
    # case varies: lowercase and shouted examples both occur
    assert any(d.text.islower() and d.ents for d in docs) and any(d.text.isupper() for d in docs)
    for d in docs:
        for e in d.ents:
            assert e.text == e.text.strip() and e.text


def test_generator_is_reproducible(tmp_path):
    def run(out):
        subprocess.run(
            [sys.executable, str(ROOT / "training/informal_ner/generate.py"), str(out), "--train", "50", "--dev", "5", "--seed", "11"],
            check=True, capture_output=True,
        )
        return (out / "train.spacy").read_bytes()

    assert run(tmp_path / "a") == run(tmp_path / "b")
