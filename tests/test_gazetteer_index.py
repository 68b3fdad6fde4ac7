"""The list index looks most list names up by their words' lowercase forms instead of tokenizing them
(start-up time): that is only right if the tokenizer splits each of them into exactly those words."""
import pytest

from safetoshare.detectors.gazetteer import _plain_words


@pytest.mark.parametrize("code", ["en", "fr"])
def test_names_looked_up_by_their_words_are_split_into_those_words(checker, code):
    reader = checker.reader(code)
    tokenizer = reader.nlp.tokenizer
    special = {k.lower() for k in tokenizer.rules} if tokenizer.rules else set()
    names = {alias for gl in reader.rules.lists for entry in gl.entries for alias in entry}
    plain = [n for n in names if _plain_words(n, special)]
    assert sum(" " in n for n in plain) > 1000  # most names of several words take the shortcut
    assert [n for n in plain if [t.text for t in tokenizer(n)] != n.split(" ")] == []


def test_names_the_tokenizer_splits_otherwise_are_not_looked_up_by_words(checker):
    special = {k.lower() for k in checker.nlp.tokenizer.rules}
    assert not _plain_words("st. mary's", special)
    assert not _plain_words("we cannot", special)  # "can" "not"
    assert not _plain_words("new  york", special)  # a space token
    assert _plain_words("new york", special) and _plain_words("Zürich", special)


@pytest.mark.parametrize("text, found", [
    ("we flew into new york city last night", "new york city"),
    ("we flew into NEW YORK last night", "NEW YORK"),
])
def test_a_place_of_several_words_is_found_in_any_case(checker, text, found):
    assert found in [f.text for f in checker.check(text, "nmdp-social")]


def test_a_name_at_the_very_end_is_matched_by_its_own_length(checker):
    """Names of two and of three words open with the same word ("the us", "the us virgin islands"): at the end of
    a text, the two words are the shorter name, not the longer one cut off."""
    index = checker.gazetteers
    firsts = {words.split(" ")[0] for words in index.multi}
    first = next(f for f in sorted(firsts) if len({len(w.split(" ")) for w in index.multi if w.split(" ")[0] == f}) > 1)
    shortest = min((w for w in index.multi if w.split(" ")[0] == first), key=lambda w: len(w.split(" ")))
    doc = checker.nlp.make_doc("we went to " + shortest)
    from safetoshare.detectors.base import Context
    ctx = Context(text=doc.text, doc=doc, rules=checker.rules)
    ends = {end for _, _, end in index.matches(index.lower, ctx)}
    assert max(ends) == len(doc)
    assert checker.check("all they told me about my donor: male, 26, from the US", "nmdp-social") is not None
