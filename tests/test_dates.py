"""Personal dates in stories and posts: a month with its year and "N years ago today" are caught with
the severity their profile gives them; bare years, bare months, holidays and relative times stay clean."""
import pytest

from safetoshare.profiles import load_profile
from safetoshare.ruleset import load_rules


def dates(checker, text, profile):
    return [(f.text, f.kind, f.severity) for f in checker.check(text, profile=profile) if f.category == "personal_date"]


PROFILES = ["nmdp-social", "dkms-social", "nmdp-letter", "anthony-nolan-letter", "abmdr-letter"]

MONTH_YEARS = [
    ("In November 2015 I was diagnosed with AML.", "In November 2015"),
    ("september of 2001 changed everything for our family", "september of 2001"),
    ("Diagnosed Nov. 2015, transplant the spring after.", "Nov. 2015"),
    ("back in march 2019 i swabbed at a campus drive lol", "back in march 2019"),
    ("it was may 2020 when they called me", "may 2020"),
    ("Sept '01 was the last time I felt well.", "Sept '01"),
    ("they found a match in February, 2023 and I cried", "in February, 2023"),
]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("text, words", MONTH_YEARS, ids=[t[:30] for t, _ in MONTH_YEARS])
def test_a_month_with_its_year_is_a_personal_date_to_warn_about(checker, profile, text, words):
    # a month and year narrows the date down but is no exact day: every profile says warn
    assert dates(checker, text, profile) == [(words, "month_year", "warn")]


ANNIVERSARIES = [
    ("Seven years ago today I got the call.", "Seven years ago today", "Seven years ago"),
    ("5 yrs ago today a stranger saved my life 🎂", "5 yrs ago today", "5 yrs ago"),
    ("one year ago today!! new birthday vibes", "one year ago today", "one year ago"),
    ("Twenty-one years ago tonight my sister got her cells.", "Twenty-one years ago tonight", "Twenty-one years ago"),
    ("fourteen years ago today, still here", "fourteen years ago today", "fourteen years ago"),
    ("On this day 3 years ago I donated marrow.", "On this day 3 years ago", "3 years ago"),
    ("Two years ago on this day my donor gave me a second chance.", "Two years ago on this day", "Two years ago"),
    ("it's been 4 years today since my transplant", "4 years today", "4 years"),
    ("5 yrs ago tomorrow i got my cells", "5 yrs ago tomorrow", "5 yrs ago"),
    ("happy anniversary to us, 9 years today and still laughing", "9 years today", "9 years"),
    ("six months today since my cells arrived", "six months today", "six months"),
]


@pytest.mark.parametrize("text, words", [("this day last year we didn't know if she'd make it", "this day last year"),
                                         ("This day last yr I was in isolation.", "This day last yr")])
def test_this_day_last_year_is_an_exact_day(checker, text, words):
    assert dates(checker, text, "nmdp-social") == [(words, "anniversary_today", "block")]


@pytest.mark.parametrize("text", ["i feel 10 years older today lol", "this time last year i had no idea", "two years later today feels easy"])
def test_no_anniversary_in_a_time_without_its_day(checker, text):
    assert dates(checker, text, "nmdp-social") == []


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("text, words, rewrite", ANNIVERSARIES, ids=[t[:30] for t, _, _ in ANNIVERSARIES])
def test_n_years_ago_today_is_an_exact_day_and_blocks(checker, profile, text, words, rewrite):
    assert dates(checker, text, profile) == [(words, "anniversary_today", "block")]


@pytest.mark.parametrize("text, words, rewrite", ANNIVERSARIES, ids=[t[:30] for t, _, _ in ANNIVERSARIES])
def test_n_years_ago_today_keeps_the_time_and_drops_the_day(checker, text, words, rewrite):
    finding = next(f for f in checker.check(text, profile="nmdp-social") if f.text == words)
    assert finding.suggestions[0] == rewrite


@pytest.mark.parametrize(
    "text, words",
    [
        ("it's my 3rd transplantiversary and i'm so happy", "3rd transplantiversary"),
        ("happy 10 year transplantiversary to me 🎉", "10 year transplantiversary"),
        ("Our 5-year transplant anniversary is next week.", "5-year transplant anniversary"),
    ],
)
def test_a_numbered_transplant_anniversary_dates_the_transplant(checker, text, words):
    assert dates(checker, text, "nmdp-social") == [(words, "birthday", "block")]


def test_month_year_rewrites_fit_the_sentence(checker):
    # with "in" the whole phrase goes ("in November 2015" -> "some time ago"), without it a noun phrase stands in
    text = "I was diagnosed in November 2015. September of 2001 changed everything."
    found = {f.text: f.suggestions for f in checker.check(text, profile="nmdp-social")}
    assert found["in November 2015"][0] == "some time ago"
    assert found["September of 2001"][0] == "That year"  # it opens a sentence: the rewrite keeps sentence case


def test_an_exact_day_still_wins_over_its_month_and_year(checker):
    # the rewrite may take "on" along ("on 14 March 2024" -> "recently"); the finding is the exact day either way
    assert dates(checker, "I donated on 14 March 2024.", "nmdp-social") == [("on 14 March 2024", "date", "block")]
    assert dates(checker, "Transplant day was June 3, 2022.", "nmdp-social") == [("June 3, 2022", "date", "block")]


CLEAN = [
    "in 2015 i registered and forgot about it",
    "Last November I got the call, this march I donated.",
    "may 2 be honest i cried the whole way home",
    "May 2025 be your healthiest year yet!",
    "may 2024 bring you nothing but good counts",
    "Christmas in the hospital was rough but Easter was better.",
    "a year ago this week i got the call",
    "Two years ago I registered; last week I donated.",
    "7 yrs later they called. 3 weeks post donation and feeling great",
    "The apheresis took five hours this morning.",
    "we raised 2019 dollars for the drive in march",
    "happy rebirthday to me 🎈",
    "it's been 4 years since my transplant and i feel great",
]


@pytest.mark.parametrize("profile", ["nmdp-social", "nmdp-letter"])
@pytest.mark.parametrize("text", CLEAN, ids=[t[:30] for t in CLEAN])
def test_bare_years_months_holidays_wishes_and_relative_times_stay_clean(checker, text, profile):
    assert dates(checker, text, profile) == []


def test_profiles_set_severity_per_kind():
    rules = load_rules()
    for profile in rules.profiles.values():
        dates_rule = profile.forbids["personal_date"]
        assert dates_rule.severity_for("month_year") == "warn"
        assert dates_rule.severity_for("date") == dates_rule.severity == "block"
        assert profile.to_dict()["categories"]["personal_date"]["kinds"] == {"month_year": "warn"}


def test_a_kind_severity_other_than_block_or_warn_is_refused(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text(
        'id = "broken"\ntitle = "t"\nregistry = "r"\nchannel = "post"\nsource = "s"\n'
        '[forbids.personal_date]\nseverity = "block"\nrule = "r"\nsays = "s"\n'
        '[forbids.personal_date.kinds]\nmonth_year = "maybe"\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="month_year|kinds"):
        load_profile(path)


# Letters that IGNORECASE patterns read as ASCII ones (dotless ı, long ſ, dotted İ, the Kelvin sign K)
ODD_CASES = [
    "Seven yearſ ago todaY I got the call.", "FRİDAY the 3rd was the day", "on thıs day 3 years ago", "Born on MARCH 3, 1990",
    "ten years to the day", "Today marks exactly five years", "exactly 2 yrs since", "my 30th bday", "it's been 4 years today",
    "Il y a deux ans aujourd'hui, le 3 mars 2021", "in november 2015", "no date here at all", "the 50th time",
]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_word_tests_before_each_date_pattern_never_change_what_it_finds(monkeypatch, language):
    # each pattern is skipped where the words it needs are absent; without those tests it finds the same
    from safetoshare.detectors import dates as detector
    from safetoshare.detectors.base import Context

    rules = load_rules().for_language(language)
    texts = ODD_CASES + [m[0] for m in MONTH_YEARS] + [a[0] for a in ANNIVERSARIES] + CLEAN

    def found():
        return [[(c.start, c.end, c.kind) for c in detector.detect(Context(text=t, doc=None, rules=rules)) if c] for t in texts]

    gated = found()
    monkeypatch.setattr(detector, "_may_match", lambda text: lambda needs: True)
    assert gated == found()
    assert any(gated)


@pytest.mark.parametrize(
    "text",
    ["1/6 ok so you asked what a marrow harvest is like, here goes 🧵", "that's the thread. 🧵 4/6",
     "Nine Things To Pack For Apheresis (2/9)", "Wordle 5/5 today, a personal best"],
)
def test_a_thread_counter_or_a_score_is_no_date(checker, text):
    assert not [f for f in checker.check(text, profile="nmdp-social") if f.category == "personal_date"]


@pytest.mark.parametrize(
    "text, date",
    [("21/07 will always be my second birthday", "21/07"), ("see you 5/6!", "5/6"), ("a swab drive on Sunday, 8/17.", "8/17")],
)
def test_a_day_and_month_at_either_end_is_still_a_date(checker, text, date):
    assert date in [f.text for f in checker.check(text, profile="nmdp-social") if f.category == "personal_date"]


def test_a_score_after_a_game_is_no_date(checker):
    assert not [f for f in checker.check("Wordle 4/6 today, not bad for a Tuesday", profile="nmdp-social") if f.category == "personal_date"]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_first_character_test_of_the_date_patterns_never_changes_what_they_find(language):
    # each pattern opens with a look at the first character a date can start with; without it, the same
    import re

    from safetoshare.detectors import dates as detector
    from safetoshare.detectors import words

    w = words.table(load_rules().for_language(language), "dates", detector.WORDS)
    p = words.built(w, detector._patterns)
    texts = ODD_CASES + [m[0] for m in MONTH_YEARS] + [a[0] for a in ANNIVERSARIES] + CLEAN
    texts += [t.upper() for t in texts] + ["Tuesday,   March 3", "the twelfth of May", "on the 3rd", "ſept 3rd", "14 March 2024 was the day", "donated 3 mars 2021"]
    for pattern in (p.month_dates[0][0], p.month_dates[1][0], p.day_alone[0], p.month_year[0]):
        opening = re.match(r"\(\?=\[(?:\\.|[^\]])*\]\)", pattern.pattern)
        plain = re.compile(pattern.pattern[opening.end() :], pattern.flags)
        assert [[m.span() for m in pattern.finditer(t)] for t in texts] == [[m.span() for m in plain.finditer(t)] for t in texts]


@pytest.mark.parametrize("text, date", [
    ("today is march 9 and my cells are flying out", "march 9"),
    ("collected on may 12, still sore lol", "may 12"),
    ("been on the registry since march 2 and no call yet", "march 2"),
])
def test_a_lowercase_may_or_march_after_a_date_word_is_the_month(checker, text, date):
    found = [f.text for f in checker.check(text, profile="nmdp-social") if f.category == "personal_date"]
    assert any(date in t for t in found), found


@pytest.mark.parametrize("text", [
    "we march 12 miles for the cause every spring", "may 4 of us sign up next week", "this may 2 be the year lol",
    "they march 3 abreast to the clinic doors",
])
def test_a_lowercase_may_or_march_as_a_verb_stays_clean(checker, text):
    assert [f.text for f in checker.check(text, profile="nmdp-social") if f.category == "personal_date"] == []


@pytest.mark.parametrize("text, date", [
    ("my collection got pushed to the 9th and i'm so nervous", "9th"),
    ("harvest day is the 17th!! pray for me", "17th"),
    ("it's the 30th and still no call from the clinic lol", "30th"),
])
def test_a_day_alone_closing_a_clause_after_a_day_word_is_a_date(checker, text, date):
    found = [f.text for f in checker.check(text, profile="nmdp-social") if f.category == "personal_date"]
    assert date in found, found


@pytest.mark.parametrize("text", [
    "she is the 2nd donor in our family", "we moved to the 3rd floor last year", "this is the 1st time i've posted",
    "he came to the 4th round of interviews",
])
def test_a_rank_before_its_noun_is_no_day(checker, text):
    assert [f.text for f in checker.check(text, profile="nmdp-social") if f.category == "personal_date"] == []


@pytest.mark.parametrize("text, date", [
    ("harvest booked for thurs 21st, nervous wreck", "thurs 21st"),
    ("collection is Friday 9th, then rest", "Friday 9th"),
    ("see everyone sat the 3rd at the drive", "sat the 3rd"),
])
def test_a_weekday_before_a_day_of_the_month_is_a_date(checker, text, date):
    found = [f.text for f in checker.check(text, profile="nmdp-social") if f.category == "personal_date"]
    assert date in found, found


@pytest.mark.parametrize("text", ["i sat 3rd in the pub quiz", "we wed 2nd cousins apparently", "the sun 1st thing in the morning"])
def test_a_weekday_short_form_that_is_a_word_needs_the(checker, text):
    assert [f.text for f in checker.check(text, profile="nmdp-social") if f.category == "personal_date"] == []


@pytest.mark.parametrize("text, expected", [
    ("Fourth of July from the transplant unit, watching fireworks out the window", []),
    ("happy 4th of july everyone, stay safe", []),
    ("on the 4th of July 2019 I got my new cells", ["4th of July 2019"]),
    ("my transplant was on july 4th 2019", ["on july 4th 2019"]),
])
def test_a_holiday_by_its_name_is_no_personal_date(checker, text, expected):
    assert [f.text for f in checker.check(text, "nmdp-social") if f.category == "personal_date"] == expected


def test_a_holiday_that_is_someones_day_stays_a_date(checker):
    text = "My birthday is the 4th of July, which means fireworks every year"
    assert [f.text for f in checker.check(text, "nmdp-letter") if f.category == "personal_date"] == ["4th of July"]
