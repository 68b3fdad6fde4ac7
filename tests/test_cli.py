"""The command line: formats, exit codes, folders and standard input."""
import json
import subprocess
import sys


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "safetoshare", *args], input=stdin, capture_output=True, text=True, timeout=300)


def test_clean_text_exits_zero(tmp_path):
    f = tmp_path / "clean.txt"
    f.write_text("Dear friend, I hope you are feeling stronger every day. Your donor\n")
    out = run("check", str(f))
    assert out.returncode == 0, out.stdout + out.stderr
    assert "nothing identifying" in out.stdout


def test_findings_exit_one_with_the_finding_under_its_line(tmp_path):
    f = tmp_path / "letter.txt"
    f.write_text("Hello!\nI live in Tucson with my dog Pepper.\n")
    out = run("check", str(f), "--color", "never")
    assert out.returncode == 1
    lines = out.stdout.splitlines()
    i = next(n for n, line in enumerate(lines) if line.strip() == "I live in Tucson with my dog Pepper.")
    assert "^" in lines[i + 1] and lines[i + 1].index("^") == lines[i].index("Tucson")


def test_json_format_and_folders_and_html(tmp_path):
    (tmp_path / "a.md").write_text("# Story\nWe met at Mayo Clinic.\n")
    (tmp_path / "b.html").write_text("<p>Greetings from <b>Winnipeg</b></p><script>var x='Tucson'</script>")
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    out = run("check", str(tmp_path), "--format", "json")
    assert out.returncode == 1
    data = json.loads(out.stdout)
    by_file = {r["path"].rsplit("/", 1)[-1]: [f["text"] for f in r["findings"]] for r in data["files"]}
    assert set(by_file) == {"a.md", "b.html"}
    assert "Mayo Clinic" in by_file["a.md"]
    assert by_file["b.html"] == ["Winnipeg"]


def test_stdin_and_profile(tmp_path):
    out = run("check", "-", "--profile", "nmdp-social", "--format", "json", stdin="my recipient is a 30 yo woman with AML")
    data = json.loads(out.stdout)
    assert data["profile"] == "nmdp-social"
    assert any(f["category"] == "recipient_detail" for f in data["files"][0]["findings"])


def test_errors_exit_two(tmp_path):
    assert run("check", str(tmp_path / "missing.txt")).returncode == 2
    out = run("check", "-", "--profile", "nope", stdin="hi")
    assert out.returncode == 2 and "unknown profile" in out.stderr and "nope" not in out.stderr and "nmdp-letter" in out.stderr
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    good = tmp_path / "good.txt"
    good.write_text("All fine here.")
    out = run("check", str(bad), str(good), "--format", "json")
    assert out.returncode == 2
    files = {r["path"].rsplit("/", 1)[-1]: r for r in json.loads(out.stdout)["files"]}
    assert "error" in files["bad.txt"] and files["good.txt"]["findings"] == []
