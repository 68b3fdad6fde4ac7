"""`safetoshare check` on files and folders: every format (text, json, html), the HTML report
(parsed back), exit codes 0/1/2, a corrupt file in a batch, pictures, standard input, and a
large batch over all cores with a progress bar."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup
from safetoshare import batch, cli
from safetoshare.findings import Finding
from safetoshare.report import render_report

FINDINGS_STORY = "We met at Fred Hutch in Seattle. Write to jo.donor@example.com any time."
CLEAN_STORY = "Thank you. I feel stronger every day and I think of you often."
HOSTILE_STORY = '<script>alert("x")</script> <img src=x onerror=alert(1)> I live in Seattle & "love" it.'


@pytest.fixture()
def run(checker, monkeypatch, capsys):
    """Run `safetoshare check ...` in this process with the session's checker (no model reload)."""
    import safetoshare.checker as checker_mod

    monkeypatch.setattr(checker_mod, "Checker", lambda *a, **k: checker)

    def _run(*argv, stdin: str | None = None):
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = cli.main(["check", *map(str, argv)])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture()
def stories(tmp_path):
    folder = tmp_path / "stories"
    (folder / "sub").mkdir(parents=True)
    (folder / "a-findings.txt").write_text(FINDINGS_STORY, encoding="utf-8")
    (folder / "b-clean.md").write_text(CLEAN_STORY, encoding="utf-8")
    (folder / "sub" / "c-letter.html").write_text("<html><body><p>Email: <b>jo.donor@example.com</b></p><script>var seattle=1</script></body></html>", encoding="utf-8")
    (folder / "notes.csv").write_text("Seattle,Fred Hutch", encoding="utf-8")  # not a story: skipped
    return folder


def corrupt(folder):
    path = folder / "d-corrupt.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\xfa binary garbage \xc3\x28")
    return path


# --- exit codes and the text format ----------------------------------------------------------------


def test_clean_file_exits_0(run, stories):
    code, out, _ = run(stories / "b-clean.md")
    assert code == 0
    assert out.strip() == f"{stories / 'b-clean.md'}: nothing identifying found (checked in English)"


ENGLISH = "Dear donor, thank you so much for saving my life. My sister drove me to Fred Hutch in Seattle every week, and we talked about you."
GERMAN = "Liebe Spenderin, vielen Dank für alles, was Sie für mich getan haben. Meine Schwester Anna wohnt in München."
NOT_CHECKED = "Names, places and organisations were not checked in this German part."


def test_the_language_and_what_was_not_checked(run, tmp_path):
    (tmp_path / "brief.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "mixed.txt").write_text(f"{ENGLISH}\n\n{GERMAN}\n", encoding="utf-8")
    code, out, _ = run(tmp_path / "brief.txt", tmp_path / "mixed.txt", "--color", "never")
    assert code == 1
    assert f"{tmp_path / 'brief.txt'}: nothing identifying found\n  {tmp_path / 'brief.txt'}: not checked: written in German" in out
    assert f"{tmp_path / 'mixed.txt'}: 2 finding(s) (checked in English)" in out
    assert f"{tmp_path / 'mixed.txt'}:3: not checked: {NOT_CHECKED}" in out
    assert "Anna" not in out and "München" not in out

    code, out, _ = run(tmp_path / "brief.txt", tmp_path / "mixed.txt", "--format", "json")
    brief, mixed = json.loads(out)["files"]
    assert (brief["language"], brief["language_name"], brief["language_supported"]) == ("de", "German", False)
    assert (mixed["language"], mixed["language_supported"]) == ("en", True)
    (part,) = mixed["unchecked"]
    text = f"{ENGLISH}\n\n{GERMAN}\n"
    assert part["language"] == "de" and text[part["start"]:part["end"]].strip() == GERMAN

    code, out, _ = run(tmp_path / "brief.txt", tmp_path / "mixed.txt", "--format", "html")
    soup = parse_report(out)
    languages = {r["data-file"]: r.find_all("td")[-1].get_text() for r in soup.select("table.by-file tr[data-file]")}
    assert languages == {str(tmp_path / "brief.txt"): "German: not checked", str(tmp_path / "mixed.txt"): "English; German part not checked"}
    mixed_section = soup.select_one(f'section.file[data-file="{tmp_path / "mixed.txt"}"]')
    assert NOT_CHECKED in mixed_section.select_one("p.not-checked").get_text()
    assert "Not checked: written in German" in soup.select_one(f'section.file[data-file="{tmp_path / "brief.txt"}"] p.not-checked').get_text()


def test_findings_exit_1_with_located_findings(run, stories):
    code, out, _ = run(stories / "a-findings.txt", "--color", "never")
    assert code == 1
    assert "3 finding(s)" in out or "finding(s)" in out
    assert f"{stories / 'a-findings.txt'}:1:25: block location" in out
    assert "'Seattle'" in out and "'Fred Hutch'" in out and "'jo.donor@example.com'" in out
    assert "\033[" not in out


def test_errors_exit_2(run, stories, tmp_path):
    assert run(stories / "missing.txt")[0] == 2
    code, _, err = run(stories, "--profile", "no-such-registry")
    assert code == 2 and "unknown profile" in err
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = run(empty)
    assert code == 2 and "no text" in err


def test_error_wins_over_findings_but_the_batch_goes_on(run, stories):
    corrupt(stories)
    code, out, _ = run(stories, "--color", "never")
    assert code == 2
    assert f"{stories / 'd-corrupt.txt'}: error: not a UTF-8 text file" in out
    assert "'Seattle'" in out  # the other files were still checked
    assert f"{stories / 'b-clean.md'}: nothing identifying found" in out
    assert "notes.csv" not in out


def test_standard_input(run):
    code, out, _ = run("-", "--format", "json", stdin="I was treated at Fred Hutch.")
    assert code == 1
    data = json.loads(out)
    assert data["files"][0]["path"] == "<stdin>"
    assert [f["text"] for f in data["files"][0]["findings"]] == ["Fred Hutch"]


# --- json -----------------------------------------------------------------------------------------


def test_json_lists_findings_per_file(run, stories):
    corrupt(stories)
    code, out, _ = run(stories, "--format", "json", "--profile", "nmdp-social")
    assert code == 2
    data = json.loads(out)
    assert data["profile"] == "nmdp-social"
    by_path = {os.path.basename(f["path"]): f for f in data["files"]}
    assert sorted(by_path) == ["a-findings.txt", "b-clean.md", "c-letter.html", "d-corrupt.txt"]
    a = by_path["a-findings.txt"]
    cats = {f["text"]: f["category"] for f in a["findings"]}
    assert cats["Seattle"] == "location" and cats["Fred Hutch"] == "organization" and cats["jo.donor@example.com"] == "contact_info"
    for f in a["findings"]:
        assert FINDINGS_STORY[f["start"] : f["end"]] == f["text"]
        assert f["rule"].startswith("nmdp-social/")
    assert by_path["b-clean.md"]["findings"] == [] and "error" not in by_path["b-clean.md"]
    html_findings = by_path["c-letter.html"]["findings"]
    assert ("jo.donor@example.com", "contact_info") in {(f["text"], f["category"]) for f in html_findings}
    assert not any("seattle" in f["text"].lower() for f in html_findings)  # <script> content is not text
    assert by_path["c-letter.html"]["type"] == "html"
    assert by_path["d-corrupt.txt"]["error"] == "not a UTF-8 text file"
    s = data["summary"]
    assert s["files"] == 4 and s["errors"] == 1 and s["with_findings"] == 2
    assert sum(s["by_category"]["contact_info"].values()) == 2
    assert s["block"] + s["warn"] == sum(len(f["findings"]) for f in data["files"])


# --- html and the report --------------------------------------------------------------------------


def parse_report(html: str) -> BeautifulSoup:
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("html") is not None and soup.title is not None
    return soup


def table_counts(soup, css: str, key: str) -> dict[str, dict[str, int]]:
    out = {}
    for row in soup.select(f"table.{css} tbody tr[{key}]"):
        cells = [td.get_text() for td in row.find_all("td")]
        out[row[key]] = {"block": int(cells[0]), "warn": int(cells[1]), "info": int(cells[2])}
    return out


def test_report_is_self_contained_and_matches_the_json(run, stories, tmp_path):
    corrupt(stories)
    (stories / "e-hostile.txt").write_text(HOSTILE_STORY, encoding="utf-8")
    report = tmp_path / "out" / "report.html"
    report.parent.mkdir()
    code, out, _ = run(stories, "--format", "json", "--report", report)
    assert code == 2
    data = json.loads(out)
    soup = parse_report(report.read_text(encoding="utf-8"))

    # Self-contained: no scripts, no external stylesheets, images or links.
    assert soup.find("script") is None
    assert soup.find("link") is None and soup.find("img") is None and soup.find("iframe") is None
    for tag in soup.find_all(True):
        for attr in ("src", "href"):
            if tag.get(attr):
                assert tag[attr].startswith("#"), tag
        assert not [a for a in tag.attrs if a.startswith("on")], tag
    assert soup.find("style") is not None
    assert "nmdp-letter" in soup.find(id="profile").parent.get_text()

    # Per category: the same counts as the JSON.
    per_cat = table_counts(soup, "by-category", "data-category")
    expected = {c: {"block": v.get("block", 0), "warn": v.get("warn", 0), "info": v.get("info", 0)} for c, v in data["summary"]["by_category"].items()}
    assert per_cat == expected
    assert "location" in per_cat and "organization" in per_cat and "contact_info" in per_cat

    # Per file: every file, the error included.
    per_file = table_counts(soup, "by-file", "data-file")
    assert set(per_file) == {f["path"] for f in data["files"]}
    for f in data["files"]:
        sev = [x["severity"] for x in f["findings"]]
        assert per_file[f["path"]]["block"] == sev.count("block") and per_file[f["path"]]["warn"] == sev.count("warn")
    bad = soup.select_one(f'section.file[data-file="{stories / "d-corrupt.txt"}"]')
    assert "not a UTF-8 text file" in bad.get_text()

    # Each finding in its context, the finding itself marked.
    section = soup.select_one(f'section.file[data-file="{stories / "a-findings.txt"}"]')
    contexts = section.select("li.finding .context")
    assert len(contexts) == len(next(f for f in data["files"] if f["path"].endswith("a-findings.txt"))["findings"])
    marked = {c.mark.get_text(): c.get_text() for c in contexts}
    assert marked["Seattle"] == FINDINGS_STORY  # short story: the whole of it is the context
    assert "my city" in section.get_text() or "Try" in section.get_text()

    # The hostile story is text in the report, never markup.
    hostile = soup.select_one(f'section.file[data-file="{stories / "e-hostile.txt"}"]')
    assert hostile.find("script") is None and hostile.find("img") is None
    assert '<script>alert("x")</script>' in hostile.get_text()
    assert hostile.mark.get_text() == "Seattle"


def test_html_format_prints_the_report(run, stories):
    code, out, _ = run(stories / "a-findings.txt", stories / "b-clean.md", "--format", "html")
    assert code == 1
    soup = parse_report(out)
    per_file = table_counts(soup, "by-file", "data-file")
    assert per_file[str(stories / "b-clean.md")] == {"block": 0, "warn": 0, "info": 0}
    assert per_file[str(stories / "a-findings.txt")]["block"] >= 3
    assert {m.get_text() for m in soup.select("section.file mark")} >= {"Seattle", "Fred Hutch", "jo.donor@example.com"}


def test_report_that_cannot_be_written_is_an_error(run, stories, tmp_path):
    code, _, err = run(stories / "b-clean.md", "--report", tmp_path / "no-such-dir" / "r.html")
    assert code == 2 and "cannot write the report" in err


def test_report_escapes_everything_and_counts_code_points():
    text = "🎉🎉 Café <b>near</b> Seattle & co"
    start = text.index("Seattle")
    f = Finding(start, start + 7, "Seattle", "location", "city", "block", "Msg with <i>tags</i>", "p/no-location", "Src & <u>", "model", ["my <city>"])
    r = batch.FileResult('<img src=x onerror=alert(1)>.txt', text, [f])
    gps = Finding(None, None, None, "photograph", "metadata_gps", "block", "GPS", "p/no-photographs", "image_metadata", "image-metadata",
                  meta={"field": "gps", "value": "<47.6>"})
    img = batch.FileResult("photo.png", kind="image", findings=[gps])
    soup = parse_report(render_report([r, img], "p", "Profile <x>"))
    assert soup.find("img") is None and soup.find("b") is None and soup.find("i") is None and soup.find("u") is None
    assert soup.select_one("section.file mark").get_text() == "Seattle"
    ctx = soup.select_one("section.file .context").get_text()
    assert ctx == text
    page = soup.get_text()
    assert "<img src=x onerror=alert(1)>.txt" in page and "Msg with <i>tags</i>" in page and "my <city>" in page
    assert "Profile <x>" in page and "gps: <47.6>" in page


# --- pictures ---------------------------------------------------------------------------------------


def test_pictures_are_checked_and_a_broken_one_does_not_stop_the_batch(run, stories):
    from PIL import Image

    Image.new("RGB", (64, 48), "white").save(stories / "blank.png")
    (stories / "broken.jpg").write_bytes(b"this is not a picture at all")
    code, out, _ = run(stories, "--format", "json")
    assert code == 2
    by_name = {os.path.basename(f["path"]): f for f in json.loads(out)["files"]}
    blank = by_name["blank.png"]
    assert blank["type"] == "image" and "error" not in blank
    assert (blank["width"], blank["height"]) == (64, 48)
    assert by_name["broken.jpg"]["type"] == "image" and by_name["broken.jpg"]["error"]
    assert by_name["a-findings.txt"]["findings"]


def test_a_pictures_findings_print_like_any_other(run, tmp_path):
    """One Finding shape: a picture's hidden author is listed, counted and reported with its label."""
    from PIL import Image

    exif = Image.Exif()
    exif[0x013B] = "Emma Johnson"  # Artist
    Image.new("RGB", (64, 48), "white").save(tmp_path / "card.jpg", exif=exif.tobytes())
    code, out, _ = run(tmp_path / "card.jpg", "--profile", "nmdp-letter")
    assert code == 1
    assert f"{tmp_path / 'card.jpg'}: block photograph (Hidden author or owner) nmdp-letter/no-photographs [owner]" in out
    code, out, _ = run(tmp_path / "card.jpg", "--profile", "nmdp-letter", "--format", "json")
    data = json.loads(out)
    (owner,) = data["files"][0]["findings"]
    assert (owner["category"], owner["kind"], owner["meta"]["value"]) == ("photograph", "metadata_owner", "Emma Johnson")
    assert "start" not in owner and data["summary"]["by_category"] == {"photograph": {"block": 1}}
    code, out, _ = run(tmp_path / "card.jpg", "--profile", "nmdp-letter", "--format", "html")
    soup = parse_report(out)
    assert soup.select_one('tr[data-category="photograph"] th').get_text() == "Photograph"
    finding = soup.select_one("section.file li.finding")
    assert "(Hidden author or owner)" in finding.get_text() and "owner: Emma Johnson" in finding.get_text()


# --- a large batch: all cores, progress bar, one unreadable file ------------------------------------


def test_large_batch_in_parallel_with_progress(tmp_path, checker):
    folder = tmp_path / "many"
    folder.mkdir()
    n = batch.PARALLEL_MIN_ITEMS + 16
    for i in range(n):
        text = FINDINGS_STORY if i % 3 == 0 else CLEAN_STORY
        (folder / f"story-{i:03d}.txt").write_text(f"Letter {i}. {text}", encoding="utf-8")
    (folder / "story-017.txt").write_bytes(b"\xff\xfe\xfd")  # one unreadable file in the middle
    # Paragraphs, a control character and a name repeated across paragraphs: the batch must find
    # what Checker.check finds (it works paragraph by paragraph).
    (folder / "story-020.txt").write_text("My name is Bill.\n\nWe met in Seattle.\x07\n\nBill says hi from Fred Hutch.", encoding="utf-8")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "safetoshare", "check", str(folder), "--format", "json", "--jobs", "2", "--progress"],
        capture_output=True, text=True, timeout=240, env=env, check=False,
    )
    assert proc.returncode == 2, proc.stderr
    assert f"{n}/{n} files" in proc.stderr and "Checking [" in proc.stderr
    files = json.loads(proc.stdout)["files"]
    assert [os.path.basename(f["path"]) for f in files] == [f"story-{i:03d}.txt" for i in range(n)]  # in order
    assert files[17]["error"] == "not a UTF-8 text file"
    # The pool's answers are the same as checking one text at a time in this process.
    for f in files:
        if "error" not in f:
            one = checker.check(batch.read_text(f["path"]))
            assert f["findings"] == [x.to_dict() for x in one], f["path"]


def test_no_progress_bar_when_not_asked(run, stories):
    _, _, err = run(stories, "--no-progress")
    assert "Checking [" not in err
    _code, _, err = run(stories, "--progress")
    assert "Checking [" in err and "3/3 files" in err
