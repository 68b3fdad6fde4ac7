"""Telling the language of a draft, and answering honestly for languages we do not read."""
import pytest
from corpus import cases


@pytest.mark.parametrize("corpus", ["labelled.jsonl", "informal.jsonl", "informal-holdout.jsonl"])
def test_english_posts_and_letters_are_read_as_english(checker, corpus):
    texts = [c["text"] for c in cases(corpus)]
    wrong = [t[:60] for t in texts if checker.detect_language(t) != "en"]
    # an English text read as another language loses its checks: at most one in two hundred
    assert len(wrong) <= len(texts) // 200, wrong


def test_french_texts_are_read_as_french(checker):
    texts = [c["text"] for c in cases("french.jsonl")]
    wrong = [t[:60] for t in texts if checker.detect_language(t) != "fr"]
    assert len(wrong) <= len(texts) // 20, wrong


def test_other_languages_are_told_apart_from_the_ones_we_read(checker):
    other = [c for c in cases("other-languages.jsonl") if c["language"] not in ("en", "fr") and len(c["text"].split()) >= 6]
    wrong = [(c["language"], c["text"][:50]) for c in other if checker.detect_language(c["text"]) in checker.languages]
    assert len(wrong) <= len(other) // 20, wrong


def test_a_german_draft_gets_only_language_independent_findings(checker):
    text = "Mein Spender hat mir das Leben gerettet. Liebe Grüße aus München, Anna. Schreib mir an anna.k@web.de oder am 12.03.2021 zurück."
    checked = checker.check_text(text)
    assert checked.language == "de" and not checked.supported
    assert [(u.start, u.end, u.language) for u in checked.unchecked] == [(0, len(text), "de")]
    assert {(f.text, f.kind) for f in checked.findings} == {("anna.k@web.de", "email"), ("12.03.2021", "date")}


def test_a_watchlist_still_works_in_a_language_we_do_not_read(checker):
    checked = checker.check_text("Hola, soy Marisol y vivo en Valladolid con mi familia desde hace años.", watchlist=["Marisol"])
    assert not checked.supported and [f.text for f in checked.findings] == ["Marisol"]


def test_an_english_letter_with_a_german_paragraph_marks_only_that_part(checker):
    english = "Dear donor, thank you from the bottom of my heart. We live in Toledo and the kids are back at school."
    german = "Liebe Grüße auch von meiner Oma Gertrud aus Hamburg, sie betet jeden Abend für dich und deine Familie."
    text = english + "\n\n" + german
    checked = checker.check_text(text)
    assert checked.language == "en" and checked.supported
    assert [(u.start, u.end, u.language) for u in checked.unchecked] == [(len(english) + 2, len(text), "de")]
    assert [f.text for f in checked.findings] == ["Toledo"]


def test_the_language_can_be_given(checker):
    text = "Thanks so much to everyone in Leeds"
    assert checker.check_text(text, language="de").supported is False
    assert [f.text for f in checker.check_text(text, language="en").findings] == ["Leeds"]
    with pytest.raises(ValueError):
        checker.check_text(text, language="english")


@pytest.mark.parametrize("text, language", [
    ("ok thx", "en"), ("Love, Marguerite", "en"), ("so proud of u", "en"), ("Good luck Marie", "en"),
    ("Bisous, Léa", "fr"), ("trop bien", "fr"), ("Greffée le 02/11/2023 à Nantes.", "fr"), ("Liebe Grüße", "de"),
])
def test_short_drafts_are_told_by_the_words_only_one_language_has(checker, text, language):
    assert checker.detect_language(text) == language


def test_a_short_closing_paragraph_keeps_the_letters_language(checker):
    text = "Dear donor, we think of you every single day and the whole family sends love from Ohio.\n\nBisous, Marguerite"
    checked = checker.check_text(text)
    assert checked.unchecked == [] and {f.text for f in checked.findings} >= {"Ohio", "Marguerite"}
    assert all("ville" not in f.message for f in checked.findings)  # read as English: English messages


def test_lines_in_another_language_are_marked_even_without_a_blank_line(checker):
    english = "Thank you so much for everything you did for our family this year, we are so grateful."
    german = "Liebe Grüße aus München von meiner Oma Gertrud, sie betet jeden Abend für dich."
    text = f"{english}\n{german}\nLove, Anna"
    checked = checker.check_text(text)
    assert [(u.start, u.end, u.language) for u in checked.unchecked] == [(len(english) + 1, len(english) + 1 + len(german), "de")]
    assert [f.text for f in checked.findings] == ["Anna"]  # no English guesses at München or Gertrud


def test_fundraiser_links_of_any_country_are_found_in_a_language_we_do_not_read(checker):
    text = "Zbiórka na leczenie Zosi z Gdańska: zrzutka.pl/pomoc-dla-zosi. Każda złotówka się liczy, dziękujemy!"
    checked = checker.check_text(text)
    assert not checked.supported and [(f.text, f.kind) for f in checked.findings] == [("zrzutka.pl/pomoc-dla-zosi", "url")]


@pytest.mark.parametrize("text", [
    "langar at the gurdwara after the swab drive, waheguru ji ka khalsa waheguru ji ki fateh",
    "thank you all for the duas and the calls, alhamdulillah ya rabbi, shukran jazilan habibi",
    "e se gan o, thank you for the prayers and the food, olorun a bukun fun yin",
])
def test_an_english_post_with_words_of_a_language_we_do_not_know_stays_english(checker, text):
    # lingua knows none of these languages and takes the letters for one it knows; English's function words settle it
    assert checker.detect_language(text) == "en"


def test_another_language_with_an_english_word_or_two_is_not_english(checker):
    assert checker.detect_language("Vielen Dank an alle für die Unterstützung, das war ein hartes Jahr für uns, thanks") != "en"


@pytest.mark.parametrize("text, name", [
    ("grabe ang haba ng pila sa PGH kanina, salamat kuya jun sa pagsundo", "kuya jun"),
    ("asante sana kwa maombi yenu wote, mungu awabariki, hasa dada wanjiru", "wanjiru"),
    ("terima kasih banyak semua yang doakan, especially kak farah dari kampung", "farah"),
])
def test_a_post_in_a_language_written_amid_english_is_read_in_english(checker, text, name):
    # Tagalog, Swahili, Malay (rules/en/language.toml reads_amid): lingua tells them apart, and the English reader's
    # lists and cues find the names in them; "not checked" would let every name through
    checked = checker.check_text(text, profile="nmdp-social")
    assert checked.language == "en" and checked.supported and not checked.unchecked
    assert any(name in f.text or f.text in name and f.text for f in checked.findings if f.category == "personal_name"), checked.findings


def test_a_language_neither_read_nor_written_amid_english_stays_unchecked(checker):
    checked = checker.check_text("chúc mừng năm mới mọi người, cảm ơn bác sĩ và các y tá đã chăm sóc mẹ tôi", profile="nmdp-social")
    assert checked.language == "vi" and not checked.supported and checked.unchecked
