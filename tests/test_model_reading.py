"""The main model reads only the sentences of a tidy paragraph that have a capital it could make an entity of
(server/safetoshare/model_reading.py); the lists, cues and patterns still read every word."""
from __future__ import annotations

from safetoshare.model_reading import needs_model, parts_to_read

WORDS = {"thank", "you", "my", "we", "it", "so", "please", "every", "day", "the", "reading"}


def plain(word: str) -> bool:
    return word.lower() in WORDS


def test_a_sentence_needs_the_model_only_for_a_capital_beyond_an_opening_word():
    assert not needs_model("Thank you so much, I think of you every day.", plain)
    assert not needs_model("Reading is my whole recovery plan.", plain)  # a word opening the sentence
    assert needs_model("My sister Priyanka drove me there.", plain)
    assert needs_model("Boise was cold.", plain)  # no dictionary word opens it
    assert needs_model("JB and K are the reason.", plain)  # initials open it


def test_only_the_sentences_that_need_it_are_read_and_neighbours_together():
    text = ("Thank you so much for everything you did this year. My sister Priyanka and my nurse Okafor cried. "
            "We think of you every day and every night. Please write to us when you can.")
    parts = parts_to_read(text, plain)
    assert [text[s:e] for s, e in parts] == ["My sister Priyanka and my nurse Okafor cried."]


def test_a_short_sentence_is_read_with_the_one_before_it():
    text = ("We think of you every day and we hope the year has been kind to you and yours. "
            "Thank you so much for everything you gave us. Love, the Nguyens")
    assert [text[s:e] for s, e in parts_to_read(text, plain)] == ["Thank you so much for everything you gave us. Love, the Nguyens"]


def test_a_paragraph_that_mostly_needs_the_model_is_read_whole():
    assert parts_to_read("My sister Priyanka cried. Boise was cold.", plain) is None


def test_names_in_a_letter_are_found_when_other_sentences_are_skipped(checker):
    text = ("Dear friend, thank you so much for what you did for our family this year. It was a long wait and "
            "we are so grateful. My brother Tadhg cried when the call came from the clinic in Galway. "
            "We think of you every single day and we hope you are well.")
    found = {f.text for f in checker.check(text, profile="nmdp-letter")}
    assert any("Tadhg" in t for t in found) and any("Galway" in t for t in found), found


def test_the_rewrites_re_check_reads_the_sentences_around_each_rewrite():
    from safetoshare.checker import _windows

    text = "We met in Boise. The drive was fun. My sister Ana came too. Thanks!"
    ana = text.index("My sister")
    assert [text[s:e] for s, e in _windows(text, [(10, 15)])] == ["We met in Boise."]
    assert [text[s:e] for s, e in _windows(text, [(10, 15), (ana, ana + 9)])] == ["We met in Boise.", "My sister Ana came too."]
    assert [text[s:e] for s, e in _windows(text, [(10, 15), (17, 20)])] == ["We met in Boise. The drive was fun."]


def test_the_re_check_of_a_long_sentence_reads_only_the_words_near_the_rewrite():
    from safetoshare.checker import REACH, _windows

    before = "we drove for hours and hours through the rain and the fog and the traffic on the way to "
    after = " and then we waited all afternoon in the lobby with coffee and crosswords and bad magazines"
    text = before + "a city" + after
    start = len(before)
    [(s, e)] = _windows(text, [(start, start + 6)])
    assert 0 < s and e < len(text) and start - s <= REACH and e - start - 6 <= REACH
    assert text[s - 1] == " " and text[e] == " "  # cut between words
    assert text[s:e].index("a city") > 0


def test_a_short_post_is_read_whole():
    assert parts_to_read("Thank you so much. Found my old Brebeuf hoodie today.", plain) is None
