"""`safetoshare contact`: the contact planner on the command line, as a person runs it."""
import json
import subprocess
import sys


def run(*args):
    return subprocess.run([sys.executable, "-m", "safetoshare", "contact", *args], capture_output=True, text=True, timeout=120)


def test_text_answer_marks_todays_stage_in_the_timeline():
    out = run("--transplant-date", "2026-06-01", "--country", "DE", "--on", "2026-12-01")
    assert out.returncode == 0, out.stderr
    assert "recipient in Germany" in out.stdout
    assert "Direct contact from:    1 June 2028" in out.stdout
    timeline = out.stdout.split("Timeline:")[1].splitlines()
    current = [line for line in timeline if line.startswith(" ->")]
    assert len(current) == 1 and "1 June 2026 to 31 May 2028" in current[0]
    assert "Certain:                yes" in out.stdout


def test_json_answer_matches_the_api_shape():
    out = run("--transplant-date", "2024-02-29", "--country", "us", "--on", "2025-03-01",
              "--profile", "nmdp-social", "--role", "recipient", "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["direct_contact_from"] == "2025-03-01"  # a leap-day transplant: 1 March
    assert "direct_contact" in data["allowed_now"] and data["role"] == "recipient"
    assert data["letter_profile"] == "nmdp-letter"


def test_uncertain_answer_says_check_with_your_registry():
    out = run("--transplant-date", "2026-01-01", "--country", "FI", "--profile", "dkms-social", "--on", "2026-12-01")
    assert out.returncode == 0
    assert "Direct contact from:    never (not certain)" in out.stdout
    assert "Certain:                no - check with your registry" in out.stdout
    assert "Not certain:" in out.stdout


def test_bad_input_exits_two_naming_the_option():
    out = run("--transplant-date", "2026-02-30")
    assert out.returncode == 2 and "--transplant-date" in out.stderr and out.stdout == ""
    out = run("--transplant-date", "2026-06-01", "--country", "ZZ")
    assert out.returncode == 2 and "--country" in out.stderr
    out = run("--transplant-date", "2026-06-01", "--profile", "nope")
    assert out.returncode == 2 and "--profile" in out.stderr
