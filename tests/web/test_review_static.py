"""The review page as served: one HTML file and its static modules, no inline code, no CDN,
and no way for the page's scripts to parse text as HTML."""
from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup
from safetoshare import web

STATIC = Path(web.__file__).resolve().parent / "static"


def test_page_is_served_at_root_with_the_strict_csp(client):
    resp = client.get("/")
    assert resp.status_code == 200
    assert resp.mimetype == "text/html"
    csp = resp.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp
    soup = BeautifulSoup(resp.get_data(as_text=True), "html.parser")
    assert soup.find("button", string="Check") is not None
    assert soup.find("textarea", id="story") is not None
    assert soup.find("select", id="profile") is not None
    assert soup.find(id="status")["aria-live"] == "polite"


def test_page_has_no_inline_script_style_or_handlers(client):
    soup = BeautifulSoup(client.get("/").get_data(as_text=True), "html.parser")
    for script in soup.find_all("script"):
        assert script.get("src"), "inline <script> would be blocked by the CSP"
        assert not script.string
    assert soup.find("style") is None
    for tag in soup.find_all(True):
        assert "style" not in tag.attrs, tag
        assert not [a for a in tag.attrs if a.lower().startswith("on")], tag


def test_every_form_control_has_a_label(client):
    soup = BeautifulSoup(client.get("/").get_data(as_text=True), "html.parser")
    labelled = {label.get("for") for label in soup.find_all("label")}
    for control in soup.find_all(["input", "select", "textarea"]):
        assert control.get("id") in labelled or control.get("aria-label"), control


def test_static_files_are_served_with_the_right_types(client):
    soup = BeautifulSoup(client.get("/").get_data(as_text=True), "html.parser")
    urls = [s["src"] for s in soup.find_all("script")] + [l["href"] for l in soup.find_all("link", rel="stylesheet")]
    assert urls
    for url in urls:
        resp = client.get(url)
        assert resp.status_code == 200, url
        assert resp.mimetype in ("text/javascript", "application/javascript", "text/css"), (url, resp.mimetype)
    # Modules imported by the entry module are there too.
    for js in STATIC.glob("*.js"):
        for imported in re.findall(r'from "\./([\w.-]+\.js)"', js.read_text()):
            assert (STATIC / imported).exists(), (js.name, imported)
            assert client.get(f"/web-static/{imported}").status_code == 200


def test_scripts_never_parse_strings_as_html_or_code():
    for js in STATIC.glob("*.js"):
        source = js.read_text()
        for banned in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "createContextualFragment"):
            assert banned not in source, f"{js.name} uses {banned}"


def test_nothing_is_loaded_from_another_host():
    for f in STATIC.rglob("*"):
        if f.is_file():
            assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}/", f.read_text()), f.name
    index = Path(web.__file__).resolve().parent / "templates" / "index.html"
    assert not re.search(r"(src|href)=\"(https?:)?//", index.read_text())


def test_report_endpoint_renders_escaped_results(client):
    text = "🎉 <b>Hi</b> from Seattle"
    start = len("🎉 <b>Hi</b> from ")  # code points
    body = {"profile": "nmdp-social", "files": [
        {"path": "<img src=x onerror=alert(1)>.txt", "text": text, "type": "text",
         "findings": [{"start": start, "end": start + 7, "text": "Seattle", "category": "location", "severity": "block",
                       "message": "<script>alert(1)</script>", "suggestions": ["my <city>"], "status": "changed to “my city”", "onclick": "x"}]},
        {"path": "broken.txt", "error": "not a UTF-8 text file", "findings": []},
        {"path": "bad-offsets.txt", "text": "short", "findings": [{"start": 3, "end": 99, "text": "x", "category": "location", "severity": "warn"}]},
    ]}
    resp = client.post("/api/v1/report", json=body)
    assert resp.status_code == 200
    assert resp.mimetype == "text/html"
    assert "attachment" in resp.headers["Content-Disposition"]
    soup = BeautifulSoup(resp.get_data(as_text=True), "html.parser")
    assert soup.find("script") is None and soup.find("img") is None and soup.find("b") is None
    assert "nmdp-social" in soup.get_text()
    first = soup.select_one('section.file[data-file="<img src=x onerror=alert(1)>.txt"]')
    assert first.mark.get_text() == "Seattle"
    assert first.select_one(".context").get_text() == text
    assert "<script>alert(1)</script>" in first.get_text() and "changed to “my city”" in first.get_text()
    assert "not a UTF-8 text file" in soup.select_one('section.file[data-file="broken.txt"]').get_text()
    assert soup.select_one('section.file[data-file="bad-offsets.txt"] mark') is None  # offsets out of range: no context


def test_report_endpoint_takes_a_pictures_findings_as_the_api_gave_them(client):
    picture = {"path": "walk.jpg", "type": "image", "findings": [
        {"category": "photograph", "kind": "face", "severity": "warn", "box": {"x": 20, "y": 30, "w": 60, "h": 70},
         "meta": {"confidence": 0.99}, "message": "A face is visible.", "rule": "nmdp-social/check-photographs"},
        {"category": "photograph", "kind": "metadata_gps", "severity": "block", "meta": {"field": "gps", "value": "<47.6>", "tag": "GPSInfo"},
         "message": "GPS", "rule": "nmdp-social/check-photographs"},
        {"category": "photograph", "kind": "face", "severity": "warn", "box": {"x": "<b>", "y": 1, "w": 1, "h": 1}, "message": "m"},
    ]}
    resp = client.post("/api/v1/report", json={"profile": "nmdp-social", "files": [picture]})
    assert resp.status_code == 200
    soup = BeautifulSoup(resp.get_data(as_text=True), "html.parser")
    assert soup.select_one('tr[data-category="photograph"] th').get_text() == "Photograph"  # labels from categories.toml
    items = [li.get_text() for li in soup.select("section.file li.finding")]
    assert "(Face)" in items[0] and "at 20, 30, 60, 70" in items[0]
    assert "(Hidden GPS position)" in items[1] and "gps: <47.6>" in items[1] and soup.find("b") is None
    assert "at " not in items[2]  # a box that is not four numbers is left out


def test_report_endpoint_keeps_only_well_formed_language_fields(client):
    text = "Hello there.\n\nLiebe Spenderin, vielen Dank."
    start = text.index("Liebe")
    files = [
        {"path": "a.txt", "text": text, "findings": [], "language": "en", "language_supported": True,
         "unchecked": [{"start": start, "end": len(text), "language": "de", "language_name": "German"},
                       {"start": "0", "end": 3, "language": "xx"}, {"start": 0, "end": 999, "language": "de"}]},
        {"path": "b.txt", "text": "x", "findings": [], "language": "<script>", "language_supported": False},
    ]
    resp = client.post("/api/v1/report", json={"files": files})
    assert resp.status_code == 200
    soup = BeautifulSoup(resp.get_data(as_text=True), "html.parser")
    notes = soup.select('section.file[data-file="a.txt"] p.not-checked')
    assert len(notes) == 1 and "not checked in this German part" in notes[0].get_text()  # the others are malformed or out of range
    assert not soup.select('section.file[data-file="b.txt"] p.not-checked') and soup.find("script") is None


def test_report_endpoint_refuses_bad_input(client):
    assert client.post("/api/v1/report", json={"files": []}).status_code == 400
    assert client.post("/api/v1/report", json={"files": [{"text": "no path"}]}).status_code == 400
    resp = client.post("/api/v1/report", json={"profile": "nope", "files": [{"path": "a.txt"}]})
    assert resp.status_code == 400 and resp.get_json()["error"]["code"] == "unknown_profile"
    assert client.post("/api/v1/report", data="not json", content_type="application/json").status_code == 400
