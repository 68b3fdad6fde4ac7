"""A self-contained HTML report of a batch check, for a volunteer to send to a colleague.

One file, no scripts, no external resources: inline CSS only. Everything taken from the files or the
checker is escaped with html.escape. Contents: counts per category (block/warn) and per file, then
each file's findings shown in their context.

    render_report(results, profile_id, profile_title=None, generated=None) -> str

`results` are objects with `path`, `text`, `findings` (Finding objects), `error` and `kind`
("image" for a picture: its findings have no offsets; they may carry a `box` and `meta`).
Texts may carry `language`, `language_supported` and `unchecked` (parts in a language not read):
the report names the language and says plainly what was not checked.
Category and kind names come from rules/categories.toml (safetoshare.labels).
"""
from __future__ import annotations

import datetime as _dt
from collections import Counter
from html import escape

from . import __version__
from .findings import CATEGORIES
from .labels import load_labels
from .language import name_of

CONTEXT_CHARS = 80

COLOURS = {
    "personal_name": "#ffd6e0",
    "organization": "#d8e6ff",
    "location": "#d3f2d8",
    "affiliation": "#eadcff",
    "personal_date": "#fff0b8",
    "contact_info": "#ffd9c2",
    "recipient_detail": "#c9f1f1",
    "photograph": "#e6e6e6",
}

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","DejaVu Sans",sans-serif;color:#1b1b1f;background:#fbfaf7;margin:0;line-height:1.5}
main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.2rem;margin:1.75rem 0 .5rem;border-bottom:1px solid #d5d3cc}
h3{font-size:1.05rem;margin:1.25rem 0 .25rem;overflow-wrap:anywhere}
.meta{color:#55575e}table{border-collapse:collapse;margin:.5rem 0;min-width:50%}
th,td{border:1px solid #d5d3cc;padding:.25rem .6rem;text-align:left;vertical-align:top}th{background:#f0eee8}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.finding{background:#fff;border:1px solid #d5d3cc;border-radius:6px;padding:.5rem .75rem;margin:.5rem 0;list-style:none}
ol.findings{padding:0}
.context{white-space:pre-wrap;overflow-wrap:anywhere;font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.92rem;background:#f7f6f2;padding:.35rem .5rem;border-radius:4px;margin:.35rem 0}
mark{border-radius:3px;padding:0 .1em;color:#1b1b1f}
.sev-block{border-bottom:3px solid #b00020}.sev-warn{border-bottom:3px dotted #9a5200}.sev-info{border-bottom:2px dashed #1d4f91}
.badge{display:inline-block;font-size:.8rem;font-weight:700;padding:0 .4em;border-radius:3px;color:#fff}
.badge.block{background:#b00020}.badge.warn{background:#9a5200}.badge.info{background:#1d4f91}
.error{color:#b00020;font-weight:600}.not-checked{color:#4a4a4a;background:repeating-linear-gradient(135deg,#f0efeb 0 6px,#e2e1dc 6px 12px);padding:.1rem .35rem;border-radius:3px}
p.not-checked{padding:.35rem .5rem}p.not-checked .context{display:block;margin:.25rem 0 0}.clean{color:#2e7d32;font-weight:600}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:.25rem 0;font-size:.92rem}dt{color:#55575e;font-weight:600}dd{margin:0;overflow-wrap:anywhere}
"""


def _is_image(r) -> bool:
    return getattr(r, "kind", "text") == "image"


def _context(text: str, start: int, end: int, category: str, severity: str) -> str:
    """The finding marked up within up to CONTEXT_CHARS characters either side (escaped)."""
    a = max(0, start - CONTEXT_CHARS)
    b = min(len(text), end + CONTEXT_CHARS)
    # Start and end on a word boundary where one is near, so the context reads naturally.
    if a > 0:
        sp = text.find(" ", a, start)
        a = sp + 1 if sp != -1 else a
    if b < len(text):
        sp = text.rfind(" ", end, b)
        b = sp if sp != -1 else b
    before, hit, after = text[a:start], text[start:end], text[end:b]
    colour = COLOURS.get(category, "#e6e6e6")
    sev = severity if severity in ("block", "warn", "info") else "info"
    return (
        ("…" if a > 0 else "")
        + escape(before)
        + f'<mark class="sev-{sev}" style="background:{colour}">{escape(hit)}</mark>'
        + escape(after)
        + ("…" if b < len(text) else "")
    )


def category_counts(results) -> dict[str, Counter]:
    """{category: Counter(block=n, warn=n, info=n)} over all files."""
    out: dict[str, Counter] = {}
    for r in results:
        for f in r.findings or ():
            out.setdefault(f.category, Counter())[f.severity] += 1
    return out


def _finding_html(r, f, labels) -> str:
    sev_cls = f.severity if f.severity in ("block", "warn", "info") else "info"
    parts = [f'<li class="finding"><span class="badge {sev_cls}">{escape(f.severity)}</span> <strong>{escape(labels.category(f.category))}</strong>']
    if f.kind and f.kind not in ("default", f.category):
        parts.append(f" ({escape(labels.kind(f.category, f.kind))})")
    text = getattr(r, "text", "") or ""
    if f.in_text and 0 <= f.start < f.end <= len(text):
        line = text.count("\n", 0, f.start) + 1
        parts.append(f' <span class="meta">line {line}</span>')
        parts.append(f'<div class="context">{_context(text, f.start, f.end, f.category, f.severity)}</div>')
    else:  # about a picture (or offsets that do not fit the text): what it is and where
        bits = []
        if f.text:
            bits.append(f"“{escape(f.text)}”")
        if f.meta.get("field"):
            value = f.meta.get("value")
            bits.append(escape(str(f.meta["field"])) + (f": {escape(str(value))}" if value not in (None, "") else ""))
        if f.box:
            bits.append("at " + escape(", ".join(str(f.box.get(k)) for k in ("x", "y", "w", "h"))))
        if bits:
            parts.append(f'<div class="context">{" · ".join(bits)}</div>')
    parts.append("<dl>")
    for value, label in ((f.message, "Why"), (f.rule, "Rule"), (f.source, "Source"), (f.meta.get("status"), "Review")):
        if value:
            parts.append(f"<dt>{label}</dt><dd>{escape(str(value))}</dd>")
    if f.suggestions:
        parts.append("<dt>Try</dt><dd>" + " / ".join(f"“{escape(str(s))}”" for s in f.suggestions) + "</dd>")
    parts.append("</dl></li>")
    return "".join(parts)


def _language_cell(r) -> str:
    """The language a text was checked in, and whether any of it was not read (empty for pictures)."""
    language = getattr(r, "language", None)
    if not language or r.error:
        return ""
    name = escape(name_of(language))
    if getattr(r, "language_supported", True) is False:
        return f'<span class="not-checked">{name}: not checked</span>'
    parts = getattr(r, "unchecked", None) or []
    if parts:
        others = escape(", ".join(dict.fromkeys(str(p.get("language_name") or p.get("language")) for p in parts)))
        return f'{name}; <span class="not-checked">{others} part{"s" if len(parts) > 1 else ""} not checked</span>'
    return name


def _not_checked_html(r) -> list[str]:
    """Plain sentences for what was not read: the whole text, or each part in another language."""
    language = getattr(r, "language", None)
    if not language:
        return []
    if getattr(r, "language_supported", True) is False:
        return [f'<p class="not-checked" data-language="{escape(language)}">Not checked: written in {escape(name_of(language))}, '
                "which Safe to Share does not read yet. Names, places and organisations were not checked; only emails, phone "
                "numbers, links, handles, numeric dates, postcodes and the watchlist were.</p>"]
    out = []
    text = getattr(r, "text", "") or ""
    for part in getattr(r, "unchecked", None) or []:
        start, end = part.get("start"), part.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            continue
        words = " ".join(text[start:end].split())
        words = words if len(words) <= 80 else words[:79] + "…"
        name = escape(str(part.get("language_name") or part.get("language")))
        out.append(f'<p class="not-checked" data-language="{escape(str(part.get("language")))}">Not checked, line {text.count(chr(10), 0, start) + 1}: '
                   f"Names, places and organisations were not checked in this {name} part. "
                   f'<span class="context">{escape(words)}</span></p>')
    return out


def render_report(results, profile_id: str, profile_title: str | None = None, generated: _dt.datetime | None = None, labels=None) -> str:
    results = list(results)
    labels = labels or load_labels()
    generated = generated or _dt.datetime.now().astimezone()
    counts = category_counts(results)
    order = [c for c in CATEGORIES if c in counts] + sorted(c for c in counts if c not in CATEGORIES)
    total = Counter()
    for c in counts.values():
        total.update(c)
    n_err = sum(1 for r in results if r.error)
    n_find = sum(1 for r in results if not r.error and r.findings)
    n_clean = len(results) - n_err - n_find

    h = ['<!doctype html><html lang="en"><head><meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f"<title>Safe to Share report: {len(results)} file{'s' if len(results) != 1 else ''}</title>",
         f"<style>{CSS}</style></head><body><main>",
         "<h1>Safe to Share report</h1>",
         f'<p class="meta">Profile: <strong id="profile">{escape(profile_title or profile_id)}</strong>'
         + (f" ({escape(profile_id)})" if profile_title else "")
         + f" · {len(results)} file{'s' if len(results) != 1 else ''}: {n_find} with findings, {n_clean} clean, {n_err} with errors"
         + f" · generated {escape(generated.strftime('%Y-%m-%d %H:%M %Z').strip())} by safetoshare {escape(__version__)}</p>",
         '<p class="meta">This report contains the identifying details it found, quoted in context. Share it only with people allowed to see the stories.</p>']

    h.append('<h2 id="by-category">Findings per category</h2>')
    if order:
        h.append('<table class="by-category"><thead><tr><th scope="col">Category</th><th scope="col">block</th><th scope="col">warn</th>'
                 '<th scope="col">info</th><th scope="col">total</th></tr></thead><tbody>')
        for cat in order:
            c = counts[cat]
            h.append(f'<tr data-category="{escape(cat)}"><th scope="row">{escape(labels.category(cat))}</th><td class="n">{c["block"]}</td>'
                     f'<td class="n">{c["warn"]}</td><td class="n">{c["info"]}</td><td class="n">{sum(c.values())}</td></tr>')
        h.append(f'<tr class="total"><th scope="row">All</th><td class="n">{total["block"]}</td><td class="n">{total["warn"]}</td>'
                 f'<td class="n">{total["info"]}</td><td class="n">{sum(total.values())}</td></tr></tbody></table>')
    else:
        h.append('<p class="clean">Nothing identifying found.</p>')

    h.append('<h2 id="by-file">Findings per file</h2>')
    h.append('<table class="by-file"><thead><tr><th scope="col">File</th><th scope="col">block</th><th scope="col">warn</th>'
             '<th scope="col">info</th><th scope="col">result</th><th scope="col">language</th></tr></thead><tbody>')
    for i, r in enumerate(results):
        sev = Counter(f.severity for f in (r.findings or ()))
        status = f'<span class="error">error: {escape(r.error)}</span>' if r.error else ("findings" if r.findings else '<span class="clean">clean</span>')
        h.append(f'<tr data-file="{escape(r.path)}"><th scope="row"><a href="#file-{i}">{escape(r.path)}</a></th><td class="n">{sev["block"]}</td>'
                 f'<td class="n">{sev["warn"]}</td><td class="n">{sev["info"]}</td><td>{status}</td><td>{_language_cell(r)}</td></tr>')
    h.append("</tbody></table>")

    h.append("<h2>Each file</h2>")
    for i, r in enumerate(results):
        h.append(f'<section class="file" id="file-{i}" data-file="{escape(r.path)}"><h3>{escape(r.path)}</h3>')
        if not r.error:
            h.extend(_not_checked_html(r))
        if r.error:
            h.append(f'<p class="error">Could not check this file: {escape(r.error)}</p>')
        elif not r.findings:
            h.append('<p class="clean">Nothing identifying found.</p>')
        else:
            if _is_image(r):
                h.append('<p class="meta">A picture: findings from its content, the text read in it and its hidden metadata.</p>')
            h.append('<ol class="findings">')
            h.extend(_finding_html(r, f, labels) for f in r.findings)
            h.append("</ol>")
        h.append("</section>")
    h.append("</main></body></html>\n")
    return "\n".join(h)
