"""Suggestions that read like the writer wrote them (issue 11): each first suggestion applied to a
text must leave a grammatical sentence, and a suggestion that would itself be flagged, or that
doubles a word, is never offered. Also: one wording for an unknown profile, CLI help."""
from __future__ import annotations

import io
import json
import re
import shutil

import pytest

from safetoshare import cli
from safetoshare.checker import Checker
from safetoshare.findings import Candidate, Finding
from safetoshare.rewrites import plan, recheck
from safetoshare.ruleset import default_rules_dir


def apply_first(text: str, findings) -> str:
    for f in sorted(findings, key=lambda f: f.start, reverse=True):
        text = text[: f.start] + f.suggestions[0] + text[f.end :]
    return text


def rewritten(checker, text: str, profile: str = "nmdp-letter") -> str:
    return apply_first(text, checker.check(text, profile=profile))


@pytest.mark.parametrize(
    "text, profile, expected",
    [
        # a naming clause goes, the noun before it stays
        ("We adopted a terrier named Biscuit last spring.", "nmdp-letter", "We adopted a terrier last spring."),
        ("our kids have a hamster called Noodle and two fish.", "nmdp-social", "our kids have a hamster and two fish."),
        ("Hello! My name is Priscilla and I donated in the spring.", "nmdp-letter", "Hello! I donated in the spring."),
        ("Hi, my name is Oswaldo. I am a donor.", "nmdp-letter", "Hi, I am a donor."),
        # the relationship stays
        ("Everyone at the clinic was kind, especially Nurse Ramona.", "nmdp-letter", "Everyone at the clinic was kind, especially one of the nurses."),
        ("so thankful for my brother @theo_runs who drove me", "nmdp-social", "so thankful for my brother who drove me"),
        ("My friend Odalys said hi. Odalys is the best.", "nmdp-letter", "My friend said hi. My friend is the best."),
        ("our bulldog mr. biggs refused to let me out of bed", "nmdp-social", "our bulldog refused to let me out of bed"),
        ("happy rebirthday to my sweet boy milo!! he got his cells", "nmdp-social", "happy rebirthday to my sweet boy!! he got his cells"),
        ("my donor was a 24 year old nursing student and i hope she's well", "nmdp-social", "my donor was a nursing student and i hope she's well"),
        ("A beekeeper named Thaddeus Oyelaran signed up. 'Nice,' Thaddeus said.", "nmdp-social", "A beekeeper signed up. 'Nice,' the beekeeper said."),
        ("P.S. My husband, Gerald, says hello too!", "nmdp-letter", "P.S. My husband says hello too!"),
        ("Our youth group prayed for you. I'm Pastor Obadiah's nephew.", "nmdp-letter", "Our youth group prayed for you. I'm my pastor's nephew."),
        ("Dear Recipient, I am Kwabena, a farmer from Ghana. I pray for you.", "nmdp-letter", "Dear Recipient, I am a farmer from my country. I pray for you."),
        # the other party's town is theirs, not "my city"
        ("I live in Tacoma and my recipient lives in Ohio.", "nmdp-social", "I live in my city and my recipient lives in their state."),
        # shouted words are rewritten in capitals
        ("DONATED TODAY!!! GO BLUE DEVILS", "nmdp-social", "DONATED TODAY!!! GO TEAM"),
        # articles and determiners around the span agree with the rewrite
        ("I served in the Air Force for twelve years.", "nmdp-letter", "I served in the military for twelve years."),
        ("I'm an Army medic and proud of it.", "nmdp-letter", "I'm a medic and proud of it."),
        ("I'm a Girl Scouts troop leader in my spare time.", "nmdp-letter", "I'm a troop leader in my spare time."),
        ("I was treated at the Mayo Clinic in winter.", "nmdp-letter", "I was treated at the hospital in winter."),
        ("We live just off I-84 near the lake.", "nmdp-letter", "We live just off a highway near the lake."),
        ("My son's Pee Wee team won again.", "nmdp-letter", "My son's team won again."),
        # a proper noun found in part goes whole, and its last word says what it was
        ("My sewing circle, the Cedar Falls Quilters, sends love.", "nmdp-letter", "My sewing circle, the quilters, sends love."),
        ("Our youth group at St. Agatha's Parish prayed for you.", "nmdp-letter", "Our youth group at my parish prayed for you."),
        ("after donating i watched a movie at the Regal Cinema downtown", "nmdp-social", "after donating i watched a movie at the cinema downtown"),
        ("Hello, I am a retired Navy pilot from Maine.", "nmdp-letter", "Hello, I am a retired pilot from my state."),
        ("We renewed our vows at St. Brendan's Cathedral. Tulsa's best diner is there.", "nmdp-letter", "We renewed our vows at a local cathedral. My city's best diner is there."),
        ("happy 2 year transplantiversary to me!!! we also had our 10th wedding anniversary", "nmdp-social", "happy transplantiversary to me!!! we also had our anniversary"),
        # the kind the span really is
        ("I donated at Rochester last year and the nurses were lovely.", "nmdp-letter", "I donated at the hospital last year and the nurses were lovely."),
        ("I picked up an extra shift at Walmart to pay for the trip.", "nmdp-letter", "I picked up an extra shift at work to pay for the trip."),
        ("lol my coworkers at Amazon threw me a party after I donated", "nmdp-social", "lol my coworkers at work threw me a party after I donated"),
        ("he was halfway through a shift at Ford's Oakville plant when the call came", "nmdp-social", "he was halfway through a shift at the plant when the call came"),
        ("he was on the line at Boeing's Everett plant when the call came", "nmdp-social", "he was on the line at the company's plant when the call came"),
        ("my bestie drove me to the hospital at 5am, love u jen", "nmdp-social", "my bestie drove me to the hospital at 5am, love u friend"),
        # teams: "go <team>" and slogans alike
        ("Go Broncos! what a game", "nmdp-social", "Go team! what a game"),
        ("go broncos!! donated today", "nmdp-social", "go team!! donated today"),
        ("Go Pack Go! donated today", "nmdp-social", "Go team! donated today"),
        ("We're big Packers fans in our house.", "nmdp-letter", "We're big sports fans in our house."),
        ("what a day at the stadium. roll tide!!", "nmdp-social", "what a day at the stadium. go team!!"),
        # sentence case
        ("Tacoma has the best coffee, and I miss it.", "nmdp-letter", "My city has the best coffee, and I miss it."),
        # a family signing by its surname keeps "the fam", not "the friend fam"
        ("thank you all for sharing our drive. love, the mensah fam", "nmdp-social", "thank you all for sharing our drive. love, the fam"),
        # a name's own capital "The" mid-sentence goes with it ("at The place" would read wrong)
        ("drinks at The Rusty Anchor tonight with the crew", "nmdp-social", "drinks at the place tonight with the crew"),
        # dates and contact details take their preposition with them
        ("We met on June 3, 2023 at the drive.", "nmdp-letter", "We met recently at the drive."),
        ("You can email me at pat.donor@example.com any time.", "nmdp-letter", "You can email me through the registry any time."),
    ],
)
def test_first_suggestion_reads_like_the_writer(checker, text, profile, expected):
    assert rewritten(checker, text, profile) == expected


def test_a_name_used_as_a_modifier_is_dropped(checker):
    assert rewritten(checker, "The Okonkwo family sends their love.") == "The family sends their love."
    assert rewritten(checker, "I'm an Air National Guard rescue swimmer.") == "I'm a rescue swimmer."
    assert rewritten(checker, "She is a Spokane native and a nurse.") == "She is a local and a nurse."


def test_a_name_in_two_pieces_is_rewritten_once_with_its_surname(checker):
    text = "Haruto Kobayashi was a line cook then."
    cands = [Candidate(0, 6, "personal_name", "default", "names"), Candidate(7, 16, "personal_name", "default", "model:PERSON", priority=20)]
    plans = plan(text, cands, cands, checker.rules)
    assert (plans[id(cands[0])].start, plans[id(cands[0])].end) == (0, 16) and plans[id(cands[1])] is None
    assert plans[id(cands[0])].suggestions[0] == "Someone"
    # a surname the detectors left out goes with the first name
    text = "Lena and Desmond Bell met at a swab drive."
    desmond = Candidate(text.index("Desmond"), text.index("Desmond") + 7, "personal_name", "default", "names")
    rewrite = plan(text, [desmond], [desmond], checker.rules)[id(desmond)]
    assert text[rewrite.start : rewrite.end] == "Desmond Bell"



@pytest.mark.parametrize("text, expected", [
    ("road trip w/ zanele and ruairi this weekend", "road trip w/ two friends this weekend"),
    ("Mariska and Teodor brought soup after my collection.", "Two friends brought soup after my collection."),
    ("Huge thanks to Dr. Lindqvist and Dr. Adebayo for everything.", "Huge thanks to my doctors for everything."),
])
def test_two_names_joined_by_and_are_rewritten_once(checker, text, expected):
    """Not "a friend and a friend": the pair reads as the people it is."""
    findings = checker.check(text, profile="nmdp-social")
    assert apply_first(text, findings) == expected
    assert len(findings) == 1


def test_names_in_a_longer_list_or_of_other_kinds_stay_apart(checker):
    # the tail of "X, Y and Z" reads on its own; so does a relative beside a friend
    for text in ("Me, Mariska and Teodor went swabbing.", "My sister Ilse and Teodor came to the drive."):
        findings = checker.check(text, profile="nmdp-social")
        assert len(findings) == 2 and not any(" and " in f.text for f in findings), [f.text for f in findings]

def test_sign_off_follows_the_writers_role(checker):
    text = "Dear Recipient, I think of you every day. Warmly, Bartholomew"
    assert rewritten(checker, text).endswith("Warmly, your donor")
    text = "Dear Donor, your gift gave me a second life. Warmly, Bartholomew"
    assert rewritten(checker, text).endswith("Warmly, your recipient")


STORIES = [
    ("Hi! I'm Delphine, a nurse at Providence in Spokane. My husband Anselm and our cat Waffles say hi. Go Zags!", "nmdp-letter"),
    ("Dear donor, I was treated at the Mayo Clinic in Rochester on May 4, 2023. Email me: kit.r@example.com. Love, Kit", "nmdp-letter"),
    ("huge thanks to @jess_runs and my wife @maya.k 🙏 donated at Fred Hutch today, seattle represent #GoHawks", "nmdp-social"),
    ("Sergeant Hollis Brandt of the 82nd Airborne, a Fort Liberty native, donated at Duke last spring.", "nmdp-social"),
]


@pytest.mark.parametrize("text, profile", STORIES)
def test_every_finding_has_a_fitting_suggestion_and_its_own_words(checker, text, profile):
    findings = checker.check(text, profile=profile)
    assert findings
    for f in findings:
        assert f.text == text[f.start : f.end]
        assert f.suggestions, f.text
        assert not re.fullmatch(r"\[.*removed\]", f.suggestions[0]), f"{f.text!r} -> {f.suggestions}"
    for a, b in zip(findings, findings[1:]):
        assert a.end <= b.start, "a widened span ran into the next finding"
    result = apply_first(text, findings)
    assert not re.search(r"\b(\w+)\s+\1\b", result, re.IGNORECASE), result
    assert not [f for f in checker.check(result, profile=profile) if f.severity == "block"], result


def test_a_widened_finding_can_be_let_through_as_shown(checker):
    text = "We adopted a terrier named Biscuit last spring."
    shown = next(f.text for f in checker.check(text) if "Biscuit" in f.text)
    assert shown == "terrier named Biscuit"
    assert not [f for f in checker.check(text, allow=[shown]) if "Biscuit" in f.text]


def test_a_suggestion_that_doubles_a_word_is_withdrawn(checker):
    text = "I was treated at the Fred Hutch."
    start = text.index("Fred Hutch")
    finding = Finding(start, start + 10, "Fred Hutch", "organization", "hospital", "block", "m", "r", "s", "d", ["the hospital", "hospital"])
    recheck(text, [finding], lambda t, _regions: checker.check(t, profile="nmdp-letter"), checker.rules)
    assert finding.suggestions == ["hospital"]


def test_a_suggestion_that_would_be_flagged_is_withdrawn_and_a_placeholder_is_the_last_resort(checker):
    text = "We moved to Denver last year."
    start = text.index("Denver")
    finding = Finding(start, start + 6, "Denver", "location", "city", "block", "m", "r", "s", "d", ["Seattle", "Boise"])
    recheck(text, [finding], lambda t, _regions: checker.check(t, profile="nmdp-letter"), checker.rules)
    assert finding.suggestions == ["[place removed]"]


@pytest.fixture(scope="module")
def checker_with_risky_rewrite(tmp_path_factory):
    """The real rules, except that a city's first rewrite is itself a city."""
    rules = tmp_path_factory.mktemp("rules") / "rules"
    shutil.copytree(default_rules_dir(), rules)
    messages = (rules / "en" / "messages.toml").read_text(encoding="utf-8")
    city = '[location.city]\nmessage = "Naming your city or town narrows down where you live."\nsuggestions = ["my city", "my town"]'
    assert city in messages
    (rules / "en" / "messages.toml").write_text(messages.replace(city, city.replace('["my city"', '["Tacoma", "my city"')), encoding="utf-8")
    return Checker(rules_dir=rules)


def test_the_checker_rechecks_rewrites_before_offering_them(checker_with_risky_rewrite):
    finding = next(f for f in checker_with_risky_rewrite.check("We moved to Denver last year.") if f.text == "Denver")
    assert "Tacoma" not in finding.suggestions
    assert finding.suggestions[0] == "my city"


def test_the_rewrites_of_every_paragraph_are_checked_again_in_one_run(checker_with_risky_rewrite, monkeypatch):
    text = ("We moved to Denver last year.\n\nThe nurses were kind to us all.\n\nMy sister lives in Boise now.\n\n"
            "Our cousins left Spokane for the coast.")
    runs = []
    detect = Checker._detect

    def counted(self, doc, *args, **kwargs):
        runs.append(kwargs.get("plain_rewrites", False))
        return detect(self, doc, *args, **kwargs)

    monkeypatch.setattr(Checker, "_detect", counted)
    checker_with_risky_rewrite._cache.clear()
    cities = [f for f in checker_with_risky_rewrite.check(text) if f.text in ("Denver", "Boise", "Spokane")]
    assert [f.text for f in cities] == ["Denver", "Boise", "Spokane"]
    # each city's first rewrite (another city) is withdrawn, whichever paragraph it is in
    assert all(f.suggestions[0] == "my city" for f in cities), [f.suggestions for f in cities]
    # three paragraphs with rewrites: two rounds of re-reading (the second finds nothing), each one run for all of them
    assert runs.count(True) == 2 and runs.count(False) == 4, runs


def test_a_finding_across_the_gap_between_stretches_belongs_to_no_paragraph(checker):
    from safetoshare.checker import STRETCH_GAP

    reader, prof = checker.reader("en"), checker.profile("nmdp-letter")
    first, second = "I owe everything to my friend", "Kennedy Hospital staff were wonderful."
    jobs = [(first, [(len(first) - 9, len(first))]), (second, [(0, 7)])]
    joined = first + STRETCH_GAP + second
    assert any(f.start < len(first) and f.end > len(first) + len(STRETCH_GAP) for f in
               checker._detect(reader.nlp.make_doc(first + " " + second), prof, reader=reader, text=first + " " + second, plain_rewrites=True))
    found = checker._detect_around(jobs, prof, (), (), reader)
    assert all(f.end <= len(text) for (text, _), fs in zip(jobs, found) for f in fs)
    assert not [f for f in checker._detect(reader.nlp.make_doc(joined), prof, reader=reader, text=joined, plain_rewrites=True)
                if f.start < len(first) < f.end]


def test_the_api_and_the_cli_offer_the_same_suggestions(client, checker, monkeypatch, capsys):
    text = "My name is Rosalind and I donated at Fred Hutch in Seattle. Our pup named Pickle says hi."
    api = client.post("/api/v1/check", json={"text": text}).get_json()["findings"]
    import safetoshare.checker as checker_mod

    monkeypatch.setattr(checker_mod, "Checker", lambda *a, **k: checker)
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    assert cli.main(["check", "-", "--format", "json"]) == 1
    files = json.loads(capsys.readouterr().out)["files"]
    assert [(f["start"], f["end"], f["suggestions"]) for f in files[0]["findings"]] == [(f["start"], f["end"], f["suggestions"]) for f in api]
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    cli.main(["check", "-", "--format", "text", "--color", "never"])
    out = capsys.readouterr().out
    for f in api:
        assert f"try: {f['suggestions'][0]!r}" in out


def test_unknown_profile_is_worded_once_and_never_repeats_the_input(client):
    sent = "bogus-profile-7731"
    text_error = client.post("/api/v1/check", json={"text": "hi", "profile": sent}).get_json()["error"]
    form = {"image": (io.BytesIO(b"not even a picture"), "x.png"), "profile": sent}
    image_resp = client.post("/api/v1/check-image", data=form, content_type="multipart/form-data")
    assert image_resp.status_code == 400
    image_error = image_resp.get_json()["error"]
    report_error = client.post("/api/v1/report", json={"profile": sent, "files": [{"path": "a.txt", "text": "hi"}]}).get_json()["error"]
    assert text_error == image_error == report_error
    assert text_error["code"] == "unknown_profile" and text_error["field"] == "profile"
    assert sent not in text_error["message"] and "nmdp-letter" in text_error["message"]


def test_check_help_explains_path_and_color(capsys):
    with pytest.raises(SystemExit):
        cli.main(["check", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert re.search(r"PATH\s+a file .*standard input", out)
    assert re.search(r"--color \{auto,always,never\}\s+highlight findings", out)


def test_two_names_joined_by_et_are_rewritten_once_in_french(checker):
    text = "Merci à Maëlle et Baptiste pour leur soutien pendant ma greffe."
    findings = checker.check(text, profile="france-social")
    assert apply_first(text, findings) == "Merci à deux proches pour leur soutien pendant ma greffe."


def test_a_rewrite_with_a_figure_is_read_again_by_every_detector(checker):
    """Rewrites of plain words are read again only by the detectors plain words can set off; one with a figure ("il y
    a 3 ans", where "3 ans" is an age to the detector of the other party's details) by all of them."""
    text = "il y a 3 ans aujourd'hui je donnais mes cellules à Lyon."
    date = next(f for f in checker.check(text, profile="france-social") if f.category == "personal_date")
    assert date.suggestions[0] != "il y a 3 ans"


def test_the_vaguest_time_after_an_anniversary_is_the_languages_own(checker):
    english = next(f for f in checker.check("seven years ago today i donated", profile="nmdp-social") if f.category == "personal_date")
    french = next(f for f in checker.check("il y a deux ans aujourd'hui je donnais", profile="france-social") if f.category == "personal_date")
    assert english.suggestions == ["seven years ago", "some time ago"]
    assert french.suggestions == ["il y a deux ans", "il y a quelque temps"]
