"""The user's own watchlist: their name, family names, town, employer, with the variants people
actually write: possessives, initials, common nicknames ("Michael" -> Mike, Mikey, M.)."""
from __future__ import annotations

import re
from functools import lru_cache

from .base import candidate


@lru_cache(maxsize=1)
def _nickname_table():
    try:
        from nicknames import NickNamer
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return NickNamer()


def variants(entry: str) -> set[str]:
    entry = entry.strip()
    words = entry.split()
    out = {entry}
    if not words:
        return set()
    table = _nickname_table()
    if table is not None and len(words) <= 3:
        first = words[0].lower()
        forms = table.nicknames_of(first) | table.canonicals_of(first)
        for form in forms:
            out.add(" ".join([form.capitalize()] + words[1:]))
            out.add(form.capitalize())
    if len(words) >= 2 and all(w[:1].isalpha() for w in words):
        initials = [w[0].upper() for w in words]
        out.add(".".join(initials) + ".")
        out.add("".join(initials))
        out.add(" ".join(w[0].upper() + "." for w in words))
        out.update(words)  # first name or surname alone
    return {v for v in out if len(v) >= 2}


def detect(ctx, entries, category_of=None):
    """Yield a candidate for every variant of every watchlist entry; longest variants first."""
    text = ctx.text
    for entry in entries:
        if not isinstance(entry, str) or not entry.strip():
            continue
        category = (category_of or _guess_category)(ctx, entry)
        for v in sorted(variants(entry), key=len, reverse=True):
            pattern = re.compile(r"(?<![\w@#])#?" + re.escape(v).replace(r"\ ", r"\s+") + r"(?:['’]s|s|es)?(?!\w)", re.IGNORECASE)
            for m in pattern.finditer(text):
                yield candidate(ctx, m.start(), m.end(), category, "watchlist", "watchlist", priority=99)


def _guess_category(ctx, entry: str) -> str:
    low = entry.lower()
    for gl in ctx.rules.lists:
        if any(low == alias.lower() for e in gl.entries for alias in e):
            return gl.category
    return "personal_name"
