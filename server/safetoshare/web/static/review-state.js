// The review's state, with no DOM: findings as items over the text, replacements that shift later
// items, undo, apply all. Offsets from the server count code points and JavaScript strings count
// UTF-16 units: offsets.js converts them. It is the extension's own lib/offsets.js (a symlink in
// git; the wheel holds a copy), loaded by the page as a classic script before the modules.

function offsets() {
  const shared = globalThis.SafeToShare && globalThis.SafeToShare.offsets;
  if (!shared) throw new Error("offsets.js is not loaded");
  return shared;
}

/**
 * Review items from the server's findings: each gets UTF-16 `s`/`e`, a status and an id.
 * Findings that are out of range or overlap an earlier one are dropped (the server settles
 * overlaps, so this is only a guard).
 */
export function makeItems(text, findings) {
  const idx = offsets().codePointIndex(text);
  const last = idx.length - 1;
  const sorted = [...findings]
    .filter((f) => Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end > f.start && f.end <= last)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const items = [];
  let reach = 0;
  for (const f of sorted) {
    const s = idx[f.start];
    const e = idx[f.end];
    if (s < reach) continue;
    items.push({ id: items.length, finding: f, s, e, original: text.slice(s, e), status: "open", replacement: null });
    reach = e;
  }
  return items;
}

/**
 * The parts of the text the server did not read (its `unchecked` list: code point offsets and a
 * language), in UTF-16 `s`/`e`. Parts out of range are dropped.
 */
export function makeParts(text, unchecked) {
  const idx = offsets().codePointIndex(text);
  const last = idx.length - 1;
  return (Array.isArray(unchecked) ? unchecked : [])
    .filter((u) => u && Number.isInteger(u.start) && Number.isInteger(u.end) && u.start >= 0 && u.end > u.start && u.end <= last)
    .map((u, i) => ({ id: i, s: idx[u.start], e: idx[u.end], language: String(u.language || ""), languageName: String(u.language_name || u.language || "another language") }));
}

/** Parts after an edit of [s, e) that changed the length by `delta`: later ones move, one holding it stretches. */
function shiftParts(parts, s, e, delta) {
  return (parts || []).map((p) => {
    if (p.s >= e) return { ...p, s: p.s + delta, e: p.e + delta };
    if (p.e >= e && p.s <= s) return { ...p, e: p.e + delta };
    return { ...p };
  });
}

/**
 * Replace the text of item `id` with `replacement`; every later item shifts by the change in
 * length. Returns a new {text, items}; the inputs are not changed.
 * `status` is what the item becomes ("applied", or "open" when undoing).
 */
export function replaceItem(state, id, replacement, status = "applied") {
  const target = state.items.find((it) => it.id === id);
  if (!target) return state;
  const { s, e } = target;
  const text = state.text.slice(0, s) + replacement + state.text.slice(e);
  const delta = replacement.length - (e - s);
  const items = state.items.map((it) => {
    if (it.id === id) {
      return { ...it, e: s + replacement.length, status, replacement: status === "applied" ? replacement : null };
    }
    if (it.s >= e) return { ...it, s: it.s + delta, e: it.e + delta };
    return { ...it };
  });
  return { ...state, text, items, unchecked: shiftParts(state.unchecked, s, e, delta) };
}

/** Mark an item kept (or open again); the text does not change. */
export function setStatus(state, id, status) {
  return { ...state, items: state.items.map((it) => (it.id === id ? { ...it, status } : { ...it })) };
}

/** Undo an applied or kept item: put the original words back. */
export function undoItem(state, id) {
  const it = state.items.find((x) => x.id === id);
  if (!it) return state;
  if (it.status === "applied") return replaceItem(state, id, it.original, "open");
  return setStatus(state, id, "open");
}

/** Apply the first suggestion of every open item that has one. Returns [state, count]. */
export function applyAll(state) {
  let next = state;
  let count = 0;
  for (const it of state.items) {
    const current = next.items.find((x) => x.id === it.id);
    if (current.status !== "open") continue;
    const sugg = current.finding.suggestions || [];
    if (!sugg.length) continue;
    next = replaceItem(next, it.id, String(sugg[0]));
    count += 1;
  }
  return [next, count];
}

/** The language fields of a check's answer (language, language_name, language_supported, unchecked), for the report. */
export function languageFields(result) {
  const out = {};
  for (const key of ["language", "language_name", "language_supported", "unchecked"]) if (key in result) out[key] = result[key];
  return out;
}

const HTML_HINT = /<\s*(!doctype|html|head|body|p|div|span|br|a|b|i|u|em|strong|ul|ol|li|h[1-6]|table|tr|td|blockquote|section|article|script|style|img|iframe|font|meta)\b[^>]*>|<\/\s*[a-z][a-z0-9]*\s*>|&(nbsp|amp|lt|gt|quot|#\d+);/i;

/** True when pasted text looks like HTML (tags or entities) rather than plain words. */
export function looksLikeHtml(text) {
  return HTML_HINT.test(text);
}

/** Split a comma/newline separated list, trimmed, without empties or duplicates. */
export function splitList(value) {
  const out = [];
  for (const part of String(value || "").split(/[,\n]/)) {
    const v = part.trim();
    if (v && !out.includes(v)) out.push(v.slice(0, 200));
  }
  return out.slice(0, 200);
}
